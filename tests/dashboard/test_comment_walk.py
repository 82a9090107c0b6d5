"""The comment page's previous/next links walk the tab, filters and order it was opened from."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta

from flask import Flask
from flask.testing import FlaskClient

from moderation.models import Account, Comment, CommentStatus, Site
from moderation.models.types import utcnow
from moderation.services.desk import filters, queue
from moderation.services.desk.assignments import SiteScope

Login = Callable[[Account], None]
Token = Callable[[str], str]


def walk(html: str) -> tuple[str | None, str | None]:
    """The previous and next links' targets on a comment page."""
    found = {
        rel: href.replace("&amp;", "&")
        for href, rel in re.findall(r'<a href="([^"]+)" rel="(prev|next)">', html)
    }
    return found.get("prev"), found.get("next")


def test_opened_from_the_reported_tab_prev_and_next_follow_its_order(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
    make_reported: Callable[..., Comment],
    page_token: Token,
) -> None:
    now = utcnow()
    make_held("zurückgehalten, nicht gemeldet")
    # Flagged newest first: c, a, b (the ids say otherwise on purpose).
    a = make_reported("a", at=now - timedelta(hours=2))
    b = make_reported("b", at=now - timedelta(hours=3))
    c = make_reported("c", at=now - timedelta(hours=1))
    login(make_moderator())
    tab = client.get("/dashboard/?tab=reported").get_data(as_text=True)
    assert f'href="/dashboard/comments/{a.id}?tab=reported"' in tab  # links carry the tab
    html = client.get(f"/dashboard/comments/{a.id}?tab=reported").get_data(as_text=True)
    assert walk(html) == (
        f"/dashboard/comments/{c.id}?tab=reported",
        f"/dashboard/comments/{b.id}?tab=reported",
    )
    assert "Nächster in „Gemeldet“" in html and "Vorheriger in „Gemeldet“" in html
    assert f'href="/dashboard/?tab=reported#comment-{a.id}"' in html
    oldest = client.get(f"/dashboard/comments/{a.id}?tab=reported&sort=oldest&lang=en")
    assert walk(oldest.get_data(as_text=True)) == (
        f"/dashboard/comments/{b.id}?tab=reported&sort=oldest",
        f"/dashboard/comments/{c.id}?tab=reported&sort=oldest",
    )
    assert "Next in “Reported”" in oldest.get_data(as_text=True)
    # Kept from its page, the comment leaves the tab; "next" still leads on from its place.
    client.post(
        f"/dashboard/comments/{a.id}/keep",
        data={"csrf_token": page_token(f"/dashboard/comments/{a.id}"), "version": 1},
    )
    after = client.get(f"/dashboard/comments/{a.id}?tab=reported").get_data(as_text=True)
    assert walk(after) == (
        f"/dashboard/comments/{c.id}?tab=reported",
        f"/dashboard/comments/{b.id}?tab=reported",
    )


def test_without_a_tab_prev_and_next_walk_the_held_queue(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
    make_reported: Callable[..., Comment],
    make_site: Callable[..., Site],
) -> None:
    first = make_held("eins")
    make_reported("dazwischen")
    make_held("fremd", site=make_site())
    middle = make_held("zwei")
    last = make_held("drei")
    login(make_moderator())
    html = client.get(f"/dashboard/comments/{middle.id}").get_data(as_text=True)
    assert walk(html) == (f"/dashboard/comments/{first.id}", f"/dashboard/comments/{last.id}")
    assert "Nächster zu prüfender Kommentar" in html
    newest = client.get(f"/dashboard/comments/{middle.id}?sort=newest").get_data(as_text=True)
    assert walk(newest) == (
        f"/dashboard/comments/{last.id}?sort=newest",
        f"/dashboard/comments/{first.id}?sort=newest",
    )
    searched = client.get(f"/dashboard/comments/{first.id}?q=drei").get_data(as_text=True)
    assert walk(searched) == (None, f"/dashboard/comments/{last.id}?q=drei")


def test_neighbours_by_score_and_in_the_published_tab(
    app: Flask,
    make_held: Callable[..., Comment],
    desk_site: Site,
) -> None:
    low = make_held("niedrig", scores={"toxicity": 0.6})
    high = make_held("hoch", scores={"toxicity": 0.9})
    mid = make_held("mittel", scores={"toxicity": 0.7})
    published = make_held("draußen", status=CommentStatus.PUBLISHED)
    scope = SiteScope(frozenset({desk_site.id}))
    by_score = filters.QueueFilter(order=filters.QueueOrder.SCORE)
    assert queue.neighbours(mid, scope, by_score) == (high.id, low.id)
    assert queue.neighbours(high, scope, by_score) == (None, mid.id)
    published_tab = filters.QueueFilter(tab=filters.Tab.PUBLISHED)
    assert queue.neighbours(published, scope, published_tab) == (None, None)
    everything = filters.QueueFilter(tab=filters.Tab.ALL, order=filters.QueueOrder.NEWEST)
    assert queue.neighbours(mid, scope, everything) == (published.id, high.id)
