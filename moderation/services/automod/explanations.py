"""Explanations of held and rejected comments, computed after the decision is committed.

Scoring commits the decision and queues ``moderation.explain_comment``; this use
case then stores which words drove the highest label on the comment's latest
score (leave-one-out occlusion, one batched scorer call). Until it has run the
score's ``explanation`` is NULL; the API reports that as ``explanation_pending``.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from enum import StrEnum

from sqlalchemy import update
from sqlalchemy.orm import aliased

from moderation.extensions import db
from moderation.models import Comment, CommentStatus, Score
from moderation.models.types import utcnow
from moderation.scoring.base import RoutingScorer, Scorer
from moderation.scoring.explain import explain
from moderation.scoring.labels import LABELS
from moderation.tasks import jobs

log = logging.getLogger(__name__)

# Only comments a human may read get an explanation.
EXPLAINED_STATUSES = (CommentStatus.HELD, CommentStatus.REJECTED)
MAX_ERROR_LENGTH = 500


class Outcome(StrEnum):
    EXPLAINED = "explained"
    ALREADY_EXPLAINED = "already_explained"  # a redelivered or swept task
    NOT_NEEDED = "not_needed"  # published meanwhile, or never scored (held after errors)
    GAVE_UP = "gave_up"  # the scorer failed on every try; the failure is stored instead
    MISSING = "missing"


class ExplanationFailed(RuntimeError):
    """The scorer failed while explaining; the task retries it later."""


def needs_explanation(comment: Comment, score: Score | None) -> bool:
    """True while a held or rejected comment's latest score waits for its explanation."""
    return score is not None and score.explanation is None and comment.status in EXPLAINED_STATUSES


def explain_comment(comment_id: int, scorer: Scorer, *, give_up: bool = False) -> Outcome:
    """Store the explanation of the comment's latest score; idempotent.

    With ``give_up`` (the task's last try) a scorer failure is stored as
    ``{"spans": [], "error": ...}`` so that the sweeper stops queueing it.
    """
    labels = [getattr(Score, label) for label in LABELS]
    row = db.session.execute(
        db.select(
            Comment.body,
            Comment.status,
            Score.id,
            Score.scorer_name,
            Score.scorer_version,
            Score.explanation,
            *labels,
        )  # fmt: skip
        .outerjoin(Score, Score.comment_id == Comment.id)
        .where(Comment.id == comment_id)
        .order_by(Score.id.desc())
        .limit(1)
    ).one_or_none()
    # End the read transaction: no transaction stays open while the scorer runs.
    db.session.rollback()
    if row is None:
        return Outcome.MISSING
    body, status, score_id, scorer_name, scorer_version, stored, *scores = row
    if score_id is None or status not in EXPLAINED_STATUSES:
        return Outcome.NOT_NEEDED
    if stored is not None:
        return Outcome.ALREADY_EXPLAINED
    values = dict(zip(LABELS, scores, strict=True))
    label = max(values, key=lambda name: values[name])
    # The stored scores are the unmasked text's baseline when the same model made them.
    judge, same_model = scorer, (scorer_name, scorer_version) == (scorer.name, scorer.version)
    if isinstance(scorer, RoutingScorer) and scorer_name == scorer.name:
        # A cascade's score is explained by the part that made it, not by a mix of both.
        part = scorer.judge_of(scorer_version)
        if part is not None:
            judge, same_model = part, True
    outcome = Outcome.EXPLAINED
    try:
        explanation = explain(judge, body, label, base=values if same_model else None)
    except Exception as error:
        if not give_up:
            raise ExplanationFailed(f"{type(error).__name__}: {error}") from error
        log.warning("no explanation for comment %s", comment_id, exc_info=True)
        error_text = f"{type(error).__name__}: {error}"[:MAX_ERROR_LENGTH]
        explanation = {"label": label, "method": "occlusion", "spans": [], "error": error_text}
        outcome = Outcome.GAVE_UP
    # Two tasks for one comment compute the same spans; the later write changes nothing.
    db.session.execute(
        update(Score).where(Score.id == score_id).values(explanation=explanation),
        execution_options={"synchronize_session": False},
    )
    db.session.commit()
    return outcome


def requeue_unexplained(older_than: timedelta, limit: int = 500) -> int:
    """Queue again held and rejected comments whose explanation is still missing.

    Heals a lost or failed ``explain_comment`` message; the decision itself never
    waited for it. Only the latest score of each comment counts.
    """
    cutoff = utcnow() - older_than
    newer = aliased(Score)
    latest = (
        db.select(db.func.max(newer.id))
        .where(newer.comment_id == Comment.id)
        .correlate(Comment)
        .scalar_subquery()
    )
    ids = db.session.execute(
        db.select(Comment.id)
        .join(Score, Score.id == latest)
        .where(
            Comment.status.in_(EXPLAINED_STATUSES),
            Comment.decided_at < cutoff,
            Score.explanation.is_(None),
        )
        .order_by(Comment.id)
        .limit(limit)
    ).scalars()
    return sum(jobs.enqueue_explanation(comment_id) for comment_id in ids)
