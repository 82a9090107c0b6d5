"""Dashboard and API reads at scale: the desk's pages against a million comments, under gunicorn.

Fills a throwaway PostgreSQL 15 with bench/generate.py (or uses ``--database-url``, a database
that bench.generate filled), starts Redis and gunicorn (2 sync workers, production settings,
rate limits lifted), signs in as the generated moderator (assigned to 4 of the 5 sites) and
requests each page in turn, one request at a time, ``--requests`` rounds: the cases are
interleaved so that a burst of load on the shared machine hits all of them alike. The
baseline is ``GET /healthz`` measured in the same rounds; ratios are p50 and p95 over its own.

The statistics page fills its rollups on the first request after a day closes (and on the
very first, for the whole period): that request is reported apart as ``cold_ms``.

Usage: python -m bench.dashboard [--comments 1000000] [--requests 50] [--database-url URL]
(writes bench/results/dashboard.json)
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import re
import statistics
import tempfile
import time
import urllib.parse
from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path

import psycopg

from bench.generate import MODERATOR_EMAIL, PASSWORD, PLACES, SECRET, generate, libpq_url
from bench.stack import durable_postgres, durable_redis
from tests.support.processes import GunicornProcess
from tests.support.servers import free_port

RESULTS = Path(__file__).parent / "results" / "dashboard.json"
TARGET_P95_MS = 150.0


class Client:
    """One keep-alive connection with a cookie jar of one session cookie."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        self.cookies: dict[str, str] = {}

    def request(
        self, method: str, path: str, body: bytes | None = None, headers: dict | None = None
    ) -> tuple[int, bytes, float]:
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        started = time.perf_counter()
        self.connection.request(method, path, body=body, headers=headers)
        response = self.connection.getresponse()
        data = response.read()
        elapsed = (time.perf_counter() - started) * 1000
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]
        return response.status, data, elapsed

    def log_in(self, email: str, password: str) -> None:
        status, page, _ = self.request("GET", "/auth/login")
        match = re.search(rb'name="csrf_token"[^>]*value="([^"]+)"', page)
        assert status == 200 and match, page[:500]
        form = urllib.parse.urlencode(
            {"csrf_token": match.group(1).decode(), "email": email, "password": password}
        ).encode()
        status, page, _ = self.request(
            "POST", "/auth/login", form, {"Content-Type": "application/x-www-form-urlencoded"}
        )
        assert status == 302, (status, page[:500])


def cases(database_url: str) -> dict[str, str]:
    """The pages to time, with ids picked from the generated data."""
    with psycopg.connect(libpq_url(database_url)) as conn:
        moderator = conn.execute(
            "SELECT id FROM accounts WHERE email = %s", [MODERATOR_EMAIL]
        ).fetchone()[0]
        sites = [
            row[0]
            for row in conn.execute(
                "SELECT site_id FROM site_assignments WHERE account_id = %s", [moderator]
            )
        ]
        # A deep keyset page: 90% of the way through the moderator's held comments.
        held = conn.execute(
            "SELECT count(*) FROM comments WHERE status = 'held' AND site_id = ANY(%s)", [sites]
        ).fetchone()[0]
        deep = conn.execute(
            "SELECT id FROM comments WHERE status = 'held' AND site_id = ANY(%s) "
            "ORDER BY id OFFSET %s LIMIT 1",
            [sites, int(held * 0.9)],
        ).fetchone()[0]
        author, _ = conn.execute(
            "SELECT author_id, count(*) FROM comments WHERE site_id = ANY(%s) "
            "GROUP BY author_id ORDER BY count(*) DESC LIMIT 1",
            [sites],
        ).fetchone()
        # The comment page shows its author's panel: a held comment by the most prolific author.
        comment = conn.execute(
            "SELECT id FROM comments WHERE author_id = %s AND site_id = ANY(%s) "
            "ORDER BY status = 'held' DESC, id DESC LIMIT 1",
            [author, sites],
        ).fetchone()[0]
        slug, article = conn.execute(
            "SELECT s.slug, a.external_id FROM articles a JOIN sites s ON s.id = a.site_id "
            "ORDER BY a.id LIMIT 1"
        ).fetchone()
    place = urllib.parse.quote(PLACES[0])
    return {
        "healthz (baseline)": "/healthz",
        "held queue, first page": "/dashboard/?tab=held",
        "held queue, deep keyset page": f"/dashboard/?tab=held&after={deep}",
        "search all tabs, rare word": f"/dashboard/?tab=all&q={place}",
        "search held, common word": "/dashboard/?tab=held&q=Stadtrat",
        "reported queue": "/dashboard/?tab=reported",
        "comment with author panel": f"/dashboard/comments/{comment}",
        "statistics, 30 days": "/dashboard/stats?days=30",
        "public API thread read": f"/api/v1/sites/{slug}/articles/{article}/comments?limit=50",
        "held queue by score": "/dashboard/?tab=held&sort=score",
    }


