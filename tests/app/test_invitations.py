"""Invitation links: one-time, expiring, stored hashed, mail in the outbox."""

from datetime import timedelta

from app.models import Invitation, OutboxMail, User
from app.models.base import utcnow
from app.services.mail import delivered
from tests.factories import PASSWORD, EmployerFactory, OrganisationFactory, UserFactory


def _invite(app, db, email="nieuw@bedrijf.nl"):
    from app.services.invitations import invite

    municipality = OrganisationFactory(name="Gemeente Ooststellingwerf")
    employer = EmployerFactory(name="Bakkerij Bosma", municipality=municipality)
    jobhunter = UserFactory(email="jh@example.nl", role="jobhunter", organisation=municipality)
    with app.test_request_context():
        token = invite(email, "Hylke Bosma", employer.organisation, jobhunter)
    db.session.commit()
    return token, employer


def test_invitation_mail_is_in_the_outbox_and_token_is_hashed(app, db):
    token, _employer = _invite(app, db)
    mail = db.session.scalars(db.select(OutboxMail)).one()
    assert mail.to == "nieuw@bedrijf.nl"
    assert token not in mail.body  # the link is made only when the mail is delivered
    assert f"https://werkbrug.example.nl/uitnodiging/{token}" in delivered(mail).body
    invitation = db.session.scalars(db.select(Invitation)).one()
    assert token not in invitation.token_hash


def test_accepting_creates_the_user_and_logs_in(app, db, client):
    token, employer = _invite(app, db)
    page = client.get(f"/uitnodiging/{token}")
    assert "Bakkerij Bosma" in page.get_data(as_text=True)
    response = client.post(
        f"/uitnodiging/{token}",
        data={"password": "een lang wachtwoord", "confirm": "een lang wachtwoord"},
    )
    assert response.status_code == 302 and response.headers["Location"] == "/werkgever/"
    user = db.session.scalars(db.select(User).where(User.email == "nieuw@bedrijf.nl")).one()
    assert user.role == "employer" and user.organisation_id == employer.organisation_id
    assert client.get("/werkgever/").status_code == 200
    # The link works once.
    assert client.get(f"/uitnodiging/{token}").status_code == 404


def test_password_rules_and_mismatch_are_shown(app, db, client):
    token, _employer = _invite(app, db)
    html = client.post(
        f"/uitnodiging/{token}", data={"password": "kort", "confirm": "anders"}
    ).get_data(as_text=True)
    assert "Kies een wachtwoord van 12 tot 200 tekens." in html
    assert "De twee wachtwoorden zijn niet gelijk." in html


def test_expired_and_unknown_links_are_refused(app, db, client):
    token, _employer = _invite(app, db)
    invitation = db.session.scalars(db.select(Invitation)).one()
    invitation.expires_at = utcnow() - timedelta(minutes=1)
    db.session.commit()
    assert "verlopen" in client.get(f"/uitnodiging/{token}").get_data(as_text=True)
    assert client.get("/uitnodiging/onzin").status_code == 404


def test_outbox_is_for_beheerders_only(app, db, client, auth):
    _token, employer = _invite(app, db)
    assert client.get("/outbox").status_code == 302
    auth.login("jh@example.nl")
    assert client.get("/outbox").status_code == 403
    auth.logout()
    UserFactory(email="beheer@example.nl", role="admin", organisation=employer.municipality)
    db.session.commit()
    auth.login("beheer@example.nl")
    assert client.get("/outbox").status_code == 200


def test_an_invitation_cannot_take_over_an_account_of_another_organisation(app, db):
    import pytest

    from app.security import verify_password
    from app.services.invitations import InvitationError, invite

    admin = UserFactory(email="beheer@gemeente.nl", role="admin")
    employer = EmployerFactory(name="Kwaadwillend BV")
    db.session.commit()
    with app.test_request_context(), pytest.raises(InvitationError, match="bestaat al een account"):
        invite("BEHEER@gemeente.nl", "Beheer", employer.organisation, None)
    db.session.rollback()
    assert db.session.scalars(db.select(Invitation)).all() == []
    with app.test_request_context():
        assert verify_password(db.session.get(User, admin.id).password_hash, PASSWORD)
