"""Read side of the moderation desk: queues as tabs, filters, search and keyset pagination."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func, or_
from sqlalchemy.orm import selectinload

from moderation.extensions import db
from moderation.models import Comment, CommentStatus, ModerationAction, ModerationEvent
from moderation.services.desk import reported_queue
from moderation.services.desk.assignments import SiteScope
from moderation.services.desk.filters import (
    TAB_STATUS,
    Cursor,
    Page,
    QueueFilter,
    QueueOrder,
    Tab,
    apply_filter,
    score_expression,
)

# A screenful or two: moderators move on with j/k and keyset pages; each card is a form-rich
# block of HTML, so a page's render time grows with its length.
PAGE_SIZE = 25
# Tab counts stop here: counting every published comment on every page load
# costs more than the exact number is worth ("10,000+" is enough to plan a shift).
COUNT_CAP = 10_000


def page(
    scope: SiteScope,
    flt: QueueFilter,
    *,
    after: str | None = None,
    before: str | None = None,
    limit: int = PAGE_SIZE,
) -> Page:
    """One page of a tab, walking the sort key from a cursor (keyset pagination)."""
    if flt.tab is Tab.REPORTED:
        return reported_queue.page(scope, flt, after=after, before=before, limit=limit)
    backwards = before is not None and after is None
    raw = before if backwards else after
    cursor = Cursor.decode(raw, flt.order) if raw else None
    rows = _fetch(scope, flt, cursor, backwards, limit + 1)
    more = len(rows) > limit
    rows = rows[:limit]
    if backwards:
        rows.reverse()
        if not more:
            # The first page is near: show it whole rather than a short page.
            return page(scope, flt, limit=limit)
    items = [comment for comment, _ in rows]
    keys = [_cursor(comment, score, flt.order) for comment, score in rows]
    if not items:
        return Page([], None, keys[0] if keys else None)
    has_next = True if backwards else more
    has_prev = more if backwards else cursor is not None
    return Page(
        items,
        keys[-1].encode() if has_next else None,
        keys[0].encode() if has_prev else None,
    )


def _cursor(comment: Comment, score: float | None, order: QueueOrder) -> Cursor:
    return Cursor(comment.id, score if order is QueueOrder.SCORE else None)


def _fetch(
    scope: SiteScope,
    flt: QueueFilter,
    cursor: Cursor | None,
    backwards: bool,
    limit: int,
    *,
    load: bool = True,
) -> list[tuple[Comment, float | None]]:
    score = score_expression(flt.sort_label)
    query = db.select(Comment, score if flt.order is QueueOrder.SCORE else None)
    status = TAB_STATUS[flt.tab]
    if status is not None:
        query = query.where(Comment.status == status)
    query = apply_filter(query, scope, flt, full=True)
    # Ascending id (oldest first) is the natural direction; the others flip it.
    ascending_id = (flt.order is not QueueOrder.NEWEST) != backwards
    if flt.order is QueueOrder.SCORE:
        high_first = not backwards
        if cursor is not None:
            assert cursor.score is not None
            # The first condition is redundant, and the one an index scan can start from.
            up_to = score <= cursor.score if high_first else score >= cursor.score
            beyond = score < cursor.score if high_first else score > cursor.score
            id_beyond = Comment.id > cursor.id if ascending_id else Comment.id < cursor.id
            query = query.where(up_to, or_(beyond, id_beyond))
        query = query.order_by(
            score.desc() if high_first else score.asc(),
            Comment.id.asc() if ascending_id else Comment.id.desc(),
        )
    else:
        if cursor is not None:
            query = query.where(Comment.id > cursor.id if ascending_id else Comment.id < cursor.id)
        query = query.order_by(Comment.id.asc() if ascending_id else Comment.id.desc())
    if load:
        query = query.options(
            selectinload(Comment.scores),
            selectinload(Comment.author),
            selectinload(Comment.article),
            selectinload(Comment.site),
        )
    return [(row[0], row[1]) for row in db.session.execute(query.limit(limit))]


def tab_counts(scope: SiteScope, flt: QueueFilter) -> dict[Tab, int | None]:
    """Comments per tab under the site/article/author filters, each capped at COUNT_CAP + 1.

    Search text and score filters are left out on purpose: they cannot use an index,
    and the tab counts answer "how much work is there", not "how many match".
    """
    counts: dict[Tab, int | None] = {
        Tab.REPORTED: reported_queue.count(scope, replace(flt, tab=Tab.REPORTED), COUNT_CAP)
    }
    capped = []
    for tab, status in TAB_STATUS.items():
        inner = db.select(Comment.id)
        if status is not None:
            inner = inner.where(Comment.status == status)
        inner = apply_filter(inner, scope, replace(flt, tab=tab), full=False).limit(COUNT_CAP + 1)
        capped.append(db.select(func.count()).select_from(inner.subquery()).scalar_subquery())
    # One statement for the five tabs: every desk page shows them, and a round trip each
    # cost more than most of the counts themselves.
    row = db.session.execute(db.select(*capped)).one()
    counts.update(zip(TAB_STATUS, row, strict=True))
    return counts


def new_held(scope: SiteScope, flt: QueueFilter, since_event_id: int) -> int:
    """Comments held since audit event ``since_event_id`` (by the scorer, or back by an undo)
    and still held, under the site/article/author filters; capped at COUNT_CAP + 1.

    Driven by the audit log's primary key: only the events since the page was rendered are
    read, however long the held queue is.
    """
    inner = (
        db.select(Comment.id)
        .join(ModerationEvent, ModerationEvent.comment_id == Comment.id)
        .where(
            ModerationEvent.id > since_event_id,
            ModerationEvent.action.in_([ModerationAction.AUTO_HELD, ModerationAction.UNDONE]),
            Comment.status == CommentStatus.HELD,
        )
        .distinct()
    )
    inner = apply_filter(inner, scope, replace(flt, tab=Tab.HELD), full=False).limit(COUNT_CAP + 1)
    return int(
        db.session.execute(db.select(func.count()).select_from(inner.subquery())).scalar_one()
    )


def event_marker() -> int:
    """The newest audit event's id: a page remembers it to ask what is new since."""
    return int(db.session.execute(db.select(func.max(ModerationEvent.id))).scalar_one() or 0)


