"""Working the queue by keyboard in Chromium: move, approve, reject with a reason, undo."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from moderation.extensions import db
from moderation.models import Comment, CommentStatus, ModerationEvent
from tests.support.browser import LiveDesk, Watched

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def focused(page: Any) -> str:
    return str(page.evaluate("document.activeElement && document.activeElement.id"))


def current(page: Any) -> str:
    return str(page.eval_on_selector("[data-queue] > li.current", "el => el.id"))


def status(live: LiveDesk, comment_id: int) -> CommentStatus:
    with live.app.app_context():
        return db.session.get(Comment, comment_id).status


def test_moderator_works_the_queue_by_keyboard(
    live_desk: LiveDesk, open_page: Callable[..., Watched]
) -> None:
    watched = open_page(live_desk.ids["moderator"])
    page = watched.page
    page.goto(f"{live_desk.url}/dashboard/")
    held = live_desk.ids["held"]
    assert page.locator("[data-queue] > li").count() == len(held)
    assert current(page) == f"comment-{held[0]}"  # the first comment is current on arrival

    page.keyboard.press("j")
    page.keyboard.press("j")
    assert focused(page) == current(page) == f"comment-{held[2]}"
    page.keyboard.press("k")
    assert focused(page) == f"comment-{held[1]}"

    # a: approve the current comment; the next one becomes current after the reload.
    with page.expect_navigation():
        page.keyboard.press("a")
    assert f"Kommentar #{held[1]} freigegeben." in page.inner_text(".flashes")
    assert status(live_desk, held[1]) is CommentStatus.PUBLISHED
    assert focused(page) == current(page) == f"comment-{held[2]}"

    # r: reject; 2 picks the second reason; Enter sends.
    page.keyboard.press("r")
    chooser = page.locator(f"#comment-{held[2]} [data-reason-select]")
    assert chooser.evaluate("el => el === document.activeElement")
    page.keyboard.press("2")
    assert chooser.input_value() == "Hassrede"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert status(live_desk, held[2]) is CommentStatus.REJECTED
    with live_desk.app.app_context():
        event = db.session.execute(
            db.select(ModerationEvent).order_by(ModerationEvent.id.desc()).limit(1)
        ).scalar_one()
        assert event.reason == "Hassrede" and event.comment_id == held[2]

    # u: undo the rejection; the comment is back in the queue.
    assert page.locator("#undo-form").is_visible()
    with page.expect_navigation():
        page.keyboard.press("u")
    assert "wieder zurückgehalten" in page.inner_text(".flashes")
    assert status(live_desk, held[2]) is CommentStatus.HELD
    assert page.locator(f"#comment-{held[2]}").is_visible()
    assert watched.problems == [] and watched.dialogs == []


def test_escape_closes_the_reject_panel_and_keys_are_ignored_while_typing(
    live_desk: LiveDesk, open_page: Callable[..., Watched]
) -> None:
    page = open_page(live_desk.ids["moderator"]).page
    page.goto(f"{live_desk.url}/dashboard/")
    first = live_desk.ids["held"][0]
    page.keyboard.press("r")
    panel = page.locator(f"#comment-{first} [data-reject]")
    assert panel.get_attribute("open") is not None
    page.keyboard.press("Escape")
    assert panel.get_attribute("open") is None
    assert focused(page) == f"comment-{first}"
    # Typing "a" into the search box searches; it does not approve anything.
    page.keyboard.press("/")
    assert focused(page) == "q"
    page.keyboard.type("Klappe")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert status(live_desk, first) is CommentStatus.HELD
    assert page.locator("[data-queue] > li").count() == 1
    assert "Halt doch einfach die Klappe" in page.inner_text("[data-queue]")


def test_help_overlay_opens_with_question_mark_and_closes_with_escape(
    live_desk: LiveDesk, open_page: Callable[..., Watched]
) -> None:
    page = open_page(live_desk.ids["moderator"]).page
    page.goto(f"{live_desk.url}/dashboard/")
    dialog = page.locator("dialog#help")
    assert not dialog.is_visible()
    page.keyboard.press("?")
    assert dialog.is_visible() and "Tastenkürzel" in dialog.inner_text()
    page.keyboard.press("Escape")
    assert not dialog.is_visible()
    page.click("[data-help-open]")  # the mouse way
    assert dialog.is_visible()
    page.click("dialog#help button")
    assert not dialog.is_visible()


def test_keyboard_decisions_work_on_the_comment_page(
    live_desk: LiveDesk, open_page: Callable[..., Watched]
) -> None:
    page = open_page(live_desk.ids["moderator"]).page
    target = live_desk.ids["held"][3]
    page.goto(f"{live_desk.url}/dashboard/comments/{target}")
    with page.expect_navigation():
        page.keyboard.press("a")
    assert status(live_desk, target) is CommentStatus.PUBLISHED
    assert "Rückgängig: freigegeben" in page.inner_text("main")
    with page.expect_navigation():
        page.keyboard.press("u")
    assert status(live_desk, target) is CommentStatus.HELD


def test_x_selects_and_o_opens_the_current_comment(
    live_desk: LiveDesk, open_page: Callable[..., Watched]
) -> None:
    page = open_page(live_desk.ids["moderator"]).page
    page.goto(f"{live_desk.url}/dashboard/")
    first, second = live_desk.ids["held"][:2]
    page.keyboard.press("x")
    page.keyboard.press("j")
    page.keyboard.press("x")
    assert page.locator("[data-select]:checked").count() == 2
    assert page.inner_text("[data-selected-count]") == "2 ausgewählt"
    page.keyboard.press("x")
    assert page.is_checked(f"#select-{first}") and not page.is_checked(f"#select-{second}")
    with page.expect_navigation():
        page.keyboard.press("o")
    assert page.url.endswith(f"/dashboard/comments/{second}")
    assert page.locator("h1").inner_text().startswith(f"Kommentar #{second}")
