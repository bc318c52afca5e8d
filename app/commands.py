"""Flask CLI commands: create-user, import-esco, import-postcodes, seed-demo, retention-run,
totp-code, unlock-user, outbox-show."""

from __future__ import annotations

from datetime import date

import click
from flask import Flask

from app.extensions import db
from app.models import Organisation, User
from app.models.choices import ROLES
from app.security import hash_password
from app.services.reference_import import ImportFileError, ImportReport
from app.validators import check_email

MAX_SHOWN_ERRORS = 25


def _print_report(report: ImportReport) -> None:
    click.echo(report.summary() + ".")
    for line, reason in report.errors[:MAX_SHOWN_ERRORS]:
        click.echo(f"  regel {line}: {reason}")
    if report.skipped > MAX_SHOWN_ERRORS:
        click.echo(f"  … en nog {report.skipped - MAX_SHOWN_ERRORS} andere regels.")


def register(app: Flask) -> None:
    @app.cli.command("create-user")
    @click.option("--email", required=True, help="E-mailadres (inlognaam).")
    @click.option("--name", required=True, help="Volledige naam.")
    @click.option("--role", required=True, type=click.Choice(sorted(ROLES)), help="Rol.")
    @click.option(
        "--organisation", "organisation", required=True, help="Naam of id van de organisatie."
    )
    @click.password_option(help="Wachtwoord (minimaal 12 tekens).")
    def create_user(email, name, role, organisation, password):
        """Maak een gebruiker aan."""
        try:
            email = check_email(email)
        except ValueError as error:
            raise click.BadParameter(str(error), param_hint="--email") from None
        from app.services import passwords

        try:
            passwords.check(password, email)
        except ValueError as error:
            raise click.BadParameter(str(error), param_hint="--password") from None
        org = None
        if organisation.isdigit():
            org = db.session.get(Organisation, int(organisation))
        if org is None:
            org = db.session.execute(
                db.select(Organisation).where(Organisation.name == organisation)
            ).scalar_one_or_none()
        if org is None:
            raise click.BadParameter(
                f"Organisatie {organisation!r} bestaat niet.", param_hint="--organisation"
            )
        if (role == "employer") != (org.kind == "employer"):
            raise click.BadParameter(
                "Een werkgeversaccount hoort bij een werkgever; medewerkers horen bij een "
                "gemeente, regio of andere opdrachtgever.",
                param_hint="--role",
            )
        if db.session.execute(
            db.select(User).where(db.func.lower(User.email) == email.lower())
        ).first():
            raise click.ClickException(f"Er bestaat al een gebruiker met e-mailadres {email}.")
        db.session.add(
            User(
                email=email,
                name=name,
                role=role,
                organisation=org,
                password_hash=hash_password(password),
            )
        )
        db.session.commit()
        click.echo(f"Gebruiker {email} ({ROLES[role]}) aangemaakt bij {org.name}.")
        if role != "employer":
            click.echo("Bij de eerste keer inloggen koppelt deze medewerker een authenticator-app.")

    @app.cli.command("import-esco")
    @click.argument("path", type=click.Path(dir_okay=False))
    def import_esco_command(path):
        """Lees ESCO-beroepen (CSV) in de beroepenlijst in."""
        from app.services.reference_import import import_esco

        try:
            report = import_esco(path)
        except ImportFileError as error:
            raise click.ClickException(str(error)) from None
        _print_report(report)

    @app.cli.command("import-postcodes")
    @click.argument("path", type=click.Path(dir_okay=False))
    def import_postcodes_command(path):
        """Lees PC4-postcodegebieden in (CSV pc4,place,latitude,longitude of GeoNames NL.txt)."""
        from app.services.reference_import import import_postcodes

        try:
            report = import_postcodes(path)
        except ImportFileError as error:
            raise click.ClickException(str(error)) from None
        _print_report(report)

    @app.cli.command("seed-demo")
    @click.option(
        "--today",
        type=click.DateTime(formats=["%Y-%m-%d"]),
        default=None,
        help="Peildatum van de demo (JJJJ-MM-DD); standaard vandaag.",
    )
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
            "onder "
            "Mijn account."
        )

    @app.cli.command("retention-run")
    @click.option(
        "--dry-run", is_flag=True, help="Alleen tonen wat er zou gebeuren; niets wijzigen."
    )
    @click.option(
        "--today",
        type=click.DateTime(formats=["%Y-%m-%d"]),
        default=None,
        help="Peildatum (JJJJ-MM-DD); standaard vandaag.",
    )
    def retention_run_command(dry_run, today):
        """Anonimiseer werkzoekenden waarvan het dossier langer dan de bewaartermijn gesloten is."""
        from app.services import retention

        report = retention.run(today.date() if today else date.today(), dry_run=dry_run)
        verb = "zou anonimiseren" if dry_run else "geanonimiseerd"
        for item in report.clients:
            click.echo(
                f"  werkzoekende {item.client_id} ({item.municipality}, dossier gesloten "
                f"{item.closed_on:%d-%m-%Y}, termijn {item.retention_months} mnd): {verb}; "
                f"{item.activities_unlinked} SROI-activiteit(en) losgekoppeld, "
                f"{item.evidence_removed} bewijsstuk(ken) verwijderd, "
                f"{item.occupations_dropped} beroepswens(en) zonder code verwijderd"
                + (
                    ""
                    if dry_run
                    else f", {item.mails_scrubbed} e-mail(s) leeggemaakt, "
                    f"{item.audit_redacted} auditregel(s) zonder tekst"
                )
            )
        click.echo(report.summary())

    @app.cli.command("totp-code")
    @click.argument("email")
    def totp_code_command(email):
        """Toon de huidige inlogcode van een account (alleen buiten productie, voor demo's)."""
        import pyotp

        if app.config["WERKBRUG_ENV"] == "production":
            raise click.ClickException("Niet beschikbaar in productie.")
        user = db.session.execute(
            db.select(User).where(db.func.lower(User.email) == email.strip().lower())
        ).scalar_one_or_none()
        if user is None or not user.totp_secret:
            raise click.ClickException(
                f"{email} heeft (nog) geen authenticator-app; log eerst in met het wachtwoord, "
                "dan verschijnt de QR-code."
            )
        click.echo(pyotp.TOTP(user.totp_secret).now())

    @app.cli.command("unlock-user")
    @click.argument("email")
    def unlock_user_command(email):
        """Ontgrendel een geblokkeerd account (ook dat van de enige beheerder)."""
        from app.services import lockout

        user = db.session.execute(
            db.select(User).where(db.func.lower(User.email) == email.strip().lower())
        ).scalar_one_or_none()
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

    @app.cli.command("outbox-show")
    @click.option("--to", "to", default=None, help="Alleen e-mail aan dit adres.")
    @click.option("--last", default=5, show_default=True, help="Aantal berichten.")
    def outbox_show_command(to, last):
        """Toon verstuurde e-mail zoals de ontvanger die krijgt (alleen buiten productie)."""
        from app.models import OutboxMail
        from app.services.mail import delivered

        if app.config["WERKBRUG_ENV"] == "production":
            raise click.ClickException("Niet beschikbaar in productie.")
        query = db.select(OutboxMail).order_by(OutboxMail.id.desc()).limit(max(last, 1))
        if to:
            query = query.where(db.func.lower(OutboxMail.to) == to.strip().lower())
        for mail in reversed(db.session.scalars(query).all()):
            out = delivered(mail)
            click.echo(f"Aan: {out.to}\nOnderwerp: {out.subject}\n\n{out.body}\n{'-' * 60}")

    from app.seed import scale

    scale.register(app)
