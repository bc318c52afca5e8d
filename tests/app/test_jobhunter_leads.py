"""The SROI lead list: suppliers behind on their obligation, with vacancies and candidates."""

from datetime import date, timedelta
from decimal import Decimal

from tests.factories import ClientFactory, ContractFactory, EmployerFactory, VacancyFactory


def test_behind_supplier_is_listed_with_vacancies_and_candidates(world, client, auth, db):
    supplier = EmployerFactory(name="Aannemer Visser")
    today = date.today()
    ContractFactory(
        supplier=supplier,
        authority=world.a.municipality,
        catalogue=world.a.contract.catalogue,
        start_date=today - timedelta(days=400),
        end_date=today + timedelta(days=300),
    )
    VacancyFactory(employer=supplier, title="Magazijnmedewerker Visser", postcode="8471 AB")
    ClientFactory(
        municipality=world.a.municipality,
        last_name="Kandidaat-Vijf",
        skills=["orderpicken"],
        experience="Magazijnmedewerker",
        hours_min=Decimal(24),
        hours_max=Decimal(32),
    )
    ClientFactory(
        municipality=world.a.municipality,
        last_name="Zonder-Toestemming",
        consent_at=None,
        skills=["orderpicken"],
    )
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    html = client.get("/jobhunter/kansen").get_data(as_text=True)
    assert "Aannemer Visser" in html
    assert "Achter op schema" in html
    assert "Magazijnmedewerker Visser" in html
    assert "Kandidaat-Vijf" in html
    assert "Zonder-Toestemming" not in html
    # The world's contracts started this year and have nothing accepted either.
    assert world.b.client.last_name not in html


def test_contract_on_track_is_not_a_lead(world, client, auth, db):
    today = date.today()
    supplier = EmployerFactory(name="Schoonmaak Bakker")
    ContractFactory(
        supplier=supplier,
        authority=world.a.municipality,
        catalogue=world.a.contract.catalogue,
        value=Decimal("0.01"),
        start_date=today - timedelta(days=10),
        end_date=today + timedelta(days=700),
    )
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    assert "Schoonmaak Bakker" not in client.get("/jobhunter/kansen").get_data(as_text=True)
