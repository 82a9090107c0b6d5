"""Why tight tolerances automate nothing on RP-Mod: the site model's errors at its score extremes.

Trains one RP-Mod site model as ``bench.learning`` does at its last checkpoint (every streamed
decision stored as the site's examples, ``retraining.retrain_site``), then counts, at hold
thresholds down to 0.0005 and reject thresholds up to 0.9999, how many comments would be
published (rejected) without a human and how many of those the moderators decided the other
way, with the Wilson upper bound ``moderation.scoring.operating_points`` judges by. Two slices:
the examples the service derives the operating point on (the held-back newest fifth) and the
never-streamed validation slice of ``bench.learning``. It also checks whether the model
publishes any threat case of the functional suite that the shared model held.

    python -m bench.learning_extremes [--data ../shared/data]

(writes bench/results/learning_extremes.json; see docs/learning.md)
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np

from bench.learning import _hold_reject, newsroom
from moderation.scoring import operating_points

RESULTS = Path(__file__).parent / "results" / "learning_extremes.json"
LOW = (0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1)
HIGH = (0.9, 0.95, 0.97, 0.99, 0.995, 0.998, 0.999, 0.9995, 0.9999)
TAILS = (20, 50, 100, 200)


def extremes(rows: Sequence[dict[str, float]], truth: np.ndarray) -> dict[str, Any]:
    """Per threshold: comments decided without a human, the moderators' contrary decisions,
    and the Wilson upper bound of that share."""
    hold_score, reject_score = _hold_reject(rows)
    y = np.asarray(truth, dtype=bool)

    def row(key: str, value: float, chosen: np.ndarray, errors: int) -> dict[str, Any]:
        n = int(chosen.sum())
        upper = operating_points.wilson_upper(errors, n)
        return {key: value, "n": n, "errors": errors, "upper": round(upper, 4)}

    publish = [row("hold", h, hold_score < h, int(y[hold_score < h].sum())) for h in LOW]
    reject = [row("reject", r, reject_score >= r, int((~y[reject_score >= r]).sum())) for r in HIGH]
    return {"publish": publish, "reject": reject}


def tails(reject_probability: np.ndarray, truth: np.ndarray) -> dict[str, Any]:
    """The ranking alone: the moderators' contrary share among the k lowest and k highest."""
    order = np.argsort(reject_probability)
    y = np.asarray(truth, dtype=bool)
    return {
        "lowest_k_rejected_share": {k: round(float(y[order[:k]].mean()), 4) for k in TAILS},
        "highest_k_approved_share": {k: round(float((~y[order[-k:]]).mean()), 4) for k in TAILS},
    }


def run(data_dir: Path, scorer: Any) -> dict[str, Any]:
    from moderation.extensions import db
    from moderation.models import ExampleLabel, ExampleSource, TrainingExample
    from moderation.models.types import utcnow
    from moderation.scoring.functional import suite
    from moderation.scoring.labels import LABELS
    from moderation.scoring.site_head import site_scores
    from moderation.services.learning import operating_points as service
    from moderation.services.learning import retraining, site_models
    from moderation.services.sites import registry

    stream, validation = newsroom("rp_mod", data_dir)
    site = registry.create_site("bench-extremes", "Benchmark extremes")
    start = utcnow() - timedelta(days=60)
    db.session.add_all(
        TrainingExample(
            site_id=site.id,
            source=ExampleSource.API,
            label=ExampleLabel.REJECTED if rejected else ExampleLabel.APPROVED,
            text=text,
            decided_at=start + timedelta(minutes=i),
        )
        for i, (text, rejected) in enumerate(stream)
    )
    db.session.commit()
    model = retraining.retrain_site(site.slug, scorer)
    answer = service.operating_point(site.slug, scorer, service.Tolerances(0.02, 0.03))

    # The derivation slice, as the service reads and scores it.
    after = datetime.fromisoformat(model.evaluation["trained_through"])
    data = retraining.current_examples(site.id, after=after)
    texts = data.texts[-service.MAX_EXAMPLES :]
    truth = np.asarray(data.rejected[-service.MAX_EXAMPLES :], dtype=bool)
    own = site_models.scorers_for(scorer, [site.id])[site.id]
    derive = {
        "examples": len(texts),
        "rejected": int(truth.sum()),
        "site_model": extremes(own.score(texts), truth),
        "shared": extremes(scorer.score(texts), truth),
    }

    texts = [t for t, _ in validation]
    truth = np.array([r for _, r in validation], dtype=bool)
    embeddings, probs = scorer.features(texts)
    shared_rows = [dict(zip(LABELS, row, strict=True)) for row in probs.tolist()]
    p = site_models.head(model.id).reject_probability(embeddings, probs)
    site_rows = [site_scores(s, float(v)) for s, v in zip(shared_rows, p, strict=True)]
    checked = {
        "examples": len(texts),
        "rejected": int(truth.sum()),
        "site_model": extremes(site_rows, truth),
        "shared": extremes(shared_rows, truth),
        **tails(np.asarray(p), truth),
    }

    decider = suite.policy_decider(registry.policy_for(site))
    shared_outcomes = suite.run(scorer.score, decider).outcomes
    threats = [o for o in shared_outcomes if o.case.expected == "must_not_publish"]
    shared_critical = {o.case.text for o in shared_outcomes if o.critical}
    own_critical = {o.case.text for o in suite.run(own.score, decider).outcomes if o.critical}
    return {
        "model": {"status": model.status.value, "reason": model.evaluation.get("reason")},
        "service_answer": {
            "examples": answer["examples"],
            "thresholds": answer["thresholds"],
        },
        "derivation_slice": derive,
        "validation_slice": checked,
        "functional_suite_threats": {
            "cases": len(threats),
            "published_by_shared": len(shared_critical),
            "published_by_site_model": len(own_critical),
            "published_by_site_model_not_by_shared": sorted(own_critical - shared_critical),
        },
    }


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)

    from moderation import create_app
    from moderation.extensions import db
    from moderation.scoring.registry import build_scorer

    workdir = tempfile.mkdtemp(prefix="bench-extremes-")
    os.environ.setdefault("SECRET_KEY", "bench-extremes-" + "x" * 40)
    app = create_app(
        {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{workdir}/bench.sqlite", "TESTING": True}
    )
    with app.app_context():
        db.create_all()
        scorer = build_scorer("embedded")
        results = {
            "command": "python -m bench.learning_extremes " + " ".join(argv or []),
            "shared_version": scorer.version,
            "newsroom": "rp_mod",
            **run(args.data, scorer),
        }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
