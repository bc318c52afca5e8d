""" "Wachtwoord vergeten" (a single-use link that expires, the same answer for every address,
throttled) and changing the password under Mijn account (current password needed, other
sessions end, this one stays)."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from app.models import OutboxMail, PasswordReset, User
from app.models.base import utcnow
from app.security import verify_password
from app.services.mail import delivered
from tests.factories import PASSWORD

NEW_PASSWORD = "een heel nieuw wachtwoord"  # noqa: S105 - test only


def _mails_to(db, email):
    db.session.expire_all()
    return db.session.scalars(
        db.select(OutboxMail).where(OutboxMail.to == email).order_by(OutboxMail.id)
    ).all()


def _link_path(mail) -> str:
    """The path of the reset link, as in the mail the person receives."""
    body = delivered(mail).body
    match = re.search(r"https://werkbrug\.example\.nl(/wachtwoord-herstellen/\S+)", body)
    assert match, body
    return match.group(1)


def _ask(client, email):
    return client.post("/wachtwoord-vergeten", data={"email": email})


def test_same_answer_whether_or_not_the_address_has_an_account(world, db, client):
    known = _ask(client, "employer.a@example.nl")
    page_known = client.get("/inloggen").get_data(as_text=True)
    unknown = _ask(client, "niemand@example.nl")
    page_unknown = client.get("/inloggen").get_data(as_text=True)
    assert known.status_code == unknown.status_code == 302
    assert known.headers["Location"] == unknown.headers["Location"] == "/inloggen"
    assert "Als er een account bij dit e-mailadres hoort" in page_known
    assert page_known == page_unknown
    assert _mails_to(db, "niemand@example.nl") == []
    mails = _mails_to(db, "employer.a@example.nl")
    assert [m.subject for m in mails] == ["Nieuw wachtwoord kiezen voor Werkbrug"]
    # The stored mail holds no usable link; the delivered one does.
    assert "/wachtwoord-herstellen/" not in mails[0].body
    path = _link_path(mails[0])
    token = path.rsplit("/", 1)[1]
    assert db.session.scalars(db.select(PasswordReset.token_hash)).one() != token


def test_inactive_account_gets_no_mail(world, db, client):
    world.a.users["employer"].active = False
    db.session.commit()
    assert _ask(client, "employer.a@example.nl").status_code == 302
    assert _mails_to(db, "employer.a@example.nl") == []


def test_link_sets_a_new_password_once_and_ends_every_session(world, db, app, client, auth):
    other_device = app.test_client()
    assert (
        other_device.post(
            "/inloggen", data={"email": "employer.a@example.nl", "password": PASSWORD}
        ).status_code
        == 302
    )
    assert other_device.get("/werkgever/").status_code == 200

    _ask(client, "employer.a@example.nl")
    path = _link_path(_mails_to(db, "employer.a@example.nl")[0])
    form = client.get(path)
    assert form.status_code == 200 and "employer.a@example.nl" in form.get_data(as_text=True)
    # Bad input: the form comes back with a Dutch message next to the field.
    short = client.post(path, data={"password": "kort", "confirm": "kort"})
    assert short.status_code == 200
    assert "Kies een wachtwoord van 12 tot 200 tekens." in short.get_data(as_text=True)

    done = client.post(path, data={"password": NEW_PASSWORD, "confirm": NEW_PASSWORD})
    assert done.status_code == 302 and done.headers["Location"] == "/inloggen"
    user = db.session.scalars(db.select(User).where(User.email == "employer.a@example.nl")).one()
    db.session.refresh(user)
    assert verify_password(user.password_hash, NEW_PASSWORD)
    assert other_device.get("/werkgever/").status_code == 302  # logged out there
    assert auth.login("employer.a@example.nl", NEW_PASSWORD).status_code == 302
    notices = [m.subject for m in _mails_to(db, "employer.a@example.nl")]
    assert "Uw wachtwoord voor Werkbrug is gewijzigd" in notices

    # Used: the link works no more.
    auth.logout()
    reused = client.get(path)
    assert reused.status_code == 404
    assert "werkt niet (meer)" in reused.get_data(as_text=True)
    again = client.post(path, data={"password": "nog een ander wachtwoord", "confirm": "x"})
    assert again.status_code == 404


def test_link_expires_after_an_hour(world, db, client):
    _ask(client, "employer.a@example.nl")
    reset = db.session.scalars(db.select(PasswordReset)).one()
    assert reset.expires_at - reset.created_at == timedelta(hours=1)
    path = _link_path(_mails_to(db, "employer.a@example.nl")[0])
    reset.expires_at = utcnow() - timedelta(seconds=1)
    db.session.commit()
    response = client.get(path)
    assert response.status_code == 404
    assert "verlopen" in response.get_data(as_text=True)


def test_a_newer_link_replaces_the_older(world, db, client):
    _ask(client, "employer.a@example.nl")
    _ask(client, "employer.a@example.nl")
    first, second = _mails_to(db, "employer.a@example.nl")
    assert client.get(_link_path(first)).status_code == 404
    assert client.get(_link_path(second)).status_code == 200


def test_unknown_token_is_a_404(client):
    assert client.get("/wachtwoord-herstellen/verzonnen").status_code == 404


@pytest.fixture
def throttled(app):
    from app.auth.throttle import limiter

    keys = ("LOGIN_THROTTLE_ENABLED", "LOGIN_LIMIT_PER_IP", "LOGIN_LIMIT_PER_ACCOUNT")
    saved = {k: app.config[k] for k in keys}
    app.config.update(
        LOGIN_THROTTLE_ENABLED=True,
        LOGIN_LIMIT_PER_IP="6 per minute",
        LOGIN_LIMIT_PER_ACCOUNT="3 per minute",
    )
    limiter.reset()
    yield
    app.config.update(saved)
    limiter.reset()


def test_requests_are_throttled_like_logins(throttled, world, db, client):
    for _ in range(3):
        assert _ask(client, "employer.a@example.nl").status_code == 302
    blocked = _ask(client, "employer.a@example.nl")
    assert blocked.status_code == 429
    assert "Te veel" in blocked.get_data(as_text=True)
    assert len(_mails_to(db, "employer.a@example.nl")) == 3
    for n in range(3):  # other addresses from the same IP: the per-IP limit of 6
        assert _ask(client, f"iemand{n}@example.nl").status_code == 302
    assert _ask(client, "nog.iemand@example.nl").status_code == 429


def test_login_page_links_to_reset_and_employer_registration(client):
    html = client.get("/inloggen").get_data(as_text=True)
    assert 'href="/wachtwoord-vergeten"' in html
    assert 'href="/werkgever/aanmelden"' in html


# --- Mijn account: change the password ---------------------------------------------------------


def test_change_password_needs_the_current_one(world, db, client, auth):
    auth.login("jobhunter.a@example.nl")
    wrong = client.post(
        "/account/wachtwoord",
        data={"current": "niet mijn wachtwoord", "password": NEW_PASSWORD, "confirm": NEW_PASSWORD},
    )
    assert wrong.status_code == 200
    html = wrong.get_data(as_text=True)
    assert "Dit wachtwoord klopt niet." in html
    assert NEW_PASSWORD not in html  # passwords are never shown again
    mismatch = client.post(
        "/account/wachtwoord",
        data={"current": PASSWORD, "password": NEW_PASSWORD, "confirm": "iets anders"},
    )
    assert "De twee wachtwoorden zijn niet gelijk." in mismatch.get_data(as_text=True)
    user = world.a.users["jobhunter"]
    db.session.refresh(user)
    assert verify_password(user.password_hash, PASSWORD)


def test_change_password_keeps_this_session_and_ends_the_others(world, db, app, client, auth):
    from tests.conftest import AuthActions

    other_device = app.test_client()
    AuthActions(other_device).login("jobhunter.a@example.nl")
    assert other_device.get("/jobhunter/").status_code == 200
    auth.login("jobhunter.a@example.nl")

    done = client.post(
        "/account/wachtwoord",
        data={"current": PASSWORD, "password": NEW_PASSWORD, "confirm": NEW_PASSWORD},
    )
    assert done.status_code == 302 and done.headers["Location"] == "/account"
    assert client.get("/jobhunter/").status_code == 200  # still logged in here
    assert other_device.get("/jobhunter/").status_code == 302  # logged out there
    user = world.a.users["jobhunter"]
    db.session.refresh(user)
    assert verify_password(user.password_hash, NEW_PASSWORD)
    assert "Uw wachtwoord voor Werkbrug is gewijzigd" in [
        m.subject for m in _mails_to(db, "jobhunter.a@example.nl")
    ]
