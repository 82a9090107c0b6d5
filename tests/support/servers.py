"""Real Redis and PostgreSQL servers for tests: throwaway, loopback-only, each on a free port."""

from __future__ import annotations

import atexit
import contextlib
import glob
import os
import pwd
import re
import shutil
import signal
import socket
import stat
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any, Self, TypeVar

HOST = "127.0.0.1"
START_TIMEOUT = 30.0
STOP_TIMEOUT = 15.0
REQUIRE_ENV = "MODERATION_TEST_REQUIRE_SERVERS"

# Servers started and not yet stopped: the atexit hook stops them if a fixture never got to.
_LIVE: set[_Server] = set()


class ServerError(RuntimeError):
    """A test server failed to start, answer or stop."""


class ServerUnavailable(ServerError):
    """The server's binary is not installed on this machine."""


def require_servers() -> bool:
    """True when a missing server binary must fail the tests instead of skipping them (CI)."""
    return os.environ.get(REQUIRE_ENV, "").strip().lower() in {"1", "true", "yes"}


S = TypeVar("S", bound="_Server")


def start_or_skip(server_cls: type[S], **kwargs: Any) -> S:
    """Start `server_cls(**kwargs)`; skip the test if its binary is missing, unless required."""
    import pytest  # only here, so that the module stays importable without pytest

    server = server_cls(**kwargs)
    try:
        server.start()
    except ServerUnavailable as exc:
        if require_servers():
            raise
        pytest.skip(f"{exc} (set {REQUIRE_ENV}=1 to fail instead)")
    return server


