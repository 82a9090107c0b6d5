"""Admin pages for the news-site integration: sites, API keys, webhook, SSO secret."""

from __future__ import annotations

import logging
from typing import Any

from flask import abort, flash, make_response, redirect, render_template, request, url_for
from flask_babel import gettext as _
from werkzeug.wrappers import Response

from moderation.dashboard import bp
from moderation.dashboard.common import admin_required, error_message, int_arg, moderator
from moderation.dashboard.forms import CsrfForm
from moderation.dashboard.site_forms import (
    ApiKeyForm,
    SiteCreateForm,
    SiteEditForm,
    WebhookForm,
    origin_lines,
)
from moderation.extensions import db
from moderation.models import Role, Site
from moderation.models.types import utcnow
from moderation.services.desk import assignments
from moderation.services.errors import AlreadyExists, DomainError
from moderation.services.sites import api_keys, integration, registry, webhooks

log = logging.getLogger(__name__)
DELIVERIES_PER_PAGE = 50


@bp.get("/admin/sites/")
@admin_required
def admin_sites() -> str:
    return _sites_page(SiteCreateForm(formdata=None))


@bp.post("/admin/sites/")
@admin_required
def admin_create_site() -> str | Response:
    form = SiteCreateForm()
    if form.validate_on_submit():
        try:
            site = integration.create_site(
                (form.slug.data or "").strip(),
                form.name.data or "",
                language=form.language.data or registry.default_language(),
                timezone=(form.timezone.data or "").strip(),
                allowed_origins=origin_lines(form.origins.data),
            )
        except DomainError as error:
            _field_error(form, error)
        else:
            _log("created", site)
            flash(_("Site %(site)s created. Next: create an API key.", site=site.name), "success")
            return redirect(url_for("dashboard.admin_site", site_id=site.id))
    flash(_("Please correct the marked fields."), "error")
    return _sites_page(form)


@bp.route("/admin/sites/<int:site_id>/integration", methods=["GET", "POST"])
@admin_required
def admin_site(site_id: int) -> str | Response:
    site = _site(site_id)
    if request.method == "GET":
        return _site_page(site)
    form = SiteEditForm()
    if form.validate_on_submit():
        change = integration.SettingsChange(
            name=form.name.data or "",
            allowed_origins=origin_lines(form.origins.data),
            language=form.language.data,
            timezone=(form.timezone.data or "").strip(),
            report_threshold=form.report_threshold.data,
        )
        try:
            integration.update_settings(site.slug, change)
        except DomainError as error:
            db.session.rollback()
            _field_error(form, error)
        else:
            _log("changed settings of", site)
            flash(_("Settings for %(site)s saved.", site=site.name), "success")
            return redirect(url_for("dashboard.admin_site", site_id=site.id))
    flash(_("Please correct the marked fields."), "error")
    return _site_page(site, form=form)


@bp.post("/admin/sites/<int:site_id>/keys")
@admin_required
def admin_create_key(site_id: int) -> str | Response:
    site = _site(site_id)
    form = ApiKeyForm()
    if not form.validate_on_submit():
        return _site_page(site, key_form=form)
    try:
        issued = api_keys.create_key(site.slug, (form.label.data or "").strip() or "default")
    except DomainError as error:
        _field_error(form, error)
        return _site_page(site, key_form=form)
    _log(f"created API key {issued.key.prefix} for", site)
    return _shown_once(site, "api_key", issued.secret, key=issued.key)


@bp.post("/admin/sites/<int:site_id>/keys/<int:key_id>/revoke")
@admin_required
def admin_revoke_key(site_id: int, key_id: int) -> Response:
    site = _site(site_id)
    if _csrf_ok():
        try:
            key = api_keys.revoke_key(site.slug, key_id)
        except DomainError as error:
            flash(_message(error), "error")
        else:
            _log(f"revoked API key {key.prefix} of", site)
            flash(_("Key %(prefix)s… revoked: it no longer works.", prefix=key.prefix), "success")
    return redirect(_site_url(site, "keys"))


@bp.post("/admin/sites/<int:site_id>/keys/<int:key_id>/rotate")
@admin_required
def admin_rotate_key(site_id: int, key_id: int) -> Response:
    site = _site(site_id)
    if not _csrf_ok():
        return redirect(_site_url(site, "keys"))
    try:
        issued = api_keys.rotate_key(site.slug, key_id)
    except DomainError as error:
        flash(_message(error), "error")
        return redirect(_site_url(site, "keys"))
    _log(f"rotated API key {key_id} to {issued.key.prefix} on", site)
    return _shown_once(site, "rotated_key", issued.secret, key=issued.key)


