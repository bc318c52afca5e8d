"""Employer access: self-registration with KvK, approval by a jobhunter of that municipality,
refusal with a reason, and inviting an employer's colleague (one-time link)."""

import re

import pytest

from app.models import AuditEntry, Employer, Invitation, OutboxMail, User
from app.services.mail import delivered

VALID = {
    "company": "Hoveniersbedrijf Dijkstra",
    "kvk": "1234 5678",
    "sector": "groen",
    "postcode": "8471 ab",
    "size": "12",
    "name": "Anneke Dijkstra",
    "email": "Anneke@Dijkstra-Groen.nl",
    "consent": "y",
}


@pytest.fixture
def registered(world, client, db):
    response = client.post(
        "/werkgever/aanmelden", data={**VALID, "municipality": str(world.a.municipality.id)}
    )
    assert response.status_code == 302 and response.headers["Location"].endswith(
        "/werkgever/aangemeld"
    )
    employer = db.session.scalars(db.select(Employer).where(Employer.kvk == "12345678")).one()
    return world, employer


def test_registration_page_is_public_and_dutch(client, world):
    html = client.get("/werkgever/aanmelden").get_data(as_text=True)
    assert "Aanmelden als werkgever" in html and "KvK-nummer" in html
    assert "Gemeente A" in html and "Gemeente B" in html


def test_registration_creates_a_pending_employer_that_cannot_log_in(registered, client, db, auth):
    world, employer = registered
    assert employer.approved is False and employer.municipality_id == world.a.municipality.id
    assert employer.postcode == "8471 AB" and employer.size == 12
    user = db.session.scalars(
        db.select(User).where(User.organisation_id == employer.organisation_id)
    ).one()
    assert (
        user.email == "anneke@dijkstra-groen.nl"
        and user.role == "employer"
        and user.active is False
    )
    mails = {m.to: m for m in db.session.scalars(db.select(OutboxMail))}
    assert "We hebben uw aanmelding ontvangen" in mails["anneke@dijkstra-groen.nl"].subject
    assert "Hoveniersbedrijf Dijkstra" in mails["jobhunter.a@example.nl"].body
    assert "jobhunter.b@example.nl" not in mails
    assert "Bedankt voor uw aanmelding" in client.get("/werkgever/aangemeld").get_data(as_text=True)
    # Nobody can log in with the registration (no password chosen, account inactive).
    auth.login("anneke@dijkstra-groen.nl", "wat dan ook")
    assert client.get("/werkgever/").status_code == 302


def test_invalid_registration_comes_back_filled_in(client, world):
    data = {
        **VALID,
        "kvk": "1234567",
        "postcode": "8471",
        "email": "anneke@",
        "size": "twaalf",
        "consent": "",
        "municipality": "",
    }
    html = client.post("/werkgever/aanmelden", data=data).get_data(as_text=True)
    for message in [
        "Een KvK-nummer bestaat uit precies 8 cijfers.",
        "Vul een postcode in zoals 8471 AB",
        "Vul een geldig e-mailadres in",
        "Vul een heel getal in, zonder komma.",
        "Kies een gemeente.",
        "Geef toestemming",
    ]:
        assert message in html, message
    assert (
        'value="1234567"' in html
        and 'value="Hoveniersbedrijf Dijkstra"' in html
        and 'value="twaalf"' in html
    )


def test_known_kvk_is_refused_on_the_field(registered, client):
    world, _employer = registered
    html = client.post(
        "/werkgever/aanmelden",
        data={**VALID, "email": "ander@example.nl", "municipality": str(world.a.municipality.id)},
    ).get_data(as_text=True)
    assert "Dit KvK-nummer is al aangemeld." in html


def test_existing_address_gets_a_mail_and_the_same_answer(client, world, db):
    response = client.post(
        "/werkgever/aanmelden",
        data={
            **VALID,
            "email": "employer.b@example.nl",
            "municipality": str(world.a.municipality.id),
        },
    )
    assert response.headers["Location"].endswith("/werkgever/aangemeld")
    assert db.session.scalars(db.select(Employer).where(Employer.kvk == "12345678")).all() == []
    mail = db.session.scalars(
        db.select(OutboxMail).where(OutboxMail.to == "employer.b@example.nl")
    ).one()
    assert "Er bestaat al een account" in mail.body


