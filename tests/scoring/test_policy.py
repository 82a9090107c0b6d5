"""The per-site policy as a table of cases: scores and settings in, action and reasons out."""

from __future__ import annotations

import pytest

from moderation.scoring.labels import LABELS
from moderation.scoring.policy import Action, PolicyError, PolicySettings, Submission, decide


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


WORDS = PolicySettings.from_mapping(
    {
        "terms": [
            {"term": "Idiot", "action": "hold"},
            {"term": "Arschloch", "action": "reject"},
            {"term": "Scheiße", "action": "hold"},
        ]
    }
)
PRE_NEW = PolicySettings.from_mapping({"mode": "pre-new", "new_account_limit": 3})
TRUSTING = PolicySettings.from_mapping(
    {"trusted_authors": [7], "terms": [{"term": "Idiot", "action": "hold"}]}
)


@pytest.mark.parametrize(
    ("case", "label_scores", "settings", "submission", "action", "reasons"),
    [
        (
            "watch word holds",
            scores(),
            WORDS,
            Submission("Du Idiot"),
            Action.HOLD,
            ('watch word "Idiot"',),
        ),
        (
            "in a compound",
            scores(),
            WORDS,
            Submission("So ein Vollidiot!"),
            Action.HOLD,
            ('watch word "Idiot"',),
        ),
        (
            "leetspeak and stretching",
            scores(),
            WORDS,
            Submission("1d10000t"),
            Action.HOLD,
            ('watch word "Idiot"',),
        ),
        (
            "spelled out",
            scores(),
            WORDS,
            Submission("I.d.i.o.t"),
            Action.HOLD,
            ('watch word "Idiot"',),
        ),
        (
            "zero-width inside",
            scores(),
            WORDS,
            Submission("Id\u200biot"),
            Action.HOLD,
            ('watch word "Idiot"',),
        ),
        (
            "ss for sharp s",
            scores(),
            WORDS,
            Submission("so eine Scheisse"),
            Action.HOLD,
            ('watch word "Scheiße"',),
        ),
        (
            "block word rejects",
            scores(),
            WORDS,
            Submission("Du A r s c h l o c h"),
            Action.REJECT,
            ('block word "Arschloch"',),
        ),
        (
            "block beats watch",
            scores(),
            WORDS,
            Submission("Idiot und Arschloch"),
            Action.REJECT,
            ('block word "Arschloch"',),
        ),
        (
            "words and scores add up",
            scores(insult=0.8),
            WORDS,
            Submission("Idiot"),
            Action.HOLD,
            ('watch word "Idiot"', "insult 0.80 >= 0.50 (hold)"),
        ),
        ("harmless text", scores(), WORDS, Submission("Die Idee ist gut"), Action.PUBLISH, ()),
        (
            "new account is pre-moderated",
            scores(),
            PRE_NEW,
            Submission("Hallo", author_id=1, approved_comments=2),
            Action.HOLD,
            ("pre-moderation: new account (2 of 3 approved comments)",),
        ),
        (
            "established account is not",
            scores(),
            PRE_NEW,
            Submission("Hallo", author_id=1, approved_comments=3),
            Action.PUBLISH,
            (),
        ),
        (
            "trusted author skips score holds",
            scores(toxicity=0.8),
            TRUSTING,
            Submission("Hart formuliert", author_id=7),
            Action.PUBLISH,
            ("trusted author",),
        ),
        (
            "trusted author still meets the word list",
            scores(),
            TRUSTING,
            Submission("Idiot", author_id=7),
            Action.HOLD,
            ('watch word "Idiot"',),
        ),
        (
            "trusted author can still be rejected",
            scores(toxicity=0.99),
            TRUSTING,
            Submission("x", author_id=7),
            Action.REJECT,
            ("toxicity 0.99 >= 0.95 (reject)",),
        ),
        (
            "other authors are not trusted",
            scores(toxicity=0.8),
            TRUSTING,
            Submission("x", author_id=8),
            Action.HOLD,
            ("toxicity 0.80 >= 0.50 (hold)",),
        ),
    ],
)
def test_policy_with_words_accounts_and_trust(
    case: str,
    label_scores: dict[str, float],
    settings: PolicySettings,
    submission: Submission,
    action: Action,
    reasons: tuple[str, ...],
) -> None:
    decision = decide(label_scores, settings, submission)
    assert (decision.action, decision.reasons) == (action, reasons), case


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        ({"terms": "idiot"}, "terms"),
        ({"terms": [{"term": "idiot"}]}, "terms.0"),
        ({"terms": [{"term": "idiot", "action": "ban"}]}, "terms.0.action"),
        ({"terms": [{"term": "", "action": "hold"}]}, "terms.0.term"),
        ({"terms": [{"term": "!!!", "action": "hold"}]}, "terms.0.term"),
        ({"trusted_authors": ["7"]}, "trusted_authors"),
        ({"new_account_limit": -1}, "new_account_limit"),
    ],
)
def test_invalid_word_and_trust_settings_name_the_field(raw: dict[str, object], field: str) -> None:
    with pytest.raises(PolicyError) as caught:
        PolicySettings.from_mapping(raw)
    assert caught.value.field == field


