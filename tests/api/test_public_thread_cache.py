"""The public flat thread: ETag, Cache-Control, cheap 304s, cached bodies, SQL per request."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import event

from moderation.extensions import db
from moderation.models import Account, Article, Comment, CommentStatus, Site
from moderation.services.accounts import author_names, privacy

Headers = Callable[[Account], dict[str, str]]


@pytest.fixture
def statements(app: Flask) -> Iterator[list[str]]:
    """The SQL statements the app sends while the test runs (one entry per execute)."""
    sent: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        sent.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    yield sent
    event.remove(db.engine, "before_cursor_execute", record)


@pytest.fixture
def thread(
    make_site: Callable[..., Site],
    make_account: Callable[..., Account],
    make_comment: Callable[..., Comment],
) -> dict[str, Any]:
    """An article with three published comments by one author and one held comment."""
    site = make_site()
    article = Article(site=site, external_id="debatte")
    author = make_account(display_name="Anna")
    published = [
        make_comment(
            site=site,
            article=article,
            author=author,
            body=f"Beitrag {i}",
            status=CommentStatus.PUBLISHED,
        )
        for i in range(3)
    ]
    held = make_comment(site=site, article=article, author=author, status=CommentStatus.HELD)
    return {
        "path": f"/api/v1/sites/{site.slug}/articles/debatte/comments",
        "site": site,
        "author": author,
        "published": published,
        "held": held,
    }


def test_thread_read_is_public_cacheable_and_answers_304_while_unchanged(
    client: FlaskClient, thread: dict[str, Any]
) -> None:
    first = client.get(thread["path"])
    assert first.status_code == 200
    assert first.headers["Cache-Control"] == "public, max-age=15"
    etag = first.headers["ETag"]
    assert etag.startswith('"') and not etag.startswith("W/")
    again = client.get(thread["path"])  # from the body cache: the same bytes, the same tag
    assert again.data == first.data and again.headers["ETag"] == etag
    for sent in (etag, f"W/{etag}", f'"other", {etag}', "*"):
        cached = client.get(thread["path"], headers={"If-None-Match": sent})
        assert cached.status_code == 304 and cached.data == b""
        assert cached.headers["ETag"] == etag
        assert cached.headers["Cache-Control"] == "public, max-age=15"
    stale = client.get(thread["path"], headers={"If-None-Match": '"something-else"'})
    assert stale.status_code == 200 and stale.data == first.data


def _publish_held(thread: dict[str, Any], client: FlaskClient, bearer: Headers) -> None:
    thread["held"].status = CommentStatus.PUBLISHED  # as the worker or a moderator does
    db.session.commit()


def _reject_published(thread: dict[str, Any], client: FlaskClient, bearer: Headers) -> None:
    thread["published"][1].status = CommentStatus.REJECTED
    db.session.commit()


def _edit_published(thread: dict[str, Any], client: FlaskClient, bearer: Headers) -> None:
    comment = thread["published"][0]
    response = client.patch(
        f"/api/v1/comments/{comment.id}",
        json={"body": "Neu formuliert"},
        headers=bearer(thread["author"]),
    )
    assert response.status_code == 202


def _delete_published(thread: dict[str, Any], client: FlaskClient, bearer: Headers) -> None:
    comment = thread["published"][2]
    response = client.delete(f"/api/v1/comments/{comment.id}", headers=bearer(thread["author"]))
    assert response.status_code == 204


def _rename_author(thread: dict[str, Any], client: FlaskClient, bearer: Headers) -> None:
    author_names.rename(thread["author"], "Anna B.")  # what an SSO sign-in does
    db.session.commit()


def _erase_author(thread: dict[str, Any], client: FlaskClient, bearer: Headers) -> None:
    privacy.erase(thread["author"], "DELETE")


@pytest.mark.parametrize(
    "change",
    [
        _publish_held,
        _reject_published,
        _edit_published,
        _delete_published,
        _rename_author,
        _erase_author,
    ],
)
def test_thread_etag_and_body_change_with_what_the_page_shows(
    client: FlaskClient,
    thread: dict[str, Any],
    bearer: Headers,
    change: Callable[[dict[str, Any], FlaskClient, Headers], None],
) -> None:
    before = client.get(thread["path"])
    etag = before.headers["ETag"]
    change(thread, client, bearer)
    after = client.get(thread["path"], headers={"If-None-Match": etag})
    assert after.status_code == 200 and after.headers["ETag"] != etag
    # The body is built afresh, never the cached one of the earlier version.
    fresh = client.get(thread["path"])
    assert fresh.data == after.data != before.data


def test_thread_pages_are_cached_and_revalidated_each_on_its_own(
    client: FlaskClient, thread: dict[str, Any]
) -> None:
    first = client.get(thread["path"] + "?limit=2")
    second = client.get(first.get_json()["next"])
    assert [c["body"] for c in first.get_json()["comments"]] == ["Beitrag 0", "Beitrag 1"]
    assert [c["body"] for c in second.get_json()["comments"]] == ["Beitrag 2"]
    assert first.headers["ETag"] != second.headers["ETag"]
    # A new comment at the end changes the first page too: its "next" link now leads on.
    thread["held"].status = CommentStatus.PUBLISHED
    db.session.commit()
    assert client.get(thread["path"] + "?limit=3").get_json()["next"] is not None


def test_thread_is_correct_with_the_body_cache_turned_off(
    app: Flask, client: FlaskClient, thread: dict[str, Any]
) -> None:
    app.config["PUBLIC_CACHE_ENTRIES"] = 0
    first = client.get(thread["path"])
    assert len(first.get_json()["comments"]) == 3
    assert (
        client.get(thread["path"], headers={"If-None-Match": first.headers["ETag"]}).status_code
        == 304
    )
    _publish_held(thread, client, lambda a: {})
    assert len(client.get(thread["path"]).get_json()["comments"]) == 4


def test_thread_errors_keep_their_order(client: FlaskClient, thread: dict[str, Any]) -> None:
    assert client.get("/api/v1/sites/no-such-site/articles/x/comments?limit=0").status_code == 404
    bad_limit = client.get(thread["path"] + "?limit=101")
    assert bad_limit.status_code == 422 and bad_limit.get_json()["error"]["field"] == "limit"
    empty = client.get(f"/api/v1/sites/{thread['site'].slug}/articles/none-yet/comments")
    assert empty.status_code == 200 and empty.get_json() == {"comments": [], "next": None}


def test_thread_read_costs_one_statement_and_two_when_a_cached_page_changed(
    app: Flask, client: FlaskClient, thread: dict[str, Any], statements: list[str]
) -> None:
    first = client.get(thread["path"])  # nothing cached: the page with its version
    assert first.status_code == 200 and len(statements) == 1, statements
    statements.clear()
    assert client.get(thread["path"]).status_code == 200  # body from the cache
    assert len(statements) == 1, statements
    statements.clear()
    headers = {"If-None-Match": first.headers["ETag"]}
    assert client.get(thread["path"], headers=headers).status_code == 304
    assert len(statements) == 1, statements
    _publish_held(thread, client, lambda a: {})
    statements.clear()
    changed = client.get(thread["path"])  # the version, then the page
    assert changed.status_code == 200 and len(statements) == 2, statements
    assert len(changed.get_json()["comments"]) == 4


def test_uncached_thread_read_costs_one_statement_and_keeps_its_etag(
    app: Flask, client: FlaskClient, thread: dict[str, Any], statements: list[str]
) -> None:
    app.config["PUBLIC_CACHE_ENTRIES"] = 0
    first = client.get(thread["path"])
    again = client.get(thread["path"])
    assert len(statements) == 2, statements
    assert again.data == first.data and again.headers["ETag"] == first.headers["ETag"]
    # The ETag computed from the rows is the one the aggregate gives: a 304 answers it,
    # on a full page, on one with a next page, after a cursor, and on an empty one.
    second = client.get(thread["path"] + "?limit=2").get_json()["next"]
    empty = f"/api/v1/sites/{thread['site'].slug}/articles/none-yet/comments"
    for path in (thread["path"], thread["path"] + "?limit=2", second, empty):
        etag = client.get(path).headers["ETag"]
        assert client.get(path, headers={"If-None-Match": etag}).status_code == 304, path


def test_posting_a_comment_costs_three_statements_then_six_for_a_new_article(
    client: FlaskClient,
    make_site: Callable[..., Site],
    make_account: Callable[..., Account],
    bearer: Headers,
    statements: list[str],
    enqueued: Callable[[], list[tuple[str, list[Any]]]],
) -> None:
    site = make_site()
    headers = bearer(make_account())
    path = f"/api/v1/sites/{site.slug}/articles/neu/comments"
    statements.clear()
    # A new article: token, site+article+SSO home, savepoint, article, release, comment.
    created = client.post(path, json={"body": "Der erste Kommentar."}, headers=headers)
    assert created.status_code == 202 and len(statements) <= 6, statements
    statements.clear()
    # An existing article: token, site+article+SSO home, comment. Nothing is read back
    # after the commit: the response shows what was written.
    response = client.post(path, json={"body": "Der zweite Kommentar."}, headers=headers)
    assert response.status_code == 202 and len(statements) <= 3, statements
    body = response.get_json()
    assert body["status"] == "pending" and body["scores"] is None and body["version"] == 1
    assert body["article_id"] == "neu" and body["site"] == site.slug
    assert response.headers["Location"] == f"/api/v1/comments/{body['id']}"
    assert enqueued() == [
        ("moderation.score_comment", [created.get_json()["id"]]),
        ("moderation.score_comment", [body["id"]]),
    ]
    stored = db.session.get(Comment, body["id"])
    assert stored is not None and stored.body == "Der zweite Kommentar."


def test_bearer_request_does_not_load_the_browser_session(
    client: FlaskClient,
    make_site: Callable[..., Site],
    make_account: Callable[..., Account],
    bearer: Headers,
    login: Callable[[Account], None],
    statements: list[str],
) -> None:
    site = make_site()
    account = make_account()
    login(account)  # the client now carries a session cookie as well
    headers = bearer(account)
    path = f"/api/v1/sites/{site.slug}/articles/a1/comments"
    assert client.post(path, json={"body": "Erster."}, headers=headers).status_code == 202
    statements.clear()
    assert client.post(path, json={"body": "Zweiter."}, headers=headers).status_code == 202
    assert len(statements) <= 3, statements  # no session token lookup


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(app: Flask) -> Clock:
    """The body cache's clock, moved by hand; PUBLIC_FRESH_MS at its default of one second."""
    from moderation.api import caching

    app.config["PUBLIC_FRESH_MS"] = 1000
    clock = Clock()
    app.extensions[caching._EXTENSION] = caching._BodyCache(16, clock=clock)
    return clock


