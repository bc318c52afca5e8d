"""SROI on the command line: sroi-digest (periodic, weekly), sroi-deadlines (periodic, daily),
sroi-status (periodic, nightly) and sroi-consistency (the stored status against the engine)."""

from __future__ import annotations

import sys

import click
from flask.cli import with_appcontext

from app.cli.periodic import local_today, periodic_job
from app.extensions import db


@periodic_job(
    "sroi-digest",
    title="Weekoverzicht social return mailen",
    every="week",
    cron="0 7 * * 1",
    on_calendar="Mon *-*-* 07:00:00",
    once_per_period=True,
)
def sroi_digest(today, now):
    """Mail het weekoverzicht: contracten die achter lopen, naar de verantwoordelijke inkoper."""
    from app.services.sroi_digest import send_digests

    sent = send_digests(today)
    db.session.commit()
    return f"Weekoverzicht van {today:%d-%m-%Y}: {sent} e-mail(s) in het postvak uit gezet."


@periodic_job(
    "sroi-deadlines",
    title="Termijnen van de SROI-handhaving melden",
    every="day",
    cron="30 6 * * *",
    on_calendar="*-*-* 06:30:00",
    once_per_period=True,
)
def sroi_deadlines(today, now):
    """Mail de verantwoordelijke inkoper over handhavingstermijnen die vandaag aflopen."""
    from app.services.sroi_enforcement import send_deadline_mails

    sent = send_deadline_mails(today)
    db.session.commit()
    return f"Termijnen van {today:%d-%m-%Y}: {sent} e-mail(s) in het postvak uit gezet."


@periodic_job(
    "sroi-status",
    title="Stand social return per contract bijwerken",
    every="day",
    cron="30 0 * * *",
    on_calendar="*-*-* 00:30:00",
    once_per_period=True,
)
@click.option("--all", "everything", is_flag=True, help="Elk contract, ook een actuele stand.")
def sroi_status(today, now, everything=False):
    """Bereken de stand van elk contract opnieuw voor vandaag (verwacht tot nu, op schema of
    achter, niet voldaan na de einddatum); alleen contracten waarvan de stand niet van vandaag
    is (met --all: elk contract)."""
    from app.services.sroi_status import refresh_stale

    count = refresh_stale(today, everything=everything)
    db.session.commit()
    return f"Stand van {count} contract(en) bijgewerkt voor {today:%d-%m-%Y}."


@click.command("sroi-consistency")
@click.option(
    "--today",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Peildatum (JJJJ-MM-DD); standaard vandaag.",
)
@with_appcontext
def sroi_consistency(today):
    """Vergelijk de opgeslagen stand van elk contract met een nieuwe berekening; meldt elk
    verschil en eindigt dan met status 1."""
    from app.services.sroi_status import drift

    as_of = today.date() if today else local_today()
    found = drift(as_of)
    for item in found:
        parts = ", ".join(
            f"{name}: opgeslagen {stored}, berekend {fresh}"
            for name, (stored, fresh) in item.differences.items()
        )
        click.echo(f"Contract {item.reference} (id {item.contract_id}): {parts}")
    if found:
        click.echo(
            f"{len(found)} contract(en) wijken af op {as_of:%d-%m-%Y}; "
            "`flask sroi-status --all` berekent ze opnieuw."
        )
        sys.exit(1)
    click.echo(f"De opgeslagen stand van elk contract klopt op {as_of:%d-%m-%Y}.")


COMMANDS = [sroi_digest, sroi_deadlines, sroi_status, sroi_consistency]
