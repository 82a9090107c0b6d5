"""Statistics rollups: what happened on each site in each closed hour and local day, summed once.

A row covers the comments created, moderation events and scores made in a period of whole
UTC hours, facts that do not change once the period is over (the services never delete
comments; a status change is a new event). A missing hourly row is computed from the base
tables on first use and kept; a local day's row (23-25 hours) is summed from its hourly rows
the first time a statistics page asks for that day in that time zone, and the period's closed
days (6, 29 or 89 of them) are summed once more into one row per site. The page then reads
that row per site and the hourly rows of today, and counts only the open hour live. A
comment's *current* status is not a fact of its hour, so statuses are never rolled up.

Decision times are kept as log-spaced bins (20 per decade, each with count, minimum and
maximum), so that a median over a month reads a few hundred numbers instead of sorting every
decision of the month; a percentile is exact when its bin holds one distinct value, else
interpolated between the bin's minimum and maximum (off by at most the ratio of a bin's edges).
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import Double, and_, case, cast, func, literal_column
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from moderation.extensions import db
from moderation.models import Comment, ModerationAction, ModerationEvent, Score, StatsRollup
from moderation.scoring.labels import LABELS
from moderation.services.statistics.sums import BINS, Totals, empty, merge, merge_bin

HOUR = timedelta(hours=1)
# An hour is rolled up this long after it ended: a row's timestamp is taken a moment before
# its transaction commits, so the last rows of an hour may become visible a little later.
GRACE = timedelta(minutes=10)
BINS_PER_DECADE = 20
AUTOMATIC_ACTIONS = (
    ModerationAction.AUTO_PUBLISHED,
    ModerationAction.AUTO_HELD,
    ModerationAction.AUTO_REJECTED,
)
HUMAN_ACTIONS = (ModerationAction.APPROVED, ModerationAction.REJECTED)


def closed_until(now: datetime) -> datetime:
    """The end of the last hour that may be rolled up at ``now``."""
    return floor_hour(now - GRACE)


def floor_hour(moment: datetime) -> datetime:
    return moment.replace(minute=0, second=0, microsecond=0)


def hours(
    site_ids: list[int], start: datetime, end: datetime
) -> list[tuple[int, datetime, Totals]]:
    """(site, hour, totals) of these sites in [start, end), whole hours; missing ones computed."""
    if not site_ids or start >= end:
        return []
    stored = db.session.execute(
        db.select(StatsRollup.site_id, StatsRollup.start, StatsRollup.data).where(
            StatsRollup.site_id.in_(site_ids),
            StatsRollup.hours == 1,
            StatsRollup.start >= start,
            StatsRollup.start < end,
        )
    ).all()
    have = {(site_id, hour) for site_id, hour, _ in stored}
    out = [(site_id, hour, data) for site_id, hour, data in stored]
    every = [start + i * HOUR for i in range(int((end - start) / HOUR))]
    missing = [(s, h) for s in site_ids for h in every if (s, h) not in have]
    if missing:
        made = compute(
            sorted({s for s, _ in missing}),
            min(h for _, h in missing),
            max(h for _, h in missing) + HOUR,
        )
        new = [(s, h, 1, made.get((s, h)) or empty()) for s, h in missing]
        _store(new)
        out.extend((s, h, totals) for s, h, _, totals in new)
    return out


def period(site_ids: list[int], spans: list[tuple[datetime, datetime]]) -> tuple[Totals, list[int]]:
    """These sites' totals over the closed local days ``spans`` (one after the other), and the
    comments created on each day: one stored row per site for the whole period, with its
    days' comments under "days", summed from the day rows the first time a page asks.

    A row is the facts of its interval, whatever its length, so a period's row is as valid
    as an hour's; reading one per site instead of one per site and day saves decoding and
    merging most of the page's numbers on every view (summing them in PostgreSQL's JSON
    instead is no faster).
    """
    totals, created = empty(), [0] * len(spans)
    if not site_ids or not spans:
        return totals, created
    start, length = spans[0][0], round((spans[-1][1] - spans[0][0]) / HOUR)
    rows = dict(
        db.session.execute(
            db.select(StatsRollup.site_id, StatsRollup.data).where(
                StatsRollup.site_id.in_(site_ids),
                StatsRollup.start == start,
                StatsRollup.hours == length,
            )
        ).all()
    )
    missing = [s for s in site_ids if len(rows.get(s, {}).get("days", ())) != len(spans)]
    if missing:
        index = {day: i for i, (day, _) in enumerate(spans)}
        made = {s: {**empty(), "days": [0] * len(spans)} for s in missing}
        for site_id, day, data in _days(missing, spans):
            merge(made[site_id], data)
            made[site_id]["days"][index[day]] += data.get("comments", 0)
        _store([(s, start, length, data) for s, data in made.items()])
        rows.update(made)
    for data in rows.values():
        merge(totals, data)
        for i, count in enumerate(data["days"]):
            created[i] += count
    return totals, created


def _days(
    site_ids: list[int], spans: list[tuple[datetime, datetime]]
) -> list[tuple[int, datetime, Totals]]:
    """(site, day, totals) for these closed local days: the stored day rows, and the missing
    ones summed from their hourly rows (computed first where missing) and kept."""
    length = {start: round((end - start) / HOUR) for start, end in spans}
    stored = db.session.execute(
        db.select(
            StatsRollup.site_id, StatsRollup.start, StatsRollup.hours, StatsRollup.data
        ).where(
            StatsRollup.site_id.in_(site_ids),
            StatsRollup.hours > 1,
            # Not a range: the days of other time zones start at other hours, in between.
            StatsRollup.start.in_(list(length)),
        )
    ).all()
    out = [(s, day, data) for s, day, n, data in stored if length.get(day) == n]
    have = {(s, day) for s, day, _ in out}
    missing = [(s, day) for s in site_ids for day in length if (s, day) not in have]
    if not missing:
        return out
    sums: dict[tuple[int, datetime], Totals] = {key: empty() for key in missing}
    starts = sorted(length)
    first = min(day for _, day in missing)
    last = max(day + length[day] * HOUR for _, day in missing)
    for site_id, hour, data in hours(sorted({s for s, _ in missing}), first, last):
        key = (site_id, starts[bisect_right(starts, hour) - 1])
        if key in sums:
            merge(sums[key], data)
    _store([(s, day, length[day], totals) for (s, day), totals in sums.items()])
    return out + [(s, day, totals) for (s, day), totals in sums.items()]


def compute(
    site_ids: list[int], start: datetime, end: datetime
) -> dict[tuple[int, datetime], Totals]:
    """Totals per (site, hour) from the base tables, for the hours in [start, end)."""
    out: dict[tuple[int, datetime], Totals] = defaultdict(empty)
    in_sites = Comment.site_id.in_(site_ids)
    hour = _hour_expression(Comment.created_at)
    for site_id, at, count in db.session.execute(
        db.select(Comment.site_id, hour, func.count())
        .where(in_sites, Comment.created_at >= start, Comment.created_at < end)
        .group_by(Comment.site_id, hour)
    ):
        out[(site_id, _as_hour(at))]["comments"] += count
    event_hour = _hour_expression(ModerationEvent.created_at)
    events = (
        db.select(Comment.site_id, event_hour, ModerationEvent.action, ModerationEvent.actor_id)
        .select_from(ModerationEvent)
        .join(Comment, Comment.id == ModerationEvent.comment_id)
        .where(in_sites, ModerationEvent.created_at >= start, ModerationEvent.created_at < end)
    )
    for site_id, at, action, actor_id, count in db.session.execute(
        events.add_columns(func.count()).group_by(*events.selected_columns)
    ):
        add_events(out[(site_id, _as_hour(at))], ModerationAction(action), actor_id, count)
    _add_durations(out, events)
    _add_histograms(out, in_sites, start, end)
    return out


def add_events(
    totals: Totals, action: ModerationAction, actor_id: int | None, count: int = 1
) -> None:
    totals["actions"][action.value] = totals["actions"].get(action.value, 0) + count
    if action in HUMAN_ACTIONS and actor_id is not None:
        entry = totals["moderators"].setdefault(str(actor_id), [0, 0])
        entry[0 if action is ModerationAction.APPROVED else 1] += count


def _hour_expression(column: Any) -> Any:
    if db.session.get_bind().dialect.name == "postgresql":
        return func.date_trunc(literal_column("'hour'"), column, literal_column("'UTC'"))
    return func.strftime(literal_column("'%Y-%m-%d %H:00:00'"), column)


def _as_hour(value: datetime | str) -> datetime:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC)


def _add_durations(out: dict[tuple[int, datetime], Totals], events: Any) -> None:
    """Submission-to-decision times in log bins: by the database where it has a logarithm."""
    automatic = and_(
        ModerationEvent.action.in_(list(AUTOMATIC_ACTIONS)), ModerationEvent.actor_id.is_(None)
    )
    human = and_(
        ModerationEvent.action.in_(list(HUMAN_ACTIONS)), ModerationEvent.actor_id.is_not(None)
    )
    kind = case((automatic, "automatic"), else_="human").label("kind")
    at = events.selected_columns[1]
    if db.session.get_bind().dialect.name != "postgresql":
        seconds = seconds_between(ModerationEvent.created_at, Comment.created_at)
        query = events.with_only_columns(Comment.site_id, at, kind, seconds)
        for site_id, hour, name, value in db.session.execute(query.where(automatic | human)):
            add_duration(out[(site_id, _as_hour(hour))][name], float(value))
        return
    # Constants as SQL literals: the same expression appears in SELECT and GROUP BY.
    zero, tiny = literal_column("0"), literal_column("0.001")
    seconds = func.greatest(seconds_between(ModerationEvent.created_at, Comment.created_at), zero)
    # The logarithm in double precision, as math.log10 on SQLite: extract() gives a numeric,
    # whose log is far slower and would make the open hour's durations the page's slowest query.
    key = case(
        (seconds < tiny, literal_column("-1000")),
        else_=func.floor(
            func.log(cast(func.greatest(seconds, tiny), Double))
            * literal_column(str(BINS_PER_DECADE))
        ),
    )
    kind = case((automatic, literal_column("'automatic'")), else_=literal_column("'human'"))
    query = (
        events.with_only_columns(
            Comment.site_id, at, kind, key, func.count(), func.min(seconds), func.max(seconds)
        )
        .where(automatic | human)
        .group_by(Comment.site_id, at, kind, key)
    )
    for site_id, hour, name, bin_, count, low, high in db.session.execute(query):
        bins = out[(site_id, _as_hour(hour))][name]
        name = "z" if int(bin_) == -1000 else str(int(bin_))
        merge_bin(bins, name, [int(count), float(low), float(high)])


def seconds_between(later: Any, earlier: Any) -> Any:
    if db.session.get_bind().dialect.name == "postgresql":
        return func.extract("epoch", later - earlier)
    return (func.julianday(later) - func.julianday(earlier)) * 86400.0


def add_duration(bins: dict[str, list[float]], seconds: float) -> None:
    seconds = max(0.0, seconds)
    key = "z" if seconds < 1e-3 else str(math.floor(math.log10(seconds) * BINS_PER_DECADE))
    merge_bin(bins, key, [1, seconds, seconds])


def _add_histograms(
    out: dict[tuple[int, datetime], Totals], in_sites: Any, start: datetime, end: datetime
) -> None:
    hour = _hour_expression(Score.created_at)
    query = (
        db.select(Comment.site_id, hour, *histogram_columns())
        .select_from(Score)
        .join(Comment, Comment.id == Score.comment_id)
        .where(in_sites, Score.created_at >= start, Score.created_at < end)
        .group_by(Comment.site_id, hour)
    )
    for row in db.session.execute(query):
        histograms = out[(row[0], _as_hour(row[1]))]["histograms"]
        for i, label in enumerate(LABELS):
            bins = histograms[label]
            for j in range(BINS):
                bins[j] += int(row[2 + i * BINS + j] or 0)


@cache
def histogram_columns() -> tuple[Any, ...]:
    """Per label and bin, the number of scores in it: one expression each, built once instead
    of on every page view (building them is a visible part of the page's Python time)."""
    columns = []
    for label in LABELS:
        value = getattr(Score, label)
        for index in range(BINS):
            low = index / BINS
            inside = value >= low if index == BINS - 1 else and_(value >= low, value < low + 0.1)
            columns.append(func.sum(case((inside, 1), else_=0)))
    return tuple(columns)


def _store(new: list[tuple[int, datetime, int, Totals]]) -> None:
    values = [{"site_id": s, "start": h, "hours": n, "data": totals} for s, h, n, totals in new]
    if not values:
        return
    dialect = db.session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    for chunk in range(0, len(values), 1000):
        # Two moderators opening the page together compute the same rows: the first one wins.
        db.session.execute(
            insert(StatsRollup).values(values[chunk : chunk + 1000]).on_conflict_do_nothing()
        )
    db.session.commit()
