"""Settings for the news-site integration: webhooks, SSO, edits, widget, drop-ins."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

_TRUE = {"1", "true", "yes", "on"}


def integration_config(env: Mapping[str, str]) -> dict[str, Any]:
    """The integration's part of the Flask config, read from ``env``."""
    return {
        # Deliver webhooks to private, loopback and link-local addresses too. Only for
        # tests and for a site back end on the same private network; never on by default.
        "WEBHOOK_ALLOW_PRIVATE": env.get("WEBHOOK_ALLOW_PRIVATE", "").strip().lower() in _TRUE,
        "WEBHOOK_TIMEOUT_SECONDS": float(env.get("WEBHOOK_TIMEOUT_SECONDS", "10")),
        # Tries per event before the delivery is marked failed (backoff doubles, max 1 h).
        "WEBHOOK_MAX_ATTEMPTS": int(env.get("WEBHOOK_MAX_ATTEMPTS", "8")),
        # Lifetime of the bearer token a reader gets for a site's SSO token.
        "SSO_TOKEN_TTL_HOURS": int(env.get("SSO_TOKEN_TTL_HOURS", "12")),
        # SSO tokens must expire within this many seconds of now ("short-lived").
        "SSO_MAX_TOKEN_LIFETIME": int(env.get("SSO_MAX_TOKEN_LIFETIME", "900")),
        "COMMENT_EDIT_WINDOW_SECONDS": int(env.get("COMMENT_EDIT_WINDOW_SECONDS", "600")),
        # Levels of a thread: 1 is top-level only, 3 allows a reply to a reply.
        "COMMENT_MAX_DEPTH": int(env.get("COMMENT_MAX_DEPTH", "3")),
        # Cache-Control max-age of public thread reads (ETag revalidation after that).
        "PUBLIC_CACHE_SECONDS": int(env.get("PUBLIC_CACHE_SECONDS", "15")),
        # Bodies of unchanged public thread pages kept per web process; 0 turns it off.
        "PUBLIC_CACHE_ENTRIES": int(env.get("PUBLIC_CACHE_ENTRIES", "1024")),
        # A cached page whose version was confirmed this recently is served without asking
        # the database: hot threads cost no query, changes show up to this much later.
        "PUBLIC_FRESH_MS": int(env.get("PUBLIC_FRESH_MS", "1000")),
        # Where readers' browsers reach this service, if not the host of the current request
        # (used by the demo page's <script src>); e.g. https://kommentare.example.de
        "EMBED_BASE_URL": env.get("EMBED_BASE_URL") or None,
        # Coral waits this long at most (its phase timeout); answer "no opinion" before that.
        "CORAL_PHASE_BUDGET_MS": int(env.get("CORAL_PHASE_BUDGET_MS", "1500")),
        "RATE_LIMIT_SSO": env.get("RATE_LIMIT_SSO", "30/minute"),
        "RATE_LIMIT_READER_ACTIONS": env.get("RATE_LIMIT_READER_ACTIONS", "30/minute;300/day"),
        "RATE_LIMIT_ANALYZE": env.get("RATE_LIMIT_ANALYZE", "60/minute"),
        "RATE_LIMIT_SUGGESTSCORE": env.get("RATE_LIMIT_SUGGESTSCORE", "600/minute"),
    }
