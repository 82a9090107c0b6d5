"""Account use cases: registration, authentication, login sessions and API tokens."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import Select, bindparam, delete, select

from moderation.extensions import db
from moderation.models import Account, AccountStatus, AuthToken, Role, TokenKind
from moderation.models.types import utcnow
from moderation.services.accounts import passwords
from moderation.services.errors import AlreadyExists, AuthenticationFailed, InvalidInput

SESSION_LIFETIME = timedelta(days=14)
MAX_DISPLAY_NAME = 80


def normalise_email(raw: str) -> str:
    try:
        # Deliverability needs DNS, which a login form must not wait on.
        return validate_email(raw.strip(), check_deliverability=False).normalized.lower()
    except EmailNotValidError as error:
        raise InvalidInput(str(error), field="email") from None


def create_account(
    email: str,
    password: str,
    *,
    display_name: str | None = None,
    role: Role = Role.COMMENTER,
) -> Account:
    """Create an active account; raises AlreadyExists for a taken email."""
    email = normalise_email(email)
    if len(password) < passwords.MIN_PASSWORD_LENGTH:
        raise InvalidInput(
            f"must be at least {passwords.MIN_PASSWORD_LENGTH} characters", field="password"
        )
    name = (display_name or email.split("@", 1)[0]).strip()[:MAX_DISPLAY_NAME]
    if not name:
        raise InvalidInput("must not be empty", field="display_name")
    if find_by_email(email) is not None:
        raise AlreadyExists("an account with this email exists", field="email")
    account = Account(
        email=email,
        display_name=name,
        password_hash=passwords.hash_password(password),
        role=role,
        status=AccountStatus.ACTIVE,
    )
    db.session.add(account)
    db.session.commit()
    return account


def find_by_email(email: str) -> Account | None:
    return db.session.execute(
        db.select(Account).where(Account.email == email.strip().lower())
    ).scalar_one_or_none()


def authenticate(email: str, password: str) -> Account:
    """Return the account for these credentials or raise AuthenticationFailed.

    The message is the same for an unknown email and a wrong password, so the
    endpoint does not tell an attacker which emails have accounts.
    """
    account = find_by_email(email) if email else None
    if not passwords.verify_password(account.password_hash if account else None, password):
        raise AuthenticationFailed("email or password is wrong")
    assert account is not None
    if passwords.needs_rehash(account.password_hash):
        account.password_hash = passwords.hash_password(password)
        db.session.commit()
    return account


def start_session(account: Account, lifetime: timedelta = SESSION_LIFETIME) -> str:
    """Create a login session for ``account``; returns the secret for the session cookie."""
    secret = _issue(account, TokenKind.SESSION, lifetime)[0]
    account.session_secret = secret
    return secret


def end_session(secret: str | None) -> None:
    """Revoke a login session, so a copy of its cookie no longer logs anyone in."""
    if secret:
        db.session.execute(delete(AuthToken).where(AuthToken.token_hash == _digest(secret)))
        db.session.commit()


def account_for_session(secret: str) -> Account | None:
    account = _account_for(secret, TokenKind.SESSION)
    if account is not None:
        account.session_secret = secret
    return account


def issue_api_token(account: Account, lifetime: timedelta) -> tuple[str, datetime]:
    """Create a bearer token; only its hash is stored, so it is shown once."""
    return _issue(account, TokenKind.API, lifetime)


def account_for_api_token(secret: str) -> Account | None:
    return _account_for(secret, TokenKind.API)


def _issue(account: Account, kind: TokenKind, lifetime: timedelta) -> tuple[str, datetime]:
    secret = secrets.token_urlsafe(32)
    expires_at = utcnow() + lifetime
    db.session.add(
        AuthToken(account=account, kind=kind, token_hash=_digest(secret), expires_at=expires_at)
    )
    db.session.commit()
    return secret, expires_at


def _account_for(secret: str, kind: TokenKind) -> Account | None:
    if not secret or len(secret) > 256:
        return None
    row = db.session.execute(
        _token_statement(), {"token_hash": _digest(secret), "kind": kind}
    ).first()
    if row is None or row.expires_at <= utcnow():
        return None
    return row.Account


@cache
def _token_statement() -> Select[Any]:
    # Built once: every API request runs it, and building costs about as much as running.
    return (
        select(AuthToken.expires_at, Account)
        .join(Account, AuthToken.account_id == Account.id)
        .where(AuthToken.token_hash == bindparam("token_hash"), AuthToken.kind == bindparam("kind"))
    )


def _digest(secret: str) -> str:
    # The secrets are 256 random bits: a fast hash is enough, no KDF needed.
    return hashlib.sha256(secret.encode()).hexdigest()


def set_password(account: Account, password: str) -> None:
    """Replace the password and end every login of the account."""
    if len(password) < passwords.MIN_PASSWORD_LENGTH:
        raise InvalidInput(
            f"must be at least {passwords.MIN_PASSWORD_LENGTH} characters", field="password"
        )
    account.password_hash = passwords.hash_password(password)
    db.session.execute(delete(AuthToken).where(AuthToken.account_id == account.id))
    db.session.commit()
