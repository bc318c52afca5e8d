"""Catalogue versions: presets read-only, copies editable with the engine's validation, and a
version used by a contract never changes that contract's numbers."""

from datetime import date
from decimal import Decimal

import pytest

from app.models import AuditEntry, Catalogue, CatalogueBlock, Contract
from app.services import catalogue_versions as versions
from app.services.catalogue_presets import ensure_preset_catalogues


@pytest.fixture
def procurement(world, auth, db):
    ensure_preset_catalogues()
    db.session.commit()
    auth.login("procurement.a@example.nl")
    return world


def _preset(db, name="utrecht-2023"):
    return db.session.scalars(db.select(Catalogue).where(Catalogue.name == name)).one()


def _block_form(**changes):
    data = {
        "code": "pw",
        "label": "Participatiewet",
        "unit": "year",
        "value": "30000",
        "max_years": "2",
        "benefit": "participatiewet",
        "benefit_months_min": "",
        "benefit_months_max": "",
    }
    data.update(changes)
    return data


def test_catalogue_pages_open(procurement, client, db):
    preset = _preset(db)
    assert client.get("/inkoop/bouwblokken").status_code == 200
    html = client.get(f"/inkoop/bouwblokken/{preset.id}").get_data(as_text=True)
    assert "Alleen lezen." in html and "standaardmodel" in html
    assert "€ 40.000,00" in html  # Utrecht: Participatiewet
    assert client.get("/inkoop/bouwblokken/999999").status_code == 404
    toml = client.get(f"/inkoop/bouwblokken/{preset.id}/toml")
    assert toml.status_code == 200 and 'name = "utrecht-2023"' in toml.get_data(as_text=True)


def test_admin_may_manage_catalogues_other_roles_may_not(world, client, auth, db):
    ensure_preset_catalogues()
    db.session.commit()
    auth.login("admin.a@example.nl")
    assert client.get("/inkoop/bouwblokken").status_code == 200
    auth.logout()
    for role in ("jobhunter", "employer"):
        auth.login(f"{role}.a@example.nl")
        assert client.get("/inkoop/bouwblokken").status_code == 403
        auth.logout()


def test_presets_are_read_only(procurement, client, db):
    preset = _preset(db)
    block = preset.blocks[0]
    before = block.value
    response = client.post(
        f"/inkoop/bouwblokken/{preset.id}/blokken/{block.id}",
        data=_block_form(code=block.code, value="1"),
    )
    assert response.status_code == 302
    html = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "standaardmodel" in html and "kan niet worden" in html
    db.session.refresh(block)
    assert block.value == before
    assert (
        client.post(f"/inkoop/bouwblokken/{preset.id}/blokken/{block.id}/verwijderen").status_code
        == 302
    )
    assert client.post(f"/inkoop/bouwblokken/{preset.id}/verwijderen").status_code == 302
    db.session.expire_all()
    assert db.session.get(Catalogue, preset.id) is not None
    assert len(db.session.get(Catalogue, preset.id).blocks) == len(preset.blocks)


