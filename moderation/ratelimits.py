"""Rate limits for signing in, issuing tokens and posting comments, per account and per IP."""

from __future__ import annotations

from collections.abc import Callable

from flask import current_app, request
from flask_limiter.util import get_remote_address
from sqlalchemy.exc import SQLAlchemyError

from moderation.callers import caller
from moderation.extensions import db, limiter


def _configured(name: str) -> Callable[[], str]:
    # Read per request, so an operator (or a benchmark) sets limits by environment.
    return lambda: str(current_app.config[name])


def _submitted_email() -> str:
    email = request.form.get("email") if request.form else None
    if email is None and request.is_json:
        payload = request.get_json(silent=True)
        email = payload.get("email") if isinstance(payload, dict) else None
    return f"email:{str(email or '').strip().lower()[:254]}"


def _calling_account() -> str:
    """The posting account, or the address while the caller is unknown; never raises.

    Flask-Limiter treats an exception in a key function like an unreachable store and falls
    back to counting in each process's memory, which multiplies the limit by the number of
    processes. A bad token is the view's 401 to give; a database error its 503.
    """
    try:
        account = caller().account
    except SQLAlchemyError:
        # The view will meet the same error; leave it a session it can use.
        db.session.rollback()
        account = None
    return f"account:{account.id}" if account else f"ip:{get_remote_address()}"


# Credential guessing: limited per source address and per targeted account.
login_per_ip = limiter.limit(_configured("RATE_LIMIT_LOGIN"), methods=["POST"])
login_per_account = limiter.limit(
    _configured("RATE_LIMIT_LOGIN"), key_func=_submitted_email, methods=["POST"]
)
# Flooding: limited per posting account and per source address.
comments_per_account = limiter.limit(
    _configured("RATE_LIMIT_COMMENTS_ACCOUNT"), key_func=_calling_account
)
comments_per_ip = limiter.limit(_configured("RATE_LIMIT_COMMENTS_IP"))
