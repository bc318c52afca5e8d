"""Reference data on the command line: import-esco, import-postcodes."""

from __future__ import annotations

import click
from flask.cli import with_appcontext

from app.services.reference_import import (
    ImportFileError,
    ImportReport,
    import_esco,
    import_postcodes,
)

MAX_SHOWN_ERRORS = 25


def _print_report(report: ImportReport) -> None:
    click.echo(report.summary() + ".")
    for line, reason in report.errors[:MAX_SHOWN_ERRORS]:
        click.echo(f"  regel {line}: {reason}")
    if report.skipped > MAX_SHOWN_ERRORS:
        click.echo(f"  … en nog {report.skipped - MAX_SHOWN_ERRORS} andere regels.")


@click.command("import-esco")
@click.argument("path", type=click.Path(dir_okay=False))
@with_appcontext
def import_esco_command(path):
    """Lees ESCO-beroepen (CSV) in de beroepenlijst in."""
    try:
        report = import_esco(path)
    except ImportFileError as error:
        raise click.ClickException(str(error)) from None
    _print_report(report)


@click.command("import-postcodes")
@click.argument("path", type=click.Path(dir_okay=False))
@with_appcontext
def import_postcodes_command(path):
    """Lees PC4-postcodegebieden in (CSV pc4,place,latitude,longitude of GeoNames NL.txt)."""
    try:
        report = import_postcodes(path)
    except ImportFileError as error:
        raise click.ClickException(str(error)) from None
    _print_report(report)


COMMANDS = [import_esco_command, import_postcodes_command]
