"""Spreadsheet and file exports, each written through one shared writer:

- `cells`: the CSV writer (`write_csv`) and the cell guard every CSV and XLSX cell passes
  (`neutralise`: no text from the database becomes a formula, OWASP "CSV injection"), and the
  download header (`attachment`);
- `xlsx`: the XLSX writer (euros and dates as real numbers and dates);
- `pdf`: the PDF set-up (A4, Dutch, DejaVu Sans or a Latin-1 fallback);
- `download`: the download response (a generator body is streamed while it is written) and
  `in_batches` (a query read a few hundred rows at a time);
- `audit_log`: the audit log (or a search in it) as CSV and XLSX, streamed;
- `sroi_report`: the yearly SROI report in all three formats. The monitor
  (`app.services.monitoring`) and the inzage (`app.services.data_export`) use the same writers.
"""
