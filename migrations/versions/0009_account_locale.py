"""The desk language an account picked: accounts.locale, NULL for the instance's default.

Revision ID: 0009_account_locale
Revises: 0008_training_examples
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_account_locale"
down_revision = "0008_training_examples"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("accounts") as batch:
        batch.add_column(sa.Column("locale", sa.String(length=8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("accounts") as batch:
        batch.drop_column("locale")
