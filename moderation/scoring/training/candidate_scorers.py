"""The shipped default and a candidate, built as the service builds its scorers.

A candidate is another German model (a compact artifact, served as the shipped one is), further
threat guards beside the default one, or both. The German model runs alone (``detoxify``) or as
the cascade's transformer (``cascade``); either way with the default threat guard, as the
service runs them. Used by the candidate and suite reports, so both judge the same thing.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from moderation.scoring.base import Scorer

SCORERS = ("detoxify", "cascade")


def options(name: str, precision: str, threads: int, artifact: Path | None) -> dict[str, Any]:
    """Scorer options for ``name`` with the German model at ``precision`` from ``artifact``
    (the shipped one when None)."""
    german: dict[str, Any] = {"precision": precision, "threads": threads}
    if artifact is not None:
        german["artifact"] = str(artifact)
    if name == "detoxify":
        return german
    if name == "cascade":
        return {"detoxify": german}
    raise ValueError(f"scorer must be one of {', '.join(SCORERS)}, not {name!r}")


def build_pair(
    name: str,
    precision: str = "bf16",
    threads: int = 2,
    base: Path | None = None,
    candidate: Path | None = None,
    extra_guards: Sequence[Path] = (),
) -> dict[str, Scorer]:
    """{"base": ..., "candidate": ...}: the candidate with each extra guard raising its threat
    score where the guard is surer."""
    from moderation.scoring.registry import build_scorer
    from moderation.scoring.threat_guard import ThreatGuard, ThreatGuardedScorer

    pair = {
        "base": build_scorer(name, options(name, precision, threads, base)),
        "candidate": build_scorer(name, options(name, precision, threads, candidate)),
    }
    for directory in extra_guards:
        guard = ThreatGuard.load(directory)
        pair["candidate"] = ThreatGuardedScorer(pair["candidate"], guard, threads)
    return pair
