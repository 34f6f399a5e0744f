"""Italian glossary for the hub's hardening: connection and request limits, sign-in throttling.

Imported by fill_it.py: IT_HARDENING is merged into IT, EN_HARDENING (English plural
forms of the %n strings only) into EN.
"""

IT_HARDENING = {
    # sync::HubApi
    "Too many failed sign-ins; wait before trying again.":
        "Troppi accessi non riusciti; attendere prima di riprovare.",
    # sync::SyncEngine
    "Too many failed sign-ins for this user; try again in %1 s.":
        "Troppi accessi non riusciti per questo utente; riprovare tra %1 s.",
    # sync::HubServer
    "The hub is busy; try again in a moment.": "L'hub è occupato; riprovare tra un momento.",
    # sync::HubOptions
    "--max-connections takes a number from 1 to 100000.": "--max-connections vuole un numero da 1 a 100000.",
    "--request-timeout takes a number of seconds from 1 to 3600.":
        "--request-timeout vuole un numero di secondi da 1 a 3600.",
    # core::TicketOffice: the ledger cannot be written
    "the disk is full": "il disco è pieno",
    "the data folder cannot be written to": "nella cartella dei dati non si può scrivere",
    "the disk could not be written": "non è stato possibile scrivere sul disco",
    "The sale was NOT saved (%1): nothing was sold and no ticket is valid. Free disk space or call support, then sell again.":
        "La vendita NON è stata registrata (%1): non è stato venduto nulla e nessun biglietto è valido. "
        "Liberare spazio sul disco o chiamare l'assistenza, poi vendere di nuovo.",
    # hub command line
    "Connections served at once; more are refused (503).":
        "Connessioni servite contemporaneamente; le altre sono rifiutate (503).",
    "Seconds a client may take to send a request's header or body.":
        "Secondi concessi a un client per inviare l'intestazione o il corpo di una richiesta.",
}

EN_HARDENING = {}
