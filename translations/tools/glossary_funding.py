"""Italian glossary for the funded-projects monitor (issue 9): funding tables (PNRR,
PN Cultura), their import, analytics, report, hub route and page; digitisation progress.

Imported by fill_it.py: IT_FUNDING is merged into IT, EN_FUNDING (English plural forms of
the %n strings only) into EN.
"""

_USAGE_SRC = "Usage: cruscotto-cli [--version] [--help] COMMAND [options]\n\nDecision support for Italian state cultural sites, without a display.\n\nCommands:\n  sites          List the cache's sites: code, name, type, region (tab-separated).\n  demo           Build a demo cache: --sites N --years Y [--seed S] [--until DATE].\n  forecast       Daily visitors of a site for the next days, with an 80% interval:\n                 --site CODE --days N (1 to 90); prints date, forecast, low, high.\n  backtest       Rolling-origin backtest of the forecasts against the seasonal-naive\n                 one: --site CODE|all; prints site, model, MAPE %, MASE, coverage %.\n  sync           Bring the cache up to date with a hub: --hub URL --user U\n                 --password-file F [--ca-file F]. Exit 0 up to date, 3 hub\n                 unreachable, 4 certificate refused, 5 sign-in or permission\n                 refused, 6 malformed data from the hub, 1 local failure.\n  upload-ledger  Send this ticket office's ledger to a hub: --hub URL --user U\n                 --password-file F [--ca-file F]. Exit codes as for sync, and\n                 7 when the hub refuses the ledger's records.\n  ingest-sensors Replay a climate and occupancy log (CSV) into a zone of a site on a\n                 hub, in batches: --hub URL --user U --password-file F --site CODE\n                 --zone CODE [--timezone ZONE] [--shift-to YYYY-MM-DD] FILE.csv.\n                 Exit codes as for sync, 7 when the hub refuses readings, 1 when\n                 the file has nothing usable.\n  tariffs        A director's tariffs on a hub: --hub URL --user U --password-file F\n                 --site CODE and one of --set FILE.json (the products),\n                 --free-days FILE.json, --slots FILE.json or --show. Exit codes as\n                 for sync, and 7 when the hub refuses the content.\n  import-visits  Import daily visitors from before the platform: FILE.csv with\n                 lines date,site_code,visitors (ISO dates, header optional).\n  import-stats   Import the ministry's published statistics (Tavola 5, regional\n                 monthly visitors or gross takings, CSV as published): FILE...\n  import-funding Import a funded programme's table (PNRR, PN Cultura: lines, target,\n                 deadline, funded, committed, spent) or digitisation progress per\n                 site, CSV or XLSX as the ministry shows it: FILE [--date DAY]\n                 [--risk-months N] [--risk-spent PCT]. Exit 1 naming the row and\n                 field of a bad row (nothing imported). With --hub URL --user U\n                 --password-file F --scope site:CODE|region:CODE it publishes the\n                 table on the hub instead (exit codes as for tariffs).\n  report         Write a report: --type monthly|regional|mix|conservation|office|\n                 alerts --scope all|region:NAME|site:CODE --from YYYY-MM-DD\n                 --to YYYY-MM-DD (office: or --date) --format csv|csv-it|xlsx|pdf\n                 --out PATH; several types (TYPE,TYPE) with --bundle (or\n                 --format zip) make one ZIP with a manifest of SHA-256 sums.\n  office-report  The ticket office's totals of a day from this device's ledger, by\n                 product, category and payment (the Z report's figures):\n                 [--date YYYY-MM-DD] (default today) [--training].\n  verify-ledger  Check the ledger's hash chain: exit 0 intact, 3 broken.\n  recover-ledger Move a damaged ledger aside and carry what it still holds into a\n                 new one: exit 0 all of it, 3 part of it, 1 nothing.\n  alerts         Run the transaction detectors over the cache (and this device's\n                 ledger) and print the transaction alerts with their explanations:\n                 --from YYYY-MM-DD --to YYYY-MM-DD [--site CODE]; or acknowledge\n                 one: --ack ID --comment TEXT.\n\nEvery command takes --data-dir DIR and --help.\n"
_USAGE_IT = "Uso: cruscotto-cli [--version] [--help] COMANDO [opzioni]\n\nSupporto alle decisioni per i luoghi della cultura statali, senza schermo.\n\nComandi:\n  sites          Elenca i luoghi della cache: codice, nome, tipo, regione (separati da tabulazione).\n  demo           Crea una cache dimostrativa: --sites N --years Y [--seed S] [--until DATA].\n  forecast       Visitatori giornalieri previsti di un luogo, con intervallo all'80%:\n                 --site CODICE --days N (da 1 a 90); stampa data, previsione, minimo, massimo.\n  backtest       Verifica delle previsioni con origini mobili rispetto a quella stagionale\n                 ingenua: --site CODICE|all; stampa luogo, modello, MAPE %, MASE, copertura %.\n  sync           Aggiorna la cache con un hub: --hub URL --user U\n                 --password-file F [--ca-file F]. Uscita 0 aggiornato, 3 hub\n                 irraggiungibile, 4 certificato rifiutato, 5 accesso o permesso\n                 rifiutati, 6 dati non validi dall'hub, 1 errore locale.\n  upload-ledger  Invia il registro di questa biglietteria a un hub: --hub URL --user U\n                 --password-file F [--ca-file F]. Codici di uscita come per sync, e\n                 7 se l'hub rifiuta i record del registro.\n  ingest-sensors Riproduce un registro di clima e presenze (CSV) in una zona di un luogo su un\n                 hub, a lotti: --hub URL --user U --password-file F --site CODICE\n                 --zone CODICE [--timezone ZONA] [--shift-to AAAA-MM-GG] FILE.csv.\n                 Codici di uscita come per sync, 7 se l'hub rifiuta le letture, 1 se\n                 il file non contiene nulla di utilizzabile.\n  tariffs        Le tariffe di un direttore su un hub: --hub URL --user U --password-file F\n                 --site CODICE e uno tra --set FILE.json (i prodotti),\n                 --free-days FILE.json, --slots FILE.json o --show. Codici di uscita come\n                 per sync, e 7 se l'hub rifiuta il contenuto.\n  import-visits  Importa i visitatori giornalieri di prima della piattaforma: FILE.csv con\n                 righe data,codice_luogo,visitatori (date ISO, intestazione facoltativa).\n  import-stats   Importa le statistiche pubblicate dal ministero (Tavola 5, serie regionali\n                 mensili di visitatori o introiti lordi, CSV come pubblicati): FILE...\n  import-funding Importa la tabella di un programma finanziato (PNRR, PN Cultura: linee,\n                 target, scadenza, finanziato, impegnato, speso) o lo stato della\n                 digitalizzazione per luogo, CSV o XLSX come li mostra il ministero: FILE\n                 [--date GIORNO] [--risk-months N] [--risk-spent PCT]. Uscita 1 con la riga\n                 e il campo di una riga errata (nulla importato). Con --hub URL --user U\n                 --password-file F --scope site:CODICE|region:CODICE pubblica invece la\n                 tabella sull'hub (codici di uscita come per tariffs).\n  report         Scrive un report: --type monthly|regional|mix|conservation|office|\n                 alerts --scope all|region:NOME|site:CODICE --from AAAA-MM-GG\n                 --to AAAA-MM-GG (office: o --date) --format csv|csv-it|xlsx|pdf\n                 --out PERCORSO; più tipi (TIPO,TIPO) con --bundle (o\n                 --format zip) producono un unico ZIP con un manifesto di somme SHA-256.\n  office-report  I totali di un giorno della biglietteria dal registro di questo dispositivo,\n                 per prodotto, categoria e pagamento (i dati del report Z):\n                 [--date AAAA-MM-GG] (predefinito oggi) [--training].\n  verify-ledger  Verifica la catena di hash del registro: uscita 0 integra, 3 interrotta.\n  recover-ledger Sposta da parte un registro danneggiato e copia ciò che contiene ancora in\n                 uno nuovo: uscita 0 tutto, 3 in parte, 1 niente.\n  alerts         Esegue i rilevatori delle transazioni sulla cache (e sul registro di questo\n                 dispositivo) e stampa gli avvisi con le loro spiegazioni:\n                 --from AAAA-MM-GG --to AAAA-MM-GG [--site CODICE]; oppure ne conferma\n                 uno: --ack ID --comment TESTO.\n\nOgni comando accetta --data-dir DIR e --help.\n"

