"""The bounds of the held-out judgement tables: per table, the cases per (language, kind) the
embedded scorer and the German model with its default threat guard get right at least, through
the default policy with the threat detector. Each sits one case under what that judge reached
(tests/scoring/test_judgement_heldout.py checks them; docs/scoring.md reports the rows)."""

# (lang, kind) -> cases the embedded scorer gets right at least, with the threat detector.
EMBEDDED_FLOORS = {
    ("de", "criticism"): 56,  # of 60
    ("de", "minorities"): 43,  # of 60
    ("de", "threat"): 23,  # of 40
    ("de", "lookalike"): 34,  # of 40
    ("en", "criticism"): 13,  # of 15
    ("en", "minorities"): 11,  # of 15
    ("en", "threat"): 4,  # of 15
    ("en", "lookalike"): 10,  # of 15
}

# The same for the German model with the guard (bf16), as `detoxify` runs by default. On every
# table these sit one case under the current default model's rows (the module docstring).
GERMAN_FLOORS = {
    ("de", "criticism"): 50,  # of 60
    ("de", "minorities"): 55,  # of 60
    ("de", "threat"): 39,  # of 40
    ("de", "lookalike"): 22,  # of 40
    ("en", "criticism"): 13,  # of 15
    ("en", "minorities"): 14,  # of 15
    ("en", "threat"): 11,  # of 15
    ("en", "lookalike"): 10,  # of 15
}

# The same for the second table (60 German and 20 English cases per kind).
EMBEDDED_FLOORS_2 = {
    ("de", "criticism"): 56,
    ("de", "minorities"): 48,
    ("de", "threats"): 30,
    ("de", "lookalikes"): 51,
    ("en", "criticism"): 13,
    ("en", "minorities"): 13,
    ("en", "threats"): 10,
    ("en", "lookalikes"): 13,
}
GERMAN_FLOORS_2 = {
    ("de", "criticism"): 53,
    ("de", "minorities"): 57,
    ("de", "threats"): 55,
    ("de", "lookalikes"): 47,
    ("en", "criticism"): 18,
    ("en", "minorities"): 17,
    ("en", "threats"): 19,
    ("en", "lookalikes"): 15,
}

# The third table (German: 60 criticism, 60 minorities, 80 threats, 60 look-alikes; English: 20,
# 20, 25, 20); the floors are the shipped scorers' own figures, one case below.
EMBEDDED_FLOORS_3 = {
    ("de", "criticism"): 55,
    ("de", "minorities"): 46,
    ("de", "threats"): 31,
    ("de", "lookalikes"): 39,
    ("en", "criticism"): 14,
    ("en", "minorities"): 11,
    ("en", "threats"): 10,
    ("en", "lookalikes"): 14,
}
GERMAN_FLOORS_3 = {
    ("de", "criticism"): 54,
    ("de", "minorities"): 47,
    ("de", "threats"): 76,
    ("de", "lookalikes"): 43,
    ("en", "criticism"): 17,
    ("en", "minorities"): 19,
    ("en", "threats"): 23,
    ("en", "lookalikes"): 14,
}
# The fourth table, the same shape as the third, bounded in the same way.
EMBEDDED_FLOORS_4 = {
    ("de", "criticism"): 58,
    ("de", "minorities"): 51,
    ("de", "threats"): 29,
    ("de", "lookalikes"): 43,
    ("en", "criticism"): 15,
    ("en", "minorities"): 14,
    ("en", "threats"): 13,
    ("en", "lookalikes"): 12,
}
GERMAN_FLOORS_4 = {
    ("de", "criticism"): 51,
    ("de", "minorities"): 54,
    ("de", "threats"): 77,
    ("de", "lookalikes"): 39,
    ("en", "criticism"): 15,
    ("en", "minorities"): 16,
    ("en", "threats"): 21,
    ("en", "lookalikes"): 11,
}
# The fifth, larger table (German: 80 criticism, 80 minorities, 120 threats, 80 look-alikes;
# English: 25, 25, 30, 25), bounded in the same way.
EMBEDDED_FLOORS_5 = {
    ("de", "criticism"): 78,
    ("de", "minorities"): 71,
    ("de", "threats"): 43,
    ("de", "lookalikes"): 67,
    ("en", "criticism"): 17,
    ("en", "minorities"): 18,
    ("en", "threats"): 9,
    ("en", "lookalikes"): 11,
}
GERMAN_FLOORS_5 = {
    ("de", "criticism"): 70,
    ("de", "minorities"): 74,
    ("de", "threats"): 111,
    ("de", "lookalikes"): 51,
    ("en", "criticism"): 23,
    ("en", "minorities"): 24,
    ("en", "threats"): 26,
    ("en", "lookalikes"): 17,
}

