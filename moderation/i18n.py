"""Language and time zone choice: German by default, English on request."""

from __future__ import annotations

from flask import Flask, Response, current_app, request

SUPPORTED_LOCALES = ("de", "en")
LOCALE_COOKIE = "lang"


def select_locale() -> str:
    """?lang= beats the cookie beats the browser's Accept-Language beats the default (de)."""
    chosen = request.args.get("lang") or request.cookies.get(LOCALE_COOKIE)
    if chosen in SUPPORTED_LOCALES:
        return chosen
    best = request.accept_languages.best_match(SUPPORTED_LOCALES)
    return best or current_app.config["BABEL_DEFAULT_LOCALE"]


def select_timezone() -> str:
    return str(current_app.config["BABEL_DEFAULT_TIMEZONE"])


def init_app(app: Flask) -> None:
    register_template_helpers(app)

    @app.after_request
    def remember_language(response: Response) -> Response:
        chosen = request.args.get("lang")
        if chosen in SUPPORTED_LOCALES:
            response.set_cookie(
                LOCALE_COOKIE, chosen, max_age=365 * 24 * 3600, samesite="Lax", httponly=True
            )
        return response


def _names() -> tuple[dict[str, object], dict[str, object]]:
    # Lazy strings: translated when rendered, in the request's language.
    from flask_babel import lazy_gettext as _l

    labels = {
        "toxicity": _l("Toxicity"),
        "severe_toxicity": _l("Severe toxicity"),
        "obscene": _l("Obscene"),
        "threat": _l("Threat"),
        "insult": _l("Insult"),
        "identity_attack": _l("Identity attack"),
    }
    actions = {
        "auto_published": _l("published automatically"),
        "auto_held": _l("held automatically"),
        "auto_rejected": _l("rejected automatically"),
        "approved": _l("approved"),
        "rejected": _l("rejected"),
    }
    return labels, actions


def register_template_helpers(app: Flask) -> None:
    from flask_babel import format_datetime, get_locale

    labels, actions = _names()
    app.jinja_env.globals.update(
        label_name=lambda label: labels.get(label, label),
        action_name=lambda action: actions.get(str(action), str(action)),
        format_datetime=format_datetime,
        current_locale=lambda: str(get_locale() or "de"),
    )
