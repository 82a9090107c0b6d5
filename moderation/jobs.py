"""The web side's one touchpoint with Celery: enqueue tasks by name, after commit."""

from __future__ import annotations

import logging

from flask import current_app

log = logging.getLogger(__name__)

SCORE_COMMENT = "moderation.score_comment"


def enqueue_scoring(comment_id: int) -> bool:
    """Queue scoring for a committed comment; returns False if the broker refused.

    A failure is logged, not raised: the comment is already stored as pending,
    and the pending sweeper (``moderation.requeue_pending``) queues it again.
    """
    celery = current_app.extensions["celery"]
    try:
        celery.send_task(SCORE_COMMENT, args=[comment_id])
    except Exception:  # the broker may be down in any of a dozen ways
        log.exception("could not queue comment %s for scoring; the sweeper will retry", comment_id)
        return False
    return True
