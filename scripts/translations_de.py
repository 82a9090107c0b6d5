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
    "Decision": "Entscheidung",
    "Display name": "Anzeigename",
    "Email": "E-Mail",
    "Email or password is wrong.": "E-Mail oder Passwort ist falsch.",
    "Identity attack": "Identitätsangriff",
    "Insult": "Beleidigung",
    "Language": "Sprache",
    "Main": "Hauptnavigation",
    "Moderation dashboard": "Moderations-Übersicht",
    "Needs review": "Zu prüfen",
    "No account yet?": "Noch kein Konto?",
    "No decisions yet.": "Noch keine Entscheidungen.",
    "Nothing to review. Well done!": "Nichts zu prüfen. Gut gemacht!",
    "Obscene": "Obszönität",
    "Password": "Passwort",
    "Passwords do not match.": "Die Passwörter stimmen nicht überein.",
    "Reason": "Begründung",
    "Register": "Registrieren",
    "Reject": "Ablehnen",
    "Repeat password": "Passwort wiederholen",
    "Service status": "Dienststatus",
    "Severe toxicity": "Schwere Toxizität",
    "Sign in": "Anmelden",
    "Sign out": "Abmelden",
    "Skip to content": "Zum Inhalt springen",
    "Stay signed in": "Angemeldet bleiben",
    "The decision could not be read; please try again.": "Die Entscheidung konnte nicht "
    "gelesen werden; bitte erneut versuchen.",
    "This email cannot be used.": "Diese E-Mail-Adresse kann nicht verwendet werden.",
    "This service receives readers' comments from news sites, scores them for toxicity and "
    "lets moderators decide on the ones held for review.": "Dieser Dienst nimmt Kommentare "
    "von Leserinnen und Lesern entgegen, bewertet sie auf Toxizität und lässt die Moderation "
    "über zurückgehaltene Kommentare entscheiden.",
    "Threat": "Drohung",
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
    # Admin: sites, API keys, webhook and SSO secrets (moderation/dashboard/admin_sites.py).
    "%(prefix)s… stops working at once. This cannot be undone.": "%(prefix)s… funktioniert "
    "sofort nicht mehr. Das lässt sich nicht rückgängig machen.",
    "A site with this slug exists already.": "Eine Seite mit diesem Kürzel gibt es schon.",
    "API key rotated for %(site)s": "API-Schlüssel für %(site)s ersetzt",
    "API key “%(label)s”": "API-Schlüssel „%(label)s“",
    "API keys": "API-Schlüssel",
    "Actions": "Aktionen",
    "Allowed origins": "Erlaubte Origins",
    "Allowed origins (one per line)": "Erlaubte Origins (eine pro Zeile)",
    "Assign moderators to sites": "Moderation den Seiten zuordnen",
    "Choose German or English.": "Bitte Deutsch oder Englisch wählen.",
    "Copied.": "Kopiert.",
    "Copy": "Kopieren",
    "Copy it now.": "Jetzt kopieren.",
    "Create API key": "API-Schlüssel erzeugen",
    "Create a site": "Seite anlegen",
    "Create site": "Seite anlegen",
    "Created": "Erzeugt",
    "Done, I have copied it": "Fertig, ich habe ihn kopiert",
    "English": "Englisch",
    "Enter a name of 1 to 200 characters.": "Bitte einen Namen mit 1 bis 200 Zeichen angeben.",
    "Enter a number from 1 to 1000.": "Bitte eine Zahl von 1 bis 1000 angeben.",
    "Enter an http or https URL without user name or password.": "Bitte eine http- oder "
    "https-URL ohne Benutzername und Passwort angeben.",
    "Error": "Fehler",
    "Event": "Ereignis",
    "Events go to %(url)s.": "Ereignisse gehen an %(url)s.",
    "From now on webhooks are signed with the new secret only.": "Ab sofort werden Webhooks "
    "nur noch mit dem neuen Geheimnis signiert.",
    "Generate SSO secret": "SSO-Geheimnis erzeugen",
    "Generate signing secret": "Signatur-Geheimnis erzeugen",
    "German": "Deutsch",
    "HTTP": "HTTP",
    "Integration": "Einbindung",
    "Integration of %(site)s": "Einbindung von %(site)s",
    "Issues a new key with the same label; %(prefix)s… stops working at once.": "Erzeugt einen "
    "neuen Schlüssel mit demselben Namen; %(prefix)s… funktioniert sofort nicht mehr.",
    "Key": "Schlüssel",
    "Key %(prefix)s… revoked: it no longer works.": "Schlüssel %(prefix)s… widerrufen: er "
    "funktioniert nicht mehr.",
    "Language of the comments": "Sprache der Kommentare",
    "Last try": "Letzter Versuch",
    "Last used": "Zuletzt benutzt",
    "Leave empty to stop sending webhooks.": "Leer lassen, um keine Webhooks mehr zu senden.",
    "List at most %(num)s origins.": "Bitte höchstens %(num)s Origins angeben.",
    "Manage sites: create a site, API keys, webhook, SSO": "Seiten verwalten: Seite anlegen, "
    "API-Schlüssel, Webhook, SSO",
    "Moderators": "Moderation",
    "Name": "Name",
    "Name of the key": "Name des Schlüssels",
    "New API key for %(site)s": "Neuer API-Schlüssel für %(site)s",
    "New SSO secret for %(site)s": "Neues SSO-Geheimnis für %(site)s",
    "New webhook signing secret for %(site)s": "Neues Webhook-Signatur-Geheimnis für %(site)s",
    "News sites": "Nachrichtenseiten",
    "No keys yet.": "Noch keine Schlüssel.",
    "No moderator is assigned to this site yet; admins see it anyway.": "Dieser Seite ist "
    "noch niemand aus der Moderation zugeordnet; Admins sehen sie trotzdem.",
    "No webhook URL is set: no events are sent.": "Keine Webhook-URL eingetragen: es werden "
    "keine Ereignisse gesendet.",
    "No webhook deliveries yet.": "Noch keine Webhook-Zustellungen.",
    "Not an origin: %(value)s. Write scheme and host only, e.g. https://www.example.de": "Kein "
    "Origin: %(value)s. Bitte nur Schema und Host angeben, z. B. https://www.example.de",
    "Queued": "Eingereiht",
    "Reports before a comment enters the Reported queue": "Meldungen, ab denen ein Kommentar "
    "in die Warteschlange „Gemeldet“ kommt",
    "Revoke key now": "Schlüssel jetzt widerrufen",
    "Revoke …": "Widerrufen …",
    "Rotate SSO secret now": "SSO-Geheimnis jetzt ersetzen",
    "Rotate SSO secret …": "SSO-Geheimnis ersetzen …",
    "Rotate key now": "Schlüssel jetzt ersetzen",
    "Rotate signing secret now": "Signatur-Geheimnis jetzt ersetzen",
    "Rotate signing secret …": "Signatur-Geheimnis ersetzen …",
    "Rotate …": "Ersetzen …",
    "SSO": "SSO",
    "SSO secret": "SSO-Geheimnis",
    "SSO secret: not set. Readers cannot sign in yet.": "SSO-Geheimnis: nicht gesetzt. "
    "Leserinnen und Leser können sich noch nicht anmelden.",
    "SSO secret: set": "SSO-Geheimnis: gesetzt",
    "Save webhook URL": "Webhook-URL speichern",
    "Send it from the site's back end as Authorization: Bearer … or X-Api-Key: …. Never put it "
    "into a web page.": "Das Backend der Seite sendet ihn als Authorization: Bearer … oder "
    "X-Api-Key: …. Niemals in eine Webseite einbauen.",
    "Shown once": "Einmalig angezeigt",
    "Shown to moderators, e.g. Rheinblick Online.": "Für die Moderation sichtbar, z. B. "
    "Rheinblick Online.",
    "Sign your readers' HS256 tokens with it. Tokens signed with an earlier secret are refused "
    "from now on.": "Damit signieren Sie die HS256-Tokens Ihrer Leserinnen und Leser. Mit einem "
    "früheren Geheimnis signierte Tokens werden ab sofort abgelehnt.",
    "Signing secret: not set. Saving a URL generates one.": "Signatur-Geheimnis: nicht gesetzt. "
    "Es wird beim Speichern einer URL erzeugt.",
    "Signing secret: set": "Signatur-Geheimnis: gesetzt",
    "Single sign-on": "Single Sign-on",
    "Site %(site)s created. Next: create an API key.": "Seite %(site)s angelegt. Als Nächstes: "
    "einen API-Schlüssel erzeugen.",
    "Site settings": "Einstellungen der Seite",
    "State": "Zustand",
    "The form had expired; please try again.": "Das Formular war abgelaufen; bitte noch einmal "
    "versuchen.",
    "The key it replaces no longer works.": "Der ersetzte Schlüssel funktioniert nicht mehr.",
    "The pages that embed the comments, as scheme and host: https://www.example.de": "Die "
    "Seiten, die die Kommentare einbinden, als Schema und Host: https://www.example.de",
    "The site's back end sends a key as Authorization: Bearer … or X-Api-Key: …. Only a hash is "
    "stored, so a key is shown once, when it is created.": "Das Backend der Seite sendet einen "
    "Schlüssel als Authorization: Bearer … oder X-Api-Key: …. Gespeichert wird nur ein Hash, "
    "daher wird ein Schlüssel nur einmal angezeigt: beim Erzeugen.",
    "The site's back end signs a short-lived HS256 token for each signed-in reader with this "
    "secret (audience: %(slug)s).": "Das Backend der Seite signiert damit für jede angemeldete "
    "Leserin und jeden angemeldeten Leser ein kurzlebiges HS256-Token (Audience: %(slug)s).",
    "The site's name in URLs and in the embed tag; cannot be changed later.": "Der Name der "
    "Seite in URLs und im Einbettungs-Tag; lässt sich später nicht ändern.",
    "This is the only time the key is shown: we store only its hash and cannot show it again.": (
        "Der Schlüssel wird nur dieses eine Mal angezeigt: gespeichert wird nur sein Hash, "
        "er lässt sich nicht erneut anzeigen."
    ),
    "This is the only time the secret is shown; rotate it again if it gets lost.": "Das "
    "Geheimnis wird nur dieses eine Mal angezeigt; geht es verloren, ersetzen Sie es erneut.",
    "This key is revoked or expired already; create a new one instead.": "Dieser Schlüssel ist "
    "schon widerrufen oder abgelaufen; bitte einen neuen erzeugen.",
    "This site has no such key.": "Diesen Schlüssel gibt es für diese Seite nicht.",
    "Tokens signed with the current secret are refused from the moment you rotate. Update the "
    "site's back end right away.": "Mit dem jetzigen Geheimnis signierte Tokens werden ab dem "
    "Ersetzen abgelehnt. Aktualisieren Sie sofort das Backend der Seite.",
    "Tries": "Versuche",
    "Unknown time zone. Use a name like Europe/Berlin.": "Unbekannte Zeitzone. Bitte einen "
    "Namen wie Europe/Berlin angeben.",
    "Use lower-case letters, digits and dashes; start and end with a letter or digit.": "Bitte "
    "Kleinbuchstaben, Ziffern und Bindestriche verwenden; am Anfang und Ende ein Buchstabe oder "
    "eine Ziffer.",
    "Verify the X-Moderation-Signature header of each webhook with it (HMAC-SHA256).": "Damit "
    "prüfen Sie den Header X-Moderation-Signature jedes Webhooks (HMAC-SHA256).",
    "Webhook": "Webhook",
    "Webhook URL": "Webhook-URL",
    "Webhook URL saved.": "Webhook-URL gespeichert.",
    "Webhook delivery log": "Webhook-Zustellprotokoll",
    "Activate": "Aktivieren",
    "Baseline": "Vergleich",
    "Each version is fitted on this site's moderator decisions only and judged on its newest "
    "ones, held back. It becomes active only if it beats the active version (or the shared "
    "model) there and publishes no threat case of the functional suite that the shared model "
    "held.": "Jede Version wird nur mit den Entscheidungen der Moderation dieser Seite "
    "trainiert und an den neuesten davon geprüft, die zurückgehalten werden. Aktiv wird sie "
    "nur, wenn sie dort besser ist als die aktive Version (oder das gemeinsame Modell) und "
    "keine Drohung der Funktionstests veröffentlicht, die das gemeinsame Modell zurückhält.",
    "Gate": "Prüfung",
    "Held back": "Zurückgehalten",
    "Macro-F1": "Makro-F1",
    "Models": "Modelle",
    "Models of %(site)s": "Modelle von %(site)s",
    "No model yet: retraining starts once the site has enough moderator decisions.": (
        "Noch kein Modell: das Training beginnt, sobald die Seite genug Entscheidungen der "
        "Moderation hat."
    ),
    "Roll back version %(version)s": "Version %(version)s zurücknehmen",
    "Shared": "Gemeinsam",
    "The shared model scores this site's comments again.": (
        "Das gemeinsame Modell bewertet die Kommentare dieser Seite wieder."
    ),
    "The shared model scores this site's comments.": (
        "Das gemeinsame Modell bewertet die Kommentare dieser Seite."
    ),
    "Threats published": "Veröffentlichte Drohungen",
    "Trained on": "Trainiert mit",
    "Version": "Version",
    "Version %(version)s is back.": "Version %(version)s ist wieder aktiv.",
    "Version %(version)s now scores this site's comments.": (
        "Version %(version)s bewertet jetzt die Kommentare dieser Seite."
    ),
    "Webhook removed.": "Webhook entfernt.",
    "Webhook signing secret": "Webhook-Signatur-Geheimnis",
    "What the key is for, e.g. cms or newsletter.": "Wofür der Schlüssel ist, z. B. cms oder "
    "newsletter.",
    "Write each origin as scheme and host only, e.g. https://www.example.de": "Bitte jeden "
    "Origin nur als Schema und Host angeben, z. B. https://www.example.de",
    "active until %(when)s": "aktiv bis %(when)s",
    "delivered": "zugestellt",
    "expired %(when)s": "abgelaufen %(when)s",
    "failed": "fehlgeschlagen",
    "never": "nie",
    "next try %(when)s": "nächster Versuch %(when)s",
    "no": "nein",
    "none": "keine",
    "not set": "nicht gesetzt",
    "revoked %(when)s": "widerrufen %(when)s",
    "set": "gesetzt",
    "waiting": "wartet",
    "yes": "ja",
}


