"""SROI policies in the portal (issue 18): the Friese eis as a preset, thresholds per kind of
contract, the cap per (sub)project, the award criterion, and the default penalty."""

from decimal import Decimal

import pytest

from app.models import AuditEntry, Contract


@pytest.fixture
def procurement(world, auth):
    auth.login("procurement.a@example.nl")
    return world


def _contract(world, **changes):
    data = {
        "authority_id": str(world.a.municipality.id),
        "supplier": world.a.employer.kvk,
        "reference": "FR-2026-001",
        "title": "Reconstructie Hoofdstraat",
        "contract_kind": "werken",
        "value": "1.200.000",
        "sroi_percentage": "2",
        "catalogue_id": str(world.a.contract.catalogue_id),
        "start_date": "1-1-2026",
        "end_date": "31-12-2027",
        "reduction_percentage": "0",
        "penalty_percentage": "",
        "responsible_user_id": str(world.a.users["procurement"].id),
    }
    data.update(changes)
    return data


def _friese_eis(client, world, **extra):
    data = {"authority_id": str(world.a.municipality.id), "sroi_policy": "friese-eis"}
    data.update(extra)
    return client.post("/inkoop/beleid", data=data)


def test_the_friese_eis_preset_sets_the_figures_of_its_source(procurement, client, db):
    page = client.get("/inkoop/beleid").get_data(as_text=True)
    assert "Friese" in page and "socialreturninderegio.nl" in page
    assert _friese_eis(client, procurement, sroi_penalty_percentage="50").status_code == 302
    authority = procurement.a.municipality
    db.session.refresh(authority)
    assert authority.sroi_policy == "friese-eis"
    assert authority.sroi_percentage == Decimal("2")
    assert authority.sroi_threshold_works == Decimal("250000")
    assert authority.sroi_threshold_services == Decimal("100000")
    assert authority.sroi_threshold_supplies is None
    assert authority.sroi_cap == Decimal("300000")
    assert authority.sroi_award_percentage_max == Decimal("5")
    assert authority.sroi_penalty_percentage == Decimal("50")
    page = client.get("/inkoop/beleid").get_data(as_text=True)
    assert "Werken: vanaf € 250.000,00." in page
    assert "Diensten: vanaf € 100.000,00." in page
    assert "Leveringen: altijd." in page
    assert "Hoogstens € 300.000,00 per (deel)project." in page
    entry = db.session.scalars(
        db.select(AuditEntry).where(AuditEntry.detail.like("SROI-beleid%"))
    ).one()
    assert "friese-eis" in entry.detail


