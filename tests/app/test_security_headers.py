"""Security headers, production cookies, proxy handling, templates without inline code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE)
EVENT_HANDLER = re.compile(r"<[^>]*\son[a-z]+\s*=", re.IGNORECASE)
STYLE_ATTRIBUTE = re.compile(r"<[^>]*\sstyle\s*=", re.IGNORECASE)
STYLE_ELEMENT = re.compile(r"<style[\s>]", re.IGNORECASE)
JS_URL = re.compile(r"""(href|src|action)\s*=\s*["']?\s*javascript:""", re.IGNORECASE)


def _templates():
    return sorted(TEMPLATES.rglob("*.html"))


def test_there_are_templates_to_check():
    assert len(_templates()) > 50


@pytest.mark.parametrize("path", _templates(), ids=lambda p: str(p.relative_to(TEMPLATES)))
def test_templates_have_no_inline_script_handlers_or_styles(path):
    """The CSP has no 'unsafe-inline': inline code or styles would simply not work."""
    text = path.read_text(encoding="utf-8")
    for pattern, what in (
        (INLINE_SCRIPT, "inline <script>"),
        (EVENT_HANDLER, "on…= handler"),
        (STYLE_ATTRIBUTE, 'style="" attribute'),
        (STYLE_ELEMENT, "<style> element"),
        (JS_URL, "javascript: URL"),
    ):
        match = pattern.search(text)
        assert match is None, f"{what} in {path.name}: {match.group(0)[:80] if match else ''}"


def test_headers_on_pages_errors_and_downloads(world, client, auth):
    auth.login("jobhunter.a@example.nl")
    responses = [
        client.get("/jobhunter/"),
        client.get("/bestaat-niet"),
        client.get(f"/jobhunter/werkzoekenden/{world.a.client.id}/inzage.json"),
        client.get("/static/css/werkbrug.css"),
    ]
    for response in responses:
        headers = response.headers
        csp = headers["Content-Security-Policy"]
        for directive in (
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
            "form-action 'self'",
        ):
            assert directive in csp
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert headers["X-Frame-Options"] == "DENY"
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "same-origin"
        assert "camera=()" in headers["Permissions-Policy"]
        assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
        assert headers["Cross-Origin-Resource-Policy"] == "same-origin"
        response.close()
    assert responses[0].headers["Cache-Control"] == "no-store"
    assert responses[2].headers["Cache-Control"] == "no-store"  # personal data download
    assert "no-store" not in responses[3].headers.get("Cache-Control", "")


@pytest.fixture
def production(tmp_path, monkeypatch):
    from flask_migrate import upgrade

    from app import create_app

    monkeypatch.setenv("SECRET_KEY", "s" * 64)
    monkeypatch.setenv("PUBLIC_BASE_URL", "https://werkbrug.example")
    monkeypatch.delenv("SESSION_COOKIE_SECURE", raising=False)
    app = create_app(
        {
            "WERKBRUG_ENV": "production",
            "INSTANCE_PATH": str(tmp_path),
            "SQLALCHEMY_DATABASE_URI": "sqlite:///" + str(tmp_path / "p.db"),
            "ARGON2_TIME_COST": 1,
            "ARGON2_MEMORY_COST": 1024,
        }
    )
    with app.app_context():
        upgrade()
    yield app
    with app.app_context():
        from app.extensions import db

        db.session.remove()
        db.engine.dispose()


def test_production_cookies_are_secure(production):
    config = production.config
    assert config["SESSION_COOKIE_SECURE"] and config["REMEMBER_COOKIE_SECURE"]
    assert config["SESSION_COOKIE_HTTPONLY"] and config["SESSION_COOKIE_SAMESITE"] == "Lax"
    assert config["SESSION_COOKIE_NAME"] == "__Host-session"
    response = production.test_client().get("/inloggen", base_url="https://werkbrug.example")
    cookie = response.headers["Set-Cookie"]
    assert cookie.startswith("__Host-session=")
    for flag in ("Secure", "HttpOnly", "SameSite=Lax", "Path=/"):
        assert flag in cookie
    assert "Domain=" not in cookie
    headers = response.headers
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    assert "upgrade-insecure-requests" in headers["Content-Security-Policy"]


def test_development_cookies_work_over_plain_http(app):
    assert app.config["SESSION_COOKIE_NAME"] == "session"
    assert not app.config["SESSION_COOKIE_SECURE"]


def test_production_refuses_to_start_without_a_secret_key(tmp_path, monkeypatch):
    from app import create_app
    from app.config import ConfigError

    monkeypatch.delenv("SECRET_KEY", raising=False)
    with pytest.raises(ConfigError, match="SECRET_KEY"):
        create_app({"WERKBRUG_ENV": "production", "INSTANCE_PATH": str(tmp_path)})


def test_client_address_from_a_trusted_proxy(tmp_path):
    from flask import request

    from app import create_app

    def make(proxies):
        app = create_app(
            {
                "WERKBRUG_ENV": "testing",
                "INSTANCE_PATH": str(tmp_path),
                "SECRET_KEY": "x",
                "SQLALCHEMY_DATABASE_URI": "sqlite://",
                "PROXY_COUNT": proxies,
            }
        )

        @app.route("/wie")
        def who():
            return request.remote_addr

        return app.test_client()

    headers = {"X-Forwarded-For": "203.0.113.7"}
    assert make(1).get("/wie", headers=headers).get_data(as_text=True) == "203.0.113.7"
    # Without a configured proxy the header is ignored: anyone could send it.
    assert make(0).get("/wie", headers=headers).get_data(as_text=True) == "127.0.0.1"


def test_session_lasts_only_the_idle_time_out(world, client, auth):
    response = auth.login("employer.a@example.nl")
    cookie = response.headers["Set-Cookie"]
    assert "Expires=" in cookie  # a permanent session with the configured lifetime
