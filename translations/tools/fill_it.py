#!/usr/bin/env python3
"""Fills translations/cruscotto_it.ts (or cruscotto_en.ts, plural forms only) from the glossaries below.

Run after `cmake --build <dir> --target update_translations` (lupdate, which must
see the include path so classes get their namespaced contexts) has added
new source strings: every string without Italian here stays "unfinished", and
the test suite (testtranslator) fails until it is added.
"""
import sys
import xml.etree.ElementTree as ET

IT = {
    # core
    "Museum": "Museo",
    "Archaeological area": "Area archeologica",
    "Monument": "Monumento",
    "Library": "Biblioteca",
    "State archive": "Archivio di Stato",
    "Counter": "Biglietteria",
    "Online": "Online",
    "Kiosk": "Totem",
    "B2B (agencies and schools)": "B2B (agenzie e scuole)",
    "Full price": "Intero",
    "Reduced": "Ridotto",
    "Free": "Gratuito",
    "Under 18": "Minori di 18 anni",
    "First Sunday of the month": "Prima domenica del mese",
    "Disabled visitor and companion": "Visitatore con disabilità e accompagnatore",
    "ICOM member": "Socio ICOM",
    "Teacher": "Docente",
    "Licensed tourist guide": "Guida turistica abilitata",
    "School group": "Gruppo scolastico",
    "Free admission site": "Luogo a ingresso libero",
    "Easter Sunday": "Pasqua",
    "Easter Monday": "Lunedì dell'Angelo",
    "New Year's Day": "Capodanno",
    "Epiphany": "Epifania",
    "Liberation Day": "Festa della Liberazione",
    "Labour Day": "Festa dei Lavoratori",
    "Republic Day": "Festa della Repubblica",
    "Ferragosto": "Ferragosto",
    "All Saints' Day": "Ognissanti",
    "Immaculate Conception": "Immacolata Concezione",
    "Christmas Day": "Natale",
    "St Stephen's Day": "Santo Stefano",
    "Free: %1": "Gratuito: %1",
    "Could not move the damaged cache %1 aside.": "Impossibile spostare da parte la cache danneggiata %1.",
    "The local cache was damaged (%1). It was moved to %2 and a new, empty cache was created; sync again or regenerate the demo data to fill it.":
        "La cache locale era danneggiata (%1). È stata spostata in %2 ed è stata creata una nuova cache vuota; sincronizza di nuovo o rigenera i dati dimostrativi per riempirla.",
    "No location for application data is known on this system; use --data-dir.":
        "Su questo sistema non è nota una cartella per i dati delle applicazioni; usa --data-dir.",
    "Cannot create the data directory %1.": "Impossibile creare la cartella dei dati %1.",
    "The cache was written by a newer Cruscotto (schema %1; this one knows %2).":
        "La cache è stata scritta da una versione più recente di Cruscotto (schema %1; questa conosce lo schema %2).",
    "The number of demo sites must be between 1 and 5000.": "Il numero di luoghi dimostrativi deve essere tra 1 e 5000.",
    "The number of demo years must be between 0 and 30.": "Il numero di anni dimostrativi deve essere tra 0 e 30.",
    "Demo generation was cancelled.": "La generazione dei dati dimostrativi è stata annullata.",
    "Could not move the new cache into place at %1.": "Impossibile mettere la nuova cache al suo posto in %1.",
    # cli
    "Use DIR for the cache instead of the platform's data location.":
        "Usa DIR per la cache invece della cartella dati della piattaforma.",
    "Usage: cruscotto-cli [--version] [--help] COMMAND [options]\n\nDecision support for Italian state cultural sites, without a display.\n\nCommands:\n  sites    List the cache's sites: code, name, type, region (tab-separated).\n  demo     Build a demo cache: --sites N --years Y [--seed S] [--until DATE].\n\nEvery command takes --data-dir DIR and --help.\n":
        "Uso: cruscotto-cli [--version] [--help] COMANDO [opzioni]\n\nSupporto alle decisioni per i luoghi della cultura statali, senza schermo.\n\nComandi:\n  sites    Elenca i luoghi della cache: codice, nome, tipo, regione (separati da tabulazione).\n  demo     Crea una cache dimostrativa: --sites N --years Y [--seed S] [--until DATA].\n\nOgni comando accetta --data-dir DIR e --help.\n",
    "Error: %1": "Errore: %1",
    "Unknown command '%1'.": "Comando sconosciuto '%1'.",
    "List the sites in the cache: code, name, type, region.": "Elenca i luoghi della cache: codice, nome, tipo, regione.",
    "No cache in %1: run 'cruscotto-cli demo' or sync with a hub first.":
        "Nessuna cache in %1: esegui prima 'cruscotto-cli demo' o sincronizza con un hub.",
    "Number of sites (default 12).": "Numero di luoghi (predefinito 12).",
    "Full years before the current one (default 3).": "Anni interi prima di quello corrente (predefinito 3).",
    "Random seed: the same seed gives the same data (default 2026).":
        "Seme casuale: lo stesso seme dà gli stessi dati (predefinito 2026).",
    "Last day to generate, YYYY-MM-DD (default today).": "Ultimo giorno da generare, AAAA-MM-GG (predefinito oggi).",
    "Replace an existing cache.": "Sostituisci una cache esistente.",
    "Build a deterministic demo cache: sites of every kind over past years and this one.":
        "Crea una cache dimostrativa riproducibile: luoghi di ogni tipo negli anni passati e in quello corrente.",
    "--sites takes a whole number from 1 to 5000.": "--sites vuole un numero intero da 1 a 5000.",
    "--years takes a whole number from 0 to 30.": "--years vuole un numero intero da 0 a 30.",
    "--seed takes a non-negative whole number.": "--seed vuole un numero intero non negativo.",
    "--until takes a date as YYYY-MM-DD.": "--until vuole una data nel formato AAAA-MM-GG.",
    "A cache already exists in %1; add --force to replace it.": "Esiste già una cache in %1; aggiungi --force per sostituirla.",
    "Generating": "Generazione",
    "Demo cache written to %1": "Cache dimostrativa scritta in %1",
    "%1 sites, %2 zones, %3 to %4": "%1 luoghi, %2 zone, dal %3 al %4",
    "%1 hourly sales rows, %2 zone sensor rows, %3 microcell rows, %4 visitor-profile rows":
        "%1 righe orarie di vendita, %2 righe dei sensori di sala, %3 righe delle microcelle, %4 righe del profilo visitatori",
    "%1 rows in %2 s (%3 rows/s)": "%1 righe in %2 s (%3 righe/s)",
    # gui
    "The figures could not be read from the cache: %1": "Non è stato possibile leggere i dati dalla cache: %1",
    "Visitors": "Visitatori",
    "Revenue": "Incassi",
    "Revenue per paying visitor": "Incasso per visitatore pagante",
    "Tickets": "Biglietti",
    "Site": "Luogo",
    "Period": "Periodo",
    "First day": "Primo giorno",
    "Last day": "Ultimo giorno",
    "Daily visitors": "Visitatori al giorno",
    "Dashboard": "Dashboard",
    "&Site:": "&Luogo:",
    "&Period:": "&Periodo:",
    "&From:": "&Dal:",
    "&To:": "&Al:",
    "Data from %1 to %2": "Dati dal %1 al %2",
    "All sites": "Tutti i luoghi",
    "%1, %2": "%1, %2",
    "%1 · %2 · %3": "%1 · %2 · %3",
    "%1 paying · %2 free": "%1 paganti · %2 gratuiti",
    "%1 a day on average": "%1 al giorno in media",
    "Paying visitors: %1": "Visitatori paganti: %1",
    "Paying visitors": "Visitatori paganti",
    "Cancel": "Annulla",
    "Creating demo data": "Creazione dei dati dimostrativi",
    "Creating a demo region in %1: sites of every kind over the past years and this year to date…":
        "Creazione di una regione dimostrativa in %1: luoghi di ogni tipo negli anni passati e nell'anno in corso…",
    "Progress": "Avanzamento",
    "Cancelling…": "Annullamento…",
    "Demo data": "Dati dimostrativi",
    "The demo data could not be created: %1": "Non è stato possibile creare i dati dimostrativi: %1",
    "Cruscotto": "Cruscotto",
    "Screens": "Schermate",
    "Settings": "Impostazioni",
    "Notice": "Avviso",
    "Dismiss": "Chiudi",
    "Dismiss the notice": "Chiudi l'avviso",
    "Opening the local data…": "Apertura dei dati locali…",
    "&File": "&File",
    "&Quit": "&Esci",
    "&View": "&Visualizza",
    "&Dashboard": "&Dashboard",
    "Ctrl+1": "Ctrl+1",
    "&Settings": "&Impostazioni",
    "Ctrl+2": "Ctrl+2",
    "&Refresh": "&Aggiorna",
    "&Help": "&Aiuto",
    "&About Cruscotto": "&Informazioni su Cruscotto",
    "About Cruscotto": "Informazioni su Cruscotto",
    "<b>Cruscotto %1</b><br>Decision support for Italian state cultural sites.":
        "<b>Cruscotto %1</b><br>Supporto alle decisioni per i luoghi della cultura statali.",
    "Create demo data": "Crea dati dimostrativi",
    "The local data cannot be opened": "Impossibile aprire i dati locali",
    "No data yet": "Ancora nessun dato",
    "<p>There are no visitor or sales figures in <tt>%1</tt> yet.</p><p>To explore Cruscotto with a demo region:</p><ul><li>create demo data with the button below,</li><li>or start Cruscotto with <tt>cruscotto --demo</tt>,</li><li>or run <tt>%2</tt> and start Cruscotto again.</li></ul>":
        "<p>In <tt>%1</tt> non ci sono ancora dati su visitatori o vendite.</p><p>Per provare Cruscotto con una regione dimostrativa:</p><ul><li>crea i dati dimostrativi con il pulsante qui sotto,</li><li>oppure avvia Cruscotto con <tt>cruscotto --demo</tt>,</li><li>oppure esegui <tt>%2</tt> e riavvia Cruscotto.</li></ul>",
    "Last 7 days": "Ultimi 7 giorni",
    "Last 30 days": "Ultimi 30 giorni",
    "This month": "Questo mese",
    "Year to date": "Anno in corso",
    "Last year": "Anno scorso",
    "Custom range": "Intervallo personalizzato",
    "Local data": "Dati locali",
    "Data directory:": "Cartella dei dati:",
    "Cache file:": "File della cache:",
    "Schema version:": "Versione dello schema:",
    "Data period:": "Periodo dei dati:",
    "Sites:": "Luoghi:",
    "Language:": "Lingua:",
    "The language follows the system; set CRUSCOTTO_LANG=it or CRUSCOTTO_LANG=en before starting to choose one.":
        "La lingua segue quella del sistema; imposta CRUSCOTTO_LANG=it o CRUSCOTTO_LANG=en prima dell'avvio per sceglierne una.",
    "English": "Inglese",
    "Italian": "Italiano",
    "%1 (%2)": "%1 (%2)",
    "%1 (not created yet)": "%1 (non ancora creato)",
    "%1 (this version of Cruscotto writes %2)": "%1 (questa versione di Cruscotto scrive lo schema %2)",
    "not available": "non disponibile",
    "%1 to %2": "dal %1 al %2",
    "no data yet": "ancora nessun dato",
    "%1: %2": "%1: %2",
    "The cache %1 could not be opened: %2": "Impossibile aprire la cache %1: %2",
    # hub
    "The hub database was written by a newer Cruscotto hub (schema %1; this one knows %2).":
        "Il database dell'hub è stato scritto da una versione più recente dell'hub Cruscotto (schema %1; questa conosce lo schema %2).",
    "Cannot use the TLS certificate %1: %2": "Impossibile usare il certificato TLS %1: %2",
    "Cannot use the TLS key %1: %2": "Impossibile usare la chiave TLS %1: %2",
    "%1 is not an IP address.": "%1 non è un indirizzo IP.",
    "Cannot listen on %1:%2: %3": "Impossibile mettersi in ascolto su %1:%2: %3",
    "Decision support for Italian state cultural sites.": "Supporto alle decisioni per i luoghi della cultura statali.",
    "Use DIR for the local data.": "Usa DIR per i dati locali.",
    "Create demo data first when there is no cache yet.": "Crea prima i dati dimostrativi se non c'è ancora una cache.",
}

