"""The desk's language in Chromium: the moderator's sites and picks decide, never the browser."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from moderation.extensions import db
from moderation.models import Site
from tests.browser.seed import PASSWORD
from tests.support.browser import LiveDesk, Watched

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def heading(page: Any) -> str:
    return str(page.locator("h1").inner_text())


def test_an_english_site_gets_an_english_desk_on_a_german_instance_until_the_moderator_picks(
    live_desk: LiveDesk, open_page: Callable[..., Watched], screenshot_dir: Path
) -> None:
    assert live_desk.app.config["BABEL_DEFAULT_LOCALE"] == "de"
    with live_desk.app.app_context():  # the moderator's only site is written in English
        db.session.get(Site, live_desk.ids["site"]).language = "en"
        db.session.commit()
    watched = open_page(locale="en-US")
    page = watched.page
    sent: list[str] = []
    page.on("request", lambda request: sent.append(request.headers.get("accept-language", "")))

    # Before signing in nobody is known: the instance's language, not the browser's.
    page.goto(f"{live_desk.url}/auth/login")
    assert page.locator("html").get_attribute("lang") == "de"
    page.fill("#email", live_desk.ids["moderator"])
    page.fill("#password", PASSWORD)
    with page.expect_navigation():
        page.click("form button[type=submit]")
    page.goto(f"{live_desk.url}/dashboard/")
    assert sent and all(value.startswith("en") for value in sent), sent
    assert heading(page) == "Needs review"
    assert page.locator("html").get_attribute("lang") == "en"
    page.screenshot(path=str(screenshot_dir / "desk-english-site.png"), full_page=False)
    page.goto(f"{live_desk.url}/dashboard/comments/{live_desk.ids['held'][0]}")
    assert page.locator("#why-title").inner_text() == "Why held"

    # The moderator picks German: kept for the account, on another English browser too.
    page.click("a[hreflang=de]")
    assert page.locator("#why-title").inner_text() == "Warum zurückgehalten"
    other = open_page(live_desk.ids["moderator"], locale="en-GB").page
    other.goto(f"{live_desk.url}/dashboard/")
    assert heading(other) == "Zu prüfen"

    # The admin sees both sites, one English and one German: the instance's language.
    admin = open_page(live_desk.ids["admin"], locale="en-US").page
    admin.goto(f"{live_desk.url}/dashboard/")
    assert heading(admin) == "Zu prüfen"
    assert watched.problems == []
