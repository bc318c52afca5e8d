"""Mail on the command line: send-mail (periodic), outbox-show (development)."""

from __future__ import annotations

from datetime import timedelta

import click
from flask import current_app
from flask.cli import with_appcontext

from app.cli.periodic import periodic_job
from app.extensions import db


@periodic_job(
    "send-mail",
    title="E-mail versturen",
    every="5min",
    cron="*/5 * * * *",
    on_calendar="*:0/5",
    max_minutes=30,
)
def send_mail(today, now):
    """Verstuur de wachtende e-mail uit het postvak uit via SMTP (elk bericht één keer)."""
    from app.services import mail_delivery

    config = current_app.config
    try:
        settings = mail_delivery.SmtpSettings.from_config(config)
    except mail_delivery.MailSettingsError as error:
        raise click.ClickException(str(error)) from None
    if settings is None:
        waiting = mail_delivery.counts()["pending"]
        return (
            f"Geen SMTP_HOST ingesteld: er wordt niets verstuurd; {waiting} bericht(en) "
            "blijven in het postvak uit."
        )
    policy = mail_delivery.RetryPolicy(
        max_tries=max(1, config["MAIL_MAX_TRIES"]),
        first_delay=timedelta(minutes=max(1, config["MAIL_RETRY_MINUTES"])),
    )
    report = mail_delivery.deliver_due(settings, now, policy)
    for line in report.errors[:25]:
        current_app.logger.warning("send-mail: %s", line)
    return report.summary()


@click.command("outbox-show")
@click.option("--to", "to", default=None, help="Alleen e-mail aan dit adres.")
@click.option("--last", default=5, show_default=True, help="Aantal berichten.")
@with_appcontext
def outbox_show(to, last):
    """Toon verstuurde e-mail zoals de ontvanger die krijgt (alleen buiten productie)."""
    from app.models import OutboxMail
    from app.services.mail import delivered

    if current_app.config["WERKBRUG_ENV"] == "production":
        raise click.ClickException("Niet beschikbaar in productie.")
    query = db.select(OutboxMail).order_by(OutboxMail.id.desc()).limit(max(last, 1))
    if to:
        query = query.where(db.func.lower(OutboxMail.to) == to.strip().lower())
    for mail in reversed(db.session.scalars(query).all()):
        out = delivered(mail)
        click.echo(f"Aan: {out.to}\nOnderwerp: {out.subject}\n\n{out.body}\n{'-' * 60}")


COMMANDS = [send_mail, outbox_show]