# The moderation desk (dashboard): queues, comment detail, audit, statistics, admin.
DESK = {
    "%(name)s is banned.": "%(name)s ist gesperrt.",
    "%(name)s may comment again.": "%(name)s darf wieder kommentieren.",
    "%(names)s is looking at this": "%(names)s sieht sich das gerade an",
    "1–3 days": "1–3 Tage",
    "1–6 hours": "1–6 Stunden",
    "6–24 hours": "6–24 Stunden",
    "A comment is held for a human when a label reaches its hold threshold, and rejected "
    "without a human when it reaches a reject threshold. An empty reject threshold keeps the "
    "default (toxicity: 0.95; other labels never reject on their own).": "Ein Kommentar wird "
    "zur Prüfung zurückgehalten, wenn ein Merkmal seine Prüfschwelle erreicht, und ohne "
    "Prüfung abgelehnt, wenn es eine Ablehnungsschwelle erreicht. Eine leere "
    "Ablehnungsschwelle behält den Standard (Toxizität: 0,95; andere Merkmale lehnen nie "
    "allein ab).",
    "A reply to a comment you cannot see.": "Eine Antwort auf einen Kommentar, den Sie nicht "
    "sehen können.",
    "Account age": "Kontoalter",
    "Act on this author": "Maßnahmen gegen diese Person",
    "Admin: sees every site.": "Admin: sieht alle Seiten.",
    "Administration": "Verwaltung",
    "All": "Alle",
    "All comments by this author": "Alle Kommentare dieser Person",
    "All comments under this article": "Alle Kommentare unter diesem Artikel",
    "All my sites": "Alle meine Seiten",
    "Already decided by %(name)s: %(action)s, %(when)s.": "Bereits entschieden von "
    "%(name)s: %(action)s, %(when)s.",
    "Also reject all of this author's comments": "Auch alle Kommentare dieser Person ablehnen",
    "Approve selected": "Auswahl freigeben",
    "Article": "Artikel",
    "Article:": "Artikel:",
    "Audit log": "Protokoll",
    "Author": "Autor/in",
    "Author:": "Autor/in:",
    "Automatic and human decisions": "Automatische und menschliche Entscheidungen",
    "Back to the queue": "Zurück zur Warteschlange",
    "Ban author": "Person sperren",
    "Ban…": "Dauerhaft sperren …",
    "Choose a reason from the list.": "Bitte einen Grund aus der Liste wählen.",
    "Choose a reason…": "Grund wählen …",
    "Choose a suspension of 1 to 365 days.": "Bitte eine Sperre von 1 bis 365 Tagen wählen.",
    "Choose approve or reject.": "Bitte „Freigeben“ oder „Ablehnen“ wählen.",
    "Choose period and site": "Zeitraum und Seite wählen",
    "Close": "Schließen",
    "Comment #": "Kommentar-Nr.",
    "Comment #%(id)s": "Kommentar #%(id)s",
    "Comment #%(id)s was changed by someone else meanwhile: already %(action)s by %(name)s "
    "at %(when)s. Nothing was overwritten.": "Kommentar #%(id)s wurde inzwischen von jemand "
    "anderem geändert: bereits %(action)s von %(name)s um %(when)s. Nichts wurde "
    "überschrieben.",
    "Comment navigation": "Navigation zwischen Kommentaren",
    "Comments here": "Kommentare hier",
    "Comments per day": "Kommentare pro Tag",
    "Comments scored in this period, in ten bins from 0 to 1; bar heights on a square-root "
    "scale. Bins from 0.5 up are darker.": "Im Zeitraum bewertete Kommentare, in zehn "
    "Klassen von 0 bis 1; Balkenhöhen auf einer Wurzelskala. Klassen ab 0,5 sind dunkler.",
    "Day": "Tag",
    "Days": "Tage",
    "Days are counted in %(zone)s.": "Tage werden in der Zeitzone %(zone)s gezählt.",
    "Decide on the selected comments": "Über die ausgewählten Kommentare entscheiden",
    "Decisions per moderator (approved / rejected)": "Entscheidungen pro Person "
    "(freigegeben / abgelehnt)",
    "Every decision on a comment, by the scorer and by moderators, newest first. Times are "
    "in %(zone)s.": "Jede Entscheidung über einen Kommentar, automatisch oder durch die "
    "Moderation, neueste zuerst. Zeiten in %(zone)s.",
    "Export as CSV": "Als CSV exportieren",
    "Filter": "Filtern",
    "Filter comments": "Kommentare filtern",
    "Filter the log": "Protokoll filtern",
    "First page": "Erste Seite",
    "From": "Ab",
    "History": "Verlauf",
    "Hold at": "Prüfen ab",
    "In context": "Im Kontext",
    "In reply to %(name)s": "Antwort auf %(name)s",
    "Key figures": "Kennzahlen",
    "Keyboard shortcuts": "Tastenkürzel",
    "Label": "Merkmal",
    "Left alone because someone else changed them meanwhile: %(ids)s.": "Nicht geändert, "
    "weil jemand anderes sie inzwischen bearbeitet hat: %(ids)s.",
    "Lift suspension or ban": "Sperre aufheben",
    "List 1 to 20 different reasons of at most 100 characters, one per line.": "Bitte 1 bis "
    "20 verschiedene Gründe mit höchstens 100 Zeichen angeben, einen pro Zeile.",
    "Mode": "Modus",
    "Moderator notes": "Notizen der Moderation",
    "Moderators and their sites": "Moderation und ihre Seiten",
    "Moderators choose one of these when they reject a comment or act on an author. The "
    "author sees it as the statement of reasons (EU Digital Services Act, Art. 17), so write "
    "it in the site's language.": "Die Moderation wählt einen dieser Gründe, wenn sie einen "
    "Kommentar ablehnt oder eine Person sperrt. Die Autorin oder der Autor sieht ihn als "
    "Begründung (EU-Gesetz über digitale Dienste, Art. 17); schreiben Sie ihn daher in der "
    "Sprache der Seite.",
    "Moderators see and decide only the comments of the sites ticked here. Admins see every "
    "site.": "Moderatorinnen und Moderatoren sehen und entscheiden nur Kommentare der hier "
    "angekreuzten Seiten. Admins sehen alle Seiten.",
    "New note": "Neue Notiz",
    "New note (only moderators see it)": "Neue Notiz (nur für die Moderation sichtbar)",
    "Newer": "Neuere",
    "Newest": "Neueste",
    "Next held comment": "Nächster zu prüfender Kommentar",
    "Next page": "Nächste Seite",
    "No author matches “%(text)s”.": "Keine Person passt zu „%(text)s“.",
    "No comments here.": "Hier sind keine Kommentare.",
    "No comments in this period.": "Keine Kommentare in diesem Zeitraum.",
    "No comments match these filters.": "Keine Kommentare passen zu diesen Filtern.",
    "No decisions in this period.": "Keine Entscheidungen in diesem Zeitraum.",
    "No decisions match.": "Keine passenden Entscheidungen.",
    "No label crossed a threshold.": "Kein Merkmal hat eine Schwelle erreicht.",
    "No moderator decisions in this period.": "Keine Entscheidungen der Moderation in diesem "
    "Zeitraum.",
    "No moderators yet.": "Noch keine Moderatorinnen oder Moderatoren.",
    "No notes yet. Notes are only visible to moderators.": "Noch keine Notizen. Notizen "
    "sieht nur die Moderation.",
    "No other comments.": "Keine weiteren Kommentare.",
    "No reported comments. Comments that readers report wait here for review.": "Keine "
    "gemeldeten Kommentare. Kommentare, die Leserinnen und Leser melden, warten hier auf Prüfung.",
    "No sites yet.": "Noch keine Seiten.",
    "Not decided by the scorer yet.": "Noch nicht automatisch bewertet.",
    "Note saved.": "Notiz gespeichert.",
    "Note to the author": "Hinweis an die Autorin oder den Autor",
    "Note to the author (optional)": "Hinweis an die Autorin oder den Autor (optional)",
    "Nothing is waiting.": "Nichts wartet.",
    "Nothing to do: the comment already has that status.": "Nichts zu tun: Der Kommentar hat "
    "diesen Status bereits.",
    "Older": "Ältere",
    "Order": "Reihenfolge",
    "Outcome of the period's comments": "Status der Kommentare des Zeitraums",
    "Pages": "Seiten",
    "Pending": "Ausstehend",
    "Period": "Zeitraum",
    "Please correct the marked fields.": "Bitte die markierten Felder korrigieren.",
    "Policy": "Regeln",
    "Post-moderation: publish unless flagged": "Nachträgliche Moderation: veröffentlichen, "
    "wenn unauffällig",
    "Pre-moderation: hold every comment": "Vorab-Moderation: jeden Kommentar prüfen",
    "Previous held comment": "Vorheriger zu prüfender Kommentar",
    "Previous page": "Vorherige Seite",
    "Published": "Veröffentlicht",
    "Queues": "Warteschlangen",
    # The Reported tab (reader reports).
    "Comment #%(id)s kept; its reports are dismissed.": "Kommentar #%(id)s bleibt stehen; "
    "die Meldungen sind erledigt.",
    "Dismiss the reports; the comment stays published": "Meldungen verwerfen; der Kommentar "
    "bleibt veröffentlicht",
    "Hate speech": "Hassrede",
    "Keep": "Behalten",
    "Misinformation": "Falschinformation",
    "Off-topic": "Off-Topic",
    "Other": "Sonstiges",
    "Reader reports": "Meldungen von Leserinnen und Lesern",
    "Reader's note": "Anmerkung der meldenden Person",
    "Spam": "Spam",
    "flagged": "gemeldet",
    "keep: dismiss the reports, the comment stays published": "behalten: Meldungen verwerfen, "
    "der Kommentar bleibt veröffentlicht",
    "kept": "behalten",
    "kept despite reports": "trotz Meldungen behalten",
    "Undone: comment #%(id)s is back in Reported; its reports are open again.": "Rückgängig "
    "gemacht: Kommentar #%(id)s ist wieder unter Gemeldet; seine Meldungen sind wieder offen.",
    # Live tab counts and the comment page's walk through the tab it was opened from.
    "Counts changed: {changes}": "Neue Zahlen: {changes}",
    "Next in “%(tab)s”": "Nächster in „%(tab)s“",
    "Previous in “%(tab)s”": "Vorheriger in „%(tab)s“",
    "show": "anzeigen",
    "Reason (shown to the author)": "Grund (wird der Autorin oder dem Autor angezeigt)",
    "Reason for rejecting the selected comments": "Grund für die Ablehnung der ausgewählten "
    "Kommentare",
    "Reason:": "Begründung:",
    "Reasons and thresholds": "Gründe und Schwellen",
    "Recent comments": "Letzte Kommentare",
    "Reject at": "Ablehnen ab",
    "Reject selected": "Auswahl ablehnen",
    "Rejected": "Abgelehnt",
    "Rejection reasons": "Ablehnungsgründe",
    "Rejection reasons (one per line)": "Ablehnungsgründe (einer pro Zeile)",
    "Reject…": "Ablehnen …",
    "Remove the article filter": "Artikelfilter entfernen",
    "Remove the author filter": "Personenfilter entfernen",
    "Reported": "Gemeldet",
    "Reset": "Zurücksetzen",
    "Save note": "Notiz speichern",
    "Save settings": "Einstellungen speichern",
    "Save sites for %(name)s": "Seiten für %(name)s speichern",
    "Score distribution per label": "Verteilung der Bewertungen pro Merkmal",
    "Score distribution: %(label)s": "Verteilung der Bewertungen: %(label)s",
    "Score label": "Merkmal",
    "Scoring failed:": "Bewertung fehlgeschlagen:",
    "Search in comments": "In Kommentaren suchen",
    "Select all on this page": "Alle auf dieser Seite auswählen",
    "Select between 1 and 200 comments.": "Bitte 1 bis 200 Kommentare auswählen.",
    "Select comment #%(id)s": "Kommentar #%(id)s auswählen",
    "Settings": "Einstellungen",
    "Settings for %(site)s": "Einstellungen für %(site)s",
    "Settings for %(site)s saved.": "Einstellungen für %(site)s gespeichert.",
    "Show": "Anzeigen",
    "Show as a table": "Als Tabelle anzeigen",
    "Site": "Seite",
    "Site assignments saved.": "Zuordnung der Seiten gespeichert.",
    "Sites": "Seiten",
    "Slug": "Kürzel",
    "Some decisions could not be undone: the undo time is over, someone else decided, or the "
    "comment changed since.": "Manche Entscheidungen ließen sich nicht rückgängig machen: "
    "Die Frist ist abgelaufen, jemand anderes hat entschieden, oder der Kommentar hat sich "
    "seitdem geändert.",
    "Stacked by current status: published, held, rejected, pending.": "Gestapelt nach "
    "aktuellem Status: veröffentlicht, zurückgehalten, abgelehnt, ausstehend.",
    "Statistics": "Statistik",
    "Status": "Status",
    "Suspend": "Vorübergehend sperren",
    "Suspend for some days…": "Für einige Tage sperren …",
    "That account is not a moderator.": "Dieses Konto gehört nicht zur Moderation.",
    "That did not work: %(message)s": "Das hat nicht geklappt: %(message)s",
    "That page no longer exists; here is the first page.": "Diese Seite gibt es nicht mehr; "
    "hier ist die erste Seite.",
    "The line in each bar is this site's hold threshold.": "Der Strich in jedem Balken ist "
    "die Prüfschwelle dieser Seite.",
    "The note is too long.": "Der Hinweis ist zu lang.",
    "This author cannot be suspended or banned here.": "Diese Person kann hier nicht gesperrt "
    "werden.",
    "Thresholds must be numbers above 0 and at most 1.": "Schwellen müssen Zahlen über 0 und "
    "höchstens 1 sein.",
    "Hold threats from 0.5 at the latest: threats and calls for violence are never published "
    "without a human.": "Drohungen spätestens ab 0,5 prüfen: Drohungen und Gewaltaufrufe werden "
    "nie ohne Prüfung veröffentlicht.",
    "Time zone": "Zeitzone",
    "To": "Bis",
    "Undo": "Rückgängig",
    "Undo: %(action)s": "Rückgängig: %(action)s",
    "Unknown site.": "Unbekannte Seite.",
    "Unknown time zone.": "Unbekannte Zeitzone.",
    "Waiting now, by age": "Jetzt wartend, nach Alter",
    "Why held": "Warum zurückgehalten",
    "Write a note of at most 2,000 characters.": "Bitte eine Notiz mit höchstens 2.000 "
    "Zeichen schreiben.",
    "active": "aktiv",
    "account deleted": "Konto gelöscht",
    "all comments under it": "alle Kommentare darunter",
    "any": "beliebig",
    "any moderator": "beliebige Person der Moderation",
    "anyone": "alle",
    "approve": "freigeben",
    "approved by a moderator": "von der Moderation freigegeben",
    "at least": "mindestens",
    "author banned": "Person gesperrt",
    "author reinstated": "Sperre aufgehoben",
    "author suspended": "Person vorübergehend gesperrt",
    "banned": "gesperrt",
    "bulk": "Sammelentscheidung",
    "close": "schließen",
    "comments received": "eingegangene Kommentare",
    "decisions: automatic / by moderators": "Entscheidungen: automatisch / durch die Moderation",
    "deleted account": "gelöschtes Konto",
    "held": "zurückgehalten",
    "name, email or id": "Name, E-Mail oder Nr.",
    "newest first": "neueste zuerst",
    "next / previous comment": "nächster / vorheriger Kommentar",
    "open the comment in context": "Kommentar im Kontext öffnen",
    "over 3 days": "über 3 Tage",
    "pending": "ausstehend",
    "published": "veröffentlicht",
    "reject: choose a reason with 1–9, then Enter": "ablehnen: Grund mit 1–9 wählen, dann "
    "Eingabetaste",
    "rejected by a moderator": "von der Moderation abgelehnt",
    "reply": "Antwort",
    "search": "suchen",
    "select for a bulk decision": "für eine Sammelentscheidung auswählen",
    "show or hide this help": "diese Hilfe zeigen oder schließen",
    "since %(date)s": "seit %(date)s",
    "suspended": "vorübergehend gesperrt",
    "under 1 hour": "unter 1 Stunde",
    "undo the last decision": "letzte Entscheidung rückgängig machen",
    "undone": "rückgängig gemacht",
    "until %(when)s": "bis %(when)s",
    "waiting now": "warten jetzt",
    "waiting now; the oldest arrived %(ago)s": "warten jetzt; der älteste kam %(ago)s",
    "{n} selected": "{n} ausgewählt",
    # The words that drove a score, marked in the text (dashboard/highlight.py).
    "%(label)s −%(weight)s without this word": "%(label)s −%(weight)s ohne dieses Wort",
    "Working out which words drove the score…": (
        "Es wird noch ermittelt, welche Wörter die Bewertung bestimmt haben …"
    ),
    "Marked: the words that drove the %(label)s score.": (
        "Markiert: die Wörter, die die Bewertung „%(label)s“ bestimmt haben."
    ),
    "Dark": "Dunkel",
    "light": "hell",
    "without the word the score would be at least %(strong)s lower;": (
        "ohne das Wort wäre sie um mindestens %(strong)s niedriger;"
    ),
    "%(low)s to %(strong)s lower. Unmarked words changed it less.": (
        "um %(low)s bis %(strong)s niedriger. Nicht markierte Wörter änderten sie weniger."
    ),
    "No words could be singled out: the scorer failed on this text.": (
        "Es ließen sich keine einzelnen Wörter bestimmen: Die Bewertung dieses Textes ist "
        "fehlgeschlagen."
    ),
    "No single word drove the score: the comment as a whole did.": (
        "Kein einzelnes Wort hat die Bewertung bestimmt, sondern der Kommentar als Ganzes."
    ),
    # Why the scorer decided (dashboard/reasons.py): label, score, threshold, outcome.
    "%(label)s %(score)s ≥ %(threshold)s – %(outcome)s": (
        "%(label)s %(score)s ≥ %(threshold)s – %(outcome)s"
    ),
    "Listed word “%(term)s” – %(outcome)s": "Wort aus der Wortliste „%(term)s“ – %(outcome)s",
    "Threat detector: %(rule)s – %(outcome)s": "Drohungserkennung: %(rule)s – %(outcome)s",
    "announces killing someone": "kündigt an, jemanden zu töten",
    "announces the person's death": "kündigt der Person den Tod an",
    "announces bodily harm": "kündigt Körperverletzung an",
    "announces damage to property": "kündigt Sachbeschädigung an",
    "calls for killing someone": "ruft dazu auf, jemanden zu töten",
    "calls for violence": "ruft zu Gewalt auf",
    "calls for an attack on a building": "ruft zu einem Anschlag auf ein Gebäude auf",
    "mentions a shot to the head": "erwähnt einen Kopf- oder Genickschuss",
    "mentions hanging someone": "erwähnt, jemanden aufzuhängen",
    "says someone deserves violence": "sagt, jemand verdiene Gewalt",
    "claims to know where the person lives": "behauptet, den Wohnort der Person zu kennen",
    "veiled threat": "versteckte Drohung",
    "Pre-moderation: new account (%(approved)s of %(limit)s approved comments)": (
        "Vormoderation: neues Konto (%(approved)s von %(limit)s freigegebenen Kommentaren)"
    ),
    "Pre-moderation: every comment is reviewed": "Vormoderation: jeder Kommentar wird geprüft",
    "Trusted author": "Vertrauenswürdiges Konto",
    "Time to an automatic decision": "Zeit bis zur automatischen Entscheidung",
    "Time to a moderator's decision": "Zeit bis zur Entscheidung der Moderation",
    "Half within %(time)s": "Die Hälfte binnen %(time)s",
    "90%% within %(time)s": "90 %% binnen %(time)s",
    "(from submission; median and 90th percentile)": "(ab Eingang; Median und 90. Perzentil)",
    "Signed in as": "Angemeldet als",
    "Scored by: %(name)s.": "Bewertet von: %(name)s.",
    "Shared model (%(name)s)": "Gemeinsames Modell (%(name)s)",
    "%(site)s model, version %(version)s": "Modell von %(site)s, Version %(version)s",
    "%(site)s model, version %(version)s (active since %(date)s)": "Modell von %(site)s, "
    "Version %(version)s (aktiv seit %(date)s)",
    "%(site)s model, version %(version)s (retired since %(date)s)": "Modell von %(site)s, "
    "Version %(version)s (seit %(date)s nicht mehr aktiv)",
    "Light built-in model": "Leichtes eingebautes Modell",
    "Cascade: light built-in model, German model where unsure": "Kaskade: leichtes "
    "eingebautes Modell, bei Zweifel das deutsche Moderationsmodell",
    "German moderation model": "Deutsches Moderationsmodell",
    "Detoxify (own checkpoint)": "Detoxify (eigener Checkpoint)",
    "Detoxify (%(model)s)": "Detoxify (%(model)s)",
    "Model of the site %(site)s, version %(version)s (based on: %(base)s)": (
        "Modell der Website %(site)s, Version %(version)s (Grundlage: %(base)s)"
    ),
    "%(model)s, with the threat guard": "%(model)s, mit Bedrohungswächter",
}

