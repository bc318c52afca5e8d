"""Work found outside the portal (issue 16): registered by the jobhunter, it is a placement, so
follow-up, employer incentives, the exit premium and the monitor treat it exactly like a
placement made through the portal."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.models import (
    AuditEntry,
    ExitPremiumScheme,
    FollowUp,
    IncentiveAward,
    IncentiveScheme,
    IncentiveTier,
    MinimumWage,
    Placement,
)
from app.services import aftercare, client_exits
from app.services.monitoring import build_report

TODAY = date(2026, 11, 16)


def _exit(world, db, **data) -> Placement:
    values = {
        "kind": "job",
        "employer_id": 0,
        "employer_name": "Bakkerij De Vries",
        "employer_kvk": "12345678",
        "start_date": date(2026, 10, 1),
        "hours_per_week": Decimal("32"),
    }
    values.update(data)
    placement = client_exits.register_exit(
        world.a.client, values, world.a.users["jobhunter"], TODAY
    )
    db.session.commit()
    return placement


def _form(**extra):
    data = {
        "kind": "job",
        "employer_id": "0",
        "employer_name": "Bakkerij De Vries",
        "employer_kvk": "12345678",
        "start_date": "01-10-2026",
        "hours_per_week": "32",
        "hourly_wage": "14,71",
        "ladder_step": "6",
    }
    data.update(extra)
    return data


def test_follow_up_after_two_and_six_weeks_outside_the_portal_too(world, db, client, auth):
    """000 doel 2: nazorg na twee en zes weken, ook voor uitstroom buiten de portal ("Na
    ongeveer twee weken neemt een medewerker [...] telefonisch contact op met de inwoner. Na zes
    weken is er een tweede contactmoment.")."""
    auth.login("jobhunter.a@example.nl")
    c = world.a.client
    response = client.post(f"/jobhunter/werkzoekenden/{c.id}/werk-buiten-portal", data=_form())
    assert response.status_code == 302
    placement = db.session.scalars(db.select(Placement).where(Placement.source == "outside")).one()
    assert (placement.employer_id, placement.employer_label) == (None, "Bakkerij De Vries")
    tasks = sorted((f.kind, (f.due_date - placement.start_date).days) for f in placement.follow_ups)
    assert tasks == [("call", 14), ("second_contact", 42)]
    assert all(f.jobhunter_id == world.a.users["jobhunter"].id for f in placement.follow_ups)
    # The same tasks on the dashboard as for a portal placement.
    home = client.get("/jobhunter/").get_data(as_text=True)
    assert "Bakkerij De Vries" in home and "15-10-2026" in home
    # The page says so, and the paid job is a step up the ladder (step 6).
    assert c.ladder_step == 6
    page = client.get(f"/jobhunter/werkzoekenden/{c.id}").get_data(as_text=True)
    assert "buiten de portal gevonden" in page


def test_werkvoucher_is_requested_for_a_job_outside_the_portal(world, db):
    """000 begrippen (werkvoucher): "€ 2000,- bij het in dienst nemen van een medewerker die een
    uitkering ontvangt vanuit de Participatiewet [...] 6 maanden lang minimaal 24 uur per week"
    — the same rule and amount for work found outside the portal; not for self-employment
    (there is no employer to pay)."""
    db.session.add(
        IncentiveScheme(
            municipality=world.a.municipality,
            name="Werkvoucher",
            min_hours_per_week=Decimal("24"),
            eligible_benefits=["participatiewet"],
            tiers=[IncentiveTier(months=6, amount=Decimal("2000"))],
        )
    )
    db.session.commit()
    # The benefit stopped the day before the job started because of it: still "in dienst
    # nemen van een medewerker die een uitkering ontvangt".
    placement = _exit(world, db, benefit_end=date(2026, 9, 30))
    award = db.session.scalars(
        db.select(IncentiveAward).where(IncentiveAward.placement_id == placement.id)
    ).one()
    assert (award.state, award.amount, award.payable_on) == (
        "requested",
        Decimal("2000.00"),
        date(2027, 4, 1),
    )
    assert world.a.client.benefit_end_reason == "work"
    own = _exit(world, db, kind="self_employed", employer_name="", start_date=date(2026, 11, 1))
    assert (
        db.session.scalars(
            db.select(IncentiveAward).where(IncentiveAward.placement_id == own.id)
        ).all()
        == []
    )
    assert own.follow_ups  # follow-up still: it is an exit to work


def _scheme(world, db, **kw) -> ExitPremiumScheme:
    scheme = ExitPremiumScheme(
        municipality=world.a.municipality,
        name="Uitstroompremie",
        amount=Decimal("600"),
        max_per_resident=2,
        min_benefit_months=12,
        eligible_benefits=["participatiewet"],
        **kw,
    )
    db.session.add(scheme)
    db.session.commit()
    return scheme


def test_exit_premium_needs_the_work_kept_for_the_retention_period(world, db):
    """000 begrippen (uitstroompremie): "De inwoner kan maximaal twee keer een geldbedrag
    ontvangen van € 600,- voor het vinden en behouden van werk" — the scheme's retention period
    (`min_work_months`) reaches the engine; work found outside the portal counts as work."""
    c = world.a.client
    c.benefit_start = date(2024, 1, 1)
    db.session.delete(world.a.placement)  # only the work found outside the portal
    scheme = _scheme(world, db, min_work_months=6)
    _exit(world, db, start_date=date(2026, 3, 2), benefit_end=date(2026, 3, 1))
    assert aftercare.engine_exit_scheme(scheme).min_work_months == 6
    early = aftercare.exit_decision(scheme, c, date(2026, 9, 1))
    assert not early.eligible and early.eligible_from == date(2026, 9, 2)
    kept = aftercare.exit_decision(scheme, c, date(2026, 9, 2))
    assert (kept.eligible, kept.amount) == (True, Decimal("600.00"))
    assert [cl.id for cl, _s, _d in aftercare.exit_candidates({c.municipality_id}, TODAY)] == [c.id]


def test_exit_premium_more_than_a_year_and_more_than_half_a_year(world, db):
    """002 §3.3.9: "Voor inwoners die langer dan een jaar afhankelijk zijn van een uitkering
    [...] eenmalig een bedrag van 500 euro als zij langer dan een half jaar onafgebroken aan het
    werk zijn" — both "more than", strictly, from the scheme's settings."""
    c = world.a.client
    db.session.delete(world.a.placement)
    scheme = _scheme(world, db, min_work_months=6, benefit_more_than=True, work_more_than=True)
    scheme.amount, scheme.max_per_resident = Decimal("500"), 1
    engine = aftercare.engine_exit_scheme(scheme)
    assert (engine.benefit_more_than, engine.work_more_than) == (True, True)
    # Exactly one year on benefit (01-02-2025 .. 31-01-2026) is not more than a year.
    c.benefit_start = date(2025, 2, 1)
    _exit(world, db, start_date=date(2026, 2, 1), benefit_end=date(2026, 1, 31))
    refused = aftercare.exit_decision(scheme, c, date(2026, 12, 1))
    assert not refused.eligible and "meer dan 1 jaar" in refused.reasons[0]
    # One day more on benefit: work must then run more than six months (through 01-08-2026).
    c.benefit_start = date(2025, 1, 31)
    db.session.commit()
    assert not aftercare.exit_decision(scheme, c, date(2026, 8, 1)).eligible
    assert aftercare.exit_decision(scheme, c, date(2026, 8, 2)).eligible


def test_the_monitor_counts_exits_outside_the_portal_as_uitstroom(world, db):
    """000 §7 "Aantallen uitstroom naar werk": work found outside the portal counts exactly like
    a placement through it (the world holds one portal placement in 2026)."""
    before = build_report(world.a.municipality, 2026, TODAY)
    _exit(world, db, start_date=date(2026, 5, 1), benefit_end=date(2026, 4, 30))
    _exit(world, db, kind="self_employed", employer_name="", start_date=date(2026, 6, 1))
    _exit(world, db, kind="internship", start_date=date(2026, 7, 1), hours_per_week=Decimal(12))
    report = build_report(world.a.municipality, 2026, TODAY)
    assert report.value("exit_to_work") == before.value("exit_to_work") + 2
    assert "waarvan 2 buiten de portal" in report.row("exit_to_work").note
    assert report.value("unpaid_places") == before.value("unpaid_places") + 1
    assert report.value("benefit_ended_for_work") == 1


def test_with_lks_is_a_job_with_a_wage_value_and_counts_as_wage_subsidy(world, db):
    """001 (Baanafspraakbaan): "De hoogte van de loonkostensubsidie bedraagt het verschil tussen
    de loonwaarde en het wettelijk minimumloon, tot een maximum van 70%" — an exit "met LKS"
    is a job with its wage value; the subsidy is the engine's, and the monitor counts it."""
    db.session.add(MinimumWage(valid_from=date(2026, 1, 1), hourly_amount=Decimal("14.71")))
    db.session.commit()
    placement = _exit(world, db, kind="job_lks", wage_value_pct=Decimal("60"))
    assert (placement.kind, placement.wage_value_pct) == ("job", Decimal("60"))
    assert placement.wage_subsidy_per_month > 0
    assert build_report(world.a.municipality, 2026, TODAY).value("wage_subsidy") == 1
    with pytest.raises(client_exits.ExitError, match="loonwaarde onder 100"):
        _exit(world, db, kind="job_lks", wage_value_pct=None)


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"employer_name": ""}, "employer_name", "naam van de werkgever"),
        ({"employer_kvk": "1234"}, "employer_kvk", ""),
        ({"hours_per_week": ""}, "hours_per_week", "uren per week"),
        ({"contract_end": "01-09-2026"}, "contract_end", "vóór de eerste werkdag"),
        ({"benefit_end": "01-06-2027"}, "benefit_end", "uitkering stopt door dit werk"),
        ({"kind": "job_lks", "wage_value_pct": "120"}, "wage_value_pct", "tussen 0 en 100 %"),
    ],
)
def test_bad_input_comes_back_with_a_dutch_message(world, db, client, auth, change, field, message):
    auth.login("jobhunter.a@example.nl")
    c = world.a.client
    response = client.post(
        f"/jobhunter/werkzoekenden/{c.id}/werk-buiten-portal", data=_form(**change)
    )
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert f'id="{field}-error"' in html and message in html
    assert "Bakkerij De Vries" in html or change.get("employer_name") == ""  # nothing lost
    assert db.session.scalars(db.select(Placement).where(Placement.source == "outside")).all() == []


