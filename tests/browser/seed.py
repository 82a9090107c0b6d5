"""A realistic desk for browser tests and screenshots: two sites, moderators, a held queue."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cache

from moderation.extensions import db
from moderation.models import (
    Account,
    Article,
    Comment,
    CommentStatus,
    ModerationAction,
    ModerationEvent,
    Role,
    Score,
    Site,
    SiteAssignment,
)
from moderation.models.types import utcnow
from moderation.scoring.base import Scorer
from moderation.scoring.explain import explain
from moderation.scoring.labels import LABELS
from moderation.scoring.policy import PolicySettings, decide
from moderation.scoring.registry import build_scorer
from moderation.services.accounts import credentials
from moderation.services.sites import registry

PASSWORD = "correct horse battery staple"
XSS_BODY = (
    '<script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2"> '
    '<a href="javascript:window.__pwned = 3">klick mich</a> Hallo!'
)

HELD_BODIES = [
    "Halt doch einfach die Klappe, du Vollidiot.",
    "Wer so einen Unsinn schreibt, gehört eingesperrt.",
    "Die Stadtverwaltung besteht nur aus Faulpelzen und Versagern.",
    "Ich weiß, wo du wohnst. Pass bloß auf.",
    "Typisch für diese Leute, die können doch gar nichts.",
    "So ein Schwachsinn, lernen Sie erst einmal lesen!",
    "Kauft jetzt billige Uhren unter www.example.invalid, nur heute!",
]
FRIENDLY_BODIES = [
    "Danke für den ausführlichen Bericht über die Baustelle am Rheinufer.",
    "Ich finde, die neue Buslinie ist eine gute Idee für unser Viertel.",
    "Weiß jemand, ob der Wochenmarkt auch am Feiertag stattfindet?",
    "Schöner Artikel, aber die Zahlen zur Parkplatzsituation fehlen mir.",
    "Thanks for the English summary, very helpful for newcomers.",
]


@dataclass
class Desk:
    admin: Account
    moderator: Account
    colleague: Account
    troll: Account
    readers: list[Account]
    site: Site
    other_site: Site
    held: list[Comment] = field(default_factory=list)
    xss: Comment | None = None
    reply: Comment | None = None


@cache
def _scorer() -> Scorer:
    return build_scorer("embedded")


def _scores(rng: random.Random, hot: bool) -> dict[str, float]:
    if not hot:
        return {label: round(rng.uniform(0.0, 0.25), 3) for label in LABELS}
    values = {label: round(rng.uniform(0.02, 0.45), 3) for label in LABELS}
    values["toxicity"] = round(rng.uniform(0.55, 0.93), 3)
    values[rng.choice(["insult", "threat", "identity_attack", "obscene"])] = round(
        rng.uniform(0.5, 0.9), 3
    )
    return values


def _comment(
    site: Site,
    article: Article,
    author: Account,
    body: str,
    scores: dict[str, float],
    created_ago: timedelta,
    parent: Comment | None = None,
) -> Comment:
    """A comment as the scoring worker leaves it: a Score, a status and the audit event."""
    created = utcnow() - created_ago
    decision = decide(scores, PolicySettings.from_mapping(site.policy))
    status = {
        "publish": CommentStatus.PUBLISHED,
        "hold": CommentStatus.HELD,
        "reject": CommentStatus.REJECTED,
    }[decision.action.value]
    action = {
        CommentStatus.PUBLISHED: ModerationAction.AUTO_PUBLISHED,
        CommentStatus.HELD: ModerationAction.AUTO_HELD,
        CommentStatus.REJECTED: ModerationAction.AUTO_REJECTED,
    }[status]
    comment = Comment(
        site=site,
        article=article,
        author=author,
        body=body,
        parent=parent,
        status=status,
        created_at=created,
        decided_at=created + timedelta(seconds=2),
    )
    db.session.add(comment)
    db.session.flush()  # ids in creation order, as comments arrive in production
    explanation = None
    if status is not CommentStatus.PUBLISHED:
        # What the explanation task stores: the shipped scorer's own leave-one-out spans for
        # the strongest (seeded) label, so the desk shows which words drove the score.
        strongest = max(scores, key=lambda label: scores[label])
        explanation = explain(_scorer(), body, strongest)
    db.session.add(
        Score(
            comment=comment,
            scorer_name="embedded",
            scorer_version="usem3-head-2026.11",
            created_at=created + timedelta(seconds=2),
            explanation=explanation,
            **scores,
        )
    )
    db.session.add(
        ModerationEvent(
            comment=comment,
            action=action,
            reason="; ".join(decision.reasons) or None,
            details={
                "reasons": list(decision.reasons),
                "reason_details": [reason.as_dict() for reason in decision.why],
                "scorer": "embedded",
            },
            created_at=created + timedelta(seconds=2),
        )
    )
    return comment


def _decide(ago: timedelta, comment: Comment, actor: Account, approve: bool) -> None:
    comment.status = CommentStatus.PUBLISHED if approve else CommentStatus.REJECTED
    db.session.add(
        ModerationEvent(
            comment=comment,
            actor=actor,
            action=ModerationAction.APPROVED if approve else ModerationAction.REJECTED,
            reason=None if approve else "Beleidigung",
            details={"previous_status": "held"},
            created_at=utcnow() - ago,
        )
    )
    db.session.flush()


def seed_desk(seed: int = 7) -> Desk:
    rng = random.Random(seed)
    site = registry.create_site("rheinblick", "Rheinblick Online")
    other = registry.create_site("stadtanzeiger", "Stadt-Anzeiger Musterstadt")
    admin = credentials.create_account(
        "admin@example.org", PASSWORD, display_name="Admin", role=Role.ADMIN
    )
    moderator = credentials.create_account(
        "moderatorin@example.org", PASSWORD, display_name="Mira Moderatorin", role=Role.MODERATOR
    )
    colleague = credentials.create_account(
        "kollege@example.org", PASSWORD, display_name="Karl Kollege", role=Role.MODERATOR
    )
    troll = credentials.create_account("troll@example.org", PASSWORD, display_name="Krawallmacher")
    readers = [
        credentials.create_account(f"leser{i}@example.org", PASSWORD, display_name=name)
        for i, name in enumerate(["Anna Rhein", "Ben Ufer", "Clara Markt", "Deniz Brücke"])
    ]
    for account in (moderator, colleague):
        db.session.add(SiteAssignment(account_id=account.id, site_id=site.id))
    articles = [
        Article(
            site=site,
            external_id=f"artikel-{i}",
            title=title,
            url=f"https://rheinblick.example/{i}",
        )
        for i, title in enumerate(
            [
                "Neue Buslinie durch die Altstadt",
                "Wer wird Oberbürgermeisterin?",
                "Baustelle am Rheinufer dauert länger",
            ]
        )
    ]
    other_article = Article(site=other, external_id="kirmes", title="Kirmes eröffnet")
    desk = Desk(admin, moderator, colleague, troll, readers, site, other)

    # History over three weeks, in time order: mostly friendly and published, some held;
    # moderators decided the held ones minutes to hours later.
    arrivals = sorted(
        timedelta(days=day, hours=rng.randint(0, 20), minutes=rng.randint(0, 59))
        for day in range(21, 0, -1)
        for _ in range(rng.randint(3, 9))
    )
    decisions: list[tuple[timedelta, Comment, Account, bool]] = []
    for index, ago in enumerate(reversed(arrivals)):
        while decisions and decisions[0][0] > ago:
            _decide(*decisions.pop(0))
        hot = rng.random() < 0.25
        body = rng.choice(HELD_BODIES if hot else FRIENDLY_BODIES)
        comment = _comment(
            site, rng.choice(articles), rng.choice(readers), body, _scores(rng, hot), ago
        )
        if comment.status is CommentStatus.HELD:
            actor = moderator if index % 3 else colleague
            later = ago - timedelta(minutes=rng.randint(4, 300))
            decisions.append((later, comment, actor, index % 2 == 0))
            decisions.sort(key=lambda entry: entry[0], reverse=True)
    for entry in decisions:
        _decide(*entry)
    # Today's held queue.
    parent = _comment(
        site,
        articles[1],
        readers[0],
        "Ich wähle die Kandidatin, weil sie den Nahverkehr ausbauen will.",
        _scores(rng, False),
        timedelta(hours=5),
    )
    for index, body in enumerate(HELD_BODIES):
        author = troll if index in (0, 3, 5) else rng.choice(readers)
        desk.held.append(
            _comment(
                site,
                articles[index % 3],
                author,
                body,
                _scores(rng, True),
                timedelta(hours=4 - index * 0.5, minutes=rng.randint(0, 20)),
                parent=parent if index == 0 else None,
            )
        )
    desk.reply = desk.held[0]
    desk.xss = _comment(
        site,
        articles[0],
        troll,
        XSS_BODY,
        {**_scores(rng, True), "toxicity": 0.61},
        timedelta(minutes=20),
    )
    desk.held.append(desk.xss)
    _comment(
        other,
        other_article,
        readers[1],
        "Auf der anderen Seite: nicht für Mira.",
        _scores(rng, True),
        timedelta(hours=1),
    )
    db.session.commit()
    return desk
