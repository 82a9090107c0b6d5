"""Celery task for webhooks: one try per run, retried with exponential backoff."""

from __future__ import annotations

from typing import Any

from celery import shared_task
from sqlalchemy.exc import OperationalError

from moderation.services.sites import webhooks
from moderation.tasks import names


@shared_task(
    name=names.DELIVER_WEBHOOK,
    bind=True,
    # Tries are counted in the delivery log (WEBHOOK_MAX_ATTEMPTS); this is only a backstop.
    max_retries=50,
    autoretry_for=(OperationalError,),
    retry_backoff=5,
    retry_backoff_max=300,
)
def deliver_webhook(self: Any, comment_id: int, event: str, event_id: str, occurred_at: str) -> str:
    outcome = webhooks.deliver(comment_id, event, event_id, occurred_at)
    if outcome.retry_in is not None:
        raise self.retry(countdown=outcome.retry_in)
    return outcome.status
