"""API tokens on the server's command line: api-token create (for scripts and tests)."""

from __future__ import annotations

import click
from flask.cli import with_appcontext

from app.extensions import db
from app.models import User
from app.services import api_tokens


@click.group("api-token")
def api_token() -> None:
    """Persoonlijke API-sleutels."""


@api_token.command("create")
@click.option("--email", required=True, help="E-mailadres van de gebruiker.")
@click.option("--name", required=True, help="Naam van de sleutel, bijvoorbeeld het systeem.")
@click.option(
    "--scope",
    "scopes",
    multiple=True,
    type=click.Choice(api_tokens.ALL_SCOPES),
    help="Bevoegdheid, herhaalbaar; standaard alles wat bij de rol van de gebruiker past.",
)
@click.option(
    "--days",
    default=api_tokens.DEFAULT_DAYS,
    show_default=True,
    type=click.IntRange(1, api_tokens.MAX_DAYS),
    help="Geldig voor zoveel dagen.",
)
@with_appcontext
def create(email: str, name: str, scopes: tuple[str, ...], days: int) -> None:
    """Maak een API-sleutel; de sleutel zelf staat op de laatste regel (alleen nu zichtbaar)."""
    user = db.session.execute(
        db.select(User).where(db.func.lower(User.email) == email.strip().lower())
    ).scalar_one_or_none()
    if user is None or not user.active:
        raise click.BadParameter(f"Geen actieve gebruiker met e-mailadres {email}.")
    if not name.strip():
        raise click.BadParameter("Geef de sleutel een naam.", param_hint="--name")
    token, text = api_tokens.create(
        user, name, scopes or api_tokens.scopes_for_role(user.role), days=days
    )
    db.session.commit()
    click.echo(
        f"API-sleutel {token.name!r} voor {user.email}, geldig tot {token.expires_at:%d-%m-%Y}."
    )
    click.echo(f"Bevoegdheden: {token.scopes or '-'}")
    click.echo(text)


COMMANDS = (api_token,)
