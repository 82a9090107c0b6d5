"""Language and time zone choice: the instance's language (German), or the one a moderator's sites
share, unless the person picked another; dates in a site's zone."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, dates, numbers
from flask import Flask, Response, current_app, g, request, url_for
from werkzeug.routing import BuildError

SUPPORTED_LOCALES = ("de", "en")
LOCALE_COOKIE = "lang"


def select_locale() -> str:
    """The desk's language, the first of:

    1. ``?lang=`` (the ``DE``/``EN`` links; remembered for the account and in a cookie),
    2. the signed-in person's remembered choice,
    3. the cookie (a choice made before signing in),
    4. for a moderator, the language of the sites they are assigned to, when all share one,
    5. the instance default (``DEFAULT_LOCALE``).

    Never the browser's Accept-Language: a German newsroom on English browsers works in the
    newsroom's language. Not the language of the site a page is about either: the desk keeps
    one language from the queue to a comment and back; a moderator whose sites differ gets
    the instance's language and can pick another.
    """
    for choose in (_asked, _account_locale, _cookie_locale, _sites_language):
        chosen = choose()
        if chosen in SUPPORTED_LOCALES:
            return str(chosen)
    return str(current_app.config["BABEL_DEFAULT_LOCALE"])


def _asked() -> str | None:
    return request.args.get("lang")


def _cookie_locale() -> str | None:
    return request.cookies.get(LOCALE_COOKIE)


def _signed_in() -> Any:
    from flask_login import current_user

    return current_user if current_user and current_user.is_authenticated else None


def _account_locale() -> str | None:
    return getattr(_signed_in(), "locale", None)


def _sites_language() -> str | None:
    from moderation.services.desk import assignments

    account = _signed_in()
    return assignments.shared_language(account) if account is not None else None


def select_timezone() -> str:
    return str(current_app.config["BABEL_DEFAULT_TIMEZONE"])


def use_timezone(name: str | None) -> None:
    """Show this request's dates in ``name`` (a site's zone); unknown names are ignored."""
    if name:
        g.desk_timezone = name


def current_zone() -> ZoneInfo:
    name = g.get("desk_timezone") or select_timezone()
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def current_locale() -> str:
    return str(_babel_locale())


def _babel_locale() -> Locale:
    """The request's locale as Babel's object: formatting with a locale's name parses the
    name again on every call, a large part of formatting a number, and a desk page formats
    many."""
    from flask_babel import get_locale

    return get_locale() or Locale.parse(current_app.config["BABEL_DEFAULT_LOCALE"])


def local_datetime(value: datetime | None, fmt: str = "short") -> str:
    """A timestamp in the request's zone (the site's, where a page is about one site)."""
    if value is None:
        return ""
    return dates.format_datetime(value, fmt, tzinfo=current_zone(), locale=_babel_locale())


def local_date(value: Any, fmt: str = "medium") -> str:
    return dates.format_date(value, fmt, locale=_babel_locale())


def short_day(value: Any) -> str:
    """Day and month only, as the locale writes them ("26.11." / "11/26")."""
    return dates.format_skeleton("Md", value, locale=_babel_locale())


def age(value: datetime | None, now: datetime | None = None) -> str:
    """How long ago, e.g. "3 Stunden" / "3 hours"."""
    if value is None:
        return ""
    now = now or datetime.now(value.tzinfo)
    return duration(max(timedelta(0), now - value))


def ago(value: datetime | None, now: datetime | None = None) -> str:
    """How long ago, with the direction in the locale's grammar: "vor 2 Tagen" / "2 days ago"."""
    if value is None:
        return ""
    now = now or datetime.now(value.tzinfo)
    return dates.format_timedelta(
        min(timedelta(0), value - now), add_direction=True, threshold=0.9, locale=_babel_locale()
    )


def duration(value: timedelta | float | None) -> str:
    if value is None:
        return "–"
    if not isinstance(value, timedelta):
        value = timedelta(seconds=float(value))
    return dates.format_timedelta(value, threshold=0.9, locale=_babel_locale())


