<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>CacheOverview</name>
    <message>
        <source>The cache %1 could not be opened: %2</source>
        <translation>Impossibile aprire la cache %1: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Use DIR for the cache instead of the platform's data location.</source>
        <translation>Usa DIR per la cache invece della cartella dati della piattaforma.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Errore: %1</translation>
    </message>
    <message>
        <source>Unknown command '%1'.</source>
        <translation>Comando sconosciuto '%1'.</translation>
    </message>
    <message>
        <source>List the sites in the cache: code, name, type, region.</source>
        <translation>Elenca i luoghi della cache: codice, nome, tipo, regione.</translation>
    </message>
    <message>
        <source>No cache in %1: run 'cruscotto-cli demo' or sync with a hub first.</source>
        <translation>Nessuna cache in %1: esegui prima 'cruscotto-cli demo' o sincronizza con un hub.</translation>
    </message>
    <message>
        <source>Number of sites (default 12).</source>
        <translation>Numero di luoghi (predefinito 12).</translation>
    </message>
    <message>
        <source>Full years before the current one (default 3).</source>
        <translation>Anni interi prima di quello corrente (predefinito 3).</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same data (default 2026).</source>
        <translation>Seme casuale: lo stesso seme dà gli stessi dati (predefinito 2026).</translation>
    </message>
    <message>
        <source>Last day to generate, YYYY-MM-DD (default today).</source>
        <translation>Ultimo giorno da generare, AAAA-MM-GG (predefinito oggi).</translation>
    </message>
    <message>
        <source>Replace an existing cache.</source>
        <translation>Sostituisci una cache esistente.</translation>
    </message>
    <message>
        <source>Build a deterministic demo cache: sites of every kind over past years and this one.</source>
        <translation>Crea una cache dimostrativa riproducibile: luoghi di ogni tipo negli anni passati e in quello corrente.</translation>
    </message>
    <message>
        <source>--sites takes a whole number from 1 to 5000.</source>
        <translation>--sites vuole un numero intero da 1 a 5000.</translation>
    </message>
    <message>
        <source>--years takes a whole number from 0 to 30.</source>
        <translation>--years vuole un numero intero da 0 a 30.</translation>
    </message>
    <message>
        <source>--seed takes a non-negative whole number.</source>
        <translation>--seed vuole un numero intero non negativo.</translation>
    </message>
    <message>
        <source>--until takes a date as YYYY-MM-DD.</source>
        <translation>--until vuole una data nel formato AAAA-MM-GG.</translation>
    </message>
    <message>
        <source>A cache already exists in %1; add --force to replace it.</source>
        <translation>Esiste già una cache in %1; aggiungi --force per sostituirla.</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>Generazione</translation>
    </message>
    <message>
        <source>Demo cache written to %1</source>
        <translation>Cache dimostrativa scritta in %1</translation>
    </message>
    <message>
        <source>%1 sites, %2 zones, %3 to %4</source>
        <translation>%1 luoghi, %2 zone, dal %3 al %4</translation>
    </message>
    <message>
        <source>%1 hourly sales rows, %2 zone sensor rows, %3 microcell rows, %4 visitor-profile rows</source>
        <translation>%1 righe orarie di vendita, %2 righe dei sensori di sala, %3 righe delle microcelle, %4 righe del profilo visitatori</translation>
    </message>
    <message>
        <source>%1 rows in %2 s (%3 rows/s)</source>
        <translation>%1 righe in %2 s (%3 righe/s)</translation>
    </message>
    <message>
        <source>The site's code (see 'cruscotto-cli sites').</source>
        <translation>Il codice del luogo (vedi 'cruscotto-cli sites').</translation>
    </message>
    <message>
        <source>Days to forecast after the last day of history, 1 to %1 (default 28).</source>
        <translation>Giorni da prevedere dopo l'ultimo giorno di storico, da 1 a %1 (predefinito 28).</translation>
    </message>
    <message>
        <source>Forecast a site's daily visitors with an 80% prediction interval: one line per day with date, forecast, low and high, tab-separated. Closed days forecast 0.</source>
        <translation>Prevede i visitatori giornalieri di un luogo con un intervallo di previsione all'80%: una riga al giorno con data, previsione, minimo e massimo, separati da tabulazione. I giorni di chiusura valgono 0.</translation>
    </message>
    <message>
        <source>Unexpected argument '%1'.</source>
        <translation>Argomento inatteso '%1'.</translation>
    </message>
    <message>
        <source>forecast needs --site CODE.</source>
        <translation>forecast richiede --site CODICE.</translation>
    </message>
    <message>
        <source>--days takes a whole number from 1 to %1.</source>
        <translation>--days vuole un numero intero da 1 a %1.</translation>
    </message>
    <message>
        <source>Unknown site '%1': 'cruscotto-cli sites' lists the codes.</source>
        <translation>Luogo sconosciuto '%1': 'cruscotto-cli sites' elenca i codici.</translation>
    </message>
    <message>
        <source>Not enough history to forecast %1: %2 Import the earlier history with 'cruscotto-cli import-visits'.</source>
        <translation>Storico insufficiente per prevedere %1: %2 Importa lo storico precedente con 'cruscotto-cli import-visits'.</translation>
    </message>
    <message>
        <source>The site's code, or 'all' for every site.</source>
        <translation>Il codice del luogo, oppure 'all' per tutti i luoghi.</translation>
    </message>
    <message>
        <source>Days forecast from each origin, 1 to %1 (default 28).</source>
        <translation>Giorni previsti da ogni origine, da 1 a %1 (predefinito 28).</translation>
    </message>
    <message>
        <source>Backtest the visitor forecasts with rolling origins (every 28 days over the last year) against the seasonal-naive forecast (same weekday 52 weeks earlier). One line per site and model, tab-separated: site, model, MAPE (%), MASE, 80% interval coverage (%).</source>
        <translation>Verifica le previsioni dei visitatori con origini mobili (ogni 28 giorni nell'ultimo anno) rispetto alla previsione stagionale ingenua (stesso giorno della settimana 52 settimane prima). Una riga per luogo e modello, separata da tabulazione: luogo, modello, MAPE (%), MASE, copertura dell'intervallo all'80% (%).</translation>
    </message>
    <message>
        <source>backtest needs --site CODE or --site all.</source>
        <translation>backtest richiede --site CODICE oppure --site all.</translation>
    </message>
    <message>
        <source>--horizon takes a whole number from 1 to %1.</source>
        <translation>--horizon vuole un numero intero da 1 a %1.</translation>
    </message>
    <message>
        <source>Not enough history to backtest %1: %2</source>
        <translation>Storico insufficiente per verificare %1: %2</translation>
    </message>
    <message>
        <source>No site has enough history for a backtest (a year and four weeks of daily visitors).</source>
        <translation>Nessun luogo ha storico sufficiente per la verifica (un anno e quattro settimane di visitatori giornalieri).</translation>
    </message>
    <message>
        <source>Lines of date,site_code,visitors.</source>
        <translation>Righe data,codice_luogo,visitatori.</translation>
    </message>
    <message>
        <source>Import a history of daily visitors from before the platform into the cache, all or nothing: lines 'date,site_code,visitors' with ISO dates (YYYY-MM-DD), an optional header line, ';' accepted as the separator. A site and day imported again replaces the earlier figure; days with platform sales keep the platform's figure.</source>
        <translation>Importa nella cache uno storico di visitatori giornalieri di prima della piattaforma, tutto o niente: righe 'data,codice_luogo,visitatori' con date ISO (AAAA-MM-GG), una riga di intestazione facoltativa, ';' accettato come separatore. Un luogo e giorno importato di nuovo sostituisce il dato precedente; i giorni con vendite della piattaforma mantengono il dato della piattaforma.</translation>
    </message>
    <message>
        <source>import-visits takes one CSV file (date,site_code,visitors).</source>
        <translation>import-visits vuole un file CSV (data,codice_luogo,visitatori).</translation>
    </message>
    <message>
        <source>No file %1.</source>
        <translation>Il file %1 non esiste.</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 riga %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>... more bad lines not shown.</source>
        <translation>... altre righe errate non mostrate.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Non è stato importato nulla.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n day(s) of visitors, %1 to %2; sites: %3.</source>
        <translation><numerusform>Importato %n giorno di visitatori, dal %1 al %2; luoghi: %3.</numerusform><numerusform>Importati %n giorni di visitatori, dal %1 al %2; luoghi: %3.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) replaced an earlier import.</source>
        <translation><numerusform>%n giorno ha sostituito un'importazione precedente.</numerusform><numerusform>%n giorni hanno sostituito un'importazione precedente.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) fall on days with platform sales; the forecasts use the platform's figures there.</source>
        <translation><numerusform>%n giorno cade in un giorno con vendite della piattaforma; lì le previsioni usano i dati della piattaforma.</numerusform><numerusform>%n giorni cadono in giorni con vendite della piattaforma; lì le previsioni usano i dati della piattaforma.</numerusform></translation>
    </message>
    <message>
        <source>The hub's address, https://HOST[:PORT].</source>
        <translation>L'indirizzo dell'hub, https://HOST[:PORTA].</translation>
    </message>
    <message>
        <source>The user to sign in as.</source>
        <translation>L'utente con cui accedere.</translation>
    </message>
    <message>
        <source>A file whose first line is the password (keep it readable by you only).</source>
        <translation>Un file la cui prima riga è la password (leggibile solo da te).</translation>
    </message>
    <message>
        <source>Certificate authority to trust for the hub (PEM); default: the system's store.</source>
        <translation>Autorità di certificazione di cui fidarsi per l'hub (PEM); predefinito: l'archivio del sistema.</translation>
    </message>
    <message>
        <source>Bring the local cache up to date with the hub: only what changed since the last sync.</source>
        <translation>Aggiorna la cache locale con l'hub: solo ciò che è cambiato dall'ultima sincronizzazione.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>Impossibile leggere il file della password %1.</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>Il file della password %1 è vuoto.</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <source>Up to date: %1 rows in %2 pages, %3 received, %4 s.</source>
        <translation>Aggiornato: %1 righe in %2 pagine, %3 ricevuti, %4 s.</translation>
    </message>
    <message>
        <source>Tavola 5 CSV files, as the ministry publishes them.</source>
        <translation>File CSV della Tavola 5, come li pubblica il ministero.</translation>
    </message>
    <message>
        <source>Import the ministry's published statistics (Tavola 5: regional monthly series of visitors or gross takings) into the cache, all or nothing: every file is checked (months adding up to the published totals, regions to the national total) before anything is written. A region, year and kind imported again replaces the earlier figures.</source>
        <translation>Importa nella cache le statistiche pubblicate dal ministero (Tavola 5: serie regionali mensili di visitatori o introiti lordi), tutto o niente: ogni file è controllato (i mesi devono dare i totali pubblicati, le regioni il totale nazionale) prima di scrivere qualsiasi cosa. Una regione, un anno e un tipo importati di nuovo sostituiscono i dati precedenti.</translation>
    </message>
    <message>
        <source>import-stats takes one or more Tavola 5 CSV files.</source>
        <translation>import-stats vuole uno o più file CSV della Tavola 5.</translation>
    </message>
    <message>
        <source>%1: %2 visitors, %3 regions; national total %4</source>
        <translation>%1: %2 visitatori, %3 regioni; totale nazionale %4</translation>
    </message>
    <message>
        <source>%1: %2 gross takings (EUR), %3 regions; national total %4</source>
        <translation>%1: %2 introiti lordi (EUR), %3 regioni; totale nazionale %4</translation>
    </message>
    <message>
        <source>The report: monthly.</source>
        <translation>Il report: monthly.</translation>
    </message>
    <message>
        <source>all, region:NAME or site:CODE (default all).</source>
        <translation>all, region:NOME o site:CODICE (predefinito all).</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD.</source>
        <translation>Primo giorno, AAAA-MM-GG.</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD.</source>
        <translation>Ultimo giorno, AAAA-MM-GG.</translation>
    </message>
    <message>
        <source>csv (RFC 4180, UTF-8), csv-it (Italian Excel: ';', decimal comma) or xlsx.</source>
        <translation>csv (RFC 4180, UTF-8), csv-it (Excel italiano: ';', virgola decimale) o xlsx.</translation>
    </message>
    <message>
        <source>The file to write (replaced if it exists).</source>
        <translation>Il file da scrivere (sostituito se esiste).</translation>
    </message>
    <message>
        <source>Write a report from the cache. The file is written under a temporary name and renamed when complete, so a failed run never leaves a half-written file.</source>
        <translation>Scrive un report dalla cache. Il file è scritto con un nome temporaneo e rinominato a lavoro finito, così un'esecuzione fallita non lascia mai un file scritto a metà.</translation>
    </message>
    <message>
        <source>--type takes: monthly.</source>
        <translation>--type accetta: monthly.</translation>
    </message>
    <message>
        <source>--scope takes all, region:NAME or site:CODE.</source>
        <translation>--scope accetta all, region:NOME o site:CODICE.</translation>
    </message>
    <message>
        <source>report needs --from and --to as YYYY-MM-DD.</source>
        <translation>report richiede --from e --to nel formato AAAA-MM-GG.</translation>
    </message>
    <message>
        <source>--format takes csv, csv-it or xlsx.</source>
        <translation>--format accetta csv, csv-it o xlsx.</translation>
    </message>
    <message>
        <source>report needs --out PATH.</source>
        <translation>report richiede --out PERCORSO.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n row(s)).</source>
        <translation><numerusform>Scritto %1 (%n riga).</numerusform><numerusform>Scritto %1 (%n righe).</numerusform></translation>
    </message>
    <message>
        <source>No ticket-office ledger in %1: this device has not sold anything yet.</source>
        <translation>Nessun registro di biglietteria in %1: questo dispositivo non ha ancora venduto nulla.</translation>
    </message>
    <message>
        <source>The day, YYYY-MM-DD (default: today in Rome).</source>
        <translation>Il giorno, AAAA-MM-GG (predefinito: oggi, ora di Roma).</translation>
    </message>
    <message>
        <source>Read the training ledger instead.</source>
        <translation>Leggi invece il registro di formazione.</translation>
    </message>
    <message>
        <source>Print a day's ticket-office totals from this device's ledger, net of voids and refunds: tab-separated, amounts in euro with a decimal point.</source>
        <translation>Stampa i totali di biglietteria di un giorno dal registro di questo dispositivo, al netto di annulli e rimborsi: separati da tabulazione, importi in euro con il punto decimale.</translation>
    </message>
    <message>
        <source>--date takes a day as YYYY-MM-DD.</source>
        <translation>--date vuole un giorno nel formato AAAA-MM-GG.</translation>
    </message>
    <message>
        <source>Ticket office %1, device %2, %3%4</source>
        <translation>Biglietteria %1, dispositivo %2, %3%4</translation>
    </message>
    <message>
        <source> (TRAINING: these sales never count)</source>
        <translation> (FORMAZIONE: queste vendite non contano mai)</translation>
    </message>
    <message>
        <source>By product: code, name, tickets, amount</source>
        <translation>Per prodotto: codice, nome, biglietti, importo</translation>
    </message>
    <message>
        <source>By category: code, name, tickets, amount</source>
        <translation>Per categoria: codice, nome, biglietti, importo</translation>
    </message>
    <message>
        <source>By payment: method, name, amount</source>
        <translation>Per pagamento: metodo, nome, importo</translation>
    </message>
    <message>
        <source>Check the training ledger instead.</source>
        <translation>Verifica invece il registro di formazione.</translation>
    </message>
    <message>
        <source>Recompute the ledger's hash chain. Exit 0 when every record is intact, 3 when a record was changed, removed or inserted, 1 when the ledger cannot be read.</source>
        <translation>Ricalcola la catena di hash del registro. Uscita 0 se ogni record è integro, 3 se un record è stato modificato, rimosso o inserito, 1 se il registro non può essere letto.</translation>
    </message>
    <message>
        <source>The ledger %1 is broken at record %2: %3</source>
        <translation>Il registro %1 è interrotto al record %2: %3</translation>
    </message>
    <message>
        <source>Do not sell on this device: run 'cruscotto-cli recover-ledger' (it keeps the damaged file) and tell your supervisor.</source>
        <translation>Non vendere su questo dispositivo: esegui 'cruscotto-cli recover-ledger' (conserva il file danneggiato) e avvisa il tuo supervisore.</translation>
    </message>
    <message numerus="yes">
        <source>The ledger %1 is intact: %n record(s), the last one uploaded: %2.</source>
        <translation><numerusform>Il registro %1 è integro: %n record, l'ultimo inviato: %2.</numerusform><numerusform>Il registro %1 è integro: %n record, l'ultimo inviato: %2.</numerusform></translation>
    </message>
    <message>
        <source>Recover the training ledger instead.</source>
        <translation>Recupera invece il registro di formazione.</translation>
    </message>
    <message>
        <source>Move the damaged ledger aside (never deleted), carry every record it still holds, in order and with its hash chain intact, into a new ledger with the same device identity, rebuild its indexes and verify it. Exit 0 when every record was recovered, 3 when only the first part was, 1 when nothing could be.</source>
        <translation>Sposta da parte il registro danneggiato (mai cancellato), copia ogni record che contiene ancora, in ordine e con la catena di hash integra, in un nuovo registro con la stessa identità del dispositivo, ne ricostruisce gli indici e lo verifica. Uscita 0 se ogni record è stato recuperato, 3 se solo la prima parte, 1 se non è stato possibile recuperare nulla.</translation>
    </message>
    <message>
        <source>No ticket-office ledger in %1.</source>
        <translation>Nessun registro di biglietteria in %1.</translation>
    </message>
    <message>
        <source>Send the records of this ticket office's ledger that the hub does not have yet, registering the device with the hub first if needed.</source>
        <translation>Invia i record del registro di questa biglietteria che l'hub non ha ancora, registrando prima il dispositivo presso l'hub se necessario.</translation>
    </message>
    <message>
        <source>No ledger at %1: this is not a ticket office's data directory.</source>
        <translation>Nessun registro in %1: questa non è la cartella dei dati di una biglietteria.</translation>
    </message>
    <message>
        <source>The ledger at %1 has no device identity: provision the device first.</source>
        <translation>Il registro in %1 non ha un'identità del dispositivo: configura prima il dispositivo.</translation>
    </message>
    <message>
        <source>Registered this device (%1) with the hub.</source>
        <translation>Dispositivo (%1) registrato presso l'hub.</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Invio</translation>
    </message>
    <message>
        <source>Up to date: the hub has every record through %1; %2 sent now, %3 it already had, %4 s.</source>
        <translation>Aggiornato: l'hub ha tutti i record fino al n. %1; %2 inviati ora, %3 già presenti, %4 s.</translation>
    </message>
    <message>
        <source>Overbooked: %1 (the hub kept every sale; tell the site).</source>
        <translation>Overbooking: %1 (l'hub ha conservato tutte le vendite; avvisa il luogo).</translation>
    </message>
    <message>
        <source>Ticket state: %1 device keys, %2 revoked tickets, %3 first entries.</source>
        <translation>Stato dei biglietti: %1 chiavi dei dispositivi, %2 biglietti revocati, %3 primi ingressi.</translation>
    </message>
    <message>
        <source>The user to sign in as (a director).</source>
        <translation>L'utente con cui accedere (un direttore).</translation>
    </message>
    <message>
        <source>The site's code.</source>
        <translation>Il codice del luogo.</translation>
    </message>
    <message>
        <source>Replace the site's products with those of FILE.json.</source>
        <translation>Sostituisce i prodotti del luogo con quelli di FILE.json.</translation>
    </message>
    <message>
        <source>Replace the site's free days from today on with FILE.json's.</source>
        <translation>Sostituisce i giorni gratuiti del luogo da oggi in poi con quelli di FILE.json.</translation>
    </message>
    <message>
        <source>Set the site's time slots from FILE.json.</source>
        <translation>Imposta le fasce orarie del luogo da FILE.json.</translation>
    </message>
    <message>
        <source>Print the site's products, free days and time slots.</source>
        <translation>Stampa i prodotti, i giorni gratuiti e le fasce orarie del luogo.</translation>
    </message>
    <message>
        <source>Show or change a site's tariffs, free days and time slots on the hub (directors).</source>
        <translation>Mostra o modifica le tariffe, i giorni gratuiti e le fasce orarie di un luogo sull'hub (direttori).</translation>
    </message>
    <message>
        <source>tariffs needs exactly one of --set, --free-days, --slots and --show.</source>
        <translation>tariffs richiede esattamente uno tra --set, --free-days, --slots e --show.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossibile leggere %1.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2.</source>
        <translation>%1 non è un oggetto JSON: %2.</translation>
    </message>
    <message>
        <source>Error: the hub did not accept the user name or password.</source>
        <translation>Errore: l'hub non ha accettato il nome utente o la password.</translation>
    </message>
    <message>
        <source>Error: the hub answered the sign-in with status %1.</source>
        <translation>Errore: l'hub ha risposto all'accesso con lo stato %1.</translation>
    </message>
    <message numerus="yes">
        <source>Stored %n product(s) for %1.</source>
        <translation><numerusform>Salvato %n prodotto per %1.</numerusform><numerusform>Salvati %n prodotti per %1.</numerusform></translation>
    </message>
    <message>
        <source>Deleted %1 (it had no sales).</source>
        <translation>Eliminato %1 (non aveva vendite).</translation>
    </message>
    <message numerus="yes">
        <source>Stored: %1 has %n free day(s) besides the first Sundays.</source>
        <translation><numerusform>Salvato: %1 ha %n giorno gratuito oltre alle prime domeniche.</numerusform><numerusform>Salvato: %1 ha %n giorni gratuiti oltre alle prime domeniche.</numerusform></translation>
    </message>
    <message>
        <source>Stored: %1 sells entry by time slot.</source>
        <translation>Salvato: %1 vende l'ingresso per fasce orarie.</translation>
    </message>
    <message>
        <source>Stored: %1 sells open entry.</source>
        <translation>Salvato: %1 vende l'ingresso senza fasce orarie.</translation>
    </message>
    <message>
        <source>The hub refused the content: %1</source>
        <translation>L'hub ha rifiutato il contenuto: %1</translation>
    </message>
    <message>
        <source>Error: the hub answered with status %1.</source>
        <translation>Errore: l'hub ha risposto con lo stato %1.</translation>
    </message>
    <message>
        <source>Error: the hub's catalogue could not be read (status %1).</source>
        <translation>Errore: impossibile leggere il catalogo dell'hub (stato %1).</translation>
    </message>
    <message>
        <source>Error: %1 is not among your sites.</source>
        <translation>Errore: %1 non è tra i tuoi luoghi.</translation>
    </message>
    <message>
        <source>Usage: cruscotto-cli [--version] [--help] COMMAND [options]

Decision support for Italian state cultural sites, without a display.

Commands:
  sites          List the cache's sites: code, name, type, region (tab-separated).
  demo           Build a demo cache: --sites N --years Y [--seed S] [--until DATE].
  forecast       Daily visitors of a site for the next days, with an 80% interval:
                 --site CODE --days N (1 to 90); prints date, forecast, low, high.
  backtest       Rolling-origin backtest of the forecasts against the seasonal-naive
                 one: --site CODE|all; prints site, model, MAPE %, MASE, coverage %.
  sync           Bring the cache up to date with a hub: --hub URL --user U
                 --password-file F [--ca-file F]. Exit 0 up to date, 3 hub
                 unreachable, 4 certificate refused, 5 sign-in or permission
                 refused, 6 malformed data from the hub, 1 local failure.
  upload-ledger  Send this ticket office's ledger to a hub: --hub URL --user U
                 --password-file F [--ca-file F]. Exit codes as for sync, and
                 7 when the hub refuses the ledger's records.
  ingest-sensors Replay a climate and occupancy log (CSV) into a zone of a site on a
                 hub, in batches: --hub URL --user U --password-file F --site CODE
                 --zone CODE [--timezone ZONE] [--shift-to YYYY-MM-DD] FILE.csv.
                 Exit codes as for sync, 7 when the hub refuses readings, 1 when
                 the file has nothing usable.
  tariffs        A director's tariffs on a hub: --hub URL --user U --password-file F
                 --site CODE and one of --set FILE.json (the products),
                 --free-days FILE.json, --slots FILE.json or --show. Exit codes as
                 for sync, and 7 when the hub refuses the content.
  import-visits  Import daily visitors from before the platform: FILE.csv with
                 lines date,site_code,visitors (ISO dates, header optional).
  import-stats   Import the ministry's published statistics (Tavola 5, regional
                 monthly visitors or gross takings, CSV as published): FILE...
  report         Write a report: --type monthly --scope all|region:NAME|site:CODE
                 --from YYYY-MM-DD --to YYYY-MM-DD --format csv|csv-it|xlsx
                 --out PATH.
  office-report  The ticket office's totals of a day from this device's ledger, by
                 product, category and payment (the Z report's figures):
                 [--date YYYY-MM-DD] (default today) [--training].
  verify-ledger  Check the ledger's hash chain: exit 0 intact, 3 broken.
  recover-ledger Move a damaged ledger aside and carry what it still holds into a
                 new one: exit 0 all of it, 3 part of it, 1 nothing.
  alerts         Run the transaction detectors over the cache (and this device's
                 ledger) and print the transaction alerts with their explanations:
                 --from YYYY-MM-DD --to YYYY-MM-DD [--site CODE]; or acknowledge
                 one: --ack ID --comment TEXT.

Every command takes --data-dir DIR and --help.
</source>
        <translation>Uso: cruscotto-cli [--version] [--help] COMANDO [opzioni]

Supporto alle decisioni per i luoghi della cultura statali, senza schermo.

Comandi:
  sites          Elenca i luoghi della cache: codice, nome, tipo, regione (separati da tabulazione).
  demo           Crea una cache dimostrativa: --sites N --years Y [--seed S] [--until DATA].
  forecast       Visitatori giornalieri previsti di un luogo, con intervallo all'80%:
                 --site CODICE --days N (da 1 a 90); stampa data, previsione, minimo, massimo.
  backtest       Verifica delle previsioni con origini mobili rispetto a quella stagionale
                 ingenua: --site CODICE|all; stampa luogo, modello, MAPE %, MASE, copertura %.
  sync           Aggiorna la cache con un hub: --hub URL --user U
                 --password-file F [--ca-file F]. Uscita 0 aggiornato, 3 hub
                 irraggiungibile, 4 certificato rifiutato, 5 accesso o permesso
                 rifiutati, 6 dati non validi dall'hub, 1 errore locale.
  upload-ledger  Invia il registro di questa biglietteria a un hub: --hub URL --user U
                 --password-file F [--ca-file F]. Codici di uscita come per sync, e
                 7 se l'hub rifiuta i record del registro.
  ingest-sensors Riproduce un registro di clima e presenze (CSV) in una zona di un luogo su un
                 hub, a lotti: --hub URL --user U --password-file F --site CODICE
                 --zone CODICE [--timezone ZONA] [--shift-to AAAA-MM-GG] FILE.csv.
                 Codici di uscita come per sync, 7 se l'hub rifiuta le letture, 1 se
                 il file non contiene nulla di utilizzabile.
  tariffs        Le tariffe di un direttore su un hub: --hub URL --user U --password-file F
                 --site CODICE e uno tra --set FILE.json (i prodotti),
                 --free-days FILE.json, --slots FILE.json o --show. Codici di uscita come
                 per sync, e 7 se l'hub rifiuta il contenuto.
  import-visits  Importa i visitatori giornalieri di prima della piattaforma: FILE.csv con
                 righe data,codice_luogo,visitatori (date ISO, intestazione facoltativa).
  import-stats   Importa le statistiche pubblicate dal ministero (Tavola 5, serie regionali
                 mensili di visitatori o introiti lordi, CSV come pubblicati): FILE...
  report         Scrive un report: --type monthly --scope all|region:NOME|site:CODICE
                 --from AAAA-MM-GG --to AAAA-MM-GG --format csv|csv-it|xlsx
                 --out PERCORSO.
  office-report  I totali di un giorno della biglietteria dal registro di questo dispositivo,
                 per prodotto, categoria e pagamento (i dati del report Z):
                 [--date AAAA-MM-GG] (predefinito oggi) [--training].
  verify-ledger  Verifica la catena di hash del registro: uscita 0 integra, 3 interrotta.
  recover-ledger Sposta da parte un registro danneggiato e copia ciò che contiene ancora in
                 uno nuovo: uscita 0 tutto, 3 in parte, 1 niente.
  alerts         Esegue i rilevatori delle transazioni sulla cache (e sul registro di questo
                 dispositivo) e stampa gli avvisi con le loro spiegazioni:
                 --from AAAA-MM-GG --to AAAA-MM-GG [--site CODICE]; oppure ne conferma
                 uno: --ack ID --comment TESTO.

Ogni comando accetta --data-dir DIR e --help.
</translation>
    </message>
    <message>
        <source>The user to sign in as (a gateway).</source>
        <translation>L'utente con cui accedere (un gateway).</translation>
    </message>
    <message>
        <source>The code of the site's zone the sensors are in.</source>
        <translation>Il codice della zona del luogo in cui si trovano i sensori.</translation>
    </message>
    <message>
        <source>The time zone of the log's times (an IANA name, or UTC); default Europe/Rome.</source>
        <translation>Il fuso orario degli orari del registro (un nome IANA, o UTC); predefinito Europe/Rome.</translation>
    </message>
    <message>
        <source>Move the log's first day to this date, keeping the times of day (a replay of an old log).</source>
        <translation>Sposta il primo giorno del registro a questa data, mantenendo gli orari (riproduzione di un registro vecchio).</translation>
    </message>
    <message>
        <source>Readings per request, 1 to %1; default 5000.</source>
        <translation>Letture per richiesta, da 1 a %1; predefinito 5000.</translation>
    </message>
    <message>
        <source>The log: a header naming Date, Temperature, Humidity, Light, CO2, Occupancy, then one reading a line.</source>
        <translation>Il registro: un'intestazione con Date, Temperature, Humidity, Light, CO2, Occupancy, poi una lettura per riga.</translation>
    </message>
    <message>
        <source>Replay a climate and occupancy sensor log into a zone of a site on the hub, in batches. The hub keys readings by zone and time, so running it again sends the same readings and changes nothing: an interrupted replay is resumed by running it again.</source>
        <translation>Riproduce a lotti un registro dei sensori di clima e presenze in una zona di un luogo sull'hub. L'hub identifica le letture per zona e ora, quindi eseguirlo di nuovo invia le stesse letture e non cambia nulla: una riproduzione interrotta si riprende eseguendola di nuovo.</translation>
    </message>
    <message>
        <source>ingest-sensors takes one log file.</source>
        <translation>ingest-sensors accetta un solo file di registro.</translation>
    </message>
    <message>
        <source>Unknown time zone '%1' (an IANA name such as Europe/Rome, or UTC).</source>
        <translation>Fuso orario sconosciuto '%1' (un nome IANA come Europe/Rome, o UTC).</translation>
    </message>
    <message>
        <source>--shift-to takes a date, YYYY-MM-DD.</source>
        <translation>--shift-to accetta una data, AAAA-MM-GG.</translation>
    </message>
    <message>
        <source>--batch-size takes a number from 1 to %1.</source>
        <translation>--batch-size accetta un numero da 1 a %1.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Non è stato inviato nulla.</translation>
    </message>
    <message>
        <source>%1 line %2 skipped: %3</source>
        <translation>%1 riga %2 saltata: %3</translation>
    </message>
    <message>
        <source>... more lines skipped: %1.</source>
        <translation>... altre righe saltate: %1.</translation>
    </message>
    <message>
        <source>The log would end at %1 (%2), after now; the hub takes no reading from the future. Give --shift-to %3 or earlier.</source>
        <translation>Il registro finirebbe il %1 (%2), dopo l'ora attuale; l'hub non accetta letture dal futuro. Indica --shift-to %3 o una data precedente.</translation>
    </message>
    <message>
        <source>%1: readings from %2 to %3 (%4): %5; lines skipped: %6; repeated: %7.</source>
        <translation>%1: letture dal %2 al %3 (%4): %5; righe saltate: %6; ripetute: %7.</translation>
    </message>
    <message>
        <source>Days shifted: %1 (the log begins on %2).</source>
        <translation>Giorni spostati: %1 (il registro inizia il %2).</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Invio</translation>
    </message>
    <message>
        <source>Sent. Batches: %1; readings new: %2, corrected: %3, already on the hub: %4; hourly buckets recomputed: %5; %6 s.</source>
        <translation>Inviato. Lotti: %1; letture nuove: %2, corrette: %3, già sull'hub: %4; fasce orarie ricalcolate: %5; %6 s.</translation>
    </message>
    <message>
        <source>Only this site (code).</source>
        <translation>Solo questo luogo (codice).</translation>
    </message>
    <message>
        <source>Acknowledge the alert with this id.</source>
        <translation>Conferma l'avviso con questo id.</translation>
    </message>
    <message>
        <source>The acknowledgement's comment (required with --ack).</source>
        <translation>Il commento della conferma (obbligatorio con --ack).</translation>
    </message>
    <message>
        <source>Run the transaction detectors over a period and print the transaction alerts, tab-separated: id, time (Europe/Rome), site, severity, title, explanation, acknowledged.</source>
        <translation>Esegue i rilevatori delle transazioni su un periodo e stampa gli avvisi sulle transazioni, separati da tabulazione: id, ora (Europe/Rome), luogo, gravità, titolo, spiegazione, confermato.</translation>
    </message>
    <message>
        <source>--ack takes an alert's id, and --comment the reason it is acknowledged.</source>
        <translation>--ack accetta l'id di un avviso, e --comment il motivo della conferma.</translation>
    </message>
    <message>
        <source>No alert %1.</source>
        <translation>Nessun avviso %1.</translation>
    </message>
    <message>
        <source>Alert %1 acknowledged.</source>
        <translation>Avviso %1 confermato.</translation>
    </message>
    <message>
        <source>--from and --to take days as YYYY-MM-DD, --from not after --to.</source>
        <translation>--from e --to accettano giorni nel formato AAAA-MM-GG, con --from non successivo a --to.</translation>
    </message>
    <message>
        <source>No site %1 in the cache.</source>
        <translation>Nessun luogo %1 nella cache.</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>confermato</translation>
    </message>
    <message>
        <source>%1 transaction alert(s) from %2 to %3; %4 new.</source>
        <translation>%1 avvisi sulle transazioni dal %2 al %3; %4 nuovi.</translation>
    </message>
    <message>
        <source>%1 needs --%2.</source>
        <translation>%1 richiede --%2.</translation>
    </message>
</context>
<context>
    <name>ReportingPeriod</name>
    <message>
        <source>Last 7 days</source>
        <translation>Ultimi 7 giorni</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ultimi 30 giorni</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Questo mese</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Anno in corso</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Anno scorso</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Intervallo personalizzato</translation>
    </message>
</context>
<context>
    <name>TicketPrinter</name>
    <message>
        <source>The folder %1 for the printouts cannot be written.</source>
        <translation>Impossibile scrivere nella cartella %1 delle stampe.</translation>
    </message>
    <message>
        <source>No printer is set up on this computer.</source>
        <translation>Su questo computer non è configurata nessuna stampante.</translation>
    </message>
    <message>
        <source>The printer "%1" is not connected.</source>
        <translation>La stampante "%1" non è collegata.</translation>
    </message>
    <message>
        <source>The printer refused the job.</source>
        <translation>La stampante ha rifiutato la stampa.</translation>
    </message>
    <message>
        <source>TRAINING – NOT VALID</source>
        <translation>FORMAZIONE – NON VALIDO</translation>
    </message>
    <message>
        <source>Receipt no. %1</source>
        <translation>Scontrino n. %1</translation>
    </message>
    <message>
        <source>%1 – clerk %2</source>
        <translation>%1 – operatore %2</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Ingresso %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Cash tendered</source>
        <translation>Contanti ricevuti</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Resto</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) follow.</source>
        <translation><numerusform>Segue %n biglietto.</numerusform><numerusform>Seguono %n biglietti.</numerusform></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nome: %1</translation>
    </message>
    <message>
        <source>Valid on %1</source>
        <translation>Valido il %1</translation>
    </message>
    <message>
        <source>Receipt no. %1 – %2</source>
        <translation>Scontrino n. %1 – %2</translation>
    </message>
    <message>
        <source>The printer did not finish the job.</source>
        <translation>La stampante non ha completato la stampa.</translation>
    </message>
    <message>
        <source>The report could not be written to %1.</source>
        <translation>Impossibile scrivere il report in %1.</translation>
    </message>
    <message>
        <source>Z report – session %1</source>
        <translation>Report Z – sessione %1</translation>
    </message>
    <message>
        <source>X report (preview) – session %1</source>
        <translation>Report X (anteprima) – sessione %1</translation>
    </message>
    <message>
        <source>Opened %1 by %2 with a float of %3</source>
        <translation>Aperta il %1 da %2 con un fondo cassa di %3</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Chiusa il %1</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vendite</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Biglietti</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Lordo</translation>
    </message>
    <message>
        <source>Voids (%1)</source>
        <translation>Annulli (%1)</translation>
    </message>
    <message>
        <source>Refunds (%1)</source>
        <translation>Rimborsi (%1)</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Incasso in contanti</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Expected cash in the drawer</source>
        <translation>Contanti attesi nel cassetto</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Contanti conteggiati</translation>
    </message>
    <message>
        <source>Discrepancy</source>
        <translation>Differenza</translation>
    </message>
    <message>
        <source>By payment</source>
        <translation>Per pagamento</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Per categoria</translation>
    </message>
    <message>
        <source>By product</source>
        <translation>Per prodotto</translation>
    </message>
