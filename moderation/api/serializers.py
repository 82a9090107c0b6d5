"""JSON shapes of API resources."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from moderation.models import Comment, ModerationEvent
from moderation.services.automod.explanations import needs_explanation


def timestamp(value: datetime | None) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value else None


def public_comment(comment: Comment) -> dict[str, Any]:
    return {
        "id": comment.id,
        "body": comment.body,
        "author": comment.author.display_name,
        "parent_id": comment.parent_id,
        "created_at": timestamp(comment.created_at),
    }


def public_row(row: Any) -> dict[str, Any]:
    """public_comment from a row of public_thread.PUBLIC_COLUMNS: the same keys and values."""
    return {
        "id": row.id,
        "body": row.body,
        "author": row.author,
        "parent_id": row.parent_id,
        "created_at": timestamp(row.created_at),
    }


def private_comment(comment: Comment, decision: ModerationEvent | None) -> dict[str, Any]:
    """What the author and moderators see: status, scores and the decision with its reasons."""
    score = comment.latest_score
    return {
        **public_comment(comment),
        "site": comment.site.slug,
        "article_id": comment.article.external_id,
        "status": comment.status.value,
        "version": comment.version,
        "decided_at": timestamp(comment.decided_at),
        "scores": score.as_dict() if score else None,
        "scorer": {"name": score.scorer_name, "version": score.scorer_version} if score else None,
        # For held and rejected comments: the words that drove the score (occlusion),
        # computed by a task after the decision; pending until that task has run.
        "explanation": score.explanation if score else None,
        "explanation_pending": needs_explanation(comment, score),
        "decision": _decision(decision),
    }


def _decision(event: ModerationEvent | None) -> dict[str, Any] | None:
    if event is None:
        return None
    return {
        "action": event.action.value,
        "by": "system" if event.is_automatic else "moderator",
        "reason": event.reason,
        "reasons": list(event.details.get("reasons", [])),
        # The same reasons as data (kind, label, score, threshold, action, term, rule);
        # empty for decisions stored before reasons were kept as data.
        "reason_details": list(event.details.get("reason_details", [])),
        "at": timestamp(event.created_at),
    }
