"""The worker's use cases: score a pending comment, apply its site's policy; requeue stragglers."""

from __future__ import annotations

import logging
import os
from datetime import timedelta
from enum import StrEnum

from sqlalchemy.orm.exc import StaleDataError

from .. import jobs
from ..extensions import db
from ..models import Comment, CommentStatus, ModerationAction, ModerationEvent, Score
from ..models.types import utcnow
from ..scoring.base import Scorer, build_scorer
from ..scoring.labels import complete
from ..scoring.policy import Action, decide
from . import sites

log = logging.getLogger(__name__)

_OUTCOME = {
    Action.PUBLISH: (CommentStatus.PUBLISHED, ModerationAction.AUTO_PUBLISHED),
    Action.HOLD: (CommentStatus.HELD, ModerationAction.AUTO_HELD),
    Action.REJECT: (CommentStatus.REJECTED, ModerationAction.AUTO_REJECTED),
}


class Outcome(StrEnum):
    DECIDED = "decided"
    ALREADY_DECIDED = "already_decided"  # a redelivered task, or a moderator was faster
    MISSING = "missing"


def score_comment(comment_id: int, scorer: Scorer) -> Outcome:
    """Score one pending comment, store the Score, decide, audit; idempotent."""
    comment = db.session.get(Comment, comment_id)
    if comment is None:
        log.warning("comment %s vanished before scoring", comment_id)
        return Outcome.MISSING
    if comment.status is not CommentStatus.PENDING:
        return Outcome.ALREADY_DECIDED
    scores = complete(scorer.score([comment.body])[0])
    decision = decide(scores, sites.policy_for(comment.site))
    status, audit_action = _OUTCOME[decision.action]
    db.session.add(
        Score(comment=comment, scorer_name=scorer.name, scorer_version=scorer.version, **scores)
    )
    comment.status = status
    comment.decided_at = utcnow()
    db.session.add(
        ModerationEvent(
            comment=comment,
            actor_id=None,
            action=audit_action,
            reason="; ".join(decision.reasons) or None,
            details={"reasons": list(decision.reasons), "scorer": scorer.name},
        )
    )
    try:
        db.session.commit()
    except StaleDataError:
        # A moderator decided while we scored: theirs stands, ours is dropped.
        db.session.rollback()
        return Outcome.ALREADY_DECIDED
    return Outcome.DECIDED


def requeue_pending(older_than: timedelta, limit: int = 500) -> int:
    """Queue again comments still pending after ``older_than``; returns how many.

    Heals a lost message, a wiped broker or an enqueue that failed after commit.
    Re-queuing a comment that is merely slow is harmless: scoring is idempotent.
    """
    cutoff = utcnow() - older_than
    ids = db.session.execute(
        db.select(Comment.id)
        .where(Comment.status == CommentStatus.PENDING, Comment.created_at < cutoff)
        .order_by(Comment.id)
        .limit(limit)
    ).scalars()
    count = 0
    for comment_id in ids:
        count += jobs.enqueue_scoring(comment_id)
    return count


_process_scorer: tuple[int, Scorer] | None = None


def process_scorer(name: str, options: dict[str, object]) -> Scorer:
    """The scorer for this process, built on first use and kept: models load once per worker.

    Keyed by pid so a prefork child never uses a model its parent built (torch
    thread pools do not survive fork).
    """
    global _process_scorer
    pid = os.getpid()
    if _process_scorer is None or _process_scorer[0] != pid:
        _process_scorer = (pid, build_scorer(name, options))
    return _process_scorer[1]