@bp.post("/admin/sites/<int:site_id>/webhook")
@admin_required
def admin_set_webhook(site_id: int) -> str | Response:
    site = _site(site_id)
    form = WebhookForm()
    if not form.validate_on_submit():
        return _site_page(site, webhook_form=form)
    had_secret = bool(site.webhook_secret)
    url = (form.webhook_url.data or "").strip()
    try:
        integration.update_settings(site.slug, integration.SettingsChange(webhook_url=url))
    except DomainError as error:
        db.session.rollback()
        _field_error(form, error)
        return _site_page(site, webhook_form=form)
    _log("set the webhook URL of" if url else "removed the webhook of", site)
    if url and not had_secret and site.webhook_secret:
        # The first URL brings the first signing secret: this is its only showing.
        return _shown_once(site, "webhook", site.webhook_secret)
    flash(_("Webhook URL saved.") if url else _("Webhook removed."), "success")
    return redirect(_site_url(site, "webhook"))


@bp.post("/admin/sites/<int:site_id>/webhook/secret")
@admin_required
def admin_rotate_webhook_secret(site_id: int) -> Response:
    site = _site(site_id)
    if not _csrf_ok():
        return redirect(_site_url(site, "webhook"))
    secret = integration.rotate_webhook_secret(site.slug)
    _log("rotated the webhook secret of", site)
    return _shown_once(site, "webhook", secret)


@bp.get("/admin/sites/<int:site_id>/webhook/deliveries")
@admin_required
def admin_webhook_deliveries(site_id: int) -> str:
    site = _site(site_id)
    before = int_arg("before")
    page, cursor = webhooks.deliveries(site.slug, before=before, limit=DELIVERIES_PER_PAGE)
    return render_template(
        "dashboard/admin_deliveries.html", site=site, deliveries=page, older=cursor, paged=before
    )


@bp.post("/admin/sites/<int:site_id>/sso-secret")
@admin_required
def admin_rotate_sso_secret(site_id: int) -> Response:
    site = _site(site_id)
    if not _csrf_ok():
        return redirect(_site_url(site, "sso"))
    secret = integration.rotate_sso_secret(site.slug)
    _log("rotated the SSO secret of", site)
    return _shown_once(site, "sso", secret)


# --- helpers ----------------------------------------------------------------------------


def _csrf_ok() -> bool:
    if CsrfForm().validate_on_submit():
        return True
    flash(_("The form had expired; please try again."), "error")
    return False


def _site(site_id: int) -> Site:
    return db.session.get(Site, site_id) or abort(404)


def _site_url(site: Site, section: str) -> str:
    return url_for("dashboard.admin_site", site_id=site.id) + f"#{section}"


def _log(action: str, site: Site) -> None:
    # Who changed which credential, never the credential itself.
    log.info("admin account %s %s site %s", moderator().id, action, site.slug)


def _sites_page(form: SiteCreateForm) -> str:
    return render_template(
        "dashboard/admin_sites.html",
        sites=assignments.visible_sites(assignments.SiteScope(None)),
        form=form,
    )


def _site_page(
    site: Site,
    *,
    form: SiteEditForm | None = None,
    key_form: ApiKeyForm | None = None,
    webhook_form: WebhookForm | None = None,
) -> str:
    if form is None:
        form = SiteEditForm(formdata=None, obj=site)
        form.origins.data = "\n".join(site.allowed_origins or [])
    accounts = assignments.desk_accounts()
    assigned = assignments.assigned_site_ids([account.id for account in accounts])
    return render_template(
        "dashboard/admin_site.html",
        site=site,
        form=form,
        key_form=key_form or ApiKeyForm(formdata=None),
        webhook_form=webhook_form or WebhookForm(formdata=None, webhook_url=site.webhook_url),
        keys=api_keys.list_keys(site.slug),
        moderators=[
            account
            for account in accounts
            if account.role is Role.MODERATOR and site.id in assigned[account.id]
        ],
        now=utcnow(),
    )


def _shown_once(site: Site, kind: str, secret: str, **context: Any) -> Response:
    response = make_response(
        render_template(
            "dashboard/admin_secret.html", site=site, kind=kind, secret=secret, **context
        )
    )
    # The page holds a credential: no cache, no back-button copy, no referrer.
    response.headers["Cache-Control"] = "no-store"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def _field_error(form: Any, error: DomainError) -> None:
    """Show a service's refusal at the field it names, in the admin's language."""
    names = {"allowed_origins": "origins", "key": "label"}
    field = getattr(form, names.get(error.field or "", error.field or ""), None)
    message = _message(error)
    if field is not None and hasattr(field, "errors"):
        field.errors = [*field.errors, message]
    else:
        flash(message, "error")


def _message(error: DomainError) -> str:
    if isinstance(error, AlreadyExists) and error.field == "slug":
        return _("A site with this slug exists already.")
    if isinstance(error, api_keys.ApiKeyRevoked):
        return _("This key is revoked or expired already; create a new one instead.")
    messages = {
        "slug": _(
            "Use lower-case letters, digits and dashes; start and end with a letter or digit."
        ),
        "name": _("Enter a name of 1 to 200 characters."),
        "allowed_origins": _(
            "Write each origin as scheme and host only, e.g. https://www.example.de"
        ),
        "language": _("Choose German or English."),
        "webhook_url": _("Enter an http or https URL without user name or password."),
        "report_threshold": _("Enter a number from 1 to 1000."),
        "key_id": _("This site has no such key."),
    }
    return str(messages.get(error.field or "")) if error.field in messages else error_message(error)
