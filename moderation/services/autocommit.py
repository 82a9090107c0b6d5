"""Statements outside a transaction block, for requests whose one write is one statement.

A transaction costs two round trips of its own (psycopg sends BEGIN before the first
statement, then COMMIT). A public thread read changes nothing, and at READ COMMITTED,
PostgreSQL's default, every statement of a transaction sees a fresh snapshot anyway; a
comment POST usually writes one row with one INSERT, which PostgreSQL commits on its own.
Both run in autocommit; a service about to write more than one statement calls
``begin_transaction()`` first, and what follows runs in a transaction as usual.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

from ..extensions import db

_AUTOCOMMIT = "AUTOCOMMIT"
P = ParamSpec("P")
R = TypeVar("R")


def start() -> None:
    """Run this request's statements in autocommit, if none has run yet."""
    if not db.session().in_transaction():
        db.session.connection(execution_options={"isolation_level": _AUTOCOMMIT})


def active() -> bool:
    session = db.session()
    if not session.in_transaction():
        return False
    options = session.connection().get_execution_options()
    return options.get("isolation_level") == _AUTOCOMMIT


def begin_transaction() -> None:
    """Leave autocommit: the next statement begins a transaction (on a pooled connection).

    The session's objects stay loaded: what was read in autocommit is still what the
    caller works with, as it would be one statement later in a transaction.
    """
    if not active():
        return
    session = db.session()
    session.expire_on_commit = False
    try:
        session.commit()  # ends the session's autocommit connection; nothing to commit
    finally:
        session.expire_on_commit = True


def starting_in_autocommit(view: Callable[P, R]) -> Callable[P, R]:
    """Decorate a view (outside its rate limits, whose key may read the caller's token) so
    that its statements start in autocommit."""

    @wraps(view)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        start()
        return view(*args, **kwargs)

    return wrapper
