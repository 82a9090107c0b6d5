"""The tab counts as JSON for desk.js to poll: shape, scope, labels, new held comments."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from flask import Flask
from flask.testing import FlaskClient

from moderation.models import Account, Comment, CommentStatus, Role, Site
from moderation.services.desk import decisions, queue
from tests.support.desk import SCORES

Login = Callable[[Account], None]
TABS = ["held", "pending", "reported", "published", "rejected", "all"]


def marker(html: str) -> int:
    """The event marker the queue page hands to desk.js (data-since on the tabs)."""
    match = re.search(r'data-since="(\d+)"', html)
    assert match, "no data-since on the tabs"
    return int(match.group(1))


def badges(html: str) -> dict[str, str]:
    found = re.findall(r'data-tab="(\w+)">\s*[^<]*<span class="count">([^<]*)</span>', html)
    return dict(found)


def test_counts_endpoint_answers_the_page_counts_as_json(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
    make_reported: Callable[..., Comment],
) -> None:
    make_held("eins")
    make_held("zwei")
    make_held("wartet", status=CommentStatus.PENDING)
    make_reported()
    login(make_moderator())
    response = client.get("/dashboard/queue/counts")
    assert response.status_code == 200 and response.mimetype == "application/json"
    assert "no-store" in response.headers["Cache-Control"]
    body = response.get_json()
    assert body["tab"] == "held" and body["cap"] == queue.COUNT_CAP
    assert body["poll_seconds"] == 20 and body["new"] is None
    assert sorted(body["tabs"]) == sorted(TABS)
    assert body["tabs"]["held"] == {"name": "Zu prüfen", "count": 2, "label": "2"}
    assert body["tabs"]["reported"] == {"name": "Gemeldet", "count": 1, "label": "1"}
    counts = {name: entry["count"] for name, entry in body["tabs"].items()}
    assert counts == {
        "held": 2,
        "pending": 1,
        "reported": 1,
        "published": 1,
        "rejected": 0,
        "all": 4,
    }
    # The badges on the page say exactly what the JSON says.
    page = client.get("/dashboard/").get_data(as_text=True)
    assert badges(page) == {name: entry["label"] for name, entry in body["tabs"].items()}
    assert 'data-counts-url="/dashboard/queue/counts"' in page


def test_counts_follow_the_page_filters_and_labels_follow_the_language(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
    make_site: Callable[..., Site],
    desk_site: Site,
) -> None:
    second = make_site("zweite")
    make_held("hier")
    make_held("dort", site=second)
    login(make_moderator(desk_site, second))
    english = client.get("/dashboard/queue/counts?lang=en&tab=published").get_json()
    assert english["tab"] == "published"
    assert english["tabs"]["held"] == {"name": "Needs review", "count": 2, "label": "2"}
    assert english["tabs"]["reported"]["name"] == "Reported"
    one_site = client.get(f"/dashboard/queue/counts?site={second.id}").get_json()
    assert one_site["tabs"]["held"]["count"] == 1
    # The page's links to the endpoint carry the same filters.
    page = client.get(f"/dashboard/?site={second.id}&tab=all").get_data(as_text=True)
    assert f'data-counts-url="/dashboard/queue/counts?tab=all&amp;site={second.id}"' in page
    # An unknown author matches nothing and leaves no warning behind for the next page.
    nobody = client.get("/dashboard/queue/counts?author=niemand").get_json()
    assert {entry["count"] for entry in nobody["tabs"].values()} == {0}
    assert "Keine Person passt" not in client.get("/dashboard/").get_data(as_text=True)


def test_capped_counts_read_the_same_in_the_json_and_on_the_page(
    app: Flask,
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from moderation.dashboard.queue import count_label

    for locale, expected in (("de", "10.000+"), ("en", "10,000+")):
        # A fresh app context each: Flask-Babel remembers the locale in the app context.
        with app.app_context(), app.test_request_context(f"/dashboard/?lang={locale}"):
            assert count_label(10_001) == expected
            assert count_label(10_000) == expected[:-1]
            assert count_label(None) == "–"
    monkeypatch.setattr(queue, "COUNT_CAP", 2)
    for i in range(3):
        make_held(f"Nr. {i}")
    login(make_moderator())
    body = client.get("/dashboard/queue/counts").get_json()
    assert body["tabs"]["held"] == {"name": "Zu prüfen", "count": 3, "label": "2+"}
    page = client.get("/dashboard/").get_data(as_text=True)
    assert badges(page)["held"] == "2+" and "<title>Zu prüfen (2+)" in page


def test_a_moderator_sees_no_counts_of_sites_not_assigned_to_them(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_account: Callable[..., Account],
    make_held: Callable[..., Comment],
    make_reported: Callable[..., Comment],
    make_site: Callable[..., Site],
) -> None:
    make_held()
    make_reported()
    elsewhere = make_site("anderswo")
    login(make_moderator(elsewhere))
    body = client.get("/dashboard/queue/counts").get_json()
    assert {entry["count"] for entry in body["tabs"].values()} == {0}
    # Asking for the foreign site by id narrows nothing open.
    desk = client.get("/dashboard/queue/counts?site=1").get_json()
    assert {entry["count"] for entry in desk["tabs"].values()} == {0}
    login(make_account(Role.MODERATOR))  # assigned nowhere: an empty desk
    assert client.get("/dashboard/queue/counts").get_json()["tabs"]["all"]["count"] == 0
    login(make_account(Role.ADMIN))
    admin = client.get("/dashboard/queue/counts").get_json()
    assert admin["tabs"]["held"]["count"] == 1 and admin["tabs"]["reported"]["count"] == 1


def test_counts_need_a_moderator_and_answer_json_errors(
    client: FlaskClient,
    login: Login,
    make_account: Callable[..., Account],
) -> None:
    anonymous = client.get("/dashboard/queue/counts")
    assert anonymous.status_code == 401 and anonymous.get_json() == {"error": "login_required"}
    login(make_account())
    reader = client.get("/dashboard/queue/counts")
    assert reader.status_code == 403 and reader.get_json() == {"error": "forbidden"}


def test_new_held_comments_since_the_page_was_rendered(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
    make_site: Callable[..., Site],
) -> None:
    first = make_held("schon da")
    mira = make_moderator()
    login(mira)
    since = marker(client.get("/dashboard/").get_data(as_text=True))
    url = f"/dashboard/queue/counts?since={since}"
    assert client.get(url).get_json()["new"] == {"count": 0, "label": "0 neue Kommentare"}
    arrived = make_held("neu", scores=SCORES)
    make_held("andere Seite", site=make_site())  # not Mira's: not new for her
    body = client.get(url).get_json()
    assert body["new"] == {"count": 1, "label": "1 neuer Kommentar"}
    assert body["tabs"]["held"]["count"] == 2
    make_held("noch einer")
    english = client.get(f"{url}&lang=en").get_json()
    assert english["new"] == {"count": 2, "label": "2 new comments"}
    # Decided meanwhile: no longer new, and the old one's decision is not news either.
    decisions.decide(arrived.id, mira, decisions.HumanAction.APPROVE, seen_version=1)
    decisions.decide(first.id, mira, decisions.HumanAction.APPROVE, seen_version=1)
    assert client.get(url).get_json()["new"]["count"] == 1
    # Other tabs have no "new" notice.
    assert client.get(f"{url}&tab=pending").get_json()["new"] is None
    page = client.get("/dashboard/?tab=pending").get_data(as_text=True)
    assert "data-new-notice" not in page
    assert "data-new-notice" in client.get("/dashboard/").get_data(as_text=True)
