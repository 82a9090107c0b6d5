"""A comment body cut into pieces, the words that drove its score marked (the "why" on the desk).

The explanation stored with a score names spans by character offsets into the body
(moderation.scoring.explain). The template renders each piece autoescaped, marked or not,
so a body full of HTML stays text however the spans fall.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# A span's weight is how much lower the score is without it. Only weights that matter are
# marked: at least MARK_WEIGHT, and at least a third of the strongest span's (beside a word
# worth 0.4, one worth 0.09 did not drive the score). At or above STRONG_WEIGHT the mark is
# dark; the legend under the text says so.
MARK_WEIGHT = 0.08
STRONG_WEIGHT = 0.15
RELATIVE_TO_STRONGEST = 1 / 3


@dataclass(frozen=True)
class Piece:
    text: str
    weight: float | None = None  # None: not a span that drove the score

    @property
    def strong(self) -> bool:
        return self.weight is not None and self.weight >= STRONG_WEIGHT


def pieces(body: str, explanation: dict[str, Any] | None) -> list[Piece]:
    """``body`` in order as plain and marked pieces; unusable spans are left out, not trusted."""
    valid = _valid_spans(body, explanation)
    strongest = max((weight for _, _, weight in valid), default=0.0)
    floor = max(MARK_WEIGHT, strongest * RELATIVE_TO_STRONGEST)
    spans = [span for span in valid if span[2] >= floor]
    out: list[Piece] = []
    position = 0
    for start, end, weight in spans:
        if start < position:  # overlaps an earlier, stronger-or-equal span: skip it
            continue
        if start > position:
            out.append(Piece(body[position:start]))
        out.append(Piece(body[start:end], weight))
        position = end
    if position < len(body) or not out:
        out.append(Piece(body[position:]))
    return _merge_plain(out)


def _merge_plain(pieces: list[Piece]) -> list[Piece]:
    out: list[Piece] = []
    for piece in pieces:
        if out and piece.weight is None and out[-1].weight is None:
            out[-1] = Piece(out[-1].text + piece.text)
        else:
            out.append(piece)
    return out


def _valid_spans(body: str, explanation: dict[str, Any] | None) -> list[tuple[int, int, float]]:
    raw = (explanation or {}).get("spans")
    if not isinstance(raw, list):
        return []
    spans = []
    for span in raw:
        try:
            start, end, weight = int(span["start"]), int(span["end"]), float(span["weight"])
        except (KeyError, TypeError, ValueError):
            continue
        # Offsets must still point at the text the scorer saw (an edit re-scores, but an old
        # explanation must never mark the wrong words).
        if 0 <= start < end <= len(body) and body[start:end] == span.get("text"):
            spans.append((start, end, weight))
    return sorted(spans)


def explanation_label(explanation: dict[str, Any] | None) -> str | None:
    label = (explanation or {}).get("label")
    return label if isinstance(label, str) else None
