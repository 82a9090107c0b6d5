"""Where a guard panel steps back for the model beside it, and where that model's threat is read.

The panel reads frozen sentence embeddings; the German model reads the words. Where the model's
own threat score is next to nothing, the panel's alarms are mostly sharp criticism and
look-alikes; where the model's score sits a little under the policy's cut, it is often a threat
the panel did not see. A ``StepBack`` in a panel's file moves both: for comments judged by a
scorer whose version starts ``judge``, the panel raises the threat score only where the model's
own threat score reaches ``model_floor``, and the threat score is then read at ``threat_cut``
(rescaled on the logit scale so that ``threat_cut`` becomes 0.5, where the default policy holds).
Comments another scorer judged, such as a cascade's light-scorer comments, keep the panel as it
is: their threat scores are calibrated otherwise.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from moderation.scoring.base import ScorerConfigError

_EDGE = 1e-7  # keeps the logit finite at scores of exactly 0 or 1


@dataclass(frozen=True)
class StepBack:
    """The panel raises only where the judge's threat reaches ``model_floor``; the result is
    read at ``threat_cut``."""

    judge: str
    model_floor: float
    threat_cut: float

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any]) -> StepBack:
        try:
            step_back = cls(str(raw["judge"]), float(raw["model"]), float(raw["cut"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise ScorerConfigError(f"a step-back needs judge, model and cut: {exc}") from exc
        if not step_back.judge:
            raise ScorerConfigError("a step-back names the judge it reads (a version prefix)")
        if not 0.0 <= step_back.model_floor < 1.0:
            raise ScorerConfigError("a step-back's model floor lies in [0, 1)")
        if not 0.0 < step_back.threat_cut <= 0.5:
            # a cut above 0.5 would publish what the model alone holds today
            raise ScorerConfigError("a step-back's threat cut lies in (0, 0.5]")
        return step_back

    def as_mapping(self) -> dict[str, Any]:
        return {"judge": self.judge, "model": self.model_floor, "cut": self.threat_cut}

    def reads(self, judge_version: str) -> bool:
        return judge_version.startswith(self.judge)

    def threat(self, model_threat: np.ndarray, raised: np.ndarray) -> np.ndarray:
        """The threat score the policy reads: the panel's raise kept only where the model's own
        threat reaches the floor, then rescaled so that the cut becomes 0.5."""
        kept = np.where(model_threat >= self.model_floor, raised, model_threat)
        return read_at(kept, self.threat_cut)


def read_at(scores: np.ndarray, cut: float) -> np.ndarray:
    """``scores`` shifted on the logit scale so that ``cut`` maps to 0.5; order is kept."""
    p = np.clip(np.asarray(scores, dtype=np.float64), _EDGE, 1.0 - _EDGE)
    shift = np.log(cut / (1.0 - cut))
    return 1.0 / (1.0 + np.exp(-(np.log(p / (1.0 - p)) - shift)))
