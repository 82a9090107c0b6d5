"""Security headers on every response; no caching of responses that carry a credential,
no retry hint on a success."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from flask import Flask, Response, current_app, request

V = TypeVar("V", bound=Callable[..., object])
_MARK = "moderation_no_store"

# No inline script and no third-party origins; the dashboard must not be framed.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


def init_app(app: Flask) -> None:
    @app.after_request
    def add_headers(response: Response) -> Response:
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("X-Frame-Options", "DENY")
        if carries_secret_view(request.endpoint):
            # RFC 6749 5.1: no cache (a proxy's, a browser's back button) may keep it.
            response.headers["Cache-Control"] = "no-store"
            response.headers["Pragma"] = "no-cache"
        # The rate limiter adds Retry-After to every limited answer; on an accepted one
        # clients read it as "try again". It belongs on 429 and 503 only. Registered
        # before the limiter, so this runs after it.
        if response.status_code < 400:
            response.headers.pop("Retry-After", None)
        return response


def carries_secret(view: V) -> V:
    """Mark ``view`` (under its route decorator): its answers hold a token, key or secret."""
    setattr(view, _MARK, True)
    return view


def carries_secret_view(endpoint: str | None) -> bool:
    view = current_app.view_functions.get(endpoint or "")
    return bool(getattr(view, _MARK, False))
