"""Dashboard reads at a million comments: indexes for the hot queries, statistics rollups.

Written by hand (issue 7). Each index names the read it serves (docs/archive/performance-log.md,
"Dashboard at scale"):
- ix_comments_author_id_status_site_id: the author panel's counts per status, index-only;
- ix_comments_reported_at_id: the Reported queue's keyset (reported_at, id), partial on
  flagged comments, with the columns its filters read included so that the tab count is an
  index-only scan on PostgreSQL; replaces ix_comments_reported_at, which indexed every NULL;
- ix_comments_status_created_at_site_id: statistics' live counts of waiting and decided
  comments per day and the backlog's age, index-only;
- ix_scores_created_at: statistics' rollup of the scores made in an hour;
- ix_scores_comment_id_labels replaces ix_scores_comment_id: the same lookup, and on
  PostgreSQL with the six labels included, so the queue's score sort and "label at least"
  filter (a subquery per candidate comment) read the index alone;
- ix_comments_body_trgm (PostgreSQL only): a trigram GIN index for the desk's text search,
  ``body ILIKE '%text%'``; needs the pg_trgm extension (contrib, trusted since PostgreSQL 13,
  so the database owner can create it);
- the table stats_rollups: per site, one row per closed UTC hour and one per closed local day
  summed from them, read by the statistics page (models/stats.py, services/stats_rollup.py).

Revision ID: 0005_dashboard_at_scale
Revises: 0004_integration
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_dashboard_at_scale"
down_revision = "0004_integration"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
Timestamp = sa.DateTime(timezone=True)
FLAGGED = sa.text("reported_at IS NOT NULL")
LABELS = ["toxicity", "severe_toxicity", "obscene", "threat", "insult", "identity_attack"]


def upgrade():
    postgresql = op.get_bind().dialect.name == "postgresql"
    op.create_table(
        "stats_rollups",
        sa.Column("site_id", BigId, nullable=False),
        sa.Column("start", Timestamp, nullable=False),
        sa.Column("hours", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name="fk_stats_rollups_site_id_sites", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("site_id", "start", "hours", name="pk_stats_rollups"),
    )
    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.drop_index("ix_comments_reported_at")
        batch_op.create_index(
            "ix_comments_reported_at_id",
            ["reported_at", "id"],
            unique=False,
            postgresql_where=FLAGGED,
            postgresql_include=["site_id", "status", "deleted_at"],
            sqlite_where=FLAGGED,
        )
        batch_op.create_index(
            "ix_comments_author_id_status_site_id", ["author_id", "status", "site_id"]
        )
        batch_op.create_index(
            "ix_comments_status_created_at_site_id", ["status", "created_at", "site_id"]
        )
    op.create_index("ix_scores_created_at", "scores", ["created_at"], unique=False)
    op.create_index(
        "ix_scores_comment_id_labels", "scores", ["comment_id"], postgresql_include=LABELS
    )
    op.drop_index("ix_scores_comment_id", table_name="scores")
    if postgresql:
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.create_index(
            "ix_comments_body_trgm",
            "comments",
            ["body"],
            postgresql_using="gin",
            postgresql_ops={"body": "gin_trgm_ops"},
        )


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.drop_index("ix_comments_body_trgm", table_name="comments")
    op.create_index("ix_scores_comment_id", "scores", ["comment_id"], unique=False)
    op.drop_index("ix_scores_comment_id_labels", table_name="scores")
    op.drop_index("ix_scores_created_at", table_name="scores")
    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.drop_index("ix_comments_status_created_at_site_id")
        batch_op.drop_index("ix_comments_author_id_status_site_id")
        batch_op.drop_index("ix_comments_reported_at_id")
        batch_op.create_index("ix_comments_reported_at", ["reported_at"], unique=False)
    op.drop_table("stats_rollups")