def test_jobhunter_of_the_municipality_approves_and_the_user_chooses_a_password(
    registered, client, auth, db
):
    world, employer = registered
    auth.login("jobhunter.b@example.nl")
    assert "Hoveniersbedrijf" not in client.get("/jobhunter/aanmeldingen").get_data(as_text=True)
    assert client.post(f"/jobhunter/aanmeldingen/{employer.id}/goedkeuren").status_code == 404
    auth.logout()
    auth.login("jobhunter.a@example.nl")
    html = client.get("/jobhunter/aanmeldingen").get_data(as_text=True)
    assert (
        "Hoveniersbedrijf Dijkstra" in html
        and "12345678" in html
        and "anneke@dijkstra-groen.nl" in html
    )
    response = client.post(
        f"/jobhunter/aanmeldingen/{employer.id}/goedkeuren", follow_redirects=True
    )
    assert "is goedgekeurd" in response.get_data(as_text=True)
    db.session.refresh(employer)
    assert employer.approved is True
    mail = db.session.scalars(
        db.select(OutboxMail).where(
            OutboxMail.to == "anneke@dijkstra-groen.nl",
            OutboxMail.subject == "Uitnodiging voor Werkbrug",
        )
    ).one()
    token = re.search(r"/uitnodiging/([\w-]+)", delivered(mail).body).group(1)
    assert db.session.scalars(
        db.select(AuditEntry).where(
            AuditEntry.object_type == "Employer", AuditEntry.detail == "aanmelding goedgekeurd"
        )
    ).one()
    auth.logout()
    client.post(
        f"/uitnodiging/{token}",
        data={"password": "een lang wachtwoord", "confirm": "een lang wachtwoord"},
    )
    html = client.get("/werkgever/").get_data(as_text=True)
    assert "Welkom, Hoveniersbedrijf Dijkstra" in html


def test_refusal_needs_a_reason_and_removes_the_registration(registered, client, auth, db):
    world, employer = registered
    auth.login("jobhunter.a@example.nl")
    response = client.post(f"/jobhunter/aanmeldingen/{employer.id}/afwijzen", data={"reason": ""})
    assert response.status_code == 400
    assert "Schrijf de reden op" in response.get_data(as_text=True)
    response = client.post(
        f"/jobhunter/aanmeldingen/{employer.id}/afwijzen",
        data={"reason": "Geen vestiging in onze regio."},
        follow_redirects=True,
    )
    assert "is afgewezen" in response.get_data(as_text=True)
    assert db.session.scalars(db.select(Employer).where(Employer.kvk == "12345678")).all() == []
    assert (
        db.session.scalars(db.select(User).where(User.email == "anneke@dijkstra-groen.nl")).all()
        == []
    )
    mail = db.session.scalars(
        db.select(OutboxMail)
        .where(OutboxMail.to == "anneke@dijkstra-groen.nl")
        .order_by(OutboxMail.id.desc())
    ).first()
    assert "Geen vestiging in onze regio." in mail.body
    entry = db.session.scalars(db.select(AuditEntry).where(AuditEntry.action == "delete")).one()
    assert "12345678" in entry.detail


def test_approved_employer_is_not_in_the_list(world, client, auth):
    auth.login("jobhunter.a@example.nl")
    assert (
        client.post(f"/jobhunter/aanmeldingen/{world.a.employer.id}/goedkeuren").status_code == 404
    )
    assert (
        client.post(
            f"/jobhunter/aanmeldingen/{world.a.employer.id}/afwijzen", data={"reason": "x"}
        ).status_code
        == 404
    )


def test_employer_role_cannot_approve(registered, client, auth):
    _world, employer = registered
    auth.login("employer.a@example.nl")
    assert client.get("/jobhunter/aanmeldingen").status_code == 403
    assert client.post(f"/jobhunter/aanmeldingen/{employer.id}/goedkeuren").status_code == 403


def test_jobhunter_invites_a_colleague_of_an_employer(world, client, auth, db):
    auth.login("jobhunter.a@example.nl")
    url = f"/jobhunter/werkgevers/{world.a.employer.id}/uitnodigen"
    assert "Iemand van Werkgever A BV uitnodigen" in client.get(url).get_data(as_text=True)
    html = client.post(url, data={"name": "", "email": "geen-adres"}).get_data(as_text=True)
    assert (
        "Vul de naam in." in html
        and "Vul een geldig e-mailadres in" in html
        and 'value="geen-adres"' in html
    )
    html = client.post(url, data={"name": "Piet", "email": "jobhunter.b@example.nl"}).get_data(
        as_text=True
    )
    assert "bestaat al een account" in html
    response = client.post(url, data={"name": "Piet de Boer", "email": "piet@werkgever-a.nl"})
    assert response.status_code == 302
    invitation = db.session.scalars(db.select(Invitation)).one()
    assert (
        invitation.organisation_id == world.a.employer.organisation_id
        and invitation.role == "employer"
    )
    assert db.session.scalars(
        db.select(OutboxMail).where(OutboxMail.to == "piet@werkgever-a.nl")
    ).one()
