"""The configuration and credentials every test uses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from moderation.config import build_config

TEST_SECRET = "test-secret-key-that-is-long-enough-for-tests-0123456789"
PASSWORD = "correct horse battery staple"
# Never created: tests that need files give their own tmp_path.
INSTANCE_DIR = Path("/nonexistent-instance-dir-for-tests")


def app_config(database_url: str, broker_url: str = "memory://") -> dict[str, Any]:
    """The app config tests run with: the given database and broker, limits and caching off."""
    celery = build_config(
        INSTANCE_DIR,
        {"SECRET_KEY": TEST_SECRET, "CELERY_BROKER_URL": broker_url, "DATABASE_URL": database_url},
    )["CELERY"]
    return {
        "TESTING": True,
        "SECRET_KEY": TEST_SECRET,
        "SQLALCHEMY_DATABASE_URI": database_url,
        "CELERY": celery,
        # Limits are tested on their own (tests/reliability/test_rate_limits.py).
        "RATELIMIT_ENABLED": False,
        # Reads right after a write must see it; the fresh window has its own tests
        # (tests/api/test_public_thread_cache.py).
        "PUBLIC_FRESH_MS": 0,
    }
