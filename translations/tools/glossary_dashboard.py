"""Italian glossary for the directors' dashboard: scope and period pickers, KPI tiles,
trend (drill-down, zoom, forecast), mix charts, heatmap, visitor profile, chart export.

Imported by fill_it.py: IT_DASHBOARD is merged into IT, EN_DASHBOARD (English plural
forms of the %n strings only) into EN.
"""

IT_DASHBOARD = {
    # chart export
    "The file %1 could not be written: %2": "Non è stato possibile scrivere il file %1: %2",
    "There is no chart to export.": "Non c'è nessun grafico da esportare.",
    "The picture %1 could not be encoded as PNG.": "Non è stato possibile codificare l'immagine %1 in PNG.",
    "Exported from Cruscotto": "Esportato da Cruscotto",
    "The SVG file %1 could not be started.": "Non è stato possibile avviare il file SVG %1.",
    "PNG picture (*.png)": "Immagine PNG (*.png)",
    "SVG drawing (*.svg)": "Disegno SVG (*.svg)",
    "Export the chart": "Esporta il grafico",
    "Export as PNG…": "Esporta come PNG…",
    "Export as SVG…": "Esporta come SVG…",
    # periods
    "Latest day": "Ultimo giorno",
    "A year": "Un anno",
    # breadcrumb
    "Drill-down path": "Percorso di approfondimento",
    "◀ Back": "◀ Indietro",
    "Back to the previous level (Alt+Left)": "Torna al livello precedente (Alt+Sinistra)",
    "Back to the previous level": "Torna al livello precedente",
    "Back to %1": "Torna a %1",
    # dashboard page
    "Export": "Esporta",
    "Dashboard figures": "Dati del cruscotto",
    "Export %1": "Esporta %1",
    "No forecast: %1": "Nessuna previsione: %1",
    "Sold online": "Venduti online",
    "Peak occupancy": "Picco di presenze",
    "Climate in range": "Microclima nei limiti",
    "Data age": "Età dei dati",
    "Sales channels": "Canali di vendita",
    "Ticket categories": "Tipologie di biglietto",
    "Visitors by weekday and hour": "Visitatori per giorno della settimana e ora",
    "&Year:": "&Anno:",
    "Trend": "Andamento",
    "Reset zoom": "Ripristina lo zoom",
    "Visitor profile": "Profilo dei visitatori",
    "The hub cannot be reached: the figures are those of the local copy.":
        "L'hub non è raggiungibile: i dati sono quelli della copia locale.",
    "Data as of %1 (%n hour(s) old).": ("Dati aggiornati al %1 (%n ora fa).", "Dati aggiornati al %1 (%n ore fa)."),
    "Data as of %1 (%n day(s) old).": ("Dati aggiornati al %1 (%n giorno fa).", "Dati aggiornati al %1 (%n giorni fa)."),
    "The hub cannot be reached: the figures are those of the local copy. %1":
        "L'hub non è raggiungibile: i dati sono quelli della copia locale. %1",
    "There are no figures yet for this period: the data ends on %1.":
        "Non ci sono ancora dati per questo periodo: i dati arrivano al %1.",
    "No visitors or sales are recorded for %1 in this period.":
        "Nessun visitatore e nessuna vendita registrati per %1 in questo periodo.",
    "%1 of %2 tickets": "%1 su %2 biglietti",
    "%1 of %2 people at once in %3": "%1 persone contemporaneamente su %2 in %3",
    "No occupancy readings in this period": "Nessuna rilevazione delle presenze in questo periodo",
    "%1 of %2 indoor hours within the thresholds": "%1 ore al chiuso su %2 entro le soglie",
    "No climate readings in this period": "Nessuna rilevazione microclimatica in questo periodo",
    "Week of %1 to %2": "Settimana dal %1 al %2",
    "Same period last year": "Stesso periodo dell'anno scorso",
    "Visitors by hour": "Visitatori per ora",
    "Visitors by day": "Visitatori per giorno",
    "Visitors by week": "Visitatori per settimana",
    "Visitors by month": "Visitatori per mese",
    "%1 — %2": "%1 — %2",
    "Click a point (or press Enter on it) to see it in detail; drag or use the wheel to zoom.":
        "Fai clic su un punto (o premi Invio) per vederlo in dettaglio; trascina o usa la rotellina per lo zoom.",
    "Dashed: the forecast for the days after the data, with its 80 % band.":
        "Tratteggiata: la previsione per i giorni dopo i dati, con la sua fascia all'80 %.",
    # heatmap
    "%1, %2: %3 visitors": "%1, %2: %3 visitatori",
    "No visitors in the period.": "Nessun visitatore nel periodo.",
    "Busiest: %1. Use the arrow keys to read each hour.":
        "Più affollato: %1. Usa i tasti freccia per leggere ogni ora.",
    # KPI tiles
    "▲ +%1 points on the same period last year": "▲ +%1 punti sullo stesso periodo dell'anno scorso",
    "▼ −%1 points on the same period last year": "▼ −%1 punti sullo stesso periodo dell'anno scorso",
    # mix charts
    "<b>%1</b><br>Visitors: %2 (%3 %)<br>Tickets: %4<br>Revenue: %5":
        "<b>%1</b><br>Visitatori: %2 (%3 %)<br>Biglietti: %4<br>Incassi: %5",
    "%1 (%2 %)": "%1 (%2 %)",
    "%1: %2 visitors": "%1: %2 visitatori",
    # scope picker
    "Choose several sites": "Scegli più luoghi",
    "Compare a set of sites of your choice": "Confronta un insieme di luoghi a tua scelta",
    "Sites to include": "Luoghi da includere",
    "All sites of %1": "Tutti i luoghi di %1",
    "%n site(s)": ("%n luogo", "%n luoghi"),
    "Several sites (%1)…": "Più luoghi (%1)…",
    "Several sites…": "Più luoghi…",
    # trend chart
    "Left and right arrows move between the points, Enter opens the one chosen, plus and minus zoom, Shift with the arrows pans, Home shows everything.":
        "Le frecce sinistra e destra scorrono i punti, Invio apre quello scelto, più e meno fanno lo zoom, Maiusc con le frecce sposta la vista, Home mostra tutto.",
    "Forecast, %1 % band": "Previsione, fascia al %1 %",
    "Forecast": "Previsione",
    "Forecast: %1 (%2 % band %3–%4)": "Previsione: %1 (fascia al %2 % %3–%4)",
    "Forecast: %1": "Previsione: %1",
    "%1 (%2): %3": "%1 (%2): %3",
    # visitor profile
    "Profile": "Profilo",
    "Origin": "Provenienza",
    "Age band": "Fascia d'età",
    "Group type": "Tipo di gruppo",
    "Italy, other regions": "Italia, altre regioni",
    "Italy, %1 (the site's region)": "Italia, %1 (la regione del luogo)",
    "Other EU countries": "Altri paesi dell'UE",
    "Outside the EU": "Fuori dall'UE",
    "%1 to %2 years": "da %1 a %2 anni",
    "65 years and over": "65 anni e oltre",
    "Individuals": "Singoli",
    "School groups": "Gruppi scolastici",
    "Organised tours": "Gruppi organizzati",
    "No visitor profile for this scope and period.": "Nessun profilo dei visitatori per questo ambito e periodo.",
    "Groups of fewer than %1 visitors are shown as “< %1” so that no visitor can be recognised.":
        "I gruppi con meno di %1 visitatori sono indicati come “< %1” perché nessun visitatore sia riconoscibile.",
    "< %1": "< %1",
    "Fewer than %1 visitors, or hidden so the total cannot give a small group away.":
        "Meno di %1 visitatori, oppure nascosto perché il totale non riveli un gruppo piccolo.",
}

EN_DASHBOARD = {
    "Data as of %1 (%n hour(s) old).": ("Data as of %1 (%n hour old).", "Data as of %1 (%n hours old)."),
    "Data as of %1 (%n day(s) old).": ("Data as of %1 (%n day old).", "Data as of %1 (%n days old)."),
    "%n site(s)": ("%n site", "%n sites"),
}
