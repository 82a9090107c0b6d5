"""Which words drove a score: leave-one-out occlusion, for any scorer.

Each word (or, in long comments, each run of words) is removed in turn and the
text scored again; the drop in the label's probability is that span's weight.
It costs one batched scorer call per explanation, so it is meant for the
comments a human will look at (held ones), not for every comment.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from moderation.scoring.base import Scorer
from moderation.scoring.labels import LabelScores

# Beyond this many variants, words are grouped into runs so the cost stays bounded.
MAX_VARIANTS = 48
TOP_SPANS = 5
# A span that moves the probability less than this explains nothing.
MIN_WEIGHT = 0.02
_WORD = re.compile(r"\w+(?:[-']\w+)*", re.UNICODE)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str
    weight: float


def explain(
    scorer: Scorer, text: str, label: str, base: LabelScores | None = None
) -> dict[str, Any]:
    """Spans of ``text`` whose removal lowers ``label`` the most, strongest first.

    Returns {"label", "method", "spans": [{"start", "end", "text", "weight"}]} with
    character offsets into ``text``, ready to be stored as JSON.
    """
    spans = _candidate_spans(text)
    if not spans:
        return {"label": label, "method": "occlusion", "spans": []}
    variants = [_without(text, start, end) for start, end in spans]
    texts = variants if base is not None else [text, *variants]
    scored = scorer.score(texts)
    if base is None:
        base, scored = scored[0], scored[1:]
    weighted = [
        Span(start, end, text[start:end], round(base[label] - variant[label], 4))
        for (start, end), variant in zip(spans, scored, strict=True)
    ]
    strongest = sorted(
        (span for span in weighted if span.weight >= MIN_WEIGHT), key=lambda s: -s.weight
    )[:TOP_SPANS]
    return {"label": label, "method": "occlusion", "spans": [asdict(s) for s in strongest]}


def _candidate_spans(text: str) -> list[tuple[int, int]]:
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    if len(words) <= MAX_VARIANTS:
        return words
    size = -(-len(words) // MAX_VARIANTS)  # ceiling division
    return [
        (words[i][0], words[min(i + size, len(words)) - 1][1]) for i in range(0, len(words), size)
    ]


def _without(text: str, start: int, end: int) -> str:
    return (text[:start].rstrip() + " " + text[end:].lstrip()).strip()
