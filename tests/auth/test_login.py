"""Browser sign-in: CSRF-protected forms, server-side sessions that rotate and really end."""

from __future__ import annotations

from collections.abc import Callable

from flask.testing import FlaskClient

from moderation.models import Account, Role
from moderation.services.accounts.passwords import hash_password
from tests.support.clients import csrf_token_from
from tests.support.config import PASSWORD


def session_cookie(client: FlaskClient) -> str:
    cookie = client.get_cookie("session")
    assert cookie is not None
    return cookie.value


def test_login_form_without_csrf_token_is_refused(
    client: FlaskClient,
    make_account: Callable[..., Account],
) -> None:
    account = make_account(Role.MODERATOR)
    response = client.post("/auth/login", data={"email": account.email, "password": PASSWORD})
    assert response.status_code == 400
    assert client.get("/dashboard/").status_code == 302


def test_login_rotates_the_session_and_logout_ends_it(
    client: FlaskClient,
    make_account: Callable[..., Account],
    login: Callable[[Account], None],
) -> None:
    account = make_account(Role.MODERATOR)
    client.get("/auth/login")
    before = session_cookie(client)
    login(account)
    during = session_cookie(client)
    assert during != before
    assert client.get("/dashboard/").status_code == 200

    page = client.get("/dashboard/").get_data(as_text=True)
    client.post("/auth/logout", data={"csrf_token": csrf_token_from(page)})
    assert client.get("/dashboard/").status_code == 302

    # A stolen copy of the old cookie is worthless once its session ended.
    client.set_cookie("session", during, domain="localhost")
    assert client.get("/dashboard/").status_code == 302


def test_wrong_password_shows_a_message(
    client: FlaskClient,
    make_account: Callable[..., Account],
) -> None:
    account = make_account()
    page = client.get("/auth/login").get_data(as_text=True)
    response = client.post(
        "/auth/login",
        data={
            "email": account.email,
            "password": "wrong password",
            "csrf_token": csrf_token_from(page),
        },
    )
    assert response.status_code == 200
    assert "E-Mail oder Passwort ist falsch." in response.get_data(as_text=True)


def test_next_parameter_cannot_leave_the_site(
    client: FlaskClient,
    make_account: Callable[..., Account],
) -> None:
    account = make_account(Role.MODERATOR)
    for target, expected in [
        ("https://evil.example/", "/dashboard/"),
        ("//evil.example/", "/dashboard/"),
        ("/\\evil.example", "/dashboard/"),
        ("/dashboard/?sort=score", "/dashboard/?sort=score"),
    ]:
        page = client.get("/auth/login").get_data(as_text=True)
        response = client.post(
            f"/auth/login?next={target}",
            data={
                "email": account.email,
                "password": PASSWORD,
                "csrf_token": csrf_token_from(page),
            },
        )
        assert response.status_code == 302
        assert response.headers["Location"] == expected, target


def test_register_creates_a_commenter_and_signs_in(client: FlaskClient) -> None:
    page = client.get("/auth/register").get_data(as_text=True)
    response = client.post(
        "/auth/register",
        data={
            "email": "neu@example.org",
            "display_name": "Neu",
            "password": PASSWORD,
            "confirm": PASSWORD,
            "csrf_token": csrf_token_from(page),
        },
    )
    assert response.status_code == 302
    from moderation.services.accounts.credentials import find_by_email

    account = find_by_email("neu@example.org")
    assert account is not None and account.role is Role.COMMENTER
    assert account.password_hash.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert client.get("/dashboard/").status_code == 403


def test_password_hash_uses_owasp_argon2id_parameters() -> None:
    assert hash_password("irrelevant").startswith("$argon2id$v=19$m=19456,t=2,p=1$")