IT_FUNDING = {
    # cli: import-funding (the usage text as it stands with every command listed)
    _USAGE_SRC: _USAGE_IT,
    "The day the flags are worked out for, YYYY-MM-DD (default: today in Rome).":
        "Il giorno per cui si calcolano le segnalazioni, AAAA-MM-GG (predefinito: oggi, ora di Roma).",
    "At risk: the deadline at most N months away (default 6).":
        "A rischio: scadenza entro N mesi al massimo (predefinito 6).",
    "At risk: less than PCT% of the funding spent (default 50).":
        "A rischio: speso meno del PCT% del finanziamento (predefinito 50).",
    "A CSV or XLSX file.": "Un file CSV o XLSX.",
    "A director or regional manager of the hub.": "Un direttore o un responsabile regionale dell'hub.",
    "With --hub: whose table it is, site:CODE (a director's site) or region:CODE (a regional manager's region).":
        "Con --hub: a chi appartiene la tabella, site:CODICE (un luogo di un direttore) o region:CODICE (una regione di un responsabile regionale).",
    "Only funding tables are published on the hub; import digitisation progress locally.":
        "Sull'hub si pubblicano solo le tabelle dei finanziamenti; importa lo stato della digitalizzazione in locale.",
    "Published %1 on the hub for %2; lines: %3.": "Pubblicata la tabella %1 sull'hub per %2; linee: %3.",
    "Import a funded programme's table (the ministry's layout: description with the line's code, target, deadline as a quarter such as T4-2025, status, funded, committed, commitments in progress, spent, notes; Italian amounts) or a table of digitisation progress per site (sito, cantieri previsti, cantieri attivi, cantieri conclusi, risorse prodotte, obiettivo risorse, data obiettivo), all or nothing. A table imported again replaces the earlier one with the same code.":
        "Importa la tabella di un programma finanziato (nel formato del ministero: descrizione con il codice della linea, target, scadenza come trimestre, ad esempio T4-2025, stato, finanziamento, impegnato, impegni in itinere, speso, note; importi all'italiana) o una tabella dello stato della digitalizzazione per luogo (sito, cantieri previsti, cantieri attivi, cantieri conclusi, risorse prodotte, obiettivo risorse, data obiettivo), tutto o niente. Una tabella importata di nuovo sostituisce quella precedente con lo stesso codice.",
    "import-funding takes one CSV or XLSX file.": "import-funding vuole un file CSV o XLSX.",
    "--date takes YYYY-MM-DD.": "--date vuole una data nel formato AAAA-MM-GG.",
    "--risk-months takes 0 to 120, --risk-spent 0 to 100.": "--risk-months vuole un valore da 0 a 120, --risk-spent da 0 a 100.",
    "Imported the digitisation progress; sites: %1.": "Importato lo stato della digitalizzazione; luoghi: %1.",
    "Work sites: %1 planned, %2 active, %3 concluded, %4 still to start.":
        "Cantieri: %1 previsti, %2 attivi, %3 conclusi, %4 ancora da avviare.",
    "Digital resources: %1 produced of a target of %2.": "Risorse digitali: %1 prodotte su un obiettivo di %2.",
    "Imported %1; lines: %2.": "Importata la tabella %1; linee: %2.",
    "Funded %1, committed %2, commitments in progress %3, spent %4.":
        "Finanziato %1, impegnato %2, impegni in itinere %3, speso %4.",
    "Committed/funded %1, spent/committed %2, spent/funded %3; with the commitments in progress, %4 of the funding.":
        "Impegnato/finanziato %1, speso/impegnato %2, speso/finanziato %3; con gli impegni in itinere, %4 del finanziamento.",
    "The sub-lines add up to their parent lines.": "Le sotto-linee sommano esattamente alle rispettive linee principali.",
    "Check: the sub-lines of %1 add up to %2 in %3, the line says %4.":
        "Verifica: le sotto-linee di %1 sommano a %2 (%3), mentre la linea riporta %4.",
    "On %1, lines at risk: %2; past the deadline with the target not met: %3.":
        "Al %1, linee a rischio: %2; scadute senza target conseguito: %3.",

    # core::FundingImport
    "the header has no column for the funding (\"finanziamento\")":
        "l'intestazione non ha una colonna per il finanziamento (\"finanziamento\")",
    "the line has no code (such as \"M1C3 1.1.3\")": "la linea non ha un codice (ad esempio \"M1C3 1.1.3\")",
    "the description must start with the line's code (such as \"M1C3 1.1.3 Infrastruttura cloud\"); it reads \"%1\"":
        "la descrizione deve iniziare con il codice della linea (ad esempio \"M1C3 1.1.3 Infrastruttura cloud\"); riporta invece \"%1\"",
    "\"%1\" is not a quarter such as T4-2025": "\"%1\" non è un trimestre come T4-2025",
    "\"%1\" is not an amount in euro (such as 1.234.567,89 €)": "\"%1\" non è un importo in euro (ad esempio 1.234.567,89 €)",
    "the amount %1 is negative": "l'importo %1 è negativo",
    "there is no line below the header": "sotto l'intestazione non c'è alcuna linea",
    "the header has no column \"%1\"": "l'intestazione non ha la colonna \"%1\"",
    "the site code is missing": "manca il codice del luogo",
    "the site %1 is listed twice": "il luogo %1 compare due volte",
    "\"%1\" is not a whole number": "\"%1\" non è un numero intero",
    "%1 work sites planned, fewer than the %2 active and %3 concluded":
        "%1 cantieri previsti, meno dei %2 attivi e %3 conclusi",
    "\"%1\" is not a date (dd/mm/yyyy)": "\"%1\" non è una data (gg/mm/aaaa)",
    "there is no site below the header": "sotto l'intestazione non c'è alcun luogo",
    "Row %1: %2": "Riga %1: %2",
    "Row %1, field “%2”: %3": "Riga %1, campo “%2”: %3",
    "No header row found: a funding table needs the columns \"descrizione\" and \"finanziamento\"; a digitisation table \"sito\" and \"cantieri previsti\".":
        "Nessuna riga di intestazione trovata: una tabella dei finanziamenti richiede le colonne \"descrizione\" e \"finanziamento\"; una tabella della digitalizzazione \"sito\" e \"cantieri previsti\".",
    "%1 cannot be read: %2": "Impossibile leggere %1: %2",
    "%1 is too large for a funding table.": "%1 è troppo grande per una tabella dei finanziamenti.",
    # core::FundingStore, core::FundingXlsx
    "There is no site with the code %1 in this cache.": "In questa cache non esiste un luogo con il codice %1.",
    "%1 is not a readable workbook: %2": "%1 non è una cartella di lavoro leggibile: %2",
    "its part %1 cannot be read": "la sua parte %1 non si può leggere",
    "its part %1 is too large": "la sua parte %1 è troppo grande",
    "its part %1 is damaged": "la sua parte %1 è danneggiata",
    "it is not a zip archive": "non è un archivio zip",
    "it has no worksheet": "non contiene alcun foglio di lavoro",
    "cell %1 refers to a missing string": "la cella %1 rimanda a una stringa mancante",
    "a cell lies beyond the last column": "una cella si trova oltre l'ultima colonna",
    # core::FundingReport, core::ReportCatalogue
    "Funded projects": "Progetti finanziati",
    "Funded": "Finanziato",
    "Committed": "Impegnato",
    "Commitments in progress": "Impegni in itinere",
    "Spent": "Speso",
    "Past deadline, target not met": "Scaduta, target non conseguito",
    "At risk": "A rischio",
    "Target met": "Target conseguito",
    "On track": "In linea",
    "No funding table has been imported yet: use cruscotto-cli import-funding FILE, or sync with the hub.":
        "Non è ancora stata importata alcuna tabella dei finanziamenti: usa cruscotto-cli import-funding FILE oppure sincronizza con l'hub.",
    "Checks": "Verifiche",
    "Table": "Tabella",
    "Line": "Linea",
    "Line's figure": "Importo della linea",
    "Sum of its sub-lines": "Somma delle sotto-linee",
    "Difference": "Differenza",
    "Description": "Descrizione",
    "Target": "Target",
    "Deadline": "Scadenza",
    "Months left": "Mesi residui",
    "Status": "Stato",
    "Committed/funded %": "Impegnato/finanziato %",
    "Spent/committed %": "Speso/impegnato %",
    "Spent/funded %": "Speso/finanziato %",
    "Flag": "Segnalazione",
    "Notes": "Note",
    "%1 at risk, %2 past deadline": "%1 a rischio, %2 scadute",
    "Digitisation": "Digitalizzazione",
    "%1 targets": "%1 target",
    "%1 imported on %2 (Rome time)": "%1 importata il %2 (ora di Roma)",
    "Digitisation progress": "Stato della digitalizzazione",
    "%1; deadlines and flags as on %2.": "%1; scadenze e segnalazioni al %2.",
    "Site code": "Codice luogo",
    "Work sites planned": "Cantieri previsti",
    "Active": "Attivi",
    "Concluded": "Conclusi",
    "To start": "Da avviare",
    "Resources produced": "Risorse prodotte",
    "Resources target": "Obiettivo risorse",
    "Produced %": "Prodotto %",
    "Target date": "Data obiettivo",
    "As of": "Aggiornato al",
    # sync::HubFunding
    "The table is not valid; nothing was stored.": "La tabella non è valida; non è stato salvato nulla.",
    "Required.": "Obbligatorio.",
    "Must be a string.": "Deve essere una stringa.",
    "Too long.": "Troppo lungo.",
    "Required: an amount in cents.": "Obbligatorio: un importo in centesimi.",
    "Must be a whole number of cents, 0 or more.": "Deve essere un numero intero di centesimi, 0 o più.",
    "Funding tables are published by directors and regional managers.":
        "Le tabelle dei finanziamenti sono pubblicate dai direttori e dai responsabili regionali.",
    "Must be \"site:CODE\" or \"region:CODE\".": "Deve essere \"site:CODICE\" o \"region:CODICE\".",
    "Must be a list of 1 to 500 lines.": "Deve essere un elenco da 1 a 500 linee.",
    "A line must be a JSON object.": "Una linea deve essere un oggetto JSON.",
    "Must be a quarter such as \"T4-2025\".": "Deve essere un trimestre come \"T4-2025\".",
    "The scope is not yours: a director publishes for their sites, a regional manager for their regions.":
        "L'ambito non è di tua competenza: un direttore pubblica per i propri luoghi, un responsabile regionale per le proprie regioni.",
    "A table with this code is already published for another site or region.":
        "Una tabella con questo codice è già pubblicata per un altro luogo o un'altra regione.",
    "Unknown field: leave it out.": "Campo sconosciuto: omettilo.",
    "The body must be a JSON object.": "Il corpo deve essere un oggetto JSON.",
    # widgets::FundingPage, widgets::FundingTimeline
    "Funding table": "Tabella dei finanziamenti",
    "Figures as on": "Dati al",
    " months": " mesi",
    "At risk: deadline within": "A rischio: scadenza entro",
    "At risk: spent below": "A rischio: speso sotto il",
    "Import…": "Importa…",
    "Import a funding table or digitisation progress from CSV or XLSX":
        "Importa una tabella dei finanziamenti o lo stato della digitalizzazione da CSV o XLSX",
    "As on": "Al",
    "and spent below": "e speso sotto il",
    "Committed/funded": "Impegnato/finanziato",
    "Spent/committed": "Speso/impegnato",
    "Spent/funded": "Speso/finanziato",
    "Funded lines": "Linee finanziate",
    "In progress": "In itinere",
    "Produced": "Prodotto",
    "Digitisation progress per site": "Stato della digitalizzazione per luogo",
    "Milestones": "Milestone",
    "Digitisation work per site": "Cantieri di digitalizzazione per luogo",
    "The funding tables could not be read: %1": "Impossibile leggere le tabelle dei finanziamenti: %1",
    "… and %1 more.": "… e altri %1.",
    "%1 was not imported, nothing of it was stored:\n%2": "%1 non è stato importato, non ne è stato salvato nulla:\n%2",
    "Imported the digitisation progress from %1; sites: %2.": "Importato lo stato della digitalizzazione da %1; luoghi: %2.",
    "Imported %1 (%2 lines) from %3.": "Importata la tabella %1 (%2 linee) da %3.",
    "%1 was not imported: %2": "%1 non è stato importato: %2",
    "Import a funding table": "Importa una tabella dei finanziamenti",
    "Tables (*.csv *.xlsx);;All files (*)": "Tabelle (*.csv *.xlsx);;Tutti i file (*)",
    "Importing %1…": "Importazione di %1…",
    "No digitisation progress imported: a table with the columns sito, cantieri previsti, cantieri attivi, cantieri conclusi, risorse prodotte, obiettivo risorse, data obiettivo.":
        "Nessuno stato della digitalizzazione importato: serve una tabella con le colonne sito, cantieri previsti, cantieri attivi, cantieri conclusi, risorse prodotte, obiettivo risorse, data obiettivo.",
    "Work sites: %1 planned, %2 active, %3 concluded, %4 still to start. Digital resources: %5 of %6 (%7).":
        "Cantieri: %1 previsti, %2 attivi, %3 conclusi, %4 ancora da avviare. Risorse digitali: %5 su %6 (%7).",
    "No funding table imported yet. Import the ministry's table (CSV or XLSX: description with the line's code, target, deadline such as T4-2025, status, funded, committed, commitments in progress, spent, notes) with Import…, or sync with the hub.":
        "Nessuna tabella dei finanziamenti importata. Importa la tabella del ministero (CSV o XLSX: descrizione con il codice della linea, target, scadenza come T4-2025, stato, finanziamento, impegnato, impegni in itinere, speso, note) con Importa…, oppure sincronizza con l'hub.",
    "%1\nTarget: %2": "%1\nTarget: %2",
    "%1 %2\nTarget: %3\nDeadline: %4\n%5": "%1 %2\nTarget: %3\nScadenza: %4\n%5",
    "<b>%1</b><br>Funded %2 · committed %3 (%4 of the funding) · commitments in progress %5 · spent %6 (%7 of the commitments, %8 of the funding).":
        "<b>%1</b><br>Finanziato %2 · impegnato %3 (%4 del finanziamento) · impegni in itinere %5 · speso %6 (%7 dell'impegnato, %8 del finanziamento).",
    "On %1: lines at risk %2, past the deadline with the target not met %3.":
        "Al %1: linee a rischio %2, scadute senza target conseguito %3.",
    "Check: the sub-lines of %1 add up to %2 (%3), the line says %4.":
        "Verifica: le sotto-linee di %1 sommano a %2 (%3), mentre la linea riporta %4.",
    "Milestones timeline": "Cronologia delle milestone",
    "Today %1": "Oggi %1",
}

EN_FUNDING = {}