def number(value: int | float) -> str:
    return numbers.format_decimal(value, locale=_babel_locale())


def decimal(value: float, places: int = 2) -> str:
    """A score or weight with a fixed number of places as the locale writes it: "0,89"."""
    return numbers.format_decimal(
        value, format="0." + "0" * places, locale=_babel_locale(), group_separator=False
    )


def lang_url(code: str) -> str:
    """This page in another language, keeping its query (filters, cursor)."""
    args = request.args.to_dict(flat=False)
    args["lang"] = [code]
    if request.endpoint and request.endpoint != "static":
        try:
            return url_for(request.endpoint, **(request.view_args or {}), **args)
        except BuildError:
            return f"?lang={code}"
    return f"?lang={code}"


def init_app(app: Flask) -> None:
    register_template_helpers(app)
    _install_request_translations(app)

    @app.after_request
    def remember_language(response: Response) -> Response:
        chosen = request.args.get("lang")
        if chosen in SUPPORTED_LOCALES:
            response.set_cookie(
                LOCALE_COOKIE, chosen, max_age=365 * 24 * 3600, samesite="Lax", httponly=True
            )
            _remember_for_account(chosen)
        return response


def _remember_for_account(code: str) -> None:
    from flask_login import current_user

    from moderation.services.accounts import preferences

    if current_user and current_user.is_authenticated and current_user.locale != code:
        preferences.remember_locale(current_user, code)


def _names() -> tuple[dict[str, object], dict[str, object], dict[str, object]]:
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
        "undone": _l("undone"),
        "kept": _l("kept despite reports"),
        "suspended": _l("author suspended"),
        "banned": _l("author banned"),
        "reinstated": _l("author reinstated"),
    }
    statuses = {
        "pending": _l("pending"),
        "published": _l("published"),
        "held": _l("held"),
        "rejected": _l("rejected"),
        "active": _l("active"),
        "suspended": _l("suspended"),
        "banned": _l("banned"),
        "deleted": _l("account deleted"),
    }
    return labels, actions, statuses


def label_name(label: str) -> str:
    """A label's name in the request's language ("Toxizität")."""
    return str(_names()[0].get(label, label))


def register_template_helpers(app: Flask) -> None:
    from flask_babel import format_datetime

    labels, actions, statuses = _names()
    app.jinja_env.globals.update(
        label_name=lambda label: labels.get(label, label),
        action_name=lambda action: actions.get(str(action), str(action)),
        status_name=lambda status: statuses.get(str(status), str(status)),
        format_datetime=format_datetime,
        current_locale=current_locale,
        local_datetime=local_datetime,
        local_date=local_date,
        age=age,
        ago=ago,
        duration=duration,
        number=number,
        decimal=decimal,
        lang_url=lang_url,
        current_zone_name=lambda: str(current_zone()),
    )


def request_translations() -> Any:
    """This request's catalogue, looked up once per request and kept on ``g``.

    Flask-Babel finds the locale and the catalogue again on every call, and a queue page
    makes a great many calls. The locale cannot change within a request (Flask-Babel keeps
    it on ``g`` too), so neither can the catalogue.
    """
    import flask_babel

    if not g:  # no app context: Flask-Babel answers with its null catalogue
        return flask_babel.get_translations()
    translations = g.get("moderation_translations")
    if translations is None:
        translations = g.moderation_translations = flask_babel.get_translations()
    return translations


def _install_request_translations(app: Flask) -> None:
    # Replaces the callables Flask-Babel installed in Jinja with the same ones on the cache.
    app.jinja_env.install_gettext_callables(
        gettext=lambda s: request_translations().ugettext(s),
        ngettext=lambda s, p, n: request_translations().ungettext(s, p, n),
        newstyle=True,
        pgettext=lambda c, s: request_translations().upgettext(c, s),
        npgettext=lambda c, s, p, n: request_translations().unpgettext(c, s, p, n),
    )
