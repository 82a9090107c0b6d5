"""This service and its peer Isso side by side, in one run on the same machine.

The ingest targets are set against Isso's rates on this kind of machine (comment POSTs at
saturation and at a fixed rate, a 20-comment thread read, cached and uncached); the figures
are in docs/performance.md. This machine's speed drifts within an hour by more than the
margins the targets leave, so here both run at once and wrk alternates between them in short
rounds (ABBA): the ratio ours / Isso holds whatever the machine does, and TARGET_RATIOS says
what each case's ratio must reach.

- This service: gunicorn 2 sync workers, PostgreSQL and Redis durable as in production,
  token auth, the Celery enqueue (bench.stack). Reads: the default server (its thread cache)
  and one started with PUBLIC_CACHE_ENTRIES=0.
- Isso: gunicorn 2 sync workers, its SQLite store, guard and moderation off (bench.isso).
Per case: the medians of the rounds, the CPU its gunicorn processes spent per request, and
what PostgreSQL and Redis spent meanwhile (this service's come on top; Isso's SQLite is
inside its processes). For POST also the median of the per-round ratios (each pair of rounds
ran back to back) and the CPU ratio with PostgreSQL and Redis counted.

Usage: python -m bench.peer [--rounds 8] [--seconds 5] [--rate 200]
(writes bench/results/peer.json, or --out; the first run builds .bench/isso-venv)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
from collections.abc import Callable
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench import isso, loadgen
from bench.ab_trees import group_cpu_seconds, named_cpu_seconds
from bench.stack import machine, seed, servers, web
from tests.support.servers import free_port

RESULTS = Path(__file__).parent / "results" / "peer.json"
THREAD = "/api/v1/sites/bench/articles/thread/comments?limit=20"
ISSO_THREAD = "/?uri=%2Fthread"
# What this service runs besides gunicorn, on the same cores; Isso's SQLite is in-process.
BACKING_SERVICES = ("postgres", "redis-server")
# The target rates over Isso's reference rates: what "beat the peer" asks of the ratio.
TARGET_RATIOS = {
    "post_saturation": 400 / 340,
    "post_saturation_paired_rounds": 400 / 340,
    "get_thread_20": 1000 / 70,
    "get_thread_20_uncached": 500 / 70,
}


class Rounds:
    """wrk at saturation on several servers in alternating rounds; rate, p99, CPU per request."""

    def __init__(self, seconds: int, connections: int) -> None:
        self.seconds = seconds
        self.connections = connections
        self.runs: dict[str, list[dict[str, float]]] = {}

    def run(self, name: str, url: str, pid: int, script: Path | None = None) -> None:
        before = group_cpu_seconds(pid), named_cpu_seconds(BACKING_SERVICES)
        result = loadgen.wrk(url, script=script, seconds=self.seconds, connections=self.connections)
        spent = group_cpu_seconds(pid) - before[0]
        backing = named_cpu_seconds(BACKING_SERVICES) - before[1]
        requests = max(result.total, 1)
        self.runs.setdefault(name, []).append({
            "per_second": round(result.requests_per_second, 1), "p99_ms": round(result.p99_ms, 2),
            "errors": result.errors, "cpu_ms_per_request": round(1000 * spent / requests, 3),
            # PostgreSQL and Redis (idle in Isso's rounds, where this is their background work)
            "backing_cpu_ms_per_request": round(1000 * backing / requests, 3),
        })  # fmt: skip

    def medians(self, name: str) -> dict[str, Any]:
        runs = self.runs[name]
        return {
            key: statistics.median(run[key] for run in runs)
            for key in ("per_second", "p99_ms", "cpu_ms_per_request", "backing_cpu_ms_per_request")
        } | {"errors": sum(run["errors"] for run in runs), "rounds": runs}

    def paired_ratio(self, name: str, peer: str) -> float:
        """The median of the rounds' rate ratios: each pair ran back to back (ABBA), so a
        stall of the machine that hits a few rounds moves this less than the medians."""
        pairs = zip(self.runs[name], self.runs[peer], strict=True)
        return statistics.median(
            ours["per_second"] / theirs["per_second"] for ours, theirs in pairs
        )


def alternate(rounds: int, cases: list[Callable[[], None]]) -> None:
    """Run every case once per round, reversing the order every other round (ABBA)."""
    for round_ in range(rounds):
        for case in cases if round_ % 2 == 0 else cases[::-1]:
            case()


def main() -> None:
    loadgen.require_wrk()
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--rate", type=float, default=200.0)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    isso_python = isso.ensure_venv()
    load_before = os.getloadavg()
    saturation = Rounds(args.seconds, args.connections)
    fixed: dict[str, list[loadgen.LoadResult]] = {"ours": [], "isso": []}

    with tempfile.TemporaryDirectory() as tmp, servers(Path(tmp)) as stack:
        tokens = seed(stack, readers=200, thread_comments=20)["tokens"]
        ours_script = loadgen.post_script(Path(tmp) / "post.lua", tokens)
        isso_script = isso.post_script(Path(tmp) / "isso-post.lua")
        (Path(tmp) / "isso").mkdir()
        with (
            web(stack) as ours,
            web(stack, env={"PUBLIC_CACHE_ENTRIES": "0"}) as uncached,
            isso.server(isso_python, Path(tmp) / "isso", free_port()) as peer,
        ):
            for i in range(20):
                isso.post(
                    peer.url, "%2Fthread", f"Kommentar {i}: Die Innenstadt braucht mehr Bäume."
                )
            assert ours.process and uncached.process and peer.process
            pids = {"ours": ours.process.pid, "uncached": uncached.process.pid,
                    "isso": peer.process.pid}  # fmt: skip
            for url, script in ((ours.url, ours_script), (peer.url, isso_script)):
                loadgen.wrk(f"{url}/", script=script, seconds=2, connections=args.connections)

            alternate(args.rounds, [
                lambda: saturation.run("post_ours", f"{ours.url}/", pids["ours"], ours_script),
                lambda: saturation.run("post_isso", f"{peer.url}/", pids["isso"], isso_script),
            ])  # fmt: skip
            alternate(max(args.rounds // 2, 1), [
                lambda: saturation.run("get_ours", ours.url + THREAD, pids["ours"]),
                lambda: saturation.run("get_ours_uncached", uncached.url + THREAD,
                                       pids["uncached"]),
                lambda: saturation.run("get_isso", peer.url + ISSO_THREAD, pids["isso"]),
            ])  # fmt: skip

            def isso_request(k: int) -> tuple[str, str, bytes, dict[str, str]]:
                body = json.dumps({"text": f"Kommentar {k} im festen Takt.", "title": "Artikel"})
                headers = {"Content-Type": "application/json"}
                return "POST", f"/new?uri=%2Fr{k % 50}", body.encode(), headers

            def fixed_rate(name: str, port: int, request: Callable[[int], Any]) -> None:
                fixed[name].append(loadgen.fixed_rate(
                    "127.0.0.1", port, request, rate=args.rate, seconds=args.seconds * 4
                ))  # fmt: skip

            alternate(2, [lambda: fixed_rate("ours", ours.port, loadgen.comment_post(tokens)),
                          lambda: fixed_rate("isso", peer.port, isso_request)])  # fmt: skip

    report = build_report(args, saturation, fixed, load_before)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    print_report(report)
    print(f"written to {args.out}")


def build_report(
    args: argparse.Namespace, saturation: Rounds, fixed: dict[str, list[loadgen.LoadResult]],
    load_before: tuple[float, float, float],
) -> dict[str, Any]:  # fmt: skip
    cases = {name: saturation.medians(name) for name in saturation.runs}
    isso_post, isso_get = cases["post_isso"]["per_second"], cases["get_isso"]["per_second"]
    ratios = {
        "post_saturation": cases["post_ours"]["per_second"] / isso_post,
        "get_thread_20": cases["get_ours"]["per_second"] / isso_get,
        "get_thread_20_uncached": cases["get_ours_uncached"]["per_second"] / isso_get,
        "post_saturation_paired_rounds": saturation.paired_ratio("post_ours", "post_isso"),
        # Everything this service spends on a POST (gunicorn, PostgreSQL, Redis) over Isso's.
        "post_cpu_with_backing_services": (
            cases["post_ours"]["cpu_ms_per_request"]
            + cases["post_ours"]["backing_cpu_ms_per_request"]
        )
        / cases["post_isso"]["cpu_ms_per_request"],
    }
    return {
        "benchmark": "peer",
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(load_before),
        "setup": (
            f"both under gunicorn 2 sync workers; ours: PostgreSQL 15 (durable) + Redis "
            f"(appendfsync everysec), bearer tokens, enqueue included; Isso {isso.REQUIREMENTS[0]} "
            f"on SQLite, guard and moderation off; wrk {args.connections} connections, "
            f"{args.rounds} alternating rounds of {args.seconds} s"
        ),
        "saturation": cases,
        "fixed_rate": {
            name: [asdict(result) for result in results] for name, results in fixed.items()
        },
        "ratios_ours_to_isso": {name: round(value, 3) for name, value in ratios.items()},
        "target_ratios": {name: round(value, 3) for name, value in TARGET_RATIOS.items()},
    }


def print_report(report: dict[str, Any]) -> None:
    print(report["setup"], "| load average", report["machine"]["load_average_before"])
    print(
        f"{'case':<20} {'req/s':>9} {'p99 ms':>8} {'CPU ms/req':>11} {'PG+Redis ms/req':>16} "
        f"{'errors':>7}"
    )
    for name, case in report["saturation"].items():
        print(
            f"{name:<20} {case['per_second']:>9.1f} {case['p99_ms']:>8.2f} "
            f"{case['cpu_ms_per_request']:>11.3f} {case['backing_cpu_ms_per_request']:>16.3f} "
            f"{case['errors']:>7}"
        )
    for name, runs in report["fixed_rate"].items():
        for run in runs:
            print(
                f"fixed {name:<14} {run['requests_per_second']:>9.1f} p50 {run['p50_ms']:.2f} "
                f"p99 {run['p99_ms']:.2f} ms, errors {run['errors']}"
            )
    for name, ratio in report["ratios_ours_to_isso"].items():
        target = report["target_ratios"].get(name)
        against = f"  (target {target:.3f})" if target else ""
        print(f"ours / Isso {name:<32} {ratio:6.3f}{against}")


if __name__ == "__main__":
    main()
