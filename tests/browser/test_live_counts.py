"""Tab counts that update without a reload, the Held tab's "new" notice, and undoing a keep."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from moderation.extensions import db
from moderation.models import Account, Comment, CommentStatus, ModerationAction, ModerationEvent
from moderation.scoring.labels import LABELS
from moderation.services.automod import judging
from moderation.services.comments import reports
from moderation.services.comments.submission import NewComment, submit_comment
from tests.support.browser import LiveDesk, Watched

pytestmark = [pytest.mark.browser, pytest.mark.slow]


class HoldingScorer:
    """Scores every text as an insult the default policy holds (above hold, below reject)."""

    name = "holding"
    version = "test"

    def score(self, texts: list[str]) -> list[dict[str, float]]:
        return [{**dict.fromkeys(LABELS, 0.02), "toxicity": 0.72, "insult": 0.66} for _ in texts]


def hold_one(live: LiveDesk, body: str) -> int:
    """A reader's comment arrives and the scoring service holds it, as the worker would."""
    with live.app.app_context():
        reader = db.session.execute(
            db.select(Account).where(Account.email == "leser1@example.org")
        ).scalar_one()
        comment = submit_comment(reader, "rheinblick", "artikel-1", NewComment(body=body))
        judging.score_comment(comment.id, HoldingScorer())
        db.session.expire_all()
        held = db.session.get(Comment, comment.id)
        assert held.status is CommentStatus.HELD, held.status
        ident = held.id
        db.session.remove()
    return ident


def report_one(live: LiveDesk) -> int:
    """Three readers report the newest published comment: it is flagged."""
    with live.app.app_context():
        comment = db.session.execute(
            db.select(Comment)
            .where(Comment.status == CommentStatus.PUBLISHED, Comment.site_id == live.ids["site"])
            .order_by(Comment.id.desc())
            .limit(1)
        ).scalar_one()
        readers = db.session.execute(
            db.select(Account)
            .where(Account.email.like("leser%"), Account.id != comment.author_id)
            .order_by(Account.id)
        ).scalars()
        for reader, reason in zip(readers, ["insult", "spam", "insult"], strict=False):
            reports.report(reader, comment.id, reason)
        ident = comment.id
        db.session.remove()
    return ident


def badge(page: Any, tab: str) -> str:
    return str(page.inner_text(f'[data-tab="{tab}"] .count')).strip()


def test_counts_update_without_a_reload_and_new_held_comments_wait_behind_a_notice(
    live_desk: LiveDesk, open_page: Callable[..., Watched], screenshot_dir: Path
) -> None:
    live_desk.app.config["DESK_COUNTS_POLL_SECONDS"] = 1
    watched = open_page(live_desk.ids["moderator"])
    page = watched.page
    page.goto(f"{live_desk.url}/dashboard/")
    held = len(live_desk.ids["held"])
    assert badge(page, "held") == str(held) and badge(page, "reported") == "0"
    notice = page.locator("[data-new-notice]")
    assert not notice.is_visible()
    page.evaluate("window.__samePage = true")  # gone if anything reloads the page

    hold_one(live_desk, "Du Idiot, das glaubst du doch selbst nicht.")
    page.wait_for_function(
        "n => document.querySelector('[data-tab=held] .count').textContent.trim() === n",
        arg=str(held + 1),
    )
    notice.wait_for(state="visible")
    assert notice.inner_text().startswith("1 neuer Kommentar — anzeigen")
    status = page.locator("[data-counts-status]")
    assert f"Zu prüfen: {held + 1}" in status.inner_text()
    assert "1 neuer Kommentar" in status.inner_text()
    assert page.title().startswith(f"Zu prüfen ({held + 1})")
    # The list stays as it was under the moderator's eyes.
    assert page.locator("[data-queue] > li").count() == held
    page.screenshot(path=str(screenshot_dir / "queue-new.png"), full_page=False)

    report_one(live_desk)
    page.wait_for_function(
        "() => document.querySelector('[data-tab=reported] .count').textContent.trim() === '1'"
    )
    assert "Gemeldet: 1" in status.inner_text()
    assert page.evaluate("window.__samePage") is True

    with page.expect_navigation():
        notice.locator("a").click()
    assert page.locator("[data-queue] > li").count() == held + 1
    assert not notice.is_visible() and badge(page, "held") == str(held + 1)
    assert watched.problems == [] and watched.dialogs == []


def test_polling_pauses_while_hidden_and_backs_off_on_errors(
    live_desk: LiveDesk, open_page: Callable[..., Watched]
) -> None:
    live_desk.app.config["DESK_COUNTS_POLL_SECONDS"] = 1
    watched = open_page(live_desk.ids["moderator"], locale="en-GB")
    page = watched.page
    # The page's visibility, under the test's control.
    page.add_init_script(
        "window.__hidden = false;"
        "Object.defineProperty(document, 'visibilityState', "
        "{get: () => window.__hidden ? 'hidden' : 'visible'});"
    )
    calls: list[str] = []
    failing = {"on": False}

    def counts(route: Any) -> None:
        calls.append(route.request.url)
        if failing["on"]:
            route.fulfill(status=500, body="")
        else:
            route.continue_()

    page.route("**/dashboard/queue/counts*", counts)
    page.goto(f"{live_desk.url}/dashboard/?tab=reported")
    page.wait_for_timeout(2_500)
    assert len(calls) >= 2 and "tab=reported" in calls[0]
    assert page.locator("[data-new-notice]").count() == 0  # only the Held tab has one

    page.evaluate("window.__hidden = true; document.dispatchEvent(new Event('visibilitychange'))")
    page.wait_for_timeout(300)
    before = len(calls)
    page.wait_for_timeout(3_000)
    assert len(calls) == before  # nothing while hidden
    page.evaluate("window.__hidden = false; document.dispatchEvent(new Event('visibilitychange'))")
    page.wait_for_timeout(500)
    assert len(calls) == before + 1  # at once when visible again

    failing["on"] = True
    start = len(calls)
    page.wait_for_timeout(6_500)
    # Every second without backing off would be six calls; doubling gives 1 + 2 + 4 s.
    assert 1 <= len(calls) - start <= 3
    assert badge(page, "reported") == "0"  # a failed poll changes nothing on the page


def test_keep_then_u_undoes_it(live_desk: LiveDesk, open_page: Callable[..., Watched]) -> None:
    flagged = report_one(live_desk)
    watched = open_page(live_desk.ids["moderator"])
    page = watched.page
    page.goto(f"{live_desk.url}/dashboard/?tab=reported")
    assert page.locator("[data-queue] > li").count() == 1
    with page.expect_navigation():
        page.keyboard.press("a")
    assert f"Kommentar #{flagged} bleibt stehen" in page.inner_text(".flashes")
    assert page.locator("[data-queue] > li").count() == 0
    assert page.locator("#undo-form").is_visible()
    with page.expect_navigation():
        page.keyboard.press("u")
    assert "wieder unter Gemeldet" in page.inner_text(".flashes")
    assert page.locator(f"#comment-{flagged}").is_visible()
    assert badge(page, "reported") == "1"
    with live_desk.app.app_context():
        comment = db.session.get(Comment, flagged)
        assert comment.reported_at is not None and comment.report_count == 3
        last = db.session.execute(
            db.select(ModerationEvent)
            .where(ModerationEvent.comment_id == flagged)
            .order_by(ModerationEvent.id.desc())
            .limit(1)
        ).scalar_one()
        assert last.action is ModerationAction.UNDONE and last.details["undone_action"] == "kept"
        db.session.remove()
    assert watched.problems == [] and watched.dialogs == []
