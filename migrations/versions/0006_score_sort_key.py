"""The queue's score sort key on the comment: its highest score per label, kept by a trigger.

Written by hand (issue 7, "Performance and scale", part 3). Sorting the held tab by score was
one subquery over scores per held comment (~40,000 at a million comments, ~500 ms a page):
- comments.max_<label> (six columns, -1 while a comment has no score): the highest score per
  label over the comment's scores, the key the queue sorts by; backfilled here from the
  scores;
- the trigger scores_keep_comment_maxima (AFTER INSERT ON scores; on PostgreSQL once per
  statement over its new rows, through the function comments_keep_score_maxima; on SQLite
  per row) raises them when a score is written, by whichever writer (models/score_maxima.py
  has the same statements for ``db.create_all()``);
- ix_comments_status_max_toxicity_id (status, max_toxicity DESC, id): the default score sort,
  highest toxicity first and oldest first among equals, read from either end so that it stops
  after a page. The other labels' sorts read the tab's rows without a subquery each.

The new columns need no table rewrite on PostgreSQL 11+ (a constant default), but the backfill
updates every scored comment: 4 minutes for a million on this project's busy 2-core machine,
leaving a dead copy of each row and of its index entries; VACUUM after it (and REINDEX the
comments' indexes when they matter, as its index-only scans read the bloated pages).

Revision ID: 0006_score_sort_key
Revises: 0005_dashboard_at_scale
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_score_sort_key"
down_revision = "0005_dashboard_at_scale"
branch_labels = None
depends_on = None

LABELS = ["toxicity", "severe_toxicity", "obscene", "threat", "insult", "identity_attack"]


BACKFILL = """
UPDATE comments SET
    max_toxicity = s.toxicity,
    max_severe_toxicity = s.severe_toxicity,
    max_obscene = s.obscene,
    max_threat = s.threat,
    max_insult = s.insult,
    max_identity_attack = s.identity_attack
FROM (
    SELECT comment_id, max(toxicity) AS toxicity, max(severe_toxicity) AS severe_toxicity,
           max(obscene) AS obscene, max(threat) AS threat, max(insult) AS insult,
           max(identity_attack) AS identity_attack
    FROM scores GROUP BY comment_id
) AS s
WHERE comments.id = s.comment_id"""

POSTGRESQL_FUNCTION = """
CREATE FUNCTION comments_keep_score_maxima() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE comments SET
        max_toxicity = greatest(comments.max_toxicity, s.toxicity),
        max_severe_toxicity = greatest(comments.max_severe_toxicity, s.severe_toxicity),
        max_obscene = greatest(comments.max_obscene, s.obscene),
        max_threat = greatest(comments.max_threat, s.threat),
        max_insult = greatest(comments.max_insult, s.insult),
        max_identity_attack = greatest(comments.max_identity_attack, s.identity_attack)
    FROM (
        SELECT comment_id, max(toxicity) AS toxicity, max(severe_toxicity) AS severe_toxicity,
               max(obscene) AS obscene, max(threat) AS threat, max(insult) AS insult,
               max(identity_attack) AS identity_attack
        FROM new_scores GROUP BY comment_id
    ) AS s
    WHERE comments.id = s.comment_id;
    RETURN NULL;
END
$$"""

POSTGRESQL_TRIGGER = """
CREATE TRIGGER scores_keep_comment_maxima AFTER INSERT ON scores
REFERENCING NEW TABLE AS new_scores
FOR EACH STATEMENT EXECUTE FUNCTION comments_keep_score_maxima()"""

SQLITE_TRIGGER = """
CREATE TRIGGER scores_keep_comment_maxima AFTER INSERT ON scores
BEGIN
    UPDATE comments SET
        max_toxicity = max(max_toxicity, NEW.toxicity),
        max_severe_toxicity = max(max_severe_toxicity, NEW.severe_toxicity),
        max_obscene = max(max_obscene, NEW.obscene),
        max_threat = max(max_threat, NEW.threat),
        max_insult = max(max_insult, NEW.insult),
        max_identity_attack = max(max_identity_attack, NEW.identity_attack)
    WHERE id = NEW.comment_id;
END"""


def upgrade():
    for label in LABELS:
        op.add_column(
            "comments",
            sa.Column(f"max_{label}", sa.Float(), server_default="-1", nullable=False),
        )
    # No score slips between this backfill and the trigger: from the first ADD COLUMN on, the
    # migration holds comments' exclusive lock (PostgreSQL; SQLite locks the whole file), and
    # writing a score checks its comment's foreign key, which waits for that lock.
    op.execute(BACKFILL)
    if _postgresql():
        op.execute(POSTGRESQL_FUNCTION)
        op.execute(POSTGRESQL_TRIGGER)
    else:
        op.execute(SQLITE_TRIGGER)
    op.create_index(
        "ix_comments_status_max_toxicity_id",
        "comments",
        ["status", sa.text("max_toxicity DESC"), "id"],
        unique=False,
    )


def downgrade():
    op.drop_index("ix_comments_status_max_toxicity_id", table_name="comments")
    if _postgresql():
        op.execute("DROP TRIGGER scores_keep_comment_maxima ON scores")
        op.execute("DROP FUNCTION comments_keep_score_maxima()")
    else:
        op.execute("DROP TRIGGER scores_keep_comment_maxima")
    with op.batch_alter_table("comments", schema=None) as batch_op:
        for label in reversed(LABELS):
            batch_op.drop_column(f"max_{label}")


def _postgresql():
    return op.get_bind().dialect.name == "postgresql"
