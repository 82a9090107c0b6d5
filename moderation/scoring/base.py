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


@runtime_checkable
class RoutingScorer(Scorer, Protocol):
    """A scorer that hands each text to one of several parts (the cascade), and says which.

    Each text's version names the part that decided it, so the Score row records the model
    that judged, and ``judge_of`` gives that part back (explanations use it).
    """

    def score_with_versions(self, texts: Sequence[str]) -> tuple[list[LabelScores], list[str]]:
        """Scores per text, in input order, and the version that decided each."""
        ...

    def judge_of(self, version: str) -> Scorer | None:
        """The part behind a version this scorer returned; None for any other version."""
        ...


class ScorerConfigError(ValueError):
    """A scorer was asked for with settings it cannot work with."""