IT.update({
    # cli: forecasts and imports
    "Usage: cruscotto-cli [--version] [--help] COMMAND [options]\n\nDecision support for Italian state cultural sites, without a display.\n\nCommands:\n  sites          List the cache's sites: code, name, type, region (tab-separated).\n  demo           Build a demo cache: --sites N --years Y [--seed S] [--until DATE].\n  forecast       Daily visitors of a site for the next days, with an 80% interval:\n                 --site CODE --days N (1 to 90); prints date, forecast, low, high.\n  backtest       Rolling-origin backtest of the forecasts against the seasonal-naive\n                 one: --site CODE|all; prints site, model, MAPE %, MASE, coverage %.\n  import-visits  Import daily visitors from before the platform: FILE.csv with\n                 lines date,site_code,visitors (ISO dates, header optional).\n\nEvery command takes --data-dir DIR and --help.\n":
        "Uso: cruscotto-cli [--version] [--help] COMANDO [opzioni]\n\nSupporto alle decisioni per i luoghi della cultura statali, senza schermo.\n\nComandi:\n  sites          Elenca i luoghi della cache: codice, nome, tipo, regione (separati da tabulazione).\n  demo           Crea una cache dimostrativa: --sites N --years Y [--seed S] [--until DATA].\n  forecast       Visitatori giornalieri previsti di un luogo, con intervallo all'80%:\n                 --site CODICE --days N (da 1 a 90); stampa data, previsione, minimo, massimo.\n  backtest       Verifica delle previsioni con origini mobili rispetto alla previsione\n                 stagionale ingenua: --site CODICE|all; stampa luogo, modello, MAPE %, MASE, copertura %.\n  import-visits  Importa i visitatori giornalieri di prima della piattaforma: FILE.csv con\n                 righe data,codice_luogo,visitatori (date ISO, intestazione facoltativa).\n\nOgni comando accetta --data-dir DIR e --help.\n",
    "The site's code (see 'cruscotto-cli sites').": "Il codice del luogo (vedi 'cruscotto-cli sites').",
    "Days to forecast after the last day of history, 1 to %1 (default 28).": "Giorni da prevedere dopo l'ultimo giorno di storico, da 1 a %1 (predefinito 28).",
    "Forecast a site's daily visitors with an 80% prediction interval: one line per day with date, forecast, low and high, tab-separated. Closed days forecast 0.":
        "Prevede i visitatori giornalieri di un luogo con un intervallo di previsione all'80%: una riga al giorno con data, previsione, minimo e massimo, separati da tabulazione. I giorni di chiusura valgono 0.",
    "Unexpected argument '%1'.": "Argomento inatteso '%1'.",
    "forecast needs --site CODE.": "forecast richiede --site CODICE.",
    "--days takes a whole number from 1 to %1.": "--days vuole un numero intero da 1 a %1.",
    "Unknown site '%1': 'cruscotto-cli sites' lists the codes.": "Luogo sconosciuto '%1': 'cruscotto-cli sites' elenca i codici.",
    "Not enough history to forecast %1: %2 Import the earlier history with 'cruscotto-cli import-visits'.":
        "Storico insufficiente per prevedere %1: %2 Importa lo storico precedente con 'cruscotto-cli import-visits'.",
    "The site's code, or 'all' for every site.": "Il codice del luogo, oppure 'all' per tutti i luoghi.",
    "Days forecast from each origin, 1 to %1 (default 28).": "Giorni previsti da ogni origine, da 1 a %1 (predefinito 28).",
    "Backtest the visitor forecasts with rolling origins (every 28 days over the last year) against the seasonal-naive forecast (same weekday 52 weeks earlier). One line per site and model, tab-separated: site, model, MAPE (%), MASE, 80% interval coverage (%).":
        "Verifica le previsioni dei visitatori con origini mobili (ogni 28 giorni nell'ultimo anno) rispetto alla previsione stagionale ingenua (stesso giorno della settimana 52 settimane prima). Una riga per luogo e modello, separata da tabulazione: luogo, modello, MAPE (%), MASE, copertura dell'intervallo all'80% (%).",
    "backtest needs --site CODE or --site all.": "backtest richiede --site CODICE oppure --site all.",
    "--horizon takes a whole number from 1 to %1.": "--horizon vuole un numero intero da 1 a %1.",
    "Not enough history to backtest %1: %2": "Storico insufficiente per verificare %1: %2",
    "No site has enough history for a backtest (a year and four weeks of daily visitors).":
        "Nessun luogo ha storico sufficiente per la verifica (un anno e quattro settimane di visitatori giornalieri).",
    "Lines of date,site_code,visitors.": "Righe data,codice_luogo,visitatori.",
    "Import a history of daily visitors from before the platform into the cache, all or nothing: lines 'date,site_code,visitors' with ISO dates (YYYY-MM-DD), an optional header line, ';' accepted as the separator. A site and day imported again replaces the earlier figure; days with platform sales keep the platform's figure.":
        "Importa nella cache uno storico di visitatori giornalieri di prima della piattaforma, tutto o niente: righe 'data,codice_luogo,visitatori' con date ISO (AAAA-MM-GG), una riga di intestazione facoltativa, ';' accettato come separatore. Un luogo e giorno importato di nuovo sostituisce il dato precedente; i giorni con vendite della piattaforma mantengono il dato della piattaforma.",
    "import-visits takes one CSV file (date,site_code,visitors).": "import-visits vuole un file CSV (data,codice_luogo,visitatori).",
    "No file %1.": "Il file %1 non esiste.",
    "%1 line %2: %3": "%1 riga %2: %3",
    "... more bad lines not shown.": "... altre righe errate non mostrate.",
    "Nothing was imported.": "Non è stato importato nulla.",
    "Imported %n day(s) of visitors, %1 to %2; sites: %3.": ("Importato %n giorno di visitatori, dal %1 al %2; luoghi: %3.", "Importati %n giorni di visitatori, dal %1 al %2; luoghi: %3."),
    "%n day(s) replaced an earlier import.": ("%n giorno ha sostituito un'importazione precedente.", "%n giorni hanno sostituito un'importazione precedente."),
    "%n day(s) fall on days with platform sales; the forecasts use the platform's figures there.":
        ("%n giorno cade in un giorno con vendite della piattaforma; lì le previsioni usano i dati della piattaforma.",
         "%n giorni cadono in giorni con vendite della piattaforma; lì le previsioni usano i dati della piattaforma."),
    "No visitor history to backtest.": "Nessuno storico di visitatori da verificare.",
    "Less than a year and four weeks of history before %1.": "Meno di un anno e quattro settimane di storico prima del %1.",
    "Could not read %1: %2": "Impossibile leggere %1: %2",
    "expected 3 fields (date, site code, visitors), found %1": "attesi 3 campi (data, codice luogo, visitatori), trovati %1",
    "bad date '%1' (expected YYYY-MM-DD)": "data non valida '%1' (attesa AAAA-MM-GG)",
    "unknown site code '%1'": "codice luogo sconosciuto '%1'",
    "negative number of visitors (%1)": "numero di visitatori negativo (%1)",
    "visitors must be a whole number from 0 to %1, not '%2'": "i visitatori devono essere un numero intero da 0 a %1, non '%2'",
    "%1 on %2 was already given on line %3": "%1 del %2 è già stato indicato alla riga %3",
    "the file holds no visitor lines (date, site code, visitors)": "il file non contiene righe di visitatori (data, codice luogo, visitatori)",
    "%1 days of visitor history (%2 open days with figures); a forecast needs at least %3 days and %4 open days.":
        "%1 giorni di storico dei visitatori (%2 giorni di apertura con dati); una previsione richiede almeno %3 giorni e %4 giorni di apertura.",
    "A forecast covers 1 to %1 days, not %2.": "Una previsione copre da 1 a %1 giorni, non %2.",
    # sync engine
    "the page has no tables": "la pagina non contiene tabelle",
    "unknown table %1": "tabella sconosciuta %1",
    "table %1 has no columns or rows": "la tabella %1 non ha colonne o righe",
    "table %1 has an unknown or repeated column": "la tabella %1 ha una colonna sconosciuta o ripetuta",
    "table %1 lacks its key column %2": "alla tabella %1 manca la colonna chiave %2",
    "row %1 of %2 has the wrong number of cells": "la riga %1 di %2 ha un numero di celle errato",
    "row %1 of %2: %3 has the wrong type": "riga %1 di %2: %3 ha il tipo sbagliato",
    "The hub's catalogue lacks a number for %1.": "Nel catalogo dell'hub manca un numero per %1.",
    "The hub's catalogue lacks a text for %1.": "Nel catalogo dell'hub manca un testo per %1.",
    "The hub's catalogue lacks the list %1.": "Nel catalogo dell'hub manca l'elenco %1.",
    "The hub's catalogue has a malformed entry.": "Il catalogo dell'hub contiene una voce non valida.",
    "The sync was cancelled; what was received so far is kept.": "La sincronizzazione è stata annullata; quanto ricevuto finora è conservato.",
    "The hub did not accept the user name or password.": "L'hub non ha accettato il nome utente o la password.",
    "This user may not sign in to the hub.": "Questo utente non può accedere all'hub.",
    "The hub answered the sign-in with status %1.": "L'hub ha risposto all'accesso con lo stato %1.",
    "The hub no longer accepts this sign-in.": "L'hub non accetta più questo accesso.",
    "This user has no permission to read this data.": "Questo utente non ha il permesso di leggere questi dati.",
    "the hub answered with status %1": "l'hub ha risposto con lo stato %1",
    "The hub could not be reached after %1 attempts: %2": "Impossibile raggiungere l'hub dopo %1 tentativi: %2",
    "The hub's catalogue could not be read (status %1).": "Impossibile leggere il catalogo dell'hub (stato %1).",
    "A calendar exception is malformed.": "Un'eccezione del calendario non è valida.",
    "The catalogue could not be stored: %1": "Impossibile salvare il catalogo: %1",
    "The local cache could not be prepared: %1": "Impossibile preparare la cache locale: %1",
    "status %1 or a reply that is not JSON": "stato %1 o una risposta che non è JSON",
    "the page lacks its cursor": "alla pagina manca il cursore",
    "The hub sent a malformed page (%1); nothing of it was applied.": "L'hub ha inviato una pagina non valida (%1); non ne è stato applicato nulla.",
    "A page could not be stored, so none of it was: %1": "Una pagina non ha potuto essere salvata, quindi non ne è stato salvato nulla: %1",
    "Up to date: %1 rows received in %2 s.": "Aggiornato: %1 righe ricevute in %2 s.",
    "The local cache cannot be written: %1": "Impossibile scrivere la cache locale: %1",
    # sync screen
    "Sync": "Sincronizzazione",
    "S&ync": "Si&ncronizza",
    "Ctrl+3": "Ctrl+3",
    "Sync with the hub": "Sincronizzazione con l'hub",
    "The dashboards work from the local copy. Syncing brings it up to date with the hub; only what changed since the last sync is downloaded.":
        "Le dashboard lavorano sulla copia locale. La sincronizzazione la aggiorna con l'hub; si scarica solo ciò che è cambiato dall'ultima sincronizzazione.",
    "https://hub.example.it:8443": "https://hub.example.it:8443",
    "Hub address": "Indirizzo dell'hub",
    "Hub &address:": "&Indirizzo dell'hub:",
    "User name": "Nome utente",
    "&User:": "&Utente:",
    "Password": "Password",
    "&Password:": "&Password:",
    "The system's certificate store": "L'archivio dei certificati del sistema",
    "Certificate authority file": "File dell'autorità di certificazione",
    "&Browse…": "&Sfoglia…",
    "Choose a certificate authority file": "Scegli un file dell'autorità di certificazione",
    "&Certificate authority:": "Autorità di &certificazione:",
    "&Remember the password in the system keychain": "&Ricorda la password nel portachiavi di sistema",
    "&Sync now": "&Sincronizza ora",
    "Sync progress": "Avanzamento della sincronizzazione",
    "Not synced with a hub yet.": "Non ancora sincronizzato con un hub.",
    "No keychain is available on this system: the password is asked each time and never written to disk.":
        "Su questo sistema non è disponibile un portachiavi: la password viene chiesta ogni volta e non viene mai scritta su disco.",
    "Enter the hub's address, your user name and your password.": "Inserisci l'indirizzo dell'hub, il tuo nome utente e la tua password.",
    "The hub's address must start with https://.": "L'indirizzo dell'hub deve iniziare con https://.",
    "Certificate authority": "Autorità di certificazione",
    "Certificates (*.pem *.crt);;All files (*)": "Certificati (*.pem *.crt);;Tutti i file (*)",
    "Connecting…": "Connessione in corso…",
    "%1 rows · %2": "%1 righe · %2",
    "%1 · about %2 s left": "%1 · circa %2 s rimanenti",
    "Last sync: %1": "Ultima sincronizzazione: %1",
})

