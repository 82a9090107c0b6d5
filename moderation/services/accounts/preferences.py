"""What a person chose for themselves on the desk: the language it speaks to them."""

from __future__ import annotations

from moderation.extensions import db
from moderation.models import Account
from moderation.services.errors import InvalidInput

LOCALES = ("de", "en")


def remember_locale(account: Account, code: str) -> None:
    """Keep ``code`` as the account's desk language, for every later sign-in and device."""
    if code not in LOCALES:
        raise InvalidInput(f"must be one of {list(LOCALES)}", field="lang")
    if account.locale != code:
        account.locale = code
        db.session.commit()
