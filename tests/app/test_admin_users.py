"""The beheerder invites users of any role, changes a role (sessions end), switches accounts
off and on, and sets the company-beheerder right; bad input gets a Dutch message."""

from __future__ import annotations

import pytest

from app.models import AuditEntry, Invitation, OutboxMail, User
from tests.conftest import AuthActions


@pytest.fixture
def admin(world, client, auth):
    auth.login("admin.a@example.nl")
    return world.a.users["admin"]


def _user(db, email) -> User:
    db.session.expire_all()
    return db.session.scalars(db.select(User).where(User.email == email)).one()


def test_invite_a_jobhunter_for_a_municipality(admin, world, db, client):
    org = world.b.municipality
    response = client.post(
        "/beheer/gebruikers/uitnodigen",
        data={
            "email": "nieuwe.jobhunter@example.nl",
            "name": "Nieuwe Jobhunter",
            "organisation_id": str(org.id),
            "role": "jobhunter",
        },
    )
    assert response.status_code == 302
    invitation = db.session.scalars(db.select(Invitation)).one()
    assert (invitation.role, invitation.organisation_id) == ("jobhunter", org.id)
    to = [m.to for m in db.session.scalars(db.select(OutboxMail))]
    assert "nieuwe.jobhunter@example.nl" in to
    assert "jobhunter.b@example.nl" in to  # the organisation's users are told
    assert db.session.scalars(
        db.select(AuditEntry).where(AuditEntry.detail.contains("uitnodiging als jobhunter"))
    ).first()


@pytest.mark.parametrize(
    ("data", "field_message"),
    [
        ({"email": "geen-adres", "name": "X", "role": "jobhunter"}, "Vul een geldig e-mailadres"),
        ({"email": "a@example.nl", "name": "", "role": "jobhunter"}, "Vul de naam in."),
        ({"email": "a@example.nl", "name": "X", "role": ""}, "Kies een rol."),
        ({"email": "a@example.nl", "name": "X", "role": "employer"}, "hoort bij een werkgever"),
        ({"email": "jobhunter.b@example.nl", "name": "X", "role": "jobhunter"}, "Er bestaat al"),
    ],
)
def test_invite_refuses_bad_input_next_to_the_field(admin, world, db, client, data, field_message):
    data = {"organisation_id": str(world.a.municipality.id), **data}
    response = client.post("/beheer/gebruikers/uitnodigen", data=data)
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert field_message in html
    assert 'class="error"' in html
    assert f'value="{data["email"]}"' in html  # nothing typed is lost
    assert db.session.scalars(db.select(Invitation)).first() is None


def test_employer_role_only_for_an_employer(admin, world, db, client):
    response = client.post(
        "/beheer/gebruikers/uitnodigen",
        data={
            "email": "medewerker@bedrijf.example.nl",
            "name": "Medewerker",
            "organisation_id": str(world.a.employer.organisation_id),
            "role": "procurement",
        },
    )
    assert "Bij een werkgever horen alleen werkgeversaccounts." in response.get_data(as_text=True)


def test_role_change_ends_the_users_sessions(admin, world, db, app, client):
    other = app.test_client()
    AuthActions(other).login("procurement.a@example.nl")
    assert other.get("/inkoop/").status_code == 200
    target = world.a.users["procurement"]

    page = client.get(f"/beheer/gebruikers/{target.id}")
    assert page.status_code == 200 and "procurement.a@example.nl" in page.get_data(as_text=True)
    response = client.post(f"/beheer/gebruikers/{target.id}", data={"role": "jobhunter"})
    assert response.status_code == 302
    assert _user(db, "procurement.a@example.nl").role == "jobhunter"
    assert other.get("/inkoop/").status_code == 302  # logged out
    assert db.session.scalars(
        db.select(AuditEntry).where(AuditEntry.detail == "rol: procurement -> jobhunter")
    ).first()


def test_own_role_and_wrong_role_are_refused(admin, world, db, client):
    me = world.a.users["admin"]
    own = client.post(f"/beheer/gebruikers/{me.id}", data={"role": "jobhunter"})
    assert "Uw eigen rol wijzigt een andere beheerder." in own.get_data(as_text=True)
    employer_user = world.a.users["employer"]
    wrong = client.post(f"/beheer/gebruikers/{employer_user.id}", data={"role": "admin"})
    assert wrong.status_code == 200
    assert _user(db, "employer.a@example.nl").role == "employer"


def test_deactivate_logs_out_and_blocks_login_then_reactivate(admin, world, db, app, client):
    target = world.a.users["employer"]
    employer_client = app.test_client()
    AuthActions(employer_client).login("employer.a@example.nl")
    assert employer_client.get("/werkgever/").status_code == 200

    client.post(f"/beheer/gebruikers/{target.id}/actief", data={"active": "0"})
    assert _user(db, "employer.a@example.nl").active is False
    assert employer_client.get("/werkgever/").status_code == 302
    again = AuthActions(app.test_client()).login("employer.a@example.nl")
    assert again.status_code == 200  # the login form again: no access

    client.post(f"/beheer/gebruikers/{target.id}/actief", data={"active": "1"})
    assert _user(db, "employer.a@example.nl").active is True
    assert AuthActions(app.test_client()).login("employer.a@example.nl").status_code == 302


def test_the_beheerder_cannot_switch_off_their_own_account(admin, world, db, client):
    me = world.a.users["admin"]
    client.post(f"/beheer/gebruikers/{me.id}/actief", data={"active": "0"})
    assert _user(db, "admin.a@example.nl").active is True
    assert "U kunt uw eigen account niet uitzetten." in client.get(
        f"/beheer/gebruikers/{me.id}"
    ).get_data(as_text=True)


def test_company_admin_right_for_employer_users(admin, world, db, client):
    target = world.a.users["employer"]
    client.post(f"/beheer/gebruikers/{target.id}", data={"role": "employer", "company_admin": "y"})
    assert _user(db, "employer.a@example.nl").company_admin is True
    client.post(f"/beheer/gebruikers/{target.id}", data={"role": "employer"})
    assert _user(db, "employer.a@example.nl").company_admin is False


def test_user_list_search(admin, world, client):
    html = client.get("/beheer/gebruikers?zoek=gemeente b").get_data(as_text=True)
    assert "jobhunter.b@example.nl" in html and "jobhunter.a@example.nl" not in html
