"""The comment API: who may post, what is accepted, what is queued, who sees what."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from flask.testing import FlaskClient

from moderation.extensions import db
from moderation.models import Account, AccountStatus, Comment, CommentStatus, Role, Site
from moderation.models.desk import SiteAssignment

Headers = Callable[[Account], dict[str, str]]


def post_comment(
    client: FlaskClient,
    site: str,
    headers: dict[str, str],
    body: Any = None,
    article: str = "wahl-2026",
    **payload: Any,
) -> Any:
    if body is not None:
        payload["body"] = body
    return client.post(
        f"/api/v1/sites/{site}/articles/{article}/comments", json=payload, headers=headers
    )


def test_accepted_comment_is_stored_pending_and_queued(
    client: FlaskClient,
    make_site: Callable[..., Site],
    make_account: Callable[..., Account],
    bearer: Headers,
    enqueued: Callable[[], list[tuple[str, list[Any]]]],
) -> None:
    site = make_site("stadtanzeiger")
    author = make_account()
    response = post_comment(
        client,
        site.slug,
        bearer(author),
        "Ich finde die Pläne des Bürgermeisters gut.",
        article_title="Wahl 2026",
        article_url="https://example.org/wahl",
    )
    assert response.status_code == 202
    data = response.get_json()
    assert data["status"] == "pending"
    assert data["body"] == "Ich finde die Pläne des Bürgermeisters gut."
    assert response.headers["Location"].endswith(f"/api/v1/comments/{data['id']}")
    comment = db.session.get(Comment, data["id"])
    assert comment is not None and comment.status is CommentStatus.PENDING
    assert comment.article.title == "Wahl 2026"
    assert enqueued() == [("moderation.score_comment", [data["id"]])]


def test_posting_requires_an_account(
    client: FlaskClient, make_site: Callable[..., Site], enqueued: Callable[[], list[Any]]
) -> None:
    site = make_site()
    response = post_comment(client, site.slug, {}, "Hallo")
    assert response.status_code == 401
    assert response.get_json()["error"]["code"] == "unauthenticated"
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert db.session.query(Comment).count() == 0
    assert enqueued() == []


def test_invalid_token_is_refused(client: FlaskClient, make_site: Callable[..., Site]) -> None:
    site = make_site()
    response = post_comment(client, site.slug, {"Authorization": "Bearer nope"}, "Hallo")
    assert response.status_code == 401
    assert response.get_json()["error"]["code"] == "invalid_token"


@pytest.mark.parametrize("status", [AccountStatus.BANNED, AccountStatus.SUSPENDED])
def test_banned_or_suspended_account_cannot_comment(
    client: FlaskClient,
    make_site: Callable[..., Site],
    make_account: Callable[..., Account],
    bearer: Headers,
    status: AccountStatus,
    enqueued: Callable[[], list[Any]],
) -> None:
    site = make_site()
    account = make_account(status=status)
    response = post_comment(client, site.slug, bearer(account), "Hallo zusammen")
    assert response.status_code == 403
    assert response.get_json()["error"] == {
        "code": "account_not_active",
        "message": f"this account is {status.value}",
        "field": "account",
    }
    assert enqueued() == []


def test_unknown_site_is_404(
    client: FlaskClient, make_account: Callable[..., Account], bearer: Headers
) -> None:
    response = post_comment(client, "no-such-site", bearer(make_account()), "Hallo")
    assert response.status_code == 404
    assert response.get_json()["error"]["field"] == "site"


@pytest.mark.parametrize(
    ("payload", "status", "field"),
    [
        ({}, 422, "body"),
        ({"body": ""}, 422, "body"),
        ({"body": "   \n\t "}, 422, "body"),
        ({"body": 42}, 422, "body"),
        ({"body": "x" * 5001}, 422, "body"),
        ({"body": "ok", "parent_id": "1"}, 422, "parent_id"),
        ({"body": "ok", "parent_id": True}, 422, "parent_id"),
        ({"body": "ok", "parent_id": 999999}, 422, "parent_id"),
        ({"body": "ok", "parent_id": 2**70}, 422, "parent_id"),
        ({"body": "ok", "article_url": "javascript:alert(1)"}, 422, "article_url"),
        ({"body": "ok", "article_title": "t" * 501}, 422, "article_title"),
    ],
)
def test_invalid_fields_are_named(
    client: FlaskClient,
    make_site: Callable[..., Site],
    make_account: Callable[..., Account],
    bearer: Headers,
    payload: dict[str, Any],
    status: int,
    field: str,
) -> None:
    site = make_site()
    response = client.post(
        f"/api/v1/sites/{site.slug}/articles/a1/comments",
        json=payload,
        headers=bearer(make_account()),
    )
    assert response.status_code == status
    assert response.get_json()["error"]["field"] == field


@pytest.mark.parametrize(
    ("data", "content_type", "status", "code"),
    [
        (b'{"body": "x"}', "text/plain", 415, "unsupported_media_type"),
        (b"", "application/json", 400, "empty_body"),
        (b"{not json", "application/json", 400, "invalid_json"),
        (b'["body"]', "application/json", 400, "invalid_json"),
        (b'{"body": "a", "body": "b"}', "application/json", 400, "invalid_json"),
        (b'{"body": NaN}', "application/json", 400, "invalid_json"),
        (b'{"body": "\xff\xfe"}', "application/json", 400, "invalid_encoding"),
        (b"[" * 100_000 + b"]" * 100_000, "application/json", 413, "request_entity_too_large"),
        (b"[" * 20_000 + b"]" * 20_000, "application/json", 400, "invalid_json"),
        (b'{"body": "\\ud800"}', "application/json", 422, "invalid"),
    ],
)
def test_malformed_requests_get_json_errors(
    client: FlaskClient,
    make_site: Callable[..., Site],
    make_account: Callable[..., Account],
    bearer: Headers,
    data: bytes,
    content_type: str,
    status: int,
    code: str,
) -> None:
    site = make_site()
    response = client.post(
        f"/api/v1/sites/{site.slug}/articles/a1/comments",
        data=data,
        content_type=content_type,
        headers=bearer(make_account()),
    )
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.get_json()["error"]["code"] == code


def test_body_is_normalised(
    client: FlaskClient,
    make_site: Callable[..., Site],
    make_account: Callable[..., Account],
    bearer: Headers,
) -> None:
    site = make_site()
    decomposed = "Bu\u0308rgermeister\u0007 sagt:\r\n  hallo\u200b "
    response = post_comment(client, site.slug, bearer(make_account()), decomposed)
    assert response.status_code == 202
    assert response.get_json()["body"] == "Bürgermeister sagt:\n  hallo\u200b"


def test_reply_must_stay_in_its_article(
    client: FlaskClient,
    make_site: Callable[..., Site],
    make_account: Callable[..., Account],
    bearer: Headers,
) -> None:
    site = make_site()
    headers = bearer(make_account())
    first = post_comment(client, site.slug, headers, "Erster", article="a1").get_json()
    reply = post_comment(client, site.slug, headers, "Antwort", article="a1", parent_id=first["id"])
    assert reply.status_code == 202 and reply.get_json()["parent_id"] == first["id"]
    elsewhere = post_comment(
        client, site.slug, headers, "Falsch", article="a2", parent_id=first["id"]
    )
    assert elsewhere.status_code == 422
    assert elsewhere.get_json()["error"]["field"] == "parent_id"


def test_author_and_moderators_see_a_comment_others_do_not(
    client: FlaskClient,
    make_comment: Callable[..., Comment],
    make_account: Callable[..., Account],
    bearer: Headers,
) -> None:
    comment = make_comment(status=CommentStatus.HELD)
    own = client.get(f"/api/v1/comments/{comment.id}", headers=bearer(comment.author))
    assert own.status_code == 200
    assert own.get_json()["status"] == "held" and own.get_json()["version"] == comment.version
    assigned = make_account(Role.MODERATOR)
    db.session.add(SiteAssignment(account_id=assigned.id, site_id=comment.site_id))
    db.session.commit()
    moderator = client.get(f"/api/v1/comments/{comment.id}", headers=bearer(assigned))
    assert moderator.status_code == 200
    for outsider in (make_account(Role.MODERATOR), make_account()):  # unassigned, reader
        response = client.get(f"/api/v1/comments/{comment.id}", headers=bearer(outsider))
        assert response.status_code == 404
    admin = client.get(f"/api/v1/comments/{comment.id}", headers=bearer(make_account(Role.ADMIN)))
    assert admin.status_code == 200
    stranger = client.get(f"/api/v1/comments/{comment.id}", headers=bearer(make_account()))
    assert stranger.status_code == 404
    anonymous = client.get(f"/api/v1/comments/{comment.id}")
    assert anonymous.status_code == 404
    missing = client.get("/api/v1/comments/987654", headers=bearer(comment.author))
    assert missing.status_code == 404


def test_thread_lists_only_published_oldest_first_in_pages(
    client: FlaskClient,
    make_site: Callable[..., Site],
    make_comment: Callable[..., Comment],
) -> None:
    from moderation.models import Article

    site = make_site()
    article = Article(site=site, external_id="wahl")
    statuses = [
        CommentStatus.PUBLISHED,
        CommentStatus.HELD,
        CommentStatus.PUBLISHED,
        CommentStatus.REJECTED,
        CommentStatus.PUBLISHED,
        CommentStatus.PENDING,
    ]
    made = [
        make_comment(site=site, article=article, status=s, body=f"Kommentar {i}")
        for i, s in enumerate(statuses)
    ]
    published = [c.id for c in made if c.status is CommentStatus.PUBLISHED]

    first = client.get(f"/api/v1/sites/{site.slug}/articles/wahl/comments?limit=2")
    assert first.status_code == 200
    page = first.get_json()
    assert [c["id"] for c in page["comments"]] == published[:2]
    assert set(page["comments"][0]) == {"id", "body", "author", "parent_id", "created_at"}
    second = client.get(page["next"]).get_json()
    assert [c["id"] for c in second["comments"]] == published[2:]
    assert second["next"] is None


def test_thread_of_an_article_without_comments_is_empty(
    client: FlaskClient,
    make_site: Callable[..., Site],
) -> None:
    site = make_site()
    response = client.get(f"/api/v1/sites/{site.slug}/articles/new/comments")
    assert response.get_json() == {"comments": [], "next": None}
    assert client.get("/api/v1/sites/nope/articles/new/comments").status_code == 404
    bad = client.get(f"/api/v1/sites/{site.slug}/articles/new/comments?limit=-1")
    assert bad.status_code == 400 and bad.get_json()["error"]["field"] == "limit"


def test_unknown_api_route_answers_json(client: FlaskClient) -> None:
    response = client.get("/api/v1/nothing-here")
    assert response.status_code == 404
    assert response.get_json()["error"]["code"] == "not_found"
    wrong_method = client.delete("/api/v1/auth/token")
    assert wrong_method.status_code == 405
    assert "POST" in wrong_method.headers["Allow"]
