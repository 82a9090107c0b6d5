"""Score the validation split with several scorers and print a side-by-side table.

Scorers:

* ``--detoxify NAME=CHECKPOINT,HF_CONFIG`` (repeatable): a detoxify checkpoint through the
  service's own ``DetoxifyScorer`` (token windows, max over windows), on ``clean_text``
  output, as training saw the texts;
* ``--compact NAME=ARTIFACT_DIR``: a compact artifact, built into a temporary detoxify
  checkpoint first (``compact.build``), then scored as above;
* ``--embedded``: the shipped embedded scorer (``embedded-default``), on the raw texts (it
  cleans them itself), exactly as ``python -m moderation.scoring.evaluate`` does.

Rows: the validation split (buckets 0-14) of every dataset in shared/data, each dataset on
its primary label, plus "all de"/"all en" on toxicity. Metrics (``evaluate.evaluate_rows``):
GermEval's macro-F1 (F1 of macro-averaged precision and recall) at 0.5, and ROC AUC.
``--templates-heldout`` adds per-family means for synthetic held-out template rows.
``--reference``/``--candidate`` name two scorers whose probabilities are compared
(max absolute difference per label, F1 difference per row).

    python -m moderation.scoring.training.evaluate_finetuned --data ../shared/data \
        --detoxify full=build/detoxify/e5-de.ckpt,build/detoxify/e5-de --embedded \
        --out-json validation.json
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from moderation.scoring.labels import LABELS
from moderation.scoring.training import datasets as ds
from moderation.scoring.training.corpus import load_datasets
from moderation.scoring.training.evaluate import evaluate_rows


def score_detoxify(
    checkpoint: str,
    hf_config: str,
    texts: list[str],
    precision: str,
    threads: int,
    batch_size: int = 64,
    max_tokens: int | None = None,
) -> np.ndarray:
    from moderation.scoring.detoxify_backend import DetoxifyScorer

    scorer = DetoxifyScorer(
        checkpoint=checkpoint,
        hf_config=hf_config,
        threads=threads,
        batch_size=batch_size,
        precision=precision,
        max_tokens=max_tokens,
    )
    scores = scorer.score(texts)
    return np.array([[s[label] for label in LABELS] for s in scores])


def score_embedded(raw_texts: list[str], threads: int) -> np.ndarray:
    from moderation.scoring.embedded import DEFAULT_HEAD, EmbeddedScorer

    scorer = EmbeddedScorer(DEFAULT_HEAD, batch_size=512, threads=threads)
    scores = scorer.score(raw_texts)
    return np.array([[s[label] for label in LABELS] for s in scores])


def side_by_side(tables: dict[str, list[dict]]) -> str:
    names = list(tables)
    head = (
        "| dataset | lang | label | n | pos | "
        + " | ".join([f"F1 {n}" for n in names] + [f"AUC {n}" for n in names])
        + " |"
    )
    lines = [head, "|" + "---|" * 5 + "---:|" * (2 * len(names))]
    first = tables[names[0]]
    for i, row in enumerate(first):
        cells = [
            row["dataset"],
            row["language"],
            row["label"],
            str(row["n"]),
            str(row["positives"]),
        ]
        cells += [f"{tables[n][i]['macro_f1']:.3f}" for n in names]
        cells += [f"{tables[n][i]['auc']:.3f}" for n in names]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def template_families(path: Path, probs: dict[str, np.ndarray], families: list[str]) -> list[dict]:
    """Per family and scorer: mean probability and share >= 0.5 of three labels."""
    out = []
    families_arr = np.array(families)
    for family in sorted(set(families)):
        mask = families_arr == family
        for name, p in probs.items():
            row = {"family": family, "scorer": name, "n": int(mask.sum())}
            for label in ("toxicity", "identity_attack", "threat"):
                j = LABELS.index(label)
                row[f"{label}_mean"] = float(p[mask, j].mean())
                row[f"{label}_flagged"] = float((p[mask, j] >= 0.5).mean())
            out.append(row)
    return out


def compare(
    reference: np.ndarray, candidate: np.ndarray, ref_rows: list[dict], cand_rows: list[dict]
) -> dict:
    """How far ``candidate``'s probabilities and F1 are from ``reference``'s."""
    diff = np.abs(reference - candidate)
    return {
        "max_abs_diff": {label: float(diff[:, j].max()) for j, label in enumerate(LABELS)},
        "mean_abs_diff": {label: float(diff[:, j].mean()) for j, label in enumerate(LABELS)},
        "decision_flips_at_0.5": {
            label: int(((reference[:, j] >= 0.5) != (candidate[:, j] >= 0.5)).sum())
            for j, label in enumerate(LABELS)
        },
        "max_abs_f1_diff": float(
            max(
                abs(a["macro_f1"] - b["macro_f1"]) for a, b in zip(ref_rows, cand_rows, strict=True)
            )
        ),
        "f1_diff": {
            a["dataset"]: round(b["macro_f1"] - a["macro_f1"], 4)
            for a, b in zip(ref_rows, cand_rows, strict=True)
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m moderation.scoring.training.evaluate_finetuned"
    )
    parser.add_argument("--data", type=Path, required=True, help="the shared/data folder")
    parser.add_argument("--detoxify", action="append", default=[], metavar="NAME=CKPT,HF_DIR")
    parser.add_argument("--compact", action="append", default=[], metavar="NAME=ARTIFACT")
    parser.add_argument("--embedded", action="store_true")
    parser.add_argument("--datasets", help="comma-separated dataset names (default: all)")
    parser.add_argument("--precision", default="fp32", choices=("fp32", "bf16", "int8"))
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--max-tokens", type=int, help="detoxify window (default: 512)")
    parser.add_argument("--templates-heldout", type=Path)
    parser.add_argument("--cache", type=Path, help="folder to keep/reuse probability arrays in")
    parser.add_argument("--reference")
    parser.add_argument("--candidate")
    parser.add_argument("--out-json", type=Path)
    parser.add_argument(
        "--annotate",
        type=Path,
        metavar="ARTIFACT",
        help="write the candidate's table (and the comparison) into this "
        "compact artifact's manifest.json",
    )
    args = parser.parse_args(argv)

    corpus = load_datasets(args.data, args.datasets.split(",") if args.datasets else None)
    val = corpus.subset(corpus.split == "validation")
    primary = {name: spec.primary for name, spec in ds.DATASETS.items()}
    templates, families = [], []
    if args.templates_heldout:
        from moderation.scoring.features import clean_text

        with args.templates_heldout.open(encoding="utf-8") as f:
            rows = [json.loads(line) for line in f if line.strip()]
        templates = [clean_text(r["text"]) for r in rows]
        families = [r["family"] for r in rows]

    jobs = []
    for spec in args.detoxify:
        name, paths = spec.split("=", 1)
        ckpt, hf_dir = paths.split(",", 1)
        jobs.append((name, "detoxify", (ckpt, hf_dir)))
    for spec in args.compact:
        name, artifact = spec.split("=", 1)
        jobs.append((name, "compact", (artifact,)))
    if args.embedded:
        jobs.append(("embedded", "embedded", ()))

    probs, template_probs, tables, timing = {}, {}, {}, {}
    tmp = tempfile.TemporaryDirectory()
    for name, kind, params in jobs:
        cache = args.cache / f"{name}-{args.precision}-{len(val)}.npz" if args.cache else None
        if cache and cache.is_file():
            with np.load(cache) as saved:
                probs[name], template_probs[name] = saved["val"], saved["templates"]
        else:
            t0 = time.monotonic()
            if kind == "embedded":
                p = score_embedded(val.raw + [r for r in templates], args.threads)
            else:
                if kind == "compact":
                    from moderation.scoring.training.compact import build

                    ckpt, hf_dir = build(Path(params[0]), Path(tmp.name) / name)
                    params = (str(ckpt), str(hf_dir))
                p = score_detoxify(
                    *params,
                    val.texts + templates,
                    args.precision,
                    args.threads,
                    max_tokens=args.max_tokens,
                )
            timing[name] = time.monotonic() - t0
            probs[name], template_probs[name] = p[: len(val)], p[len(val) :]
            if cache:
                cache.parent.mkdir(parents=True, exist_ok=True)
                np.savez(cache, val=probs[name], templates=template_probs[name])
        tables[name] = evaluate_rows(probs[name], val.targets, val.datasets, val.languages, primary)
        print(f"{name}: scored {len(val)} validation rows", flush=True)

    report = {
        "validation_rows": len(val),
        "precision": args.precision,
        "tables": tables,
        "seconds": timing,
    }
    print(side_by_side(tables))
    if templates:
        report["templates_heldout"] = template_families(
            args.templates_heldout, template_probs, families
        )
        print("\n| family | scorer | n | tox mean | tox >=0.5 | ida >=0.5 | threat >=0.5 |")
        print("|---|---|---:|---:|---:|---:|---:|")
        for r in report["templates_heldout"]:
            print(
                f"| {r['family']} | {r['scorer']} | {r['n']} | {r['toxicity_mean']:.3f} | "
                f"{r['toxicity_flagged']:.2f} | {r['identity_attack_flagged']:.2f} | "
                f"{r['threat_flagged']:.2f} |"
            )
    if args.reference and args.candidate:
        report["comparison"] = compare(
            probs[args.reference],
            probs[args.candidate],
            tables[args.reference],
            tables[args.candidate],
        )
        print(json.dumps(report["comparison"], indent=2))
    if args.annotate:
        from moderation.scoring.training.compact import annotate

        name = args.candidate or next(iter(tables))
        annotate(
            args.annotate,
            validation={
                "rows": len(val),
                "split": "buckets 0-14 of the project's split rule, every dataset",
                "scorer": f"{name} via moderation.scoring.detoxify_backend.DetoxifyScorer "
                f"({args.precision}) on clean_text output",
                "threshold": 0.5,
                "metrics": "macro_f1 = GermEval F1 of macro-averaged precision and recall; "
                "auc = ROC AUC",
                "table": tables[name],
                "embedded_default_same_rows": tables.get("embedded"),
            },
            tolerance=report.get("comparison"),
        )
    if args.out_json:
        args.out_json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