def free_port() -> int:
    """A port that was free on 127.0.0.1 a moment ago; start() retries if another process won."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def _tail(path: Path, lines: int = 20) -> str:
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return "(no log)"
    return "\n".join(text.splitlines()[-lines:]) or "(empty log)"


def _stop_all() -> None:
    for server in list(_LIVE):
        with contextlib.suppress(Exception):
            server.stop()


atexit.register(_stop_all)


class _Server:
    """Shared lifecycle: a temp dir, a port, start/stop/restart and context-manager support."""

    name = "server"

    def __init__(self) -> None:
        self.port = 0
        self.tmpdir: Path | None = None

    # Subclasses implement these three; _launch raises ServerError if the port was taken.
    def _check_binaries(self) -> None:
        raise NotImplementedError

    def _launch(self) -> None:
        raise NotImplementedError

    def _halt(self) -> None:
        raise NotImplementedError

    def _make_tmpdir(self) -> Path:
        return Path(tempfile.mkdtemp(prefix=f"moderation-{self.name}-"))

    @property
    def running(self) -> bool:
        return self in _LIVE

    def start(self) -> Self:
        """Start on a free port and wait until the server answers; no-op if already running."""
        if self.running:
            return self
        self._check_binaries()
        self.tmpdir = self._make_tmpdir()
        _LIVE.add(self)
        try:
            # The port is only reserved until free_port() returns: retry if another process won.
            for attempt in range(3):
                self.port = free_port()
                try:
                    self._launch()
                    break
                except ServerError:
                    if attempt == 2:
                        raise
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """Stop the server and delete its temp dir; safe to call twice."""
        try:
            if self.running:
                self._halt()
        finally:
            _LIVE.discard(self)
            if self.tmpdir is not None:
                shutil.rmtree(self.tmpdir, ignore_errors=True)
                self.tmpdir = None

    def restart(self) -> None:
        """Start again on the same port and data dir (data kept where it persists).

        Works on a running server and on one that was killed (`kill()`), not on a stopped one.
        """
        if self.tmpdir is None:
            raise ServerError(f"{self.name} was stopped; start a new one")
        if self.running:
            self._halt()
        self._launch()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


class RedisServer(_Server):
    """redis-server in the foreground, no persistence unless `appendonly=True`.

    `appendfsync` applies with `appendonly`: "always" (the default here) lets a fault test
    SIGKILL redis without losing a write; benchmarks use production's "everysec".
    """

    name = "redis"

    def __init__(
        self, *, appendonly: bool = False, appendfsync: str = "always",
        binary: str = "redis-server",
    ) -> None:  # fmt: skip
        super().__init__()
        self.appendonly = appendonly
        self.appendfsync = appendfsync
        self.binary = binary
        self._exe: str | None = None
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://{HOST}:{self.port}/0"

    @property
    def pid(self) -> int:
        if self._proc is None:
            raise ServerError("redis is not running")
        return self._proc.pid

    def _check_binaries(self) -> None:
        self._exe = shutil.which(self.binary)
        if self._exe is None:
            raise ServerUnavailable(
                f"{self.binary} not found on PATH: install Debian's redis-server package"
            )

    def _launch(self) -> None:
        assert self._exe is not None and self.tmpdir is not None
        persistence = ["--appendonly", "no"]
        if self.appendonly:
            persistence = ["--appendonly", "yes", "--appendfsync", self.appendfsync]
        args = [
            self._exe,
            "--port", str(self.port),
            "--bind", HOST,
            "--dir", str(self.tmpdir),
            "--save", "",
            *persistence,
            *self._extra_args(),
            "--daemonize", "no",
            "--loglevel", "warning",
        ]  # fmt: skip
        log = self.tmpdir / "redis.log"
        with log.open("ab") as out:
            self._proc = subprocess.Popen(
                args, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT
            )
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                self._proc = None
                raise ServerError(f"redis-server exited while starting:\n{_tail(log)}")
            with contextlib.suppress(OSError, ServerError):
                if self.command("PING", timeout=1.0) == "PONG":
                    return
            time.sleep(0.05)
        self._halt()
        raise ServerError(f"redis-server did not answer PING in {START_TIMEOUT}s:\n{_tail(log)}")

    def _extra_args(self) -> list[str]:
        return []

    def _halt(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.poll() is None:
            # A stopped (paused) process would hold SIGTERM pending forever.
            os.kill(proc.pid, signal.SIGCONT)
        proc.terminate()
        try:
            proc.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(STOP_TIMEOUT)

    def kill(self) -> None:
        """SIGKILL redis, as a crash would; `restart()` brings it back on the same port and dir."""
        proc = self._proc
        if proc is not None:
            proc.kill()
            proc.wait(STOP_TIMEOUT)

    def pause(self) -> None:
        """Freeze redis (SIGSTOP): connections stay open but nothing is answered."""
        os.kill(self.pid, signal.SIGSTOP)

    def resume(self) -> None:
        os.kill(self.pid, signal.SIGCONT)

    def flushall(self) -> None:
        if self.command("FLUSHALL") != "OK":
            raise ServerError("FLUSHALL failed")

    def command(self, *args: str, timeout: float = 5.0) -> str | int | None:
        """Send one command over a fresh socket; returns a simple, integer or bulk reply."""
        payload = f"*{len(args)}\r\n".encode()
        for arg in args:
            data = arg.encode()
            payload += b"$%d\r\n%s\r\n" % (len(data), data)
        with socket.create_connection((HOST, self.port), timeout=timeout) as sock:
            sock.sendall(payload)
            with sock.makefile("rb") as reply:
                return _read_reply(reply)


def _read_reply(reply: Any) -> str | int | None:
    line = reply.readline()
    if not line.endswith(b"\r\n"):
        raise ServerError("connection closed before a full reply")
    kind, body = line[:1], line[1:-2].decode()
    if kind == b"+":
        return body
    if kind == b"-":
        raise ServerError(f"redis error: {body}")
    if kind == b":":
        return int(body)
    if kind == b"$":
        size = int(body)
        return None if size < 0 else reply.read(size + 2)[:-2].decode()
    raise ServerError(f"unsupported reply type {kind!r}")


def find_pg_bindir() -> Path | None:
    """PostgreSQL's bin dir: Debian's /usr/lib/postgresql/N/bin (15 first), else from PATH."""
    candidates = [Path(p) for p in glob.glob("/usr/lib/postgresql/*/bin")]

    def rank(path: Path) -> tuple[bool, int]:
        version = path.parent.name
        return (version == "15", int(version) if version.isdigit() else 0)

    for bindir in sorted(candidates, key=rank, reverse=True):
        if (bindir / "initdb").is_file() and (bindir / "pg_ctl").is_file():
            return bindir
    pg_ctl = shutil.which("pg_ctl")
    if pg_ctl and shutil.which("initdb"):
        return Path(pg_ctl).parent
    return None


_DB_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,62}")


class TlsRedisServer(RedisServer):
    """redis-server that also speaks TLS, with a self-signed certificate made at start.

    The plain port stays open for the start-up check; ``url`` names the TLS port and
    ``ca_file`` the certificate a client must trust.
    """

    def __init__(self) -> None:
        super().__init__()
        self.tls_port = 0

    @property
    def url(self) -> str:
        return f"rediss://{HOST}:{self.tls_port}/0"

    @property
    def ca_file(self) -> Path:
        assert self.tmpdir is not None
        return self.tmpdir / "tls.crt"

    def _check_binaries(self) -> None:
        super()._check_binaries()
        if shutil.which("openssl") is None:
            raise ServerUnavailable("openssl not found on PATH: install Debian's openssl package")

    def _extra_args(self) -> list[str]:
        assert self.tmpdir is not None
        key = self.tmpdir / "tls.key"
        if not self.ca_file.exists():
            subprocess.run(
                ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                 "-subj", f"/CN={HOST}", "-addext", f"subjectAltName=IP:{HOST}",
                 "-keyout", str(key), "-out", str(self.ca_file)],
                check=True, capture_output=True,
            )  # fmt: skip
        self.tls_port = self.tls_port or free_port()
        return [
            "--tls-port", str(self.tls_port),
            "--tls-cert-file", str(self.ca_file),
            "--tls-key-file", str(key),
            "--tls-ca-cert-file", str(self.ca_file),
            "--tls-auth-clients", "no",
        ]  # fmt: skip


class PostgresServer(_Server):
    """A throwaway cluster: initdb, trust auth on loopback.

    Durability is off for tests (it costs seconds per run and buys nothing for throwaway
    data); `durable=True` keeps PostgreSQL's own defaults (fsync, synchronous commit, full
    page writes), as production runs it: benchmarks use that.
    """

    name = "postgres"
    user = "postgres"

    def __init__(self, *, durable: bool = False) -> None:
        super().__init__()
        self.durable = durable
        self.bindir: Path | None = None
        # initdb refuses to run as root, so as root the cluster belongs to the postgres user.
        self._as_postgres = os.geteuid() == 0

    @property
    def url(self) -> str:
        return self.url_for("postgres")

    def url_for(self, dbname: str) -> str:
        """SQLAlchemy URL (psycopg 3 driver) of database `dbname` on this server."""
        return f"postgresql+psycopg://{self.user}@{HOST}:{self.port}/{dbname}"

    def dsn(self, dbname: str = "postgres") -> str:
        """libpq connection string, for psycopg.connect()."""
        return f"host={HOST} port={self.port} user={self.user} dbname={dbname}"

    @property
    def datadir(self) -> Path:
        assert self.tmpdir is not None
        return self.tmpdir / "data"

    def _check_binaries(self) -> None:
        self.bindir = find_pg_bindir()
        if self.bindir is None:
            raise ServerUnavailable(
                "initdb/pg_ctl not found in /usr/lib/postgresql/*/bin or on PATH: "
                "install Debian's postgresql package"
            )
        if self._as_postgres and "postgres" not in {u.pw_name for u in pwd.getpwall()}:
            raise ServerUnavailable("running as root, but there is no 'postgres' user for initdb")

    def _make_tmpdir(self) -> Path:
        tmpdir = super()._make_tmpdir()
        if self._as_postgres:
            shutil.chown(tmpdir, "postgres", "postgres")
            # The postgres user must be able to reach the dir; a private TMPDIR would stop it.
            if not tmpdir.parent.stat().st_mode & stat.S_IXOTH:
                raise ServerError(f"{tmpdir.parent} is not reachable by the postgres user")
        return tmpdir

    def _run(self, *args: str, as_owner: bool = False, timeout: float = START_TIMEOUT) -> str:
        assert self.bindir is not None and self.tmpdir is not None
        # Outside PG* variables (PGDATABASE, PGSERVICE, ...) must not redirect our commands.
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env["LC_ALL"] = "C"
        owner: dict[str, Any] = {}
        if as_owner and self._as_postgres:
            owner = {"user": "postgres", "group": "postgres", "extra_groups": []}
            env["HOME"] = str(self.tmpdir)
        cmd = [str(self.bindir / args[0]), *args[1:]]
        try:
            done = subprocess.run(
                cmd, cwd=self.tmpdir, env=env, stdin=subprocess.DEVNULL, capture_output=True,
                timeout=timeout, check=False, **owner,
            )  # fmt: skip
        except subprocess.TimeoutExpired as exc:
            raise ServerError(f"{args[0]} timed out after {timeout}s") from exc
        output = (done.stdout + done.stderr).decode(errors="replace")
        if done.returncode != 0:
            raise ServerError(f"{args[0]} failed ({done.returncode}):\n{output}")
        return output

    def _launch(self) -> None:
        assert self.tmpdir is not None
        if not (self.datadir / "PG_VERSION").exists():
            self._initdb()
        conf = self.datadir / "postgresql.auto.conf"
        settings = (
            f"port = {self.port}\n"
            f"listen_addresses = '{HOST}'\n"
            f"unix_socket_directories = '{self.tmpdir}'\n"
            "max_connections = 100\n"
        )
        if not self.durable:
            # Test data is throwaway: durability costs seconds per test run and buys nothing.
            settings += "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
        conf.write_text(settings)
        log = self.tmpdir / "postgres.log"
        try:
            self._run(
                "pg_ctl", "start", "-D", str(self.datadir), "-l", str(log),
                "-w", "-t", str(int(START_TIMEOUT)),
                as_owner=True, timeout=START_TIMEOUT + 10,
            )  # fmt: skip
        except ServerError as exc:
            raise ServerError(f"{exc}\n{_tail(log)}") from None

    def _initdb(self) -> None:
        self.datadir.mkdir()
        if self._as_postgres:
            shutil.chown(self.datadir, "postgres", "postgres")
        self._run(
            "initdb", "-D", str(self.datadir), "-U", self.user,
            "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync",
            as_owner=True, timeout=120,
        )  # fmt: skip
        # Only local connections exist: the unix socket in tmpdir and 127.0.0.1.
        (self.datadir / "pg_hba.conf").write_text(
            f"local all all trust\nhost all all {HOST}/32 trust\n"
        )

    def _halt(self) -> None:
        if self.tmpdir is None or not (self.datadir / "postmaster.pid").exists():
            return
        try:
            self._run(
                "pg_ctl", "stop", "-D", str(self.datadir), "-m", "fast",
                "-w", "-t", str(int(STOP_TIMEOUT)),
                as_owner=True, timeout=STOP_TIMEOUT + 10,
            )  # fmt: skip
        except ServerError:
            self._kill_postmaster()
            raise

    def _kill_postmaster(self) -> None:
        # Last resort when pg_ctl could not stop it: the pid is the first line of postmaster.pid.
        with contextlib.suppress(OSError, ValueError, IndexError):
            pid = int((self.datadir / "postmaster.pid").read_text().split()[0])
            os.kill(pid, signal.SIGKILL)

    def create_database(self, name: str) -> str:
        """Create database `name` and return its SQLAlchemy URL."""
        self._client("createdb", name)
        return self.url_for(name)

    def drop_database(self, name: str) -> None:
        """Drop database `name`, disconnecting its clients; no error if it does not exist."""
        self._client("dropdb", "--if-exists", "--force", name)

    def _client(self, tool: str, *args: str) -> None:
        if not self.running:
            raise ServerError("postgres is not running")
        # Names come from test code, but a typo should not turn into odd SQL or a shell surprise.
        if not _DB_NAME.fullmatch(args[-1]):
            raise ValueError(f"not a plain database name: {args[-1]!r}")
        self._run(tool, "-h", HOST, "-p", str(self.port), "-U", self.user, *args)


class PgBouncerServer(_Server):
    """PgBouncer in transaction pooling mode in front of a PostgresServer, as docs/scaling.md
    recommends; `pool_size` server connections shared by all clients."""

    name = "pgbouncer"

    def __init__(self, postgres: PostgresServer, *, pool_size: int = 1) -> None:
        super().__init__()
        self.postgres = postgres
        self.pool_size = pool_size
        self._exe: str | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        # pgbouncer refuses to run as root; as root it drops to the postgres user.
        self._as_postgres = os.geteuid() == 0

    def url_for(self, dbname: str) -> str:
        return f"postgresql+psycopg://{self.postgres.user}@{HOST}:{self.port}/{dbname}"

    def _check_binaries(self) -> None:
        self._exe = shutil.which("pgbouncer") or (
            "/usr/sbin/pgbouncer" if Path("/usr/sbin/pgbouncer").is_file() else None
        )
        if self._exe is None:
            raise ServerUnavailable("pgbouncer not found: install Debian's pgbouncer package")

    def _make_tmpdir(self) -> Path:
        tmpdir = super()._make_tmpdir()
        if self._as_postgres:
            shutil.chown(tmpdir, "postgres", "postgres")
        return tmpdir

    def _launch(self) -> None:
        assert self._exe is not None and self.tmpdir is not None
        users = self.tmpdir / "userlist.txt"
        users.write_text(f'"{self.postgres.user}" ""\n')
        ini = self.tmpdir / "pgbouncer.ini"
        ini.write_text(
            "[databases]\n"
            f"* = host={HOST} port={self.postgres.port}\n"
            "[pgbouncer]\n"
            f"listen_addr = {HOST}\n"
            f"listen_port = {self.port}\n"
            "unix_socket_dir =\n"
            "auth_type = trust\n"
            f"auth_file = {users}\n"
            "pool_mode = transaction\n"
            f"default_pool_size = {self.pool_size}\n"
            "max_client_conn = 200\n"
            f"logfile = {self.tmpdir / 'pgbouncer.log'}\n"
        )
        for path in (users, ini):
            if self._as_postgres:
                shutil.chown(path, "postgres", "postgres")
        args = [self._exe, str(ini)]
        if self._as_postgres:
            args[1:1] = ["-u", "postgres"]
        self._proc = subprocess.Popen(
            args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT
        )
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                self._proc = None
                raise ServerError(
                    f"pgbouncer exited while starting:\n{_tail(self.tmpdir / 'pgbouncer.log')}"
                )
            with contextlib.suppress(OSError):
                socket.create_connection((HOST, self.port), timeout=0.5).close()
                return
            time.sleep(0.05)
        self._halt()
        raise ServerError(f"pgbouncer did not listen in {START_TIMEOUT}s")

    def _halt(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        proc.terminate()
        try:
            proc.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(STOP_TIMEOUT)
