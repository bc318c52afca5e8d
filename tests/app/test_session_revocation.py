"""Issue 12, finding 8: logins can be revoked. Each user has a session token (Flask-Login's
alternative id) that changes on logout, password change, lock, role change and a change of the
second factor; every session and "ingelogd blijven" cookie carrying the old token stops working.
Inactive and locked users are logged out on their next request. "Ingelogd blijven" never
replaces a second factor."""

from __future__ import annotations

import pyotp
import pytest

from app.models import User
from app.security import hash_password
from tests.conftest import AuthActions

SESSION, REMEMBER = "session", "remember_token"


def _user(db, email) -> User:
    db.session.expire_all()
    return db.session.execute(db.select(User).where(User.email == email)).scalar_one()


def _stolen(app, cookies: dict):
    """A fresh browser carrying only the copied cookies (what an attacker replays)."""
    other = app.test_client()
    for name, value in cookies.items():
        other.set_cookie(name, value)
    return other


def _cookies(client, *names) -> dict:
    return {n: client.get_cookie(n).value for n in names if client.get_cookie(n) is not None}


def _remembered_login(client, email="employer.a@example.nl"):
    response = client.post(
        "/inloggen",
        data={"email": email, "password": "correct horse battery staple", "remember": "y"},
    )
    assert response.status_code == 302
    assert client.get_cookie(REMEMBER) is not None
    return _cookies(client, SESSION, REMEMBER)


def test_a_session_cookie_replayed_after_logout_opens_nothing(app, world, client, auth):
    auth.login("employer.a@example.nl")
    assert client.get("/werkgever/").status_code == 200
    copied = _cookies(client, SESSION)
    auth.logout()
    assert _stolen(app, copied).get("/werkgever/").status_code == 302


def test_a_remember_cookie_stops_working_after_logout(app, world, client):
    copied = _remembered_login(client)
    assert _stolen(app, {REMEMBER: copied[REMEMBER]}).get("/werkgever/").status_code == 200
    client.post("/uitloggen")
    assert _stolen(app, {REMEMBER: copied[REMEMBER]}).get("/werkgever/").status_code == 302


@pytest.mark.parametrize("change", ["password", "lock", "role", "inactive", "second_factor"])
def test_changes_to_the_account_end_every_session(app, world, db, client, change):
    copied = _remembered_login(client)
    user = _user(db, "employer.a@example.nl")
    if change == "password":
        user.password_hash = hash_password("een heel ander wachtwoord")
    elif change == "lock":
        from app.services import lockout

        for _ in range(app.config["LOCKOUT_THRESHOLD"]):
            lockout.register_failure(user, "wachtwoord")
    elif change == "role":
        user.role = "procurement"
        user.organisation_id = world.a.municipality.id
    elif change == "inactive":
        user.active = False
    else:
        user.totp_secret = pyotp.random_base32()
        from app.models.base import utcnow

        user.totp_confirmed_at = utcnow()
    db.session.commit()
    home = "/inkoop/" if change == "role" else "/werkgever/"
    assert client.get(home).status_code == 302, "the open session"
    assert _stolen(app, {SESSION: copied[SESSION]}).get(home).status_code == 302
    assert _stolen(app, {REMEMBER: copied[REMEMBER]}).get(home).status_code == 302


def test_unlocked_after_a_lock_still_needs_a_new_login(app, world, db, client):
    """Unlocking does not revive the sessions the lock ended."""
    copied = _remembered_login(client)
    from app.services import lockout

    user = _user(db, "employer.a@example.nl")
    for _ in range(app.config["LOCKOUT_THRESHOLD"]):
        lockout.register_failure(user, "wachtwoord")
    db.session.commit()
    lockout.unlock(user)
    db.session.commit()
    assert _stolen(app, copied).get("/werkgever/").status_code == 302


def test_remember_me_is_not_given_to_an_employer_with_a_second_factor(app, world, db, client):
    user = _user(db, "employer.a@example.nl")
    from app.models.base import utcnow

    user.totp_secret, user.totp_confirmed_at = pyotp.random_base32(), utcnow()
    db.session.commit()
    response = client.post(
        "/inloggen",
        data={
            "email": "employer.a@example.nl",
            "password": "correct horse battery staple",
            "remember": "y",
        },
    )
    assert response.headers["Location"] == "/inloggen/code"
    response = client.post("/inloggen/code", data={"code": pyotp.TOTP(user.totp_secret).now()})
    assert response.headers["Location"] == "/werkgever/"
    assert client.get_cookie(REMEMBER) is None
    assert REMEMBER not in response.headers.get("Set-Cookie", "")


def test_ordinary_use_keeps_the_session(world, client, auth):
    auth.login("employer.a@example.nl")
    for _ in range(3):
        assert client.get("/werkgever/").status_code == 200


def test_turning_the_second_factor_on_keeps_the_employer_logged_in_here(world, db, client, auth):
    """The token changes, but the session that made the change gets the new one."""
    auth.login("employer.a@example.nl")
    client.get("/account/tweestapsverificatie")
    secret = _user(db, "employer.a@example.nl").totp_secret
    html = client.post(
        "/account/tweestapsverificatie", data={"code": pyotp.TOTP(secret).now()}
    ).get_data(as_text=True)
    assert "herstelcodes" in html.lower()
    assert client.get("/werkgever/").status_code == 200


def test_logging_out_ends_the_other_devices_too(app, world, client, auth):
    """With one token per user, 'uitloggen' logs out every device (said on the page)."""
    auth.login("employer.a@example.nl")
    laptop = app.test_client()
    AuthActions(laptop).login("employer.a@example.nl")
    assert laptop.get("/werkgever/").status_code == 200
    auth.logout()
    assert laptop.get("/werkgever/").status_code == 302


@pytest.mark.parametrize(
    "change, ends",
    [
        ({"role": "procurement"}, True),
        ({"password_hash": "een andere hash"}, True),
        ({"active": False}, True),
        ({"locked_at": "now"}, True),
        ({"totp_confirmed_at": "now"}, True),
        ({"name": "Nieuwe Naam"}, False),
        ({"failed_logins": 3}, False),
        ({"totp_last_step": 12345}, False),
        ({"locked_at": None}, False),
        ({"active": True}, False),
    ],
)
def test_which_changes_end_the_sessions(world, db, change, ends):
    from app.models.base import utcnow

    user = _user(db, "employer.a@example.nl")
    before = user.session_token
    for name, value in change.items():
        setattr(user, name, utcnow() if value == "now" else value)
    db.session.commit()
    assert (_user(db, "employer.a@example.nl").session_token != before) is ends