def test_copy_a_preset_and_edit_the_copy_with_engine_validation(procurement, client, db):
    preset = _preset(db)
    response = client.post(
        f"/inkoop/bouwblokken/{preset.id}/kopie",
        data={"name": "utrecht-2026", "title": "Utrecht, eigen versie 2026"},
    )
    assert response.status_code == 302
    copy = db.session.scalars(db.select(Catalogue).where(Catalogue.name == "utrecht-2026")).one()
    assert copy.based_on_id == preset.id and not copy.is_preset
    assert [b.code for b in copy.blocks] == [b.code for b in preset.blocks]
    block = copy.blocks[0]
    # The engine refuses a bonus-incompatible max_years on a one-off unit, next to the field.
    html = client.post(
        f"/inkoop/bouwblokken/{copy.id}/blokken/{block.id}",
        data=_block_form(code=block.code, unit="hour", value="100", max_years="2", benefit=""),
    ).get_data(as_text=True)
    assert 'id="max_years-error"' in html and "max_years" in html
    html = client.post(
        f"/inkoop/bouwblokken/{copy.id}/blokken/{block.id}",
        data=_block_form(
            code=block.code,
            benefit="participatiewet",
            benefit_months_min="24",
            benefit_months_max="12",
        ),
    ).get_data(as_text=True)
    assert 'id="benefit_months_min-error"' in html and "moet kleiner zijn" in html
    # A duplicate code is the engine's error too.
    html = client.post(
        f"/inkoop/bouwblokken/{copy.id}/blokken/nieuw", data=_block_form(code=copy.blocks[1].code)
    ).get_data(as_text=True)
    assert 'id="code-error"' in html and "komt al voor" in html
    # A valid change is stored and audited.
    response = client.post(
        f"/inkoop/bouwblokken/{copy.id}/blokken/{block.id}",
        data=_block_form(code=block.code, label=block.label, value="45.000", max_years=""),
    )
    assert response.status_code == 302
    db.session.refresh(block)
    assert block.value == Decimal("45000")
    assert db.session.scalars(
        db.select(AuditEntry).where(
            AuditEntry.object_type == "Catalogue", AuditEntry.action == "update"
        )
    ).first()


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("code", "PW 2!", "Alleen kleine letters"),
        ("code", "x" * 10_000, "Maximaal 40 tekens"),
        ("label", "", "Vul een omschrijving in."),
        ("value", "-5", "Vul een waarde in van 0"),
        ("value", "abc", "Vul een getal in"),
        ("value", "1e400", "Vul een getal in"),
        ("max_years", "99999999999999999999", "Vul een heel getal in"),
        ("max_years", "0", "Tussen 1 en 50 jaar."),
        ("unit", "lightyear", "Ongeldige keuze"),
        ("benefit", "bitcoin", "Ongeldige keuze"),
    ],
)
def test_hostile_block_values(procurement, client, db, field, value, message):
    preset = _preset(db)
    copy = versions.copy_catalogue(
        preset, "utrecht-test", "Test", procurement.a.users["procurement"]
    )
    db.session.commit()
    response = client.post(
        f"/inkoop/bouwblokken/{copy.id}/blokken/nieuw",
        data=_block_form(**{"code": "nieuw", field: value}),
    )
    assert response.status_code == 200
    assert message in response.get_data(as_text=True)
    db.session.refresh(copy)
    assert len(copy.blocks) == len(preset.blocks)


def test_copy_name_is_checked(procurement, client, db):
    preset = _preset(db)
    html = client.post(
        f"/inkoop/bouwblokken/{preset.id}/kopie", data={"name": "utrecht-2023", "title": "x"}
    ).get_data(as_text=True)
    assert "bestaat al" in html
    html = client.post(
        f"/inkoop/bouwblokken/{preset.id}/kopie", data={"name": "Mijn Versie!", "title": "x"}
    ).get_data(as_text=True)
    assert "Gebruik alleen kleine letters" in html


def test_header_and_bonus_editing(procurement, client, db):
    copy = versions.copy_catalogue(
        _preset(db), "utrecht-eigen", "Eigen", procurement.a.users["procurement"]
    )
    db.session.commit()
    html = client.post(
        f"/inkoop/bouwblokken/{copy.id}/bewerken",
        data={"title": "Eigen", "source": "", "fulltime_hours": ""},
    ).get_data(as_text=True)
    assert "fulltime_hours" in html  # the engine needs full-time hours for year blocks
    assert (
        client.post(
            f"/inkoop/bouwblokken/{copy.id}/bewerken",
            data={"title": "Eigen 2026", "source": "Besluit 12", "fulltime_hours": "38"},
        ).status_code
        == 302
    )
    db.session.refresh(copy)
    assert copy.fulltime_hours == Decimal("38") and copy.title == "Eigen 2026"
    assert (
        client.post(
            f"/inkoop/bouwblokken/{copy.id}/bonussen/nieuw",
            data={"code": "age55", "label": "Ouder dan 55", "value": "12.500"},
        ).status_code
        == 302
    )
    db.session.refresh(copy)
    assert any(b.code == "age55" and b.value == Decimal("12500") for b in copy.bonuses)


