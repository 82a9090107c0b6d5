"""The worker's use case: score pending comments in batches, apply each site's policy, audit.

A task names one comment. Its worker scores that comment together with other
pending ones it can lock (a burst becomes a few batched scorer calls, a lone
comment is scored at once), and the tasks of the companions later find them
decided with one read and write nothing. Every try on a comment is counted
before scoring, so a comment that crashes the scorer, or kills the worker, is
held for a human after ``max_attempts`` tries instead of being retried forever.

Explanations (which words drove the score) are not computed here: a held or
rejected comment's decision is committed first, then ``moderation.explain_comment``
is queued (services/automod/explanations.py). The policy and the batch's writes are in
services/automod/writes.py.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import bindparam, update
from sqlalchemy.orm.exc import StaleDataError

from moderation.extensions import db
from moderation.models import Comment, CommentStatus, ModerationAction, ModerationEvent
from moderation.models.types import utcnow
from moderation.scoring.base import RoutingScorer, Scorer
from moderation.scoring.labels import LabelScores, complete
from moderation.scoring.policy import Action
from moderation.scoring.registry import build_scorer
from moderation.services.automod.writes import BatchWrites
from moderation.services.learning import site_models
from moderation.tasks import jobs

log = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 128
DEFAULT_MAX_ATTEMPTS = 5
MAX_ERROR_LENGTH = 1000

_COMMENTS = Comment.__table__


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
    # Most tasks of a burst end here, with one read: a companion's batch decided their comment.
    status = _status(comment_id)
    if status is not CommentStatus.PENDING:
        return _not_pending(comment_id, status)
    attempts = _count_attempt(comment_id, wait=False)
    if attempts is None and _status(comment_id) is CommentStatus.PENDING:
        # Another worker's batch holds this comment's row lock (PostgreSQL). Score other
        # pending comments meanwhile instead of idling behind that lock, then wait for it:
        # if that worker dies, the lock is released and this task scores its comment.
        _score_spare(scorer, limits)
        attempts = _count_attempt(comment_id, wait=True)
    if attempts is None:
        return _not_pending(comment_id, _status(comment_id))
    try:
        return _score_locked(comment_id, attempts, scorer, limits)
    except StaleDataError:
        # A moderator decided one of the batch meanwhile; nothing was written.
        db.session.rollback()
        return _score_locked(comment_id, attempts, scorer, ScoringLimits(1, limits.max_attempts))


_STATUS = db.select(_COMMENTS.c.status).where(_COMMENTS.c.id == bindparam("b_id"))


def _status(comment_id: int) -> CommentStatus | None:
    """The comment's status (None if it is gone), read without a lock or a write.

    Most tasks of a burst do nothing else, so this is the cheapest read there is:
    a statement built once, on its own connection, and on PostgreSQL outside a
    transaction (no BEGIN and ROLLBACK round trips for one SELECT).
    """
    with db.engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            connection = connection.execution_options(isolation_level="AUTOCOMMIT")
        return connection.execute(_STATUS, {"b_id": comment_id}).scalar_one_or_none()


def _not_pending(comment_id: int, status: CommentStatus | None) -> Outcome:
    if status is None:
        log.warning("comment %s vanished before scoring", comment_id)
        return Outcome.MISSING
    return Outcome.ALREADY_DECIDED


def _count_attempt(comment_id: int, *, wait: bool) -> int | None:
    """Count this try in its own committed transaction, before anything can crash.

    Returns the attempts so far, or None when the comment is not pending (or gone),
    or, with ``wait=False``, while another transaction holds its row (PostgreSQL).
    """
    pending = (
        db.select(Comment.id)
        .where(Comment.id == comment_id, Comment.status == CommentStatus.PENDING)
        .with_for_update(skip_locked=not wait)
        .scalar_subquery()
    )
    # A Core-style UPDATE: counting a try is not a change a moderator's version should see.
    attempts = db.session.execute(
        update(Comment)
        .where(Comment.id == pending)
        .values(scoring_attempts=Comment.scoring_attempts + 1)
        .returning(Comment.scoring_attempts),
        execution_options={"synchronize_session": False},
    ).scalar_one_or_none()
    if attempts is None:
        db.session.rollback()
        return None
    db.session.commit()
    return int(attempts)


def _score_locked(comment_id: int, attempts: int, scorer: Scorer, limits: ScoringLimits) -> Outcome:
    own = db.session.execute(
        db.select(Comment)
        .where(Comment.id == comment_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).scalar_one()
    if own.status is not CommentStatus.PENDING:
        db.session.rollback()
        return Outcome.ALREADY_DECIDED
    if attempts > limits.max_attempts:
        _hold_after_errors(own, failures=attempts - 1)
        db.session.commit()
        jobs.enqueue_webhook(own.id, "comment.held")
        return Outcome.HELD_AFTER_ERRORS

    # A comment that was in a crash before is scored alone, and only comments
    # never tried join a batch, so one poison comment cannot sink its neighbours.
    companions = _companions(own.id, limits.batch_size - 1) if attempts == 1 else []
    return _decide_batch(own, companions, attempts, scorer, limits)


def _score_spare(scorer: Scorer, limits: ScoringLimits) -> None:
    """Score a batch of untried pending comments no other worker holds; their tasks find
    them decided. Failures are left to those comments' own tasks."""
    try:
        companions = _companions(None, limits.batch_size)
        if companions:
            _decide_batch(None, companions, 0, scorer, limits)
        else:
            db.session.rollback()
    except StaleDataError:
        db.session.rollback()


