"""The building blocks the threat rules are written in, folded the way comments are folded.

Every rule module (threat_patterns, threat_families, threat_hints) and the detector's own
checks (threats.py) write word lists as ``alt("wort|worte")``: the words pass through the
same folding as the comment (umlauts, ß, leetspeak), so a rule matches the text's spellings.
"""

from __future__ import annotations

import re

from moderation.scoring.wordlists import normalise as _fold

S = r"[^.]"  # anything but a sentence end
W = r"(?:\w+ )"  # one word and its space
START = r"(?:^|[.,] |\bund )"  # where a clause starts


def fold_pattern(pattern: str) -> str:
    """Fold the letters of a regex the way normalise folds text; escapes like \\b are kept."""
    return re.sub(r"(?<!\\)[^\W\d_]+", lambda m: _fold(m.group(0)), pattern)


def alt(words: str) -> str:
    """A non-capturing alternation of ``|``-separated words, each folded."""
    return "(?:" + "|".join(fold_pattern(w.strip()) for w in words.split("|")) + ")"
