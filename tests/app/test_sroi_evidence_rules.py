"""Issue 18 in the portal: evidence that holds, bulk decisions, the wage-sum method and no
double counting across the contracts of one region — each rule with good and bad input and the
Dutch message the user reads."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pytest

from app.models import Contract, EvidenceFile, Organisation, SroiActivity
from app.models.base import utcnow
from tests.factories import ContractFactory, OrganisationFactory

TODAY = date(2026, 11, 16)
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture
def sr(world, db, auth, monkeypatch):
    """World A's supplier, logged in, with the year block needing a contract of employment."""
    from app.employer import common

    monkeypatch.setattr(common, "today", lambda: TODAY)
    blocks = {b.code: b for b in world.a.contract.catalogue.blocks}
    blocks["pw"].evidence_kinds = ["arbeidsovereenkomst"]
    blocks["inkoop"].evidence_kinds = ["factuur"]
    db.session.commit()
    auth.login("employer.a@example.nl")
    return world.a


def _new(client, contract, **data):
    fields = {
        "candidate": "",
        "candidate_description": "Medewerker groen",
        "block": "pw",
        "start_date": "01-03-2026",
        "hours_per_week": "24",
        "submit": "1",
    }
    fields.update(data)
    return client.post(
        f"/werkgever/social-return/{contract.id}/activiteiten/nieuw",
        data=fields,
        content_type="multipart/form-data",
    )


def _activities(db, contract):
    db.session.expire_all()
    return db.session.scalars(
        db.select(SroiActivity)
        .where(SroiActivity.contract_id == contract.id)
        .order_by(SroiActivity.id)
    ).all()


# --------------------------------------------------------------------------- the supplier


def test_submit_without_the_blocks_evidence_is_refused_and_the_form_keeps_its_input(sr, client, db):
    before = len(_activities(db, sr.contract))
    response = _new(client, sr.contract, candidate_description="Hovenier, 54 jaar")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Bij dit bouwblok hoort dit bewijs: Arbeidsovereenkomst." in html
    assert "schrijf op waarom het later volgt" in html
    assert "Hovenier, 54 jaar" in html and 'value="01-03-2026"' in html
    assert len(_activities(db, sr.contract)) == before


def test_a_file_without_its_kind_is_refused(sr, client, db):
    response = _new(client, sr.contract, evidence=[(io.BytesIO(PDF), "contract.pdf")])
    assert "Kies wat het bewijsstuk is" in response.get_data(as_text=True)
    assert db.session.scalar(db.select(db.func.count(EvidenceFile.id))) == 0


def test_submit_with_the_right_kind_of_evidence(sr, client, db):
    response = _new(
        client,
        sr.contract,
        evidence_kind="arbeidsovereenkomst",
        evidence=[(io.BytesIO(PDF), "contract.pdf")],
    )
    assert response.status_code == 302
    activity = _activities(db, sr.contract)[-1]
    assert activity.state == "submitted"
    assert [e.kind for e in activity.evidence] == ["arbeidsovereenkomst"]
    page = client.get(f"/werkgever/social-return/activiteiten/{activity.id}")
    assert "Arbeidsovereenkomst" in page.get_data(as_text=True)


def test_the_wrong_kind_does_not_count_as_the_required_evidence(sr, client, db):
    response = _new(
        client, sr.contract, evidence_kind="factuur", evidence=[(io.BytesIO(PDF), "f.pdf")]
    )
    assert "Bij dit bouwblok hoort dit bewijs: Arbeidsovereenkomst." in response.get_data(
        as_text=True
    )


def test_evidence_that_follows_later_is_submitted_with_the_reason_the_reviewer_reads(
    sr, client, db, auth
):
    response = _new(
        client,
        sr.contract,
        evidence_later_reason="Het contract wordt volgende week getekend.",
    )
    assert response.status_code == 302
    activity = _activities(db, sr.contract)[-1]
    assert activity.state == "submitted"
    auth.logout()
    auth.login("procurement.a@example.nl")
    html = client.get(f"/inkoop/beoordelen/{activity.id}").get_data(as_text=True)
    assert "De leverancier schrijft dat het bewijs later volgt" in html
    assert "Het contract wordt volgende week getekend." in html
    assert "Ontbreekt:" in html and "Arbeidsovereenkomst" in html


