"""A site's moderation policy: turns label scores into publish, hold or reject, with reasons."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any

from .labels import LABELS, LabelScores

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

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any] | None) -> PolicySettings:
        """Build settings from a site's stored overrides; missing keys keep the defaults."""
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
        return cls(mode=mode, hold_thresholds=hold, reject_thresholds=reject)

    def to_mapping(self) -> dict[str, Any]:
        return {
            "mode": self.mode.value,
            "hold_thresholds": dict(self.hold_thresholds),
            "reject_thresholds": dict(self.reject_thresholds),
        }


@dataclass(frozen=True)
class Decision:
    action: Action
    reasons: tuple[str, ...] = ()


def decide(scores: LabelScores, settings: PolicySettings) -> Decision:
    """Apply ``settings`` to ``scores``. Reject beats hold beats publish."""
    rejecting = _crossed(scores, settings.reject_thresholds, Action.REJECT)
    if rejecting:
        return Decision(Action.REJECT, rejecting)
    holding = _crossed(scores, settings.hold_thresholds, Action.HOLD)
    if settings.mode is Mode.PRE_MODERATION:
        return Decision(Action.HOLD, ("pre-moderation: every comment is reviewed", *holding))
    if holding:
        return Decision(Action.HOLD, holding)
    return Decision(Action.PUBLISH)


def _crossed(
    scores: LabelScores, thresholds: Mapping[str, float], action: Action
) -> tuple[str, ...]:
    reasons = []
    for label in LABELS:
        threshold = thresholds.get(label)
        value = scores.get(label, 0.0)
        if threshold is not None and value >= threshold:
            reasons.append(f"{label} {value:.2f} >= {threshold:.2f} ({action.value})")
    return tuple(reasons)


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
