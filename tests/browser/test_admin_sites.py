"""The admin's site pages in Chromium: create a site and an API key by mouse; a screenshot."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest

from moderation.extensions import db
from moderation.models import ApiKey
from moderation.services.sites import registry
from tests.support.browser import LiveDesk, Watched

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_admin_creates_a_site_and_an_api_key_through_the_ui(
    live_desk: LiveDesk, open_page: Callable[..., Watched], screenshot_dir: Path
) -> None:
    watched = open_page(live_desk.ids["admin"])
    page = watched.page
    page.goto(f"{live_desk.url}/dashboard/admin/")
    with page.expect_navigation():
        page.click("text=Seiten verwalten")

    # A path in an origin is refused at its field; nothing is created.
    page.fill("#slug", "lokalbote")
    page.fill("#name", "Der Lokalbote")
    page.select_option("#language", "de")
    page.fill("#origins", "https://www.lokalbote.de\nhttps://m.lokalbote.de/artikel")
    with page.expect_navigation():
        page.click("button:has-text('Seite anlegen')")
    assert "Kein Origin: https://m.lokalbote.de/artikel." in page.inner_text("#origins ~ .error")
    assert page.get_attribute("#origins", "aria-invalid") == "true"
    page.fill("#origins", "https://www.lokalbote.de\nhttps://m.lokalbote.de")
    with page.expect_navigation():
        page.click("button:has-text('Seite anlegen')")
    assert "Seite Der Lokalbote angelegt." in page.inner_text(".flashes")
    assert page.inner_text("h1").startswith("Einbindung von Der Lokalbote")

    page.fill("#label", "cms")
    with page.expect_navigation():
        page.click("button:has-text('API-Schlüssel erzeugen')")
    secret = page.input_value("#secret")
    assert secret.startswith("msk_")
    assert "nur dieses eine Mal angezeigt" in page.inner_text(".secret-card")
    assert page.is_visible("button[data-copy]")  # the copy button comes with admin.js
    with page.expect_navigation():
        page.click("text=Fertig, ich habe ihn kopiert")

    with live_desk.app.app_context():
        site = registry.get_site("lokalbote")
        assert site.allowed_origins == ["https://www.lokalbote.de", "https://m.lokalbote.de"]
        key = db.session.execute(db.select(ApiKey).where(ApiKey.site_id == site.id)).scalar_one()
        assert key.key_hash == hashlib.sha256(secret.encode()).hexdigest()
        prefix = key.prefix
    row = page.locator(f"#key-{key.id}")
    assert f"{prefix}…" in row.inner_text() and "aktiv" in row.inner_text()
    assert secret not in page.content()
    page.screenshot(path=str(screenshot_dir / "admin-sites.png"), full_page=True)
    assert watched.problems == [] and watched.dialogs == []
