"""The desk's Reported tab: comments readers flagged, keyset-paged on (reported_at, id)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Select, and_, func, or_
from sqlalchemy.orm import selectinload

from moderation.extensions import db
from moderation.models import Comment, ModerationAction, ModerationEvent
from moderation.services.comments.reports import reported_query
from moderation.services.desk.assignments import SiteScope
from moderation.services.desk.filters import Page, QueueFilter, QueueOrder, apply_filter
from moderation.services.errors import InvalidInput

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class ReportCursor:
    """A position in the Reported tab: the last row's flag time (in microseconds) and id."""

    at: datetime
    id: int

    def encode(self) -> str:
        micros = (self.at - _EPOCH) // timedelta(microseconds=1)
        return f"{micros}_{self.id}"

    @classmethod
    def decode(cls, raw: str) -> ReportCursor:
        micros, _, ident = raw.partition("_")
        try:
            at = _EPOCH + timedelta(microseconds=int(micros))
            cursor = cls(at=at, id=int(ident))
        except (ValueError, OverflowError):
            raise InvalidInput("not a page cursor", field="cursor") from None
        if not 0 < cursor.id < 2**63:
            raise InvalidInput("not a page cursor", field="cursor")
        return cursor


def _base(scope: SiteScope, flt: QueueFilter, *, full: bool) -> Select[Any]:
    # The other tabs' filters, applied the same way.
    return apply_filter(reported_query().order_by(None), scope, flt, full=full)


def page(
    scope: SiteScope,
    flt: QueueFilter,
    *,
    after: str | None = None,
    before: str | None = None,
    limit: int,
) -> Page:
    """One page of reported comments, newest flag first unless ``flt.order`` says oldest."""
    backwards = before is not None and after is None
    raw = before if backwards else after
    cursor = ReportCursor.decode(raw) if raw else None
    # Newest first walks the key downwards; going back a page walks the other way.
    descending = (flt.order is not QueueOrder.OLDEST) != backwards
    query = (
        _ordered(scope, flt, cursor, descending)
        .options(
            selectinload(Comment.scores),
            selectinload(Comment.author),
            selectinload(Comment.article),
            selectinload(Comment.site),
        )
        .limit(limit + 1)
    )
    rows = list(db.session.execute(query).scalars())
    more = len(rows) > limit
    rows = rows[:limit]
    if backwards:
        rows.reverse()
        if not more:
            # The first page is near: show it whole rather than a short page.
            return page(scope, flt, limit=limit)
    if not rows:
        return Page([], None, None)
    keys = [
        ReportCursor(comment.reported_at, comment.id) for comment in rows if comment.reported_at
    ]
    has_next = True if backwards else more
    has_prev = more if backwards else cursor is not None
    return Page(
        rows,
        keys[-1].encode() if has_next else None,
        keys[0].encode() if has_prev else None,
    )


def _ordered(
    scope: SiteScope, flt: QueueFilter, cursor: ReportCursor | None, descending: bool
) -> Select[Any]:
    """The filtered tab sorted on (reported_at, id), beyond ``cursor`` in that direction."""
    query = _base(scope, flt, full=True)
    if cursor is not None:
        if descending:
            beyond = or_(
                Comment.reported_at < cursor.at,
                and_(Comment.reported_at == cursor.at, Comment.id < cursor.id),
            )
        else:
            beyond = or_(
                Comment.reported_at > cursor.at,
                and_(Comment.reported_at == cursor.at, Comment.id > cursor.id),
            )
        query = query.where(beyond)
    if descending:
        return query.order_by(Comment.reported_at.desc(), Comment.id.desc())
    return query.order_by(Comment.reported_at.asc(), Comment.id.asc())


def neighbours(
    comment: Comment, scope: SiteScope, flt: QueueFilter
) -> tuple[int | None, int | None]:
    """The comments before and after ``comment`` in the Reported tab as ``flt`` sorts it.

    A comment kept a moment ago is no longer flagged; its place is where it was flagged,
    so "next" still leads on from it.
    """
    at = comment.reported_at or _last_flag(comment.id)
    if at is None:
        return None, None
    cursor = ReportCursor(at, comment.id)
    newest_first = flt.order is not QueueOrder.OLDEST
    found = []
    for descending in (not newest_first, newest_first):  # previous, then next
        query = _ordered(scope, flt, cursor, descending).with_only_columns(Comment.id).limit(1)
        found.append(db.session.execute(query).scalar_one_or_none())
    return found[0], found[1]


def _last_flag(comment_id: int) -> datetime | None:
    """When the comment was flagged before its latest keep, from the keep's audit event."""
    details = db.session.execute(
        db.select(ModerationEvent.details)
        .where(
            ModerationEvent.comment_id == comment_id,
            ModerationEvent.action == ModerationAction.KEPT,
        )
        .order_by(ModerationEvent.id.desc())
        .limit(1)
    ).scalar_one_or_none()
    raw = (details or {}).get("reported_at")
    return datetime.fromisoformat(raw) if isinstance(raw, str) else None


def count(scope: SiteScope, flt: QueueFilter, cap: int) -> int:
    """Reported comments under the site/article/author filters, stopping at ``cap`` + 1."""
    inner = _base(scope, flt, full=False).with_only_columns(Comment.id).limit(cap + 1)
    return int(
        db.session.execute(db.select(func.count()).select_from(inner.subquery())).scalar_one()
    )
