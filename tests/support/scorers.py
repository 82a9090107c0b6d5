"""A scorer with fixed answers, for tests that need a decision without a model."""

from __future__ import annotations

import time

import numpy as np

from moderation.scoring.labels import LABELS


class FixedScorer:
    """Scores "toxic" words high, everything else low; records what it was asked."""

    name = "fixed"
    version = "test"

    def __init__(self) -> None:
        self.calls: list[list[str]] = []
        self.delay = 0.0

    def score(self, texts: list[str]) -> list[dict[str, float]]:
        self.calls.append(list(texts))
        if self.delay:
            time.sleep(self.delay)
        out = []
        for text in texts:
            low = text.lower()
            toxic = 0.97 if "vollidiot" in low else 0.7 if "idiot" in low else 0.02
            scores = dict.fromkeys(LABELS, 0.01)
            scores.update(
                toxicity=toxic, insult=toxic * 0.9, obscene=0.5 if "schei" in low else 0.01
            )
            out.append(scores)
        return out


class KeywordScorer:
    """``label`` (toxicity unless named) from the first keyword of ``table`` a text contains
    (else ``default``); records each call's texts. Two of these make a cascade's parts in
    tests."""

    def __init__(
        self,
        name: str,
        version: str,
        table: dict[str, float],
        default: float = 0.01,
        label: str = "toxicity",
    ) -> None:
        self.name, self.version = name, version
        self.table, self.default, self.label = table, default, label
        self.calls: list[list[str]] = []

    def score(self, texts: list[str]) -> list[dict[str, float]]:
        self.calls.append(list(texts))
        out = []
        for text in texts:
            low = text.lower()
            found = next((p for word, p in self.table.items() if word in low), self.default)
            out.append({**dict.fromkeys(LABELS, 0.01), self.label: found})
        return out


class KeywordScorerWithFeatures(KeywordScorer):
    """A keyword scorer that also hands out (fake) sentence embeddings, as the light scorer
    does, so a threat guard beside it needs no encoder."""

    def features(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        scores = self.score(texts)
        probs = np.array([[row[label] for label in LABELS] for row in scores])
        return np.ones((len(texts), 512), dtype=np.float32), probs
