"""Exports are sent while they are written (issue 15): the audit log read from the database in
batches as CSV and XLSX, the SROI report too; what the user gets is the same complete file."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, datetime, timedelta
from html import unescape

import pytest

from app.models import AuditEntry

WHO = "export.proef@example.nl"
N = 1_234  # more than one batch of the query (500) and of the CSV writer (500)


@pytest.fixture
def logged(world, db, auth):
    start = datetime(2026, 7, 1, 10, 0, tzinfo=UTC)  # summer: 12:00 in the Netherlands
    db.session.add_all(
        AuditEntry(
            at=start + timedelta(minutes=number),
            action="read",
            object_type="Client",
            object_id=str(number),
            user_email=WHO,
            detail='=HYPERLINK("https://example.com")' if number == 0 else f"regel {number}",
        )
        for number in range(N)
    )
    db.session.commit()
    auth.login("admin.a@example.nl")


def test_the_audit_log_downloads_as_a_streamed_csv_with_the_search(logged, client, db):
    response = client.get("/beheer/auditlog.csv", query_string={"who": WHO})
    assert response.status_code == 200
    assert response.is_streamed
    assert response.headers["Content-Disposition"] == 'attachment; filename="auditlog.csv"'
    text = response.get_data(as_text=True)
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert rows[0][:3] == ["Tijdstip", "Gebruiker", "Handeling"]
    assert len(rows) == N + 1  # every entry once, nothing from other users
    assert [r[4] for r in rows[1:4]] == [str(N - 1), str(N - 2), str(N - 3)]  # newest first
    oldest = rows[-1]
    assert oldest[0] == "01-07-2026 12:00"  # Dutch time
    assert oldest[5] == '\'=HYPERLINK("https://example.com")'  # never a formula
    assert oldest[2] == "gelezen"


def test_the_audit_log_downloads_as_a_streamed_workbook(logged, client):
    from openpyxl import load_workbook

    response = client.get("/beheer/auditlog.xlsx", query_string={"who": WHO})
    assert response.status_code == 200 and response.is_streamed
    sheet = load_workbook(io.BytesIO(response.get_data())).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == N + 1
    assert rows[-1][0] == datetime(2026, 7, 1, 12, 0)  # a real date and time in the sheet
    assert rows[-1][5] == '\'=HYPERLINK("https://example.com")'
    assert sheet.freeze_panes == "A2"


def test_the_export_is_itself_in_the_log_with_its_search(logged, client, db):
    client.get("/beheer/auditlog.csv", query_string={"who": WHO}).get_data()
    entry = db.session.scalars(
        db.select(AuditEntry).where(AuditEntry.action == "export").order_by(AuditEntry.id.desc())
    ).first()
    assert entry.user_email == "admin.a@example.nl"
    assert entry.detail == f"CSV: who={WHO}"


def test_the_audit_log_page_offers_the_download_of_what_it_found(logged, client):
    html = client.get("/beheer/auditlog", query_string={"who": WHO, "pagina": 3}).get_data(
        as_text=True
    )
    links = [unescape(h) for h in re.findall(r'href="(/beheer/auditlog\.(?:csv|xlsx)[^"]*)"', html)]
    assert len(links) == 2
    for link in links:
        assert "who=export.proef" in link and "pagina" not in link


def test_an_unknown_format_is_not_found(logged, client):
    assert client.get("/beheer/auditlog.pdf").status_code == 404


def test_the_sroi_report_is_streamed(world, client, auth):
    auth.login("procurement.a@example.nl")
    for fmt in ("csv", "xlsx"):
        response = client.get(f"/inkoop/rapportages/export.{fmt}")
        assert response.status_code == 200 and response.is_streamed, fmt
        assert response.get_data()
