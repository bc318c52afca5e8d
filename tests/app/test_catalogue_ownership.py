"""Issue 12, finding 7: every catalogue version has an owning authority; only that authority's
procurement staff (or an admin) edit or delete it; standard presets stay read-only; a contract
can use only the presets and the user's own authority's versions."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.models import Catalogue, CatalogueBlock, Contract
from app.services.catalogue_presets import ensure_preset_catalogues


@pytest.fixture
def own_version(world, db, client, auth):
    """Procurement of A copies a preset into an unused version of its own."""
    ensure_preset_catalogues()
    db.session.commit()
    preset = db.session.scalars(db.select(Catalogue).where(Catalogue.name == "utrecht-2023")).one()
    auth.login("procurement.a@example.nl")
    response = client.post(
        f"/inkoop/bouwblokken/{preset.id}/kopie",
        data={"name": "utrecht-a-2026", "title": "Utrecht, versie van A"},
    )
    assert response.status_code == 302
    auth.logout()
    return db.session.scalars(db.select(Catalogue).where(Catalogue.name == "utrecht-a-2026")).one()


def test_a_copy_belongs_to_the_authority_that_made_it(own_version, world):
    assert own_version.owner_id == world.a.municipality.id


def test_another_authority_cannot_see_edit_or_delete_the_version(own_version, db, client, auth):
    block, bonus = own_version.blocks[0], own_version.bonuses[0]
    value, label, hours = block.value, block.label, own_version.fulltime_hours
    auth.login("procurement.b@example.nl")
    base = f"/inkoop/bouwblokken/{own_version.id}"
    attempts = [
        ("GET", base, None),
        ("GET", f"{base}/toml", None),
        ("POST", f"{base}/bewerken", {"title": "Gekaapt", "source": "", "fulltime_hours": "1"}),
        (
            "POST",
            f"{base}/blokken/{block.id}",
            {"code": block.code, "label": "Gekaapt", "unit": block.unit, "value": "1"},
        ),
        (
            "POST",
            f"{base}/blokken/nieuw",
            {"code": "x", "label": "x", "unit": "hour", "value": "1"},
        ),
        ("POST", f"{base}/blokken/{block.id}/verwijderen", {}),
        ("POST", f"{base}/bonussen/{bonus.id}", {"code": bonus.code, "label": "x", "value": "1"}),
        ("POST", f"{base}/bonussen/{bonus.id}/verwijderen", {}),
        ("POST", f"{base}/verwijderen", {}),
    ]
    answers = [
        (m, url, client.open(url, method=m, data=data).status_code) for m, url, data in attempts
    ]
    assert all(status == 404 for _m, _url, status in answers), answers
    listing = client.get("/inkoop/bouwblokken").get_data(as_text=True)
    preset = db.session.scalars(db.select(Catalogue).where(Catalogue.name == "utrecht-2023")).one()
    # Listed by title, never by the internal name (issue 18: no slugs for people).
    assert "Utrecht, versie van A" not in listing and preset.title in listing
    assert "utrecht-2023" not in listing
    db.session.expire_all()
    version = db.session.get(Catalogue, own_version.id)
    assert version is not None and version.fulltime_hours == hours
    block = db.session.get(CatalogueBlock, block.id)
    assert (block.value, block.label) == (value, label)
    assert len(version.blocks) == len(own_version.blocks)


def test_the_owner_and_an_admin_may_edit(own_version, db, client, auth):
    block = own_version.blocks[0]
    for who, value in (("procurement.a@example.nl", "41.000"), ("admin.b@example.nl", "42.000")):
        auth.login(who)
        response = client.post(
            f"/inkoop/bouwblokken/{own_version.id}/blokken/{block.id}",
            data={
                "code": block.code,
                "label": block.label,
                "unit": block.unit,
                "value": value,
                "max_years": str(block.max_years or ""),
                "benefit": block.benefit or "",
            },
        )
        assert response.status_code == 302, who
        db.session.refresh(block)
        assert block.value == Decimal(value.replace(".", "")), who
        auth.logout()


def test_the_contract_form_offers_presets_and_own_versions_only(
    own_version, world, db, client, auth
):
    auth.login("procurement.b@example.nl")
    html = client.get("/inkoop/contracten/nieuw").get_data(as_text=True)
    preset = db.session.scalars(db.select(Catalogue).where(Catalogue.name == "utrecht-2023")).one()
    assert f'value="{preset.id}"' in html and f'value="{own_version.id}"' not in html
    assert f'value="{world.b.contract.catalogue.id}"' in html
    assert f'value="{world.a.contract.catalogue.id}"' not in html
    assert "utrecht-2023" not in html and "Utrecht, versie van A" not in html
    response = client.post(
        "/inkoop/contracten/nieuw",
        data={
            "authority_id": str(world.b.municipality.id),
            "supplier": world.b.employer.kvk,
            "reference": "B-2026-1",
            "title": "Onderhoud",
            "value": "480.000",
            "sroi_percentage": "5",
            "catalogue_id": str(own_version.id),
            "start_date": "1-1-2026",
            "end_date": "31-12-2027",
            "reduction_percentage": "0",
            "penalty_percentage": "100",
            "responsible_user_id": str(world.b.users["procurement"].id),
        },
    )
    assert response.status_code == 200
    assert 'id="catalogue_id-error"' in response.get_data(as_text=True)
    assert (
        db.session.scalars(db.select(Contract).where(Contract.reference == "B-2026-1")).first()
        is None
    )


def test_presets_have_no_owner_and_stay_read_only_for_everyone(own_version, db, client, auth):
    preset = db.session.get(Catalogue, own_version.based_on_id)
    assert preset.is_preset and preset.owner_id is None
    auth.login("admin.a@example.nl")
    response = client.post(f"/inkoop/bouwblokken/{preset.id}/verwijderen")
    assert response.status_code == 302
    assert db.session.get(Catalogue, preset.id) is not None


def test_the_service_refuses_another_authoritys_version_too(own_version, world, db, app):
    """The CSV import and any other caller go through the same check as the form."""
    from datetime import date

    from app.services.sroi_contracts import check_contract

    data = {
        "reference": "X-1",
        "title": "Onderhoud",
        "value": Decimal("480000"),
        "sroi_percentage": Decimal("5"),
        "catalogue_id": own_version.id,
        "start_date": date(2026, 1, 1),
        "end_date": date(2027, 12, 31),
        "reduction_percentage": Decimal("0"),
        "penalty_percentage": Decimal("100"),
    }
    with app.test_request_context():
        for side, refused in ((world.b, True), (world.a, False)):
            errors = check_contract(
                {**data, "authority_id": side.municipality.id}, None, side.users["procurement"]
            )
            assert ("catalogue_id" in errors) is refused, errors
