"""Which sites a moderator works: assignments, and the site scope every desk query runs in."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, delete, false, true

from moderation.extensions import db
from moderation.models import Account, Role, Site, SiteAssignment
from moderation.services.errors import InvalidInput, NotAllowed


@dataclass(frozen=True)
class SiteScope:
    """The sites an account may see: ``None`` means every site (admins)."""

    site_ids: frozenset[int] | None

    @property
    def unrestricted(self) -> bool:
        return self.site_ids is None

    def allows(self, site_id: int) -> bool:
        return self.site_ids is None or site_id in self.site_ids

    def clause(self, column: ColumnElement[int]) -> ColumnElement[bool]:
        """A WHERE clause limiting ``column`` (a site id) to this scope."""
        if self.site_ids is None:
            return true()
        if not self.site_ids:
            return false()
        return column.in_(sorted(self.site_ids))

    def narrowed(self, site_id: int | None) -> SiteScope:
        """This scope, limited to one site if given (a site outside it gives an empty scope)."""
        if site_id is None:
            return self
        return SiteScope(frozenset({site_id}) if self.allows(site_id) else frozenset())


def scope_for(account: Account) -> SiteScope:
    if account.role is Role.ADMIN:
        return SiteScope(None)
    if account.role is not Role.MODERATOR:
        return SiteScope(frozenset())
    ids = db.session.execute(
        db.select(SiteAssignment.site_id).where(SiteAssignment.account_id == account.id)
    ).scalars()
    return SiteScope(frozenset(ids))


def shared_language(account: Account) -> str | None:
    """The language every site a moderator is assigned to is written in; None when they
    differ, when there are none, and for admins (who are assigned to no site: they see all)."""
    if account.role is not Role.MODERATOR:
        return None
    languages = db.session.execute(
        db.select(Site.language)
        .join(SiteAssignment, SiteAssignment.site_id == Site.id)
        .where(SiteAssignment.account_id == account.id)
        .distinct()
        .limit(2)
    ).scalars()
    found = list(languages)
    return found[0] if len(found) == 1 else None


def visible_sites(scope: SiteScope) -> list[Site]:
    return list(
        db.session.execute(
            db.select(Site).where(scope.clause(Site.id)).order_by(Site.name, Site.id)
        ).scalars()
    )


def desk_accounts() -> list[Account]:
    """Moderators and admins, for the admin's assignment page."""
    return list(
        db.session.execute(
            db.select(Account)
            .where(Account.role.in_([Role.MODERATOR, Role.ADMIN]))
            .order_by(Account.display_name, Account.id)
        ).scalars()
    )


def assigned_site_ids(account_ids: Iterable[int]) -> dict[int, set[int]]:
    out: dict[int, set[int]] = {account_id: set() for account_id in account_ids}
    if not out:
        return out
    rows = db.session.execute(
        db.select(SiteAssignment.account_id, SiteAssignment.site_id).where(
            SiteAssignment.account_id.in_(list(out))
        )
    )
    for account_id, site_id in rows:
        out[account_id].add(site_id)
    return out


def set_assignments(admin: Account, moderator_id: int, site_ids: Iterable[int]) -> set[int]:
    """Replace a moderator's sites; returns the ids now assigned."""
    if admin.role is not Role.ADMIN:
        raise NotAllowed("only admins assign moderators to sites")
    moderator = db.session.get(Account, moderator_id)
    if moderator is None or moderator.role is not Role.MODERATOR:
        raise InvalidInput("not a moderator", field="account")
    return _replace(moderator_id, set(site_ids))


def assign_by_email(email: str, slug: str, *, assigned: bool = True) -> Account:
    """Add (or with ``assigned=False`` remove) one site of a moderator, from the console."""
    moderator = db.session.execute(
        db.select(Account).where(Account.email == email.strip().lower())
    ).scalar_one_or_none()
    if moderator is None or moderator.role is not Role.MODERATOR:
        raise InvalidInput("no moderator with this email", field="moderator")
    site = db.session.execute(db.select(Site).where(Site.slug == slug)).scalar_one_or_none()
    if site is None:
        raise InvalidInput("unknown site", field="site")
    current = assigned_site_ids([moderator.id])[moderator.id]
    _replace(moderator.id, current | {site.id} if assigned else current - {site.id})
    return moderator


def moderators_of(slug: str) -> list[Account]:
    """The moderators assigned to the site ``slug``, by email."""
    return list(
        db.session.execute(
            db.select(Account)
            .join(SiteAssignment, SiteAssignment.account_id == Account.id)
            .join(Site, Site.id == SiteAssignment.site_id)
            .where(Site.slug == slug)
            .order_by(Account.email)
        ).scalars()
    )


def _replace(moderator_id: int, wanted: set[int]) -> set[int]:
    known = set(db.session.execute(db.select(Site.id).where(Site.id.in_(wanted))).scalars())
    if wanted - known:
        raise InvalidInput("unknown site", field="sites")
    current = assigned_site_ids([moderator_id])[moderator_id]
    if current - wanted:
        db.session.execute(
            delete(SiteAssignment).where(
                SiteAssignment.account_id == moderator_id,
                SiteAssignment.site_id.in_(current - wanted),
            )
        )
    for site_id in sorted(wanted - current):
        db.session.add(SiteAssignment(account_id=moderator_id, site_id=site_id))
    db.session.commit()
    return wanted
