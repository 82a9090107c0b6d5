"""Choosing the cascade's bounds: the fewest deferred rows within the margin at every cut."""

from __future__ import annotations

import numpy as np

from moderation.scoring.labels import LABELS
from moderation.scoring.training import cascade_bounds

TOX = LABELS.index("toxicity")


def rows(n: int = 400) -> tuple[cascade_bounds.Judge, np.ndarray, np.ndarray, np.ndarray]:
    """Half the rows the fast scorer gets right and sure, half it gets wrong near 0.5; the
    slow scorer gets every row right."""
    rng = np.random.default_rng(7)
    y = rng.random(n) < 0.4
    targets = np.full((n, len(LABELS)), np.nan)
    targets[:, TOX] = y
    datasets = np.where(np.arange(n) % 2 == 0, "germeval2018", "olid")
    languages = np.where(datasets == "olid", "en", "de")
    unsure = np.arange(n) % 4 < 2
    fast = np.zeros((n, len(LABELS)))
    fast[:, TOX] = np.where(unsure, np.where(y, 0.45, 0.55), np.where(y, 0.98, 0.02))
    slow = np.zeros((n, len(LABELS)))
    slow[:, TOX] = np.where(y, 0.9, 0.1)
    return cascade_bounds.Judge(targets, datasets, languages), fast, slow, unsure


def test_the_chosen_bounds_defer_exactly_the_rows_the_fast_scorer_is_unsure_of() -> None:
    judge, fast, slow, unsure = rows()
    chosen = cascade_bounds.choose(judge, fast, slow, margin=0.005, cuts=(0.3, 0.5, 0.7))
    assert chosen["deferred"] == unsure.mean() == 0.5
    assert chosen["gap"] <= 0.0
    mask = cascade_bounds.deferred(fast, chosen["low"], chosen["high"])
    assert (mask == unsure).all()
    np.testing.assert_array_equal(
        cascade_bounds.cascade(fast, slow, chosen["low"], chosen["high"]),
        slow * unsure[:, None] + fast * ~unsure[:, None],
    )


def test_the_fast_scorer_alone_falls_short_and_a_wide_margin_defers_nothing() -> None:
    judge, fast, slow, _ = rows()
    assert judge.shortfall(fast, slow, (0.5,)) > 0.1
    chosen = cascade_bounds.choose(judge, fast, slow, margin=1.0, cuts=(0.5,))
    assert chosen["deferred"] == 0.0
