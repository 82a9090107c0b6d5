"""Statistics from rollups: the same figures as counting the base tables, stored once, reused."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from flask import Flask

from moderation.extensions import db
from moderation.models import Account, Comment, CommentStatus, ModerationAction, Site, StatsRollup
from moderation.services.desk.assignments import SiteScope
from moderation.services.statistics import live as live_counts
from moderation.services.statistics import overview, rollup, sums
from tests.dashboard.test_stats import add

NOW = datetime(2026, 3, 30, 10, 20, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")


def live(scope: SiteScope, days: int, now: datetime) -> overview.Stats:
    """The same period counted from the base tables only (the path for unaligned zones)."""
    today = now.astimezone(BERLIN).date()
    day_list = [today - timedelta(days=days - 1 - i) for i in range(days)]
    bounds = [
        datetime.combine(day, datetime.min.time(), BERLIN).astimezone(UTC)
        for day in [*day_list, today + timedelta(days=1)]
    ]
    oldest, backlog = live_counts.backlog(scope, now)
    return overview._live(scope, day_list, bounds, oldest, backlog)


def test_rollups_give_the_figures_of_the_base_tables(
    app: Flask,
    make_comment: Callable[..., Comment],
    make_moderator: Callable[..., Account],
    desk_site: Site,
) -> None:
    mira = make_moderator(display_name="Mira")
    created = [NOW - timedelta(hours=h, minutes=7 * h) for h in (0, 1, 5, 23, 30, 49, 100, 160)]
    for i, at in enumerate(created):
        status = [CommentStatus.PUBLISHED, CommentStatus.HELD, CommentStatus.REJECTED][i % 3]
        human = (mira, ModerationAction.APPROVED, 600.0 * (i + 1)) if i % 4 == 0 else None
        if human:
            status = CommentStatus.PUBLISHED
        add(make_comment, desk_site, at, status, i / 8, 2 + i, human=human)
    scope = SiteScope(frozenset({desk_site.id}))

    rolled = overview.compute(scope, 7, BERLIN, now=NOW)
    again = overview.compute(scope, 7, BERLIN, now=NOW)
    expected = live(scope, 7, NOW)

    for stats in (rolled, again):
        assert stats.per_day == expected.per_day
        assert stats.decisions == expected.decisions
        assert stats.label_histograms == expected.label_histograms
        assert stats.moderators == expected.moderators
        assert stats.automatic_time == expected.automatic_time
        assert stats.human_time == expected.human_time
    hourly = db.session.execute(
        db.select(db.func.count()).select_from(StatsRollup).where(StatsRollup.hours == 1)
    ).scalar_one()
    daily = db.session.execute(
        db.select(StatsRollup.hours)
        .where(StatsRollup.hours > 1, StatsRollup.hours <= 25)
        .order_by(StatsRollup.start)
    ).scalars()
    periods = db.session.execute(
        db.select(StatsRollup.start, StatsRollup.hours, StatsRollup.data).where(
            StatsRollup.hours > 25
        )
    ).all()
    # Every closed hour of the period, stored once: six local days (29 March has 23 hours,
    # summer time starts) and today's twelve hours up to 10:00 UTC.
    assert hourly == 6 * 24 - 1 + 12
    assert list(daily) == [24, 24, 24, 24, 24, 23]  # a row per closed local day
    # And one for the six closed days together, with each day's comments: the page's read.
    assert [(start, hours) for start, hours, _ in periods] == [
        (datetime(2026, 3, 23, 23, tzinfo=UTC), 6 * 24 - 1)
    ]
    assert periods[0][2]["days"] == [sum(counts.values()) for counts in rolled.per_day[:6]]


def test_the_open_hour_is_counted_live(
    app: Flask, make_comment: Callable[..., Comment], desk_site: Site
) -> None:
    scope = SiteScope(frozenset({desk_site.id}))
    assert overview.compute(scope, 7, BERLIN, now=NOW).total_comments == 0
    add(make_comment, desk_site, NOW - timedelta(minutes=5), CommentStatus.PUBLISHED, 0.1, 1)
    stats = overview.compute(scope, 7, BERLIN, now=NOW)
    assert stats.total_comments == 1
    assert stats.decisions == {ModerationAction.AUTO_PUBLISHED: 1}


def test_percentiles_from_bins_are_exact_for_single_values_and_interpolated_otherwise() -> None:
    bins: dict[str, list[float]] = {}
    for seconds in (4, 8, 3600, 3600, 10800):
        rollup.add_duration(bins, seconds)
    assert sums.percentile(bins, 0.5) == 3600
    assert sums.percentile(bins, 0.9) == 10800
    assert sums.percentile(bins, 0.1) == 4
    spread: dict[str, list[float]] = {}
    for seconds in (10.0, 10.5, 11.0):  # one bin: 20 bins per decade are ~12% wide
        rollup.add_duration(spread, seconds)
    assert sums.percentile(spread, 0.5) == 10.5
    assert sums.percentile({}, 0.5) is None
