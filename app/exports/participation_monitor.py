"""The monitor (`app.services.monitoring.MonitorReport`) as CSV and XLSX, through the shared
writers of `app.exports`: the period's table (amounts as euros) and the trend over periods."""

from __future__ import annotations

from decimal import Decimal

from app.exports.cells import write_csv
from app.exports.xlsx import add_row, new_workbook, set_widths, to_bytes
from app.services.monitoring import TREND_LABELS, MonitorReport

CENT = Decimal("0.01")


def _table(report: MonitorReport) -> list[list]:
    rows = [["Onderdeel", "Aantal of bedrag", "Toelichting", "Rij in de tabel van het beleidsplan"]]
    rows += [[r.label, r.value, r.note, r.table_row] for r in report.rows]
    rows += [
        [f"Participatieladder: {label}", count, "inwoners met een open dossier", ""]
        for label, count in report.ladder
    ]
    rows += [
        [f"Klantgroep {g.label}", g.clients, f"{g.exits} uitgestroomd naar werk", ""]
        for g in report.groups
    ]
    for total in report.sroi:
        rows += [
            [
                f"SROI {total.authority}: verplichting",
                total.obligation,
                f"{total.contracts} contracten",
                "",
            ],
            [f"SROI {total.authority}: gerealiseerd", total.realized, "", ""],
            [f"SROI {total.authority}: boetes", total.penalty, "", ""],
        ]
    return rows


def _trend_table(report: MonitorReport) -> list[list]:
    rows = [["Verloop", *[p.label for p in report.trend_periods]]]
    rows += [[TREND_LABELS[key], *values] for key, values in report.trend.items()]
    return rows


def to_csv(report: MonitorReport) -> str:
    """CSV with a semicolon and decimal comma, as Dutch Excel opens it (amounts in cents)."""
    table = [
        [value.quantize(CENT) if isinstance(value, Decimal) else value for value in row]
        for row in _table(report)
    ]
    return write_csv([[f"Periode: {report.period.label}"], *table, [], *_trend_table(report)])


def to_xlsx(report: MonitorReport) -> bytes:
    """The monitor as an Excel workbook: a title and the table (amounts as euros), then the
    trend over the periods."""
    workbook, sheet = new_workbook(f"Monitor {report.period.short}")
    title = f"Monitor arbeidsparticipatie {report.municipality.name} {report.period.label}"
    add_row(sheet, [title], bold=True, size=14)
    header, *rows = _table(report)
    add_row(sheet, header, bold=True)
    for row in rows:
        add_row(sheet, row)
    set_widths(sheet, [60, 18, 45, 50])
    trend_sheet = workbook.create_sheet("Verloop")
    header, *rows = _trend_table(report)
    add_row(trend_sheet, header, bold=True)
    for row in rows:
        add_row(trend_sheet, row)
    set_widths(trend_sheet, [30])
    return to_bytes(workbook)
