"""JSON shapes of the integration's resources: threads, own comments, sites, keys, deliveries."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from moderation.api.serializers import timestamp
from moderation.models import ApiKey, Article, Comment, ModerationEvent, Site, WebhookDelivery
from moderation.models.types import utcnow
from moderation.scoring.labels import LABELS
from moderation.services.comments.threads import OwnComment, ThreadNode


def thread(node: ThreadNode) -> dict[str, Any]:
    comment = node.comment
    removed = comment.deleted_at is not None
    return {
        "id": comment.id,
        "parent_id": comment.parent_id,
        # A deleted comment keeps its place for its replies, without text or author.
        "body": None if removed else comment.body,
        "author": None if removed else comment.author.display_name,
        "created_at": timestamp(comment.created_at),
        "edited_at": None if removed else timestamp(comment.edited_at),
        "removed": removed,
        "replies": [thread(reply) for reply in node.replies],
    }


def article(site: Site, found: Article | None, external_id: str) -> dict[str, Any]:
    return {
        "id": external_id,
        "title": found.title if found else None,
        # An article the service has not seen yet is open: its first comment creates it.
        "open": found is None or found.closed_at is None,
        "language": site.language,
    }


def own_comment(entry: OwnComment, edit_window: timedelta) -> dict[str, Any]:
    comment = entry.comment
    editable_until = comment.created_at + edit_window
    return {
        "id": comment.id,
        "parent_id": comment.parent_id,
        "body": comment.body,
        "status": comment.status.value,
        "version": comment.version,
        "created_at": timestamp(comment.created_at),
        "edited_at": timestamp(comment.edited_at),
        "editable_until": timestamp(editable_until) if editable_until > utcnow() else None,
        "decision": decision(entry.decision),
    }


def decision(event: ModerationEvent | None) -> dict[str, Any] | None:
    """The statement of reasons an author sees: a moderator's words, or the labels that hit."""
    if event is None:
        return None
    reasons = [str(r) for r in event.details.get("reasons", [])]
    labels = [r.split(" ", 1)[0] for r in reasons if r.split(" ", 1)[0] in LABELS]
    return {
        "action": event.action.value,
        "by": "system" if event.is_automatic else "moderator",
        "statement": None if event.is_automatic else event.reason,
        "labels": list(dict.fromkeys(labels)),
        "at": timestamp(event.created_at),
    }


def site(site: Site) -> dict[str, Any]:
    return {
        "slug": site.slug,
        "name": site.name,
        "language": site.language,
        "timezone": site.timezone,
        "allowed_origins": list(site.allowed_origins or []),
        "webhook_url": site.webhook_url,
        "webhook_secret_set": bool(site.webhook_secret),
        "sso_secret_set": bool(site.sso_secret),
        "coral_signing_secret_set": bool(site.coral_signing_secret),
        "report_threshold": site.report_threshold,
    }


def api_key(key: ApiKey, now: datetime | None = None) -> dict[str, Any]:
    return {
        "id": key.id,
        "name": key.name,
        "prefix": key.prefix,
        "active": key.usable(now or utcnow()),
        "created_at": timestamp(key.created_at),
        "last_used_at": timestamp(key.last_used_at),
        "expires_at": timestamp(key.expires_at),
        "revoked_at": timestamp(key.revoked_at),
        "replaces_id": key.replaces_id,
    }


def delivery(row: WebhookDelivery) -> dict[str, Any]:
    return {
        "id": row.id,
        "event_id": row.event_id,
        "event": row.event,
        "comment_id": row.comment_id,
        "url": row.url,
        "status": row.status.value,
        "status_code": row.status_code,
        "attempts": row.attempts,
        "last_error": row.last_error,
        "created_at": timestamp(row.created_at),
        "last_attempt_at": timestamp(row.last_attempt_at),
        "next_attempt_at": timestamp(row.next_attempt_at),
        "delivered_at": timestamp(row.delivered_at),
    }


def moderation_extras(comment: Comment) -> dict[str, Any]:
    """What moderators see beyond the author's view: the reader-report state."""
    return {
        "report_count": comment.report_count,
        "reported_at": timestamp(comment.reported_at),
        "deleted_at": timestamp(comment.deleted_at),
    }
