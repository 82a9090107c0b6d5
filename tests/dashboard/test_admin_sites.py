"""Admin site pages: create and edit sites, API keys shown once, webhook and SSO secrets."""

from __future__ import annotations

import hashlib
import re
import secrets
import time
from collections.abc import Callable

import jwt
from flask.testing import FlaskClient

from moderation.extensions import db
from moderation.models import Account, ApiKey, Role, Site, WebhookDelivery
from moderation.models.webhooks import DeliveryStatus
from moderation.services.sites import registry

Login = Callable[[Account], None]
Token = Callable[[str], str]
KEY = re.compile(r'id="secret"[^>]*value="(msk_[A-Za-z0-9_-]+)"')
SECRET = re.compile(r'id="secret"[^>]*value="([A-Za-z0-9_-]{40,})"')


def site_form(token: str, **overrides: str) -> dict[str, str]:
    data = {
        "csrf_token": token,
        "slug": "lokalbote",
        "name": "Der Lokalbote",
        "origins": "https://www.lokalbote.de/\nHTTPS://M.Lokalbote.de:443",
        "language": "en",
        "timezone": "Europe/Vienna",
    }
    data.update(overrides)
    return data


def errors(html: str) -> list[str]:
    return re.findall(r'<p class="error">([^<]*)</p>', html)


def test_admin_creates_a_site_with_origins_language_and_time_zone(
    client: FlaskClient, login: Login, admin: Account, page_token: Token
) -> None:
    login(admin)
    response = client.post(
        "/dashboard/admin/sites/",
        data=site_form(page_token("/dashboard/admin/sites/")),
        follow_redirects=True,
    )
    html = response.get_data(as_text=True)
    assert "Seite Der Lokalbote angelegt." in html
    assert "Einbindung von Der Lokalbote" in html
    site = registry.get_site("lokalbote")
    assert site.name == "Der Lokalbote"
    assert site.allowed_origins == ["https://www.lokalbote.de", "https://m.lokalbote.de"]
    assert (site.language, site.timezone) == ("en", "Europe/Vienna")
    listing = client.get("/dashboard/admin/sites/").get_data(as_text=True)
    assert "<code>lokalbote</code>" in listing and "https://www.lokalbote.de" in listing


def test_create_site_refuses_bad_input_at_the_field_and_creates_nothing(
    client: FlaskClient, login: Login, admin: Account, page_token: Token, desk_site: Site
) -> None:
    login(admin)
    token = page_token("/dashboard/admin/sites/")
    for overrides, message in (
        ({"slug": "Lokal Bote"}, "Bitte Kleinbuchstaben, Ziffern und Bindestriche verwenden"),
        ({"slug": "-lokal"}, "Bitte Kleinbuchstaben, Ziffern und Bindestriche verwenden"),
        ({"slug": desk_site.slug}, "Eine Seite mit diesem Kürzel gibt es schon."),
        ({"name": "   "}, "Dieses Feld wird benötigt."),
        ({"origins": "www.lokalbote.de"}, "Kein Origin: www.lokalbote.de."),
        ({"origins": "https://lokalbote.de/artikel"}, "Kein Origin: https://lokalbote.de/artikel."),
        ({"timezone": "Mars/Olympus"}, "Unbekannte Zeitzone."),
        ({"language": "fr"}, "Keine gültige Auswahl"),
    ):
        response = client.post("/dashboard/admin/sites/", data=site_form(token, **overrides))
        html = response.get_data(as_text=True)
        assert response.status_code == 200
        assert any(message in error for error in errors(html)), (overrides, errors(html))
        assert 'aria-invalid="true"' in html
        assert "Bitte die markierten Felder korrigieren." in html
    assert registry.find_site("lokalbote") is None
    missing_csrf = client.post("/dashboard/admin/sites/", data=site_form(""))
    assert missing_csrf.status_code == 400 and registry.find_site("lokalbote") is None


