"""Rollup totals: their shape, adding two of them up, and percentiles from duration bins."""

from __future__ import annotations

import math
from dataclasses import dataclass
from operator import add
from typing import Any

from moderation.scoring.labels import LABELS

BINS = 10
Totals = dict[str, Any]


def empty() -> Totals:
    return {
        "comments": 0,
        "actions": {},
        "histograms": {label: [0] * BINS for label in LABELS},
        "automatic": {},
        "human": {},
        "moderators": {},
    }


def merge(into: Totals, other: Totals) -> None:
    """Add ``other``'s totals (a row's, possibly written before a key existed) to ``into``."""
    # A page merges a few hundred rows of a few hundred bins each: merge_bin inlined.
    into["comments"] += other.get("comments", 0)
    actions = into["actions"]
    for action, count in other.get("actions", {}).items():
        actions[action] = actions.get(action, 0) + count
    histograms = into["histograms"]
    for label, bins in other.get("histograms", {}).items():
        target = histograms.get(label)
        histograms[label] = list(bins) if target is None else list(map(add, target, bins))
    for kind in ("automatic", "human"):
        mine = into[kind]
        for key, (count, low, high) in other.get(kind, {}).items():
            entry = mine.get(key)
            if entry is None:
                mine[key] = [count, low, high]
                continue
            entry[0] += count
            if low < entry[1]:
                entry[1] = low
            if high > entry[2]:
                entry[2] = high
    for actor, (approved, rejected) in other.get("moderators", {}).items():
        entry = into["moderators"].setdefault(actor, [0, 0])
        entry[0] += approved
        entry[1] += rejected


def merge_bin(bins: dict[str, list[float]], key: str, entry: list[float]) -> None:
    mine = bins.get(key)
    if mine is None:
        bins[key] = list(entry)
    else:
        mine[0] += entry[0]
        mine[1] = min(mine[1], entry[1])
        mine[2] = max(mine[2], entry[2])


@dataclass(frozen=True)
class Durations:
    count: int
    median_seconds: float | None
    p90_seconds: float | None


def durations(bins: dict[str, list[float]]) -> Durations:
    """Count, median and p90 of the decision times in these bins."""
    count = sum(int(entry[0]) for entry in bins.values())
    return Durations(count, percentile(bins, 0.5), percentile(bins, 0.9))


def percentile(bins: dict[str, list[float]], p: float) -> float | None:
    """Nearest-rank percentile from duration bins; exact where a bin holds one value."""
    total = sum(int(entry[0]) for entry in bins.values())
    if not total:
        return None
    rank = max(1, math.ceil(p * total))
    for _, (count, low, high) in sorted(bins.items(), key=lambda item: _bin_order(item[0])):
        if rank <= count:
            if count == 1 or high == low:
                return float(low)
            return float(low + (high - low) * (rank - 1) / (count - 1))
        rank -= int(count)
    return None  # pragma: no cover - ranks always fall inside the bins


def _bin_order(key: str) -> float:
    return -math.inf if key == "z" else int(key)
