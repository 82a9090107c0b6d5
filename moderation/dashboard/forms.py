"""Dashboard forms: they validate fields; services decide what is allowed."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DecimalField,
    HiddenField,
    IntegerField,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import AnyOf, DataRequired, Length, NumberRange, Optional

from moderation.scoring.labels import LABELS
from moderation.services.desk.bans import MAX_SUSPENSION_DAYS
from moderation.services.desk.decisions import MAX_NOTE_LENGTH
from moderation.services.desk.notes import MAX_NOTE_LENGTH as MAX_MODERATOR_NOTE


class CsrfForm(FlaskForm):
    """Only the CSRF token: for forms whose fields are parsed by hand (bulk, undo)."""


class DecisionForm(FlaskForm):
    action = HiddenField(validators=[DataRequired(), AnyOf(["approve", "reject"])])
    version = IntegerField(validators=[DataRequired(), NumberRange(min=1)])
    reason = StringField(_l("Reason"), validators=[Optional(), Length(max=1000)])
    note = StringField(
        _l("Note to the author"), validators=[Optional(), Length(max=MAX_NOTE_LENGTH)]
    )


class KeepForm(FlaskForm):
    """Keep a reported comment: only the version seen, for the two-moderator check."""

    version = IntegerField(validators=[DataRequired(), NumberRange(min=1)])


class AuthorActionForm(FlaskForm):
    reason = StringField(_l("Reason"), validators=[Optional(), Length(max=1000)])
    note = StringField(
        _l("Note to the author"), validators=[Optional(), Length(max=MAX_NOTE_LENGTH)]
    )
    days = IntegerField(
        _l("Days"), validators=[Optional(), NumberRange(min=1, max=MAX_SUSPENSION_DAYS)]
    )
    reject_all = BooleanField(_l("Also reject all of this author's comments"))


class NoteForm(FlaskForm):
    body = TextAreaField(
        _l("New note"), validators=[DataRequired(), Length(max=MAX_MODERATOR_NOTE)]
    )


class SiteSettingsForm(FlaskForm):
    reasons = TextAreaField(_l("Rejection reasons (one per line)"), validators=[DataRequired()])
    timezone = StringField(_l("Time zone"), validators=[DataRequired(), Length(max=64)])
    mode = SelectField(
        _l("Mode"),
        choices=[
            SelectChoice("post", _l("Post-moderation: publish unless flagged")),
            SelectChoice("pre", _l("Pre-moderation: hold every comment")),
        ],
    )


def _threshold(label: str, kind: str) -> DecimalField:
    required = kind == "hold"
    return DecimalField(
        label,
        places=None,
        validators=[
            DataRequired() if required else Optional(),
            NumberRange(min=0.01, max=1),
        ],
    )


# One hold and one reject threshold field per label, named hold_<label> / reject_<label>.
for _label in LABELS:
    setattr(SiteSettingsForm, f"hold_{_label}", _threshold(_label, "hold"))
    setattr(SiteSettingsForm, f"reject_{_label}", _threshold(_label, "reject"))
