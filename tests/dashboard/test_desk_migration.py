"""Migration 0003_dashboard builds exactly the desk's tables, columns and indexes."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from moderation.extensions import db
from tests.support.servers import PostgresServer
from tests.test_migrations import flask_db

DESK_TABLES = {"site_assignments", "moderator_notes", "comment_claims", "desk_settings"}
DESK_COLUMNS = {("accounts", "suspended_until"), ("accounts", "status_reason")}
DESK_INDEXES = {"ix_comments_status_id", "ix_comments_created_at"}


def _about_the_desk(diff: object) -> bool:
    """Whether one autogenerate difference concerns something this migration owns."""
    text = repr(diff)
    if any(f"'{table}'" in text or f"Table('{table}'" in text for table in DESK_TABLES):
        return True
    if any(name in text for name in DESK_INDEXES):
        return True
    return any(f"'{table}'" in text and f"'{column}'" in text for table, column in DESK_COLUMNS)


def desk_differences(database_url: str, tmp_path: Path) -> list[object]:
    upgrade = flask_db("upgrade", database_url, tmp_path)
    assert upgrade.returncode == 0, upgrade.stderr
    assert "0003_dashboard" in upgrade.stderr
    engine = create_engine(database_url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.connect() as connection:
            diffs = compare_metadata(MigrationContext.configure(connection), db.metadata)
    finally:
        engine.dispose()
    return [diff for diff in diffs if _about_the_desk(diff)]


def test_desk_migration_matches_the_models_on_sqlite(tmp_path: Path) -> None:
    assert desk_differences(f"sqlite:///{tmp_path / 'desk.sqlite'}", tmp_path) == []


@pytest.mark.postgres
def test_desk_migration_matches_the_models_on_postgresql(
    postgres_server: PostgresServer, tmp_path: Path
) -> None:
    url = postgres_server.create_database("desk_migration")
    try:
        assert desk_differences(url, tmp_path) == []
        downgrade = flask_db("downgrade", url, tmp_path)  # one step: back to 0002
        assert downgrade.returncode == 0, downgrade.stderr
    finally:
        postgres_server.drop_database("desk_migration")
