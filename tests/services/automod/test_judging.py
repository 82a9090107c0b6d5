"""The worker's use case with the real embedded scorer: score, decide by policy, audit, once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from moderation.extensions import db
from moderation.models import Comment, CommentStatus, ModerationEvent, Score, Site
from moderation.models.types import utcnow
from moderation.scoring.base import Scorer
from moderation.scoring.labels import LABELS
from moderation.services.automod import explanations, judging, sweeper

HOLD_ALL = {"hold_thresholds": dict.fromkeys(LABELS, 1e-9), "reject_thresholds": {"toxicity": 1.0}}
PUBLISH_ALL = {
    "hold_thresholds": {**dict.fromkeys(LABELS, 1.0), "threat": 0.5},  # threats always hold
    "reject_thresholds": {"toxicity": 1.0},
}


def test_scoring_stores_score_decision_and_audit(
    make_site: Callable[..., Site],
    make_comment: Callable[..., Comment],
    embedded_scorer: Scorer,
) -> None:
    comment = make_comment(site=make_site(policy=HOLD_ALL), body="Du bist ein Vollidiot!")
    assert judging.score_comment(comment.id, embedded_scorer) is judging.Outcome.DECIDED
    db.session.expire_all()
    comment = db.session.get(Comment, comment.id)
    assert comment.status is CommentStatus.HELD and comment.decided_at is not None
    score = db.session.execute(db.select(Score)).scalar_one()
    assert score.scorer_name == "embedded" and score.scorer_version == embedded_scorer.version
    assert all(0.0 <= value <= 1.0 for value in score.as_dict().values())
    # Held, so a moderator gets the words that drove the highest label: after the
    # decision, from the explanation task (tests/services/automod/test_explanations.py).
    assert score.explanation is None
    assert explanations.explain_comment(comment.id, embedded_scorer).value == "explained"
    db.session.expire_all()
    explanation = db.session.execute(db.select(Score)).scalar_one().explanation
    assert explanation["method"] == "occlusion"
    assert explanation["label"] == max(score.as_dict(), key=lambda k: score.as_dict()[k])
    for span in explanation["spans"]:
        assert comment.body[span["start"] : span["end"]] == span["text"]
    event = db.session.execute(db.select(ModerationEvent)).scalar_one()
    assert event.actor_id is None and event.action.value == "auto_held"
    assert any(reason.endswith("(hold)") for reason in event.details["reasons"])


def test_scoring_twice_changes_nothing_the_second_time(
    make_site: Callable[..., Site],
    make_comment: Callable[..., Comment],
    embedded_scorer: Scorer,
) -> None:
    comment = make_comment(site=make_site(policy=PUBLISH_ALL), body="Schöner Artikel, danke!")
    assert judging.score_comment(comment.id, embedded_scorer) is judging.Outcome.DECIDED
    version = db.session.get(Comment, comment.id).version
    assert db.session.execute(db.select(Score)).scalar_one().explanation is None  # published
    again = judging.score_comment(comment.id, embedded_scorer)
    assert again is judging.Outcome.ALREADY_DECIDED
    db.session.expire_all()
    assert db.session.get(Comment, comment.id).status is CommentStatus.PUBLISHED
    assert db.session.get(Comment, comment.id).version == version
    assert db.session.query(Score).count() == 1
    assert db.session.query(ModerationEvent).count() == 1


def test_a_missing_comment_is_reported_not_raised(embedded_scorer: Scorer, app: Any) -> None:
    assert judging.score_comment(123456, embedded_scorer) is judging.Outcome.MISSING


def test_default_policy_publishes_friendly_and_holds_abusive_german(
    make_site: Callable[..., Site],
    make_comment: Callable[..., Comment],
    embedded_scorer: Scorer,
) -> None:
    site = make_site()
    friendly = make_comment(
        site=site, body="Vielen Dank für den informativen Artikel über die Bürgermeisterwahl."
    )
    abusive = make_comment(site=site, body="Halt die Fresse, du dummes Arschloch!")
    judging.score_comment(friendly.id, embedded_scorer)
    judging.score_comment(abusive.id, embedded_scorer)
    db.session.expire_all()
    assert db.session.get(Comment, friendly.id).status is CommentStatus.PUBLISHED
    assert db.session.get(Comment, abusive.id).status in {
        CommentStatus.HELD,
        CommentStatus.REJECTED,
    }


def test_requeue_pending_queues_only_old_pending_comments(
    make_comment: Callable[..., Comment],
    enqueued: Callable[[], list[tuple[str, list[Any]]]],
) -> None:
    old = make_comment(created_at=utcnow() - timedelta(minutes=10))
    make_comment()  # fresh: its own message is still on its way
    make_comment(status=CommentStatus.PUBLISHED, created_at=utcnow() - timedelta(minutes=10))
    assert sweeper.requeue_pending(timedelta(minutes=2)) == 1
    assert enqueued() == [("moderation.score_comment", [old.id])]


def test_site_word_list_and_new_account_premoderation_apply(
    make_site: Callable[..., Site],
    make_comment: Callable[..., Comment],
    embedded_scorer: Scorer,
    make_account: Callable[..., Any],
) -> None:
    site = make_site(
        policy={
            **PUBLISH_ALL,
            "mode": "pre-new",
            "new_account_limit": 1,
            "terms": [{"term": "Bürgermeisterin", "action": "hold"}],
        }
    )
    veteran, newcomer = make_account(), make_account()
    make_comment(site=site, author=veteran, status=CommentStatus.PUBLISHED)
    watched = make_comment(site=site, author=veteran, body="Die Buergermeisterin hat recht.")
    fresh = make_comment(site=site, author=newcomer, body="Mein erster Kommentar hier.")
    known = make_comment(site=site, author=veteran, body="Noch ein Kommentar von mir.")
    for comment in (watched, fresh, known):
        judging.score_comment(comment.id, embedded_scorer, judging.ScoringLimits(batch_size=1))
    db.session.expire_all()
    reasons = {
        c.id: db.session.execute(
            db.select(ModerationEvent.details).where(ModerationEvent.comment_id == c.id)
        ).scalar_one()["reasons"]
        for c in (watched, fresh, known)
    }
    assert reasons[watched.id] == ['watch word "Bürgermeisterin"']
    assert reasons[fresh.id] == ["pre-moderation: new account (0 of 1 approved comments)"]
    assert reasons[known.id] == []
    assert db.session.get(Comment, known.id).status is CommentStatus.PUBLISHED