</context>
<context>
    <name>core::Cache</name>
    <message>
        <source>Could not move the damaged cache %1 aside.</source>
        <translation>Impossibile spostare da parte la cache danneggiata %1.</translation>
    </message>
    <message>
        <source>The local cache was damaged (%1). It was moved to %2 and a new, empty cache was created; sync again or regenerate the demo data to fill it.</source>
        <translation>La cache locale era danneggiata (%1). È stata spostata in %2 ed è stata creata una nuova cache vuota; sincronizza di nuovo o rigenera i dati dimostrativi per riempirla.</translation>
    </message>
    <message>
        <source>No location for application data is known on this system; use --data-dir.</source>
        <translation>Su questo sistema non è nota una cartella per i dati delle applicazioni; usa --data-dir.</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Impossibile creare la cartella dei dati %1.</translation>
    </message>
</context>
<context>
    <name>core::CacheSchema</name>
    <message>
        <source>The cache was written by a newer Cruscotto (schema %1; this one knows %2).</source>
        <translation>La cache è stata scritta da una versione più recente di Cruscotto (schema %1; questa conosce lo schema %2).</translation>
    </message>
</context>
<context>
    <name>core::CsvWriter</name>
    <message>
        <source>Could not write the CSV file: %1</source>
        <translation>Impossibile scrivere il file CSV: %1</translation>
    </message>