def test_admin_edits_name_origins_language_and_time_zone(
    client: FlaskClient, login: Login, admin: Account, page_token: Token, desk_site: Site
) -> None:
    login(admin)
    url = f"/dashboard/admin/sites/{desk_site.id}/integration"
    page = client.get(url).get_data(as_text=True)
    # The moderation settings and the moderator assignments are one click away.
    assert f'href="/dashboard/admin/sites/{desk_site.id}"' in page
    assert 'href="/dashboard/admin/#moderators-title"' in page
    token = page_token(url)
    data = {
        "csrf_token": token,
        "name": "Rheinblick",
        "origins": "https://rheinblick.de",
        "language": "en",
        "timezone": "Europe/Zurich",
        "report_threshold": "5",
    }
    bad = client.post(url, data={**data, "origins": "javascript:alert(1)"})
    assert "Kein Origin: javascript:alert(1)." in " ".join(errors(bad.get_data(as_text=True)))
    response = client.post(url, data=data, follow_redirects=True)
    assert "Einstellungen für Rheinblick gespeichert." in response.get_data(as_text=True)
    db.session.expire_all()
    site = db.session.get(Site, desk_site.id)
    assert (site.name, site.language, site.timezone) == ("Rheinblick", "en", "Europe/Zurich")
    assert site.allowed_origins == ["https://rheinblick.de"] and site.report_threshold == 5


def create_key(client: FlaskClient, site: Site, token: str, label: str = "cms") -> str:
    response = client.post(
        f"/dashboard/admin/sites/{site.id}/keys", data={"csrf_token": token, "label": label}
    )
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    html = response.get_data(as_text=True)
    assert "Jetzt kopieren." in html and "nur dieses eine Mal angezeigt" in html
    match = KEY.search(html)
    assert match, html
    return match.group(1)


def test_api_key_is_shown_once_and_only_its_hash_is_stored(
    client: FlaskClient, login: Login, admin: Account, page_token: Token, desk_site: Site
) -> None:
    login(admin)
    url = f"/dashboard/admin/sites/{desk_site.id}/integration"
    secret = create_key(client, desk_site, page_token(url))
    key = db.session.execute(db.select(ApiKey)).scalar_one()
    assert key.key_hash == hashlib.sha256(secret.encode()).hexdigest()
    assert key.name == "cms" and secret.startswith(key.prefix)
    stored = " ".join(str(value) for value in vars(key).values())
    assert secret not in stored
    listing = client.get(url).get_data(as_text=True)
    assert secret not in listing and f"{key.prefix}…" in listing
    assert '<span class="muted never">nie</span>' in listing
    headers = {"X-Api-Key": secret}
    assert client.get(f"/api/v1/sites/{desk_site.slug}", headers=headers).status_code == 200
    assert 'class="muted never"' not in client.get(url).get_data(as_text=True)


def test_revoked_key_fails_against_the_api(
    client: FlaskClient, login: Login, admin: Account, page_token: Token, desk_site: Site
) -> None:
    login(admin)
    url = f"/dashboard/admin/sites/{desk_site.id}/integration"
    secret = create_key(client, desk_site, page_token(url))
    api = f"/api/v1/sites/{desk_site.slug}"
    assert client.get(api, headers={"X-Api-Key": secret}).status_code == 200
    key = db.session.execute(db.select(ApiKey)).scalar_one()
    response = client.post(
        f"/dashboard/admin/sites/{desk_site.id}/keys/{key.id}/revoke",
        data={"csrf_token": page_token(url)},
        follow_redirects=True,
    )
    assert f"Schlüssel {key.prefix}… widerrufen" in response.get_data(as_text=True)
    refused = client.get(api, headers={"X-Api-Key": secret})
    assert refused.status_code == 401
    assert refused.get_json()["error"]["code"] == "invalid_api_key"
    assert "widerrufen" in client.get(url).get_data(as_text=True)


