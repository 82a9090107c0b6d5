"""Idempotent demo data for a local run: a site, a moderator and a commenter."""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from flask import current_app

from moderation.extensions import db
from moderation.models import Role, SiteAssignment
from moderation.services.accounts import credentials
from moderation.services.desk import assignments
from moderation.services.sites import registry

DEMO_SITE = ("stadtanzeiger", "Stadt-Anzeiger Musterstadt")
DEMO_ACCOUNTS = {
    "moderator": ("moderator@example.org", "Moderation", Role.MODERATOR),
    "commenter": ("leserin@example.org", "Leserin", Role.COMMENTER),
}


@dataclass(frozen=True)
class DemoCredentials:
    site_slug: str
    accounts: dict[str, tuple[str, str]]


def seed() -> DemoCredentials:
    """Create what is missing; passwords are random and kept under instance/ to print again."""
    if current_app.config["MODERATION_ENV"] == "production":
        raise RuntimeError("demo data is for local runs, not production")
    slug, name = DEMO_SITE
    if registry.find_site(slug) is None:
        registry.create_site(slug, name, language="de")  # the demo comments are German
    store = Path(current_app.instance_path) / "demo-credentials.json"
    known: dict[str, str] = json.loads(store.read_text()) if store.exists() else {}
    out: dict[str, tuple[str, str]] = {}
    for role, (email, display_name, account_role) in DEMO_ACCOUNTS.items():
        if credentials.find_by_email(email) is None or email not in known:
            password = secrets.token_urlsafe(12)
            existing = credentials.find_by_email(email)
            if existing is None:
                credentials.create_account(
                    email, password, display_name=display_name, role=account_role
                )
            else:
                credentials.set_password(existing, password)
            known[email] = password
        out[role] = (email, known[email])
    _assign_demo_moderator(slug)
    store.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(store, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        json.dump(known, handle)
    return DemoCredentials(site_slug=slug, accounts=out)


def _assign_demo_moderator(slug: str) -> None:
    """The demo moderator works the demo site's queues (moderators see only their sites)."""
    site = registry.find_site(slug)
    moderator = credentials.find_by_email(DEMO_ACCOUNTS["moderator"][0])
    assert site is not None and moderator is not None  # both made above
    if site.id not in assignments.assigned_site_ids([moderator.id])[moderator.id]:
        db.session.add(SiteAssignment(account_id=moderator.id, site_id=site.id))
        db.session.commit()
