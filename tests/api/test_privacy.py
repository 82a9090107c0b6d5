"""GDPR: an account exports its data as JSON and erases itself; comments stay, anonymised."""

from __future__ import annotations

from collections.abc import Callable

from flask.testing import FlaskClient

from moderation.extensions import db
from moderation.models import Account, AccountStatus, AuthToken, Comment, CommentStatus
from moderation.services.accounts.credentials import find_by_email

Headers = Callable[[Account], dict[str, str]]


def test_export_contains_the_accounts_comments_and_no_secrets(
    client: FlaskClient,
    make_account: Callable[..., Account],
    make_comment: Callable[..., Comment],
    bearer: Headers,
) -> None:
    account = make_account(email="leserin@example.org")
    make_comment(author=account, body="Mein Beitrag zur Wahl", status=CommentStatus.PUBLISHED)
    make_comment(body="Jemand anderes")
    response = client.get("/api/v1/me/export", headers=bearer(account))
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    data = response.get_json()
    assert data["account"]["email"] == "leserin@example.org"
    assert [c["body"] for c in data["comments"]] == ["Mein Beitrag zur Wahl"]
    assert data["sessions_and_tokens"][0]["kind"] == "api"
    text = response.get_data(as_text=True)
    assert account.password_hash not in text and "token_hash" not in text


def test_erasure_anonymises_the_account_ends_logins_and_keeps_threads(
    client: FlaskClient,
    make_account: Callable[..., Account],
    make_comment: Callable[..., Comment],
    bearer: Headers,
) -> None:
    account = make_account(email="weg@example.org")
    comment = make_comment(author=account, status=CommentStatus.PUBLISHED)
    headers = bearer(account)
    refused = client.delete("/api/v1/me", json={"confirm": "yes"}, headers=headers)
    assert refused.status_code == 422 and refused.get_json()["error"]["field"] == "confirm"
    assert (
        client.delete("/api/v1/me", json={"confirm": "DELETE"}, headers=headers).status_code == 204
    )

    db.session.expire_all()
    erased = db.session.get(Account, account.id)
    assert erased.status is AccountStatus.DELETED
    assert erased.display_name == "Gelöschtes Konto"
    assert "weg@example.org" not in erased.email and find_by_email("weg@example.org") is None
    assert db.session.query(AuthToken).filter_by(account_id=account.id).count() == 0
    assert client.get("/api/v1/me/export", headers=headers).status_code == 401
    assert db.session.get(Comment, comment.id).author_id == account.id  # thread intact
