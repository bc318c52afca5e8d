"""When a personal API token stops working because of what happened to its account: a switched-off
account's tokens end for good (switching it on again does not bring them back), and so do the
tokens of a user whose role changed; a locked account's tokens pause while it is locked."""

from __future__ import annotations

from datetime import timedelta

from app.models import ApiToken, User
from app.models.base import utcnow
from tests.api_helpers import bearer, token_for
from tests.conftest import AuthActions

VACANCIES = "/api/v1/employer/vacancies"


def _user(db, email) -> User:
    db.session.expire_all()
    return db.session.execute(db.select(User).where(User.email == email)).scalar_one()


def _admin_client(app):
    admin = app.test_client()
    AuthActions(admin).login("admin.a@example.nl")
    return admin


def test_a_switched_off_accounts_token_does_not_come_back_with_the_account(app, world, db, client):
    text = token_for("employer.a@example.nl")
    assert client.get(VACANCIES, headers=bearer(text)).status_code == 200
    target = world.a.users["employer"]
    admin = _admin_client(app)

    admin.post(f"/beheer/gebruikers/{target.id}/actief", data={"active": "0"})
    assert _user(db, "employer.a@example.nl").active is False
    assert client.get(VACANCIES, headers=bearer(text)).status_code == 401

    admin.post(f"/beheer/gebruikers/{target.id}/actief", data={"active": "1"})
    assert _user(db, "employer.a@example.nl").active is True
    assert client.get(VACANCIES, headers=bearer(text)).status_code == 401
    token = db.session.execute(db.select(ApiToken)).scalar_one()
    assert token.revoked_at is not None  # the account page shows it as ingetrokken


def test_a_colleague_removed_by_the_company_beheerder_loses_their_tokens(app, world, db, client):
    colleague = User(
        email="collega.a@example.nl",
        name="Collega A",
        password_hash=world.a.users["employer"].password_hash,
        role="employer",
        organisation=world.a.users["employer"].organisation,
    )
    db.session.add(colleague)
    world.a.users["employer"].company_admin = True
    db.session.commit()
    text = token_for("collega.a@example.nl")
    assert client.get(VACANCIES, headers=bearer(text)).status_code == 200

    beheerder = app.test_client()
    AuthActions(beheerder).login("employer.a@example.nl")
    beheerder.post(f"/werkgever/collegas/{colleague.id}/verwijderen")
    assert _user(db, "collega.a@example.nl").active is False
    colleague = _user(db, "collega.a@example.nl")
    colleague.active = True  # even if someone switches the account on again
    db.session.commit()
    assert client.get(VACANCIES, headers=bearer(text)).status_code == 401


def test_a_role_change_ends_the_users_tokens(app, world, db, client):
    text = token_for("jobhunter.a@example.nl")
    assert client.get("/api/v1/jobhunter/placements", headers=bearer(text)).status_code == 200
    target = world.a.users["jobhunter"]
    admin = _admin_client(app)
    admin.post(f"/beheer/gebruikers/{target.id}", data={"role": "procurement"})
    assert _user(db, "jobhunter.a@example.nl").role == "procurement"
    admin.post(f"/beheer/gebruikers/{target.id}", data={"role": "jobhunter"})
    assert _user(db, "jobhunter.a@example.nl").role == "jobhunter"
    assert client.get("/api/v1/jobhunter/placements", headers=bearer(text)).status_code == 401


def test_a_locked_accounts_token_pauses_until_the_lock_ends(world, db, client):
    text = token_for("employer.a@example.nl")
    user = _user(db, "employer.a@example.nl")
    user.locked_at = utcnow()
    user.locked_until = utcnow() + timedelta(minutes=15)
    db.session.commit()
    assert client.get(VACANCIES, headers=bearer(text)).status_code == 401
    user = _user(db, "employer.a@example.nl")
    user.locked_until = utcnow() - timedelta(seconds=1)
    db.session.commit()
    # A lock can be caused by anyone typing wrong passwords: it must not destroy the tokens.
    assert client.get(VACANCIES, headers=bearer(text)).status_code == 200