def test_a_page_confirmed_within_the_fresh_window_costs_no_statement(
    client: FlaskClient, thread: dict[str, Any], statements: list[str], clock: Clock
) -> None:
    first = client.get(thread["path"])
    statements.clear()

    again = client.get(thread["path"])
    revalidated = client.get(thread["path"], headers={"If-None-Match": first.headers["ETag"]})

    assert statements == []
    assert again.status_code == 200 and again.data == first.data
    assert again.headers["ETag"] == first.headers["ETag"]
    assert again.headers["Cache-Control"] == "public, max-age=15"
    assert revalidated.status_code == 304


def test_a_change_shows_once_the_fresh_window_has_passed(
    client: FlaskClient, thread: dict[str, Any], bearer: Headers, clock: Clock
) -> None:
    before = client.get(thread["path"])
    _publish_held(thread, client, bearer)

    clock.now += 0.5  # inside the window: the page as it was confirmed half a second ago
    assert client.get(thread["path"]).data == before.data
    clock.now += 0.6  # past it: asked again, the database has the new page
    after = client.get(thread["path"])

    assert len(after.get_json()["comments"]) == len(before.get_json()["comments"]) + 1
    assert after.headers["ETag"] != before.headers["ETag"]


def test_a_304_confirms_the_cached_page_for_another_window(
    client: FlaskClient, thread: dict[str, Any], statements: list[str], clock: Clock
) -> None:
    first = client.get(thread["path"])
    clock.now += 5
    headers = {"If-None-Match": first.headers["ETag"]}
    assert client.get(thread["path"], headers=headers).status_code == 304  # asked the database
    statements.clear()
    clock.now += 0.5

    assert client.get(thread["path"]).data == first.data
    assert statements == []