# The sixth table (German: 60 criticism, 60 minorities, 100 threats, 60 look-alikes;
# English: 20, 20, 25, 20), bounded in the same way.
EMBEDDED_FLOORS_6 = {
    ("de", "criticism"): 57,
    ("de", "minorities"): 48,
    ("de", "threats"): 42,
    ("de", "lookalikes"): 45,
    ("en", "criticism"): 15,
    ("en", "minorities"): 12,
    ("en", "threats"): 12,
    ("en", "lookalikes"): 12,
}
GERMAN_FLOORS_6 = {
    ("de", "criticism"): 54,
    ("de", "minorities"): 51,
    ("de", "threats"): 91,
    ("de", "lookalikes"): 40,
    ("en", "criticism"): 17,
    ("en", "minorities"): 18,
    ("en", "threats"): 21,
    ("en", "lookalikes"): 13,
}

# The seventh table, the sixth's shape, bounded in the same way.
EMBEDDED_FLOORS_7 = {
    ("de", "criticism"): 59,
    ("de", "minorities"): 50,
    ("de", "threats"): 25,
    ("de", "lookalikes"): 36,
    ("en", "criticism"): 15,
    ("en", "minorities"): 13,
    ("en", "threats"): 13,
    ("en", "lookalikes"): 11,
}
GERMAN_FLOORS_7 = {
    ("de", "criticism"): 54,
    ("de", "minorities"): 53,
    ("de", "threats"): 90,
    ("de", "lookalikes"): 39,
    ("en", "criticism"): 19,
    ("en", "minorities"): 18,
    ("en", "threats"): 22,
    ("en", "lookalikes"): 14,
}

# The eighth table, the sixth's shape, written to judge a retrained threat guard: bounded in the
# same way.
EMBEDDED_FLOORS_8 = {
    ("de", "criticism"): 57,
    ("de", "minorities"): 49,
    ("de", "threats"): 38,
    ("de", "lookalikes"): 45,
    ("en", "criticism"): 17,
    ("en", "minorities"): 10,
    ("en", "threats"): 11,
    ("en", "lookalikes"): 18,
}
GERMAN_FLOORS_8 = {
    ("de", "criticism"): 55,
    ("de", "minorities"): 53,
    ("de", "threats"): 90,
    ("de", "lookalikes"): 44,
    ("en", "criticism"): 18,
    ("en", "minorities"): 17,
    ("en", "threats"): 22,
    ("en", "lookalikes"): 15,
}

# The ninth table, the sixth's shape, written to judge the guard panel: bounded in the same way.
EMBEDDED_FLOORS_9 = {
    ("de", "criticism"): 59,
    ("de", "minorities"): 50,
    ("de", "threats"): 33,
    ("de", "lookalikes"): 44,
    ("en", "criticism"): 16,
    ("en", "minorities"): 14,
    ("en", "threats"): 10,
    ("en", "lookalikes"): 17,
}
GERMAN_FLOORS_9 = {
    ("de", "criticism"): 53,
    ("de", "minorities"): 53,
    ("de", "threats"): 88,
    ("de", "lookalikes"): 41,
    ("en", "criticism"): 18,
    ("en", "minorities"): 17,
    ("en", "threats"): 22,
    ("en", "lookalikes"): 12,
}

# The tenth table, the sixth's shape, bounded in the same way.
EMBEDDED_FLOORS_10 = {
    ("de", "criticism"): 58,
    ("de", "minorities"): 52,
    ("de", "threats"): 32,
    ("de", "lookalikes"): 46,
    ("en", "criticism"): 18,
    ("en", "minorities"): 14,
    ("en", "threats"): 8,
    ("en", "lookalikes"): 15,
}
GERMAN_FLOORS_10 = {
    ("de", "criticism"): 52,
    ("de", "minorities"): 53,
    ("de", "threats"): 88,
    ("de", "lookalikes"): 42,
    ("en", "criticism"): 18,
    ("en", "minorities"): 18,
    ("en", "threats"): 21,
    ("en", "lookalikes"): 16,
}

