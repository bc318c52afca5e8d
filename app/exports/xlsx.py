"""The one XLSX writer of every export: cells through `app.exports.cells.append_row` (no text
becomes a formula), amounts as euros and dates as `22-11-2026` in the sheet's own formats, so
they stay numbers and dates that Excel can add up and sort."""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal

from app.exports.cells import append_row

EURO = '"€" #,##0.00'
DAY = "DD-MM-YYYY"


def new_workbook(title: str):
    """A workbook whose first sheet is called `title`; returns (workbook, sheet)."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    return workbook, sheet


def add_row(sheet, row: Iterable, *, bold: bool = False, size: int | None = None) -> None:
    """Append a row: a Decimal is shown as euros, a date as a date; optionally bold/larger."""
    from openpyxl.styles import Font

    values = list(row)
    append_row(sheet, values)
    font = Font(bold=True, size=size) if bold else None
    for cell, value in zip(sheet[sheet.max_row], values, strict=False):
        if isinstance(value, Decimal):
            cell.number_format = EURO
        elif isinstance(value, date):
            cell.number_format = DAY
        if font is not None:
            cell.font = font


def add_table(sheet, header: Sequence[str], rows: Iterable[Iterable], widths: Sequence[int]):
    """A table: a bold header that stays in view when scrolling, the rows, column widths."""
    add_row(sheet, header, bold=True)
    for row in rows:
        add_row(sheet, row)
    sheet.freeze_panes = "A2"
    set_widths(sheet, widths)


def set_widths(sheet, widths: Sequence[int]) -> None:
    """Column widths from column A on, in characters."""
    from openpyxl.utils import get_column_letter

    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


def to_bytes(workbook) -> bytes:
    """The workbook as an .xlsx file."""
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def bold_column(sheet, column: int = 1) -> None:
    """Every cell of one column in bold (the labels of a two-column summary)."""
    from openpyxl.styles import Font

    for (cell,) in sheet.iter_rows(min_col=column, max_col=column):
        cell.font = Font(bold=True)
