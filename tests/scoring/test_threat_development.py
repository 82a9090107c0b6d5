"""The threat detector against its development table: every threat hits, no look-alike does."""

from __future__ import annotations

import pytest

from moderation.scoring.functional import load_cases
from moderation.scoring.threats import find_threat, find_threats, normalise
from tests.scoring.threat_development_cases import HARMLESS, THREATS
from tests.support.wording import five_word_runs


@pytest.mark.parametrize(("family", "text"), THREATS)
def test_threat_of_each_family_hits(family: str, text: str) -> None:
    assert find_threat(text) is not None, f"{family}: missed {text!r} ({normalise(text)!r})"


@pytest.mark.parametrize(("family", "text"), HARMLESS)
def test_harmless_look_alike_does_not_hit(family: str, text: str) -> None:
    assert find_threat(text) is None, f"{family}: {text!r} hit {find_threats(text)}"


def test_table_is_big_enough_to_grow_rules_against() -> None:
    assert len(THREATS) >= 120 and len(HARMLESS) >= 120


def test_table_shares_no_five_word_run_with_the_functional_suite() -> None:
    """The suite's threat cases stay a held-out check of rules grown on this table."""

    table = set().union(*(five_word_runs(t) for _, t in THREATS + HARMLESS))
    assert [c.id for c in load_cases() if five_word_runs(c.text) & table] == []