# The eleventh, the same shape, written for the guard panel with agreements (docs/candidates.md).
EMBEDDED_FLOORS_11 = {
    ("de", "criticism"): 57,
    ("de", "minorities"): 51,
    ("de", "threats"): 47,
    ("de", "lookalikes"): 45,
    ("en", "criticism"): 15,
    ("en", "minorities"): 12,
    ("en", "threats"): 7,
    ("en", "lookalikes"): 12,
}
GERMAN_FLOORS_11 = {
    ("de", "criticism"): 52,
    ("de", "minorities"): 56,
    ("de", "threats"): 91,
    ("de", "lookalikes"): 37,
    ("en", "criticism"): 16,
    ("en", "minorities"): 15,
    ("en", "threats"): 23,
    ("en", "lookalikes"): 16,
}

# The twelfth, the same shape (docs/candidates.md).
EMBEDDED_FLOORS_12 = {
    ("de", "criticism"): 58,
    ("de", "minorities"): 51,
    ("de", "threats"): 37,
    ("de", "lookalikes"): 45,
    ("en", "criticism"): 14,
    ("en", "minorities"): 12,
    ("en", "threats"): 9,
    ("en", "lookalikes"): 12,
}
GERMAN_FLOORS_12 = {
    ("de", "criticism"): 54,
    ("de", "minorities"): 54,
    ("de", "threats"): 87,
    ("de", "lookalikes"): 31,
    ("en", "criticism"): 19,
    ("en", "minorities"): 14,
    ("en", "threats"): 22,
    ("en", "lookalikes"): 13,
}

# The thirteenth, the same shape: the light scorer one case under what it reached in the run
# that judged the three-head guard panel; the German model's, as on every table, under its rows.
EMBEDDED_FLOORS_13 = {
    ("de", "criticism"): 56,
    ("de", "minorities"): 42,
    ("de", "threats"): 33,
    ("de", "lookalikes"): 45,
    ("en", "criticism"): 17,
    ("en", "minorities"): 9,
    ("en", "threats"): 8,
    ("en", "lookalikes"): 12,
}
GERMAN_FLOORS_13 = {
    ("de", "criticism"): 52,
    ("de", "minorities"): 56,
    ("de", "threats"): 91,
    ("de", "lookalikes"): 47,
    ("en", "criticism"): 14,
    ("en", "minorities"): 16,
    ("en", "threats"): 22,
    ("en", "lookalikes"): 18,
}

# The fourteenth, the same shape: the light scorer's rows from the run that judged the retrained
# first head (docs/scoring.md, at the end), one case under; the German model's as above.
EMBEDDED_FLOORS_14 = {
    ("de", "criticism"): 56,
    ("de", "minorities"): 42,
    ("de", "threats"): 25,
    ("de", "lookalikes"): 43,
    ("en", "criticism"): 18,
    ("en", "minorities"): 13,
    ("en", "threats"): 10,
    ("en", "lookalikes"): 14,
}
GERMAN_FLOORS_14 = {
    ("de", "criticism"): 50,
    ("de", "minorities"): 51,
    ("de", "threats"): 79,
    ("de", "lookalikes"): 45,
    ("en", "criticism"): 17,
    ("en", "minorities"): 16,
    ("en", "threats"): 21,
    ("en", "lookalikes"): 14,
}

# The fifteenth, the same shape: the light scorer's own run, one case under; the German model's
# as above.
EMBEDDED_FLOORS_15 = {
    ("de", "criticism"): 57,
    ("de", "minorities"): 45,
    ("de", "threats"): 26,
    ("de", "lookalikes"): 38,
    ("en", "criticism"): 17,
    ("en", "minorities"): 11,
    ("en", "threats"): 13,
    ("en", "lookalikes"): 12,
}
GERMAN_FLOORS_15 = {
    ("de", "criticism"): 54,
    ("de", "minorities"): 55,
    ("de", "threats"): 78,
    ("de", "lookalikes"): 44,
    ("en", "criticism"): 17,
    ("en", "minorities"): 18,
    ("en", "threats"): 21,
    ("en", "lookalikes"): 12,
}


# The sixteenth, the same shape: the rows of the model trained on the written rows (the default
# since that table judged it) and the embedded scorer's own run, one case under.
EMBEDDED_FLOORS_16 = {
    ("de", "criticism"): 57,
    ("de", "minorities"): 49,
    ("de", "threats"): 45,
    ("de", "lookalikes"): 42,
    ("en", "criticism"): 18,
    ("en", "minorities"): 11,
    ("en", "threats"): 8,
    ("en", "lookalikes"): 12,
}
GERMAN_FLOORS_16 = {
    ("de", "criticism"): 55,
    ("de", "minorities"): 52,
    ("de", "threats"): 89,
    ("de", "lookalikes"): 41,
    ("en", "criticism"): 18,
    ("en", "minorities"): 18,
    ("en", "threats"): 20,
    ("en", "lookalikes"): 16,
}

