"""Real service processes for integration tests: a Celery worker, started and stopped cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from types import TracebackType
from typing import Self

ROOT = Path(__file__).resolve().parents[2]
READY_TIMEOUT = 90.0


class WorkerProcess:
    """`celery -A workers.app worker` as production runs it, with its log kept for failures."""

    def __init__(
        self, env: dict[str, str], log_path: Path, *, concurrency: int = 1, beat: bool = False,
        name: str = "worker", queues: str | None = None,
    ) -> None:  # fmt: skip
        self.env = {**os.environ, **env}
        self.log_path = log_path
        self.concurrency = concurrency
        self.beat = beat
        self.name = name
        self.queues = queues  # e.g. "scoring"; None consumes every queue
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> Self:
        command = [
            sys.executable, "-m", "celery", "-A", "workers.app", "worker",
            "--loglevel=INFO", f"--concurrency={self.concurrency}", f"--hostname={self.name}@%h",
            "--without-gossip", "--without-mingle", "--without-heartbeat",
        ]  # fmt: skip
        if self.beat:
            command += ["--beat", f"--schedule={self.log_path.with_suffix('.beat')}"]
        if self.queues:
            command += ["-Q", self.queues]
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(
                command, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL, start_new_session=True,
            )  # fmt: skip
        self._wait_until_ready()
        return self

    def _wait_until_ready(self) -> None:
        deadline = time.monotonic() + READY_TIMEOUT
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError(f"worker exited with {self.process.returncode}:\n{self.log()}")
            # "scorer ready" is logged by each pool process once its model is loaded.
            if self.log().count("scorer ready") >= self.concurrency:
                return
            time.sleep(0.2)
        raise RuntimeError(f"worker not ready after {READY_TIMEOUT}s:\n{self.log()}")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def kill(self) -> None:
        """SIGKILL the worker and its pool processes at once, as an OOM killer or a crash would."""
        assert self.process is not None
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)

    def freeze(self) -> None:
        assert self.process is not None
        os.killpg(self.process.pid, signal.SIGSTOP)

    def thaw(self) -> None:
        assert self.process is not None
        os.killpg(self.process.pid, signal.SIGCONT)

    def stop(self) -> int | None:
        """SIGTERM (Celery's warm shutdown); returns the exit code, or None if it had to be
        killed after 60 s."""
        if self.process is None or self.process.poll() is not None:
            return self.process.returncode if self.process else None
        os.killpg(self.process.pid, signal.SIGCONT)  # a frozen worker cannot hear SIGTERM
        # Warm shutdown is the main process's to run: it lets the pool finish the current task,
        # then stops it. SIGTERM to the whole group killed the pool process under it, and the
        # main process could start a new one and wait on it until the kill below.
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
            return None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


class GunicornProcess:
    """The web app under gunicorn, as production runs it, on a free loopback port."""

    def __init__(
        self, env: dict[str, str], log_path: Path, port: int, *, workers: int = 2,
        root: Path = ROOT, app: str = "moderation:create_app()", python: str = sys.executable,
        ready_path: str = "/healthz",
    ) -> None:  # fmt: skip
        self.env = {**os.environ, **env}
        self.log_path = log_path
        self.port = port
        self.workers = workers
        self.root = root  # the source tree gunicorn imports the app from (its cwd)
        # Another WSGI app in another virtualenv works too: bench/isso.py runs Isso this way.
        self.app = app
        self.python = python
        self.ready_path = ready_path
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Self:
        command = [
            self.python, "-m", "gunicorn", self.app,
            "--bind", f"127.0.0.1:{self.port}", "--workers", str(self.workers),
            "--graceful-timeout", "5", "--timeout", "60",
        ]  # fmt: skip
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(
                command, cwd=self.root, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL, start_new_session=True,
            )  # fmt: skip
        deadline = time.monotonic() + READY_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited:\n{self.log_path.read_text()}")
            try:
                with urllib.request.urlopen(self.url + self.ready_path, timeout=2):  # noqa: S310
                    return self
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"gunicorn not ready:\n{self.log_path.read_text()}")

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
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
