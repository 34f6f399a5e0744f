"""Italian glossary for the core strings: ledger and its recovery, ticket office sales,
voids, refunds and check-in, transaction monitoring findings, hub alerts and options.

Imported by fill_it.py: IT_CORE is merged into IT.
"""

IT_CORE = {
    "This cache is synced from a hub, whose monitoring raises the alerts: listing them as the last sync brought them.":
        "Questa cache è sincronizzata da un hub, il cui monitoraggio genera gli avvisi: vengono elencati così come li ha portati l'ultima sincronizzazione.",
    "The ledger %1 was written by a newer version of Cruscotto.":
        "Il registro %1 è stato scritto da una versione più recente di Cruscotto.",
    "%1 is the live ledger, not a training one.":
        "%1 è il registro reale, non un registro di formazione.",
    "%1 is a training ledger: its sales never count.":
        "%1 è un registro di formazione: le sue vendite non contano mai.",
    "The ledger has records but no device identity.":
        "Il registro contiene record ma nessuna identità del dispositivo.",
    "Record %1 is missing.":
        "Manca il record %1.",
    "Record %1 has an unknown kind \"%2\".":
        "Il record %1 ha un tipo sconosciuto \"%2\".",
    "Record %1 does not follow record %2: a record was removed, inserted or changed.":
        "Il record %1 non segue il record %2: un record è stato rimosso, inserito o modificato.",
    "Record %1 was changed after it was written.":
        "Il record %1 è stato modificato dopo essere stato scritto.",
    "The damaged ledger %1 could not be moved aside: nothing was changed.":
        "Impossibile spostare da parte il registro danneggiato %1: non è stato modificato nulla.",
    "The ledger was damaged. All %1 records were recovered into a new ledger and checked; the damaged file is kept as %2.":
        "Il registro era danneggiato. Tutti i %1 record sono stati recuperati in un nuovo registro e verificati; il file danneggiato è conservato come %2.",
    "The ledger was damaged. Records 1 to %1 were recovered into a new ledger and checked; %2 The damaged file is kept as %3: do not delete it, and tell your supervisor, since sales after record %1 may be on it or on the hub only.":
        "Il registro era danneggiato. I record da 1 a %1 sono stati recuperati in un nuovo registro e verificati; %2 Il file danneggiato è conservato come %3: non eliminarlo e avvisa il tuo supervisore, perché le vendite successive al record %1 potrebbero trovarsi solo in quel file o sull'hub.",
    "The damaged ledger (kept as %1) no longer says which device it belongs to: it cannot be recovered here. Tell your supervisor.":
        "Il registro danneggiato (conservato come %1) non indica più a quale dispositivo appartiene: non può essere recuperato qui. Avvisa il tuo supervisore.",
    "record %1 has an unknown kind.":
        "il record %1 ha un tipo sconosciuto.",
    "record %1 is missing or does not follow the one before.":
        "il record %1 manca o non segue il precedente.",
    "the damaged file could not be read past record %1 (%2).":
        "non è stato possibile leggere il file danneggiato oltre il record %1 (%2).",
    "The recovered ledger does not verify (%1); the damaged file is kept as %2. Tell your supervisor.":
        "Il registro recuperato non supera la verifica (%1); il file danneggiato è conservato come %2. Avvisa il tuo supervisore.",
    "An identity document: EU citizen aged 18 to 25.":
        "Un documento d'identità: cittadino UE tra i 18 e i 25 anni.",
    "An identity document: under 18.":
        "Un documento d'identità: minore di 18 anni.",
    "A disability certificate (the companion enters free too).":
        "Un certificato di disabilità (anche l'accompagnatore entra gratuitamente).",
    "A valid ICOM membership card.":
        "Una tessera ICOM in corso di validità.",
    "A certificate of service as a school teacher.":
        "Un attestato di servizio come docente scolastico.",
    "A tour guide's or interpreter's licence.":
        "Una licenza di guida turistica o di interprete.",
    "The school's list of pupils and accompanying teachers.":
        "L'elenco degli alunni e dei docenti accompagnatori rilasciato dalla scuola.",
    "Cash":
        "Contanti",
    "The opening float cannot be negative.":
        "Il fondo cassa iniziale non può essere negativo.",
    "A cash session is already open: close it with a Z report first.":
        "È già aperta una sessione di cassa: chiudila prima con un report Z.",
    "No cash session is open.":
        "Nessuna sessione di cassa aperta.",
    "The counted cash cannot be negative.":
        "I contanti conteggiati non possono essere negativi.",
    "The sale has no tickets.":
        "La vendita non contiene biglietti.",
    "A line holds from 1 to 500 tickets.":
        "Una riga contiene da 1 a 500 biglietti.",
    "%1 is not sold at this site.":
        "%1 non è in vendita in questo luogo.",
    "Today admission is free (first Sunday of the month or a free day): sell the free ticket instead of \"%1\".":
        "Oggi l'ingresso è gratuito (prima domenica del mese o giornata gratuita): vendi il biglietto gratuito invece di \"%1\".",
    "\"%1\" is only for free days.":
        "\"%1\" vale solo nelle giornate gratuite.",
    "This site's tickets are nominative: one line per visitor, with the visitor's name (\"%1\").":
        "I biglietti di questo luogo sono nominativi: una riga per visitatore, con il nome del visitatore (\"%1\").",
    "An add-on (such as a guided tour) is sold with an admission: %1 add-ons for %2 admissions.":
        "Un servizio aggiuntivo (come una visita guidata) si vende con un ingresso: %1 servizi aggiuntivi per %2 ingressi.",
    "Confirm the document check for \"%1\": %2":
        "Conferma la verifica del documento per \"%1\": %2",
    "Each payment must be more than zero.":
        "Ogni pagamento deve essere maggiore di zero.",
    "The kiosk takes cards only.":
        "Il totem accetta solo pagamenti con carta.",
    "The cash handed over (%1) is less than the amount due (%2).":
        "I contanti consegnati (%1) sono inferiori all'importo dovuto (%2).",
    "The payments (%1) do not add up to the total (%2).":
        "I pagamenti (%1) non corrispondono al totale (%2).",
    "Open a cash session before selling.":
        "Apri una sessione di cassa prima di vendere.",
    "Choose a time slot.":
        "Scegli una fascia oraria.",
    "There is no such time slot today.":
        "Oggi questa fascia oraria non esiste.",
    "The slot %1 is over.":
        "La fascia oraria %1 è terminata.",
    "This site does not sell by time slot.":
        "Questo luogo non vende per fasce orarie.",
    "Give a reason.":
        "Indica un motivo.",
    "More than %1: a supervisor must approve.":
        "Oltre %1: serve l'approvazione di un supervisore.",
    "The supervisor's PIN is not right.":
        "Il PIN del supervisore non è corretto.",
    "There is no receipt %1 on this device.":
        "Su questo dispositivo non esiste lo scontrino %1.",
    "Receipt %1 is already void.":
        "Lo scontrino %1 è già annullato.",
    "Receipt %1 was partly refunded: refund the rest instead.":
        "Lo scontrino %1 è stato rimborsato in parte: rimborsa invece il resto.",
    "Only a sale of the open cash session can be voided: refund receipt %1 instead.":
        "Si può annullare solo una vendita della sessione di cassa aperta: rimborsa invece lo scontrino %1.",
    "A ticket of receipt %1 was already used: it cannot be voided.":
        "Un biglietto dello scontrino %1 è già stato usato: lo scontrino non può essere annullato.",
    "Receipt %1 is void: there is nothing to refund.":
        "Lo scontrino %1 è annullato: non c'è nulla da rimborsare.",
    "Choose the tickets to refund.":
        "Scegli i biglietti da rimborsare.",
    "Open a cash session to give cash back.":
        "Apri una sessione di cassa per restituire contanti.",
    "Ticket %1 is not on receipt %2.":
        "Il biglietto %1 non è sullo scontrino %2.",
    "Ticket %1 was already refunded.":
        "Il biglietto %1 è già stato rimborsato.",
    "Ticket %1 was already used: it cannot be refunded.":
        "Il biglietto %1 è già stato usato: non può essere rimborsato.",
    "No ticket %1 is known here: scan its QR code instead.":
        "Il biglietto %1 non è noto qui: scansiona invece il suo codice QR.",
    "This is not a ticket of ours.":
        "Questo biglietto non è stato emesso da noi.",
    "The ticket was issued by a device this counter does not know: sync, then scan again.":
        "Il biglietto è stato emesso da un dispositivo che questa cassa non conosce: sincronizza, poi scansiona di nuovo.",
    "The ticket's signature does not match: it is forged or damaged.":
        "La firma del biglietto non corrisponde: è contraffatto o danneggiato.",
    "The ticket is for another site.":
        "Il biglietto è per un altro luogo.",
    "The ticket was voided or refunded.":
        "Il biglietto è stato annullato o rimborsato.",
    "The ticket is valid on %1, not today.":
        "Il biglietto è valido il %1, non oggi.",
    "The ticket is for the %1 slot, not now.":
        "Il biglietto è per la fascia oraria %1, non per quella attuale.",
    "Already used on %1 at %2 (device %3).":
        "Già usato il %1 presso %2 (dispositivo %3).",
    "Valid: welcome.":
        "Valido: benvenuti.",
    "Exit recorded.":
        "Uscita registrata.",
    "Ticket %1 admitted at two sites":
        "Biglietto %1 ammesso in due luoghi",
    "Agency %1 booked far above its history":
        "L'agenzia %1 ha prenotato molto al di sopra del suo storico",
    "weekly closing day":
        "giorno di chiusura settimanale",
    "%1 tickets sold at the counter or kiosk on %2, when the site was closed (%3)":
        "%1 biglietti venduti in biglietteria o al totem il %2, quando il luogo era chiuso (%3)",
    "%1 tickets sold at the counter or kiosk on %2 between %3:00 and %4:00; the site was open %5:00-%6:00 that day":
        "%1 biglietti venduti in biglietteria o al totem il %2 tra le %3:00 e le %4:00; quel giorno il luogo era aperto dalle %5:00 alle %6:00",
    "%1 (%2) made %3% of the tickets on %4 open days from %5 to %6 (%7 of %8); usually %9% +/- %10%":
        "%1 (%2) ha rappresentato il %3% dei biglietti in %4 giorni di apertura dal %5 al %6 (%7 su %8); di solito il %9% +/- %10%",
    "no %1 sales on %2 open days from %3 to %4, where about %5 were expected (usually %6% of the tickets)":
        "nessuna vendita sul canale %1 in %2 giorni di apertura dal %3 al %4, a fronte di circa %5 attese (di solito il %6% dei biglietti)",
    "%1 sold %2 tickets on %3 open days from %4 to %5, where about %6 were expected (usually %7% of the tickets)":
        "il canale %1 ha venduto %2 biglietti in %3 giorni di apertura dal %4 al %5, a fronte di circa %6 attesi (di solito il %7% dei biglietti)",
    "%1 B2B tickets bought for %2 at %3:00 (%4 visitors came with them); the site's B2B bookings are usually %5 tickets +/- %6":
        "%1 biglietti B2B acquistati per il %2 alle %3:00 (con questi sono entrati %4 visitatori); le prenotazioni B2B del luogo sono di solito di %5 biglietti +/- %6",
    "clerk %1 voided %2% of their sales (%3 of %4) from %5 to %6; the site's other clerks void %7% +/- %8%":
        "l'operatore %1 ha annullato il %2% delle sue vendite (%3 su %4) dal %5 al %6; gli altri operatori del luogo annullano il %7% +/- %8%",
    "clerk %1 refunded %2% of their sales (%3 of %4) from %5 to %6; the site's other clerks refund %7% +/- %8%":
        "l'operatore %1 ha rimborsato il %2% delle sue vendite (%3 su %4) dal %5 al %6; gli altri operatori del luogo rimborsano il %7% +/- %8%",
    "%1 short in all":
        "ammanco complessivo di %1",
    "%1 over in all":
        "eccedenza complessiva di %1",
    "clerk %1's cash count was off by %2 or more in %3 of %4 sessions from %5 to %6 (%7); the site's other clerks: %8 of %9":
        "il conteggio di cassa dell'operatore %1 ha mostrato una differenza di %2 o più in %3 sessioni su %4 dal %5 al %6 (%7); gli altri operatori del luogo: %8 su %9",
    "first entry at %1 on %2 (device %3)":
        "primo ingresso presso %1 il %2 (dispositivo %3)",
    "first entry recorded by another counter":
        "primo ingresso registrato da un'altra cassa",
    "ticket %1 was scanned for entry %2 more time(s) after its %3, last by clerk %4":
        "il biglietto %1 è stato scansionato di nuovo all'ingresso dopo il suo %3 (scansioni ripetute: %2; l'ultima dall'operatore %4)",
    "An alert is acknowledged with a comment.":
        "La presa visione di un avviso richiede un commento.",
    "ticket %1 was admitted again at %2 by counter %3 on %4, after its first entry there by counter %5 on %6":
        "il biglietto %1 è stato ammesso di nuovo presso %2 dalla cassa %3 il %4, dopo il primo ingresso nello stesso luogo dalla cassa %5 il %6",
    "ticket %1 (not a combined ticket) was admitted at %2 by counter %3 on %4 and at %5 by counter %6 on %7":
        "il biglietto %1 (non cumulativo) è stato ammesso presso %2 dalla cassa %3 il %4 e presso %5 dalla cassa %6 il %7",
    "agency %1 booked %2 visitors in %3 booking(s) on %4; its purchases over the year before were %5 visitors +/- %6 (%7 days)":
        "l'agenzia %1 ha prenotato %2 visitatori il %4 (prenotazioni: %3); nell'anno precedente i suoi acquisti erano di %5 visitatori +/- %6 (su %7 giorni)",
    "Seconds between transaction-monitoring runs (0: off).":
        "Secondi tra un'esecuzione e l'altra del monitoraggio delle transazioni (0: disattivato).",
    "Visitor-profile cells under this many visitors are never sent (k-anonymity).":
        "Le celle dei profili dei visitatori con meno di questo numero di visitatori non vengono mai inviate (k-anonimato).",
    "Visitor profiles are now suppressed under %1 visitors: every client receives them again at its next sync.":
        "I profili dei visitatori sono ora soppressi sotto i %1 visitatori: ogni client li riceverà di nuovo alla prossima sincronizzazione.",
    "Only directors and regional managers acknowledge alerts.":
        "Solo i direttori e i responsabili regionali prendono visione degli avvisi.",
    "There is no such alert.":
        "Questo avviso non esiste.",
    "An alert is acknowledged with a \"comment\" of 1 to 2000 characters.":
        "La presa visione di un avviso richiede un \"comment\" da 1 a 2000 caratteri.",
    "\"acknowledged_utc\" must be a time in seconds, not in the future.":
        "\"acknowledged_utc\" deve essere un orario in secondi, non nel futuro.",
    "Transaction monitoring: %1 finding(s), %2 new alert(s).":
        "Monitoraggio delle transazioni: rilevazioni %1, nuovi avvisi %2.",
    "Transaction monitoring failed: %1":
        "Monitoraggio delle transazioni non riuscito: %1",
    "--profile-k takes a number of visitors from 2 to 1000.":
        "--profile-k vuole un numero di visitatori da 2 a 1000.",
    "--monitor-interval takes a number of seconds from 0 (off) to 86400.":
        "--monitor-interval vuole un numero di secondi da 0 (disattivato) a 86400.",
    "The local cache could not be read: %1":
        "Non è stato possibile leggere la cache locale: %1",
    "The hub answered an acknowledgement with status %1.":
        "L'hub ha risposto a una presa visione con lo stato %1.",
}

# The regional ranking's column (not the cash change of a receipt, "Resto").
IT_CORE["Change on last year"] = "Variazione sull'anno precedente"
