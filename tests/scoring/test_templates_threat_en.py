"""The English threat templates: enough rows per family, right labels, held-out frames kept apart,
and no wording shared with the suite, the held-out threat table or the existing templates."""

from __future__ import annotations

from pathlib import Path

from moderation.scoring.functional import load_cases
from moderation.scoring.training.templates_calls import build_stage3
from moderation.scoring.training.templates_threat_en import HELD_OUT_EN, families
from tests.scoring import threat_heldout_cases
from tests.support.wording import five_word_runs

TABLE = Path(__file__).with_name("threat_development_cases.py")
MINIMUMS = {"veiled_threat_en": 70, "conditional_threat_en": 50, "call_violence_en": 40,
            "threat_lookalike_en": 120}  # fmt: skip
FAMILIES = families()
ROWS = [row for rows in FAMILIES.values() for row in rows]


def test_each_training_family_meets_its_minimum_and_the_held_out_ones_are_about_a_fifth() -> None:
    assert {name: len(FAMILIES[name]) >= n for name, n in MINIMUMS.items()} == dict.fromkeys(
        MINIMUMS, True
    )
    for name in MINIMUMS:
        held = len(FAMILIES[name.replace("_en", "_heldout_en")])
        assert 0.15 <= held / (held + len(FAMILIES[name])) <= 0.3, name


def test_threats_are_toxic_threats_and_look_alikes_carry_no_label() -> None:
    for row in ROWS:
        assert row.lang == "en" and row.family.endswith("_en")
        if row.family.startswith("threat_lookalike"):
            assert set(row.labels.values()) == {0}, row.text
        else:
            assert row.labels["toxicity"] == row.labels["threat"] == 1, row.text
            assert row.labels["obscene"] == row.labels["identity_attack"] == 0, row.text


def test_texts_are_unique_and_held_out_families_are_exactly_the_declared_ones() -> None:
    texts = [row.text for row in ROWS]
    assert len(texts) == len(set(texts))
    assert set(FAMILIES) == set(MINIMUMS) | HELD_OUT_EN
    assert {name for name in FAMILIES if "_heldout_" in name} == HELD_OUT_EN
    held = {row.text for name in HELD_OUT_EN for row in FAMILIES[name]}
    train = {row.text for name in MINIMUMS for row in FAMILIES[name]}
    assert held and not held & train


def test_families_are_deterministic() -> None:
    again = families()
    assert {k: [r.text for r in v] for k, v in again.items()} == {
        k: [r.text for r in v] for k, v in FAMILIES.items()
    }


def _clashes(others: list[str]) -> list[int]:
    """Indices of our rows sharing a five-word run with any of the others (their text unshown)."""
    theirs = set().union(*(five_word_runs(text) for text in others))
    return [i for i, row in enumerate(ROWS) if five_word_runs(row.text) & theirs]


def test_no_row_shares_a_five_word_run_with_the_functional_suite() -> None:
    assert _clashes([case.text for case in load_cases()]) == []


def test_no_row_shares_a_five_word_run_with_the_held_out_threat_table() -> None:
    table = threat_heldout_cases.THREATS + threat_heldout_cases.HARMLESS
    assert _clashes([text for _, text in table]) == []


def test_no_row_shares_a_five_word_run_with_the_existing_templates() -> None:
    train, heldout = build_stage3(threat_table=TABLE)
    assert _clashes([row.text for row in train + heldout]) == []
