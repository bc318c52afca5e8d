"""The supplier's plan van aanpak (issue 18): entered by the supplier after award, approved by
the coördinator, shown on the contract page as planned against realised and expected with a
forecast of the end state, and used by SROI-kansen before the supplier falls behind."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.formatting import ddmmyyyy
from app.models import AuditEntry, SroiActivity, SroiPlan
from app.services import sroi_plans
from tests.factories import ContractFactory, EmployerFactory

TODAY = date.today()


@pytest.fixture
def contract(world, db):
    """€ 1.200.000 × 5 % = € 60.000, one year, 100 days gone; supplier A."""
    contract = ContractFactory(
        authority=world.a.municipality,
        supplier=world.a.employer,
        catalogue=world.a.contract.catalogue,
        start_date=TODAY - timedelta(days=100),
        end_date=TODAY + timedelta(days=265),
    )
    db.session.commit()
    return contract


def _plan_url(contract):
    return f"/werkgever/social-return/{contract.id}/plan"


def _line(**changes):
    data = {
        "block_code": "inkoop",
        "number": "1",
        "start_date": ddmmyyyy(TODAY - timedelta(days=10)),
        "end_date": "",
        "amount": "20.000",
        "profile": "Schoonmaakbedrijf met SW-medewerkers",
    }
    data.update(changes)
    return data


def test_the_supplier_plans_and_submits_and_the_coordinator_approves(
    world, contract, client, auth, db
):
    auth.login("employer.a@example.nl")
    page = client.get(_plan_url(contract)).get_data(as_text=True)
    assert "Plan van aanpak social return" in page and "nog niet ingevuld" in page
    # Bad input: a clear Dutch message, nothing lost.
    response = client.post(
        _plan_url(contract), data=_line(start_date=ddmmyyyy(TODAY + timedelta(days=400)))
    )
    page = response.get_data(as_text=True)
    assert "De start moet binnen de looptijd liggen" in page
    assert "Schoonmaakbedrijf met SW-medewerkers" in page
    response = client.post(_plan_url(contract), data=_line(amount=""))
    assert response.status_code == 200  # the engine asks for the invoice amount
    assert db.session.scalar(db.select(SroiPlan)) is None or not sroi_plans.plan_for(contract).lines
    # Submitting an empty plan is refused.
    client.post(f"{_plan_url(contract)}/indienen")
    assert sroi_plans.plan_for(contract) is None or sroi_plans.plan_for(contract).state == "draft"

    assert client.post(_plan_url(contract), data=_line()).status_code == 302
    response = client.post(
        _plan_url(contract),
        data=_line(
            block_code="pw",
            number="2",
            start_date=ddmmyyyy(TODAY + timedelta(days=30)),
            amount="",
            hours_per_week="24",
            profile="Grondwerker, rijbewijs B",
        ),
    )
    assert response.status_code == 302
    plan = sroi_plans.plan_for(contract)
    assert [(line.block_code, line.number) for line in plan.lines] == [("inkoop", 1), ("pw", 2)]
    assert plan.lines[1].end_date == contract.end_date  # empty: until the contract ends
    assert client.post(f"{_plan_url(contract)}/indienen").status_code == 302
    db.session.refresh(plan)
    assert plan.state == "submitted"
    # Once submitted the supplier cannot change it.
    assert "Activiteit toevoegen" not in client.get(_plan_url(contract)).get_data(as_text=True)

    auth.logout()
    auth.login("procurement.a@example.nl")
    page = client.get(f"/inkoop/contracten/{contract.id}").get_data(as_text=True)
    assert "Ingediend, wacht op goedkeuring" in page
    assert "Grondwerker, rijbewijs B" in page
    # Sending it back needs a remark.
    client.post(f"/inkoop/contracten/{contract.id}/plan", data={"decision": "return"})
    db.session.refresh(plan)
    assert plan.state == "submitted"
    client.post(
        f"/inkoop/contracten/{contract.id}/plan",
        data={"decision": "return", "note": "Plan ook een BBL-leerling"},
    )
    db.session.refresh(plan)
    assert plan.state == "draft" and plan.decision_note == "Plan ook een BBL-leerling"
    auth.logout()
    auth.login("employer.a@example.nl")
    page = client.get(_plan_url(contract)).get_data(as_text=True)
    assert "Plan ook een BBL-leerling" in page
    client.post(f"{_plan_url(contract)}/indienen")
    auth.logout()
    auth.login("procurement.a@example.nl")
    client.post(f"/inkoop/contracten/{contract.id}/plan", data={"decision": "approve"})
    db.session.refresh(plan)
    assert plan.state == "approved" and plan.decided_on == TODAY
    details = db.session.scalars(
        db.select(AuditEntry.detail).where(AuditEntry.object_type == "SroiPlan")
    ).all()
    assert any("goedgekeurd" in d for d in details)
    assert any("teruggestuurd: Plan ook een BBL-leerling" in d for d in details)


def test_the_forecast_follows_plan_and_pace(world, contract, client, auth, db):
    """Planned: € 20.000 of social purchasing 10 days ago and € 10.000 in a month, so
    € 20.000 planned so far and € 30.000 at the end. Realised: € 10.000 (accepted), a pace of
    50 %. Forecast: 10.000 + (30.000 − 20.000) × 50 % = € 15.000, short € 45.000 of € 60.000."""
    user = world.a.users["employer"]
    sroi_plans.add_line(
        contract,
        {
            "block_code": "inkoop",
            "number": 1,
            "start_date": TODAY - timedelta(days=10),
            "amount": Decimal("20000"),
            "profile": "",
        },
        user,
    )
    sroi_plans.add_line(
        contract,
        {
            "block_code": "inkoop",
            "number": 1,
            "start_date": TODAY + timedelta(days=30),
            "amount": Decimal("10000"),
            "profile": "",
        },
        user,
    )
    db.session.add(
        SroiActivity(
            contract=contract,
            block_code="inkoop",
            start_date=TODAY - timedelta(days=5),
            amount=Decimal("10000"),
            state="accepted",
        )
    )
    db.session.commit()
    view = sroi_plans.plan_view(contract, TODAY)
    assert view.planned_now == Decimal("20000.00")
    assert view.planned_end == Decimal("30000.00")
    assert view.realized_now == Decimal("10000.00")
    assert view.pace == Decimal("0.5")
    assert view.forecast == Decimal("15000.00")
    assert view.forecast_shortfall == Decimal("45000.00")
    assert view.forecast_penalty == Decimal("45000.00")
    assert view.points[-1].forecast == Decimal("15000.00")
    assert view.points[-1].planned == Decimal("30000.00")

    auth.login("procurement.a@example.nl")
    page = client.get(f"/inkoop/contracten/{contract.id}").get_data(as_text=True)
    assert "Gepland, gerealiseerd en verwacht" in page  # the chart's title
    assert "Prognose bij het einde" in page
    assert "€ 15.000,00" in page and "verwacht tekort € 45.000,00" in page
    assert "€ 15.000,00 = gerealiseerd € 10.000,00 + rest van het plan € 10.000,00 × 50 %" in page
    assert "tempo 50 % = gerealiseerd € 10.000,00 / gepland tot nu € 20.000,00" in page
    # The chart's figures as a table: planned and forecast per month end.
    assert "Verwacht, gepland, gerealiseerd en prognose per maandeinde" in page


def test_sroi_kansen_proposes_for_the_plan_before_the_supplier_falls_behind(
    world, client, auth, db
):
    supplier = EmployerFactory(name="Bouwbedrijf De Vries")
    contract = ContractFactory(
        authority=world.a.municipality,
        supplier=supplier,
        catalogue=world.a.contract.catalogue,
        start_date=TODAY,
        end_date=TODAY + timedelta(days=700),
    )
    # € 1.000 realised on the first day: ahead of schedule, not a lead by itself.
    db.session.add(
        SroiActivity(
            contract=contract,
            block_code="inkoop",
            start_date=TODAY,
            amount=Decimal("1000"),
            state="accepted",
        )
    )
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    assert "Bouwbedrijf De Vries" not in client.get("/jobhunter/kansen").get_data(as_text=True)
    user = world.a.users["procurement"]
    sroi_plans.add_line(
        contract,
        {
            "block_code": "pw",
            "number": 2,
            "start_date": TODAY + timedelta(days=40),
            "end_date": TODAY + timedelta(days=400),
            "hours_per_week": Decimal("24"),
            "profile": "Grondwerker met rijbewijs B",
        },
        user,
    )
    sroi_plans.submit(contract, user)
    db.session.commit()
    # Submitted but not approved: not yet.
    assert "Bouwbedrijf De Vries" not in client.get("/jobhunter/kansen").get_data(as_text=True)
    sroi_plans.decide(contract, True, "", user, TODAY)
    db.session.commit()
    html = client.get("/jobhunter/kansen").get_data(as_text=True)
    assert "Bouwbedrijf De Vries" in html
    assert "Gepland in het plan van aanpak" in html
    assert "2 personen · Participatiewet" in html
    assert "Grondwerker met rijbewijs B" in html


def test_another_suppliers_plan_is_404(world, contract, client, auth, db):
    auth.login("employer.b@example.nl")
    assert client.get(_plan_url(contract)).status_code == 404
    assert client.post(_plan_url(contract), data=_line()).status_code == 404


def test_another_suppliers_plan_line_cannot_be_deleted_through_an_own_contract(
    world, contract, client, auth, db
):
    auth.login("employer.a@example.nl")
    assert client.post(_plan_url(contract), data=_line()).status_code == 302
    line = sroi_plans.plan_for(contract).lines[0]
    auth.logout()
    auth.login("employer.b@example.nl")
    own = world.b.contract
    for url in (
        f"{_plan_url(own)}/regels/{line.id}/verwijderen",
        f"{_plan_url(contract)}/regels/{line.id}/verwijderen",
    ):
        assert client.post(url).status_code == 404, url
    db.session.expire_all()
    assert [x.id for x in sroi_plans.plan_for(contract).lines] == [line.id]
