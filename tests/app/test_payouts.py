"""Granting and paying an employer incentive or an exit premium: the engine's working first, a
confirmation, never before the placement started, payment only when the engine says payable,
and a second user above the municipality's four-eyes amount."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.models import (
    AuditEntry,
    ExitPremium,
    ExitPremiumScheme,
    IncentiveAward,
    IncentiveScheme,
    IncentiveTier,
)
from app.services.placement_lifecycle import register_start
from tests.factories import UserFactory, statutory_tables


@pytest.fixture
def voucher(world, db):
    world.a.placement.end_date = date.today() - timedelta(days=400)
    scheme = IncentiveScheme(
        municipality=world.a.municipality,
        name="Werkvoucher",
        min_hours_per_week=Decimal("24"),
        eligible_benefits=["participatiewet"],
        requires_benefit_at_start=True,
        min_contract_months=6,
        tiers=[IncentiveTier(months=6, amount=Decimal("2000"))],
        source="Beleidsplan Weststellingwerf 2025-2028",
    )
    db.session.add(scheme)
    statutory_tables()
    db.session.commit()
    return scheme


def _award(world, db, start: date) -> IncentiveAward:
    proposal = world.a.proposal
    proposal.vacancy.paid = True
    register_start(
        proposal,
        start_date=start,
        hours_per_week=Decimal("32"),
        contract_type="temporary",
        contract_months=12,
        hourly_wage=Decimal("15.00"),
        wage_value_pct=None,
        jobcoach=False,
        contract=None,
        user=world.a.users["employer"],
    )
    db.session.commit()
    return db.session.scalars(db.select(IncentiveAward)).one()


def test_the_grant_page_shows_every_condition_and_date(world, client, auth, db, voucher):
    award = _award(world, db, date.today() - timedelta(days=30))
    auth.login("jobhunter.a@example.nl")
    html = client.get(f"/jobhunter/premies/{award.id}/toekennen").get_data(as_text=True)
    assert "Wat de regeling vraagt" in html
    for label in (
        "Uitkering bij de start",
        "Uren per week bij de start",
        "Contractduur",
        "Dienstverband begonnen",
        "Loopt zonder onderbreking",
        "Maanden volbracht",
    ):
        assert label in html
    assert "32 uur (minstens 24)" in html
    assert "Ik heb de voorwaarden en data hierboven gecontroleerd" in html
    assert "Beleidsplan Weststellingwerf 2025-2028" in html
    # reading the page is audited against the client it shows
    assert db.session.scalars(
        db.select(AuditEntry).where(AuditEntry.detail == f"premie {award.id}: toekennen")
    ).one()


def test_granting_needs_the_tick(world, client, auth, db, voucher):
    award = _award(world, db, date.today() - timedelta(days=30))
    auth.login("jobhunter.a@example.nl")
    html = client.post(f"/jobhunter/premies/{award.id}/toekennen", data={}).get_data(as_text=True)
    assert "Vink aan dat u de voorwaarden en data hierboven heeft gecontroleerd." in html
    assert db.session.get(IncentiveAward, award.id).state == "requested"
    client.post(f"/jobhunter/premies/{award.id}/toekennen", data={"confirm": "y"})
    granted = db.session.get(IncentiveAward, award.id)
    assert granted.state == "granted"
    assert granted.granted_by_id == world.a.users["jobhunter"].id


def test_no_grant_before_the_placement_starts(world, client, auth, db, voucher):
    award = _award(world, db, date.today() + timedelta(days=14))
    auth.login("jobhunter.a@example.nl")
    overview = client.get("/jobhunter/premies").get_data(as_text=True)
    assert "Toekennen kan vanaf de eerste werkdag." in overview
    assert f"/jobhunter/premies/{award.id}/toekennen" not in overview
    html = client.post(f"/jobhunter/premies/{award.id}/toekennen", data={"confirm": "y"}).get_data(
        as_text=True
    )
    assert "Nog niet toe te kennen: dienstverband begonnen: begint op" in html
    assert db.session.get(IncentiveAward, award.id).state == "requested"


def test_payment_only_when_the_engine_says_payable(world, client, auth, db, voucher):
    award = _award(world, db, date.today() - timedelta(days=30))
    auth.login("jobhunter.a@example.nl")
    client.post(f"/jobhunter/premies/{award.id}/toekennen", data={"confirm": "y"})
    html = client.get(f"/jobhunter/premies/{award.id}/uitbetalen").get_data(as_text=True)
    assert "Uitbetalen kan pas als de regeling „uit te betalen” zegt." in html
    html = client.post(f"/jobhunter/premies/{award.id}/uitbetalen", data={"confirm": "y"}).get_data(
        as_text=True
    )
    assert "Nog niet uit te betalen" in html
    assert db.session.get(IncentiveAward, award.id).state == "granted"


def test_four_eyes_above_the_municipalitys_amount(world, client, auth, db, voucher):
    world.a.municipality.four_eyes_threshold = Decimal("1500")
    colleague = UserFactory(
        email="collega.a@example.nl", role="jobhunter", organisation=world.a.municipality
    )
    db.session.commit()
    award = _award(world, db, date.today() - timedelta(days=200))
    auth.login("jobhunter.a@example.nl")
    client.post(f"/jobhunter/premies/{award.id}/toekennen", data={"confirm": "y"})
    page = client.get(f"/jobhunter/premies/{award.id}/uitbetalen").get_data(as_text=True)
    assert "Vier ogen: boven € 1.500,00 betaalt een tweede medewerker uit." in page
    html = client.post(f"/jobhunter/premies/{award.id}/uitbetalen", data={"confirm": "y"}).get_data(
        as_text=True
    )
    assert "vraag een collega om de uitbetaling te doen" in html
    assert db.session.get(IncentiveAward, award.id).state == "granted"
    client.post("/uitloggen")
    auth.login(colleague.email)
    client.post(f"/jobhunter/premies/{award.id}/uitbetalen", data={"confirm": "y"})
    paid = db.session.get(IncentiveAward, award.id)
    assert paid.state == "paid" and paid.amount == Decimal("2000.00")
    assert paid.paid_by_id == colleague.id


def test_below_the_amount_one_user_may_grant_and_pay(world, client, auth, db, voucher):
    world.a.municipality.four_eyes_threshold = Decimal("2500")
    db.session.commit()
    award = _award(world, db, date.today() - timedelta(days=200))
    auth.login("jobhunter.a@example.nl")
    client.post(f"/jobhunter/premies/{award.id}/toekennen", data={"confirm": "y"})
    client.post(f"/jobhunter/premies/{award.id}/uitbetalen", data={"confirm": "y"})
    assert db.session.get(IncentiveAward, award.id).state == "paid"


def test_another_municipality_cannot_open_the_grant_page(world, client, auth, db, voucher):
    award = _award(world, db, date.today() - timedelta(days=30))
    auth.login("jobhunter.b@example.nl")
    assert client.get(f"/jobhunter/premies/{award.id}/toekennen").status_code == 404
    assert (
        client.post(f"/jobhunter/premies/{award.id}/toekennen", data={"confirm": "y"}).status_code
        == 404
    )


@pytest.fixture
def exit_premium(world, db):
    target = world.a.client
    target.benefit_type, target.benefit_start = "participatiewet", date(2023, 1, 1)
    target.benefit_end = world.a.placement.start_date - timedelta(days=1)
    scheme = ExitPremiumScheme(
        municipality=world.a.municipality,
        name="Uitstroompremie",
        amount=Decimal("600"),
        max_per_resident=1,
        min_benefit_months=12,
        eligible_benefits=["participatiewet"],
    )
    db.session.add(scheme)
    db.session.commit()
    return target, scheme


def test_exit_premium_payment_shows_the_engine_and_needs_a_second_user(
    world, client, auth, db, exit_premium
):
    target, scheme = exit_premium
    world.a.municipality.four_eyes_threshold = Decimal("500")
    colleague = UserFactory(
        email="collega.a@example.nl", role="jobhunter", organisation=world.a.municipality
    )
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    client.post(f"/jobhunter/uitstroompremies/{target.id}/{scheme.id}/aanvragen")
    premium = db.session.scalars(db.select(ExitPremium)).one()
    assert premium.requested_by_id == world.a.users["jobhunter"].id
    # this premium does not count against itself: the engine still says "eligible"
    page = client.get(f"/jobhunter/uitstroompremies/{premium.id}/uitbetalen").get_data(as_text=True)
    assert "Recht op de premie" in page
    assert "Vier ogen: boven € 500,00 betaalt een tweede medewerker uit." in page
    client.post(f"/jobhunter/uitstroompremies/{premium.id}/uitbetalen", data={"confirm": "y"})
    assert db.session.get(ExitPremium, premium.id).state == "requested"
    client.post("/uitloggen")
    auth.login(colleague.email)
    html = client.post(f"/jobhunter/uitstroompremies/{premium.id}/uitbetalen", data={}).get_data(
        as_text=True
    )
    assert "Vink aan dat u de voorwaarden hierboven heeft gecontroleerd." in html
    client.post(f"/jobhunter/uitstroompremies/{premium.id}/uitbetalen", data={"confirm": "y"})
    paid = db.session.get(ExitPremium, premium.id)
    assert paid.state == "paid" and paid.paid_by_id == colleague.id
