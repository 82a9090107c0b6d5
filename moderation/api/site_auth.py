"""Who may act for a site: its own API key (the site's back end), or an admin account."""

from __future__ import annotations

from flask import request

from moderation.api.auth import current_account
from moderation.errors import ApiError
from moderation.models import Role, Site
from moderation.services.sites import api_keys, registry


def presented_site_key() -> str | None:
    """The key from ``X-Api-Key`` or ``Authorization: Bearer msk_...``, if any."""
    header_key = request.headers.get("X-Api-Key", "").strip()
    if header_key:
        return header_key
    scheme, _, secret = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() == "bearer" and api_keys.is_site_key(secret.strip()):
        return secret.strip()
    return None


def require_site(site_slug: str) -> Site:
    """The site named in the path, if the caller holds its key or is an admin; else 401/403."""
    presented = presented_site_key()
    if presented is not None:
        key_site = api_keys.site_for_key(presented)
        if key_site is None:
            raise ApiError(401, "invalid_api_key", "the API key is unknown, revoked or expired")
        if key_site.slug != site_slug:
            # Existence of the other site is no secret (slugs are in every embed code).
            raise ApiError(403, "wrong_site", "this API key belongs to another site", field="site")
        return key_site
    account = current_account()
    if account is not None and account.role is Role.ADMIN:
        return registry.get_site(site_slug)
    if account is not None:
        raise ApiError(403, "forbidden", "only the site's API key or an admin may do this")
    raise ApiError(
        401,
        "unauthenticated",
        "send the site's API key as 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'",
    )
