"""The third stage's template data: calls for violence paired with the look-alikes, the held-out
families untouched, and no wording shared with the tests that measure it."""

from __future__ import annotations

from pathlib import Path

from moderation.scoring.functional import load_cases
from moderation.scoring.training.templates import HELD_OUT, HELD_OUT_STAGE2, build, build_stage2
from moderation.scoring.training.templates_calls import build_stage3
from tests.scoring import threat_heldout_cases
from tests.support.wording import five_word_runs

TABLE = Path(__file__).with_name("threat_development_cases.py")
TRAIN1, _ = build()
TRAIN2, HELDOUT2 = build_stage2(threat_table=TABLE)
TRAIN3, HELDOUT3 = build_stage3(threat_table=TABLE)
NEW = TRAIN3[len(TRAIN2) :]
LOOK_ALIKES = ("criticism_party", "identity_friendly", "counter_threat", "conditional_lawful",
               "figurative", "threat_table_harmless")  # fmt: skip


def test_the_second_stage_rows_come_first_and_the_held_out_rows_are_the_same() -> None:
    assert [r.text for r in TRAIN3[: len(TRAIN2)]] == [r.text for r in TRAIN2]
    assert [r.text for r in HELDOUT3] == [r.text for r in HELDOUT2]
    assert not {r.family for r in TRAIN3} & (HELD_OUT | HELD_OUT_STAGE2)
    assert not {r.text for r in TRAIN3} & {r.text for r in HELDOUT3}


def test_calls_for_violence_about_balance_the_look_alikes() -> None:
    later = TRAIN3[len(TRAIN1) :]  # rows the second and third stages added
    calls = [r for r in later if "call" in r.family]
    look_alikes = [r for r in later if r.family.startswith(LOOK_ALIKES)]
    assert 0.9 <= len(calls) / len(look_alikes) <= 1.2
    assert all(r.labels["threat"] == r.labels["toxicity"] == 1 for r in NEW)


def test_new_calls_share_no_five_word_run_with_the_held_out_property_family() -> None:
    family = "call_violence_property_de"
    held = set().union(*(five_word_runs(r.text) for r in HELDOUT3 if r.family == family))
    assert not held & set().union(*(five_word_runs(r.text) for r in NEW))


def test_no_new_row_shares_a_five_word_run_with_the_suite_or_the_held_out_threats() -> None:
    ours = set().union(*(five_word_runs(r.text) for r in NEW))
    held_out = threat_heldout_cases.THREATS + threat_heldout_cases.HARMLESS
    assert [c.id for c in load_cases() if five_word_runs(c.text) & ours] == []
    assert [i for i, (_, text) in enumerate(held_out) if five_word_runs(text) & ours] == []
