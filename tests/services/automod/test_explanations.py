"""Explanations come after the decision: queued, computed by their own task, swept if lost.

Also the cheap and the contended paths that moving them out of scoring opened: companion
tasks of a burst write nothing, a task whose comment another worker holds scores others.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from moderation.extensions import db
from moderation.models import Comment, CommentStatus, Score, Site
from moderation.models.types import utcnow
from moderation.scoring.base import Scorer
from moderation.scoring.labels import LABELS, LabelScores
from moderation.services.automod import explanations, judging
from moderation.services.automod.explanations import ExplanationFailed, Outcome
from tests.support.broker import drain as drain_queue

HOLD_ALL = {"hold_thresholds": dict.fromkeys(LABELS, 1e-9), "reject_thresholds": {"toxicity": 1.0}}
PUBLISH_ALL = {
    "hold_thresholds": {**dict.fromkeys(LABELS, 1.0), "threat": 0.5},  # threats always hold
    "reject_thresholds": {"toxicity": 1.0},
}


class CountingScorer:
    """The real scorer, counting calls; fails on every call while ``broken``."""

    name = "embedded"

    def __init__(self, inner: Scorer) -> None:
        self.inner = inner
        self.version = inner.version
        self.calls: list[int] = []
        self.broken = False

    def score(self, texts: Sequence[str]) -> list[LabelScores]:
        self.calls.append(len(texts))
        if self.broken:
            raise RuntimeError("model unavailable")
        return self.inner.score(texts)


@pytest.fixture
def counting(embedded_scorer: Scorer) -> CountingScorer:
    return CountingScorer(embedded_scorer)


@pytest.fixture
def queued(app: Flask) -> Callable[[str], list[tuple[str, list[Any]]]]:
    """Drain one queue of the in-memory broker: [(task name, args)] sent to it so far."""
    celery = app.extensions["celery"]

    def drain(name: str) -> list[tuple[str, list[Any]]]:
        return drain_queue(celery, name)

    for name in ("scoring", "webhooks", "explanations"):
        drain(name)  # the memory transport is per process: start each test empty
    return drain


def latest_score(comment_id: int) -> Score:
    db.session.expire_all()
    return (
        db.session.execute(
            db.select(Score).where(Score.comment_id == comment_id).order_by(Score.id.desc())
        )
        .scalars()
        .first()
    )


def test_a_held_comment_is_decided_first_and_explained_by_its_own_task(
    make_site: Callable[..., Site],
    make_comment: Callable[..., Comment],
    counting: CountingScorer,
    queued: Callable[[str], list[tuple[str, list[Any]]]],
) -> None:
    site = make_site(policy=HOLD_ALL)
    site.webhook_url = "https://zeitung.example/hooks/moderation"
    comment = make_comment(site=site, body="Du bist ein Vollidiot!")
    assert judging.score_comment(comment.id, counting) is judging.Outcome.DECIDED
    assert counting.calls == [1]  # the decision cost one scorer call, no occlusion
    assert latest_score(comment.id).explanation is None
    assert db.session.get(Comment, comment.id).status is CommentStatus.HELD
    # The webhook does not wait for the explanation; both are queued after commit.
    assert queued("webhooks")[0][1][:2] == [comment.id, "comment.held"]
    assert queued("explanations") == [("moderation.explain_comment", [comment.id])]

    assert explanations.explain_comment(comment.id, counting) is Outcome.EXPLAINED
    explanation = latest_score(comment.id).explanation
    assert explanation["method"] == "occlusion" and explanation["label"] in LABELS
    for span in explanation["spans"]:
        assert comment.body[span["start"] : span["end"]] == span["text"]
    # Redelivered: nothing is computed again.
    calls = len(counting.calls)
    assert explanations.explain_comment(comment.id, counting) is Outcome.ALREADY_EXPLAINED
    assert len(counting.calls) == calls


def test_a_published_comment_gets_no_explanation(
    make_site: Callable[..., Site],
    make_comment: Callable[..., Comment],
    counting: CountingScorer,
    queued: Callable[[str], list[tuple[str, list[Any]]]],
) -> None:
    comment = make_comment(site=make_site(policy=PUBLISH_ALL), body="Danke für den Artikel.")
    judging.score_comment(comment.id, counting)
    assert queued("explanations") == []
    assert queued("webhooks") == []  # no webhook URL: no message for the worker to drop
    assert explanations.explain_comment(comment.id, counting) is Outcome.NOT_NEEDED
    assert explanations.explain_comment(987654, counting) is Outcome.MISSING


def test_a_failing_explanation_is_retried_then_stored_as_failed(
    make_site: Callable[..., Site],
    make_comment: Callable[..., Comment],
    counting: CountingScorer,
) -> None:
    comment = make_comment(site=make_site(policy=HOLD_ALL), body="Was für ein Unsinn, echt.")
    judging.score_comment(comment.id, counting)
    counting.broken = True
    with pytest.raises(ExplanationFailed, match="model unavailable"):
        explanations.explain_comment(comment.id, counting)
    assert latest_score(comment.id).explanation is None
    assert explanations.explain_comment(comment.id, counting, give_up=True) is Outcome.GAVE_UP
    explanation = latest_score(comment.id).explanation
    assert explanation["spans"] == [] and "model unavailable" in explanation["error"]
    # Stored as failed, so the sweeper leaves it alone.
    db.session.execute(db.update(Comment).values(decided_at=utcnow() - timedelta(hours=1)))
    db.session.commit()
    assert explanations.requeue_unexplained(timedelta(minutes=10)) == 0


def test_the_sweeper_queues_only_old_held_or_rejected_comments_without_explanation(
    make_site: Callable[..., Site],
    make_comment: Callable[..., Comment],
    counting: CountingScorer,
    queued: Callable[[str], list[tuple[str, list[Any]]]],
) -> None:
    held_site, open_site = make_site(policy=HOLD_ALL), make_site(policy=PUBLISH_ALL)
    lost = make_comment(site=held_site, body="Halt die Klappe, du Clown.")
    explained = make_comment(site=held_site, body="Noch so ein Clown hier.")
    published = make_comment(site=open_site, body="Schöner Artikel.")
    for comment in (lost, explained, published):
        judging.score_comment(comment.id, counting, judging.ScoringLimits(batch_size=1))
    explanations.explain_comment(explained.id, counting)
    fresh = make_comment(site=held_site, body="Gerade eben entschieden, du Clown.")
    judging.score_comment(fresh.id, counting, judging.ScoringLimits(batch_size=1))
    queued("explanations")
    an_hour_ago = utcnow() - timedelta(hours=1)
    db.session.execute(
        db.update(Comment).where(Comment.id != fresh.id).values(decided_at=an_hour_ago)
    )
    db.session.commit()

    assert explanations.requeue_unexplained(timedelta(minutes=10)) == 1
    assert queued("explanations") == [("moderation.explain_comment", [lost.id])]


def test_the_api_says_when_an_explanation_is_still_pending(
    make_site: Callable[..., Site],
    make_comment: Callable[..., Comment],
    counting: CountingScorer,
    client: FlaskClient,
    bearer: Callable[..., dict[str, str]],
) -> None:
    comment = make_comment(site=make_site(policy=HOLD_ALL), body="Du Vollpfosten!")
    headers = bearer(comment.author)
    judging.score_comment(comment.id, counting)
    data = client.get(f"/api/v1/comments/{comment.id}", headers=headers).get_json()
    assert data["status"] == "held"
    assert data["explanation"] is None and data["explanation_pending"] is True
    explanations.explain_comment(comment.id, counting)
    data = client.get(f"/api/v1/comments/{comment.id}", headers=headers).get_json()
    assert data["explanation"]["method"] == "occlusion" and data["explanation_pending"] is False


def test_companion_tasks_of_a_burst_read_and_write_nothing(
    make_site: Callable[..., Site],
    make_comment: Callable[..., Comment],
    counting: CountingScorer,
) -> None:
    site = make_site(policy=PUBLISH_ALL)
    burst = [make_comment(site=site, body=f"Kommentar {i} zum Haushalt") for i in range(4)]
    assert judging.score_comment(burst[0].id, counting) is judging.Outcome.DECIDED
    versions = {c.id: db.session.get(Comment, c.id).version for c in burst}
    for comment in burst[1:]:
        assert judging.score_comment(comment.id, counting) is judging.Outcome.ALREADY_DECIDED
    db.session.expire_all()
    attempts = [db.session.get(Comment, c.id).scoring_attempts for c in burst]
    assert attempts == [1, 0, 0, 0]  # only the task that scored counted a try
    assert {c.id: db.session.get(Comment, c.id).version for c in burst} == versions


# Row locks with SKIP LOCKED are PostgreSQL's; SQLite has nothing to skip past.
@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_a_task_whose_comment_another_worker_holds_scores_others_meanwhile(
    app: Flask,
    make_site: Callable[..., Site],
    make_comment: Callable[..., Comment],
    counting: CountingScorer,
) -> None:
    site = make_site(policy=PUBLISH_ALL)
    held_elsewhere = make_comment(site=site, body="Wird gerade woanders bewertet.")
    others = [make_comment(site=site, body=f"Wartet {i}") for i in range(3)]
    other_worker = db.engine.connect()
    transaction = other_worker.begin()
    other_worker.execute(
        db.select(Comment.id).where(Comment.id == held_elsewhere.id).with_for_update()
    )

    def release() -> None:
        time.sleep(1.0)
        transaction.rollback()  # the other worker died: its lock goes, its comment is ours

    releaser = threading.Thread(target=release)
    releaser.start()
    try:
        outcome = judging.score_comment(held_elsewhere.id, counting)
    finally:
        releaser.join()
        other_worker.close()
    assert outcome is judging.Outcome.DECIDED
    assert counting.calls == [3, 1]  # the spare batch, then its own comment once unlocked
    db.session.expire_all()
    assert all(
        db.session.get(Comment, c.id).status is CommentStatus.PUBLISHED
        for c in [held_elsewhere, *others]
    )


# SQLite only: on PostgreSQL the batch's row locks make the moderator wait until the batch
# has committed, so this race cannot happen there.
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_moderator_deciding_during_the_batch_wins_and_the_rest_is_scored_again(
    make_site: Callable[..., Site],
    make_comment: Callable[..., Comment],
    embedded_scorer: Scorer,
) -> None:
    site = make_site(policy=PUBLISH_ALL)
    own, raced = make_comment(site=site, body="Eins"), make_comment(site=site, body="Zwei")

    class ModeratorMeanwhile(CountingScorer):
        def score(self, texts: Sequence[str]) -> list[LabelScores]:
            if not self.calls:  # a moderator rejects the companion while the batch is scored
                with db.engine.begin() as connection:
                    connection.execute(
                        db.update(Comment)
                        .where(Comment.id == raced.id)
                        .values(status=CommentStatus.REJECTED, version=Comment.version + 1)
                    )
            return super().score(texts)

    scorer = ModeratorMeanwhile(embedded_scorer)
    assert judging.score_comment(own.id, scorer) is judging.Outcome.DECIDED
    assert scorer.calls == [2, 1]  # the batch was thrown away, then its own comment alone
    db.session.expire_all()
    assert db.session.get(Comment, own.id).status is CommentStatus.PUBLISHED
    assert db.session.get(Comment, raced.id).status is CommentStatus.REJECTED
    assert db.session.query(Score).filter_by(comment_id=raced.id).count() == 0
