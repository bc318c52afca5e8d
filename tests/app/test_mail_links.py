"""Issue 12, finding 3: host-header poisoning. Every link in a mail is built from the configured
`PUBLIC_BASE_URL` (`app.links.public_url`), never from the request's Host or X-Forwarded-Host;
production refuses to start without it and only answers for its own host names."""

from __future__ import annotations

import re

import pytest

from app.config import ConfigError, load_config
from app.models import OutboxMail
from tests.conftest import FreshRequestClient

EVIL = "evil.example"
LINK = re.compile(r"https?://[^\s)>\"']+")


class EvilClient(FreshRequestClient):
    """A browser whose every request says `Host: evil.example` and `X-Forwarded-Host` too."""

    def open(self, *args, **kwargs):
        kwargs["base_url"] = f"http://{EVIL}"
        kwargs.setdefault("headers", {})["X-Forwarded-Host"] = "other-evil.example"
        return super().open(*args, **kwargs)


@pytest.fixture
def evil_client(app):
    app.test_client_class = EvilClient
    try:
        yield app.test_client()
    finally:
        app.test_client_class = FreshRequestClient


def _links(db) -> list[str]:
    from app.services.mail import delivered

    links = []
    for mail in db.session.scalars(db.select(OutboxMail)):
        body = delivered(mail).body
        assert "evil.example" not in body, body
        links += LINK.findall(body)
    return links


def test_registration_mail_to_jobhunters_links_to_the_real_site(app, world, db, evil_client):
    """The penetration test: an anonymous registration with a forged Host header."""
    response = evil_client.post(
        "/werkgever/aanmelden",
        data={
            "company": "Phishing BV",
            "kvk": "87654321",
            "sector": "groen",
            "postcode": "8471 AB",
            "size": "3",
            "name": "Mallory",
            "email": "mallory@example.nl",
            "consent": "y",
            "municipality": str(world.a.municipality.id),
        },
    )
    assert response.status_code == 302
    mail = db.session.scalars(
        db.select(OutboxMail).where(OutboxMail.to == "jobhunter.a@example.nl")
    ).one()
    assert "https://werkbrug.example.nl/jobhunter/aanmeldingen" in mail.body
    assert all(link.startswith(app.config["PUBLIC_BASE_URL"]) for link in _links(db))


def test_every_mail_a_forged_host_can_trigger_links_to_the_real_site(app, world, db, evil_client):
    from tests.conftest import AuthActions

    auth = AuthActions(evil_client)
    # A jobhunter invites an employer's colleague (invitation mail, colleague notice).
    auth.login("jobhunter.a@example.nl")
    evil_client.post(
        f"/jobhunter/werkgevers/{world.a.employer.id}/uitnodigen",
        data={"name": "Piet", "email": "piet@werkgever-a.nl"},
    )
    auth.logout()
    # The employer answers a proposal (mail to the jobhunter).
    auth.login("employer.a@example.nl")
    evil_client.post(
        f"/werkgever/kandidaten/{world.a.proposal.id}",
        data={"decision": "invited", "reason": "Graag dinsdag."},
    )
    auth.logout()
    # Procurement decides on an activity (mail to the supplier).
    auth.login("procurement.a@example.nl")
    evil_client.post(
        f"/inkoop/beoordelen/{world.a.activity.id}",
        data={"decision": "accept", "reason": "", "version": str(world.a.activity.version)},
    )
    subjects = {m.subject for m in db.session.scalars(db.select(OutboxMail))}
    assert {"Uitnodiging voor Werkbrug"} <= subjects
    assert any(s.startswith("SROI-activiteit") for s in subjects)
    assert any(s.startswith("Antwoord van") for s in subjects)
    links = _links(db)
    assert links and all(link.startswith("https://werkbrug.example.nl/") for link in links)
    assert any("/uitnodiging/" in link for link in links)


def test_public_url_needs_no_request(app):
    from app.links import public_url

    with app.app_context():
        assert public_url("jobhunter.approvals") == (
            "https://werkbrug.example.nl/jobhunter/aanmeldingen"
        )
        assert public_url("auth.accept_invitation", token="abc") == (  # noqa: S106
            "https://werkbrug.example.nl/uitnodiging/abc"
        )


def test_public_url_keeps_a_path_prefix(tmp_path):
    from app import create_app
    from app.links import public_url

    prefixed = create_app(
        {
            "WERKBRUG_ENV": "testing",
            "INSTANCE_PATH": str(tmp_path),
            "SECRET_KEY": "x",
            "SQLALCHEMY_DATABASE_URI": "sqlite://",
            "PUBLIC_BASE_URL": "https://gemeente.example.nl/werkbrug/",
        }
    )
    with prefixed.app_context():
        assert public_url("main.index") == "https://gemeente.example.nl/werkbrug/"


def test_production_requires_a_public_base_url(tmp_path, monkeypatch):
    monkeypatch.setenv("WERKBRUG_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", "s" * 64)
    monkeypatch.delenv("PUBLIC_BASE_URL", raising=False)
    with pytest.raises(ConfigError, match="PUBLIC_BASE_URL ontbreekt"):
        load_config(str(tmp_path))
    for wrong in ("werkbrug.example.nl", "ftp://werkbrug.example.nl", "http://werkbrug.example.nl"):
        monkeypatch.setenv("PUBLIC_BASE_URL", wrong)
        with pytest.raises(ConfigError, match="PUBLIC_BASE_URL"):
            load_config(str(tmp_path))


def test_production_answers_only_for_its_own_host(tmp_path, monkeypatch):
    from app import create_app

    monkeypatch.setenv("SECRET_KEY", "s" * 64)
    monkeypatch.setenv("PUBLIC_BASE_URL", "https://werkbrug.example.nl")
    monkeypatch.delenv("TRUSTED_HOSTS", raising=False)
    prod = create_app(
        {
            "WERKBRUG_ENV": "production",
            "INSTANCE_PATH": str(tmp_path),
            "SQLALCHEMY_DATABASE_URI": "sqlite:///" + str(tmp_path / "p.db"),
        }
    )
    assert prod.config["TRUSTED_HOSTS"] == ["werkbrug.example.nl"]
    client = prod.test_client()
    assert client.get("/inloggen", base_url="https://werkbrug.example.nl").status_code == 200
    assert client.get("/inloggen", base_url=f"https://{EVIL}").status_code == 400
    # More names (an internal health-check address) come from TRUSTED_HOSTS.
    monkeypatch.setenv("TRUSTED_HOSTS", "werkbrug.example.nl, 10.0.0.5")
    assert load_config(str(tmp_path))["TRUSTED_HOSTS"] == ["werkbrug.example.nl", "10.0.0.5"]


def test_forwarded_host_counts_only_behind_a_configured_proxy(tmp_path):
    from flask import request

    from app import create_app

    def host_seen(proxies):
        app = create_app(
            {
                "WERKBRUG_ENV": "testing",
                "INSTANCE_PATH": str(tmp_path),
                "SECRET_KEY": "x",
                "SQLALCHEMY_DATABASE_URI": "sqlite://",
                "PROXY_COUNT": proxies,
            }
        )

        @app.route("/host")
        def host():
            return request.host

        return app.test_client().get("/host", headers={"X-Forwarded-Host": EVIL}).text

    assert host_seen(0) == "localhost"
    assert host_seen(1) == EVIL
