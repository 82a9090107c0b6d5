"""Reader reports: one per reader per comment; enough of them flag a comment for review.

For the dashboard's Reported tab (services/desk/reported_queue.py): ``reported_query()`` selects
the published, not deleted comments whose reports reached the site's threshold, oldest
flag first; ``reason_counts()`` says why readers reported one; ``dismiss()`` clears the
flag when a moderator keeps the comment, audited as ``kept`` (a rejection takes it out of
the tab by status, and its reports stay open, so undoing the rejection brings it back);
``reopen()`` takes a keep back for services/desk/undo.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, and_, case, delete, func, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from moderation.extensions import db
from moderation.models import (
    Account,
    Comment,
    CommentClaim,
    CommentReport,
    CommentStatus,
    ExampleSource,
    ModerationAction,
    ModerationEvent,
    ReportReason,
)
from moderation.models.types import utcnow
from moderation.services.comments.submission import get_comment
from moderation.services.desk.assignments import SiteScope, scope_for
from moderation.services.errors import (
    AccountNotActive,
    CommentNotFound,
    Conflict,
    InvalidInput,
    NotAllowed,
    StaleVersion,
)
from moderation.services.learning import examples

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


def dismiss(
    moderator: Account,
    comment_id: int,
    *,
    seen_version: int | None = None,
    scope: SiteScope | None = None,
) -> Comment:
    """A moderator kept the reported comment: resolve its reports, clear the flag, audit it.

    Keeping is a decision like approving: it bumps the comment's version (an ORM change,
    unlike a reader's report), so a second moderator's open decision goes stale and is
    refused, and with ``seen_version`` this one is refused if the comment changed since.
    Nothing to dismiss (no flag, no open report) changes nothing and writes no event.
    """
    if not moderator.is_moderator:
        raise NotAllowed("only moderators review reports")
    comment = get_comment(comment_id)
    if not (scope if scope is not None else scope_for(moderator)).allows(comment.site_id):
        raise CommentNotFound(f"no comment {comment_id}", field="comment_id")
    # Reports arrive by Core UPDATE: read the counters as they are now, not as first loaded.
    db.session.refresh(comment)
    if seen_version is not None and comment.version != seen_version:
        raise _stale(comment)
    reasons = reason_counts(comment.id)
    if comment.reported_at is None and not reasons:
        return comment
    # One timestamp for every report this keep resolves: undoing it reopens exactly those.
    resolved_at = utcnow()
    event = ModerationEvent(
        comment=comment,
        actor=moderator,
        action=ModerationAction.KEPT,
        reason=None,
        details={
            "reports": reasons,
            "report_count": comment.report_count,
            "reported_at": comment.reported_at.isoformat() if comment.reported_at else None,
            "resolved_at": resolved_at.isoformat(),
        },
    )
    db.session.add(event)
    # Keeping is an approval of the reported text: a training example of the site.
    examples.record_decisions([(comment, event)], moderator, ExampleSource.REPORT)
    with db.session.no_autoflush:
        db.session.execute(
            update(CommentReport)
            .where(CommentReport.comment_id == comment.id, CommentReport.resolved_at.is_(None))
            .values(resolved_at=resolved_at)
            .execution_options(synchronize_session=False)
        )
        db.session.execute(delete(CommentClaim).where(CommentClaim.comment_id == comment.id))
    comment.report_count = 0
    comment.reported_at = None
    try:
        db.session.commit()
    except StaleDataError:
        db.session.rollback()
        raise _stale(get_comment(comment_id)) from None
    return comment


def reopen(comment: Comment, details: dict[str, object]) -> int:
    """Take back a keep (services/desk/undo.py): its reports are open again, the flag returns.

    Uncommitted, like ``decisions.apply``: the caller commits once. The comment's ORM change
    bumps its version, so a colleague's decision on the kept comment goes stale. Returns
    how many reports were reopened.
    """
    raw = details.get("resolved_at")
    reopened = 0
    if isinstance(raw, str):
        with db.session.no_autoflush:
            reopened = db.session.execute(
                update(CommentReport)
                .where(
                    CommentReport.comment_id == comment.id,
                    CommentReport.resolved_at == datetime.fromisoformat(raw),
                )
                .values(resolved_at=None)
                .execution_options(synchronize_session=False)
            ).rowcount
    # Reports that arrived after the keep counted from zero; the reopened ones come on top,
    # and the comment goes back to where it was flagged first.
    db.session.refresh(comment, ["report_count", "reported_at"])
    comment.report_count = (comment.report_count or 0) + reopened
    flagged = details.get("reported_at")
    if isinstance(flagged, str):
        comment.reported_at = datetime.fromisoformat(flagged)
    return reopened


def _stale(comment: Comment) -> StaleVersion:
    db.session.refresh(comment)
    return StaleVersion(
        f"comment {comment.id} changed since you loaded it (now {comment.status.value}, "
        f"version {comment.version}); reload and decide again",
        current_version=comment.version,
        status=comment.status.value,
    )


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
        .order_by(func.count().desc(), CommentReport.reason)
    ).all()
    return {reason.value: count for reason, count in rows}


def reason_counts_for(comment_ids: list[int]) -> dict[int, dict[str, int]]:
    """``reason_counts()`` for a page of comments in one query."""
    out: dict[int, dict[str, int]] = {comment_id: {} for comment_id in comment_ids}
    if not comment_ids:
        return out
    rows = db.session.execute(
        db.select(CommentReport.comment_id, CommentReport.reason, func.count())
        .where(CommentReport.comment_id.in_(comment_ids), CommentReport.resolved_at.is_(None))
        .group_by(CommentReport.comment_id, CommentReport.reason)
        .order_by(CommentReport.comment_id, func.count().desc(), CommentReport.reason)
    ).all()
    for comment_id, reason, count in rows:
        out[comment_id][reason.value] = count
    return out


def open_reports(comment_id: int) -> list[CommentReport]:
    """A comment's unresolved reports, newest first, for the moderator's detail page."""
    return list(
        db.session.execute(
            db.select(CommentReport)
            .where(CommentReport.comment_id == comment_id, CommentReport.resolved_at.is_(None))
            .order_by(CommentReport.created_at.desc(), CommentReport.id.desc())
        ).scalars()
    )
