"""A site's operating point: hold and reject thresholds that keep two error rates in bounds.

Two tolerances: of the comments published without a human, at most ``publish_tolerance``
would have been rejected by the site's moderators; of those rejected without a human, at
most ``reject_tolerance`` would have been approved. An error rate is judged by its Wilson
upper bound (95 %), not by the raw share, so a handful of lucky examples does not buy a
threshold: with few examples the bound is wide and the point stays careful.

Scores per example: ``hold_score`` (the largest label score, what the hold thresholds
compare) and ``reject_score`` (toxicity, what the reject threshold compares).
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

Z_95 = 1.96
GRID = (0.01, 0.02) + tuple(round(0.05 * i, 2) for i in range(1, 20)) + (0.97, 0.99)


def wilson_upper(errors: int, n: int, z: float = Z_95) -> float:
    """Upper end of the Wilson score interval of errors / n (1.0 when n is 0)."""
    if n == 0:
        return 1.0
    p = errors / n
    centre = p + z * z / (2 * n)
    spread = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return min(1.0, (centre + spread) / (1 + z * z / n))


@dataclass(frozen=True)
class OperatingPoint:
    hold: float | None  # publish below this; None: publish nothing without a human
    reject: float | None  # reject at or above this (reject score); None: reject nothing
    automation_rate: float  # share published or rejected without a human
    published_share: float
    rejected_share: float
    publish_error: float  # share of the published that moderators rejected
    reject_error: float  # share of the rejected that moderators approved
    publish_error_upper: float
    reject_error_upper: float

    def as_dict(self) -> dict[str, Any]:
        return {k: v if v is None else round(v, 4) for k, v in asdict(self).items()}


def evaluate(
    hold_score: np.ndarray,
    reject_score: np.ndarray,
    rejected: np.ndarray,
    hold: float | None,
    reject: float | None,
) -> OperatingPoint:
    """What the two thresholds do to these examples (reject beats hold, as in the policy)."""
    y = np.asarray(rejected, dtype=bool)
    nothing = np.zeros(len(y), dtype=bool)
    auto_rejected = reject_score >= reject if reject is not None else nothing
    published = (hold_score < hold) & ~auto_rejected if hold is not None else nothing
    n = max(1, len(y))
    pub_errors, pub_n = int(y[published].sum()), int(published.sum())
    rej_errors, rej_n = int((~y[auto_rejected]).sum()), int(auto_rejected.sum())
    return OperatingPoint(
        hold=hold,
        reject=reject,
        automation_rate=(pub_n + rej_n) / n,
        published_share=pub_n / n,
        rejected_share=rej_n / n,
        publish_error=pub_errors / pub_n if pub_n else 0.0,
        reject_error=rej_errors / rej_n if rej_n else 0.0,
        publish_error_upper=wilson_upper(pub_errors, pub_n),
        reject_error_upper=wilson_upper(rej_errors, rej_n),
    )


def derive(
    hold_score: np.ndarray,
    reject_score: np.ndarray,
    rejected: np.ndarray,
    *,
    publish_tolerance: float,
    reject_tolerance: float,
    grid: tuple[float, ...] = GRID,
) -> OperatingPoint:
    """The most automatic point of the grid whose error upper bounds are within tolerance.

    Hold: the highest threshold that keeps the published errors in bounds (None if none
    does: nothing is published without a human). Reject: the lowest at or above it that
    keeps the rejected errors in bounds (None if none does: nothing is rejected without one).
    """
    y = np.asarray(rejected, dtype=bool)
    hold: float | None = None
    for h in grid:
        published = hold_score < h
        if wilson_upper(int(y[published].sum()), int(published.sum())) <= publish_tolerance:
            hold = h
    reject: float | None = None
    for r in sorted(grid, reverse=True):
        if r < (hold or 0.0):
            break
        chosen = reject_score >= r
        if not chosen.any():
            continue
        if wilson_upper(int((~y[chosen]).sum()), int(chosen.sum())) <= reject_tolerance:
            reject = r
    return evaluate(hold_score, reject_score, y, hold, reject)


def curve(
    hold_score: np.ndarray,
    reject_score: np.ndarray,
    rejected: np.ndarray,
    grid: tuple[float, ...] = GRID,
) -> list[dict[str, Any]]:
    """Automation and both error rates along the grid, each side on its own: publishing
    below each value (rejecting nothing), and rejecting from each value (publishing nothing)."""
    hold_side = [evaluate(hold_score, reject_score, rejected, h, None) for h in grid]
    reject_side = [evaluate(hold_score, reject_score, rejected, None, r) for r in grid]
    return [{"side": "publish", **p.as_dict()} for p in hold_side] + [
        {"side": "reject", **p.as_dict()} for p in reject_side
    ]
