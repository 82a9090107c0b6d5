"""A site's moderation policy: turns label scores into publish, hold or reject, with reasons."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any, Literal

from moderation.scoring.labels import LABELS, LabelScores
from moderation.scoring.threats import ThreatHit, find_threat
from moderation.scoring.wordlists import Term, find_terms, has_letters

DEFAULT_HOLD_THRESHOLD = 0.5
# Rejecting without a human is reserved for the clearest cases.
DEFAULT_REJECT_THRESHOLD = 0.95


class Action(StrEnum):
    PUBLISH = "publish"
    HOLD = "hold"
    REJECT = "reject"


class Mode(StrEnum):
    POST_MODERATION = "post"  # publish unless flagged
    PRE_MODERATION = "pre"  # hold everything for a human
    PRE_MODERATION_NEW = "pre-new"  # hold everything from accounts with few approved comments


TERM_ACTIONS = {"hold": "watch", "reject": "block"}  # action -> the word used in reasons
# Threats and calls for violence are never published without a human: a site may lower the
# threat label's hold threshold, not raise it past this, and may reject what the threat
# detector finds instead of holding it, but not publish it.
MAX_THREAT_HOLD_THRESHOLD = DEFAULT_HOLD_THRESHOLD
THREAT_ACTIONS = ("hold", "reject")


class PolicyError(ValueError):
    """A policy setting is out of range or unknown; ``field`` names it."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(f"{field_name}: {message}")
        self.field = field_name


@dataclass(frozen=True)
class PolicySettings:
    mode: Mode = Mode.POST_MODERATION
    hold_thresholds: Mapping[str, float] = field(
        default_factory=lambda: dict.fromkeys(LABELS, DEFAULT_HOLD_THRESHOLD)
    )
    # Only labels listed here can reject on their own; the default is toxicity alone.
    reject_thresholds: Mapping[str, float] = field(
        default_factory=lambda: {"toxicity": DEFAULT_REJECT_THRESHOLD}
    )
    # In "pre-new" mode, authors with fewer approved comments than this are pre-moderated.
    new_account_limit: int = 3
    # Account ids whose comments skip pre-moderation and score holds (word lists still apply).
    trusted_authors: frozenset[int] = frozenset()
    terms: tuple[Term, ...] = ()
    # What a hit of the threat detector does: "hold" (the default) or "reject".
    threat_action: str = "hold"

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any] | None) -> PolicySettings:
        """Build settings from a site's overrides; missing keys keep the defaults.

        Refuses what no site may set, naming the field: the check for a settings change.
        """
        raw = dict(raw or {})
        unknown = set(raw) - {f.name for f in fields(cls)}
        if unknown:
            raise PolicyError(sorted(unknown)[0], "unknown policy setting")
        defaults = cls()
        try:
            mode = Mode(raw.get("mode", defaults.mode))
        except ValueError:
            raise PolicyError("mode", f"must be one of {[m.value for m in Mode]}") from None
        hold = dict(defaults.hold_thresholds)
        hold.update(_thresholds("hold_thresholds", raw.get("hold_thresholds", {})))
        reject = dict(defaults.reject_thresholds)
        reject.update(_thresholds("reject_thresholds", raw.get("reject_thresholds", {})))
        if hold["threat"] > MAX_THREAT_HOLD_THRESHOLD:
            raise PolicyError(
                "hold_thresholds.threat",
                f"must be at most {MAX_THREAT_HOLD_THRESHOLD}: threats are never published "
                "without a human",
            )
        threat_action = raw.get("threat_action", defaults.threat_action)
        if threat_action not in THREAT_ACTIONS:
            raise PolicyError("threat_action", 'must be "hold" or "reject"')
        limit = raw.get("new_account_limit", defaults.new_account_limit)
        if isinstance(limit, bool) or not isinstance(limit, int) or not 0 <= limit <= 1000:
            raise PolicyError("new_account_limit", "must be a whole number from 0 to 1000")
        return cls(
            mode=mode,
            hold_thresholds=hold,
            reject_thresholds=reject,
            new_account_limit=limit,
            trusted_authors=_account_ids(raw.get("trusted_authors", [])),
            terms=_terms(raw.get("terms", [])),
            threat_action=threat_action,
        )

    @classmethod
    def from_stored(cls, raw: Mapping[str, Any] | None) -> PolicySettings:
        """Settings as stored for a site, with a threat hold threshold stored before the cap
        existed brought down to it (the rest is checked as ``from_mapping`` checks it)."""
        raw = dict(raw or {})
        hold = raw.get("hold_thresholds")
        if isinstance(hold, Mapping) and isinstance(hold.get("threat"), int | float):
            capped = min(hold["threat"], MAX_THREAT_HOLD_THRESHOLD)
            raw["hold_thresholds"] = {**hold, "threat": capped}
        return cls.from_mapping(raw)

    def to_mapping(self) -> dict[str, Any]:
        return {
            "mode": self.mode.value,
            "hold_thresholds": dict(self.hold_thresholds),
            "reject_thresholds": dict(self.reject_thresholds),
            "new_account_limit": self.new_account_limit,
            "trusted_authors": sorted(self.trusted_authors),
            "terms": [{"term": t.term, "action": t.action} for t in self.terms],
            "threat_action": self.threat_action,
        }


