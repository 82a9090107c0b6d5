"""The widget in a real browser: the demo article page, SSO sign-in, posting, XSS as text.

Runs headless Debian chromium against the app served on 127.0.0.1. The page is loaded
from http://localhost:PORT and the widget from http://127.0.0.1:PORT, so the widget's
API calls are cross-origin and go through CORS, as on a real news site.
"""

from __future__ import annotations

import os
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from werkzeug.serving import make_server

from moderation import create_app
from moderation.extensions import db
from moderation.models import Account, Article, Comment, CommentStatus, Role
from moderation.services.demo import embed
from moderation.services.sites import registry
from tests.support.config import app_config
from tests.support.servers import require_servers
from tests.support.sso import mint

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
# Like tests/browser: the docs' screenshot is rewritten only when asked for
# (MODERATION_SCREENSHOTS=docs/screenshots), so a test run leaves the tree as it was.
SCREENSHOT_DIR = os.environ.get("MODERATION_SCREENSHOTS")
XSS_BODY = '<img src=x onerror="window.__xss=1"> <script>window.__xss=2</script> Hallo!'
XSS_NAME = "<b onmouseover=window.__xss=3>Mallory</b>"

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture
def live_app(tmp_path: Path) -> Iterator[tuple[Any, str]]:
    if not CHROMIUM.exists():
        if require_servers():
            pytest.fail(f"{CHROMIUM} is missing")
        pytest.skip(f"{CHROMIUM} is missing (set MODERATION_TEST_REQUIRE_SERVERS=1 to fail)")
    app = create_app(app_config(f"sqlite:///{tmp_path / 'browser.sqlite'}"))
    server = make_server("127.0.0.1", 0, app, threaded=True)
    port = server.server_port
    app.config["EMBED_BASE_URL"] = f"http://127.0.0.1:{port}"
    with app.app_context():
        db.create_all()
        _seed()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield app, f"http://localhost:{port}"
    server.shutdown()
    server.server_close()
    thread.join(5)
    with app.app_context():
        db.engine.dispose()


def _seed() -> None:
    site = registry.create_site("stadtanzeiger", "Stadt-Anzeiger Musterstadt")
    article = Article(site=site, external_id=embed.DEMO_ARTICLE, title="Musterstadt wählt")

    def account(name: str) -> Account:
        slug = "".join(ch for ch in name.lower() if ch.isalnum())[:20] or "x"
        acc = Account(
            email=f"{slug}@example.org", display_name=name, password_hash="!", role=Role.COMMENTER
        )
        db.session.add(acc)
        return acc

    def comment(author: Account, body: str, parent: Comment | None = None) -> Comment:
        row = Comment(
            site=site,
            article=article,
            author=author,
            body=body,
            parent=parent,
            status=CommentStatus.PUBLISHED,
        )
        db.session.add(row)
        db.session.flush()
        return row

    first = comment(
        account("Jens Hoffmann"),
        "Endlich redet mal jemand über das Bürgerbüro. "
        "Drei Wochen auf einen Termin zu warten, ist kein Zustand.",
    )
    reply = comment(
        account("Aylin K."),
        "Bei mir hat die Online-Ummeldung letzte Woche "
        "tatsächlich geklappt – nach zehn Minuten war alles erledigt.",
        first,
    )
    comment(account("Jens H."), "Dann gibt es ja Hoffnung. Welche Leistung war das?", reply)
    comment(account(XSS_NAME), XSS_BODY)
    db.session.commit()