</context>
<context>
    <name>core::DashboardQueries</name>
    <message>
        <source>Free: %1</source>
        <translation>Gratuito: %1</translation>
    </message>
</context>
<context>
    <name>core::DemoGenerator</name>
    <message>
        <source>The number of demo sites must be between 1 and 5000.</source>
        <translation>Il numero di luoghi dimostrativi deve essere tra 1 e 5000.</translation>
    </message>
    <message>
        <source>The number of demo years must be between 0 and 30.</source>
        <translation>Il numero di anni dimostrativi deve essere tra 0 e 30.</translation>
    </message>
    <message>
        <source>Demo generation was cancelled.</source>
        <translation>La generazione dei dati dimostrativi è stata annullata.</translation>
    </message>
    <message>
        <source>Could not move the new cache into place at %1.</source>
        <translation>Impossibile mettere la nuova cache al suo posto in %1.</translation>
    </message>
</context>
<context>
    <name>core::ForecastBacktest</name>
    <message>
        <source>No visitor history to backtest.</source>
        <translation>Nessuno storico di visitatori da verificare.</translation>
    </message>
    <message>
        <source>Less than a year and four weeks of history before %1.</source>
        <translation>Meno di un anno e quattro settimane di storico prima del %1.</translation>
    </message>
</context>
<context>
    <name>core::ItalianHolidays</name>
    <message>
        <source>Easter Sunday</source>
        <translation>Pasqua</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Lunedì dell'Angelo</translation>
    </message>
    <message>
        <source>New Year's Day</source>
        <translation>Capodanno</translation>
    </message>
    <message>
        <source>Epiphany</source>
        <translation>Epifania</translation>
    </message>
    <message>
        <source>Liberation Day</source>
        <translation>Festa della Liberazione</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Festa dei Lavoratori</translation>
    </message>
    <message>
        <source>Republic Day</source>
        <translation>Festa della Repubblica</translation>
    </message>
    <message>
        <source>Ferragosto</source>
        <translation>Ferragosto</translation>
    </message>
    <message>
        <source>All Saints' Day</source>
        <translation>Ognissanti</translation>
    </message>
    <message>
        <source>Immaculate Conception</source>
        <translation>Immacolata Concezione</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Natale</translation>
    </message>
    <message>
        <source>St Stephen's Day</source>
        <translation>Santo Stefano</translation>
    </message>
</context>
<context>
    <name>core::MinistryStats</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>non può essere letto: %1</translation>
    </message>
    <message>
        <source>no header row 'Regione;Gennaio;...;Dicembre;Totale complessivo'</source>
        <translation>manca la riga di intestazione 'Regione;Gennaio;...;Dicembre;Totale complessivo'</translation>
    </message>
    <message>
        <source>no 'Rilevazione YYYY' title row before the header: the year is unknown</source>
        <translation>manca la riga di titolo 'Rilevazione AAAA' prima dell'intestazione: l'anno è sconosciuto</translation>
    </message>
    <message>
        <source>no 'Tavola 5 - Serie regionale mensile Visitatori|Introiti' title row before the header: not a Tavola 5 file</source>
        <translation>manca la riga di titolo 'Tavola 5 - Serie regionale mensile Visitatori|Introiti' prima dell'intestazione: non è un file della Tavola 5</translation>
    </message>
    <message>
        <source>the header row is not 'Regione', the months Gennaio to Dicembre and 'Totale complessivo'</source>
        <translation>la riga di intestazione non è 'Regione', i mesi da Gennaio a Dicembre e 'Totale complessivo'</translation>
    </message>
    <message>
        <source>%1: %2 columns instead of 14 (region, 12 months, total)</source>
        <translation>%1: %2 colonne invece di 14 (regione, 12 mesi, totale)</translation>
    </message>
    <message>
        <source>%1: unexpected value '%2' after the total column</source>
        <translation>%1: valore inatteso '%2' dopo la colonna del totale</translation>
    </message>
    <message>
        <source>%1: the total is missing</source>
        <translation>%1: manca il totale</translation>
    </message>
    <message>
        <source>%1, %2: '%3' is not a number of visitors (1.234.567)</source>
        <translation>%1, %2: '%3' non è un numero di visitatori (1.234.567)</translation>
    </message>
    <message>
        <source>%1, %2: '%3' is not an amount in euro (1.234.567,89)</source>
        <translation>%1, %2: '%3' non è un importo in euro (1.234.567,89)</translation>
    </message>
    <message>
        <source>%1: the months add up to %2, the published total is %3</source>
        <translation>%1: i mesi sommano a %2, il totale pubblicato è %3</translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation>%1 compare due volte</translation>
    </message>
    <message>
        <source>no region rows after the header</source>
        <translation>nessuna riga di regione dopo l'intestazione</translation>
    </message>
    <message>
        <source>%1: the regions add up to %2, the published national total is %3</source>
        <translation>%1: le regioni sommano a %2, il totale nazionale pubblicato è %3</translation>
    </message>
</context>
<context>
    <name>core::MonthlyReport</name>
    <message>
        <source>The period is not valid: the first day must be on or before the last.</source>
        <translation>Il periodo non è valido: il primo giorno deve precedere o coincidere con l'ultimo.</translation>
    </message>
    <message>
        <source>Unknown site '%1': 'cruscotto-cli sites' lists the codes.</source>
        <translation>Luogo sconosciuto '%1': 'cruscotto-cli sites' elenca i codici.</translation>
    </message>
    <message>
        <source>Unknown region '%1': neither a region of the cache's sites nor one of the imported ministry statistics.</source>
        <translation>Regione sconosciuta '%1': non è una regione dei luoghi della cache né delle statistiche ministeriali importate.</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tutti i luoghi</translation>
    </message>
    <message>
        <source>No figures for this scope from %1 to %2: the cache's sales cover %3 to %4.</source>
        <translation>Nessun dato per questo ambito dal %1 al %2: le vendite della cache coprono dal %3 al %4.</translation>
    </message>
    <message>
        <source>Monthly statistics</source>
        <translation>Statistiche mensili</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Paying visitors</source>
        <translation>Visitatori paganti</translation>
    </message>
    <message>
        <source>Non-paying visitors</source>
        <translation>Visitatori non paganti</translation>
    </message>
    <message>
        <source>Total visitors</source>
        <translation>Visitatori totali</translation>
    </message>
    <message>
        <source>Gross revenue</source>
        <translation>Introiti lordi</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Year total</source>
        <translation>Totale dell'anno</translation>
    </message>
    <message>
        <source>Ministry statistics</source>
        <translation>Statistiche ministeriali</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Piattaforma</translation>
    </message>
</context>
<context>
    <name>core::ReportFile</name>
    <message>
        <source>%1 is a folder, not a file name.</source>
        <translation>%1 è una cartella, non un nome di file.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La cartella %1 non esiste.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>Impossibile scrivere in %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>core::Site</name>
    <message>
        <source>Museum</source>
        <translation>Museo</translation>
    </message>
    <message>
        <source>Archaeological area</source>
        <translation>Area archeologica</translation>
    </message>
    <message>
        <source>Monument</source>
        <translation>Monumento</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>State archive</source>
        <translation>Archivio di Stato</translation>
    </message>
</context>
<context>
    <name>core::TicketOffice</name>
    <message numerus="yes">
        <source>The slot %1 has %n place(s) left.</source>
        <translation><numerusform>Nella fascia oraria %1 resta %n posto.</numerusform><numerusform>Nella fascia oraria %1 restano %n posti.</numerusform></translation>
    </message>
</context>
<context>
    <name>core::TicketProduct</name>
    <message>
        <source>Counter</source>
        <translation>Biglietteria</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Totem</translation>
    </message>
    <message>
        <source>B2B (agencies and schools)</source>
        <translation>B2B (agenzie e scuole)</translation>
    </message>
    <message>
        <source>Full price</source>
        <translation>Intero</translation>
    </message>
    <message>
        <source>Reduced</source>
        <translation>Ridotto</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratuito</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Minori di 18 anni</translation>
    </message>
    <message>
        <source>First Sunday of the month</source>
        <translation>Prima domenica del mese</translation>
    </message>
    <message>
        <source>Disabled visitor and companion</source>
        <translation>Visitatore con disabilità e accompagnatore</translation>
    </message>
    <message>
        <source>ICOM member</source>
        <translation>Socio ICOM</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Docente</translation>
    </message>
    <message>
        <source>Licensed tourist guide</source>
        <translation>Guida turistica abilitata</translation>
    </message>
    <message>
        <source>School group</source>
        <translation>Gruppo scolastico</translation>
    </message>
    <message>
        <source>Free admission site</source>
        <translation>Luogo a ingresso libero</translation>
    </message>
</context>
<context>
    <name>core::TransactionMonitor</name>
    <message>
        <source>Sales outside opening hours</source>
        <translation>Vendite fuori dall'orario di apertura</translation>
    </message>
    <message>
        <source>Sales on a closing day</source>
        <translation>Vendite in un giorno di chiusura</translation>
    </message>
    <message>
        <source>Unusual run of %1 tickets</source>
        <translation>Serie insolita di biglietti %1</translation>
    </message>
    <message>
        <source>Sales drop on the %1 channel</source>
        <translation>Calo delle vendite sul canale %1</translation>
    </message>
    <message>
        <source>B2B purchase far above the usual</source>
        <translation>Acquisto B2B molto oltre il consueto</translation>
    </message>
    <message>
        <source>Clerk %1 voids far more than the others</source>
        <translation>L'operatore %1 annulla molto più degli altri</translation>
    </message>
    <message>
        <source>Clerk %1 refunds far more than the others</source>
        <translation>L'operatore %1 rimborsa molto più degli altri</translation>
    </message>
    <message>
        <source>Recurring cash discrepancies, clerk %1</source>
        <translation>Differenze di cassa ricorrenti, operatore %1</translation>
    </message>
    <message>
        <source>Ticket %1 checked in twice</source>
        <translation>Biglietto %1 controllato due volte</translation>
    </message>
</context>
<context>
    <name>core::VisitHistory</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>expected 3 fields (date, site code, visitors), found %1</source>
        <translation>attesi 3 campi (data, codice luogo, visitatori), trovati %1</translation>
    </message>
    <message>
        <source>bad date '%1' (expected YYYY-MM-DD)</source>
        <translation>data non valida '%1' (attesa AAAA-MM-GG)</translation>
    </message>
    <message>
        <source>unknown site code '%1'</source>
        <translation>codice luogo sconosciuto '%1'</translation>
    </message>
    <message>
        <source>negative number of visitors (%1)</source>
        <translation>numero di visitatori negativo (%1)</translation>
    </message>
    <message>
        <source>visitors must be a whole number from 0 to %1, not '%2'</source>
        <translation>i visitatori devono essere un numero intero da 0 a %1, non '%2'</translation>
    </message>
    <message>
        <source>%1 on %2 was already given on line %3</source>
        <translation>%1 del %2 è già stato indicato alla riga %3</translation>
    </message>
    <message>
        <source>the file holds no visitor lines (date, site code, visitors)</source>
        <translation>il file non contiene righe di visitatori (data, codice luogo, visitatori)</translation>
    </message>
</context>
<context>
    <name>core::VisitorForecast</name>
    <message>
        <source>%1 days of visitor history (%2 open days with figures); a forecast needs at least %3 days and %4 open days.</source>
        <translation>%1 giorni di storico dei visitatori (%2 giorni di apertura con dati); una previsione richiede almeno %3 giorni e %4 giorni di apertura.</translation>
    </message>
    <message>
        <source>A forecast covers 1 to %1 days, not %2.</source>
        <translation>Una previsione copre da 1 a %1 giorni, non %2.</translation>
    </message>
</context>
<context>
    <name>core::XlsxWriter</name>
    <message>
        <source>Could not write the workbook %1 (zip error %2).</source>
        <translation>Impossibile scrivere la cartella di lavoro %1 (errore zip %2).</translation>
    </message>
    <message>
        <source>Could not create the workbook %1.</source>
        <translation>Impossibile creare la cartella di lavoro %1.</translation>
    </message>