@dataclass(frozen=True)
class Submission:
    """What the policy may know about a comment besides its scores."""

    text: str = ""
    author_id: int | None = None
    approved_comments: int = 0
    # The threat detector's answer on ``text`` when the caller already has it (a backtest
    # decides each text twice): a hit, or False for none. None: ``decide`` runs it.
    threat: ThreatHit | Literal[False] | None = None


@dataclass(frozen=True)
class Reason:
    """One reason for a decision, as data: ``kind`` is "score", "word", "threat",
    "premoderation" or "trusted"; the other fields are those that kind has.

    ``to_text()`` is the stable English form the API and CSV have always carried; the desk
    renders ``as_dict()`` in the moderator's language.
    """

    kind: str
    action: str | None = None
    label: str | None = None
    score: float | None = None
    threshold: float | None = None
    term: str | None = None
    rule: str | None = None
    approved: int | None = None  # premoderation of a new account: approved comments so far
    limit: int | None = None  # ... and how many it needs

    def to_text(self) -> str:
        if self.kind == "score":
            return f"{self.label} {self.score:.2f} >= {self.threshold:.2f} ({self.action})"
        if self.kind == "word":
            return f'{TERM_ACTIONS[str(self.action)]} word "{self.term}"'
        if self.kind == "threat":
            return f'threat pattern "{self.rule}" ({self.action})'
        if self.kind == "premoderation" and self.limit is not None:
            return (
                f"pre-moderation: new account ({self.approved} of {self.limit} approved comments)"
            )
        if self.kind == "premoderation":
            return "pre-moderation: every comment is reviewed"
        return "trusted author"

    def as_dict(self) -> dict[str, Any]:
        """The fields this kind has; scores and thresholds rounded as the text shows them."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is not None:
                out[f.name] = round(value, 4) if isinstance(value, float) else value
        return out


@dataclass(frozen=True)
class Decision:
    action: Action
    why: tuple[Reason, ...] = ()

    @property
    def reasons(self) -> tuple[str, ...]:
        return tuple(reason.to_text() for reason in self.why)


def decide(
    scores: LabelScores, settings: PolicySettings, submission: Submission | None = None
) -> Decision:
    """Apply ``settings`` to ``scores`` and the submission. Reject beats hold beats publish.

    A threat (the detector's hit or the threat label over its threshold) is held or rejected
    for every author, trusted ones included.
    """
    submission = submission or Submission()
    threat = submission.threat
    if threat is None:
        threat = find_threat(submission.text) if submission.text else None
    threat_found = (Reason("threat", settings.threat_action, rule=threat.rule),) if threat else ()
    matched = find_terms(submission.text, settings.terms) if settings.terms else []
    words = {
        action: tuple(Reason("word", action, term=m.term.term) for m in matched
                      if m.term.action == action)
        for action in TERM_ACTIONS
    }  # fmt: skip
    rejecting = words["reject"] + _crossed(scores, settings.reject_thresholds, Action.REJECT)
    if settings.threat_action == "reject":
        rejecting += threat_found
    if rejecting:
        return Decision(Action.REJECT, rejecting)
    trusted = submission.author_id in settings.trusted_authors
    holding = words["hold"]
    if settings.threat_action == "hold":
        holding += threat_found
    if not trusted:
        holding += _crossed(scores, settings.hold_thresholds, Action.HOLD)
        holding = _premoderation(settings, submission) + holding
    else:
        holding += _crossed(scores, {"threat": settings.hold_thresholds["threat"]}, Action.HOLD)
    if holding:
        return Decision(Action.HOLD, holding)
    return Decision(Action.PUBLISH, (Reason("trusted"),) if trusted else ())


def _premoderation(settings: PolicySettings, submission: Submission) -> tuple[Reason, ...]:
    if settings.mode is Mode.PRE_MODERATION:
        return (Reason("premoderation", "hold"),)
    if (
        settings.mode is Mode.PRE_MODERATION_NEW
        and submission.approved_comments < settings.new_account_limit
    ):
        return (
            Reason(
                "premoderation",
                "hold",
                approved=submission.approved_comments,
                limit=settings.new_account_limit,
            ),
        )
    return ()


def _crossed(
    scores: LabelScores, thresholds: Mapping[str, float], action: Action
) -> tuple[Reason, ...]:
    reasons = []
    for label in LABELS:
        threshold = thresholds.get(label)
        value = scores.get(label, 0.0)
        if threshold is not None and value >= threshold:
            reasons.append(Reason("score", action.value, label, float(value), threshold))
    return tuple(reasons)


def _account_ids(raw: Any) -> frozenset[int]:
    if not isinstance(raw, list | tuple | set | frozenset) or not all(
        isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in raw
    ):
        raise PolicyError("trusted_authors", "must be a list of account ids")
    return frozenset(raw)


def _terms(raw: Any) -> tuple[Term, ...]:
    if not isinstance(raw, list | tuple):
        raise PolicyError("terms", 'must be a list of {"term": ..., "action": "hold"|"reject"}')
    terms = []
    for i, entry in enumerate(raw):
        if isinstance(entry, Term):
            entry = {"term": entry.term, "action": entry.action}
        if not isinstance(entry, Mapping) or set(entry) != {"term", "action"}:
            raise PolicyError(f"terms.{i}", 'must be {"term": ..., "action": "hold"|"reject"}')
        term, action = entry["term"], entry["action"]
        if not isinstance(term, str) or not 1 <= len(term.strip()) <= 100:
            raise PolicyError(f"terms.{i}.term", "must be 1-100 characters")
        if action not in TERM_ACTIONS:
            raise PolicyError(f"terms.{i}.action", 'must be "hold" or "reject"')
        if not has_letters(term):
            raise PolicyError(f"terms.{i}.term", "has no letters left after normalisation")
        terms.append(Term(term.strip(), action))
    return tuple(terms)


def _thresholds(name: str, raw: Any) -> dict[str, float]:
    if not isinstance(raw, Mapping):
        raise PolicyError(name, "must be an object of label: threshold")
    out: dict[str, float] = {}
    for label, value in raw.items():
        if label not in LABELS:
            raise PolicyError(f"{name}.{label}", f"unknown label; use one of {list(LABELS)}")
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 1:
            raise PolicyError(f"{name}.{label}", "must be a number in (0, 1]")
        out[label] = float(value)
    return out
