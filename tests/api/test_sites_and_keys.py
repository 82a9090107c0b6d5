"""Site API keys (hashed, shown once, one site only), site settings, articles, CORS."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient

from moderation.extensions import db
from moderation.models import Account, ApiKey, Article, Role, Site
from moderation.models.types import utcnow
from moderation.services.sites import api_keys
from tests.support.sso import SiteKey

ORIGIN = "https://www.example-zeitung.de"


def test_created_key_is_shown_once_and_stored_as_sha256(
    client: FlaskClient, make_site: Callable[..., Site], site_key: SiteKey
) -> None:
    site = make_site("rheinblick")
    response = client.post(
        "/api/v1/sites/rheinblick/api-keys", json={"name": "CMS"}, headers=site_key(site)
    )
    assert response.status_code == 201
    assert response.headers["Cache-Control"] == "no-store"
    body = response.get_json()
    secret = body["key"]
    assert secret.startswith("msk_") and len(secret) >= 40
    stored = db.session.get(ApiKey, body["id"])
    assert stored is not None and stored.key_hash == hashlib.sha256(secret.encode()).hexdigest()
    assert secret not in str(stored.__dict__)
    listing = client.get("/api/v1/sites/rheinblick/api-keys", headers={"X-Api-Key": secret})
    assert listing.status_code == 200
    names = {key["name"]: key for key in listing.get_json()["api_keys"]}
    assert names["CMS"]["prefix"] == secret[:12] and "key" not in names["CMS"]


@pytest.mark.parametrize("style", ["bearer", "x-api-key"])
def test_key_works_as_bearer_or_header_only_for_its_own_site(
    client: FlaskClient, make_site: Callable[..., Site], style: str
) -> None:
    own = make_site("own")
    make_site("other")
    secret = api_keys.create_key(own.slug).secret
    headers = {"Authorization": f"Bearer {secret}"} if style == "bearer" else {"X-Api-Key": secret}
    assert client.get("/api/v1/sites/own", headers=headers).status_code == 200
    foreign = client.get("/api/v1/sites/other", headers=headers)
    assert foreign.status_code == 403
    assert foreign.get_json()["error"]["code"] == "wrong_site"
    assert client.get("/api/v1/sites/own").get_json()["error"]["code"] == "unauthenticated"
    bad = client.get("/api/v1/sites/own", headers={"X-Api-Key": "msk_nope"})
    assert bad.status_code == 401 and bad.get_json()["error"]["code"] == "invalid_api_key"


def test_a_site_key_is_not_a_reader_token(
    client: FlaskClient, make_site: Callable[..., Site]
) -> None:
    site = make_site()
    secret = api_keys.create_key(site.slug).secret
    response = client.post(
        f"/api/v1/sites/{site.slug}/articles/a/comments",
        json={"body": "Hallo"},
        headers={"Authorization": f"Bearer {secret}"},
    )
    assert response.status_code == 401


def test_revoked_key_stops_working_and_rotation_keeps_the_old_key_for_the_grace(
    client: FlaskClient, make_site: Callable[..., Site]
) -> None:
    site = make_site("koeln")
    first = api_keys.create_key("koeln", "cms")
    headers = {"X-Api-Key": first.secret}
    rotated = client.post(
        f"/api/v1/sites/koeln/api-keys/{first.key.id}/rotate",
        json={"grace_seconds": 3600},
        headers=headers,
    )
    assert rotated.status_code == 201
    new_secret = rotated.get_json()["key"]
    assert rotated.get_json()["replaces_id"] == first.key.id
    assert client.get("/api/v1/sites/koeln", headers=headers).status_code == 200  # grace
    assert client.get("/api/v1/sites/koeln", headers={"X-Api-Key": new_secret}).status_code == 200
    revoked = client.delete(
        f"/api/v1/sites/koeln/api-keys/{first.key.id}", headers={"X-Api-Key": new_secret}
    )
    assert revoked.status_code == 200 and revoked.get_json()["active"] is False
    assert client.get("/api/v1/sites/koeln", headers=headers).status_code == 401
    # An expired grace period ends the old key too.
    second = api_keys.create_key("koeln")
    api_keys.rotate_key("koeln", second.key.id, grace=timedelta(seconds=1))
    key = db.session.get(ApiKey, second.key.id)
    assert key is not None
    key.expires_at = utcnow() - timedelta(seconds=1)
    db.session.commit()
    assert api_keys.site_for_key(second.secret) is None
    assert site.id == api_keys.site_for_key(new_secret).id  # type: ignore[union-attr]


def test_admins_may_manage_any_site_other_accounts_may_not(
    client: FlaskClient,
    make_site: Callable[..., Site],
    make_account: Callable[..., Account],
    bearer: Callable[[Account], dict[str, str]],
) -> None:
    site = make_site()
    admin = client.post(
        f"/api/v1/sites/{site.slug}/api-keys", headers=bearer(make_account(Role.ADMIN))
    )
    assert admin.status_code == 201
    moderator = client.get(
        f"/api/v1/sites/{site.slug}/api-keys", headers=bearer(make_account(Role.MODERATOR))
    )
    assert moderator.status_code == 403


def test_cli_creates_lists_and_revokes_keys(app: Flask, make_site: Callable[..., Site]) -> None:
    make_site("weserkurier")
    runner = app.test_cli_runner()
    created = runner.invoke(args=["sites", "create-key", "weserkurier", "--name", "cms"])
    assert created.exit_code == 0, created.output
    secret = created.output.strip().splitlines()[-1]
    assert secret.startswith("msk_") and api_keys.site_for_key(secret) is not None
    listed = runner.invoke(args=["sites", "list-keys", "weserkurier"])
    assert "active" in listed.output and secret[:12] in listed.output
    assert secret not in listed.output
    key_id = api_keys.list_keys("weserkurier")[0].id
    revoked = runner.invoke(args=["sites", "revoke-key", "weserkurier", str(key_id)])
    assert revoked.exit_code == 0 and api_keys.site_for_key(secret) is None
    assert "revoked" in runner.invoke(args=["sites", "list-keys", "weserkurier"]).output
    missing = runner.invoke(args=["sites", "create-key", "nope"])
    assert missing.exit_code == 1 and "(site)" in missing.output


def test_settings_are_validated_and_name_the_field(
    client: FlaskClient, make_site: Callable[..., Site], site_key: SiteKey
) -> None:
    site = make_site()
    headers = site_key(site)
    ok = client.patch(
        f"/api/v1/sites/{site.slug}",
        json={
            "allowed_origins": ["HTTPS://WWW.Example-Zeitung.de:443/", "http://localhost:8080"],
            "language": "en",
            "timezone": "Europe/Vienna",
            "webhook_url": "https://cms.example-zeitung.de/hooks",
            "report_threshold": 5,
        },
        headers=headers,
    )
    assert ok.status_code == 200, ok.get_json()
    body = ok.get_json()
    assert body["allowed_origins"] == [ORIGIN, "http://localhost:8080"]
    assert body["webhook_secret_set"] is True and body["report_threshold"] == 5
    for payload, field in [
        ({"allowed_origins": ["https://x.de/path"]}, "allowed_origins"),
        ({"allowed_origins": "https://x.de"}, "allowed_origins"),
        ({"language": "fr"}, "language"),
        ({"timezone": "Mars/Olympus"}, "timezone"),
        ({"webhook_url": "ftp://x"}, "webhook_url"),
        ({"report_threshold": 0}, "report_threshold"),
        ({"colour": "blue"}, "colour"),
    ]:
        bad = client.patch(f"/api/v1/sites/{site.slug}", json=payload, headers=headers)
        assert bad.status_code == 422, payload
        assert bad.get_json()["error"]["field"] == field


def test_secrets_are_returned_once_on_rotation(
    client: FlaskClient, make_site: Callable[..., Site], site_key: SiteKey
) -> None:
    site = make_site()
    headers = site_key(site)
    sso = client.post(f"/api/v1/sites/{site.slug}/sso-secret", headers=headers)
    assert sso.status_code == 201 and len(sso.get_json()["sso_secret"]) >= 40
    settings = client.get(f"/api/v1/sites/{site.slug}", headers=headers).get_json()
    assert settings["sso_secret_set"] is True
    assert sso.get_json()["sso_secret"] not in str(settings)


def test_site_closes_an_article_and_posting_is_refused_with_a_clear_code(
    client: FlaskClient,
    make_site: Callable[..., Site],
    make_account: Callable[..., Account],
    bearer: Callable[[Account], dict[str, str]],
    site_key: SiteKey,
) -> None:
    site = make_site()
    closed = client.patch(
        f"/api/v1/sites/{site.slug}/articles/wahl", json={"open": False}, headers=site_key(site)
    )
    assert closed.status_code == 200 and closed.get_json()["open"] is False
    response = client.post(
        f"/api/v1/sites/{site.slug}/articles/wahl/comments",
        json={"body": "Noch ein Gedanke"},
        headers=bearer(make_account()),
    )
    assert response.status_code == 403
    assert response.get_json()["error"] == {
        "code": "article_closed",
        "message": "this article is closed for comments",
        "field": "article_id",
    }
    threads = client.get(f"/api/v1/sites/{site.slug}/articles/wahl/threads").get_json()
    assert threads["article"]["open"] is False
    client.patch(
        f"/api/v1/sites/{site.slug}/articles/wahl", json={"open": True}, headers=site_key(site)
    )
    assert db.session.query(Article).one().closed_at is None


@pytest.mark.parametrize(
    ("origin", "allowed"),
    [(ORIGIN, True), ("https://evil.example", False), ("null", False)],
)
def test_cors_echoes_only_the_sites_allowed_origins(
    client: FlaskClient,
    make_site: Callable[..., Site],
    site_key: SiteKey,
    origin: str,
    allowed: bool,
) -> None:
    site = make_site("cors")
    client.patch("/api/v1/sites/cors", json={"allowed_origins": [ORIGIN]}, headers=site_key(site))
    make_site("elsewhere")
    path = "/api/v1/sites/cors/articles/a/threads"
    response = client.get(path, headers={"Origin": origin})
    assert "Origin" in response.headers.get("Vary", "")
    assert response.headers.get("Access-Control-Allow-Origin") == (origin if allowed else None)
    assert "Access-Control-Allow-Credentials" not in response.headers
    preflight = client.options(
        "/api/v1/sites/cors/articles/a/comments",
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization, content-type",
        },
    )
    if allowed:
        assert preflight.headers["Access-Control-Allow-Origin"] == origin
        assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
        assert "Authorization" in preflight.headers["Access-Control-Allow-Headers"]
    else:
        assert "Access-Control-Allow-Origin" not in preflight.headers
    # Another site's page may not read this site's API.
    other = client.get("/api/v1/sites/elsewhere/articles/a/threads", headers={"Origin": ORIGIN})
    assert "Access-Control-Allow-Origin" not in other.headers


def test_cors_for_sso_follows_the_site_in_the_body(
    client: FlaskClient, sso_site: Callable[..., Site], make_site: Callable[..., Site]
) -> None:
    site = sso_site("mitcors")
    make_site("ohnecors")
    for slug, expected in [("mitcors", ORIGIN), ("ohnecors", None)]:
        response = client.post(
            "/api/v1/auth/sso", json={"site": slug, "token": "x"}, headers={"Origin": ORIGIN}
        )
        assert response.status_code in (401, 403)
        assert response.headers.get("Access-Control-Allow-Origin") == expected
    assert site.allowed_origins == [ORIGIN]
