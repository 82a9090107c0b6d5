"""Operator commands: `scripts/manage accounts|sites|demo|learn|sweep ...` (the virtualenv's
`flask --app moderation ...`; `flask ...` in the compose stack's images)."""

from __future__ import annotations

from datetime import timedelta

import click
from flask.cli import AppGroup

from moderation.models import Role
from moderation.models.types import utcnow
from moderation.services.accounts import credentials
from moderation.services.automod import sweeper
from moderation.services.demo import seed
from moderation.services.desk import assignments
from moderation.services.errors import DomainError
from moderation.services.learning import retraining, site_models
from moderation.services.sites import api_keys, integration, registry

accounts_cli = AppGroup("accounts", help="Manage accounts.")
sites_cli = AppGroup("sites", help="Manage news sites.")
demo_cli = AppGroup("demo", help="Demo data for a local run.")
learn_cli = AppGroup("learn", help="Per-site models: retrain, list, activate, roll back.")


def _fail(error: DomainError) -> None:
    where = f" ({error.field})" if error.field else ""
    raise click.ClickException(f"{error.message}{where}")


@accounts_cli.command("create")
@click.option("--email", required=True)
@click.option("--password", required=True, help="At least 10 characters.")
@click.option("--role", type=click.Choice([r.value for r in Role]), default=Role.COMMENTER.value)
@click.option("--name", "display_name", default=None, help="Display name (default: from email).")
def create_account(email: str, password: str, role: str, display_name: str | None) -> None:
    """Create an account."""
    try:
        account = credentials.create_account(
            email, password, display_name=display_name, role=Role(role)
        )
    except DomainError as error:
        _fail(error)
    click.echo(f"created {account.role.value} {account.email} (id {account.id})")


@sites_cli.command("create")
@click.argument("slug")
@click.option("--name", required=True)
@click.option(
    "--language",
    type=click.Choice(integration.LANGUAGES),
    default=None,
    help="Language of the comments  [default: the instance's DEFAULT_LOCALE]",
)
def create_site(slug: str, name: str, language: str | None) -> None:
    """Create a site that can receive comments."""
    try:
        site = registry.create_site(slug, name, language=language)
    except DomainError as error:
        _fail(error)
    click.echo(f"created site {site.slug} (id {site.id})")


@sites_cli.command("create-key")
@click.argument("slug")
@click.option("--name", default="default", show_default=True, help="What the key is for.")
def create_key(slug: str, name: str) -> None:
    """Create an API key for a site; the key is printed once and stored only as a hash."""
    try:
        issued = api_keys.create_key(slug, name)
    except DomainError as error:
        _fail(error)
    click.echo(f"created key {issued.key.id} ({issued.key.name}) for {slug}; store it now:")
    click.echo(issued.secret)


@sites_cli.command("list-keys")
@click.argument("slug")
def list_keys(slug: str) -> None:
    """List a site's API keys (never the keys themselves)."""
    try:
        keys = api_keys.list_keys(slug)
    except DomainError as error:
        _fail(error)
    now = utcnow()
    for key in keys:
        state = "active" if key.usable(now) else "revoked" if key.revoked_at else "expired"
        used = key.last_used_at.isoformat(timespec="seconds") if key.last_used_at else "never"
        click.echo(f"{key.id:>5}  {key.prefix}…  {state:<8} used {used:<25} {key.name}")
    if not keys:
        click.echo(f"no keys for {slug}")


@sites_cli.command("revoke-key")
@click.argument("slug")
@click.argument("key_id", type=int)
def revoke_key(slug: str, key_id: int) -> None:
    """Revoke an API key at once."""
    try:
        key = api_keys.revoke_key(slug, key_id)
    except DomainError as error:
        _fail(error)
    click.echo(f"revoked key {key.id} ({key.prefix}…) of {slug}")


@sites_cli.command("rotate-key")
@click.argument("slug")
@click.argument("key_id", type=int)
@click.option("--grace-minutes", default=0, show_default=True, help="Old key keeps working.")
def rotate_key(slug: str, key_id: int, grace_minutes: int) -> None:
    """Replace an API key; prints the new key once."""
    try:
        issued = api_keys.rotate_key(slug, key_id, grace=timedelta(minutes=grace_minutes))
    except DomainError as error:
        _fail(error)
    click.echo(f"key {key_id} replaced by key {issued.key.id}; store it now:")
    click.echo(issued.secret)


@sites_cli.command("configure")
@click.argument("slug")
@click.option("--origin", "origins", multiple=True, help="Allowed page origin (repeatable).")
@click.option("--language", type=click.Choice(integration.LANGUAGES), default=None)
@click.option("--timezone", default=None)
@click.option("--webhook-url", default=None, help='"" removes the webhook.')
@click.option("--report-threshold", type=int, default=None)
def configure_site(
    slug: str,
    origins: tuple[str, ...],
    language: str | None,
    timezone: str | None,
    webhook_url: str | None,
    report_threshold: int | None,
) -> None:
    """Set a site's integration settings; unset options stay as they are."""
    change = integration.SettingsChange(
        allowed_origins=list(origins) if origins else None,
        language=language,
        timezone=timezone,
        webhook_url=webhook_url,
        report_threshold=report_threshold,
    )
    try:
        site = integration.update_settings(slug, change)
    except DomainError as error:
        _fail(error)
    click.echo(f"{site.slug}: origins {', '.join(site.allowed_origins) or '(none)'}")
    click.echo(f"  language {site.language}, time zone {site.timezone}")
    click.echo(
        f"  webhook {site.webhook_url or '(none)'}, report threshold {site.report_threshold}"
    )


