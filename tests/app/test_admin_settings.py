"""Organisations (create, name, region membership, KvK) and their settings and dashboard texts:
good and bad input, every change audited, and the procurement dashboard shows the buyer's own
organisation's policy text, never another region's."""

from __future__ import annotations

import pytest

from app.models import AuditEntry, Employer, Organisation
from app.services import organisations


@pytest.fixture
def admin(world, client, auth):
    auth.login("admin.a@example.nl")
    return world.a.users["admin"]


def _audit(db, text):
    return db.session.scalars(db.select(AuditEntry).where(AuditEntry.detail.contains(text))).first()


def _settings_data(org, **changes):
    """The settings form as the page fills it in (every declared setting), plus `changes`."""
    data = {}
    for setting in organisations.settings_for(org):
        value = getattr(org, setting.column)
        if setting.kind == "switch":
            if value:
                data[f"s-{setting.column}"] = "y"
        else:
            data[f"s-{setting.column}"] = "" if value is None else str(value)
    data["s-sroi_threshold"] = ""
    for name in ("policy_text", "contact_name", "contact_email", "contact_phone"):
        data[f"t-{name}"] = getattr(org, name) or ""
    data.update(changes)
    return data


def test_every_organisation_column_is_a_setting_or_has_its_own_field():
    """A new organisation column shows up on the settings page, or is named as not a setting."""
    columns = set(Organisation.__table__.columns.keys())
    declared = {s.column for s in organisations.SETTINGS}
    assert columns - declared - organisations.NOT_SETTINGS == set()


def test_settings_are_saved_audited_and_used(admin, world, db, client):
    org = world.a.municipality
    page = client.get(f"/beheer/organisaties/{org.id}/instellingen")
    assert page.status_code == 200
    assert "Eerste nazorgcontact, dagen na de start" in page.get_data(as_text=True)
    response = client.post(
        f"/beheer/organisaties/{org.id}/instellingen",
        data=_settings_data(
            org,
            **{
                "s-follow_up_first_days": "10",
                "s-new_employer_target": "12",
                "s-sroi_threshold": "75.000",
                "s-retention_months": "36",
            },
        ),
    )
    assert response.status_code == 302
    db.session.refresh(org)
    assert (org.follow_up_first_days, org.new_employer_target, org.retention_months) == (10, 12, 36)
    assert str(org.sroi_threshold) == "75000.00"
    entry = _audit(db, "instellingen:")
    assert "follow_up_first_days: 14 -> 10" in entry.detail
    assert "sroi_threshold: leeg -> 75000" in entry.detail


def test_placement_rule_settings_are_set_here_and_shown_in_the_list(admin, world, db, client):
    """The four-eyes amount and the longest unpaid places (issue 17) are settings; the
    organisations list shows them for each municipality."""
    org = world.a.municipality
    response = client.post(
        f"/beheer/organisaties/{org.id}/instellingen",
        data=_settings_data(
            org, **{"s-four_eyes_threshold": "1.500", "s-work_experience_max_months": "9"}
        ),
    )
    assert response.status_code == 302
    db.session.refresh(org)
    assert (str(org.four_eyes_threshold), org.work_experience_max_months) == ("1500.00", 9)
    row = (
        client.get("/beheer/organisaties")
        .get_data(as_text=True)
        .split(f">{org.name}</a>")[1]
        .split("</tr>")[0]
    )
    assert "€ 1.500,00" in row and "werkervaringsplek 9 mnd" in row


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"s-follow_up_first_days": "veertien"}, "Vul een heel getal in, zonder komma."),
        ({"s-follow_up_first_days": "0"}, "Kies een waarde van 1 tot en met 365."),
        ({"s-follow_up_second_days": "7"}, "Het tweede contact komt na het eerste"),
        ({"s-retention_months": ""}, "Vul een waarde in."),
        ({"s-lead_min_score": "101"}, "Kies een waarde van 0 tot en met 100."),
        ({"s-sroi_threshold": "veel"}, "Vul een getal in"),
        ({"t-contact_email": "geen adres"}, "Vul een geldig e-mailadres in"),
        ({"t-contact_phone": "bel maar"}, "Vul een telefoonnummer in"),
    ],
)
def test_bad_settings_get_a_dutch_message_and_nothing_changes(
    admin, world, db, client, changes, message
):
    org = world.a.municipality
    response = client.post(
        f"/beheer/organisaties/{org.id}/instellingen", data=_settings_data(org, **changes)
    )
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert message in html
    for value in changes.values():  # what was typed comes back
        if value:
            assert value in html
    db.session.refresh(org)
    assert (org.follow_up_first_days, org.follow_up_second_days) == (14, 42)


