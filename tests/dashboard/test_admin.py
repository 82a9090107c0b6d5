"""Admin pages: moderator assignments, a site's reasons, time zone and policy thresholds."""

from __future__ import annotations

from collections.abc import Callable

from flask.testing import FlaskClient

from moderation.extensions import db
from moderation.models import Account, Comment, Role, Site, SiteAssignment
from moderation.scoring.labels import LABELS
from moderation.services.sites import desk_settings, registry

Login = Callable[[Account], None]
Token = Callable[[str], str]


def settings_form(token: str, **overrides: str) -> dict[str, str]:
    data = {
        "csrf_token": token,
        "reasons": "Beleidigung\nSpam\n\n  Werbung  \n",
        "timezone": "Europe/Vienna",
        "mode": "post",
        **{f"hold_{label}": "0.5" for label in LABELS},
        **{f"reject_{label}": "" for label in LABELS},
    }
    data.update(overrides)
    return data


def test_only_admins_reach_the_admin_pages(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    admin: Account,
    desk_site: Site,
) -> None:
    login(make_moderator())
    assert client.get("/dashboard/admin/").status_code == 403
    assert client.get(f"/dashboard/admin/sites/{desk_site.id}").status_code == 403
    assert "Verwaltung" not in client.get("/dashboard/").get_data(as_text=True)
    login(admin)
    assert client.get("/dashboard/admin/").status_code == 200
    assert "Verwaltung" in client.get("/dashboard/").get_data(as_text=True)


def test_admin_assigns_sites_and_the_moderator_sees_them(
    client: FlaskClient,
    login: Login,
    make_account: Callable[..., Account],
    make_site: Callable[..., Site],
    make_held: Callable[..., Comment],
    admin: Account,
    page_token: Token,
    desk_site: Site,
) -> None:
    second = make_site("zweite")
    moderator = make_account(Role.MODERATOR)
    comment = make_held(site=second)
    login(admin)
    token = page_token("/dashboard/admin/")
    response = client.post(
        f"/dashboard/admin/moderators/{moderator.id}/sites",
        data={"csrf_token": token, "site": [str(desk_site.id), str(second.id)]},
        follow_redirects=True,
    )
    assert "Zuordnung der Seiten gespeichert." in response.get_data(as_text=True)
    client.post(
        f"/dashboard/admin/moderators/{moderator.id}/sites",
        data={"csrf_token": token, "site": [str(second.id)]},
    )
    assigned = db.session.execute(
        db.select(SiteAssignment.site_id).where(SiteAssignment.account_id == moderator.id)
    ).scalars()
    assert list(assigned) == [second.id]
    bad = client.post(
        f"/dashboard/admin/moderators/{admin.id}/sites",
        data={"csrf_token": token, "site": [str(second.id)]},
        follow_redirects=True,
    )
    assert "Dieses Konto gehört nicht zur Moderation." in bad.get_data(as_text=True)
    login(moderator)
    assert f'id="comment-{comment.id}"' in client.get("/dashboard/").get_data(as_text=True)


def test_site_settings_save_reasons_time_zone_and_thresholds(
    client: FlaskClient,
    login: Login,
    admin: Account,
    page_token: Token,
    desk_site: Site,
) -> None:
    login(admin)
    url = f"/dashboard/admin/sites/{desk_site.id}"
    page = client.get(url).get_data(as_text=True)
    assert "Beleidigung\nHassrede\nBedrohung" in page  # the German defaults
    response = client.post(
        url,
        data=settings_form(page_token(url), mode="pre", hold_insult="0.3", reject_threat="0.8"),
        follow_redirects=True,
    )
    assert "Einstellungen für Rheinblick Online gespeichert." in response.get_data(as_text=True)
    db.session.expire_all()
    site = registry.get_site(desk_site.slug)
    assert desk_settings.reasons_for(site) == ["Beleidigung", "Spam", "Werbung"]
    assert site.timezone == "Europe/Vienna"
    policy = registry.policy_for(site)
    assert policy.mode.value == "pre"
    assert policy.hold_thresholds["insult"] == 0.3
    assert policy.reject_thresholds == {"toxicity": 0.95, "threat": 0.8}


def test_site_settings_refuse_bad_values_and_change_nothing(
    client: FlaskClient,
    login: Login,
    admin: Account,
    page_token: Token,
    desk_site: Site,
) -> None:
    login(admin)
    url = f"/dashboard/admin/sites/{desk_site.id}"
    token = page_token(url)
    for overrides, message in (
        ({"hold_toxicity": "1.5"}, "Bitte die markierten Felder korrigieren."),
        ({"hold_toxicity": "abc"}, "Bitte die markierten Felder korrigieren."),
        ({"timezone": "Mars/Olympus"}, "Unbekannte Zeitzone."),
        ({"reasons": "Spam\nspam"}, "Bitte 1 bis 20 verschiedene Gründe"),
        ({"reasons": "x" * 101}, "Bitte 1 bis 20 verschiedene Gründe"),
    ):
        response = client.post(url, data=settings_form(token, **overrides))
        assert message in response.get_data(as_text=True), overrides
    db.session.expire_all()
    site = registry.get_site(desk_site.slug)
    assert site.timezone == "Europe/Berlin" and site.policy == {}
    assert desk_settings.reasons_for(site) == list(desk_settings.DEFAULT_REASONS)


def test_new_reasons_are_offered_and_enforced(
    client: FlaskClient,
    login: Login,
    admin: Account,
    make_held: Callable[..., Comment],
    page_token: Token,
    desk_site: Site,
) -> None:
    comment = make_held()
    login(admin)
    url = f"/dashboard/admin/sites/{desk_site.id}"
    client.post(url, data=settings_form(page_token(url), reasons="Werbung\nGerüchte"))
    html = client.get("/dashboard/").get_data(as_text=True)
    assert "1 · Werbung" in html and "2 · Gerüchte" in html and "Hassrede" not in html
    token = page_token("/dashboard/")
    refused = client.post(
        f"/dashboard/comments/{comment.id}/decision",
        data={"csrf_token": token, "version": 1, "action": "reject", "reason": "Beleidigung"},
        follow_redirects=True,
    )
    assert "Bitte einen Grund aus der Liste wählen." in refused.get_data(as_text=True)


def test_a_threat_hold_threshold_over_the_cap_is_refused_beside_its_field(
    client: FlaskClient,
    login: Login,
    admin: Account,
    page_token: Token,
    desk_site: Site,
) -> None:
    login(admin)
    url = f"/dashboard/admin/sites/{desk_site.id}"
    response = client.post(url, data=settings_form(page_token(url), hold_threat="0.7"))

    page = response.get_data(as_text=True)
    why = "Drohungen spätestens ab 0,5 prüfen: Drohungen und Gewaltaufrufe werden nie ohne"
    assert page.count(why) == 2  # the notice at the top and the error under the field
    field = page.index('name="hold_threat"')
    assert 'aria-invalid="true"' in page[page.rindex("<input", 0, field) : page.index(">", field)]
    assert page.index(why, field) < page.index('name="hold_insult"')
    assert "Schwellen müssen Zahlen über 0" not in page
    db.session.expire_all()
    assert registry.get_site(desk_site.slug).policy == {}
