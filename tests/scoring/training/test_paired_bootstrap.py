import numpy as np

from moderation.scoring.training.evaluate import germeval_macro_f1
from moderation.scoring.training.paired_bootstrap import f1_change


def _labelled(n: int, positives: int) -> np.ndarray:
    y = np.zeros(n, dtype=bool)
    y[:positives] = True
    return y


def test_the_same_predictions_change_nothing_and_are_sure_of_it() -> None:
    y = _labelled(200, 50)
    probs = np.where(y, 0.9, 0.1)
    probs[::7] = 1.0 - probs[::7]  # some mistakes, the same for both
    got = f1_change(y, probs, probs, resamples=300)
    assert (got.change, got.low, got.high) == (0.0, 0.0, 0.0)
    assert not got.real_drop


def test_a_candidate_that_misses_many_positives_on_a_large_set_is_a_real_drop() -> None:
    y = _labelled(3000, 1000)
    base = np.where(y, 0.8, 0.2)
    candidate = base.copy()
    candidate[:300] = 0.3  # 300 of 1,000 positives now under the cut
    got = f1_change(y, base, candidate, resamples=300)
    expected = germeval_macro_f1(y, candidate >= 0.5) - germeval_macro_f1(y, base >= 0.5)
    assert got.change == expected < -0.05
    assert got.low <= got.change <= got.high < 0.0
    assert got.real_drop


def test_two_flipped_comments_among_five_positives_are_not_a_real_drop() -> None:
    y = _labelled(48, 5)
    base = np.where(y, 0.8, 0.2)
    candidate = base.copy()
    candidate[0] = 0.2  # one positive missed
    candidate[10] = 0.8  # one clean comment flagged
    got = f1_change(y, base, candidate, resamples=500)
    assert got.change < -0.02
    assert got.low < got.change < got.high
    assert got.high >= 0.0
    assert not got.real_drop


def test_the_interval_is_reproducible_for_a_seed() -> None:
    y = _labelled(100, 30)
    rng = np.random.default_rng(1)
    base, candidate = rng.random(100), rng.random(100)
    assert f1_change(y, base, candidate, resamples=200) == f1_change(
        y, base, candidate, resamples=200
    )
