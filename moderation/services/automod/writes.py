"""A scored batch's decisions and their rows, written in a few statements per batch.

``services.automod.judging`` locks and scores a batch; this module applies each site's policy
and writes the outcome: new statuses (one UPDATE per status), scores and audit events
(one multi-row INSERT each), all in the caller's transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import bindparam, func, insert, update
from sqlalchemy.orm.exc import StaleDataError

from moderation.extensions import db
from moderation.models import Comment, CommentStatus, ModerationAction, ModerationEvent, Score
from moderation.models.types import utcnow
from moderation.scoring.base import Scorer
from moderation.scoring.labels import LabelScores
from moderation.scoring.policy import Action, Mode, PolicySettings, Submission, decide
from moderation.services.sites import registry

_OUTCOME = {
    Action.PUBLISH: (CommentStatus.PUBLISHED, ModerationAction.AUTO_PUBLISHED),
    Action.HOLD: (CommentStatus.HELD, ModerationAction.AUTO_HELD),
    Action.REJECT: (CommentStatus.REJECTED, ModerationAction.AUTO_REJECTED),
}
_COMMENTS = Comment.__table__
_DECIDE = (
    update(_COMMENTS)
    .where(
        _COMMENTS.c.id.in_(bindparam("b_ids", expanding=True)),
        _COMMENTS.c.version == bindparam("b_version"),
    )
    .values(
        status=bindparam("b_status"),
        decided_at=bindparam("b_decided_at"),
        updated_at=bindparam("b_decided_at"),
        version=_COMMENTS.c.version + 1,
    )
)
# Core inserts of plain rows; RETURNING makes SQLAlchemy send each batch as one
# multi-row INSERT ("insertmanyvalues") instead of one statement per row: on PostgreSQL
# per-row inserts would dominate a batch's database time.
_INSERT_SCORES = insert(Score.__table__).returning(Score.__table__.c.id)
_INSERT_EVENTS = insert(ModerationEvent.__table__).returning(ModerationEvent.__table__.c.id)


@dataclass
class BatchWrites:
    """A batch's rows, collected per comment and written together by ``write()``."""

    scorer: Scorer
    # The scorer that judged each site's comments (its active model), if not ``scorer``.
    site_scorers: dict[int, Scorer] = field(default_factory=dict)
    # The version that judged each comment, by id, where it is not its scorer's own (the
    # cascade names the part that decided).
    versions: dict[int, str] = field(default_factory=dict)
    # One decision time for the batch, so that its UPDATEs group by status.
    now: datetime = field(default_factory=utcnow)
    decisions: list[dict[str, object]] = field(default_factory=list)
    scores: list[dict[str, object]] = field(default_factory=list)
    events: list[dict[str, object]] = field(default_factory=list)
    statuses: list[tuple[int, CommentStatus]] = field(default_factory=list)

    def decide_all(self, scored: list[tuple[Comment, LabelScores]]) -> list[tuple[int, Action]]:
        """Apply each comment's site policy; (comment id, action) for each, in order."""
        policies: dict[int, PolicySettings] = {}
        for comment, _ in scored:
            if comment.site_id not in policies:
                policies[comment.site_id] = registry.policy_for(comment.site)
        approved = _approved_counts([c for c, _ in scored], policies)
        actions = []
        for comment, scores in scored:
            submission = Submission(
                text=comment.body,
                author_id=comment.author_id,
                approved_comments=approved.get((comment.author_id, comment.site_id), 0),
            )
            actions.append((comment.id, self._add(comment, scores, policies[comment.site_id],
                                                  submission)))  # fmt: skip
        return actions

    def _add(
        self, comment: Comment, scores: LabelScores, settings: PolicySettings, sub: Submission
    ) -> Action:
        decision = decide(scores, settings, sub)
        status, audit_action = _OUTCOME[decision.action]
        scorer = self.site_scorers.get(comment.site_id, self.scorer)
        now, name = self.now, scorer.name
        self.statuses.append((comment.id, status))
        self.decisions.append(
            {"b_id": comment.id, "b_version": comment.version, "b_status": status,
             "b_decided_at": now}
        )  # fmt: skip
        # No explanation here: the column stays NULL until moderation.explain_comment fills it.
        self.scores.append(
            {"comment_id": comment.id, "scorer_name": name,
             "scorer_version": self.versions.get(comment.id, scorer.version),
             "created_at": now, **scores}
        )  # fmt: skip
        self.events.append(
            {
                "comment_id": comment.id,
                "actor_id": None,
                "action": audit_action,
                "reason": "; ".join(decision.reasons) or None,
                # The texts are the stable machine form; the desk renders the data.
                "details": {
                    "reasons": list(decision.reasons),
                    "reason_details": [reason.as_dict() for reason in decision.why],
                    "scorer": name,
                    "scorer_version": scorer.version,
                },
                "created_at": now,
            }
        )
        return decision.action

    def write(self) -> None:
        """Statuses, scores and audit events, in the caller's transaction."""
        if not self.decisions:
            return
        write_decisions(self.decisions)
        db.session.execute(_INSERT_SCORES, self.scores)
        db.session.execute(_INSERT_EVENTS, self.events)


def write_decisions(rows: list[dict[str, object]]) -> None:
    """One UPDATE per new status and read version (pending comments mostly share one, so
    two or three a batch, not one per comment), each row checked against the version it
    was read at, as the ORM's version counter would (a moderator may have decided one
    meanwhile)."""
    groups: dict[tuple[object, object, object], list[object]] = {}
    for row in rows:
        key = (row["b_status"], row["b_version"], row["b_decided_at"])
        groups.setdefault(key, []).append(row["b_id"])
    updated = sum(
        db.session.execute(
            _DECIDE, {"b_status": status, "b_version": version, "b_decided_at": at, "b_ids": ids}
        ).rowcount
        for (status, version, at), ids in groups.items()
    )
    if updated != len(rows):
        raise StaleDataError(f"{len(rows) - updated} of {len(rows)} comments changed meanwhile")


def _approved_counts(
    comments: list[Comment], policies: dict[int, PolicySettings]
) -> dict[tuple[int, int], int]:
    """Published comments per (author, site), for the batch's comments on "pre-new" sites,
    in one grouped query instead of one count per comment. Nothing of the batch is written
    yet, so every comment sees the counts from before it, as one by one it would."""
    keys = {
        (c.author_id, c.site_id)
        for c in comments
        if policies[c.site_id].mode is Mode.PRE_MODERATION_NEW
    }
    if not keys:
        return {}
    rows = db.session.execute(
        db.select(Comment.author_id, Comment.site_id, func.count())
        .where(
            Comment.author_id.in_({author for author, _ in keys}),
            Comment.site_id.in_({site for _, site in keys}),
            Comment.status == CommentStatus.PUBLISHED,
        )
        .group_by(Comment.author_id, Comment.site_id)
    )
    return {(author, site): count for author, site, count in rows if (author, site) in keys}