def test_reader_signs_in_posts_and_sees_it_awaiting_moderation(
    live_app: tuple[Any, str],
) -> None:
    from playwright.sync_api import sync_playwright

    app, base = live_app
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--host-resolver-rules=MAP localhost 127.0.0.1",
            ],
        )
        try:
            page = browser.new_page(viewport={"width": 1000, "height": 900}, locale="de-DE")
            problems: list[str] = []
            page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: problems.append(str(e)))
            page.goto(f"{base}/demo/")

            # Published threads, with the reply nested, and the XSS comment as plain text.
            bodies = page.locator(".mc-comment .mc-body")
            bodies.first.wait_for()
            assert bodies.count() == 4
            assert page.locator(".mc-replies .mc-replies .mc-comment").count() == 1
            xss = page.locator(".mc-comment", has_text="Hallo!")
            assert xss.locator(".mc-body").text_content() == XSS_BODY
            assert xss.locator(".mc-author").text_content() == XSS_NAME
            assert page.locator(".moderation-comments img, .moderation-comments b").count() == 0

            # Sign in through the page's SSO token and post a comment.
            assert "Melden Sie sich an" in page.locator(".mc-signin").text_content()
            page.get_by_role("button", name="Als Demo-Leserin anmelden").click()
            page.locator(".mc-who", has_text="Angemeldet als Demo-Leserin").wait_for()
            page.locator(".mc-composer textarea").fill(
                "Wie will die Stadt sicherstellen, dass ältere Menschen nicht abgehängt werden?"
            )
            page.get_by_role("button", name="Kommentar senden").click()
            own = page.locator(".mc-own.mc-pending")
            own.wait_for()
            assert own.locator(".mc-badge").text_content() == "wartet auf Freigabe"
            assert "ältere Menschen" in own.locator(".mc-body").text_content()

            target = Path(SCREENSHOT_DIR or tempfile.gettempdir()) / "embed-demo.png"
            page.screenshot(path=str(target), full_page=True)

            # A display name with markup, signed in from the page's own script, stays text.
            with app.app_context():
                site = registry.get_site("stadtanzeiger")
                token = mint(site, "mallory", name="<img src=x onerror=window.__xss=4>")
            page.evaluate("token => window.ModerationComments.signIn(token)", token)
            who = page.locator(".mc-who", has_text="onerror")
            who.wait_for()
            assert who.text_content() == "Angemeldet als <img src=x onerror=window.__xss=4>"
            time.sleep(0.3)
            assert page.evaluate("window.__xss") is None
            assert [p for p in problems if "Refused" in p or "Content Security" in p] == []
            assert problems == [], problems
        finally:
            browser.close()
    with app.app_context():
        posted = db.session.execute(
            db.select(Comment).where(Comment.body.like("Wie will die Stadt%"))
        ).scalar_one()
        assert posted.status is CommentStatus.PENDING
        assert posted.author.display_name == "Demo-Leserin"


