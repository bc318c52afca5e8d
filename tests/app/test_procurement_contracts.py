"""Procurement: contract overview, create (existing or invited supplier), edit, threshold,
hostile input, scoping (another authority's contract is a 404) and the audit log."""

from datetime import date
from decimal import Decimal

import pytest

from app.models import AuditEntry, Contract, Employer, Invitation, OutboxMail, SroiActivity


def _form(world, **changes):
    data = {
        "authority_id": str(world.a.municipality.id),
        "supplier": world.a.employer.kvk,
        "reference": "WSW-2026-100",
        "title": "Onderhoud sportvelden",
        "value": "480.000",
        "sroi_percentage": "5",
        "catalogue_id": str(world.a.contract.catalogue_id),
        "start_date": "1-1-2026",
        "end_date": "31-12-2027",
        "reduction_percentage": "0",
        "penalty_percentage": "100",
        "responsible_user_id": str(world.a.users["procurement"].id),
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


@pytest.fixture
def procurement(world, auth):
    auth.login("procurement.a@example.nl")
    return world


PAGES = [
    "/inkoop/",
    "/inkoop/contracten",
    "/inkoop/contracten/leveranciers",
    "/inkoop/contracten/nieuw",
    "/inkoop/contracten/importeren",
    "/inkoop/instellingen",
    "/inkoop/beoordelen",
    "/inkoop/bouwblokken",
    "/inkoop/rapportages",
    "/inkoop/weekoverzicht",
]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_opens_for_procurement(procurement, client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    assert 'lang="nl"' in response.get_data(as_text=True)


@pytest.mark.parametrize("path", PAGES)
def test_other_roles_are_refused(world, client, auth, path):
    assert client.get(path).status_code == 302  # not logged in: to the login page
    for role in ("employer", "jobhunter"):
        auth.login(f"{role}.a@example.nl")
        assert client.get(path).status_code == 403, (role, path)
        auth.logout()


@pytest.mark.parametrize(
    "template",
    [
        "/inkoop/contracten/{}",
        "/inkoop/contracten/{}/bewerken",
    ],
)
def test_another_authoritys_contract_is_404(procurement, client, template):
    assert client.get(template.format(procurement.a.contract.id)).status_code == 200
    assert client.get(template.format(procurement.b.contract.id)).status_code == 404
    assert client.post(template.format(procurement.b.contract.id), data={}).status_code in (
        404,
        405,
    )


def test_create_a_contract_with_an_existing_supplier_by_kvk(procurement, client, db):
    response = client.post("/inkoop/contracten/nieuw", data=_form(procurement))
    assert response.status_code == 302
    contract = db.session.scalars(
        db.select(Contract).where(Contract.reference == "WSW-2026-100")
    ).one()
    assert contract.supplier_id == procurement.a.employer.id
    assert contract.value == Decimal("480000.00")
    assert contract.authority_id == procurement.a.municipality.id
    assert response.headers["Location"].endswith(f"/inkoop/contracten/{contract.id}")
    entry = db.session.scalars(
        db.select(AuditEntry).where(
            AuditEntry.object_type == "Contract", AuditEntry.object_id == str(contract.id)
        )
    ).one()
    assert entry.action == "create"
    assert entry.user_email == "procurement.a@example.nl"
    html = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "€ 24.000,00" in html  # obligation = 480.000 × 5 %


@pytest.mark.parametrize("typed", ["{name}", "{name} (KvK {kvk})", "{kvk}", "{kvk_spaced}"])
def test_supplier_is_found_by_name_or_kvk(procurement, client, db, typed):
    employer = procurement.a.employer
    text = typed.format(
        name=employer.name.upper(),
        kvk=employer.kvk,
        kvk_spaced=f"{employer.kvk[:4]} {employer.kvk[4:]}",
    )
    assert (
        client.post("/inkoop/contracten/nieuw", data=_form(procurement, supplier=text)).status_code
        == 302
    )


def test_unknown_supplier_is_an_error_next_to_the_field(procurement, client, db):
    html = client.post(
        "/inkoop/contracten/nieuw", data=_form(procurement, supplier="Onbekend BV")
    ).get_data(as_text=True)
    assert 'id="supplier-error"' in html
    assert "Er is geen werkgever met deze naam" in html
    assert 'value="Onderhoud sportvelden"' in html  # the form comes back filled in
    assert (
        db.session.scalars(db.select(Contract).where(Contract.reference == "WSW-2026-100")).first()
        is None
    )


def test_a_new_supplier_is_invited_on_the_spot(procurement, client, db):
    data = _form(
        procurement,
        supplier="",
        new_supplier="y",
        new_supplier_name="Groenwerk Friesland BV",
        new_supplier_kvk="8765 4321",
        new_supplier_contact="Tjitske Bouma",
        new_supplier_email="tjitske@groenwerk.example.nl",
    )
    assert client.post("/inkoop/contracten/nieuw", data=data).status_code == 302
    employer = db.session.scalars(db.select(Employer).where(Employer.kvk == "87654321")).one()
    assert employer.organisation.kind == "employer"
    contract = db.session.scalars(
        db.select(Contract).where(Contract.reference == "WSW-2026-100")
    ).one()
    assert contract.supplier_id == employer.id
    invitation = db.session.scalars(db.select(Invitation)).one()
    assert invitation.email == "tjitske@groenwerk.example.nl"
    assert invitation.organisation_id == employer.organisation_id
    mail = db.session.scalars(
        db.select(OutboxMail).where(OutboxMail.to == "tjitske@groenwerk.example.nl")
    ).one()
    assert "Uitnodiging" in mail.subject


def test_a_province_invites_a_new_supplier_that_then_belongs_to_it(world, db, client, auth):
    """A supplier brought in by another authority belongs to that authority (issue 12): its
    procurement staff may invite the supplier's contact; no municipality's staff may."""
    from tests.factories import CatalogueFactory, OrganisationFactory, UserFactory

    province = OrganisationFactory(kind="authority", name="Provincie Fryslân")
    UserFactory(email="inkoop@provincie.example.nl", role="procurement", organisation=province)
    catalogue = CatalogueFactory(owner=province)
    db.session.commit()
    auth.login("inkoop@provincie.example.nl")
    data = _form(
        world,
        authority_id=str(province.id),
        catalogue_id=str(catalogue.id),
        responsible_user_id="0",
        supplier="",
        new_supplier="y",
        new_supplier_name="Wegenbouw Noord BV",
        new_supplier_kvk="1122 3344",
        new_supplier_contact="Durk de Vries",
        new_supplier_email="durk@wegenbouw.example.nl",
    )
    assert client.post("/inkoop/contracten/nieuw", data=data).status_code == 302
    employer = db.session.scalars(db.select(Employer).where(Employer.kvk == "11223344")).one()
    assert employer.municipality_id == province.id
    assert db.session.scalars(
        db.select(OutboxMail).where(OutboxMail.to == "durk@wegenbouw.example.nl")
    ).one()
    auth.logout()
    auth.login("jobhunter.a@example.nl")
    assert client.get(f"/jobhunter/werkgevers/{employer.id}/uitnodigen").status_code == 404


def test_new_supplier_fields_are_checked(procurement, client, db):
    data = _form(
        procurement,
        supplier="",
        new_supplier="y",
        new_supplier_name="",
        new_supplier_kvk=procurement.b.employer.kvk,
        new_supplier_contact="",
        new_supplier_email="geen-adres",
    )
    html = client.post("/inkoop/contracten/nieuw", data=data).get_data(as_text=True)
    assert "Vul de naam van de nieuwe leverancier in." in html
    assert "Vul een geldig e-mailadres in" in html
    assert "Vul de naam van de contactpersoon in." in html
    assert db.session.scalar(db.select(db.func.count(Invitation.id))) == 0
    data.update(
        new_supplier_name="X BV", new_supplier_contact="X", new_supplier_email="x@example.nl"
    )
    html = client.post("/inkoop/contracten/nieuw", data=data).get_data(as_text=True)
    assert f"hoort al bij {procurement.b.employer.name}" in html
    assert db.session.scalar(db.select(db.func.count(Invitation.id))) == 0


def test_threshold_is_shown_and_enforced(procurement, client, db):
    procurement.a.municipality.sroi_threshold = Decimal("50000")
    db.session.commit()
    html = client.get("/inkoop/contracten/nieuw").get_data(as_text=True)
    assert "onder € 50.000,00 (excl. btw) geldt geen SROI-verplichting" in html
    html = client.post(
        "/inkoop/contracten/nieuw", data=_form(procurement, value="49.999,99")
    ).get_data(as_text=True)
    assert 'id="value-error"' in html and "onder de drempel" in html
    assert (
        client.post("/inkoop/contracten/nieuw", data=_form(procurement, value="50.000")).status_code
        == 302
    )


def test_threshold_setting_is_audited(procurement, client, db):
    response = client.post(
        "/inkoop/instellingen",
        data={"authority_id": str(procurement.a.municipality.id), "threshold": "75.000"},
    )
    assert response.status_code == 302
    db.session.refresh(procurement.a.municipality)
    assert procurement.a.municipality.sroi_threshold == Decimal("75000")
    assert db.session.scalars(
        db.select(AuditEntry).where(AuditEntry.object_type == "Organisation")
    ).one()
    # Another authority is not a choice.
    response = client.post(
        "/inkoop/instellingen",
        data={"authority_id": str(procurement.b.municipality.id), "threshold": "1"},
    )
    assert response.status_code == 200
    assert procurement.b.municipality.sroi_threshold is None


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("value", "abc", "Vul een getal in"),
        ("value", "-5", "tussen € 0,01"),
        ("value", "1e400", "Vul een getal in"),
        ("value", "NaN", "Vul een getal in"),
        ("value", "99999999999999999999", "tussen € 0,01"),
        ("value", "12,345", "hoogstens 2 decimalen"),
        ("sroi_percentage", "150", "tussen 0 en 100"),
        ("sroi_percentage", "", "Vul het SROI-percentage in."),
        ("penalty_percentage", "5000", "tussen 0 en 999,99"),
        ("reduction_percentage", "-1", "tussen 0 en 100"),
        ("end_date", "31-12-2025", "De einddatum ligt vóór de startdatum."),
        ("start_date", "31-02-2026", "Vul een datum in"),
        ("start_date", "1-1-0001", "Kies een datum tussen"),
        ("end_date", "31-12-9999", "Kies een datum tussen"),
        ("reference", "x" * 10_000, "maximaal 60 tekens"),
        ("title", "x" * 10_000, "maximaal 200 tekens"),
        ("supplier", "x" * 10_000, "mag niet langer zijn dan 250"),
        ("catalogue_id", "999999", "Ongeldige keuze"),
        ("authority_id", "abc", "Ongeldige keuze"),
        ("responsible_user_id", "77", "Ongeldige keuze"),
    ],
)
def test_hostile_values_come_back_with_a_message_not_a_500(
    procurement, client, db, field, value, message
):
    response = client.post("/inkoop/contracten/nieuw", data=_form(procurement, **{field: value}))
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert 'class="error"' in html
    assert message in html
    assert (
        db.session.scalars(db.select(Contract).where(Contract.reference == "WSW-2026-100")).first()
        is None
    )


