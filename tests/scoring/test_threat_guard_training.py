"""The guard's trainer: the logistic fit, and which template rows it learns from."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from moderation.scoring.training import templates_threat_de2, templates_threat_en
from moderation.scoring.training.threat_guard import (
    fit_logistic,
    template_rows,
    threshold_and_report,
)

TABLE = Path(__file__).with_name("threat_development_cases.py")


def test_the_fit_separates_two_clouds_and_weights_move_the_boundary() -> None:
    rng = np.random.default_rng(0)
    x = np.vstack([rng.normal(-1.0, 0.3, (200, 2)), rng.normal(1.0, 0.3, (200, 2))])
    y = np.repeat([0.0, 1.0], 200)
    w, b = fit_logistic(x, y, np.ones(400), l2=1.0)
    assert (((x @ w + b) > 0) == (y == 1)).mean() > 0.99
    # Positives weighted ten times: the boundary moves towards the negatives.
    w10, b10 = fit_logistic(x, y, np.where(y == 1, 10.0, 1.0), l2=1.0)
    assert b10 > b


def test_more_templates_add_their_training_families_and_keep_the_held_out_ones_apart() -> None:
    train, heldout = template_rows(TABLE)
    more_train, more_heldout = template_rows(TABLE, more=True)
    held_names = templates_threat_de2.HELD_OUT_DE2 | templates_threat_en.HELD_OUT_EN
    added = {r.family for r in more_train} - {r.family for r in train}
    assert added and not added & held_names
    assert held_names <= {r.family for r in more_heldout}
    assert not {r.text for r in more_train} & {r.text for r in more_heldout}
    assert all(r.labels["threat"] in (0, 1) for r in more_train)
    assert len(heldout) < len(more_heldout)


def test_all_families_trains_on_what_is_otherwise_held_out() -> None:
    train, heldout = template_rows(TABLE, more=True)
    every_train, every_heldout = template_rows(TABLE, more=True, everything=True)
    assert heldout and every_heldout == []
    assert {r.text for r in every_train} == {r.text for r in train + heldout}


def test_the_clean_quantile_sets_how_many_harmless_selection_rows_the_guard_flags() -> None:
    n = 1000
    logits = np.linspace(-5.0, 5.0, n)
    labels = np.zeros(n, dtype=np.int8)
    split = np.array(["selection"] * n)
    langs = np.array(["de"] * n)
    real = (labels, split, langs, ["germeval2018"] * n)
    held = np.zeros(0)
    loose, _ = threshold_and_report(logits, held, real, [], quantile=0.99)
    strict, report = threshold_and_report(logits, held, real, [], quantile=0.995)
    assert strict > loose
    assert report["selection"]["clean_german_held"]["hit"] == 0.005
