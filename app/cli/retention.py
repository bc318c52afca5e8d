"""Retention on the command line: retention-run (periodic, daily)."""

from __future__ import annotations

import click

from app.cli.periodic import periodic_job


@periodic_job(
    "retention-run",
    title="Bewaartermijnen: werkzoekenden anonimiseren",
    every="day",
    cron="30 2 * * *",
    on_calendar="*-*-* 02:30:00",
    once_per_period=True,
)
@click.option("--dry-run", is_flag=True, help="Alleen tonen wat er zou gebeuren; niets wijzigen.")
def retention_run(today, now, dry_run=False):
    """Anonimiseer werkzoekenden waarvan het dossier langer dan de bewaartermijn gesloten is."""
    from app.services import retention

    report = retention.run(today, dry_run=dry_run)
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
    return report.summary()


COMMANDS = [retention_run]
