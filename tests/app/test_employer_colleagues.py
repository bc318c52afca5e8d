"""An employer's "beheerder van dit bedrijf" adds and removes colleagues; other employer users
see who their colleagues are but may not change that; another employer's user is a 404."""

from __future__ import annotations

import pytest

from app.models import Invitation, OutboxMail, User
from app.services import invitations
from tests.conftest import AuthActions
from tests.factories import UserFactory


@pytest.fixture
def company(world, db):
    """Employer A with its beheerder (employer.a) and a colleague."""
    boss = world.a.users["employer"]
    boss.company_admin = True
    colleague = UserFactory(
        email="collega.a@example.nl",
        name="Collega A",
        role="employer",
        organisation=world.a.employer.organisation,
    )
    db.session.commit()
    return world.a, boss, colleague


def _user(db, email):
    db.session.expire_all()
    return db.session.scalars(db.select(User).where(User.email == email)).one()


def test_beheerder_invites_a_colleague(company, db, client, auth):
    a, boss, colleague = company
    auth.login("employer.a@example.nl")
    page = client.get("/werkgever/collegas").get_data(as_text=True)
    assert "Collega A" in page and "Collega uitnodigen" in page
    response = client.post(
        "/werkgever/collegas", data={"name": "Nieuwe Collega", "email": "nieuw@bedrijf-a.nl"}
    )
    assert response.status_code == 302
    invitation = db.session.scalars(db.select(Invitation)).one()
    assert (invitation.role, invitation.organisation_id) == ("employer", a.employer.organisation_id)
    to = {m.to for m in db.session.scalars(db.select(OutboxMail))}
    assert {"nieuw@bedrijf-a.nl", "collega.a@example.nl"} <= to


def test_invite_bad_input_and_existing_account(company, db, client, auth):
    auth.login("employer.a@example.nl")
    bad = client.post("/werkgever/collegas", data={"name": "", "email": "geen-adres"})
    html = bad.get_data(as_text=True)
    assert "Vul de naam in." in html and "Vul een geldig e-mailadres in" in html
    taken = client.post(
        "/werkgever/collegas", data={"name": "Iemand", "email": "employer.b@example.nl"}
    )
    assert "Er bestaat al een account met dit e-mailadres" in taken.get_data(as_text=True)
    assert db.session.scalars(db.select(Invitation)).first() is None


def test_beheerder_removes_a_colleague_who_is_logged_out(company, db, app, client, auth):
    a, boss, colleague = company
    theirs = app.test_client()
    AuthActions(theirs).login("collega.a@example.nl")
    assert theirs.get("/werkgever/").status_code == 200
    auth.login("employer.a@example.nl")
    response = client.post(f"/werkgever/collegas/{colleague.id}/verwijderen")
    assert response.status_code == 302
    assert _user(db, "collega.a@example.nl").active is False
    assert theirs.get("/werkgever/").status_code == 302
    assert "verwijderd" in client.get("/werkgever/collegas").get_data(as_text=True)


def test_beheerder_cannot_remove_themselves(company, db, client, auth):
    a, boss, colleague = company
    auth.login("employer.a@example.nl")
    client.post(f"/werkgever/collegas/{boss.id}/verwijderen")
    assert _user(db, "employer.a@example.nl").active is True


def test_a_colleague_who_is_not_beheerder_is_refused(company, db, client, auth):
    a, boss, colleague = company
    auth.login("collega.a@example.nl")
    page = client.get("/werkgever/collegas").get_data(as_text=True)
    assert "employer.a@example.nl" in page and "Collega uitnodigen" not in page
    assert (
        client.post(
            "/werkgever/collegas", data={"name": "X", "email": "x@bedrijf-a.nl"}
        ).status_code
        == 403
    )
    assert client.post(f"/werkgever/collegas/{boss.id}/verwijderen").status_code == 403
    assert _user(db, "employer.a@example.nl").active is True
    assert db.session.scalars(db.select(Invitation)).first() is None


def test_another_employers_user_is_a_404(company, world, db, client, auth):
    auth.login("employer.a@example.nl")
    other = world.b.users["employer"]
    assert client.post(f"/werkgever/collegas/{other.id}/verwijderen").status_code == 404
    assert _user(db, "employer.b@example.nl").active is True
    assert "employer.b@example.nl" not in client.get("/werkgever/collegas").get_data(as_text=True)


def test_first_user_of_an_employer_becomes_its_beheerder(world, db):
    org = world.b.employer.organisation
    for user in db.session.scalars(db.select(User).where(User.organisation_id == org.id)):
        db.session.delete(user)
    db.session.commit()
    token = invitations.invite("eerste@bedrijf-b.nl", "Eerste", org, None)
    first = invitations.accept(token, "een lang genoeg wachtwoord")
    token = invitations.invite("tweede@bedrijf-b.nl", "Tweede", org, None)
    second = invitations.accept(token, "een lang genoeg wachtwoord")
    db.session.commit()
    assert (first.company_admin, second.company_admin) == (True, False)
