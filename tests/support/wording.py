"""Shared wording between texts: how the tests keep tables, templates and rows apart."""

from __future__ import annotations

import re


def five_word_runs(text: str) -> set[tuple[str, ...]]:
    """Every run of five consecutive words, lower-cased, punctuation ignored."""
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + 5]) for i in range(len(words) - 4)}
