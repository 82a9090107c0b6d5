"""The second set of German threat templates: sizes, labels, held-out frames kept apart, and no
wording shared with the suite, the held-out threat table or the held-out template rows."""

from __future__ import annotations

from pathlib import Path

from moderation.scoring.functional import load_cases
from moderation.scoring.training.templates_calls import build_stage3
from moderation.scoring.training.templates_threat_de2 import HELD_OUT_DE2, families
from tests.scoring import threat_heldout_cases
from tests.support.wording import five_word_runs

TABLE = Path(__file__).with_name("threat_development_cases.py")
FAMILIES = families()
ROWS = [row for rows in FAMILIES.values() for row in rows]
MINIMUM = {"veiled_threat2_de": 80, "conditional_threat2_de": 60, "threat_lookalike2_de": 120}


def test_each_training_family_has_its_minimum_of_rows() -> None:
    assert {name: len(FAMILIES[name]) >= n for name, n in MINIMUM.items()} == dict.fromkeys(
        MINIMUM, True
    )
    assert all(FAMILIES[name] for name in HELD_OUT_DE2)


def test_threats_carry_toxicity_and_threat_and_look_alikes_no_label() -> None:
    for name, rows in FAMILIES.items():
        for row in rows:
            assert row.family == name and row.lang == "de"
            if name.startswith("threat_lookalike2"):
                assert set(row.labels.values()) == {0}, row.text
            else:
                assert row.labels["toxicity"] == row.labels["threat"] == 1, row.text
            assert "{" not in row.text and "}" not in row.text, row.text


def test_texts_are_unique_across_all_families() -> None:
    texts = [row.text for row in ROWS]
    assert len(texts) == len(set(texts))


def test_held_out_families_are_named_and_share_no_text_with_training() -> None:
    assert {name for name in FAMILIES if "heldout" in name} == HELD_OUT_DE2
    assert set(FAMILIES) == set(MINIMUM) | HELD_OUT_DE2
    held = {row.text for name in HELD_OUT_DE2 for row in FAMILIES[name]}
    train = {row.text for name in FAMILIES.keys() - HELD_OUT_DE2 for row in FAMILIES[name]}
    assert not held & train


def test_no_text_repeats_an_earlier_template_row() -> None:
    train, heldout = build_stage3(threat_table=TABLE)
    assert not {row.text for row in ROWS} & {row.text for row in train + heldout}


def test_families_are_deterministic() -> None:
    assert [row.text for rows in families().values() for row in rows] == [r.text for r in ROWS]


def test_no_row_shares_a_five_word_run_with_the_suite_or_the_held_out_threats() -> None:
    def clashing(other: set[tuple[str, ...]]) -> list[int]:
        return [i for i, row in enumerate(ROWS) if five_word_runs(row.text) & other]

    suite = set().union(*(five_word_runs(c.text) for c in load_cases()))
    table = threat_heldout_cases.THREATS + threat_heldout_cases.HARMLESS
    held_out_table = set().union(*(five_word_runs(text) for _, text in table))
    held_out_rows = set().union(
        *(five_word_runs(r.text) for r in build_stage3(threat_table=TABLE)[1])
    )
    assert clashing(suite) == []
    assert clashing(held_out_table) == []
    assert clashing(held_out_rows) == []
