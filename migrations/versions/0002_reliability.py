"""Reliability: idempotency keys on comments, scoring attempts and the last scoring error.

Revision ID: 0002_reliability
Revises: 0001_initial
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_reliability"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("idempotency_key", sa.String(length=100), nullable=True))
        batch_op.add_column(
            sa.Column("scoring_attempts", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(sa.Column("scoring_error", sa.Text(), nullable=True))
        batch_op.create_unique_constraint(
            "uq_comments_author_id_idempotency_key", ["author_id", "idempotency_key"]
        )


def downgrade():
    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.drop_constraint("uq_comments_author_id_idempotency_key", type_="unique")
        batch_op.drop_column("scoring_error")
        batch_op.drop_column("scoring_attempts")
        batch_op.drop_column("idempotency_key")