IT.update({
    # hub
    "The Cruscotto hub: ingests ticket sales and sensor readings, serves aggregates to the desktop app.":
        "L'hub di Cruscotto: riceve le vendite dei biglietti e le letture dei sensori, fornisce gli aggregati all'applicazione desktop.",
    "Directory of the hub's database.": "Cartella del database dell'hub.",
    "Address and port to listen on (port 0: any free port).": "Indirizzo e porta su cui mettersi in ascolto (porta 0: una porta libera qualsiasi).",
    "TLS certificate chain (PEM).": "Catena di certificati TLS (PEM).",
    "TLS private key (PEM).": "Chiave privata TLS (PEM).",
    "Serve plain HTTP; only allowed on a loopback address.": "Servi HTTP in chiaro; consentito solo su un indirizzo di loopback.",
    "Seed the demo region and demo users.": "Carica la regione dimostrativa e gli utenti dimostrativi.",
    "Server threads (1 to 64).": "Thread del server (da 1 a 64).",
    "Seconds a login token stays valid.": "Secondi di validità di un token di accesso.",
    "--data-dir is required: the directory of the hub's database.": "--data-dir è obbligatorio: la cartella del database dell'hub.",
    "--listen takes ADDR:PORT, e.g. 127.0.0.1:8443.": "--listen vuole INDIRIZZO:PORTA, per esempio 127.0.0.1:8443.",
    "Seeded the demo region: %1 sites, %2 aggregate rows.": "Regione dimostrativa caricata: %1 luoghi, %2 righe aggregate.",
    "Stopped.": "Arrestato.",
    "cruscotto-hub: %1": "cruscotto-hub: %1",
    "Your role does not give access to this resource.": "Il tuo ruolo non dà accesso a questa risorsa.",
    "There is no such resource.": "Questa risorsa non esiste.",
    "This resource does not support that method.": "Questa risorsa non supporta quel metodo.",
    "A valid bearer token is required; it may have expired.": "Serve un token di accesso valido; potrebbe essere scaduto.",
    "The hub could not answer; the error is in its log.": "L'hub non ha potuto rispondere; l'errore è nel suo registro.",
    "The body must be a JSON object with \"user\" and \"password\" strings.": "Il corpo deve essere un oggetto JSON con le stringhe \"user\" e \"password\".",
    "Unknown user or wrong password.": "Utente sconosciuto o password errata.",
    "Use ?since=CURSOR&limit=N with a cursor from a previous page and N between 1 and 50000.":
        "Usa ?since=CURSORE&limit=N con un cursore di una pagina precedente e N tra 1 e 50000.",
    "--tls-cert and --tls-key go together.": "--tls-cert e --tls-key vanno indicati insieme.",
    "Choose either TLS or --insecure-loopback, not both.": "Scegli TLS oppure --insecure-loopback, non entrambi.",
    "The hub needs --tls-cert and --tls-key (or --insecure-loopback on 127.0.0.1).": "L'hub richiede --tls-cert e --tls-key (oppure --insecure-loopback su 127.0.0.1).",
    "Plain HTTP is only allowed on a loopback address (127.0.0.1 or ::1).": "HTTP in chiaro è consentito solo su un indirizzo di loopback (127.0.0.1 o ::1).",
    "--threads takes a number from 1 to 64.": "--threads vuole un numero da 1 a 64.",
    "--token-lifetime takes a number of seconds from 1 to 2592000 (30 days).": "--token-lifetime vuole un numero di secondi da 1 a 2592000 (30 giorni).",
    "The request body is too large.": "Il corpo della richiesta è troppo grande.",
    "The request headers are too large.": "Le intestazioni della richiesta sono troppo grandi.",
    "The request is not valid HTTP/1.1.": "La richiesta non è HTTP/1.1 valido.",
    # ingest
    "A batch holds from 1 to %1 sales.": "Un lotto contiene da 1 a %1 vendite.",
    "A sale must be a JSON object.": "Una vendita deve essere un oggetto JSON.",
    "Unknown field \"%1\".": "Campo sconosciuto \"%1\".",
    "\"id\" must be a UUID (8-4-4-4-12 hexadecimal digits).": "\"id\" deve essere un UUID (8-4-4-4-12 cifre esadecimali).",
    "\"site\" must be the code of a site you sell for.": "\"site\" deve essere il codice di un luogo per cui vendi.",
    "\"product\" must be the code of one of the site's ticket products.": "\"product\" deve essere il codice di uno dei titoli d'ingresso del luogo.",
    "\"amount_cents\" must be a whole number of cents from 0 to 100000000.": "\"amount_cents\" deve essere un numero intero di centesimi da 0 a 100000000.",
    "A free ticket cannot cost anything.": "Un biglietto gratuito non può avere un costo.",
    "\"channel\" must be counter, online, kiosk or b2b.": "\"channel\" deve essere counter, online, kiosk o b2b.",
    "\"sold_utc\" must be a time in Unix seconds, not in the future.": "\"sold_utc\" deve essere un istante in secondi Unix, non nel futuro.",
    "\"tickets\" must be a whole number from 1 to 10000.": "\"tickets\" deve essere un numero intero da 1 a 10000.",
    "\"visitors\" must be a whole number from 0 to 100000.": "\"visitors\" deve essere un numero intero da 0 a 100000.",
    "This id is used twice in the batch for different sales.": "Questo id è usato due volte nel lotto per vendite diverse.",
    "This id was already stored for a different sale.": "Questo id è già stato registrato per una vendita diversa.",
    "%n sale(s) of the batch are not valid; nothing was stored.": ("%n vendita del lotto non è valida; non è stato registrato nulla.", "%n vendite del lotto non sono valide; non è stato registrato nulla."),
    "A batch holds from 1 to %1 readings.": "Un lotto contiene da 1 a %1 letture.",
    "\"%1\" must be a whole number from 0 to 100000.": "\"%1\" deve essere un numero intero da 0 a 100000.",
    "\"%1\" must be a number from %2 to %3, or null.": "\"%1\" deve essere un numero da %2 a %3, oppure null.",
    "%n reading(s) of the batch are not valid; nothing was stored.": ("%n lettura del lotto non è valida; non è stato registrato nulla.", "%n letture del lotto non sono valide; non è stato registrato nulla."),
})

