"""In Chromium: each judged comment says which model judged it, the site's own version or the
shared model, on the queue card, in the Reported tab and on the comment page (German, English)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from moderation.extensions import db
from moderation.models import Account, Comment, CommentStatus, Role, Site
from moderation.scoring.base import Scorer
from moderation.services.automod import judging
from moderation.services.comments import reports
from moderation.services.learning import retraining, site_models
from tests.support import learning
from tests.support.browser import LiveDesk, Watched

pytestmark = [pytest.mark.browser, pytest.mark.slow]

FOOTBALL = "Das Derby gegen Köln war der Wahnsinn, du Vollidiot hast es verpasst."
FRIENDLY = "Danke für den sachlichen Bericht über den Stadtrat."


def judged_by_site_model(live: LiveDesk, scorer: Scorer) -> dict[str, Any]:
    """The desk site gets its own model (version 1); two new comments are scored by it, the
    friendly one is then reported by three readers."""
    with live.app.app_context():
        site = db.session.get(Site, live.ids["site"])
        learning.add_examples(site, learning.football_site_rows(150))
        retraining.retrain_site(site.slug, scorer)
        activated = site_models.active(site.id).activated_at
        made = {}
        for name, body in (("own", FOOTBALL), ("reported", FRIENDLY)):
            shared = db.session.execute(
                db.select(Comment).where(Comment.site_id == site.id).limit(1)
            ).scalar_one()
            comment = Comment(
                site_id=site.id,
                article_id=shared.article_id,
                author_id=live_author(),
                body=body,
                status=CommentStatus.PENDING,
            )
            db.session.add(comment)
            db.session.commit()
            judging.score_comment(comment.id, scorer)
            made[name] = comment.id
        readers = db.session.execute(
            db.select(Account).where(Account.role == Role.COMMENTER).order_by(Account.id)
        ).scalars()
        for reader, reason in zip(list(readers)[1:4], ("insult", "insult", "spam"), strict=True):
            reports.report(reader, made["reported"], reason)
        db.session.expire_all()
        own = db.session.get(Comment, made["own"])
        reported = db.session.get(Comment, made["reported"])
        result = {
            "own": own.id,
            "own_status": own.status.value,
            "own_version": own.latest_score.scorer_version,
            "reported": reported.id,
            "reported_status": reported.status.value,
            "day": activated,
        }
        db.session.remove()
    return result


def live_author() -> int:
    return db.session.execute(
        db.select(Account.id).where(Account.role == Role.COMMENTER).order_by(Account.id).limit(1)
    ).scalar_one()


def judged_text(page: Any, comment_id: int) -> str:
    line = page.locator(f"#comment-{comment_id} [data-judged-by]").first
    assert line.is_visible()
    return str(line.inner_text())


def test_cards_and_the_comment_page_name_the_site_version_or_the_shared_model(
    live_desk: LiveDesk,
    open_page: Callable[..., Watched],
    screenshot_dir: Path,
    embedded_scorer: Scorer,
) -> None:
    made = judged_by_site_model(live_desk, embedded_scorer)
    assert made["own_version"].startswith("site-rheinblick-v1+")
    assert made["reported_status"] == "published"
    base = live_desk.url
    watched = open_page(live_desk.ids["moderator"])
    page = watched.page
    since = page.evaluate(
        "iso => new Date(iso).toLocaleDateString('de-DE', "
        "{day: 'numeric', month: 'numeric', timeZone: 'Europe/Berlin'})",
        made["day"].isoformat(),
    )
    site_v1 = f"Bewertet von: Modell von Rheinblick Online, Version 1 (aktiv seit {since})."
    shared = "Bewertet von: Gemeinsames Modell (Leichtes eingebautes Modell)."

    # The card of the comment the site model judged, newest first in its tab.
    page.goto(f"{base}/dashboard/?tab={made['own_status']}&sort=newest")
    assert judged_text(page, made["own"]) == site_v1
    page.locator(f"#comment-{made['own']}").scroll_into_view_if_needed()
    page.screenshot(path=str(screenshot_dir / "judged-by-site-model.png"), full_page=False)
    # The seeded held queue was judged by the shared model before the site had its own.
    page.goto(f"{base}/dashboard/")
    held = live_desk.ids["held"][0]
    assert judged_text(page, held) == shared
    page.screenshot(path=str(screenshot_dir / "judged-by-shared-model.png"), full_page=False)

    page.goto(f"{base}/dashboard/?tab=reported")
    assert judged_text(page, made["reported"]) == site_v1
    page.screenshot(path=str(screenshot_dir / "judged-by-reported.png"), full_page=False)

    page.goto(f"{base}/dashboard/comments/{made['own']}")
    why = page.locator("section.why [data-judged-by]")
    assert why.is_visible() and why.inner_text().startswith(site_v1)
    history = page.locator("section[aria-labelledby=history-title] [data-judged-by]")
    assert history.first.inner_text() == site_v1.removeprefix("Bewertet von: ").rstrip(".")
    page.screenshot(path=str(screenshot_dir / "judged-by-detail.png"), full_page=True)

    english = open_page(live_desk.ids["moderator"], locale="en-US").page
    english.goto(f"{base}/dashboard/?lang=en&tab={made['own_status']}&sort=newest")
    text = judged_text(english, made["own"])
    assert text.startswith("Scored by: Rheinblick Online model, version 1 (active since ")
    english.screenshot(path=str(screenshot_dir / "judged-by-site-model-en.png"), full_page=False)
    english.goto(f"{base}/dashboard/comments/{held}?lang=en")
    why = english.locator("section.why [data-judged-by]")
    assert why.inner_text().startswith("Scored by: Shared model (Light built-in model).")
    english.screenshot(path=str(screenshot_dir / "judged-by-detail-en.png"), full_page=True)
    assert watched.problems == [] and watched.dialogs == []
