"""The shipped default and a candidate, built as the service builds its scorers.

A candidate is another German model (a compact artifact, served as the shipped one is), another
threat guard in place of the default one, further guards beside it, or a mix. The German model
runs alone (``detoxify``) or as the cascade's transformer (``cascade``); either way with a
threat guard, as the service runs them. Used by the candidate and suite reports, so both judge
the same thing.
"""

from __future__ import annotations

import argparse
import json
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
    guard: Path | None = None,
) -> dict[str, Scorer]:
    """{"base": ..., "candidate": ...}: the candidate with ``guard`` in place of the default
    guard where named, and each extra guard raising its threat score where the guard is surer."""
    from moderation.scoring.registry import build_scorer
    from moderation.scoring.threat_guard import OFF, ThreatGuard, ThreatGuardedScorer

    candidate_options = options(name, precision, threads, candidate)
    if guard is not None:
        candidate_options["threat_guard"] = OFF
    pair = {
        "base": build_scorer(name, options(name, precision, threads, base)),
        "candidate": build_scorer(name, candidate_options),
    }
    for directory in ([guard] if guard is not None else []) + list(extra_guards):
        guard = ThreatGuard.load(directory)
        pair["candidate"] = ThreatGuardedScorer(pair["candidate"], guard, threads)
    return pair


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options both reports share: what the candidate is, how it runs, where to write."""
    parser.add_argument("--candidate", type=Path, help="its compact artifact (default: shipped)")
    parser.add_argument(
        "--extra-guard", type=Path, action="append", default=[],
        help="a threat guard the candidate runs beside the default one (repeatable)",
    )  # fmt: skip
    parser.add_argument(
        "--guard", type=Path, help="a threat guard the candidate runs instead of the default one"
    )
    parser.add_argument("--base", type=Path, help="compact artifact (default: the shipped one)")
    parser.add_argument("--precision", default="bf16", choices=("fp32", "bf16"))
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--out-json", type=Path)


def pair_from(parser: argparse.ArgumentParser, args: argparse.Namespace, name: str) -> dict:
    """``build_pair`` from parsed ``add_arguments`` options; a candidate must be named."""
    if args.candidate is None and args.guard is None and not args.extra_guard:
        parser.error("name a --candidate model, a --guard, an --extra-guard, or a mix")
    return build_pair(
        name, args.precision, args.threads, args.base, args.candidate, args.extra_guard,
        args.guard,
    )  # fmt: skip


def emit(result: dict[str, Any], text: str, out_json: Path | None) -> None:
    """Print a report's text, and write its figures as JSON where asked."""
    print(text)
    if out_json:
        out_json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
