"""The held-out judgement tables: their shape, that they stay apart from everything we train on
or grow rules against, and the default judges' rates on them through the default policy.

Each table (judgement_heldout_cases.py to judgement_heldout22_cases.py) was written by writers
who read neither the suite nor the threat tables nor the templates (nor the tables before it).
They judge candidate models beside the suite, so a candidate can be measured without another
look at the suite; docs/scoring.md reports every scorer on them. The bounds (judgement_bounds.py)
sit one case from what the embedded scorer and the German model with its default threat guard
reached: a change that makes either judge worse fails here. The German model's bounds were reset
to its rows when the model trained on the written rows became the default (docs/scoring.md names
the ones that went down). Tables met first by a candidate that failed there take the default's
rows from that run and the embedded scorer's from its own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from moderation.scoring.base import Scorer
from moderation.scoring.functional import load_cases
from moderation.scoring.policy import PolicySettings, Submission, decide
from moderation.scoring.registry import build_scorer
from moderation.scoring.training.templates import build
from moderation.scoring.training.templates_stage4 import build_stage4
from moderation.scoring.training.written_rows import WAVES
from moderation.scoring.training.written_rows import rows as written_rows
from tests.scoring import judgement_bounds as bounds
from tests.scoring import (
    judgement_heldout2_cases,
    judgement_heldout3_cases,
    judgement_heldout4_cases,
    judgement_heldout5_cases,
    judgement_heldout6_cases,
    judgement_heldout7_cases,
    judgement_heldout8_cases,
    judgement_heldout9_cases,
    judgement_heldout10_cases,
    judgement_heldout11_cases,
    judgement_heldout12_cases,
    judgement_heldout13_cases,
    judgement_heldout14_cases,
    judgement_heldout15_cases,
    judgement_heldout16_cases,
    judgement_heldout17_cases,
    judgement_heldout18_cases,
    judgement_heldout19_cases,
    judgement_heldout20_cases,
    judgement_heldout21_cases,
    judgement_heldout22_cases,
    judgement_heldout_cases,
)
from tests.scoring.evaluation_tables import JUDGEMENT_TABLES, judgement_texts, threat_table_texts
from tests.support.wording import five_word_runs

TABLE = Path(__file__).with_name("threat_development_cases.py")


def test_the_first_table_has_its_cases_per_language_and_kind() -> None:
    cases = judgement_heldout_cases.CASES
    counts = Counter((lang, kind) for _, lang, kind, _ in cases)
    assert counts == {
        **{("de", kind): n for kind, n in (("criticism", 60), ("minorities", 60),
                                           ("threat", 40), ("lookalike", 40))},
        **{("en", kind): 15 for kind in judgement_heldout_cases.SHOULD_PUBLISH},
    }  # fmt: skip
    assert len({case_id for case_id, *_ in cases}) == len(cases)


def test_the_second_table_has_its_cases_per_language_and_kind() -> None:
    cases = judgement_heldout2_cases.CASES
    counts = Counter((lang, kind) for _, lang, kind, _ in cases)
    kinds = judgement_heldout2_cases.SHOULD_PUBLISH
    assert counts == {**{("de", k): 60 for k in kinds}, **{("en", k): 20 for k in kinds}}
    assert len({case_id for case_id, *_ in cases}) == len(cases)


# From the third table on: (German, English) cases per kind for criticism, minorities and
# look-alikes, and the threats of each language.
SHAPES = {
    judgement_heldout3_cases: ((60, 80), (20, 25)),
    judgement_heldout4_cases: ((60, 80), (20, 25)),
    judgement_heldout5_cases: ((80, 120), (25, 30)),
    judgement_heldout6_cases: ((60, 100), (20, 25)),
    judgement_heldout7_cases: ((60, 100), (20, 25)),
    judgement_heldout8_cases: ((60, 100), (20, 25)),
    judgement_heldout9_cases: ((60, 100), (20, 25)),
    judgement_heldout10_cases: ((60, 100), (20, 25)),
    judgement_heldout11_cases: ((60, 100), (20, 25)),
    judgement_heldout12_cases: ((60, 100), (20, 25)),
    judgement_heldout13_cases: ((60, 100), (20, 25)),
    judgement_heldout14_cases: ((60, 100), (20, 25)),
    judgement_heldout15_cases: ((60, 100), (20, 25)),
    judgement_heldout16_cases: ((60, 100), (20, 25)),
    judgement_heldout17_cases: ((60, 100), (20, 25)),
    judgement_heldout18_cases: ((60, 100), (20, 25)),
    judgement_heldout19_cases: ((60, 100), (20, 25)),
    judgement_heldout20_cases: ((60, 100), (20, 25)),
    judgement_heldout21_cases: ((60, 100), (20, 25)),
    judgement_heldout22_cases: ((60, 100), (20, 25)),
}


@pytest.mark.parametrize("module", list(SHAPES), ids=lambda module: module.__name__)
def test_the_later_tables_have_their_cases_per_language_and_kind(module: Any) -> None:
    cases = module.CASES
    counts = Counter((lang, kind) for _, lang, kind, _ in cases)
    expected: dict[tuple[str, str], int] = {}
    for lang, (per_kind, threats) in zip(("de", "en"), SHAPES[module], strict=True):
        expected |= {(lang, kind): per_kind for kind in ("criticism", "minorities", "lookalikes")}
        expected[(lang, "threats")] = threats
    assert counts == expected
    assert len({case_id for case_id, *_ in cases}) == len(cases)


@pytest.mark.parametrize("module", JUDGEMENT_TABLES)
def test_no_case_shares_a_five_word_run_with_what_we_train_on_or_test_with(module: Any) -> None:
    table = set().union(*(five_word_runs(text) for *_, text in module.CASES))
    others = [case.text for case in load_cases()] + threat_table_texts()
    for rows in (*build(), *build_stage4(threat_table=TABLE), written_rows(waves=tuple(WAVES))):
        others += [row.text for row in rows]
    others += judgement_texts(leaving_out=module)
    assert [text for text in others if five_word_runs(text) & table] == []


def right_per_kind(scorer: Scorer, module: Any) -> dict[tuple[str, str], int]:
    """Cases the default policy (with the threat detector) gets right, per (lang, kind)."""
    scores = scorer.score([text for *_, text in module.CASES])
    right: Counter[tuple[str, str]] = Counter()
    for (_, lang, kind, text), row in zip(module.CASES, scores, strict=True):
        action = decide(row, PolicySettings(), Submission(text=text)).action.value
        right[(lang, kind)] += (action == "publish") == module.SHOULD_PUBLISH[kind]
    return dict(right)


def below(right: dict[tuple[str, str], int], floors: dict[tuple[str, str], int]) -> dict:
    return {key: (right[key], floor) for key, floor in floors.items() if right[key] < floor}


TABLES = {
    "first": (judgement_heldout_cases, bounds.EMBEDDED_FLOORS, bounds.GERMAN_FLOORS),
    "second": (judgement_heldout2_cases, bounds.EMBEDDED_FLOORS_2, bounds.GERMAN_FLOORS_2),
    "third": (judgement_heldout3_cases, bounds.EMBEDDED_FLOORS_3, bounds.GERMAN_FLOORS_3),
    "fourth": (judgement_heldout4_cases, bounds.EMBEDDED_FLOORS_4, bounds.GERMAN_FLOORS_4),
    "fifth": (judgement_heldout5_cases, bounds.EMBEDDED_FLOORS_5, bounds.GERMAN_FLOORS_5),
    "sixth": (judgement_heldout6_cases, bounds.EMBEDDED_FLOORS_6, bounds.GERMAN_FLOORS_6),
    "seventh": (judgement_heldout7_cases, bounds.EMBEDDED_FLOORS_7, bounds.GERMAN_FLOORS_7),
    "eighth": (judgement_heldout8_cases, bounds.EMBEDDED_FLOORS_8, bounds.GERMAN_FLOORS_8),
    "ninth": (judgement_heldout9_cases, bounds.EMBEDDED_FLOORS_9, bounds.GERMAN_FLOORS_9),
    "tenth": (judgement_heldout10_cases, bounds.EMBEDDED_FLOORS_10, bounds.GERMAN_FLOORS_10),
    "eleventh": (judgement_heldout11_cases, bounds.EMBEDDED_FLOORS_11, bounds.GERMAN_FLOORS_11),
    "twelfth": (judgement_heldout12_cases, bounds.EMBEDDED_FLOORS_12, bounds.GERMAN_FLOORS_12),
    "thirteenth": (judgement_heldout13_cases, bounds.EMBEDDED_FLOORS_13, bounds.GERMAN_FLOORS_13),
    "fourteenth": (judgement_heldout14_cases, bounds.EMBEDDED_FLOORS_14, bounds.GERMAN_FLOORS_14),
    "fifteenth": (judgement_heldout15_cases, bounds.EMBEDDED_FLOORS_15, bounds.GERMAN_FLOORS_15),
    "sixteenth": (judgement_heldout16_cases, bounds.EMBEDDED_FLOORS_16, bounds.GERMAN_FLOORS_16),
    "seventeenth": (judgement_heldout17_cases, bounds.EMBEDDED_FLOORS_17, bounds.GERMAN_FLOORS_17),
    "eighteenth": (judgement_heldout18_cases, bounds.EMBEDDED_FLOORS_18, bounds.GERMAN_FLOORS_18),
    "nineteenth": (judgement_heldout19_cases, bounds.EMBEDDED_FLOORS_19, bounds.GERMAN_FLOORS_19),
    "twentieth": (judgement_heldout20_cases, bounds.EMBEDDED_FLOORS_20, bounds.GERMAN_FLOORS_20),
    "twenty-first": (
        judgement_heldout21_cases,
        bounds.EMBEDDED_FLOORS_21,
        bounds.GERMAN_FLOORS_21,
    ),
}


@pytest.mark.parametrize("table", sorted(TABLES))
def test_the_embedded_scorer_keeps_its_rates(embedded_scorer: Scorer, table: str) -> None:
    module, floors, _ = TABLES[table]
    right = right_per_kind(embedded_scorer, module)
    assert below(right, floors) == {}, right


@pytest.fixture(scope="module")
def german_scorer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Scorer]:
    """The shipped German model with the default guard, built into a cache of this module's."""
    pytest.importorskip("torch")
    pytest.importorskip("detoxify")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MODERATION_MODEL_CACHE", str(tmp_path_factory.mktemp("models")))
        patch.setenv("HF_HUB_OFFLINE", "1")
        yield build_scorer("detoxify", {"precision": "bf16"})


@pytest.mark.parametrize("table", sorted(TABLES))
def test_the_german_model_keeps_its_rates(german_scorer: Scorer, table: str) -> None:
    module, _, floors = TABLES[table]
    right = right_per_kind(german_scorer, module)
    assert below(right, floors) == {}, right


@pytest.mark.parametrize("module", JUDGEMENT_TABLES)
def test_only_threats_are_to_be_held(module: Any) -> None:
    assert {kind for kind, publish in module.SHOULD_PUBLISH.items() if not publish} <= {
        "threat",
        "threats",
    }
    assert sum(not publish for publish in module.SHOULD_PUBLISH.values()) == 1
