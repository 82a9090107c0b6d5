"""A catalogue of bad and awkward input: each gets a specific 4xx JSON error, or is stored verbatim.

Nothing here may produce a 5xx, and every error names its code (and field where one is at fault).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from flask.testing import FlaskClient

from moderation.extensions import db
from moderation.models import Account, Comment, Site

URL = "/api/v1/sites/{site}/articles/{article}/comments"
JSON = "application/json"

# (case, raw body, content type, expected status, expected error code, expected field)
REJECTED: list[tuple[str, bytes, str, int, str, str | None]] = [
    ("wrong content type", b'{"body": "x"}', "text/plain", 415, "unsupported_media_type", None),
    (
        "form encoded",
        b"body=x",
        "application/x-www-form-urlencoded",
        415,
        "unsupported_media_type",
        None,
    ),
    ("no content type", b'{"body": "x"}', "", 415, "unsupported_media_type", None),
    ("empty body", b"", JSON, 400, "empty_body", None),
    ("whitespace body", b"  \n\t ", JSON, 400, "empty_body", None),
    ("truncated json", b'{"body": "x"', JSON, 400, "invalid_json", None),
    ("single quotes", b"{'body': 'x'}", JSON, 400, "invalid_json", None),
    ("trailing comma", b'{"body": "x",}', JSON, 400, "invalid_json", None),
    ("array", b'["x"]', JSON, 400, "invalid_json", None),
    ("string", b'"x"', JSON, 400, "invalid_json", None),
    ("number", b"42", JSON, 400, "invalid_json", None),
    ("null", b"null", JSON, 400, "invalid_json", None),
    ("NaN", b'{"body": "x", "parent_id": NaN}', JSON, 400, "invalid_json", None),
    ("Infinity", b'{"body": "x", "parent_id": Infinity}', JSON, 400, "invalid_json", None),
    ("duplicate keys", b'{"body": "a", "body": "b"}', JSON, 400, "invalid_json", None),
    ("invalid utf-8", b'{"body": "\xc3\x28"}', JSON, 400, "invalid_encoding", None),
    ("latin-1 bytes", '{"body": "Grüße"}'.encode("latin-1"), JSON, 400, "invalid_encoding", None),
    ("utf-16", '{"body": "x"}'.encode("utf-16"), JSON, 400, "invalid_encoding", None),
    ("deeply nested arrays", b"[" * 30_000 + b"]" * 30_000, JSON, 400, "invalid_json", None),
    (
        "deeply nested objects",
        b'{"a":' * 10_000 + b"1" + b"}" * 10_000,
        JSON,
        400,
        "invalid_json",
        None,
    ),
    (
        "oversized body",
        b'{"body": "' + b"x" * 70_000 + b'"}',
        JSON,
        413,
        "request_entity_too_large",
        None,
    ),
    ("missing body field", b'{"text": "x"}', JSON, 422, "missing", "body"),
    ("null body field", b'{"body": null}', JSON, 422, "missing", "body"),
    ("numeric body", b'{"body": 1}', JSON, 422, "invalid", "body"),
    ("list body", b'{"body": ["x"]}', JSON, 422, "invalid", "body"),
    ("object body", b'{"body": {"x": 1}}', JSON, 422, "invalid", "body"),
    ("empty string body", b'{"body": ""}', JSON, 422, "invalid", "body"),
    ("whitespace-only body", b'{"body": " \\n\\t \\u3000"}', JSON, 422, "invalid", "body"),
    (
        "zero-width-only body",
        b'{"body": "\\u200b\\u200c\\u200d\\ufeff"}',
        JSON,
        422,
        "invalid",
        "body",
    ),
    (
        "control-characters-only body",
        b'{"body": "\\u0000\\u0007\\u001b"}',
        JSON,
        422,
        "invalid",
        "body",
    ),
    ("bidi-override-only body", b'{"body": "\\u202e\\u2066"}', JSON, 422, "invalid", "body"),
    ("5,001 characters", b'{"body": "' + b"a" * 5001 + b'"}', JSON, 422, "invalid", "body"),
    ("lone high surrogate", b'{"body": "x\\ud800"}', JSON, 422, "invalid", "body"),
    ("lone low surrogate", b'{"body": "\\udc00x"}', JSON, 422, "invalid", "body"),
    ("parent_id as string", b'{"body": "x", "parent_id": "1"}', JSON, 422, "invalid", "parent_id"),
    ("parent_id as float", b'{"body": "x", "parent_id": 1.5}', JSON, 422, "invalid", "parent_id"),
    ("parent_id as bool", b'{"body": "x", "parent_id": true}', JSON, 422, "invalid", "parent_id"),
    (
        "huge parent_id",
        b'{"body": "x", "parent_id": 99999999999999999999999999}',
        JSON,
        422,
        "invalid",
        "parent_id",
    ),
    ("negative parent_id", b'{"body": "x", "parent_id": -1}', JSON, 422, "invalid", "parent_id"),
    ("unknown parent_id", b'{"body": "x", "parent_id": 424242}', JSON, 422, "invalid", "parent_id"),
    (
        "article_url javascript",
        b'{"body": "x", "article_url": "javascript:alert(1)"}',
        JSON,
        422,
        "invalid",
        "article_url",
    ),
    (
        "article_url relative",
        b'{"body": "x", "article_url": "/wahl"}',
        JSON,
        422,
        "invalid",
        "article_url",
    ),
    ("article_url number", b'{"body": "x", "article_url": 5}', JSON, 422, "invalid", "article_url"),
    (
        "article_title too long",
        b'{"body": "x", "article_title": "' + b"t" * 501 + b'"}',
        JSON,
        422,
        "invalid",
        "article_title",
    ),
]


@pytest.fixture
def site(make_site: Callable[..., Site]) -> Site:
    return make_site("stadtanzeiger")


@pytest.fixture
def headers(
    make_account: Callable[..., Account], bearer: Callable[[Account], dict[str, str]]
) -> dict[str, str]:
    return bearer(make_account())


@pytest.mark.parametrize(
    ("case", "raw", "content_type", "status", "code", "field"),
    REJECTED,
    ids=[case[0] for case in REJECTED],
)
def test_bad_request_gets_a_specific_json_error(
    client: FlaskClient,
    site: Site,
    headers: dict[str, str],
    case: str,
    raw: bytes,
    content_type: str,
    status: int,
    code: str,
    field: str | None,
) -> None:
    response = client.post(
        URL.format(site=site.slug, article="wahl"),
        data=raw,
        content_type=content_type or None,
        headers=headers,
    )
    assert response.status_code == status, response.get_data(as_text=True)[:300]
    error = response.get_json()["error"]
    assert error["code"] == code
    assert error.get("field") == field
    assert error["message"]
    assert db.session.query(Comment).count() == 0


@pytest.mark.parametrize(
    ("case", "site_slug", "article", "status", "field"),
    [
        ("unknown site", "nowhere", "wahl", 404, "site"),
        ("article id with slash-like chars", "stadtanzeiger", "a%20b", 422, "article_id"),
        ("article id too long", "stadtanzeiger", "a" * 201, 422, "article_id"),
    ],
)
def test_bad_path_parts_are_named(
    client: FlaskClient,
    site: Site,
    headers: dict[str, str],
    case: str,
    site_slug: str,
    article: str,
    status: int,
    field: str,
) -> None:
    response = client.post(
        URL.format(site=site_slug, article=article), json={"body": "x"}, headers=headers
    )
    assert response.status_code == status, case
    assert response.get_json()["error"]["field"] == field


STORED_VERBATIM = [
    ("sql injection", "Robert'); DROP TABLE comments;--"),
    ("sql injection 2", "' OR '1'='1' --"),
    ("jinja template", "{{ config.SECRET_KEY }} {% for x in range(9) %}x{% endfor %}"),
    ("format string", "%s %(body)s {0} ${jndi:ldap://x}"),
    ("html and script", "<script>alert(1)</script><img src=x onerror=alert(2)>"),
    ("homoglyphs", "Аrschloch mit kyrillischem А und griechischem Ο"),
    ("zero-width inside words", "Voll\u200bidiot und Arsch\u200dloch"),
    ("emoji with joiners", "Familie 👨\u200d👩\u200d👧 und Flagge 🇩🇪"),
    ("right-to-left script", "مرحبا שלום Hallo"),
    ("combining marks", "Z̵̡a̸l̷g̶o̴ Text"),
    ("null-like words", "null None undefined NaN"),
    ("exactly 5,000 characters", "ä" * 5000),
]


@pytest.mark.parametrize(("case", "body"), STORED_VERBATIM, ids=[c[0] for c in STORED_VERBATIM])
def test_awkward_but_valid_text_is_stored_verbatim(
    client: FlaskClient,
    site: Site,
    headers: dict[str, str],
    case: str,
    body: str,
) -> None:
    response = client.post(
        URL.format(site=site.slug, article="wahl"), json={"body": body}, headers=headers
    )
    assert response.status_code == 202, response.get_data(as_text=True)[:300]
    stored = db.session.get(Comment, response.get_json()["id"])
    assert stored is not None and stored.body == body


def test_bidi_overrides_are_removed_but_the_text_is_kept(
    client: FlaskClient,
    site: Site,
    headers: dict[str, str],
) -> None:
    response = client.post(
        URL.format(site=site.slug, article="wahl"),
        json={"body": "harmlos \u202egnudielebeB\u202c Ende"},
        headers=headers,
    )
    assert response.status_code == 202
    assert response.get_json()["body"] == "harmlos gnudielebeB Ende"


@pytest.mark.parametrize(
    ("key", "status"),
    [("", 422), ("x" * 101, 422), ("mit leer", 422), ("ümlaut", 422), ("ok-key_1", 202)],
)
def test_idempotency_key_is_validated(
    client: FlaskClient, site: Site, headers: dict[str, str], key: str, status: int
) -> None:
    response = client.post(
        URL.format(site=site.slug, article="wahl"),
        json={"body": "x"},
        headers={**headers, "Idempotency-Key": key},
    )
    assert response.status_code == status
    if status == 422:
        assert response.get_json()["error"]["field"] == "Idempotency-Key"


def test_duplicate_posts_with_one_idempotency_key_create_one_comment(
    client: FlaskClient,
    site: Site,
    headers: dict[str, str],
    enqueued: Callable[[], list[tuple[str, list[Any]]]],
) -> None:
    keyed = {**headers, "Idempotency-Key": "9f1c2e7a-retry"}
    url = URL.format(site=site.slug, article="wahl")
    first = client.post(url, json={"body": "Nur einmal, bitte."}, headers=keyed)
    second = client.post(url, json={"body": "Nur einmal, bitte."}, headers=keyed)
    assert first.status_code == second.status_code == 202
    assert first.get_json()["id"] == second.get_json()["id"]
    assert db.session.query(Comment).count() == 1
    assert len(enqueued()) == 1
    different = client.post(url, json={"body": "Etwas anderes"}, headers=keyed)
    assert different.status_code == 409
    assert different.get_json()["error"]["code"] == "idempotency_key_reused"


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/sites/a%00b/articles/wahl/comments",
        "/api/v1/sites/stadtanzeiger/articles/a%00b/comments",
    ],
)
def test_nul_characters_in_paths_are_client_errors(
    client: FlaskClient, site: Site, headers: dict[str, str], path: str
) -> None:
    read = client.get(path)
    # SQLite can look the id up and finds nothing; PostgreSQL refuses NUL: 400, not 500.
    assert read.status_code in {200, 400, 404}
    if read.status_code == 200:
        assert read.get_json()["comments"] == []
    posted = client.post(path, json={"body": "x"}, headers=headers)
    assert posted.status_code in {400, 404, 422}
    assert "error" in posted.get_json()


def test_nul_in_a_text_field_is_named(
    client: FlaskClient, site: Site, headers: dict[str, str]
) -> None:
    response = client.post(
        URL.format(site=site.slug, article="wahl"),
        json={"body": "ok", "article_title": "a\x00b"},
        headers=headers,
    )
    assert response.status_code == 422
    assert response.get_json()["error"]["field"] == "article_title"
