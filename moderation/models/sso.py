"""Single sign-on: readers of a site linked to local accounts, and the token ids already used."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from moderation.extensions import db
from moderation.models.accounts import Account
from moderation.models.sites import Site
from moderation.models.types import BigId, UTCDateTime, utcnow


class SsoIdentity(db.Model):
    """A site's reader (its `sub`) and the local account it signs in as; one account each."""

    __tablename__ = "sso_identities"
    __table_args__ = (
        UniqueConstraint("site_id", "subject", name="uq_sso_identities_site_id_subject"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    subject: Mapped[str] = mapped_column(String(255))
    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), unique=True
    )
    # As the site last asserted it; for moderators, never used to link accounts.
    email: Mapped[str | None] = mapped_column(String(254))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    last_sign_in_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    site: Mapped[Site] = relationship()
    account: Mapped[Account] = relationship()


class SsoTokenUse(db.Model):
    """A `jti` seen from a site, kept until the token expires so it cannot be replayed."""

    __tablename__ = "sso_token_uses"
    __table_args__ = (UniqueConstraint("site_id", "jti", name="uq_sso_token_uses_site_id_jti"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    jti: Mapped[str] = mapped_column(String(200))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
