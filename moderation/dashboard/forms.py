"""The decision form each queued comment carries."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import HiddenField, IntegerField, StringField
from wtforms.validators import AnyOf, DataRequired, Length, NumberRange, Optional


class DecisionForm(FlaskForm):
    action = HiddenField(validators=[DataRequired(), AnyOf(["approve", "reject"])])
    version = IntegerField(validators=[DataRequired(), NumberRange(min=1)])
    reason = StringField(_l("Reason"), validators=[Optional(), Length(max=1000)])