def test_hostile_messages_are_dutch(procurement, client):
    html = client.post(
        "/inkoop/contracten/nieuw",
        data=_form(procurement, catalogue_id="999999", supplier="x" * 300),
    ).get_data(as_text=True)
    assert "Not a valid choice" not in html
    assert "Field cannot be longer" not in html


def test_duplicate_reference_is_refused(procurement, client):
    data = _form(procurement, reference=procurement.a.contract.reference.lower())
    html = client.post("/inkoop/contracten/nieuw", data=data).get_data(as_text=True)
    assert "heeft al een contract met kenmerk" in html


def test_edit_a_contract_is_audited_with_the_changes(procurement, client, db):
    contract = procurement.a.contract
    data = _form(
        procurement,
        reference=contract.reference,
        supplier=procurement.a.employer.name,
        value="1.500.000",
        reduction_percentage="10",
    )
    assert client.post(f"/inkoop/contracten/{contract.id}/bewerken", data=data).status_code == 302
    db.session.refresh(contract)
    assert contract.value == Decimal("1500000")
    assert contract.reduction_percentage == Decimal("10")
    entry = db.session.scalars(
        db.select(AuditEntry).where(
            AuditEntry.object_type == "Contract", AuditEntry.action == "update"
        )
    ).one()
    assert "value: 1200000.00 → 1500000" in entry.detail
    assert "reduction_percentage" in entry.detail


