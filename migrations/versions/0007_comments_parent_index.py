"""Replies found by their parent: a partial index on comments.parent_id.

Written by hand (issue 7, "Performance and scale"). The nested thread reads each level's
replies with ``parent_id IN (...)``; without an index that was a scan of every published
comment of the article (3,000 index entries per level for a hot article of the 50,000-comment
plan-test database, ten times that at a million), and deleting a comment made PostgreSQL's
``ON DELETE SET NULL`` look for its replies through the whole table. Only replies are indexed
(``parent_id IS NOT NULL``, about a quarter of the comments); both lookups name a parent, so
the partial index serves them.

Revision ID: 0007_comments_parent_index
Revises: 0006_score_sort_key
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_comments_parent_index"
down_revision = "0006_score_sort_key"
branch_labels = None
depends_on = None

REPLIES = sa.text("parent_id IS NOT NULL")


def upgrade() -> None:
    op.create_index(
        "ix_comments_parent_id",
        "comments",
        ["parent_id"],
        postgresql_where=REPLIES,
        sqlite_where=REPLIES,
    )


def downgrade() -> None:
    op.drop_index("ix_comments_parent_id", table_name="comments")
