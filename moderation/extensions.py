"""Flask extensions, created once and unbound, attached to an app by the factory."""

from __future__ import annotations

import time
from typing import Any

from celery import Celery, Task
from flask import Flask, Response
from flask_babel import Babel
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from flask_wtf import CSRFProtect
from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

# Stable constraint names, so Alembic can alter and drop them on every database.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


db = SQLAlchemy(model_class=Base)
migrate = Migrate()
login_manager = LoginManager()
csrf = CSRFProtect()
babel = Babel()
# Flood limits (comments, reader actions, SSO, analysis): while the limit store is down they
# are not applied (RATELIMIT_SWALLOW_ERRORS), the same in every process, and never counted
# in one process's memory, which would multiply them by the number of processes.
limiter = Limiter(key_func=get_remote_address)


class FailClosedLimiter(Limiter):
    """Limits that fail closed: while the store is down, the request is refused (the store's
    error propagates). Only the count may fail a request, never the answer after it: the
    store is not asked again for headers (Flask-Limiter's would raise from an after-request
    hook, a 500, if the store went away while the view ran); a 429 gets its Retry-After from
    the count's window, or the whole window if the store is gone by then."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(
            swallow_errors=False, in_memory_fallback_enabled=False, headers_enabled=False,
            storage_options={"wrap_exceptions": True}, **kwargs,
        )  # fmt: skip

    def init_app(self, app: Flask) -> None:
        super().init_app(app)
        app.after_request(self._set_retry_after)

    def _set_retry_after(self, response: Response) -> Response:
        limit = self.current_limit
        if response.status_code != 429 or limit is None or not limit.breached:
            return response
        try:
            seconds = limit.reset_at - int(time.time())
        except Exception:  # the store went away after the count: the whole window
            seconds = limit.limit.get_expiry()
        response.headers["Retry-After"] = str(max(seconds, 1))
        return response


# Credential guessing (sign-in form, token endpoint): fails closed. While the store is down
# these endpoints answer 503 with Retry-After (errors.py) instead of guessing unlimited.
credential_limiter = FailClosedLimiter(key_func=get_remote_address)


def celery_init_app(app: Flask) -> Celery:
    """Create the Celery app for ``app``; every task runs inside the Flask app context."""

    class FlaskTask(Task):
        def __call__(self, *args: object, **kwargs: object) -> object:
            with app.app_context():
                return self.run(*args, **kwargs)

    celery_app = Celery(app.name, task_cls=FlaskTask)
    celery_app.config_from_object(app.config["CELERY"])
    celery_app.set_default()
    app.extensions["celery"] = celery_app
    return celery_app
