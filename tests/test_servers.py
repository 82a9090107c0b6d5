"""Tests for tests/support/servers.py: the real Redis and PostgreSQL servers tests rely on."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import psycopg
import pytest
import redis

from tests.support.servers import (
    PostgresServer,
    RedisServer,
    ServerError,
    ServerUnavailable,
    require_servers,
    start_or_skip,
)


# Own servers, not conftest's session ones: these tests restart, pause and flush them.
@pytest.fixture(scope="module")
def own_redis() -> Iterator[RedisServer]:
    server = start_or_skip(RedisServer)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def own_postgres() -> Iterator[PostgresServer]:
    server = start_or_skip(PostgresServer)
    yield server
    server.stop()


def raw_ping(port: int, timeout: float = 2.0) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(b"*1\r\n$4\r\nPING\r\n")
        return sock.recv(64)


def pg_select_one(dsn: str) -> int:
    with psycopg.connect(dsn, connect_timeout=5) as conn:
        row = conn.execute("SELECT 1").fetchone()
    assert row is not None
    return int(row[0])


@pytest.mark.redis
def test_redis_answers_ping_on_loopback(own_redis: RedisServer) -> None:
    assert own_redis.url == f"redis://127.0.0.1:{own_redis.port}/0"
    assert raw_ping(own_redis.port) == b"+PONG\r\n"
    with redis.Redis.from_url(own_redis.url) as client:
        assert client.ping() is True


@pytest.mark.redis
def test_redis_flushall_empties_every_database(own_redis: RedisServer) -> None:
    with redis.Redis.from_url(own_redis.url) as client:
        client.set("k", "v")
        own_redis.flushall()
        assert client.dbsize() == 0


@pytest.mark.redis
def test_redis_restart_forgets_data_without_appendonly(own_redis: RedisServer) -> None:
    own_redis.command("SET", "k", "v")
    own_redis.restart()
    assert own_redis.command("GET", "k") is None
    assert own_redis.command("PING") == "PONG"


@pytest.mark.redis
def test_redis_pause_stops_answers_until_resume(own_redis: RedisServer) -> None:
    own_redis.pause()
    try:
        with pytest.raises(TimeoutError):
            raw_ping(own_redis.port, timeout=0.3)
    finally:
        own_redis.resume()
    assert own_redis.command("PING") == "PONG"


@pytest.mark.redis
def test_redis_stop_while_paused_does_not_hang() -> None:
    server = start_or_skip(RedisServer)
    server.pause()
    server.stop()
    assert not server.running
    assert server.tmpdir is None


@pytest.mark.redis
def test_redis_appendonly_keeps_data_across_restart_and_crash() -> None:
    with start_or_skip(RedisServer, appendonly=True) as server:
        server.command("SET", "k", "kept")
        server.restart()
        assert server.command("GET", "k") == "kept"
        server.command("SET", "k2", "also kept")
        server.kill()
        server.restart()
        assert server.command("GET", "k2") == "also kept"


@pytest.mark.redis
def test_redis_context_manager_cleans_up() -> None:
    try:
        server = RedisServer()
        with server:
            tmpdir = server.tmpdir
            assert tmpdir is not None and tmpdir.is_dir()
            port = server.port
    except ServerUnavailable:
        if require_servers():
            raise
        pytest.skip("redis-server not installed")
    assert not tmpdir.exists()
    with pytest.raises(OSError):
        raw_ping(port, timeout=0.5)
    server.stop()  # a second stop is harmless


@pytest.mark.postgres
def test_postgres_accepts_connections(own_postgres: PostgresServer) -> None:
    assert (
        own_postgres.url == f"postgresql+psycopg://postgres@127.0.0.1:{own_postgres.port}/postgres"
    )
    assert pg_select_one(own_postgres.dsn()) == 1


@pytest.mark.postgres
def test_postgres_runs_with_test_settings(own_postgres: PostgresServer) -> None:
    names = ("fsync", "synchronous_commit", "full_page_writes", "listen_addresses")
    with psycopg.connect(own_postgres.dsn(), connect_timeout=5) as conn:
        rows = conn.execute(
            "SELECT name, setting FROM pg_settings WHERE name = ANY(%s)", [list(names)]
        ).fetchall()
    settings = dict(rows)
    assert settings == {
        "fsync": "off",
        "synchronous_commit": "off",
        "full_page_writes": "off",
        "listen_addresses": "127.0.0.1",
    }


@pytest.mark.postgres
def test_durable_postgres_keeps_the_production_defaults() -> None:
    """Benchmarks measure commits that reach the disk, as production's do."""
    names = ("fsync", "synchronous_commit", "full_page_writes")
    with (
        start_or_skip(PostgresServer, durable=True) as server,
        psycopg.connect(server.dsn(), connect_timeout=5) as conn,
    ):
        rows = conn.execute(
            "SELECT name, setting FROM pg_settings WHERE name = ANY(%s)", [list(names)]
        ).fetchall()
    assert dict(rows) == {"fsync": "on", "synchronous_commit": "on", "full_page_writes": "on"}


