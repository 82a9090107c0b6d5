"""Running a unit of work again when it lost a lock conflict (deadlock, lock timeout)."""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import OperationalError

from moderation.extensions import db

log = logging.getLogger(__name__)
T = TypeVar("T")
# PostgreSQL's deadlock_detected, serialization_failure and lock_not_available: the
# transaction was rolled back as a whole, so running it again is safe.
RETRIED_SQLSTATES = frozenset({"40P01", "40001", "55P03"})
DEFAULT_ATTEMPTS = 4


def lost_lock_conflict(error: OperationalError) -> bool:
    return getattr(error.orig, "sqlstate", None) in RETRIED_SQLSTATES


def retrying(work: Callable[[], T], attempts: int = DEFAULT_ATTEMPTS) -> T:
    """``work()``, rolled back and run again (after a short random pause) when it loses a
    lock conflict; any other error, or the last attempt's, propagates (the API's 503)."""
    for attempt in range(1, attempts + 1):
        try:
            return work()
        except OperationalError as error:
            db.session.rollback()
            if attempt == attempts or not lost_lock_conflict(error):
                raise
            log.warning("lock conflict (attempt %s of %s); retrying", attempt, attempts)
            time.sleep(random.uniform(0.01, 0.05) * attempt)  # noqa: S311 (jitter, not a secret)
    raise AssertionError("unreachable")
