"""Backtest: replay a site's recent comments under proposed thresholds or another model version.

Each comment of the last ``days`` is decided twice by the policy: as the site is set up now
and as proposed. With thresholds only, both read the comment's stored latest scores (no
model runs, so a hundred thousand comments take seconds). With a model version (or
``"shared"``), the texts are scored again by it, which costs the scorer's time per text.
The answer counts outcomes, the moves between them, and what the moderators decided on
the comments that move (their current training example's label, if any).
"""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from typing import Any

from moderation.extensions import db
from moderation.models import Comment, Score, TrainingExample
from moderation.models.types import utcnow
from moderation.scoring.base import Scorer
from moderation.scoring.labels import LABELS
from moderation.scoring.policy import PolicyError, PolicySettings, Submission, decide
from moderation.scoring.threats import find_threat
from moderation.services.errors import InvalidInput
from moderation.services.learning import site_models
from moderation.services.sites import registry

MAX_DAYS = 365
MAX_LISTED = 100


def backtest(
    site_slug: str,
    shared: Scorer,
    *,
    days: int,
    hold_thresholds: dict[str, float] | None = None,
    reject_thresholds: dict[str, float] | None = None,
    model_version: int | str | None = None,
) -> dict[str, Any]:
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_DAYS:
        raise InvalidInput(f"must be a whole number from 1 to {MAX_DAYS}", field="days")
    site = registry.get_site(site_slug)
    current = registry.policy_for(site)
    proposed = _proposed_policy(current, hold_thresholds, reject_thresholds)
    rows = _comments(site.id, utcnow() - timedelta(days=days))
    before = [_scores(row) for row in rows]
    after = before
    if model_version is not None:
        scorer = _scorer(site_slug, site.id, shared, model_version)
        after = scorer.score([row.body for row in rows]) if rows else []
    moves: Counter[str] = Counter()
    decided: dict[str, Counter[str]] = {}
    baseline: Counter[str] = Counter()
    outcome: Counter[str] = Counter()
    listed = []
    for row, old_scores, new_scores in zip(rows, before, after, strict=True):
        # The detector runs once per text, not once per policy: it is most of the time.
        threat = find_threat(row.body) or False
        submission = Submission(text=row.body, author_id=row.author_id, threat=threat)
        old = decide(old_scores, current, submission).action.value if old_scores else "unscored"
        new = decide(new_scores, proposed, submission).action.value if new_scores else "unscored"
        baseline[old] += 1
        outcome[new] += 1
        if old == new:
            continue
        move = f"{old}->{new}"
        moves[move] += 1
        human = row.label.value if row.label is not None else "undecided"
        decided.setdefault(move, Counter())[human] += 1
        if len(listed) < MAX_LISTED:
            listed.append(
                {"comment_id": row.id, "text": row.body[:300], "from": old, "to": new,
                 "moderators": human}
            )  # fmt: skip
    return {
        "site": site.slug,
        "days": days,
        "comments": len(rows),
        "proposed": {
            "hold_thresholds": dict(proposed.hold_thresholds),
            "reject_thresholds": dict(proposed.reject_thresholds),
            "model": model_version if model_version is not None else "as now",
        },
        "baseline": dict(baseline),
        "outcome": dict(outcome),
        "moved": sum(moves.values()),
        "moves": {
            move: {"count": n, "moderators": dict(decided[move])} for move, n in moves.items()
        },
        "moved_comments": listed,
    }


def _proposed_policy(
    current: PolicySettings,
    hold: dict[str, float] | None,
    reject: dict[str, float] | None,
) -> PolicySettings:
    raw = current.to_mapping()
    if hold is not None:
        raw["hold_thresholds"] = {**raw["hold_thresholds"], **hold}
    if reject is not None:
        raw["reject_thresholds"] = dict(reject)
    try:
        return PolicySettings.from_mapping(raw)
    except PolicyError as error:
        raise InvalidInput(str(error), field=error.field) from None


def _scorer(slug: str, site_id: int, shared: Scorer, version: int | str) -> Scorer:
    if version == "shared":
        return shared
    if isinstance(version, bool) or not isinstance(version, int):
        raise InvalidInput('must be a version number or "shared"', field="model_version")
    model = site_models.get_version(slug, version)
    return site_models.over_shared(shared, model.label, site_models.head(model.id))


def _comments(site_id: int, since: Any) -> list[Any]:
    """The site's comments since ``since`` with their latest score and current human label."""
    newest = (
        db.select(Score.comment_id, db.func.max(Score.id).label("score_id"))
        .join(Comment, Comment.id == Score.comment_id)
        .where(Comment.site_id == site_id, Comment.created_at >= since)
        .group_by(Score.comment_id)
        .subquery()
    )
    label = (
        db.select(TrainingExample.comment_id, TrainingExample.label)
        .where(TrainingExample.site_id == site_id, TrainingExample.superseded_at.is_(None))
        .where(TrainingExample.comment_id.is_not(None))
        .subquery()
    )
    score_columns = [getattr(Score, name) for name in LABELS]
    return list(
        db.session.execute(
            db.select(Comment.id, Comment.body, Comment.author_id, label.c.label, *score_columns)
            .outerjoin(newest, newest.c.comment_id == Comment.id)
            .outerjoin(Score, Score.id == newest.c.score_id)
            .outerjoin(label, label.c.comment_id == Comment.id)
            .where(Comment.site_id == site_id, Comment.created_at >= since)
            .order_by(Comment.id)
        ).all()
    )


def _scores(row: Any) -> dict[str, float] | None:
    if getattr(row, LABELS[0]) is None:
        return None
    return {name: float(getattr(row, name)) for name in LABELS}
