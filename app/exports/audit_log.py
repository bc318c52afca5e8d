"""The audit log (or the part a search found) as CSV or XLSX, read from the database in batches
and written while it is sent: the log grows with every request, so the export never holds it."""

from __future__ import annotations

from collections.abc import Iterator

from app.exports.cells import csv_chunks
from app.exports.download import in_batches
from app.exports.xlsx import add_table, chunks, new_workbook
from app.formatting import local_time
from app.models import AuditEntry
from app.services.audit import ACTIONS

HEADER = [
    "Tijdstip",
    "Gebruiker",
    "Handeling",
    "Soort gegeven",
    "Nummer",
    "Toelichting",
    "IP-adres",
]


def _rows(query, *, sheet: bool = False) -> Iterator[list]:
    """One row per entry; the time in Dutch time (for a sheet without its zone: Excel has none)."""
    entry: AuditEntry
    for entry in in_batches(query):
        moment = local_time(entry.at).replace(microsecond=0)
        yield [
            moment.replace(tzinfo=None) if sheet else moment,
            entry.user_email or "(niet ingelogd)",
            ACTIONS.get(entry.action, entry.action),
            entry.object_type,
            entry.object_id,
            entry.detail,
            entry.ip,
        ]


def to_csv(query) -> Iterator[str]:
    return csv_chunks(_with_header(_rows(query)))


def _with_header(rows: Iterator[list]) -> Iterator[list]:
    yield HEADER
    yield from rows


def to_xlsx(query) -> Iterator[bytes]:
    """Written (row by row, to a temporary file) when the download starts, then sent."""
    workbook, sheet = new_workbook("Auditlog", streaming=True)
    add_table(sheet, HEADER, _rows(query, sheet=True), [20, 34, 22, 18, 10, 60, 16])
    yield from chunks(workbook)