IT.update({
    "The body must be a JSON object with one array, \"sales\".": "Il corpo deve essere un oggetto JSON con un solo array, \"sales\".",
    "The body must be a JSON object with the arrays \"zone_readings\" and/or \"device_counts\".":
        "Il corpo deve essere un oggetto JSON con gli array \"zone_readings\" e/o \"device_counts\".",
    "\"at_utc\" must be a time in Unix seconds, not in the future.": "\"at_utc\" deve essere un istante in secondi Unix, non nel futuro.",
    "\"site\" must be the code of a site this gateway serves.": "\"site\" deve essere il codice di un luogo servito da questo gateway.",
    "A reading must be a JSON object.": "Una lettura deve essere un oggetto JSON.",
    "\"zone\" must be the code of one of the site's zones.": "\"zone\" deve essere il codice di una delle zone del luogo.",
    "The batch holds two different readings for this zone and time.": "Il lotto contiene due letture diverse per questa zona e quest'ora.",
    "The batch holds two different counts for this site and time.": "Il lotto contiene due conteggi diversi per questo luogo e quest'ora.",
})

IT.update({
    "Usage: cruscotto-cli [--version] [--help] COMMAND [options]\n\nDecision support for Italian state cultural sites, without a display.\n\nCommands:\n  sites          List the cache's sites: code, name, type, region (tab-separated).\n  demo           Build a demo cache: --sites N --years Y [--seed S] [--until DATE].\n  forecast       Daily visitors of a site for the next days, with an 80% interval:\n                 --site CODE --days N (1 to 90); prints date, forecast, low, high.\n  backtest       Rolling-origin backtest of the forecasts against the seasonal-naive\n                 one: --site CODE|all; prints site, model, MAPE %, MASE, coverage %.\n  sync           Bring the cache up to date with a hub: --hub URL --user U\n                 --password-file F [--ca-file F]. Exit 0 up to date, 3 hub\n                 unreachable, 4 certificate refused, 5 sign-in or permission\n                 refused, 6 malformed data from the hub, 1 local failure.\n  import-visits  Import daily visitors from before the platform: FILE.csv with\n                 lines date,site_code,visitors (ISO dates, header optional).\n\nEvery command takes --data-dir DIR and --help.\n": "Uso: cruscotto-cli [--version] [--help] COMANDO [opzioni]\n\nSupporto alle decisioni per i luoghi della cultura statali, senza schermo.\n\nComandi:\n  sites          Elenca i luoghi della cache: codice, nome, tipo, regione (separati da tabulazione).\n  demo           Crea una cache dimostrativa: --sites N --years Y [--seed S] [--until DATA].\n  forecast       Visitatori giornalieri previsti di un luogo, con intervallo all'80%:\n                 --site CODICE --days N (da 1 a 90); stampa data, previsione, minimo, massimo.\n  backtest       Verifica delle previsioni con origini mobili rispetto a quella stagionale\n                 ingenua: --site CODICE|all; stampa luogo, modello, MAPE %, MASE, copertura %.\n  sync           Aggiorna la cache con un hub: --hub URL --user U\n                 --password-file F [--ca-file F]. Uscita 0 aggiornato, 3 hub\n                 irraggiungibile, 4 certificato rifiutato, 5 accesso o permesso\n                 rifiutati, 6 dati non validi dall'hub, 1 errore locale.\n  import-visits  Importa i visitatori giornalieri di prima della piattaforma: FILE.csv con\n                 righe data,codice_luogo,visitatori (date ISO, intestazione facoltativa).\n\nOgni comando accetta --data-dir DIR e --help.\n",
    "The hub's address, https://HOST[:PORT].": "L'indirizzo dell'hub, https://HOST[:PORTA].",
    "The user to sign in as.": "L'utente con cui accedere.",
    "A file whose first line is the password (keep it readable by you only).": "Un file la cui prima riga è la password (leggibile solo da te).",
    "Certificate authority to trust for the hub (PEM); default: the system's store.": "Autorità di certificazione di cui fidarsi per l'hub (PEM); predefinito: l'archivio del sistema.",
    "Bring the local cache up to date with the hub: only what changed since the last sync.": "Aggiorna la cache locale con l'hub: solo ciò che è cambiato dall'ultima sincronizzazione.",
    "sync needs --%1.": "sync richiede --%1.",
    "Cannot read the password file %1.": "Impossibile leggere il file della password %1.",
    "The password file %1 is empty.": "Il file della password %1 è vuoto.",
    "Syncing": "Sincronizzazione",
    "No figures for the same period last year": "Nessun dato per lo stesso periodo dell'anno scorso",
    "▲ +%1 % on the same period last year": "▲ +%1 % rispetto allo stesso periodo dell'anno scorso",
    "▼ −%1 % on the same period last year": "▼ −%1 % rispetto allo stesso periodo dell'anno scorso",
    "Connect to a hub…": "Collegati a un hub…",
    "Connect to a hub": "Collegati a un hub",
    "Up to date: %1 rows in %2 pages, %3 received, %4 s.": "Aggiornato: %1 righe in %2 pagine, %3 ricevuti, %4 s.",
})

