"""Accounts (commenters, moderators, admins) and the hashed tokens that authenticate them."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from flask_login import UserMixin
from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from moderation.extensions import db
from moderation.models.types import BigId, UTCDateTime, enum_column, utcnow


class Role(StrEnum):
    COMMENTER = "commenter"
    MODERATOR = "moderator"
    ADMIN = "admin"


class AccountStatus(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    BANNED = "banned"
    DELETED = "deleted"  # erased at the person's request; the row stays for the audit trail


class TokenKind(StrEnum):
    SESSION = "session"  # one browser login; its id lives in the signed session cookie
    API = "api"  # a bearer token for programmatic clients


class Account(UserMixin, db.Model):
    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    display_name: Mapped[str] = mapped_column(String(80))
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[Role] = mapped_column(enum_column(Role), default=Role.COMMENTER)
    status: Mapped[AccountStatus] = mapped_column(
        enum_column(AccountStatus), default=AccountStatus.ACTIVE
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # A suspension ends by itself at this time; None with SUSPENDED means until lifted.
    suspended_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Why the account is suspended or banned; shown to moderators and the account holder.
    status_reason: Mapped[str | None] = mapped_column(String(1000))
    # The desk language this person picked ("de", "en"); None: the instance's default.
    locale: Mapped[str | None] = mapped_column(String(8))

    # Set by the auth service for the request that logs in or is loaded from a
    # session: the secret of the AuthToken this login rides on. Flask-Login keeps
    # it in the signed cookie, so deleting the token ends that login everywhere.
    session_secret = None  # str | None; not a column

    def get_id(self) -> str:
        if not self.session_secret:
            raise RuntimeError("log in through services.accounts.start_session(), not login_user()")
        return self.session_secret

    @property
    def is_moderator(self) -> bool:
        return self.role in (Role.MODERATOR, Role.ADMIN)

    @property
    def effective_status(self) -> AccountStatus:
        """The status now: a suspension whose time is up counts as active."""
        if (
            self.status is AccountStatus.SUSPENDED
            and self.suspended_until is not None
            and self.suspended_until <= utcnow()
        ):
            return AccountStatus.ACTIVE
        return self.status

    @property
    def may_comment(self) -> bool:
        return self.effective_status is AccountStatus.ACTIVE


class AuthToken(db.Model):
    """A login session or API token, stored as a SHA-256 hash of the secret the client holds."""

    __tablename__ = "auth_tokens"
    __table_args__ = (Index("ix_auth_tokens_account_id_kind", "account_id", "kind"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    kind: Mapped[TokenKind] = mapped_column(enum_column(TokenKind))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())

    account: Mapped[Account] = relationship(lazy="joined")
