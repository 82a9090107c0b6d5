"""The cascade over the real embedded scorer and a tiny Detoxify checkpoint, offline."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("detoxify")

from moderation.scoring.base import Scorer  # noqa: E402
from moderation.scoring.cascade import CascadeScorer  # noqa: E402
from moderation.scoring.detoxify_backend import DetoxifyScorer  # noqa: E402
from moderation.scoring.labels import LABELS  # noqa: E402
from moderation.scoring.registry import build_scorer  # noqa: E402
from moderation.scoring.sentence_features import with_features  # noqa: E402
from tests.scoring.test_detoxify_backend import Tiny, tiny  # noqa: E402, F401

TEXTS = [
    "Vielen Dank für den ausführlichen Artikel, sehr informativ.",
    "Du bist ein dummer Idiot, halt endlich das Maul!",
    "Die Politik der Regierung ist ein Witz.",
    "Das ist doch alles gelogen, was ihr schreibt.",
    "Thanks for the article, well written.",
    "You are a stupid idiot.",
]


@pytest.fixture(scope="module")
def cascade(tiny: Tiny, embedded_scorer: Scorer) -> Iterator[CascadeScorer]:  # noqa: F811
    before = torch.get_num_threads()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HF_HUB_OFFLINE", "1")
        patch.setenv("TRANSFORMERS_OFFLINE", "1")
        checkpoint = {"checkpoint": str(tiny.checkpoint), "hf_config": str(tiny.hf_config)}
        options = {"detoxify": checkpoint, "detoxify.threads": "1", "threat_guard": "off"}
        built = build_scorer("cascade", options)
        assert isinstance(built, CascadeScorer)
        yield built
    torch.set_num_threads(before)


def test_each_text_gets_exactly_the_scores_of_the_part_that_judged_it(
    cascade: CascadeScorer, embedded_scorer: Scorer
) -> None:
    assert isinstance(cascade.slow, DetoxifyScorer)
    assert cascade.fast.version == embedded_scorer.version
    scores, versions = cascade.score_with_versions(TEXTS)
    fast = embedded_scorer.score(TEXTS)
    parts = [version.rsplit(">", 1)[1] for version in versions]
    assert set(parts) == {"embedded", "detoxify"}, fast  # these texts need both paths
    deferred = [text for text, part in zip(TEXTS, parts, strict=True) if part == "detoxify"]
    slow = iter(cascade.slow.score(deferred))
    for text, got, own, part in zip(TEXTS, scores, fast, parts, strict=True):
        top = max(own.values())
        if part == "embedded":
            assert not cascade.low <= top < cascade.high, text
            assert got == own
        else:
            assert cascade.low <= top < cascade.high, text
            assert got == pytest.approx(next(slow), abs=1e-6)


def test_a_site_head_reads_the_embedded_embeddings_beside_the_cascades_labels(
    cascade: CascadeScorer, embedded_scorer: Scorer
) -> None:
    # The embedded part computes the sentence embeddings anyway: a site model over the
    # cascade reuses them rather than running the encoder a second time.
    embeddings, probs = cascade.features(TEXTS)
    light, _ = embedded_scorer.features(TEXTS)  # type: ignore[attr-defined]
    assert np.allclose(embeddings, light, atol=1e-6)
    expected = [[row[label] for label in LABELS] for row in cascade.score(TEXTS)]
    assert np.allclose(probs, np.array(expected), atol=1e-6)
    assert with_features(cascade) is cascade
