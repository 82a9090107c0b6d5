"""Data-protection requests (GDPR Art. 15, 17, 20): export an account's data, erase an account.

Erasure anonymises rather than deletes rows: the account keeps its id so the
audit trail and the threads stay intact, but nothing left on it identifies the
person (email, name, password, sessions, SSO links, moderators' notes about them).
Comment texts stay under the neutral name; a site that must remove them too
rejects them from the desk. Their copies as training examples are deleted, and examples
the account decided as a moderator lose its name (services/learning/examples.py).
No IP addresses are stored anywhere in this service.
"""

from __future__ import annotations

import logging
import secrets
from typing import Any

from sqlalchemy import delete

from moderation.extensions import db
from moderation.models import Account, AccountStatus, AuthToken, Comment, ModerationEvent
from moderation.models.desk import ModeratorNote
from moderation.models.reader_actions import CommentReport
from moderation.models.sso import SsoIdentity
from moderation.models.types import utcnow
from moderation.services.accounts import author_names, passwords
from moderation.services.errors import InvalidInput
from moderation.services.learning import examples
from moderation.services.retries import retrying

log = logging.getLogger(__name__)
ERASED_NAME = "Gelöschtes Konto"


def export(account: Account) -> dict[str, Any]:
    """Everything stored about ``account`` that it may see, as JSON-ready data."""
    comments = db.session.execute(
        db.select(Comment).where(Comment.author_id == account.id).order_by(Comment.id)
    ).scalars()
    tokens = db.session.execute(
        db.select(AuthToken).where(AuthToken.account_id == account.id).order_by(AuthToken.id)
    ).scalars()
    reports = db.session.execute(
        db.select(CommentReport).where(CommentReport.reporter_id == account.id)
    ).scalars()
    return {
        "account": {
            "id": account.id,
            "email": account.email,
            "display_name": account.display_name,
            "role": account.role.value,
            "status": account.status.value,
            "locale": account.locale,
            "created_at": _iso(account.created_at),
        },
        "comments": [_comment(c) for c in comments],
        "reports": [
            {"comment_id": r.comment_id, "reason": str(r.reason), "created_at": _iso(r.created_at)}
            for r in reports
        ],
        "sessions_and_tokens": [
            {
                "kind": t.kind.value,
                "created_at": _iso(t.created_at),
                "expires_at": _iso(t.expires_at),
            }
            for t in tokens
        ],
        "exported_at": _iso(utcnow()),
    }


def erase(account: Account, confirmation: str) -> None:
    """Anonymise ``account`` and end all its logins; ``confirmation`` must be "DELETE".

    One transaction: complete, or (after a few tries against scoring workers' locks) not
    begun at all and the caller told to retry; never half erased with a working token.
    """
    if confirmation != "DELETE":
        raise InvalidInput('send "DELETE" to confirm', field="confirm")
    retrying(lambda: _erase(account))


def _erase(account: Account) -> None:
    account_id = account.id
    account.email = f"deleted-{account_id}@deleted.invalid"
    author_names.rename(account, ERASED_NAME)
    account.password_hash = passwords.hash_password(secrets.token_urlsafe(32))
    account.status = AccountStatus.DELETED
    for model, column in (
        (AuthToken, AuthToken.account_id),
        (SsoIdentity, SsoIdentity.account_id),
        (ModeratorNote, ModeratorNote.account_id),
    ):
        db.session.execute(delete(model).where(column == account_id))
    examples.forget_account(account_id)
    db.session.commit()
    log.info("account %s erased at its own request", account_id)


def _comment(comment: Comment) -> dict[str, Any]:
    decision = db.session.execute(
        db.select(ModerationEvent)
        .where(ModerationEvent.comment_id == comment.id)
        .order_by(ModerationEvent.id.desc())
        .limit(1)
    ).scalar_one_or_none()
    return {
        "id": comment.id,
        "site": comment.site.slug,
        "article_id": comment.article.external_id,
        "body": comment.body,
        "status": comment.status.value,
        "created_at": _iso(comment.created_at),
        "decided_at": _iso(comment.decided_at),
        "statement_of_reasons": decision.reason if decision and decision.actor_id else None,
    }


def _iso(value: Any) -> str | None:
    return value.isoformat() if value else None
