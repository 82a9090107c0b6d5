"""Comment POSTs side by side: two (or more) source trees, one gunicorn each, in one run.

This machine's speed drifts a lot within an hour (the healthz baseline of the ingest
benchmark moves with it), so two ingest runs minutes apart cannot tell a small change from
the drift. Here every tree gets its own gunicorn (2 sync workers) against the
same PostgreSQL and Redis, and wrk alternates between them in short rounds (ABBA order), so
each tree sees the same machine. Reported per tree: the median POST rate, and the median CPU
time its gunicorn processes spent per POST (read from /proc; less sensitive to the load
generator than the rate).

Usage, e.g. against the commit before a change:
    git worktree add /tmp/before HEAD~1
    python -m bench.ab_trees before=/tmp/before after=. [--rounds 8] [--seconds 5]
A tree may name its gunicorn worker count (default 2), to compare settings of one tree:
    python -m bench.ab_trees two=.@2 three=.@3
(writes bench/results/ab_trees.json, or --out). The first tree is the baseline of the ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from bench import loadgen
from bench.stack import seed, servers
from tests.support import processes
from tests.support.servers import free_port

RESULTS = Path(__file__).parent / "results" / "ab_trees.json"
_TICKS = os.sysconf("SC_CLK_TCK")


def group_cpu_seconds(process_group: int) -> float:
    """User + system CPU of every live process in a process group (gunicorn and its workers)."""
    return _cpu_seconds(lambda _name, fields: int(fields[2]) == process_group)


def named_cpu_seconds(names: tuple[str, ...]) -> float:
    """User + system CPU of every live process with one of these names (e.g. ``postgres``)."""
    return _cpu_seconds(lambda name, _fields: name in names)


def _cpu_seconds(counts: Callable[[str, list[str]], bool]) -> float:
    total = 0.0
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            head, tail = Path(entry.path, "stat").read_text().rsplit(")", 1)
        except OSError:  # the process ended meanwhile
            continue
        fields = tail.split()
        if counts(head.split("(", 1)[1], fields):
            total += (int(fields[11]) + int(fields[12])) / _TICKS
    return total


def main() -> None:
    loadgen.require_wrk()
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("trees", nargs="+", help="name=path of a source tree; 2 or more")
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    trees: dict[str, str] = {}
    worker_counts: dict[str, int] = {}
    for spec in args.trees:
        name, tree = spec.split("=", 1)
        tree, _, workers = tree.partition("@")
        trees[name], worker_counts[name] = tree, int(workers or 2)
    names = list(trees)
    rates: dict[str, list[float]] = {name: [] for name in names}
    cpu_ms: dict[str, list[float]] = {name: [] for name in names}
    errors = dict.fromkeys(names, 0)  # non-2xx answers and socket errors: a failing tree is fast

    with tempfile.TemporaryDirectory() as tmp, servers(Path(tmp)) as stack:
        tokens = seed(stack, readers=200, thread_comments=0)["tokens"]
        script = loadgen.post_script(Path(tmp) / "post.lua", tokens)
        running: dict[str, processes.GunicornProcess] = {}
        try:
            for name, tree in trees.items():
                log = Path(tmp) / f"{name}.log"
                server = processes.GunicornProcess(
                    stack.env,
                    log,
                    free_port(),
                    workers=worker_counts[name],
                    root=Path(tree).resolve(),
                )
                running[name] = server.start()
                loadgen.wrk(f"{server.url}/", script=script, seconds=2, connections=8)  # warm
            for round_ in range(args.rounds):
                for name in names if round_ % 2 == 0 else names[::-1]:
                    server = running[name]
                    assert server.process is not None
                    before = group_cpu_seconds(server.process.pid)
                    result = loadgen.wrk(
                        f"{server.url}/", script=script, seconds=args.seconds,
                        connections=args.connections,
                    )  # fmt: skip
                    spent = group_cpu_seconds(server.process.pid) - before
                    posts = result.requests_per_second * args.seconds
                    errors[name] += result.errors
                    rates[name].append(round(result.requests_per_second, 1))
                    cpu_ms[name].append(round(1000 * spent / posts, 3))
        finally:
            for server in running.values():
                server.stop()

    base_rate, base_cpu = statistics.median(rates[names[0]]), statistics.median(cpu_ms[names[0]])
    report = {
        "benchmark": "ab_trees",
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "setup": "gunicorn sync workers, shared PostgreSQL 15 and Redis, "
        f"wrk {args.connections} connections, {args.rounds} alternating rounds of {args.seconds} s",
        "trees": {
            name: {
                "path": str(trees[name]),
                "gunicorn_workers": worker_counts[name],
                "post_per_second_median": statistics.median(rates[name]),
                "gunicorn_cpu_ms_per_post_median": statistics.median(cpu_ms[name]),
                "rate_ratio": round(statistics.median(rates[name]) / base_rate, 3),
                "cpu_ratio": round(statistics.median(cpu_ms[name]) / base_cpu, 3),
                "rounds_post_per_second": rates[name],
                "rounds_cpu_ms_per_post": cpu_ms[name],
                "errors": errors[name],
            }
            for name in names
        },
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    print(report["setup"])
    for name, tree in report["trees"].items():
        print(
            f"{name:<12} POST {tree['post_per_second_median']:7.1f}/s (x{tree['rate_ratio']:.3f})"
            f"  gunicorn CPU {tree['gunicorn_cpu_ms_per_post_median']:.3f} ms/POST"
            f" (x{tree['cpu_ratio']:.3f})"
            + (f"  {tree['errors']} ERRORS: not comparable" if tree["errors"] else "")
        )
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()
