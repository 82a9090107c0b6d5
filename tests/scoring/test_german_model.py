"""The compact artifact format and the German model's build into a Detoxify checkpoint.

The tests make a tiny classifier of the same architecture and tokenizer family (a BERT
encoder with a Unigram tokenizer), pack it as the real artifact is packed, and load it
through the service's Detoxify backend with the hub switched off.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")
pytest.importorskip("detoxify")

from moderation.scoring import compact_model, german_model  # noqa: E402
from moderation.scoring.detoxify_backend import DetoxifyScorer  # noqa: E402
from moderation.scoring.labels import LABELS  # noqa: E402
from tests.scoring.tiny_german_model import make_artifact  # noqa: E402


@pytest.fixture
def artifact(tmp_path: Path) -> Path:
    return make_artifact(tmp_path / "artifact")


def test_int8_rows_come_back_within_half_a_step() -> None:
    matrix = np.random.default_rng(0).normal(size=(50, 30)).astype(np.float32)
    q, scale = compact_model.quantise_rows(matrix)
    assert q.dtype == np.int8
    assert np.all(np.abs(q.astype(np.float32) * scale[:, None] - matrix) <= scale[:, None] / 2)


def test_an_artifact_reads_back_what_was_saved(artifact: Path) -> None:
    model = compact_model.load(artifact)
    assert model.manifest["name"] == "tiny"
    assert model.tensors["classifier.weight"].shape == (len(LABELS), 16)
    assert set(model.manifest["files"]) == set(compact_model.HASHED_FILES)


def test_a_changed_file_is_refused(artifact: Path) -> None:
    config = artifact / compact_model.CONFIG_FILE
    config.write_text(config.read_text().replace("16", "17"))
    with pytest.raises(compact_model.ArtifactError, match="does not match"):
        compact_model.read_manifest(artifact)


def test_the_build_is_cached_by_content(artifact: Path, tmp_path: Path) -> None:
    first = german_model.ensure_built(artifact, tmp_path / "cache")
    stamp = first.checkpoint.stat().st_mtime_ns
    again = german_model.ensure_built(artifact, tmp_path / "cache")
    assert again == first and again.checkpoint.stat().st_mtime_ns == stamp
    assert first.version.startswith("german-")
    assert [p.name for p in (tmp_path / "cache").iterdir()] == [first.version]  # no leftovers


def test_the_built_model_scores_through_the_detoxify_backend_offline(
    artifact: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    built = german_model.ensure_built(artifact, tmp_path / "cache")
    scorer = DetoxifyScorer(checkpoint=built.checkpoint, hf_config=built.hf_config)
    scores = scorer.score(["Du bist ein Idiot.", "Danke für den Artikel."])
    assert [set(s) for s in scores] == [set(LABELS)] * 2
    # The same weights in float32 straight from the artifact give the same probabilities.
    model = compact_model.load(artifact)
    reference = transformers.BertForSequenceClassification(
        transformers.BertConfig(**model.config)
    ).eval()
    reference.load_state_dict({k: torch.from_numpy(v) for k, v in model.tensors.items()})
    tokens = scorer._tokenizer(["Du bist ein Idiot."], return_tensors="pt")
    with torch.inference_mode():
        expected = torch.sigmoid(reference(**tokens).logits)[0].tolist()
    assert [scores[0][label] for label in LABELS] == pytest.approx(expected, abs=1e-5)


def test_with_no_model_named_the_backend_uses_the_shipped_german_model(
    artifact: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from moderation.scoring.registry import build_scorer

    monkeypatch.setattr(german_model, "ARTIFACT", artifact)
    monkeypatch.setenv(german_model.CACHE_ENV, str(tmp_path / "cache"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    options = {"model": "", "checkpoint": "", "hf_config": "", "threat_guard": "off"}
    scorer = build_scorer("detoxify", options)
    assert scorer.version == german_model.ensure_built(artifact).version
    assert scorer.score(["Danke für den Artikel."])[0].keys() == set(LABELS)


def test_a_missing_shipped_model_is_a_configuration_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from moderation.scoring.base import ScorerConfigError

    monkeypatch.setattr(german_model, "ARTIFACT", tmp_path / "nothing-here")
    with pytest.raises(ScorerConfigError, match="DETOXIFY_MODEL=multilingual"):
        DetoxifyScorer()


def test_the_shipped_model_reads_text_as_it_was_trained_on(
    artifact: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It learnt from clean_text's output (one space between words, handles as @USER)."""
    monkeypatch.setattr(german_model, "ARTIFACT", artifact)
    monkeypatch.setenv(german_model.CACHE_ENV, str(tmp_path / "cache"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    shipped = DetoxifyScorer()
    messy, clean = "Danke   für  den   Artikel.", "Danke für den Artikel."
    assert shipped.score([messy]) == shipped.score([clean])
    built = german_model.ensure_built(artifact)
    raw = DetoxifyScorer(checkpoint=built.checkpoint, hf_config=built.hf_config)
    assert raw.score([messy]) != raw.score([clean])  # so the first assertion says something


def test_the_shipped_artifact_is_compact_and_matches_its_manifest() -> None:
    """Every version stays in git history: the artifact is kept small and checked."""
    files = [p for p in german_model.ARTIFACT.iterdir() if p.is_file()]
    assert sum(p.stat().st_size for p in files) < 40 * 1024 * 1024
    manifest = compact_model.read_manifest(german_model.ARTIFACT)  # checks every sha256
    assert manifest["labels"] == list(LABELS)
    assert {w["licence"] for w in manifest["source_weights"]} == {"MIT"}


def test_another_artifact_is_served_as_the_shipped_one_is(
    artifact: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rebuilt or candidate model: its own version, and the text cleaned as in training."""
    from moderation.scoring.base import ScorerConfigError
    from moderation.scoring.registry import build_scorer

    monkeypatch.setattr(german_model, "ARTIFACT", tmp_path / "no-shipped-model-here")
    monkeypatch.setenv(german_model.CACHE_ENV, str(tmp_path / "cache"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    scorer = build_scorer("detoxify", {"artifact": str(artifact), "threat_guard": "off"})
    assert scorer.version == german_model.version_of(artifact)
    messy, clean = "Danke   für  den   Artikel.", "Danke für den Artikel."
    assert scorer.score([messy]) == scorer.score([clean])

    built = german_model.ensure_built(artifact)
    for options in ({"checkpoint": str(built.checkpoint)}, {"threat_head": "on"}):
        with pytest.raises(ScorerConfigError, match="artifact"):
            build_scorer("detoxify", {"artifact": str(artifact), **options})
    with pytest.raises(ScorerConfigError, match="German model in .*nothing"):
        build_scorer("detoxify", {"artifact": str(tmp_path / "nothing")})
