"""Headless Chromium against the real app, served by werkzeug on 127.0.0.1 with a seeded desk.

Skips when Debian's chromium is missing, unless MODERATION_TEST_REQUIRE_SERVERS=1 (CI),
which makes a missing browser a failure. Playwright never downloads a browser here.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from werkzeug.serving import make_server

from moderation import create_app
from moderation.extensions import db
from tests.browser.seed import PASSWORD, seed_desk
from tests.support.browser import LiveDesk, Watched
from tests.support.config import TEST_SECRET, app_config
from tests.support.servers import REQUIRE_ENV, require_servers

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# Where screenshots go: docs/screenshots when asked for, else the test's tmp dir.
SCREENSHOTS_ENV = "MODERATION_SCREENSHOTS"


@pytest.fixture(scope="session")
def chromium() -> str:
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is not installed (apt-get install chromium)"
        if require_servers():
            pytest.fail(f"{message}; {REQUIRE_ENV}=1 requires it")
        pytest.skip(f"{message} (set {REQUIRE_ENV}=1 to fail instead)")
    return str(CHROMIUM)


@pytest.fixture(scope="module")
def browser(chromium: str) -> Iterator[Any]:
    # Module scope: Playwright's sync API runs an event loop while it is open, and another
    # suite's sync_playwright() (tests/integration_site) cannot start inside it.
    # Playwright must not fetch its own browser: no download on import or launch.
    os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=chromium, headless=True, args=CHROMIUM_ARGS
        )
        yield launched
        launched.close()


@pytest.fixture
def live_desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[LiveDesk]:
    """The app on a SQLite file with a seeded desk, served in a thread on a free port."""
    monkeypatch.setenv("SECRET_KEY", TEST_SECRET)
    config = app_config(f"sqlite:///{tmp_path / 'desk.sqlite'}")
    config["RATELIMIT_ENABLED"] = False  # the tests sign in more often than people do
    app = create_app(config)
    with app.app_context():
        db.create_all()
        desk = seed_desk()
        ids = {
            "held": [comment.id for comment in desk.held],
            "xss": desk.xss.id if desk.xss else None,
            "reply": desk.reply.id if desk.reply else None,
            "troll": desk.troll.id,
            "site": desk.site.id,
            "moderator": desk.moderator.email,
            "colleague": desk.colleague.email,
            "admin": desk.admin.email,
        }
        db.session.remove()
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="live-desk", daemon=True)
    thread.start()
    try:
        yield LiveDesk(f"http://127.0.0.1:{server.server_port}", app, ids)
    finally:
        server.shutdown()
        thread.join(timeout=10)
        server.server_close()
        with app.app_context():
            db.engine.dispose()


@pytest.fixture
def open_page(browser: Any, live_desk: LiveDesk) -> Iterator[Any]:
    """A factory of signed-in pages in fresh browser contexts (German browser by default)."""
    contexts = []

    def make(email: str | None = None, locale: str = "de-DE", width: int = 1360) -> Watched:
        context = browser.new_context(locale=locale, viewport={"width": width, "height": 900})
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(10_000)
        watched = Watched(page)

        def on_console(message: Any) -> None:
            if message.type == "error":
                watched.problems.append(message.text)

        def on_dialog(dialog: Any) -> None:
            watched.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("console", on_console)
        page.on("pageerror", lambda error: watched.problems.append(str(error)))
        page.on("dialog", on_dialog)
        if email:
            sign_in(page, live_desk.url, email)
        return watched

    yield make
    for context in contexts:
        context.close()


def sign_in(page: Any, base: str, email: str) -> None:
    page.goto(f"{base}/auth/login")
    page.fill("#email", email)
    page.fill("#password", PASSWORD)
    with page.expect_navigation():
        page.click("form button[type=submit]")


@pytest.fixture
def screenshot_dir(tmp_path: Path) -> Path:
    wanted = os.environ.get(SCREENSHOTS_ENV)
    path = Path(wanted) if wanted else tmp_path / "screenshots"
    path.mkdir(parents=True, exist_ok=True)
    return path
