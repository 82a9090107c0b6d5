"""The per-site policy as a table of cases: scores and settings in, action and reasons out."""

from __future__ import annotations

import pytest

from moderation.scoring.labels import LABELS
from moderation.scoring.policy import Action, PolicyError, PolicySettings, decide


def scores(**overrides: float) -> dict[str, float]:
    out = dict.fromkeys(LABELS, 0.01)
    out.update(overrides)
    return out


DEFAULT = PolicySettings()
STRICT = PolicySettings.from_mapping({"hold_thresholds": {"insult": 0.3}})
PRE = PolicySettings.from_mapping({"mode": "pre"})
NO_REJECT = PolicySettings.from_mapping({"reject_thresholds": {"toxicity": 1.0}})


@pytest.mark.parametrize(
    ("case", "label_scores", "settings", "action", "reasons"),
    [
        ("clean comment is published", scores(), DEFAULT, Action.PUBLISH, ()),
        ("just below hold", scores(toxicity=0.49), DEFAULT, Action.PUBLISH, ()),
        (
            "at hold threshold holds",
            scores(toxicity=0.5),
            DEFAULT,
            Action.HOLD,
            ("toxicity 0.50 >= 0.50 (hold)",),
        ),
        (
            "any label can hold",
            scores(threat=0.7),
            DEFAULT,
            Action.HOLD,
            ("threat 0.70 >= 0.50 (hold)",),
        ),
        (
            "several labels give several reasons",
            scores(insult=0.8, obscene=0.6),
            DEFAULT,
            Action.HOLD,
            ("obscene 0.60 >= 0.50 (hold)", "insult 0.80 >= 0.50 (hold)"),
        ),
        (
            "very toxic is rejected",
            scores(toxicity=0.97, insult=0.9),
            DEFAULT,
            Action.REJECT,
            ("toxicity 0.97 >= 0.95 (reject)",),
        ),
        (
            "other labels never reject by default",
            scores(threat=0.99),
            DEFAULT,
            Action.HOLD,
            ("threat 0.99 >= 0.50 (hold)",),
        ),
        (
            "site threshold override holds earlier",
            scores(insult=0.35),
            STRICT,
            Action.HOLD,
            ("insult 0.35 >= 0.30 (hold)",),
        ),
        (
            "pre-moderation holds clean comments",
            scores(),
            PRE,
            Action.HOLD,
            ("pre-moderation: every comment is reviewed",),
        ),
        (
            "pre-moderation still rejects",
            scores(toxicity=0.99),
            PRE,
            Action.REJECT,
            ("toxicity 0.99 >= 0.95 (reject)",),
        ),
        (
            "reject threshold at 1.0 holds instead",
            scores(toxicity=0.99),
            NO_REJECT,
            Action.HOLD,
            ("toxicity 0.99 >= 0.50 (hold)",),
        ),
    ],
)
def test_policy_decides(
    case: str,
    label_scores: dict[str, float],
    settings: PolicySettings,
    action: Action,
    reasons: tuple[str, ...],
) -> None:
    decision = decide(label_scores, settings)
    assert (decision.action, decision.reasons) == (action, reasons), case


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        ({"mode": "sometimes"}, "mode"),
        ({"hold_thresholds": {"rudeness": 0.5}}, "hold_thresholds.rudeness"),
        ({"hold_thresholds": {"insult": 0}}, "hold_thresholds.insult"),
        ({"hold_thresholds": {"insult": 1.5}}, "hold_thresholds.insult"),
        ({"hold_thresholds": {"insult": True}}, "hold_thresholds.insult"),
        ({"reject_thresholds": ["toxicity"]}, "reject_thresholds"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_invalid_settings_name_the_field(raw: dict[str, object], field: str) -> None:
    with pytest.raises(PolicyError) as caught:
        PolicySettings.from_mapping(raw)
    assert caught.value.field == field


def test_settings_round_trip() -> None:
    settings = PolicySettings.from_mapping({"mode": "pre", "hold_thresholds": {"threat": 0.2}})
    assert PolicySettings.from_mapping(settings.to_mapping()) == settings
    assert settings.hold_thresholds["threat"] == 0.2
    assert settings.hold_thresholds["toxicity"] == 0.5
