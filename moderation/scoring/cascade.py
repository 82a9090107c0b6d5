"""The "cascade" scorer: the embedded scorer decides the clear cases, the German model the rest.

Every text is scored by the fast embedded scorer. A text whose highest embedded label lies
below ``low`` is clearly clean, one whose highest label reaches ``high`` is clearly flagged:
both keep the embedded scores. The texts in between go to the transformer (the detoxify
scorer, by default the shipped German model) in one call, and keep its scores. The default
bounds were chosen on the validation split only (``training/cascade_bounds.py``; the figures
are in docs/scoring.md). They are placed around the policy's default threshold, so a site
whose thresholds sit far from it gets the embedded scorer's judgement on the cases the bounds
call clear.

Each text's scores come from exactly one of the two scorers, so each Score row can say which
one it was: ``score_with_versions`` returns ``<cascade version>>embedded`` or ``>detoxify``,
and ``judge_of`` gives back the scorer behind such a version, which explanations use.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from moderation.scoring.base import Scorer, ScorerConfigError
from moderation.scoring.labels import LABELS, LabelScores

DEFAULT_LOW = 0.3
DEFAULT_HIGH = 0.675
PARTS = ("embedded", "detoxify")
OPTIONS = ("low", "high", *PARTS)


class CascadeScorer:
    """Routes each text to ``fast`` or ``slow`` by ``fast``'s own scores (see module doc)."""

    name = "cascade"

    def __init__(
        self, fast: Scorer, slow: Scorer, low: float = DEFAULT_LOW, high: float = DEFAULT_HIGH
    ) -> None:
        if not 0.0 <= low <= high <= 1.0:
            raise ScorerConfigError(f"cascade bounds need 0 <= low <= high <= 1, got {low}, {high}")
        self.fast, self.slow = fast, slow
        self.low, self.high = low, high
        self.version = f"cascade({low:g},{high:g}):{fast.version}|{slow.version}"
        self._paths = {f"{self.version}>{part.name}": part for part in (fast, slow)}

    def score(self, texts: Sequence[str]) -> list[LabelScores]:
        """Return one {label: probability} dict per text, in input order."""
        return self.score_with_versions(texts)[0]

    def score_with_versions(self, texts: Sequence[str]) -> tuple[list[LabelScores], list[str]]:
        """Scores per text, and per text the version naming the path that decided it."""
        if isinstance(texts, str):
            raise TypeError("score() takes a sequence of texts, not a single string")
        scores = list(self.fast.score(texts))
        unclear = [i for i, s in enumerate(scores) if self.low <= max(s.values()) < self.high]
        if unclear:
            # One call for the whole batch: the transformer batches by length itself.
            for i, judged in zip(
                unclear, self.slow.score([texts[i] for i in unclear]), strict=True
            ):
                scores[i] = judged
        return scores, self._versions(len(scores), set(unclear))

    def features(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """What a site head reads (site_head.py): the embedded part's sentence embeddings,
        computed anyway, beside the cascade's labels."""
        embeddings, probs, _ = self.features_with_versions(texts)
        return embeddings, probs

    def features_with_versions(
        self, texts: Sequence[str]
    ) -> tuple[np.ndarray, np.ndarray, list[str]]:
        """``features`` and ``score_with_versions`` in one pass (the threat guard reads both)."""
        embeddings, probs = self.fast.features(texts)  # type: ignore[attr-defined]
        unclear = [i for i, row in enumerate(probs) if self.low <= row.max() < self.high]
        if unclear:
            judged = self.slow.score([texts[i] for i in unclear])
            for i, scores in zip(unclear, judged, strict=True):
                probs[i] = [scores[label] for label in LABELS]
        return embeddings, probs, self._versions(len(probs), set(unclear))

    def _versions(self, count: int, deferred: set[int]) -> list[str]:
        return [
            f"{self.version}>{(self.slow if i in deferred else self.fast).name}"
            for i in range(count)
        ]

    def judge_of(self, version: str) -> Scorer | None:
        """The part that made scores recorded with ``version``; None if not this cascade's."""
        return self._paths.get(version)


def build_cascade(options: Mapping[str, Any]) -> CascadeScorer:
    """A cascade of the embedded and detoxify scorers, each built with its own options.

    ``embedded`` and ``detoxify`` take those scorers' option mappings (as the configuration
    passes them); from the command line, ``detoxify.precision=bf16`` says the same.
    """
    from moderation.scoring import detoxify_backend, embedded

    parts: dict[str, dict[str, Any]] = {part: {} for part in PARTS}
    own: dict[str, Any] = {}
    for key, value in options.items():
        part, dot, option = key.partition(".")
        if dot and part in PARTS:
            parts[part][option] = value
        elif key in PARTS:
            if not isinstance(value, Mapping):
                raise ScorerConfigError(f"cascade option {key!r} must be a mapping of options")
            parts[key].update(value)
        elif key in ("low", "high"):
            own[key] = _bound(key, value)
        else:
            raise ScorerConfigError(
                f"unknown cascade option {key!r}; known: low, high, embedded.*, detoxify.*"
            )
    return CascadeScorer(
        embedded.build_embedded(parts["embedded"]),
        detoxify_backend.build(parts["detoxify"]),
        low=own.get("low", DEFAULT_LOW),
        high=own.get("high", DEFAULT_HIGH),
    )


def _bound(key: str, value: Any) -> float:
    try:
        bound = float(value)
    except (TypeError, ValueError):
        raise ScorerConfigError(f"cascade option {key!r} must be a number, got {value!r}") from None
    if not 0.0 <= bound <= 1.0:
        raise ScorerConfigError(f"cascade option {key!r} must be between 0 and 1, got {bound}")
    return bound
