"""Dataset loaders, text cleanup, the split rule and the evaluation metrics."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import numpy as np
import pytest

from moderation.scoring.features import NgramConfig, clean_text, ngram_matrix, split_bucket
from moderation.scoring.labels import LABELS
from moderation.scoring.training import datasets as ds
from moderation.scoring.training.evaluate import evaluate_rows, germeval_macro_f1, roc_auc

SHARED_DATA = Path(os.environ.get("MODERATION_DATA", Path(__file__).parents[3] / "shared/data"))


def test_clean_text_masks_mentions_urls_and_line_break_markers() -> None:
    raw = "@spdde Schaut mal|LBR|https://t.co/abc123 &amp; [@POL] @USER @MEDIUM  Ende"
    assert clean_text(raw) == "@USER Schaut mal\nURL & @USER Ende"


def test_clean_text_drops_retweet_prefix_and_control_characters() -> None:
    assert clean_text("RT @someone: so\x00 gut") == "so gut"


def test_split_bucket_ignores_case_punctuation_and_mentions() -> None:
    a = split_bucket("@user1 Das ist ja UNGLAUBLICH!!! https://t.co/x")
    b = split_bucket("das ist ja unglaublich @andere")
    assert a == b
    assert 0 <= a < 100


def test_split_bucket_is_stable_across_processes() -> None:
    # A changed bucket would move texts between train and validation of existing heads.
    assert [split_bucket(t) for t in ("Hallo Welt", "Du Idiot", "")] == [49, 8, 56]


def test_ngram_hash_is_stable_across_processes() -> None:
    # Shipped heads index weights by these buckets: a changed hash silently breaks them.
    grams = ngram_matrix(["Abc"], NgramConfig(2, 3, 18))
    assert grams.buckets.tolist() == [27255, 49028, 75729, 123617, 125969, 171584, 229472]
    assert float(np.sum(grams.values**2)) == pytest.approx(1.0)


def test_ngram_rows_do_not_depend_on_batch_neighbours() -> None:
    texts = ["Du bist ein Idiot", "schöner Tag", "x"]
    batch = ngram_matrix(texts, NgramConfig())
    for i, text in enumerate(texts):
        alone = ngram_matrix([text], NgramConfig())
        row = batch.slice(np.array([i]))
        assert row.buckets.tolist() == alone.buckets.tolist()
        assert np.allclose(row.values, alone.values)


def test_germeval_loader_maps_fine_labels(tmp_path: Path) -> None:
    path = tmp_path / ds.DATASETS["germeval2018"].path
    path.parent.mkdir(parents=True)
    path.write_text(
        "nett hier\tOTHER\tOTHER\n"
        "du Depp\tOFFENSE\tINSULT\n"
        'Scheiße "halt"\tOFFENSE\tPROFANITY\n'
        "die da oben\tOFFENSE\tABUSE\n",
        encoding="utf-8",
    )
    rows = list(ds.load(ds.DATASETS["germeval2018"], tmp_path))
    assert [r.text for r in rows][2] == 'Scheiße "halt"'  # no CSV quoting in GermEval files
    assert rows[0].targets == dict.fromkeys(LABELS, 0.0)
    assert rows[1].targets["insult"] == 1.0 and rows[1].targets["obscene"] is None
    assert rows[2].targets["obscene"] == 1.0 and rows[2].targets["insult"] == 0.0
    assert rows[3].targets["toxicity"] == 1.0 and rows[3].targets["insult"] is None
    assert {r.language for r in rows} == {"de"} and {r.dataset for r in rows} == {"germeval2018"}


def test_germs_loader_uses_annotator_majority_and_leaves_ties_unknown(tmp_path: Path) -> None:
    path = tmp_path / ds.DATASETS["germeval2024_germs"].path
    path.parent.mkdir(parents=True)
    posts = [
        ("a", ["0-Kein", "2-Vorhanden", "3-Stark"]),
        ("b", ["0-Kein", "0-Kein", "1-Gering"]),
        ("c", ["0-Kein", "1-Gering"]),
    ]
    with gzip.open(path, "wt", encoding="utf-8") as f:
        for text, labels in posts:
            annotations = [{"user": f"A{i}", "label": lb} for i, lb in enumerate(labels)]
            f.write(json.dumps({"id": text, "text": text, "annotations": annotations}) + "\n")
    targets = [r.targets for r in ds.load(ds.DATASETS["germeval2024_germs"], tmp_path)]
    assert [t["identity_attack"] for t in targets] == [1.0, 0.0, None]
    assert all(t["toxicity"] is None for t in targets)


def test_select_permissive_keeps_only_cc_by_cc_by_sa_and_mit() -> None:
    chosen = ds.select("permissive")
    assert {s.name for s in chosen} == {"germeval2018", "iwg_hatespeech_refugees", "davidson2017"}
    assert all(s.licence.split(" (")[0] in {"CC BY 4.0", "CC BY-SA 3.0", "MIT"} for s in chosen)


def test_select_rejects_unknown_licence_class() -> None:
    with pytest.raises(ValueError, match="licence class"):
        ds.select("freeware")


def test_every_dataset_has_a_documented_label_mapping() -> None:
    assert set(ds.LABEL_MAPPING) == set(ds.DATASETS)
    assert {s.primary for s in ds.DATASETS.values()} <= set(LABELS)


@pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="shared/data is not checked out here")
def test_loaders_parse_every_dataset_with_documented_row_counts() -> None:
    for spec in ds.DATASETS.values():
        rows = list(ds.load(spec, SHARED_DATA))
        assert len(rows) == spec.rows, spec.name
        assert all(isinstance(r.text, str) for r in rows), spec.name
        # a few source rows are empty (RP-Mod 2, and the unlabelled blanks in bretschneider)
        empty_but_labelled = [
            r for r in rows if not r.text.strip() and any(v is not None for v in r.targets.values())
        ]
        assert len(empty_but_labelled) <= 2, spec.name
        assert all(set(r.targets) == set(LABELS) for r in rows), spec.name
        values = {v for r in rows for v in r.targets.values()}
        assert values <= {None, 0.0, 1.0}, spec.name


def test_germeval_macro_f1_uses_macro_precision_and_recall() -> None:
    y = np.array([1, 1, 1, 0, 0, 0, 0, 0])
    pred = np.array([1, 1, 0, 1, 0, 0, 0, 0])
    # positive class P=2/3 R=2/3, negative class P=4/5 R=4/5 -> P=R=11/15
    assert germeval_macro_f1(y, pred) == pytest.approx(11 / 15)
    assert germeval_macro_f1(y, np.zeros(8)) == pytest.approx(2 * 0.3125 * 0.5 / 0.8125)


def test_roc_auc_counts_ties_as_half() -> None:
    assert roc_auc(np.array([0, 0, 1, 1]), np.array([0.1, 0.4, 0.35, 0.8])) == 0.75
    assert roc_auc(np.array([0, 1]), np.array([0.5, 0.5])) == 0.5
    assert np.isnan(roc_auc(np.array([1, 1]), np.array([0.2, 0.3])))


def test_evaluate_rows_skips_unknown_targets() -> None:
    probs = np.zeros((3, len(LABELS)))
    probs[:, 0] = [0.9, 0.1, 0.8]
    targets = np.full((3, len(LABELS)), np.nan)
    targets[:2, 0] = [1.0, 0.0]
    rows = evaluate_rows(probs, targets, ["d"] * 3, ["de"] * 3, {"d": "toxicity"})
    assert rows[0]["n"] == 2 and rows[0]["auc"] == 1.0 and rows[0]["macro_f1"] == 1.0
    assert rows[1]["dataset"] == "all de"
