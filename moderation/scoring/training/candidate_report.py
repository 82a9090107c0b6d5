"""A candidate German model beside the shipped one, on the held-out evidence its rule asks for
before the functional suite is looked at.

Both models run as the service runs the German model by default (the threat guard beside it,
the default policy with the threat detector), alone or, with ``--scorer cascade``, as the
cascade's transformer, on:

- judgement tables (``CASES``: ``(id, lang, kind, text)`` rows, ``SHOULD_PUBLISH``: kind ->
  whether the policy should publish it), each named by ``--judgement-table`` (repeatable) or
  ``--written-rows`` (the written threat rows, for a candidate not trained on them): per
  language and kind, how many each model gets right, and which cases that should be held the
  candidate publishes and the base holds; then, pooled over all of them, the cases each side
  alone publishes with their sign tests (``paired_counts``);
- a threat table (``THREATS`` and ``HARMLESS``: ``(family, text)`` rows): the share held;
- the clean German validation comments (buckets 0-14, toxicity 0): the share held.

A candidate may be a model (``--candidate``, a compact artifact), a further threat guard beside
the default one (``--extra-guard``, a guard's directory), or both. The tables are read from
their files, as the threat trainers read theirs: training code does not import the tests. The
validation change per data set, with its interval, is ``paired_bootstrap``'s job; the suite is
run once, after these.

    python -m moderation.scoring.training.candidate_report --data ../shared/data \\
        --candidate runs/next/artifacts/detoxify-de \\
        --judgement-table tests/scoring/judgement_heldout_cases.py \\
        --judgement-table tests/scoring/judgement_heldout2_cases.py [--written-rows] \\
        --threat-table tests/scoring/threat_heldout_cases.py [--extra-guard path/to/guard]
"""

from __future__ import annotations

import argparse
import runpy
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from moderation.scoring.base import Scorer
from moderation.scoring.functional.suite import policy_decider
from moderation.scoring.labels import LABELS
from moderation.scoring.policy import Action
from moderation.scoring.training import candidate_scorers, paired_counts, written_rows


def published(scorer: Scorer, texts: Sequence[str]) -> list[bool]:
    """Whether the default policy, threat detector included, publishes each text."""
    decide = policy_decider()
    scores = scorer.score(list(texts))
    return [
        decide(score, text) is Action.PUBLISH for score, text in zip(scores, texts, strict=True)
    ]


def judgement(table: dict[str, Any], outcomes: dict[str, list[bool]]) -> dict[str, Any]:
    """Right answers per "lang kind" for each model, and the hostile cases only the candidate
    publishes (and only the base publishes)."""
    should = table["SHOULD_PUBLISH"]
    right: dict[str, dict[str, list[int]]] = {model: defaultdict(list) for model in outcomes}
    for model, flags in outcomes.items():
        for (_, lang, kind, _), flag in zip(table["CASES"], flags, strict=True):
            right[model][f"{lang} {kind}"].append(int(flag == should[kind]))
    hostile = {
        model: {
            case[0]
            for case, flag in zip(table["CASES"], flags, strict=True)
            if flag and not should[case[2]]
        }
        for model, flags in outcomes.items()
    }
    return {
        "right": {m: {k: [sum(v), len(v)] for k, v in r.items()} for m, r in right.items()},
        "hostile_published_only_by_candidate": sorted(hostile["candidate"] - hostile["base"]),
        "hostile_published_only_by_base": sorted(hostile["base"] - hostile["candidate"]),
    }


def held_share(flags: list[bool]) -> float:
    return sum(not flag for flag in flags) / max(len(flags), 1)


def clean_german_validation(data: Path, names: list[str] | None = None) -> list[str]:
    from moderation.scoring.training.corpus import load_datasets

    corpus = load_datasets(data, names)
    clean = corpus.targets[:, LABELS.index("toxicity")] == 0
    keep = (corpus.split == "validation") & (corpus.languages == "de") & clean
    return list(corpus.subset(keep).raw or [])


