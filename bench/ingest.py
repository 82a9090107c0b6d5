"""Ingest benchmark: authenticated comment POSTs and public thread GETs under gunicorn.

PostgreSQL, Redis and gunicorn (2 sync workers) on 127.0.0.1, token auth and the Celery
enqueue included, rate limits lifted. Baseline in the same run: gunicorn serving /healthz.
Usage: python -m bench.ingest [--seconds 10]   (writes bench/results/ingest.json)
"""

from __future__ import annotations

import argparse
import json
import platform
import tempfile
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

from bench import loadgen
from bench.stack import seed, servers, web

RESULTS = Path(__file__).parent / "results" / "ingest.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--rate", type=float, default=200.0)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp, servers(Path(tmp)) as stack:
        tokens = seed(stack, readers=200, thread_comments=20)["tokens"]
        script = loadgen.post_script(Path(tmp) / "post.lua", tokens)
        with web(stack) as server:
            base = server.url
            thread = f"{base}/api/v1/sites/bench/articles/thread/comments?limit=20"
            results = {
                "baseline_healthz": loadgen.wrk(
                    f"{base}/healthz", seconds=args.seconds, connections=8
                ),
                "get_thread_20": loadgen.wrk(thread, seconds=args.seconds, connections=8),
                "post_saturation": loadgen.wrk(
                    f"{base}/", seconds=args.seconds, connections=8, script=script
                ),
            }

            def request(k: int) -> tuple[str, str, bytes, dict[str, str]]:
                body = json.dumps({"body": f"Kommentar {k} im festen Takt."}).encode()
                return (
                    "POST",
                    f"/api/v1/sites/bench/articles/r{k % 50}/comments",
                    body,
                    {
                        "Authorization": f"Bearer {tokens[k % len(tokens)]}",
                        "Content-Type": "application/json",
                    },
                )

            results["post_fixed_rate"] = loadgen.fixed_rate(
                "127.0.0.1", server.port, request, rate=args.rate, seconds=args.seconds * 2
            )

    baseline = results["baseline_healthz"].requests_per_second
    report = {
        "benchmark": "ingest",
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"cpus": __import__("os").cpu_count(), "python": platform.python_version()},
        "setup": "gunicorn 2 sync workers, PostgreSQL 15, Redis, bearer tokens, enqueue included",
        "results": {name: asdict(result) for name, result in results.items()},
        "ratios_to_healthz": {
            name: round(r.requests_per_second / baseline, 3) for name, r in results.items()
        },
    }
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2) + "\n")
    print(f"{'case':<20} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'x healthz':>9}")
    for name, r in results.items():
        print(
            f"{name:<20} {r.requests_per_second:>9.1f} {r.p50_ms:>8.2f} {r.p99_ms:>8.2f} "
            f"{r.errors:>7} {report['ratios_to_healthz'][name]:>9.3f}"
        )
    print(f"written to {RESULTS}")


if __name__ == "__main__":
    main()