</context>
<context>
    <name>hub</name>
    <message>
        <source>The Cruscotto hub: ingests ticket sales and sensor readings, serves aggregates to the desktop app.</source>
        <translation>L'hub di Cruscotto: riceve le vendite dei biglietti e le letture dei sensori, fornisce gli aggregati all'applicazione desktop.</translation>
    </message>
    <message>
        <source>Directory of the hub's database.</source>
        <translation>Cartella del database dell'hub.</translation>
    </message>
    <message>
        <source>Address and port to listen on (port 0: any free port).</source>
        <translation>Indirizzo e porta su cui mettersi in ascolto (porta 0: una porta libera qualsiasi).</translation>
    </message>
    <message>
        <source>TLS certificate chain (PEM).</source>
        <translation>Catena di certificati TLS (PEM).</translation>
    </message>
    <message>
        <source>TLS private key (PEM).</source>
        <translation>Chiave privata TLS (PEM).</translation>
    </message>
    <message>
        <source>Serve plain HTTP; only allowed on a loopback address.</source>
        <translation>Servi HTTP in chiaro; consentito solo su un indirizzo di loopback.</translation>
    </message>
    <message>
        <source>Seed the demo region and demo users.</source>
        <translation>Carica la regione dimostrativa e gli utenti dimostrativi.</translation>
    </message>
    <message>
        <source>Server threads (1 to 64).</source>
        <translation>Thread del server (da 1 a 64).</translation>
    </message>
    <message>
        <source>Seconds a login token stays valid.</source>
        <translation>Secondi di validità di un token di accesso.</translation>
    </message>
    <message>
        <source>--data-dir is required: the directory of the hub's database.</source>
        <translation>--data-dir è obbligatorio: la cartella del database dell'hub.</translation>
    </message>
    <message>
        <source>--listen takes ADDR:PORT, e.g. 127.0.0.1:8443.</source>
        <translation>--listen vuole INDIRIZZO:PORTA, per esempio 127.0.0.1:8443.</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Impossibile creare la cartella dei dati %1.</translation>
    </message>
    <message>
        <source>Seeded the demo region: %1 sites, %2 aggregate rows.</source>
        <translation>Regione dimostrativa caricata: %1 luoghi, %2 righe aggregate.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrestato.</translation>
    </message>
    <message>
        <source>cruscotto-hub: %1</source>
        <translation>cruscotto-hub: %1</translation>
    </message>
    <message>
        <source>Booked %1 demo groups for today at BAS-MUS-01.</source>
        <translation>Prenotati %1 gruppi dimostrativi per oggi presso BAS-MUS-01.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Decision support for Italian state cultural sites.</source>
        <translation>Supporto alle decisioni per i luoghi della cultura statali.</translation>
    </message>
    <message>
        <source>Use DIR for the local data.</source>
        <translation>Usa DIR per i dati locali.</translation>
    </message>
    <message>
        <source>Create demo data first when there is no cache yet.</source>
        <translation>Crea prima i dati dimostrativi se non c'è ancora una cache.</translation>
    </message>
    <message>
        <source>Cruscotto</source>
        <translation>Cruscotto</translation>
    </message>
    <message>
        <source>Open the ticket office (the sale screen) only.</source>
        <translation>Apri solo la biglietteria (la schermata di vendita).</translation>
    </message>
    <message>
        <source>Open the self-service ticket kiosk, full screen.</source>
        <translation>Apri il totem di vendita self-service, a schermo intero.</translation>
    </message>
    <message>
        <source>Use the training ledger: sales do not count.</source>
        <translation>Usa il registro di formazione: le vendite non contano.</translation>
    </message>
    <message>
        <source>The clerk at the counter (default: the system user).</source>
        <translation>L'operatore in biglietteria (predefinito: l'utente del sistema).</translation>
    </message>
    <message>
        <source>Print tickets and reports as PDF files in DIR.</source>
        <translation>Stampa biglietti e report come file PDF in DIR.</translation>
    </message>
    <message>
        <source>Ticket office: the hub to upload to (default: the Sync screen's).</source>
        <translation>Biglietteria: l'hub a cui inviare i dati (predefinito: quello della schermata Sincronizzazione).</translation>
    </message>
    <message>
        <source>Ticket office: the hub user.</source>
        <translation>Biglietteria: l'utente dell'hub.</translation>
    </message>
    <message>
        <source>Ticket office: a file holding the hub user's password.</source>
        <translation>Biglietteria: un file con la password dell'utente dell'hub.</translation>
    </message>
    <message>
        <source>Ticket office: the CA certificate the hub's is checked with.</source>
        <translation>Biglietteria: il certificato della CA con cui verificare quello dell'hub.</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read.</source>
        <translation>Impossibile leggere il file della password %1.</translation>
    </message>
    <message>
        <source>This user is a ticket-office clerk: Cruscotto opens the ticket office. The dashboards are for directors.</source>
        <translation>Questo utente è un operatore di biglietteria: Cruscotto apre la biglietteria. Le dashboard sono per i direttori.</translation>
    </message>
</context>
<context>
    <name>sync::DeviceRegistry</name>
    <message>
        <source>The body must be a JSON object with the strings "device_id" (a UUID), "site", "name" and "public_key" (base64 of a 32-byte Ed25519 key).</source>
        <translation>Il corpo deve essere un oggetto JSON con le stringhe "device_id" (un UUID), "site", "name" e "public_key" (base64 di una chiave Ed25519 di 32 byte).</translation>
    </message>
    <message>
        <source>"site" must be the code of a site you sell for.</source>
        <translation>"site" deve essere il codice di un luogo per cui vendi.</translation>
    </message>
    <message>
        <source>Another device already has this device's short id (the first 16 digits of its UUID); provision it again.</source>
        <translation>Un altro dispositivo ha già l'id breve di questo dispositivo (le prime 16 cifre del suo UUID); configuralo di nuovo.</translation>
    </message>
    <message>
        <source>This device is registered with another key or for another site; a device's key never changes.</source>
        <translation>Questo dispositivo è registrato con un'altra chiave o per un altro luogo; la chiave di un dispositivo non cambia mai.</translation>
    </message>
    <message>
        <source>There is no site with that code among yours.</source>
        <translation>Tra i tuoi luoghi non ce n'è nessuno con quel codice.</translation>
    </message>
</context>
<context>
    <name>sync::HubApi</name>
    <message>
        <source>Your role does not give access to this resource.</source>
        <translation>Il tuo ruolo non dà accesso a questa risorsa.</translation>
    </message>
    <message>
        <source>There is no such resource.</source>
        <translation>Questa risorsa non esiste.</translation>
    </message>
    <message>
        <source>This resource does not support that method.</source>
        <translation>Questa risorsa non supporta quel metodo.</translation>
    </message>
    <message>
        <source>A valid bearer token is required; it may have expired.</source>
        <translation>Serve un token di accesso valido; potrebbe essere scaduto.</translation>
    </message>
    <message>
        <source>The hub could not answer; the error is in its log.</source>
        <translation>L'hub non ha potuto rispondere; l'errore è nel suo registro.</translation>
    </message>
    <message>
        <source>The body must be a JSON object with "user" and "password" strings.</source>
        <translation>Il corpo deve essere un oggetto JSON con le stringhe "user" e "password".</translation>
    </message>
    <message>
        <source>Unknown user or wrong password.</source>
        <translation>Utente sconosciuto o password errata.</translation>
    </message>
    <message>
        <source>Use ?since=CURSOR&amp;limit=N with a cursor from a previous page and N between 1 and 50000.</source>
        <translation>Usa ?since=CURSORE&amp;limit=N con un cursore di una pagina precedente e N tra 1 e 50000.</translation>
    </message>
    <message>
        <source>Use ?site=CODE, or no query for all your sites.</source>
        <translation>Usa ?site=CODICE, oppure nessuna query per tutti i tuoi luoghi.</translation>
    </message>
    <message>
        <source>Use ?site=CODE&amp;since=CURSOR&amp;limit=N with a cursor from a previous page (none for the beginning) and N between 1 and 20000.</source>
        <translation>Usa ?site=CODICE&amp;since=CURSORE&amp;limit=N con un cursore di una pagina precedente (nessuno per iniziare) e N tra 1 e 20000.</translation>
    </message>
    <message>
        <source>Use ?site=CODE&amp;day=YYYY-MM-DD.</source>
        <translation>Usa ?site=CODICE&amp;day=AAAA-MM-GG.</translation>
    </message>
</context>
<context>
    <name>sync::HubBookings</name>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>Il corpo deve essere un oggetto JSON.</translation>
    </message>
    <message>
        <source>Unknown field "%1".</source>
        <translation>Campo sconosciuto "%1".</translation>
    </message>
    <message>
        <source>"id" must be a UUID (the same one when a booking is sent again).</source>
        <translation>"id" deve essere un UUID (lo stesso quando una prenotazione viene inviata di nuovo).</translation>
    </message>
    <message>
        <source>"site" must be a site's code.</source>
        <translation>"site" deve essere il codice di un luogo.</translation>
    </message>
    <message>
        <source>"day" must be a date, YYYY-MM-DD.</source>
        <translation>"day" deve essere una data, AAAA-MM-GG.</translation>
    </message>
    <message>
        <source>"slot_start" must be the slot's start in minutes after midnight, or -1 for a site without time slots.</source>
        <translation>"slot_start" deve essere l'inizio della fascia oraria in minuti dopo la mezzanotte, oppure -1 per un luogo senza fasce orarie.</translation>
    </message>
    <message>
        <source>"channel" must be online or b2b.</source>
        <translation>"channel" deve essere online o b2b.</translation>
    </message>
    <message>
        <source>"group_size" must be a whole number from 1 to 99.</source>
        <translation>"group_size" deve essere un numero intero da 1 a 99.</translation>
    </message>
    <message>
        <source>"group_type" must be school, adults, seniors, families, tour_operator, association or other.</source>
        <translation>"group_type" deve essere school, adults, seniors, families, tour_operator, association o other.</translation>
    </message>
    <message>
        <source>"product" must be a product's code.</source>
        <translation>"product" deve essere il codice di un prodotto.</translation>
    </message>
    <message>
        <source>"voucher" must be a text of up to 64 bytes.</source>
        <translation>"voucher" deve essere un testo di al massimo 64 byte.</translation>
    </message>
    <message>
        <source>"invoice_name" must be a text of up to 200 bytes.</source>
        <translation>"invoice_name" deve essere un testo di al massimo 200 byte.</translation>
    </message>
    <message>
        <source>"vat_number" must be a text of up to 20 bytes.</source>
        <translation>"vat_number" deve essere un testo di al massimo 20 byte.</translation>
    </message>
    <message>
        <source>A b2b booking needs "invoice_name", whom to invoice.</source>
        <translation>Una prenotazione b2b richiede "invoice_name", l'intestatario della fattura.</translation>
    </message>
    <message>
        <source>"vat_number" must be a valid VAT number (an Italian partita IVA, 11 digits with its check digit, or an EU country's); a b2b booking needs one.</source>
        <translation>"vat_number" deve essere una partita IVA valida (italiana, di 11 cifre con la cifra di controllo, o di un paese dell'UE); una prenotazione b2b la richiede.</translation>
    </message>
    <message>
        <source>The booking is not valid; nothing was stored.</source>
        <translation>La prenotazione non è valida; non è stato registrato nulla.</translation>
    </message>
    <message>
        <source>"site" must be the code of a site of yours.</source>
        <translation>"site" deve essere il codice di uno dei tuoi luoghi.</translation>
    </message>
    <message>
        <source>"product" must admit visitors: an admission or combined ticket, not an add-on.</source>
        <translation>"product" deve dare accesso ai visitatori: un biglietto d'ingresso o cumulativo, non un servizio aggiuntivo.</translation>
    </message>
    <message>
        <source>"product" is not a ticket product of the site.</source>
        <translation>"product" non è un titolo d'ingresso del luogo.</translation>
    </message>
    <message>
        <source>"day" must be today or a day within a year.</source>
        <translation>"day" deve essere oggi o un giorno entro un anno.</translation>
    </message>
    <message>
        <source>The site is closed that day.</source>
        <translation>Il luogo è chiuso quel giorno.</translation>
    </message>
    <message>
        <source>"slot_start" is not one of the site's time slots that day.</source>
        <translation>"slot_start" non è una delle fasce orarie del luogo in quel giorno.</translation>
    </message>
    <message>
        <source>The site does not sell by time slot: "slot_start" must be -1.</source>
        <translation>Il luogo non vende per fasce orarie: "slot_start" deve essere -1.</translation>
    </message>
    <message>
        <source>That slot is over.</source>
        <translation>Quella fascia oraria è già passata.</translation>
    </message>
    <message>
        <source>Another booking is stored under this id.</source>
        <translation>Con questo id è registrata un'altra prenotazione.</translation>
    </message>
    <message>
        <source>The %1 slot has %2 place(s) left for %3 bookings, fewer than the group's %4.</source>
        <translation>Nella fascia oraria %1 restano %2 posti per le prenotazioni %3, meno dei %4 del gruppo.</translation>
    </message>
    <message>
        <source>There is no site with that code among yours.</source>
        <translation>Tra i tuoi luoghi non ce n'è nessuno con quel codice.</translation>
    </message>
</context>
<context>
    <name>sync::HubOptions</name>
    <message>
        <source>--tls-cert and --tls-key go together.</source>
        <translation>--tls-cert e --tls-key vanno indicati insieme.</translation>
    </message>
    <message>
        <source>Choose either TLS or --insecure-loopback, not both.</source>
        <translation>Scegli TLS oppure --insecure-loopback, non entrambi.</translation>
    </message>
    <message>
        <source>The hub needs --tls-cert and --tls-key (or --insecure-loopback on 127.0.0.1).</source>
        <translation>L'hub richiede --tls-cert e --tls-key (oppure --insecure-loopback su 127.0.0.1).</translation>
    </message>
    <message>
        <source>Plain HTTP is only allowed on a loopback address (127.0.0.1 or ::1).</source>
        <translation>HTTP in chiaro è consentito solo su un indirizzo di loopback (127.0.0.1 o ::1).</translation>
    </message>
    <message>
        <source>--threads takes a number from 1 to 64.</source>
        <translation>--threads vuole un numero da 1 a 64.</translation>
    </message>
    <message>
        <source>--token-lifetime takes a number of seconds from 1 to 2592000 (30 days).</source>
        <translation>--token-lifetime vuole un numero di secondi da 1 a 2592000 (30 giorni).</translation>
    </message>
</context>
<context>
    <name>sync::HubSchema</name>
    <message>
        <source>The hub database was written by a newer Cruscotto hub (schema %1; this one knows %2).</source>
        <translation>Il database dell'hub è stato scritto da una versione più recente dell'hub Cruscotto (schema %1; questa conosce lo schema %2).</translation>
    </message>
</context>
<context>
    <name>sync::HubServer</name>
    <message>
        <source>Cannot use the TLS certificate %1: %2</source>
        <translation>Impossibile usare il certificato TLS %1: %2</translation>
    </message>
    <message>
        <source>Cannot use the TLS key %1: %2</source>
        <translation>Impossibile usare la chiave TLS %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an IP address.</source>
        <translation>%1 non è un indirizzo IP.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Impossibile mettersi in ascolto su %1:%2: %3</translation>
    </message>
    <message>
        <source>The request body is too large.</source>
        <translation>Il corpo della richiesta è troppo grande.</translation>
    </message>
    <message>
        <source>The request headers are too large.</source>
        <translation>Le intestazioni della richiesta sono troppo grandi.</translation>
    </message>
    <message>
        <source>The request is not valid HTTP/1.1.</source>
        <translation>La richiesta non è HTTP/1.1 valido.</translation>
    </message>
</context>
<context>
    <name>sync::HubSlotSales</name>
    <message>
        <source>Overbooked slot %1 on %2 (%3)</source>
        <translation>Overbooking nella fascia oraria %1 del %2 (%3)</translation>
    </message>
    <message>
        <source>The %1 channel of %2 sold %3 tickets for the %4 slot on %5; its quota is %6. The hub kept every sale: make room in the slot or move visitors.</source>
        <translation>Il canale %1 di %2 ha venduto %3 biglietti per la fascia oraria %4 del %5; il suo contingente è %6. L'hub ha conservato tutte le vendite: libera posti nella fascia oraria o sposta dei visitatori.</translation>
    </message>
</context>
<context>
    <name>sync::HubTariffs</name>
    <message>
        <source>The request is not valid; nothing was changed.</source>
        <translation>La richiesta non è valida; non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Unknown field: leave it out.</source>
        <translation>Campo sconosciuto: omettilo.</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>Il corpo deve essere un oggetto JSON.</translation>
    </message>
    <message>
        <source>The site is not one of yours: directors change their own sites only.</source>
        <translation>Il luogo non è tra i tuoi: i direttori modificano solo i propri luoghi.</translation>
    </message>
    <message>
        <source>"nominative_tickets" must be true or false.</source>
        <translation>"nominative_tickets" deve essere true o false.</translation>
    </message>
    <message>
        <source>"products" must be a list of 1 to 200 products.</source>
        <translation>"products" deve essere un elenco da 1 a 200 prodotti.</translation>
    </message>
    <message>
        <source>A product must be a JSON object.</source>
        <translation>Un prodotto deve essere un oggetto JSON.</translation>
    </message>
    <message>
        <source>"code" must be 1 to 16 capital letters, digits, - or _, starting with a letter or digit.</source>
        <translation>"code" deve essere da 1 a 16 lettere maiuscole, cifre, - o _, che inizi con una lettera o una cifra.</translation>
    </message>
    <message>
        <source>Another product in the list has this code.</source>
        <translation>Un altro prodotto dell'elenco ha questo codice.</translation>
    </message>
    <message>
        <source>"name" must be a text of 1 to 100 bytes.</source>
        <translation>"name" deve essere un testo da 1 a 100 byte.</translation>
    </message>
    <message>
        <source>"category" must be full, reduced or free.</source>
        <translation>"category" deve essere full, reduced o free.</translation>
    </message>
    <message>
        <source>"free_reason" must be one of under18, first_sunday, disabled, icom, teacher, guide, school, free_admission (or empty).</source>
        <translation>"free_reason" deve essere uno tra under18, first_sunday, disabled, icom, teacher, guide, school, free_admission (oppure vuoto).</translation>
    </message>
    <message>
        <source>A free product needs its legal "free_reason".</source>
        <translation>Un prodotto gratuito richiede il suo "free_reason" previsto dalla legge.</translation>
    </message>
    <message>
        <source>Only a free product carries a "free_reason": leave it empty.</source>
        <translation>Solo un prodotto gratuito ha un "free_reason": lascialo vuoto.</translation>
    </message>
    <message>
        <source>"price_cents" must be a whole number of cents from 0 to 100000.</source>
        <translation>"price_cents" deve essere un numero intero di centesimi da 0 a 100000.</translation>
    </message>
    <message>
        <source>A free product must cost 0.</source>
        <translation>Un prodotto gratuito deve costare 0.</translation>
    </message>
    <message>
        <source>"kind" must be admission, combined or addon.</source>
        <translation>"kind" deve essere admission, combined o addon.</translation>
    </message>
    <message>
        <source>"document" must be a text of up to 200 bytes.</source>
        <translation>"document" deve essere un testo di al massimo 200 byte.</translation>
    </message>
    <message>
        <source>"admits" must be a list of site codes.</source>
        <translation>"admits" deve essere un elenco di codici di luoghi.</translation>
    </message>
    <message>
        <source>A combined ticket must list in "admits" the other sites it admits to.</source>
        <translation>Un biglietto cumulativo deve elencare in "admits" gli altri luoghi a cui dà accesso.</translation>
    </message>
    <message>
        <source>Only a combined ticket admits to other sites.</source>
        <translation>Solo un biglietto cumulativo dà accesso ad altri luoghi.</translation>
    </message>
    <message>
        <source>"position" must be a whole number from 0 to 999.</source>
        <translation>"position" deve essere un numero intero da 0 a 999.</translation>
    </message>
    <message>
        <source>A site needs at least one product of kind admission.</source>
        <translation>Un luogo richiede almeno un prodotto di tipo admission.</translation>
    </message>
    <message>
        <source>"admits" names a site that does not exist.</source>
        <translation>"admits" indica un luogo che non esiste.</translation>
    </message>
    <message>
        <source>"admits" lists the other sites, not the product's own.</source>
        <translation>"admits" elenca gli altri luoghi, non quello del prodotto.</translation>
    </message>
    <message>
        <source>"admits" names a site twice.</source>
        <translation>"admits" indica due volte lo stesso luogo.</translation>
    </message>
    <message>
        <source>This product has sales: its category and kind cannot change (the figures already counted depend on them). Add a product with a new code instead.</source>
        <translation>Questo prodotto ha delle vendite: la sua categoria e il suo tipo non possono cambiare (i dati già conteggiati dipendono da essi). Aggiungi invece un prodotto con un nuovo codice.</translation>
    </message>
    <message>
        <source>Products left out of the list have sales and cannot be deleted; keep them in the list. Nothing was changed.</source>
        <translation>I prodotti omessi dall'elenco hanno delle vendite e non possono essere eliminati; mantienili nell'elenco. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>"days" must be a list of up to 400 days.</source>
        <translation>"days" deve essere un elenco di al massimo 400 giorni.</translation>
    </message>
    <message>
        <source>A free day must be a JSON object.</source>
        <translation>Un giorno gratuito deve essere un oggetto JSON.</translation>
    </message>
    <message>
        <source>"note" must be a text of up to 200 bytes.</source>
        <translation>"note" deve essere un testo di al massimo 200 byte.</translation>
    </message>
    <message>
        <source>"day" must be a date, YYYY-MM-DD.</source>
        <translation>"day" deve essere una data, AAAA-MM-GG.</translation>
    </message>
    <message>
        <source>"day" is past: free days from today on only (past ones stay as they were).</source>
        <translation>"day" è passato: solo giorni gratuiti da oggi in poi (quelli passati restano come erano).</translation>
    </message>
    <message>
        <source>"day" must be within two years from today.</source>
        <translation>"day" deve essere entro due anni da oggi.</translation>
    </message>
    <message>
        <source>This day is in the list twice.</source>
        <translation>Questo giorno compare due volte nell'elenco.</translation>
    </message>
    <message>
        <source>"slots" may only be null (open entry); a slot policy is given by its fields.</source>
        <translation>"slots" può essere solo null (ingresso senza fasce orarie); una regola delle fasce orarie si indica con i suoi campi.</translation>
    </message>
    <message>
        <source>"slot_minutes" must be a whole number of minutes from 15 to 240.</source>
        <translation>"slot_minutes" deve essere un numero intero di minuti da 15 a 240.</translation>
    </message>
    <message>
        <source>"slot_capacity" must be a whole number of visitors from 1 to 100000.</source>
        <translation>"slot_capacity" deve essere un numero intero di visitatori da 1 a 100000.</translation>
    </message>
    <message>
        <source>A percentage must be a whole number from 0 to 100.</source>
        <translation>Una percentuale deve essere un numero intero da 0 a 100.</translation>
    </message>
    <message>
        <source>counter_pct, online_pct, kiosk_pct and b2b_pct must add up to 100.</source>
        <translation>counter_pct, online_pct, kiosk_pct e b2b_pct devono sommare a 100.</translation>
    </message>
    <message>
        <source>Bookings from today on would no longer fall on a slot of this policy; nothing was changed.</source>
        <translation>Le prenotazioni da oggi in poi non cadrebbero più in una fascia oraria di questa regola; non è stato modificato nulla.</translation>
    </message>
</context>
<context>
    <name>sync::LedgerIngest</name>
    <message>
        <source>A session record needs its "session" number.</source>
        <translation>Un record di sessione richiede il suo numero "session".</translation>
    </message>
    <message>
        <source>"sale_id" must be a UUID.</source>
        <translation>"sale_id" deve essere un UUID.</translation>
    </message>
    <message>
        <source>This sale_id is already stored for another sale.</source>
        <translation>Questo sale_id è già registrato per un'altra vendita.</translation>
    </message>
    <message>
        <source>"site" must be the device's site.</source>
        <translation>"site" deve essere il luogo del dispositivo.</translation>
    </message>
    <message>
        <source>"channel" must be counter, online, kiosk or b2b.</source>
        <translation>"channel" deve essere counter, online, kiosk o b2b.</translation>
    </message>
    <message>
        <source>"slot" must be minutes after midnight (0 to 1439), or -1 for none.</source>
        <translation>"slot" deve essere in minuti dopo la mezzanotte (da 0 a 1439), oppure -1 per nessuna fascia.</translation>
    </message>
    <message>
        <source>A sale needs at least one line.</source>
        <translation>Una vendita richiede almeno una riga.</translation>
    </message>
    <message>
        <source>A line's "product_id" is not a ticket product of the site.</source>
        <translation>Il "product_id" di una riga non è un titolo d'ingresso del luogo.</translation>
    </message>
    <message>
        <source>A line's "quantity" must be a whole number from 1 to 10000.</source>
        <translation>La "quantity" di una riga deve essere un numero intero da 1 a 10000.</translation>
    </message>
    <message>
        <source>A line's "unit_cents" must be from 0 to 100000000, and 0 for a free ticket.</source>
        <translation>Lo "unit_cents" di una riga deve essere da 0 a 100000000, e 0 per un biglietto gratuito.</translation>
    </message>
    <message>
        <source>A line's "kind" must be admission, combined or addon.</source>
        <translation>Il "kind" di una riga deve essere admission, combined o addon.</translation>
    </message>
    <message>
        <source>"tickets" must be a list of ticket keys.</source>
        <translation>"tickets" deve essere un elenco di chiavi dei biglietti.</translation>
    </message>
    <message>
        <source>"total_cents" is not the sum of the lines' quantities and prices.</source>
        <translation>"total_cents" non è la somma di quantità e prezzi delle righe.</translation>
    </message>
    <message>
        <source>"sale_seq" must be an earlier sale record of this device.</source>
        <translation>"sale_seq" deve essere un record di vendita precedente di questo dispositivo.</translation>
    </message>
    <message>
        <source>That sale was already voided.</source>
        <translation>Quella vendita è già stata annullata.</translation>
    </message>
    <message>
        <source>Ticket %1 is not one of the sale's.</source>
        <translation>Il biglietto %1 non fa parte della vendita.</translation>
    </message>
    <message>
        <source>Ticket %1 was already revoked.</source>
        <translation>Il biglietto %1 è già stato revocato.</translation>
    </message>
    <message>
        <source>A refund needs the lines it gives back.</source>
        <translation>Un rimborso richiede le righe che rimborsa.</translation>
    </message>
    <message>
        <source>A refund line needs "product_id", "quantity" (1 or more) and "unit_cents".</source>
        <translation>Una riga di rimborso richiede "product_id", "quantity" (1 o più) e "unit_cents".</translation>
    </message>
    <message>
        <source>The refund gives back more than the sale still counts.</source>
        <translation>Il rimborso restituisce più di quanto la vendita valga ancora.</translation>
    </message>
    <message>
        <source>"amount_cents" is not the sum of the refunded lines.</source>
        <translation>"amount_cents" non è la somma delle righe rimborsate.</translation>
    </message>
    <message>
        <source>A scan needs "code" and "ticket" texts.</source>
        <translation>Una scansione richiede i testi "code" e "ticket".</translation>
    </message>
    <message>
        <source>A scan's "result" must be valid, already_used, wrong_day, wrong_site, revoked, unknown or invalid.</source>
        <translation>Il "result" di una scansione deve essere valid, already_used, wrong_day, wrong_site, revoked, unknown o invalid.</translation>
    </message>
    <message>
        <source>A scan's "direction" must be in or out.</source>
        <translation>La "direction" di una scansione deve essere in o out.</translation>
    </message>
    <message>
        <source>The body must be a JSON object with "device" (the device's UUID) and an array, "records".</source>
        <translation>Il corpo deve essere un oggetto JSON con "device" (l'UUID del dispositivo) e un array, "records".</translation>
    </message>
    <message>
        <source>A batch holds from 1 to %1 records.</source>
        <translation>Un lotto contiene da 1 a %1 record.</translation>
    </message>
    <message>
        <source>A record must be a JSON object.</source>
        <translation>Un record deve essere un oggetto JSON.</translation>
    </message>
    <message>
        <source>Unknown field "%1".</source>
        <translation>Campo sconosciuto "%1".</translation>
    </message>
    <message>
        <source>"seq" must be a whole number from 1.</source>
        <translation>"seq" deve essere un numero intero a partire da 1.</translation>
    </message>
    <message>
        <source>"kind" must be session_open, sale, void, refund, scan or session_close.</source>
        <translation>"kind" deve essere session_open, sale, void, refund, scan o session_close.</translation>
    </message>
    <message>
        <source>"created_utc" must be a time in Unix seconds, not in the future.</source>
        <translation>"created_utc" deve essere un istante in secondi Unix, non nel futuro.</translation>
    </message>
    <message>
        <source>"clerk" must be a text of up to 200 bytes.</source>
        <translation>"clerk" deve essere un testo di al massimo 200 byte.</translation>
    </message>
    <message>
        <source>"payload" must be the record's JSON as a string, as hashed.</source>
        <translation>"payload" deve essere il JSON del record come stringa, così come è stato sottoposto a hash.</translation>
    </message>
    <message>
        <source>"payload" does not hold a JSON object.</source>
        <translation>"payload" non contiene un oggetto JSON.</translation>
    </message>
    <message>
        <source>"prev_hash" and "hash" must be 64 hexadecimal digits.</source>
        <translation>"prev_hash" e "hash" devono essere di 64 cifre esadecimali.</translation>
    </message>
    <message>
        <source>The hash does not match the record: it was altered after it was written.</source>
        <translation>L'hash non corrisponde al record: è stato alterato dopo essere stato scritto.</translation>
    </message>
    <message>
        <source>This device is not registered; register it with POST /v1/devices first.</source>
        <translation>Questo dispositivo non è registrato; registralo prima con POST /v1/devices.</translation>
    </message>
    <message>
        <source>This device sells for a site outside your scope.</source>
        <translation>Questo dispositivo vende per un luogo al di fuori del tuo ambito.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of the batch are not valid; nothing was stored.</source>
        <translation><numerusform>%n record del lotto non è valido; non è stato registrato nulla.</numerusform><numerusform>%n record del lotto non sono validi; non è stato registrato nulla.</numerusform></translation>
    </message>
    <message>
        <source>The records must follow each other without gaps: record %1 is missing or out of order; nothing was stored.</source>
        <translation>I record devono susseguirsi senza interruzioni: il record %1 manca o è fuori ordine; non è stato registrato nulla.</translation>
    </message>
    <message>
        <source>Record %1 is missing: the hub has this device's records up to the one before it; nothing was stored.</source>
        <translation>Manca il record %1: l'hub ha i record di questo dispositivo fino a quello precedente; non è stato registrato nulla.</translation>
    </message>
    <message>
        <source>"prev_hash" is not the hash of the record before it.</source>
        <translation>"prev_hash" non è l'hash del record precedente.</translation>
    </message>
    <message>
        <source>Record %1 differs from the one the hub stored with that number: this ledger is not the one the hub knows for the device; nothing was stored.</source>
        <translation>Il record %1 è diverso da quello che l'hub ha registrato con quel numero: questo registro non è quello che l'hub conosce per il dispositivo; non è stato registrato nulla.</translation>
    </message>
    <message>
        <source>Record %1 does not continue the chain the hub stored for the device; nothing was stored.</source>
        <translation>Il record %1 non prosegue la catena che l'hub ha registrato per il dispositivo; non è stato registrato nulla.</translation>
    </message>
</context>
<context>
    <name>sync::LedgerUploader</name>
    <message>
        <source>%1 %2 %3, %4: %5 sold, quota %6</source>
        <translation>%1 %2 %3, %4: %5 venduti, contingente %6</translation>
    </message>
    <message>
        <source>The upload was cancelled; what the hub acknowledged is marked as sent.</source>
        <translation>L'invio è stato annullato; ciò che l'hub ha confermato è segnato come inviato.</translation>
    </message>
    <message>
        <source>The hub did not accept the user name or password.</source>
        <translation>L'hub non ha accettato il nome utente o la password.</translation>
    </message>
    <message>
        <source>The hub answered the sign-in with status %1.</source>
        <translation>L'hub ha risposto all'accesso con lo stato %1.</translation>
    </message>
    <message>
        <source>The hub no longer accepts this sign-in.</source>
        <translation>L'hub non accetta più questo accesso.</translation>
    </message>
    <message>
        <source>This user may not do this for this device's site.</source>
        <translation>Questo utente non può farlo per il luogo di questo dispositivo.</translation>
    </message>
    <message>
        <source>the hub answered with status %1</source>
        <translation>l'hub ha risposto con lo stato %1</translation>
    </message>
    <message>
        <source>The hub is not reachable: %1</source>
        <translation>L'hub non è raggiungibile: %1</translation>
    </message>
    <message>
        <source>The hub could not be reached after %1 attempts: %2</source>
        <translation>Impossibile raggiungere l'hub dopo %1 tentativi: %2</translation>
    </message>
    <message>
        <source>The hub refused to register this device: %1</source>
        <translation>L'hub ha rifiutato di registrare questo dispositivo: %1</translation>
    </message>
    <message>
        <source>The hub answered the device registration with status %1: %2</source>
        <translation>L'hub ha risposto alla registrazione del dispositivo con lo stato %1: %2</translation>
    </message>
    <message>
        <source>A training ledger never leaves the device.</source>
        <translation>Un registro di formazione non lascia mai il dispositivo.</translation>
    </message>
    <message>
        <source>The ledger could not be read: %1</source>
        <translation>Impossibile leggere il registro: %1</translation>
    </message>
    <message>
        <source>This device is not provisioned: it has no ledger identity to upload under.</source>
        <translation>Questo dispositivo non è configurato: non ha un'identità del registro con cui inviare.</translation>
    </message>
    <message>
        <source>Record %1 is missing from the ledger.</source>
        <translation>Nel registro manca il record %1.</translation>
    </message>
    <message>
        <source>The hub refused the ledger from record %1 on: %2 Nothing more was sent; the ledger and the hub need a person to look at them.</source>
        <translation>L'hub ha rifiutato il registro dal record %1 in poi: %2 Non è stato inviato altro; il registro e l'hub devono essere controllati da una persona.</translation>
    </message>
    <message>
        <source>The hub refused records %1 to %2 as not valid: %3%4</source>
        <translation>L'hub ha rifiutato come non validi i record da %1 a %2: %3%4</translation>
    </message>
    <message>
        <source>The hub answered an upload with status %1 and not the acknowledgement expected: %2</source>
        <translation>L'hub ha risposto a un invio con lo stato %1 e non con la conferma attesa: %2</translation>
    </message>
    <message>
        <source>The upload state could not be written to the ledger: %1</source>
        <translation>Impossibile scrivere nel registro lo stato dell'invio: %1</translation>
    </message>
    <message>
        <source>The hub answered the device list with status %1: %2</source>
        <translation>L'hub ha risposto all'elenco dei dispositivi con lo stato %1: %2</translation>
    </message>
    <message>
        <source>The hub's device list has a malformed entry.</source>
        <translation>L'elenco dei dispositivi dell'hub contiene una voce non valida.</translation>
    </message>
    <message>
        <source>The hub's device list has a key that is not a 32-byte Ed25519 public key.</source>
        <translation>L'elenco dei dispositivi dell'hub contiene una chiave che non è una chiave pubblica Ed25519 di 32 byte.</translation>
    </message>
    <message>
        <source>This device is not provisioned: it has no site to check tickets for.</source>
        <translation>Questo dispositivo non è configurato: non ha un luogo per cui controllare i biglietti.</translation>
    </message>
    <message>
        <source>The hub's ticket state is malformed (%1); nothing of that page was stored.</source>
        <translation>Lo stato dei biglietti dell'hub non è valido (%1); di quella pagina non è stato registrato nulla.</translation>
    </message>
    <message>
        <source>The hub answered the ticket state with status %1: %2</source>
        <translation>L'hub ha risposto allo stato dei biglietti con lo stato %1: %2</translation>
    </message>
    <message>
        <source>The ticket state could not be written to the ledger: %1</source>
        <translation>Impossibile scrivere nel registro lo stato dei biglietti: %1</translation>
    </message>
    <message>
        <source>The hub's bookings are malformed (%1); none of them was stored.</source>
        <translation>Le prenotazioni dell'hub non sono valide (%1); nessuna è stata registrata.</translation>
    </message>
    <message>
        <source>The hub answered the bookings with status %1: %2</source>
        <translation>L'hub ha risposto alle prenotazioni con lo stato %1: %2</translation>
    </message>
    <message>
        <source>The bookings could not be written to the ledger: %1</source>
        <translation>Impossibile scrivere le prenotazioni nel registro: %1</translation>
    </message>
</context>
<context>
    <name>sync::SalesIngest</name>
    <message>
        <source>A batch holds from 1 to %1 sales.</source>
        <translation>Un lotto contiene da 1 a %1 vendite.</translation>
    </message>
    <message>
        <source>A sale must be a JSON object.</source>
        <translation>Una vendita deve essere un oggetto JSON.</translation>
    </message>
    <message>
        <source>Unknown field "%1".</source>
        <translation>Campo sconosciuto "%1".</translation>
    </message>
    <message>
        <source>"id" must be a UUID (8-4-4-4-12 hexadecimal digits).</source>
        <translation>"id" deve essere un UUID (8-4-4-4-12 cifre esadecimali).</translation>
    </message>
    <message>
        <source>"site" must be the code of a site you sell for.</source>
        <translation>"site" deve essere il codice di un luogo per cui vendi.</translation>
    </message>
    <message>
        <source>"product" must be the code of one of the site's ticket products.</source>
        <translation>"product" deve essere il codice di uno dei titoli d'ingresso del luogo.</translation>
    </message>
    <message>
        <source>"amount_cents" must be a whole number of cents from 0 to 100000000.</source>
        <translation>"amount_cents" deve essere un numero intero di centesimi da 0 a 100000000.</translation>
    </message>
    <message>
        <source>A free ticket cannot cost anything.</source>
        <translation>Un biglietto gratuito non può avere un costo.</translation>
    </message>
    <message>
        <source>"channel" must be counter, online, kiosk or b2b.</source>
        <translation>"channel" deve essere counter, online, kiosk o b2b.</translation>
    </message>
    <message>
        <source>"sold_utc" must be a time in Unix seconds, not in the future.</source>
        <translation>"sold_utc" deve essere un istante in secondi Unix, non nel futuro.</translation>
    </message>
    <message>
        <source>"tickets" must be a whole number from 1 to 10000.</source>
        <translation>"tickets" deve essere un numero intero da 1 a 10000.</translation>
    </message>
    <message>
        <source>"visitors" must be a whole number from 0 to 100000.</source>
        <translation>"visitors" deve essere un numero intero da 0 a 100000.</translation>
    </message>
    <message>
        <source>This id is used twice in the batch for different sales.</source>
        <translation>Questo id è usato due volte nel lotto per vendite diverse.</translation>
    </message>
    <message>
        <source>This id was already stored for a different sale.</source>
        <translation>Questo id è già stato registrato per una vendita diversa.</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) of the batch are not valid; nothing was stored.</source>
        <translation><numerusform>%n vendita del lotto non è valida; non è stato registrato nulla.</numerusform><numerusform>%n vendite del lotto non sono valide; non è stato registrato nulla.</numerusform></translation>
    </message>
    <message>
        <source>The body must be a JSON object with one array, "sales".</source>
        <translation>Il corpo deve essere un oggetto JSON con un solo array, "sales".</translation>
    </message>
</context>
<context>
    <name>sync::SensorGateway</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>The time zone is not valid.</source>
        <translation>Il fuso orario non è valido.</translation>
    </message>
    <message>
        <source>%1 line %2: not a sensor log header; it must name the columns Date, Temperature, Humidity, Light and Occupancy (CO2 optional).</source>
        <translation>%1 riga %2: non è l'intestazione di un registro dei sensori; deve nominare le colonne Date, Temperature, Humidity, Light e Occupancy (CO2 facoltativa).</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation>%1 campi dove l'intestazione ne ha %2.</translation>
    </message>
    <message>
        <source>"%1" is not a date and time (YYYY-MM-DD HH:MM:SS).</source>
        <translation>"%1" non è una data e ora (AAAA-MM-GG HH:MM:SS).</translation>
    </message>
    <message>
        <source>%1 "%2" is not a number from %3 to %4.</source>
        <translation>%1 "%2" non è un numero da %3 a %4.</translation>
    </message>
    <message>
        <source>occupancy "%1" is not a whole number from 0 to %2.</source>
        <translation>occupancy "%1" non è un numero intero da 0 a %2.</translation>
    </message>
    <message>
        <source>%1 is empty: no header, no readings.</source>
        <translation>%1 è vuoto: nessuna intestazione, nessuna lettura.</translation>
    </message>
    <message>
        <source>%1 %2 does not exist in %3 (the clocks go forward).</source>
        <translation>%1 %2 non esiste in %3 (gli orologi vanno avanti di un'ora).</translation>
    </message>
    <message>
        <source>a second, different reading for the same time as line %1.</source>
        <translation>una seconda lettura, diversa, per la stessa ora della riga %1.</translation>
    </message>
    <message>
        <source> (line %1: %2)</source>
        <translation> (riga %1: %2)</translation>
    </message>
    <message>
        <source>%1 has no usable reading; malformed lines: %2%3.</source>
        <translation>%1 non ha letture utilizzabili; righe non valide: %2%3.</translation>
    </message>
    <message>
        <source>The replay was cancelled; the batches the hub acknowledged are stored.</source>
        <translation>La riproduzione è stata annullata; i lotti confermati dall'hub sono memorizzati.</translation>
    </message>
    <message>
        <source>The hub did not accept the user name or password.</source>
        <translation>L'hub non ha accettato il nome utente o la password.</translation>
    </message>
    <message>
        <source>The hub answered the sign-in with status %1.</source>
        <translation>L'hub ha risposto all'accesso con lo stato %1.</translation>
    </message>
    <message>
        <source>The hub no longer accepts this sign-in.</source>
        <translation>L'hub non accetta più questo accesso.</translation>
    </message>
    <message>
        <source>This user may not send sensor readings.</source>
        <translation>Questo utente non può inviare letture dei sensori.</translation>
    </message>
    <message>
        <source>the hub answered with status %1</source>
        <translation>l'hub ha risposto con lo stato %1</translation>
    </message>
    <message>
        <source>The hub is not reachable: %1</source>
        <translation>L'hub non è raggiungibile: %1</translation>
    </message>
    <message>
        <source>The hub could not be reached after %1 attempts: %2</source>
        <translation>Impossibile raggiungere l'hub dopo %1 tentativi: %2</translation>
    </message>
    <message>
        <source>
  line %1: %2</source>
        <translation>
  riga %1: %2</translation>
    </message>
    <message>
        <source>
  ... and %1 more.</source>
        <translation>
  ... e altre %1.</translation>
    </message>
    <message>
        <source>The hub refused the batch of lines %1 to %2: %3 Readings stored before it: %4.%5</source>
        <translation>L'hub ha rifiutato il lotto delle righe da %1 a %2: %3 Letture memorizzate prima: %4.%5</translation>
    </message>
    <message>
        <source>The hub answered a batch with status %1 and not the acknowledgement expected: %2</source>
        <translation>L'hub ha risposto a un lotto con lo stato %1 e non con la conferma attesa: %2</translation>
    </message>
</context>
<context>
    <name>sync::SensorIngest</name>
    <message>
        <source>A batch holds from 1 to %1 readings.</source>
        <translation>Un lotto contiene da 1 a %1 letture.</translation>
    </message>
    <message>
        <source>"%1" must be a whole number from 0 to 100000.</source>
        <translation>"%1" deve essere un numero intero da 0 a 100000.</translation>
    </message>
    <message>
        <source>Unknown field "%1".</source>
        <translation>Campo sconosciuto "%1".</translation>
    </message>
    <message>
        <source>"%1" must be a number from %2 to %3, or null.</source>
        <translation>"%1" deve essere un numero da %2 a %3, oppure null.</translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s) of the batch are not valid; nothing was stored.</source>
        <translation><numerusform>%n lettura del lotto non è valida; non è stato registrato nulla.</numerusform><numerusform>%n letture del lotto non sono valide; non è stato registrato nulla.</numerusform></translation>
    </message>
    <message>
        <source>The body must be a JSON object with the arrays "zone_readings" and/or "device_counts".</source>
        <translation>Il corpo deve essere un oggetto JSON con gli array "zone_readings" e/o "device_counts".</translation>
    </message>
    <message>
        <source>"at_utc" must be a time in Unix seconds, not in the future.</source>
        <translation>"at_utc" deve essere un istante in secondi Unix, non nel futuro.</translation>
    </message>
    <message>
        <source>"site" must be the code of a site this gateway serves.</source>
        <translation>"site" deve essere il codice di un luogo servito da questo gateway.</translation>
    </message>
    <message>
        <source>A reading must be a JSON object.</source>
        <translation>Una lettura deve essere un oggetto JSON.</translation>
    </message>
    <message>
        <source>"zone" must be the code of one of the site's zones.</source>
        <translation>"zone" deve essere il codice di una delle zone del luogo.</translation>
    </message>
    <message>
        <source>The batch holds two different readings for this zone and time.</source>
        <translation>Il lotto contiene due letture diverse per questa zona e quest'ora.</translation>
    </message>
    <message>
        <source>The batch holds two different counts for this site and time.</source>
        <translation>Il lotto contiene due conteggi diversi per questo luogo e quest'ora.</translation>
    </message>
</context>
<context>
    <name>sync::SyncEngine</name>
    <message>
        <source>the page has no tables</source>
        <translation>la pagina non contiene tabelle</translation>
    </message>
    <message>
        <source>unknown table %1</source>
        <translation>tabella sconosciuta %1</translation>
    </message>
    <message>
        <source>table %1 has no columns or rows</source>
        <translation>la tabella %1 non ha colonne o righe</translation>
    </message>
    <message>
        <source>table %1 has an unknown or repeated column</source>
        <translation>la tabella %1 ha una colonna sconosciuta o ripetuta</translation>
    </message>
    <message>
        <source>table %1 lacks its key column %2</source>
        <translation>alla tabella %1 manca la colonna chiave %2</translation>
    </message>
    <message>
        <source>row %1 of %2 has the wrong number of cells</source>
        <translation>la riga %1 di %2 ha un numero di celle errato</translation>
    </message>
    <message>
        <source>row %1 of %2: %3 has the wrong type</source>
        <translation>riga %1 di %2: %3 ha il tipo sbagliato</translation>
    </message>
    <message>
        <source>The hub's catalogue lacks a number for %1.</source>
        <translation>Nel catalogo dell'hub manca un numero per %1.</translation>
    </message>
    <message>
        <source>The hub's catalogue lacks a text for %1.</source>
        <translation>Nel catalogo dell'hub manca un testo per %1.</translation>
    </message>
    <message>
        <source>The hub's catalogue lacks the list %1.</source>
        <translation>Nel catalogo dell'hub manca l'elenco %1.</translation>
    </message>
    <message>
        <source>The hub's catalogue has a malformed entry.</source>
        <translation>Il catalogo dell'hub contiene una voce non valida.</translation>
    </message>
    <message>
        <source>The sync was cancelled; what was received so far is kept.</source>
        <translation>La sincronizzazione è stata annullata; quanto ricevuto finora è conservato.</translation>
    </message>
    <message>
        <source>The hub did not accept the user name or password.</source>
        <translation>L'hub non ha accettato il nome utente o la password.</translation>
    </message>
    <message>
        <source>This user may not sign in to the hub.</source>
        <translation>Questo utente non può accedere all'hub.</translation>
    </message>
    <message>
        <source>The hub answered the sign-in with status %1.</source>
        <translation>L'hub ha risposto all'accesso con lo stato %1.</translation>
    </message>
    <message>
        <source>The hub no longer accepts this sign-in.</source>
        <translation>L'hub non accetta più questo accesso.</translation>
    </message>
    <message>
        <source>This user has no permission to read this data.</source>
        <translation>Questo utente non ha il permesso di leggere questi dati.</translation>
    </message>
    <message>
        <source>the hub answered with status %1</source>
        <translation>l'hub ha risposto con lo stato %1</translation>
    </message>
    <message>
        <source>The hub could not be reached after %1 attempts: %2</source>
        <translation>Impossibile raggiungere l'hub dopo %1 tentativi: %2</translation>
    </message>
    <message>
        <source>The hub's catalogue could not be read (status %1).</source>
        <translation>Impossibile leggere il catalogo dell'hub (stato %1).</translation>
    </message>
    <message>
        <source>A calendar exception is malformed.</source>
        <translation>Un'eccezione del calendario non è valida.</translation>
    </message>
    <message>
        <source>The catalogue could not be stored: %1</source>
        <translation>Impossibile salvare il catalogo: %1</translation>
    </message>
    <message>
        <source>The local cache could not be prepared: %1</source>
        <translation>Impossibile preparare la cache locale: %1</translation>
    </message>
    <message>
        <source>status %1 or a reply that is not JSON</source>
        <translation>stato %1 o una risposta che non è JSON</translation>
    </message>
    <message>
        <source>the page lacks its cursor</source>
        <translation>alla pagina manca il cursore</translation>
    </message>
    <message>
        <source>The hub sent a malformed page (%1); nothing of it was applied.</source>
        <translation>L'hub ha inviato una pagina non valida (%1); non ne è stato applicato nulla.</translation>
    </message>
    <message>
        <source>A page could not be stored, so none of it was: %1</source>
        <translation>Una pagina non ha potuto essere salvata, quindi non ne è stato salvato nulla: %1</translation>
    </message>
    <message>
        <source>A free day is malformed.</source>
        <translation>Un giorno gratuito non è valido.</translation>
    </message>
    <message>
        <source>The local cache could not be written: %1</source>
        <translation>Impossibile scrivere la cache locale: %1</translation>
    </message>
</context>
<context>
    <name>sync::SyncWorker</name>
    <message>
        <source>Up to date: %1 rows received in %2 s.</source>
        <translation>Aggiornato: %1 righe ricevute in %2 s.</translation>
    </message>
    <message>
        <source>The local cache cannot be written: %1</source>
        <translation>Impossibile scrivere la cache locale: %1</translation>
    </message>
</context>
<context>
    <name>sync::TicketStateFeed</name>
    <message>
        <source>There is no site with that code among yours.</source>
        <translation>Tra i tuoi luoghi non ce n'è nessuno con quel codice.</translation>
    </message>
</context>
<context>
    <name>widgets::BookingsPanel</name>
    <message>
        <source>Today's group bookings</source>
        <translation>Prenotazioni di gruppi di oggi</translation>
    </message>
    <message>
        <source>Today's group bookings (F9)</source>
        <translation>Prenotazioni di gruppi di oggi (F9)</translation>
    </message>
    <message>
        <source>One row per group: time slot, channel, group, voucher, whom to invoice, tickets entered. Esc or F9 goes back to the scan field.</source>
        <translation>Una riga per gruppo: fascia oraria, canale, gruppo, voucher, intestatario della fattura, biglietti entrati. Esc o F9 torna al campo di scansione.</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Fascia oraria</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>Invoice to</source>
        <translation>Intestatario fattura</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entrati</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>B2B</source>
        <translation>B2B</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Scuola</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adulti</translation>
    </message>
    <message>
        <source>Seniors</source>
        <translation>Anziani</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Famiglie</translation>
    </message>
    <message>
        <source>Tour operator</source>
        <translation>Tour operator</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Associazione</translation>
    </message>
    <message>
        <source>Other group</source>
        <translation>Altro gruppo</translation>
    </message>
    <message>
        <source>The bookings cannot be read: %1</source>
        <translation>Impossibile leggere le prenotazioni: %1</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Qualsiasi orario</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n visitor(s)</source>
        <translation><numerusform>%1, %n visitatore</numerusform><numerusform>%1, %n visitatori</numerusform></translation>
    </message>
    <message>
        <source>%1, VAT %2</source>
        <translation>%1, P. IVA %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <source>voucher %1</source>
        <translation>voucher %1</translation>
    </message>
    <message>
        <source>invoice to %1</source>
        <translation>fattura a %1</translation>
    </message>
    <message>
        <source>%1 entered</source>
        <translation>%1 entrati</translation>
    </message>
    <message>
        <source>Group bookings today: none</source>
        <translation>Prenotazioni di gruppi oggi: nessuna</translation>
    </message>
    <message numerus="yes">
        <source>Group bookings today: %n group(s), %1 of %2 visitors entered</source>
        <translation><numerusform>Prenotazioni di gruppi oggi: %n gruppo, entrati %1 visitatori su %2</numerusform><numerusform>Prenotazioni di gruppi oggi: %n gruppi, entrati %1 visitatori su %2</numerusform></translation>
    </message>
</context>
<context>
    <name>widgets::CashSessionPage</name>
    <message>
        <source>Cash session</source>
        <translation>Sessione di cassa</translation>
    </message>
    <message>
        <source>No cash session is open</source>
        <translation>Nessuna sessione di cassa aperta</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Fondo cassa iniziale</translation>
    </message>
    <message>
        <source>e.g. 100,00</source>
        <translation>es. 100,00</translation>
    </message>
    <message>
        <source>&amp;Open the session</source>
        <translation>&amp;Apri la sessione</translation>
    </message>
    <message>
        <source>Open the cash session</source>
        <translation>Apri la sessione di cassa</translation>
    </message>
    <message>
        <source>Cash in the drawer to start (&amp;float):</source>
        <translation>Contanti nel cassetto all'apertura (&amp;fondo cassa):</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>Report X</translation>
    </message>
    <message>
        <source>&amp;X report</source>
        <translation>Report &amp;X</translation>
    </message>
    <message>
        <source>Show the X report</source>
        <translation>Mostra il report X</translation>
    </message>
    <message>
        <source>&amp;Close the session (Z)…</source>
        <translation>&amp;Chiudi la sessione (Z)…</translation>
    </message>
    <message>
        <source>Close the cash session with a count</source>
        <translation>Chiudi la sessione di cassa con il conteggio</translation>
    </message>
    <message>
        <source>Count the cash in the drawer</source>
        <translation>Conta i contanti nel cassetto</translation>
    </message>
    <message>
        <source>Type what you count, notes and coins together. The expected amount is shown after you confirm.</source>
        <translation>Inserisci quanto conti, banconote e monete insieme. L'importo atteso viene mostrato dopo la conferma.</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Contanti conteggiati</translation>
    </message>
    <message>
        <source>Confirm the count and &amp;close</source>
        <translation>Conferma il conteggio e &amp;chiudi</translation>
    </message>
    <message>
        <source>Confirm the count and close the session</source>
        <translation>Conferma il conteggio e chiudi la sessione</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cancel closing</source>
        <translation>Annulla la chiusura</translation>
    </message>
    <message>
        <source>C&amp;ounted cash:</source>
        <translation>C&amp;ontanti conteggiati:</translation>
    </message>
    <message>
        <source>Discrepancy</source>
        <translation>Differenza</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Report Z</translation>
    </message>
    <message>
        <source>&amp;Print the Z report again</source>
        <translation>&amp;Ristampa il report Z</translation>
    </message>
    <message>
        <source>Print the Z report again</source>
        <translation>Ristampa il report Z</translation>
    </message>
    <message>
        <source>Open a &amp;new session…</source>
        <translation>Apri una &amp;nuova sessione…</translation>
    </message>
    <message>
        <source>Open a new cash session</source>
        <translation>Apri una nuova sessione di cassa</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Session %1 open since %2 (%3), float %4</source>
        <translation>Sessione %1 aperta dal %2 (%3), fondo cassa %4</translation>
    </message>
    <message>
        <source>"%1" is not an amount.</source>
        <translation>"%1" non è un importo.</translation>
    </message>
    <message>
        <source>Type the cash you counted (0 when the drawer is empty).</source>
        <translation>Inserisci i contanti conteggiati (0 se il cassetto è vuoto).</translation>
    </message>
    <message>
        <source>The drawer is right: %1</source>
        <translation>La cassa quadra: %1</translation>
    </message>
    <message>
        <source>Over by %1 (expected %2, counted %3)</source>
        <translation>Eccedenza di %1 (attesi %2, conteggiati %3)</translation>
    </message>
    <message>
        <source>Short by %1 (expected %2, counted %3)</source>
        <translation>Ammanco di %1 (attesi %2, conteggiati %3)</translation>
    </message>
    <message>
        <source>Z report printed.</source>
        <translation>Report Z stampato.</translation>
    </message>
    <message>
        <source>Z report not printed: %1</source>
        <translation>Report Z non stampato: %1</translation>
    </message>
</context>
<context>
    <name>widgets::CheckInPage</name>
    <message>
        <source>Check-in</source>
        <translation>Controllo accessi</translation>
    </message>
    <message>
        <source>&amp;Scan a ticket, or type its key and press Enter:</source>
        <translation>&amp;Scansiona un biglietto, oppure digita la sua chiave e premi Invio:</translation>
    </message>
    <message>
        <source>Ticket code or key</source>
        <translation>Codice o chiave del biglietto</translation>
    </message>
    <message>
        <source>Entry or exit (F2)</source>
        <translation>Ingresso o uscita (F2)</translation>
    </message>
    <message>
        <source>Result of the scan</source>
        <translation>Esito della scansione</translation>
    </message>
    <message>
        <source>Visitors inside now</source>
        <translation>Visitatori presenti ora</translation>
    </message>
    <message>
        <source>Last scans</source>
        <translation>Ultime scansioni</translation>
    </message>
    <message>
        <source>Last scans:</source>
        <translation>Ultime scansioni:</translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>Pronto per la scansione</translation>
    </message>
    <message>
        <source>VALID – come in</source>
        <translation>VALIDO – si può entrare</translation>
    </message>
    <message>
        <source>EXIT recorded</source>
        <translation>USCITA registrata</translation>
    </message>
    <message>
        <source>ALREADY USED</source>
        <translation>GIÀ USATO</translation>
    </message>
    <message>
        <source>WRONG DAY</source>
        <translation>GIORNO SBAGLIATO</translation>
    </message>
    <message>
        <source>OTHER SITE</source>
        <translation>ALTRO LUOGO</translation>
    </message>
    <message>
        <source>CANCELLED TICKET</source>
        <translation>BIGLIETTO ANNULLATO</translation>
    </message>
    <message>
        <source>UNKNOWN TICKET</source>
        <translation>BIGLIETTO SCONOSCIUTO</translation>
    </message>
    <message>
        <source>NOT A VALID CODE</source>
        <translation>CODICE NON VALIDO</translation>
    </message>
    <message>
        <source>NOT RECORDED</source>
        <translation>NON REGISTRATO</translation>
    </message>
    <message>
        <source>First used %1 at %2, device %3</source>
        <translation>Primo utilizzo il %1 presso %2, dispositivo %3</translation>
    </message>
    <message>
        <source>Valid on %1 only</source>
        <translation>Valido solo il %1</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Biglietto %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Inside now: %1</source>
        <translation>Presenti ora: %1</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>→ Entry (F2)</source>
        <translation>→ Ingresso (F2)</translation>
    </message>
    <message>
        <source>← Exit (F2)</source>
        <translation>← Uscita (F2)</translation>
    </message>
    <message>
        <source>Scans record entries</source>
        <translation>Le scansioni registrano gli ingressi</translation>
    </message>
    <message>
        <source>Scans record exits</source>
        <translation>Le scansioni registrano le uscite</translation>
    </message>
</context>
<context>
    <name>widgets::DashboardPage</name>
    <message>
        <source>The figures could not be read from the cache: %1</source>
        <translation>Non è stato possibile leggere i dati dalla cache: %1</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitatori</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Incassi</translation>
    </message>
    <message>
        <source>Revenue per paying visitor</source>
        <translation>Incasso per visitatore pagante</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Biglietti</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primo giorno</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ultimo giorno</translation>
    </message>
    <message>
        <source>Daily visitors</source>
        <translation>Visitatori al giorno</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Luogo:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Al:</translation>
    </message>
    <message>
        <source>Data from %1 to %2</source>
        <translation>Dati dal %1 al %2</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tutti i luoghi</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>site name, region</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 paying · %2 free</source>
        <translation>%1 paganti · %2 gratuiti</translation>
    </message>
    <message>
        <source>%1 a day on average</source>
        <translation>%1 al giorno in media</translation>
    </message>
    <message>
        <source>Paying visitors: %1</source>
        <translation>Visitatori paganti: %1</translation>
    </message>
    <message>
        <source>Paying visitors</source>
        <translation>Visitatori paganti</translation>
    </message>
</context>
<context>
    <name>widgets::DemoDataDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Creating demo data</source>
        <translation>Creazione dei dati dimostrativi</translation>
    </message>
    <message>
        <source>Creating a demo region in %1: sites of every kind over the past years and this year to date…</source>
        <translation>Creazione di una regione dimostrativa in %1: luoghi di ogni tipo negli anni passati e nell'anno in corso…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Dati dimostrativi</translation>
    </message>
    <message>
        <source>The demo data could not be created: %1</source>
        <translation>Non è stato possibile creare i dati dimostrativi: %1</translation>
    </message>
</context>
<context>
    <name>widgets::DeviceSetupDialog</name>
    <message>
        <source>Set up this ticket office</source>
        <translation>Configura questa biglietteria</translation>
    </message>
    <message>
        <source>This computer is not a ticket office yet. Choose the site it sells for, give it a name and set the supervisor's PIN, which voids, refunds and the kiosk's exit ask for.</source>
        <translation>Questo computer non è ancora una biglietteria. Scegli il luogo per cui vende, dagli un nome e imposta il PIN del supervisore, richiesto per annulli, rimborsi e uscita dal totem.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cassa 1</source>
        <translation>Cassa 1</translation>
    </message>
    <message>
        <source>Name of this device</source>
        <translation>Nome di questo dispositivo</translation>
    </message>
    <message>
        <source>Supervisor's PIN</source>
        <translation>PIN del supervisore</translation>
    </message>
    <message>
        <source>Supervisor's PIN again</source>
        <translation>Ripeti il PIN del supervisore</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Luogo:</translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation>Nome del &amp;dispositivo:</translation>
    </message>
    <message>
        <source>Supervisor's &amp;PIN:</source>
        <translation>&amp;PIN del supervisore:</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>&amp;Ripeti il PIN:</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Configura</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>The local data has no sites: synchronise with the hub first.</source>
        <translation>I dati locali non contengono luoghi: sincronizza prima con l'hub.</translation>
    </message>
    <message>
        <source>Give this device a name.</source>
        <translation>Dai un nome a questo dispositivo.</translation>
    </message>
    <message>
        <source>The PIN needs at least %1 digits.</source>
        <translation>Il PIN deve avere almeno %1 cifre.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>I due PIN sono diversi.</translation>
    </message>
</context>
<context>
    <name>widgets::KioskWindow</name>
    <message>
        <source>Tickets – %1</source>
        <translation>Biglietti – %1</translation>
    </message>
    <message>
        <source>Ticket kiosk</source>
        <translation>Totem biglietti</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisore</translation>
    </message>
    <message>
        <source>Buy your tickets</source>
        <translation>Acquista i tuoi biglietti</translation>
    </message>
    <message>
        <source>Card payment only</source>
        <translation>Solo pagamento con carta</translation>
    </message>
    <message>
        <source>Free admission today: take your free tickets here.</source>
        <translation>Oggi l'ingresso è gratuito: ritira qui i tuoi biglietti gratuiti.</translation>
    </message>
    <message>
        <source>Free day notice</source>
        <translation>Avviso di giornata gratuita</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>One %1 less</source>
        <translation>%1: uno in meno</translation>
    </message>
    <message>
        <source>Number of %1</source>
        <translation>Quantità di %1</translation>
    </message>
    <message>
        <source>One %1 more</source>
        <translation>%1: uno in più</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <source>Continue to payment</source>
        <translation>Continua con il pagamento</translation>
    </message>
    <message>
        <source>Your tickets</source>
        <translation>I tuoi biglietti</translation>
    </message>
    <message>
        <source>Time of entry</source>
        <translation>Orario di ingresso</translation>
    </message>
    <message>
        <source>Chosen time of entry</source>
        <translation>Orario di ingresso scelto</translation>
    </message>
    <message>
        <source>Pay by card</source>
        <translation>Paga con carta</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Back to the tickets</source>
        <translation>Torna ai biglietti</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Torna all'inizio</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Fuori servizio</translation>
    </message>
    <message>
        <source>Supervisor's PIN</source>
        <translation>PIN del supervisore</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Cancella l'ultima cifra</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Confirm the PIN</source>
        <translation>Conferma il PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Open the sales session</source>
        <translation>Apri la sessione di vendita</translation>
    </message>
    <message>
        <source>Close the sales session (Z report)</source>
        <translation>Chiudi la sessione di vendita (report Z)</translation>
    </message>
    <message>
        <source>Close the sales session</source>
        <translation>Chiudi la sessione di vendita</translation>
    </message>
    <message>
        <source>Back to service</source>
        <translation>Torna in servizio</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>Esci dal totem</translation>
    </message>
    <message>
        <source>The sales session is not open.</source>
        <translation>La sessione di vendita non è aperta.</translation>
    </message>
    <message>
        <source>The tickets here carry the visitor's name.</source>
        <translation>Qui i biglietti riportano il nome del visitatore.</translation>
    </message>
    <message>
        <source>No tickets are on sale here.</source>
        <translation>Qui non ci sono biglietti in vendita.</translation>
    </message>
    <message>
        <source>Out of service

Please buy your tickets at the ticket office.

(%1)</source>
        <translation>Fuori servizio

Acquista i biglietti in biglietteria.

(%1)</translation>
    </message>
    <message>
        <source>Choose your tickets</source>
        <translation>Scegli i tuoi biglietti</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s): %1</source>
        <translation><numerusform>%n biglietto: %1</numerusform><numerusform>%n biglietti: %1</numerusform></translation>
    </message>
    <message>
        <source>%1 × %2: %3</source>
        <translation>%1 × %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Show these documents at the entrance:
%1</source>
        <translation>Mostra questi documenti all'ingresso:
%1</translation>
    </message>
    <message>
        <source>Get the tickets</source>
        <translation>Ritira i biglietti</translation>
    </message>
    <message>
        <source>Pay %1 by card</source>
        <translation>Paga %1 con carta</translation>
    </message>
    <message>
        <source>Entry at %1</source>
        <translation>Ingresso alle %1</translation>
    </message>
    <message>
        <source>Entry at %1, over</source>
        <translation>Ingresso alle %1, orario passato</translation>
    </message>
    <message>
        <source>%1
full</source>
        <translation>%1
esaurito</translation>
    </message>
    <message>
        <source>Entry at %1, full</source>
        <translation>Ingresso alle %1, esaurito</translation>
    </message>
    <message>
        <source>No entry times today.</source>
        <translation>Oggi non ci sono orari di ingresso.</translation>
    </message>
    <message numerus="yes">
        <source>Sorry, no entry time today has room for %n visitor(s).</source>
        <translation><numerusform>Spiacenti, oggi nessun orario di ingresso ha posto per %n visitatore.</numerusform><numerusform>Spiacenti, oggi nessun orario di ingresso ha posto per %n visitatori.</numerusform></translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Ingresso %1</translation>
    </message>
    <message>
        <source>That time has just filled up: please choose another.</source>
        <translation>Quell'orario si è appena esaurito: scegline un altro.</translation>
    </message>
    <message>
        <source>Thank you!
Take your tickets below.

Receipt no. %1</source>
        <translation>Grazie!
Ritira i biglietti qui sotto.

Scontrino n. %1</translation>
    </message>
    <message>
        <source>Your payment is recorded, but the tickets could not be printed.
Please show receipt no. %1 at the ticket office.</source>
        <translation>Il pagamento è registrato, ma non è stato possibile stampare i biglietti.
Mostra lo scontrino n. %1 in biglietteria.</translation>
    </message>
    <message>
        <source>Kiosk supervisor</source>
        <translation>Supervisore del totem</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN errato.</translation>
    </message>
    <message>
        <source>The kiosk is in service.</source>
        <translation>Il totem è in servizio.</translation>
    </message>
    <message>
        <source>The sales session is open.</source>
        <translation>La sessione di vendita è aperta.</translation>
    </message>
    <message>
        <source>Session %1 closed; Z report printed.</source>
        <translation>Sessione %1 chiusa; report Z stampato.</translation>
    </message>
    <message>
        <source>Session %1 closed; the Z report was not printed: %2</source>
        <translation>Sessione %1 chiusa; il report Z non è stato stampato: %2</translation>
    </message>
</context>
<context>
    <name>widgets::KpiTile</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No figures for the same period last year</source>
        <translation>Nessun dato per lo stesso periodo dell'anno scorso</translation>
    </message>
    <message>
        <source>▲ +%1 % on the same period last year</source>
        <translation>▲ +%1 % rispetto allo stesso periodo dell'anno scorso</translation>
    </message>
    <message>
        <source>▼ −%1 % on the same period last year</source>
        <translation>▼ −%1 % rispetto allo stesso periodo dell'anno scorso</translation>
    </message>
</context>
<context>
    <name>widgets::MainWindow</name>
    <message>
        <source>Cruscotto</source>
        <translation>Cruscotto</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Schermate</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Chiudi l'avviso</translation>
    </message>
    <message>
        <source>Opening the local data…</source>
        <translation>Apertura dei dati locali…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Impostazioni</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About Cruscotto</source>
        <translation>&amp;Informazioni su Cruscotto</translation>
    </message>
    <message>
        <source>About Cruscotto</source>
        <translation>Informazioni su Cruscotto</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cruscotto %1&lt;/b&gt;&lt;br&gt;Decision support for Italian state cultural sites.</source>
        <translation>&lt;b&gt;Cruscotto %1&lt;/b&gt;&lt;br&gt;Supporto alle decisioni per i luoghi della cultura statali.</translation>
    </message>
    <message>
        <source>Create demo data</source>
        <translation>Crea dati dimostrativi</translation>
    </message>
    <message>
        <source>The local data cannot be opened</source>
        <translation>Impossibile aprire i dati locali</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Ancora nessun dato</translation>
    </message>
    <message>
        <source>&lt;p&gt;There are no visitor or sales figures in &lt;tt&gt;%1&lt;/tt&gt; yet.&lt;/p&gt;&lt;p&gt;To explore Cruscotto with a demo region:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;create demo data with the button below,&lt;/li&gt;&lt;li&gt;or start Cruscotto with &lt;tt&gt;cruscotto --demo&lt;/tt&gt;,&lt;/li&gt;&lt;li&gt;or run &lt;tt&gt;%2&lt;/tt&gt; and start Cruscotto again.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;In &lt;tt&gt;%1&lt;/tt&gt; non ci sono ancora dati su visitatori o vendite.&lt;/p&gt;&lt;p&gt;Per provare Cruscotto con una regione dimostrativa:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;crea i dati dimostrativi con il pulsante qui sotto,&lt;/li&gt;&lt;li&gt;oppure avvia Cruscotto con &lt;tt&gt;cruscotto --demo&lt;/tt&gt;,&lt;/li&gt;&lt;li&gt;oppure esegui &lt;tt&gt;%2&lt;/tt&gt; e riavvia Cruscotto.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>Si&amp;ncronizza</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Connect to a hub…</source>
        <translation>Collegati a un hub…</translation>
    </message>
    <message>
        <source>Connect to a hub</source>
        <translation>Collegati a un hub</translation>
    </message>
</context>
<context>
    <name>widgets::OfficeWindow</name>
    <message>
        <source>Ticket office – %1</source>
        <translation>Biglietteria – %1</translation>
    </message>
    <message>
        <source>TRAINING – these sales do not count and never leave this computer</source>
        <translation>FORMAZIONE – queste vendite non contano e non lasciano mai questo computer</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Modalità formazione</translation>
    </message>
    <message>
        <source>Sale (F5)</source>
        <translation>Vendita (F5)</translation>
    </message>
    <message>
        <source>Sale screen</source>
        <translation>Schermata di vendita</translation>
    </message>
    <message>
        <source>Check-in (F6)</source>
        <translation>Controllo accessi (F6)</translation>
    </message>
    <message>
        <source>Check-in screen</source>
        <translation>Schermata di controllo accessi</translation>
    </message>
    <message>
        <source>Cash (F7)</source>
        <translation>Cassa (F7)</translation>
    </message>
    <message>
        <source>Cash session screen</source>
        <translation>Schermata della sessione di cassa</translation>
    </message>
    <message>
        <source>Today's group bookings</source>
        <translation>Prenotazioni di gruppi di oggi</translation>
    </message>
    <message>
        <source>Connection to the hub</source>
        <translation>Connessione all'hub</translation>
    </message>
    <message>
        <source>Clerk: %1</source>
        <translation>Operatore: %1</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>● Online: sales are sent to the hub</source>
        <translation>● Online: le vendite vengono inviate all'hub</translation>
    </message>
    <message>
        <source>● Offline: sales are kept on this computer and sent later</source>
        <translation>● Offline: le vendite restano su questo computer e vengono inviate più tardi</translation>
    </message>
    <message>
        <source>● No hub set up: sales are kept on this computer</source>
        <translation>● Nessun hub configurato: le vendite restano su questo computer</translation>
    </message>
</context>
<context>
    <name>widgets::SaleCorrectionDialog</name>
    <message>
        <source>Void or refund a sale</source>
        <translation>Annulla o rimborsa una vendita</translation>
    </message>
    <message>
        <source>Recent sales</source>
        <translation>Vendite recenti</translation>
    </message>
    <message>
        <source>&amp;Recent sales:</source>
        <translation>Vendite &amp;recenti:</translation>
    </message>
    <message>
        <source>Tickets of the sale; tick those to refund</source>
        <translation>Biglietti della vendita; spunta quelli da rimborsare</translation>
    </message>
    <message>
        <source>&amp;Tickets (tick those to refund):</source>
        <translation>&amp;Biglietti (spunta quelli da rimborsare):</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>required, e.g. wrong ticket, visitor changed their mind</source>
        <translation>obbligatorio, es. biglietto sbagliato, il visitatore ha cambiato idea</translation>
    </message>
    <message>
        <source>Pay the refund back by</source>
        <translation>Metodo di rimborso</translation>
    </message>
    <message>
        <source>Supervisor's name</source>
        <translation>Nome del supervisore</translation>
    </message>
    <message>
        <source>Supervisor's PIN</source>
        <translation>PIN del supervisore</translation>
    </message>
    <message>
        <source>&amp;Supervisor:</source>
        <translation>&amp;Supervisore:</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>P&amp;IN:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>&amp;Void the whole sale</source>
        <translation>&amp;Annulla l'intera vendita</translation>
    </message>
    <message>
        <source>Void the whole sale</source>
        <translation>Annulla l'intera vendita</translation>
    </message>
    <message>
        <source>Re&amp;fund the ticked tickets</source>
        <translation>Rim&amp;borsa i biglietti spuntati</translation>
    </message>
    <message>
        <source>Refund the ticked tickets</source>
        <translation>Rimborsa i biglietti spuntati</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>M&amp;otivo:</translation>
    </message>
    <message>
        <source>Refund &amp;by:</source>
        <translation>Rimborso &amp;con:</translation>
    </message>
    <message numerus="yes">
        <source>No. %1 · %2 · %3 · %n ticket(s)</source>
        <translation><numerusform>N. %1 · %2 · %3 · %n biglietto</numerusform><numerusform>N. %1 · %2 · %3 · %n biglietti</numerusform></translation>
    </message>
    <message>
        <source>%1 – voided</source>
        <translation>%1 – annullato</translation>
    </message>
    <message>
        <source>%1 – %2 refunded</source>
        <translation>%1 – rimborsati %2</translation>
    </message>
    <message>
        <source>%1 – %2 – %3</source>
        <translation>%1 – %2 – %3</translation>
    </message>
    <message>
        <source>Supervisor (above %1)</source>
        <translation>Supervisore (oltre %1)</translation>
    </message>
    <message>
        <source>Give the reason first.</source>
        <translation>Indica prima il motivo.</translation>
    </message>
    <message>
        <source>Sale no. %1 voided: its tickets are no longer valid.</source>
        <translation>Vendita n. %1 annullata: i suoi biglietti non sono più validi.</translation>
    </message>
    <message>
        <source>Tick the tickets to refund first.</source>
        <translation>Spunta prima i biglietti da rimborsare.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) of sale no. %1 refunded: %2 to give back.</source>
        <translation><numerusform>%n biglietto della vendita n. %1 rimborsato: %2 da restituire.</numerusform><numerusform>%n biglietti della vendita n. %1 rimborsati: %2 da restituire.</numerusform></translation>
    </message>
</context>
<context>
    <name>widgets::SalePage</name>
    <message>
        <source>Sale</source>
        <translation>Vendita</translation>
    </message>
    <message>
        <source>No cash session is open: open one on the Cash screen (F7) before selling.</source>
        <translation>Nessuna sessione di cassa aperta: aprine una nella schermata Cassa (F7) prima di vendere.</translation>
    </message>
    <message>
        <source>Cash session notice</source>
        <translation>Avviso sulla sessione di cassa</translation>
    </message>
    <message>
        <source>Free admission today (first Sunday of the month or a free day): key 1 sells the free admission.</source>
        <translation>Oggi l'ingresso è gratuito (prima domenica del mese o giornata gratuita): il tasto 1 emette l'ingresso gratuito.</translation>
    </message>
    <message>
        <source>Free day notice</source>
        <translation>Avviso di giornata gratuita</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Void or refund… (F8)</source>
        <translation>Annulla o rimborsa… (F8)</translation>
    </message>
    <message>
        <source>Void or refund a recent sale</source>
        <translation>Annulla o rimborsa una vendita recente</translation>
    </message>
    <message>
        <source>Time slots</source>
        <translation>Fasce orarie</translation>
    </message>
    <message>
        <source>◀ PgUp</source>
        <translation>◀ PgUp</translation>
    </message>
    <message>
        <source>Previous time slot</source>
        <translation>Fascia oraria precedente</translation>
    </message>
    <message>
        <source>PgDn ▶</source>
        <translation>PgDn ▶</translation>
    </message>
    <message>
        <source>Next time slot</source>
        <translation>Fascia oraria successiva</translation>
    </message>
    <message>
        <source>Chosen time slot</source>
        <translation>Fascia oraria scelta</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Carrello</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Biglietto</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Q.tà</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Keys 1–9 add tickets · Backspace removes one · Enter: payment · Esc: empty the cart</source>
        <translation>Tasti 1–9: aggiungi biglietti · Backspace: togli uno · Invio: pagamento · Esc: svuota il carrello</translation>
    </message>
    <message>
        <source>Payment (Enter)</source>
        <translation>Pagamento (Invio)</translation>
    </message>
    <message>
        <source>Go to payment</source>
        <translation>Vai al pagamento</translation>
    </message>
    <message>
        <source>Remove one (Backspace)</source>
        <translation>Togli uno (Backspace)</translation>
    </message>
    <message>
        <source>Remove one ticket from the selected line</source>
        <translation>Togli un biglietto dalla riga selezionata</translation>
    </message>
    <message>
        <source>Visitors' names</source>
        <translation>Nomi dei visitatori</translation>
    </message>
    <message>
        <source>Nominative tickets: the name of each visitor</source>
        <translation>Biglietti nominativi: il nome di ogni visitatore</translation>
    </message>
    <message>
        <source>Names of the visitors</source>
        <translation>Nomi dei visitatori</translation>
    </message>
    <message>
        <source>Type each name, Enter for the next · the names print on the tickets · Esc: back</source>
        <translation>Digita ogni nome, Invio per il successivo · i nomi vengono stampati sui biglietti · Esc: indietro</translation>
    </message>
    <message>
        <source>Continue (Enter)</source>
        <translation>Continua (Invio)</translation>
    </message>
    <message>
        <source>Continue with these names</source>
        <translation>Continua con questi nomi</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Indietro (Esc)</translation>
    </message>
    <message>
        <source>Back to the cart</source>
        <translation>Torna al carrello</translation>
    </message>
    <message>
        <source>Document check</source>
        <translation>Controllo dei documenti</translation>
    </message>
    <message>
        <source>Check the document before selling</source>
        <translation>Controlla il documento prima di vendere</translation>
    </message>
    <message>
        <source>Documents to check</source>
        <translation>Documenti da controllare</translation>
    </message>
    <message>
        <source>ID checked (Enter)</source>
        <translation>Documento controllato (Invio)</translation>
    </message>
    <message>
        <source>The documents were checked</source>
        <translation>I documenti sono stati controllati</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Importo dovuto</translation>
    </message>
    <message>
        <source>Cash tendered</source>
        <translation>Contanti ricevuti</translation>
    </message>
    <message>
        <source>Cash (Enter)</source>
        <translation>Contanti (Invio)</translation>
    </message>
    <message>
        <source>Pay in cash</source>
        <translation>Paga in contanti</translation>
    </message>
    <message>
        <source>Card (C)</source>
        <translation>Carta (C)</translation>
    </message>
    <message>
        <source>Pay by card</source>
        <translation>Paga con carta</translation>
    </message>
    <message>
        <source>Split (S)</source>
        <translation>Misto (S)</translation>
    </message>
    <message>
        <source>Split between cash and card</source>
        <translation>Dividi tra contanti e carta</translation>
    </message>
    <message>
        <source>Sale completed</source>
        <translation>Vendita completata</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Numero dello scontrino</translation>
    </message>
    <message>
        <source>Change due</source>
        <translation>Resto dovuto</translation>
    </message>
    <message>
        <source>Tickets issued</source>
        <translation>Biglietti emessi</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <source>Enter or a product key starts the next sale · P prints again</source>
        <translation>Invio o il tasto di un prodotto avvia la vendita successiva · P ristampa</translation>
    </message>
    <message>
        <source>Next sale (Enter)</source>
        <translation>Vendita successiva (Invio)</translation>
    </message>
    <message>
        <source>Start the next sale</source>
        <translation>Avvia la vendita successiva</translation>
    </message>
    <message>
        <source>Print again (P)</source>
        <translation>Ristampa (P)</translation>
    </message>
    <message>
        <source>Print the tickets again</source>
        <translation>Ristampa i biglietti</translation>
    </message>
    <message>
        <source>%1 (document checked)</source>
        <translation>%1 (documento controllato)</translation>
    </message>
    <message>
        <source>%1 (document to check)</source>
        <translation>%1 (documento da controllare)</translation>
    </message>
    <message>
        <source>Free admission today: press 1</source>
        <translation>Oggi l'ingresso è gratuito: premi 1</translation>
    </message>
    <message>
        <source>Press 1 for a full ticket</source>
        <translation>Premi 1 per un biglietto intero</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) · %1</source>
        <translation><numerusform>%n biglietto · %1</numerusform><numerusform>%n biglietti · %1</numerusform></translation>
    </message>
    <message>
        <source>Admission is free today: "%1" is not sold. Key 1 sells the free admission.</source>
        <translation>Oggi l'ingresso è gratuito: "%1" non è in vendita. Il tasto 1 emette l'ingresso gratuito.</translation>
    </message>
    <message>
        <source>"%1" is only for free days (the first Sunday of the month and the days the ministry sets).</source>
        <translation>"%1" vale solo nelle giornate gratuite (la prima domenica del mese e i giorni stabiliti dal ministero).</translation>
    </message>
    <message>
        <source>%1 · with an admission</source>
        <translation>%1 · con un ingresso</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>Add one %1</source>
        <translation>Aggiungi %1</translation>
    </message>
    <message>
        <source>Add one %1 (key %2)</source>
        <translation>Aggiungi %1 (tasto %2)</translation>
    </message>
    <message>
        <source>Time slot · places left for this counter</source>
        <translation>Fascia oraria · posti disponibili per questa biglietteria</translation>
    </message>
    <message>
        <source>Time slot · offline allotment: this counter's share of each slot until the hub is back</source>
        <translation>Fascia oraria · quota offline: la parte di ogni fascia oraria riservata a questa biglietteria finché l'hub non torna raggiungibile</translation>
    </message>
    <message>
        <source>%1
over</source>
        <translation>%1
passata</translation>
    </message>
    <message>
        <source>Slot %1, over</source>
        <translation>Fascia oraria %1, passata</translation>
    </message>
    <message>
        <source>%1
full</source>
        <translation>%1
esaurito</translation>
    </message>
    <message>
        <source>Slot %1, full</source>
        <translation>Fascia oraria %1, esaurita</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n left</source>
        <translation><numerusform>%1
%n posto</numerusform><numerusform>%1
%n posti</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Slot %1, %n place(s) left</source>
        <translation><numerusform>Fascia oraria %1, %n posto disponibile</numerusform><numerusform>Fascia oraria %1, %n posti disponibili</numerusform></translation>
    </message>
    <message>
        <source>No time slots today: the site is closed.</source>
        <translation>Oggi non ci sono fasce orarie: il luogo è chiuso.</translation>
    </message>
    <message numerus="yes">
        <source>No time slot today has room for %n visitor(s): the sale cannot be made.</source>
        <translation><numerusform>Oggi nessuna fascia oraria ha posto per %n visitatore: la vendita non è possibile.</numerusform><numerusform>Oggi nessuna fascia oraria ha posto per %n visitatori: la vendita non è possibile.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The slot %1 has only %n place(s) left: PgUp/PgDn for another.</source>
        <translation><numerusform>Nella fascia oraria %1 resta solo %n posto: PgUp/PgDn per un'altra.</numerusform><numerusform>Nella fascia oraria %1 restano solo %n posti: PgUp/PgDn per un'altra.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Entry %1 · %n place(s) left</source>
        <translation><numerusform>Ingresso %1 · %n posto disponibile</numerusform><numerusform>Ingresso %1 · %n posti disponibili</numerusform></translation>
    </message>
    <message>
        <source>The cart is empty: add tickets with the keys 1–9.</source>
        <translation>Il carrello è vuoto: aggiungi biglietti con i tasti 1–9.</translation>
    </message>
    <message>
        <source>No cash session is open: open one on the Cash screen (F7).</source>
        <translation>Nessuna sessione di cassa aperta: aprine una nella schermata Cassa (F7).</translation>
    </message>
    <message>
        <source>An add-on such as a guided tour is sold with an admission: %1 add-on(s) for %2 admission(s). Add the admissions first.</source>
        <translation>Un servizio aggiuntivo come una visita guidata si vende con un ingresso: %1 servizi aggiuntivi per %2 ingressi. Aggiungi prima gli ingressi.</translation>
    </message>
    <message numerus="yes">
        <source>The slot %1 has only %n place(s) left: choose another with PgUp/PgDn.</source>
        <translation><numerusform>Nella fascia oraria %1 resta solo %n posto: scegline un'altra con PgUp/PgDn.</numerusform><numerusform>Nella fascia oraria %1 restano solo %n posti: scegline un'altra con PgUp/PgDn.</numerusform></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Name of visitor %1 (%2)</source>
        <translation>Nome del visitatore %1 (%2)</translation>
    </message>
    <message>
        <source>first name and surname</source>
        <translation>nome e cognome</translation>
    </message>
    <message>
        <source>Type the name of visitor %1: the tickets here are nominative.</source>
        <translation>Digita il nome del visitatore %1: qui i biglietti sono nominativi.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>To pay: %1</source>
        <translation>Da pagare: %1</translation>
    </message>
    <message>
        <source>Nothing to pay: free tickets.</source>
        <translation>Niente da pagare: biglietti gratuiti.</translation>
    </message>
    <message>
        <source>Enter issues the tickets · Esc: back</source>
        <translation>Invio emette i biglietti · Esc: indietro</translation>
    </message>
    <message>
        <source>Cash part (the rest by card):</source>
        <translation>Parte in contanti (il resto con carta):</translation>
    </message>
    <message>
        <source>cash part</source>
        <translation>parte in contanti</translation>
    </message>
    <message>
        <source>Type the cash part, then Enter · S: no split · Esc: back</source>
        <translation>Digita la parte in contanti, poi Invio · S: pagamento non misto · Esc: indietro</translation>
    </message>
    <message>
        <source>Cash tendered:</source>
        <translation>Contanti ricevuti:</translation>
    </message>
    <message>
        <source>exact cash</source>
        <translation>importo esatto</translation>
    </message>
    <message>
        <source>Enter: exact cash, or type the cash tendered then Enter · C: card · S: split · Esc: back</source>
        <translation>Invio: importo esatto, oppure digita i contanti ricevuti e poi Invio · C: carta · S: misto · Esc: indietro</translation>
    </message>
    <message>
        <source>"%1" is not an amount.</source>
        <translation>"%1" non è un importo.</translation>
    </message>
    <message>
        <source>Type the cash part: more than nothing and less than %1.</source>
        <translation>Digita la parte in contanti: più di zero e meno di %1.</translation>
    </message>
    <message>
        <source>%1 is less than the %2 due.</source>
        <translation>%1 è meno dei %2 dovuti.</translation>
    </message>
    <message>
        <source>Receipt no. %1 (training)</source>
        <translation>Scontrino n. %1 (formazione)</translation>
    </message>
    <message>
        <source>Receipt no. %1</source>
        <translation>Scontrino n. %1</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Nessun resto</translation>
    </message>
    <message>
        <source>Change due: %1</source>
        <translation>Resto dovuto: %1</translation>
    </message>
    <message>
        <source>%1 · entry %2</source>
        <translation>%1 · ingresso %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 – %2 – %3</source>
        <translation>%1 – %2 – %3</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) printed.</source>
        <translation><numerusform>%n biglietto stampato.</numerusform><numerusform>%n biglietti stampati.</numerusform></translation>
    </message>
    <message>
        <source>Not printed: %1 The sale is recorded; P prints again.</source>
        <translation>Non stampato: %1 La vendita è registrata; P ristampa.</translation>
    </message>
