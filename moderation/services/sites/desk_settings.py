"""A site's desk settings: rejection reasons, time zone and policy thresholds (admins edit them)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from moderation.extensions import db
from moderation.models import Account, DeskSettings, Role, Site
from moderation.scoring.policy import PolicyError, PolicySettings
from moderation.services.errors import InvalidInput, NotAllowed

# The statement of reasons goes to the author, so the defaults are in the sites' language.
DEFAULT_REASONS: tuple[str, ...] = (
    "Beleidigung",
    "Hassrede",
    "Bedrohung",
    "Spam",
    "Off-Topic",
    "persönliche Daten",
    "Sonstiges",
)
MAX_REASONS = 20
MAX_REASON_LENGTH = 100


def reasons_for(site: Site) -> list[str]:
    settings = _settings(site.id)
    return list(settings.rejection_reasons) if settings else list(DEFAULT_REASONS)


def reasons_by_site(site_ids: Sequence[int]) -> dict[int, list[str]]:
    out = {site_id: list(DEFAULT_REASONS) for site_id in site_ids}
    if site_ids:
        rows = db.session.execute(
            db.select(DeskSettings).where(DeskSettings.site_id.in_(list(site_ids)))
        ).scalars()
        for row in rows:
            out[row.site_id] = list(row.rejection_reasons)
    return out


def parse_reasons(raw: str) -> list[str]:
    """One reason per line; blank lines dropped, duplicates refused."""
    reasons = [" ".join(line.split()) for line in raw.splitlines()]
    reasons = [reason for reason in reasons if reason]
    if not reasons:
        raise InvalidInput("list at least one reason", field="reasons")
    if len(reasons) > MAX_REASONS:
        raise InvalidInput(f"list at most {MAX_REASONS} reasons", field="reasons")
    if any(len(reason) > MAX_REASON_LENGTH for reason in reasons):
        raise InvalidInput(f"a reason is longer than {MAX_REASON_LENGTH}", field="reasons")
    if len({reason.casefold() for reason in reasons}) != len(reasons):
        raise InvalidInput("a reason is listed twice", field="reasons")
    return reasons


@dataclass(frozen=True)
class SiteChanges:
    reasons: list[str]
    timezone: str
    mode: str
    hold_thresholds: Mapping[str, float]
    # Labels without an entry keep the policy's default (toxicity rejects at 0.95).
    reject_thresholds: Mapping[str, float]


def policy_mapping(changes: SiteChanges) -> dict[str, Any]:
    """The stored policy for these changes, validated by the policy itself."""
    raw = {
        "mode": changes.mode,
        "hold_thresholds": dict(changes.hold_thresholds),
        "reject_thresholds": dict(changes.reject_thresholds),
    }
    try:
        PolicySettings.from_mapping(raw)
    except PolicyError as error:
        raise InvalidInput(str(error), field=error.field) from None
    return raw


def update_site(admin: Account, site: Site, changes: SiteChanges) -> Site:
    """Replace the site's reasons, time zone and policy in one transaction."""
    if admin.role is not Role.ADMIN:
        raise NotAllowed("only admins change site settings")
    policy = policy_mapping(changes)
    try:
        ZoneInfo(changes.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput("unknown time zone", field="timezone") from None
    settings = _settings(site.id)
    if settings is None:
        settings = DeskSettings(site_id=site.id)
        db.session.add(settings)
    settings.rejection_reasons = list(changes.reasons)
    settings.updated_by_id = admin.id
    site.timezone = changes.timezone
    site.policy = policy
    db.session.commit()
    return site


def _settings(site_id: int) -> DeskSettings | None:
    return db.session.execute(
        db.select(DeskSettings).where(DeskSettings.site_id == site_id)
    ).scalar_one_or_none()
