"""Login, logout, the generic error message, `next` checking, CSRF and home pages per role."""

import pytest

from tests.factories import OrganisationFactory, UserFactory

HOMES = {
    "employer": ("/werkgever/", "Welkom"),
    "jobhunter": ("/jobhunter/", "Nazorg"),
    "procurement": ("/inkoop/", "Social return"),
    "admin": ("/beheer/", "Beheer"),
}


def test_login_page_is_dutch(client):
    response = client.get("/inloggen")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert '<html lang="nl">' in html
    assert "Inloggen bij Werkbrug" in html
    assert "Wachtwoord" in html


def test_anonymous_is_sent_to_login(client):
    response = client.get("/jobhunter/")
    assert response.status_code == 302
    assert "/inloggen" in response.headers["Location"]


@pytest.mark.parametrize("role", sorted(HOMES))
def test_each_role_lands_on_its_own_home(world, client, auth, role):
    response = auth.login(f"{role}.a@example.nl")
    assert response.status_code == 302
    path, text = HOMES[role]
    assert response.headers["Location"] == path
    page = client.get(path)
    assert page.status_code == 200
    assert text in page.get_data(as_text=True)


@pytest.mark.parametrize("role", sorted(HOMES))
def test_roles_cannot_open_each_others_home(world, client, auth, role):
    auth.login(f"{role}.a@example.nl")
    for other, (path, _text) in HOMES.items():
        if other != role:
            assert client.get(path).status_code == 403, (role, path)


def test_wrong_password_and_unknown_user_get_the_same_message(db, client, auth):
    UserFactory(email="piet@example.nl")
    db.session.commit()
    wrong = auth.login("piet@example.nl", "verkeerd wachtwoord").get_data(as_text=True)
    unknown = auth.login("niemand@example.nl", "verkeerd wachtwoord").get_data(as_text=True)
    message = "Het e-mailadres of het wachtwoord klopt niet."
    assert message in wrong and message in unknown
    assert client.get("/jobhunter/").status_code == 302  # still not logged in


def test_login_keeps_the_typed_email_on_error(db, client, auth):
    html = auth.login("piet@example.nl", "fout").get_data(as_text=True)
    assert 'value="piet@example.nl"' in html


def test_inactive_user_cannot_log_in(db, client, auth):
    UserFactory(email="weg@example.nl", active=False)
    db.session.commit()
    auth.login("weg@example.nl")
    assert client.get("/jobhunter/").status_code == 302


def test_logout(world, client, auth):
    auth.login("jobhunter.a@example.nl")
    assert client.get("/jobhunter/").status_code == 200
    response = auth.logout()
    assert response.status_code == 302
    assert client.get("/jobhunter/").status_code == 302


def test_logout_needs_post(world, client, auth):
    auth.login("jobhunter.a@example.nl")
    assert client.get("/uitloggen").status_code == 405
    assert client.get("/jobhunter/").status_code == 200


@pytest.mark.parametrize(
    "target, expected",
    [
        ("/jobhunter/werkzoekenden", "/jobhunter/werkzoekenden"),
        ("https://evil.example.com/", "/jobhunter/"),
        ("//evil.example.com/", "/jobhunter/"),
        ("/\\evil.example.com", "/jobhunter/"),
        ("javascript:alert(1)", "/jobhunter/"),
    ],
)
def test_next_is_followed_only_when_local(world, client, auth, target, expected):
    response = auth.login("jobhunter.a@example.nl", query_string={"next": target})
    assert response.headers["Location"] == expected


def test_very_long_email_is_a_validation_error_not_a_500(client, auth):
    response = auth.login("a" * 10_000 + "@example.nl", "x" * 10_000)
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "maximaal 254 tekens" in html


def test_empty_login_form_shows_dutch_messages(client):
    html = client.post("/inloggen", data={}).get_data(as_text=True)
    assert "Vul uw e-mailadres in." in html
    assert "Vul uw wachtwoord in." in html
    assert 'aria-describedby="email-error"' in html


def test_login_without_csrf_token_is_refused(app, db, client):
    UserFactory(email="piet@example.nl")
    db.session.commit()
    app.config["WTF_CSRF_ENABLED"] = True
    try:
        response = client.post("/inloggen", data={"email": "piet@example.nl", "password": "x"})
        assert response.status_code == 400
        assert "Het formulier is verlopen of ongeldig" in response.get_data(as_text=True)
    finally:
        app.config["WTF_CSRF_ENABLED"] = False


def test_login_with_csrf_token_works(app, db, client):
    import re

    from tests.factories import PASSWORD

    UserFactory(email="piet@example.nl")
    db.session.commit()
    app.config["WTF_CSRF_ENABLED"] = True
    try:
        html = client.get("/inloggen").get_data(as_text=True)
        token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html).group(1)
        response = client.post(
            "/inloggen",
            data={"email": "piet@example.nl", "password": PASSWORD, "csrf_token": token},
        )
        assert response.status_code == 302
    finally:
        app.config["WTF_CSRF_ENABLED"] = False


def test_session_cookie_is_httponly_and_samesite(world, client, auth):
    response = auth.login("jobhunter.a@example.nl")
    cookie = response.headers.get("Set-Cookie", "")
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie


def test_login_is_audited(world, client, auth, db):
    from app.models import AuditEntry

    auth.login("jobhunter.a@example.nl")
    entries = db.session.scalars(db.select(AuditEntry).where(AuditEntry.action == "login")).all()
    assert [e.user_email for e in entries] == ["jobhunter.a@example.nl"]


def test_passwords_are_stored_as_argon2id(db):
    user = UserFactory(organisation=OrganisationFactory())
    assert user.password_hash.startswith("$argon2id$")
