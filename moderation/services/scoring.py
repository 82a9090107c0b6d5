"""The worker's use case: score pending comments in batches, apply each site's policy, audit.

A task names one comment. Its worker scores that comment together with other
pending ones it can lock (a burst becomes a few batched scorer calls, a lone
comment is scored at once), and the tasks of the companions later find them
decided and do nothing. Every try on a comment is counted before scoring, so a
comment that crashes the scorer, or kills the worker, is held for a human after
``max_attempts`` tries instead of being retried forever.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, update
from sqlalchemy.orm.exc import StaleDataError

from .. import jobs
from ..extensions import db
from ..models import Comment, CommentStatus, ModerationAction, ModerationEvent, Score
from ..models.types import utcnow
from ..scoring.base import Scorer, build_scorer
from ..scoring.explain import explain
from ..scoring.labels import LabelScores, complete
from ..scoring.policy import Action, Mode, PolicySettings, Submission, decide
from . import sites

log = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 32
DEFAULT_MAX_ATTEMPTS = 5
MAX_ERROR_LENGTH = 1000

_OUTCOME = {
    Action.PUBLISH: (CommentStatus.PUBLISHED, ModerationAction.AUTO_PUBLISHED),
    Action.HOLD: (CommentStatus.HELD, ModerationAction.AUTO_HELD),
    Action.REJECT: (CommentStatus.REJECTED, ModerationAction.AUTO_REJECTED),
}


class Outcome(StrEnum):
    DECIDED = "decided"
    ALREADY_DECIDED = "already_decided"  # a redelivered task, a batch or a moderator was faster
    HELD_AFTER_ERRORS = "held_after_errors"
    MISSING = "missing"


class ScoringFailed(RuntimeError):
    """The scorer failed on this comment; the task retries it later (attempts are counted)."""


@dataclass(frozen=True)
class ScoringLimits:
    batch_size: int = DEFAULT_BATCH_SIZE
    max_attempts: int = DEFAULT_MAX_ATTEMPTS


def score_comment(comment_id: int, scorer: Scorer, limits: ScoringLimits | None = None) -> Outcome:
    """Score comment ``comment_id`` (and pending companions), decide, audit; idempotent."""
    limits = limits or ScoringLimits()
    attempts = _count_attempt(comment_id)
    if attempts is None:
        # Most tasks of a burst end here: a companion's batch decided their comment.
        exists = db.session.execute(
            db.select(Comment.id).where(Comment.id == comment_id)
        ).scalar_one_or_none()
        db.session.rollback()
        if exists is None:
            log.warning("comment %s vanished before scoring", comment_id)
            return Outcome.MISSING
        return Outcome.ALREADY_DECIDED
    try:
        return _score_locked(comment_id, attempts, scorer, limits)
    except StaleDataError:
        # A moderator decided one of the batch meanwhile; nothing was written.
        db.session.rollback()
        return _score_locked(comment_id, attempts, scorer, ScoringLimits(1, limits.max_attempts))


def _count_attempt(comment_id: int) -> int | None:
    """Count this try in its own committed transaction, before anything can crash.

    Returns the attempts so far, or None when the comment is not pending (or gone).
    """
    # A Core UPDATE: counting a try is not a change a moderator's version should see.
    counted = db.session.execute(
        update(Comment)
        .where(Comment.id == comment_id, Comment.status == CommentStatus.PENDING)
        .values(scoring_attempts=Comment.scoring_attempts + 1)
    )
    if counted.rowcount == 0:
        db.session.rollback()
        return None
    db.session.commit()
    return db.session.execute(
        db.select(Comment.scoring_attempts).where(Comment.id == comment_id)
    ).scalar_one_or_none()


def _score_locked(comment_id: int, attempts: int, scorer: Scorer, limits: ScoringLimits) -> Outcome:
    own = db.session.execute(
        db.select(Comment)
        .where(Comment.id == comment_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).scalar_one()
    if own.status is not CommentStatus.PENDING:
        db.session.commit()
        return Outcome.ALREADY_DECIDED
    if attempts > limits.max_attempts:
        _hold_after_errors(own, failures=attempts - 1)
        db.session.commit()
        jobs.enqueue_webhook(own.id, "comment.held")
        return Outcome.HELD_AFTER_ERRORS

    # A comment that was in a crash before is scored alone, and only comments
    # never tried join a batch, so one poison comment cannot sink its neighbours.
    companions = _companions(own, limits.batch_size - 1) if attempts == 1 else []
    batch = [own, *companions]
    results = _score_each(scorer, batch)
    outcome = Outcome.DECIDED
    for comment, result in zip(batch, results, strict=True):
        if isinstance(result, Exception):
            if comment is not own:
                continue  # left pending; its own task tries it again
            own.scoring_error = f"{type(result).__name__}: {result}"[:MAX_ERROR_LENGTH]
            if attempts < limits.max_attempts:
                db.session.commit()
                raise ScoringFailed(own.scoring_error) from result
            _hold_after_errors(own, failures=attempts)
            outcome = Outcome.HELD_AFTER_ERRORS
        else:
            _apply(comment, result, scorer)
    decided = [(c.id, c.status) for c in batch if c.status is not CommentStatus.PENDING]
    db.session.commit()
    # After commit: a webhook receiver must never hear of a decision that was rolled back.
    for decided_id, status in decided:
        jobs.enqueue_status_webhook(decided_id, status)
    return outcome


def _companions(own: Comment, limit: int) -> list[Comment]:
    if limit <= 0:
        return []
    return list(
        db.session.execute(
            db.select(Comment)
            .where(
                Comment.status == CommentStatus.PENDING,
                Comment.scoring_attempts == 0,
                Comment.id != own.id,
            )
            .order_by(Comment.id)
            .limit(limit)
            # Rows another worker is scoring are skipped, not waited for (PostgreSQL).
            .with_for_update(skip_locked=True)
        ).scalars()
    )


def _score_each(scorer: Scorer, batch: list[Comment]) -> list[LabelScores | Exception]:
    """Score the batch in one call; if that fails, one by one to find the culprit."""
    texts = [comment.body for comment in batch]
    try:
        return [complete(scores) for scores in scorer.score(texts)]
    except Exception:
        if len(batch) == 1:
            log.exception("scoring comment %s failed", batch[0].id)
            return [_score_one(scorer, texts[0])]
        log.warning("batch of %s failed; scoring one by one", len(batch), exc_info=True)
    return [_score_one(scorer, text) for text in texts]


def _score_one(scorer: Scorer, text: str) -> LabelScores | Exception:
    try:
        return complete(scorer.score([text])[0])
    except Exception as error:  # any scorer failure is data here, not a crash
        return error


def _apply(comment: Comment, scores: LabelScores, scorer: Scorer) -> None:
    settings = sites.policy_for(comment.site)
    decision = decide(scores, settings, _submission(comment, settings))
    status, audit_action = _OUTCOME[decision.action]
    explanation = None
    if decision.action is not Action.PUBLISH:
        # A human will read this one: say which words drove the highest label.
        label = max(scores, key=lambda name: scores[name])
        try:
            explanation = explain(scorer, comment.body, label, base=scores)
        except Exception:  # an explanation is a help, never a reason to fail scoring
            log.warning("no explanation for comment %s", comment.id, exc_info=True)
    db.session.add(
        Score(
            comment=comment,
            scorer_name=scorer.name,
            scorer_version=scorer.version,
            explanation=explanation,
            **scores,
        )
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


def _submission(comment: Comment, settings: PolicySettings) -> Submission:
    approved = 0
    if settings.mode is Mode.PRE_MODERATION_NEW:
        approved = db.session.execute(
            db.select(func.count())
            .select_from(Comment)
            .where(
                Comment.author_id == comment.author_id,
                Comment.site_id == comment.site_id,
                Comment.status == CommentStatus.PUBLISHED,
            )
        ).scalar_one()
    return Submission(text=comment.body, author_id=comment.author_id, approved_comments=approved)


def _hold_after_errors(comment: Comment, failures: int) -> None:
    reason = f"scoring failed {failures} time(s); held for a human"
    comment.status = CommentStatus.HELD
    comment.decided_at = utcnow()
    db.session.add(
        ModerationEvent(
            comment=comment,
            actor_id=None,
            action=ModerationAction.AUTO_HELD,
            reason=reason,
            details={"reasons": [reason], "error": comment.scoring_error},
        )
    )
    log.error(
        "comment %s held after %s failed scorings: %s", comment.id, failures, comment.scoring_error
    )


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
