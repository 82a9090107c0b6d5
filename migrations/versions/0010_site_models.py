"""Per-site models: each version of a site's own head with its evaluation and status.

Written by hand. One table; a partial unique index keeps at most one active version per
site. The artifact (a small npz) is stored in the row.

Revision ID: 0010_site_models
Revises: 0009_account_locale
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_site_models"
down_revision = "0009_account_locale"
branch_labels = None
depends_on = None

ACTIVE_ONLY = sa.text("status = 'active'")


def _id() -> sa.types.TypeEngine:
    return sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "site_models",
        sa.Column("id", _id(), nullable=False),
        sa.Column("site_id", _id(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("activated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("retired_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("training_examples", sa.Integer(), nullable=False),
        sa.Column("holdout_examples", sa.Integer(), nullable=False),
        sa.Column("last_example_id", _id(), nullable=False),
        sa.Column("base_version", sa.String(length=200), nullable=False),
        sa.Column("evaluation", sa.JSON(), nullable=False),
        sa.Column("artifact", sa.LargeBinary(), nullable=False),
        sa.Column("artifact_sha256", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["sites.id"],
            name=op.f("fk_site_models_site_id_sites"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site_models")),
        sa.UniqueConstraint("site_id", "version", name=op.f("uq_site_models_site_id")),
    )
    op.create_index(
        "uq_site_models_active",
        "site_models",
        ["site_id"],
        unique=True,
        postgresql_where=ACTIVE_ONLY,
        sqlite_where=ACTIVE_ONLY,
    )


def downgrade() -> None:
    op.drop_table("site_models")
