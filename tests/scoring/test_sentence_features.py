"""Site-head features for a labels-only judge (moderation/scoring/sentence_features.py)."""

from __future__ import annotations

import numpy as np

from moderation.scoring.base import Scorer
from moderation.scoring.labels import LABELS
from moderation.scoring.sentence_features import SentenceFeatures, with_features
from tests.support.scorers import FixedScorer

TEXTS = ["Danke für den Artikel.", "Du Vollidiot.", "Das Spiel war gut."]


def test_features_are_the_light_scorers_embeddings_beside_the_judges_labels(
    embedded_scorer: Scorer,
) -> None:
    judge = FixedScorer()
    featured = with_features(judge)
    embeddings, probs = featured.features(TEXTS)  # type: ignore[attr-defined]
    light_embeddings, _ = embedded_scorer.features(TEXTS)  # type: ignore[attr-defined]
    assert np.allclose(embeddings, light_embeddings, atol=1e-6)
    expected = [[row[label] for label in LABELS] for row in FixedScorer().score(TEXTS)]
    assert np.array_equal(probs, np.array(expected))
    assert featured.score(TEXTS) == FixedScorer().score(TEXTS)
    assert featured.name == judge.name


def test_the_version_names_the_judge_and_the_encoder() -> None:
    featured = SentenceFeatures(FixedScorer())
    assert featured.version.startswith("test+usem3-")


def test_a_scorer_with_features_is_used_as_it_is(embedded_scorer: Scorer) -> None:
    assert with_features(embedded_scorer) is embedded_scorer
