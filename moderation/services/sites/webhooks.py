"""Webhooks: signed POSTs of comment events to a site's back end, with retries and a log.

Signature: ``X-Moderation-Signature: t=<unix time>,v1=<hex HMAC-SHA256>`` where the HMAC
is keyed with the site's webhook secret over ``f"{t}.{raw body}"``. Receivers recompute
it, compare in constant time and refuse old timestamps (5 minutes is plenty).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import random
import time
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from flask import current_app
from sqlalchemy.exc import IntegrityError

from moderation.extensions import db
from moderation.models import Comment, DeliveryStatus, WebhookDelivery
from moderation.models.types import utcnow
from moderation.services.accounts import sso
from moderation.services.errors import InvalidInput
from moderation.services.sites import registry
from moderation.services.sites.webhook_http import AddressRefused, post

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Moderation-Signature"
MAX_BACKOFF_SECONDS = 3600
FIRST_BACKOFF_SECONDS = 10
MAX_ERROR_LENGTH = 1000
# 408 and 429 say "later"; any other 4xx says the receiver will never take this event.
_RETRYABLE_4XX = {408, 425, 429}


@dataclass(frozen=True)
class Outcome:
    status: str  # delivered, failed, retry, skipped
    retry_in: float | None = None


def sign(secret: str, timestamp: int, body: bytes) -> str:
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={mac.hexdigest()}"


def verify(secret: str, header: str, body: bytes, *, tolerance: int = 300) -> bool:
    """What a receiver does (also used by the tests): check the signature and its age."""
    fields = dict(part.split("=", 1) for part in header.split(",") if "=" in part)
    try:
        timestamp = int(fields["t"])
    except (KeyError, ValueError):
        return False
    if abs(time.time() - timestamp) > tolerance:
        return False
    expected = sign(secret, timestamp, body).split("v1=", 1)[1]
    return hmac.compare_digest(expected, fields.get("v1", ""))


def deliver(comment_id: int, event: str, event_id: str, occurred_at: str) -> Outcome:
    """One try at delivering an event; idempotent per ``event_id``. Returns what to do next."""
    delivery = _delivery_for(comment_id, event, event_id, occurred_at)
    if delivery is None:
        return Outcome("skipped")
    if delivery.status is not DeliveryStatus.PENDING:
        return Outcome(delivery.status.value)  # a redelivered task: already settled
    site = delivery.site
    if not site.webhook_url or not site.webhook_secret:
        return _settle(delivery, DeliveryStatus.FAILED, error="the site removed its webhook")
    config = current_app.config
    body = encode(delivery.payload)
    timestamp = int(time.time())
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "moderation-webhooks/1",
        "X-Moderation-Event": delivery.event,
        "X-Moderation-Delivery": delivery.event_id,
        SIGNATURE_HEADER: sign(site.webhook_secret, timestamp, body),
    }
    delivery.attempts += 1
    delivery.last_attempt_at = utcnow()
    try:
        result = post(
            delivery.url,
            body,
            headers,
            timeout=float(config.get("WEBHOOK_TIMEOUT_SECONDS", 10)),
            allow_private=bool(config.get("WEBHOOK_ALLOW_PRIVATE")),
        )
    except AddressRefused as error:
        return _settle(delivery, DeliveryStatus.FAILED, error=str(error))
    except OSError as error:
        return _retry_or_fail(delivery, None, f"{type(error).__name__}: {error}")
    if 200 <= result.status < 300:
        delivery.delivered_at = utcnow()
        return _settle(delivery, DeliveryStatus.DELIVERED, status_code=result.status)
    snippet = result.body[:200].decode("utf-8", "replace")
    error = f"HTTP {result.status}: {snippet}".strip()
    if 400 <= result.status < 500 and result.status not in _RETRYABLE_4XX:
        return _settle(delivery, DeliveryStatus.FAILED, status_code=result.status, error=error)
    return _retry_or_fail(delivery, result.status, error)


def encode(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()


def payload_for(comment: Comment, event: str, event_id: str, occurred_at: str) -> dict[str, Any]:
    identity = sso.identity_of(comment.author)
    data: dict[str, Any] = {
        "id": comment.id,
        "article_id": comment.article.external_id,
        "parent_id": comment.parent_id,
        "status": comment.status.value,
        "version": comment.version,
        "author": {
            "id": comment.author_id,
            "display_name": comment.author.display_name,
            # The site's own id for the reader, when they came through SSO.
            "sso_subject": identity.subject if identity else None,
        },
        "created_at": comment.created_at.isoformat(),
        "decided_at": comment.decided_at.isoformat() if comment.decided_at else None,
    }
    if event != "comment.deleted":
        data["body"] = comment.body
    return {
        "id": event_id,
        "event": event,
        "occurred_at": occurred_at,
        "site": comment.site.slug,
        "comment": data,
    }


def deliveries(
    site_slug: str, *, before: int | None = None, limit: int = 50
) -> tuple[list[WebhookDelivery], int | None]:
    """The site's delivery log, newest first; returns (page, cursor for the next page)."""
    site = registry.get_site(site_slug)
    if not 1 <= limit <= 100:
        raise InvalidInput("must be between 1 and 100", field="limit")
    query = db.select(WebhookDelivery).where(WebhookDelivery.site_id == site.id)
    if before is not None:
        query = query.where(WebhookDelivery.id < before)
    rows = list(
        db.session.execute(query.order_by(WebhookDelivery.id.desc()).limit(limit + 1)).scalars()
    )
    page = rows[:limit]
    return page, (page[-1].id if len(rows) > limit else None)


