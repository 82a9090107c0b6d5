"""Operator commands: accounts, sites, demo data, the pending sweeper."""

from __future__ import annotations

import json
import os
import subprocess
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


def test_sites_assign_lets_a_moderator_see_a_new_site_and_unassign_takes_it_away(
    app: Flask,
) -> None:
    runner = app.test_cli_runner()
    for args in (
        ["accounts", "create", "--email", "chef@example.org", "--password", "a long password",
         "--role", "admin"],
        ["accounts", "create", "--email", "mod@example.org", "--password", "a long password",
         "--role", "moderator"],
        ["sites", "create", "neu", "--name", "Neue Seite"],
        ["sites", "assign", "neu", "--moderator", "Mod@Example.org"],
    ):  # fmt: skip
        result = runner.invoke(args=args)
        assert result.exit_code == 0, (args, result.output)
    assert "mod@example.org now moderates neu" in result.output
    moderator = find_by_email("mod@example.org")
    site = db.session.execute(db.select(Site).where(Site.slug == "neu")).scalar_one()
    assert scope_for(moderator).site_ids == frozenset({site.id})
    listed = runner.invoke(args=["sites", "moderators", "neu"])
    assert listed.output.splitlines() == ["mod@example.org\tmod"]
    for slug, email, error in (
        ("neu", "chef@example.org", "(moderator)"),  # an admin sees every site anyway
        ("neu", "nobody@example.org", "(moderator)"),
        ("gibtsnicht", "mod@example.org", "unknown site (site)"),
    ):
        refused = runner.invoke(args=["sites", "assign", slug, "--moderator", email])
        assert refused.exit_code == 1 and error in refused.output
    removed = runner.invoke(args=["sites", "unassign", "neu", "--moderator", "mod@example.org"])
    assert removed.exit_code == 0 and "no longer moderates neu" in removed.output
    db.session.expire_all()
    assert scope_for(find_by_email("mod@example.org")).site_ids == frozenset()


def test_manage_script_uses_the_projects_flask_whatever_is_on_path(tmp_path: Path) -> None:
    """A new shell: no activated virtualenv, and another `flask` first on PATH."""
    other = tmp_path / "bin"
    other.mkdir()
    (other / "flask").write_text("#!/bin/sh\necho 'the wrong flask' >&2\nexit 3\n")
    (other / "flask").chmod(0o755)
    root = Path(__file__).resolve().parents[1]
    env = {k: v for k, v in os.environ.items() if k not in {"VIRTUAL_ENV", "FLASK_APP"}}
    env["PATH"] = f"{other}:/usr/bin:/bin"
    result = subprocess.run(
        [str(root / "scripts" / "manage"), "sites", "--help"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "assign" in result.stdout and "moderators" in result.stdout


def test_readme_operator_commands_exist(app: Flask) -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    block = readme.split("### Operator commands", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].split() for line in block.splitlines() if line.strip()]
    assert commands and all(words[0] == "scripts/manage" for words in commands)
    runner = app.test_cli_runner()
    for words in commands:
        path = [w for w in words[1:] if not w.startswith("-")][:2]
        result = runner.invoke(args=[*path, "--help"])
        assert result.exit_code == 0 and "Usage:" in result.output, (words, result.output)
