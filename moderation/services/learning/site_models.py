"""A site's model versions: which one scores its comments, activation, rollback, listing.

Scoring reads the active version of each site in one query per batch and keeps the parsed
heads by row id (a version's artifact never changes), so an activation or a rollback takes
effect on the next batch of every worker without a restart.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import load_only

from moderation.extensions import db
from moderation.models import Score, Site, SiteModel, SiteModelStatus
from moderation.models.types import utcnow
from moderation.scoring.base import Scorer, ScorerConfigError
from moderation.scoring.sentence_features import with_features
from moderation.scoring.site_head import SiteHead, SiteScorer
from moderation.scoring.site_versions import site_label, site_version
from moderation.services.errors import Conflict, NotFound
from moderation.services.sites import registry

log = logging.getLogger(__name__)

# Parsed heads by their artifact's sha256: a row id can come back after a database is reset
# or restored, content cannot.
_HEADS: dict[str, SiteHead] = {}
_HEADS_LOCK = threading.Lock()


class ModelNotFound(NotFound):
    code = "model_not_found"


class ActivationRefused(Conflict):
    code = "activation_refused"


# --- scoring --------------------------------------------------------------------------


def scorers_for(shared: Scorer, site_ids: Iterable[int]) -> dict[int, Scorer]:
    """The scorer of each site: its active version over ``shared``, or ``shared`` itself.

    A head fitted over another shared scorer (another judge or version) cannot read this
    one's features: that site falls back to the shared model until it is retrained.
    """
    ids = sorted(set(site_ids))
    out: dict[int, Scorer] = dict.fromkeys(ids, shared)
    if not ids:
        return out
    for site_id, (label, head) in active_heads(ids).items():
        out[site_id] = over_shared(shared, label, head)
    return out


def over_shared(shared: Scorer, label: str, head: SiteHead | None) -> Scorer:
    """``head`` on top of ``shared``, or ``shared`` alone if the head cannot read it."""
    if head is None:
        return shared
    try:
        return SiteScorer(with_features(shared), head, label)
    except ScorerConfigError:
        log.warning("%s does not fit the shared scorer %s; using that", label, shared.version)
        return shared


def active_heads(site_ids: Iterable[int]) -> dict[int, tuple[str, SiteHead]]:
    """Each given site's active version as (label, head), for the sites that have one."""
    rows = db.session.execute(
        db.select(
            SiteModel.id, SiteModel.site_id, SiteModel.version, Site.slug, SiteModel.artifact_sha256
        )
        .join(Site, Site.id == SiteModel.site_id)
        .where(SiteModel.site_id.in_(list(site_ids)), SiteModel.status == SiteModelStatus.ACTIVE)
    ).all()
    return {
        site_id: (site_label(slug, version), head(model_id, sha))
        for model_id, site_id, version, slug, sha in rows
    }


def head(model_id: int, artifact_sha256: str | None = None) -> SiteHead:
    """The parsed head of a version, cached by its artifact's sha256 (read if not given)."""
    if artifact_sha256 is None:
        artifact_sha256 = db.session.execute(
            db.select(SiteModel.artifact_sha256).where(SiteModel.id == model_id)
        ).scalar_one()
    with _HEADS_LOCK:
        head = _HEADS.get(artifact_sha256)
    if head is None:
        artifact = db.session.execute(
            db.select(SiteModel.artifact).where(SiteModel.id == model_id)
        ).scalar_one()
        head = SiteHead.from_bytes(artifact)
        with _HEADS_LOCK:
            _HEADS[artifact_sha256] = head
    return head


# --- which model judged ---------------------------------------------------------------


@dataclass(frozen=True)
class Judge:
    """The model that judged a score: a site's version (and its life so far), or the shared one.

    ``site_version`` None: the shared scorer alone. ``status`` None with a version: the score
    names a version this site no longer has. ``scorer_name`` and ``scorer_version`` are what
    the score recorded.
    """

    scorer_name: str
    scorer_version: str
    site_version: int | None = None
    status: SiteModelStatus | None = None
    activated_at: datetime | None = None
    retired_at: datetime | None = None


