"""Synchronous scoring for the drop-in endpoints (Perspective, Coral): nothing is stored.

The web process scores in a small thread pool with a deadline, so a slow first model
load or a long text answers "no opinion in time" instead of blocking the caller.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import Any

from flask import current_app

from moderation.scoring.labels import LabelScores, complete
from moderation.scoring.site_head import SiteHead
from moderation.services.automod import judging
from moderation.services.learning import site_models

# Perspective's attribute names and the Detoxify labels they mean.
ATTRIBUTES: dict[str, str] = {
    "TOXICITY": "toxicity",
    "SEVERE_TOXICITY": "severe_toxicity",
    "INSULT": "insult",
    "PROFANITY": "obscene",
    "THREAT": "threat",
    "IDENTITY_ATTACK": "identity_attack",
}
LANGUAGES = ("de", "en")
MAX_SPANS = 20
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
_GERMAN_HINTS = frozenset(
    [
        "der",
        "die",
        "das",
        "und",
        "ist",
        "nicht",
        "ich",
        "du",
        "sie",
        "wir",
        "ihr",
        "ein",
        "eine",
        "mit",
        "auf",
        "für",
        "von",
        "zu",
        "den",
        "dem",
        "des",
        "sich",
        "auch",
        "noch",
        "nur",
        "aber",
        "oder",
        "wie",
        "wenn",
        "dass",
        "was",
        "hier",
    ]
)
_ENGLISH_HINTS = frozenset(
    [
        "the",
        "and",
        "is",
        "not",
        "you",
        "are",
        "we",
        "they",
        "a",
        "an",
        "with",
        "on",
        "for",
        "of",
        "to",
        "this",
        "that",
        "it",
        "be",
        "was",
        "what",
        "have",
        "has",
        "just",
        "but",
        "or",
        "if",
        "here",
    ]
)
_WORD = re.compile(r"[a-zäöüß]+")
# Two threads: enough for a web process; scoring itself is BLAS-bound.
_POOL = ThreadPoolExecutor(max_workers=2, thread_name_prefix="dropin-scorer")


class ScoringTimeout(RuntimeError):
    """The scorer did not answer before the deadline."""


class ScorerUnavailable(RuntimeError):
    """The scorer could not be built or failed on this text."""


@dataclass(frozen=True)
class Span:
    begin: int
    end: int
    scores: LabelScores


@dataclass(frozen=True)
class Analysis:
    summary: LabelScores
    spans: list[Span]


def detect_language(text: str) -> str:
    """``de`` or ``en`` by counting common function words; German wins ties (our readers)."""
    words = _WORD.findall(text.lower())
    german = sum(word in _GERMAN_HINTS for word in words) + 2 * len(re.findall(r"[äöüß]", text))
    english = sum(word in _ENGLISH_HINTS for word in words)
    return "en" if english > german else "de"


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(begin, end) offsets of up to MAX_SPANS sentences, as code points into ``text``."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    spans = [(b, e) for b, e in spans if text[b:e].strip()]
    return spans[:MAX_SPANS] if len(spans) > 1 else [(0, len(text))]


def analyse(
    text: str, *, per_sentence: bool, deadline: float, site_id: int | None = None
) -> Analysis:
    """Scores for the whole text and its spans; ScoringTimeout after ``deadline`` seconds.

    With ``site_id``, the site's active model scores (the shared model if it has none).
    """
    spans = sentence_spans(text) if per_sentence else [(0, len(text))]
    texts = [text] + ([text[b:e] for b, e in spans] if len(spans) > 1 else [])
    results = score_texts(texts, deadline=deadline, site_id=site_id)
    summary = results[0]
    span_scores = results[1:] if len(spans) > 1 else [summary]
    return Analysis(summary, [Span(b, e, s) for (b, e), s in zip(spans, span_scores, strict=True)])


def score_texts(
    texts: Sequence[str], *, deadline: float, site_id: int | None = None
) -> list[LabelScores]:
    name, options = _scorer_settings()
    # The database is read here, in the request's context; the pool thread only scores.
    site_head = site_models.active_heads([site_id]).get(site_id) if site_id else None
    future = _POOL.submit(_score, name, options, list(texts), site_head)
    try:
        return future.result(timeout=deadline)
    except FutureTimeout:
        raise ScoringTimeout(f"no scores within {deadline:.1f}s") from None


def _score(
    name: str, options: dict[str, Any], texts: list[str], site_head: tuple[str, SiteHead] | None
) -> list[LabelScores]:
    try:
        scorer = judging.process_scorer(name, options)
        if site_head is not None:
            scorer = site_models.over_shared(scorer, *site_head)
        return [complete(scores) for scores in scorer.score(texts)]
    except Exception as error:  # any scorer failure: the caller answers 503 / no opinion
        raise ScorerUnavailable(f"{type(error).__name__}: {error}") from error


def _scorer_settings() -> tuple[str, dict[str, Any]]:
    config = current_app.config
    name = config["MODERATION_SCORER"]
    return name, dict(config["SCORER_OPTIONS"].get(name, {}))
