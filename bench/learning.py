"""Learning curve: how a site's own model improves with the number of its moderators' decisions.

One newsroom's decisions are streamed through the service's own path, as Coral would send
them: a site is created, each decision is stored by ``services.learning.feedback.suggest``
(a training example of that site), and at 250, 500, 1,000, 2,000, 5,000 and all decisions
``services.learning.retraining.retrain_site`` runs (fit on the site's current examples, the
time-held-back gate, activation). After each retraining the site's *active* model (the one
that would judge its comments) is measured on a validation slice of the same training file
that is never streamed: the texts in the split buckets 0-14, which the shared model was not
fitted or calibrated on either. Never any official test set.

Newsrooms: RP-Mod (Rheinische Post moderators' decisions, training portion, in file order;
rejected = 1) and GerMS (DER STANDARD forum, majority of the annotators: sexist = rejected,
ties left out). Each is its own site.

At 2 % / 3 % tolerances the site's operating point is derived by the service (on the examples
the active model was not fitted on) and measured on the validation slice.

Figures per checkpoint: macro-F1 (F1 of macro precision and recall, as GermEval computes it)
of the default policy's outcome (publish = approve, hold or reject = reject), and the share
decided automatically at the default policy (published or rejected without a human) with the
error rates of those automatic decisions; the shared model alone beside it. A separate run
times one retraining on 10,000 examples.

    python -m bench.learning [--data ../shared/data] [--limit N] [--scorer detoxify]

With ``--scorer detoxify`` the shared judge is the German model (labels only; the site head
reads the light scorer's sentence embeddings beside them) and each text is scored by it once
and remembered, since retraining re-reads every example: that run measures what is learned,
not how fast.

(writes bench/results/learning.json, or learning-<scorer>.json; see docs/learning.md)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from moderation.scoring import operating_points

RESULTS = Path(__file__).parent / "results" / "learning.json"
CHECKPOINTS = (250, 500, 1000, 2000, 5000)
VALIDATION_BUCKETS = 15  # the shared model's own validation split: buckets 0-14


def newsroom(name: str, data_dir: Path) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]]]:
    """(stream, validation) of (text, rejected) in file order."""
    from moderation.scoring.features import split_bucket
    from moderation.scoring.training import datasets

    label = {"rp_mod": "toxicity", "germeval2024_germs": "identity_attack"}[name]
    stream, validation = [], []
    for example in datasets.load(datasets.DATASETS[name], data_dir):
        target = example.targets[label]
        if target is None or not example.text.strip():
            continue
        row = (example.text, target == 1.0)
        (validation if split_bucket(example.text) < VALIDATION_BUCKETS else stream).append(row)
    return stream, validation


def measure(
    texts: Sequence[str], truth: np.ndarray, scores: Sequence[dict[str, float]]
) -> dict[str, float]:
    from moderation.scoring.policy import Action, PolicySettings
    from moderation.scoring.site_head import macro_f1
    from moderation.services.learning.retraining import outcomes

    actions = outcomes(texts, scores, PolicySettings())
    published = np.array([a is Action.PUBLISH for a in actions])
    rejected = np.array([a is Action.REJECT for a in actions])
    automatic = published | rejected
    return {
        "macro_f1": round(macro_f1(truth, ~published), 4),
        "automation_rate": round(float(automatic.mean()), 4),
        "published_but_rejected_by_moderators": round(
            float(truth[published].mean()) if published.any() else 0.0, 4
        ),
        "rejected_but_approved_by_moderators": round(
            float((~truth[rejected]).mean()) if rejected.any() else 0.0, 4
        ),
    }


def run_newsroom(name: str, data_dir: Path, scorer: Any, limit: int | None) -> dict[str, Any]:
    from moderation.extensions import db
    from moderation.models import SiteModel
    from moderation.scoring.labels import LABELS
    from moderation.scoring.sentence_features import with_features
    from moderation.scoring.site_head import site_scores
    from moderation.services.learning import feedback, retraining, site_models
    from moderation.services.sites import registry

    stream, validation = newsroom(name, data_dir)
    stream = stream[:limit] if limit else stream
    texts = [t for t, _ in validation]
    truth = np.array([r for _, r in validation], dtype=bool)
    embeddings, probs = with_features(scorer).features(texts)
    shared_rows = [dict(zip(LABELS, row, strict=True)) for row in probs.tolist()]
    site = registry.create_site(f"bench-{name.replace('_', '-')}", f"Benchmark {name}")
    marks = [n for n in CHECKPOINTS if n < len(stream)] + [len(stream)]
    curve, stored = [], 0
    for mark in marks:
        started = time.perf_counter()
        for i in range(stored, mark):
            text, rejected = stream[i]
            feedback.suggest(site, _feedback(text, rejected, f"{name}-{i}"))
        stored = mark
        recorded = time.perf_counter() - started
        try:
            model: SiteModel | None = retraining.retrain_site(site.slug, scorer)
        except retraining.NotEnoughExamples as error:
            model = None
            print(f"{name} {mark}: {error.message}")
        active = site_models.active(site.id)
        point: dict[str, Any] = {"decisions": mark, "record_seconds": round(recorded, 1)}
        if model is not None:
            point["candidate"] = {
                "version": model.version,
                "status": model.status.value,
                "evaluation": model.evaluation,
            }
        rows = shared_rows
        if active is not None:
            head = site_models.head(active.id)
            p = head.reject_probability(embeddings, probs)
            rows = [site_scores(s, float(v)) for s, v in zip(shared_rows, p, strict=True)]
        point["active_version"] = active.version if active is not None else None
        point["site_model"] = measure(texts, truth, rows)
        point["site_model"]["at_tolerances"] = at_tolerances(site.slug, scorer, rows, truth)
        curve.append(point)
        print(f"{name} {mark:>6}: v{point['active_version']} {point['site_model']}")
        db.session.expire_all()
    # The shared model alone at the tolerances: thresholds from the stream's newest fifth.
    tail = stream[-len(stream) // 5 :]
    tail_rows = scorer.score([t for t, _ in tail])
    tail_truth = np.array([r for _, r in tail], dtype=bool)
    shared_point = operating_points.derive(
        *_hold_reject(tail_rows), tail_truth, publish_tolerance=0.02, reject_tolerance=0.03
    )
    shared_alone = measure(texts, truth, shared_rows)
    shared_alone["at_tolerances"] = {
        "thresholds": {"hold": shared_point.hold, "reject": shared_point.reject},
        "validation": operating_points.evaluate(
            *_hold_reject(shared_rows), truth, shared_point.hold, shared_point.reject
        ).as_dict(),
    }
    # Automation against the published comments' error on the validation slice, per hold
    # threshold (nothing rejected without a human): the shared model and the final active one.
    final = site_models.active(site.id)
    final_rows = shared_rows
    if final is not None:
        p = site_models.head(final.id).reject_probability(embeddings, probs)
        final_rows = [site_scores(s, float(v)) for s, v in zip(shared_rows, p, strict=True)]
    publish_curves = {
        label: [
            {k: point[k] for k in ("hold", "automation_rate", "publish_error")}
            for point in operating_points.curve(*_hold_reject(rows), truth)
            if point["side"] == "publish"
        ]
        for label, rows in (("shared", shared_rows), ("final_site_model", final_rows))
    }
    return {
        "publish_curves": publish_curves,
        "stream": len(stream),
        "stream_rejected_share": round(sum(r for _, r in stream) / len(stream), 4),
        "validation": len(validation),
        "validation_rejected_share": round(float(truth.mean()), 4),
        "shared_model": shared_alone,
        "curve": curve,
    }


def _hold_reject(rows: Sequence[dict[str, float]]) -> tuple[np.ndarray, np.ndarray]:
    from moderation.scoring.labels import LABELS

    scores = np.array([[row[label] for label in LABELS] for row in rows])
    return scores.max(axis=1), scores[:, LABELS.index("toxicity")]


def at_tolerances(
    slug: str, scorer: Any, rows: Sequence[dict[str, float]], truth: np.ndarray
) -> dict[str, Any]:
    """The site's operating point at 2 % / 3 % (derived by the service on the examples its
    active model was not fitted on), then measured on the validation slice."""
    from moderation.services.learning import operating_points as service

    answer = service.operating_point(slug, scorer, service.Tolerances(0.02, 0.03))
    hold, reject = answer["thresholds"]["hold"], answer["thresholds"]["reject"]
    return {
        "derived_on": answer["examples"],
        "enough": answer["enough"],
        "thresholds": {"hold": hold, "reject": reject},
        "validation": operating_points.evaluate(*_hold_reject(rows), truth, hold, reject).as_dict(),
    }


def _feedback(text: str, rejected: bool, comment_id: str) -> Any:
    from moderation.models import ExampleLabel
    from moderation.services.learning import feedback

    attribute = "DELETED" if rejected else "APPROVED"
    return feedback.Feedback(
        text=text,
        label=ExampleLabel.REJECTED if rejected else ExampleLabel.APPROVED,
        attributes={attribute: 1.0},
        external_comment_id=comment_id,
    )


def time_retraining(data_dir: Path, scorer: Any, count: int) -> dict[str, Any]:
    """One retraining of a site with ``count`` examples (RP-Mod rows, validation ones too)."""
    from moderation.extensions import db
    from moderation.models import ExampleLabel, ExampleSource, TrainingExample
    from moderation.models.types import utcnow
    from moderation.services.learning import retraining
    from moderation.services.sites import registry

    stream, validation = newsroom("rp_mod", data_dir)
    rows = (stream + validation)[:count]
    site = registry.create_site("bench-timing", "Benchmark timing")
    db.session.add_all(
        TrainingExample(
            site_id=site.id,
            source=ExampleSource.API,
            label=ExampleLabel.REJECTED if rejected else ExampleLabel.APPROVED,
            text=text,
            decided_at=utcnow(),
        )
        for text, rejected in rows
    )
    db.session.commit()
    started = time.perf_counter()
    model = retraining.retrain_site(site.slug, scorer)
    return {
        "examples": len(rows),
        "wall_seconds": round(time.perf_counter() - started, 1),
        "breakdown": model.evaluation["seconds"],
    }


class Remembered:
    """A slow judge whose answers are kept per text: retraining re-reads every example."""

    def __init__(self, inner: Any) -> None:
        self.inner, self.name, self.version = inner, inner.name, inner.version
        self._seen: dict[str, dict[str, float]] = {}

    def score(self, texts: Sequence[str]) -> list[dict[str, float]]:
        new = list(dict.fromkeys(t for t in texts if t not in self._seen))
        for start in range(0, len(new), 256):
            batch = new[start : start + 256]
            self._seen.update(zip(batch, self.inner.score(batch), strict=True))
        return [self._seen[t] for t in texts]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--limit", type=int, default=None, help="stream at most N decisions")
    parser.add_argument("--newsrooms", default="rp_mod,germeval2024_germs")
    parser.add_argument("--timing-examples", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--scorer", default="embedded", choices=("embedded", "detoxify"))
    args = parser.parse_args(argv)

    from moderation import create_app
    from moderation.extensions import db
    from moderation.scoring.registry import build_scorer

    workdir = tempfile.mkdtemp(prefix="bench-learning-")
    os.environ.setdefault("SECRET_KEY", "bench-learning-" + "x" * 40)
    app = create_app(
        {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{workdir}/bench.sqlite", "TESTING": True}
    )
    results: dict[str, Any] = {
        "command": "python -m bench.learning " + " ".join(sys.argv[1:] if argv is None else argv),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "database": "sqlite",
        "policy": "default (hold at 0.5 on any label, reject at toxicity 0.95)",
    }
    with app.app_context():
        db.create_all()
        scorer = build_scorer(args.scorer)
        if args.scorer != "embedded":
            scorer = Remembered(scorer)
        results["shared_version"] = scorer.version
        results["newsrooms"] = {}
        for name in args.newsrooms.split(","):
            results["newsrooms"][name] = run_newsroom(name, args.data, scorer, args.limit)
        if args.timing_examples:
            results["retraining_time"] = time_retraining(args.data, scorer, args.timing_examples)
            print("retraining:", results["retraining_time"])
    if args.out is None:
        suffix = "" if args.scorer == "embedded" else f"-{args.scorer}"
        args.out = RESULTS.with_name(f"learning{suffix}.json")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
