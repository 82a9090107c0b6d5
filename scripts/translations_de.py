"""Writes the German catalogue from the extracted template; re-run after `pybabel extract`.

Usage: python scripts/translations_de.py  (then: pybabel compile -d moderation/translations)
A msgid without a German entry here fails loudly, so no English slips into the German UI.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "moderation/translations/messages.pot"
TARGET = ROOT / "moderation/translations/de/LC_MESSAGES/messages.po"

GERMAN = {
    "%(n)s comments": "%(n)s Kommentare",
    "Approve": "Freigeben",
    "By": "Von",
    "Comment": "Kommentar",
    "Comment #%(id)s approved.": "Kommentar #%(id)s freigegeben.",
    "Comment #%(id)s no longer exists.": "Kommentar #%(id)s gibt es nicht mehr.",
    "Comment #%(id)s rejected.": "Kommentar #%(id)s abgelehnt.",
    "Comment #%(id)s was changed by someone else meanwhile (now: %(status)s). "
    "Nothing was overwritten.": "Kommentar #%(id)s wurde inzwischen von jemand anderem "
    "geändert (jetzt: %(status)s). Nichts wurde überschrieben.",
    "Comment moderation": "Kommentar-Moderation",
    "Create account": "Konto anlegen",
    "Dashboard": "Moderation",
    "Decision": "Entscheidung",
    "Display name": "Anzeigename",
    "Email": "E-Mail",
    "Email or password is wrong.": "E-Mail oder Passwort ist falsch.",
    "Identity attack": "Angriff auf Identität",
    "Insult": "Beleidigung",
    "Language": "Sprache",
    "Main": "Hauptnavigation",
    "Moderation dashboard": "Moderations-Übersicht",
    "Needs review": "Zu prüfen",
    "No account yet?": "Noch kein Konto?",
    "No decisions yet.": "Noch keine Entscheidungen.",
    "Nothing to review. Well done!": "Nichts zu prüfen. Gut gemacht!",
    "Obscene": "Obszön",
    "Password": "Passwort",
    "Passwords do not match.": "Die Passwörter stimmen nicht überein.",
    "Reason": "Begründung",
    "Reason (optional, shown to the author when rejected)": "Begründung (optional, wird bei "
    "Ablehnung der Autorin oder dem Autor angezeigt)",
    "Recent decisions": "Letzte Entscheidungen",
    "Register": "Registrieren",
    "Reject": "Ablehnen",
    "Repeat password": "Passwort wiederholen",
    "Scored by %(name)s (%(version)s)": "Bewertet von %(name)s (%(version)s)",
    "Service status": "Dienststatus",
    "Severe toxicity": "Schwere Toxizität",
    "Sign in": "Anmelden",
    "Sign out": "Abmelden",
    "Skip to content": "Zum Inhalt springen",
    "Sort": "Sortierung",
    "Sort:": "Sortieren:",
    "Stay signed in": "Angemeldet bleiben",
    "The decision could not be read; please try again.": "Die Entscheidung konnte nicht "
    "gelesen werden; bitte erneut versuchen.",
    "This email cannot be used.": "Diese E-Mail-Adresse kann nicht verwendet werden.",
    "This service receives readers' comments from news sites, scores them for toxicity and "
    "lets moderators decide on the ones held for review.": "Dieser Dienst nimmt Kommentare "
    "von Leserinnen und Lesern entgegen, bewertet sie auf Toxizität und lässt die Moderation "
    "über zurückgehaltene Kommentare entscheiden.",
    "Threat": "Bedrohung",
    "Toxicity": "Toxizität",
    "Welcome! Your account is ready.": "Willkommen! Ihr Konto ist eingerichtet.",
    "When": "Wann",
    "You are signed out.": "Sie sind abgemeldet.",
    "approved": "freigegeben",
    "automatic": "automatisch",
    "held automatically": "automatisch zurückgehalten",
    "highest score first": "höchste Bewertung zuerst",
    "oldest first": "älteste zuerst",
    "published automatically": "automatisch veröffentlicht",
    "rejected": "abgelehnt",
    "rejected automatically": "automatisch abgelehnt",
}


def main() -> int:
    with TEMPLATE.open("rb") as handle:
        template = read_po(handle)
    catalog = Catalog(locale="de", project="comment-moderation", fuzzy=False)
    missing = []
    for message in template:
        if not message.id:
            continue
        if message.id not in GERMAN:
            missing.append(message.id)
            continue
        catalog.add(message.id, GERMAN[message.id])
    if missing:
        print("no German for:", *missing, sep="\n  ", file=sys.stderr)
        return 1
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    with TARGET.open("wb") as handle:
        write_po(handle, catalog, omit_header=False, sort_output=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
