"""Placements: a start creates follow-up tasks and requested incentives; an end or fewer hours
forfeits them when the SROI engine says so (SPEC §4.1–4.2)."""

from datetime import date
from decimal import Decimal

import pytest

import sroi
from app.models import (
    AuditEntry,
    FollowUp,
    IncentiveAward,
    IncentiveScheme,
    IncentiveTier,
    MinimumWage,
    Placement,
)

TODAY = date(2026, 11, 16)


@pytest.fixture
def setup(world, db, auth, monkeypatch):
    from app.employer import common

    monkeypatch.setattr(common, "today", lambda: TODAY)
    a = world.a
    a.placement.end_date = date(2026, 6, 1)  # the world's earlier placement is over
    a.municipality.follow_up_first_days = 10
    a.municipality.follow_up_second_days = 40
    a.werkvoucher = IncentiveScheme(
        municipality=a.municipality,
        name="Werkvoucher",
        min_hours_per_week=Decimal("24"),
        eligible_benefits=["participatiewet"],
        requires_benefit_at_start=True,
        min_contract_months=6,
        tiers=[IncentiveTier(months=6, amount=Decimal("2000"))],
    )
    a.cheque = IncentiveScheme(
        municipality=a.municipality,
        name="Werkgeverscheque",
        min_hours_per_week=Decimal("32"),
        eligible_benefits=["participatiewet", "ioaw"],
        requires_benefit_at_start=True,
        min_contract_months=6,
        tiers=[
            IncentiveTier(months=6, amount=Decimal("2250")),
            IncentiveTier(months=12, amount=Decimal("4500")),
        ],
    )
    db.session.add_all(
        [
            a.werkvoucher,
            a.cheque,
            MinimumWage(valid_from=date(2026, 1, 1), hourly_amount=Decimal("14.71")),
        ]
    )
    db.session.commit()
    auth.login("employer.a@example.nl")
    return a


def start(client, a, **overrides):
    data = {
        "proposal": str(a.proposal.id),
        "start_date": "01-12-2026",
        "hours_per_week": "24",
        "contract_type": "temporary",
        "contract_months": "12",
        "hourly_wage": "15,25",
        **overrides,
    }
    return client.post("/werkgever/plaatsingen/nieuw", data=data)


def new_placement(db, a) -> Placement:
    return db.session.scalars(
        db.select(Placement).where(Placement.start_date == date(2026, 12, 1))
    ).one()


def test_start_creates_follow_ups_awards_and_marks_hired(client, setup, db):
    a = setup
    response = start(client, a)
    assert response.status_code == 302
    placement = new_placement(db, a)
    assert placement.employer_id == a.employer.id and placement.client_id == a.client.id
    assert placement.hourly_wage == Decimal("15.25") and placement.contract_months == 12
    tasks = db.session.scalars(
        db.select(FollowUp).where(FollowUp.placement_id == placement.id).order_by(FollowUp.due_date)
    ).all()
    assert [(t.kind, t.due_date) for t in tasks] == [
        ("call", date(2026, 12, 11)),
        ("second_contact", date(2027, 1, 10)),
    ]
    assert all(t.jobhunter_id == a.users["jobhunter"].id for t in tasks)
    awards = db.session.scalars(
        db.select(IncentiveAward).where(IncentiveAward.placement_id == placement.id)
    ).all()
    assert [(w.scheme.name, w.state, w.amount, w.payable_on) for w in awards] == [
        ("Werkvoucher", "requested", Decimal("2000.00"), date(2027, 6, 1))
    ]
    db.session.refresh(a.proposal)
    assert a.proposal.status == "hired"
    assert db.session.scalars(
        db.select(AuditEntry).where(
            AuditEntry.object_type == "Placement", AuditEntry.action == "create"
        )
    ).one()
    html = client.get(response.headers["Location"]).get_data(as_text=True)
    assert (
        "Werkvoucher € 2.000,00, uit te betalen vanaf 01-06-2027 als het dienstverband dan "
        "nog loopt." in html
    )
    assert "Geen werkgeverscheque voor deze plaatsing." in html
    assert "vraagt minstens 32 uur" in html
    assert "Participatiewet" not in html.split("Regelingen")[1]  # the client's benefit is not shown


