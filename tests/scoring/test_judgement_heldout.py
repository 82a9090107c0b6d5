"""The held-out judgement tables: their shape, that they stay apart from everything we train on
or grow rules against, and the default judges' rates on them through the default policy.

Each table (judgement_heldout_cases.py to judgement_heldout20_cases.py) was written by writers
who read neither the suite nor the threat tables nor the templates (nor the tables before it).
They judge candidate models beside the suite, so a candidate can be measured without another
look at the suite; docs/scoring.md reports every scorer on them. The bounds below sit one case
from what the embedded scorer and the German model with its default threat guard reached: a
change that makes either judge worse fails here. The German model's bounds were reset to its
rows when the model trained on the written rows became the default (docs/scoring.md names the
ones that went down). Tables met first by a candidate that failed there take the
default's rows from that run and the embedded scorer's from its own.
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
    judgement_heldout_cases,
)
from tests.scoring.evaluation_tables import JUDGEMENT_TABLES, judgement_texts, threat_table_texts
from tests.support.wording import five_word_runs

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

# The same for the German model with the guard (bf16), as `detoxify` runs by default. On every
# table these sit one case under the current default model's rows (the module docstring).
GERMAN_FLOORS = {
    ("de", "criticism"): 50,  # of 60
    ("de", "minorities"): 55,  # of 60
    ("de", "threat"): 39,  # of 40
    ("de", "lookalike"): 22,  # of 40
    ("en", "criticism"): 13,  # of 15
    ("en", "minorities"): 14,  # of 15
    ("en", "threat"): 11,  # of 15
    ("en", "lookalike"): 10,  # of 15
}

# The same for the second table (60 German and 20 English cases per kind).
EMBEDDED_FLOORS_2 = {
    ("de", "criticism"): 56,
    ("de", "minorities"): 48,
    ("de", "threats"): 30,
    ("de", "lookalikes"): 51,
    ("en", "criticism"): 13,
    ("en", "minorities"): 13,
    ("en", "threats"): 10,
    ("en", "lookalikes"): 13,
}
GERMAN_FLOORS_2 = {
    ("de", "criticism"): 53,
    ("de", "minorities"): 57,
    ("de", "threats"): 55,
    ("de", "lookalikes"): 47,
    ("en", "criticism"): 18,
    ("en", "minorities"): 17,
    ("en", "threats"): 19,
    ("en", "lookalikes"): 15,
}

# The third table (German: 60 criticism, 60 minorities, 80 threats, 60 look-alikes; English: 20,
# 20, 25, 20); the floors are the shipped scorers' own figures, one case below.
EMBEDDED_FLOORS_3 = {
    ("de", "criticism"): 55,
    ("de", "minorities"): 46,
    ("de", "threats"): 31,
    ("de", "lookalikes"): 39,
    ("en", "criticism"): 14,
    ("en", "minorities"): 11,
    ("en", "threats"): 10,
    ("en", "lookalikes"): 14,
}
GERMAN_FLOORS_3 = {
    ("de", "criticism"): 54,
    ("de", "minorities"): 47,
    ("de", "threats"): 76,
    ("de", "lookalikes"): 43,
    ("en", "criticism"): 17,
    ("en", "minorities"): 19,
    ("en", "threats"): 23,
    ("en", "lookalikes"): 14,
}
# The fourth table, the same shape as the third, bounded in the same way.
EMBEDDED_FLOORS_4 = {
    ("de", "criticism"): 58,
    ("de", "minorities"): 51,
    ("de", "threats"): 29,
    ("de", "lookalikes"): 43,
    ("en", "criticism"): 15,
    ("en", "minorities"): 14,
    ("en", "threats"): 13,
    ("en", "lookalikes"): 12,
}
GERMAN_FLOORS_4 = {
    ("de", "criticism"): 51,
    ("de", "minorities"): 54,
    ("de", "threats"): 77,
    ("de", "lookalikes"): 39,
    ("en", "criticism"): 15,
    ("en", "minorities"): 16,
    ("en", "threats"): 21,
    ("en", "lookalikes"): 11,
}
# The fifth, larger table (German: 80 criticism, 80 minorities, 120 threats, 80 look-alikes;
# English: 25, 25, 30, 25), bounded in the same way.
EMBEDDED_FLOORS_5 = {
    ("de", "criticism"): 78,
    ("de", "minorities"): 71,
    ("de", "threats"): 43,
    ("de", "lookalikes"): 67,
    ("en", "criticism"): 17,
    ("en", "minorities"): 18,
    ("en", "threats"): 9,
    ("en", "lookalikes"): 11,
}
GERMAN_FLOORS_5 = {
    ("de", "criticism"): 70,
    ("de", "minorities"): 74,
    ("de", "threats"): 111,
    ("de", "lookalikes"): 51,
    ("en", "criticism"): 23,
    ("en", "minorities"): 24,
    ("en", "threats"): 26,
    ("en", "lookalikes"): 17,
}

# The sixth table (German: 60 criticism, 60 minorities, 100 threats, 60 look-alikes;
# English: 20, 20, 25, 20), bounded in the same way.
EMBEDDED_FLOORS_6 = {
    ("de", "criticism"): 57,
    ("de", "minorities"): 48,
    ("de", "threats"): 42,
    ("de", "lookalikes"): 45,
    ("en", "criticism"): 15,
    ("en", "minorities"): 12,
    ("en", "threats"): 12,
    ("en", "lookalikes"): 12,
}
GERMAN_FLOORS_6 = {
    ("de", "criticism"): 54,
    ("de", "minorities"): 51,
    ("de", "threats"): 91,
    ("de", "lookalikes"): 40,
    ("en", "criticism"): 17,
    ("en", "minorities"): 18,
    ("en", "threats"): 21,
    ("en", "lookalikes"): 13,
}

# The seventh table, the sixth's shape, bounded in the same way.
EMBEDDED_FLOORS_7 = {
    ("de", "criticism"): 59,
    ("de", "minorities"): 50,
    ("de", "threats"): 25,
    ("de", "lookalikes"): 36,
    ("en", "criticism"): 15,
    ("en", "minorities"): 13,
    ("en", "threats"): 13,
    ("en", "lookalikes"): 11,
}
GERMAN_FLOORS_7 = {
    ("de", "criticism"): 54,
    ("de", "minorities"): 53,
    ("de", "threats"): 90,
    ("de", "lookalikes"): 39,
    ("en", "criticism"): 19,
    ("en", "minorities"): 18,
    ("en", "threats"): 22,
    ("en", "lookalikes"): 14,
}

# The eighth table, the sixth's shape, written to judge a retrained threat guard: bounded in the
# same way.
EMBEDDED_FLOORS_8 = {
    ("de", "criticism"): 57,
    ("de", "minorities"): 49,
    ("de", "threats"): 38,
    ("de", "lookalikes"): 45,
    ("en", "criticism"): 17,
    ("en", "minorities"): 10,
    ("en", "threats"): 11,
    ("en", "lookalikes"): 18,
}
GERMAN_FLOORS_8 = {
    ("de", "criticism"): 55,
    ("de", "minorities"): 53,
    ("de", "threats"): 90,
    ("de", "lookalikes"): 44,
    ("en", "criticism"): 18,
    ("en", "minorities"): 17,
    ("en", "threats"): 22,
    ("en", "lookalikes"): 15,
}

# The ninth table, the sixth's shape, written to judge the guard panel: bounded in the same way.
EMBEDDED_FLOORS_9 = {
    ("de", "criticism"): 59,
    ("de", "minorities"): 50,
    ("de", "threats"): 33,
    ("de", "lookalikes"): 44,
    ("en", "criticism"): 16,
    ("en", "minorities"): 14,
    ("en", "threats"): 10,
    ("en", "lookalikes"): 17,
}
GERMAN_FLOORS_9 = {
    ("de", "criticism"): 53,
    ("de", "minorities"): 53,
    ("de", "threats"): 88,
    ("de", "lookalikes"): 41,
    ("en", "criticism"): 18,
    ("en", "minorities"): 17,
    ("en", "threats"): 22,
    ("en", "lookalikes"): 12,
}

# The tenth table, the sixth's shape, bounded in the same way.
EMBEDDED_FLOORS_10 = {
    ("de", "criticism"): 58,
    ("de", "minorities"): 52,
    ("de", "threats"): 32,
    ("de", "lookalikes"): 46,
    ("en", "criticism"): 18,
    ("en", "minorities"): 14,
    ("en", "threats"): 8,
    ("en", "lookalikes"): 15,
}
GERMAN_FLOORS_10 = {
    ("de", "criticism"): 52,
    ("de", "minorities"): 53,
    ("de", "threats"): 88,
    ("de", "lookalikes"): 42,
    ("en", "criticism"): 18,
    ("en", "minorities"): 18,
    ("en", "threats"): 21,
    ("en", "lookalikes"): 16,
}

# The eleventh, the same shape, written for the guard panel with agreements (docs/candidates.md).
EMBEDDED_FLOORS_11 = {
    ("de", "criticism"): 57,
    ("de", "minorities"): 51,
    ("de", "threats"): 47,
    ("de", "lookalikes"): 45,
    ("en", "criticism"): 15,
    ("en", "minorities"): 12,
    ("en", "threats"): 7,
    ("en", "lookalikes"): 12,
}
GERMAN_FLOORS_11 = {
    ("de", "criticism"): 52,
    ("de", "minorities"): 56,
    ("de", "threats"): 91,
    ("de", "lookalikes"): 37,
    ("en", "criticism"): 16,
    ("en", "minorities"): 15,
    ("en", "threats"): 23,
    ("en", "lookalikes"): 16,
}

# The twelfth, the same shape (docs/candidates.md).
EMBEDDED_FLOORS_12 = {
    ("de", "criticism"): 58,
    ("de", "minorities"): 51,
    ("de", "threats"): 37,
    ("de", "lookalikes"): 45,
    ("en", "criticism"): 14,
    ("en", "minorities"): 12,
    ("en", "threats"): 9,
    ("en", "lookalikes"): 12,
}
GERMAN_FLOORS_12 = {
    ("de", "criticism"): 54,
    ("de", "minorities"): 54,
    ("de", "threats"): 87,
    ("de", "lookalikes"): 31,
    ("en", "criticism"): 19,
    ("en", "minorities"): 14,
    ("en", "threats"): 22,
    ("en", "lookalikes"): 13,
}

# The thirteenth, the same shape: the light scorer one case under what it reached in the run
# that judged the three-head guard panel; the German model's, as on every table, under its rows.
EMBEDDED_FLOORS_13 = {
    ("de", "criticism"): 56,
    ("de", "minorities"): 42,
    ("de", "threats"): 33,
    ("de", "lookalikes"): 45,
    ("en", "criticism"): 17,
    ("en", "minorities"): 9,
    ("en", "threats"): 8,
    ("en", "lookalikes"): 12,
}
GERMAN_FLOORS_13 = {
    ("de", "criticism"): 52,
    ("de", "minorities"): 56,
    ("de", "threats"): 91,
    ("de", "lookalikes"): 47,
    ("en", "criticism"): 14,
    ("en", "minorities"): 16,
    ("en", "threats"): 22,
    ("en", "lookalikes"): 18,
}

# The fourteenth, the same shape: the light scorer's rows from the run that judged the retrained
# first head (docs/scoring.md, at the end), one case under; the German model's as above.
EMBEDDED_FLOORS_14 = {
    ("de", "criticism"): 56,
    ("de", "minorities"): 42,
    ("de", "threats"): 25,
    ("de", "lookalikes"): 43,
    ("en", "criticism"): 18,
    ("en", "minorities"): 13,
    ("en", "threats"): 10,
    ("en", "lookalikes"): 14,
}
GERMAN_FLOORS_14 = {
    ("de", "criticism"): 50,
    ("de", "minorities"): 51,
    ("de", "threats"): 79,
    ("de", "lookalikes"): 45,
    ("en", "criticism"): 17,
    ("en", "minorities"): 16,
    ("en", "threats"): 21,
    ("en", "lookalikes"): 14,
}

# The fifteenth, the same shape: the light scorer's own run, one case under; the German model's
# as above.
EMBEDDED_FLOORS_15 = {
    ("de", "criticism"): 57,
    ("de", "minorities"): 45,
    ("de", "threats"): 26,
    ("de", "lookalikes"): 38,
    ("en", "criticism"): 17,
    ("en", "minorities"): 11,
    ("en", "threats"): 13,
    ("en", "lookalikes"): 12,
}
GERMAN_FLOORS_15 = {
    ("de", "criticism"): 54,
    ("de", "minorities"): 55,
    ("de", "threats"): 78,
    ("de", "lookalikes"): 44,
    ("en", "criticism"): 17,
    ("en", "minorities"): 18,
    ("en", "threats"): 21,
    ("en", "lookalikes"): 12,
}


# The sixteenth, the same shape: the rows of the model trained on the written rows (the default
# since that table judged it) and the embedded scorer's own run, one case under.
EMBEDDED_FLOORS_16 = {
    ("de", "criticism"): 57,
    ("de", "minorities"): 49,
    ("de", "threats"): 45,
    ("de", "lookalikes"): 42,
    ("en", "criticism"): 18,
    ("en", "minorities"): 11,
    ("en", "threats"): 8,
    ("en", "lookalikes"): 12,
}
GERMAN_FLOORS_16 = {
    ("de", "criticism"): 55,
    ("de", "minorities"): 52,
    ("de", "threats"): 89,
    ("de", "lookalikes"): 41,
    ("en", "criticism"): 18,
    ("en", "minorities"): 18,
    ("en", "threats"): 20,
    ("en", "lookalikes"): 16,
}

# The seventeenth, met first by a candidate that failed there (docs/scoring.md, M4); the
# default's rows from that run and the embedded scorer's own, one case under.
EMBEDDED_FLOORS_17 = {
    ("de", "criticism"): 57,
    ("de", "minorities"): 50,
    ("de", "threats"): 43,
    ("de", "lookalikes"): 48,
    ("en", "criticism"): 17,
    ("en", "minorities"): 14,
    ("en", "threats"): 10,
    ("en", "lookalikes"): 11,
}
GERMAN_FLOORS_17 = {
    ("de", "criticism"): 50,
    ("de", "minorities"): 55,
    ("de", "threats"): 91,
    ("de", "lookalikes"): 53,
    ("en", "criticism"): 17,
    ("en", "minorities"): 18,
    ("en", "threats"): 21,
    ("en", "lookalikes"): 16,
}

# The eighteenth, met first by a candidate that failed there (docs/scoring.md, G4); the
# default's rows from that run and the embedded scorer's own, one case under.
EMBEDDED_FLOORS_18 = {
    ("de", "criticism"): 58,
    ("de", "minorities"): 51,
    ("de", "threats"): 42,
    ("de", "lookalikes"): 40,
    ("en", "criticism"): 17,
    ("en", "minorities"): 13,
    ("en", "threats"): 6,
    ("en", "lookalikes"): 9,
}
GERMAN_FLOORS_18 = {
    ("de", "criticism"): 50,
    ("de", "minorities"): 55,
    ("de", "threats"): 87,
    ("de", "lookalikes"): 43,
    ("en", "criticism"): 19,
    ("en", "minorities"): 18,
    ("en", "threats"): 22,
    ("en", "lookalikes"): 12,
}

# The nineteenth, met first by a candidate that failed there (docs/scoring.md, M6).
EMBEDDED_FLOORS_19 = {
    ("de", "criticism"): 53,
    ("de", "minorities"): 48,
    ("de", "threats"): 42,
    ("de", "lookalikes"): 39,
    ("en", "criticism"): 11,
    ("en", "minorities"): 12,
    ("en", "threats"): 9,
    ("en", "lookalikes"): 12,
}
GERMAN_FLOORS_19 = {
    ("de", "criticism"): 48,
    ("de", "minorities"): 48,
    ("de", "threats"): 93,
    ("de", "lookalikes"): 44,
    ("en", "criticism"): 19,
    ("en", "minorities"): 19,
    ("en", "threats"): 23,
    ("en", "lookalikes"): 18,
}

# The twentieth, met first by a candidate that failed there (docs/scoring.md, M7).
EMBEDDED_FLOORS_20 = {
    ("de", "criticism"): 58,
    ("de", "minorities"): 52,
    ("de", "threats"): 40,
    ("de", "lookalikes"): 44,
    ("en", "criticism"): 16,
    ("en", "minorities"): 12,
    ("en", "threats"): 11,
    ("en", "lookalikes"): 8,
}
GERMAN_FLOORS_20 = {
    ("de", "criticism"): 52,
    ("de", "minorities"): 55,
    ("de", "threats"): 89,
    ("de", "lookalikes"): 44,
    ("en", "criticism"): 17,
    ("en", "minorities"): 18,
    ("en", "threats"): 24,
    ("en", "lookalikes"): 12,
}


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
    "first": (judgement_heldout_cases, EMBEDDED_FLOORS, GERMAN_FLOORS),
    "second": (judgement_heldout2_cases, EMBEDDED_FLOORS_2, GERMAN_FLOORS_2),
    "third": (judgement_heldout3_cases, EMBEDDED_FLOORS_3, GERMAN_FLOORS_3),
    "fourth": (judgement_heldout4_cases, EMBEDDED_FLOORS_4, GERMAN_FLOORS_4),
    "fifth": (judgement_heldout5_cases, EMBEDDED_FLOORS_5, GERMAN_FLOORS_5),
    "sixth": (judgement_heldout6_cases, EMBEDDED_FLOORS_6, GERMAN_FLOORS_6),
    "seventh": (judgement_heldout7_cases, EMBEDDED_FLOORS_7, GERMAN_FLOORS_7),
    "eighth": (judgement_heldout8_cases, EMBEDDED_FLOORS_8, GERMAN_FLOORS_8),
    "ninth": (judgement_heldout9_cases, EMBEDDED_FLOORS_9, GERMAN_FLOORS_9),
    "tenth": (judgement_heldout10_cases, EMBEDDED_FLOORS_10, GERMAN_FLOORS_10),
    "eleventh": (judgement_heldout11_cases, EMBEDDED_FLOORS_11, GERMAN_FLOORS_11),
    "twelfth": (judgement_heldout12_cases, EMBEDDED_FLOORS_12, GERMAN_FLOORS_12),
    "thirteenth": (judgement_heldout13_cases, EMBEDDED_FLOORS_13, GERMAN_FLOORS_13),
    "fourteenth": (judgement_heldout14_cases, EMBEDDED_FLOORS_14, GERMAN_FLOORS_14),
    "fifteenth": (judgement_heldout15_cases, EMBEDDED_FLOORS_15, GERMAN_FLOORS_15),
    "sixteenth": (judgement_heldout16_cases, EMBEDDED_FLOORS_16, GERMAN_FLOORS_16),
    "seventeenth": (judgement_heldout17_cases, EMBEDDED_FLOORS_17, GERMAN_FLOORS_17),
    "eighteenth": (judgement_heldout18_cases, EMBEDDED_FLOORS_18, GERMAN_FLOORS_18),
    "nineteenth": (judgement_heldout19_cases, EMBEDDED_FLOORS_19, GERMAN_FLOORS_19),
    "twentieth": (judgement_heldout20_cases, EMBEDDED_FLOORS_20, GERMAN_FLOORS_20),
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
