"""CORS for the widget: only origins a site allows, echoed back, never a wildcard.

The widget authenticates with a bearer token, not cookies, so no credentials are allowed
cross-origin and a stolen response cannot ride on a reader's session.
"""

from __future__ import annotations

import logging
from typing import Any

from flask import Blueprint, Response, request

from moderation.extensions import db
from moderation.models import Comment, Site
from moderation.services.sites import integration, registry

log = logging.getLogger(__name__)

ALLOWED_METHODS = "GET, POST, PATCH, DELETE"
ALLOWED_HEADERS = "Authorization, Content-Type, Idempotency-Key, If-None-Match"
EXPOSED_HEADERS = "ETag, Location, Retry-After"
PREFLIGHT_MAX_AGE = "600"


def init_app(bp: Blueprint) -> None:
    @bp.after_request
    def add_cors_headers(response: Response) -> Response:
        response.vary.add("Origin")
        origin = request.headers.get("Origin")
        if not origin or not _allowed(origin):
            return response
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Expose-Headers"] = EXPOSED_HEADERS
        if request.method == "OPTIONS":
            response.headers["Access-Control-Allow-Methods"] = ALLOWED_METHODS
            response.headers["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
            response.headers["Access-Control-Max-Age"] = PREFLIGHT_MAX_AGE
        return response


def _allowed(origin: str) -> bool:
    try:
        named, site = _site_of_request()
        if named:
            return site is not None and integration.origin_allowed(site, origin)
        # No site in the path (a preflight to /auth/sso, say): any site's origin may ask.
        return any(
            origin in (origins or [])
            for origins in db.session.execute(db.select(Site.allowed_origins)).scalars()
        )
    except Exception:  # a CORS check must never turn an answer into a 500
        log.warning("CORS check failed for %s", origin, exc_info=True)
        db.session.rollback()
        return False


def _site_of_request() -> tuple[bool, Site | None]:
    """(whether the request names a site, that site if it exists)."""
    args: dict[str, Any] = request.view_args or {}
    if "site" in args:
        return True, registry.find_site(str(args["site"]))
    if "comment_id" in args:
        comment_id = int(args["comment_id"])
        comment = db.session.get(Comment, comment_id) if 0 < comment_id < 2**63 else None
        return True, comment.site if comment is not None else None
    if request.method != "OPTIONS" and request.is_json:
        payload = request.get_json(silent=True)
        if isinstance(payload, dict) and isinstance(payload.get("site"), str):
            return True, registry.find_site(payload["site"])
    return False, None
