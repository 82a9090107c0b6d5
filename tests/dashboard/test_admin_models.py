"""The admin page of a site's models: versions with their evaluation, activate, roll back."""

from __future__ import annotations

from collections.abc import Callable

from flask.testing import FlaskClient

from moderation.models import Account, Role, Site
from moderation.scoring.base import Scorer
from moderation.services.learning import retraining, site_models
from tests.support import learning

Login = Callable[[Account], None]
Token = Callable[[str], str]


def test_an_admin_sees_versions_activates_one_and_rolls_back(
    client: FlaskClient,
    login: Login,
    admin: Account,
    page_token: Token,
    make_site: Callable[..., Site],
    embedded_scorer: Scorer,
) -> None:
    site = make_site()
    learning.add_examples(site, learning.football_site_rows(150))
    retraining.retrain_site(site.slug, embedded_scorer)
    retraining.retrain_site(site.slug, embedded_scorer, activate=False)
    login(admin)
    page = f"/dashboard/admin/sites/{site.id}/models"
    html = client.get(page).get_data(as_text=True)
    assert f"Modelle von {site.name}" in html
    assert "v1" in html and "v2" in html and "passed: macro-F1" in html
    assert "Version 1 zurücknehmen" in html
    response = client.post(
        f"{page}/2/activate", data={"csrf_token": page_token(page)}, follow_redirects=True
    )
    assert "Version 2 bewertet jetzt die Kommentare dieser Seite." in response.get_data(
        as_text=True
    )
    assert site_models.active(site.id).version == 2
    response = client.post(
        f"{page}/rollback", data={"csrf_token": page_token(page)}, follow_redirects=True
    )
    assert "Version 1 ist wieder aktiv." in response.get_data(as_text=True)
    assert site_models.active(site.id).version == 1
    # Without a valid form token nothing changes.
    client.post(f"{page}/rollback", data={"csrf_token": "nope"})
    assert site_models.active(site.id).version == 1


def test_moderators_cannot_open_or_change_a_sites_models(
    client: FlaskClient,
    login: Login,
    make_account: Callable[..., Account],
    make_site: Callable[..., Site],
) -> None:
    site = make_site()
    login(make_account(Role.MODERATOR))
    assert client.get(f"/dashboard/admin/sites/{site.id}/models").status_code == 403
    assert client.post(f"/dashboard/admin/sites/{site.id}/models/rollback").status_code in (
        400,
        403,
    )