def test_rotate_shows_a_new_key_once_and_the_old_one_stops_working(
    client: FlaskClient, login: Login, admin: Account, page_token: Token, desk_site: Site
) -> None:
    login(admin)
    url = f"/dashboard/admin/sites/{desk_site.id}/integration"
    old = create_key(client, desk_site, page_token(url), label="newsletter")
    old_key = db.session.execute(db.select(ApiKey)).scalar_one()
    response = client.post(
        f"/dashboard/admin/sites/{desk_site.id}/keys/{old_key.id}/rotate",
        data={"csrf_token": page_token(url)},
    )
    html = response.get_data(as_text=True)
    assert response.headers["Cache-Control"] == "no-store"
    assert "API-Schlüssel für Rheinblick Online ersetzt" in html
    new = KEY.search(html).group(1)  # type: ignore[union-attr]
    assert new != old
    api = f"/api/v1/sites/{desk_site.slug}"
    assert client.get(api, headers={"X-Api-Key": old}).status_code == 401
    assert client.get(api, headers={"X-Api-Key": new}).status_code == 200
    db.session.expire_all()
    keys = list(db.session.execute(db.select(ApiKey).order_by(ApiKey.id)).scalars())
    assert [k.name for k in keys] == ["newsletter", "newsletter"]
    assert keys[0].revoked_at is not None and keys[1].replaces_id == keys[0].id
    again = client.post(
        f"/dashboard/admin/sites/{desk_site.id}/keys/{old_key.id}/rotate",
        data={"csrf_token": page_token(url)},
        follow_redirects=True,
    )
    assert "schon widerrufen oder abgelaufen" in again.get_data(as_text=True)


def test_webhook_url_brings_a_secret_shown_once_and_rotation_replaces_it(
    client: FlaskClient, login: Login, admin: Account, page_token: Token, desk_site: Site
) -> None:
    login(admin)
    url = f"/dashboard/admin/sites/{desk_site.id}/integration"
    hook = f"/dashboard/admin/sites/{desk_site.id}/webhook"
    bad = client.post(hook, data={"csrf_token": page_token(url), "webhook_url": "ftp://x.de"})
    assert "Bitte eine http- oder https-URL" in " ".join(errors(bad.get_data(as_text=True)))
    first = client.post(
        hook,
        data={"csrf_token": page_token(url), "webhook_url": "https://cms.rheinblick.de/hooks"},
    )
    secret = SECRET.search(first.get_data(as_text=True)).group(1)  # type: ignore[union-attr]
    db.session.expire_all()
    site = db.session.get(Site, desk_site.id)
    assert site.webhook_url == "https://cms.rheinblick.de/hooks" and site.webhook_secret == secret
    assert secret not in client.get(url).get_data(as_text=True)
    # Changing the URL keeps the secret (and does not show it again).
    second = client.post(
        hook,
        data={"csrf_token": page_token(url), "webhook_url": "https://cms.rheinblick.de/v2"},
        follow_redirects=True,
    )
    assert "Webhook-URL gespeichert." in second.get_data(as_text=True)
    assert secret not in second.get_data(as_text=True)
    rotated = client.post(
        f"/dashboard/admin/sites/{desk_site.id}/webhook/secret",
        data={"csrf_token": page_token(url)},
    )
    assert rotated.headers["Cache-Control"] == "no-store"
    new = SECRET.search(rotated.get_data(as_text=True)).group(1)  # type: ignore[union-attr]
    db.session.expire_all()
    assert new != secret and db.session.get(Site, desk_site.id).webhook_secret == new


def test_delivery_log_lists_the_sites_deliveries(
    client: FlaskClient,
    login: Login,
    admin: Account,
    desk_site: Site,
    make_site: Callable[..., Site],
) -> None:
    other = make_site("anderswo")
    for site, event, status, error in (
        (desk_site, "comment.published", DeliveryStatus.DELIVERED, None),
        (desk_site, "comment.held", DeliveryStatus.FAILED, "refused address 10.0.0.1"),
        (other, "comment.rejected", DeliveryStatus.DELIVERED, None),
    ):
        db.session.add(
            WebhookDelivery(
                event_id=secrets.token_hex(8),
                site_id=site.id,
                event=event,
                url="https://cms.example.de/hook",
                payload={},
                status=status,
                attempts=1,
                last_error=error,
            )
        )
    db.session.commit()
    login(admin)
    html = client.get(f"/dashboard/admin/sites/{desk_site.id}/webhook/deliveries").get_data(
        as_text=True
    )
    assert "comment.published" in html and "comment.held" in html
    assert "comment.rejected" not in html
    assert "fehlgeschlagen" in html and "refused address 10.0.0.1" in html


