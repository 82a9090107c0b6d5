"""Statistics: computed in SQL, in the desk's time zone across DST, rendered as SVG."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from flask import Flask
from flask.testing import FlaskClient

from moderation.dashboard import charts
from moderation.extensions import db
from moderation.models import (
    Account,
    Comment,
    CommentStatus,
    ModerationAction,
    ModerationEvent,
    Score,
    Site,
)
from moderation.scoring.labels import LABELS
from moderation.services.desk.assignments import SiteScope
from moderation.services.statistics import overview

# Europe/Berlin switches to summer time on 29 March 2026 at 02:00 (01:00 UTC).
NOW = datetime(2026, 3, 30, 10, 0, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")


def approx(seconds: float) -> object:
    return pytest.approx(seconds, abs=0.01)


def add(
    make_comment: Callable[..., Comment],
    site: Site,
    created: datetime,
    status: CommentStatus,
    toxicity: float,
    auto_after: float,
    human: tuple[Account, ModerationAction, float] | None = None,
) -> Comment:
    comment = make_comment(site=site, status=status, created_at=created)
    scores = dict.fromkeys(LABELS, 0.0) | {"toxicity": toxicity}
    db.session.add(
        Score(comment=comment, scorer_name="t", scorer_version="1", created_at=created, **scores)
    )
    automatic = {
        CommentStatus.PUBLISHED: ModerationAction.AUTO_PUBLISHED,
        CommentStatus.REJECTED: ModerationAction.AUTO_REJECTED,
    }.get(status, ModerationAction.AUTO_HELD)
    if human is not None:
        automatic = ModerationAction.AUTO_HELD
    db.session.add(
        ModerationEvent(
            comment=comment,
            action=automatic,
            details={},
            created_at=created + timedelta(seconds=auto_after),
        )
    )
    if human is not None:
        actor, action, after = human
        db.session.add(
            ModerationEvent(
                comment=comment,
                actor=actor,
                action=action,
                details={},
                created_at=created + timedelta(seconds=after),
            )
        )
    db.session.commit()
    return comment


def test_statistics_in_local_days_with_percentiles_histograms_and_backlog(
    app: Flask,
    make_comment: Callable[..., Comment],
    make_moderator: Callable[..., Account],
    make_site: Callable[..., Site],
    desk_site: Site,
) -> None:
    mira, karl = make_moderator(display_name="Mira"), make_moderator(display_name="Karl")
    utc = lambda *args: datetime(*args, tzinfo=UTC)  # noqa: E731
    add(make_comment, desk_site, utc(2026, 3, 29, 22, 30), CommentStatus.HELD, 0.05, 2)
    add(
        make_comment,
        desk_site,
        utc(2026, 3, 29, 21, 30),
        CommentStatus.PUBLISHED,
        0.15,
        4,
        human=(mira, ModerationAction.APPROVED, 3600),
    )
    add(
        make_comment,
        desk_site,
        utc(2026, 3, 28, 23, 30),
        CommentStatus.REJECTED,
        0.95,
        6,
        human=(karl, ModerationAction.REJECTED, 10800),
    )
    add(make_comment, desk_site, utc(2026, 3, 28, 22, 30), CommentStatus.PUBLISHED, 1.0, 8)
    add(make_comment, desk_site, utc(2026, 3, 20, 12, 0), CommentStatus.PUBLISHED, 0.5, 1)
    make_comment(
        site=desk_site, status=CommentStatus.PENDING, created_at=NOW - timedelta(minutes=30)
    )
    add(
        make_comment, make_site(), utc(2026, 3, 29, 12, 0), CommentStatus.HELD, 0.9, 1
    )  # other site

    stats = overview.compute(SiteScope(frozenset({desk_site.id})), 7, BERLIN, now=NOW)

    assert stats.days[0] == date(2026, 3, 24) and stats.days[-1] == date(2026, 3, 30)
    by_day = dict(zip(stats.days, stats.per_day, strict=True))
    assert by_day[date(2026, 3, 30)][CommentStatus.HELD] == 1  # 00:30 CEST
    assert by_day[date(2026, 3, 30)][CommentStatus.PENDING] == 1
    assert by_day[date(2026, 3, 29)][CommentStatus.PUBLISHED] == 1  # 23:30 CEST
    assert by_day[date(2026, 3, 29)][CommentStatus.REJECTED] == 1  # 00:30 CET
    assert by_day[date(2026, 3, 28)][CommentStatus.PUBLISHED] == 1  # 23:30 CET
    assert stats.total_comments == 5
    assert stats.decisions[ModerationAction.APPROVED] == 1
    assert stats.automatic_decisions == 4 and stats.human_decisions == 2
    assert (stats.automatic_time.median_seconds, stats.automatic_time.p90_seconds) == (
        approx(4),
        approx(8),
    )
    assert stats.human_time.count == 2
    assert stats.human_time.median_seconds == approx(3600)
    assert stats.human_time.p90_seconds == approx(10800)
    assert stats.label_histograms["toxicity"] == [1, 1, 0, 0, 0, 0, 0, 0, 0, 2]
    assert stats.label_histograms["insult"] == [4, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    assert stats.moderators == [("Karl", 0, 1), ("Mira", 1, 0)]
    assert stats.backlog == {"lt_1h": 1, "lt_6h": 0, "lt_24h": 1, "lt_3d": 0, "ge_3d": 0}
    assert stats.oldest_waiting == utc(2026, 3, 29, 22, 30)


def test_empty_statistics_have_no_percentiles(app: Flask, desk_site: Site) -> None:
    stats = overview.compute(SiteScope(frozenset({desk_site.id})), 30, BERLIN)
    assert stats.total_comments == 0 and len(stats.days) == 30
    assert stats.human_time.median_seconds is None and stats.oldest_waiting is None


def test_statistics_page_draws_svg_without_scripts(
    client: FlaskClient,
    login: Callable[[Account], None],
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
) -> None:
    make_held()
    login(make_moderator())
    response = client.get("/dashboard/stats?days=7&lang=en")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert html.count("<svg") >= 6 + 4 + 1  # histograms, bar tables, columns
    assert "<script" not in html
    assert "Comments per day" in html and "Score distribution per label" in html
    assert "last 7 days" in html
    assert 'role="img"' in html and "<title" in html
    assert client.get("/dashboard/stats?days=12345").status_code == 200  # falls back to 30


def test_chart_geometry() -> None:
    assert [charts.nice_step(v) for v in (0, 0.3, 1, 2.25, 7, 40, 260)] == [
        1,
        1,
        1,
        3,
        10,
        50,
        300,
    ]
    chart = charts.stacked_columns(["a", "b"], [("x", "c1", [3, 0]), ("y", "c2", [1, 0])])
    assert len(chart.bars) == 2  # no zero-height bars
    lower, upper = chart.bars
    assert upper.y + upper.height == lower.y  # stacked
    assert [tick.label for tick in chart.y_ticks] == ["0", "1", "2", "3", "4"]
    rows = charts.rows([("a", 5, "5", "c"), ("b", 0, "0", "c")])
    assert [row.fraction for row in rows] == [1.0, 0.0]
    hist = charts.histogram([0, 100, 25])
    assert hist.bars[0].height == 0 and hist.bars[1].height == 2 * hist.bars[2].height


def test_german_statistics_write_scores_with_decimal_commas(
    client: FlaskClient,
    login: Callable[[Account], None],
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
) -> None:
    make_held()
    login(make_moderator())
    html = client.get("/dashboard/stats").get_data(as_text=True)
    assert "<title>0,8–0,9: 1</title>" in html and "Klassen ab 0,5 sind dunkler" in html
    assert not re.search(r"<title>\d\.\d–", html)
