"""Admins list, activate and roll back a site's models; comments:analyze uses the active one."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask.testing import FlaskClient

from moderation.models import Account, Role, Site
from moderation.scoring.base import Scorer
from moderation.services.learning import retraining
from moderation.services.sites import api_keys
from tests.support import learning

Bearer = Callable[[Account], dict[str, str]]
FOOTBALL = "Fortuna hat gestern 3 zu 1 gegen Köln gewonnen, was für ein Spiel!"


@pytest.fixture
def trained(make_site: Callable[..., Site], embedded_scorer: Scorer) -> Site:
    """A site with v1 active and v2 a candidate."""
    site = make_site("sportfrei")
    learning.add_examples(site, learning.football_site_rows(150))
    retraining.retrain_site(site.slug, embedded_scorer)
    retraining.retrain_site(site.slug, embedded_scorer, activate=False)
    return site


def test_an_admin_lists_activates_and_rolls_back_versions(
    client: FlaskClient, trained: Site, make_account: Callable[..., Account], bearer: Bearer
) -> None:
    admin = bearer(make_account(Role.ADMIN))
    body = client.get("/api/v1/sites/sportfrei/models", headers=admin).get_json()
    assert body["active"] == 1
    assert [(m["version"], m["status"]) for m in body["models"]] == [
        (2, "candidate"),
        (1, "active"),
    ]
    v1 = body["models"][1]
    assert v1["label"] == "site-sportfrei-v1"
    assert v1["evaluation"]["passed"] and "macro_f1" in v1["evaluation"]
    response = client.post("/api/v1/sites/sportfrei/models/2/activate", headers=admin)
    assert response.status_code == 200 and response.get_json()["model"]["status"] == "active"
    response = client.post("/api/v1/sites/sportfrei/models/rollback", headers=admin)
    assert response.get_json() == {"active": 1}
    response = client.post("/api/v1/sites/sportfrei/models/9/activate", headers=admin)
    assert response.status_code == 404
    assert response.get_json()["error"]["field"] == "version"


def test_only_admins_see_or_change_a_sites_models(
    client: FlaskClient, trained: Site, make_account: Callable[..., Account], bearer: Bearer
) -> None:
    moderator = bearer(make_account(Role.MODERATOR))
    site_key = {"X-Api-Key": api_keys.create_key(trained.slug).secret}
    for headers in ({}, moderator, site_key):
        assert client.get("/api/v1/sites/sportfrei/models", headers=headers).status_code in (
            401,
            403,
        )
        response = client.post("/api/v1/sites/sportfrei/models/rollback", headers=headers)
        assert response.status_code in (401, 403)


def test_analyze_with_a_sites_key_scores_with_its_active_model(
    client: FlaskClient, trained: Site, make_site: Callable[..., Site]
) -> None:
    def toxicity(site: Site) -> float:
        key = api_keys.create_key(site.slug).secret
        response = client.post(
            f"/v1alpha1/comments:analyze?key={key}",
            json={"comment": {"text": FOOTBALL}, "requestedAttributes": {"TOXICITY": {}}},
        )
        assert response.status_code == 200, response.get_json()
        return response.get_json()["attributeScores"]["TOXICITY"]["summaryScore"]["value"]

    assert toxicity(trained) > 0.5  # this site's moderators reject football talk
    assert toxicity(make_site()) < 0.5  # the shared model sees nothing wrong in it
