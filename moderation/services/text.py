"""Normalisation of user-typed text before it is stored or scored."""

from __future__ import annotations

import unicodedata

MAX_BODY_LENGTH = 5000
_KEEP_CONTROLS = {"\n", "\t"}
# Bidirectional embeddings, overrides and isolates: they make text display in
# another order than it is stored ("Trojan Source"), so a comment could show
# moderators one thing and readers another. Arabic and Hebrew need none of them.
_BIDI_CONTROLS = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}


def normalise_body(raw: str) -> str:
    """NFC-normalise, unify line ends, drop control and bidi-override characters, trim.

    Control characters (C0/C1, DEL) have no place in a comment and corrupt
    terminals, CSV exports and log lines; newlines and tabs are kept.
    """
    text = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    text = "".join(
        ch
        for ch in text
        if ch in _KEEP_CONTROLS
        or (unicodedata.category(ch) not in {"Cc", "Cs"} and ch not in _BIDI_CONTROLS)
    )
    return text.strip()


def has_visible_text(text: str) -> bool:
    """True if something would show: not only spaces, zero-width or other format characters."""
    return any(not ch.isspace() and unicodedata.category(ch) not in {"Cf", "Zs"} for ch in text)
