"""Site-scoped endpoints for a site's back end: settings, secrets, API keys, articles, log."""

from __future__ import annotations

from datetime import timedelta

from flask import Response, jsonify, url_for

from moderation.api import bp
from moderation.api import integration_serializers as out
from moderation.api.payload import (
    bool_field,
    int_arg,
    int_field,
    json_object,
    no_unknown_fields,
    optional_json_object,
    string_field,
    string_list_field,
)
from moderation.api.serializers import timestamp
from moderation.api.site_auth import require_site
from moderation.errors import ApiError
from moderation.security import carries_secret
from moderation.services.sites import api_keys, articles, integration, webhooks

MAX_GRACE_SECONDS = 7 * 24 * 3600
SETTINGS_FIELDS = {"allowed_origins", "language", "timezone", "webhook_url", "report_threshold"}


@bp.get("/sites/<site>")
def site_settings(site: str) -> Response:
    return jsonify(out.site(require_site(site)))


@bp.patch("/sites/<site>")
def update_site_settings(site: str) -> Response:
    require_site(site)
    data = json_object()
    no_unknown_fields(data, SETTINGS_FIELDS)
    change = integration.SettingsChange(
        allowed_origins=string_list_field(data, "allowed_origins", max_items=50),
        language=string_field(data, "language"),
        timezone=string_field(data, "timezone"),
        webhook_url=string_field(data, "webhook_url"),
        report_threshold=int_field(data, "report_threshold"),
    )
    return jsonify(out.site(integration.update_settings(site, change)))


@bp.post("/sites/<site>/webhook-secret")
@carries_secret
def rotate_webhook_secret(site: str) -> tuple[Response, int]:
    require_site(site)
    return jsonify(webhook_secret=integration.rotate_webhook_secret(site)), 201


@bp.post("/sites/<site>/sso-secret")
@carries_secret
def rotate_sso_secret(site: str) -> tuple[Response, int]:
    require_site(site)
    return jsonify(sso_secret=integration.rotate_sso_secret(site)), 201


@bp.get("/sites/<site>/api-keys")
def list_api_keys(site: str) -> Response:
    require_site(site)
    return jsonify(api_keys=[out.api_key(key) for key in api_keys.list_keys(site)])


@bp.post("/sites/<site>/api-keys")
@carries_secret
def create_api_key(site: str) -> tuple[Response, int, dict[str, str]]:
    require_site(site)
    data = optional_json_object()
    no_unknown_fields(data, {"name"})
    issued = api_keys.create_key(site, string_field(data, "name") or "default")
    return _issued(site, issued)


@bp.delete("/sites/<site>/api-keys/<int:key_id>")
def revoke_api_key(site: str, key_id: int) -> Response:
    require_site(site)
    return jsonify(out.api_key(api_keys.revoke_key(site, key_id)))


@bp.post("/sites/<site>/api-keys/<int:key_id>/rotate")
@carries_secret
def rotate_api_key(site: str, key_id: int) -> tuple[Response, int, dict[str, str]]:
    require_site(site)
    data = optional_json_object()
    no_unknown_fields(data, {"grace_seconds"})
    grace = int_field(data, "grace_seconds") or 0
    if not 0 <= grace <= MAX_GRACE_SECONDS:
        raise ApiError(
            422, "invalid", f"must be between 0 and {MAX_GRACE_SECONDS}", field="grace_seconds"
        )
    issued = api_keys.rotate_key(site, key_id, grace=timedelta(seconds=grace))
    return _issued(site, issued)


def _issued(site: str, issued: api_keys.IssuedKey) -> tuple[Response, int, dict[str, str]]:
    body = {**out.api_key(issued.key), "key": issued.secret}
    location = url_for("api.list_api_keys", site=site)
    return jsonify(body), 201, {"Location": location}


@bp.patch("/sites/<site>/articles/<article_id>")
def update_article(site: str, article_id: str) -> Response:
    require_site(site)
    data = json_object()
    no_unknown_fields(data, {"open", "title", "url"})
    change = articles.ArticleChange(
        open=bool_field(data, "open"),
        title=string_field(data, "title"),
        url=string_field(data, "url"),
    )
    article = articles.update_article(site, article_id, change)
    return jsonify(
        id=article.external_id,
        title=article.title,
        url=article.url,
        open=article.closed_at is None,
        closed_at=timestamp(article.closed_at),
    )


@bp.get("/sites/<site>/webhooks/deliveries")
def webhook_deliveries(site: str) -> Response:
    require_site(site)
    limit = int_arg("limit", 50) or 50
    page, cursor = webhooks.deliveries(site, before=int_arg("before", None), limit=limit)
    next_url = (
        url_for("api.webhook_deliveries", site=site, before=cursor, limit=limit)
        if cursor is not None
        else None
    )
    return jsonify(deliveries=[out.delivery(row) for row in page], next=next_url)
