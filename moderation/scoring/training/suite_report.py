"""A candidate on the functional suite beside the shipped default: the one run its rule allows.

The suite is the test every shipped model is held to, so a candidate gets it once, after the
held-out evidence (``candidate_report``), per scorer it would change (the German model alone
and the cascade). This prints, default against candidate: each phenomenon's rate and its floor,
the threats and calls for violence published, and which of them only the candidate publishes
(or only the default). The floors are read from their file, as the reports read the tables.

    python -m moderation.scoring.training.suite_report --scorer detoxify \\
        --candidate runs/next/artifacts/detoxify-de \\
        --floors tests/scoring/functional_floors.py [--extra-guard path/to/guard]
"""

from __future__ import annotations

import argparse
import runpy
import sys
from pathlib import Path
from typing import Any

from moderation.scoring.functional import suite
from moderation.scoring.training.candidate_scorers import SCORERS, add_arguments, emit, pair_from

FLOOR_KEYS = {"detoxify": "german", "cascade": "cascade"}  # the floors file's names


def compare(
    base: suite.SuiteResult, candidate: suite.SuiteResult, floors: dict[tuple[str, str], float]
) -> dict[str, Any]:
    """Per phenomenon both rates and the floor; the threats each publishes and the other holds."""
    rows = []
    for before, after in zip(base.rates, candidate.rates, strict=True):
        floor = floors.get((after.lang, after.phenomenon))
        rows.append({
            "lang": after.lang, "phenomenon": after.phenomenon, "cases": after.cases,
            "base": before.passed, "candidate": after.passed, "floor": floor,
            "under_floor": floor is not None and after.rate < floor,
        })  # fmt: skip
    published = {"base": base.critical_ids(), "candidate": candidate.critical_ids()}
    return {
        "rates": rows,
        "threats_published": {model: len(ids) for model, ids in published.items()},
        "published_only_by_candidate": sorted(published["candidate"] - published["base"]),
        "published_only_by_base": sorted(published["base"] - published["candidate"]),
    }


def markdown(result: dict[str, Any]) -> str:
    lines = [f"base: {result['versions']['base']}", f"candidate: {result['versions']['candidate']}"]
    lines += ["", "| phenomenon | base | candidate | floor |", "|---|---:|---:|---:|"]
    for row in result["rates"]:
        n = row["cases"]
        floor = "" if row["floor"] is None else f"{row['floor']:.2f}"
        mark = " **under**" if row["under_floor"] else ""
        lines.append(
            f"| {row['lang']} {row['phenomenon']} | {row['base']}/{n} | {row['candidate']}/{n}"
            f"{mark} | {floor} |"
        )
    published = result["threats_published"]
    lines.append(
        f"\nthreats published: base {published['base']}, candidate {published['candidate']}"
    )
    for side in ("candidate", "base"):
        ids = result[f"published_only_by_{side}"]
        lines.append(f"published only by the {side}: {', '.join(ids) or 'none'}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m moderation.scoring.training.suite_report")
    parser.add_argument("--scorer", choices=SCORERS, required=True)
    add_arguments(parser)
    parser.add_argument("--floors", type=Path, help="functional_floors.py (its FLOORS)")
    args = parser.parse_args(argv)
    scorers = pair_from(parser, args, args.scorer)
    floors = (
        runpy.run_path(str(args.floors))["FLOORS"][FLOOR_KEYS[args.scorer]] if args.floors else {}
    )
    decide = suite.policy_decider()
    results = {model: suite.run(scorer.score, decide) for model, scorer in scorers.items()}
    result = {"versions": {model: scorer.version for model, scorer in scorers.items()}}
    result |= compare(results["base"], results["candidate"], floors)
    emit(result, markdown(result), args.out_json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