def _decide_batch(
    own: Comment | None,
    companions: list[Comment],
    attempts: int,
    scorer: Scorer,
    limits: ScoringLimits,
) -> Outcome:
    batch = [own, *companions] if own is not None else companions
    # Each site's comments are scored by its active model, if it has one.
    scorers = site_models.scorers_for(scorer, {comment.site_id for comment in batch})
    results, versions = _score_per_scorer(scorers, batch)
    outcome = Outcome.DECIDED
    own_error: Exception | None = None
    writes = BatchWrites(scorer, site_scorers=scorers, versions=versions)
    scored: list[tuple[Comment, LabelScores]] = []
    for comment, result in zip(batch, results, strict=True):
        if isinstance(result, Exception):
            if comment is own:
                own_error = result
            continue  # a companion stays pending; its own task tries it again
        scored.append((comment, result))
    explain = [cid for cid, action in writes.decide_all(scored) if action is not Action.PUBLISH]
    if own is not None and own_error is not None:
        own.scoring_error = f"{type(own_error).__name__}: {own_error}"[:MAX_ERROR_LENGTH]
        if attempts >= limits.max_attempts:
            _hold_after_errors(own, failures=attempts)
            outcome = Outcome.HELD_AFTER_ERRORS
    # A site without a webhook URL would only have its events dropped by the webhook worker.
    hooked = {c.id for c in batch if c.site.webhook_url}
    decided = [(cid, status) for cid, status in writes.statuses if cid in hooked]
    if own is not None and own.status is not CommentStatus.PENDING and own.id in hooked:
        decided.append((own.id, own.status))  # held after errors
    db.session.flush()  # the poison comment's error or hold, through its ORM object
    writes.write()
    db.session.commit()
    # After commit: a webhook receiver must never hear of a decision that was rolled back,
    # and the explanation task must find the decision it explains.
    for decided_id, status in decided:
        jobs.enqueue_status_webhook(decided_id, status)
    for comment_id in explain:
        jobs.enqueue_explanation(comment_id)
    if own is not None and own_error is not None and outcome is not Outcome.HELD_AFTER_ERRORS:
        raise ScoringFailed(own.scoring_error) from own_error
    return outcome


def _companions(own_id: int | None, limit: int) -> list[Comment]:
    if limit <= 0:
        return []
    query = db.select(Comment).where(
        Comment.status == CommentStatus.PENDING, Comment.scoring_attempts == 0
    )
    if own_id is not None:
        query = query.where(Comment.id != own_id)
    return list(
        db.session.execute(
            query.order_by(Comment.id)
            .limit(limit)
            # Rows another worker is scoring are skipped, not waited for (PostgreSQL).
            .with_for_update(skip_locked=True)
            # The versions the batch's UPDATE checks must be the ones just read.
            .execution_options(populate_existing=True)
        ).scalars()
    )


def _score_per_scorer(
    scorers: dict[int, Scorer], batch: list[Comment]
) -> tuple[list[LabelScores | Exception], dict[int, str]]:
    """One scorer call per distinct scorer of the batch (most batches: one), in batch order,
    and the version that judged each scored comment, by comment id."""
    groups: dict[int, list[int]] = {}
    for index, comment in enumerate(batch):
        groups.setdefault(id(scorers[comment.site_id]), []).append(index)
    results: list[LabelScores | Exception] = [ValueError("not scored")] * len(batch)
    versions: dict[int, str] = {}
    for indexes in groups.values():
        scorer = scorers[batch[indexes[0]].site_id]
        for index, (result, version) in zip(
            indexes, _score_each(scorer, [batch[i] for i in indexes]), strict=True
        ):
            results[index] = result
            if version is not None:
                versions[batch[index].id] = version
    return results, versions


Judged = tuple[LabelScores | Exception, str | None]


def _score_each(scorer: Scorer, batch: list[Comment]) -> list[Judged]:
    """Score the batch in one call; if that fails, one by one to find the culprit."""
    texts = [comment.body for comment in batch]
    try:
        return _judged(scorer, texts)
    except Exception:
        if len(batch) == 1:
            log.exception("scoring comment %s failed", batch[0].id)
            return [_score_one(scorer, texts[0])]
        log.warning("batch of %s failed; scoring one by one", len(batch), exc_info=True)
    return [_score_one(scorer, text) for text in texts]


def _score_one(scorer: Scorer, text: str) -> Judged:
    try:
        return _judged(scorer, [text])[0]
    except Exception as error:  # any scorer failure is data here, not a crash
        return error, None


def _judged(scorer: Scorer, texts: list[str]) -> list[Judged]:
    """Scores and the version that judged each text: a routing scorer (the cascade) names
    the part that decided, any other scorer its own version."""
    if isinstance(scorer, RoutingScorer):
        scores, versions = scorer.score_with_versions(texts)
    else:
        scores = scorer.score(texts)
        versions = [scorer.version] * len(texts)
    if len(scores) != len(texts) or len(versions) != len(texts):
        raise ValueError(f"scorer returned {len(scores)} results for {len(texts)} texts")
    return [(complete(s), v) for s, v in zip(scores, versions, strict=True)]


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
            details={
                "reasons": [reason],
                "reason_details": [{"kind": "scoring_failed", "failures": failures}],
                "error": comment.scoring_error,
            },
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
