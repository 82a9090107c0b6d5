"""The fourth stage's template data: the second stage's rows kept in order, the further threat
families added once each, and their held-out families kept out of training. (That no row shares
wording with the suite or the held-out table is checked per family module.)"""

from __future__ import annotations

from pathlib import Path

from moderation.scoring.training import templates_threat_de2, templates_threat_en
from moderation.scoring.training.templates import build_stage2
from moderation.scoring.training.templates_stage4 import HELD_OUT_STAGE4, build_stage4

TABLE = Path(__file__).with_name("threat_development_cases.py")
TRAIN2, HELDOUT2 = build_stage2(threat_table=TABLE)
TRAIN4, HELDOUT4 = build_stage4(threat_table=TABLE)


def test_the_second_stage_rows_come_first_and_unchanged() -> None:
    assert [r.text for r in TRAIN4[: len(TRAIN2)]] == [r.text for r in TRAIN2]
    assert [r.text for r in HELDOUT4[: len(HELDOUT2)]] == [r.text for r in HELDOUT2]


def test_every_further_family_is_added_to_training_or_held_out() -> None:
    families = {**templates_threat_de2.families(), **templates_threat_en.families()}
    added = {r.family for r in TRAIN4[len(TRAIN2) :]}
    held = {r.family for r in HELDOUT4[len(HELDOUT2) :]}
    assert added | held == set(families)
    assert held == HELD_OUT_STAGE4 and not added & HELD_OUT_STAGE4
    assert {r.lang for r in TRAIN4[len(TRAIN2) :]} == {"de", "en"}


def test_no_text_is_both_trained_on_and_held_out_or_twice_in_training() -> None:
    texts = [r.text for r in TRAIN4]
    assert len(texts) == len(set(texts))
    assert not set(texts) & {r.text for r in HELDOUT4}


def test_the_same_seed_gives_the_same_rows() -> None:
    again, _ = build_stage4(threat_table=TABLE)
    assert [r.text for r in again] == [r.text for r in TRAIN4]
