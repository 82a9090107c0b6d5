"""Actions on a comment's author: suspend for N days, ban (optionally rejecting all), reinstate.

Each is taken from a comment (the one that prompted it) and audited on that comment,
with the account named in the event's details.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy.orm.exc import StaleDataError

from moderation.extensions import db
from moderation.models import (
    Account,
    AccountStatus,
    Comment,
    CommentStatus,
    ModerationAction,
    ModerationEvent,
    Role,
)
from moderation.models.types import utcnow
from moderation.services.desk import decisions
from moderation.services.desk.assignments import SiteScope
from moderation.services.errors import Conflict, InvalidInput, NotAllowed

MAX_SUSPENSION_DAYS = 365
# Rejecting everything an author wrote is for spam waves; beyond this, ask an admin.
MAX_REJECT_ALL = 5000


@dataclass
class BanResult:
    ban: ModerationEvent
    rejections: list[ModerationEvent] = field(default_factory=list)


def suspend(
    moderator: Account,
    comment_id: int,
    days: int,
    *,
    scope: SiteScope,
    reason: str | None,
    note: str | None = None,
) -> ModerationEvent:
    """Suspend the comment's author for ``days``; the suspension ends by itself."""
    if not 1 <= days <= MAX_SUSPENSION_DAYS:
        raise InvalidInput(f"must be between 1 and {MAX_SUSPENSION_DAYS}", field="days")
    comment, author, text = _prepare(moderator, comment_id, scope, reason, note)
    until = utcnow() + timedelta(days=days)
    event = _account_event(
        comment, author, moderator, ModerationAction.SUSPENDED, text, until=until.isoformat()
    )
    author.status = AccountStatus.SUSPENDED
    author.suspended_until = until
    author.status_reason = text
    db.session.commit()
    return event


def ban(
    moderator: Account,
    comment_id: int,
    *,
    scope: SiteScope,
    reason: str | None,
    note: str | None = None,
    reject_all: bool = False,
) -> BanResult:
    """Ban the comment's author; with ``reject_all`` also reject everything they wrote here."""
    comment, author, text = _prepare(moderator, comment_id, scope, reason, note)
    rejections = []
    if reject_all:
        rows = list(
            db.session.execute(
                db.select(Comment)
                .where(
                    Comment.author_id == author.id,
                    Comment.status != CommentStatus.REJECTED,
                    scope.clause(Comment.site_id),
                )
                .order_by(Comment.id)
                .limit(MAX_REJECT_ALL + 1)
            ).scalars()
        )
        if len(rows) > MAX_REJECT_ALL:
            raise InvalidInput(f"more than {MAX_REJECT_ALL} comments; ask an admin", field="author")
        details = {"reason_code": reason, "bulk": "author"}
        rejections = [
            decisions.apply(row, moderator, decisions.HumanAction.REJECT, text, details)
            for row in rows
        ]
    event = _account_event(comment, author, moderator, ModerationAction.BANNED, text)
    author.status = AccountStatus.BANNED
    author.suspended_until = None
    author.status_reason = text
    try:
        db.session.commit()
    except StaleDataError:
        db.session.rollback()
        raise Conflict("the author's comments changed meanwhile; try again") from None
    return BanResult(event, rejections)


def reinstate(
    moderator: Account, comment_id: int, *, scope: SiteScope, note: str | None = None
) -> ModerationEvent:
    """Lift a suspension or ban early."""
    comment, author, text = _prepare(moderator, comment_id, scope, None, note, need_reason=False)
    if author.effective_status is AccountStatus.ACTIVE:
        raise Conflict("the account is active", field="author")
    event = _account_event(comment, author, moderator, ModerationAction.REINSTATED, text)
    author.status = AccountStatus.ACTIVE
    author.suspended_until = None
    author.status_reason = None
    db.session.commit()
    return event


def _prepare(
    moderator: Account,
    comment_id: int,
    scope: SiteScope,
    reason: str | None,
    note: str | None,
    *,
    need_reason: bool = True,
) -> tuple[Comment, Account, str | None]:
    if not moderator.is_moderator:
        raise NotAllowed("only moderators act on authors")
    comment = decisions.comment_in_scope(comment_id, scope)
    author = comment.author
    if author.role is not Role.COMMENTER:
        raise NotAllowed("moderators and admins cannot be suspended here", field="author")
    if need_reason:
        if not reason:
            raise InvalidInput("choose a reason", field="reason")
        decisions.check_listed_reason(comment, decisions.HumanAction.REJECT, reason)
    return comment, author, decisions.statement(reason, note)


def _account_event(
    comment: Comment,
    author: Account,
    moderator: Account,
    action: ModerationAction,
    reason: str | None,
    **extra: str,
) -> ModerationEvent:
    event = ModerationEvent(
        comment=comment,
        actor=moderator,
        action=action,
        reason=reason,
        details={
            "account_id": author.id,
            "previous_account_status": author.effective_status.value,
            **extra,
        },
    )
    db.session.add(event)
    return event
