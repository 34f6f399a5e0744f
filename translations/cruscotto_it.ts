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
        <source>Usage: cruscotto-cli [--version] [--help] COMMAND [options]

Decision support for Italian state cultural sites, without a display.

Commands:
  sites    List the cache's sites: code, name, type, region (tab-separated).
  demo     Build a demo cache: --sites N --years Y [--seed S] [--until DATE].

Every command takes --data-dir DIR and --help.
</source>
        <translation>Uso: cruscotto-cli [--version] [--help] COMANDO [opzioni]

Supporto alle decisioni per i luoghi della cultura statali, senza schermo.

Comandi:
  sites    Elenca i luoghi della cache: codice, nome, tipo, regione (separati da tabulazione).
  demo     Crea una cache dimostrativa: --sites N --years Y [--seed S] [--until DATA].

Ogni comando accetta --data-dir DIR e --help.
</translation>
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
    <name>widgets::TrendChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
</TS>