"""Detoxify's label set, the vocabulary every scorer in this project speaks."""

from __future__ import annotations

from typing import Final

LABELS: Final[tuple[str, ...]] = (
    "toxicity",
    "severe_toxicity",
    "obscene",
    "threat",
    "insult",
    "identity_attack",
)

LabelScores = dict[str, float]


def complete(scores: LabelScores) -> LabelScores:
    """Return scores for exactly LABELS, in order, as plain floats in [0, 1].

    A scorer that lacks a label (Detoxify's 'original' model has no identity_attack
    under that name in older checkpoints, say) reports 0.0 for it rather than
    leaving a hole that every consumer would have to handle.
    """
    out: LabelScores = {}
    for label in LABELS:
        value = float(scores.get(label, 0.0))
        if value != value:  # NaN would poison every threshold comparison
            raise ValueError(f"scorer returned NaN for {label!r}")
        out[label] = min(1.0, max(0.0, value))
    return out
