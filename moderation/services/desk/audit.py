"""Read side of the audit log: every decision, filtered and paged; CSV cells made safe."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select
from sqlalchemy.orm import selectinload

from moderation.extensions import db
from moderation.models import Comment, ModerationAction, ModerationEvent
from moderation.services.desk.assignments import SiteScope

PAGE_SIZE = 50
CSV_LIMIT = 100_000
# A spreadsheet runs a cell starting with these as a formula (OWASP: CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

AUTOMATIC = "auto"
HUMAN = "human"


@dataclass(frozen=True)
class AuditFilter:
    site_id: int | None = None
    action: ModerationAction | None = None
    # AUTOMATIC, HUMAN, or a moderator's account id.
    actor: str | int | None = None
    comment_id: int | None = None
    since: datetime | None = None
    until: datetime | None = None  # exclusive


def _query(scope: SiteScope, flt: AuditFilter) -> Select[Any]:
    query = (
        db.select(ModerationEvent)
        .join(Comment, Comment.id == ModerationEvent.comment_id)
        .where(scope.narrowed(flt.site_id).clause(Comment.site_id))
    )
    if flt.action is not None:
        query = query.where(ModerationEvent.action == flt.action)
    if flt.actor == AUTOMATIC:
        query = query.where(ModerationEvent.actor_id.is_(None))
    elif flt.actor == HUMAN:
        query = query.where(ModerationEvent.actor_id.is_not(None))
    elif isinstance(flt.actor, int):
        query = query.where(ModerationEvent.actor_id == flt.actor)
    if flt.comment_id is not None:
        query = query.where(ModerationEvent.comment_id == flt.comment_id)
    if flt.since is not None:
        query = query.where(ModerationEvent.created_at >= flt.since)
    if flt.until is not None:
        query = query.where(ModerationEvent.created_at < flt.until)
    return query.options(
        selectinload(ModerationEvent.actor),
        selectinload(ModerationEvent.comment).options(
            selectinload(Comment.site), selectinload(Comment.article)
        ),
    )


def page(
    scope: SiteScope,
    flt: AuditFilter,
    *,
    before: int | None = None,
    after: int | None = None,
    limit: int = PAGE_SIZE,
) -> tuple[list[ModerationEvent], int | None, int | None]:
    """Newest first; returns (events, cursor for older, cursor for newer)."""
    query = _query(scope, flt)
    if after is not None and before is None:
        rows = list(
            db.session.execute(
                query.where(ModerationEvent.id > after)
                .order_by(ModerationEvent.id)
                .limit(limit + 1)
            ).scalars()
        )
        more_newer = len(rows) > limit
        rows = rows[:limit]
        rows.reverse()
        if not more_newer:
            return page(scope, flt, limit=limit)
        return rows, rows[-1].id if rows else None, rows[0].id if rows else None
    if before is not None:
        query = query.where(ModerationEvent.id < before)
    rows = list(
        db.session.execute(query.order_by(ModerationEvent.id.desc()).limit(limit + 1)).scalars()
    )
    older = rows[limit - 1].id if len(rows) > limit else None
    rows = rows[:limit]
    newer = rows[0].id if rows and before is not None else None
    return rows, older, newer


def events_for_export(scope: SiteScope, flt: AuditFilter) -> Iterator[ModerationEvent]:
    """The filtered log newest first, streamed in batches, at most CSV_LIMIT rows."""
    query = _query(scope, flt).order_by(ModerationEvent.id.desc()).limit(CSV_LIMIT)
    yield from db.session.execute(query.execution_options(yield_per=500)).scalars()


def csv_cell(value: object) -> str:
    """A cell value a spreadsheet shows as text: formula starters get a leading quote."""
    text = "" if value is None else str(value)
    if text.startswith(_FORMULA_STARTS):
        return "'" + text
    return text


def events_for_comment(comment_id: int) -> list[ModerationEvent]:
    return list(
        db.session.execute(
            db.select(ModerationEvent)
            .where(ModerationEvent.comment_id == comment_id)
            .options(selectinload(ModerationEvent.actor))
            .order_by(ModerationEvent.id)
        ).scalars()
    )
