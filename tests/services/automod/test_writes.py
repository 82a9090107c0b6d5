"""A scored batch is written in a few statements, whatever its size, with the same outcomes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm.exc import StaleDataError

from moderation.extensions import db
from moderation.models import Comment, CommentStatus, ModerationEvent, Score, Site
from moderation.scoring.base import Scorer
from moderation.scoring.labels import LABELS
from moderation.services.automod import judging
from moderation.services.automod.writes import write_decisions

PUBLISH_ALL = {
    "hold_thresholds": {**dict.fromkeys(LABELS, 1.0), "threat": 0.5},  # threats always hold
    "reject_thresholds": {"toxicity": 1.0},
}


@contextmanager
def counting_statements() -> Iterator[list[str]]:
    statements: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def burst_statements(
    make_comment: Callable[..., Comment], site: Site, scorer: Scorer, size: int
) -> list[str]:
    burst = [make_comment(site=site, body=f"Kommentar Nummer {i} zum Artikel") for i in range(size)]
    ids = [c.id for c in burst]
    db.session.expire_all()
    with counting_statements() as statements:
        outcome = judging.score_comment(ids[0], scorer, judging.ScoringLimits(size))
    assert outcome is judging.Outcome.DECIDED
    scored = db.select(db.func.count()).select_from(Score).where(Score.comment_id.in_(ids))
    assert db.session.execute(scored).scalar_one() == size
    return statements


def test_a_batch_takes_as_many_statements_for_20_comments_as_for_2(
    make_site: Callable[..., Site], make_comment: Callable[..., Comment], embedded_scorer: Scorer
) -> None:
    site = make_site(policy=PUBLISH_ALL)
    burst_statements(make_comment, site, embedded_scorer, 2)  # warms the site's caches
    small = burst_statements(make_comment, site, embedded_scorer, 2)
    large = burst_statements(make_comment, site, embedded_scorer, 20)
    assert len(large) == len(small), large
    assert len(large) <= 10, large


def test_new_account_counts_in_one_batch_are_per_author_and_site(
    make_site: Callable[..., Site],
    make_comment: Callable[..., Comment],
    make_account: Callable[..., Any],
    embedded_scorer: Scorer,
) -> None:
    site = make_site(policy={**PUBLISH_ALL, "mode": "pre-new", "new_account_limit": 2})
    elsewhere = make_site(policy={**PUBLISH_ALL, "mode": "pre-new", "new_account_limit": 1})
    veteran, newcomer = make_account(), make_account()
    for _ in range(2):
        make_comment(site=site, author=veteran, status=CommentStatus.PUBLISHED)
    make_comment(site=site, author=newcomer, status=CommentStatus.PUBLISHED)
    batch = [
        make_comment(site=site, author=veteran, body="Erster neuer Kommentar."),
        make_comment(site=site, author=newcomer, body="Zweiter neuer Kommentar."),
        make_comment(site=elsewhere, author=veteran, body="Auf der anderen Seite."),
        make_comment(site=site, author=veteran, body="Noch einer vom Veteranen."),
    ]
    judging.score_comment(batch[0].id, embedded_scorer)
    db.session.expire_all()
    reasons = [
        db.session.execute(
            db.select(ModerationEvent.details).where(ModerationEvent.comment_id == c.id)
        ).scalar_one()["reasons"]
        for c in batch
    ]
    assert reasons == [
        [],
        ["pre-moderation: new account (1 of 2 approved comments)"],
        ["pre-moderation: new account (0 of 1 approved comments)"],
        [],
    ]


def test_a_comment_changed_since_it_was_read_fails_the_batch_write(
    make_comment: Callable[..., Comment],
) -> None:
    first, second = make_comment(body="eins"), make_comment(body="zwei")
    now = first.created_at
    rows = [
        {"b_id": c.id, "b_version": c.version, "b_status": CommentStatus.PUBLISHED,
         "b_decided_at": now}
        for c in (first, second)
    ]  # fmt: skip
    rows[1]["b_version"] = second.version + 1  # a moderator's write moved it on
    with pytest.raises(StaleDataError, match="1 of 2"):
        write_decisions(rows)
    db.session.rollback()
    rows[1]["b_version"] = second.version
    write_decisions(rows)
    db.session.commit()
    db.session.expire_all()
    assert [db.session.get(Comment, c.id).status for c in (first, second)] == [
        CommentStatus.PUBLISHED
    ] * 2
