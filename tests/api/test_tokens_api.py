"""API tokens: issued for correct credentials, stored hashed, usable as Bearer."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from flask.testing import FlaskClient

from moderation.extensions import db
from moderation.models import Account, AuthToken
from tests.support.config import PASSWORD


def test_token_for_correct_credentials_works_as_bearer(
    client: FlaskClient,
    make_account: Callable[..., Account],
    make_comment: Callable[..., object],
) -> None:
    account = make_account(email="Leser@Example.org")
    response = client.post(
        "/api/v1/auth/token", json={"email": "leser@example.org", "password": PASSWORD}
    )
    assert response.status_code == 201
    data = response.get_json()
    assert set(data) == {"token", "expires_at", "token_type"}
    stored = db.session.execute(db.select(AuthToken)).scalars().all()
    assert [t.token_hash for t in stored] == [hashlib.sha256(data["token"].encode()).hexdigest()]
    assert data["token"] not in {t.token_hash for t in stored}
    comment = make_comment(author=account)
    seen = client.get(
        f"/api/v1/comments/{comment.id}", headers={"Authorization": f"Bearer {data['token']}"}
    )
    assert seen.status_code == 200


def test_wrong_password_and_unknown_email_look_the_same(
    client: FlaskClient,
    make_account: Callable[..., Account],
) -> None:
    account = make_account()
    wrong = client.post("/api/v1/auth/token", json={"email": account.email, "password": "nope"})
    unknown = client.post(
        "/api/v1/auth/token", json={"email": "ghost@example.org", "password": PASSWORD}
    )
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.get_json() == unknown.get_json()


def test_token_request_needs_both_fields(client: FlaskClient) -> None:
    response = client.post("/api/v1/auth/token", json={"email": "a@example.org"})
    assert response.status_code == 422
    assert response.get_json()["error"]["field"] == "password"
