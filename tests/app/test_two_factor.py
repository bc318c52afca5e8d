"""Two-factor login: enrolment, the half-authenticated step, replay, recovery codes, account."""

from __future__ import annotations

import re
import time

import pyotp
import pytest

from app.models import AuditEntry, OutboxMail, RecoveryCode, User
from tests.factories import OrganisationFactory, UserFactory


def _user(db, email):
    db.session.expire_all()
    return db.session.execute(db.select(User).where(User.email == email)).scalar_one()


def _actions(db, action):
    return db.session.scalars(db.select(AuditEntry).where(AuditEntry.action == action)).all()


@pytest.fixture
def new_staff(db):
    """A jobhunter who has never logged in: no authenticator app yet."""
    user = UserFactory(
        email="nieuw@example.nl", role="jobhunter", totp_secret=None, totp_confirmed_at=None
    )
    db.session.commit()
    return user


def test_right_password_alone_does_not_log_staff_in(world, client, auth):
    response = auth.password_only("jobhunter.a@example.nl")
    assert response.status_code == 302
    assert response.headers["Location"] == "/inloggen/code"
    # Half-authenticated: every protected page still sends the user to the login page.
    for path in ("/jobhunter/", f"/jobhunter/werkzoekenden/{world.a.client.id}", "/account"):
        page = client.get(path)
        assert page.status_code == 302 and "/inloggen" in page.headers["Location"], path


def test_code_step_logs_in_and_is_audited(world, db, client, auth):
    auth.password_only("jobhunter.a@example.nl")
    page = client.get("/inloggen/code").get_data(as_text=True)
    assert "code van 6 cijfers" in page and 'autocomplete="one-time-code"' in page
    secret = world.a.users["jobhunter"].totp_secret
    response = client.post("/inloggen/code", data={"code": pyotp.TOTP(secret).now()})
    assert response.status_code == 302 and response.headers["Location"] == "/jobhunter/"
    assert client.get("/jobhunter/").status_code == 200
    assert [e.user_email for e in _actions(db, "login")] == ["jobhunter.a@example.nl"]


def test_wrong_code_is_refused_counted_and_audited(world, db, client, auth):
    auth.password_only("jobhunter.a@example.nl")
    html = client.post("/inloggen/code", data={"code": "000000"}).get_data(as_text=True)
    assert "Deze code klopt niet" in html
    assert client.get("/jobhunter/").status_code == 302
    assert _user(db, "jobhunter.a@example.nl").failed_logins == 1
    entry = _actions(db, "2fa-fail")[0]
    assert entry.user_email == "jobhunter.a@example.nl" and entry.object_type == "User"


def test_code_step_without_password_step_goes_back_to_login(world, client):
    response = client.post("/inloggen/code", data={"code": "123456"})
    assert response.status_code == 302 and response.headers["Location"] == "/inloggen"


def test_marker_expires(app, world, client, auth, monkeypatch):
    auth.password_only("jobhunter.a@example.nl")
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + app.config["TWO_FACTOR_STEP_SECONDS"] + 1)
    secret = world.a.users["jobhunter"].totp_secret
    response = client.post("/inloggen/code", data={"code": pyotp.TOTP(secret).now()})
    assert response.status_code == 302 and response.headers["Location"] == "/inloggen"
    assert client.get("/jobhunter/").status_code == 302


def test_marker_is_bound_to_the_password(world, db, client, auth):
    """A password change between the steps (e.g. by the real owner) voids the marker."""
    from app.security import hash_password

    auth.password_only("jobhunter.a@example.nl")
    user = _user(db, "jobhunter.a@example.nl")
    user.password_hash = hash_password("een heel ander wachtwoord")
    db.session.commit()
    response = client.post("/inloggen/code", data={"code": pyotp.TOTP(user.totp_secret).now()})
    assert response.headers["Location"] == "/inloggen"


