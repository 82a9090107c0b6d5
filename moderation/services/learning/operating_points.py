"""A site's operating point from its examples: the curve, the derived thresholds, the workload.

The examples are scored by the site's active model (the shared one if none), and only those
it was not fitted on count: decided after its training slice. Too few of them (or of either
label) and the answer says so and keeps the default thresholds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import numpy as np
from sqlalchemy import func

from moderation.extensions import db
from moderation.models import Comment
from moderation.models.types import utcnow
from moderation.scoring import operating_points
from moderation.scoring.base import Scorer
from moderation.scoring.labels import LABELS
from moderation.scoring.policy import (
    DEFAULT_HOLD_THRESHOLD,
    DEFAULT_REJECT_THRESHOLD,
    MAX_THREAT_HOLD_THRESHOLD,
)
from moderation.services.errors import Conflict, InvalidInput
from moderation.services.learning import retraining, site_models
from moderation.services.sites import registry

MIN_EXAMPLES = 200
MIN_PER_LABEL = 20
MAX_EXAMPLES = 5000  # the newest; scoring more would make an admin wait for little gain
VOLUME_DAYS = 28


class NoSafePoint(Conflict):
    code = "no_safe_operating_point"


@dataclass(frozen=True)
class Tolerances:
    publish: float = 0.02
    reject: float = 0.03

    @classmethod
    def parse(cls, raw: dict[str, Any]) -> Tolerances:
        values = {}
        for name, default in (("publish_tolerance", cls.publish), ("reject_tolerance", cls.reject)):
            value = raw.get(name, default)
            try:
                value = float(value)
            except (TypeError, ValueError):
                raise InvalidInput("must be a number", field=name) from None
            if not 0 < value <= 0.5:
                raise InvalidInput("must be more than 0 and at most 0.5", field=name)
            values[name] = value
        return cls(values["publish_tolerance"], values["reject_tolerance"])


def operating_point(site_slug: str, shared: Scorer, tolerances: Tolerances) -> dict[str, Any]:
    """The curve, the thresholds the tolerances allow, and the expected work per day."""
    site = registry.get_site(site_slug)
    model = site_models.active(site.id)
    after = None
    if model is not None and model.evaluation.get("trained_through"):
        after = datetime.fromisoformat(model.evaluation["trained_through"])
    data = retraining.current_examples(site.id, after=after)
    texts, truth = data.texts[-MAX_EXAMPLES:], data.rejected[-MAX_EXAMPLES:]
    rejected = int(truth.sum())
    volume = _comments_per_day(site.id)
    answer: dict[str, Any] = {
        "site": site.slug,
        "model": model.label if model is not None else "shared",
        "examples": len(texts),
        "rejected_examples": rejected,
        "tolerances": {"publish": tolerances.publish, "reject": tolerances.reject},
        "comments_per_day": round(volume, 1),
    }
    if len(texts) < MIN_EXAMPLES or min(rejected, len(texts) - rejected) < MIN_PER_LABEL:
        answer.update(
            enough=False,
            message=(
                f"too few examples to choose thresholds: {len(texts)} ({rejected} rejected) "
                f"the model was not fitted on; needs {MIN_EXAMPLES} with at least "
                f"{MIN_PER_LABEL} of each label. The default thresholds stay."
            ),
            thresholds={"hold": DEFAULT_HOLD_THRESHOLD, "reject": DEFAULT_REJECT_THRESHOLD},
        )
        return answer
    scorer = site_models.scorers_for(shared, [site.id])[site.id]
    scores = np.array([[s[label] for label in LABELS] for s in scorer.score(texts)])
    hold_score, reject_score = scores.max(axis=1), scores[:, LABELS.index("toxicity")]
    point = operating_points.derive(
        hold_score,
        reject_score,
        truth,
        publish_tolerance=tolerances.publish,
        reject_tolerance=tolerances.reject,
    )
    answer.update(
        enough=True,
        thresholds={"hold": point.hold, "reject": point.reject},
        point=point.as_dict(),
        workload={
            "automatic_per_day": round(volume * point.automation_rate, 1),
            "for_moderators_per_day": round(volume * (1 - point.automation_rate), 1),
        },
        curve=operating_points.curve(hold_score, reject_score, truth),
    )
    return answer


def apply(site_slug: str, shared: Scorer, tolerances: Tolerances) -> dict[str, Any]:
    """Derive the thresholds and write them into the site's policy (other settings kept)."""
    answer = operating_point(site_slug, shared, tolerances)
    if not answer["enough"]:
        raise retraining.NotEnoughExamples(answer["message"], field="site")
    hold, reject = answer["thresholds"]["hold"], answer["thresholds"]["reject"]
    if hold is None:
        raise NoSafePoint(
            "no hold threshold keeps the published comments' errors within "
            f"{tolerances.publish:.1%} on this site's examples: every comment needs a human "
            "(pre-moderation), or a looser tolerance",
            field="publish_tolerance",
        )
    site = registry.get_site(site_slug)
    policy = registry.policy_for(site).to_mapping()
    policy["hold_thresholds"] = dict.fromkeys(LABELS, hold)
    policy["hold_thresholds"]["threat"] = min(hold, MAX_THREAT_HOLD_THRESHOLD)
    policy["reject_thresholds"] = {"toxicity": reject if reject is not None else 1.0}
    site.policy = policy
    db.session.commit()
    answer["applied"] = True
    return answer


def _comments_per_day(site_id: int) -> float:
    since = utcnow() - timedelta(days=VOLUME_DAYS)
    count = db.session.execute(
        db.select(func.count(Comment.id)).where(
            Comment.site_id == site_id, Comment.created_at >= since
        )
    ).scalar_one()
    return count / VOLUME_DAYS
