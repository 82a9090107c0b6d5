"""Admins see a site's operating point from its examples, and may write it into its policy."""

from __future__ import annotations

from collections.abc import Callable

from flask.testing import FlaskClient

from moderation.extensions import db
from moderation.models import Account, Role, Site
from moderation.scoring.policy import DEFAULT_HOLD_THRESHOLD
from tests.support import learning

Bearer = Callable[[Account], dict[str, str]]
URL = "/api/v1/sites/{}/operating-point"


def _agreeing_rows(count: int) -> list[tuple[str, bool]]:
    """A site whose moderators reject insults and approve ordinary opinions."""
    third = count // 3
    return learning.interleave(
        [(t, True) for t in learning.texts("insult", third)],
        [(t, False) for t in learning.texts("clean", count - third)],
    )


def test_too_few_examples_keep_the_defaults_and_say_so(
    client: FlaskClient, make_site: Callable[..., Site], make_account: Callable, bearer: Bearer
) -> None:
    site = make_site()
    learning.add_examples(site, _agreeing_rows(60))
    admin = bearer(make_account(Role.ADMIN))
    body = client.get(URL.format(site.slug), headers=admin).get_json()
    assert body["enough"] is False and "too few examples" in body["message"]
    assert body["thresholds"]["hold"] == DEFAULT_HOLD_THRESHOLD
    response = client.post(URL.format(site.slug), headers=admin, json={})
    assert response.status_code == 409
    assert site.policy in (None, {})


def test_the_operating_point_keeps_its_tolerances_and_can_be_applied(
    client: FlaskClient, make_site: Callable[..., Site], make_account: Callable, bearer: Bearer
) -> None:
    site = make_site()
    learning.add_examples(site, _agreeing_rows(420))
    admin = bearer(make_account(Role.ADMIN))
    query = "?publish_tolerance=0.05&reject_tolerance=0.05"
    body = client.get(URL.format(site.slug) + query, headers=admin).get_json()
    assert body["enough"] is True and body["model"] == "shared"
    point = body["point"]
    assert point["publish_error_upper"] <= 0.05 and point["reject_error_upper"] <= 0.05
    assert point["automation_rate"] > 0.5
    assert {"automatic_per_day", "for_moderators_per_day"} <= set(body["workload"])
    assert len(body["curve"]) > 10
    response = client.post(
        URL.format(site.slug),
        headers=admin,
        json={"publish_tolerance": 0.05, "reject_tolerance": 0.05},
    )
    assert response.status_code == 200, response.get_json()
    db.session.expire_all()
    stored = db.session.get(Site, site.id).policy
    assert stored["hold_thresholds"]["toxicity"] == body["thresholds"]["hold"]
    assert stored["hold_thresholds"]["threat"] <= 0.5
    assert stored["reject_thresholds"] == {"toxicity": body["thresholds"]["reject"]}


def test_bad_tolerances_name_the_field(
    client: FlaskClient, make_site: Callable[..., Site], make_account: Callable, bearer: Bearer
) -> None:
    site = make_site()
    admin = bearer(make_account(Role.ADMIN))
    response = client.get(URL.format(site.slug) + "?publish_tolerance=2", headers=admin)
    assert response.status_code in (400, 422)
    assert response.get_json()["error"]["field"] == "publish_tolerance"
    response = client.post(URL.format(site.slug), headers=admin, json={"reject_tolerance": "x"})
    assert response.get_json()["error"]["field"] == "reject_tolerance"
    moderator = bearer(make_account(Role.MODERATOR))
    assert client.get(URL.format(site.slug), headers=moderator).status_code == 403


def test_no_safe_threshold_is_refused_rather_than_applied(
    client: FlaskClient, make_site: Callable[..., Site], make_account: Callable, bearer: Bearer
) -> None:
    site = make_site()
    # Moderators reject half of the ordinary opinions: no score separates them.
    clean = learning.texts("clean", 300)
    learning.add_examples(site, [(t, i % 2 == 0) for i, t in enumerate(clean)])
    admin = bearer(make_account(Role.ADMIN))
    body = client.get(URL.format(site.slug), headers=admin).get_json()
    assert body["enough"] is True and body["thresholds"]["hold"] is None
    assert body["point"]["published_share"] == 0.0
    response = client.post(URL.format(site.slug), headers=admin, json={})
    assert response.status_code == 409
    assert response.get_json()["error"]["field"] == "publish_tolerance"
    db.session.expire_all()
    assert not db.session.get(Site, site.id).policy