def test_procurement_sets_the_evidence_a_block_needs(world, db, client, auth):
    catalogue = world.a.contract.catalogue
    # A version no contract uses is editable; world A's is used, so copy it.
    world.a.contract.activities  # noqa: B018 - loaded
    auth.login("procurement.a@example.nl")
    copy = client.post(
        f"/inkoop/bouwblokken/{catalogue.id}/kopie",
        data={"name": "test-bewijs", "title": "Met bewijs"},
    )
    from app.models import Catalogue

    version = db.session.scalars(db.select(Catalogue).where(Catalogue.name == "test-bewijs")).one()
    assert copy.status_code == 302
    block = next(b for b in version.blocks if b.code == "wep")
    response = client.post(
        f"/inkoop/bouwblokken/{version.id}/blokken/{block.id}",
        data={
            "code": "wep",
            "label": "Werkervaringsplek",
            "unit": "month",
            "value": "750",
            "evidence_kinds": ["stageovereenkomst", "aanwezigheidslijst"],
        },
    )
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(type(block), block.id).evidence_kinds == [
        "stageovereenkomst",
        "aanwezigheidslijst",
    ]
    html = client.get(f"/inkoop/bouwblokken/{version.id}").get_data(as_text=True)
    assert "Stage- of werkervaringsovereenkomst, Aanwezigheidslijst of urenstaat" in html


def test_preset_blocks_need_the_evidence_of_their_unit(app, db):
    from app.services.catalogue_presets import ensure_preset_catalogues

    catalogues = ensure_preset_catalogues()
    db.session.commit()
    oost = catalogues["oost-nederland-v05-2023"].blocks
    for block in oost:
        if "bbl" in block.code:
            assert block.evidence_kinds == ["bbl_leerovereenkomst"]
        elif block.unit == "year":
            assert block.evidence_kinds == ["arbeidsovereenkomst"]
        elif block.unit == "invoice":
            assert block.evidence_kinds == ["factuur"]
    loonsom = catalogues["lansingerland-loonsom"]
    assert {tuple(b.evidence_kinds) for b in loonsom.blocks} == {("loonstrook",)}


# --------------------------------------------------------------------------- the reviewer


@pytest.fixture
def reviewing(world, db, auth):
    block = next(b for b in world.a.contract.catalogue.blocks if b.code == "pw")
    block.evidence_kinds = ["arbeidsovereenkomst"]
    db.session.commit()
    auth.login("procurement.a@example.nl")
    return world.a


def test_accepting_without_evidence_needs_an_override_reason(reviewing, client, db):
    activity = reviewing.activity
    url = f"/inkoop/beoordelen/{activity.id}"
    html = client.post(
        url, data={"decision": "accept", "version": activity.version, "reason": ""}
    ).get_data(as_text=True)
    assert "Dit bewijs ontbreekt: Arbeidsovereenkomst." in html
    db.session.expire_all()
    assert db.session.get(SroiActivity, activity.id).state == "submitted"
    response = client.post(
        url,
        data={
            "decision": "accept",
            "version": activity.version,
            "override_reason": "Gezien bij het werkbezoek op 10-11-2026.",
        },
    )
    assert response.status_code == 302
    db.session.expire_all()
    decided = db.session.get(SroiActivity, activity.id)
    assert decided.state == "accepted"
    assert decided.override_reason == "Gezien bij het werkbezoek op 10-11-2026."
    page = client.get(url).get_data(as_text=True)
    assert "Goedgekeurd zonder verplicht bewijs, omdat" in page


def test_with_the_evidence_no_override_is_needed_or_kept(reviewing, client, db, app):
    from tests.app.test_procurement_review import _evidence

    activity = reviewing.activity
    item = _evidence(app, activity, PDF, "application/pdf", "contract.pdf")
    item.kind = "arbeidsovereenkomst"
    db.session.add(item)
    db.session.commit()
    response = client.post(
        f"/inkoop/beoordelen/{activity.id}",
        data={"decision": "accept", "version": activity.version, "override_reason": "zomaar"},
    )
    assert response.status_code == 302
    db.session.expire_all()
    decided = db.session.get(SroiActivity, activity.id)
    assert decided.state == "accepted" and decided.override_reason == ""


