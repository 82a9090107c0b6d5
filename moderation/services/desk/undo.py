"""Taking back a decision within minutes: the previous status, or a keep's reports, return."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy.orm.exc import StaleDataError

from moderation.extensions import db
from moderation.models import (
    Account,
    Comment,
    CommentStatus,
    ModerationAction,
    ModerationEvent,
    Role,
)
from moderation.models.types import utcnow
from moderation.services.comments import reports
from moderation.services.desk.assignments import SiteScope
from moderation.services.desk.decisions import UNDOABLE, latest_event, require_moderator
from moderation.services.errors import Conflict
from moderation.services.learning import examples
from moderation.tasks import jobs

DEFAULT_UNDO_SECONDS = 300


class CannotUndo(Conflict):
    code = "cannot_undo"


def undo_window() -> timedelta:
    return timedelta(seconds=int(current_app.config.get("DESK_UNDO_SECONDS", DEFAULT_UNDO_SECONDS)))


@dataclass
class UndoResult:
    comments: list[Comment] = field(default_factory=list)
    refused: list[int] = field(default_factory=list)  # comment ids whose decision stands
    reopened: list[int] = field(default_factory=list)  # kept comments back in the Reported tab


def undo(event_ids: Sequence[int], moderator: Account, *, scope: SiteScope) -> UndoResult:
    """Take back decisions within the undo window, restoring each comment's previous status.

    Only the decision's author (or an admin) may undo it, and only while it is the
    comment's latest event: a decision someone else has built on stays. The undone
    decision's training example is superseded (services/learning/examples.py).
    """
    require_moderator(moderator)
    result = UndoResult()
    cutoff = utcnow() - undo_window()
    # Everything flushes at the commit, so a lost race surfaces there as CannotUndo.
    with db.session.no_autoflush:
        for event_id in dict.fromkeys(event_ids):
            event = db.session.get(ModerationEvent, event_id)
            if event is None or not scope.allows(event.comment.site_id):
                continue
            if (
                not _reversible(event)
                or event.created_at < cutoff
                or (event.actor_id != moderator.id and moderator.role is not Role.ADMIN)
                or latest_event(event.comment_id) is not event
            ):
                result.refused.append(event.comment_id)
                continue
            comment = event.comment
            details = {"undone_event_id": event.id, "undone_action": event.action.value}
            if event.action is ModerationAction.KEPT:
                # The status never changed: the reports open again and the flag returns.
                details["reopened_reports"] = reports.reopen(comment, event.details)
                result.reopened.append(comment.id)
            else:
                restored = CommentStatus(event.details.get("previous_status", CommentStatus.HELD))
                comment.status = restored
                decided = event.details.get("previous_decided_at")
                comment.decided_at = datetime.fromisoformat(decided) if decided else None
            details["restored_status"] = comment.status.value
            undo_event = ModerationEvent(
                comment=comment,
                actor=moderator,
                action=ModerationAction.UNDONE,
                reason=None,
                details=details,
            )
            db.session.add(undo_event)
            examples.record_undo(comment, event, undo_event, moderator)
            result.comments.append(comment)
    # A keep changed no status, so taking it back tells the site's webhook nothing new.
    restored = [(c.id, c.status) for c in result.comments if c.id not in result.reopened]
    try:
        db.session.commit()
    except StaleDataError:
        db.session.rollback()
        raise CannotUndo("the comment changed meanwhile; nothing was undone") from None
    for comment_id, status in restored:
        jobs.enqueue_status_webhook(comment_id, status)
    return result


def undoable(event: ModerationEvent, moderator: Account) -> bool:
    """Whether ``moderator`` may still undo ``event`` (for showing the button)."""
    return (
        _reversible(event)
        and event.created_at >= utcnow() - undo_window()
        and (event.actor_id == moderator.id or moderator.role is Role.ADMIN)
    )


def _reversible(event: ModerationEvent) -> bool:
    # A keep names the reports it resolved (details.resolved_at); one that does not cannot
    # be taken back without guessing which reports to reopen.
    if event.action is ModerationAction.KEPT:
        return isinstance(event.details.get("resolved_at"), str)
    return event.action in UNDOABLE
