"""The threat detector on sentences it was not grown against: a floor on hits, none on look-alikes.

The floor is what the rules reached when the table was written after them (docs/scoring.md has
the figures per family); raise it when new development cases lift it, never tune on this table.
"""

from __future__ import annotations

from moderation.scoring.functional import load_cases
from moderation.scoring.threats import find_threat, find_threats
from tests.scoring import threat_development_cases as development
from tests.scoring.threat_heldout_cases import HARMLESS, THREATS
from tests.support.wording import five_word_runs

MIN_THREATS_HIT = 17


def test_detector_catches_new_wording_at_least_as_often_as_when_frozen() -> None:
    missed = [text for _, text in THREATS if find_threat(text) is None]
    assert len(THREATS) - len(missed) >= MIN_THREATS_HIT, missed


def test_detector_leaves_new_harmless_wording_alone() -> None:
    hits = {text: find_threats(text) for _, text in HARMLESS if find_threat(text)}
    assert hits == {}


def test_held_out_table_shares_no_five_word_run_with_the_others() -> None:
    held = set().union(*(five_word_runs(t) for _, t in THREATS + HARMLESS))
    others = [c.text for c in load_cases()]
    others += [t for _, t in development.THREATS + development.HARMLESS]
    assert [t for t in others if five_word_runs(t) & held] == []