def test_sso_secret_from_the_page_signs_a_working_sso_exchange(
    client: FlaskClient, login: Login, admin: Account, page_token: Token, desk_site: Site
) -> None:
    login(admin)
    url = f"/dashboard/admin/sites/{desk_site.id}/integration"
    assert "SSO-Geheimnis: nicht gesetzt." in client.get(url).get_data(as_text=True)
    response = client.post(
        f"/dashboard/admin/sites/{desk_site.id}/sso-secret", data={"csrf_token": page_token(url)}
    )
    assert response.headers["Cache-Control"] == "no-store"
    secret = SECRET.search(response.get_data(as_text=True)).group(1)  # type: ignore[union-attr]
    assert "SSO-Geheimnis: gesetzt" in client.get(url).get_data(as_text=True)

    def exchange(key: str) -> tuple[int, dict[str, object]]:
        now = int(time.time())
        claims = {"sub": "u-42", "name": "Erika M.", "aud": desk_site.slug, "iat": now}
        claims |= {"exp": now + 300, "jti": secrets.token_hex(8)}
        token = jwt.encode(claims, key, algorithm="HS256")
        answer = client.post("/api/v1/auth/sso", json={"site": desk_site.slug, "token": token})
        return answer.status_code, answer.get_json()

    status, body = exchange(secret)
    assert status == 201, body
    assert body["token"] and body["account"]["display_name"] == "Erika M."  # type: ignore[index]
    # Rotating again refuses tokens signed with the secret shown before.
    client.post(
        f"/dashboard/admin/sites/{desk_site.id}/sso-secret", data={"csrf_token": page_token(url)}
    )
    status, body = exchange(secret)
    assert status == 401 and body["error"]["code"] == "sso_bad_signature"  # type: ignore[index]


def test_moderators_and_readers_get_403_on_the_site_admin_pages(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_account: Callable[..., Account],
    desk_site: Site,
    page_token: Token,
) -> None:
    base = f"/dashboard/admin/sites/{desk_site.id}"
    gets = ["/dashboard/admin/sites/", f"{base}/integration", f"{base}/webhook/deliveries"]
    posts = [
        "/dashboard/admin/sites/",
        f"{base}/integration",
        f"{base}/keys",
        f"{base}/keys/1/revoke",
        f"{base}/keys/1/rotate",
        f"{base}/webhook",
        f"{base}/webhook/secret",
        f"{base}/sso-secret",
    ]
    for account in (make_moderator(), make_account(Role.COMMENTER)):
        login(account)
        token = page_token("/")
        assert [client.get(path).status_code for path in gets] == [403] * len(gets)
        statuses = [client.post(path, data={"csrf_token": token}).status_code for path in posts]
        assert statuses == [403] * len(posts)
    db.session.expire_all()
    site = db.session.get(Site, desk_site.id)
    assert site.sso_secret is None and site.webhook_secret is None
    assert db.session.execute(db.select(ApiKey)).first() is None
    client.post("/auth/logout", data={"csrf_token": page_token("/")})
    assert client.get("/dashboard/admin/sites/").status_code == 302


def test_site_pages_are_german_by_default_and_english_on_request(
    client: FlaskClient, login: Login, admin: Account, desk_site: Site
) -> None:
    login(admin)
    url = f"/dashboard/admin/sites/{desk_site.id}/integration"
    german = client.get(url).get_data(as_text=True)
    assert 'lang="de"' in german
    for text in ("Einbindung von Rheinblick Online", "API-Schlüssel erzeugen", "Webhook-URL"):
        assert text in german
    assert "Create API key" not in german
    english = client.get(url + "?lang=en").get_data(as_text=True)
    assert "Integration of Rheinblick Online" in english and "Create API key" in english
    admin_page = client.get("/dashboard/admin/?lang=de").get_data(as_text=True)
    assert f'href="/dashboard/admin/sites/{desk_site.id}/integration"' in admin_page
    assert 'href="/dashboard/admin/sites/"' in admin_page
