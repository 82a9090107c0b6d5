"""Resident memory of fresh processes that load the embedded scorer, and of a real worker."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

_REPORT = """
import json
status = dict(line.split(":", 1) for line in open("/proc/self/status"))
print(json.dumps({k: int(status[k].split()[0]) // 1024 for k in ("VmRSS", "VmHWM")}))
"""
BASELINE = "import numpy, moderation.scoring.base\n"
EMBEDDED = """
from bench.comments import mixed_comments
from moderation.scoring.registry import build_scorer
build_scorer("embedded", {}).score(mixed_comments())
"""


def fresh_process_mb(code: str) -> dict[str, int]:
    """VmRSS and VmHWM (peak) in MB of a new interpreter after running ``code``."""
    output = subprocess.run(
        [sys.executable, "-c", code + _REPORT],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    ).stdout
    return dict(json.loads(output.splitlines()[-1]))


def _kb(pid: int, path: str, key: str) -> int:
    for line in Path(f"/proc/{pid}/{path}").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    return 0


def tree_mb(pid: int) -> dict[str, Any]:
    """RSS and PSS of ``pid`` and its children, in MB.

    RSS counts pages a forked child shares with its parent twice; PSS splits shared pages
    between the processes, so its sum is what the tree really costs.
    """
    children = [
        int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split() if c.strip()
    ]
    processes = [pid, *children]
    rss = {p: _kb(p, "status", "VmRSS") // 1024 for p in processes}
    pss = {p: _kb(p, "smaps_rollup", "Pss") // 1024 for p in processes}
    return {
        "parent_rss": rss[pid],
        "children_rss": [rss[c] for c in children],
        "sum_rss": sum(rss.values()),
        "sum_pss": sum(pss.values()),
    }


def worker_mb(tmp: Path) -> dict[str, Any]:
    """``celery -A workers.app worker --concurrency=1`` once its pool process loaded the scorer."""
    from tests.support.processes import WorkerProcess

    env = {
        "SECRET_KEY": "benchmark-secret-key-that-is-long-enough-0123456789",
        "DATABASE_URL": f"sqlite:///{tmp / 'worker.sqlite'}",
        "CELERY_BROKER_URL": f"sqla+sqlite:///{tmp / 'broker.sqlite'}",
        "MODERATION_SCORER": "embedded",
    }
    with WorkerProcess(env, tmp / "worker.log", concurrency=1, name="memory") as worker:
        assert worker.process is not None
        return tree_mb(worker.process.pid)