def test_full_settings_round_trip() -> None:
    assert PolicySettings.from_mapping(WORDS.to_mapping()) == WORDS
    assert PolicySettings.from_mapping(TRUSTING.to_mapping()) == TRUSTING


# --- threats: never published without a human ------------------------------------------------

THREAT = "Ich weiß, wo du wohnst, und ich werde dich abstechen."
CALM = dict.fromkeys(LABELS, 0.02)


@pytest.mark.parametrize(
    ("raw", "submission", "scores", "action", "reason"),
    [
        # the detector holds a threat the model scored low
        ({}, Submission(text=THREAT), CALM, Action.HOLD, 'threat pattern "'),
        # a site may reject what it finds instead
        ({"threat_action": "reject"}, Submission(text=THREAT), CALM, Action.REJECT, "threat"),
        # trusted authors skip score holds, but not threats
        (
            {"trusted_authors": [7]},
            Submission(text=THREAT, author_id=7),
            CALM,
            Action.HOLD,
            'threat pattern "',
        ),
        (
            {"trusted_authors": [7]},
            Submission(text="Schöner Artikel.", author_id=7),
            {**CALM, "threat": 0.6},
            Action.HOLD,
            "threat 0.60 >= 0.50 (hold)",
        ),
        # sharp criticism is no threat
        (
            {},
            Submission(text="Der Bürgermeister sollte endlich zurücktreten, das war ein Desaster."),
            CALM,
            Action.PUBLISH,
            None,
        ),
    ],
)
def test_threats_are_held_or_rejected_never_published(
    raw: dict[str, object],
    submission: Submission,
    scores: dict[str, float],
    action: Action,
    reason: str | None,
) -> None:
    decision = decide(scores, PolicySettings.from_mapping(raw), submission)
    assert decision.action is action
    if reason is not None:
        assert any(r.startswith(reason) for r in decision.reasons), decision.reasons


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        ({"hold_thresholds": {"threat": 0.8}}, "hold_thresholds.threat"),
        ({"threat_action": "publish"}, "threat_action"),
    ],
)
def test_a_site_cannot_let_threats_through(raw: dict[str, object], field: str) -> None:
    with pytest.raises(PolicyError) as raised:
        PolicySettings.from_mapping(raw)
    assert raised.value.field == field


def test_a_threat_threshold_stored_before_the_cap_is_read_at_the_cap() -> None:
    settings = PolicySettings.from_stored({"hold_thresholds": {"threat": 0.9, "insult": 0.7}})
    assert settings.hold_thresholds["threat"] == 0.5
    assert settings.hold_thresholds["insult"] == 0.7


def test_a_threat_found_by_the_caller_is_used_without_running_the_detector_again() -> None:
    from moderation.scoring.threats import find_threat

    text = "Ich bring dich um, du Sau."
    hit = find_threat(text)
    assert hit is not None
    low = dict.fromkeys(LABELS, 0.01)
    held = decide(low, PolicySettings(), Submission(text="", threat=hit))
    assert held.action is Action.HOLD and any("threat pattern" in r for r in held.reasons)
    assert decide(low, PolicySettings(), Submission(text="Schöner Tag.", threat=False)).action is (
        Action.PUBLISH
    )
