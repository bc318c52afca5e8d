"""The one XLSX writer of every export: cells through `app.exports.cells.append_row` (no text
becomes a formula), amounts as euros and dates as `22-11-2026` in the sheet's own formats, so
they stay numbers and dates that Excel can add up and sort.

A long export uses `new_workbook(..., streaming=True)` (openpyxl's write-only mode: each row goes
to a temporary file as it is added, so memory does not grow with the number of rows) and
`chunks(workbook)` to send the file in pieces. A write-only sheet is written top to bottom:
column widths and the frozen header come first (`add_table` does that in the right order), and
cells cannot be changed afterwards (`add_row(..., bold_first=True)` instead of `bold_column`).
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal

from app.exports.cells import append_row, neutralise

EURO = '"€" #,##0.00'
DAY = "DD-MM-YYYY"
MOMENT = "DD-MM-YYYY HH:MM:SS"


def new_workbook(title: str, *, streaming: bool = False):
    """A workbook whose first sheet is called `title`; returns (workbook, sheet). `streaming`:
    write-only, for exports whose length depends on the data."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=streaming)
    if streaming:
        sheet = workbook.create_sheet(title)
    else:
        sheet = workbook.active
        sheet.title = title
    return workbook, sheet


def _is_write_only(sheet) -> bool:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

    return isinstance(sheet, WriteOnlyWorksheet)


def add_row(
    sheet,
    row: Iterable,
    *,
    bold: bool = False,
    size: int | None = None,
    bold_first: bool = False,
) -> None:
    """Append a row: a Decimal is shown as euros, a date as a date; optionally bold/larger (or
    only the first cell bold: the label of a summary line)."""
    from openpyxl.styles import Font

    values = list(row)
    font = Font(bold=True, size=size) if bold or bold_first else None

    def style(cell, value, index: int) -> None:
        if isinstance(value, Decimal):
            cell.number_format = EURO
        elif isinstance(value, datetime):
            cell.number_format = MOMENT
        elif isinstance(value, date):
            cell.number_format = DAY
        if font is not None and (bold or index == 0):
            cell.font = font

    if _is_write_only(sheet):
        from openpyxl.cell import WriteOnlyCell

        cells = []
        for index, value in enumerate(neutralise(v) for v in values):
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, str):
                cell.data_type = "s"
            style(cell, value, index)
            cells.append(cell)
        sheet.append(cells)
        return
    append_row(sheet, values)
    for index, (cell, value) in enumerate(zip(sheet[sheet.max_row], values, strict=False)):
        style(cell, value, index)


def add_table(sheet, header: Sequence[str], rows: Iterable[Iterable], widths: Sequence[int]):
    """A table: a bold header that stays in view when scrolling, the rows, column widths.
    `rows` may be a generator (e.g. over a query read in batches): it is read once, row by row."""
    set_widths(sheet, widths)
    sheet.freeze_panes = "A2"
    add_row(sheet, header, bold=True)
    for row in rows:
        add_row(sheet, row)


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


def chunks(workbook, size: int = 64 * 1024) -> Iterator[bytes]:
    """The workbook as an .xlsx file in pieces of `size` bytes, from a temporary file (an .xlsx
    is a zip that is only complete when saved; the pieces are sent without holding it all)."""
    with tempfile.TemporaryFile() as file:
        workbook.save(file)
        file.seek(0)
        while piece := file.read(size):
            yield piece


def bold_column(sheet, column: int = 1) -> None:
    """Every cell of one column in bold (the labels of a two-column summary)."""
    from openpyxl.styles import Font

    for (cell,) in sheet.iter_rows(min_col=column, max_col=column):
        cell.font = Font(bold=True)
