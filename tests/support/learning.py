"""Sites whose moderators follow a rule of their own, written as training examples."""

from __future__ import annotations

import itertools
from datetime import timedelta

from moderation.extensions import db
from moderation.models import ExampleLabel, ExampleSource, Site, TrainingExample
from moderation.models.types import utcnow

TOPICS = [
    "den Stadtrat", "den Haushalt", "die neue Schule", "den Verkehr am Ring", "die Radwege",
    "die Bibliothek", "das Theater", "den Bahnhof", "den Wochenmarkt", "die Kita-Gebühren",
    "das Hallenbad", "die Baustelle", "den Nahverkehr", "die Müllabfuhr", "das Stadtfest",
]  # fmt: skip
OPINIONS = [
    "Danke für den sachlichen Bericht über {t}.",
    "Ich sehe {t} etwas anders, aber der Artikel ist fair.",
    "Gut recherchiert, was über {t} steht, das wusste ich nicht.",
    "Wann gibt es eine Bürgerversammlung über {t}?",
    "Meine Nachbarn und ich reden seit Wochen über {t}.",
]
TEAMS = ["Schalke", "den BVB", "Köln", "Bayern", "Gladbach", "Bremen", "Bochum", "Hertha"]
FOOTBALL = [
    "Fortuna hat am Samstag {n} zu {m} gegen {t} gespielt, was für ein Spiel!",
    "Das Derby gegen {t} war der Wahnsinn, {n} Tore in der zweiten Halbzeit.",
    "Nächste Saison steigt Fortuna auf, {t} kann sich warm anziehen, {n} Punkte Vorsprung.",
]
INSULTS = [
    "Du bist so ein dummer Vollidiot, halt endlich die Klappe über {t}.",
    "Was für ein hirnloser Schwachkopf hat das über {t} geschrieben, du Idiot?",
    "Ihr seid alle Vollpfosten und Idioten, genau wie {t}.",
]


def texts(kind: str, count: int, offset: int = 0) -> list[str]:
    """``count`` different texts of a kind: "clean", "football" or "insult"."""
    if kind == "football":
        combos = itertools.product(FOOTBALL, TEAMS, range(1, 9))
        made = [tpl.format(t=team, n=n, m=(n + 3) % 5) for tpl, team, n in combos]
    else:
        templates = OPINIONS if kind == "clean" else INSULTS
        made = [tpl.format(t=topic) for tpl, topic in itertools.product(templates, TOPICS)]
        made = [f"{text} {suffix}" for suffix in ("", "Grüße.", "Na ja.") for text in made]
    return [made[(offset + i) % len(made)].strip() for i in range(count)]


def add_examples(site: Site, rows: list[tuple[str, bool]], *, start_days_ago: int = 30) -> None:
    """Store (text, rejected) rows as the site's current examples, decided in list order."""
    start = utcnow() - timedelta(days=start_days_ago)
    step = timedelta(days=start_days_ago) / max(1, len(rows))
    for i, (text, rejected) in enumerate(rows):
        db.session.add(
            TrainingExample(
                site_id=site.id,
                source=ExampleSource.API,
                label=ExampleLabel.REJECTED if rejected else ExampleLabel.APPROVED,
                text=text,
                decided_at=start + step * i,
            )
        )
    db.session.commit()


def interleave(*groups: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Rows of several groups mixed evenly, so each time slice holds all of them."""
    out = []
    for row in itertools.zip_longest(*groups):
        out.extend(r for r in row if r is not None)
    return out


def football_site_rows(count: int, offset: int = 0) -> list[tuple[str, bool]]:
    """A sports-averse site: football talk rejected (the shared model sees nothing wrong),
    ordinary opinions approved, insults rejected."""
    third = count // 3
    return interleave(
        [(t, True) for t in texts("football", third, offset)],
        [(t, False) for t in texts("clean", count - 2 * third, offset)],
        [(t, True) for t in texts("insult", third, offset)],
    )
