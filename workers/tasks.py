"""Celery tasks: thin, named, idempotent wrappers over services."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from celery import shared_task
from flask import current_app
from sqlalchemy.exc import OperationalError

from moderation.services import scoring


def scorer_options(config: Any) -> dict[str, Any]:
    return dict(config["SCORER_OPTIONS"].get(config["MODERATION_SCORER"], {}))


@shared_task(
    name="moderation.score_comment",
    # A database blip is worth retrying; the comment stays pending meanwhile.
    autoretry_for=(OperationalError,),
    retry_backoff=2,
    retry_backoff_max=60,
    max_retries=8,
)
def score_comment(comment_id: int) -> str:
    config = current_app.config
    scorer = scoring.process_scorer(config["MODERATION_SCORER"], scorer_options(config))
    return scoring.score_comment(comment_id, scorer).value


@shared_task(name="moderation.requeue_pending")
def requeue_pending(older_than_seconds: int = 120) -> int:
    return scoring.requeue_pending(timedelta(seconds=older_than_seconds))