def test_too_many_wrong_codes_end_the_attempt(app, world, client, auth):
    auth.password_only("jobhunter.a@example.nl")
    for _ in range(app.config["TWO_FACTOR_MAX_TRIES"] - 1):
        assert client.post("/inloggen/code", data={"code": "000000"}).status_code == 200
    response = client.post("/inloggen/code", data={"code": "000000"})
    assert response.headers["Location"] == "/inloggen"
    secret = world.a.users["jobhunter"].totp_secret
    again = client.post("/inloggen/code", data={"code": pyotp.TOTP(secret).now()})
    assert again.headers["Location"] == "/inloggen"


def test_replaying_the_session_cookie_gives_no_extra_code_tries(app, world, client, auth):
    """Issue 12, finding 11: the tries are counted on the server, not in the cookie."""
    auth.password_only("jobhunter.a@example.nl")
    fresh = client.get_cookie("session").value  # the marker as it was, 0 tries used
    tries = app.config["TWO_FACTOR_MAX_TRIES"]
    for _ in range(tries - 1):
        assert client.post("/inloggen/code", data={"code": "000000"}).status_code == 200
    client.set_cookie("session", fresh)
    response = client.post("/inloggen/code", data={"code": "000000"})
    assert response.status_code == 302 and response.headers["Location"] == "/inloggen"
    client.set_cookie("session", fresh)
    secret = world.a.users["jobhunter"].totp_secret
    again = client.post("/inloggen/code", data={"code": pyotp.TOTP(secret).now()})
    assert again.status_code == 302 and again.headers["Location"] == "/inloggen"


def test_a_code_is_accepted_only_once(world, db, app):
    from app.services import two_factor

    user = world.a.users["jobhunter"]
    now = time.time()
    code = pyotp.TOTP(user.totp_secret).at(now)
    with app.test_request_context():
        assert two_factor.verify_code(user, code, at=now)
        assert not two_factor.verify_code(user, code, at=now)
        # Clock drift: the next step's code still works once; an old step never again.
        assert two_factor.verify_code(user, pyotp.TOTP(user.totp_secret).at(now + 30), at=now)
        assert not two_factor.verify_code(user, pyotp.TOTP(user.totp_secret).at(now - 30), at=now)
        assert not two_factor.verify_code(user, pyotp.TOTP(user.totp_secret).at(now + 90), at=now)
        assert not two_factor.verify_code(user, "abcdef", at=now)


def test_first_staff_login_enrols_an_app(new_staff, db, client, auth):
    response = auth.password_only("nieuw@example.nl")
    assert response.headers["Location"] == "/inloggen/tweestapsverificatie"
    page = client.get("/inloggen/tweestapsverificatie").get_data(as_text=True)
    assert "<svg" in page and 'role="img"' in page and "<script" not in page
    user = _user(db, "nieuw@example.nl")
    assert user.totp_secret and user.totp_confirmed_at is None
    shown = re.search(r'id="totp-secret">([A-Z2-7 ]+)<', page).group(1).replace(" ", "")
    assert shown == user.totp_secret
    # A refresh keeps the same secret (the app may already have scanned it).
    client.get("/inloggen/tweestapsverificatie")
    assert _user(db, "nieuw@example.nl").totp_secret == shown
    assert client.get("/jobhunter/").status_code == 302  # not logged in during enrolment

    wrong = client.post("/inloggen/tweestapsverificatie", data={"code": "000000"})
    assert "Deze code klopt niet" in wrong.get_data(as_text=True)
    done = client.post("/inloggen/tweestapsverificatie", data={"code": pyotp.TOTP(shown).now()})
    assert done.status_code == 200
    html = done.get_data(as_text=True)
    codes = re.findall(r"<code>([a-z2-9]{5}-[a-z2-9]{5})</code>", html)
    assert len(codes) == 10 and "maar één keer" in html
    user = _user(db, "nieuw@example.nl")
    assert user.totp_confirmed_at is not None
    stored = db.session.scalars(
        db.select(RecoveryCode).where(RecoveryCode.user_id == user.id)
    ).all()
    assert len(stored) == 10
    assert all(code.replace("-", "") not in row.code_hash for code in codes for row in stored)
    assert all(row.code_hash.startswith("$argon2id$") for row in stored)
    assert client.get("/jobhunter/").status_code == 200
    assert _actions(db, "2fa-on")[0].user_email == "nieuw@example.nl"
    mail = db.session.scalars(db.select(OutboxMail)).one()
    assert mail.to == "nieuw@example.nl" and "authenticator-app gekoppeld" in mail.body


