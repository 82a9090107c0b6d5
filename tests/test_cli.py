"""Operator commands: accounts, sites, demo data, the pending sweeper."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from flask import Flask

from moderation.extensions import db
from moderation.models import Role, Site, SiteAssignment
from moderation.services.accounts.credentials import authenticate, find_by_email
from moderation.services.desk.assignments import scope_for


def test_accounts_create(app: Flask) -> None:
    runner = app.test_cli_runner()
    result = runner.invoke(
        args=[
            "accounts",
            "create",
            "--email",
            "Mod@Example.org",
            "--password",
            "a long password",
            "--role",
            "moderator",
        ]
    )
    assert result.exit_code == 0, result.output
    assert "created moderator mod@example.org" in result.output
    account = authenticate("mod@example.org", "a long password")
    assert account.role is Role.MODERATOR
    again = runner.invoke(
        args=["accounts", "create", "--email", "mod@example.org", "--password", "a long password"]
    )
    assert again.exit_code == 1 and "exists" in again.output


def test_accounts_create_refuses_a_short_password(app: Flask) -> None:
    result = app.test_cli_runner().invoke(
        args=["accounts", "create", "--email", "a@example.org", "--password", "short"]
    )
    assert result.exit_code == 1 and "(password)" in result.output
    assert find_by_email("a@example.org") is None


def test_sites_create(app: Flask) -> None:
    runner = app.test_cli_runner()
    result = runner.invoke(args=["sites", "create", "rheinblick", "--name", "Rheinblick"])
    assert result.exit_code == 0, result.output
    site = db.session.execute(db.select(Site)).scalar_one()
    assert (site.slug, site.name, site.language) == ("rheinblick", "Rheinblick", "de")
    bad = runner.invoke(args=["sites", "create", "Not A Slug", "--name", "x"])
    assert bad.exit_code == 1 and "(slug)" in bad.output


def test_demo_seed_is_idempotent_and_prints_working_credentials(
    app: Flask, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app, "instance_path", str(tmp_path))
    runner = app.test_cli_runner()
    first = runner.invoke(args=["demo", "seed"])
    second = runner.invoke(args=["demo", "seed"])
    assert first.exit_code == second.exit_code == 0, first.output
    assert first.output == second.output
    stored = json.loads((tmp_path / "demo-credentials.json").read_text())
    assert (tmp_path / "demo-credentials.json").stat().st_mode & 0o777 == 0o600
    for email, password in stored.items():
        assert f"{email}  password: {password}" in first.output
        authenticate(email, password)
    assert db.session.query(Site).count() == 1
    # The demo moderator sees the demo site's queues (a moderator sees only assigned sites).
    moderator = find_by_email("moderator@example.org")
    site = db.session.query(Site).one()
    assert moderator is not None and scope_for(moderator).allows(site.id)
    assert db.session.query(SiteAssignment).count() == 1  # not added twice


def test_sweep_reports_a_count(app: Flask) -> None:
    result = app.test_cli_runner().invoke(args=["sweep", "--older-than", "60"])
    assert result.exit_code == 0 and "requeued 0 pending comment(s)" in result.output
