"""Load generators: wrk at saturation, and an open-loop Python client at a fixed rate."""

from __future__ import annotations

import http.client
import json
import re
import shutil
import statistics
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3}


@dataclass
class LoadResult:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    errors: int
    total: int
    statuses: dict[str, int] = field(default_factory=dict)


WRK_MISSING = (
    "wrk is not installed: it drives the saturation runs. Install Debian's package "
    "(apt-get install wrk) and run the benchmark again; docs/performance.md lists what each "
    "benchmark needs."
)


def require_wrk() -> None:
    """Stop with instructions, before any server starts, when wrk is not on PATH."""
    if shutil.which("wrk") is None:
        raise SystemExit(WRK_MISSING)


def wrk(
    url: str,
    *,
    seconds: int,
    connections: int,
    threads: int = 2,
    script: Path | None = None,
    headers: dict[str, str] | None = None,
) -> LoadResult:
    """Closed-loop saturation with wrk; latency from its --latency distribution."""
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", url]
    if script is not None:
        command[1:1] = ["-s", str(script)]
    for name, value in (headers or {}).items():
        command[1:1] = ["-H", f"{name}: {value}"]
    output = subprocess.run(
        command, capture_output=True, text=True, check=True, timeout=seconds + 60
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))  # type: ignore[union-attr]
    total = int(re.search(r"(\d+) requests in", output).group(1))  # type: ignore[union-attr]
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    errors = int(non_2xx.group(1)) if non_2xx else 0
    if socket_errors:
        errors += sum(int(g) for g in socket_errors.groups())
    return LoadResult(rps, _percentile(output, "50%"), _percentile(output, "99%"), errors, total)


def _percentile(output: str, label: str) -> float:
    match = re.search(rf"^\s+{re.escape(label)}\s+([\d.]+)(us|ms|s)\s*$", output, re.MULTILINE)
    assert match, output
    return float(match.group(1)) * _UNITS[match.group(2)]


def post_script(path: Path, tokens: list[str], articles: int = 50) -> Path:
    """A wrk Lua script posting comments with rotating reader tokens."""
    listed = ",".join(json.dumps(t) for t in tokens)
    path.write_text(f"""
local tokens = {{{listed}}}
local counter = 0
request = function()
  counter = counter + 1
  local token = tokens[(counter % #tokens) + 1]
  local body = '{{"body": "Benchmark-Kommentar ' .. counter .. ' zur Sitzung des Stadtrats."}}'
  local path = "/api/v1/sites/bench/articles/a" .. (counter % {articles}) .. "/comments"
  return wrk.format("POST", path, {{["Authorization"] = "Bearer " .. token,
                                    ["Content-Type"] = "application/json"}}, body)
end
""")
    return path


Request = tuple[str, str, bytes, dict[str, str]]


def comment_post(tokens: list[str], articles: int = 50) -> Callable[[int], Request]:
    """Request k of a fixed-rate run: a comment POST with the k-th reader token, as wrk's
    post_script sends at saturation."""

    def request(k: int) -> Request:
        body = json.dumps({"body": f"Kommentar {k} im festen Takt."}).encode()
        headers = {"Authorization": f"Bearer {tokens[k % len(tokens)]}",
                   "Content-Type": "application/json"}  # fmt: skip
        return "POST", f"/api/v1/sites/bench/articles/r{k % articles}/comments", body, headers

    return request


def fixed_rate(
    host: str,
    port: int,
    make_request: Callable[[int], tuple[str, str, bytes, dict]],
    *,
    rate: float,
    seconds: float,
    clients: int = 8,
) -> LoadResult:
    """Open loop: request k is due at start + k/rate; latency counts from when it was due,
    so a slow server cannot hide its queueing (no coordinated omission)."""
    total = int(rate * seconds)
    latencies: list[float] = []
    statuses: dict[str, int] = {}
    lock = threading.Lock()
    start = time.perf_counter() + 0.5

    def run(offset: int) -> None:
        connection = http.client.HTTPConnection(host, port, timeout=30)
        for k in range(offset, total, clients):
            due = start + k / rate
            delay = due - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            method, path, body, headers = make_request(k)
            try:
                connection.request(method, path, body=body, headers=headers)
                response = connection.getresponse()
                response.read()
                code = str(response.status)
            except OSError:
                connection.close()
                connection = http.client.HTTPConnection(host, port, timeout=30)
                code = "error"
            elapsed = (time.perf_counter() - due) * 1000
            with lock:
                latencies.append(elapsed)
                statuses[code] = statuses.get(code, 0) + 1
        connection.close()

    workers = [threading.Thread(target=run, args=(i,)) for i in range(clients)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    wall = time.perf_counter() - start
    latencies.sort()
    ok = sum(v for k, v in statuses.items() if k.startswith("2"))
    return LoadResult(
        requests_per_second=len(latencies) / wall,
        p50_ms=statistics.median(latencies),
        p99_ms=latencies[int(0.99 * (len(latencies) - 1))],
        errors=len(latencies) - ok,
        total=len(latencies),
        statuses=statuses,
    )