def test_reader_edits_a_comment_inline_and_deletes_another(live_app: tuple[Any, str]) -> None:
    from datetime import timedelta

    from playwright.sync_api import sync_playwright

    from moderation.models.reader_actions import CommentRevision
    from moderation.models.types import utcnow

    app, base = live_app
    first_text = "Das Bürgerbüro sollte samstags öffnen."
    second_text = "Die Parkausweis-App ist eine gute Idee."
    edited_text = "Das Bürgerbüro sollte auch samstags und abends öffnen."
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--host-resolver-rules=MAP localhost 127.0.0.1",
            ],
        )
        try:
            page = browser.new_page(viewport={"width": 1000, "height": 900}, locale="de-DE")
            problems: list[str] = []
            page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: problems.append(str(e)))
            page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
            page.goto(f"{base}/demo/")
            page.locator(".mc-comment .mc-body").first.wait_for()
            page.get_by_role("button", name="Als Demo-Leserin anmelden").click()
            page.locator(".mc-who", has_text="Demo-Leserin").wait_for()
            for text, count in ((first_text, 1), (second_text, 2)):
                page.locator(".mc-composer textarea").fill(text)
                page.get_by_role("button", name="Kommentar senden").click()
                page.locator(".mc-own.mc-pending").nth(count - 1).wait_for()

            # The scorer publishes both; the second was posted eleven minutes ago.
            with app.app_context():
                first = db.session.execute(
                    db.select(Comment).where(Comment.body == first_text)
                ).scalar_one()
                second = db.session.execute(
                    db.select(Comment).where(Comment.body == second_text)
                ).scalar_one()
                first.status = second.status = CommentStatus.PUBLISHED
                second.created_at = utcnow() - timedelta(minutes=11)
                db.session.commit()
                first_id, second_id = first.id, second.id
            page.evaluate(
                "() => { const w = window.ModerationComments.widgets[0];"
                " return Promise.all([w.loadMine(), w.loadThreads(false, true)]); }"
            )
            mine = page.locator(f'.mc-threads .mc-comment[data-comment-id="{first_id}"]')
            old = page.locator(f'.mc-threads .mc-comment[data-comment-id="{second_id}"]')
            mine.locator(".mc-body").wait_for()
            assert mine.get_by_role("button", name="Bearbeiten").count() == 1
            assert "änderbar bis" in mine.locator(".mc-window").text_content()
            # The edit window of the older comment has closed: delete only.
            assert old.get_by_role("button", name="Bearbeiten").count() == 0
            assert old.get_by_role("button", name="Löschen").count() == 1

            mine.get_by_role("button", name="Bearbeiten").click()
            editor = mine.locator(".mc-edit-form textarea")
            assert editor.input_value() == first_text
            editor.fill(edited_text)
            old.get_by_role("button", name="Löschen").click()
            assert "Diesen Kommentar wirklich löschen?" in old.locator(".mc-confirm").text_content()
            # The delete confirmation re-rendered the widget; the edit kept its text.
            assert editor.input_value() == edited_text
            target = Path(SCREENSHOT_DIR or tempfile.gettempdir()) / "widget-edit.png"
            page.locator(".moderation-comments").screenshot(path=str(target))

            mine.get_by_role("button", name="Speichern").click()
            pending = page.locator(f'.mc-mine .mc-own[data-comment-id="{first_id}"]')
            pending.wait_for()
            assert pending.locator(".mc-badge").text_content() == "wartet auf Freigabe"
            assert pending.locator(".mc-body").text_content() == edited_text
            assert "Ihre Änderung ist eingegangen" in pending.locator(".mc-hint").text_content()
            mine.wait_for(state="detached")  # out of the thread until it is scored again

            old.get_by_role("button", name="Ja, löschen").click()
            old.locator(".mc-removed").wait_for()
            assert "gelöscht" in old.locator(".mc-removed").text_content()
            assert old.locator(".mc-body").count() == 0
            page.locator(".moderation-comments").screenshot(
                path=str(Path(tempfile.gettempdir()) / "widget-edit-after.png")
            )
            assert problems == [], problems
        finally:
            browser.close()
    with app.app_context():
        edited = db.session.get(Comment, first_id)
        assert edited.body == edited_text and edited.status is CommentStatus.PENDING
        assert edited.edited_at is not None
        revisions = db.session.execute(
            db.select(CommentRevision).where(CommentRevision.comment_id == first_id)
        ).scalars()
        assert [r.body for r in revisions] == [first_text]
        assert db.session.get(Comment, second_id).deleted_at is not None


def test_first_comment_on_an_article_is_not_followed_by_no_comments_yet(
    live_app: tuple[Any, str],
) -> None:
    """Under the reader's own waiting comment the widget does not say there are none; the 202
    that accepted it carries no Retry-After."""
    from playwright.sync_api import sync_playwright

    app, base = live_app
    with app.app_context():  # an article nobody has commented on yet (for readers)
        db.session.execute(db.update(Comment).values(status=CommentStatus.REJECTED))
        db.session.commit()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--no-first-run",
                  "--host-resolver-rules=MAP localhost 127.0.0.1"],
        )  # fmt: skip
        try:
            page = browser.new_page(viewport={"width": 1000, "height": 900}, locale="de-DE")
            page.goto(f"{base}/demo/")
            empty = page.locator(".mc-empty")
            empty.wait_for()
            assert empty.text_content() == "Noch keine Kommentare. Schreiben Sie den ersten!"
            page.get_by_role("button", name="Als Demo-Leserin anmelden").click()
            page.locator(".mc-who", has_text="Demo-Leserin").wait_for()
            page.locator(".mc-composer textarea").fill("Der erste Kommentar zu diesem Artikel.")
            with page.expect_response(
                lambda r: r.request.method == "POST" and r.url.endswith("/comments")
            ) as posted:
                page.get_by_role("button", name="Kommentar senden").click()
            assert posted.value.status == 202
            assert "retry-after" not in posted.value.all_headers()
            page.locator(".mc-own.mc-pending").wait_for()
            text = page.locator(".mc-empty").text_content() or ""
            assert "Noch keine Kommentare" not in text
            assert text == "Noch keine veröffentlichten Kommentare anderer Leserinnen und Leser."
        finally:
            browser.close()
