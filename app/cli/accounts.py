"""Accounts on the server's command line: create-user, unlock-user, totp-code."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import with_appcontext

from app.extensions import db
from app.models import Organisation, User
from app.models.choices import ROLES
from app.security import hash_password
from app.validators import check_email


def _user_by_email(email: str) -> User | None:
    return db.session.execute(
        db.select(User).where(db.func.lower(User.email) == email.strip().lower())
    ).scalar_one_or_none()


def _organisation(value: str) -> Organisation:
    org = db.session.get(Organisation, int(value)) if value.isdigit() else None
    if org is None:
        org = db.session.execute(
            db.select(Organisation).where(Organisation.name == value)
        ).scalar_one_or_none()
    if org is None:
        raise click.BadParameter(
            f"Organisatie {value!r} bestaat niet.", param_hint="--organisation"
        )
    return org


@click.command("create-user")
@click.option("--email", required=True, help="E-mailadres (inlognaam).")
@click.option("--name", required=True, help="Volledige naam.")
@click.option("--role", required=True, type=click.Choice(sorted(ROLES)), help="Rol.")
@click.option(
    "--organisation", "organisation", required=True, help="Naam of id van de organisatie."
)
@click.password_option(help="Wachtwoord (minimaal 12 tekens).")
@with_appcontext
def create_user(email, name, role, organisation, password):
    """Maak een gebruiker aan."""
    from app.services import passwords

    try:
        email = check_email(email)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--email") from None
    try:
        passwords.check(password, email)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--password") from None
    org = _organisation(organisation)
    if (role == "employer") != (org.kind == "employer"):
        raise click.BadParameter(
            "Een werkgeversaccount hoort bij een werkgever; medewerkers horen bij een "
            "gemeente, regio of andere opdrachtgever.",
            param_hint="--role",
        )
    if _user_by_email(email) is not None:
        raise click.ClickException(f"Er bestaat al een gebruiker met e-mailadres {email}.")
    first_of_company = role == "employer" and not db.session.scalar(
        db.select(db.func.count(User.id)).where(User.organisation_id == org.id)
    )
    db.session.add(
        User(
            email=email,
            name=name,
            role=role,
            organisation=org,
            password_hash=hash_password(password),
            company_admin=first_of_company,
        )
    )
    db.session.commit()
    click.echo(f"Gebruiker {email} ({ROLES[role]}) aangemaakt bij {org.name}.")
    if role != "employer":
        click.echo("Bij de eerste keer inloggen koppelt deze medewerker een authenticator-app.")


@click.command("totp-code")
@click.argument("email")
@with_appcontext
def totp_code(email):
    """Toon de huidige inlogcode van een account (alleen buiten productie, voor demo's)."""
    import pyotp

    if current_app.config["WERKBRUG_ENV"] == "production":
        raise click.ClickException("Niet beschikbaar in productie.")
    user = _user_by_email(email)
    if user is None or not user.totp_secret:
        raise click.ClickException(
            f"{email} heeft (nog) geen authenticator-app; log eerst in met het wachtwoord, "
            "dan verschijnt de QR-code."
        )
    click.echo(pyotp.TOTP(user.totp_secret).now())


@click.command("unlock-user")
@click.argument("email")
@with_appcontext
def unlock_user(email):
    """Ontgrendel een geblokkeerd account (ook dat van de enige beheerder)."""
    from app.services import lockout

    user = _user_by_email(email)
    if user is None:
        raise click.ClickException(f"Geen account met e-mailadres {email}.")
    was_locked = lockout.is_locked(user)
    lockout.unlock(user, "ontgrendeld via de opdrachtregel op de server")
    db.session.commit()
    click.echo(
        f"Het account van {user.email} is ontgrendeld."
        if was_locked
        else f"Het account van {user.email} was niet geblokkeerd; de teller staat weer op 0."
    )


COMMANDS = [create_user, totp_code, unlock_user]
