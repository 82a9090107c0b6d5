"""The web side's one touchpoint with Celery: enqueue tasks by name, after commit."""

from __future__ import annotations

import logging
import uuid
from datetime import UTC, datetime
from typing import Any

from flask import current_app

from moderation.tasks.names import DELIVER_WEBHOOK, EXPLAIN_COMMENT, RETRAIN_SITE, SCORE_COMMENT

log = logging.getLogger(__name__)


def _send(name: str, args: list[Any]) -> None:
    # Celery's public API: routing by name (task_routes), the publish retry policy, and the
    # before/after_task_publish signals that tracing integrations listen to.
    current_app.extensions["celery"].send_task(name, args=args)


def enqueue_scoring(comment_id: int) -> bool:
    """Queue scoring for a committed comment; returns False if the broker refused.

    A failure is logged, not raised: the comment is already stored as pending,
    and the pending sweeper (``moderation.requeue_pending``) queues it again.
    """
    try:
        _send(SCORE_COMMENT, [comment_id])
    except Exception:  # the broker may be down in any of a dozen ways
        log.exception("could not queue comment %s for scoring; the sweeper will retry", comment_id)
        return False
    return True


def enqueue_explanation(comment_id: int) -> bool:
    """Queue the explanation of a committed decision; False if the broker refused.

    The decision does not wait for it. A failure is logged: the explanation
    sweeper (``moderation.requeue_unexplained``) queues it again.
    """
    try:
        _send(EXPLAIN_COMMENT, [comment_id])
    except Exception:  # the broker may be down; the decision itself stands
        log.exception("could not queue the explanation of comment %s", comment_id)
        return False
    return True


WEBHOOK_EVENTS = frozenset(
    {"comment.published", "comment.held", "comment.rejected", "comment.deleted"}
)
# A comment's status after a decision, and the event that announces it.
_STATUS_EVENTS = {
    "published": "comment.published",
    "held": "comment.held",
    "rejected": "comment.rejected",
}


def enqueue_webhook(comment_id: int, event: str) -> bool:
    """Queue a webhook event for a committed change; False if the broker refused.

    The event id and time are fixed here, so a redelivered task sends the same event
    (receivers deduplicate by the X-Moderation-Delivery header). A site without a
    webhook URL costs one message that the worker drops.
    """
    if event not in WEBHOOK_EVENTS:
        raise ValueError(f"unknown webhook event {event!r}")
    event_id = uuid.uuid4().hex
    occurred_at = datetime.now(UTC).isoformat()
    try:
        _send(DELIVER_WEBHOOK, [comment_id, event, event_id, occurred_at])
    except Exception:  # the broker may be down; the decision itself stands
        log.exception("could not queue webhook %s for comment %s", event, comment_id)
        return False
    return True


def enqueue_status_webhook(comment_id: int, status: str) -> bool:
    """Queue the event for a comment's new status (``CommentStatus`` or its value)."""
    event = _STATUS_EVENTS.get(str(status))
    return enqueue_webhook(comment_id, event) if event else False


def enqueue_retraining(site_slug: str) -> bool:
    """Queue the retraining of one site's model; False if the broker refused (the next
    scheduled check finds the site due again)."""
    try:
        _send(RETRAIN_SITE, [site_slug])
    except Exception:  # the broker may be down; nothing is lost
        log.exception("could not queue the retraining of site %s", site_slug)
        return False
    return True
