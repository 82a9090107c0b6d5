"""Log in, log out, register."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from werkzeug.wrappers import Response

from moderation.auth import bp
from moderation.auth.forms import LoginForm, LogoutForm, RegisterForm
from moderation.auth.session import log_in, log_out, safe_next
from moderation.ratelimits import login_per_account, login_per_ip
from moderation.services.accounts import credentials
from moderation.services.errors import AlreadyExists, AuthenticationFailed, InvalidInput


@bp.route("/login", methods=["GET", "POST"])
@login_per_ip
@login_per_account
def login() -> str | Response:
    form = LoginForm()
    if form.validate_on_submit():
        try:
            account = credentials.authenticate(form.email.data or "", form.password.data or "")
        except AuthenticationFailed:
            flash(_("Email or password is wrong."), "error")
        else:
            log_in(account, remember=bool(form.remember.data))
            default = url_for("dashboard.queue") if account.is_moderator else url_for("index")
            return redirect(safe_next(request.args.get("next"), default))
    return render_template("auth/login.html", form=form)


@bp.post("/logout")
def logout() -> Response:
    form = LogoutForm()
    if form.validate_on_submit() and current_user.is_authenticated:
        log_out()
        flash(_("You are signed out."), "info")
    return redirect(url_for("auth.login"))


@bp.route("/register", methods=["GET", "POST"])
def register() -> str | Response:
    form = RegisterForm()
    if form.validate_on_submit():
        try:
            account = credentials.create_account(
                form.email.data or "", form.password.data or "", display_name=form.display_name.data
            )
        except (AlreadyExists, InvalidInput) as error:
            field = getattr(form, error.field or "", None) or form.email
            field.errors = [
                *field.errors,
                _("This email cannot be used.")
                if isinstance(error, AlreadyExists)
                else error.message,
            ]
        else:
            log_in(account, remember=False)
            flash(_("Welcome! Your account is ready."), "info")
            return redirect(url_for("index"))
    return render_template("auth/register.html", form=form)
