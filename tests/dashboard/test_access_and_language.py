"""Every desk page: who may open it, in which language, with which security headers."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask
from flask.testing import FlaskClient

from moderation.extensions import db
from moderation.models import Account, Comment, Role, Site
from tests.support.clients import FreshContextClient, csrf_token_from
from tests.support.config import PASSWORD

Login = Callable[[Account], None]
PAGES = [
    "/dashboard/",
    "/dashboard/?tab=all",
    "/dashboard/comments/{id}",
    "/dashboard/audit",
    "/dashboard/audit.csv",
    "/dashboard/stats",
]


@pytest.mark.parametrize("path", PAGES)
def test_desk_pages_need_a_moderator(
    path: str,
    client: FlaskClient,
    login: Login,
    make_account: Callable[..., Account],
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
) -> None:
    url = path.format(id=make_held().id)
    anonymous = client.get(url)
    assert anonymous.status_code == 302 and "/auth/login" in anonymous.headers["Location"]
    login(make_account(Role.COMMENTER))
    assert client.get(url).status_code == 403
    login(make_moderator())
    response = client.get(url)
    assert response.status_code == 200
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "style-src 'self'" in csp


def test_pages_carry_no_inline_script_or_style(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
    admin: Account,
) -> None:
    comment = make_held()
    login(admin)
    for path in [p.format(id=comment.id) for p in PAGES if "csv" not in p] + [
        "/dashboard/admin/",
        f"/dashboard/admin/sites/{comment.site_id}",
    ]:
        html = client.get(path).get_data(as_text=True)
        assert "<script>" not in html and "style=" not in html, path
        assert " onclick=" not in html and " onload=" not in html, path
        for tag in html.split("<script")[1:]:
            assert tag.lstrip().startswith("src="), path


def test_language_switch_keeps_the_filters_and_is_remembered(
    client: FlaskClient, login: Login, make_moderator: Callable[..., Account]
) -> None:
    login(make_moderator())
    html = client.get("/dashboard/?tab=rejected&q=Hallo").get_data(as_text=True)
    assert 'href="/dashboard/?tab=rejected&amp;q=Hallo&amp;lang=en"' in html
    english = client.get("/dashboard/?tab=rejected&q=Hallo&lang=en").get_data(as_text=True)
    assert "<h1>Rejected</h1>" in english and 'lang="en"' in english
    assert "<h1>Audit log</h1>" in client.get("/dashboard/audit").get_data(as_text=True)
    german = client.get("/dashboard/audit?lang=de").get_data(as_text=True)
    assert "<h1>Protokoll</h1>" in german and 'lang="de"' in german


def test_german_is_the_default_for_browsers_without_a_preference(
    client: FlaskClient, login: Login, make_moderator: Callable[..., Account]
) -> None:
    login(make_moderator())
    html = client.get("/dashboard/stats").get_data(as_text=True)
    assert "<h1>Statistik</h1>" in html and "Kommentare pro Tag" in html


def test_an_english_browser_gets_the_instance_language_not_its_own(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_site: Callable[..., Site],
    desk_site: Site,
    app: Flask,
) -> None:
    # Sites in both languages: neither decides, the instance's language does.
    login(make_moderator(desk_site, make_site(language="en")))
    english_browser = {"Accept-Language": "en-US,en;q=0.9"}
    html = client.get("/dashboard/", headers=english_browser).get_data(as_text=True)
    assert "<h1>Zu prüfen</h1>" in html and 'lang="de"' in html
    app.config["BABEL_DEFAULT_LOCALE"] = "en"  # DEFAULT_LOCALE=en: an English instance
    german_browser = {"Accept-Language": "de-DE,de;q=0.9"}
    html = client.get("/dashboard/audit", headers=german_browser).get_data(as_text=True)
    assert "<h1>Audit log</h1>" in html


def test_a_site_on_an_english_instance_is_english_unless_chosen(
    app: Flask, make_site: Callable[..., Site]
) -> None:
    app.config["BABEL_DEFAULT_LOCALE"] = "en"
    assert make_site().language == "en"
    assert make_site(language="de").language == "de"


def test_a_picked_language_is_kept_with_the_account_on_every_device(
    app: Flask, make_moderator: Callable[..., Account]
) -> None:
    moderator = make_moderator()
    app.test_client_class = FreshContextClient
    first, second = app.test_client(), app.test_client()
    for client in (first, second):
        page = client.get("/auth/login").get_data(as_text=True)
        client.post(
            "/auth/login",
            data={"email": moderator.email, "password": PASSWORD,
                  "csrf_token": csrf_token_from(page)},
        )  # fmt: skip
    assert "<h1>Zu prüfen</h1>" in second.get("/dashboard/").get_data(as_text=True)
    first.get("/dashboard/?lang=en")
    db.session.expire_all()
    assert db.session.get(Account, moderator.id).locale == "en"
    # The other device has no cookie and a German browser: the account's choice wins.
    html = second.get("/dashboard/", headers={"Accept-Language": "de"}).get_data(as_text=True)
    assert "<h1>Needs review</h1>" in html
    first.get("/dashboard/?lang=de")
    html = second.get("/dashboard/").get_data(as_text=True)
    assert "<h1>Zu prüfen</h1>" in html


ENGLISH_BROWSER = {"Accept-Language": "en-US,en;q=0.9"}


def test_a_moderator_whose_sites_are_all_english_gets_an_english_desk(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_site: Callable[..., Site],
) -> None:
    english = [make_site(language="en"), make_site(language="en")]
    login(make_moderator(*english))
    html = client.get("/dashboard/", headers={"Accept-Language": "de"}).get_data(as_text=True)
    assert "<h1>Needs review</h1>" in html and 'lang="en"' in html


def test_sites_in_two_languages_leave_the_instance_language(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_site: Callable[..., Site],
    desk_site: Site,
) -> None:
    login(make_moderator(desk_site, make_site(language="en")))
    html = client.get("/dashboard/", headers=ENGLISH_BROWSER).get_data(as_text=True)
    assert "<h1>Zu prüfen</h1>" in html and 'lang="de"' in html


def test_an_admin_gets_the_instance_language_whatever_the_sites(
    client: FlaskClient, login: Login, make_account: Callable[..., Account], desk_site: Site
) -> None:
    # Admins see every site and change their languages; the desk does not flip under them.
    desk_site.language = "en"
    db.session.commit()
    login(make_account(Role.ADMIN))
    html = client.get("/dashboard/", headers=ENGLISH_BROWSER).get_data(as_text=True)
    assert "<h1>Zu prüfen</h1>" in html


def test_a_picked_language_beats_the_sites_language(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_site: Callable[..., Site],
) -> None:
    moderator = make_moderator(make_site(language="en"))
    login(moderator)
    assert "<h1>Needs review</h1>" in client.get("/dashboard/").get_data(as_text=True)
    client.get("/dashboard/?lang=de")
    client.delete_cookie("lang")  # another device: only the account remembers
    html = client.get("/dashboard/stats", headers=ENGLISH_BROWSER).get_data(as_text=True)
    assert "<h1>Statistik</h1>" in html