def test_catalogue_is_fixed_once_activities_are_submitted(procurement, client, db):
    from tests.factories import CatalogueFactory

    other = CatalogueFactory(owner=procurement.a.municipality)
    db.session.commit()
    contract = procurement.a.contract
    data = _form(procurement, reference=contract.reference, catalogue_id=str(other.id))
    html = client.post(f"/inkoop/contracten/{contract.id}/bewerken", data=data).get_data(
        as_text=True
    )
    assert "Het bouwblokkenmodel ligt vast" in html
    db.session.refresh(contract)
    assert contract.catalogue_id != other.id


def test_edit_form_is_prefilled(procurement, client):
    html = client.get(f"/inkoop/contracten/{procurement.a.contract.id}/bewerken").get_data(
        as_text=True
    )
    assert f"{procurement.a.employer.name} (KvK {procurement.a.employer.kvk})" in html
    assert 'value="1200000"' in html


def test_overview_shows_engine_numbers_totals_and_filters(procurement, client, db):
    from tests.factories import ContractFactory, EmployerFactory

    other_supplier = EmployerFactory(name="Schoonmaak Zijlstra")
    old = ContractFactory(
        authority=procurement.a.municipality,
        supplier=other_supplier,
        catalogue=procurement.a.contract.catalogue,
        reference="OUD-2020",
        value=Decimal("100000"),
        start_date=date(2020, 1, 1),
        end_date=date(2021, 12, 31),
    )
    db.session.commit()
    html = client.get("/inkoop/contracten").get_data(as_text=True)
    assert procurement.a.contract.reference in html and "OUD-2020" in html
    assert procurement.b.contract.reference not in html
    # Obligations: 60.000 + 5.000; the old contract is not met with a penalty of 5.000.
    assert "€ 65.000,00" in html
    assert "Niet voldaan" in html
    html = client.get(f"/inkoop/contracten?leverancier={other_supplier.id}").get_data(as_text=True)
    assert "OUD-2020" in html and procurement.a.contract.reference not in html
    html = client.get("/inkoop/contracten?jaar=2026").get_data(as_text=True)
    assert "OUD-2020" not in html and procurement.a.contract.reference in html
    html = client.get("/inkoop/contracten?stand=not_met").get_data(as_text=True)
    assert "OUD-2020" in html and procurement.a.contract.reference not in html
    assert client.get("/inkoop/contracten?jaar=abc&stand=x&leverancier=999").status_code == 200
    html = client.get("/inkoop/contracten/leveranciers").get_data(as_text=True)
    assert "Schoonmaak Zijlstra" in html and procurement.a.employer.name in html
    assert old.id