@pytest.mark.redis
def test_redis_takes_production_persistence_settings() -> None:
    with start_or_skip(RedisServer, appendonly=True, appendfsync="everysec") as server:
        client = redis.Redis.from_url(server.url, decode_responses=True)
        settings = client.config_get("append*")
        client.close()
    assert settings["appendonly"] == "yes"
    assert settings["appendfsync"] == "everysec"


@pytest.mark.postgres
def test_postgres_create_and_drop_database(own_postgres: PostgresServer) -> None:
    url = own_postgres.create_database("servers_test")
    assert url.endswith(f":{own_postgres.port}/servers_test")
    with psycopg.connect(own_postgres.dsn("servers_test"), connect_timeout=5) as conn:
        conn.execute("CREATE TABLE t (x int)")
        conn.execute("INSERT INTO t VALUES (42)")
        conn.commit()
        # drop_database must work with this client still connected.
        own_postgres.drop_database("servers_test")
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(own_postgres.dsn("servers_test"), connect_timeout=5).close()
    own_postgres.drop_database("servers_test")  # already gone: no error


@pytest.mark.postgres
def test_postgres_rejects_odd_database_names(own_postgres: PostgresServer) -> None:
    with pytest.raises(ValueError):
        own_postgres.create_database('x"; DROP DATABASE postgres; --')


@pytest.mark.postgres
def test_postgres_restart_keeps_data_and_port(own_postgres: PostgresServer) -> None:
    port = own_postgres.port
    own_postgres.create_database("restart_test")
    with psycopg.connect(own_postgres.dsn("restart_test"), connect_timeout=5) as conn:
        conn.execute("CREATE TABLE t (x int)")
        conn.execute("INSERT INTO t VALUES (7)")
    own_postgres.restart()
    assert own_postgres.port == port
    with psycopg.connect(own_postgres.dsn("restart_test"), connect_timeout=5) as conn:
        assert conn.execute("SELECT x FROM t").fetchone() == (7,)
    own_postgres.drop_database("restart_test")


@pytest.mark.postgres
def test_postgres_stop_removes_everything() -> None:
    server = start_or_skip(PostgresServer)
    tmpdir, dsn = server.tmpdir, server.dsn()
    assert tmpdir is not None
    server.stop()
    assert not tmpdir.exists()
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(dsn, connect_timeout=2).close()
    with pytest.raises(ServerError):
        server.create_database("late")


class MissingRedis(RedisServer):
    def __init__(self) -> None:
        super().__init__(binary="redis-server-that-is-not-installed")


def test_missing_binary_skips_when_servers_are_optional(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MODERATION_TEST_REQUIRE_SERVERS", raising=False)
    assert not require_servers()
    with pytest.raises(pytest.skip.Exception, match="redis-server-that-is-not-installed"):
        start_or_skip(MissingRedis)


def test_missing_binary_fails_when_servers_are_required(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MODERATION_TEST_REQUIRE_SERVERS", "1")
    assert require_servers()
    with pytest.raises(ServerUnavailable, match="redis-server-that-is-not-installed"):
        start_or_skip(MissingRedis)


def test_missing_postgres_names_the_binaries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("tests.support.servers.find_pg_bindir", lambda: None)
    with pytest.raises(ServerUnavailable, match="initdb"):
        PostgresServer().start()
