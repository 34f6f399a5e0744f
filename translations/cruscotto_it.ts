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
        <source>sync needs --%1.</source>
        <translation>sync richiede --%1.</translation>
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
  import-visits  Import daily visitors from before the platform: FILE.csv with
                 lines date,site_code,visitors (ISO dates, header optional).
  import-stats   Import the ministry's published statistics (Tavola 5, regional
                 monthly visitors or gross takings, CSV as published): FILE...
  report         Write a report: --type monthly --scope all|region:NAME|site:CODE
                 --from YYYY-MM-DD --to YYYY-MM-DD --format csv|csv-it|xlsx
                 --out PATH.

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
  import-visits  Importa i visitatori giornalieri di prima della piattaforma: FILE.csv con
                 righe data,codice_luogo,visitatori (date ISO, intestazione facoltativa).
  import-stats   Importa le statistiche pubblicate dal ministero (Tavola 5, serie regionali
                 mensili di visitatori o introiti lordi, CSV come pubblicati): FILE...
  report         Scrive un report: --type monthly --scope all|region:NOME|site:CODICE
                 --from AAAA-MM-GG --to AAAA-MM-GG --format csv|csv-it|xlsx
                 --out PERCORSO.

Ogni comando accetta --data-dir DIR e --help.
</translation>
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