def backoff(attempts: int) -> float:
    base = min(MAX_BACKOFF_SECONDS, FIRST_BACKOFF_SECONDS * 2 ** max(0, attempts - 1))
    # Jitter, so that a receiver coming back is not hit by every queued retry at once.
    return base * random.uniform(0.9, 1.1)  # noqa: S311 (timing, not security)


def _delivery_for(
    comment_id: int, event: str, event_id: str, occurred_at: str
) -> WebhookDelivery | None:
    existing = db.session.execute(
        db.select(WebhookDelivery).where(WebhookDelivery.event_id == event_id)
    ).scalar_one_or_none()
    if existing is not None:
        return existing
    comment = db.session.get(Comment, comment_id)
    if comment is None or not comment.site.webhook_url:
        return None
    if comment.deleted_at is not None and event != "comment.deleted":
        return None  # the author deleted it meanwhile; the site hears comment.deleted instead
    delivery = WebhookDelivery(
        event_id=event_id,
        site_id=comment.site_id,
        comment_id=comment.id,
        event=event,
        url=comment.site.webhook_url,
        payload=payload_for(comment, event, event_id, occurred_at),
    )
    db.session.add(delivery)
    try:
        db.session.commit()
    except IntegrityError:  # the same task ran twice at once; the other one owns the row
        db.session.rollback()
        return None
    return delivery


def _retry_or_fail(delivery: WebhookDelivery, status_code: int | None, error: str) -> Outcome:
    max_attempts = int(current_app.config.get("WEBHOOK_MAX_ATTEMPTS", 8))
    if delivery.attempts >= max_attempts:
        return _settle(delivery, DeliveryStatus.FAILED, status_code=status_code, error=error)
    wait = backoff(delivery.attempts)
    delivery.status_code = status_code
    delivery.last_error = error[:MAX_ERROR_LENGTH]
    delivery.next_attempt_at = utcnow() + timedelta(seconds=wait)
    db.session.commit()
    log.info(
        "webhook %s try %s failed (%s); retry in %.0fs", delivery.id, delivery.attempts, error, wait
    )
    return Outcome("retry", retry_in=wait)


def _settle(
    delivery: WebhookDelivery,
    status: DeliveryStatus,
    *,
    status_code: int | None = None,
    error: str | None = None,
) -> Outcome:
    delivery.status = status
    delivery.status_code = status_code
    delivery.last_error = error[:MAX_ERROR_LENGTH] if error else None
    delivery.next_attempt_at = None
    db.session.commit()
    if status is DeliveryStatus.FAILED:
        log.warning("webhook %s to %s failed for good: %s", delivery.id, delivery.url, error)
    return Outcome(status.value)
