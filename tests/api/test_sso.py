"""SSO: a site's short-lived HS256 token for a reader, exchanged for a bearer token."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jwt
import pytest
from flask.testing import FlaskClient

from moderation.extensions import db
from moderation.models import Account, Site, SsoIdentity, SsoTokenUse
from moderation.services.accounts import credentials
from tests.support.config import PASSWORD
from tests.support.sso import mint


def exchange(client: FlaskClient, site: str, token: str) -> Any:
    return client.post("/api/v1/auth/sso", json={"site": site, "token": token})


def test_first_sign_in_creates_an_account_linked_by_site_and_sub(
    client: FlaskClient, sso_site: Callable[..., Site]
) -> None:
    site = sso_site("stadtanzeiger")
    response = exchange(client, site.slug, mint(site, "u-42", name="Erika <b>M.</b>"))
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    assert body["token_type"] == "Bearer" and body["account"]["created"] is True
    assert body["account"]["display_name"] == "Erika <b>M.</b>"
    identity = db.session.execute(db.select(SsoIdentity)).scalar_one()
    assert (identity.subject, identity.email) == ("u-42", "u-42@example.org")
    # The bearer token posts comments as that reader.
    posted = client.post(
        f"/api/v1/sites/{site.slug}/articles/a1/comments",
        json={"body": "Gute Frage an die Kandidierenden."},
        headers={"Authorization": f"Bearer {body['token']}"},
    )
    assert posted.status_code == 202
    again = exchange(client, site.slug, mint(site, "u-42", name="Erika M."))
    assert again.get_json()["account"] == {
        **body["account"],
        "created": False,
        "display_name": "Erika M.",
    }


def test_matching_email_never_takes_over_a_password_account(
    client: FlaskClient, sso_site: Callable[..., Site], make_account: Callable[..., Account]
) -> None:
    site = sso_site()
    existing = make_account(email="erika@example.org")
    response = exchange(client, site.slug, mint(site, "u-1", email="erika@example.org"))
    assert response.status_code == 201
    assert response.get_json()["account"]["id"] != existing.id
    sso_account = db.session.get(Account, response.get_json()["account"]["id"])
    assert sso_account is not None and sso_account.email.endswith("@sso.invalid")
    # Nobody can sign in to the SSO account with a password.
    with pytest.raises(credentials.AuthenticationFailed):
        credentials.authenticate(sso_account.email, PASSWORD)
    assert credentials.authenticate("erika@example.org", PASSWORD).id == existing.id


def test_the_same_sub_on_two_sites_is_two_readers(
    client: FlaskClient, sso_site: Callable[..., Site]
) -> None:
    one, two = sso_site(), sso_site()
    first = exchange(client, one.slug, mint(one, "same")).get_json()["account"]["id"]
    second = exchange(client, two.slug, mint(two, "same")).get_json()
    assert second["account"]["id"] != first
    # An SSO reader of one site cannot comment on the other.
    response = client.post(
        f"/api/v1/sites/{one.slug}/articles/a/comments",
        json={"body": "Hallo"},
        headers={"Authorization": f"Bearer {second['token']}"},
    )
    assert response.status_code == 403
    assert response.get_json()["error"]["code"] == "account_of_other_site"


@pytest.mark.parametrize(
    ("name", "make_token", "code"),
    [
        ("expired", lambda s: mint(s, exp=int(time.time()) - 120), "sso_expired"),
        ("wrong secret", lambda s: mint(s, secret="x" * 43), "sso_bad_signature"),
        ("other site", lambda s: mint(s, aud="another-site"), "sso_wrong_site"),
        ("no audience", lambda s: mint(s, aud=None), "sso_wrong_site"),
        ("no jti", lambda s: mint(s, jti=None), "sso_missing_claim"),
        ("no sub", lambda s: mint(s, sub=None), "sso_missing_claim"),
        ("no exp", lambda s: mint(s, exp=None), "sso_missing_claim"),
        ("lives a day", lambda s: mint(s, lifetime=86400), "sso_lifetime_too_long"),
        ("not yet valid", lambda s: mint(s, nbf=int(time.time()) + 3600), "sso_not_yet_valid"),
        ("garbage", lambda s: "not.a.jwt", "sso_malformed"),
        ("alg none", lambda s: _unsigned(s), "sso_algorithm_not_allowed"),
        (
            "HS512",
            lambda s: mint(s, algorithm="HS512", secret="k" * 64),
            "sso_algorithm_not_allowed",
        ),
        ("RS256 header", lambda s: _forged_rs256(s), "sso_algorithm_not_allowed"),
        ("sub not a string", lambda s: _raw(s, sub=42), "sso_invalid"),
    ],
)
def test_bad_tokens_get_a_401_naming_the_reason(
    client: FlaskClient,
    sso_site: Callable[..., Site],
    name: str,
    make_token: Callable[[Site], str],
    code: str,
) -> None:
    site = sso_site()
    response = exchange(client, site.slug, make_token(site))
    assert response.status_code == 401, (name, response.get_json())
    error = response.get_json()["error"]
    assert error["code"] == code, (name, error)
    assert error["field"] == "token" and error["message"]
    assert db.session.query(SsoIdentity).count() == 0


def test_a_replayed_token_is_refused(client: FlaskClient, sso_site: Callable[..., Site]) -> None:
    site = sso_site()
    token = mint(site)
    assert exchange(client, site.slug, token).status_code == 201
    replay = exchange(client, site.slug, token)
    assert replay.status_code == 401
    assert replay.get_json()["error"]["code"] == "sso_replayed"
    # The jti is kept until the token expires, then forgotten.
    assert db.session.query(SsoTokenUse).count() == 1


def test_site_without_sso_secret_and_unknown_site(
    client: FlaskClient, make_site: Callable[..., Site], sso_site: Callable[..., Site]
) -> None:
    plain = make_site()
    response = exchange(client, plain.slug, "x.y.z")
    assert response.status_code == 403
    assert response.get_json()["error"]["code"] == "sso_not_configured"
    assert exchange(client, "no-such-site", "x.y.z").status_code == 404
    missing = client.post("/api/v1/auth/sso", json={"site": plain.slug})
    assert missing.status_code == 422 and missing.get_json()["error"]["field"] == "token"


def _unsigned(site: Site) -> str:
    header = jwt.utils.base64url_encode(b'{"alg":"none","typ":"JWT"}').decode()
    claims = {"sub": "x", "aud": site.slug, "exp": int(time.time()) + 60, "jti": "j"}
    payload = jwt.utils.base64url_encode(json.dumps(claims).encode()).decode()
    return f"{header}.{payload}."


def _forged_rs256(site: Site) -> str:
    """An attacker's token claiming RS256, "signed" with the shared secret via HMAC."""
    token = mint(site)
    _, payload, signature = token.split(".")
    header = jwt.utils.base64url_encode(b'{"alg":"RS256","typ":"JWT"}').decode()
    return f"{header}.{payload}.{signature}"


def _raw(site: Site, **claims: Any) -> str:
    body = {"aud": site.slug, "exp": int(time.time()) + 60, "jti": "j1", **claims}
    # PyJWT refuses to *encode* a non-string sub only on decode, so this signs as-is.
    return jwt.encode(body, site.sso_secret, algorithm="HS256")


def test_a_token_with_the_readmes_claims_signs_a_reader_in(
    client: FlaskClient, sso_site: Callable[..., Site]
) -> None:
    """The claims the README lists are the claims a site's back end needs, no more, no fewer."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    sentence = re.search(r"signs a short-lived HS256 token.*?\)", readme, re.S)
    assert sentence, "the README no longer describes the SSO token"
    listed = re.findall(r"`([a-z]+)`", sentence.group(0))
    site = sso_site("readme-sso")
    now = int(time.time())
    values = {"sub": "leserin-7", "aud": site.slug, "exp": now + 300, "jti": "j-1",
              "email": "leserin@example.org", "name": "Leserin", "iat": now}  # fmt: skip
    token = jwt.encode({c: values[c] for c in listed}, site.sso_secret, algorithm="HS256")
    response = client.post("/api/v1/auth/sso", json={"site": site.slug, "token": token})
    assert response.status_code == 201, (listed, response.get_json())
