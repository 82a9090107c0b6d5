"""The moderation service's Flask application factory: wiring only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flask import Flask, render_template

from moderation import logs
from moderation.config import build_config

ROOT = Path(__file__).resolve().parent.parent


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """Build the app from the environment, then apply ``config`` overrides (tests use these)."""
    app = Flask(
        __name__,
        instance_path=str(ROOT / "instance"),
        template_folder=str(ROOT / "templates"),
        static_folder=str(ROOT / "static"),
    )
    app.config.update(build_config(Path(app.instance_path)))
    if config:
        app.config.update(config)
    logs.configure(app)

    if app.config["TRUSTED_PROXIES"]:
        from werkzeug.middleware.proxy_fix import ProxyFix

        hops = app.config["TRUSTED_PROXIES"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops)  # type: ignore[method-assign]
    _init_extensions(app)
    _register_blueprints(app)
    _register_cli(app)
    return app


def _init_extensions(app: Flask) -> None:
    from moderation import i18n, security
    from moderation.extensions import (
        babel,
        celery_init_app,
        credential_limiter,
        csrf,
        db,
        limiter,
        login_manager,
        migrate,
    )

    db.init_app(app)
    from moderation.db.sessions import end_sessions_quietly

    end_sessions_quietly(app, db.session)
    migrate.init_app(app, db, directory=str(ROOT / "migrations"))
    csrf.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.session_protection = "basic"
    babel.init_app(app, locale_selector=i18n.select_locale, timezone_selector=i18n.select_timezone)
    i18n.init_app(app)
    security.init_app(app)
    limiter.init_app(app)
    credential_limiter.init_app(app)
    celery_init_app(app)

    from moderation import models  # noqa: F401  (models register the tables)
    from moderation.db import ping, sqlite

    with app.app_context():
        sqlite.configure(db.engine)
        ping.configure(db.engine, app.config["DB_PING_AFTER_IDLE_SECONDS"])
    from moderation.auth import session  # noqa: F401  (registers the user loader)


def _register_blueprints(app: Flask) -> None:
    from moderation import api, auth, dashboard, embed, health, metrics
    from moderation.api import coral, docs, perspective, perspective_discovery
    from moderation.errors import register_error_handlers
    from moderation.extensions import csrf

    app.register_blueprint(health.bp)
    app.register_blueprint(metrics.bp)
    app.register_blueprint(auth.bp)
    app.register_blueprint(dashboard.bp)
    # The API authenticates with bearer tokens; session callers are checked in api.auth.
    csrf.exempt(api.bp)
    app.register_blueprint(api.bp)
    # The news-site integration: drop-in endpoints for other platforms (API-key auth), API
    # docs, the widget.
    for blueprint in (perspective.bp, coral.bp):
        csrf.exempt(blueprint)
        app.register_blueprint(blueprint)
    app.register_blueprint(perspective_discovery.bp)
    app.register_blueprint(docs.bp)
    app.register_blueprint(embed.bp)
    register_error_handlers(app)

    @app.get("/")
    def index() -> str:
        return render_template("index.html")


def _register_cli(app: Flask) -> None:
    from moderation.cli import accounts_cli, demo_cli, learn_cli, sites_cli, sweep_command

    app.cli.add_command(accounts_cli)
    app.cli.add_command(sites_cli)
    app.cli.add_command(demo_cli)
    app.cli.add_command(learn_cli)
    app.cli.add_command(sweep_command)
