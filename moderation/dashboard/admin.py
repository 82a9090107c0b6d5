"""Admin pages: which moderator works which site; a site's reasons, time zone and thresholds."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from werkzeug.wrappers import Response

from moderation.dashboard import bp
from moderation.dashboard.common import admin_required, error_message, flash_error, moderator
from moderation.dashboard.forms import CsrfForm, SiteSettingsForm
from moderation.extensions import db
from moderation.models import Role, Site
from moderation.scoring.labels import LABELS
from moderation.services.desk import assignments
from moderation.services.errors import DomainError
from moderation.services.sites import desk_settings
from moderation.services.sites.registry import policy_for


@bp.get("/admin/")
@admin_required
def admin() -> str:
    accounts = assignments.desk_accounts()
    return render_template(
        "dashboard/admin.html",
        accounts=accounts,
        assigned=assignments.assigned_site_ids([account.id for account in accounts]),
        sites=assignments.visible_sites(assignments.SiteScope(None)),
        admin_role=Role.ADMIN,
        form=CsrfForm(),
    )


@bp.post("/admin/moderators/<int:account_id>/sites")
@admin_required
def assign(account_id: int) -> Response:
    if not CsrfForm().validate_on_submit():
        abort(400)
    site_ids = [int(value) for value in request.form.getlist("site") if value.isdigit()]
    try:
        assignments.set_assignments(moderator(), account_id, site_ids)
    except DomainError as error:
        flash_error(error)
    else:
        flash(_("Site assignments saved."), "success")
    return redirect(url_for("dashboard.admin") + f"#moderator-{account_id}")


@bp.route("/admin/sites/<int:site_id>", methods=["GET", "POST"])
@admin_required
def site_settings_page(site_id: int) -> str | Response:
    site = db.session.get(Site, site_id) or abort(404)
    form = SiteSettingsForm()
    if request.method == "GET":
        _fill(form, site)
    elif form.validate_on_submit():
        try:
            changes = desk_settings.SiteChanges(
                reasons=desk_settings.parse_reasons(form.reasons.data or ""),
                timezone=(form.timezone.data or "").strip(),
                mode=form.mode.data or "post",
                hold_thresholds={
                    label: float(getattr(form, f"hold_{label}").data) for label in LABELS
                },
                reject_thresholds={
                    label: float(getattr(form, f"reject_{label}").data)
                    for label in LABELS
                    if getattr(form, f"reject_{label}").data is not None
                },
            )
            desk_settings.update_site(moderator(), site, changes)
        except DomainError as error:
            _mark(form, error)
            flash_error(error)
        else:
            flash(_("Settings for %(site)s saved.", site=site.name), "success")
            return redirect(url_for("dashboard.site_settings_page", site_id=site.id))
    else:
        flash(_("Please correct the marked fields."), "error")
    return render_template("dashboard/site_settings.html", site=site, form=form, labels=LABELS)


def _fill(form: SiteSettingsForm, site: Site) -> None:
    policy = policy_for(site)
    form.reasons.data = "\n".join(desk_settings.reasons_for(site))
    form.timezone.data = site.timezone
    form.mode.data = policy.mode.value
    for label in LABELS:
        getattr(form, f"hold_{label}").data = policy.hold_thresholds.get(label)
        getattr(form, f"reject_{label}").data = policy.reject_thresholds.get(label)


def _mark(form: SiteSettingsForm, error: DomainError) -> None:
    """Show a threshold the policy refused beside its own field, as the form's checks do."""
    kind, _dot, label = (error.field or "").partition(".")
    column = {"hold_thresholds": "hold", "reject_thresholds": "reject"}.get(kind)
    field = getattr(form, f"{column}_{label}", None) if column and label in LABELS else None
    if field is not None:
        field.errors = [*field.errors, error_message(error)]
