"""A hostile comment stays text and runs nothing; screenshots of the main screens."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.browser.seed import XSS_BODY
from tests.support.browser import LiveDesk, Watched

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# Set before any page script runs, so a payload that fires at parse time is seen too.
TRAP = """
window.__pwned = undefined;
window.alert = window.confirm = window.prompt = function () { window.__pwned = 'dialog'; };
"""


def test_hostile_comment_is_shown_as_text_and_runs_nothing(
    live_desk: LiveDesk, open_page: Callable[..., Watched]
) -> None:
    watched = open_page(live_desk.ids["moderator"])
    page = watched.page
    page.add_init_script(TRAP)
    xss = live_desk.ids["xss"]
    for path in ("/dashboard/", f"/dashboard/comments/{xss}", "/dashboard/?tab=all&q=pwned"):
        page.goto(f"{live_desk.url}{path}")
        page.wait_for_load_state("load")
        body = page.locator(f"#comment-{xss} blockquote.body").first
        assert body.inner_text() == XSS_BODY  # the markup shows as typed
        assert page.locator("img[src='x']").count() == 0
        assert page.locator("a[href^='javascript:']").count() == 0
        assert page.locator("main script").count() == 0
        page.mouse.move(10, 10)
        assert page.evaluate("window.__pwned") is None, path
    # Clicking the fake link text does nothing either.
    page.locator(f"#comment-{xss} blockquote.body").first.click()
    assert page.evaluate("window.__pwned") is None
    assert watched.dialogs == []
    assert [p for p in watched.problems if "Content Security Policy" in p] == []


def test_screenshots_of_the_main_screens(
    live_desk: LiveDesk, open_page: Callable[..., Watched], screenshot_dir: Path
) -> None:
    """Writes PNGs; MODERATION_SCREENSHOTS=docs/screenshots puts them into the docs."""
    page = open_page(live_desk.ids["moderator"]).page
    base = live_desk.url
    page.goto(f"{base}/dashboard/")
    page.keyboard.press("j")
    page.keyboard.press("r")  # show the reject panel with its reasons
    page.screenshot(path=str(screenshot_dir / "queue.png"), full_page=False)
    page.goto(f"{base}/dashboard/comments/{live_desk.ids['reply']}")
    page.screenshot(path=str(screenshot_dir / "comment.png"), full_page=True)
    page.goto(f"{base}/dashboard/stats")
    page.screenshot(path=str(screenshot_dir / "statistics.png"), full_page=True)
    page.goto(f"{base}/dashboard/audit")
    page.screenshot(path=str(screenshot_dir / "audit.png"), full_page=False)
    page.goto(f"{base}/dashboard/?lang=en")
    page.keyboard.press("?")
    page.screenshot(path=str(screenshot_dir / "queue-en.png"), full_page=False)
    for name in ("queue", "comment", "statistics", "audit", "queue-en"):
        png = screenshot_dir / f"{name}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert 20_000 < png.stat().st_size < 2_000_000, name