def test_award_matches_the_engine(client, setup, db):
    a = setup
    start(client, a, hours_per_week="36", contract_months="12")
    placement = new_placement(db, a)
    awards = {w.scheme.name: w for w in db.session.scalars(db.select(IncentiveAward))}
    engine = sroi.decide_incentive(
        sroi.WERKGEVERSCHEQUE_ZUID_HOLLAND_CENTRAAL,
        start=placement.start_date,
        on=placement.start_date,
        benefit_at_start="participatiewet",
        hours=Decimal("36"),
        contract_end=date(2027, 11, 30),
    )
    assert awards["Werkgeverscheque"].amount == engine.prospective_amount == Decimal("4500.00")
    assert awards["Werkgeverscheque"].payable_on == engine.prospective_on == date(2027, 12, 1)
    assert awards["Werkvoucher"].amount == Decimal("2000.00")


def test_end_before_six_months_forfeits(client, setup, db):
    a = setup
    start(client, a)
    placement = new_placement(db, a)
    response = client.post(
        f"/werkgever/plaatsingen/{placement.id}/einde",
        data={"end_date": "2027-03-31", "reason": "resigned"},
        follow_redirects=True,
    )
    html = response.get_data(as_text=True)
    assert "Werkvoucher is vervallen" in html
    award = db.session.scalars(db.select(IncentiveAward)).one()
    assert award.state == "forfeited" and award.decided_at is not None
    db.session.refresh(placement)
    assert (
        placement.end_date == date(2027, 3, 31)
        and placement.end_reason == "Werknemer is zelf gestopt"
    )


def test_end_after_the_tier_keeps_the_award_payable(client, setup, db):
    a = setup
    start(client, a, hours_per_week="32", contract_months="12")
    placement = new_placement(db, a)
    client.post(
        f"/werkgever/plaatsingen/{placement.id}/einde",
        data={"end_date": "2027-08-31", "reason": "other", "explanation": "Verhuisd"},
    )
    awards = {w.scheme.name: w for w in db.session.scalars(db.select(IncentiveAward))}
    assert awards["Werkvoucher"].state == "requested" and awards["Werkvoucher"].amount == Decimal(
        "2000.00"
    )
    # The werkgeverscheque drops to the 6-month tier: € 2.250 from 1 June 2027.
    assert (awards["Werkgeverscheque"].amount, awards["Werkgeverscheque"].payable_on) == (
        Decimal("2250.00"),
        date(2027, 6, 1),
    )
    db.session.refresh(placement)
    assert placement.end_reason == "Anders: Verhuisd"


def test_fewer_hours_forfeit_the_werkvoucher(client, setup, db):
    a = setup
    start(client, a)
    placement = new_placement(db, a)
    response = client.post(
        f"/werkgever/plaatsingen/{placement.id}/uren",
        data={"from_date": "2027-02-01", "hours_per_week": "20"},
        follow_redirects=True,
    )
    assert "Werkvoucher is vervallen" in response.get_data(as_text=True)
    assert db.session.scalars(db.select(IncentiveAward)).one().state == "forfeited"
    db.session.refresh(placement)
    assert [(h.from_date, h.hours_per_week) for h in placement.hour_changes] == [
        (date(2027, 2, 1), Decimal("20.00"))
    ]


def test_more_hours_keep_the_werkvoucher(client, setup, db):
    a = setup
    start(client, a)
    placement = new_placement(db, a)
    client.post(
        f"/werkgever/plaatsingen/{placement.id}/uren",
        data={"from_date": "2027-02-01", "hours_per_week": "30"},
    )
    assert db.session.scalars(db.select(IncentiveAward)).one().state == "requested"


def test_unpaid_place_gets_no_incentive(client, setup, db):
    a = setup
    a.vacancy.kind, a.vacancy.paid = "work_experience", False
    db.session.commit()
    start(client, a, hourly_wage="", contract_months="6")
    assert db.session.scalars(db.select(IncentiveAward)).all() == []
    assert len(db.session.scalars(db.select(FollowUp)).all()) == 2


