"""The one small interface all scorers implement, and the error a bad setting raises."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from moderation.scoring.labels import LabelScores


@runtime_checkable
class Scorer(Protocol):
    """Scores texts for toxicity over LABELS.

    ``name`` and ``version`` are stored with every Score so a comment can be
    re-scored later and results traced to the exact model that made them.
    """

    name: str
    version: str

    def score(self, texts: Sequence[str]) -> list[LabelScores]:
        """Return one {label: probability} dict per text, in input order."""
        ...


class ScorerConfigError(ValueError):
    """A scorer was asked for with settings it cannot work with."""
