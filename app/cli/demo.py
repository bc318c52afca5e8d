"""The demo region: seed-demo (seed-scale lives with its generator in `app.seed.scale`)."""

from __future__ import annotations

from datetime import date

import click
from flask.cli import with_appcontext

from app.models.choices import ROLES


@click.command("seed-demo")
@click.option(
    "--today",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Peildatum van de demo (JJJJ-MM-DD); standaard vandaag.",
)
@with_appcontext
def seed_demo_command(today):
    """Laad een demoregio (idempotent: een tweede keer verandert niets)."""
    from app.seed.demo import DEMO_PASSWORD, seed_demo

    anchor = today.date() if today else date.today()
    result = seed_demo(anchor)
    if result.created:
        click.echo(result.summary)
    else:
        click.echo("De demodata staat er al; er is niets veranderd.")
    click.echo(f"\nDemo-accounts (wachtwoord voor allemaal: {DEMO_PASSWORD}):")
    for email, role in result.accounts:
        click.echo(f"  {str(ROLES[role]):<12} {email}")
    click.echo(
        "\nMedewerkers (beheerder, jobhunter, inkoper) koppelen bij de eerste keer inloggen "
        "een authenticator-app\n(tweestapsverificatie); de werkgever kan dat zelf aanzetten "
        "onder Mijn account."
    )


COMMANDS = [seed_demo_command]
