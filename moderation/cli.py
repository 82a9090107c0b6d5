"""Operator commands: `flask --app moderation accounts|sites|demo|sweep ...`."""

from __future__ import annotations

from datetime import timedelta

import click
from flask.cli import AppGroup

from .models import Role
from .services import accounts, demo, sites, sweeper
from .services.errors import DomainError

accounts_cli = AppGroup("accounts", help="Manage accounts.")
sites_cli = AppGroup("sites", help="Manage news sites.")
demo_cli = AppGroup("demo", help="Demo data for a local run.")


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
        account = accounts.create_account(
            email, password, display_name=display_name, role=Role(role)
        )
    except DomainError as error:
        _fail(error)
    click.echo(f"created {account.role.value} {account.email} (id {account.id})")


@sites_cli.command("create")
@click.argument("slug")
@click.option("--name", required=True)
@click.option("--language", default="de", show_default=True)
def create_site(slug: str, name: str, language: str) -> None:
    """Create a site that can receive comments."""
    try:
        site = sites.create_site(slug, name, language=language)
    except DomainError as error:
        _fail(error)
    click.echo(f"created site {site.slug} (id {site.id})")


@demo_cli.command("seed")
def seed_demo() -> None:
    """Create the demo site and accounts if missing, and print how to sign in."""
    credentials = demo.seed()
    click.echo(f"Demo site: {credentials.site_slug}")
    for role, (email, password) in credentials.accounts.items():
        click.echo(f"  {role:<10} {email}  password: {password}")


@click.command("sweep")
@click.option("--older-than", default=120, show_default=True, help="Seconds a comment may wait.")
def sweep_command(older_than: int) -> None:
    """Queue again comments still pending after --older-than seconds."""
    count = sweeper.requeue_pending(timedelta(seconds=older_than))
    click.echo(f"requeued {count} pending comment(s)")
