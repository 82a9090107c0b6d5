"""Forms of the admin's site pages: create and edit a site, label a key, set the webhook URL."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import IntegerField, SelectField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import (
    DataRequired,
    Length,
    NumberRange,
    Optional,
    Regexp,
    ValidationError,
)

from moderation.services.errors import InvalidInput
from moderation.services.sites import integration
from moderation.services.sites.api_keys import MAX_NAME_LENGTH as MAX_KEY_LABEL
from moderation.services.sites.registry import SLUG_PATTERN, default_language


def origin_lines(raw: str | None) -> list[str]:
    return [line.strip() for line in (raw or "").splitlines() if line.strip()]


def _origins(form: FlaskForm, field: Any) -> None:
    lines = origin_lines(field.data)
    if len(lines) > integration.MAX_ORIGINS:
        raise ValidationError(_l("List at most %(num)s origins.", num=integration.MAX_ORIGINS))
    for line in lines:
        try:
            integration.normalise_origin(line)
        except InvalidInput:
            raise ValidationError(
                _l(
                    "Not an origin: %(value)s. Write scheme and host only, "
                    "e.g. https://www.example.de",
                    value=line,
                )
            ) from None


def _timezone(form: FlaskForm, field: Any) -> None:
    try:
        ZoneInfo((field.data or "").strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(_l("Unknown time zone. Use a name like Europe/Berlin.")) from None


def _webhook_url(form: FlaskForm, field: Any) -> None:
    if field.data and field.data.strip():
        try:
            integration.valid_webhook_url(field.data)
        except InvalidInput:
            raise ValidationError(
                _l("Enter an http or https URL without user name or password.")
            ) from None


def _languages() -> list[SelectChoice]:
    return [SelectChoice("de", _l("German")), SelectChoice("en", _l("English"))]


class SiteFieldsForm(FlaskForm):
    """The settings a site is created with and an admin can change later."""

    name = StringField(
        _l("Name"),
        validators=[DataRequired(), Length(max=integration.MAX_NAME_LENGTH)],
        description=_l("Shown to moderators, e.g. Rheinblick Online."),
    )
    origins = TextAreaField(
        _l("Allowed origins (one per line)"),
        validators=[_origins],
        description=_l(
            "The pages that embed the comments, as scheme and host: https://www.example.de"
        ),
    )
    language = SelectField(
        _l("Language of the comments"), choices=_languages(), default=default_language
    )
    timezone = StringField(
        _l("Time zone"),
        default="Europe/Berlin",
        validators=[DataRequired(), Length(max=64), _timezone],
    )


class SiteCreateForm(SiteFieldsForm):
    slug = StringField(
        _l("Slug"),
        validators=[
            DataRequired(),
            Length(max=64),
            Regexp(
                SLUG_PATTERN,
                message=_l(
                    "Use lower-case letters, digits and dashes; start and end with a "
                    "letter or digit."
                ),
            ),
        ],
        description=_l("The site's name in URLs and in the embed tag; cannot be changed later."),
    )


class SiteEditForm(SiteFieldsForm):
    report_threshold = IntegerField(
        _l("Reports before a comment enters the Reported queue"),
        validators=[
            DataRequired(),
            NumberRange(min=1, max=integration.MAX_REPORT_THRESHOLD),
        ],
    )


class ApiKeyForm(FlaskForm):
    label = StringField(
        _l("Name of the key"),
        validators=[Optional(), Length(max=MAX_KEY_LABEL)],
        description=_l("What the key is for, e.g. cms or newsletter."),
    )


class WebhookForm(FlaskForm):
    webhook_url = StringField(
        _l("Webhook URL"),
        validators=[Optional(), Length(max=2000), _webhook_url],
        description=_l("Leave empty to stop sending webhooks."),
    )