def test_enrolment_page_needs_the_password_step(new_staff, client):
    response = client.get("/inloggen/tweestapsverificatie")
    assert response.status_code == 302 and response.headers["Location"] == "/inloggen"


def test_enrolled_user_cannot_be_re_enrolled_through_the_login(world, client, auth):
    auth.password_only("jobhunter.a@example.nl")
    response = client.get("/inloggen/tweestapsverificatie")
    assert response.headers["Location"] == "/inloggen/code"


def _enrol(client, auth, db, email):
    auth.password_only(email)
    client.get("/inloggen/tweestapsverificatie")
    secret = _user(db, email).totp_secret
    html = client.post(
        "/inloggen/tweestapsverificatie", data={"code": pyotp.TOTP(secret).now()}
    ).get_data(as_text=True)
    auth.logout()
    return re.findall(r"<code>([a-z2-9]{5}-[a-z2-9]{5})</code>", html)


def test_recovery_code_logs_in_once_and_is_audited(new_staff, db, client, auth):
    codes = _enrol(client, auth, db, "nieuw@example.nl")
    auth.password_only("nieuw@example.nl")
    response = client.post("/inloggen/code", data={"code": codes[0].upper()})
    assert response.status_code == 302 and response.headers["Location"] == "/jobhunter/"
    assert client.get("/jobhunter/").status_code == 200
    entry = _actions(db, "2fa-recov")[0]
    assert entry.user_email == "nieuw@example.nl" and "nog 9" in entry.detail
    assert any(
        "Herstelcode gebruikt" in m.subject for m in db.session.scalars(db.select(OutboxMail))
    )
    auth.logout()
    auth.password_only("nieuw@example.nl")
    again = client.post("/inloggen/code", data={"code": codes[0]})
    assert again.status_code == 200 and "Deze code klopt niet" in again.get_data(as_text=True)


def test_repeated_wrong_codes_lock_the_account(app, world, db, client, auth):
    threshold = app.config["LOCKOUT_THRESHOLD"]
    for _ in range(threshold):
        auth.password_only("jobhunter.a@example.nl")
        client.post("/inloggen/code", data={"code": "000000"})
    user = _user(db, "jobhunter.a@example.nl")
    assert user.locked_at is not None
    response = auth.login("jobhunter.a@example.nl")
    assert "Uw account is geblokkeerd" in response.get_data(as_text=True)


def test_staff_session_without_app_is_ended(world, db, client, auth):
    """After a beheerder removed the app, the running session ends and login enrols anew."""
    auth.login("jobhunter.a@example.nl")
    assert client.get("/jobhunter/").status_code == 200
    user = _user(db, "jobhunter.a@example.nl")
    user.totp_secret = None
    user.totp_confirmed_at = None
    db.session.commit()
    response = client.get("/jobhunter/")
    # Removing the app changed the session token: the session is over (issue 12).
    assert response.status_code == 302 and response.headers["Location"].startswith("/inloggen")
    assert (
        auth.password_only("jobhunter.a@example.nl").headers["Location"]
        == "/inloggen/tweestapsverificatie"
    )


def test_staff_cannot_use_remember_me(world, client, auth):
    response = client.post(
        "/inloggen",
        data={
            "email": "jobhunter.a@example.nl",
            "password": "correct horse battery staple",
            "remember": "y",
        },
    )
    from tests.conftest import complete_second_factor

    final = complete_second_factor(client, response, "jobhunter.a@example.nl")
    assert "remember_token" not in final.headers.get("Set-Cookie", "")


# --- employers: optional, from Mijn account ---------------------------------------------