def test_employers_never_see_work_at_an_employer_outside_the_register(world, db, client, auth):
    placement = _exit(world, db)
    auth.login("employer.a@example.nl")
    assert client.get(f"/werkgever/plaatsingen/{placement.id}").status_code == 404
    listing = client.get("/werkgever/plaatsingen").get_data(as_text=True)
    assert "Bakkerij De Vries" not in listing


def test_registering_is_audited_and_the_form_read_too(world, db, client, auth):
    auth.login("jobhunter.a@example.nl")
    c = world.a.client
    assert client.get(f"/jobhunter/werkzoekenden/{c.id}/werk-buiten-portal").status_code == 200
    client.post(f"/jobhunter/werkzoekenden/{c.id}/werk-buiten-portal", data=_form())
    entries = db.session.scalars(db.select(AuditEntry).order_by(AuditEntry.id)).all()
    assert any(e.action == "read" and e.detail == "werk buiten de portal" for e in entries)
    created = [e for e in entries if e.action == "create" and e.object_type == "Placement"]
    assert created and created[0].subjects[0].client_id == c.id
    assert "Bakkerij" not in created[0].detail  # ids and codes in the log, no names


def test_follow_up_done_on_an_outside_exit(world, db, client, auth):
    placement = _exit(world, db)
    task = placement.follow_ups[0]
    auth.login("jobhunter.a@example.nl")
    response = client.post(f"/jobhunter/nazorg/{task.id}/afronden", data={"note": "Gaat goed"})
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(FollowUp, task.id).done_at is not None
    report = build_report(world.a.municipality, date.today().year, date.today())
    assert report.value("follow_ups") == 1
    assert placement.start_date + timedelta(days=14) == task.due_date