# The seventeenth, met first by a candidate that failed there (docs/scoring.md, M4); the
# default's rows from that run and the embedded scorer's own, one case under.
EMBEDDED_FLOORS_17 = {
    ("de", "criticism"): 57,
    ("de", "minorities"): 50,
    ("de", "threats"): 43,
    ("de", "lookalikes"): 48,
    ("en", "criticism"): 17,
    ("en", "minorities"): 14,
    ("en", "threats"): 10,
    ("en", "lookalikes"): 11,
}
GERMAN_FLOORS_17 = {
    ("de", "criticism"): 50,
    ("de", "minorities"): 55,
    ("de", "threats"): 91,
    ("de", "lookalikes"): 53,
    ("en", "criticism"): 17,
    ("en", "minorities"): 18,
    ("en", "threats"): 21,
    ("en", "lookalikes"): 16,
}

# The eighteenth, met first by a candidate that failed there (docs/scoring.md, G4); the
# default's rows from that run and the embedded scorer's own, one case under.
EMBEDDED_FLOORS_18 = {
    ("de", "criticism"): 58,
    ("de", "minorities"): 51,
    ("de", "threats"): 42,
    ("de", "lookalikes"): 40,
    ("en", "criticism"): 17,
    ("en", "minorities"): 13,
    ("en", "threats"): 6,
    ("en", "lookalikes"): 9,
}
GERMAN_FLOORS_18 = {
    ("de", "criticism"): 50,
    ("de", "minorities"): 55,
    ("de", "threats"): 87,
    ("de", "lookalikes"): 43,
    ("en", "criticism"): 19,
    ("en", "minorities"): 18,
    ("en", "threats"): 22,
    ("en", "lookalikes"): 12,
}

# The nineteenth, met first by a candidate that failed there (docs/scoring.md, M6).
EMBEDDED_FLOORS_19 = {
    ("de", "criticism"): 53,
    ("de", "minorities"): 48,
    ("de", "threats"): 42,
    ("de", "lookalikes"): 39,
    ("en", "criticism"): 11,
    ("en", "minorities"): 12,
    ("en", "threats"): 9,
    ("en", "lookalikes"): 12,
}
GERMAN_FLOORS_19 = {
    ("de", "criticism"): 48,
    ("de", "minorities"): 48,
    ("de", "threats"): 93,
    ("de", "lookalikes"): 44,
    ("en", "criticism"): 19,
    ("en", "minorities"): 19,
    ("en", "threats"): 23,
    ("en", "lookalikes"): 18,
}

# The twentieth, met first by a candidate that failed there (docs/scoring.md, M7).
EMBEDDED_FLOORS_20 = {
    ("de", "criticism"): 58,
    ("de", "minorities"): 52,
    ("de", "threats"): 40,
    ("de", "lookalikes"): 44,
    ("en", "criticism"): 16,
    ("en", "minorities"): 12,
    ("en", "threats"): 11,
    ("en", "lookalikes"): 8,
}
GERMAN_FLOORS_20 = {
    ("de", "criticism"): 52,
    ("de", "minorities"): 55,
    ("de", "threats"): 89,
    ("de", "lookalikes"): 44,
    ("en", "criticism"): 17,
    ("en", "minorities"): 18,
    ("en", "threats"): 24,
    ("en", "lookalikes"): 12,
}
EMBEDDED_FLOORS_21 = {
    ("de", "criticism"): 55,
    ("de", "minorities"): 52,
    ("de", "threats"): 30,
    ("de", "lookalikes"): 44,
    ("en", "criticism"): 18,
    ("en", "minorities"): 12,
    ("en", "threats"): 11,
    ("en", "lookalikes"): 11,
}
GERMAN_FLOORS_21 = {
    ("de", "criticism"): 48,
    ("de", "minorities"): 52,
    ("de", "threats"): 83,
    ("de", "lookalikes"): 43,
    ("en", "criticism"): 17,
    ("en", "minorities"): 17,
    ("en", "threats"): 23,
    ("en", "lookalikes"): 8,
}