def test_a_version_in_use_is_frozen_and_contract_numbers_never_change(procurement, client, db):
    """The catalogue-version case: edits go to a new version.

    The awarded contract keeps its numbers.
    """
    from app.services.sroi_bridge import status_for

    contract = procurement.a.contract
    activity = procurement.a.activity
    activity.state = "accepted"
    db.session.commit()
    version = contract.catalogue
    as_of = date(2026, 12, 31)
    before = status_for(contract, as_of)
    assert before.realized > 0
    page_before = client.get(f"/inkoop/contracten/{contract.id}?peildatum=31-12-2026").get_data(
        as_text=True
    )

    # 1. Editing the version the contract uses is refused, in the service and on the page.
    block = next(b for b in version.blocks if b.code == "pw")
    with pytest.raises(versions.CatalogueVersionError):
        versions.save_block(
            version, block, {"code": "pw", "label": "x", "unit": "year", "value": Decimal("99999")}
        )
    db.session.rollback()
    response = client.post(
        f"/inkoop/bouwblokken/{version.id}/blokken/{block.id}",
        data=_block_form(code="pw", value="99.999"),
    )
    assert response.status_code == 302
    assert "ligt daarom vast" in client.get(response.headers["Location"]).get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(CatalogueBlock, block.id).value == Decimal("30000")

    # 2. A new version is made from it and changed.
    response = client.post(
        f"/inkoop/bouwblokken/{version.id}/kopie",
        data={"name": "test-v2", "title": "Test, versie 2"},
    )
    new = db.session.scalars(db.select(Catalogue).where(Catalogue.name == "test-v2")).one()
    new_block = next(b for b in new.blocks if b.code == "pw")
    assert (
        client.post(
            f"/inkoop/bouwblokken/{new.id}/blokken/{new_block.id}",
            data=_block_form(code="pw", value="60.000"),
        ).status_code
        == 302
    )

    # 3. The awarded contract's numbers are unchanged, in the engine and on the page.
    db.session.expire_all()
    contract = db.session.get(Contract, contract.id)
    assert contract.catalogue_id == version.id
    after = status_for(contract, as_of)
    assert (after.obligation, after.realized, after.pending, after.expected) == (
        before.obligation,
        before.realized,
        before.pending,
        before.expected,
    )
    page_after = client.get(f"/inkoop/contracten/{contract.id}?peildatum=31-12-2026").get_data(
        as_text=True
    )
    marker = 'id="sroi-status-title"'
    assert (
        page_after[page_after.index(marker) : page_after.index("Zo is het berekend")]
        == page_before[page_before.index(marker) : page_before.index("Zo is het berekend")]
    )

    # 4. A contract awarded under the new version gets the new values (twice the old block value).
    from app.models import SroiActivity
    from tests.factories import ContractFactory

    newer = ContractFactory(
        authority=procurement.a.municipality,
        supplier=procurement.a.employer,
        catalogue=new,
        reference="NIEUW-1",
    )
    db.session.add(
        SroiActivity(
            contract=newer,
            block_code="pw",
            start_date=date(2026, 2, 1),
            hours_per_week=Decimal("18"),
            state="accepted",
        )
    )
    db.session.commit()
    assert after.realized == Decimal("13726.03")  # € 30.000 × 18/36 × 334/365
    assert status_for(newer, as_of).realized == Decimal("27452.05")  # € 60.000 × 18/36 × 334/365
    # ... and now that version is frozen as well.
    assert versions.lock_reason(new) is not None


def test_delete_an_unused_version(procurement, client, db):
    copy = versions.copy_catalogue(
        _preset(db), "weg-ermee", "Weg", procurement.a.users["procurement"]
    )
    db.session.commit()
    assert client.post(f"/inkoop/bouwblokken/{copy.id}/verwijderen").status_code == 302
    assert (
        db.session.scalars(db.select(Catalogue).where(Catalogue.name == "weg-ermee")).first()
        is None
    )
