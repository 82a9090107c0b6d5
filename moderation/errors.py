"""JSON error responses: {"error": {"code", "message", "field"?}} for every failure under /api."""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask, Response, jsonify, request
from limits.errors import StorageError
from sqlalchemy.exc import (
    DataError,
    InterfaceError,
    OperationalError,
    PendingRollbackError,
)
from sqlalchemy.exc import TimeoutError as PoolTimeout
from werkzeug.exceptions import HTTPException

from moderation.extensions import db
from moderation.services import errors

log = logging.getLogger(__name__)

_STATUS: list[tuple[type[errors.DomainError], int]] = [
    (errors.InvalidInput, 422),
    (errors.NotFound, 404),
    (errors.AuthenticationFailed, 401),
    (errors.NotAllowed, 403),
    (errors.Conflict, 409),
]


class ApiError(Exception):
    """An error raised by the API layer itself (bad request shape, missing auth)."""

    def __init__(
        self, status: int, code: str, message: str, *, field: str | None = None, **extra: Any
    ) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.field, self.extra = (
            status,
            code,
            message,
            field,
            extra,
        )


def error_response(
    http_status: int, code: str, message: str, field: str | None = None, **extra: Any
) -> Response:
    body: dict[str, Any] = {"code": code, "message": message}
    if field is not None:
        body["field"] = field
    body.update(extra)
    response = jsonify(error=body)
    response.status_code = http_status
    if http_status == 401:
        response.headers["WWW-Authenticate"] = 'Bearer realm="api"'
    return response


def status_for(error: errors.DomainError) -> int:
    for error_class, status in _STATUS:
        if isinstance(error, error_class):
            return status
    return 400


RETRY_AFTER_SECONDS = 5


def register_error_handlers(app: Flask) -> None:
    # Wherever the database's unavailability surfaces (a statement, the pool, a session an
    # earlier failure left needing a rollback), the answer is a 503 the client may retry.
    @app.errorhandler(OperationalError)
    @app.errorhandler(InterfaceError)
    @app.errorhandler(PendingRollbackError)
    @app.errorhandler(PoolTimeout)
    def _database_unavailable(error: Exception) -> Response | tuple[str, int, dict[str, str]]:
        log.warning("database unavailable: %s", error)
        _roll_back()
        return _unavailable("the database is temporarily unavailable; retry shortly")

    @app.errorhandler(StorageError)
    def _limit_store_unavailable(error: StorageError) -> Response | tuple[str, int, dict[str, str]]:
        # Only credential limits raise this (they fail closed, extensions.py): no
        # unlimited password guessing while the limit store is down.
        log.warning("rate-limit store unavailable: %s", error)
        _roll_back()
        return _unavailable("sign-in is temporarily unavailable; retry shortly")

    @app.errorhandler(ApiError)
    def _api_error(error: ApiError) -> Response:
        return error_response(error.status, error.code, error.message, error.field, **error.extra)

    @app.errorhandler(DataError)
    def _unstorable_input(error: DataError) -> Response | tuple[str, int]:
        # Input the database cannot hold (a NUL byte in a path, a number out of range)
        # that slipped past validation: the client's fault, not a server error.
        log.warning("input the database refused: %s", error.orig)
        _roll_back()
        if not _wants_json():
            return "Bad request.", 400
        return error_response(
            400,
            "invalid_input",
            "the request contains a value that cannot be stored (e.g. a NUL character)",
        )

    @app.errorhandler(errors.DomainError)
    def _domain_error(error: errors.DomainError) -> Response:
        extra = {}
        if isinstance(error, errors.StaleVersion):
            extra = {"current_version": error.current_version, "status": error.status}
        return error_response(status_for(error), error.code, error.message, error.field, **extra)

    @app.errorhandler(HTTPException)
    def _http_error(
        error: HTTPException,
    ) -> Response | HTTPException | tuple[str, int, dict[str, str]]:
        if error.code == 500 and _caused_by_unavailable_database(error):
            # An unexpected error while the database was going away (in a hook, a teardown,
            # an error handler): still the outage the client may retry, not a server bug.
            log.warning("database unavailable (surfaced as %r)", error.original_exception)
            _roll_back()
            return _unavailable("the database is temporarily unavailable; retry shortly")
        if not _wants_json():
            return error
        code = (error.name or "error").lower().replace(" ", "_")
        response = error_response(error.code or 500, code, error.description or error.name)
        original = dict(error.get_headers())
        for header in ("Allow", "Retry-After"):
            if header in original:
                response.headers[header] = original[header]
        return response


_UNAVAILABLE = (OperationalError, InterfaceError, PendingRollbackError, PoolTimeout)


def _caused_by_unavailable_database(error: HTTPException) -> bool:
    """Whether the exception behind a 500, or one it was raised from or while handling, says
    the database connection is gone."""
    seen: set[int] = set()
    exc: BaseException | None = getattr(error, "original_exception", None)
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, _UNAVAILABLE) or getattr(exc, "connection_invalidated", False):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def _unavailable(message: str) -> Response | tuple[str, int, dict[str, str]]:
    headers = {"Retry-After": str(RETRY_AFTER_SECONDS)}
    if not _wants_json():
        return "Service temporarily unavailable; please retry shortly.", 503, headers
    response = error_response(503, "unavailable", message)
    response.headers.update(headers)
    return response


def _roll_back() -> None:
    # The handler must answer even if the connection is gone: the pool replaces it later.
    try:
        db.session.rollback()
    except Exception:
        log.warning("rollback after a failure failed", exc_info=True)


def _wants_json() -> bool:
    if request.path == "/api/docs":
        return False
    return request.path.startswith(JSON_PREFIXES) or request.path in {"/healthz", "/readyz"}


# The drop-in endpoints answer JSON too, also for paths they do not know.
JSON_PREFIXES = ("/api/", "/v1alpha1/", "/coral/")