def tables(args: argparse.Namespace) -> dict[str, dict[str, Any]]:
    """The judgement tables asked for, by name (a file's stem, or "written_rows")."""
    named = {path.stem: runpy.run_path(str(path)) for path in args.judgement_table}
    if args.written_rows:
        named["written_rows"] = written_rows.judgement_table()
    return named


def report(args: argparse.Namespace, scorers: dict[str, Scorer]) -> dict[str, Any]:
    result: dict[str, Any] = {"versions": {m: s.version for m, s in scorers.items()}}
    judged = {}
    for name, table in tables(args).items():
        texts = [case[3] for case in table["CASES"]]
        outcomes = {m: published(s, texts) for m, s in scorers.items()}
        judged[name] = judgement(table, outcomes)
        judged[name]["flips"] = paired_counts.flips(
            table["CASES"], outcomes["base"], outcomes["candidate"]
        )
    if judged:
        result["judgements"] = judged
        result["pooled"] = paired_counts.pooled(table["flips"] for table in judged.values())
    if args.threat_table:
        table = runpy.run_path(str(args.threat_table))
        result["threat_table_held"] = {
            part: {
                m: held_share(published(s, [t for _, t in table[part]])) for m, s in scorers.items()
            }
            for part in ("THREATS", "HARMLESS")
        }
    if args.data:
        names = args.datasets.split(",") if args.datasets else None
        texts = clean_german_validation(args.data, names)
        result["clean_german_validation_held"] = {
            m: held_share(published(s, texts)) for m, s in scorers.items()
        }
        result["clean_german_validation_rows"] = len(texts)
    return result


def markdown(result: dict[str, Any]) -> str:
    lines = [f"base: {result['versions']['base']}", f"candidate: {result['versions']['candidate']}"]
    for name, judged in result.get("judgements", {}).items():
        right = judged["right"]
        lines += ["", f"| {name} | base | candidate |", "|---|---:|---:|"]
        for key in right["base"]:
            (a, n), (b, _) = right["base"][key], right["candidate"][key]
            lines.append(f"| {key} | {a}/{n} | {b}/{n} |")
        for side in ("candidate", "base"):
            ids = judged[f"hostile_published_only_by_{side}"]
            lines.append(f"hostile cases published only by the {side}: {', '.join(ids) or 'none'}")
    if "pooled" in result:
        lines += [
            "",
            f"| pooled over {len(result['judgements'])} table(s) | newly held | newly published "
            "| p (holds more) | p (publishes more) |",
            "|---|---:|---:|---:|---:|",
        ]
        for group, cell in result["pooled"].items():
            lines.append(
                f"| {group} | {cell['newly_held']} | {cell['newly_published']} "
                f"| {cell['p_holds_more']:.3g} | {cell['p_publishes_more']:.3g} |"
            )
    if "threat_table_held" in result:
        lines += ["", "| threat table, held | base | candidate |", "|---|---:|---:|"]
        for part, shares in result["threat_table_held"].items():
            lines.append(f"| {part.lower()} | {shares['base']:.3f} | {shares['candidate']:.3f} |")
    if "clean_german_validation_held" in result:
        shares = result["clean_german_validation_held"]
        lines.append(
            f"\nclean German validation comments held ({result['clean_german_validation_rows']}): "
            f"base {shares['base']:.2%}, candidate {shares['candidate']:.2%}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m moderation.scoring.training.candidate_report")
    candidate_scorers.add_arguments(parser)
    parser.add_argument("--data", type=Path, help="shared/data, for the clean validation rows")
    parser.add_argument("--datasets", help="comma-separated dataset names (default: all)")
    parser.add_argument("--judgement-table", type=Path, action="append", default=[])
    parser.add_argument(
        "--written-rows", action="store_true",
        help="the written threat rows as one more table (only for a candidate not trained on them)",
    )  # fmt: skip
    parser.add_argument("--threat-table", type=Path)
    parser.add_argument(
        "--scorer", default="detoxify", choices=candidate_scorers.SCORERS,
        help="the German model alone (default) or as the cascade's transformer",
    )  # fmt: skip
    args = parser.parse_args(argv)
    result = report(args, candidate_scorers.pair_from(parser, args, args.scorer))
    candidate_scorers.emit(result, markdown(result), args.out_json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
