"""Ending a request's (or a task's) database session when a lost connection makes closing fail.

Closing a session rolls back the transaction its last statement opened. If the database went
away after that statement (a restart, a failover, a killed backend), the rollback raises from
the app context's teardown, after the view has made its answer: gunicorn then replaces a
finished 401 or 200 with a 500 of its own, which no error handler sees. Nothing is lost by
letting the close fail quietly: the server ends the transaction with the connection, and
SQLAlchemy has already marked the connection invalid so the pool does not hand it out again.
"""

from __future__ import annotations

import logging

from flask import Flask
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import scoped_session

log = logging.getLogger(__name__)


def end_sessions_quietly(app: Flask, session: scoped_session) -> None:  # type: ignore[type-arg]
    """Remove ``session`` at the end of every app context, tolerating a lost connection.

    Register after Flask-SQLAlchemy: teardown functions run in reverse order, so this runs
    first and leaves Flask-SQLAlchemy's own removal nothing to close.
    """

    @app.teardown_appcontext
    def _remove_session(_error: BaseException | None) -> None:
        try:
            session.remove()
        except SQLAlchemyError:
            log.warning("closing the database session failed; its connection is discarded",
                        exc_info=True)  # fmt: skip
            # The failed close has ended the session's transaction; this empties the registry.
            session.remove()
