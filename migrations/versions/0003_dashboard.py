"""Moderation desk: site assignments, moderator notes, soft claims, desk settings, suspensions.

Also two indexes for the desk's reads on comments: tabs by status across sites
(status, id) and statistics by time (created_at).

Revision ID: 0003_dashboard
Revises: 0002_reliability
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_dashboard"
down_revision = "0002_reliability"
branch_labels = None
depends_on = None

# Same column types as the models: BIGINT ids (INTEGER on SQLite, which only
# auto-increments INTEGER PRIMARY KEY) and timezone-aware timestamps.
BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
Timestamp = sa.DateTime(timezone=True)


def upgrade():
    op.create_table(
        "site_assignments",
        sa.Column("id", BigId, nullable=False),
        sa.Column("account_id", BigId, nullable=False),
        sa.Column("site_id", BigId, nullable=False),
        sa.Column("created_at", Timestamp, nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_site_assignments_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["sites.id"],
            name=op.f("fk_site_assignments_site_id_sites"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site_assignments")),
        sa.UniqueConstraint("account_id", "site_id", name="uq_site_assignments_account_id_site_id"),
    )
    op.create_index(
        op.f("ix_site_assignments_site_id"), "site_assignments", ["site_id"], unique=False
    )

    op.create_table(
        "moderator_notes",
        sa.Column("id", BigId, nullable=False),
        sa.Column("account_id", BigId, nullable=False),
        sa.Column("written_by_id", BigId, nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", Timestamp, nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_moderator_notes_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["written_by_id"],
            ["accounts.id"],
            name=op.f("fk_moderator_notes_written_by_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_moderator_notes")),
    )
    op.create_index(
        "ix_moderator_notes_account_id_id", "moderator_notes", ["account_id", "id"], unique=False
    )

    op.create_table(
        "comment_claims",
        sa.Column("id", BigId, nullable=False),
        sa.Column("comment_id", BigId, nullable=False),
        sa.Column("moderator_id", BigId, nullable=False),
        sa.Column("expires_at", Timestamp, nullable=False),
        sa.ForeignKeyConstraint(
            ["comment_id"],
            ["comments.id"],
            name=op.f("fk_comment_claims_comment_id_comments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["moderator_id"],
            ["accounts.id"],
            name=op.f("fk_comment_claims_moderator_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_comment_claims")),
        sa.UniqueConstraint(
            "comment_id", "moderator_id", name="uq_comment_claims_comment_id_moderator_id"
        ),
    )
    op.create_index(
        op.f("ix_comment_claims_expires_at"), "comment_claims", ["expires_at"], unique=False
    )

    op.create_table(
        "desk_settings",
        sa.Column("id", BigId, nullable=False),
        sa.Column("site_id", BigId, nullable=False),
        sa.Column("rejection_reasons", sa.JSON(), nullable=False),
        sa.Column("updated_at", Timestamp, nullable=False),
        sa.Column("updated_by_id", BigId, nullable=True),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["sites.id"],
            name=op.f("fk_desk_settings_site_id_sites"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"],
            ["accounts.id"],
            name=op.f("fk_desk_settings_updated_by_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_desk_settings")),
        sa.UniqueConstraint("site_id", name=op.f("uq_desk_settings_site_id")),
    )

    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("suspended_until", Timestamp, nullable=True))
        batch_op.add_column(sa.Column("status_reason", sa.String(length=1000), nullable=True))

    # Plain CREATE INDEX: on a large PostgreSQL table, run these by hand with
    # CONCURRENTLY before deploying, and this migration finds them present.
    op.create_index(
        "ix_comments_status_id", "comments", ["status", "id"], unique=False, if_not_exists=True
    )
    op.create_index(
        "ix_comments_created_at", "comments", ["created_at"], unique=False, if_not_exists=True
    )


def downgrade():
    op.drop_index("ix_comments_created_at", table_name="comments")
    op.drop_index("ix_comments_status_id", table_name="comments")
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.drop_column("status_reason")
        batch_op.drop_column("suspended_until")
    op.drop_table("desk_settings")
    op.drop_index(op.f("ix_comment_claims_expires_at"), table_name="comment_claims")
    op.drop_table("comment_claims")
    op.drop_index("ix_moderator_notes_account_id_id", table_name="moderator_notes")
    op.drop_table("moderator_notes")
    op.drop_index(op.f("ix_site_assignments_site_id"), table_name="site_assignments")
    op.drop_table("site_assignments")
