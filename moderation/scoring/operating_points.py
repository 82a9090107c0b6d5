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
GRID = tuple(round(0.05 * i, 2) for i in range(1, 20)) + (0.97, 0.99)


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
    hold: float  # publish below this
    reject: float  # reject at or above this (on the reject score)
    automation_rate: float  # share published or rejected without a human
    published_share: float
    rejected_share: float
    publish_error: float  # share of the published that moderators rejected
    reject_error: float  # share of the rejected that moderators approved
    publish_error_upper: float
    reject_error_upper: float

    def as_dict(self) -> dict[str, Any]:
        return {k: round(v, 4) for k, v in asdict(self).items()}


def evaluate(
    hold_score: np.ndarray,
    reject_score: np.ndarray,
    rejected: np.ndarray,
    hold: float,
    reject: float,
) -> OperatingPoint:
    """What the two thresholds do to these examples (reject beats hold, as in the policy)."""
    y = np.asarray(rejected, dtype=bool)
    auto_rejected = reject_score >= reject
    published = (hold_score < hold) & ~auto_rejected
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

    Hold: the highest threshold that keeps the published errors in bounds (none: nothing is
    published, the lowest grid value). Reject: the lowest at or above it that keeps the
    rejected errors in bounds (none: 1.0, no comment is rejected without a human).
    """
    y = np.asarray(rejected, dtype=bool)
    hold = grid[0]
    for h in grid:
        published = hold_score < h
        if wilson_upper(int(y[published].sum()), int(published.sum())) <= publish_tolerance:
            hold = h
    reject = 1.0
    for r in sorted(grid, reverse=True):
        if r < hold:
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
    """Automation and both error rates along the grid: hold at each value, reject at 1.0 and
    reject at each value with hold at the lowest, so each side shows on its own."""
    hold_side = [evaluate(hold_score, reject_score, rejected, h, 1.0) for h in grid]
    reject_side = [evaluate(hold_score, reject_score, rejected, grid[0], r) for r in grid]
    return [{"side": "publish", **p.as_dict()} for p in hold_side] + [
        {"side": "reject", **p.as_dict()} for p in reject_side
    ]
