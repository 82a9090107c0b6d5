"""News-site integration: API keys, SSO, edits, reports, webhooks, site and article settings.

Written by hand (issue 5). Adds site columns (allowed origins, webhook, secrets, report
threshold), an article's closed state, comment columns for deletion, edits and reports,
and the tables api_keys, sso_identities, sso_token_uses, comment_revisions,
comment_reports and webhook_deliveries.

Revision ID: 0004_integration
Revises: 0003_dashboard
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_integration"
down_revision = "0003_dashboard"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
Timestamp = sa.DateTime(timezone=True)
COMMENT_STATUS = ("pending", "published", "held", "rejected")
REPORT_REASONS = ("spam", "insult", "hate", "threat", "misinformation", "off_topic", "other")
DELIVERY_STATUS = ("pending", "delivered", "failed")


def _fk(table, column, target, ondelete):
    return sa.ForeignKeyConstraint(
        [column],
        [f"{target}.id"],
        name=f"fk_{table}_{column}_{target}",
        ondelete=ondelete,
    )


def upgrade():
    with op.batch_alter_table("sites", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("allowed_origins", sa.JSON(), server_default="[]", nullable=False)
        )
        batch_op.add_column(sa.Column("webhook_url", sa.String(length=2000), nullable=True))
        batch_op.add_column(sa.Column("webhook_secret", sa.String(length=128), nullable=True))
        batch_op.add_column(sa.Column("sso_secret", sa.String(length=128), nullable=True))
        batch_op.add_column(
            sa.Column("coral_signing_secret", sa.String(length=256), nullable=True)
        )
        batch_op.add_column(
            sa.Column("report_threshold", sa.Integer(), server_default="3", nullable=False)
        )

    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.add_column(sa.Column("closed_at", Timestamp, nullable=True))

    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("deleted_at", Timestamp, nullable=True))
        batch_op.add_column(sa.Column("edited_at", Timestamp, nullable=True))
        batch_op.add_column(
            sa.Column("report_count", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(sa.Column("reported_at", Timestamp, nullable=True))
        batch_op.create_index("ix_comments_reported_at", ["reported_at"], unique=False)

    op.create_table(
        "api_keys",
        sa.Column("id", BigId, nullable=False),
        sa.Column("site_id", BigId, nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("prefix", sa.String(length=16), nullable=False),
        sa.Column("key_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", Timestamp, nullable=False),
        sa.Column("last_used_at", Timestamp, nullable=True),
        sa.Column("expires_at", Timestamp, nullable=True),
        sa.Column("revoked_at", Timestamp, nullable=True),
        sa.Column("replaces_id", BigId, nullable=True),
        _fk("api_keys", "replaces_id", "api_keys", "SET NULL"),
        _fk("api_keys", "site_id", "sites", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_api_keys"),
        sa.UniqueConstraint("key_hash", name="uq_api_keys_key_hash"),
    )
    op.create_index("ix_api_keys_site_id_id", "api_keys", ["site_id", "id"], unique=False)

    op.create_table(
        "sso_identities",
        sa.Column("id", BigId, nullable=False),
        sa.Column("site_id", BigId, nullable=False),
        sa.Column("subject", sa.String(length=255), nullable=False),
        sa.Column("account_id", BigId, nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("created_at", Timestamp, nullable=False),
        sa.Column("last_sign_in_at", Timestamp, nullable=False),
        _fk("sso_identities", "account_id", "accounts", "CASCADE"),
        _fk("sso_identities", "site_id", "sites", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_sso_identities"),
        sa.UniqueConstraint("account_id", name="uq_sso_identities_account_id"),
        sa.UniqueConstraint("site_id", "subject", name="uq_sso_identities_site_id_subject"),
    )

    op.create_table(
        "sso_token_uses",
        sa.Column("id", BigId, nullable=False),
        sa.Column("site_id", BigId, nullable=False),
        sa.Column("jti", sa.String(length=200), nullable=False),
        sa.Column("expires_at", Timestamp, nullable=False),
        _fk("sso_token_uses", "site_id", "sites", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_sso_token_uses"),
        sa.UniqueConstraint("site_id", "jti", name="uq_sso_token_uses_site_id_jti"),
    )
    op.create_index(
        "ix_sso_token_uses_expires_at", "sso_token_uses", ["expires_at"], unique=False
    )

    op.create_table(
        "comment_revisions",
        sa.Column("id", BigId, nullable=False),
        sa.Column("comment_id", BigId, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(*COMMENT_STATUS, name="commentstatus", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("created_at", Timestamp, nullable=False),
        _fk("comment_revisions", "comment_id", "comments", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_comment_revisions"),
        sa.UniqueConstraint(
            "comment_id", "version", name="uq_comment_revisions_comment_id_version"
        ),
    )

    op.create_table(
        "comment_reports",
        sa.Column("id", BigId, nullable=False),
        sa.Column("comment_id", BigId, nullable=False),
        sa.Column("reporter_id", BigId, nullable=False),
        sa.Column(
            "reason",
            sa.Enum(*REPORT_REASONS, name="reportreason", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.Column("created_at", Timestamp, nullable=False),
        sa.Column("resolved_at", Timestamp, nullable=True),
        _fk("comment_reports", "comment_id", "comments", "CASCADE"),
        _fk("comment_reports", "reporter_id", "accounts", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_comment_reports"),
        sa.UniqueConstraint(
            "comment_id", "reporter_id", name="uq_comment_reports_comment_id_reporter_id"
        ),
    )
    op.create_index(
        "ix_comment_reports_reporter_id", "comment_reports", ["reporter_id"], unique=False
    )

    op.create_table(
        "webhook_deliveries",
        sa.Column("id", BigId, nullable=False),
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("site_id", BigId, nullable=False),
        sa.Column("comment_id", BigId, nullable=True),
        sa.Column("event", sa.String(length=64), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(*DELIVERY_STATUS, name="deliverystatus", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("status_code", sa.Integer(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", Timestamp, nullable=False),
        sa.Column("last_attempt_at", Timestamp, nullable=True),
        sa.Column("next_attempt_at", Timestamp, nullable=True),
        sa.Column("delivered_at", Timestamp, nullable=True),
        _fk("webhook_deliveries", "comment_id", "comments", "SET NULL"),
        _fk("webhook_deliveries", "site_id", "sites", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_webhook_deliveries"),
        sa.UniqueConstraint("event_id", name="uq_webhook_deliveries_event_id"),
    )
    op.create_index(
        "ix_webhook_deliveries_site_id_id", "webhook_deliveries", ["site_id", "id"], unique=False
    )


def downgrade():
    op.drop_index("ix_webhook_deliveries_site_id_id", table_name="webhook_deliveries")
    op.drop_table("webhook_deliveries")
    op.drop_index("ix_comment_reports_reporter_id", table_name="comment_reports")
    op.drop_table("comment_reports")
    op.drop_table("comment_revisions")
    op.drop_index("ix_sso_token_uses_expires_at", table_name="sso_token_uses")
    op.drop_table("sso_token_uses")
    op.drop_table("sso_identities")
    op.drop_index("ix_api_keys_site_id_id", table_name="api_keys")
    op.drop_table("api_keys")

    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.drop_index("ix_comments_reported_at")
        batch_op.drop_column("reported_at")
        batch_op.drop_column("report_count")
        batch_op.drop_column("edited_at")
        batch_op.drop_column("deleted_at")

    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_column("closed_at")

    with op.batch_alter_table("sites", schema=None) as batch_op:
        batch_op.drop_column("report_threshold")
        batch_op.drop_column("coral_signing_secret")
        batch_op.drop_column("sso_secret")
        batch_op.drop_column("webhook_secret")
        batch_op.drop_column("webhook_url")
        batch_op.drop_column("allowed_origins")
