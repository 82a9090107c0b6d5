"""Backtest time: a site's 100,000 recent comments replayed under proposed thresholds.

Comments, their scores and a share of human labels are inserted into a fresh SQLite database
(RP-Mod texts, cycled, with random label scores), then
``services.learning.backtest.backtest`` runs once with lowered hold thresholds. Only the
replay is timed: reading the rows, two policy decisions per comment, the counts.

    python -m bench.backtest [--comments 100000] [--data ../shared/data]

(writes bench/results/backtest.json; see docs/learning.md)
"""

from __future__ import annotations

import argparse
import json
import os
import random
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).parent / "results" / "backtest.json"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--comments", type=int, default=100_000)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)

    from sqlalchemy import insert

    from moderation import create_app
    from moderation.extensions import db
    from moderation.models import (
        Account,
        Article,
        Comment,
        CommentStatus,
        ExampleLabel,
        ExampleSource,
        Score,
        TrainingExample,
    )
    from moderation.scoring.labels import LABELS
    from moderation.scoring.training import datasets
    from moderation.services.learning import backtest
    from moderation.services.sites import registry

    texts = [e.text for e in datasets.load(datasets.DATASETS["rp_mod"], args.data)]
    workdir = tempfile.mkdtemp(prefix="bench-backtest-")
    os.environ.setdefault("SECRET_KEY", "bench-backtest-" + "x" * 40)
    app = create_app(
        {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{workdir}/bench.sqlite", "TESTING": True}
    )
    rng = random.Random(7)
    with app.app_context():
        db.create_all()
        site = registry.create_site("bench-backtest", "Backtest")
        author = Account(email="bench@example.org", display_name="Bench", password_hash="x")
        article = Article(site=site, external_id="a1")
        db.session.add_all([author, article])
        db.session.commit()
        started = time.perf_counter()
        for start in range(0, args.comments, 10_000):
            count = min(10_000, args.comments - start)
            ids = (
                db.session.execute(
                    insert(Comment).returning(Comment.id),
                    [
                        {
                            "site_id": site.id,
                            "article_id": article.id,
                            "author_id": author.id,
                            "body": texts[(start + i) % len(texts)],
                            "status": CommentStatus.PUBLISHED,
                        }
                        for i in range(count)
                    ],  # fmt: skip
                )
                .scalars()
                .all()
            )
            db.session.execute(
                insert(Score),
                [
                    {
                        "comment_id": cid,
                        "scorer_name": "embedded",
                        "scorer_version": "bench",
                        **{label: rng.random() ** 3 for label in LABELS},
                    }
                    for cid in ids
                ],  # fmt: skip
            )
            db.session.execute(
                insert(TrainingExample),
                [
                    {
                        "site_id": site.id,
                        "comment_id": cid,
                        "source": ExampleSource.DESK,
                        "label": rng.choice(list(ExampleLabel)),
                        "text": "x",
                        "details": {},
                    }
                    for cid in ids[::3]
                ],  # fmt: skip
            )
            db.session.commit()
        inserted = time.perf_counter() - started
        started = time.perf_counter()
        answer: dict[str, Any] = backtest.backtest(
            site.slug,
            None,
            days=7,
            hold_thresholds=dict.fromkeys(LABELS, 0.3),  # type: ignore[arg-type]
        )
        seconds = time.perf_counter() - started
    results = {
        "command": "python -m bench.backtest " + " ".join(argv or []),
        "database": "sqlite",
        "comments": answer["comments"],
        "insert_seconds": round(inserted, 1),
        "backtest_seconds": round(seconds, 1),
        "moved": answer["moved"],
        "baseline": answer["baseline"],
        "outcome": answer["outcome"],
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
