"""Human moderation decisions: approve or reject, one or many, against the version seen."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm.exc import StaleDataError

from moderation.extensions import db
from moderation.models import (
    Account,
    Comment,
    CommentClaim,
    CommentStatus,
    ExampleSource,
    ModerationAction,
    ModerationEvent,
)
from moderation.models.types import utcnow
from moderation.services.comments.submission import get_comment
from moderation.services.desk.assignments import SiteScope
from moderation.services.errors import (
    CommentNotFound,
    Conflict,
    InvalidInput,
    NotAllowed,
    StaleVersion,
)
from moderation.services.learning import examples
from moderation.services.sites import desk_settings
from moderation.tasks import jobs

MAX_REASON_LENGTH = 1000
MAX_NOTE_LENGTH = 500
MAX_BULK = 200


class HumanAction(StrEnum):
    APPROVE = "approve"
    REJECT = "reject"


_OUTCOME = {
    HumanAction.APPROVE: (CommentStatus.PUBLISHED, ModerationAction.APPROVED),
    HumanAction.REJECT: (CommentStatus.REJECTED, ModerationAction.REJECTED),
}
# The decisions a moderator can take back (see services/desk/undo.py); keeping a reported
# comment is taken back by reopening its reports.
UNDOABLE = frozenset({ModerationAction.APPROVED, ModerationAction.REJECTED, ModerationAction.KEPT})
# What "already decided by X" names.
HUMAN_DECISIONS = UNDOABLE


class AlreadyInStatus(Conflict):
    code = "already_in_status"


def statement(reason: str | None, note: str | None) -> str | None:
    """The statement of reasons the author sees: the chosen reason, then the note."""
    reason = (reason or "").strip() or None
    note = (note or "").strip() or None
    if note is not None and len(note) > MAX_NOTE_LENGTH:
        raise InvalidInput(f"must be at most {MAX_NOTE_LENGTH} characters", field="note")
    text = f"{reason}: {note}" if reason and note else reason or note
    if text is not None and len(text) > MAX_REASON_LENGTH:
        raise InvalidInput(f"must be at most {MAX_REASON_LENGTH} characters", field="reason")
    return text


def decide(
    comment_id: int,
    moderator: Account,
    action: HumanAction,
    *,
    seen_version: int,
    reason: str | None = None,
    note: str | None = None,
    scope: SiteScope | None = None,
    listed_reason: bool = False,
    source: ExampleSource = ExampleSource.DESK,
) -> Comment:
    """Apply a moderator's decision, or raise StaleVersion if the comment changed meanwhile.

    The version check happens twice: here against what the moderator saw, and in
    the UPDATE itself (SQLAlchemy's version counter), so a decision that races
    another one between read and write is refused too. ``listed_reason`` demands
    a rejection reason from the site's list (the dashboard); the API sends free text.
    The decision is kept as a training example of the site (``source`` says from where).
    """
    require_moderator(moderator)
    comment = comment_in_scope(comment_id, scope)
    if listed_reason:
        check_listed_reason(comment, action, reason)
    text = statement(reason, note)
    if comment.version != seen_version:
        raise _stale(comment)
    event = apply(comment, moderator, action, text, {"reason_code": reason} if reason else {})
    examples.record_decisions([(comment, event)], moderator, source)
    _commit_or_stale(comment_id)
    jobs.enqueue_status_webhook(comment.id, comment.status)
    return comment


def apply(
    comment: Comment,
    moderator: Account,
    action: HumanAction,
    reason: str | None,
    details: dict[str, Any],
) -> ModerationEvent:
    """Change the comment and add its audit event, uncommitted: callers commit once."""
    status, audit_action = _OUTCOME[action]
    if comment.status is status:
        raise AlreadyInStatus(f"comment {comment.id} is already {status.value}", field="action")
    previous = comment.status.value
    previous_decided_at = comment.decided_at
    comment.status = status
    comment.decided_at = utcnow()
    event = ModerationEvent(
        comment=comment,
        actor=moderator,
        action=audit_action,
        reason=reason,
        details={
            **details,
            "previous_status": previous,
            "previous_decided_at": previous_decided_at.isoformat() if previous_decided_at else None,
        },
    )
    db.session.add(event)
    # No autoflush: the comment's versioned UPDATE must fail (if it does) at the caller's
    # commit, where a lost race becomes StaleVersion, not in the middle of this DELETE.
    with db.session.no_autoflush:
        db.session.execute(delete(CommentClaim).where(CommentClaim.comment_id == comment.id))
    return event


@dataclass
class BulkResult:
    events: list[ModerationEvent] = field(default_factory=list)
    stale: list[int] = field(default_factory=list)  # changed since the page was loaded
    skipped: list[int] = field(default_factory=list)  # gone, out of scope or already so


def bulk_decide(
    seen: Sequence[tuple[int, int]],
    moderator: Account,
    action: HumanAction,
    *,
    scope: SiteScope,
    reason: str | None = None,
    note: str | None = None,
) -> BulkResult:
    """Decide many comments ``[(id, version seen)]`` in one transaction; stale ones are left.

    Each decided comment becomes a ``bulk`` training example of its site.
    """
    require_moderator(moderator)
    if not seen:
        raise InvalidInput("select at least one comment", field="comments")
    if len(seen) > MAX_BULK:
        raise InvalidInput(f"select at most {MAX_BULK} comments", field="comments")
    text = statement(reason, note)
    versions = dict(seen)
    comments = db.session.execute(
        db.select(Comment).where(Comment.id.in_(list(versions))).with_for_update()
    ).scalars()
    found = {comment.id: comment for comment in comments}
    result = BulkResult()
    status = _OUTCOME[action][0]
    chosen = []
    for comment_id, version in seen:
        comment = found.get(comment_id)
        if comment is None or not scope.allows(comment.site_id) or comment.status is status:
            result.skipped.append(comment_id)
        elif comment.version != version:
            result.stale.append(comment_id)
        else:
            check_listed_reason(comment, action, reason)
            chosen.append(comment)
    details = {"bulk": True, **({"reason_code": reason} if reason else {})}
    result.events = [apply(comment, moderator, action, text, details) for comment in chosen]
    examples.record_decisions(
        list(zip(chosen, result.events, strict=True)), moderator, ExampleSource.BULK
    )
    decided = [(comment.id, comment.status) for comment in chosen]
    try:
        db.session.commit()
    except StaleDataError:
        db.session.rollback()
        raise Conflict("comments changed while deciding; reload and try again") from None
    for comment_id, status in decided:
        jobs.enqueue_status_webhook(comment_id, status)
    return result


def latest_event(comment_id: int) -> ModerationEvent | None:
    return db.session.execute(
        db.select(ModerationEvent)
        .where(ModerationEvent.comment_id == comment_id)
        .order_by(ModerationEvent.id.desc())
        .limit(1)
    ).scalar_one_or_none()


def latest_human_decision(comment_id: int) -> ModerationEvent | None:
    """Who decided last, for "already decided by X"."""
    return db.session.execute(
        db.select(ModerationEvent)
        .where(
            ModerationEvent.comment_id == comment_id,
            ModerationEvent.actor_id.is_not(None),
            ModerationEvent.action.in_(sorted(HUMAN_DECISIONS)),
        )
        .order_by(ModerationEvent.id.desc())
        .limit(1)
    ).scalar_one_or_none()


def require_moderator(account: Account) -> None:
    if not account.is_moderator:
        raise NotAllowed("only moderators and admins decide on comments")


def comment_in_scope(comment_id: int, scope: SiteScope | None) -> Comment:
    comment = get_comment(comment_id)
    if scope is not None and not scope.allows(comment.site_id):
        # Not-found, not forbidden: other sites' comment ids are none of the moderator's business.
        raise CommentNotFound(f"no comment {comment_id}", field="comment_id")
    return comment


def check_listed_reason(comment: Comment, action: HumanAction, reason: str | None) -> None:
    if action is not HumanAction.REJECT:
        return
    if not reason:
        raise InvalidInput("choose a reason", field="reason")
    if reason not in desk_settings.reasons_for(comment.site):
        raise InvalidInput("not one of this site's reasons", field="reason")


def _commit_or_stale(comment_id: int) -> None:
    try:
        db.session.commit()
    except StaleDataError:
        db.session.rollback()
        raise _stale(get_comment(comment_id)) from None


def _stale(comment: Comment) -> StaleVersion:
    db.session.refresh(comment)
    return StaleVersion(
        f"comment {comment.id} changed since you loaded it (now {comment.status.value}, "
        f"version {comment.version}); reload and decide again",
        current_version=comment.version,
        status=comment.status.value,
    )