def _more_submitted(db, contract, n=2):
    made = [
        SroiActivity(
            contract=contract,
            block_code="wep",
            start_date=date(2026, 3 + i, 1),
            end_date=date(2026, 8, 31),
            candidate_description=f"Stagiair {i}",
            state="submitted",
            submitted_at=utcnow(),
        )
        for i in range(n)
    ]
    db.session.add_all(made)
    db.session.commit()
    return made


def test_bulk_decision_for_several_activities_of_one_contract(reviewing, client, db):
    extra = _more_submitted(db, reviewing.contract)
    url = f"/inkoop/beoordelen/contract/{reviewing.contract.id}"
    page = client.get(url).get_data(as_text=True)
    assert "Stagiair 0" in page and "Stagiair 1" in page
    data = {
        "decision": "reject",
        "activities": [str(a.id) for a in extra],
        **{f"version-{a.id}": str(a.version) for a in extra},
    }
    html = client.post(url, data={**data, "reason": ""}).get_data(as_text=True)
    assert "Schrijf op waarom u afkeurt" in html
    response = client.post(url, data={**data, "reason": "Geen stageovereenkomst ontvangen."})
    assert response.status_code == 302
    db.session.expire_all()
    states = [db.session.get(SroiActivity, a.id) for a in extra]
    assert {a.state for a in states} == {"rejected"}
    assert {a.rejection_reason for a in states} == {"Geen stageovereenkomst ontvangen."}
    # The year activity without its evidence was not chosen and still waits.
    assert db.session.get(SroiActivity, reviewing.activity.id).state == "submitted"


def test_bulk_accept_is_all_or_nothing(reviewing, client, db):
    extra = _more_submitted(db, reviewing.contract, 1)
    chosen = [reviewing.activity, *extra]
    url = f"/inkoop/beoordelen/contract/{reviewing.contract.id}"
    data = {
        "decision": "accept",
        "activities": [str(a.id) for a in chosen],
        **{f"version-{a.id}": str(a.version) for a in chosen},
    }
    html = client.post(url, data=data).get_data(as_text=True)
    # The year activity lacks its contract of employment: nothing is accepted.
    assert "Dit bewijs ontbreekt: Arbeidsovereenkomst." in html
    db.session.expire_all()
    assert {db.session.get(SroiActivity, a.id).state for a in chosen} == {"submitted"}
    # A stale version (someone changed one meanwhile) also saves nothing.
    stale = {**data, "override_reason": "Gecontroleerd bij de loonadministratie."}
    stale[f"version-{extra[0].id}"] = "999"
    client.post(url, data=stale)
    db.session.expire_all()
    assert {db.session.get(SroiActivity, a.id).state for a in chosen} == {"submitted"}
    response = client.post(url, data={**data, "override_reason": "Gecontroleerd."})
    assert response.status_code == 302
    db.session.expire_all()
    assert {db.session.get(SroiActivity, a.id).state for a in chosen} == {"accepted"}
    assert db.session.get(SroiActivity, reviewing.activity.id).override_reason == "Gecontroleerd."
    assert db.session.get(SroiActivity, extra[0].id).override_reason == ""


def test_bulk_page_of_another_authority_is_a_404(world, client, auth):
    auth.login("procurement.a@example.nl")
    assert client.get(f"/inkoop/beoordelen/contract/{world.b.contract.id}").status_code == 404


def test_bulk_decision_ignores_activities_of_another_contract_in_the_posted_list(
    world, reviewing, client, db
):
    """An id of another authority's (or another contract's) activity added to the posted list
    is not decided: only the submitted activities of the contract on the page are chosen."""
    extra = _more_submitted(db, reviewing.contract, 1)
    second = ContractFactory(
        authority=reviewing.municipality,
        supplier=reviewing.employer,
        catalogue=reviewing.contract.catalogue,
    )
    db.session.commit()
    elsewhere = _more_submitted(db, second, 1)
    foreign = [world.b.activity, *elsewhere]
    assert {a.state for a in foreign} == {"submitted"}
    chosen = [*extra, *foreign]
    response = client.post(
        f"/inkoop/beoordelen/contract/{reviewing.contract.id}",
        data={
            "decision": "reject",
            "reason": "Geen stageovereenkomst ontvangen.",
            "activities": [str(a.id) for a in chosen],
            **{f"version-{a.id}": str(a.version) for a in chosen},
        },
    )
    assert response.status_code in (200, 302)
    db.session.expire_all()
    assert {db.session.get(SroiActivity, a.id).state for a in foreign} == {"submitted"}


