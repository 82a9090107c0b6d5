"""The identity-bias template data: deterministic, balanced, with families held out."""

from __future__ import annotations

from collections import defaultdict

import pytest

from moderation.scoring.labels import LABELS
from moderation.scoring.training.templates import HELD_OUT, build, labels_from

TRAIN, HELDOUT = build()


def test_same_seed_gives_same_rows_and_another_seed_another_order() -> None:
    again, _ = build()
    assert [r.text for r in again] == [r.text for r in TRAIN]
    other, _ = build(seed=1)
    assert [r.text for r in other] != [r.text for r in TRAIN]


def test_held_out_families_stay_out_of_training() -> None:
    assert {r.family for r in HELDOUT} == HELD_OUT
    assert not {r.family for r in TRAIN} & HELD_OUT
    assert not {r.text for r in TRAIN} & {r.text for r in HELDOUT}


def test_every_row_has_all_labels_as_zero_or_one() -> None:
    for row in TRAIN + HELDOUT:
        assert list(row.labels) == list(LABELS)
        assert set(row.labels.values()) <= {0, 1}


def test_each_group_appears_with_clean_and_toxic_labels() -> None:
    seen = defaultdict(set)
    for row in TRAIN:
        if row.group:
            seen[row.lang, row.group].add(row.labels["toxicity"])
    assert seen and all(values == {0, 1} for values in seen.values())


def test_threats_are_toxic_and_untargeted_profanity_only_obscene() -> None:
    for row in TRAIN:
        if row.family.startswith(("threat", "call_violence")):
            assert row.labels["threat"] == row.labels["toxicity"] == 1
        if row.family.startswith("profanity_untargeted"):
            assert row.labels == labels_from("o")


def test_unknown_label_initial_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown label initials"):
        labels_from("tx")
