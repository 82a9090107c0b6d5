"""Desk statistics, aggregated in SQL: volumes, outcomes, decision times, scores, backlog."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy import DateTime, case, func, literal, union_all
from sqlalchemy.dialects.postgresql import ARRAY

from moderation.extensions import db
from moderation.models import (
    Account,
    Comment,
    CommentStatus,
    ModerationAction,
    Site,
)
from moderation.models.types import utcnow
from moderation.services.desk.assignments import SiteScope
from moderation.services.statistics import live, rollup, sums
from moderation.services.statistics.live import BACKLOG_BUCKETS
from moderation.services.statistics.rollup import AUTOMATIC_ACTIONS, HUMAN_ACTIONS
from moderation.services.statistics.sums import Durations

PERIODS = (7, 30, 90)
NOT_PUBLISHED = (CommentStatus.PENDING, CommentStatus.HELD, CommentStatus.REJECTED)


@dataclass(frozen=True)
class Stats:
    days: list[date]
    per_day: list[dict[CommentStatus, int]]
    status_totals: dict[CommentStatus, int]
    decisions: dict[ModerationAction, int]
    automatic_time: Durations
    human_time: Durations
    label_histograms: dict[str, list[int]]
    moderators: list[tuple[str, int, int]]  # (name, approved, rejected), busiest first
    backlog: dict[str, int]
    oldest_waiting: datetime | None

    def with_status_totals(self) -> Stats:
        totals = dict.fromkeys(CommentStatus, 0)
        for counts in self.per_day:
            for status, count in counts.items():
                totals[status] += count
        return replace(self, status_totals=totals)

    @property
    def total_comments(self) -> int:
        return sum(self.status_totals.values())

    @property
    def automatic_decisions(self) -> int:
        return sum(self.decisions.get(action, 0) for action in AUTOMATIC_ACTIONS)

    @property
    def human_decisions(self) -> int:
        return sum(self.decisions.get(action, 0) for action in HUMAN_ACTIONS)


def compute(scope: SiteScope, days: int, zone: tzinfo, *, now: datetime | None = None) -> Stats:
    """Statistics for the last ``days`` local days (today included) in ``scope``."""
    now = now or utcnow()
    today = now.astimezone(zone).date()
    day_list = [today - timedelta(days=days - 1 - i) for i in range(days)]
    bounds = [
        datetime.combine(day, time(), zone).astimezone(UTC)
        for day in [*day_list, today + timedelta(days=1)]
    ]
    if any(bound != rollup.floor_hour(bound) for bound in bounds):
        # Local midnight is not on a whole UTC hour (India, Nepal, ...): hourly rollups
        # cannot split such days, so everything is counted from the base tables.
        oldest, backlog = live.backlog(scope, now)
        return _live(scope, day_list, bounds, oldest, backlog)
    waiting, oldest, backlog = _waiting(scope, bounds, now)
    site_ids = _site_ids(scope)
    end = bounds[-1]
    closed = rollup.closed_until(now)
    spans = [(bounds[i], bounds[i + 1]) for i in range(days) if bounds[i + 1] <= closed]
    # The days not over yet: their closed hours from the hourly rows, the open hour live.
    open_from = bounds[len(spans)]
    rolled = max(open_from, min(end, closed))
    totals, created = rollup.period(site_ids, spans)
    created += [0] * (days - len(spans))
    hours = rollup.hours(site_ids, open_from, rolled)
    hours += [(s, h, data) for (s, h), data in rollup.compute(site_ids, rolled, end).items()]
    for _, hour, data in hours:
        sums.merge(totals, data)
        created[bisect_right(bounds, hour) - 1] += data.get("comments", 0)
    return Stats(
        days=day_list,
        per_day=_per_day_from_totals(waiting, created),
        status_totals={},
        decisions={ModerationAction(a): n for a, n in totals["actions"].items()},
        automatic_time=sums.durations(totals["automatic"]),
        human_time=sums.durations(totals["human"]),
        label_histograms=totals["histograms"],
        moderators=_named(totals["moderators"]),
        backlog=backlog,
        oldest_waiting=oldest,
    ).with_status_totals()


def _live(
    scope: SiteScope,
    day_list: list[date],
    bounds: list[datetime],
    oldest: datetime | None,
    backlog: dict[str, int],
) -> Stats:
    figures = live.live(scope, bounds)
    return Stats(
        days=day_list,
        per_day=figures.per_day,
        status_totals={},
        decisions=figures.decisions,
        automatic_time=figures.automatic_time,
        human_time=figures.human_time,
        label_histograms=figures.label_histograms,
        moderators=figures.moderators,
        backlog=backlog,
        oldest_waiting=oldest,
    ).with_status_totals()


def _site_ids(scope: SiteScope) -> list[int]:
    if scope.site_ids is not None:
        return sorted(scope.site_ids)
    return list(db.session.execute(db.select(Site.id).order_by(Site.id)).scalars())


def _named(moderators: dict[str, list[int]]) -> list[tuple[str, int, int]]:
    ids = [int(account_id) for account_id in moderators]
    rows = db.session.execute(
        db.select(Account.id, Account.display_name).where(Account.id.in_(ids))
    ).all()
    names = {account_id: name for account_id, name in rows}
    people = [
        (names.get(int(account_id), "?"), approved, rejected)
        for account_id, (approved, rejected) in moderators.items()
        if approved or rejected
    ]
    return sorted(people, key=lambda entry: (-(entry[1] + entry[2]), entry[0]))


def _per_day_from_totals(
    waiting: list[dict[CommentStatus, int]], created: list[int]
) -> list[dict[CommentStatus, int]]:
    """Comments per day by status now: all of them from the rollups, the few that are not
    published counted live (``_waiting``), published the difference."""
    for counts, total in zip(waiting, created, strict=True):
        counts[CommentStatus.PUBLISHED] = max(0, total - sum(counts.values()))
    return waiting


def _waiting(
    scope: SiteScope, bounds: list[datetime], now: datetime
) -> tuple[list[dict[CommentStatus, int]], datetime | None, dict[str, int]]:
    """What statistics/live.py counts per day (not published) and as the backlog, in one
    statement of two index-only scans: the comments waiting since before the period and the
    oldest age bound (most of a large backlog) are only counted; the later ones not published
    are bucketed by the day bounds and the age bounds together (each interval between two
    neighbouring bounds lies in one day and one age)."""
    # ``created_at > now - hours`` is ``created_at >= now - hours + 1 µs``: timestamps have
    # microseconds, and a bucket's lower bound is inclusive.
    ages = [
        (now - timedelta(hours=hours) + timedelta(microseconds=1), key)
        for hours, key in BACKLOG_BUCKETS
        if hours is not None
    ]
    edges = sorted({*bounds, *(edge for edge, _ in ages)})
    waits = Comment.status.in_([CommentStatus.HELD, CommentStatus.PENDING])
    counted = func.count(), func.min(Comment.created_at)
    early = (
        db.select(literal(0).label("bucket"), Comment.status, *counted)
        .where(scope.clause(Comment.site_id), waits, Comment.created_at < edges[0])
        .group_by(Comment.status)
    )
    bucket = _bucket(Comment.created_at, edges)
    # Bucket 0 holds what is before edges[0]: nothing here, all of it in ``early``.
    later = (
        db.select(bucket, Comment.status, *counted)
        .where(
            scope.clause(Comment.site_id),
            Comment.status.in_(list(NOT_PUBLISHED)),
            Comment.created_at >= edges[0],
        )
        .group_by(bucket, Comment.status)
    )
    rows = db.session.execute(union_all(early, later))
    per_day = [dict.fromkeys(CommentStatus, 0) for _ in bounds[1:]]
    backlog = dict.fromkeys((key for _, key in BACKLOG_BUCKETS), 0)
    oldest: datetime | None = None
    for index, status, count, first in rows:
        status = CommentStatus(status)
        # Bucket i is [edges[i - 1], edges[i]); its lower edge places it in a day and an age.
        lower = edges[index - 1] if index > 0 else None
        if lower is not None and bounds[0] <= lower < bounds[-1]:
            per_day[bisect_right(bounds, lower) - 1][status] += count
        if status in (CommentStatus.HELD, CommentStatus.PENDING):
            ages_reached = (key for edge, key in ages if lower is not None and lower >= edge)
            backlog[next(ages_reached, BACKLOG_BUCKETS[-1][1])] += count
            oldest = first if oldest is None else min(oldest, first)
    return per_day, oldest, backlog


def _bucket(column: Any, edges: list[datetime]) -> Any:
    """The number of ``edges`` (ascending) at or before ``column``: PostgreSQL's width_bucket
    finds it by binary search, where the CASE tests the edges one by one."""
    if db.session.get_bind().dialect.name == "postgresql":
        thresholds = literal(edges, type_=ARRAY(DateTime(timezone=True)))
        return func.width_bucket(column, thresholds).label("bucket")
    whens = [(column < edge, index) for index, edge in enumerate(edges)]
    return case(*whens, else_=len(edges)).label("bucket")
