"""Flask extensions, created once and unbound, attached to an app by the factory."""

from __future__ import annotations

from celery import Celery, Task
from flask import Flask
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
# Credential guessing (sign-in form, token endpoint): fails closed. While the store is down
# these endpoints answer 503 with Retry-After (errors.py) instead of guessing unlimited.
credential_limiter = Limiter(
    key_func=get_remote_address,
    swallow_errors=False,
    in_memory_fallback_enabled=False,
    storage_options={"wrap_exceptions": True},
)


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
