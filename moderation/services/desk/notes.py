"""Moderator notes about commenters: internal, never shown to the commenter."""

from __future__ import annotations

from moderation.extensions import db
from moderation.models import Account, ModeratorNote
from moderation.services.errors import InvalidInput, NotAllowed
from moderation.services.text import normalise_body

MAX_NOTE_LENGTH = 2000


def add_note(moderator: Account, subject: Account, body: str) -> ModeratorNote:
    if not moderator.is_moderator:
        raise NotAllowed("only moderators write notes")
    text = normalise_body(body)
    if not text:
        raise InvalidInput("must not be empty", field="body")
    if len(text) > MAX_NOTE_LENGTH:
        raise InvalidInput(f"must be at most {MAX_NOTE_LENGTH} characters", field="body")
    note = ModeratorNote(account_id=subject.id, written_by_id=moderator.id, body=text)
    db.session.add(note)
    db.session.commit()
    return note


def notes_about(subject: Account, limit: int = 20) -> list[ModeratorNote]:
    return list(
        db.session.execute(
            db.select(ModeratorNote)
            .where(ModeratorNote.account_id == subject.id)
            .order_by(ModeratorNote.id.desc())
            .limit(limit)
        ).scalars()
    )
