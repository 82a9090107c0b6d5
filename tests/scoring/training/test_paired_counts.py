"""Paired counts: who alone publishes what, added up over tables, and the exact sign test."""

from math import isclose

from moderation.scoring.training import paired_counts

CASES = [
    ("a", "de", "criticism", "…"),
    ("b", "de", "criticism", "…"),
    ("c", "de", "threat", "…"),
    ("d", "de", "threats", "…"),
    ("e", "en", "lookalike", "…"),
]


def test_the_sign_test_is_the_binomial_tail_at_even_odds() -> None:
    assert paired_counts.at_least(0, 7) == 1.0
    assert paired_counts.at_least(0, 0) == 1.0
    assert isclose(paired_counts.at_least(5, 5), 1 / 32)
    assert isclose(paired_counts.at_least(3, 4), 5 / 16)  # 4 + 1 of 16 outcomes
    # the two directions of one split overlap only at the observed value
    for k in range(8):
        both = paired_counts.at_least(k, 7) + paired_counts.at_least(7 - k, 7)
        assert isclose(both, 1 + paired_counts.at_least(k, 7) - paired_counts.at_least(k + 1, 7))


def test_flips_name_the_cases_each_side_alone_publishes_under_one_kind_name() -> None:
    base = [True, False, True, False, True]
    candidate = [False, False, True, True, True]
    flips = paired_counts.flips(CASES, base, candidate)
    assert flips == {
        "de criticism": {"newly_held": ["a"], "newly_published": []},
        "de threats": {"newly_held": [], "newly_published": ["d"]},  # "threat" and "threats"
        "en lookalikes": {"newly_held": [], "newly_published": []},
    }


def test_pooling_adds_the_tables_and_tests_both_directions() -> None:
    one = {"de threats": {"newly_held": ["x", "y", "z"], "newly_published": []}}
    two = {
        "de threats": {"newly_held": ["v", "w"], "newly_published": ["u"]},
        "en criticism": {"newly_held": [], "newly_published": []},
    }
    pooled = paired_counts.pooled([one, two])
    assert pooled["de threats"]["newly_held"] == 5 and pooled["de threats"]["newly_published"] == 1
    assert isclose(pooled["de threats"]["p_holds_more"], 7 / 64)  # P(X >= 5), n = 6
    assert isclose(pooled["de threats"]["p_publishes_more"], 63 / 64)
    assert pooled["en criticism"]["p_holds_more"] == 1.0
