"""Vacancies on the command line: close-vacancies (periodic, daily)."""

from __future__ import annotations

from app.cli.periodic import periodic_job
from app.extensions import db


@periodic_job(
    "close-vacancies",
    title="Vacatures na de sluitingsdatum sluiten",
    every="day",
    cron="5 0 * * *",
    on_calendar="*-*-* 00:05:00",
    once_per_period=True,
)
def close_vacancies(today, now):
    """Sluit de vacatures waarvan de sluitingsdatum voorbij is."""
    from app.services import vacancy_records

    closed = vacancy_records.close_expired(today)
    db.session.commit()
    return f"{len(closed)} vacature(s) gesloten na de sluitingsdatum (peildatum {today:%d-%m-%Y})."


COMMANDS = [close_vacancies]
