"""Working the Reported tab by keyboard in Chromium: keep one, reject one; its screenshot."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from moderation.extensions import db
from moderation.models import (
    Account,
    Comment,
    CommentStatus,
    ModerationAction,
    ModerationEvent,
    Role,
)
from moderation.services.comments import reports
from tests.support.browser import LiveDesk, Watched

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# Three published comments, reported by readers (the site's threshold is three reports).
REPORTS = [
    ["insult", "insult", "other"],
    ["spam", "spam", "off_topic"],
    ["hate", "threat", "hate", "insult"],
]


def report_some(live: LiveDesk) -> list[int]:
    """Readers report published comments through the service; returns them newest flag first."""
    with live.app.app_context():
        readers = list(
            db.session.execute(
                db.select(Account).where(Account.role == Role.COMMENTER).order_by(Account.id)
            ).scalars()
        )
        candidates = db.session.execute(
            db.select(Comment)
            .where(Comment.status == CommentStatus.PUBLISHED, Comment.site_id == live.ids["site"])
            .order_by(Comment.id.desc())
        ).scalars()
        flagged = []
        for comment in candidates:
            if len(flagged) == len(REPORTS):
                break
            reasons = REPORTS[len(flagged)]
            reporters = [reader for reader in readers if reader.id != comment.author_id]
            if len(reporters) < len(reasons):
                continue
            for reader, reason in zip(reporters, reasons, strict=False):
                note = "Das geht so nicht." if reason == "other" else None
                reports.report(reader, comment.id, reason, note)
            flagged.append(comment.id)
        db.session.remove()
    return list(reversed(flagged))


def state(live: LiveDesk, comment_id: int) -> tuple[CommentStatus, Any, ModerationAction]:
    with live.app.app_context():
        comment = db.session.get(Comment, comment_id)
        last = db.session.execute(
            db.select(ModerationEvent.action)
            .where(ModerationEvent.comment_id == comment_id)
            .order_by(ModerationEvent.id.desc())
            .limit(1)
        ).scalar_one()
        result = (comment.status, comment.reported_at, last)
        db.session.remove()
        return result


def current(page: Any) -> str:
    return str(page.eval_on_selector("[data-queue] > li.current", "el => el.id"))


def test_moderator_keeps_one_and_rejects_one_by_keyboard(
    live_desk: LiveDesk, open_page: Callable[..., Watched], screenshot_dir: Path, tmp_path: Path
) -> None:
    flagged = report_some(live_desk)
    assert len(flagged) == 3
    watched = open_page(live_desk.ids["moderator"])
    page = watched.page
    page.goto(f"{live_desk.url}/dashboard/?tab=reported")
    items = page.locator("[data-queue] > li")
    assert [items.nth(i).get_attribute("id") for i in range(3)] == [
        f"comment-{ident}" for ident in flagged
    ]
    assert page.inner_text(".tab-reported .count") == "3"
    assert "4 Meldungen: 2× Hassrede, 1× Beleidigung, 1× Drohung" in items.nth(0).inner_text()
    assert current(page) == f"comment-{flagged[0]}"

    # The help names what "a" does here.
    page.keyboard.press("?")
    assert "behalten: Meldungen verwerfen" in page.inner_text("dialog#help")
    page.keyboard.press("Escape")

    page.keyboard.press("j")
    page.screenshot(path=str(screenshot_dir / "dashboard-reported.png"), full_page=False)

    # a: keep the current (second) comment; it leaves the tab, the reports are dismissed.
    with page.expect_navigation():
        page.keyboard.press("a")
    assert f"Kommentar #{flagged[1]} bleibt stehen" in page.inner_text(".flashes")
    status, reported_at, action = state(live_desk, flagged[1])
    assert status is CommentStatus.PUBLISHED and reported_at is None
    assert action is ModerationAction.KEPT
    assert page.locator("[data-queue] > li").count() == 2

    # r: reject the first one with the first reason; Enter sends.
    page.keyboard.press("k")
    assert current(page) == f"comment-{flagged[0]}"
    page.keyboard.press("r")
    chooser = page.locator(f"#comment-{flagged[0]} [data-reason-select]")
    assert chooser.evaluate("el => el === document.activeElement")
    page.keyboard.press("1")
    assert chooser.input_value() == "Beleidigung"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    status, _, action = state(live_desk, flagged[0])
    assert status is CommentStatus.REJECTED and action is ModerationAction.REJECTED
    assert [page.locator("[data-queue] > li").first.get_attribute("id")] == [
        f"comment-{flagged[2]}"
    ]
    # The comment page lists the open reports, with the readers' notes.
    page.goto(f"{live_desk.url}/dashboard/comments/{flagged[2]}")
    card = page.locator("section.reports-card")
    assert (
        "2× Beleidigung, 1× Sonstiges" in card.inner_text()
        and "Das geht so nicht." in card.inner_text()
    )
    page.screenshot(path=str(tmp_path / "reported-comment.png"), full_page=True)
    assert watched.problems == [] and watched.dialogs == []
    png = screenshot_dir / "dashboard-reported.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
