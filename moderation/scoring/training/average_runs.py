"""Average the weights of several runs of one recipe into one checkpoint (a uniform model soup).

Runs of the same recipe that differ only in their seed start from the same checkpoint and end a
little apart; which comments each holds near the cut is partly the draw of its batches.
Averaging their weights keeps what the runs agree on and evens out what each picked up by chance,
and it serves at the cost of one model. Only runs that share everything but the seed are
averaged: the architecture, the starting checkpoint, the rows, every setting, and the
calibration folded into the classifier (averaging folded classifiers is then the same as folding
the averaged one).

    python -m moderation.scoring.training.average_runs \\
        --run run-a/best.pt --run run-b/best.pt --run run-c/best.pt --out run-soup/best.pt

The result is a ``finetune`` checkpoint like the runs' own, so ``compact pack`` takes it; its run
record lists the averaged seeds where a single run's holds one.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

# Run settings that may differ between averaged runs: the seed, and where the run wrote to.
MAY_DIFFER = frozenset({"seed"})


class NotAveragable(ValueError):
    """The runs differ in more than their seed."""


def _settings(saved: dict[str, Any]) -> dict[str, Any]:
    run = saved.get("run") or {}
    config = {k: v for k, v in (run.get("config") or {}).items() if k not in MAY_DIFFER}
    return {
        "config": config,
        "init": run.get("init"),
        "templates": run.get("templates"),
        "train_rows": run.get("train_rows"),
        "split_rule": run.get("split_rule"),
        "calibration": saved.get("calibration"),
        "model_config": saved.get("config"),
        "step": saved.get("step"),
    }


def check_averagable(checkpoints: list[dict[str, Any]]) -> None:
    """Raise NotAveragable unless every checkpoint shares the first one's settings and tensors'
    names and shapes, and holds the same values in its integer tensors."""
    if len(checkpoints) < 2:
        raise NotAveragable("averaging needs at least two runs")
    first, first_state = _settings(checkpoints[0]), checkpoints[0]["state_dict"]
    for k, saved in enumerate(checkpoints[1:], start=2):
        settings = _settings(saved)
        differing = sorted(key for key in first if settings[key] != first[key])
        if differing:
            raise NotAveragable(f"run {k} differs from run 1 in {', '.join(differing)}")
        state = saved["state_dict"]
        if state.keys() != first_state.keys():
            raise NotAveragable(f"run {k} has other tensors than run 1")
        for name, tensor in state.items():
            other = first_state[name]
            if tensor.shape != other.shape or tensor.dtype != other.dtype:
                raise NotAveragable(f"run {k}: {name} has another shape or type than in run 1")
            if not tensor.is_floating_point() and not bool((tensor == other).all()):
                raise NotAveragable(f"run {k}: integer tensor {name} differs from run 1")


def average(checkpoints: list[dict[str, Any]]) -> dict[str, Any]:
    """One checkpoint whose floating-point tensors are the runs' mean (in float64, stored in
    their own type); everything else is the first run's, with the seeds listed."""
    check_averagable(checkpoints)
    import torch

    state = {}
    for name, tensor in checkpoints[0]["state_dict"].items():
        if tensor.is_floating_point():
            total = torch.zeros(tensor.shape, dtype=torch.float64)
            for saved in checkpoints:
                total += saved["state_dict"][name].to(torch.float64)
            state[name] = (total / len(checkpoints)).to(tensor.dtype)
        else:
            state[name] = tensor.clone()
    first = checkpoints[0]
    run = dict(first.get("run") or {})
    seeds = [((saved.get("run") or {}).get("config") or {}).get("seed") for saved in checkpoints]
    run["config"] = dict(run.get("config") or {}, seed=seeds)
    run["averaged_runs"] = len(checkpoints)
    return {
        "state_dict": state,
        "config": first["config"],
        "calibration": first.get("calibration"),
        "step": first.get("step"),
        # each run's selection figure was measured on that run; the average has none of its own
        "selection_f1": None,
        "selection_rows": None,
        "run": run,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--run", type=Path, action="append", required=True, help="a best.pt")
    parser.add_argument("--out", type=Path, required=True, help="where the averaged best.pt goes")
    args = parser.parse_args(argv)
    import torch

    checkpoints = [torch.load(p, map_location="cpu", weights_only=False) for p in args.run]
    try:
        soup = average(checkpoints)
    except NotAveragable as error:
        print(f"average_runs: {error}", file=sys.stderr)
        return 2
    args.out.parent.mkdir(parents=True, exist_ok=True)
    torch.save(soup, args.out)
    seeds = soup["run"]["config"]["seed"]
    print(f"average_runs: {len(checkpoints)} runs (seeds {seeds}) -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
