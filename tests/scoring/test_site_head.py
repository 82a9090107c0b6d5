"""A site's head in numpy: it starts at the shared decision, fits, round-trips, keeps threats."""

from __future__ import annotations

import numpy as np
import pytest

from moderation.scoring import site_head
from moderation.scoring.base import ScorerConfigError
from moderation.scoring.labels import LABELS


def _data(n: int = 400, seed: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    embeddings = rng.normal(size=(n, 512)) * 0.044
    embeddings[:, 0] *= 20  # one direction that carries a site rule
    shared = rng.normal(size=n) * 0.3
    rejected = embeddings[:, 0] > 0  # a rule the shared logit knows nothing about
    return embeddings, shared, rejected


def test_a_strong_pull_keeps_the_shared_decision() -> None:
    embeddings, shared, rejected = _data()
    head = site_head.fit(embeddings, shared, rejected, l2=1e9, base_version="v")
    p = head.from_logits(embeddings, shared)
    assert np.allclose(p, 1 / (1 + np.exp(-shared)), atol=1e-3)


def test_a_weak_pull_learns_the_sites_rule() -> None:
    embeddings, shared, rejected = _data()
    head = site_head.fit_tuned(embeddings[:300], shared[:300], rejected[:300], base_version="v")
    predicted = head.from_logits(embeddings[300:], shared[300:]) >= 0.5
    assert site_head.macro_f1(rejected[300:], predicted) > 0.85
    shared_f1 = site_head.macro_f1(rejected[300:], shared[300:] >= 0)
    assert shared_f1 < 0.65


def test_macro_f1_is_the_f1_of_macro_precision_and_recall() -> None:
    truth = np.array([1, 1, 1, 0, 0, 0, 0, 0], dtype=bool)
    predicted = np.array([1, 0, 0, 0, 0, 0, 0, 1], dtype=bool)
    # rejected: P 1/2, R 1/3; approved: P 4/6, R 4/5
    precision, recall = (1 / 2 + 4 / 6) / 2, (1 / 3 + 4 / 5) / 2
    expected = 2 * precision * recall / (precision + recall)
    assert site_head.macro_f1(truth, predicted) == pytest.approx(expected)
    assert site_head.macro_f1(truth, truth) == 1.0


def test_the_newest_share_is_held_back() -> None:
    assert site_head.time_split(100, 0.2) == 80
    assert site_head.time_split(3, 0.2) == 2


def test_a_head_round_trips_through_its_artifact_bytes() -> None:
    embeddings, shared, rejected = _data(100)
    head = site_head.fit(embeddings, shared, rejected, l2=3.0, base_version="usem3+head-x")
    again = site_head.SiteHead.from_bytes(head.to_bytes())
    assert again.base_version == "usem3+head-x" and again.l2 == 3.0
    assert np.array_equal(again.w_embedding, head.w_embedding)
    assert site_head.sha256(head.to_bytes()) == site_head.sha256(again.to_bytes())


def test_site_scores_never_lower_the_shared_threat_score() -> None:
    shared = dict.fromkeys(LABELS, 0.9) | {"threat": 0.8}
    scores = site_head.site_scores(shared, 0.1)
    assert scores["threat"] == 0.8 and scores["toxicity"] == 0.1
    assert all(scores[label] <= 0.1 for label in LABELS if label != "threat")


class _Shared:
    name, version = "embedded", "shared-1"

    def features(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        return np.zeros((len(texts), 512)), np.full((len(texts), len(LABELS)), 0.2)


def test_a_site_scorer_needs_the_shared_version_its_head_was_fitted_on() -> None:
    head = site_head.SiteHead(np.zeros(512), 1.0, 3.0, "shared-1")
    scorer = site_head.SiteScorer(_Shared(), head, "site-a-v1")
    assert scorer.version == "site-a-v1+shared-1"
    assert scorer.score(["x"])[0]["toxicity"] > 0.5  # the bias says "reject" on this site
    with pytest.raises(ScorerConfigError):
        site_head.SiteScorer(_Shared(), site_head.SiteHead(np.zeros(512), 1.0, 0.0, "old"), "v")
