"""The scorers the service can run, built by name."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from moderation.scoring import cascade, detoxify_backend, embedded
from moderation.scoring.base import Scorer, ScorerConfigError

ScorerFactory = Callable[[Mapping[str, Any]], Scorer]

# Importing a backend costs little: each loads its model (and torch) only when built.
_FACTORIES: dict[str, ScorerFactory] = {
    "cascade": cascade.build_cascade,
    "detoxify": detoxify_backend.build,
    "embedded": embedded.build_embedded,
}


def available() -> list[str]:
    return sorted(_FACTORIES)


def build_scorer(name: str, options: Mapping[str, Any] | None = None) -> Scorer:
    """Build the scorer called ``name`` with backend-specific ``options``."""
    try:
        factory = _FACTORIES[name]
    except KeyError:
        raise ScorerConfigError(
            f"unknown scorer {name!r}; choose one of {', '.join(available())}"
        ) from None
    return factory(dict(options or {}))
