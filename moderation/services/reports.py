"""Reader reports: one per reader per comment; enough of them flag a comment for review.

For the dashboard's Reported tab (owned by the desk): ``reported_query()`` selects the
published, not deleted comments whose reports reached the site's threshold, oldest
flag first; ``reason_counts()`` says why readers reported one; ``dismiss()`` clears the
flag when a moderator keeps the comment (a rejection takes it out of the tab by status).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, and_, case, func, update
from sqlalchemy.exc import IntegrityError

from ..extensions import db
from ..models import Account, Comment, CommentReport, CommentStatus, ReportReason
from ..models.types import utcnow
from .assignments import scope_for
from .comments import get_comment
from .errors import AccountNotActive, CommentNotFound, Conflict, InvalidInput, NotAllowed

MAX_NOTE_LENGTH = 500


class AlreadyReported(Conflict):
    code = "already_reported"


class OwnComment(NotAllowed):
    code = "own_comment"


@dataclass(frozen=True)
class ReportResult:
    report: CommentReport
    report_count: int
    flagged: bool


def report(
    reporter: Account, comment_id: int, reason: str, note: str | None = None
) -> ReportResult:
    """Record a reader's report; the comment is flagged when the count reaches the threshold."""
    try:
        chosen = ReportReason(reason)
    except ValueError:
        allowed = ", ".join(r.value for r in ReportReason)
        raise InvalidInput(f"must be one of {allowed}", field="reason") from None
    note = (note or "").strip() or None
    if note is not None and len(note) > MAX_NOTE_LENGTH:
        raise InvalidInput(f"must be at most {MAX_NOTE_LENGTH} characters", field="note")
    comment = get_comment(comment_id)
    if comment.status is not CommentStatus.PUBLISHED or comment.deleted_at is not None:
        raise CommentNotFound(f"no comment {comment_id}", field="comment_id")
    if comment.author_id == reporter.id:
        raise OwnComment("you cannot report your own comment", field="comment_id")
    if not reporter.may_comment:
        raise AccountNotActive(f"this account is {reporter.status.value}", field="account")
    entry = CommentReport(comment_id=comment.id, reporter_id=reporter.id, reason=chosen, note=note)
    db.session.add(entry)
    try:
        db.session.flush()
    except IntegrityError:
        db.session.rollback()
        raise AlreadyReported(
            "you have reported this comment already", field="comment_id"
        ) from None
    threshold = comment.site.report_threshold
    # Core UPDATE: counting reports is not a change that should stale a moderator's view.
    db.session.execute(
        update(Comment)
        .where(Comment.id == comment.id)
        .values(
            report_count=Comment.report_count + 1,
            reported_at=case(
                (
                    and_(Comment.reported_at.is_(None), Comment.report_count + 1 >= threshold),
                    utcnow(),
                ),
                else_=Comment.reported_at,
            ),
        )
        .execution_options(synchronize_session=False)
    )
    db.session.commit()
    count, flagged_at = db.session.execute(
        db.select(Comment.report_count, Comment.reported_at).where(Comment.id == comment.id)
    ).one()
    return ReportResult(report=entry, report_count=count, flagged=flagged_at is not None)


def dismiss(moderator: Account, comment_id: int) -> Comment:
    """A moderator kept the reported comment: resolve its reports and clear the flag."""
    if not moderator.is_moderator:
        raise NotAllowed("only moderators review reports")
    comment = get_comment(comment_id)
    if not scope_for(moderator).allows(comment.site_id):
        raise CommentNotFound(f"no comment {comment_id}", field="comment_id")
    now = utcnow()
    db.session.execute(
        update(CommentReport)
        .where(CommentReport.comment_id == comment.id, CommentReport.resolved_at.is_(None))
        .values(resolved_at=now)
        .execution_options(synchronize_session=False)
    )
    db.session.execute(
        update(Comment)
        .where(Comment.id == comment.id)
        .values(report_count=0, reported_at=None)
        .execution_options(synchronize_session=False)
    )
    db.session.commit()
    db.session.refresh(comment)
    return comment


def reported_query() -> Select[tuple[Comment]]:
    """Comments in the Reported queue, oldest flag first; add the desk's site scope to it."""
    return (
        db.select(Comment)
        .where(
            Comment.reported_at.is_not(None),
            Comment.status == CommentStatus.PUBLISHED,
            Comment.deleted_at.is_(None),
        )
        .order_by(Comment.reported_at, Comment.id)
    )


def reason_counts(comment_id: int) -> dict[str, int]:
    """Open reports of a comment by reason, most frequent first."""
    rows = db.session.execute(
        db.select(CommentReport.reason, func.count())
        .where(CommentReport.comment_id == comment_id, CommentReport.resolved_at.is_(None))
        .group_by(CommentReport.reason)
        .order_by(func.count().desc())
    ).all()
    return {reason.value: count for reason, count in rows}
