"""Reports, exports (CSV, XLSX, PDF read back), the weekly digest, and one journey from a new
contract to a not-met penalty whose numbers equal the SROI engine's on every page."""

import csv
import io
from datetime import date
from decimal import Decimal

import pytest

import sroi
from app.formatting import money
from app.models import AuditEntry, Contract, OutboxMail, SroiActivity
from app.services.catalogue_presets import ensure_preset_catalogues


@pytest.fixture
def procurement(world, auth):
    auth.login("procurement.a@example.nl")
    return world


def _ended_contract(world, db, accepted_hours="18"):
    """A 2024–2025 contract of authority A with one accepted activity (too little)."""
    from tests.factories import ContractFactory

    contract = ContractFactory(
        authority=world.a.municipality,
        supplier=world.a.employer,
        catalogue=world.a.contract.catalogue,
        reference="END-2025",
        value=Decimal("400000"),
        sroi_percentage=Decimal("5"),
        start_date=date(2024, 1, 1),
        end_date=date(2025, 12, 31),
        penalty_percentage=Decimal("50"),
    )
    db.session.add(
        SroiActivity(
            contract=contract,
            block_code="pw",
            start_date=date(2025, 3, 1),
            hours_per_week=Decimal(accepted_hours),
            state="accepted",
        )
    )
    db.session.add(
        SroiActivity(
            contract=contract,
            block_code="inkoop",
            start_date=date(2024, 6, 1),
            amount=Decimal("1500"),
            state="accepted",
        )
    )
    db.session.commit()
    return contract


def test_report_page_with_charts_tables_and_numbers(procurement, client, db):
    contract = _ended_contract(procurement, db)
    html = client.get("/inkoop/rapportages?jaar=2025").get_data(as_text=True)
    assert "SROI-jaarrapportage Gemeente A 2025" in html
    assert html.count('<svg class="chart"') == 2
    assert "Gerealiseerd in 2025 per bouwblok" in html  # the table beside the chart
    assert "END-2025" in html and procurement.b.contract.reference not in html
    from app.services.sroi_bridge import status_for

    status = status_for(contract, date.today())
    assert status.state == "not_met"
    assert money(status.penalty) in html and money(status.shortfall) in html
    # Hostile query values fall back to a sensible report with a Dutch message.
    response = client.get("/inkoop/rapportages?jaar=99999999999999&opdrachtgever=abc")
    assert response.status_code == 200
    assert "Vul een heel getal in" in response.get_data(as_text=True)
    response = client.get("/inkoop/rapportages?jaar=3000")
    assert "Kies een jaar tussen 1990 en 2150." in response.get_data(as_text=True)
    assert client.get("/inkoop/rapportages?jaar=-1").status_code == 200


def test_realised_in_the_year_is_the_engine_difference_between_year_ends(procurement, db):
    from app.services import sroi_reports
    from app.services.sroi_bridge import valuation_for

    contract = _ended_contract(procurement, db)
    report = sroi_reports.annual_report([procurement.a.municipality], 2025, date(2026, 11, 22))
    pw = next(a for a in contract.activities if a.block_code == "pw")
    expected_pw = (
        valuation_for(pw, date(2025, 12, 31)).value - valuation_for(pw, date(2024, 12, 31)).value
    )
    line = next(r for r in report.lines if r.line.contract.id == contract.id)
    assert line.realized_in_year == expected_pw  # the invoice of 2024 does not count in 2025
    assert line.final
    assert report.people == 1
    report_2024 = sroi_reports.annual_report([procurement.a.municipality], 2024, date(2026, 11, 22))
    line_2024 = next(r for r in report_2024.lines if r.line.contract.id == contract.id)
    assert line_2024.realized_in_year == Decimal("1500.00")
    assert report_2024.penalty_in_year == 0  # the contract ended in 2025


