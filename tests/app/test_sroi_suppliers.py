"""Suppliers as relations (issue 18): contact persons with their role, the correspondence of
enforcement on the supplier's page, and the supplier's obligations across the region."""

from datetime import date, timedelta

import pytest

from app.models import AuditEntry, EmployerContactPerson
from app.services import sroi_enforcement
from tests.factories import ContractFactory, OrganisationFactory

TODAY = date.today()


@pytest.fixture
def procurement(world, auth):
    auth.login("procurement.a@example.nl")
    return world


def test_contacts_letters_and_obligations_on_the_supplier_page(procurement, client, db):
    supplier = procurement.a.employer
    province = OrganisationFactory(name="Provincie Fryslân", kind="authority")
    other = ContractFactory(
        authority=province,
        supplier=supplier,
        catalogue=procurement.a.contract.catalogue,
        reference="PF-2026-001",
        title="Reconstructie N351",
    )
    step = sroi_enforcement.record_step(
        procurement.a.contract,
        "reminder",
        procurement.a.users["procurement"],
        TODAY,
        deadline=TODAY + timedelta(days=14),
    )
    db.session.commit()
    url = f"/inkoop/contracten/leveranciers/{supplier.id}"
    page = client.get(url).get_data(as_text=True)
    # Obligations with every authority of the region; only its own contracts are links.
    assert procurement.a.contract.reference in page and "Gemeente A" in page
    assert "PF-2026-001" in page and "Provincie Fryslân" in page
    assert f'href="/inkoop/contracten/{other.id}"' not in page
    assert f'href="/inkoop/contracten/{procurement.a.contract.id}"' in page
    # Correspondence: the reminder, with its letter.
    assert "Herinnering" in page
    assert f"/inkoop/contracten/{procurement.a.contract.id}/handhaving/{step.id}/brief" in page

    # A contact person with a role; bad input comes back with a Dutch message.
    response = client.post(url, data={"name": "", "job_title": "SROI-coördinator"})
    assert "Vul de naam in." in response.get_data(as_text=True)
    response = client.post(url, data={"name": "Anna Visser", "email": "geen-adres"})
    assert response.status_code == 200
    response = client.post(
        url,
        data={
            "name": "Anna Visser",
            "job_title": "SROI-coördinator",
            "email": "anna@visser.nl",
            "phone": "0561-123456",
        },
    )
    assert response.status_code == 302
    person = db.session.scalars(
        db.select(EmployerContactPerson).where(EmployerContactPerson.name == "Anna Visser")
    ).one()
    assert person.job_title == "SROI-coördinator" and person.employer_id == supplier.id
    assert db.session.scalar(
        db.select(AuditEntry).where(
            AuditEntry.object_type == "EmployerContactPerson",
            AuditEntry.object_id == str(person.id),
        )
    )
    page = client.get(url).get_data(as_text=True)
    assert "Anna Visser" in page and "SROI-coördinator" in page


def test_a_region_shows_only_its_own_authorities(world, client, auth, db):
    region = OrganisationFactory(name="Regio Zuidoost-Friesland", kind="region")
    world.a.municipality.region = region
    outside = OrganisationFactory(name="Gemeente Elders", kind="municipality")
    ContractFactory(
        authority=outside,
        supplier=world.a.employer,
        catalogue=world.a.contract.catalogue,
        reference="ELD-1",
    )
    db.session.commit()
    auth.login("procurement.a@example.nl")
    page = client.get(f"/inkoop/contracten/leveranciers/{world.a.employer.id}").get_data(
        as_text=True
    )
    assert world.a.contract.reference in page
    assert "ELD-1" not in page


def test_another_municipalitys_employer_gets_no_contact_persons_from_here(world, client, auth, db):
    """Contact persons are the employer's CRM, kept by the employer's own municipality or
    region (as on the jobhunters' pages) or added by an authority with a contract at the
    supplier: a coördinator elsewhere sees the supplier page but adds no one to it."""
    auth.login("procurement.b@example.nl")
    url = f"/inkoop/contracten/leveranciers/{world.a.employer.id}"
    page = client.get(url)
    assert page.status_code == 200
    assert "Contactpersoon toevoegen" not in page.get_data(as_text=True)
    response = client.post(url, data={"name": "Onbekende", "email": "x@example.nl"})
    assert response.status_code == 404
    assert db.session.scalars(db.select(EmployerContactPerson)).all() == []


def test_a_supplier_of_another_municipality_gets_contacts_from_its_authority(
    world, client, auth, db
):
    """A supplier registered in another municipality, with a contract of this authority: the
    coördinator adds its SROI contact (as in the demo, with suppliers from Drachten)."""
    ContractFactory(
        authority=world.a.municipality,
        supplier=world.b.employer,
        catalogue=world.a.contract.catalogue,
        reference="A-2026-077",
    )
    db.session.commit()
    auth.login("procurement.a@example.nl")
    url = f"/inkoop/contracten/leveranciers/{world.b.employer.id}"
    assert "Contactpersoon toevoegen" in client.get(url).get_data(as_text=True)
    assert client.post(url, data={"name": "Sietske Bakker"}).status_code == 302
    names = [p.name for p in db.session.scalars(db.select(EmployerContactPerson))]
    assert names == ["Sietske Bakker"]
