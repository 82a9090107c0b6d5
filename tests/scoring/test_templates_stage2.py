"""The second stage's template data: the first stage's rows kept, new families held out, and
no wording shared with the tests that measure it."""

from __future__ import annotations

from pathlib import Path

from moderation.scoring.functional import load_cases
from moderation.scoring.training.templates import HELD_OUT, HELD_OUT_STAGE2, build, build_stage2
from tests.scoring import threat_heldout_cases
from tests.support.wording import five_word_runs

TABLE = Path(__file__).with_name("threat_development_cases.py")
TRAIN, HELDOUT = build()
TRAIN2, HELDOUT2 = build_stage2(threat_table=TABLE)


def test_the_first_stage_rows_come_first_and_unchanged() -> None:
    assert [r.text for r in TRAIN2[: len(TRAIN)]] == [r.text for r in TRAIN]
    assert [r.text for r in HELDOUT2[: len(HELDOUT)]] == [r.text for r in HELDOUT]


def test_held_out_families_of_both_stages_stay_out_of_training() -> None:
    assert {r.family for r in HELDOUT2} == HELD_OUT | HELD_OUT_STAGE2
    assert not {r.family for r in TRAIN2} & (HELD_OUT | HELD_OUT_STAGE2)
    assert not {r.text for r in TRAIN2} & {r.text for r in HELDOUT2}


def test_threat_families_are_labelled_threats_and_look_alikes_clean() -> None:
    hostile = ("veiled_threat", "conditional_threat", "call_violence", "threat_table_d")
    clean = ("conditional_lawful", "criticism_", "identity_friendly", "counter_threat", "figur")
    for row in TRAIN2 + HELDOUT2:
        if row.family.startswith(hostile):
            assert row.labels["threat"] == row.labels["toxicity"] == 1, row
        if row.family.startswith(clean) or row.family == "threat_table_harmless":
            assert row.labels["threat"] == row.labels["toxicity"] == 0, row


def test_no_template_shares_a_five_word_run_with_the_suite_or_the_held_out_threats() -> None:
    """The functional suite and the detector's held-out table stay tests of the model."""
    ours = set().union(*(five_word_runs(r.text) for r in TRAIN2 + HELDOUT2))
    held_out = threat_heldout_cases.THREATS + threat_heldout_cases.HARMLESS
    assert [c.id for c in load_cases() if five_word_runs(c.text) & ours] == []
    assert [i for i, (_, text) in enumerate(held_out) if five_word_runs(text) & ours] == []