def neighbours(
    comment: Comment, scope: SiteScope, flt: QueueFilter | None = None
) -> tuple[int | None, int | None]:
    """The previous and next comment in the tab, filters and order the moderator came from
    (default: the held queue, oldest first), in the moderator's sites.

    Keyset steps from the comment's own sort key, so they work while it is still in the tab
    and after it left it (decided a moment ago).
    """
    flt = flt or QueueFilter()
    if flt.tab is Tab.REPORTED:
        return reported_queue.neighbours(comment, scope, flt)
    score = None
    if flt.order is QueueOrder.SCORE:
        score = db.session.execute(
            db.select(score_expression(flt.sort_label)).where(Comment.id == comment.id)
        ).scalar_one()
    cursor = Cursor(comment.id, score)
    before = _fetch(scope, flt, cursor, True, 1, load=False)
    after = _fetch(scope, flt, cursor, False, 1, load=False)
    return (before[0][0].id if before else None, after[0][0].id if after else None)


@dataclass(frozen=True)
class ItemContext:
    """What the queue shows beside a comment: why it was held and its latest decision."""

    policy_details: dict[str, Any]  # the latest automatic event's details: its reasons
    last_event: ModerationEvent | None


def contexts(comment_ids: list[int]) -> dict[int, ItemContext]:
    """One query for the events of a page of comments."""
    events: dict[int, list[ModerationEvent]] = {comment_id: [] for comment_id in comment_ids}
    if comment_ids:
        rows = db.session.execute(
            db.select(ModerationEvent)
            .where(ModerationEvent.comment_id.in_(comment_ids))
            .options(selectinload(ModerationEvent.actor))
            .order_by(ModerationEvent.id)
        ).scalars()
        for event in rows:
            events[event.comment_id].append(event)
    out = {}
    for comment_id, history in events.items():
        automatic = [event for event in history if event.is_automatic]
        details = dict(automatic[-1].details or {}) if automatic else {}
        out[comment_id] = ItemContext(details, history[-1] if history else None)
    return out