def test_policy_text_shows_on_the_buyers_own_dashboard_only(admin, world, db, client, auth):
    a = world.a.municipality
    client.post(
        f"/beheer/organisaties/{a.id}/instellingen",
        data=_settings_data(
            a,
            **{
                "t-policy_text": "Social return hoort bij elke opdracht van gemeente A.",
                "t-contact_name": "Inkoopdesk A",
                "t-contact_email": "inkoop@a.example.nl",
            },
        ),
    )
    assert _audit(db, "teksten gewijzigd: policy_text, contact_name, contact_email")
    auth.logout()
    auth.login("procurement.a@example.nl")
    own = client.get("/inkoop/").get_data(as_text=True)
    assert "Social return hoort bij elke opdracht van gemeente A." in own
    assert "WerkSaam" not in own
    auth.logout()
    auth.login("procurement.b@example.nl")
    other = client.get("/inkoop/").get_data(as_text=True)
    assert "gemeente A" not in other and "WerkSaam" not in other


def test_employer_dashboard_shows_its_municipalitys_contact(admin, world, db, client, auth):
    org = world.a.municipality
    org.contact_name, org.contact_email = "Werkgeversservicepunt A", "wsp@a.example.nl"
    db.session.commit()
    auth.logout()
    auth.login("employer.a@example.nl")
    html = client.get("/werkgever/").get_data(as_text=True)
    assert "Uw contact bij de gemeente" in html and "wsp@a.example.nl" in html


def test_create_a_region_and_put_a_municipality_in_it(admin, world, db, client):
    response = client.post(
        "/beheer/organisaties/nieuw", data={"kind": "region", "name": "Werkbedrijf Fryslân"}
    )
    assert response.status_code == 302
    region = db.session.scalars(
        db.select(Organisation).where(Organisation.name == "Werkbedrijf Fryslân")
    ).one()
    org = world.a.municipality
    client.post(
        f"/beheer/organisaties/{org.id}",
        data={"name": org.name, "region_id": str(region.id)},
    )
    db.session.refresh(org)
    assert org.region_id == region.id
    assert _audit(db, f"regio: geen -> {region.id}")


def test_create_an_employer_with_kvk_and_refuse_a_taken_kvk(admin, world, db, client):
    bad = client.post(
        "/beheer/organisaties/nieuw",
        data={"kind": "employer", "name": "Dubbel BV", "kvk": world.a.employer.kvk},
    )
    assert bad.status_code == 200
    assert "Dit KvK-nummer hoort al bij Werkgever A BV." in bad.get_data(as_text=True)
    short = client.post(
        "/beheer/organisaties/nieuw", data={"kind": "employer", "name": "Kort BV", "kvk": "123"}
    )
    assert "Een KvK-nummer bestaat uit precies 8 cijfers." in short.get_data(as_text=True)
    good = client.post(
        "/beheer/organisaties/nieuw",
        data={
            "kind": "employer",
            "name": "Nieuw Bedrijf BV",
            "kvk": "9012 3456",
            "keeper_id": str(world.a.municipality.id),
        },
    )
    assert good.status_code == 302
    employer = db.session.scalars(db.select(Employer).where(Employer.kvk == "90123456")).one()
    assert employer.approved and employer.municipality_id == world.a.municipality.id


def test_edit_employer_name_and_kvk(admin, world, db, client):
    org = world.a.employer.organisation
    response = client.post(
        f"/beheer/organisaties/{org.id}",
        data={
            "name": "Andere Naam BV",
            "kvk": "11223344",
            "keeper_id": str(world.b.municipality.id),
        },
    )
    assert response.status_code == 302
    db.session.refresh(world.a.employer)
    assert world.a.employer.name == "Andere Naam BV" and world.a.employer.kvk == "11223344"
    assert world.a.employer.municipality_id == world.b.municipality.id
    empty = client.post(f"/beheer/organisaties/{org.id}", data={"name": ""})
    assert "Vul de naam in." in empty.get_data(as_text=True)


def test_the_reranker_cannot_be_switched_on_here_without_a_better_trained_model(
    admin, world, db, client
):
    """The settings page refuses the re-ranker switch like the re-ranker page does (nothing
    trained yet), with the message next to the switch and nothing saved."""
    org = world.a.municipality
    response = client.post(
        f"/beheer/organisaties/{org.id}/instellingen",
        data=_settings_data(org, **{"s-reranker_enabled": "y"}),
    )
    assert response.status_code == 200
    assert "kan niet aan" in response.get_data(as_text=True)
    db.session.refresh(org)
    assert org.reranker_enabled is False
