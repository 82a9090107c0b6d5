"""Training examples: human decisions and Perspective feedback as a site's labelled texts.

Written by hand. One table; each row belongs to one site. Two partial unique indexes keep
one current (not superseded) example per comment of this service and per comment named
by a Perspective client, which is also what makes a retried suggestscore idempotent.

Revision ID: 0008_training_examples
Revises: 0007_comments_parent_index
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_training_examples"
down_revision = "0007_comments_parent_index"
branch_labels = None
depends_on = None

CURRENT_COMMENT = sa.text("superseded_at IS NULL AND comment_id IS NOT NULL")
CURRENT_FEEDBACK = sa.text("superseded_at IS NULL AND feedback_key IS NOT NULL")


def _id() -> sa.types.TypeEngine:
    return sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "training_examples",
        sa.Column("id", _id(), nullable=False),
        sa.Column("site_id", _id(), nullable=False),
        sa.Column("comment_id", _id(), nullable=True),
        sa.Column("moderation_event_id", _id(), nullable=True),
        sa.Column("source", sa.String(length=32), nullable=False),
        sa.Column("label", sa.String(length=32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("reason", sa.String(length=1000), nullable=True),
        sa.Column("reason_code", sa.String(length=200), nullable=True),
        sa.Column("decided_by_id", _id(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("scores", sa.JSON(), nullable=True),
        sa.Column("scorer_name", sa.String(length=64), nullable=True),
        sa.Column("scorer_version", sa.String(length=200), nullable=True),
        sa.Column("external_comment_id", sa.String(length=200), nullable=True),
        sa.Column("client_token", sa.String(length=200), nullable=True),
        sa.Column("feedback_key", sa.String(length=210), nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("superseded_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("superseded_by_event_id", _id(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["sites.id"],
            name=op.f("fk_training_examples_site_id_sites"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["comment_id"],
            ["comments.id"],
            name=op.f("fk_training_examples_comment_id_comments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["moderation_event_id"],
            ["moderation_events.id"],
            name=op.f("fk_training_examples_moderation_event_id_moderation_events"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["decided_by_id"],
            ["accounts.id"],
            name=op.f("fk_training_examples_decided_by_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["superseded_by_event_id"],
            ["moderation_events.id"],
            name=op.f("fk_training_examples_superseded_by_event_id_moderation_events"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_examples")),
    )
    op.create_index("ix_training_examples_site_id_id", "training_examples", ["site_id", "id"])
    op.create_index("ix_training_examples_comment_id", "training_examples", ["comment_id"])
    op.create_index(
        "uq_training_examples_current_comment",
        "training_examples",
        ["comment_id"],
        unique=True,
        postgresql_where=CURRENT_COMMENT,
        sqlite_where=CURRENT_COMMENT,
    )
    op.create_index(
        "uq_training_examples_current_feedback",
        "training_examples",
        ["site_id", "feedback_key"],
        unique=True,
        postgresql_where=CURRENT_FEEDBACK,
        sqlite_where=CURRENT_FEEDBACK,
    )


def downgrade() -> None:
    op.drop_table("training_examples")
