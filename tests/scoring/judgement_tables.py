"""What the held-out judgement tables from the second on share: their kinds, what the default
policy should do with each, and how their cases are numbered ("de-crit-07")."""

from __future__ import annotations

from collections.abc import Sequence

KINDS = ("criticism", "minorities", "threats", "lookalikes")
SHOULD_PUBLISH: dict[str, bool] = {kind: kind != "threats" for kind in KINDS}
_ID_PREFIX = {"criticism": "crit", "minorities": "min", "threats": "threat", "lookalikes": "look"}


def numbered(**by_language: Sequence[Sequence[str]]) -> list[tuple[str, str, str, str]]:
    """(id, lang, kind, text) rows from each language's texts per kind, in ``KINDS`` order."""
    return [
        (f"{lang}-{_ID_PREFIX[kind]}-{number:02d}", lang, kind, text)
        for lang, per_kind in by_language.items()
        for kind, texts in zip(KINDS, per_kind, strict=True)
        for number, text in enumerate(texts, start=1)
    ]