def test_exports_open_and_carry_the_numbers(procurement, client, db):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    from app.services.sroi_bridge import status_for

    contract = _ended_contract(procurement, db)
    status = status_for(contract, date.today())

    response = client.get("/inkoop/rapportages/export.csv?jaar=2025")
    assert response.status_code == 200
    assert (
        response.headers["Content-Disposition"] == 'attachment; filename="sroi-rapportage-2025.csv"'
    )
    text = response.get_data(as_text=True)
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    row = next(r for r in rows if r["Kenmerk"] == "END-2025")
    assert row["Status"] == "Niet voldaan"
    assert row["Boete"] == format(status.penalty, "f").replace(".", ",")
    assert row["Tekort"] == format(status.shortfall, "f").replace(".", ",")
    assert row["Einde"] == contract.end_date.strftime("%d-%m-%Y")  # dd-mm-jjjj, as Dutch Excel
    assert "Gerealiseerd tot peildatum" in rows[0]
    assert any(r["Onderdeel"] == "bouwblok" for r in rows)

    response = client.get("/inkoop/rapportages/export.xlsx?jaar=2025")
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(response.data))
    assert workbook.sheetnames == ["Samenvatting", "Contracten", "Per bouwblok"]
    sheet = workbook["Contracten"]
    header = [c.value for c in sheet[1]]
    values = {
        row[0]: dict(zip(header, row, strict=True))
        for row in sheet.iter_rows(min_row=2, values_only=True)
    }
    assert Decimal(str(values["END-2025"]["Boete"])) == status.penalty
    assert Decimal(str(values["END-2025"]["Verplichting"])) == status.obligation
    assert values["END-2025"]["Status"] == "Niet voldaan"

    response = client.get("/inkoop/rapportages/export.pdf?jaar=2025")
    assert response.status_code == 200 and response.data.startswith(b"%PDF")
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.data)).pages)
    assert "SROI-jaarrapportage Gemeente A 2025" in text
    assert "END-2025" in text
    assert money(status.penalty) in text  # with the euro sign
    assert "geëindigd" in text  # Dutch accents survive
    assert client.get("/inkoop/rapportages/export.doc").status_code == 404
    exports = db.session.scalars(db.select(AuditEntry).where(AuditEntry.action == "export")).all()
    assert len(exports) == 3


def test_pdf_falls_back_to_a_core_font_without_dejavu(procurement, db, monkeypatch, tmp_path):
    from pypdf import PdfReader

    from app.exports import pdf, sroi_report
    from app.services import sroi_reports

    _ended_contract(procurement, db)
    monkeypatch.setattr(pdf, "DEJAVU", tmp_path)
    report = sroi_reports.annual_report([procurement.a.municipality], 2025, date(2026, 11, 22))
    text = "\n".join(
        p.extract_text() for p in PdfReader(io.BytesIO(sroi_report.report_pdf(report))).pages
    )
    assert "EUR" in text and "geëindigd" in text


def test_weekly_digest_in_the_app_and_by_mail(procurement, client, db, runner):
    contract = procurement.a.contract  # 2026–2027, one submitted activity: behind by now
    html = client.get("/inkoop/weekoverzicht").get_data(as_text=True)
    assert contract.reference in html
    assert "achter op schema" in html
    contract.responsible_user = procurement.a.users["procurement"]
    db.session.commit()
    assert client.post("/inkoop/weekoverzicht/versturen").status_code == 302
    mail = db.session.scalars(
        db.select(OutboxMail).where(OutboxMail.to == "procurement.a@example.nl")
    ).one()
    assert contract.reference in mail.body and "Weekoverzicht" in mail.subject
    assert f"/inkoop/contracten/{contract.id}" in mail.body
    # The dashboard flags the same contract.
    html = client.get("/inkoop/").get_data(as_text=True)
    assert "Aandacht nodig" in html and contract.reference in html
    # The CLI sends for every authority; a contract ending within three months is marked.
    result = runner.invoke(args=["sroi-digest", "--today", "2027-11-01"])
    assert result.exit_code == 0, result.output
    assert "e-mail(s)" in result.output
    mails = db.session.scalars(db.select(OutboxMail).order_by(OutboxMail.id)).all()
    latest = [m for m in mails if m.to == "procurement.a@example.nl"][-1]
    assert "BINNEN DRIE MAANDEN" in latest.body
    assert "eindigt binnen drie maanden" in latest.subject
    assert any(m.to == "procurement.b@example.nl" for m in mails)  # B's contract, all its inkopers


