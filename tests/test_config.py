"""Configuration from the environment: local defaults and production refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from moderation.config import ConfigError, build_config

STRONG = "x" * 48


def test_local_run_generates_and_keeps_a_secret_key(tmp_path: Path) -> None:
    first = build_config(tmp_path, {})["SECRET_KEY"]
    second = build_config(tmp_path, {})["SECRET_KEY"]
    assert len(first) >= 32
    assert first == second
    assert (tmp_path / "secret_key").stat().st_mode & 0o777 == 0o600


def test_local_defaults_need_no_server(tmp_path: Path) -> None:
    config = build_config(tmp_path, {})
    assert config["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path / 'moderation.sqlite'}"
    assert config["CELERY"]["broker_url"].startswith("sqla+sqlite:///")
    assert config["MODERATION_SCORER"] == "embedded"


@pytest.mark.parametrize("secret", [None, "", "dev", "short-secret", "changeme"])
def test_production_refuses_missing_or_weak_secret(tmp_path: Path, secret: str | None) -> None:
    env = {
        "MODERATION_ENV": "production",
        "DATABASE_URL": "postgresql://db/x",
        "CELERY_BROKER_URL": "redis://r:6379/0",
    }
    if secret is not None:
        env["SECRET_KEY"] = secret
    with pytest.raises(ConfigError, match="SECRET_KEY"):
        build_config(tmp_path, env)
    assert not (tmp_path / "secret_key").exists()


@pytest.mark.parametrize("missing", ["DATABASE_URL", "CELERY_BROKER_URL"])
def test_production_refuses_local_defaults(tmp_path: Path, missing: str) -> None:
    env = {
        "MODERATION_ENV": "production",
        "SECRET_KEY": STRONG,
        "DATABASE_URL": "postgresql://db/x",
        "CELERY_BROKER_URL": "redis://r:6379/0",
    }
    del env[missing]
    with pytest.raises(ConfigError, match=missing):
        build_config(tmp_path, env)


def test_production_settings_are_taken_from_the_environment(tmp_path: Path) -> None:
    config = build_config(
        tmp_path,
        {
            "MODERATION_ENV": "production",
            "SECRET_KEY": STRONG,
            "DATABASE_URL": "postgres://u:p@db:5432/moderation",
            "CELERY_BROKER_URL": "redis://redis:6379/0",
        },
    )
    assert config["SQLALCHEMY_DATABASE_URI"] == "postgresql+psycopg://u:p@db:5432/moderation"
    assert config["CELERY"]["broker_url"] == "redis://redis:6379/0"
    assert config["SESSION_COOKIE_SECURE"] is True
    assert config["REMEMBER_COOKIE_SECURE"] is True
    assert config["REMEMBER_COOKIE_HTTPONLY"] is True
    assert config["REMEMBER_COOKIE_SAMESITE"] == "Lax"
    assert config["REMEMBER_COOKIE_DURATION"].days == 14
    assert config["CELERY"]["task_acks_late"] is True
    assert config["CELERY"]["task_reject_on_worker_lost"] is True


def test_scorer_options_come_from_the_environment(tmp_path: Path) -> None:
    config = build_config(
        tmp_path,
        {
            "MODERATION_SCORER": "detoxify",
            "DETOXIFY_CHECKPOINT": "/models/x.ckpt",
            "DETOXIFY_HF_CONFIG": "/models/cfg",
            "DETOXIFY_BATCH_SIZE": "16",
            "DETOXIFY_ARTIFACT": "/models/next-german",
        },
    )
    assert config["MODERATION_SCORER"] == "detoxify"
    assert config["SCORER_OPTIONS"]["detoxify"] == {
        "checkpoint": "/models/x.ckpt",
        "hf_config": "/models/cfg",
        "batch_size": 16,
        "artifact": "/models/next-german",
    }


def test_postgres_sessions_cannot_hold_locks_for_ever(tmp_path: Path) -> None:
    config = build_config(
        tmp_path,
        {"DATABASE_URL": "postgresql://db/x", "DB_IDLE_IN_TRANSACTION_TIMEOUT_MS": "30000"},
    )
    options = config["SQLALCHEMY_ENGINE_OPTIONS"]["connect_args"]["options"]
    assert "-c lock_timeout=10000" in options
    assert "-c idle_in_transaction_session_timeout=30000" in options
    sqlite = build_config(tmp_path, {})["SQLALCHEMY_ENGINE_OPTIONS"]
    assert "connect_args" not in sqlite


def test_behind_pgbouncer_no_prepared_statements_and_no_startup_options(tmp_path: Path) -> None:
    env = {"DATABASE_URL": "postgresql://db/x", "DB_PGBOUNCER": "1", "DB_POOL_SIZE": "3"}
    options = build_config(tmp_path, env)["SQLALCHEMY_ENGINE_OPTIONS"]
    assert options["connect_args"] == {"prepare_threshold": None}
    assert (options["pool_size"], options["max_overflow"]) == (3, 10)


def test_scoring_batch_and_attempts_have_defaults(tmp_path: Path) -> None:
    config = build_config(tmp_path, {})
    assert (config["SCORING_BATCH_SIZE"], config["SCORING_MAX_ATTEMPTS"]) == (128, 5)
    config = build_config(tmp_path, {"SCORING_BATCH_SIZE": "32", "SCORING_MAX_ATTEMPTS": "3"})
    assert (config["SCORING_BATCH_SIZE"], config["SCORING_MAX_ATTEMPTS"]) == (32, 3)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("SCORING_BATCH_SIZE", "0"),
        ("SCORING_BATCH_SIZE", "many"),
        ("SCORING_BATCH_SIZE", "5000"),
        ("SCORING_MAX_ATTEMPTS", "-1"),
        ("SCORING_MAX_ATTEMPTS", ""),
    ],
)
def test_scoring_counts_out_of_range_stop_the_start_naming_the_variable(
    tmp_path: Path, name: str, value: str
) -> None:
    with pytest.raises(ConfigError, match=f"{name} must be a whole number from 1 to"):
        build_config(tmp_path, {name: value})
