"""Desk statistics counted from the base tables alone: the fallback for time zones whose local
midnight is not on a whole UTC hour (hourly rollups cannot split their days)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import DateTime, and_, case, func, literal
from sqlalchemy.dialects.postgresql import ARRAY

from moderation.extensions import db
from moderation.models import (
    Account,
    Comment,
    CommentStatus,
    ModerationAction,
    ModerationEvent,
    Score,
)
from moderation.scoring.labels import LABELS
from moderation.services.desk.assignments import SiteScope
from moderation.services.statistics.rollup import (
    AUTOMATIC_ACTIONS,
    HUMAN_ACTIONS,
    histogram_columns,
    seconds_between,
)
from moderation.services.statistics.sums import BINS, Durations

# Backlog age buckets: (upper bound in hours, key); the last one is open-ended.
BACKLOG_BUCKETS = ((1, "lt_1h"), (6, "lt_6h"), (24, "lt_24h"), (72, "lt_3d"), (None, "ge_3d"))


@dataclass(frozen=True)
class Live:
    """Everything the statistics page shows but the backlog, for the period of ``bounds``."""

    per_day: list[dict[CommentStatus, int]]
    decisions: dict[ModerationAction, int]
    automatic_time: Durations
    human_time: Durations
    label_histograms: dict[str, list[int]]
    moderators: list[tuple[str, int, int]]


def live(scope: SiteScope, bounds: list[datetime]) -> Live:
    """The period's figures, each counted by one or two statements over the base tables."""
    start, end = bounds[0], bounds[-1]
    return Live(
        per_day=_per_day(scope, bounds),
        decisions=_decisions(scope, start, end),
        automatic_time=_durations(scope, start, end, AUTOMATIC_ACTIONS, human=False),
        human_time=_durations(scope, start, end, HUMAN_ACTIONS, human=True),
        label_histograms=_histograms(scope, start, end),
        moderators=_moderators(scope, start, end),
    )


def _per_day(
    scope: SiteScope, bounds: list[datetime], statuses: tuple[CommentStatus, ...] | None = None
) -> list[dict[CommentStatus, int]]:
    # Local days have different UTC offsets (DST): bucket by explicit boundaries, in SQL;
    # PostgreSQL's width_bucket finds the day by binary search; the CASE tests them in turn.
    if db.session.get_bind().dialect.name == "postgresql":
        thresholds = literal(bounds, type_=ARRAY(DateTime(timezone=True)))
        bucket = (func.width_bucket(Comment.created_at, thresholds) - 1).label("bucket")
    else:
        bucket = case(
            *[(Comment.created_at < bound, index) for index, bound in enumerate(bounds[1:])],
        ).label("bucket")
    inner = db.select(bucket, Comment.status.label("status")).where(
        scope.clause(Comment.site_id),
        Comment.created_at >= bounds[0],
        Comment.created_at < bounds[-1],
    )
    if statuses is not None:
        inner = inner.where(Comment.status.in_(list(statuses)))
    inner = inner.subquery()
    rows = db.session.execute(
        db.select(inner.c.bucket, inner.c.status, func.count()).group_by(
            inner.c.bucket, inner.c.status
        )
    )
    out = [dict.fromkeys(CommentStatus, 0) for _ in bounds[1:]]
    for index, status, count in rows:
        out[int(index)][CommentStatus(status)] = count
    return out


def _in_period(query: Any, scope: SiteScope, start: datetime, end: datetime) -> Any:
    query = query.where(ModerationEvent.created_at >= start, ModerationEvent.created_at < end)
    if scope.unrestricted:
        return query
    return query.join(Comment, Comment.id == ModerationEvent.comment_id).where(
        scope.clause(Comment.site_id)
    )


def _decisions(scope: SiteScope, start: datetime, end: datetime) -> dict[ModerationAction, int]:
    query = _in_period(
        db.select(ModerationEvent.action, func.count()).select_from(ModerationEvent),
        scope,
        start,
        end,
    ).group_by(ModerationEvent.action)
    return {ModerationAction(action): count for action, count in db.session.execute(query)}


