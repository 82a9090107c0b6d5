"""Domain errors raised by services; the API maps them to JSON 4xx, the dashboard to a flash."""

from __future__ import annotations


class DomainError(Exception):
    """Base class: ``code`` is stable for clients, ``field`` names the input at fault."""

    code = "error"

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class InvalidInput(DomainError):
    code = "invalid"


class NotFound(DomainError):
    code = "not_found"


class SiteNotFound(NotFound):
    code = "site_not_found"


class CommentNotFound(NotFound):
    code = "comment_not_found"


class AuthenticationFailed(DomainError):
    code = "authentication_failed"


class NotAllowed(DomainError):
    code = "forbidden"


class AccountNotActive(NotAllowed):
    code = "account_not_active"


class Conflict(DomainError):
    code = "conflict"


class AlreadyExists(Conflict):
    code = "already_exists"


class IdempotencyKeyReused(Conflict):
    code = "idempotency_key_reused"


class StaleVersion(Conflict):
    """The comment changed since the client loaded it; nothing was overwritten."""

    code = "stale_version"

    def __init__(self, message: str, *, current_version: int, status: str) -> None:
        super().__init__(message, field="version")
        self.current_version = current_version
        self.status = status
