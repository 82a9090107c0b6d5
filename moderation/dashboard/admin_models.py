"""Admin page of a site's own models: versions with their evaluation, activate, roll back."""

from __future__ import annotations

import logging

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from werkzeug.wrappers import Response

from moderation.dashboard import bp
from moderation.dashboard.common import admin_required, moderator
from moderation.dashboard.forms import CsrfForm
from moderation.extensions import db
from moderation.models import Site
from moderation.services.errors import DomainError
from moderation.services.learning import site_models

log = logging.getLogger(__name__)


@bp.get("/admin/sites/<int:site_id>/models")
@admin_required
def admin_site_models(site_id: int) -> str:
    site = _site(site_id)
    return render_template(
        "dashboard/admin_models.html",
        site=site,
        models=site_models.list_versions(site.slug),
        form=CsrfForm(),
    )


@bp.post("/admin/sites/<int:site_id>/models/<int:version>/activate")
@admin_required
def admin_activate_site_model(site_id: int, version: int) -> Response:
    site = _site(site_id)
    if CsrfForm().validate_on_submit():
        try:
            site_models.activate(site.slug, version)
        except DomainError as error:
            db.session.rollback()
            flash(error.message, "error")
        else:
            log.info("admin account %s activated %s v%s", moderator().id, site.slug, version)
            flash(_("Version %(version)s now scores this site's comments.", version=version),
                  "success")  # fmt: skip
    else:
        flash(_("The form had expired; please try again."), "error")
    return redirect(url_for("dashboard.admin_site_models", site_id=site.id))


@bp.post("/admin/sites/<int:site_id>/models/rollback")
@admin_required
def admin_roll_back_site_model(site_id: int) -> Response:
    site = _site(site_id)
    if CsrfForm().validate_on_submit():
        try:
            back = site_models.rollback(site.slug)
        except DomainError as error:
            db.session.rollback()
            flash(error.message, "error")
        else:
            log.info("admin account %s rolled back the model of %s", moderator().id, site.slug)
            if back is None:
                flash(_("The shared model scores this site's comments again."), "success")
            else:
                flash(_("Version %(version)s is back.", version=back.version), "success")
    else:
        flash(_("The form had expired; please try again."), "error")
    return redirect(url_for("dashboard.admin_site_models", site_id=site.id))


def _site(site_id: int) -> Site:
    return db.session.get(Site, site_id) or abort(404)
