"""Operating points: the most automatic thresholds whose error bounds stay within tolerance."""

from __future__ import annotations

import numpy as np
import pytest

from moderation.scoring import operating_points as op


def test_wilson_upper_bound_is_wide_for_few_examples() -> None:
    assert op.wilson_upper(0, 0) == 1.0
    assert op.wilson_upper(0, 10) > 0.2
    assert op.wilson_upper(0, 1000) < 0.004
    assert op.wilson_upper(50, 1000) == pytest.approx(0.0653, abs=1e-3)


def test_derived_thresholds_keep_both_error_bounds_within_tolerance() -> None:
    rng = np.random.default_rng(1)
    rejected = rng.random(5000) < 0.3
    score = np.clip(np.where(rejected, 0.7, 0.2) + rng.normal(0, 0.15, 5000), 0, 1)
    point = op.derive(score, score, rejected, publish_tolerance=0.02, reject_tolerance=0.03)
    assert point.publish_error_upper <= 0.02 and point.reject_error_upper <= 0.03
    assert point.hold <= point.reject
    assert 0 < point.automation_rate < 1
    looser = op.derive(score, score, rejected, publish_tolerance=0.1, reject_tolerance=0.1)
    assert looser.automation_rate > point.automation_rate


def test_without_any_safe_point_nothing_is_decided_automatically() -> None:
    rejected = np.array([True, False] * 50)
    score = np.full(100, 0.5)  # the scores say nothing about the labels
    point = op.derive(score, score, rejected, publish_tolerance=0.02, reject_tolerance=0.03)
    assert point.automation_rate == 0.0
    assert point.hold is None and point.reject is None


def test_the_curve_shows_each_side_along_the_grid() -> None:
    score = np.linspace(0, 1, 200)
    rows = op.curve(score, score, score > 0.5)
    assert {r["side"] for r in rows} == {"publish", "reject"}
    publish = [r for r in rows if r["side"] == "publish"]
    assert [r["automation_rate"] for r in publish] == sorted(r["automation_rate"] for r in publish)