# --------------------------------------------------------------------------- wage sum


def test_the_wage_sum_method_in_the_portal(world, db, client, auth, monkeypatch):
    from app.employer import common
    from app.services.catalogue_presets import ensure_preset_catalogues

    monkeypatch.setattr(common, "today", lambda: TODAY)
    loonsom = ensure_preset_catalogues()["lansingerland-loonsom"]
    contract = Contract(
        authority=world.a.municipality,
        supplier=world.a.employer,
        reference="LS-2026-001",
        title="Schoonmaak gemeentehuis",
        value=Decimal("400000"),
        sroi_percentage=Decimal("5"),
        catalogue=loonsom,
        start_date=date(2026, 1, 1),
        end_date=date(2026, 12, 31),
    )
    db.session.add(contract)
    db.session.commit()
    auth.login("employer.a@example.nl")
    form = client.get(f"/werkgever/social-return/{contract.id}/activiteiten/nieuw")
    html = form.get_data(as_text=True)
    assert "(betaalde loonsom)" in html and "Loonstrook of loonjournaal" in html
    base = {"block": "loonsom_bijstand", "start_date": "01-03-2026", "end_date": "31-05-2026"}
    missing = _new(client, contract, **base, hours_per_week="")
    assert "Vul de betaalde loonsom in" in missing.get_data(as_text=True)
    no_payroll = _new(client, contract, **base, hours_per_week="", amount="12.000,00")
    assert "Loonstrook of loonjournaal" in no_payroll.get_data(as_text=True)
    done = _new(
        client,
        contract,
        **base,
        hours_per_week="",
        amount="12.000,00",
        evidence_kind="loonstrook",
        evidence=[(io.BytesIO(PDF), "loonjournaal maart-mei.pdf")],
    )
    assert done.status_code == 302
    activity = _activities(db, contract)[-1]
    assert activity.state == "submitted" and activity.amount == Decimal("12000.00")
    page = client.get(f"/werkgever/social-return/activiteiten/{activity.id}").get_data(as_text=True)
    assert "Betaalde loonsom" in page and "€ 12.000,00" in page


# --------------------------------------------------------------------------- double counting


@pytest.fixture
def region(world, db, sr):
    """World A's municipality and a neighbour C in one region; the supplier works for both."""
    werkbedrijf = OrganisationFactory(name="Werkbedrijf Regio", kind="region")
    neighbour = OrganisationFactory(name="Gemeente C")
    db.session.flush()
    world.a.municipality.region_id = werkbedrijf.id
    neighbour.region_id = werkbedrijf.id
    other = Contract(
        authority=neighbour,
        supplier=world.a.employer,
        reference="C-BUUR-01",
        title="Bestrating",
        value=Decimal("800000"),
        sroi_percentage=Decimal("5"),
        catalogue=world.a.contract.catalogue,
        start_date=date(2026, 1, 1),
        end_date=date(2027, 12, 31),
    )
    counted = SroiActivity(
        contract=other,
        block_code="pw",
        client=world.a.client,
        start_date=date(2026, 3, 1),
        hours_per_week=Decimal("24"),
        state="accepted",
    )
    db.session.add_all([other, counted])
    db.session.commit()
    return world.a, other, counted


def _with_candidate(client, sr, hours):
    return _new(
        client,
        sr.contract,
        candidate=f"plaatsing-{sr.placement.id}",
        candidate_description="",
        start_date="01-06-2026",
        hours_per_week=hours,
        evidence_later_reason="Volgt.",
    )


def test_hours_counted_for_another_contract_in_the_region_are_refused(region, client, db):
    sr, other, _counted = region
    before = len(_activities(db, sr.contract))
    html = _with_candidate(client, sr, "20").get_data(as_text=True)
    assert "Deze uren tellen al mee voor contract C-BUUR-01 van Gemeente C" in html
    assert "44 uur per week, meer dan een volle werkweek van 36 uur" in html
    assert "hoogstens 12 uur per week" in html
    assert len(_activities(db, sr.contract)) == before
    # The split: the hours that are left count.
    assert _with_candidate(client, sr, "12").status_code == 302
    assert _activities(db, sr.contract)[-1].state == "submitted"


