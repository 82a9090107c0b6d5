"""Normalisation of user-typed text before it is stored or scored."""

from __future__ import annotations

import unicodedata

MAX_BODY_LENGTH = 5000
_KEEP_CONTROLS = {"\n", "\t"}


def normalise_body(raw: str) -> str:
    """NFC-normalise, unify line ends, drop control characters, trim surrounding space.

    Control characters (C0/C1, DEL) have no place in a comment and can corrupt
    terminals, CSV exports and log lines; newlines and tabs are kept.
    """
    text = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    text = "".join(
        ch for ch in text if ch in _KEEP_CONTROLS or unicodedata.category(ch) not in {"Cc", "Cs"}
    )
    return text.strip()
