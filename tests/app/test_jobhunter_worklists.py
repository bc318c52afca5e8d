"""Follow-up, werkvoucher awards (engine-driven), exit premiums and proposal outcomes."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.models import (
    ExitPremium,
    ExitPremiumScheme,
    FollowUp,
    IncentiveAward,
    IncentiveScheme,
    IncentiveTier,
    Proposal,
)
from app.services.placement_lifecycle import register_end, register_start


@pytest.fixture
def werkvoucher(world, db):
    scheme = IncentiveScheme(
        municipality=world.a.municipality,
        name="Werkvoucher",
        min_hours_per_week=Decimal("24"),
        eligible_benefits=["participatiewet"],
        requires_benefit_at_start=True,
        tiers=[IncentiveTier(months=6, amount=Decimal("2000"))],
    )
    db.session.add(scheme)
    db.session.commit()
    return scheme


def _start(world, db, start: date, hours="32"):
    proposal = world.a.proposal
    proposal.vacancy.paid = True
    placement = register_start(
        proposal,
        start_date=start,
        hours_per_week=Decimal(hours),
        contract_type="temporary",
        contract_months=12,
        hourly_wage=Decimal("14.71"),
        wage_value_pct=None,
        jobcoach=False,
        contract=None,
        user=world.a.users["employer"],
    )
    db.session.commit()
    return placement


def test_placement_creates_follow_up_on_the_dashboard_and_it_can_be_completed(
    world, client, auth, db, werkvoucher
):
    start = date.today() - timedelta(days=20)
    placement = _start(world, db, start)
    tasks = sorted(placement.follow_ups, key=lambda t: t.due_date)
    assert [(t.kind, (t.due_date - start).days) for t in tasks] == [
        ("call", 14),
        ("second_contact", 42),
    ]
    auth.login("jobhunter.a@example.nl")
    html = client.get("/jobhunter/").get_data(as_text=True)
    assert "te laat" in html  # the +2 weeks call is overdue
    response = client.post(
        f"/jobhunter/nazorg/{tasks[0].id}/afronden",
        data={"note": "Gaat goed, werkgever tevreden.", "terug": "/jobhunter/"},
    )
    assert response.status_code == 302
    done = db.session.get(FollowUp, tasks[0].id)
    assert done.done_at is not None and done.note == "Gaat goed, werkgever tevreden."
    assert "Gaat goed, werkgever tevreden." in client.get("/jobhunter/plaatsingen").get_data(
        as_text=True
    )


def test_other_municipality_cannot_complete_a_follow_up(world, client, auth, db, werkvoucher):
    placement = _start(world, db, date.today() - timedelta(days=20))
    auth.login("jobhunter.b@example.nl")
    assert (
        client.post(
            f"/jobhunter/nazorg/{placement.follow_ups[0].id}/afronden", data={"note": "x"}
        ).status_code
        == 404
    )


def test_werkvoucher_is_granted_then_forfeited_when_the_placement_ends_early(
    world, client, auth, db, werkvoucher
):
    placement = _start(world, db, date.today() - timedelta(days=60))
    award = db.session.scalars(db.select(IncentiveAward)).one()
    assert award.state == "requested" and award.amount == Decimal("2000")
    auth.login("jobhunter.a@example.nl")
    assert "Werkvoucher" in client.get("/jobhunter/premies").get_data(as_text=True)
    # Paying before six months is refused by the engine.
    client.post(f"/jobhunter/premies/{award.id}/toekennen", data={"confirm": "y"})
    assert db.session.get(IncentiveAward, award.id).state == "granted"
    html = client.post(f"/jobhunter/premies/{award.id}/uitbetalen", data={"confirm": "y"}).get_data(
        as_text=True
    )
    assert "Nog niet uit te betalen" in html
    assert db.session.get(IncentiveAward, award.id).state == "granted"
    # The employment ends after two months: the engine forfeits the werkvoucher.
    register_end(placement, date.today() - timedelta(days=1), "resigned", "", None, date.today())
    db.session.commit()
    assert db.session.get(IncentiveAward, award.id).state == "forfeited"
    assert "Vervallen" in client.get("/jobhunter/premies").get_data(as_text=True)


def test_werkvoucher_can_be_paid_after_six_months(world, client, auth, db, werkvoucher):
    _start(world, db, date.today() - timedelta(days=200))
    award = db.session.scalars(db.select(IncentiveAward)).one()
    auth.login("jobhunter.a@example.nl")
    client.post(f"/jobhunter/premies/{award.id}/toekennen", data={"confirm": "y"})
    client.post(f"/jobhunter/premies/{award.id}/uitbetalen", data={"confirm": "y"})
    paid = db.session.get(IncentiveAward, award.id)
    assert paid.state == "paid" and paid.amount == Decimal("2000")


def test_exit_premium_candidates_request_and_payment(world, client, auth, db):
    target = world.a.client
    target.benefit_type, target.benefit_start = "participatiewet", date(2023, 1, 1)
    target.benefit_end = world.a.placement.start_date - timedelta(days=1)
    scheme = ExitPremiumScheme(
        municipality=world.a.municipality,
        name="Uitstroompremie",
        amount=Decimal("600"),
        max_per_resident=2,
        min_benefit_months=12,
        eligible_benefits=["participatiewet"],
    )
    db.session.add(scheme)
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    html = client.get("/jobhunter/premies").get_data(as_text=True)
    assert target.full_name in html and "€ 600,00" in html
    client.post(f"/jobhunter/uitstroompremies/{target.id}/{scheme.id}/aanvragen")
    premium = db.session.scalars(db.select(ExitPremium)).one()
    assert premium.state == "requested" and premium.amount == Decimal("600")
    # One premium per exit: asking again is refused by the engine.
    client.post(f"/jobhunter/uitstroompremies/{target.id}/{scheme.id}/aanvragen")
    assert len(db.session.scalars(db.select(ExitPremium)).all()) == 1
    client.post(f"/jobhunter/uitstroompremies/{premium.id}/uitbetalen", data={"confirm": "y"})
    assert db.session.get(ExitPremium, premium.id).state == "paid"


def test_proposal_outcome_is_stored_as_feedback(world, client, auth, db):
    auth.login("jobhunter.a@example.nl")
    response = client.post(
        f"/jobhunter/voorstellen/{world.a.proposal.id}/uitkomst",
        data={"outcome": "rejected", "reason": "Reistijd te lang"},
    )
    assert response.status_code == 302
    proposal = db.session.get(Proposal, world.a.proposal.id)
    assert proposal.status == "rejected" and proposal.reason == "Reistijd te lang"
    assert (
        client.post(
            f"/jobhunter/voorstellen/{world.b.proposal.id}/uitkomst", data={"outcome": "hired"}
        ).status_code
        == 404
    )
