"""Organisation scoping: a user of one organisation gets 404 for another organisation's object."""

import pytest

OWN_AND_OTHER = [
    # (role, url template, attribute of the world side that supplies the id)
    ("employer", "/werkgever/vacatures/{}", "vacancy"),
    ("employer", "/werkgever/social-return/{}", "contract"),
    ("jobhunter", "/jobhunter/werkzoekenden/{}", "client"),
    ("procurement", "/inkoop/contracten/{}", "contract"),
]


@pytest.mark.parametrize("role, template, attribute", OWN_AND_OTHER)
def test_own_object_is_shown_other_organisations_object_is_404(
    world, client, auth, role, template, attribute
):
    auth.login(f"{role}.a@example.nl")
    own = getattr(world.a, attribute).id
    other = getattr(world.b, attribute).id
    assert client.get(template.format(own)).status_code == 200
    assert client.get(template.format(other)).status_code == 404


@pytest.mark.parametrize("role, template, attribute", OWN_AND_OTHER)
def test_missing_object_is_404(world, client, auth, role, template, attribute):
    auth.login(f"{role}.a@example.nl")
    assert client.get(template.format(999_999)).status_code == 404


def test_employer_vacancy_page_shows_own_vacancy(world, client, auth):
    auth.login("employer.a@example.nl")
    html = client.get(f"/werkgever/vacatures/{world.a.vacancy.id}").get_data(as_text=True)
    assert "Magazijnmedewerker (m/v)" in html
    assert "Werkgever A BV" in html


def test_client_page_read_is_audited(world, client, auth, db):
    from app.models import AuditEntry

    auth.login("jobhunter.a@example.nl")
    client.get(f"/jobhunter/werkzoekenden/{world.a.client.id}")
    entry = db.session.scalars(
        db.select(AuditEntry).where(AuditEntry.action == "read", AuditEntry.object_type == "Client")
    ).one()
    assert entry.object_id == str(world.a.client.id)
    assert entry.user_email == "jobhunter.a@example.nl"
    assert entry.ip == "127.0.0.1"


def test_refused_client_read_is_not_audited_as_a_read(world, client, auth, db):
    from app.models import AuditEntry

    auth.login("jobhunter.a@example.nl")
    client.get(f"/jobhunter/werkzoekenden/{world.b.client.id}")
    assert db.session.scalars(db.select(AuditEntry).where(AuditEntry.action == "read")).all() == []


def test_client_list_shows_only_own_municipality(world, client, auth):
    auth.login("jobhunter.a@example.nl")
    html = client.get("/jobhunter/werkzoekenden").get_data(as_text=True)
    assert world.a.client.last_name in html
    assert world.b.client.last_name not in html


def test_region_jobhunter_sees_member_municipalities(db, client, auth):
    from tests.factories import ClientFactory, OrganisationFactory, UserFactory

    region = OrganisationFactory(kind="region", name="Werkbedrijf Regio")
    member = OrganisationFactory(name="Gemeente Lid", region=region)
    outsider = OrganisationFactory(name="Gemeente Buiten")
    UserFactory(email="regio@example.nl", role="jobhunter", organisation=region)
    inside = ClientFactory(municipality=member)
    outside = ClientFactory(municipality=outsider)
    db.session.commit()
    auth.login("regio@example.nl")
    assert client.get(f"/jobhunter/werkzoekenden/{inside.id}").status_code == 200
    assert client.get(f"/jobhunter/werkzoekenden/{outside.id}").status_code == 404


def test_procurement_contract_list_is_scoped(world, client, auth):
    auth.login("procurement.a@example.nl")
    html = client.get("/inkoop/contracten").get_data(as_text=True)
    assert world.a.contract.reference in html
    assert world.b.contract.reference not in html


def test_employer_contract_list_is_scoped(world, client, auth):
    auth.login("employer.a@example.nl")
    html = client.get("/werkgever/social-return").get_data(as_text=True)
    assert world.a.contract.reference in html
    assert world.b.contract.reference not in html


def test_can_see_rules_for_related_objects(world, app):
    from app.security import can_see

    a, b = world.a, world.b
    with app.test_request_context():
        assert can_see(a.proposal, a.users["employer"])
        assert not can_see(b.proposal, a.users["employer"])
        assert can_see(a.placement, a.users["jobhunter"])
        assert not can_see(b.placement, a.users["jobhunter"])
        assert can_see(a.activity, a.users["procurement"])
        assert not can_see(b.activity, a.users["procurement"])
        assert not can_see(a.activity, a.users["jobhunter"])
        # Employers never see client records themselves, only pseudonymous proposals.
        assert not can_see(a.client, a.users["employer"])
        assert not can_see(a.client, a.users["procurement"])
        assert can_see(b.client, a.users["admin"])
