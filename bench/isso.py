"""Isso, the peer the ingest targets are set against: gunicorn, 2 sync workers, SQLite.

Isso brings its own pins (Werkzeug, misaka, bleach), so it gets a virtualenv of its own,
built on first use from the package index into .bench/isso-venv (ignored by git). Its guard
(rate limits) and moderation queue are off, as this service's limits are lifted in the
benchmarks: both publish every comment they accept.
"""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.request
from pathlib import Path

from tests.support.processes import GunicornProcess

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".bench" / "isso-venv"
# A pinned Isso release; the same gunicorn as this service runs under.
REQUIREMENTS = ("isso==0.14.0", "gunicorn==27.0.1")


def ensure_venv(venv: Path = VENV) -> Path:
    """The virtualenv's python, after installing REQUIREMENTS if they are not there yet."""
    python = venv / "bin" / "python"
    stamp = venv / "requirements.txt"
    wanted = "\n".join(REQUIREMENTS) + "\n"
    if python.exists() and stamp.exists() and stamp.read_text() == wanted:
        return python
    subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True)
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         *REQUIREMENTS],
        check=True,
    )  # fmt: skip
    stamp.write_text(wanted)
    return python


def server(python: Path, workdir: Path, port: int, *, workers: int = 2) -> GunicornProcess:
    """Isso under gunicorn on a loopback port, its settings and SQLite database in `workdir`."""
    url = f"http://127.0.0.1:{port}"
    settings = workdir / "isso.cfg"
    settings.write_text(
        "[general]\n"
        f"dbpath = {workdir / 'comments.db'}\n"
        f"host = {url}/\n"
        "[moderation]\nenabled = false\n"
        "[guard]\nenabled = false\n"
    )
    return GunicornProcess(
        {"ISSO_SETTINGS": str(settings)}, workdir / "isso.log", port, workers=workers,
        root=workdir, app="isso.run:application", python=str(python), ready_path="/config",
    )  # fmt: skip


def post(url: str, uri: str, text: str) -> dict[str, object]:
    """Create a comment, as Isso's client does (a title saves Isso fetching the page)."""
    request = urllib.request.Request(  # noqa: S310 - loopback
        f"{url}/new?uri={uri}",
        data=json.dumps({"text": text, "title": "Ein Artikel mit Debatte"}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        return json.load(response)  # type: ignore[no-any-return]


def post_script(path: Path, articles: int = 50) -> Path:
    """A wrk Lua script posting to Isso the comments bench.loadgen.post_script posts to us."""
    path.write_text(f"""
local counter = 0
request = function()
  counter = counter + 1
  local body = '{{"text": "Benchmark-Kommentar ' .. counter .. ' zur Sitzung des Stadtrats.", '
            .. '"title": "Artikel"}}'
  local path = "/new?uri=%2Fa" .. (counter % {articles})
  return wrk.format("POST", path, {{["Content-Type"] = "application/json"}}, body)
end
""")
    return path
