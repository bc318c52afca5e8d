"""Health check, configuration safety, formatting and the create-user command."""

from datetime import date
from decimal import Decimal

import pytest

from app.config import ConfigError, load_config


def test_healthz_checks_the_database(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok", "database": "ok"}


def test_healthz_reports_a_broken_database(tmp_path, monkeypatch):
    from app import create_app

    broken = create_app(
        {
            "WERKBRUG_ENV": "testing",
            "INSTANCE_PATH": str(tmp_path),
            "SECRET_KEY": "x",
            "SQLALCHEMY_DATABASE_URI": "sqlite:///" + str(tmp_path / "missing-dir" / "db.sqlite"),
        }
    )
    response = broken.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.get_json()["database"] == "unreachable"


def test_production_without_secret_key_stops_with_a_clear_message(tmp_path, monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.setenv("WERKBRUG_ENV", "production")
    with pytest.raises(ConfigError, match="SECRET_KEY ontbreekt"):
        load_config(str(tmp_path))


def test_production_uses_secure_cookies(tmp_path, monkeypatch):
    monkeypatch.setenv("WERKBRUG_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", "s" * 64)
    monkeypatch.setenv("PUBLIC_BASE_URL", "https://werkbrug.example.nl")
    monkeypatch.delenv("SESSION_COOKIE_SECURE", raising=False)
    config = load_config(str(tmp_path))
    assert config["SESSION_COOKIE_SECURE"] is True


def test_development_secret_key_is_generated_once(tmp_path, monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.setenv("WERKBRUG_ENV", "development")
    first = load_config(str(tmp_path))["SECRET_KEY"]
    second = load_config(str(tmp_path))["SECRET_KEY"]
    assert first == second and len(first) == 64
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0


def test_unknown_environment_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("WERKBRUG_ENV", "prod")
    with pytest.raises(ConfigError, match="WERKBRUG_ENV"):
        load_config(str(tmp_path))


def test_postgres_urls_use_psycopg3(tmp_path, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgres://u:p@localhost/werkbrug")
    monkeypatch.setenv("WERKBRUG_ENV", "development")
    config = load_config(str(tmp_path))
    assert config["SQLALCHEMY_DATABASE_URI"] == "postgresql+psycopg://u:p@localhost/werkbrug"


def test_money_and_dates_are_dutch():
    from app.formatting import ddmmyyyy, money, number

    assert money(Decimal("1234.565")) == "€ 1.234,57"
    assert money(Decimal("60000")) == "€ 60.000,00"
    assert money(None) == ""
    assert number(Decimal("18.5"), 1) == "18,5"
    assert ddmmyyyy(date(2026, 11, 22)) == "22-11-2026"


def test_unknown_page_is_a_dutch_404(client):
    response = client.get("/bestaat-niet")
    assert response.status_code == 404
    assert "Deze pagina bestaat niet" in response.get_data(as_text=True)


def test_create_user_command(db, runner):
    from app.models import User
    from tests.factories import OrganisationFactory

    OrganisationFactory(name="Gemeente Ooststellingwerf")
    db.session.commit()
    result = runner.invoke(
        args=[
            "create-user",
            "--email",
            "nieuw@example.nl",
            "--name",
            "Nieuwe Jobhunter",
            "--role",
            "jobhunter",
            "--organisation",
            "Gemeente Ooststellingwerf",
            "--password",
            "een lang wachtwoord",
        ]
    )
    assert result.exit_code == 0, result.output
    user = db.session.scalars(db.select(User).where(User.email == "nieuw@example.nl")).one()
    assert user.role == "jobhunter" and user.password_hash.startswith("$argon2id$")
    again = runner.invoke(
        args=[
            "create-user",
            "--email",
            "nieuw@example.nl",
            "--name",
            "X",
            "--role",
            "jobhunter",
            "--organisation",
            "Gemeente Ooststellingwerf",
            "--password",
            "een lang wachtwoord",
        ]
    )
    assert again.exit_code == 1 and "bestaat al" in again.output


@pytest.mark.parametrize(
    "args, message",
    [
        (["--email", "geen-adres"], "geldig e-mailadres"),
        (["--password", "kort"], "minimaal 12 tekens"),
        (["--organisation", "Onbekend"], "bestaat niet"),
        (["--role", "employer"], "werkgeversaccount"),
    ],
)
def test_create_user_rejects_bad_input(db, runner, args, message):
    from tests.factories import OrganisationFactory

    OrganisationFactory(name="Gemeente X")
    db.session.commit()
    base = {
        "--email": "a@example.nl",
        "--name": "A",
        "--role": "jobhunter",
        "--organisation": "Gemeente X",
        "--password": "een lang wachtwoord",
    }
    base.update(dict(zip(args[::2], args[1::2], strict=True)))
    result = runner.invoke(args=["create-user", *[x for pair in base.items() for x in pair]])
    assert result.exit_code != 0
    assert message in result.output


def test_security_headers_on_every_response(client):
    for path in ("/inloggen", "/healthz", "/bestaat-niet"):
        headers = client.get(path).headers
        csp = headers["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "'unsafe-inline'" not in csp
        assert "frame-ancestors 'none'" in csp
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["X-Frame-Options"] == "DENY"
        assert headers["Referrer-Policy"] == "same-origin"
        assert headers["Cache-Control"] == "no-store"
        assert "Strict-Transport-Security" not in headers  # only in production, over HTTPS


def test_hsts_in_production(tmp_path, monkeypatch):
    from app import create_app

    monkeypatch.setenv("SECRET_KEY", "s" * 64)
    monkeypatch.setenv("PUBLIC_BASE_URL", "https://werkbrug.example.nl")
    prod = create_app(
        {
            "WERKBRUG_ENV": "production",
            "INSTANCE_PATH": str(tmp_path),
            "SQLALCHEMY_DATABASE_URI": "sqlite:///" + str(tmp_path / "p.db"),
        }
    )
    headers = prod.test_client().get("/inloggen", base_url="https://werkbrug.example.nl").headers
    assert headers["Strict-Transport-Security"].startswith("max-age=31536000")