def measure(client: Client, paths: dict[str, str], rounds: int) -> dict[str, dict]:
    cold: dict[str, float] = {}
    for name, path in paths.items():
        status, body, elapsed = client.request("GET", path)
        assert status == 200, (name, status, body[:300])
        cold[name] = elapsed
    for _ in range(2):  # warm connections, caches and the rollups
        for path in paths.values():
            client.request("GET", path)
    times: dict[str, list[float]] = {name: [] for name in paths}
    for _ in range(rounds):
        for name, path in paths.items():
            status, _, elapsed = client.request("GET", path)
            assert status == 200, (name, status)
            times[name].append(elapsed)
    out = {}
    for name, values in times.items():
        values.sort()
        out[name] = {
            "p50_ms": round(statistics.median(values), 2),
            "p95_ms": round(values[max(0, round(0.95 * len(values)) - 1)], 2),
            "max_ms": round(values[-1], 2),
            "mean_ms": round(statistics.fmean(values), 2),
            "cold_ms": round(cold[name], 2),
            "requests": len(values),
            "path": paths[name],
        }
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--comments", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--database-url", help="a database already filled by bench.generate")
    args = parser.parse_args()
    load_start = os.getloadavg()
    with ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
        generated_seconds = None
        if args.database_url:
            database_url = args.database_url
        else:
            postgres = stack.enter_context(durable_postgres())
            database_url = postgres.create_database("bench_dashboard")
            generated_seconds = generate(database_url, comments=args.comments).seconds
        redis = stack.enter_context(durable_redis())
        env = {
            "MODERATION_ENV": "production", "SECRET_KEY": SECRET, "DATABASE_URL": database_url,
            "CELERY_BROKER_URL": redis.url, "RATELIMIT_ENABLED": "0", "LOG_LEVEL": "WARNING",
        }  # fmt: skip
        server = stack.enter_context(
            GunicornProcess(env, Path(tmp) / "web.log", free_port(), workers=2)
        )
        paths = cases(database_url)
        client = Client(server.port)
        client.log_in(MODERATOR_EMAIL, PASSWORD)
        results = measure(client, paths, args.requests)
        with psycopg.connect(libpq_url(database_url)) as conn:
            comments = conn.execute("SELECT count(*) FROM comments").fetchone()[0]
    base = results["healthz (baseline)"]
    for result in results.values():
        result["p50_ratio"] = round(result["p50_ms"] / base["p50_ms"], 1)
        result["p95_ratio"] = round(result["p95_ms"] / base["p95_ms"], 1)
    report = {
        "benchmark": "dashboard",
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "load_average_start": [round(x, 2) for x in load_start],
            "load_average_end": [round(x, 2) for x in os.getloadavg()],
        },
        "setup": "gunicorn 2 sync workers, PostgreSQL 15, one client, requests in turn",
        "comments": comments,
        "generate_seconds": generated_seconds,
        "target_p95_ms": TARGET_P95_MS,
        "results": results,
    }
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(f"{comments:,} comments; load average {load_start[0]:.1f} at start")
    print(f"{'case':<30} {'p50 ms':>8} {'p95 ms':>8} {'cold ms':>8} {'x p50':>7} {'x p95':>7}")
    for name, r in results.items():
        print(
            f"{name:<30} {r['p50_ms']:>8.1f} {r['p95_ms']:>8.1f} {r['cold_ms']:>8.1f} "
            f"{r['p50_ratio']:>7.1f} {r['p95_ratio']:>7.1f}"
        )
    print(f"written to {RESULTS}")


if __name__ == "__main__":
    main()