def test_employer_logs_in_without_code_until_they_enable_it(world, db, client, auth):
    response = auth.password_only("employer.a@example.nl")
    assert response.headers["Location"] == "/werkgever/"
    page = client.get("/account").get_data(as_text=True)
    assert "Tweestapsverificatie staat uit" in page
    enrol = client.get("/account/tweestapsverificatie").get_data(as_text=True)
    assert "<svg" in enrol
    secret = _user(db, "employer.a@example.nl").totp_secret
    done = client.post("/account/tweestapsverificatie", data={"code": pyotp.TOTP(secret).now()})
    assert (
        len(re.findall(r"<code>[a-z2-9]{5}-[a-z2-9]{5}</code>", done.get_data(as_text=True))) == 10
    )
    auth.logout()
    step1 = auth.password_only("employer.a@example.nl")
    assert step1.headers["Location"] == "/inloggen/code"


def test_employer_can_switch_it_off_with_password_and_code(world, db, client, auth):
    auth.password_only("employer.a@example.nl")
    client.get("/account/tweestapsverificatie")
    secret = _user(db, "employer.a@example.nl").totp_secret
    now = time.time()
    client.post("/account/tweestapsverificatie", data={"code": pyotp.TOTP(secret).at(now)})
    wrong = client.post(
        "/account/tweestapsverificatie/uitzetten",
        data={"off-password": "fout wachtwoord!!", "off-code": "123456"},
    )
    assert "Dit wachtwoord klopt niet" in wrong.get_data(as_text=True)
    response = client.post(
        "/account/tweestapsverificatie/uitzetten",
        data={
            "off-password": "correct horse battery staple",
            "off-code": pyotp.TOTP(secret).at(now + 30),
        },
    )
    assert response.status_code == 302
    assert _user(db, "employer.a@example.nl").totp_secret is None
    assert _actions(db, "2fa-off")


def test_staff_cannot_switch_it_off(world, client, auth):
    auth.login("jobhunter.a@example.nl")
    page = client.get("/account").get_data(as_text=True)
    assert "verplicht" in page and "Uitzetten" not in page
    assert (
        client.post(
            "/account/tweestapsverificatie/uitzetten", data={"off-password": "x", "off-code": "1"}
        ).status_code
        == 404
    )


def test_new_recovery_codes_replace_the_old_ones(world, db, client, auth):
    auth.login("jobhunter.a@example.nl")
    user = _user(db, "jobhunter.a@example.nl")
    wrong = client.post("/account/herstelcodes", data={"codes-code": "000000"})
    assert "Deze code klopt niet" in wrong.get_data(as_text=True)
    code = pyotp.TOTP(user.totp_secret).at(time.time() + 30)
    html = client.post("/account/herstelcodes", data={"codes-code": code}).get_data(as_text=True)
    assert len(re.findall(r"<code>[a-z2-9]{5}-[a-z2-9]{5}</code>", html)) == 10
    assert "oude herstelcodes werken niet meer" in html
    assert _actions(db, "2fa-codes")


def test_staff_invitation_leads_to_enrolment(app, db, client):
    from app.services import invitations

    org = OrganisationFactory(name="Gemeente Uitnodiging")
    db.session.commit()
    with app.test_request_context():
        token = invitations.invite(
            "nieuwe.collega@example.nl", "Nieuwe Collega", org, None, role="jobhunter"
        )
    db.session.commit()
    response = client.post(
        f"/uitnodiging/{token}",
        data={"password": "een lang wachtwoord", "confirm": "een lang wachtwoord"},
    )
    assert response.headers["Location"] == "/inloggen/tweestapsverificatie"
    assert client.get("/jobhunter/").status_code == 302


def test_totp_code_command_for_demos(world, runner, app):
    result = runner.invoke(args=["totp-code", "jobhunter.a@example.nl"])
    assert result.exit_code == 0
    code = result.output.strip()
    assert pyotp.TOTP(world.a.users["jobhunter"].totp_secret).verify(code, valid_window=1)
    assert runner.invoke(args=["totp-code", "employer.a@example.nl"]).exit_code != 0
    app.config["WERKBRUG_ENV"] = "production"
    try:
        refused = runner.invoke(args=["totp-code", "jobhunter.a@example.nl"])
        assert refused.exit_code != 0 and "productie" in refused.output
    finally:
        app.config["WERKBRUG_ENV"] = "testing"
