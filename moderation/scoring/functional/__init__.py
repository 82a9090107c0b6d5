"""The functional suite: hand-written comments per phenomenon, run through a scorer and policy.

The cases (cases_de.jsonl, cases_en.jsonl) were written for this project; the site learning gate
and the tests use the same files. See suite.py for the loader and runner.
"""

from moderation.scoring.functional.suite import (
    EXPECTATIONS,
    Case,
    Outcome,
    PhenomenonRate,
    SuiteResult,
    load_cases,
    policy_decider,
    run,
)

__all__ = [
    "EXPECTATIONS",
    "Case",
    "Outcome",
    "PhenomenonRate",
    "SuiteResult",
    "load_cases",
    "policy_decider",
    "run",
]
