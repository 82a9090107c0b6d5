"""The Alembic history builds the schema the models describe, on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.servers import PostgresServer

ROOT = Path(__file__).resolve().parent.parent


def flask_db(command: str, database_url: str, instance: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "SECRET_KEY": "x" * 40,
        "CELERY_BROKER_URL": "memory://",
    }
    return subprocess.run(
        [sys.executable, "-m", "flask", "--app", "moderation", "db", command],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def assert_upgrade_then_check(database_url: str, tmp_path: Path) -> None:
    upgrade = flask_db("upgrade", database_url, tmp_path)
    assert upgrade.returncode == 0, upgrade.stderr
    assert "-> 0001_initial" in upgrade.stderr
    check = flask_db("check", database_url, tmp_path)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "No new upgrade operations detected" in check.stdout + check.stderr


def test_migrations_match_models_on_sqlite(tmp_path: Path) -> None:
    assert_upgrade_then_check(f"sqlite:///{tmp_path / 'empty.sqlite'}", tmp_path)


@pytest.mark.postgres
def test_migrations_match_models_on_postgresql(
    postgres_server: PostgresServer, tmp_path: Path
) -> None:
    url = postgres_server.create_database("migrations_check")
    try:
        assert_upgrade_then_check(url, tmp_path)
    finally:
        postgres_server.drop_database("migrations_check")
