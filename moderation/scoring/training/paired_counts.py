"""What a candidate changes, counted in pairs: the cases it newly holds and newly publishes.

Two scorers that see the same cases mostly agree; only the cases where they disagree say which
is better, and a table of sixty cases per kind moves by two or three of them by chance. So the
candidate report pools every judgement table it is given and, per language and kind, counts
the cases each side alone publishes, with the exact one-sided sign test for each direction: how
likely that many newly held (or newly published) cases would be if the candidate were no
different from the base and the disagreements fell either way with even odds. The same
reasoning as ``paired_bootstrap`` for the validation sets, for tables of single cases.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from math import comb
from typing import Any

# Kind names differ a little between the tables ("threat" and "threats"); pooled under one.
_KIND = {"threat": "threats", "lookalike": "lookalikes"}


def at_least(k: int, n: int) -> float:
    """P(X >= k) for X ~ Binomial(n, 1/2): the one-sided exact sign test."""
    if n == 0:
        return 1.0
    return sum(comb(n, i) for i in range(k, n + 1)) / 2**n


def flips(
    cases: Sequence[tuple[str, str, str, str]],
    base: Sequence[bool],
    candidate: Sequence[bool],
) -> dict[str, dict[str, list[str]]]:
    """Per "lang kind": the ids the candidate alone holds and alone publishes."""
    out: dict[str, dict[str, list[str]]] = {}
    for (case_id, lang, kind, _), was, now in zip(cases, base, candidate, strict=True):
        cell = out.setdefault(
            f"{lang} {_KIND.get(kind, kind)}", {"newly_held": [], "newly_published": []}
        )
        if was and not now:
            cell["newly_held"].append(case_id)
        elif now and not was:
            cell["newly_published"].append(case_id)
    return out


def pooled(per_table: Iterable[dict[str, dict[str, list[str]]]]) -> dict[str, dict[str, Any]]:
    """The flips of several tables added up per "lang kind", with both one-sided tests."""
    counts: dict[str, list[int]] = {}
    for table in per_table:
        for group, cell in table.items():
            total = counts.setdefault(group, [0, 0])
            total[0] += len(cell["newly_held"])
            total[1] += len(cell["newly_published"])
    return {
        group: {
            "newly_held": held,
            "newly_published": published,
            "p_holds_more": at_least(held, held + published),
            "p_publishes_more": at_least(published, held + published),
        }
        for group, (held, published) in sorted(counts.items())
    }
