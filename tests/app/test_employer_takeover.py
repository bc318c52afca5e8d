"""Issue 12, finding 1: staff cannot make themselves (or anyone) a user of another municipality's
employer, and an invitation never changes an existing account.

An employer belongs to the municipality it registered with (`Employer.municipality_id`, the
municipality whose employer service point keeps the relation); staff may invite users only for
employers of their own municipality or region (`app.security.can_manage`).
"""

from __future__ import annotations

import re

from app.models import Invitation, OutboxMail, User
from app.security import verify_password
from tests.factories import PASSWORD, UserFactory


def _invite_url(employer) -> str:
    return f"/jobhunter/werkgevers/{employer.id}/uitnodigen"


def _mails_to(db, address):
    return db.session.scalars(db.select(OutboxMail).where(OutboxMail.to == address)).all()


def test_jobhunter_cannot_invite_users_for_another_municipalitys_employer(world, db, client, auth):
    auth.login("jobhunter.a@example.nl")
    url = _invite_url(world.b.employer)
    assert client.get(url).status_code == 404
    response = client.post(url, data={"name": "Insider", "email": "insider@example.nl"})
    assert response.status_code == 404
    assert db.session.scalars(db.select(Invitation)).all() == []
    assert _mails_to(db, "insider@example.nl") == []
    # Its page no longer offers the button either.
    page = client.get(f"/jobhunter/werkgevers/{world.b.employer.id}").get_data(as_text=True)
    assert url not in page


def test_the_whole_takeover_fails_end_to_end(world, db, client, auth):
    """The penetration test's path: invite oneself for employer B, open the link, log in."""
    auth.login("jobhunter.a@example.nl")
    client.post(
        _invite_url(world.b.employer), data={"name": "Insider", "email": "insider@example.nl"}
    )
    auth.logout()
    mail = db.session.scalars(
        db.select(OutboxMail).where(OutboxMail.to == "insider@example.nl")
    ).first()
    if mail is not None:  # the invitation went out: follow the link like the insider did
        token = re.search(r"/uitnodiging/([\w-]+)", _delivered_body(db, mail.to)).group(1)
        client.post(
            f"/uitnodiging/{token}",
            data={"password": "een lang wachtwoord", "confirm": "een lang wachtwoord"},
        )
    assert client.get("/werkgever/social-return").status_code == 302
    assert db.session.scalars(
        db.select(User).where(User.organisation_id == world.b.employer.organisation_id)
    ).all() == [world.b.users["employer"]]


def test_a_region_jobhunter_may_invite_for_the_regions_employers(world, db, client, auth):
    from tests.factories import OrganisationFactory

    region = OrganisationFactory(kind="region", name="Werkbedrijf Regio")
    world.b.municipality.region = region
    UserFactory(email="regio@example.nl", role="jobhunter", organisation=region)
    db.session.commit()
    auth.login("regio@example.nl")
    response = client.post(
        _invite_url(world.b.employer), data={"name": "Piet", "email": "piet@werkgever-b.nl"}
    )
    assert response.status_code == 302
    assert _mails_to(db, "piet@werkgever-b.nl")


def test_inviting_an_existing_users_address_is_refused_and_changes_nothing(world, db, client, auth):
    """Inviting a colleague's own address used to reset that colleague's password."""
    colleague = world.a.users["employer"]
    auth.login("jobhunter.a@example.nl")
    for address in ("employer.a@example.nl", "EMPLOYER.A@example.nl", "admin.b@example.nl"):
        response = client.post(
            _invite_url(world.a.employer), data={"name": "Overname", "email": address}
        )
        html = response.get_data(as_text=True)
        assert response.status_code == 200
        assert "bestaat al een account" in html and f'value="{address}"' in html
    assert db.session.scalars(db.select(Invitation)).all() == []
    db.session.expire_all()
    assert verify_password(db.session.get(User, colleague.id).password_hash, PASSWORD)


def test_an_open_invitation_never_resets_an_account_made_later(app, world, db, client):
    """An account created for the address after the invitation was sent stays as it is."""
    from app.services import invitations

    with app.test_request_context():
        invitations.invite("later@example.nl", "Later", world.a.employer.organisation, None)
    db.session.commit()
    token = re.search(r"/uitnodiging/([\w-]+)", _delivered_body(db, "later@example.nl")).group(1)
    UserFactory(
        email="later@example.nl", role="employer", organisation=world.a.employer.organisation
    )
    db.session.commit()
    response = client.post(
        f"/uitnodiging/{token}",
        data={"password": "een lang wachtwoord", "confirm": "een lang wachtwoord"},
    )
    assert response.status_code == 404
    assert "bestaat al een account" in response.get_data(as_text=True)
    db.session.expire_all()
    user = db.session.scalars(db.select(User).where(User.email == "later@example.nl")).one()
    assert verify_password(user.password_hash, PASSWORD)


def test_existing_users_are_told_when_a_colleague_is_invited(world, db, client, auth):
    auth.login("jobhunter.a@example.nl")
    client.post(
        _invite_url(world.a.employer), data={"name": "Piet de Boer", "email": "piet@werkgever-a.nl"}
    )
    mails = _mails_to(db, "employer.a@example.nl")
    assert len(mails) == 1
    body = mails[0].body
    assert "Piet de Boer" in body and "piet@werkgever-a.nl" in body
    assert world.a.users["jobhunter"].name in body
    # The new colleague's own mail is the invitation; nobody else hears of it.
    assert _mails_to(db, "employer.b@example.nl") == []


def _delivered_body(db, address) -> str:
    """The invitation mail as the mail server would deliver it (link filled in)."""
    from app.services import mail as mail_service

    mail = db.session.scalars(
        db.select(OutboxMail)
        .where(OutboxMail.to == address, OutboxMail.subject == "Uitnodiging voor Werkbrug")
        .order_by(OutboxMail.id.desc())
    ).first()
    return mail_service.delivered(mail).body
