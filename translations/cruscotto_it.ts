<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AlertsReport</name>
    <message>
        <source>Capacity</source>
        <translation>Capienza</translation>
    </message>
    <message>
        <source>Climate</source>
        <translation>Microclima</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transazioni</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informazione</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Attenzione</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critico</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Raised (Rome time)</source>
        <translation>Segnalato (ora di Roma)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Spiegazione</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Presa visione</translation>
    </message>
    <message>
        <source>Acknowledged on (Rome time)</source>
        <translation>Preso in carico il (ora di Roma)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Alerts by severity</source>
        <translation>Avvisi per gravità</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
</context>
<context>
    <name>CacheOverview</name>
    <message>
        <source>The cache %1 could not be opened: %2</source>
        <translation>Impossibile aprire la cache %1: %2</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Non è stato possibile scrivere il file %1: %2</translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation>Non c'è nessun grafico da esportare.</translation>
    </message>
    <message>
        <source>The picture %1 could not be encoded as PNG.</source>
        <translation>Non è stato possibile codificare l'immagine %1 in PNG.</translation>
    </message>
    <message>
        <source>Exported from Cruscotto</source>
        <translation>Esportato da Cruscotto</translation>
    </message>
    <message>
        <source>The SVG file %1 could not be started.</source>
        <translation>Non è stato possibile avviare il file SVG %1.</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>Immagine PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Disegno SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Esporta il grafico</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Esporta come PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Esporta come SVG…</translation>
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
        <source>The file to write (replaced if it exists).</source>
        <translation>Il file da scrivere (sostituito se esiste).</translation>
    </message>
    <message>
        <source>--scope takes all, region:NAME or site:CODE.</source>
        <translation>--scope accetta all, region:NOME o site:CODICE.</translation>
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
  import-funding Import a funded programme's table (PNRR, PN Cultura: lines, target,
                 deadline, funded, committed, spent) or digitisation progress per
                 site, CSV or XLSX as the ministry shows it: FILE [--date DAY]
                 [--risk-months N] [--risk-spent PCT]. Exit 1 naming the row and
                 field of a bad row (nothing imported). With --hub URL --user U
                 --password-file F --scope site:CODE|region:CODE it publishes the
                 table on the hub instead (exit codes as for tariffs).
  report         Write a report: --type monthly|regional|mix|conservation|office|
                 alerts --scope all|region:NAME|site:CODE --from YYYY-MM-DD
                 --to YYYY-MM-DD (office: or --date) --format csv|csv-it|xlsx|pdf
                 --out PATH; several types (TYPE,TYPE) with --bundle (or
                 --format zip) make one ZIP with a manifest of SHA-256 sums.
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
  import-funding Importa la tabella di un programma finanziato (PNRR, PN Cultura: linee,
                 target, scadenza, finanziato, impegnato, speso) o lo stato della
                 digitalizzazione per luogo, CSV o XLSX come li mostra il ministero: FILE
                 [--date GIORNO] [--risk-months N] [--risk-spent PCT]. Uscita 1 con la riga
                 e il campo di una riga errata (nulla importato). Con --hub URL --user U
                 --password-file F --scope site:CODICE|region:CODICE pubblica invece la
                 tabella sull'hub (codici di uscita come per tariffs).
  report         Scrive un report: --type monthly|regional|mix|conservation|office|
                 alerts --scope all|region:NOME|site:CODICE --from AAAA-MM-GG
                 --to AAAA-MM-GG (office: o --date) --format csv|csv-it|xlsx|pdf
                 --out PERCORSO; più tipi (TIPO,TIPO) con --bundle (o
                 --format zip) producono un unico ZIP con un manifesto di somme SHA-256.
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
        <source>The day the flags are worked out for, YYYY-MM-DD (default: today in Rome).</source>
        <translation>Il giorno per cui si calcolano le segnalazioni, AAAA-MM-GG (predefinito: oggi, ora di Roma).</translation>
    </message>
    <message>
        <source>At risk: the deadline at most N months away (default 6).</source>
        <translation>A rischio: scadenza entro N mesi al massimo (predefinito 6).</translation>
    </message>
    <message>
        <source>At risk: less than PCT% of the funding spent (default 50).</source>
        <translation>A rischio: speso meno del PCT% del finanziamento (predefinito 50).</translation>
    </message>
    <message>
        <source>A CSV or XLSX file.</source>
        <translation>Un file CSV o XLSX.</translation>
    </message>
    <message>
        <source>A director or regional manager of the hub.</source>
        <translation>Un direttore o un responsabile regionale dell'hub.</translation>
    </message>
    <message>
        <source>With --hub: whose table it is, site:CODE (a director's site) or region:CODE (a regional manager's region).</source>
        <translation>Con --hub: a chi appartiene la tabella, site:CODICE (un luogo di un direttore) o region:CODICE (una regione di un responsabile regionale).</translation>
    </message>
    <message>
        <source>Import a funded programme's table (the ministry's layout: description with the line's code, target, deadline as a quarter such as T4-2025, status, funded, committed, commitments in progress, spent, notes; Italian amounts) or a table of digitisation progress per site (sito, cantieri previsti, cantieri attivi, cantieri conclusi, risorse prodotte, obiettivo risorse, data obiettivo), all or nothing. A table imported again replaces the earlier one with the same code.</source>
        <translation>Importa la tabella di un programma finanziato (nel formato del ministero: descrizione con il codice della linea, target, scadenza come trimestre, ad esempio T4-2025, stato, finanziamento, impegnato, impegni in itinere, speso, note; importi all'italiana) o una tabella dello stato della digitalizzazione per luogo (sito, cantieri previsti, cantieri attivi, cantieri conclusi, risorse prodotte, obiettivo risorse, data obiettivo), tutto o niente. Una tabella importata di nuovo sostituisce quella precedente con lo stesso codice.</translation>
    </message>
    <message>
        <source>import-funding takes one CSV or XLSX file.</source>
        <translation>import-funding vuole un file CSV o XLSX.</translation>
    </message>
    <message>
        <source>--date takes YYYY-MM-DD.</source>
        <translation>--date vuole una data nel formato AAAA-MM-GG.</translation>
    </message>
    <message>
        <source>--risk-months takes 0 to 120, --risk-spent 0 to 100.</source>
        <translation>--risk-months vuole un valore da 0 a 120, --risk-spent da 0 a 100.</translation>
    </message>
    <message>
        <source>Only funding tables are published on the hub; import digitisation progress locally.</source>
        <translation>Sull'hub si pubblicano solo le tabelle dei finanziamenti; importa lo stato della digitalizzazione in locale.</translation>
    </message>
    <message>
        <source>Imported the digitisation progress; sites: %1.</source>
        <translation>Importato lo stato della digitalizzazione; luoghi: %1.</translation>
    </message>
    <message>
        <source>Work sites: %1 planned, %2 active, %3 concluded, %4 still to start.</source>
        <translation>Cantieri: %1 previsti, %2 attivi, %3 conclusi, %4 ancora da avviare.</translation>
    </message>
    <message>
        <source>Digital resources: %1 produced of a target of %2.</source>
        <translation>Risorse digitali: %1 prodotte su un obiettivo di %2.</translation>
    </message>
    <message>
        <source>Imported %1; lines: %2.</source>
        <translation>Importata la tabella %1; linee: %2.</translation>
    </message>
    <message>
        <source>Funded %1, committed %2, commitments in progress %3, spent %4.</source>
        <translation>Finanziato %1, impegnato %2, impegni in itinere %3, speso %4.</translation>
    </message>
    <message>
        <source>Committed/funded %1, spent/committed %2, spent/funded %3; with the commitments in progress, %4 of the funding.</source>
        <translation>Impegnato/finanziato %1, speso/impegnato %2, speso/finanziato %3; con gli impegni in itinere, %4 del finanziamento.</translation>
    </message>
    <message>
        <source>The sub-lines add up to their parent lines.</source>
        <translation>Le sotto-linee sommano esattamente alle rispettive linee principali.</translation>
    </message>
    <message>
        <source>Check: the sub-lines of %1 add up to %2 in %3, the line says %4.</source>
        <translation>Verifica: le sotto-linee di %1 sommano a %2 (%3), mentre la linea riporta %4.</translation>
    </message>
    <message>
        <source>On %1, lines at risk: %2; past the deadline with the target not met: %3.</source>
        <translation>Al %1, linee a rischio: %2; scadute senza target conseguito: %3.</translation>
    </message>
    <message>
        <source>Published %1 on the hub for %2; lines: %3.</source>
        <translation>Pubblicata la tabella %1 sull'hub per %2; linee: %3.</translation>
    </message>
    <message>
        <source>The report, or several separated by commas (a bundle): %1.</source>
        <translation>Il report, o più report separati da virgole (un pacchetto): %1.</translation>
    </message>
    <message>
        <source>One day, YYYY-MM-DD: the same as --from DATE --to DATE (for the ticket office's daily report).</source>
        <translation>Un giorno, AAAA-MM-GG: come --from DATA --to DATA (per il report giornaliero della biglietteria).</translation>
    </message>
    <message>
        <source>csv (RFC 4180, UTF-8), csv-it (Italian Excel: ';', decimal comma, BOM), xlsx, pdf, or zip (a bundle of xlsx files: the same as --format xlsx --bundle).</source>
        <translation>csv (RFC 4180, UTF-8), csv-it (Excel italiano: ';', virgola decimale, BOM), xlsx, pdf, oppure zip (un pacchetto di file xlsx: come --format xlsx --bundle).</translation>
    </message>
    <message>
        <source>Write a ZIP at --out holding each report in --format and manifest.json (each file's name, size, SHA-256, type, scope, period, time made, app version). Needed for several types.</source>
        <translation>Scrive in --out uno ZIP con ogni report nel formato --format e manifest.json (nome, dimensione, SHA-256, tipo, ambito, periodo, ora di creazione di ogni file e versione dell'applicazione). Necessario per più tipi.</translation>
    </message>
    <message>
        <source>office: read the training ledger instead.</source>
        <translation>office: legge invece il registro di addestramento.</translation>
    </message>
    <message>
        <source>Write a report from the cache (office: from this device's ticket-office ledger in --data-dir). The file is written under a temporary name and renamed when complete, so a failed run never leaves a half-written file. Exit 0 written, 1 when the report cannot be made or written (unknown site or region, nothing in the period, unwritable path), 2 on bad arguments.</source>
        <translation>Scrive un report dalla cache (office: dal registro di biglietteria di questa postazione in --data-dir). Il file è scritto con un nome temporaneo e rinominato a scrittura completata, così un'esecuzione non riuscita non lascia mai un file scritto a metà. Uscita 0 scritto, 1 se il report non si può produrre o scrivere (luogo o regione sconosciuti, nulla nel periodo, percorso non scrivibile), 2 per argomenti errati.</translation>
    </message>
    <message>
        <source>--type takes: %1.</source>
        <translation>--type accetta: %1.</translation>
    </message>
    <message>
        <source>Unknown report type '%1': --type takes %2.</source>
        <translation>Tipo di report sconosciuto '%1': --type accetta %2.</translation>
    </message>
    <message>
        <source>report needs --from and --to (or --date) as YYYY-MM-DD.</source>
        <translation>report richiede --from e --to (oppure --date) come AAAA-MM-GG.</translation>
    </message>
    <message>
        <source>--format takes csv, csv-it, xlsx, pdf or zip.</source>
        <translation>--format accetta csv, csv-it, xlsx, pdf o zip.</translation>
    </message>
    <message>
        <source>Several report types go into one ZIP: add --bundle (or --format zip).</source>
        <translation>Più tipi di report vanno in un unico ZIP: aggiungi --bundle (oppure --format zip).</translation>
    </message>
    <message>
        <source>PDF needs the graphical libraries, which could not start.</source>
        <translation>Il PDF richiede le librerie grafiche, che non è stato possibile avviare.</translation>
    </message>
    <message>
        <source>This cache is synced from a hub, whose monitoring raises the alerts: listing them as the last sync brought them.</source>
        <translation>Questa cache è sincronizzata da un hub, il cui monitoraggio genera gli avvisi: vengono elencati così come li ha portati l'ultima sincronizzazione.</translation>
    </message>
</context>
<context>
    <name>ConservationReport</name>
    <message>
        <source>Conservation and occupancy</source>
        <translation>Conservazione e affollamento</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Zone code</source>
        <translation>Codice ambiente</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Indoor</source>
        <translation>Al chiuso</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capienza</translation>
    </message>
    <message>
        <source>Peak occupancy</source>
        <translation>Picco di presenze</translation>
    </message>
    <message>
        <source>Peak occupancy (% of capacity)</source>
        <translation>Affollamento massimo (% della capienza)</translation>
    </message>
    <message>
        <source>Average occupancy</source>
        <translation>Affollamento medio</translation>
    </message>
    <message>
        <source>Hours with readings</source>
        <translation>Ore con rilevazioni</translation>
    </message>
    <message>
        <source>Hours out of thresholds</source>
        <translation>Ore fuori soglia</translation>
    </message>
    <message>
        <source>Hours out: temperature</source>
        <translation>Ore fuori soglia: temperatura</translation>
    </message>
    <message>
        <source>Hours out: humidity</source>
        <translation>Ore fuori soglia: umidità</translation>
    </message>
    <message>
        <source>Hours out: light</source>
        <translation>Ore fuori soglia: illuminamento</translation>
    </message>
    <message>
        <source>Hours within thresholds (%)</source>
        <translation>Ore entro le soglie (%)</translation>
    </message>
    <message>
        <source>Average temperature (°C)</source>
        <translation>Temperatura media (°C)</translation>
    </message>
    <message>
        <source>Average relative humidity (%)</source>
        <translation>Umidità relativa media (%)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>No climate or occupancy readings for this scope from %1 to %2.</source>
        <translation>Nessuna rilevazione di clima o affollamento per questo ambito dal %1 al %2.</translation>
    </message>
</context>
<context>
    <name>MixReport</name>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Biglietti</translation>
    </message>
    <message>
        <source>Share of tickets (%)</source>
        <translation>Quota dei biglietti (%)</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitatori</translation>
    </message>
    <message>
        <source>Gross revenue</source>
        <translation>Introiti lordi</translation>
    </message>
    <message>
        <source>Share of revenue (%)</source>
        <translation>Quota dell'incasso (%)</translation>
    </message>
    <message>
        <source>Tickets by %1</source>
        <translation>Biglietti per %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canali</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Ticket categories</source>
        <translation>Tipologie di biglietto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
</context>
<context>
    <name>OfficeReport</name>
    <message>
        <source>The ticket office's report covers at most %1 days.</source>
        <translation>Il report della biglietteria copre al massimo %1 giorni.</translation>
    </message>
    <message>
        <source>Daily totals</source>
        <translation>Totali giornalieri</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
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
        <source>Voids</source>
        <translation>Annulli</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Rimborsi</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Rimborsato</translation>
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
        <source>No ticket-office sales or closed cash sessions in the ledger from %1 to %2.</source>
        <translation>Nel registro non ci sono vendite di biglietteria né sessioni di cassa chiuse dal %1 al %2.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Cash sessions (Z)</source>
        <translation>Sessioni di cassa (Z)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessione</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Opened (Rome time)</source>
        <translation>Aperta (ora di Roma)</translation>
    </message>
    <message>
        <source>Closed (Rome time)</source>
        <translation>Chiusa (ora di Roma)</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Fondo cassa iniziale</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Contante atteso</translation>
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
        <source>By product</source>
        <translation>Per prodotto</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Per categoria</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>By payment</source>
        <translation>Per pagamento</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>No ticket-office ledger in %1: this device has not sold anything yet.</source>
        <translation>Nessun registro di biglietteria in %1: questo dispositivo non ha ancora venduto nulla.</translation>
    </message>
    <message>
        <source>The ledger in %1 belongs to no device yet: set the ticket office up first.</source>
        <translation>Il registro in %1 non appartiene ancora a nessuna postazione: configura prima la biglietteria.</translation>
    </message>
    <message>
        <source>This device sells for %1, which is not in the scope %2.</source>
        <translation>Questa postazione vende per %1, che non rientra nell'ambito %2.</translation>
    </message>
    <message>
        <source>Ticket office of %1, device %2</source>
        <translation>Biglietteria di %1, postazione %2</translation>
    </message>
    <message>
        <source>%1 (TRAINING: these sales never count)</source>
        <translation>%1 (ADDESTRAMENTO: queste vendite non contano mai)</translation>
    </message>
</context>
<context>
    <name>RegionalReport</name>
    <message>
        <source>Regional comparison</source>
        <translation>Confronto regionale</translation>
    </message>
    <message>
        <source>Rank by visitors</source>
        <translation>Posizione per visitatori</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitatori</translation>
    </message>
    <message>
        <source>Visitors last year</source>
        <translation>Visitatori anno precedente</translation>
    </message>
    <message>
        <source>Change in visitors (%)</source>
        <translation>Variazione visitatori (%)</translation>
    </message>
    <message>
        <source>Share of visitors (%)</source>
        <translation>Quota dei visitatori (%)</translation>
    </message>
    <message>
        <source>Gross revenue</source>
        <translation>Introiti lordi</translation>
    </message>
    <message>
        <source>Gross revenue last year</source>
        <translation>Incasso lordo anno precedente</translation>
    </message>
    <message>
        <source>Change in revenue (%)</source>
        <translation>Variazione incasso (%)</translation>
    </message>
    <message>
        <source>Share of revenue (%)</source>
        <translation>Quota dell'incasso (%)</translation>
    </message>
    <message>
        <source>Rank by revenue</source>
        <translation>Posizione per incasso</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Visitors by site, against last year</source>
        <translation>Visitatori per luogo, a confronto con l'anno precedente</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Cannot make a temporary folder: %1</source>
        <translation>Impossibile creare una cartella temporanea: %1</translation>
    </message>
</context>
<context>
    <name>ReportPdfWriter</name>
    <message>
        <source>Cannot add a page to the PDF (is the disk full?).</source>
        <translation>Impossibile aggiungere una pagina al PDF (il disco è pieno?).</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Pagina %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Dal %1 al %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continua)</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Nulla in questo periodo.</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Ambito: %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periodo: %1</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Dati: %1</translation>
    </message>
    <message>
        <source>Generated on %1 (Rome time) by Cruscotto %2</source>
        <translation>Generato il %1 (ora di Roma) da Cruscotto %2</translation>
    </message>
    <message>
        <source>Cannot start the PDF.</source>
        <translation>Impossibile iniziare il PDF.</translation>
    </message>
    <message>
        <source>Cannot finish the PDF.</source>
        <translation>Impossibile completare il PDF.</translation>
    </message>
    <message>
        <source>Could not write the PDF %1.</source>
        <translation>Non è stato possibile scrivere il PDF %1.</translation>
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
        <source>Custom range</source>
        <translation>Intervallo personalizzato</translation>
    </message>
    <message>
        <source>Latest day</source>
        <translation>Ultimo giorno</translation>
    </message>
    <message>
        <source>A year</source>
        <translation>Un anno</translation>
    </message>
</context>
<context>
    <name>TableClipboard</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>Copy the selected cells, or the whole table when none is selected</source>
        <translation>Copia le celle selezionate, o tutta la tabella se non ne è selezionata nessuna</translation>
    </message>
    <message>
        <source>Copy the &amp;whole table</source>
        <translation>Copia &amp;tutta la tabella</translation>
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
    <name>ZoneClimate</name>
    <message>
        <source>Every threshold must be a number.</source>
        <translation>Ogni soglia deve essere un numero.</translation>
    </message>
    <message>
        <source>Temperatures must be between -20 and 50 °C.</source>
        <translation>Le temperature devono essere comprese tra -20 e 50 °C.</translation>
    </message>
    <message>
        <source>The lowest temperature must be under the highest.</source>
        <translation>La temperatura minima deve essere inferiore alla massima.</translation>
    </message>
    <message>
        <source>Relative humidity must be between 0 and 100 %.</source>
        <translation>L'umidità relativa deve essere compresa tra 0 e 100 %.</translation>
    </message>
    <message>
        <source>The lowest relative humidity must be under the highest.</source>
        <translation>L'umidità relativa minima deve essere inferiore alla massima.</translation>
    </message>
    <message>
        <source>The light limit must be over 0 and at most 10000 lux.</source>
        <translation>Il limite di illuminamento deve essere maggiore di 0 e al massimo 10000 lux.</translation>
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
    <name>core::FundingImport</name>
    <message>
        <source>the header has no column for the funding ("finanziamento")</source>
        <translation>l'intestazione non ha una colonna per il finanziamento ("finanziamento")</translation>
    </message>
    <message>
        <source>the line has no code (such as "M1C3 1.1.3")</source>
        <translation>la linea non ha un codice (ad esempio "M1C3 1.1.3")</translation>
    </message>
    <message>
        <source>the description must start with the line's code (such as "M1C3 1.1.3 Infrastruttura cloud"); it reads "%1"</source>
        <translation>la descrizione deve iniziare con il codice della linea (ad esempio "M1C3 1.1.3 Infrastruttura cloud"); riporta invece "%1"</translation>
    </message>
    <message>
        <source>"%1" is not a quarter such as T4-2025</source>
        <translation>"%1" non è un trimestre come T4-2025</translation>
    </message>
    <message>
        <source>"%1" is not an amount in euro (such as 1.234.567,89 €)</source>
        <translation>"%1" non è un importo in euro (ad esempio 1.234.567,89 €)</translation>
    </message>
    <message>
        <source>the amount %1 is negative</source>
        <translation>l'importo %1 è negativo</translation>
    </message>
    <message>
        <source>there is no line below the header</source>
        <translation>sotto l'intestazione non c'è alcuna linea</translation>
    </message>
    <message>
        <source>the header has no column "%1"</source>
        <translation>l'intestazione non ha la colonna "%1"</translation>
    </message>
    <message>
        <source>the site code is missing</source>
        <translation>manca il codice del luogo</translation>
    </message>
    <message>
        <source>the site %1 is listed twice</source>
        <translation>il luogo %1 compare due volte</translation>
    </message>
    <message>
        <source>"%1" is not a whole number</source>
        <translation>"%1" non è un numero intero</translation>
    </message>
    <message>
        <source>%1 work sites planned, fewer than the %2 active and %3 concluded</source>
        <translation>%1 cantieri previsti, meno dei %2 attivi e %3 conclusi</translation>
    </message>
    <message>
        <source>"%1" is not a date (dd/mm/yyyy)</source>
        <translation>"%1" non è una data (gg/mm/aaaa)</translation>
    </message>
    <message>
        <source>there is no site below the header</source>
        <translation>sotto l'intestazione non c'è alcun luogo</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Riga %1: %2</translation>
    </message>
    <message>
        <source>Row %1, field “%2”: %3</source>
        <translation>Riga %1, campo “%2”: %3</translation>
    </message>
    <message>
        <source>No header row found: a funding table needs the columns "descrizione" and "finanziamento"; a digitisation table "sito" and "cantieri previsti".</source>
        <translation>Nessuna riga di intestazione trovata: una tabella dei finanziamenti richiede le colonne "descrizione" e "finanziamento"; una tabella della digitalizzazione "sito" e "cantieri previsti".</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a funding table.</source>
        <translation>%1 è troppo grande per una tabella dei finanziamenti.</translation>
    </message>
</context>
<context>
    <name>core::FundingReport</name>
    <message>
        <source>Funded</source>
        <translation>Finanziato</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Impegnato</translation>
    </message>
    <message>
        <source>Commitments in progress</source>
        <translation>Impegni in itinere</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Speso</translation>
    </message>
    <message>
        <source>Past deadline, target not met</source>
        <translation>Scaduta, target non conseguito</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>A rischio</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Target conseguito</translation>
    </message>
    <message>
        <source>No funding table has been imported yet: use cruscotto-cli import-funding FILE, or sync with the hub.</source>
        <translation>Non è ancora stata importata alcuna tabella dei finanziamenti: usa cruscotto-cli import-funding FILE oppure sincronizza con l'hub.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Verifiche</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabella</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linea</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Line's figure</source>
        <translation>Importo della linea</translation>
    </message>
    <message>
        <source>Sum of its sub-lines</source>
        <translation>Somma delle sotto-linee</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenza</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Months left</source>
        <translation>Mesi residui</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Committed/funded %</source>
        <translation>Impegnato/finanziato %</translation>
    </message>
    <message>
        <source>Spent/committed %</source>
        <translation>Speso/impegnato %</translation>
    </message>
    <message>
        <source>Spent/funded %</source>
        <translation>Speso/finanziato %</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Segnalazione</translation>
    </message>
    <message>
        <source>%1 targets</source>
        <translation>%1 target</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>%1 at risk, %2 past deadline</source>
        <translation>%1 a rischio, %2 scadute</translation>
    </message>
    <message>
        <source>Digitisation</source>
        <translation>Digitalizzazione</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>Codice luogo</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Work sites planned</source>
        <translation>Cantieri previsti</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivi</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Conclusi</translation>
    </message>
    <message>
        <source>To start</source>
        <translation>Da avviare</translation>
    </message>
    <message>
        <source>Resources produced</source>
        <translation>Risorse prodotte</translation>
    </message>
    <message>
        <source>Resources target</source>
        <translation>Obiettivo risorse</translation>
    </message>
    <message>
        <source>Produced %</source>
        <translation>Prodotto %</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Data obiettivo</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Aggiornato al</translation>
    </message>
    <message>
        <source>%1 imported on %2 (Rome time)</source>
        <translation>%1 importata il %2 (ora di Roma)</translation>
    </message>
    <message>
        <source>Digitisation progress</source>
        <translation>Stato della digitalizzazione</translation>
    </message>
    <message>
        <source>%1; deadlines and flags as on %2.</source>
        <translation>%1; scadenze e segnalazioni al %2.</translation>
    </message>
</context>
<context>
    <name>core::FundingStore</name>
    <message>
        <source>There is no site with the code %1 in this cache.</source>
        <translation>In questa cache non esiste un luogo con il codice %1.</translation>
    </message>
</context>
<context>
    <name>core::FundingXlsx</name>
    <message>
        <source>%1 is not a readable workbook: %2</source>
        <translation>%1 non è una cartella di lavoro leggibile: %2</translation>
    </message>
    <message>
        <source>its part %1 cannot be read</source>
        <translation>la sua parte %1 non si può leggere</translation>
    </message>
    <message>
        <source>its part %1 is too large</source>
        <translation>la sua parte %1 è troppo grande</translation>
    </message>
    <message>
        <source>its part %1 is damaged</source>
        <translation>la sua parte %1 è danneggiata</translation>
    </message>
    <message>
        <source>it is not a zip archive</source>
        <translation>non è un archivio zip</translation>
    </message>
    <message>
        <source>it has no worksheet</source>
        <translation>non contiene alcun foglio di lavoro</translation>
    </message>
    <message>
        <source>cell %1 refers to a missing string</source>
        <translation>la cella %1 rimanda a una stringa mancante</translation>
    </message>
    <message>
        <source>a cell lies beyond the last column</source>
        <translation>una cella si trova oltre l'ultima colonna</translation>
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
    <name>core::Ledger</name>
    <message>
        <source>The ledger %1 was written by a newer version of Cruscotto.</source>
        <translation>Il registro %1 è stato scritto da una versione più recente di Cruscotto.</translation>
    </message>
    <message>
        <source>%1 is the live ledger, not a training one.</source>
        <translation>%1 è il registro reale, non un registro di formazione.</translation>
    </message>
    <message>
        <source>%1 is a training ledger: its sales never count.</source>
        <translation>%1 è un registro di formazione: le sue vendite non contano mai.</translation>
    </message>
    <message>
        <source>The ledger has records but no device identity.</source>
        <translation>Il registro contiene record ma nessuna identità del dispositivo.</translation>
    </message>
    <message>
        <source>Record %1 is missing.</source>
        <translation>Manca il record %1.</translation>
    </message>
    <message>
        <source>Record %1 has an unknown kind "%2".</source>
        <translation>Il record %1 ha un tipo sconosciuto "%2".</translation>
    </message>
    <message>
        <source>Record %1 does not follow record %2: a record was removed, inserted or changed.</source>
        <translation>Il record %1 non segue il record %2: un record è stato rimosso, inserito o modificato.</translation>
    </message>
    <message>
        <source>Record %1 was changed after it was written.</source>
        <translation>Il record %1 è stato modificato dopo essere stato scritto.</translation>
    </message>
</context>
<context>
    <name>core::LedgerRecovery</name>
    <message>
        <source>The damaged ledger %1 could not be moved aside: nothing was changed.</source>
        <translation>Impossibile spostare da parte il registro danneggiato %1: non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The ledger was damaged. All %1 records were recovered into a new ledger and checked; the damaged file is kept as %2.</source>
        <translation>Il registro era danneggiato. Tutti i %1 record sono stati recuperati in un nuovo registro e verificati; il file danneggiato è conservato come %2.</translation>
    </message>
    <message>
        <source>The ledger was damaged. Records 1 to %1 were recovered into a new ledger and checked; %2 The damaged file is kept as %3: do not delete it, and tell your supervisor, since sales after record %1 may be on it or on the hub only.</source>
        <translation>Il registro era danneggiato. I record da 1 a %1 sono stati recuperati in un nuovo registro e verificati; %2 Il file danneggiato è conservato come %3: non eliminarlo e avvisa il tuo supervisore, perché le vendite successive al record %1 potrebbero trovarsi solo in quel file o sull'hub.</translation>
    </message>
    <message>
        <source>The damaged ledger (kept as %1) no longer says which device it belongs to: it cannot be recovered here. Tell your supervisor.</source>
        <translation>Il registro danneggiato (conservato come %1) non indica più a quale dispositivo appartiene: non può essere recuperato qui. Avvisa il tuo supervisore.</translation>
    </message>
    <message>
        <source>record %1 has an unknown kind.</source>
        <translation>il record %1 ha un tipo sconosciuto.</translation>
    </message>
    <message>
        <source>record %1 is missing or does not follow the one before.</source>
        <translation>il record %1 manca o non segue il precedente.</translation>
    </message>
    <message>
        <source>the damaged file could not be read past record %1 (%2).</source>
        <translation>non è stato possibile leggere il file danneggiato oltre il record %1 (%2).</translation>
    </message>
    <message>
        <source>The recovered ledger does not verify (%1); the damaged file is kept as %2. Tell your supervisor.</source>
        <translation>Il registro recuperato non supera la verifica (%1); il file danneggiato è conservato come %2. Avvisa il tuo supervisore.</translation>
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
    <message>
        <source>Visitors by month: %1</source>
        <translation>Visitatori per mese: %1</translation>
    </message>
</context>
<context>
    <name>core::Report</name>
    <message>
        <source>No figures for this scope from %1 to %2: the cache's sales cover %3 to %4.</source>
        <translation>Nessun dato per questo ambito dal %1 al %2: le vendite della cache coprono dal %3 al %4.</translation>
    </message>
</context>
<context>
    <name>core::ReportBundle</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the bundle %1 (zip error %2).</source>
        <translation>Impossibile scrivere il pacchetto %1 (errore zip %2).</translation>
    </message>
</context>
<context>
    <name>core::ReportCatalogue</name>
    <message>
        <source>Monthly statistics</source>
        <translation>Statistiche mensili</translation>
    </message>
    <message>
        <source>Regional comparison</source>
        <translation>Confronto regionale</translation>
    </message>
    <message>
        <source>Channel and ticket mix</source>
        <translation>Canali e tipologie di biglietto</translation>
    </message>
    <message>
        <source>Conservation and occupancy</source>
        <translation>Conservazione e affollamento</translation>
    </message>
    <message>
        <source>Ticket office: daily and Z reports</source>
        <translation>Biglietteria: giornaliero e chiusure Z</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <source>Funded projects</source>
        <translation>Progetti finanziati</translation>
    </message>
    <message>
        <source>The cache holds no sales yet.</source>
        <translation>La cache non contiene ancora vendite.</translation>
    </message>
    <message>
        <source>Sales up to %1; last sync with the hub %2 (Rome time).</source>
        <translation>Vendite fino al %1; ultima sincronizzazione con l'hub %2 (ora di Roma).</translation>
    </message>
    <message>
        <source>Sales up to %1 (demo data).</source>
        <translation>Vendite fino al %1 (dati dimostrativi).</translation>
    </message>
    <message>
        <source>Sales up to %1.</source>
        <translation>Vendite fino al %1.</translation>
    </message>
    <message>
        <source>Unknown report type '%1': %2.</source>
        <translation>Tipo di report sconosciuto '%1': %2.</translation>
    </message>
    <message>
        <source>The period is not valid: the first day must be on or before the last.</source>
        <translation>Il periodo non è valido: il primo giorno deve precedere o coincidere con l'ultimo.</translation>
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
    <name>core::ReportScope</name>
    <message>
        <source>All sites</source>
        <translation>Tutti i luoghi</translation>
    </message>
    <message>
        <source>Unknown site '%1': 'cruscotto-cli sites' lists the codes.</source>
        <translation>Luogo sconosciuto '%1': 'cruscotto-cli sites' elenca i codici.</translation>
    </message>
    <message>
        <source>Unknown region '%1': no site of the cache is in it.</source>
        <translation>Regione sconosciuta '%1': nessun luogo della cache vi si trova.</translation>
    </message>
    <message>
        <source>The cache has no sites yet: sync with a hub or create the demo first.</source>
        <translation>La cache non ha ancora luoghi: sincronizza con un hub o crea prima i dati dimostrativi.</translation>
    </message>
</context>
<context>
    <name>core::ResolvedScope</name>
    <message numerus="yes">
        <source>%1 (%n site(s))</source>
        <translation><numerusform>%1 (%n luogo)</numerusform><numerusform>%1 (%n luoghi)</numerusform></translation>
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
    <message>
        <source>An identity document: EU citizen aged 18 to 25.</source>
        <translation>Un documento d'identità: cittadino UE tra i 18 e i 25 anni.</translation>
    </message>
    <message>
        <source>An identity document: under 18.</source>
        <translation>Un documento d'identità: minore di 18 anni.</translation>
    </message>
    <message>
        <source>A disability certificate (the companion enters free too).</source>
        <translation>Un certificato di disabilità (anche l'accompagnatore entra gratuitamente).</translation>
    </message>
    <message>
        <source>A valid ICOM membership card.</source>
        <translation>Una tessera ICOM in corso di validità.</translation>
    </message>
    <message>
        <source>A certificate of service as a school teacher.</source>
        <translation>Un attestato di servizio come docente scolastico.</translation>
    </message>
    <message>
        <source>A tour guide's or interpreter's licence.</source>
        <translation>Una licenza di guida turistica o di interprete.</translation>
    </message>
    <message>
        <source>The school's list of pupils and accompanying teachers.</source>
        <translation>L'elenco degli alunni e dei docenti accompagnatori rilasciato dalla scuola.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Contanti</translation>
    </message>
    <message>
        <source>The opening float cannot be negative.</source>
        <translation>Il fondo cassa iniziale non può essere negativo.</translation>
    </message>
    <message>
        <source>A cash session is already open: close it with a Z report first.</source>
        <translation>È già aperta una sessione di cassa: chiudila prima con un report Z.</translation>
    </message>
    <message>
        <source>No cash session is open.</source>
        <translation>Nessuna sessione di cassa aperta.</translation>
    </message>
    <message>
        <source>The counted cash cannot be negative.</source>
        <translation>I contanti conteggiati non possono essere negativi.</translation>
    </message>
    <message>
        <source>The sale has no tickets.</source>
        <translation>La vendita non contiene biglietti.</translation>
    </message>
    <message>
        <source>A line holds from 1 to 500 tickets.</source>
        <translation>Una riga contiene da 1 a 500 biglietti.</translation>
    </message>
    <message>
        <source>%1 is not sold at this site.</source>
        <translation>%1 non è in vendita in questo luogo.</translation>
    </message>
    <message>
        <source>Today admission is free (first Sunday of the month or a free day): sell the free ticket instead of "%1".</source>
        <translation>Oggi l'ingresso è gratuito (prima domenica del mese o giornata gratuita): vendi il biglietto gratuito invece di "%1".</translation>
    </message>
    <message>
        <source>"%1" is only for free days.</source>
        <translation>"%1" vale solo nelle giornate gratuite.</translation>
    </message>
    <message>
        <source>This site's tickets are nominative: one line per visitor, with the visitor's name ("%1").</source>
        <translation>I biglietti di questo luogo sono nominativi: una riga per visitatore, con il nome del visitatore ("%1").</translation>
    </message>
    <message>
        <source>An add-on (such as a guided tour) is sold with an admission: %1 add-ons for %2 admissions.</source>
        <translation>Un servizio aggiuntivo (come una visita guidata) si vende con un ingresso: %1 servizi aggiuntivi per %2 ingressi.</translation>
    </message>
    <message>
        <source>Confirm the document check for "%1": %2</source>
        <translation>Conferma la verifica del documento per "%1": %2</translation>
    </message>
    <message>
        <source>Each payment must be more than zero.</source>
        <translation>Ogni pagamento deve essere maggiore di zero.</translation>
    </message>
    <message>
        <source>The kiosk takes cards only.</source>
        <translation>Il totem accetta solo pagamenti con carta.</translation>
    </message>
    <message>
        <source>The cash handed over (%1) is less than the amount due (%2).</source>
        <translation>I contanti consegnati (%1) sono inferiori all'importo dovuto (%2).</translation>
    </message>
    <message>
        <source>The payments (%1) do not add up to the total (%2).</source>
        <translation>I pagamenti (%1) non corrispondono al totale (%2).</translation>
    </message>
    <message>
        <source>Open a cash session before selling.</source>
        <translation>Apri una sessione di cassa prima di vendere.</translation>
    </message>
    <message>
        <source>Choose a time slot.</source>
        <translation>Scegli una fascia oraria.</translation>
    </message>
    <message>
        <source>There is no such time slot today.</source>
        <translation>Oggi questa fascia oraria non esiste.</translation>
    </message>
    <message>
        <source>The slot %1 is over.</source>
        <translation>La fascia oraria %1 è terminata.</translation>
    </message>
    <message>
        <source>This site does not sell by time slot.</source>
        <translation>Questo luogo non vende per fasce orarie.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>il disco è pieno</translation>
    </message>
    <message>
        <source>the data folder cannot be written to</source>
        <translation>nella cartella dei dati non si può scrivere</translation>
    </message>
    <message>
        <source>the disk could not be written</source>
        <translation>non è stato possibile scrivere sul disco</translation>
    </message>
    <message>
        <source>The sale was NOT saved (%1): nothing was sold and no ticket is valid. Free disk space or call support, then sell again.</source>
        <translation>La vendita NON è stata registrata (%1): non è stato venduto nulla e nessun biglietto è valido. Liberare spazio sul disco o chiamare l'assistenza, poi vendere di nuovo.</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>Indica un motivo.</translation>
    </message>
    <message>
        <source>More than %1: a supervisor must approve.</source>
        <translation>Oltre %1: serve l'approvazione di un supervisore.</translation>
    </message>
    <message>
        <source>The supervisor's PIN is not right.</source>
        <translation>Il PIN del supervisore non è corretto.</translation>
    </message>
    <message>
        <source>There is no receipt %1 on this device.</source>
        <translation>Su questo dispositivo non esiste lo scontrino %1.</translation>
    </message>
    <message>
        <source>Receipt %1 is already void.</source>
        <translation>Lo scontrino %1 è già annullato.</translation>
    </message>
    <message>
        <source>Receipt %1 was partly refunded: refund the rest instead.</source>
        <translation>Lo scontrino %1 è stato rimborsato in parte: rimborsa invece il resto.</translation>
    </message>
    <message>
        <source>Only a sale of the open cash session can be voided: refund receipt %1 instead.</source>
        <translation>Si può annullare solo una vendita della sessione di cassa aperta: rimborsa invece lo scontrino %1.</translation>
    </message>
    <message>
        <source>A ticket of receipt %1 was already used: it cannot be voided.</source>
        <translation>Un biglietto dello scontrino %1 è già stato usato: lo scontrino non può essere annullato.</translation>
    </message>
    <message>
        <source>Receipt %1 is void: there is nothing to refund.</source>
        <translation>Lo scontrino %1 è annullato: non c'è nulla da rimborsare.</translation>
    </message>
    <message>
        <source>Choose the tickets to refund.</source>
        <translation>Scegli i biglietti da rimborsare.</translation>
    </message>
    <message>
        <source>Open a cash session to give cash back.</source>
        <translation>Apri una sessione di cassa per restituire contanti.</translation>
    </message>
    <message>
        <source>Ticket %1 is not on receipt %2.</source>
        <translation>Il biglietto %1 non è sullo scontrino %2.</translation>
    </message>
    <message>
        <source>Ticket %1 was already refunded.</source>
        <translation>Il biglietto %1 è già stato rimborsato.</translation>
    </message>
    <message>
        <source>Ticket %1 was already used: it cannot be refunded.</source>
        <translation>Il biglietto %1 è già stato usato: non può essere rimborsato.</translation>
    </message>
    <message>
        <source>No ticket %1 is known here: scan its QR code instead.</source>
        <translation>Il biglietto %1 non è noto qui: scansiona invece il suo codice QR.</translation>
    </message>
    <message>
        <source>This is not a ticket of ours.</source>
        <translation>Questo biglietto non è stato emesso da noi.</translation>
    </message>
    <message>
        <source>The ticket was issued by a device this counter does not know: sync, then scan again.</source>
        <translation>Il biglietto è stato emesso da un dispositivo che questa cassa non conosce: sincronizza, poi scansiona di nuovo.</translation>
    </message>
    <message>
        <source>The ticket's signature does not match: it is forged or damaged.</source>
        <translation>La firma del biglietto non corrisponde: è contraffatto o danneggiato.</translation>
    </message>
    <message>
        <source>The ticket is for another site.</source>
        <translation>Il biglietto è per un altro luogo.</translation>
    </message>
    <message>
        <source>The ticket was voided or refunded.</source>
        <translation>Il biglietto è stato annullato o rimborsato.</translation>
    </message>
    <message>
        <source>The ticket is valid on %1, not today.</source>
        <translation>Il biglietto è valido il %1, non oggi.</translation>
    </message>
    <message>
        <source>The ticket is for the %1 slot, not now.</source>
        <translation>Il biglietto è per la fascia oraria %1, non per quella attuale.</translation>
    </message>
    <message>
        <source>Already used on %1 at %2 (device %3).</source>
        <translation>Già usato il %1 presso %2 (dispositivo %3).</translation>
    </message>
    <message>
        <source>Valid: welcome.</source>
        <translation>Valido: benvenuti.</translation>
    </message>
    <message>
        <source>Exit recorded.</source>
        <translation>Uscita registrata.</translation>
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
    <message>
        <source>Ticket %1 admitted at two sites</source>
        <translation>Biglietto %1 ammesso in due luoghi</translation>
    </message>
    <message>
        <source>Agency %1 booked far above its history</source>
        <translation>L'agenzia %1 ha prenotato molto al di sopra del suo storico</translation>
    </message>
    <message>
        <source>weekly closing day</source>
        <translation>giorno di chiusura settimanale</translation>
    </message>
    <message>
        <source>%1 tickets sold at the counter or kiosk on %2, when the site was closed (%3)</source>
        <translation>%1 biglietti venduti in biglietteria o al totem il %2, quando il luogo era chiuso (%3)</translation>
    </message>
    <message>
        <source>%1 tickets sold at the counter or kiosk on %2 between %3:00 and %4:00; the site was open %5:00-%6:00 that day</source>
        <translation>%1 biglietti venduti in biglietteria o al totem il %2 tra le %3:00 e le %4:00; quel giorno il luogo era aperto dalle %5:00 alle %6:00</translation>
    </message>
    <message>
        <source>%1 (%2) made %3% of the tickets on %4 open days from %5 to %6 (%7 of %8); usually %9% +/- %10%</source>
        <translation>%1 (%2) ha rappresentato il %3% dei biglietti in %4 giorni di apertura dal %5 al %6 (%7 su %8); di solito il %9% +/- %10%</translation>
    </message>
    <message>
        <source>no %1 sales on %2 open days from %3 to %4, where about %5 were expected (usually %6% of the tickets)</source>
        <translation>nessuna vendita sul canale %1 in %2 giorni di apertura dal %3 al %4, a fronte di circa %5 attese (di solito il %6% dei biglietti)</translation>
    </message>
    <message>
        <source>%1 sold %2 tickets on %3 open days from %4 to %5, where about %6 were expected (usually %7% of the tickets)</source>
        <translation>il canale %1 ha venduto %2 biglietti in %3 giorni di apertura dal %4 al %5, a fronte di circa %6 attesi (di solito il %7% dei biglietti)</translation>
    </message>
    <message>
        <source>%1 B2B tickets bought for %2 at %3:00 (%4 visitors came with them); the site's B2B bookings are usually %5 tickets +/- %6</source>
        <translation>%1 biglietti B2B acquistati per il %2 alle %3:00 (con questi sono entrati %4 visitatori); le prenotazioni B2B del luogo sono di solito di %5 biglietti +/- %6</translation>
    </message>
    <message>
        <source>clerk %1 voided %2% of their sales (%3 of %4) from %5 to %6; the site's other clerks void %7% +/- %8%</source>
        <translation>l'operatore %1 ha annullato il %2% delle sue vendite (%3 su %4) dal %5 al %6; gli altri operatori del luogo annullano il %7% +/- %8%</translation>
    </message>
    <message>
        <source>clerk %1 refunded %2% of their sales (%3 of %4) from %5 to %6; the site's other clerks refund %7% +/- %8%</source>
        <translation>l'operatore %1 ha rimborsato il %2% delle sue vendite (%3 su %4) dal %5 al %6; gli altri operatori del luogo rimborsano il %7% +/- %8%</translation>
    </message>
    <message>
        <source>%1 short in all</source>
        <translation>ammanco complessivo di %1</translation>
    </message>
    <message>
        <source>%1 over in all</source>
        <translation>eccedenza complessiva di %1</translation>
    </message>
    <message>
        <source>clerk %1's cash count was off by %2 or more in %3 of %4 sessions from %5 to %6 (%7); the site's other clerks: %8 of %9</source>
        <translation>il conteggio di cassa dell'operatore %1 ha mostrato una differenza di %2 o più in %3 sessioni su %4 dal %5 al %6 (%7); gli altri operatori del luogo: %8 su %9</translation>
    </message>
    <message>
        <source>first entry at %1 on %2 (device %3)</source>
        <translation>primo ingresso presso %1 il %2 (dispositivo %3)</translation>
    </message>
    <message>
        <source>first entry recorded by another counter</source>
        <translation>primo ingresso registrato da un'altra cassa</translation>
    </message>
    <message>
        <source>ticket %1 was scanned for entry %2 more time(s) after its %3, last by clerk %4</source>
        <translation>il biglietto %1 è stato scansionato di nuovo all'ingresso dopo il suo %3 (scansioni ripetute: %2; l'ultima dall'operatore %4)</translation>
    </message>
    <message>
        <source>An alert is acknowledged with a comment.</source>
        <translation>La presa visione di un avviso richiede un commento.</translation>
    </message>
    <message>
        <source>ticket %1 was admitted again at %2 by counter %3 on %4, after its first entry there by counter %5 on %6</source>
        <translation>il biglietto %1 è stato ammesso di nuovo presso %2 dalla cassa %3 il %4, dopo il primo ingresso nello stesso luogo dalla cassa %5 il %6</translation>
    </message>
    <message>
        <source>ticket %1 (not a combined ticket) was admitted at %2 by counter %3 on %4 and at %5 by counter %6 on %7</source>
        <translation>il biglietto %1 (non cumulativo) è stato ammesso presso %2 dalla cassa %3 il %4 e presso %5 dalla cassa %6 il %7</translation>
    </message>
    <message>
        <source>agency %1 booked %2 visitors in %3 booking(s) on %4; its purchases over the year before were %5 visitors +/- %6 (%7 days)</source>
        <translation>l'agenzia %1 ha prenotato %2 visitatori il %4 (prenotazioni: %3); nell'anno precedente i suoi acquisti erano di %5 visitatori +/- %6 (su %7 giorni)</translation>
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
    <message>
        <source>Manage the hub's users:
  users add NAME --role director|clerk|regional|gateway --scope CODE[,CODE...] --password-file F
  users list
  users remove NAME
  users password NAME --password-file F
Scopes are site codes, or region codes for a regional manager; a clerk has one site.</source>
        <translation>Gestisce gli utenti dell'hub:
  users add NOME --role director|clerk|regional|gateway --scope CODICE[,CODICE...] --password-file F
  users list
  users remove NOME
  users password NOME --password-file F
Gli ambiti sono codici di luogo, o codici di regione per un responsabile regionale; un cassiere ha un solo luogo.</translation>
    </message>
    <message>
        <source>The user's role.</source>
        <translation>Il ruolo dell'utente.</translation>
    </message>
    <message>
        <source>Site or region codes, comma-separated.</source>
        <translation>Codici di luogo o di regione, separati da virgole.</translation>
    </message>
    <message>
        <source>A file whose first line is the password.</source>
        <translation>Un file la cui prima riga è la password.</translation>
    </message>
    <message>
        <source>add, list, remove or password.</source>
        <translation>add, list, remove o password.</translation>
    </message>
    <message>
        <source>The user's name.</source>
        <translation>Il nome dell'utente.</translation>
    </message>
    <message>
        <source>--password-file must name a readable file.</source>
        <translation>--password-file deve indicare un file leggibile.</translation>
    </message>
    <message>
        <source>There is no hub database in %1.</source>
        <translation>Non c'è un database dell'hub in %1.</translation>
    </message>
    <message>
        <source>--role takes director, clerk, regional or gateway.</source>
        <translation>--role vuole director, clerk, regional o gateway.</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>Utente %1 aggiunto.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>Non esiste l'utente %1.</translation>
    </message>
    <message>
        <source>User %1 removed; their tokens no longer work.</source>
        <translation>Utente %1 rimosso; i suoi token non valgono più.</translation>
    </message>
    <message>
        <source>New password for %1; their tokens no longer work.</source>
        <translation>Nuova password per %1; i suoi token non valgono più.</translation>
    </message>
    <message>
        <source>Seconds between transaction-monitoring runs (0: off).</source>
        <translation>Secondi tra un'esecuzione e l'altra del monitoraggio delle transazioni (0: disattivato).</translation>
    </message>
    <message>
        <source>Visitor-profile cells under this many visitors are never sent (k-anonymity).</source>
        <translation>Le celle dei profili dei visitatori con meno di questo numero di visitatori non vengono mai inviate (k-anonimato).</translation>
    </message>
    <message>
        <source>Connections served at once; more are refused (503).</source>
        <translation>Connessioni servite contemporaneamente; le altre sono rifiutate (503).</translation>
    </message>
    <message>
        <source>Seconds a client may take to send a request's header or body.</source>
        <translation>Secondi concessi a un client per inviare l'intestazione o il corpo di una richiesta.</translation>
    </message>
    <message>
        <source>Visitor profiles are now suppressed under %1 visitors: every client receives them again at its next sync.</source>
        <translation>I profili dei visitatori sono ora soppressi sotto i %1 visitatori: ogni client li riceverà di nuovo alla prossima sincronizzazione.</translation>
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
    <name>sync::HubAlerts</name>
    <message>
        <source>Only directors and regional managers acknowledge alerts.</source>
        <translation>Solo i direttori e i responsabili regionali prendono visione degli avvisi.</translation>
    </message>
    <message>
        <source>There is no such alert.</source>
        <translation>Questo avviso non esiste.</translation>
    </message>
    <message>
        <source>An alert is acknowledged with a "comment" of 1 to 2000 characters.</source>
        <translation>La presa visione di un avviso richiede un "comment" da 1 a 2000 caratteri.</translation>
    </message>
    <message>
        <source>"acknowledged_utc" must be a time in seconds, not in the future.</source>
        <translation>"acknowledged_utc" deve essere un orario in secondi, non nel futuro.</translation>
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
    <message>
        <source>Too many failed sign-ins; wait before trying again.</source>
        <translation>Troppi accessi non riusciti; attendere prima di riprovare.</translation>
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
    <name>sync::HubFunding</name>
    <message>
        <source>The table is not valid; nothing was stored.</source>
        <translation>La tabella non è valida; non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obbligatorio.</translation>
    </message>
    <message>
        <source>Must be a string.</source>
        <translation>Deve essere una stringa.</translation>
    </message>
    <message>
        <source>Too long.</source>
        <translation>Troppo lungo.</translation>
    </message>
    <message>
        <source>Required: an amount in cents.</source>
        <translation>Obbligatorio: un importo in centesimi.</translation>
    </message>
    <message>
        <source>Must be a whole number of cents, 0 or more.</source>
        <translation>Deve essere un numero intero di centesimi, 0 o più.</translation>
    </message>
    <message>
        <source>Funding tables are published by directors and regional managers.</source>
        <translation>Le tabelle dei finanziamenti sono pubblicate dai direttori e dai responsabili regionali.</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>Il corpo deve essere un oggetto JSON.</translation>
    </message>
    <message>
        <source>Unknown field: leave it out.</source>
        <translation>Campo sconosciuto: omettilo.</translation>
    </message>
    <message>
        <source>Must be "site:CODE" or "region:CODE".</source>
        <translation>Deve essere "site:CODICE" o "region:CODICE".</translation>
    </message>
    <message>
        <source>Must be a list of 1 to 500 lines.</source>
        <translation>Deve essere un elenco da 1 a 500 linee.</translation>
    </message>
    <message>
        <source>A line must be a JSON object.</source>
        <translation>Una linea deve essere un oggetto JSON.</translation>
    </message>
    <message>
        <source>Must be a quarter such as "T4-2025".</source>
        <translation>Deve essere un trimestre come "T4-2025".</translation>
    </message>
    <message>
        <source>The scope is not yours: a director publishes for their sites, a regional manager for their regions.</source>
        <translation>L'ambito non è di tua competenza: un direttore pubblica per i propri luoghi, un responsabile regionale per le proprie regioni.</translation>
    </message>
    <message>
        <source>A table with this code is already published for another site or region.</source>
        <translation>Una tabella con questo codice è già pubblicata per un altro luogo o un'altra regione.</translation>
    </message>
</context>
<context>
    <name>sync::HubMonitor</name>
    <message>
        <source>Transaction monitoring: %1 finding(s), %2 new alert(s).</source>
        <translation>Monitoraggio delle transazioni: rilevazioni %1, nuovi avvisi %2.</translation>
    </message>
    <message>
        <source>Transaction monitoring failed: %1</source>
        <translation>Monitoraggio delle transazioni non riuscito: %1</translation>
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
    <message>
        <source>--max-connections takes a number from 1 to 100000.</source>
        <translation>--max-connections vuole un numero da 1 a 100000.</translation>
    </message>
    <message>
        <source>--request-timeout takes a number of seconds from 1 to 3600.</source>
        <translation>--request-timeout vuole un numero di secondi da 1 a 3600.</translation>
    </message>
    <message>
        <source>--profile-k takes a number of visitors from 2 to 1000.</source>
        <translation>--profile-k vuole un numero di visitatori da 2 a 1000.</translation>
    </message>
    <message>
        <source>--monitor-interval takes a number of seconds from 0 (off) to 86400.</source>
        <translation>--monitor-interval vuole un numero di secondi da 0 (disattivato) a 86400.</translation>
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
    <message>
        <source>The hub is busy; try again in a moment.</source>
        <translation>L'hub è occupato; riprovare tra un momento.</translation>
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
    <name>sync::HubUserAdmin</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Una password deve avere almeno %1 caratteri.</translation>
    </message>
    <message>
        <source>A user name is 1 to 64 letters, digits, dots, dashes, underscores or @, starting with a letter or digit.</source>
        <translation>Un nome utente è fatto di 1-64 lettere, cifre, punti, trattini, trattini bassi o @, e inizia con una lettera o una cifra.</translation>
    </message>
    <message>
        <source>There is already a user %1.</source>
        <translation>Esiste già un utente %1.</translation>
    </message>
    <message>
        <source>A user needs a scope: the sites (or, for a regional manager, the regions) it sees.</source>
        <translation>Un utente ha bisogno di un ambito: i luoghi (o, per un responsabile regionale, le regioni) che vede.</translation>
    </message>
    <message>
        <source>A clerk works at exactly one site.</source>
        <translation>Un cassiere lavora in un solo luogo.</translation>
    </message>
    <message>
        <source>The hub has no region %1.</source>
        <translation>L'hub non ha la regione %1.</translation>
    </message>
    <message>
        <source>The hub has no site %1.</source>
        <translation>L'hub non ha il luogo %1.</translation>
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
    <message>
        <source>Too many failed sign-ins for this user; try again in %1 s.</source>
        <translation>Troppi accessi non riusciti per questo utente; riprovare tra %1 s.</translation>
    </message>
    <message>
        <source>The local cache could not be read: %1</source>
        <translation>Non è stato possibile leggere la cache locale: %1</translation>
    </message>
    <message>
        <source>The hub answered an acknowledgement with status %1.</source>
        <translation>L'hub ha risposto a una presa visione con lo stato %1.</translation>
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
    <name>widgets::AlertsPage</name>
    <message>
        <source>The alerts could not be read from the cache: %1</source>
        <translation>Non è stato possibile leggere gli avvisi dalla cache: %1</translation>
    </message>
    <message>
        <source>The alert is no longer in the cache.</source>
        <translation>L'avviso non è più presente nella cache.</translation>
    </message>
    <message>
        <source>The acknowledgement could not be saved: %1</source>
        <translation>Non è stato possibile salvare la presa visione: %1</translation>
    </message>
    <message>
        <source>Show a&amp;cknowledged</source>
        <translation>Mostra &amp;già visti</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>Prendi &amp;visione</translation>
    </message>
    <message>
        <source>Kind of alert</source>
        <translation>Tipo di avviso</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Qualsiasi gravità</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Emesso</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Presa visione</translation>
    </message>
    <message>
        <source>Alerts, newest first</source>
        <translation>Avvisi, dal più recente</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Spiegazione</translation>
    </message>
    <message>
        <source>Comment for the acknowledgement</source>
        <translation>Commento alla presa visione</translation>
    </message>
    <message>
        <source>What was checked or done (required)</source>
        <translation>Cosa è stato verificato o fatto (obbligatorio)</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Co&amp;mmento:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Gravità:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Luogo:</translation>
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
        <source>No alerts match: try a longer period or fewer filters.</source>
        <translation>Nessun avviso corrisponde: prova un periodo più lungo o meno filtri.</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s), %1 open</source>
        <translation><numerusform>%n avviso, %1 aperti</numerusform><numerusform>%n avvisi, %1 aperti</numerusform></translation>
    </message>
    <message>
        <source>No alert chosen</source>
        <translation>Nessun avviso scelto</translation>
    </message>
    <message>
        <source>Choose an alert in the list to read its explanation and acknowledge it.</source>
        <translation>Scegli un avviso nell'elenco per leggerne la spiegazione e prenderne visione.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · raised %4</source>
        <translation>%1 · %2 · %3 · emesso il %4</translation>
    </message>
    <message>
        <source>No further explanation was recorded.</source>
        <translation>Non è stata registrata altra spiegazione.</translation>
    </message>
    <message>
        <source>Acknowledged on %1: “%2”</source>
        <translation>Presa visione il %1: «%2»</translation>
    </message>
    <message>
        <source>Open: not acknowledged yet.</source>
        <translation>Aperto: nessuno ne ha ancora preso visione.</translation>
    </message>
    <message>
        <source>Write a comment first: an alert is acknowledged with a comment.</source>
        <translation>Scrivi prima un commento: la presa visione di un avviso richiede un commento.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Acknowledged.</source>
        <translation>Presa visione registrata.</translation>
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
    <name>widgets::BreadcrumbBar</name>
    <message>
        <source>Drill-down path</source>
        <translation>Percorso di approfondimento</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Indietro</translation>
    </message>
    <message>
        <source>Back to the previous level (Alt+Left)</source>
        <translation>Torna al livello precedente (Alt+Sinistra)</translation>
    </message>
    <message>
        <source>Back to the previous level</source>
        <translation>Torna al livello precedente</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Torna a %1</translation>
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
        <source>Dashboard</source>
        <translation>Dashboard</translation>
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
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Esporta %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No forecast: %1</source>
        <translation>Nessuna previsione: %1</translation>
    </message>
    <message>
        <source>Sold online</source>
        <translation>Venduti online</translation>
    </message>
    <message>
        <source>Peak occupancy</source>
        <translation>Picco di presenze</translation>
    </message>
    <message>
        <source>Climate in range</source>
        <translation>Microclima nei limiti</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <source>Data age</source>
        <translation>Età dei dati</translation>
    </message>
    <message>
        <source>Sales channels</source>
        <translation>Canali di vendita</translation>
    </message>
    <message>
        <source>Ticket categories</source>
        <translation>Tipologie di biglietto</translation>
    </message>
    <message>
        <source>Visitors by weekday and hour</source>
        <translation>Visitatori per giorno della settimana e ora</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Anno:</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Andamento</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Ripristina lo zoom</translation>
    </message>
    <message>
        <source>Visitor profile</source>
        <translation>Profilo dei visitatori</translation>
    </message>
    <message>
        <source>Dashboard figures</source>
        <translation>Dati del cruscotto</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The hub cannot be reached: the figures are those of the local copy.</source>
        <translation>L'hub non è raggiungibile: i dati sono quelli della copia locale.</translation>
    </message>
    <message numerus="yes">
        <source>Data as of %1 (%n hour(s) old).</source>
        <translation><numerusform>Dati aggiornati al %1 (%n ora fa).</numerusform><numerusform>Dati aggiornati al %1 (%n ore fa).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Data as of %1 (%n day(s) old).</source>
        <translation><numerusform>Dati aggiornati al %1 (%n giorno fa).</numerusform><numerusform>Dati aggiornati al %1 (%n giorni fa).</numerusform></translation>
    </message>
    <message>
        <source>The hub cannot be reached: the figures are those of the local copy. %1</source>
        <translation>L'hub non è raggiungibile: i dati sono quelli della copia locale. %1</translation>
    </message>
    <message>
        <source>There are no figures yet for this period: the data ends on %1.</source>
        <translation>Non ci sono ancora dati per questo periodo: i dati arrivano al %1.</translation>
    </message>
    <message>
        <source>No visitors or sales are recorded for %1 in this period.</source>
        <translation>Nessun visitatore e nessuna vendita registrati per %1 in questo periodo.</translation>
    </message>
    <message>
        <source>%1 of %2 tickets</source>
        <translation>%1 su %2 biglietti</translation>
    </message>
    <message>
        <source>%1 of %2 people at once in %3</source>
        <translation>%1 persone contemporaneamente su %2 in %3</translation>
    </message>
    <message>
        <source>No occupancy readings in this period</source>
        <translation>Nessuna rilevazione delle presenze in questo periodo</translation>
    </message>
    <message>
        <source>%1 of %2 indoor hours within the thresholds</source>
        <translation>%1 ore al chiuso su %2 entro le soglie</translation>
    </message>
    <message>
        <source>No climate readings in this period</source>
        <translation>Nessuna rilevazione microclimatica in questo periodo</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Week of %1 to %2</source>
        <translation>Settimana dal %1 al %2</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Stesso periodo dell'anno scorso</translation>
    </message>
    <message>
        <source>Visitors by hour</source>
        <translation>Visitatori per ora</translation>
    </message>
    <message>
        <source>Visitors by day</source>
        <translation>Visitatori per giorno</translation>
    </message>
    <message>
        <source>Visitors by week</source>
        <translation>Visitatori per settimana</translation>
    </message>
    <message>
        <source>Visitors by month</source>
        <translation>Visitatori per mese</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Click a point (or press Enter on it) to see it in detail; drag or use the wheel to zoom.</source>
        <translation>Fai clic su un punto (o premi Invio) per vederlo in dettaglio; trascina o usa la rotellina per lo zoom.</translation>
    </message>
    <message>
        <source>Dashed: the forecast for the days after the data, with its 80 % band.</source>
        <translation>Tratteggiata: la previsione per i giorni dopo i dati, con la sua fascia all'80 %.</translation>
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
    <name>widgets::FundingPage</name>
    <message>
        <source>Funded projects</source>
        <translation>Progetti finanziati</translation>
    </message>
    <message>
        <source>Funding table</source>
        <translation>Tabella dei finanziamenti</translation>
    </message>
    <message>
        <source>Figures as on</source>
        <translation>Dati al</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mesi</translation>
    </message>
    <message>
        <source>At risk: deadline within</source>
        <translation>A rischio: scadenza entro</translation>
    </message>
    <message>
        <source>At risk: spent below</source>
        <translation>A rischio: speso sotto il</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importa…</translation>
    </message>
    <message>
        <source>Import a funding table or digitisation progress from CSV or XLSX</source>
        <translation>Importa una tabella dei finanziamenti o lo stato della digitalizzazione da CSV o XLSX</translation>
    </message>
    <message>
        <source>As on</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>and spent below</source>
        <translation>e speso sotto il</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Months left</source>
        <translation>Mesi residui</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Segnalazione</translation>
    </message>
    <message>
        <source>Committed/funded</source>
        <translation>Impegnato/finanziato</translation>
    </message>
    <message>
        <source>Spent/committed</source>
        <translation>Speso/impegnato</translation>
    </message>
    <message>
        <source>Spent/funded</source>
        <translation>Speso/finanziato</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Finanziato</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Impegnato</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In itinere</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Speso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Commitments in progress</source>
        <translation>Impegni in itinere</translation>
    </message>
    <message>
        <source>Funded lines</source>
        <translation>Linee finanziate</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Work sites planned</source>
        <translation>Cantieri previsti</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivi</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Conclusi</translation>
    </message>
    <message>
        <source>To start</source>
        <translation>Da avviare</translation>
    </message>
    <message>
        <source>Resources produced</source>
        <translation>Risorse prodotte</translation>
    </message>
    <message>
        <source>Resources target</source>
        <translation>Obiettivo risorse</translation>
    </message>
    <message>
        <source>Produced</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Data obiettivo</translation>
    </message>
    <message>
        <source>Digitisation progress per site</source>
        <translation>Stato della digitalizzazione per luogo</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Digitisation work per site</source>
        <translation>Cantieri di digitalizzazione per luogo</translation>
    </message>
    <message>
        <source>The funding tables could not be read: %1</source>
        <translation>Impossibile leggere le tabelle dei finanziamenti: %1</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… e altri %1.</translation>
    </message>
    <message>
        <source>%1 was not imported, nothing of it was stored:
%2</source>
        <translation>%1 non è stato importato, non ne è stato salvato nulla:
%2</translation>
    </message>
    <message>
        <source>Imported the digitisation progress from %1; sites: %2.</source>
        <translation>Importato lo stato della digitalizzazione da %1; luoghi: %2.</translation>
    </message>
    <message>
        <source>Imported %1 (%2 lines) from %3.</source>
        <translation>Importata la tabella %1 (%2 linee) da %3.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 non è stato importato: %2</translation>
    </message>
    <message>
        <source>Import a funding table</source>
        <translation>Importa una tabella dei finanziamenti</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Tabelle (*.csv *.xlsx);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importazione di %1…</translation>
    </message>
    <message>
        <source>No digitisation progress imported: a table with the columns sito, cantieri previsti, cantieri attivi, cantieri conclusi, risorse prodotte, obiettivo risorse, data obiettivo.</source>
        <translation>Nessuno stato della digitalizzazione importato: serve una tabella con le colonne sito, cantieri previsti, cantieri attivi, cantieri conclusi, risorse prodotte, obiettivo risorse, data obiettivo.</translation>
    </message>
    <message>
        <source>Work sites: %1 planned, %2 active, %3 concluded, %4 still to start. Digital resources: %5 of %6 (%7).</source>
        <translation>Cantieri: %1 previsti, %2 attivi, %3 conclusi, %4 ancora da avviare. Risorse digitali: %5 su %6 (%7).</translation>
    </message>
    <message>
        <source>No funding table imported yet. Import the ministry's table (CSV or XLSX: description with the line's code, target, deadline such as T4-2025, status, funded, committed, commitments in progress, spent, notes) with Import…, or sync with the hub.</source>
        <translation>Nessuna tabella dei finanziamenti importata. Importa la tabella del ministero (CSV o XLSX: descrizione con il codice della linea, target, scadenza come T4-2025, stato, finanziamento, impegnato, impegni in itinere, speso, note) con Importa…, oppure sincronizza con l'hub.</translation>
    </message>
    <message>
        <source>%1
Target: %2</source>
        <translation>%1
Target: %2</translation>
    </message>
    <message>
        <source>%1 %2
Target: %3
Deadline: %4
%5</source>
        <translation>%1 %2
Target: %3
Scadenza: %4
%5</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Funded %2 · committed %3 (%4 of the funding) · commitments in progress %5 · spent %6 (%7 of the commitments, %8 of the funding).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Finanziato %2 · impegnato %3 (%4 del finanziamento) · impegni in itinere %5 · speso %6 (%7 dell'impegnato, %8 del finanziamento).</translation>
    </message>
    <message>
        <source>On %1: lines at risk %2, past the deadline with the target not met %3.</source>
        <translation>Al %1: linee a rischio %2, scadute senza target conseguito %3.</translation>
    </message>
    <message>
        <source>The sub-lines add up to their parent lines.</source>
        <translation>Le sotto-linee sommano esattamente alle rispettive linee principali.</translation>
    </message>
    <message>
        <source>Check: the sub-lines of %1 add up to %2 (%3), the line says %4.</source>
        <translation>Verifica: le sotto-linee di %1 sommano a %2 (%3), mentre la linea riporta %4.</translation>
    </message>
</context>
<context>
    <name>widgets::FundingTimeline</name>
    <message>
        <source>Milestones timeline</source>
        <translation>Cronologia delle milestone</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>A rischio</translation>
    </message>
    <message>
        <source>Past deadline, target not met</source>
        <translation>Scaduta, target non conseguito</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Target conseguito</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>In linea</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Oggi %1</translation>
    </message>
</context>
<context>
    <name>widgets::HeatmapView</name>
    <message>
        <source>%1, %2: %3 visitors</source>
        <translation>%1, %2: %3 visitatori</translation>
    </message>
    <message>
        <source>No visitors in the period.</source>
        <translation>Nessun visitatore nel periodo.</translation>
    </message>
    <message>
        <source>Busiest: %1. Use the arrow keys to read each hour.</source>
        <translation>Più affollato: %1. Usa i tasti freccia per leggere ogni ora.</translation>
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
    <message>
        <source>▲ +%1 points on the same period last year</source>
        <translation>▲ +%1 punti sullo stesso periodo dell'anno scorso</translation>
    </message>
    <message>
        <source>▼ −%1 points on the same period last year</source>
        <translation>▼ −%1 punti sullo stesso periodo dell'anno scorso</translation>
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
    <message>
        <source>Regional</source>
        <translation>Regionale</translation>
    </message>
    <message>
        <source>Zones &amp; climate</source>
        <translation>Sale e microclima</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <source>Funded projects</source>
        <translation>Progetti finanziati</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Re&amp;gional</source>
        <translation>Re&amp;gionale</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;Zones &amp;&amp; climate</source>
        <translation>&amp;Sale e microclima</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>A&amp;vvisi</translation>
    </message>
    <message>
        <source>Ctrl+7</source>
        <translation>Ctrl+7</translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation>R&amp;eport</translation>
    </message>
    <message>
        <source>Ctrl+9</source>
        <translation>Ctrl+9</translation>
    </message>
</context>
<context>
    <name>widgets::MixChart</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Visitors: %2 (%3 %)&lt;br&gt;Tickets: %4&lt;br&gt;Revenue: %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Visitatori: %2 (%3 %)&lt;br&gt;Biglietti: %4&lt;br&gt;Incassi: %5</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitatori</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>%1: %2 visitors</source>
        <translation>%1: %2 visitatori</translation>
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
    <name>widgets::PeriodPicker</name>
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
</context>
<context>
    <name>widgets::RegionalPage</name>
    <message>
        <source>The ranking could not be read from the cache: %1</source>
        <translation>Non è stato possibile leggere la classifica dalla cache: %1</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Dove ti trovi</translation>
    </message>
    <message>
        <source>Regional overview</source>
        <translation>Quadro regionale</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Luogo</translation>
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
        <source>Visitors last year</source>
        <translation>Visitatori anno precedente</translation>
    </message>
    <message>
        <source>Change on last year</source>
        <translation>Variazione sull'anno precedente</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Trend by month</source>
        <translation>Andamento mensile</translation>
    </message>
    <message>
        <source>Ranking of sites</source>
        <translation>Classifica dei luoghi</translation>
    </message>
    <message>
        <source>Select two or more sites to compare them; double-click a site (or press Enter) to see its zones</source>
        <translation>Seleziona due o più luoghi per confrontarli; fai doppio clic su un luogo (o premi Invio) per vederne le sale</translation>
    </message>
    <message>
        <source>Comparison of the selected sites</source>
        <translation>Confronto dei luoghi selezionati</translation>
    </message>
    <message>
        <source>Site versus site</source>
        <translation>Luogo a confronto</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Classifica</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Regione:</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Tutte le regioni</translation>
    </message>
    <message>
        <source>&lt;a href="all"&gt;All regions&lt;/a&gt; › %1</source>
        <comment>breadcrumb</comment>
        <translation>&lt;a href="all"&gt;Tutte le regioni&lt;/a&gt; › %1</translation>
    </message>
    <message>
        <source>No visitors in this region and period: choose another period or region.</source>
        <translation>Nessun visitatore in questa regione e periodo: scegli un altro periodo o un'altra regione.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>month: visitors</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1%2 %</source>
        <comment>sign, percentage</comment>
        <translation>%1%2 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Visitors by month: %1</source>
        <translation>Visitatori per mese: %1</translation>
    </message>
    <message>
        <source>Select two or more sites in the ranking (Ctrl+click or Shift+click) to compare them here.</source>
        <translation>Seleziona due o più luoghi nella classifica (Ctrl+clic o Maiusc+clic) per confrontarli qui.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Revenue per visitor</source>
        <translation>Incasso per visitatore</translation>
    </message>
    <message>
        <source>Visitors, %1</source>
        <comment>month</comment>
        <translation>Visitatori, %1</translation>
    </message>
</context>
<context>
    <name>widgets::ReportsPage</name>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Cartella di lavoro Excel (XLSX)</translation>
    </message>
    <message>
        <source>CSV for Italian Excel (;)</source>
        <translation>CSV per Excel italiano (;)</translation>
    </message>
    <message>
        <source>CSV (RFC 4180, UTF-8)</source>
        <translation>CSV (RFC 4180, UTF-8)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Ambito:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Anteprima</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Esporta...</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnulla</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Avanzamento dell'esportazione</translation>
    </message>
    <message>
        <source>Choose a report, a scope and a period, then Preview or Export.</source>
        <translation>Scegli un report, un ambito e un periodo, poi Anteprima o Esporta.</translation>
    </message>
    <message>
        <source>Title page</source>
        <translation>Frontespizio</translation>
    </message>
    <message>
        <source>Preview of the report's first table</source>
        <translation>Anteprima della prima tabella del report</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tutti i luoghi</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Regione: %1</translation>
    </message>
    <message>
        <source>Making the preview...</source>
        <translation>Preparazione dell'anteprima...</translation>
    </message>
    <message numerus="yes">
        <source>%1 - %2, %3 to %4. %5 %n row(s).</source>
        <translation><numerusform>%1 - %2, dal %3 al %4. %5 %n riga.</numerusform><numerusform>%1 - %2, dal %3 al %4. %5 %n righe.</numerusform></translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Esporta il report</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>File %1 (*.%2)</translation>
    </message>
    <message>
        <source>Another export is running.</source>
        <translation>È in corso un'altra esportazione.</translation>
    </message>
    <message>
        <source>Exporting to %1...</source>
        <translation>Esportazione in %1...</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Scritto: %1</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Esportazione annullata: non è stato scritto alcun file.</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Annullamento...</translation>
    </message>
    <message>
        <source>First day of the report</source>
        <translation>Primo giorno del report</translation>
    </message>
    <message>
        <source>Last day of the report</source>
        <translation>Ultimo giorno del report</translation>
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
    <name>widgets::ScopePicker</name>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Choose several sites</source>
        <translation>Scegli più luoghi</translation>
    </message>
    <message>
        <source>Compare a set of sites of your choice</source>
        <translation>Confronta un insieme di luoghi a tua scelta</translation>
    </message>
    <message>
        <source>Sites to include</source>
        <translation>Luoghi da includere</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Regione:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Luogo:</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Tutte le regioni</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tutti i luoghi</translation>
    </message>
    <message>
        <source>All sites of %1</source>
        <translation>Tutti i luoghi di %1</translation>
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
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation><numerusform>%n luogo</numerusform><numerusform>%n luoghi</numerusform></translation>
    </message>
    <message>
        <source>Several sites (%1)…</source>
        <translation>Più luoghi (%1)…</translation>
    </message>
    <message>
        <source>Several sites…</source>
        <translation>Più luoghi…</translation>
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
    <message>
        <source>Left and right arrows move between the points, Enter opens the one chosen, plus and minus zoom, Shift with the arrows pans, Home shows everything.</source>
        <translation>Le frecce sinistra e destra scorrono i punti, Invio apre quello scelto, più e meno fanno lo zoom, Maiusc con le frecce sposta la vista, Home mostra tutto.</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Ripristina lo zoom</translation>
    </message>
    <message>
        <source>Forecast, %1 % band</source>
        <translation>Previsione, fascia al %1 %</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Previsione</translation>
    </message>
    <message>
        <source>Forecast: %1 (%2 % band %3–%4)</source>
        <translation>Previsione: %1 (fascia al %2 % %3–%4)</translation>
    </message>
    <message>
        <source>Forecast: %1</source>
        <translation>Previsione: %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>widgets::VisitorProfileView</name>
    <message>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitatori</translation>
    </message>
    <message>
        <source>Visitor profile</source>
        <translation>Profilo dei visitatori</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Provenienza</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Fascia d'età</translation>
    </message>
    <message>
        <source>Group type</source>
        <translation>Tipo di gruppo</translation>
    </message>
    <message>
        <source>Italy, other regions</source>
        <translation>Italia, altre regioni</translation>
    </message>
    <message>
        <source>Italy, %1 (the site's region)</source>
        <translation>Italia, %1 (la regione del luogo)</translation>
    </message>
    <message>
        <source>Other EU countries</source>
        <translation>Altri paesi dell'UE</translation>
    </message>
    <message>
        <source>Outside the EU</source>
        <translation>Fuori dall'UE</translation>
    </message>
    <message>
        <source>65 years and over</source>
        <translation>65 anni e oltre</translation>
    </message>
    <message>
        <source>%1 to %2 years</source>
        <translation>da %1 a %2 anni</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>Singoli</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Famiglie</translation>
    </message>
    <message>
        <source>School groups</source>
        <translation>Gruppi scolastici</translation>
    </message>
    <message>
        <source>Organised tours</source>
        <translation>Gruppi organizzati</translation>
    </message>
    <message>
        <source>No visitor profile for this scope and period.</source>
        <translation>Nessun profilo dei visitatori per questo ambito e periodo.</translation>
    </message>
    <message>
        <source>Groups of fewer than %1 visitors are shown as “&lt; %1” so that no visitor can be recognised.</source>
        <translation>I gruppi con meno di %1 visitatori sono indicati come “&lt; %1” perché nessun visitatore sia riconoscibile.</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>Fewer than %1 visitors, or hidden so the total cannot give a small group away.</source>
        <translation>Meno di %1 visitatori, oppure nascosto perché il totale non riveli un gruppo piccolo.</translation>
    </message>
</context>
<context>
    <name>widgets::ZoneClimateChart</name>
    <message>
        <source>Climate chart of the zone</source>
        <translation>Grafico del microclima della sala</translation>
    </message>
    <message>
        <source>Show the whole period</source>
        <translation>Mostra tutto il periodo</translation>
    </message>
    <message>
        <source>%1: no readings in this period</source>
        <translation>%1: nessuna lettura in questo periodo</translation>
    </message>
    <message>
        <source>Temperature (°C)</source>
        <translation>Temperatura (°C)</translation>
    </message>
    <message>
        <source>Relative humidity (%)</source>
        <translation>Umidità relativa (%)</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>% RH</source>
        <translation>% UR</translation>
    </message>
    <message>
        <source>Temperature limits</source>
        <translation>Limiti di temperatura</translation>
    </message>
    <message>
        <source>Humidity limits</source>
        <translation>Limiti di umidità</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
</context>
<context>
    <name>widgets::ZonesPage</name>
    <message>
        <source>The zones could not be read from the cache: %1</source>
        <translation>Non è stato possibile leggere le sale dalla cache: %1</translation>
    </message>
    <message>
        <source>The zone's readings could not be read from the cache: %1</source>
        <translation>Non è stato possibile leggere le misure della sala dalla cache: %1</translation>
    </message>
    <message>
        <source>The zone is no longer in the cache.</source>
        <translation>La sala non è più presente nella cache.</translation>
    </message>
    <message>
        <source>The thresholds could not be saved: %1</source>
        <translation>Non è stato possibile salvare le soglie: %1</translation>
    </message>
    <message>
        <source>Lowest temperature</source>
        <translation>Temperatura minima</translation>
    </message>
    <message>
        <source> °C</source>
        <translation> °C</translation>
    </message>
    <message>
        <source>Highest temperature</source>
        <translation>Temperatura massima</translation>
    </message>
    <message>
        <source>Lowest relative humidity</source>
        <translation>Umidità relativa minima</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Highest relative humidity</source>
        <translation>Umidità relativa massima</translation>
    </message>
    <message>
        <source>Most light</source>
        <translation>Illuminamento massimo</translation>
    </message>
    <message>
        <source> lux</source>
        <translation> lux</translation>
    </message>
    <message>
        <source>&amp;Save thresholds</source>
        <translation>&amp;Salva le soglie</translation>
    </message>
    <message>
        <source>Museum &amp;defaults</source>
        <translation>Valori &amp;museali predefiniti</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Dove ti trovi</translation>
    </message>
    <message>
        <source>Zones &amp; climate</source>
        <translation>Sale e microclima</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capienza</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Presenti ora</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Picco</translation>
    </message>
    <message>
        <source>Peak %</source>
        <translation>Picco %</translation>
    </message>
    <message>
        <source>Temp.</source>
        <translation>Temp.</translation>
    </message>
    <message>
        <source>RH</source>
        <translation>UR</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Luce</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Ore</translation>
    </message>
    <message>
        <source>Temp. out</source>
        <translation>Ore temp. fuori</translation>
    </message>
    <message>
        <source>RH out</source>
        <translation>Ore UR fuori</translation>
    </message>
    <message>
        <source>Light out</source>
        <translation>Ore luce fuori</translation>
    </message>
    <message>
        <source>Out of range</source>
        <translation>Fuori soglia</translation>
    </message>
    <message>
        <source>In range</source>
        <translation>Entro soglia</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Soglie</translation>
    </message>
    <message>
        <source>The peak against the zone's capacity</source>
        <translation>Il picco rispetto alla capienza della sala</translation>
    </message>
    <message>
        <source>Average temperature over the period</source>
        <translation>Temperatura media del periodo</translation>
    </message>
    <message>
        <source>Average relative humidity over the period</source>
        <translation>Umidità relativa media del periodo</translation>
    </message>
    <message>
        <source>Average light over the period</source>
        <translation>Illuminamento medio del periodo</translation>
    </message>
    <message>
        <source>Hours with readings in the period</source>
        <translation>Ore con misure nel periodo</translation>
    </message>
    <message>
        <source>Hours too hot or too cold</source>
        <translation>Ore troppo calde o troppo fredde</translation>
    </message>
    <message>
        <source>Hours too dry or too damp</source>
        <translation>Ore troppo secche o troppo umide</translation>
    </message>
    <message>
        <source>Hours with too much light</source>
        <translation>Ore con troppa luce</translation>
    </message>
    <message>
        <source>People present in the latest hour in the cache</source>
        <translation>Persone presenti nell'ultima ora presente nella cache</translation>
    </message>
    <message>
        <source>Most people present at once in the period</source>
        <translation>Massimo di persone presenti insieme nel periodo</translation>
    </message>
    <message>
        <source>Hours with any reading out of the zone's conservation thresholds</source>
        <translation>Ore con almeno una misura fuori dalle soglie di conservazione della sala</translation>
    </message>
    <message>
        <source>Zones of the site</source>
        <translation>Sale del luogo</translation>
    </message>
    <message>
        <source>Conservation thresholds</source>
        <translation>Soglie di conservazione</translation>
    </message>
    <message>
        <source>18–25 °C, 40–65 % relative humidity, at most 200 lux</source>
        <translation>18–25 °C, umidità relativa 40–65 %, al massimo 200 lux</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>T&amp;emperature:</source>
        <translation>T&amp;emperatura:</translation>
    </message>
    <message>
        <source>Relative &amp;humidity:</source>
        <translation>&amp;Umidità relativa:</translation>
    </message>
    <message>
        <source>&amp;Light at most:</source>
        <translation>&amp;Luce al massimo:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Luogo:</translation>
    </message>
    <message>
        <source>Museum defaults filled in: save to apply them.</source>
        <translation>Inseriti i valori museali predefiniti: salva per applicarli.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>site name, region</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>This site has no zones with sensors in the cache.</source>
        <translation>Questo luogo non ha sale con sensori nella cache.</translation>
    </message>
    <message>
        <source>%1 (outdoor)</source>
        <translation>%1 (all'aperto)</translation>
    </message>
    <message>
        <source>Average in the hour from %1; at most %2</source>
        <translation>Media nell'ora dalle %1; al massimo %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>%1 lux</source>
        <translation>%1 lux</translation>
    </message>
    <message>
        <source>%1–%2 °C · %3–%4 % · ≤ %5 lux</source>
        <translation>%1–%2 °C · %3–%4 % · ≤ %5 lux</translation>
    </message>
    <message>
        <source>none (outdoor)</source>
        <translation>nessuna (all'aperto)</translation>
    </message>
    <message>
        <source>People present in the hour from %1, the latest in the cache</source>
        <translation>Persone presenti nell'ora dalle %1, l'ultima presente nella cache</translation>
    </message>
    <message>
        <source>No zone to show</source>
        <translation>Nessuna sala da mostrare</translation>
    </message>
    <message>
        <source>%1, hour by hour</source>
        <translation>%1, ora per ora</translation>
    </message>
    <message>
        <source>%1, day by day</source>
        <translation>%1, giorno per giorno</translation>
    </message>
    <message>
        <source>&lt;a href="region:0"&gt;All regions&lt;/a&gt; › &lt;a href="region:%1"&gt;%2&lt;/a&gt; › %3</source>
        <comment>breadcrumb</comment>
        <translation>&lt;a href="region:0"&gt;Tutte le regioni&lt;/a&gt; › &lt;a href="region:%1"&gt;%2&lt;/a&gt; › %3</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <comment>breadcrumb</comment>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Conservation thresholds: %1</source>
        <translation>Soglie di conservazione: %1</translation>
    </message>
    <message>
        <source>An outdoor zone has no conservation thresholds.</source>
        <translation>Un'area all'aperto non ha soglie di conservazione.</translation>
    </message>
    <message>
        <source>Saving and counting the hours out of range again…</source>
        <translation>Salvataggio e nuovo conteggio delle ore fuori soglia…</translation>
    </message>
    <message>
        <source>Thresholds saved; the hours out of range are counted again.</source>
        <translation>Soglie salvate; le ore fuori soglia sono state ricontate.</translation>
    </message>
</context>
</TS>