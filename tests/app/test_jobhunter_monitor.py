"""The yearly monitoring report: figures from the records, charts, CSV and XLSX exports."""

import io
from datetime import UTC, date, datetime
from decimal import Decimal

from openpyxl import load_workbook

from app.models import AuditEntry, FollowUp, IncentiveAward, IncentiveScheme, Placement
from tests.factories import ClientFactory

YEAR = 2026  # the year of the world fixture's placements


def _placement(db, world, **kw):
    client = kw.pop("client", None) or ClientFactory(municipality=world.a.municipality)
    values = dict(
        client=client,
        employer=world.a.employer,
        kind="job",
        start_date=date(YEAR, 2, 1),
        hours_per_week=Decimal("36"),
    )
    values.update(kw)
    placement = Placement(**values)
    db.session.add(placement)
    return placement


def _data(db, world):
    _placement(db, world, hours_per_week=Decimal("24"), jobcoach=True)
    _placement(
        db,
        world,
        wage_value_pct=Decimal("60"),
        client=ClientFactory(municipality=world.a.municipality, banenafspraak=True),
    )
    _placement(db, world, kind="work_experience", hours_per_week=Decimal("16"))
    _placement(db, world, start_date=date(YEAR - 1, 6, 1))  # other year
    done = _placement(db, world, start_date=date(YEAR, 3, 1))
    done.follow_ups = [
        FollowUp(
            kind="call",
            due_date=date(YEAR, 3, 15),
            done_at=datetime(YEAR, 3, 16, 10, 0, tzinfo=UTC),
        )
    ]
    scheme = IncentiveScheme(
        municipality=world.a.municipality,
        name="Werkvoucher",
        min_hours_per_week=Decimal("24"),
        eligible_benefits=["participatiewet"],
    )
    db.session.add(
        IncentiveAward(scheme=scheme, placement=done, state="granted", amount=Decimal("2000"))
    )
    db.session.commit()


def test_report_counts_what_the_policy_table_asks(world, client, auth, db):
    _data(db, world)
    auth.login("jobhunter.a@example.nl")
    html = client.get(f"/jobhunter/monitor?jaar={YEAR}").get_data(as_text=True)
    assert f"Monitor arbeidsparticipatie {YEAR}" in html

    from app.services.monitoring import build_report

    report = build_report(world.a.municipality, YEAR, date.today())
    # The world already holds one paid 24-hour placement of this year (1 March).
    assert report.value("exit_to_work") == 4  # four paid placements this year
    # Part-time is paid work alongside the benefit (the seeds' definition, tested in
    # tests/app/test_client_path_monitor.py): every factory client keeps a running benefit, so
    # the five with paid work in 2026 (the 2025 start included: it still runs) all count.
    assert report.value("part_time") == 5
    assert report.value("unpaid_places") == 1
    assert report.value("jobcoach") == 1
    assert report.value("wage_subsidy") == 1
    assert report.value("banenafspraak_placements") == 1
    assert report.value("follow_ups") == 1
    assert report.value("incentives") == 1 and report.value("incentive_amount") == Decimal("2000")
    assert "<svg" in html and "Uitstroom naar (betaald) werk" in html
    # SROI totals per authority, from the engine: 1.200.000 × 5 % = 60.000.
    assert "€ 60.000,00" in html


def test_other_municipalities_are_not_counted(world, db):
    from app.services.monitoring import build_report

    _placement(db, world, client=world.b.client, employer=world.b.employer)
    db.session.commit()
    assert build_report(world.a.municipality, YEAR, date.today()).value("exit_to_work") == 1
    assert build_report(world.b.municipality, YEAR, date.today()).value("exit_to_work") == 2


def test_csv_and_xlsx_exports_open_and_are_audited(world, client, auth, db):
    _data(db, world)
    auth.login("jobhunter.a@example.nl")
    csv_response = client.get(f"/jobhunter/monitor.csv?jaar={YEAR}")
    assert csv_response.status_code == 200
    text = csv_response.get_data(as_text=True)
    assert "Uitstroom naar (betaald) werk;4;" in text
    assert "Werkvouchers / werkgeverscheques, bedrag;2000,00;" in text
    xlsx = client.get(f"/jobhunter/monitor.xlsx?jaar={YEAR}")
    sheet = load_workbook(io.BytesIO(xlsx.data)).active
    values = {row[0]: row[1] for row in sheet.iter_rows(min_row=3, values_only=True)}
    assert values["Uitstroom naar (betaald) werk"] == 4
    assert values["Werkvouchers / werkgeverscheques, bedrag"] == 2000
    exports = db.session.scalars(db.select(AuditEntry).where(AuditEntry.action == "export")).all()
    assert len(exports) == 2
    assert client.get("/jobhunter/monitor.pdfx").status_code == 404


def test_year_and_municipality_arguments_are_checked(world, client, auth):
    auth.login("jobhunter.a@example.nl")
    assert client.get("/jobhunter/monitor?jaar=abc").status_code == 200
    html = client.get(
        f"/jobhunter/monitor?jaar={YEAR}&gemeente={world.b.municipality.id}"
    ).get_data(as_text=True)
    assert world.a.municipality.name in html  # another municipality's id falls back to the own one
    assert world.b.municipality.name not in html.split("<main")[1].split("Social return")[0]
