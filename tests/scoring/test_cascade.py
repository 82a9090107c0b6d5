"""The cascade routes by the fast scorer's scores, calls the slow one once, and says who judged."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from moderation.config import build_config
from moderation.scoring.base import RoutingScorer, ScorerConfigError
from moderation.scoring.cascade import DEFAULT_HIGH, DEFAULT_LOW, CascadeScorer
from moderation.scoring.registry import build_scorer
from tests.support.scorers import KeywordScorer

TEXTS = [
    "Danke für den Artikel.",  # fast: 0.01, clearly clean
    "Das ist Unsinn.",  # fast: 0.5, unclear
    "Du Vollidiot!",  # fast: 0.99, clearly flagged
    "Schwachsinn, was Sie schreiben.",  # fast: 0.4, unclear
]


def parts() -> tuple[KeywordScorer, KeywordScorer]:
    fast = KeywordScorer("embedded", "fast-1", {"vollidiot": 0.99, "unsinn": 0.5, "schwach": 0.4})
    slow = KeywordScorer("detoxify", "slow-1", {"unsinn": 0.1, "schwach": 0.8}, default=0.6)
    return fast, slow


def test_clear_texts_keep_the_fast_scores_and_the_rest_go_to_the_slow_scorer_in_one_call():
    fast, slow = parts()
    cascade = CascadeScorer(fast, slow, low=0.3, high=0.7)
    scores = cascade.score(TEXTS)
    assert fast.calls == [TEXTS]
    assert slow.calls == [[TEXTS[1], TEXTS[3]]]  # one batch, in input order
    assert [s["toxicity"] for s in scores] == [0.01, 0.1, 0.99, 0.8]


def test_each_text_records_the_part_that_judged_it():
    fast, slow = parts()
    cascade = CascadeScorer(fast, slow, low=0.3, high=0.7)
    assert isinstance(cascade, RoutingScorer)
    assert cascade.name == "cascade"
    assert cascade.version == "cascade(0.3,0.7):fast-1|slow-1"
    _, versions = cascade.score_with_versions(TEXTS)
    assert versions == [
        f"{cascade.version}>embedded",
        f"{cascade.version}>detoxify",
        f"{cascade.version}>embedded",
        f"{cascade.version}>detoxify",
    ]
    assert cascade.judge_of(versions[0]) is fast
    assert cascade.judge_of(versions[1]) is slow
    # A version of another cascade (other bounds) or of a plain scorer names no part here.
    assert cascade.judge_of("cascade(0.2,0.7):fast-1|slow-1>embedded") is None
    assert cascade.judge_of("fast-1") is None


def test_a_batch_of_clear_texts_never_calls_the_slow_scorer():
    fast, slow = parts()
    cascade = CascadeScorer(fast, slow, low=0.3, high=0.7)
    cascade.score([TEXTS[0], TEXTS[2]])
    assert slow.calls == []
    assert cascade.score([]) == [] and slow.calls == []


def test_the_highest_label_decides_how_clear_a_text_is():
    fast, slow = parts()
    cascade = CascadeScorer(fast, slow, low=0.3, high=0.7)

    def threat_only(texts: list[str]) -> list[dict[str, float]]:
        return [{**s, "threat": 0.45} for s in KeywordScorer.score(fast, texts)]

    fast.score = threat_only  # toxicity 0.01, but the threat label is unclear
    _, versions = cascade.score_with_versions([TEXTS[0]])
    assert versions == [f"{cascade.version}>detoxify"]


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> dict[str, dict[str, object]]:
    """Keyword parts instead of the real scorers; records the options each part got."""
    fast, slow = parts()
    seen: dict[str, dict[str, object]] = {}

    def fake(kind: str, part: KeywordScorer) -> Callable[[dict[str, object]], KeywordScorer]:
        def build(opts: dict[str, object]) -> KeywordScorer:
            seen[kind] = dict(opts)
            return part

        return build

    monkeypatch.setattr("moderation.scoring.embedded.build_embedded", fake("embedded", fast))
    monkeypatch.setattr("moderation.scoring.detoxify_backend.build", fake("detoxify", slow))
    return seen


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"low": "0.8", "high": "0.2"}, "low <= high"),
        ({"low": "viel"}, "must be a number"),
        ({"high": 1.5}, "between 0 and 1"),
        ({"speed": "fast"}, "unknown cascade option"),
        ({"embedded": "head"}, "mapping of options"),
    ],
)
def test_bad_settings_raise_a_config_error_naming_them(
    built: dict[str, dict[str, object]], options: dict[str, object], message: str
) -> None:
    with pytest.raises(ScorerConfigError, match=message):
        build_scorer("cascade", options)


def test_options_reach_each_part_from_mappings_or_dotted_names(
    built: dict[str, dict[str, object]],
) -> None:
    options = {"low": "0.25", "embedded": {"threads": 1}, "detoxify.precision": "bf16"}
    cascade = build_scorer("cascade", {**options, "threat_guard": "off"})
    assert built == {"embedded": {"threads": 1}, "detoxify": {"precision": "bf16"}}
    assert isinstance(cascade, CascadeScorer)
    assert (cascade.low, cascade.high) == (0.25, DEFAULT_HIGH)
    assert build_scorer("cascade", {"threat_guard": "off"}).low == DEFAULT_LOW


def test_the_environment_configures_the_cascade_and_its_parts(tmp_path: Path) -> None:
    config = build_config(
        tmp_path, {"CASCADE_LOW": "0.2", "DETOXIFY_PRECISION": "bf16", "EMBEDDED_THREADS": "2"}
    )
    assert config["SCORER_OPTIONS"]["cascade"] == {
        "low": "0.2",
        "embedded": {"threads": 2},
        "detoxify": {"precision": "bf16"},
    }
