"""The German model's threat head: the threat guard's question asked of the model's own layer.

The threat guard (threat_guard.py) reads the light scorer's frozen sentence embeddings. This
head is the same kind of logistic head, trained on the same rows by the same rule
(``training/threat_head.py``), over what the fine-tuned German model itself computes: per token
window, the last layer's first-token state beside the mean of its token states. The model's
representation was trained to tell insults from criticism, so the head tells threats from
their look-alikes better than the guard does, and the two miss different threats.

``DetoxifyScorer`` applies it inside its forward pass (no second model, no second pass): each
window's threat probability is raised to the head's where the head's is higher, and the text
takes the highest over its windows, like every label. The head belongs to one German model
artifact; its manifest names that model's version, and it refuses any other.
"""

from __future__ import annotations

from pathlib import Path

from moderation.scoring import german_model
from moderation.scoring.base import ScorerConfigError
from moderation.scoring.threat_guard import OFF, ON, ThreatGuard

DEFAULT_DIR = Path(__file__).parent / "artifacts" / "threat-head-de"
# Whether the shipped German model runs with its head when no one says: decided by measurement
# (docs/scoring.md, "The German model's threat head").
ON_BY_DEFAULT = False


def load(directory: Path | str = DEFAULT_DIR, artifact: Path | None = None) -> ThreatGuard:
    """The head for the German model built from ``artifact`` (the shipped one if None)."""
    return ThreatGuard.load(directory, encoder=german_model.version_of(artifact))


def wanted(value: object, *, shipped_model: bool) -> bool:
    """The ``threat_head`` option ("on" or "off", or a bool; unset means the default), for a
    scorer that serves the shipped German model or not."""
    if value is None or value == "":
        return ON_BY_DEFAULT and shipped_model
    if isinstance(value, str) and value.strip().lower() in (ON, OFF):
        value = value.strip().lower() == ON
    if not isinstance(value, bool):
        raise ScorerConfigError(f'threat_head must be "on" or "off", not {value!r}')
    if value and not shipped_model:
        raise ScorerConfigError(
            "threat_head belongs to the shipped German model; it cannot be used with a named "
            "model, a checkpoint or another artifact"
        )
    return value
