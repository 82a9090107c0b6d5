"""The pending sweeper: comments that stay pending are queued again, so none is ever lost."""

from __future__ import annotations

from datetime import timedelta

from moderation.extensions import db
from moderation.models import Comment, CommentStatus
from moderation.models.types import utcnow
from moderation.tasks import jobs


def requeue_pending(older_than: timedelta, limit: int = 500) -> int:
    """Queue again comments still pending after ``older_than``; returns how many.

    Heals a lost message, a wiped broker, a worker frozen with its prefetched
    tasks, or an enqueue that failed after commit. Re-queuing a comment that is
    merely slow is harmless: scoring is idempotent.
    """
    cutoff = utcnow() - older_than
    ids = db.session.execute(
        db.select(Comment.id)
        .where(Comment.status == CommentStatus.PENDING, Comment.created_at < cutoff)
        .order_by(Comment.id)
        .limit(limit)
    ).scalars()
    return sum(jobs.enqueue_scoring(comment_id) for comment_id in ids)


def oldest_pending_age() -> timedelta | None:
    """How long the oldest pending comment has waited (None if none waits)."""
    oldest = db.session.execute(
        db.select(Comment.created_at)
        .where(Comment.status == CommentStatus.PENDING)
        .order_by(Comment.id)
        .limit(1)
    ).scalar_one_or_none()
    return utcnow() - oldest if oldest else None
