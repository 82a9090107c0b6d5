"""Word lists that see through German spelling variants and the usual obfuscations.

Both the listed terms and the comment pass through the same normalisation:
NFKC, case folding (ß becomes ss), umlauts spelled out (ä→ae), leetspeak digits
and symbols mapped to letters, zero-width and other format characters dropped,
and every run of a repeated letter reduced to one ("Idiooot" → "idiot",
"doof" → "dof" on both sides). A term then matches inside a word, so a listed
stem is found in German compounds ("idiot" in "Vollidiot"); letters spelled
out one by one ("I d i o t", "I.d.i.o.t") are joined back into a word first.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "€": "e"}
)
_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)
# Three or more single letters separated by spaces or punctuation: "i d i o t", "i.d.i.o.t".
_SPELLED_OUT = re.compile(r"(?<![^\W\d_])(?:[^\W\d_][\s._*+\-]+){2,}[^\W\d_](?![^\W\d_])")
# Terms this short only match whole words; as substrings they would hit harmless words.
MIN_SUBSTRING_LENGTH = 4


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().translate(_UMLAUTS)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))  # é→e, ł stays
    text = _SPELLED_OUT.sub(lambda m: re.sub(r"[\s._*+\-]", "", m.group(0)), text)
    # "!" and "|" stand for i only between letters; at a word's end "!" is punctuation.
    text = re.sub(r"(?<=[^\W\d_])[!|](?=[^\W\d_])", "i", text)
    # Leetspeak only inside words, so "Top 5" stays a number but "1d10t" becomes a word.
    text = re.sub(r"[\w@$€]*[^\W\d_][\w@$€]*", lambda m: m.group(0).translate(_LEET), text)
    return re.sub(r"(.)\1+", r"\1", text)


def has_letters(term: str) -> bool:
    """A term must keep a letter after normalisation, or it could never match a word."""
    return bool(_WORDS.search(normalise(term)))


@dataclass(frozen=True)
class Term:
    term: str  # as the site listed it, shown in reasons
    action: str  # "hold" (watch) or "reject" (block)

    @property
    def key(self) -> str:
        return normalise(self.term)


@dataclass(frozen=True)
class TermMatch:
    term: Term
    word: str  # the normalised word it was found in


def find_terms(text: str, terms: Iterable[Term]) -> list[TermMatch]:
    """Listed terms that occur in ``text``, each once, in list order."""
    words = _WORDS.findall(normalise(text))
    matches = []
    for term in terms:
        key = term.key
        if not key:
            continue
        for word in words:
            if word == key or (len(key) >= MIN_SUBSTRING_LENGTH and key in word):
                matches.append(TermMatch(term, word))
                break
    return matches
