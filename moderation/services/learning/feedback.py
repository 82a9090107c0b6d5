"""Perspective's ``comments:suggestscore``: a client's moderation decision as a site's example.

Two dialects arrive. Coral names the decision as the attribute, always with value 1:
``{"APPROVED": {"summaryScore": {"value": 1}}}`` or ``{"DELETED": ...}``. Other
Perspective clients suggest a score for a model attribute (``TOXICITY`` and the rest),
0 for acceptable and 1 for not. Both become one label; a body whose attributes disagree
is refused. Coral names its comment in ``context.entries[].text``, a JSON string with
``Coral_comment_id``; that id (or else the ``clientToken``) identifies the comment, so a
retried request finds the example it made and a later decision supersedes it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.exc import IntegrityError

from moderation.extensions import db
from moderation.models import ExampleLabel, ExampleSource, Site, TrainingExample
from moderation.models.types import utcnow
from moderation.services.automod import analysis
from moderation.services.errors import InvalidInput

MAX_TEXT_BYTES = 20 * 1024  # as comments:analyze
MAX_ID_LENGTH = 200
# Coral's decision "attributes" and whether each means the text was rejected.
STATUS_ATTRIBUTES = {"APPROVED": False, "HIGHLIGHTED": False, "DELETED": True}
# Keys a context entry's JSON may name the client's comment by, Coral's first.
COMMENT_ID_KEYS = ("Coral_comment_id", "comment_id", "commentId", "id")


@dataclass(frozen=True)
class Feedback:
    text: str
    label: ExampleLabel
    attributes: dict[str, float]
    external_comment_id: str | None = None
    client_token: str | None = None
    languages: list[str] = field(default_factory=list)
    community_id: str | None = None
    context: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> str | None:
        if self.external_comment_id is not None:
            return f"c:{self.external_comment_id}"
        return f"t:{self.client_token}" if self.client_token else None


def parse(data: dict[str, Any]) -> Feedback:
    """A suggestscore body as Feedback; InvalidInput names the field at fault."""
    attributes = _attributes(data.get("attributeScores"))
    # A status attribute says "this was the decision" with 1 (0 would say "it was not");
    # a model attribute suggests the score itself.
    rejected = {
        (value >= 0.5) == STATUS_ATTRIBUTES[name] if name in STATUS_ATTRIBUTES else value >= 0.5
        for name, value in attributes.items()
    }
    if len(rejected) > 1:
        raise InvalidInput(
            "attributeScores disagree: some say rejected, some approved", field="attributeScores"
        )
    label = ExampleLabel.REJECTED if rejected.pop() else ExampleLabel.APPROVED
    context = _context(data.get("context"))
    external = context.get("comment_id")
    return Feedback(
        text=_text(data.get("comment")),
        label=label,
        attributes=attributes,
        external_comment_id=external,
        client_token=_optional_string(data, "clientToken"),
        languages=_languages(data.get("languages")),
        community_id=_optional_string(data, "communityId", 2000),
        context={k: v for k, v in context.items() if k != "comment_id"},
    )


def suggest(site: Site, feedback: Feedback) -> TrainingExample:
    """Store the feedback as the site's example; a retry returns the example it made."""
    existing = _current(site.id, feedback.key)
    if existing is not None and _same(existing, feedback):
        return existing
    if existing is not None:
        existing.superseded_at = utcnow()
    example = TrainingExample(
        site_id=site.id,
        source=ExampleSource.PERSPECTIVE,
        label=feedback.label,
        text=feedback.text,
        # Coral declares "EN" whatever the text's language: detect it, keep what was declared.
        language=analysis.detect_language(feedback.text),
        decided_at=utcnow(),
        external_comment_id=feedback.external_comment_id,
        client_token=feedback.client_token,
        feedback_key=feedback.key,
        details={
            "attributeScores": feedback.attributes,
            "languages": feedback.languages,
            "communityId": feedback.community_id,
            **({"context": feedback.context} if feedback.context else {}),
        },
    )
    db.session.add(example)
    try:
        db.session.commit()
    except IntegrityError:
        # The same request arrived twice at once: the other one stored it.
        db.session.rollback()
        winner = _current(site.id, feedback.key)
        if winner is None or not _same(winner, feedback):
            raise
        return winner
    return example


