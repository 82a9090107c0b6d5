"""Configuration from the environment: safe local defaults, refusal of unsafe production values."""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from datetime import timedelta
from pathlib import Path
from typing import Any

from kombu import Queue

from moderation.config_integration import integration_config
from moderation.tasks import names as tasks
from moderation.tasks import redis_transport

PRODUCTION = "production"
# A secret shorter than this is guessable enough to forge session cookies.
MIN_SECRET_KEY_LENGTH = 32
KNOWN_WEAK_SECRETS = frozenset({"dev", "secret", "changeme", "change-me", "development"})


class ConfigError(RuntimeError):
    """The configuration is unsafe or incomplete; the app refuses to start."""


def build_config(instance_path: Path, env: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Return the Flask config for this process, read from ``env`` (default: os.environ)."""
    env = os.environ if env is None else env
    mode = env.get("MODERATION_ENV", "development").strip().lower()
    production = mode == PRODUCTION

    database_url = _database_url(env, instance_path, production)
    config: dict[str, Any] = {
        "MODERATION_ENV": mode,
        "SECRET_KEY": _secret_key(env, instance_path, production),
        "SQLALCHEMY_DATABASE_URI": database_url,
        "SQLALCHEMY_ENGINE_OPTIONS": _engine_options(env, database_url),
        # A pooled PostgreSQL connection idle this long is pinged before use (db/ping.py).
        "DB_PING_AFTER_IDLE_SECONDS": float(env.get("DB_PING_AFTER_IDLE_SECONDS", "1")),
        "CELERY": _celery_config(env, instance_path, production),
        "MODERATION_SCORER": env.get("MODERATION_SCORER", "embedded"),
        # Pending comments a worker scores per scorer call when it finds a backlog: the German
        # model sorts a call's texts by length, so larger calls pad less (bench/worker_batch.py).
        "SCORING_BATCH_SIZE": _whole_number(env, "SCORING_BATCH_SIZE", 128, 1, 1000),
        # Tries per comment before it is held for a human with the error recorded.
        "SCORING_MAX_ATTEMPTS": _whole_number(env, "SCORING_MAX_ATTEMPTS", 5, 1, 100),
        "SCORER_OPTIONS": _scorer_options(env),
        "API_TOKEN_TTL_HOURS": int(env.get("API_TOKEN_TTL_HOURS", "720")),
        "MAX_CONTENT_LENGTH": int(env.get("MAX_CONTENT_LENGTH", str(64 * 1024))),
        "BABEL_DEFAULT_LOCALE": env.get("DEFAULT_LOCALE", "de"),
        "BABEL_DEFAULT_TIMEZONE": env.get("DEFAULT_TIMEZONE", "Europe/Berlin"),
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": production,
        "REMEMBER_COOKIE_SECURE": production,
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        "WTF_CSRF_TIME_LIMIT": None,  # tied to the session instead of a clock
        "JSON_SORT_KEYS": False,
        # Rate limits ("N/period", several joined by ";"). RATELIMIT_ENABLED=0 lifts them
        # all, e.g. for a load test; production keeps them in Redis so every process counts.
        "RATELIMIT_ENABLED": env.get("RATELIMIT_ENABLED", "1") not in {"0", "false", "no"},
        "RATELIMIT_STORAGE_URI": _ratelimit_storage(env),
        "RATELIMIT_HEADERS_ENABLED": True,
        # A limiter store that is down must not take posting down with it: flood limits
        # are lifted meanwhile, credential limits fail closed (extensions.py). No fallback
        # to each process's memory: that would multiply every limit by the process count.
        "RATELIMIT_SWALLOW_ERRORS": True,
        "RATELIMIT_IN_MEMORY_FALLBACK_ENABLED": False,
        "RATE_LIMIT_LOGIN": env.get("RATE_LIMIT_LOGIN", "10/minute;50/hour"),
        "RATE_LIMIT_COMMENTS_ACCOUNT": env.get("RATE_LIMIT_COMMENTS_ACCOUNT", "6/minute;200/day"),
        "RATE_LIMIT_COMMENTS_IP": env.get("RATE_LIMIT_COMMENTS_IP", "120/minute"),
        # Number of reverse proxies in front of the app whose X-Forwarded-For to trust.
        "TRUSTED_PROXIES": int(env.get("TRUSTED_PROXIES", "0")),
        "REMEMBER_COOKIE_DURATION": timedelta(days=14),
        "PERMANENT_SESSION_LIFETIME": timedelta(days=14),
        # The moderation desk: how long a decision can be undone, how long a claim lasts.
        "DESK_UNDO_SECONDS": int(env.get("DESK_UNDO_SECONDS", "300")),
        "DESK_CLAIM_SECONDS": int(env.get("DESK_CLAIM_SECONDS", "120")),
        # When set, /metrics wants "Authorization: Bearer <METRICS_TOKEN>".
        "METRICS_TOKEN": env.get("METRICS_TOKEN") or None,
        "LOG_FORMAT": env.get("LOG_FORMAT", "json" if production else "text"),
        "LOG_LEVEL": env.get("LOG_LEVEL", "INFO").upper(),
        **integration_config(env),
    }
    return config


def _whole_number(env: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    raw = env.get(name, str(default)).strip()
    if not raw.isdigit() or not low <= int(raw) <= high:
        raise ConfigError(f"{name} must be a whole number from {low} to {high}, not {raw!r}")
    return int(raw)


def _ratelimit_storage(env: Mapping[str, str]) -> str:
    explicit = env.get("RATELIMIT_STORAGE_URI")
    if explicit:
        return explicit
    broker = env.get("CELERY_BROKER_URL", "")
    return broker if broker.startswith(("redis://", "rediss://")) else "memory://"


def _secret_key(env: Mapping[str, str], instance_path: Path, production: bool) -> str:
    key = env.get("SECRET_KEY", "")
    if production:
        if not key:
            raise ConfigError("SECRET_KEY must be set when MODERATION_ENV=production")
        if len(key) < MIN_SECRET_KEY_LENGTH or key.lower() in KNOWN_WEAK_SECRETS:
            raise ConfigError(
                f"SECRET_KEY is too weak for production: use at least {MIN_SECRET_KEY_LENGTH} "
                "random characters, e.g. from "
                "`python -c 'import secrets; print(secrets.token_urlsafe(48))'`"
            )
        return key
    if key:
        return key
    # Local run: generate once and keep it, so sessions survive a restart.
    path = instance_path / "secret_key"
    if path.exists():
        return path.read_text().strip()
    instance_path.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(key)
    return key


def _engine_options(env: Mapping[str, str], database_url: str) -> dict[str, Any]:
    # No pool_pre_ping: db/ping.py pings only connections that sat idle in the pool.
    options: dict[str, Any] = {}
    if not database_url.startswith("postgresql"):
        return options
    # Connections each process keeps open (SQLAlchemy's defaults 5 + 10); docs/scaling.md
    # adds them up against PostgreSQL's max_connections.
    options["pool_size"] = int(env.get("DB_POOL_SIZE", "5"))
    options["max_overflow"] = int(env.get("DB_MAX_OVERFLOW", "10"))
    if env.get("DB_PGBOUNCER", "0").lower() in {"1", "true", "yes"}:
        # PgBouncer in transaction mode hands each transaction to any server connection:
        # psycopg's automatic prepared statements would be missing (or clash) on the next
        # one, and startup options are refused, so the timeouts below belong on the role
        # (ALTER ROLE ... SET lock_timeout ...; docs/scaling.md).
        options["connect_args"] = {"prepare_threshold": None}
        return options
    # A frozen or hung process must not hold row locks for ever: its session is
    # ended after this long idle inside a transaction, and anyone waiting on a
    # lock gives up (and retries) instead of queueing behind it indefinitely.
    lock_ms = int(env.get("DB_LOCK_TIMEOUT_MS", "10000"))
    idle_ms = int(env.get("DB_IDLE_IN_TRANSACTION_TIMEOUT_MS", "60000"))
    options["connect_args"] = {
        "options": f"-c lock_timeout={lock_ms} -c idle_in_transaction_session_timeout={idle_ms}"
    }
    return options


def _database_url(env: Mapping[str, str], instance_path: Path, production: bool) -> str:
    url = env.get("DATABASE_URL", "")
    if not url:
        if production:
            raise ConfigError("DATABASE_URL must be set when MODERATION_ENV=production")
        return f"sqlite:///{instance_path / 'moderation.sqlite'}"
    # Heroku-style URLs name the old driver; we ship psycopg 3.
    if url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgres://")
    elif url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return url


def _celery_config(env: Mapping[str, str], instance_path: Path, production: bool) -> dict[str, Any]:
    broker = env.get("CELERY_BROKER_URL", "")
    if not broker:
        if production:
            raise ConfigError("CELERY_BROKER_URL must be set when MODERATION_ENV=production")
        # kombu's SQLAlchemy transport: a real broker in a file, no server to install.
        broker = f"sqla+sqlite:///{instance_path / 'celery-broker.sqlite'}"
    visibility_timeout = int(env.get("CELERY_VISIBILITY_TIMEOUT", "3600"))
    transport_options: dict[str, Any] = {}
    transport = None
    if broker.startswith(("redis://", "rediss://")):
        # kombu's Redis transport, with a closed channel failing as a connection error.
        transport = redis_transport.TRANSPORT
        # Fail fast when Redis is down: the API must answer (the comment is
        # committed and the sweeper queues it later), not hang on the broker.
        transport_options.update(
            visibility_timeout=visibility_timeout, socket_connect_timeout=2, socket_timeout=5
        )
    return {
        "broker_url": broker,
        "broker_transport": transport,
        "task_ignore_result": True,
        # A task is acknowledged only after it ran; a worker killed mid-task
        # leaves the message to be delivered again (tasks are idempotent).
        "task_acks_late": True,
        "task_reject_on_worker_lost": True,
        "worker_prefetch_multiplier": int(env.get("CELERY_PREFETCH_MULTIPLIER", "4")),
        "broker_connection_retry_on_startup": True,
        # Redis redelivers an unacknowledged message after this many seconds; it
        # must exceed the longest task, or a slow task runs twice at once.
        "broker_transport_options": transport_options,
        "broker_connection_timeout": 2,
        "broker_use_ssl": redis_transport.tls_options(broker, env),
        "task_publish_retry_policy": {
            "max_retries": 2,
            "interval_start": 0,
            "interval_step": 0.2,
            "interval_max": 0.5,
        },
        "task_default_queue": tasks.SCORING_QUEUE,
        "task_queues": tuple(Queue(name) for name in tasks.QUEUES),
        "task_routes": {name: {"queue": queue} for name, queue in tasks.QUEUE_OF.items()},
        # The sweepers: comments still pending after PENDING_MAX_AGE seconds are
        # queued again (a lost message or a failed enqueue heals by itself), and so
        # are held or rejected ones still without an explanation.
        "beat_schedule": {
            "requeue-pending": {
                "task": tasks.REQUEUE_PENDING,
                "schedule": float(env.get("PENDING_SWEEP_INTERVAL", "60")),
                "kwargs": {"older_than_seconds": int(env.get("PENDING_MAX_AGE", "120"))},
            },
            "requeue-unexplained": {
                "task": tasks.REQUEUE_UNEXPLAINED,
                "schedule": float(env.get("EXPLANATION_SWEEP_INTERVAL", "300")),
                "kwargs": {"older_than_seconds": int(env.get("EXPLANATION_MAX_AGE", "600"))},
            },
            # Sites with enough new moderator decisions since their last model get a new one.
            "retrain-site-models": {
                "task": tasks.RETRAIN_DUE_SITES,
                "schedule": float(env.get("RETRAIN_CHECK_INTERVAL", "3600")),
                "kwargs": {"min_new": int(env.get("RETRAIN_MIN_NEW_EXAMPLES", "200"))},
            },
        },
        "task_serializer": "json",
        "accept_content": ["json"],
    }


def _scorer_options(env: Mapping[str, str]) -> dict[str, dict[str, Any]]:
    """Backend options from the environment, keyed by scorer name; unset values are omitted."""
    mapping = {
        "embedded": {"EMBEDDED_HEAD": "head", "EMBEDDED_THREADS": "threads"},
        "detoxify": {
            "DETOXIFY_MODEL": "model",
            "DETOXIFY_CHECKPOINT": "checkpoint",
            "DETOXIFY_HF_CONFIG": "hf_config",
            "DETOXIFY_DEVICE": "device",
            "DETOXIFY_BATCH_SIZE": "batch_size",
            "DETOXIFY_THREADS": "threads",
            "DETOXIFY_PRECISION": "precision",
            "DETOXIFY_MAX_TOKENS": "max_tokens",
            "DETOXIFY_THREAT_HEAD": "threat_head",
            "DETOXIFY_ARTIFACT": "artifact",
        },
    }
    integers = {"batch_size", "threads", "max_tokens"}
    options: dict[str, dict[str, Any]] = {}
    for scorer, names in mapping.items():
        options[scorer] = {}
        for variable, option in names.items():
            if env.get(variable):
                value: Any = env[variable]
                options[scorer][option] = int(value) if option in integers else value
    # The cascade runs both scorers above, each with its own settings, between two bounds.
    cascade: dict[str, Any] = {"embedded": options["embedded"], "detoxify": options["detoxify"]}
    for variable, option in (("CASCADE_LOW", "low"), ("CASCADE_HIGH", "high")):
        if env.get(variable):
            cascade[option] = env[variable]
    options["cascade"] = cascade
    head = options["detoxify"].get("threat_head", "").strip().lower()
    if head and head not in ("on", "off"):
        raise ConfigError(f'DETOXIFY_THREAT_HEAD must be "on" or "off", not {head!r}')
    # The learned threat guard (scoring/threat_guard.py) wraps whichever scorer runs.
    guard = env.get("MODERATION_THREAT_GUARD", "").strip().lower()
    if guard:
        if guard not in ("on", "off"):
            # Refused here, at start, not in the worker when it loads its model.
            raise ConfigError(f'MODERATION_THREAT_GUARD must be "on" or "off", not {guard!r}')
        for scorer_options in options.values():
            scorer_options["threat_guard"] = guard
    return options
