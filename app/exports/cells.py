"""Cells of CSV and XLSX exports, safe to open in a spreadsheet (OWASP "CSV injection").

A spreadsheet treats a cell that starts with `=`, `+`, `-` or `@` as a formula, and a leading
tab or carriage return can hide such a start; a supplier named `=HYPERLINK("https://…"&B2)` would
otherwise send the report's figures to that site when somebody clicks it. `neutralise` prefixes
such text with a single quote (OWASP's advice); numbers, dates and booleans are left alone, so
they stay numbers in the sheet. `write_csv` and `append_row` are the only ways the exports
write cells.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from decimal import Decimal
from urllib.parse import quote

# Characters that make a spreadsheet read the cell as a formula (or hide such a start).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """`value`, with a quote before text that a spreadsheet would read as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_value(value) -> str:
    """One CSV field as Dutch Excel reads it: decimal comma, dates as dd-mm-jjjj (a moment in
    Dutch time, `dd-mm-jjjj uu:mm`), neutralised text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, Decimal):
        return format(value, "f").replace(".", ",")
    if isinstance(value, float):
        return repr(value).replace(".", ",")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, datetime):
        from app.formatting import local_time

        return local_time(value).strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    return neutralise(str(value))


def write_csv(rows: Iterable[Iterable], *, delimiter: str = ";", newline: str = "\r\n") -> str:
    """A CSV document for Dutch Excel: UTF-8 byte order mark, `;` between fields."""
    return "".join(csv_chunks(rows, delimiter=delimiter, newline=newline))


def csv_chunks(
    rows: Iterable[Iterable], *, delimiter: str = ";", newline: str = "\r\n", batch: int = 500
) -> Iterator[str]:
    """The same CSV document piece by piece, `batch` rows at a time, for a download that is
    sent while `rows` (e.g. a query read in batches) is still being read: memory stays flat."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=newline)
    yield "\ufeff"
    for number, row in enumerate(rows, start=1):
        writer.writerow([csv_value(value) for value in row])
        if number % batch == 0:
            yield out.getvalue()
            out.seek(0)
            out.truncate()
    if out.tell():
        yield out.getvalue()


def append_row(sheet, row: Iterable) -> None:
    """Append a row to an openpyxl worksheet; text never becomes a formula.

    openpyxl itself stores every string that starts with `=` as a formula, so text goes in
    neutralised and explicitly typed as a string.
    """
    values = [neutralise(value) for value in row]
    sheet.append(values)
    for cell, value in zip(sheet[sheet.max_row], values, strict=False):
        if isinstance(value, str):
            cell.data_type = "s"


def attachment(filename: str) -> dict[str, str]:
    """A Content-Disposition header for a download: an ASCII name plus the exact UTF-8 name."""
    plain = "".join(c if c.isascii() and (c.isalnum() or c in "-_.") else "-" for c in filename)
    plain = plain.strip("-.") or "export"
    header = f'attachment; filename="{plain}"'
    if plain != filename:
        header += f"; filename*=UTF-8''{quote(filename, safe='')}"
    return {"Content-Disposition": header}
