"""SROI on the command line: sroi-digest (periodic, weekly)."""

from __future__ import annotations

from app.cli.periodic import periodic_job
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


COMMANDS = [sroi_digest, sroi_deadlines]
