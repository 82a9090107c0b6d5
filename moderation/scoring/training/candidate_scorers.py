"""The shipped default and a candidate, built as the service builds its scorers.

A candidate is another German model (a compact artifact, served as the shipped one is), another
threat guard in place of the default one or none, further guards beside it, the German model's
threat head, or a mix. The German model runs alone (``detoxify``) or as the cascade's
transformer (``cascade``), as the service runs them. Used by the candidate and suite reports, so
both judge the same thing.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from moderation.scoring.base import Scorer

SCORERS = ("detoxify", "cascade")


def options(
    name: str, precision: str, threads: int, artifact: Path | None, threat_head: bool = False
) -> dict[str, Any]:
    """Scorer options for ``name`` with the German model at ``precision`` from ``artifact``
    (the shipped one when None), with its threat head where asked."""
    german: dict[str, Any] = {"precision": precision, "threads": threads}
    if artifact is not None:
        german["artifact"] = str(artifact)
    if threat_head:
        german["threat_head"] = "on"
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
    threat_head: bool = False,
    without_guard: bool = False,
) -> dict[str, Scorer]:
    """{"base": ..., "candidate": ...}: the candidate with ``guard`` in place of the default
    guard where named (no guard with ``without_guard``), the German model's threat head where
    asked, and each extra guard raising its threat score where the guard is surer."""
    from moderation.scoring.registry import build_scorer
    from moderation.scoring.threat_guard import OFF, ThreatGuardedScorer, load

    candidate_options = options(name, precision, threads, candidate, threat_head)
    if guard is not None or without_guard:
        candidate_options["threat_guard"] = OFF
    pair = {
        "base": build_scorer(name, options(name, precision, threads, base)),
        "candidate": build_scorer(name, candidate_options),
    }
    for directory in ([guard] if guard is not None else []) + list(extra_guards):
        pair["candidate"] = ThreatGuardedScorer(pair["candidate"], load(directory), threads)
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
    parser.add_argument(
        "--without-guard", action="store_true", help="the candidate runs without a threat guard"
    )
    parser.add_argument(
        "--threat-head", action="store_true", help="the candidate runs the model's threat head"
    )
    parser.add_argument("--base", type=Path, help="compact artifact (default: the shipped one)")
    parser.add_argument("--precision", default="bf16", choices=("fp32", "bf16"))
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--out-json", type=Path)


def pair_from(parser: argparse.ArgumentParser, args: argparse.Namespace, name: str) -> dict:
    """``build_pair`` from parsed ``add_arguments`` options; a candidate must be named."""
    changes = (args.candidate, args.guard, args.extra_guard, args.threat_head, args.without_guard)
    if not any(changes):
        parser.error(
            "name a --candidate model, a --guard, an --extra-guard, --threat-head, "
            "--without-guard, or a mix"
        )
    if args.guard is not None and args.without_guard:
        parser.error("--guard and --without-guard exclude each other")
    return build_pair(
        name, args.precision, args.threads, args.base, args.candidate, args.extra_guard,
        args.guard, args.threat_head, args.without_guard,
    )  # fmt: skip


def emit(result: dict[str, Any], text: str, out_json: Path | None) -> None:
    """Print a report's text, and write its figures as JSON where asked."""
    print(text)
    if out_json:
        out_json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
