"""German-aware normalisation for word lists."""

from __future__ import annotations

import pytest

from moderation.scoring.wordlists import Term, find_terms, normalise


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        ("Straße", "strase"),
        ("Strasse", "strase"),
        ("ÄRGER", "aerger"),
        ("Ärger", "aerger"),
        ("Idiooooot", "idiot"),
        ("1d10t", "idiot"),
        ("Id!ot", "idiot"),
        ("@rschloch", "arschloch"),
        ("I d i o t", "idiot"),
        ("I.d.i.o.t", "idiot"),
        ("Arsch\u200bloch", "arschloch"),
        ("Ｉｄｉｏｔ", "idiot"),
        ("Du Vollidiot!", "du volidiot!"),
        ("Top 5 Gründe", "top 5 gruende"),
        ("café", "cafe"),
    ],
)
def test_normalise(raw: str, normalised: str) -> None:
    assert normalise(raw) == normalised


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Du Sau!", ["sau"]),
        ("Das Sauerland ist schön", []),  # short terms match whole words only
        ("Ein Saustall", []),
        ("Vollidioten überall", ["idiot"]),
        ("Die Idee ist idiotensicher", ["idiot"]),  # compound matches are by design; docs say so
        ("Nichts davon", []),
    ],
)
def test_find_terms(text: str, found: list[str]) -> None:
    terms = [Term("sau", "hold"), Term("idiot", "hold")]
    assert [m.term.term for m in find_terms(text, terms)] == found
