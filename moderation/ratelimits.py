"""Rate limits for signing in, issuing tokens, posting and other reader actions.

Every limit of the app is declared here, each key function wrapped by ``_never_raises``:
Flask-Limiter treats an exception raised while it checks a limit like an unreachable store,
and a key function that raises would skip or (with a fallback) re-count the limit. A bad
token is the view's 401 to give, a database error its 503, an oversized body its 413.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import wraps

from flask import current_app, request
from flask_limiter.util import get_remote_address
from sqlalchemy.exc import SQLAlchemyError

from moderation.callers import caller
from moderation.extensions import credential_limiter, db, limiter

log = logging.getLogger(__name__)

# Every key function in use, for the tests that call each one with hostile requests.
KEY_FUNCTIONS: list[Callable[[], str]] = []


def _never_raises(key: Callable[[], str]) -> Callable[[], str]:
    """``key``, or the caller's address if ``key`` fails; a failed statement is rolled back
    so that the view gets a session it can use."""

    @wraps(key)
    def safe() -> str:
        try:
            return key()
        except Exception as error:
            log.warning("rate-limit key %s failed; keyed by address", key.__name__, exc_info=True)
            if isinstance(error, SQLAlchemyError):
                db.session.rollback()
            return f"ip:{get_remote_address()}"

    KEY_FUNCTIONS.append(safe)
    return safe


def _configured(name: str, default: str | None = None) -> Callable[[], str]:
    # Read per request, so an operator (or a benchmark) sets limits by environment.
    return lambda: str(current_app.config.get(name, default))


@_never_raises
def _address() -> str:
    return f"ip:{get_remote_address()}"


@_never_raises
def _submitted_email() -> str:
    # Only a body within MAX_CONTENT_LENGTH is read; a larger one is the view's 413.
    email = request.form.get("email") if request.form else None
    if email is None and request.is_json:
        payload = request.get_json(silent=True)
        email = payload.get("email") if isinstance(payload, dict) else None
    return f"email:{str(email or '').strip().lower()[:254]}"


@_never_raises
def _calling_account() -> str:
    """The posting account, or the address while the caller is unknown."""
    try:
        account = caller().account
    except SQLAlchemyError:
        # The view will meet the same error; leave it a session it can use.
        db.session.rollback()
        account = None
    return f"account:{account.id}" if account else f"ip:{get_remote_address()}"


def _presented_key() -> str:
    key = (
        request.args.get("key")
        or request.headers.get("X-Goog-Api-Key")
        or request.headers.get("X-Api-Key")
        or ""
    )
    return key.strip()[:80]


@_never_raises
def _analysis_key() -> str:
    return f"analyze:{_presented_key()}"


@_never_raises
def _suggestion_key() -> str:
    return f"suggestscore:{_presented_key()}"


# Credential guessing: limited per source address and per targeted account; fails closed.
# Shared by every endpoint that checks a password (the sign-in form, the token endpoint):
# one count per address and per account, not one per endpoint, which would multiply the
# guesses allowed by the number of endpoints. Two scopes, so that a request keyed by its
# address for want of an email is not counted twice.
login_per_ip = credential_limiter.shared_limit(
    _configured("RATE_LIMIT_LOGIN"), "sign-in-per-address", key_func=_address, methods=["POST"]
)
login_per_account = credential_limiter.shared_limit(
    _configured("RATE_LIMIT_LOGIN"),
    "sign-in-per-account",
    key_func=_submitted_email,
    methods=["POST"],
)
# Flooding: limited per posting account and per source address.
comments_per_account = limiter.limit(
    _configured("RATE_LIMIT_COMMENTS_ACCOUNT"), key_func=_calling_account
)
comments_per_ip = limiter.limit(_configured("RATE_LIMIT_COMMENTS_IP"), key_func=_address)
reader_actions = limiter.limit(
    _configured("RATE_LIMIT_READER_ACTIONS", "30/minute"), key_func=_address
)
sso_exchanges = limiter.limit(_configured("RATE_LIMIT_SSO", "30/minute"), key_func=_address)
analyses = limiter.limit(_configured("RATE_LIMIT_ANALYZE", "60/minute"), key_func=_analysis_key)
# Moderators' decisions sent back by a Perspective client (Coral): one per decision.
suggestions = limiter.limit(
    _configured("RATE_LIMIT_SUGGESTSCORE", "600/minute"), key_func=_suggestion_key
)