def _durations(
    scope: SiteScope,
    start: datetime,
    end: datetime,
    actions: tuple[ModerationAction, ...],
    *,
    human: bool,
) -> Durations:
    """Median and p90 of submission-to-decision time (nearest rank, computed by the database)."""
    actor = ModerationEvent.actor_id.is_not(None) if human else ModerationEvent.actor_id.is_(None)
    seconds = seconds_between(ModerationEvent.created_at, Comment.created_at).label("seconds")
    inner = (
        db.select(seconds)
        .select_from(ModerationEvent)
        .join(Comment, Comment.id == ModerationEvent.comment_id)
        .where(
            scope.clause(Comment.site_id),
            ModerationEvent.created_at >= start,
            ModerationEvent.created_at < end,
            ModerationEvent.action.in_(list(actions)),
            actor,
        )
        .subquery()
    )
    if db.session.get_bind().dialect.name == "postgresql":
        # One sort for both percentiles; percentile_disc is the nearest-rank definition.
        count, median, p90 = db.session.execute(
            db.select(
                func.count(),
                func.percentile_disc(0.5).within_group(inner.c.seconds),
                func.percentile_disc(0.9).within_group(inner.c.seconds),
            ).select_from(inner)
        ).one()
        return Durations(count, _seconds(median), _seconds(p90))
    count = db.session.execute(db.select(func.count()).select_from(inner)).scalar_one()

    def rank(p: float) -> float | None:
        if not count:
            return None
        offset = max(0, math.ceil(p * count) - 1)
        return _seconds(
            db.session.execute(
                db.select(inner.c.seconds).order_by(inner.c.seconds).offset(offset).limit(1)
            ).scalar_one()
        )

    return Durations(count, rank(0.5), rank(0.9))


def _seconds(value: Any) -> float | None:
    return None if value is None else max(0.0, float(value))


def _histograms(scope: SiteScope, start: datetime, end: datetime) -> dict[str, list[int]]:
    columns = [func.coalesce(column, 0) for column in histogram_columns()]
    query = (
        db.select(*columns)
        .select_from(Score)
        .where(Score.created_at >= start, Score.created_at < end)
    )
    if not scope.unrestricted:
        query = query.join(Comment, Comment.id == Score.comment_id).where(
            scope.clause(Comment.site_id)
        )
    row = db.session.execute(query).one()
    return {label: [int(row[i * BINS + j]) for j in range(BINS)] for i, label in enumerate(LABELS)}


def _moderators(scope: SiteScope, start: datetime, end: datetime) -> list[tuple[str, int, int]]:
    query = _in_period(
        db.select(Account.id, Account.display_name, ModerationEvent.action, func.count())
        .select_from(ModerationEvent)
        .join(Account, Account.id == ModerationEvent.actor_id),
        scope,
        start,
        end,
    ).where(ModerationEvent.action.in_(list(HUMAN_ACTIONS)))
    query = query.group_by(Account.id, Account.display_name, ModerationEvent.action)
    people: dict[int, list[Any]] = {}
    for account_id, name, action, count in db.session.execute(query):
        entry = people.setdefault(account_id, [name, 0, 0])
        entry[1 if ModerationAction(action) is ModerationAction.APPROVED else 2] += count
    ranked = sorted(people.values(), key=lambda entry: (-(entry[1] + entry[2]), entry[0]))
    return [(name, approved, rejected) for name, approved, rejected in ranked]


def backlog(scope: SiteScope, now: datetime) -> tuple[datetime | None, dict[str, int]]:
    """Comments waiting now (held or pending), by how long they have waited."""
    waiting = and_(
        Comment.status.in_([CommentStatus.HELD, CommentStatus.PENDING]),
        scope.clause(Comment.site_id),
    )
    whens = [
        (Comment.created_at > now - timedelta(hours=hours), key)
        for hours, key in BACKLOG_BUCKETS
        if hours is not None
    ]
    inner = (
        db.select(case(*whens, else_=BACKLOG_BUCKETS[-1][1]).label("bucket"))
        .where(waiting)
        .subquery()
    )
    counts = dict.fromkeys((key for _, key in BACKLOG_BUCKETS), 0)
    for key, count in db.session.execute(
        db.select(inner.c.bucket, func.count()).group_by(inner.c.bucket)
    ):
        counts[key] = count
    oldest = db.session.execute(db.select(func.min(Comment.created_at)).where(waiting)).scalar()
    return oldest, counts
