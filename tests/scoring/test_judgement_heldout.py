"""The held-out judgement table: its shape, that it stays apart from everything we train on or
grow rules against, and the light scorer's rates on it through the default policy.

The table (judgement_heldout_cases.py) was written by a writer who read neither the suite nor
the threat tables nor the templates. It judges candidate models beside the suite, so a
candidate can be measured without another look at the suite; docs/scoring.md reports every
scorer on it. The bounds below sit one case from what the embedded scorer and the German model
with its default threat guard reached when the table was added: a change that makes either
judge worse fails here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from moderation.scoring.base import Scorer
from moderation.scoring.functional import load_cases
from moderation.scoring.policy import PolicySettings, Submission, decide
from moderation.scoring.registry import build_scorer
from moderation.scoring.training.templates import build
from moderation.scoring.training.templates_stage4 import build_stage4
from tests.scoring import threat_development_cases, threat_heldout_cases
from tests.scoring.judgement_heldout_cases import CASES, SHOULD_PUBLISH

TABLE = Path(__file__).with_name("threat_development_cases.py")
# (lang, kind) -> cases the embedded scorer gets right at least, with the threat detector.
EMBEDDED_FLOORS = {
    ("de", "criticism"): 56,  # of 60
    ("de", "minorities"): 43,  # of 60
    ("de", "threat"): 23,  # of 40
    ("de", "lookalike"): 34,  # of 40
    ("en", "criticism"): 13,  # of 15
    ("en", "minorities"): 11,  # of 15
    ("en", "threat"): 4,  # of 15
    ("en", "lookalike"): 10,  # of 15
}

# The same for the German model with the guard (bf16), as `detoxify` runs by default.
GERMAN_FLOORS = {
    ("de", "criticism"): 46,  # of 60
    ("de", "minorities"): 51,  # of 60
    ("de", "threat"): 34,  # of 40
    ("de", "lookalike"): 17,  # of 40
    ("en", "criticism"): 13,  # of 15
    ("en", "minorities"): 13,  # of 15
    ("en", "threat"): 7,  # of 15
    ("en", "lookalike"): 10,  # of 15
}


def grams(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + 5]) for i in range(len(words) - 4)}


def test_the_table_has_its_cases_per_language_and_kind() -> None:
    counts = Counter((lang, kind) for _, lang, kind, _ in CASES)
    assert counts == {
        **{("de", kind): n for kind, n in (("criticism", 60), ("minorities", 60),
                                           ("threat", 40), ("lookalike", 40))},
        **{("en", kind): 15 for kind in SHOULD_PUBLISH},
    }  # fmt: skip
    assert len({case_id for case_id, *_ in CASES}) == len(CASES)


def test_no_case_shares_a_five_word_run_with_what_we_train_on_or_test_with() -> None:
    table = set().union(*(grams(text) for *_, text in CASES))
    others = [case.text for case in load_cases()]
    for module in (threat_development_cases, threat_heldout_cases):
        others += [text for _, text in module.THREATS + module.HARMLESS]
    for rows in (*build(), *build_stage4(threat_table=TABLE)):
        others += [row.text for row in rows]
    assert [text for text in others if grams(text) & table] == []


def right_per_kind(scorer: Scorer) -> dict[tuple[str, str], int]:
    """Cases the default policy (with the threat detector) gets right, per (lang, kind)."""
    scores = scorer.score([text for *_, text in CASES])
    right = {key: 0 for key in EMBEDDED_FLOORS}
    for (_, lang, kind, text), row in zip(CASES, scores, strict=True):
        action = decide(row, PolicySettings(), Submission(text=text)).action.value
        right[(lang, kind)] += (action == "publish") == SHOULD_PUBLISH[kind]
    return right


def below(right: dict[tuple[str, str], int], floors: dict[tuple[str, str], int]) -> dict:
    return {key: (right[key], floor) for key, floor in floors.items() if right[key] < floor}


def test_the_embedded_scorer_keeps_its_rates_on_the_table(embedded_scorer: Scorer) -> None:
    right = right_per_kind(embedded_scorer)
    assert below(right, EMBEDDED_FLOORS) == {}, right


@pytest.fixture(scope="module")
def german_scorer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Scorer]:
    """The shipped German model with the default guard, built into a cache of this module's."""
    pytest.importorskip("torch")
    pytest.importorskip("detoxify")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MODERATION_MODEL_CACHE", str(tmp_path_factory.mktemp("models")))
        patch.setenv("HF_HUB_OFFLINE", "1")
        yield build_scorer("detoxify", {"precision": "bf16"})


def test_the_german_model_keeps_its_rates_on_the_table(german_scorer: Scorer) -> None:
    right = right_per_kind(german_scorer)
    assert below(right, GERMAN_FLOORS) == {}, right


@pytest.mark.parametrize("kind", sorted(SHOULD_PUBLISH))
def test_only_threats_are_to_be_held(kind: str) -> None:
    assert SHOULD_PUBLISH[kind] is (kind != "threat")