def test_wage_subsidy_is_the_engines(client, setup, db):
    a = setup
    start(client, a, wage_value_pct="60", hours_per_week="32")
    placement = new_placement(db, a)
    expected = sroi.wage_subsidy(Decimal("14.71"), Decimal("32"), Decimal("60")).per_month
    assert placement.wage_subsidy_per_month == expected
    html = client.get(f"/werkgever/plaatsingen/{placement.id}").get_data(as_text=True)
    from app.formatting import money

    assert money(expected) in html


def test_invalid_start_comes_back_filled_in(client, setup, db):
    a = setup
    response = start(
        client,
        a,
        start_date="morgen",
        hours_per_week="24,5",
        contract_months="",
        hourly_wage="veel",
    )
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Vul een datum in zoals 22-11-2026." in html
    assert "Vul in hoeveel maanden het tijdelijke contract loopt." in html
    assert "Vul een getal in, bijvoorbeeld 18,5." in html
    assert 'value="morgen"' in html and 'value="24,5"' in html and 'value="veel"' in html
    assert (
        f'<option selected value="{a.proposal.id}">' in html
        or f'value="{a.proposal.id}" selected' in html
    )
    assert (
        db.session.scalars(
            db.select(Placement).where(Placement.start_date == date(2026, 12, 1))
        ).all()
        == []
    )


def test_end_before_start_and_twice(client, setup, db):
    a = setup
    start(client, a)
    placement = new_placement(db, a)
    html = client.post(
        f"/werkgever/plaatsingen/{placement.id}/einde",
        data={"end_date": "2026-11-01", "reason": "resigned"},
    ).get_data(as_text=True)
    assert "De laatste werkdag ligt vóór de eerste werkdag (01-12-2026)." in html
    html = client.post(
        f"/werkgever/plaatsingen/{placement.id}/einde", data={"end_date": "", "reason": ""}
    ).get_data(as_text=True)
    assert "Vul de laatste werkdag in." in html and "Kies een reden." in html
    client.post(
        f"/werkgever/plaatsingen/{placement.id}/einde",
        data={"end_date": "2027-01-31", "reason": "dismissed"},
    )
    html = client.post(
        f"/werkgever/plaatsingen/{placement.id}/einde",
        data={"end_date": "2027-02-28", "reason": "dismissed"},
    ).get_data(as_text=True)
    assert "Het einde van deze plaatsing is al gemeld." in html


def test_hours_change_must_be_after_start(client, setup, db):
    a = setup
    start(client, a)
    placement = new_placement(db, a)
    html = client.post(
        f"/werkgever/plaatsingen/{placement.id}/uren",
        data={"from_date": "2026-12-01", "hours_per_week": "20"},
    ).get_data(as_text=True)
    assert "Een wijziging gaat in na de eerste werkdag (01-12-2026)." in html
    assert 'value="20"' in html


def test_dashboard_lists_upcoming_incentives(client, setup, db):
    a = setup
    start(client, a)
    html = client.get("/werkgever/").get_data(as_text=True)
    assert "Werkvoucher" in html and "€ 2.000,00" in html and "01-06-2027" in html


def test_below_minimum_wage_is_refused(client, setup, db):
    a = setup
    html = start(client, a, hourly_wage="12,00").get_data(as_text=True)
    assert "Het uurloon (€\u00a012,00) is lager dan het wettelijk minimumloon" in html
    assert (
        db.session.scalars(
            db.select(Placement).where(Placement.start_date == date(2026, 12, 1))
        ).all()
        == []
    )


def test_unpaid_place_explains_why_there_is_no_incentive(client, setup, db):
    a = setup
    a.vacancy.kind, a.vacancy.paid = "trial", False
    db.session.commit()
    start(client, a, contract_months="3", hourly_wage="")
    html = client.get(f"/werkgever/plaatsingen/{new_placement(db, a).id}").get_data(as_text=True)
    assert "Bij onbetaald werk (proefplaatsing) hoort geen werkvoucher of werkgeverscheque." in html


def test_other_reason_needs_an_explanation(client, setup, db):
    a = setup
    start(client, a)
    placement = new_placement(db, a)
    html = client.post(
        f"/werkgever/plaatsingen/{placement.id}/einde",
        data={"end_date": "2027-01-31", "reason": "other"},
    ).get_data(as_text=True)
    assert "Schrijf kort wat de reden is." in html and 'value="2027-01-31"' in html
