#!/usr/bin/env python3
"""Fills translations/cruscotto_it.ts from the Italian glossary below.

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

def main(path):
    tree = ET.parse(path)
    missing = []
    for ctx in tree.getroot().iter("context"):
        for msg in ctx.iter("message"):
            source = msg.find("source").text or ""
            tr = msg.find("translation")
            if source in IT:
                tr.text = IT[source]
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
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "translations/cruscotto_it.ts"))