def judges(scores: Iterable[tuple[int, Score]]) -> dict[int, Judge]:
    """Each score's judge by score id; ``scores`` pairs a score with its comment's site id.

    The version is read from the scorer version the score recorded, the version's dates from
    the site's model row (one query for all).
    """
    named = [(site_id, score, site_version(score.scorer_version)) for site_id, score in scores]
    wanted = {(site_id, version) for site_id, _, version in named if version is not None}
    rows: dict[tuple[int, int], SiteModel] = {}
    if wanted:
        query = (
            db.select(SiteModel)
            .options(
                load_only(
                    SiteModel.site_id,
                    SiteModel.version,
                    SiteModel.status,
                    SiteModel.activated_at,
                    SiteModel.retired_at,
                )
            )
            .where(
                SiteModel.site_id.in_({site_id for site_id, _ in wanted}),
                SiteModel.version.in_({version for _, version in wanted}),
            )
        )
        rows = {(m.site_id, m.version): m for m in db.session.execute(query).scalars()}
    out = {}
    for site_id, score, version in named:
        model = rows.get((site_id, version)) if version is not None else None
        out[score.id] = Judge(
            score.scorer_name,
            score.scorer_version,
            version,
            model.status if model else None,
            model.activated_at if model else None,
            model.retired_at if model else None,
        )
    return out


# --- versions -------------------------------------------------------------------------


def list_versions(site_slug: str) -> list[SiteModel]:
    site = registry.get_site(site_slug)
    return list(
        db.session.execute(
            db.select(SiteModel)
            .where(SiteModel.site_id == site.id)
            .order_by(SiteModel.version.desc())
        ).scalars()
    )


def active(site_id: int) -> SiteModel | None:
    return db.session.execute(
        db.select(SiteModel).where(
            SiteModel.site_id == site_id, SiteModel.status == SiteModelStatus.ACTIVE
        )
    ).scalar_one_or_none()


def latest(site_id: int) -> SiteModel | None:
    return db.session.execute(
        db.select(SiteModel)
        .where(SiteModel.site_id == site_id)
        .order_by(SiteModel.version.desc())
        .limit(1)
    ).scalar_one_or_none()


def get_version(site_slug: str, version: int) -> SiteModel:
    site = registry.get_site(site_slug)
    model = db.session.execute(
        db.select(SiteModel).where(SiteModel.site_id == site.id, SiteModel.version == version)
    ).scalar_one_or_none()
    if model is None:
        raise ModelNotFound(f"site {site_slug!r} has no model version {version}", field="version")
    return model


def activate(site_slug: str, version: int) -> SiteModel:
    """Make ``version`` the site's active model (an operator's choice, or a rollforward).

    Refused for a version that publishes a threat case of the functional suite that the
    shared model held: no one may switch that on.
    """
    model = get_version(site_slug, version)
    if not model.evaluation.get("threats_ok", False):
        raise ActivationRefused(
            f"version {version} publishes threat cases of the functional suite that the "
            "shared model held",
            field="version",
        )
    make_active(model)
    db.session.commit()
    log.info("site %s: model v%s activated", site_slug, version)
    return model


def rollback(site_slug: str) -> SiteModel | None:
    """Retire the active version and bring back the one active before it, if any.

    Returns the version now active, or None when the site is back on the shared model.
    """
    site = registry.get_site(site_slug)
    current = active(site.id)
    if current is None:
        raise ModelNotFound(f"site {site_slug!r} has no active model", field="site")
    previous = db.session.execute(
        db.select(SiteModel)
        .where(
            SiteModel.site_id == site.id,
            SiteModel.id != current.id,
            SiteModel.activated_at.is_not(None),
            SiteModel.version < current.version,
        )
        .order_by(SiteModel.version.desc())
        .limit(1)
    ).scalar_one_or_none()
    _retire(current)
    if previous is not None:
        db.session.flush()  # the unique "one active" index sees the retirement first
        previous.status = SiteModelStatus.ACTIVE
        previous.retired_at = None
        previous.activated_at = utcnow()
    db.session.commit()
    log.info("site %s: model v%s rolled back", site_slug, current.version)
    return previous


def make_active(model: SiteModel) -> None:
    """Retire the site's active version and activate ``model``, in the caller's unit of work."""
    current = active(model.site_id)
    if current is not None and current.id != model.id:
        _retire(current)
        db.session.flush()
    model.status = SiteModelStatus.ACTIVE
    model.activated_at = utcnow()
    model.retired_at = None


def _retire(model: SiteModel) -> None:
    model.status = SiteModelStatus.RETIRED
    model.retired_at = utcnow()


def as_dict(model: SiteModel) -> dict[str, Any]:
    return {
        "version": model.version,
        "label": model.label,
        "status": model.status.value,
        "created_at": model.created_at.isoformat(),
        "activated_at": model.activated_at.isoformat() if model.activated_at else None,
        "retired_at": model.retired_at.isoformat() if model.retired_at else None,
        "training_examples": model.training_examples,
        "holdout_examples": model.holdout_examples,
        "base_version": model.base_version,
        "artifact_sha256": model.artifact_sha256,
        "evaluation": model.evaluation,
    }