# Messages with a plural form: (singular, plural) -> (German singular, German plural).
PLURALS = {
    ("%(name)s is suspended for %(num)s day.", "%(name)s is suspended for %(num)s days."): (
        "%(name)s ist für %(num)s Tag gesperrt.",
        "%(name)s ist für %(num)s Tage gesperrt.",
    ),
    ("%(num)s comment approved.", "%(num)s comments approved."): (
        "%(num)s Kommentar freigegeben.",
        "%(num)s Kommentare freigegeben.",
    ),
    ("%(num)s comment by this author rejected.", "%(num)s comments by this author rejected."): (
        "%(num)s Kommentar dieser Person abgelehnt.",
        "%(num)s Kommentare dieser Person abgelehnt.",
    ),
    ("%(num)s comment rejected.", "%(num)s comments rejected."): (
        "%(num)s Kommentar abgelehnt.",
        "%(num)s Kommentare abgelehnt.",
    ),
    ("%(count)s new comment", "%(count)s new comments"): (
        "%(count)s neuer Kommentar",
        "%(count)s neue Kommentare",
    ),
    (
        "Scoring failed %(num)s time; held for a human",
        "Scoring failed %(num)s times; held for a human",
    ): (
        "Bewertung %(num)s-mal fehlgeschlagen; für die Moderation zurückgehalten",
        "Bewertung %(num)s-mal fehlgeschlagen; für die Moderation zurückgehalten",
    ),
    ("%(num)s day", "%(num)s days"): ("%(num)s Tag", "%(num)s Tage"),
    ("%(num)s report", "%(num)s reports"): ("%(num)s Meldung", "%(num)s Meldungen"),
    ("last %(num)s day", "last %(num)s days"): ("letzter %(num)s Tag", "letzte %(num)s Tage"),
    (
        "Undone: comment #%(id)s is %(status)s again.",
        "Undone: %(num)s comments are back where they were.",
    ): (
        "Rückgängig gemacht: Kommentar #%(id)s ist wieder %(status)s.",
        "Rückgängig gemacht: %(num)s Kommentare sind wieder im vorherigen Zustand.",
    ),
    (
        "Your last decision (comment #%(id)s) can still be undone.",
        "Your last decisions (%(num)s comments) can still be undone.",
    ): (
        "Ihre letzte Entscheidung (Kommentar #%(id)s) lässt sich noch rückgängig machen.",
        "Ihre letzten Entscheidungen (%(num)s Kommentare) lassen sich noch rückgängig machen.",
    ),
}


def main() -> int:
    with TEMPLATE.open("rb") as handle:
        template = read_po(handle)
    catalog = Catalog(locale="de", project="comment-moderation", fuzzy=False)
    german: dict[object, object] = {**GERMAN, **DESK, **PLURALS}
    missing = []
    for message in template:
        if not message.id:
            continue
        if message.id not in german:
            missing.append(message.id)
            continue
        catalog.add(message.id, german[message.id])
    if missing:
        print("no German for:", *missing, sep="\n  ", file=sys.stderr)
        return 1
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    with TARGET.open("wb") as handle:
        write_po(handle, catalog, omit_header=False, sort_output=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