def test_another_region_does_not_count(region, client, db):
    sr, other, _counted = region
    elsewhere = OrganisationFactory(name="Gemeente Ver Weg")
    db.session.flush()
    other.authority = elsewhere
    db.session.commit()
    assert _with_candidate(client, sr, "20").status_code == 302


def test_the_reviewer_sees_which_contract_already_counts_the_hours(region, client, db, auth):
    sr, other, counted = region
    doubled = SroiActivity(
        contract=sr.contract,
        block_code="pw",
        client=sr.client,
        start_date=date(2026, 6, 1),
        hours_per_week=Decimal("20"),
        state="submitted",
    )
    db.session.add(doubled)
    db.session.commit()
    auth.logout()
    auth.login("procurement.a@example.nl")
    url = f"/inkoop/beoordelen/{doubled.id}"
    html = client.get(url).get_data(as_text=True)
    assert "Dubbel geteld:" in html and "C-BUUR-01" in html
    refused = client.post(
        url,
        data={"decision": "accept", "version": doubled.version, "override_reason": "x"},
    ).get_data(as_text=True)
    assert "Deze uren tellen al mee voor contract C-BUUR-01" in refused
    db.session.expire_all()
    assert db.session.get(SroiActivity, doubled.id).state == "submitted"
    assert db.session.get(Organisation, other.authority_id).name == "Gemeente C"


# --------------------------------------------------------------------------- periods


def test_a_period_that_ends_before_it_starts_is_refused(sr, client, db):
    before = len(_activities(db, sr.contract))
    html = _new(client, sr.contract, start_date="07-12-2026", end_date="02-12-2026").get_data(
        as_text=True
    )
    assert "De einddatum ligt vóór de startdatum." in html
    assert len(_activities(db, sr.contract)) == before


# --------------------------------------------------------------------------- words for people


def test_used_by_lists_every_contract_also_of_other_authorities(world, db, client, auth):
    catalogue = world.a.contract.catalogue
    world.b.contract.catalogue = catalogue  # B awarded under A's version too
    db.session.commit()
    auth.login("procurement.a@example.nl")
    html = client.get(f"/inkoop/bouwblokken/{catalogue.id}").get_data(as_text=True)
    assert "2 contracten" in html
    assert f'/inkoop/contracten/{world.a.contract.id}">{world.a.contract.reference}</a>' in html
    assert f"{world.b.contract.reference} {world.b.contract.title}" in html
    assert "(Gemeente B)" in html
    assert f"/inkoop/contracten/{world.b.contract.id}" not in html  # no link to B's page


def test_no_developer_words_on_the_procurement_pages(world, db, client, auth):
    from app.services.catalogue_presets import ensure_preset_catalogues

    ensure_preset_catalogues()
    db.session.commit()
    auth.login("procurement.a@example.nl")
    pages = [
        "/inkoop/bouwblokken",
        "/inkoop/weekoverzicht",
        "/inkoop/rapportages",
        "/inkoop/contracten/importeren",
    ]
    from app.models import Catalogue

    catalogue_ids = [world.a.contract.catalogue_id] + list(
        db.session.scalars(db.select(Catalogue.id).where(Catalogue.is_preset.is_(True)))
    )
    pages += [f"/inkoop/bouwblokken/{i}" for i in catalogue_ids]
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.get_data(as_text=True)
        for word in ("TOML", "flask ", "oost-nederland-v05", "utrecht-2023", "/ontwikkel"):
            assert word not in html, (url, word)


def test_a_future_activity_says_when_it_starts_not_an_empty_window(world, db, client, auth):
    activity = world.a.activity
    activity.start_date = date(2099, 12, 7)
    db.session.commit()
    auth.login("procurement.a@example.nl")
    html = client.get(f"/inkoop/beoordelen/{activity.id}").get_data(as_text=True)
    assert "Telt nog niet: de activiteit begint op 07-12-2099." in html
    assert "(0 dagen)" not in html
