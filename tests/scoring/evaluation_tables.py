"""The tables the project judges scorers on, for the tests that keep them apart from each other
and from everything trained on: the judgement tables and the threat detector's tables."""

from __future__ import annotations

from tests.scoring import (
    judgement_heldout2_cases,
    judgement_heldout3_cases,
    judgement_heldout4_cases,
    judgement_heldout5_cases,
    judgement_heldout6_cases,
    judgement_heldout7_cases,
    judgement_heldout8_cases,
    judgement_heldout9_cases,
    judgement_heldout10_cases,
    judgement_heldout11_cases,
    judgement_heldout12_cases,
    judgement_heldout13_cases,
    judgement_heldout14_cases,
    judgement_heldout15_cases,
    judgement_heldout16_cases,
    judgement_heldout17_cases,
    judgement_heldout18_cases,
    judgement_heldout19_cases,
    judgement_heldout20_cases,
    judgement_heldout21_cases,
    judgement_heldout22_cases,
    judgement_heldout_cases,
    threat_development_cases,
    threat_heldout_cases,
)

JUDGEMENT_TABLES = (
    judgement_heldout_cases,
    judgement_heldout2_cases,
    judgement_heldout3_cases,
    judgement_heldout4_cases,
    judgement_heldout5_cases,
    judgement_heldout6_cases,
    judgement_heldout7_cases,
    judgement_heldout8_cases,
    judgement_heldout9_cases,
    judgement_heldout10_cases,
    judgement_heldout11_cases,
    judgement_heldout12_cases,
    judgement_heldout13_cases,
    judgement_heldout14_cases,
    judgement_heldout15_cases,
    judgement_heldout16_cases,
    judgement_heldout17_cases,
    judgement_heldout18_cases,
    judgement_heldout19_cases,
    judgement_heldout20_cases,
    judgement_heldout21_cases,
    judgement_heldout22_cases,
)
THREAT_TABLES = (threat_development_cases, threat_heldout_cases)


def threat_table_texts() -> list[str]:
    return [text for table in THREAT_TABLES for _, text in table.THREATS + table.HARMLESS]


def judgement_texts(leaving_out: object = None) -> list[str]:
    """Every judgement table's texts, but those of ``leaving_out`` (a table module)."""
    return [
        text for table in JUDGEMENT_TABLES if table is not leaving_out for *_, text in table.CASES
    ]
