"""Ingest benchmark: authenticated comment POSTs and public thread GETs under gunicorn.

PostgreSQL, Redis and gunicorn on 127.0.0.1 with production settings (PostgreSQL durable,
Redis with its append-only file), token auth and the Celery enqueue included, rate limits
lifted. Baseline in the same run: gunicorn serving
/healthz. Cases (wrk at saturation unless named "fixed_rate"):

- get_thread_20_uncached: a 20-comment page, a server started with PUBLIC_CACHE_ENTRIES=0,
  no If-None-Match: every request runs the version query, loads the page and encodes it.
- get_thread_20_revalidated: a server started with PUBLIC_FRESH_MS=0, no If-None-Match: the
  version query on every request, then the body from the process's cache.
- get_thread_20_cached: the default server (PUBLIC_FRESH_MS=1000), no If-None-Match: the body
  from the process's cache, the database asked once a second per process (what a browser's
  first visit of a hot thread costs).
- get_thread_20_304: the default server with If-None-Match of the current ETag: a 304, the
  database asked once a second per process.
- post_saturation, post_fixed_rate: comment POSTs with rotating reader tokens; the fixed rate
  is open loop (latency from each request's due time).

Usage: python -m bench.ingest [--seconds 10] [--rate 200] [--workers 2] [--threads 1]
(writes bench/results/ingest.json, or --out)
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import urllib.request
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

from bench import loadgen
from bench.stack import machine, seed, servers, web

RESULTS = Path(__file__).parent / "results" / "ingest.json"
THREAD = "/api/v1/sites/bench/articles/thread/comments?limit=20"


def main() -> None:
    loadgen.require_wrk()
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--rate", type=float, default=200.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=1, help="> 1: gthread, keep-alive")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    shape = {"workers": args.workers, "threads": args.threads}
    load = {"seconds": args.seconds, "connections": args.connections}
    load_before = os.getloadavg()

    with tempfile.TemporaryDirectory() as tmp, servers(Path(tmp)) as stack:
        tokens = seed(stack, readers=200, thread_comments=20)["tokens"]
        script = loadgen.post_script(Path(tmp) / "post.lua", tokens)
        with web(stack, **shape) as server:
            base = server.url
            with urllib.request.urlopen(base + THREAD) as response:  # noqa: S310
                etag = response.headers["ETag"]
            results = {
                "baseline_healthz": loadgen.wrk(f"{base}/healthz", **load),
                "get_thread_20_cached": loadgen.wrk(base + THREAD, **load),
                "get_thread_20_304": loadgen.wrk(
                    base + THREAD, headers={"If-None-Match": etag}, **load
                ),
                "post_saturation": loadgen.wrk(f"{base}/", script=script, **load),
            }

            results["post_fixed_rate"] = loadgen.fixed_rate(
                "127.0.0.1", server.port, loadgen.comment_post(tokens),
                rate=args.rate, seconds=args.seconds * 2,
            )  # fmt: skip
        with web(stack, **shape, env={"PUBLIC_FRESH_MS": "0"}) as server:
            results["get_thread_20_revalidated"] = loadgen.wrk(server.url + THREAD, **load)
        with web(stack, **shape, env={"PUBLIC_CACHE_ENTRIES": "0"}) as server:
            results["get_thread_20_uncached"] = loadgen.wrk(server.url + THREAD, **load)

    baseline = results["baseline_healthz"].requests_per_second
    report = {
        "benchmark": "ingest",
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(load_before),
        "setup": (
            f"gunicorn {args.workers} workers x {args.threads} threads "
            f"({'gthread' if args.threads > 1 else 'sync'}), PostgreSQL 15 (durable), "
            f"Redis (appendfsync everysec), "
            f"bearer tokens, enqueue included; wrk {args.connections} connections"
        ),
        "results": {name: asdict(result) for name, result in results.items()},
        "ratios_to_healthz": {
            name: round(r.requests_per_second / baseline, 3) for name, r in results.items()
        },
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    print(report["setup"], "| load average", report["machine"]["load_average_before"])
    print(f"{'case':<24} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'x healthz':>9}")
    for name, r in results.items():
        print(
            f"{name:<24} {r.requests_per_second:>9.1f} {r.p50_ms:>8.2f} {r.p99_ms:>8.2f} "
            f"{r.errors:>7} {report['ratios_to_healthz'][name]:>9.3f}"
        )
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()
