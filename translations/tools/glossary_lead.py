"""Italian for the hub's user administration and for strings lupdate guessed (its
"same text" and "number" heuristics leave them unfinished, and one guess is malformed)."""

IT_LEAD = {
    "Manage the hub's users:\n  users add NAME --role director|clerk|regional|gateway --scope CODE[,CODE...] --password-file F\n  users list\n  users remove NAME\n  users password NAME --password-file F\nScopes are site codes, or region codes for a regional manager; a clerk has one site.":
        "Gestisce gli utenti dell'hub:\n  users add NOME --role director|clerk|regional|gateway --scope CODICE[,CODICE...] --password-file F\n  users list\n  users remove NOME\n  users password NOME --password-file F\nGli ambiti sono codici di luogo, o codici di regione per un responsabile regionale; un cassiere ha un solo luogo.",
    "The user's role.": "Il ruolo dell'utente.",
    "Site or region codes, comma-separated.": "Codici di luogo o di regione, separati da virgole.",
    "A file whose first line is the password.": "Un file la cui prima riga è la password.",
    "add, list, remove or password.": "add, list, remove o password.",
    "The user's name.": "Il nome dell'utente.",
    "--password-file must name a readable file.": "--password-file deve indicare un file leggibile.",
    "There is no hub database in %1.": "Non c'è un database dell'hub in %1.",
    "--role takes director, clerk, regional or gateway.": "--role vuole director, clerk, regional o gateway.",
    "User %1 added.": "Utente %1 aggiunto.",
    "There is no user %1.": "Non esiste l'utente %1.",
    "User %1 removed; their tokens no longer work.": "Utente %1 rimosso; i suoi token non valgono più.",
    "New password for %1; their tokens no longer work.": "Nuova password per %1; i suoi token non valgono più.",
    "A password needs at least %1 characters.": "Una password deve avere almeno %1 caratteri.",
    "A user name is 1 to 64 letters, digits, dots, dashes, underscores or @, starting with a letter or digit.":
        "Un nome utente è fatto di 1-64 lettere, cifre, punti, trattini, trattini bassi o @, e inizia con una lettera o una cifra.",
    "There is already a user %1.": "Esiste già un utente %1.",
    "A user needs a scope: the sites (or, for a regional manager, the regions) it sees.":
        "Un utente ha bisogno di un ambito: i luoghi (o, per un responsabile regionale, le regioni) che vede.",
    "A clerk works at exactly one site.": "Un cassiere lavora in un solo luogo.",
    "The hub has no region %1.": "L'hub non ha la regione %1.",
    "The hub has no site %1.": "L'hub non ha il luogo %1.",
    # Left as they are: a pair of values, the menu shortcuts, a chart's tooltip.
    "%1 %2": "%1 %2",
    "Ctrl+5": "Ctrl+5",
    "Ctrl+6": "Ctrl+6",
    "Ctrl+7": "Ctrl+7",
    "%1\n%2: %3": "%1\n%2: %3",
}

IT_LEAD.update({
    "First day of the report": "Primo giorno del report",
    "Last day of the report": "Ultimo giorno del report",
})