IT.update({
    "Usage: cruscotto-cli [--version] [--help] COMMAND [options]\n\nDecision support for Italian state cultural sites, without a display.\n\nCommands:\n  sites          List the cache's sites: code, name, type, region (tab-separated).\n  demo           Build a demo cache: --sites N --years Y [--seed S] [--until DATE].\n  forecast       Daily visitors of a site for the next days, with an 80% interval:\n                 --site CODE --days N (1 to 90); prints date, forecast, low, high.\n  backtest       Rolling-origin backtest of the forecasts against the seasonal-naive\n                 one: --site CODE|all; prints site, model, MAPE %, MASE, coverage %.\n  sync           Bring the cache up to date with a hub: --hub URL --user U\n                 --password-file F [--ca-file F]. Exit 0 up to date, 3 hub\n                 unreachable, 4 certificate refused, 5 sign-in or permission\n                 refused, 6 malformed data from the hub, 1 local failure.\n  import-visits  Import daily visitors from before the platform: FILE.csv with\n                 lines date,site_code,visitors (ISO dates, header optional).\n  import-stats   Import the ministry's published statistics (Tavola 5, regional\n                 monthly visitors or gross takings, CSV as published): FILE...\n  report         Write a report: --type monthly --scope all|region:NAME|site:CODE\n                 --from YYYY-MM-DD --to YYYY-MM-DD --format csv|csv-it|xlsx\n                 --out PATH.\n\nEvery command takes --data-dir DIR and --help.\n": "Uso: cruscotto-cli [--version] [--help] COMANDO [opzioni]\n\nSupporto alle decisioni per i luoghi della cultura statali, senza schermo.\n\nComandi:\n  sites          Elenca i luoghi della cache: codice, nome, tipo, regione (separati da tabulazione).\n  demo           Crea una cache dimostrativa: --sites N --years Y [--seed S] [--until DATA].\n  forecast       Visitatori giornalieri previsti di un luogo, con intervallo all'80%:\n                 --site CODICE --days N (da 1 a 90); stampa data, previsione, minimo, massimo.\n  backtest       Verifica delle previsioni con origini mobili rispetto a quella stagionale\n                 ingenua: --site CODICE|all; stampa luogo, modello, MAPE %, MASE, copertura %.\n  sync           Aggiorna la cache con un hub: --hub URL --user U\n                 --password-file F [--ca-file F]. Uscita 0 aggiornato, 3 hub\n                 irraggiungibile, 4 certificato rifiutato, 5 accesso o permesso\n                 rifiutati, 6 dati non validi dall'hub, 1 errore locale.\n  import-visits  Importa i visitatori giornalieri di prima della piattaforma: FILE.csv con\n                 righe data,codice_luogo,visitatori (date ISO, intestazione facoltativa).\n  import-stats   Importa le statistiche pubblicate dal ministero (Tavola 5, serie regionali\n                 mensili di visitatori o introiti lordi, CSV come pubblicati): FILE...\n  report         Scrive un report: --type monthly --scope all|region:NOME|site:CODICE\n                 --from AAAA-MM-GG --to AAAA-MM-GG --format csv|csv-it|xlsx\n                 --out PERCORSO.\n\nOgni comando accetta --data-dir DIR e --help.\n",
    "Tavola 5 CSV files, as the ministry publishes them.": "File CSV della Tavola 5, come li pubblica il ministero.",
    "Import the ministry's published statistics (Tavola 5: regional monthly series of visitors or gross takings) into the cache, all or nothing: every file is checked (months adding up to the published totals, regions to the national total) before anything is written. A region, year and kind imported again replaces the earlier figures.":
        "Importa nella cache le statistiche pubblicate dal ministero (Tavola 5: serie regionali mensili di visitatori o introiti lordi), tutto o niente: ogni file è controllato (i mesi devono dare i totali pubblicati, le regioni il totale nazionale) prima di scrivere qualsiasi cosa. Una regione, un anno e un tipo importati di nuovo sostituiscono i dati precedenti.",
    "import-stats takes one or more Tavola 5 CSV files.": "import-stats vuole uno o più file CSV della Tavola 5.",
    "%1: %2 visitors, %3 regions; national total %4": "%1: %2 visitatori, %3 regioni; totale nazionale %4",
    "%1: %2 gross takings (EUR), %3 regions; national total %4": "%1: %2 introiti lordi (EUR), %3 regioni; totale nazionale %4",
    "The report: monthly.": "Il report: monthly.",
    "all, region:NAME or site:CODE (default all).": "all, region:NOME o site:CODICE (predefinito all).",
    "First day, YYYY-MM-DD.": "Primo giorno, AAAA-MM-GG.",
    "Last day, YYYY-MM-DD.": "Ultimo giorno, AAAA-MM-GG.",
    "csv (RFC 4180, UTF-8), csv-it (Italian Excel: ';', decimal comma) or xlsx.": "csv (RFC 4180, UTF-8), csv-it (Excel italiano: ';', virgola decimale) o xlsx.",
    "The file to write (replaced if it exists).": "Il file da scrivere (sostituito se esiste).",
    "Write a report from the cache. The file is written under a temporary name and renamed when complete, so a failed run never leaves a half-written file.":
        "Scrive un report dalla cache. Il file è scritto con un nome temporaneo e rinominato a lavoro finito, così un'esecuzione fallita non lascia mai un file scritto a metà.",
    "--type takes: monthly.": "--type accetta: monthly.",
    "--scope takes all, region:NAME or site:CODE.": "--scope accetta all, region:NOME o site:CODICE.",
    "report needs --from and --to as YYYY-MM-DD.": "report richiede --from e --to nel formato AAAA-MM-GG.",
    "--format takes csv, csv-it or xlsx.": "--format accetta csv, csv-it o xlsx.",
    "report needs --out PATH.": "report richiede --out PERCORSO.",
    "Wrote %1 (%n row(s)).": ("Scritto %1 (%n riga).", "Scritto %1 (%n righe)."),
    "Could not write the CSV file: %1": "Impossibile scrivere il file CSV: %1",
    "cannot be read: %1": "non può essere letto: %1",
    "no header row 'Regione;Gennaio;...;Dicembre;Totale complessivo'": "manca la riga di intestazione 'Regione;Gennaio;...;Dicembre;Totale complessivo'",
    "no 'Rilevazione YYYY' title row before the header: the year is unknown": "manca la riga di titolo 'Rilevazione AAAA' prima dell'intestazione: l'anno è sconosciuto",
    "no 'Tavola 5 - Serie regionale mensile Visitatori|Introiti' title row before the header: not a Tavola 5 file":
        "manca la riga di titolo 'Tavola 5 - Serie regionale mensile Visitatori|Introiti' prima dell'intestazione: non è un file della Tavola 5",
    "the header row is not 'Regione', the months Gennaio to Dicembre and 'Totale complessivo'": "la riga di intestazione non è 'Regione', i mesi da Gennaio a Dicembre e 'Totale complessivo'",
    "%1: %2 columns instead of 14 (region, 12 months, total)": "%1: %2 colonne invece di 14 (regione, 12 mesi, totale)",
    "%1: unexpected value '%2' after the total column": "%1: valore inatteso '%2' dopo la colonna del totale",
    "%1: the total is missing": "%1: manca il totale",
    "%1, %2: '%3' is not a number of visitors (1.234.567)": "%1, %2: '%3' non è un numero di visitatori (1.234.567)",
    "%1, %2: '%3' is not an amount in euro (1.234.567,89)": "%1, %2: '%3' non è un importo in euro (1.234.567,89)",
    "%1: the months add up to %2, the published total is %3": "%1: i mesi sommano a %2, il totale pubblicato è %3",
    "%1 appears twice": "%1 compare due volte",
    "no region rows after the header": "nessuna riga di regione dopo l'intestazione",
    "%1: the regions add up to %2, the published national total is %3": "%1: le regioni sommano a %2, il totale nazionale pubblicato è %3",
    "The period is not valid: the first day must be on or before the last.": "Il periodo non è valido: il primo giorno deve precedere o coincidere con l'ultimo.",
    "Unknown region '%1': neither a region of the cache's sites nor one of the imported ministry statistics.": "Regione sconosciuta '%1': non è una regione dei luoghi della cache né delle statistiche ministeriali importate.",
    "No figures for this scope from %1 to %2: the cache's sales cover %3 to %4.": "Nessun dato per questo ambito dal %1 al %2: le vendite della cache coprono dal %3 al %4.",
    "Monthly statistics": "Statistiche mensili",
    "Scope": "Ambito",
    "Year": "Anno",
    "Month": "Mese",
    "Non-paying visitors": "Visitatori non paganti",
    "Total visitors": "Visitatori totali",
    "Gross revenue": "Introiti lordi",
    "Source": "Fonte",
    "Year total": "Totale dell'anno",
    "Ministry statistics": "Statistiche ministeriali",
    "Platform": "Piattaforma",
    "%1 is a folder, not a file name.": "%1 è una cartella, non un nome di file.",
    "The folder %1 does not exist.": "La cartella %1 non esiste.",
    "Cannot write in %1: %2": "Impossibile scrivere in %1: %2",
    "Cannot write %1: %2": "Impossibile scrivere %1: %2",
    "Could not write the workbook %1 (zip error %2).": "Impossibile scrivere la cartella di lavoro %1 (errore zip %2).",
    "Could not create the workbook %1.": "Impossibile creare la cartella di lavoro %1.",
})