def _current(site_id: int, key: str | None) -> TrainingExample | None:
    if key is None:
        return None
    return db.session.execute(
        db.select(TrainingExample).where(
            TrainingExample.site_id == site_id,
            TrainingExample.feedback_key == key,
            TrainingExample.superseded_at.is_(None),
        )
    ).scalar_one_or_none()


def _same(example: TrainingExample, feedback: Feedback) -> bool:
    return (
        example.label is feedback.label
        and example.text == feedback.text
        and example.client_token == feedback.client_token
    )


def _attributes(raw: Any) -> dict[str, float]:
    if not isinstance(raw, dict) or not raw:
        raise InvalidInput(
            "attributeScores must name at least one attribute", field="attributeScores"
        )
    out: dict[str, float] = {}
    for name, entry in raw.items():
        where = f"attributeScores.{name}"
        if name not in STATUS_ATTRIBUTES and name not in analysis.ATTRIBUTES:
            known = ", ".join([*STATUS_ATTRIBUTES, *analysis.ATTRIBUTES])
            raise InvalidInput(f"{where}: unknown attribute (one of {known})", field=where)
        summary = entry.get("summaryScore") if isinstance(entry, dict) else None
        value = summary.get("value") if isinstance(summary, dict) else None
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            raise InvalidInput(
                f"{where}.summaryScore.value must be a number from 0 to 1",
                field=f"{where}.summaryScore.value",
            )
        out[name] = float(value)
    return out


def _storable(value: str, name: str) -> str:
    """Refuse what no database column takes: NUL characters and unpaired surrogates."""
    if "\x00" in value:
        raise InvalidInput(f"{name} must not contain NUL characters", field=name)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput(f"{name} is not valid Unicode", field=name) from None
    return value


def _text(comment: Any) -> str:
    text = comment.get("text") if isinstance(comment, dict) else None
    if not isinstance(text, str) or not text.strip():
        raise InvalidInput("comment.text is required", field="comment.text")
    size = len(_storable(text, "comment.text").encode("utf-8"))
    if size > MAX_TEXT_BYTES:
        raise InvalidInput(
            f"comment.text is too long (max {MAX_TEXT_BYTES} bytes)", field="comment.text"
        )
    return text


def _context(raw: Any) -> dict[str, Any]:
    """What the context entries say about the comment: its id, URL and parent, if JSON."""
    if raw is None:
        return {}
    entries = raw.get("entries") if isinstance(raw, dict) else None
    if entries is None:
        return {}
    if not isinstance(entries, list):
        raise InvalidInput("context.entries must be a list", field="context.entries")
    found: dict[str, Any] = {}
    for entry in entries:
        text = entry.get("text") if isinstance(entry, dict) else None
        try:
            named = json.loads(text) if isinstance(text, str) else None
        except ValueError:
            continue  # free text is valid context; it names no comment
        if not isinstance(named, dict):
            continue
        for key in COMMENT_ID_KEYS:
            value = named.get(key)
            if isinstance(value, str | int) and not isinstance(value, bool) and str(value):
                found.setdefault("comment_id", str(value)[:MAX_ID_LENGTH])
                break
        if isinstance(named.get("url"), str):
            found.setdefault("url", named["url"][:2000])
        parent = named.get("reply_to_id_Coral_comment_id")
        if isinstance(parent, str):
            found.setdefault("parent_id", parent[:MAX_ID_LENGTH])
    for name, value in found.items():
        _storable(value, f"context.entries ({name})")
    return found


def _languages(raw: Any) -> list[str]:
    if raw is None:
        return []
    if isinstance(raw, str):  # Coral's first feedback plugin sent one code, not a list
        raw = [raw]
    if not isinstance(raw, list) or not all(isinstance(code, str) for code in raw):
        raise InvalidInput("languages must be a list of language codes", field="languages")
    return [_storable(code, "languages").lower()[:16] for code in raw[:10]]


def _optional_string(data: dict[str, Any], name: str, limit: int = MAX_ID_LENGTH) -> str | None:
    value = data.get(name)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InvalidInput(f"{name} must be a string", field=name)
    if len(value) > limit:
        raise InvalidInput(f"{name} must be at most {limit} characters", field=name)
    return _storable(value, name)
