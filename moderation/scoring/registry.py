"""The scorers the service can run, built by name."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from moderation.scoring import cascade, detoxify_backend, embedded, threat_guard
from moderation.scoring.base import Scorer, ScorerConfigError

ScorerFactory = Callable[[Mapping[str, Any]], Scorer]

# Importing a backend costs little: each loads its model (and torch) only when built.
_FACTORIES: dict[str, ScorerFactory] = {
    "cascade": cascade.build_cascade,
    "detoxify": detoxify_backend.build,
    "embedded": embedded.build_embedded,
}

GUARDED_BY_DEFAULT = frozenset({"cascade", "detoxify"})


def available() -> list[str]:
    return sorted(_FACTORIES)


def build_scorer(name: str, options: Mapping[str, Any] | None = None) -> Scorer:
    """Build the scorer called ``name`` with backend-specific ``options``.

    One option belongs to every scorer: ``threat_guard`` ("on" or "off") wraps the scorer in
    the learned threat guard (threat_guard.py). It is on by default where it was measured to
    hold more threats without pushing any phenomenon of the functional suite under its floor
    (docs/scoring.md); the light scorer alone pays for it with untargeted profanity, so there
    it waits to be asked for.
    """
    try:
        factory = _FACTORIES[name]
    except KeyError:
        raise ScorerConfigError(
            f"unknown scorer {name!r}; choose one of {', '.join(available())}"
        ) from None
    options = dict(options or {})
    default = threat_guard.ON if name in GUARDED_BY_DEFAULT else threat_guard.OFF
    guarded = threat_guard.wanted(options.pop("threat_guard", default))
    guard = threat_guard.load() if guarded else None  # a bad artifact fails first
    scorer = factory(options)
    if guard is None:
        return scorer
    # Where the guard needs its own sentence encoder (beside the German model alone), it
    # uses as many threads as the scorer it sits beside.
    threads = options.get("threads")
    threads = int(threads) if str(threads).isdigit() and int(threads) > 0 else 1
    return threat_guard.ThreatGuardedScorer(scorer, guard, threads=threads)