def test_end_to_end_from_new_contract_to_not_met_penalty(procurement, client, db):
    """A contract registered through the form, a supplier's activity accepted in the review
    queue, the contract ends with too little: shortfall and penalty on every page equal
    `sroi.contract_status` computed from the same data, straight from the engine."""
    ensure_preset_catalogues()
    db.session.commit()
    from app.models import Catalogue

    catalogue = db.session.scalars(
        db.select(Catalogue).where(Catalogue.name == "utrecht-2023")
    ).one()
    response = client.post(
        "/inkoop/contracten/nieuw",
        data={
            "authority_id": str(procurement.a.municipality.id),
            "supplier": procurement.a.employer.kvk,
            "reference": "E2E-2024",
            "title": "Beheer openbare verlichting",
            "value": "750.000",
            "sroi_percentage": "5",
            "catalogue_id": str(catalogue.id),
            "start_date": "1-1-2024",
            "end_date": "31-12-2025",
            "reduction_percentage": "10",
            "penalty_percentage": "100",
            "responsible_user_id": str(procurement.a.users["procurement"].id),
        },
    )
    assert response.status_code == 302
    contract = db.session.scalars(db.select(Contract).where(Contract.reference == "E2E-2024")).one()

    # The supplier reports (built by the employer portal; here straight into the database).
    reported = SroiActivity(
        contract=contract,
        block_code="pw",
        start_date=date(2024, 9, 1),
        end_date=date(2025, 8, 31),
        hours_per_week=Decimal("24"),
        bonuses=["age50"],
        state="submitted",
        created_by_id=procurement.a.users["employer"].id,
        evidence_later_reason="Het contract ligt bij de notaris.",
    )
    db.session.add(reported)
    db.session.commit()
    # The preset's year block asks for a contract of employment; there is none, so the reviewer
    # accepts with a reason (issue 18).
    assert (
        client.post(
            f"/inkoop/beoordelen/{reported.id}",
            data={
                "decision": "accept",
                "reason": "",
                "version": str(reported.version),
                "override_reason": "Arbeidsovereenkomst ingezien bij het werkbezoek.",
            },
        ).status_code
        == 302
    )

    # The engine, from the same data, without the portal.
    engine = sroi.contract_status(
        sroi.load_catalogue("utrecht-2023"),
        sroi.Contract(
            value=Decimal("750000"),
            sroi_percentage=Decimal("5"),
            start=date(2024, 1, 1),
            end=date(2025, 12, 31),
            reduction_percentage=Decimal("10"),
            penalty_percentage=Decimal("100"),
        ),
        accepted=[
            sroi.Activity(
                block="pw",
                start=date(2024, 9, 1),
                end=date(2025, 8, 31),
                hours_per_week=Decimal("24"),
                bonuses=("age50",),
            )
        ],
        pending=[],
        as_of=date.today(),
    )
    assert engine.state == "not_met"
    assert engine.obligation == Decimal("33750.00")
    assert engine.shortfall > 0 and engine.penalty == engine.shortfall

    page = client.get(f"/inkoop/contracten/{contract.id}").get_data(as_text=True)
    for amount in (engine.obligation, engine.realized, engine.shortfall, engine.penalty):
        assert money(amount) in page
    assert "Niet voldaan" in page
    assert f"Boete: {money(engine.penalty)} = tekort {money(engine.shortfall)} × 100 %" in page

    overview = client.get("/inkoop/contracten?stand=not_met").get_data(as_text=True)
    assert "E2E-2024" in overview and money(engine.penalty) in overview
    suppliers = client.get("/inkoop/contracten/leveranciers").get_data(as_text=True)
    assert money(engine.shortfall) in suppliers
    report = client.get("/inkoop/rapportages?jaar=2025").get_data(as_text=True)
    assert money(engine.penalty) in report and money(engine.shortfall) in report
    home = client.get("/inkoop/").get_data(as_text=True)
    assert money(engine.penalty) in home
