"""A number larger than its column holds is refused next to its field, never stored: PostgreSQL
refuses it ("numeric field overflow", a server error) where SQLite would keep it. Hours of an
activity or a planned line are at most 9.999,99 (the Hours column), amounts at most what the
activity form allows. The API's activities use the same form."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.formatting import ddmmyyyy
from app.models import CatalogueBlock, SroiActivity, SroiPlanLine
from tests.api_helpers import bearer, token_for
from tests.factories import CatalogueFactory, ContractFactory

TODAY = date.today()


@pytest.fixture
def contract(world, db):
    catalogue = CatalogueFactory(
        owner_id=world.a.municipality.id,
        blocks=[
            CatalogueBlock(position=0, code="uren", label="Inzet", unit="hour", value=Decimal(35)),
            CatalogueBlock(position=1, code="inkoop", label="Inkoop", unit="invoice", value=1),
        ],
    )
    contract = ContractFactory(
        authority=world.a.municipality,
        supplier=world.a.employer,
        catalogue=catalogue,
        start_date=TODAY - timedelta(days=100),
        end_date=TODAY + timedelta(days=265),
    )
    db.session.commit()
    return contract


@pytest.mark.parametrize(
    "block, field, value",
    [("uren", "hours", "10.000"), ("uren", "hours", "9999999"), ("inkoop", "amount", "9" * 15)],
)
def test_a_planned_line_beyond_its_column_is_refused(
    contract, client, auth, db, block, field, value
):
    auth.login("employer.a@example.nl")
    response = client.post(
        f"/werkgever/social-return/{contract.id}/plan",
        data={
            "block_code": block,
            "number": "1",
            "start_date": ddmmyyyy(TODAY),
            field: value,
        },
    )
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert 'class="error"' in html and value in html  # the message, and the value kept
    assert db.session.scalars(db.select(SroiPlanLine)).all() == []


def test_an_activitys_hours_beyond_the_column_are_refused_on_the_page_and_the_api(
    world, contract, client, auth, db
):
    before = db.session.scalar(db.select(db.func.count(SroiActivity.id)))
    auth.login("employer.a@example.nl")
    response = client.post(
        f"/werkgever/social-return/{contract.id}/activiteiten/nieuw",
        data={
            "block": "uren",
            "start_date": ddmmyyyy(TODAY),
            "hours": "20.000",
            "candidate_description": "Stagiair",
        },
    )
    assert response.status_code == 200
    assert "Vul een aantal uren" in response.get_data(as_text=True)
    answer = client.post(
        f"/api/v1/employer/contracts/{contract.id}/activities",
        headers=bearer(token_for("employer.a@example.nl")),
        data={
            "block": "uren",
            "start_date": TODAY.isoformat(),
            "hours": "20000",
            "candidate_description": "Stagiair",
        },
    )
    assert answer.status_code == 422
    assert "hours" in answer.get_json()["errors"]
    assert db.session.scalar(db.select(db.func.count(SroiActivity.id))) == before
