"""Batched scoring and poison comments: bursts share scorer calls, a crashing comment is held."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from moderation.extensions import db
from moderation.models import Comment, CommentStatus, ModerationEvent, Site
from moderation.scoring.base import Scorer
from moderation.scoring.labels import LABELS, LabelScores
from moderation.services.automod import judging
from moderation.services.automod.judging import Outcome, ScoringFailed, ScoringLimits

POISON = "GIFTIG"


class RecordingScorer:
    """Wraps the real scorer: records each call's batch size, fails on texts marked POISON.

    A fault injector for the tests, standing in for a model that crashes on some input.
    """

    name = "embedded"

    def __init__(self, inner: Scorer) -> None:
        self.inner = inner
        self.version = inner.version
        self.calls: list[int] = []

    def score(self, texts: Sequence[str]) -> list[LabelScores]:
        self.calls.append(len(texts))
        if any(POISON in text for text in texts):
            raise RuntimeError("model crashed on this input")
        return self.inner.score(texts)


@pytest.fixture
def recording(embedded_scorer: Scorer) -> RecordingScorer:
    return RecordingScorer(embedded_scorer)


@pytest.fixture
def make_comment(
    make_comment: Callable[..., Comment], make_site: Callable[..., Site]
) -> Callable[..., Comment]:
    """Comments on a site that publishes everything: the recorded calls are exactly the
    scoring calls (explanations are a separate task anyway: test_explanations.py)."""
    site = make_site(
        policy={
            "hold_thresholds": {**dict.fromkeys(LABELS, 1.0), "threat": 0.5},  # threats always hold
            "reject_thresholds": {"toxicity": 1.0},
        }
    )

    def make(**kw: object) -> Comment:
        return make_comment(site=kw.pop("site", site), **kw)

    return make


def status_of(comment: Comment) -> CommentStatus:
    db.session.expire_all()
    return db.session.get(Comment, comment.id).status


def test_a_burst_is_scored_in_one_batch_and_later_tasks_do_nothing(
    make_comment: Callable[..., Comment],
    recording: RecordingScorer,
) -> None:
    burst = [make_comment(body=f"Kommentar {i} zur Haushaltsdebatte") for i in range(5)]
    assert judging.score_comment(burst[0].id, recording) is Outcome.DECIDED
    assert recording.calls == [5]
    for comment in burst[1:]:
        assert judging.score_comment(comment.id, recording) is Outcome.ALREADY_DECIDED
    assert recording.calls == [5]
    assert all(status_of(c) is not CommentStatus.PENDING for c in burst)
    assert db.session.query(ModerationEvent).count() == 5


def test_batch_size_is_bounded(
    make_comment: Callable[..., Comment], recording: RecordingScorer
) -> None:
    burst = [make_comment(body=f"Kommentar {i}") for i in range(7)]
    judging.score_comment(burst[0].id, recording, ScoringLimits(batch_size=3))
    assert recording.calls == [3]


def test_a_lone_comment_is_scored_at_once(
    make_comment: Callable[..., Comment], recording: RecordingScorer
) -> None:
    comment = make_comment(body="Einzelner Kommentar")
    assert judging.score_comment(comment.id, recording) is Outcome.DECIDED
    assert recording.calls == [1]


def test_poison_comment_is_retried_then_held_with_its_error(
    make_comment: Callable[..., Comment],
    recording: RecordingScorer,
) -> None:
    poison = make_comment(body=f"{POISON} bringt das Modell zum Absturz")
    limits = ScoringLimits(max_attempts=3)
    for attempt in (1, 2):
        with pytest.raises(ScoringFailed, match="model crashed"):
            judging.score_comment(poison.id, recording, limits)
        db.session.expire_all()
        comment = db.session.get(Comment, poison.id)
        assert comment.status is CommentStatus.PENDING
        assert comment.scoring_attempts == attempt
        assert comment.scoring_error == "RuntimeError: model crashed on this input"
    assert judging.score_comment(poison.id, recording, limits) is Outcome.HELD_AFTER_ERRORS
    assert status_of(poison) is CommentStatus.HELD
    event = db.session.execute(db.select(ModerationEvent)).scalar_one()
    assert event.actor_id is None
    assert event.reason == "scoring failed 3 time(s); held for a human"
    assert event.details["error"] == "RuntimeError: model crashed on this input"


def test_poison_in_a_batch_does_not_sink_its_neighbours(
    make_comment: Callable[..., Comment],
    recording: RecordingScorer,
) -> None:
    first = make_comment(body="Ganz normaler Kommentar")
    poison = make_comment(body=f"{POISON}!")
    last = make_comment(body="Noch ein normaler Kommentar")
    assert judging.score_comment(first.id, recording) is Outcome.DECIDED
    assert recording.calls == [3, 1, 1, 1]  # the batch failed, then one by one
    assert status_of(first) is not CommentStatus.PENDING
    assert status_of(last) is not CommentStatus.PENDING
    db.session.expire_all()
    untouched = db.session.get(Comment, poison.id)
    assert untouched.status is CommentStatus.PENDING and untouched.scoring_attempts == 0


def test_a_comment_whose_tries_died_with_the_worker_is_held_without_scoring(
    make_comment: Callable[..., Comment],
    recording: RecordingScorer,
) -> None:
    # As if the worker had been killed mid-task on each of three deliveries.
    comment = make_comment(body="Tötet den Worker", scoring_attempts=3)
    limits = ScoringLimits(max_attempts=3)
    assert judging.score_comment(comment.id, recording, limits) is Outcome.HELD_AFTER_ERRORS
    assert recording.calls == []
    assert status_of(comment) is CommentStatus.HELD


def test_after_a_crash_a_comment_is_scored_alone(
    make_comment: Callable[..., Comment],
    recording: RecordingScorer,
) -> None:
    crashed_once = make_comment(body="War schon in einem Absturz", scoring_attempts=1)
    make_comment(body="Wartet ganz normal")
    assert judging.score_comment(crashed_once.id, recording) is Outcome.DECIDED
    assert recording.calls == [1]
