"""Why the scorer decided, in the moderator's language: "Toxizität 0,89 ≥ 0,50 – zurückgehalten".

Automatic events store their reasons twice: ``details["reasons"]``, the stable English texts
the API and the CSV export carry, and ``details["reason_details"]``, the same reasons as data
(moderation.scoring.policy.Reason.as_dict). The desk renders the data; events stored before
there was data, or with a kind this module does not know, show their text as it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext

from moderation.i18n import decimal, label_name
from moderation.scoring.identity import ModelIdentity, ModelKind, identify

# What the threat detector's rules (moderation.scoring.threat_patterns) find, for the desk;
# an English rule ("en_...") reads as its German twin. A rule not named here shows its name.
_KILL, _DEATH, _CALL = (
    _l("announces killing someone"),
    _l("announces the person's death"),
    _l("calls for violence"),
)
_BUILDING, _SHOT = _l("calls for an attack on a building"), _l("mentions a shot to the head")
_VEILED = _l("veiled threat")
THREAT_RULES = {
    "kill_first_person": _KILL,
    "kill_separable": _KILL,
    "harm_body": _l("announces bodily harm"),
    "you_will_die": _DEATH,
    "you_are_dead": _DEATH,
    "should_kill": _l("calls for killing someone"),
    "should_be_killed": _l("calls for killing someone"),
    "deserves_violence": _l("says someone deserves violence"),
    "someone_should": _CALL,
    "imperative_violence": _CALL,
    "bullet": _SHOT,
    "arson_property": _BUILDING,
    "burn_property": _BUILDING,
    "damage_property": _l("announces damage to property"),
    "knows_address": _l("claims to know where the person lives"),
    "rope": _l("mentions hanging someone"),
    "shame_if": _VEILED,
    "watch_out_or_else": _VEILED,
    "watch_back": _VEILED,
}
# The models in words a moderator understands, distinct from each other in both languages.
MODEL_NAMES = {
    ModelKind.LIGHT: _l("Light built-in model"),
    ModelKind.GERMAN: _l("German moderation model"),
    ModelKind.CHECKPOINT: _l("Detoxify (own checkpoint)"),
    ModelKind.CASCADE: _l("Cascade: light built-in model, German model where unsure"),
}


def _outcome(action: object) -> str:
    if action == "reject":
        return _("rejected")
    if action == "hold":
        return _("held")
    return str(action)


def reason_text(data: Mapping[str, Any]) -> str | None:
    """One reason in the request's language, or None for data this desk cannot read."""
    kind, action = data.get("kind"), data.get("action")
    try:
        if kind == "score":
            label = str(data["label"])
            return _(
                "%(label)s %(score)s ≥ %(threshold)s – %(outcome)s",
                label=label_name(label),
                score=decimal(float(data["score"])),
                threshold=decimal(float(data["threshold"])),
                outcome=_outcome(action),
            )
        if kind == "word":
            return _(
                "Listed word “%(term)s” – %(outcome)s",
                term=str(data["term"]),
                outcome=_outcome(action),
            )
        if kind == "threat":
            rule = str(data["rule"])
            return _(
                "Threat detector: %(rule)s – %(outcome)s",
                rule=THREAT_RULES.get(rule) or THREAT_RULES.get(rule.removeprefix("en_"), rule),
                outcome=_outcome(action),
            )
        if kind == "premoderation" and "limit" in data:
            return _(
                "Pre-moderation: new account (%(approved)s of %(limit)s approved comments)",
                approved=int(data["approved"]),
                limit=int(data["limit"]),
            )
        if kind == "premoderation":
            return _("Pre-moderation: every comment is reviewed")
        if kind == "trusted":
            return _("Trusted author")
        if kind == "scoring_failed":
            failures = int(data["failures"])
            return ngettext(
                "Scoring failed %(num)s time; held for a human",
                "Scoring failed %(num)s times; held for a human",
                failures,
            )
    except (KeyError, TypeError, ValueError):
        return None
    return None


def reason_texts(details: Mapping[str, Any] | None) -> list[str]:
    """An automatic event's reasons for the desk, from its data where it has any."""
    details = details or {}
    texts = [str(text) for text in details.get("reasons") or []]
    data = details.get("reason_details")
    if not isinstance(data, list):
        return texts
    out = []
    for index, entry in enumerate(data):
        text = reason_text(entry) if isinstance(entry, Mapping) else None
        if text is None:
            text = texts[index] if index < len(texts) else str(entry)
        out.append(text)
    return out


def event_reason(event: Any) -> str:
    """The reason column of a decision: a moderator's words, or the scorer's reasons rendered."""
    if event.is_automatic and isinstance((event.details or {}).get("reason_details"), list):
        return "; ".join(reason_texts(event.details))
    return event.reason or ""


def scorer_name(name: str, version: str | None) -> str:
    """The model that judged, from the scorer name and version its Score records."""
    model = identify(name, version)
    if model.guard:
        return _("%(model)s, with the threat guard", model=_model_name(model, name))
    return _model_name(model, name)


def _model_name(model: ModelIdentity, name: str) -> str:
    if model.kind is ModelKind.SITE:
        base = model.base or ModelIdentity(ModelKind.UNKNOWN)
        return _(
            "Model of the site %(site)s, version %(version)s (based on: %(base)s)",
            site=model.site,
            version=model.site_version,
            base=_identity_name(base, name),
        )
    return _identity_name(model, name)


def _identity_name(model: ModelIdentity, name: str) -> str:
    if model.kind is ModelKind.DETOXIFY:
        return _("Detoxify (%(model)s)", model=model.model) if model.model else "Detoxify"
    if model.kind in MODEL_NAMES:
        return str(MODEL_NAMES[model.kind])
    return name
