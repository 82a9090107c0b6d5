"""Security headers on every response; no retry hint on a success."""

from __future__ import annotations

from flask import Flask, Response

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
        # The rate limiter adds Retry-After to every limited answer; on an accepted one
        # clients read it as "try again". It belongs on 429 and 503 only. Registered
        # before the limiter, so this runs after it.
        if response.status_code < 400:
            response.headers.pop("Retry-After", None)
        return response