def test_own_figures_are_checked_by_the_engine_next_to_the_field(procurement, client, db):
    response = client.post(
        "/inkoop/beleid",
        data={
            "authority_id": str(procurement.a.municipality.id),
            "sroi_percentage": "5",
            "sroi_award_percentage_max": "3",
            "sroi_threshold_services": "75.000",
        },
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "ligt onder het SROI-percentage" in page
    assert 'value="75.000' in page or 'value="75000' in page  # nothing lost
    db.session.refresh(procurement.a.municipality)
    assert procurement.a.municipality.sroi_percentage is None


def test_contracts_under_the_friese_eis(procurement, client, db):
    _friese_eis(client, procurement, sroi_penalty_percentage="50")
    url = "/inkoop/contracten/nieuw"
    # The kind of contract decides the threshold.
    page = client.post(url, data=_contract(procurement, contract_kind="")).get_data(as_text=True)
    assert "Kies de soort opdracht: werken, diensten of leveringen." in page
    page = client.post(
        url, data=_contract(procurement, contract_kind="diensten", value="90.000")
    ).get_data(as_text=True)
    assert "ligt onder de drempel voor diensten van € 100.000,00" in page
    # Works of the same value are also under their (higher) threshold; supplies always qualify.
    page = client.post(
        url, data=_contract(procurement, contract_kind="werken", value="90.000")
    ).get_data(as_text=True)
    assert "onder de drempel voor werken van € 250.000,00" in page
    # The percentage: at least the requirement, at most the award criterion's ceiling.
    page = client.post(url, data=_contract(procurement, sroi_percentage="1")).get_data(as_text=True)
    assert "vraagt minstens 2 %" in page
    page = client.post(url, data=_contract(procurement, sroi_percentage="6")).get_data(as_text=True)
    assert "Met gunningscriterium is hoogstens 5 % toegestaan." in page
    assert not db.session.scalars(
        db.select(Contract).where(Contract.reference == "FR-2026-001")
    ).all()

    # A large work: 2 % of € 20 million is capped at € 300.000 per (sub)project.
    response = client.post(
        url, data=_contract(procurement, value="20.000.000", sroi_percentage="3")
    )
    assert response.status_code == 302
    contract = db.session.scalars(
        db.select(Contract).where(Contract.reference == "FR-2026-001")
    ).one()
    assert contract.contract_kind == "werken"
    assert contract.sroi_cap == Decimal("300000")
    assert contract.award_percentage == Decimal("1")  # 3 % asked, 2 % required
    assert contract.penalty_percentage == Decimal("50")  # the policy's default
    page = client.get(f"/inkoop/contracten/{contract.id}").get_data(as_text=True)
    assert "begrensd op € 300.000,00 per (deel)project" in page
    assert "waarvan 1 % aangeboden met het gunningscriterium" in page
    assert "Werken" in page


def test_the_new_contract_form_proposes_the_policys_percentage_and_penalty(procurement, client, db):
    _friese_eis(client, procurement, sroi_penalty_percentage="50")
    page = client.get("/inkoop/contracten/nieuw").get_data(as_text=True)
    assert 'name="sroi_percentage" type="text" value="2' in page or 'value="2"' in page
    assert 'value="50' in page
    assert "SROI-eis: 2 % van de opdrachtwaarde excl. btw." in page


def test_without_a_policy_the_general_threshold_and_100_percent_stay(procurement, client, db):
    response = client.post(
        "/inkoop/contracten/nieuw", data=_contract(procurement, contract_kind="", value="480.000")
    )
    assert response.status_code == 302
    contract = db.session.scalars(
        db.select(Contract).where(Contract.reference == "FR-2026-001")
    ).one()
    assert contract.penalty_percentage == Decimal("100")
    assert contract.sroi_cap is None and contract.contract_kind is None


def test_the_service_checks_the_policys_threshold_too(procurement, db):
    """What the form checks at once, the contracts service checks again (the CSV import)."""
    from app.services import sroi_policies

    authority = procurement.a.municipality
    sroi_policies.set_policy(authority, sroi_policies.preset_values("friese-eis"), None)
    errors = sroi_policies.check_contract(
        authority, {"contract_kind": "diensten", "value": Decimal("90000")}
    )
    assert errors["value"].startswith(
        "Geen SROI-eis: € 90.000,00 ligt onder de drempel voor diensten (€ 100.000,00)."
    )
    assert (
        sroi_policies.check_contract(
            authority, {"contract_kind": "leveringen", "value": Decimal("90000")}
        )
        == {}
    )


def test_the_csv_import_reads_the_kind_of_contract_under_a_policy(procurement, db):
    from app.services import contract_csv_import, sroi_policies

    authority = procurement.a.municipality
    sroi_policies.set_policy(authority, sroi_policies.preset_values("friese-eis"), None)
    catalogue = procurement.a.contract.catalogue.name
    kvk = procurement.a.employer.kvk
    text = (
        "kenmerk;titel;leverancier;waarde;sroi_percentage;bouwblokken;start;einde;soort\n"
        f"FR-1;Brug;{kvk};20.000.000;2;{catalogue};1-1-2026;31-12-2027;werken\n"
        f"FR-2;Schoonmaak;{kvk};90.000;2;{catalogue};1-1-2026;31-12-2027;diensten\n"
        f"FR-3;Groen;{kvk};900.000;2;{catalogue};1-1-2026;31-12-2027;\n"
        f"FR-4;Groen;{kvk};900.000;2;{catalogue};1-1-2026;31-12-2027;bouw\n"
    )
    user = procurement.a.users["procurement"]
    preview = contract_csv_import.parse_contract_csv(text.encode(), user)
    rows = {r.raw["reference"]: r for r in preview.rows}
    assert rows["FR-1"].ok
    assert any("drempel voor diensten" in e for e in rows["FR-2"].errors)
    assert any("Kies de soort opdracht" in e for e in rows["FR-3"].errors)
    assert any("Soort opdracht 'bouw' bestaat niet" in e for e in rows["FR-4"].errors)
    saved, _skipped = contract_csv_import.import_rows(
        [(r.line, r.data) for r in preview.good], user
    )
    assert [(c.reference, c.contract_kind, c.sroi_cap) for c in saved] == [
        ("FR-1", "werken", Decimal("300000"))
    ]
