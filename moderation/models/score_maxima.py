"""The database trigger that keeps each comment's highest score per label (``max_<label>``).

The queue sorts held comments by score; reading one column per comment instead of
a subquery over its scores is what lets the sort walk an index and stop after a page. A
trigger rather than the scoring service keeps the columns right for every writer of scores
(the worker's bulk insert, the benchmark generator, fixtures), and a score is never changed or
deleted on its own (its comment's deletion cascades), so inserts are all there is to follow.
On PostgreSQL it runs once per INSERT statement over the statement's new rows (a transition
table), so the worker's multi-row insert of a batch's scores costs one UPDATE, not one per
score; SQLite has row triggers only. Migration 0006 creates the same trigger;
``db.create_all()`` gets it from here.
"""

from __future__ import annotations

from sqlalchemy import DDL, event

from moderation.models.comments import Score

TRIGGER = "scores_keep_comment_maxima"

POSTGRESQL = (
    """
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
$$""",
    """
CREATE TRIGGER scores_keep_comment_maxima AFTER INSERT ON scores
REFERENCING NEW TABLE AS new_scores
FOR EACH STATEMENT EXECUTE FUNCTION comments_keep_score_maxima()""",
)
SQLITE = """
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

# What the trigger does row by row, for every score already stored, in one statement: for
# a bulk load that bypasses the trigger (bench/generate.py). Migration 0006 keeps its own
# frozen copy, as migrations must.
BACKFILL = """
UPDATE comments SET
    max_toxicity = s.toxicity, max_severe_toxicity = s.severe_toxicity, max_obscene = s.obscene,
    max_threat = s.threat, max_insult = s.insult, max_identity_attack = s.identity_attack
FROM (
    SELECT comment_id, max(toxicity) AS toxicity, max(severe_toxicity) AS severe_toxicity,
           max(obscene) AS obscene, max(threat) AS threat, max(insult) AS insult,
           max(identity_attack) AS identity_attack
    FROM scores GROUP BY comment_id
) AS s
WHERE comments.id = s.comment_id
"""

for _statement in POSTGRESQL:
    event.listen(Score.__table__, "after_create", DDL(_statement).execute_if(dialect="postgresql"))
event.listen(Score.__table__, "after_create", DDL(SQLITE).execute_if(dialect="sqlite"))
