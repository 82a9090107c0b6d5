"""Isso, the peer issue 7 names, run as the issue measured it: gunicorn, 2 sync workers, SQLite.

Isso brings its own pins (Werkzeug, misaka, bleach), so it gets a virtualenv of its own,
built on first use from the package index into .bench/isso-venv (ignored by git). Its guard
(rate limits) and moderation queue are off, as this service's limits are lifted in the
benchmarks: both publish every comment they accept.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from types import TracebackType
from typing import Self

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".bench" / "isso-venv"
# The newest Isso when this was written; the same gunicorn as this service runs under.
REQUIREMENTS = ("isso==0.14.0", "gunicorn==27.0.1")
READY_TIMEOUT = 30.0


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


class IssoServer:
    """Isso under gunicorn on a loopback port, its SQLite database in `workdir`."""

    def __init__(self, python: Path, workdir: Path, port: int, *, workers: int = 2) -> None:
        self.python = python
        self.workdir = workdir
        self.port = port
        self.workers = workers
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Self:
        settings = self.workdir / "isso.cfg"
        settings.write_text(
            "[general]\n"
            f"dbpath = {self.workdir / 'comments.db'}\n"
            f"host = {self.url}/\n"
            "[moderation]\nenabled = false\n"
            "[guard]\nenabled = false\n"
        )
        command = [
            str(self.python), "-m", "gunicorn", "isso.run:application",
            "--bind", f"127.0.0.1:{self.port}", "--workers", str(self.workers),
        ]  # fmt: skip
        log = self.workdir / "isso.log"
        with log.open("wb") as out:
            self.process = subprocess.Popen(
                command, cwd=self.workdir, env={**os.environ, "ISSO_SETTINGS": str(settings)},
                stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                start_new_session=True,
            )  # fmt: skip
        deadline = time.monotonic() + READY_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"isso exited:\n{log.read_text()}")
            try:
                with urllib.request.urlopen(f"{self.url}/config", timeout=2):  # noqa: S310
                    return self
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"isso not ready:\n{log.read_text()}")

    def post(self, uri: str, text: str) -> dict[str, object]:
        """Create a comment, as Isso's client does (a title saves Isso fetching the page)."""
        request = urllib.request.Request(  # noqa: S310 - loopback
            f"{self.url}/new?uri={uri}",
            data=json.dumps({"text": text, "title": "Ein Artikel mit Debatte"}).encode(),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
            return json.load(response)  # type: ignore[no-any-return]

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:  # fmt: skip
        self.stop()


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
