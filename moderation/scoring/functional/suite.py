"""Load the functional cases; report per phenomenon how often a scorer plus policy gets them right.

Pure: a scorer is any callable ``texts -> list of {label: probability}`` and a policy any callable
``(scores, text) -> action`` ("publish", "hold" or "reject", a policy.Action, or a
policy.Decision).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from moderation.scoring.labels import LabelScores
from moderation.scoring.policy import PolicySettings, Submission, decide

CASES_DIR = Path(__file__).parent
LANGS = ("de", "en")
ACTIONS = frozenset({"publish", "hold", "reject"})
# expected -> actions that count as a pass. "must_not_publish" (threats, calls for violence)
# passes on the same actions as "not_publish"; it is kept apart because publishing one of
# those cases is a critical miss that a gate should refuse outright, whatever the rate.
EXPECTATIONS: Mapping[str, frozenset[str]] = {
    "publish": frozenset({"publish"}),
    "not_publish": frozenset({"hold", "reject"}),
    "must_not_publish": frozenset({"hold", "reject"}),
}

Scorer = Callable[[Sequence[str]], Sequence[Mapping[str, float]]]
# scores and the comment's text -> action (the text is for rules such as the threat detector)
Decider = Callable[[LabelScores, str], Any]


@dataclass(frozen=True)
class Case:
    id: str
    lang: str
    phenomenon: str
    text: str
    expected: str
    group: str | None = None

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any]) -> Case:
        case = cls(
            id=raw["id"],
            lang=raw["lang"],
            phenomenon=raw["phenomenon"],
            text=raw["text"],
            expected=raw["expected"],
            group=raw.get("group"),
        )
        if case.expected not in EXPECTATIONS:
            raise ValueError(f"{case.id}: unknown expectation {case.expected!r}")
        return case


@dataclass(frozen=True)
class Outcome:
    case: Case
    action: str
    scores: LabelScores

    @property
    def passed(self) -> bool:
        return self.action in EXPECTATIONS[self.case.expected]

    @property
    def critical(self) -> bool:
        """A threat or call for violence that would have been published."""
        return self.case.expected == "must_not_publish" and self.action == "publish"


@dataclass(frozen=True)
class PhenomenonRate:
    lang: str
    phenomenon: str
    cases: int
    passed: int
    critical: int  # must_not_publish cases that were published

    @property
    def rate(self) -> float:
        return self.passed / self.cases if self.cases else 0.0


@dataclass(frozen=True)
class SuiteResult:
    rates: tuple[PhenomenonRate, ...]
    outcomes: tuple[Outcome, ...]

    def rate(self, phenomenon: str, lang: str = "de") -> float:
        for row in self.rates:
            if row.phenomenon == phenomenon and row.lang == lang:
                return row.rate
        raise KeyError((phenomenon, lang))

    @property
    def critical(self) -> int:
        return sum(row.critical for row in self.rates)

    def critical_ids(self) -> frozenset[str]:
        """The ids of the threat cases that would have been published."""
        return frozenset(o.case.id for o in self.outcomes if o.critical)

    def failures(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.passed]

    def table(self) -> str:
        """The rates as fixed-width text, one phenomenon per line."""
        lines = [
            f"{'lang':4} {'phenomenon':26} {'cases':>5} {'passed':>6} {'rate':>6} {'critical':>8}"
        ]
        for r in self.rates:
            counts = f"{r.cases:5d} {r.passed:6d} {r.rate:6.2f} {r.critical:8d}"
            lines.append(f"{r.lang:4} {r.phenomenon:26} {counts}")
        return "\n".join(lines)


def load_cases(
    langs: Iterable[str] = LANGS,
    phenomena: Iterable[str] | None = None,
    directory: Path = CASES_DIR,
) -> list[Case]:
    """The suite's cases in file order, optionally limited to some languages and phenomena."""
    wanted = set(phenomena) if phenomena is not None else None
    cases: list[Case] = []
    for lang in langs:
        path = directory / f"cases_{lang}.jsonl"
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                try:
                    case = Case.from_mapping(json.loads(line))
                except (KeyError, ValueError) as exc:
                    raise ValueError(f"{path.name}:{number}: {exc}") from exc
                if wanted is None or case.phenomenon in wanted:
                    cases.append(case)
    return cases


def policy_decider(settings: PolicySettings | None = None) -> Decider:
    """The project's own policy as a decider (default settings if none), text rules included."""
    settings = settings or PolicySettings()
    return lambda scores, text: decide(scores, settings, Submission(text=text)).action


def run(
    score: Scorer,
    decider: Decider,
    cases: Sequence[Case] | None = None,
    batch_size: int = 64,
) -> SuiteResult:
    """Score every case in batches, apply ``decider`` and tally passes per (lang, phenomenon)."""
    cases = list(cases) if cases is not None else load_cases()
    outcomes: list[Outcome] = []
    for start in range(0, len(cases), batch_size):
        batch = cases[start : start + batch_size]
        results = list(score([c.text for c in batch]))
        if len(results) != len(batch):
            raise ValueError(f"scorer returned {len(results)} results for {len(batch)} texts")
        for case, scores in zip(batch, results, strict=True):
            plain = {label: float(value) for label, value in scores.items()}
            outcomes.append(Outcome(case, _action(decider(plain, case.text)), plain))
    return SuiteResult(_tally(outcomes), tuple(outcomes))


def _action(raw: Any) -> str:
    action = getattr(raw, "action", raw)  # a policy.Decision carries its action
    action = str(getattr(action, "value", action))
    if action not in ACTIONS:
        raise ValueError(f"decider returned {raw!r}; expected one of {sorted(ACTIONS)}")
    return action


def _tally(outcomes: Sequence[Outcome]) -> tuple[PhenomenonRate, ...]:
    order: dict[tuple[str, str], list[Outcome]] = {}
    for outcome in outcomes:
        order.setdefault((outcome.case.lang, outcome.case.phenomenon), []).append(outcome)
    return tuple(
        PhenomenonRate(
            lang=lang,
            phenomenon=phenomenon,
            cases=len(group),
            passed=sum(o.passed for o in group),
            critical=sum(o.critical for o in group),
        )
        for (lang, phenomenon), group in order.items()
    )