# English: only the plural forms (the source strings are English already).
EN = {
    "Imported %n day(s) of visitors, %1 to %2; sites: %3.": ("Imported %n day of visitors, %1 to %2; sites: %3.", "Imported %n days of visitors, %1 to %2; sites: %3."),
    "%n day(s) replaced an earlier import.": ("%n day replaced an earlier import.", "%n days replaced an earlier import."),
    "%n day(s) fall on days with platform sales; the forecasts use the platform's figures there.":
        ("%n day falls on a day with platform sales; the forecasts use the platform's figures there.",
         "%n days fall on days with platform sales; the forecasts use the platform's figures there."),
    "%n sale(s) of the batch are not valid; nothing was stored.": ("%n sale of the batch is not valid; nothing was stored.", "%n sales of the batch are not valid; nothing was stored."),
    "%n reading(s) of the batch are not valid; nothing was stored.": ("%n reading of the batch is not valid; nothing was stored.", "%n readings of the batch are not valid; nothing was stored."),
    "Wrote %1 (%n row(s)).": ("Wrote %1 (%n row).", "Wrote %1 (%n rows)."),
}

import os  # noqa: E402
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
import glob  # noqa: E402
import importlib  # noqa: E402

# Every glossary_<area>.py beside this file holds IT_<AREA> (Italian) and, when it has
# %n strings, EN_<AREA> (the English plural forms); each area's work keeps its own file.
for _file in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "glossary_*.py"))):
    _name = os.path.splitext(os.path.basename(_file))[0]
    _area = _name[len("glossary_"):].upper()
    _module = importlib.import_module(_name)
    IT.update(getattr(_module, "IT_" + _area, {}))
    EN.update(getattr(_module, "EN_" + _area, {}))

def main(path):
    tree = ET.parse(path)
    glossary = EN if tree.getroot().get("language", "").startswith("en") else IT
    missing = []
    for ctx in tree.getroot().iter("context"):
        for msg in ctx.iter("message"):
            source = msg.find("source").text or ""
            tr = msg.find("translation")
            if source in glossary:
                value = glossary[source]
                if msg.get("numerus") == "yes":
                    forms = value if isinstance(value, tuple) else (value, value)
                    for child in list(tr):
                        tr.remove(child)
                    tr.text = None
                    for form in forms:
                        ET.SubElement(tr, "numerusform").text = form
                else:
                    tr.text = value
                tr.attrib.pop("type", None)
            elif tr.get("type") == "unfinished" and not (tr.text or "").strip():
                missing.append(ctx.find("name").text + ": " + source)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, "r", encoding="utf-8") as f:
        text = f.read()
    text = text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    for m in missing:
        print("no Italian yet:", m.replace("\n", "\\n")[:120])
    return 0 if not missing else 1

if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "translations/cruscotto_it.ts"))
