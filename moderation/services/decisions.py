"""Human moderation decisions: approve or reject, with the version the moderator saw."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy.orm.exc import StaleDataError

from ..extensions import db
from ..models import Account, Comment, CommentStatus, ModerationAction, ModerationEvent
from ..models.types import utcnow
from .comments import get_comment
from .errors import InvalidInput, NotAllowed, StaleVersion

MAX_REASON_LENGTH = 1000


class HumanAction(StrEnum):
    APPROVE = "approve"
    REJECT = "reject"


_OUTCOME = {
    HumanAction.APPROVE: (CommentStatus.PUBLISHED, ModerationAction.APPROVED),
    HumanAction.REJECT: (CommentStatus.REJECTED, ModerationAction.REJECTED),
}


def decide(
    comment_id: int,
    moderator: Account,
    action: HumanAction,
    *,
    seen_version: int,
    reason: str | None = None,
) -> Comment:
    """Apply a moderator's decision, or raise StaleVersion if the comment changed meanwhile.

    The version check happens twice: here against what the moderator saw, and in
    the UPDATE itself (SQLAlchemy's version counter), so a decision that races
    another one between read and write is refused too.
    """
    if not moderator.is_moderator:
        raise NotAllowed("only moderators and admins decide on comments")
    reason = (reason or "").strip() or None
    if reason is not None and len(reason) > MAX_REASON_LENGTH:
        raise InvalidInput(f"must be at most {MAX_REASON_LENGTH} characters", field="reason")
    comment = get_comment(comment_id)
    if comment.version != seen_version:
        raise _stale(comment)
    status, audit_action = _OUTCOME[action]
    previous = comment.status.value
    comment.status = status
    comment.decided_at = utcnow()
    db.session.add(
        ModerationEvent(
            comment=comment,
            actor=moderator,
            action=audit_action,
            reason=reason,
            details={"previous_status": previous},
        )
    )
    try:
        db.session.commit()
    except StaleDataError:
        db.session.rollback()
        raise _stale(get_comment(comment_id)) from None
    return comment


def recent_decisions(limit: int = 20) -> list[ModerationEvent]:
    return list(
        db.session.execute(
            db.select(ModerationEvent).order_by(ModerationEvent.id.desc()).limit(limit)
        ).scalars()
    )


def _stale(comment: Comment) -> StaleVersion:
    db.session.refresh(comment)
    return StaleVersion(
        f"comment {comment.id} changed since you loaded it (now {comment.status.value}, "
        f"version {comment.version}); reload and decide again",
        current_version=comment.version,
        status=comment.status.value,
    )
