"""The threat guard through the worker: a veiled threat the light scorer alone would publish is
held, its Score row says the guard took part, the desk names it, and the explanation is made by
the same guarded scorer."""

from __future__ import annotations

from collections.abc import Callable

from flask import Flask

from moderation.dashboard.reasons import scorer_name
from moderation.extensions import db
from moderation.models import Comment, CommentStatus, Score, Site
from moderation.scoring.base import Scorer
from moderation.scoring.threat_guard import ThreatGuardedScorer
from moderation.scoring.threat_guard import load as load_guard
from moderation.services.automod import explanations, judging

VEILED = "Ich weiß, wo dein Auto steht."  # a training template's wording: a plumbing test
THANKS = "Danke für den Bericht über das Stadtfest."


def status_and_score(comment: Comment) -> tuple[CommentStatus, Score]:
    db.session.expire_all()
    score = db.session.execute(db.select(Score).filter_by(comment_id=comment.id)).scalar_one()
    return db.session.get(Comment, comment.id).status, score


def test_the_light_scorer_alone_publishes_the_veiled_threat(
    make_site: Callable[..., Site], make_comment: Callable[..., Comment], embedded_scorer: Scorer
) -> None:
    comment = make_comment(site=make_site(), body=VEILED)
    judging.score_comment(comment.id, embedded_scorer)
    status, score = status_and_score(comment)
    assert status is CommentStatus.PUBLISHED and score.threat < 0.5


def test_with_the_guard_it_is_held_and_every_record_says_so(
    app: Flask,
    make_site: Callable[..., Site],
    make_comment: Callable[..., Comment],
    embedded_scorer: Scorer,
) -> None:
    site = make_site()
    veiled, thanks = make_comment(site=site, body=VEILED), make_comment(site=site, body=THANKS)
    guarded = ThreatGuardedScorer(embedded_scorer, load_guard())
    assert judging.score_comment(veiled.id, guarded) is judging.Outcome.DECIDED
    status, score = status_and_score(veiled)
    assert status is CommentStatus.HELD and score.threat >= 0.5
    assert (score.scorer_name, score.scorer_version) == ("embedded", guarded.version)
    assert status_and_score(thanks)[0] is CommentStatus.PUBLISHED  # same batch, left alone
    with app.test_request_context("/dashboard/?lang=de"):
        assert scorer_name(score.scorer_name, score.scorer_version) == (
            "Leichtes eingebautes Modell, mit Bedrohungswächter"
        )
    assert explanations.explain_comment(veiled.id, guarded) is explanations.Outcome.EXPLAINED
    explanation = status_and_score(veiled)[1].explanation
    assert explanation["label"] == "threat" and explanation["spans"]