def test_contract_page_shows_status_chart_table_and_activity_value(procurement, client, db):
    from app.formatting import money
    from app.services.sroi_bridge import status_for, valuation_for

    contract = procurement.a.contract
    html = client.get(f"/inkoop/contracten/{contract.id}?peildatum=30-06-2026").get_data(
        as_text=True
    )
    status = status_for(contract, date(2026, 6, 30))
    for amount in (status.obligation, status.pending, status.expected):
        assert money(amount) in html
    valuation = valuation_for(procurement.a.activity, date(2026, 6, 30))
    assert valuation.formula in html
    assert '<svg class="chart"' in html
    assert "Verwacht en gerealiseerd per maandeinde" in html
    assert "Zo is het berekend" in html
    assert "€ 60.000,00 = € 1.200.000,00 × 5 %" in html
    # A bad date is an error next to the field, and the page still shows today's status.
    response = client.get(f"/inkoop/contracten/{contract.id}?peildatum=gisteren")
    assert response.status_code == 200
    assert "Vul een datum in" in response.get_data(as_text=True)


def test_behind_contract_points_to_jobhunters(procurement, client, db):
    contract = procurement.a.contract
    html = client.get(f"/inkoop/contracten/{contract.id}?peildatum=30-06-2027").get_data(
        as_text=True
    )
    assert "Achter op schema" in html
    assert "Wie kan helpen?" in html
    assert "jobhunter.a@example.nl" in html
    assert "jobhunter.b@example.nl" not in html


def test_unvaluable_activity_does_not_break_the_page(procurement, client, db):
    contract = procurement.a.contract
    db.session.add(
        SroiActivity(
            contract=contract,
            block_code="bestaat_niet",
            start_date=date(2026, 3, 1),
            state="submitted",
        )
    )
    db.session.commit()
    response = client.get(f"/inkoop/contracten/{contract.id}")
    assert response.status_code == 200
    assert "De stand kan niet worden berekend" in response.get_data(as_text=True)
    assert client.get("/inkoop/contracten").status_code == 200
    assert client.get("/inkoop/").status_code == 200