@sites_cli.command("rotate-secret")
@click.argument("slug")
@click.argument("which", type=click.Choice(["sso", "webhook"]))
def rotate_secret(slug: str, which: str) -> None:
    """Set a new SSO or webhook secret and print it once."""
    rotate = {
        "sso": integration.rotate_sso_secret,
        "webhook": integration.rotate_webhook_secret,
    }[which]
    try:
        secret = rotate(slug)
    except DomainError as error:
        _fail(error)
    click.echo(f"new {which} secret for {slug}; store it now:")
    click.echo(secret)


@sites_cli.command("assign")
@click.argument("slug")
@click.option("--moderator", "emails", multiple=True, required=True, help="A moderator's email.")
def assign_moderators(slug: str, emails: tuple[str, ...]) -> None:
    """Let moderators work this site's comments (repeat --moderator for several)."""
    for email in emails:
        try:
            moderator = assignments.assign_by_email(email, slug)
        except DomainError as error:
            _fail(error)
        click.echo(f"{moderator.email} now moderates {slug}")


@sites_cli.command("unassign")
@click.argument("slug")
@click.option("--moderator", "emails", multiple=True, required=True, help="A moderator's email.")
def unassign_moderators(slug: str, emails: tuple[str, ...]) -> None:
    """Take this site away from moderators."""
    for email in emails:
        try:
            moderator = assignments.assign_by_email(email, slug, assigned=False)
        except DomainError as error:
            _fail(error)
        click.echo(f"{moderator.email} no longer moderates {slug}")


@sites_cli.command("moderators")
@click.argument("slug")
def list_moderators(slug: str) -> None:
    """The moderators assigned to a site (admins see every site anyway)."""
    for moderator in assignments.moderators_of(slug):
        click.echo(f"{moderator.email}\t{moderator.display_name}")


@demo_cli.command("seed")
def seed_demo() -> None:
    """Create the demo site and accounts if missing, and print how to sign in."""
    credentials = seed.seed()
    click.echo(f"Demo site: {credentials.site_slug}")
    for role, (email, password) in credentials.accounts.items():
        click.echo(f"  {role:<10} {email}  password: {password}")


@click.command("sweep")
@click.option("--older-than", default=120, show_default=True, help="Seconds a comment may wait.")
def sweep_command(older_than: int) -> None:
    """Queue again comments still pending after --older-than seconds."""
    count = sweeper.requeue_pending(timedelta(seconds=older_than))
    click.echo(f"requeued {count} pending comment(s)")


@learn_cli.command("retrain")
@click.argument("slug")
@click.option("--no-activate", is_flag=True, help="Store the candidate; do not activate it.")
def retrain_command(slug: str, no_activate: bool) -> None:
    """Retrain SLUG's model and activate it if it passes the gate; print the evaluation."""
    try:
        model = retraining.retrain_site(
            slug, retraining.configured_scorer(), activate=not no_activate
        )
    except DomainError as error:
        _fail(error)
    _echo_model(site_models.as_dict(model))


@learn_cli.command("list")
@click.argument("slug")
def list_models(slug: str) -> None:
    """SLUG's model versions, newest first."""
    try:
        for model in site_models.list_versions(slug):
            _echo_model(site_models.as_dict(model))
    except DomainError as error:
        _fail(error)


@learn_cli.command("activate")
@click.argument("slug")
@click.argument("version", type=int)
def activate_model(slug: str, version: int) -> None:
    """Make VERSION SLUG's active model."""
    try:
        _echo_model(site_models.as_dict(site_models.activate(slug, version)))
    except DomainError as error:
        _fail(error)


@learn_cli.command("rollback")
@click.argument("slug")
def rollback_model(slug: str) -> None:
    """Retire SLUG's active model; the one active before it (or the shared model) returns."""
    try:
        model = site_models.rollback(slug)
    except DomainError as error:
        _fail(error)
    click.echo(f"{slug}: now v{model.version}" if model else f"{slug}: now the shared model")


def _echo_model(model: dict[str, object]) -> None:
    evaluation = model["evaluation"]
    assert isinstance(evaluation, dict)
    click.echo(
        f"{model['label']}  {model['status']}  trained on {model['training_examples']}, "
        f"held back {model['holdout_examples']}"
    )
    click.echo(
        f"  macro-F1 {evaluation.get('macro_f1')}  shared {evaluation.get('shared_macro_f1')}  "
        f"baseline {evaluation.get('baseline')} {evaluation.get('baseline_macro_f1')}"
    )
    click.echo(
        f"  threats published on the functional suite: {evaluation.get('critical')} "
        f"(shared {evaluation.get('shared_critical')}; of them not published by the shared "
        f"model: {len(evaluation.get('newly_published_threats', []))})"
    )
    click.echo(f"  {evaluation.get('reason')}")