</context>
<context>
    <name>widgets::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Local data</source>
        <translation>Dati locali</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>Cartella dei dati:</translation>
    </message>
    <message>
        <source>Cache file:</source>
        <translation>File della cache:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Versione dello schema:</translation>
    </message>
    <message>
        <source>Data period:</source>
        <translation>Periodo dei dati:</translation>
    </message>
    <message>
        <source>Sites:</source>
        <translation>Luoghi:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
    <message>
        <source>The language follows the system; set CRUSCOTTO_LANG=it or CRUSCOTTO_LANG=en before starting to choose one.</source>
        <translation>La lingua segue quella del sistema; imposta CRUSCOTTO_LANG=it o CRUSCOTTO_LANG=en prima dell'avvio per sceglierne una.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglese</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not created yet)</source>
        <translation>%1 (non ancora creato)</translation>
    </message>
    <message>
        <source>%1 (this version of Cruscotto writes %2)</source>
        <translation>%1 (questa versione di Cruscotto scrive lo schema %2)</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>non disponibile</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>dal %1 al %2</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>ancora nessun dato</translation>
    </message>
</context>
<context>
    <name>widgets::SyncPage</name>
    <message>
        <source>Sync with the hub</source>
        <translation>Sincronizzazione con l'hub</translation>
    </message>
    <message>
        <source>The dashboards work from the local copy. Syncing brings it up to date with the hub; only what changed since the last sync is downloaded.</source>
        <translation>Le dashboard lavorano sulla copia locale. La sincronizzazione la aggiorna con l'hub; si scarica solo ciò che è cambiato dall'ultima sincronizzazione.</translation>
    </message>
    <message>
        <source>https://hub.example.it:8443</source>
        <translation>https://hub.example.it:8443</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Indirizzo dell'hub</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>&amp;Indirizzo dell'hub:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>The system's certificate store</source>
        <translation>L'archivio dei certificati del sistema</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>File dell'autorità di certificazione</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>Choose a certificate authority file</source>
        <translation>Scegli un file dell'autorità di certificazione</translation>
    </message>
    <message>
        <source>&amp;Certificate authority:</source>
        <translation>Autorità di &amp;certificazione:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Ricorda la password nel portachiavi di sistema</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizza ora</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Avanzamento della sincronizzazione</translation>
    </message>
    <message>
        <source>Not synced with a hub yet.</source>
        <translation>Non ancora sincronizzato con un hub.</translation>
    </message>
    <message>
        <source>No keychain is available on this system: the password is asked each time and never written to disk.</source>
        <translation>Su questo sistema non è disponibile un portachiavi: la password viene chiesta ogni volta e non viene mai scritta su disco.</translation>
    </message>
    <message>
        <source>Enter the hub's address, your user name and your password.</source>
        <translation>Inserisci l'indirizzo dell'hub, il tuo nome utente e la tua password.</translation>
    </message>
    <message>
        <source>The hub's address must start with https://.</source>
        <translation>L'indirizzo dell'hub deve iniziare con https://.</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Autorità di certificazione</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificati (*.pem *.crt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connessione in corso…</translation>
    </message>
    <message>
        <source>%1 rows · %2</source>
        <translation>%1 righe · %2</translation>
    </message>
    <message>
        <source>%1 · about %2 s left</source>
        <translation>%1 · circa %2 s rimanenti</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Ultima sincronizzazione: %1</translation>
    </message>
</context>
<context>
    <name>widgets::TrendChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
</TS>