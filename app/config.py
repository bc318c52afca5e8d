"""Configuration from the environment.

Every setting is documented in `.env.example`. `DATABASE_URL` defaults to an SQLite file in
the instance folder; `SECRET_KEY` is required outside development and generated once into the
instance folder for development, so a fresh checkout runs without any set-up.
"""

from __future__ import annotations

import os
import secrets
from datetime import timedelta
from pathlib import Path


class ConfigError(RuntimeError):
    """Raised at start-up when the configuration cannot be used safely."""


def _bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on", "ja"}


def normalise_database_url(url: str) -> str:
    """Use the psycopg 3 driver for plain `postgres://` / `postgresql://` URLs."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def development_secret_key(instance_path: str) -> str:
    """Read the development secret key from the instance folder, creating it on first use."""
    path = Path(instance_path) / "secret_key"
    if path.exists():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32)
    path.write_text(key)
    path.chmod(0o600)
    return key


def load_config(instance_path: str, overrides: dict | None = None) -> dict:
    """Build the Flask config dict from the environment, then apply `overrides`."""
    overrides = dict(overrides or {})
    env = overrides.get("WERKBRUG_ENV") or os.environ.get("WERKBRUG_ENV", "development")
    if env not in {"development", "production", "testing"}:
        raise ConfigError(
            f"WERKBRUG_ENV moet 'development', 'production' of 'testing' zijn, niet {env!r}."
        )
    default_db = "sqlite:///" + str(Path(instance_path) / "werkbrug.db")
    production = env == "production"
    secure_cookies = _bool("SESSION_COOKIE_SECURE", production)
    config: dict = {
        "WERKBRUG_ENV": env,
        "SQLALCHEMY_DATABASE_URI": normalise_database_url(
            os.environ.get("DATABASE_URL", default_db)
        ),
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
        "SECRET_KEY": os.environ.get("SECRET_KEY"),
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": secure_cookies,
        # The __Host- prefix makes the browser refuse the cookie unless it is Secure, for the
        # whole site and without a Domain: no sub-domain can set or read it.
        "SESSION_COOKIE_NAME": "__Host-session" if secure_cookies else "session",
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        "REMEMBER_COOKIE_SECURE": secure_cookies,
        "REMEMBER_COOKIE_NAME": "__Host-remember" if secure_cookies else "remember_token",
        # "Ingelogd blijven" lasts two weeks at most, and is never offered to staff (app.auth).
        "REMEMBER_COOKIE_DURATION": timedelta(days=int(os.environ.get("REMEMBER_DAYS", "14"))),
        # Idle time-out: the session cookie is renewed on each request and expires after this.
        "PERMANENT_SESSION_LIFETIME": int(os.environ.get("SESSION_LIFETIME_MINUTES", "480")) * 60,
        "WTF_CSRF_ENABLED": True,
        "WTF_CSRF_TIME_LIMIT": None,  # the token lives as long as the session
        "BABEL_DEFAULT_LOCALE": "nl",
        "BABEL_DEFAULT_TIMEZONE": "Europe/Amsterdam",
        "MAX_CONTENT_LENGTH": int(os.environ.get("MAX_UPLOAD_MB", "25")) * 1024 * 1024,
        "UPLOAD_FOLDER": os.environ.get("UPLOAD_FOLDER", str(Path(instance_path) / "uploads")),
        # argon2id cost; lowered only by the test configuration
        "ARGON2_TIME_COST": int(os.environ.get("ARGON2_TIME_COST", "3")),
        "ARGON2_MEMORY_COST": int(os.environ.get("ARGON2_MEMORY_COST", "65536")),
        # Login throttling (Flask-Limiter). In memory per process by default; with several
        # gunicorn workers or servers point it at a shared store, e.g. redis://host:6379/0.
        "LOGIN_THROTTLE_ENABLED": _bool("LOGIN_THROTTLE_ENABLED", True),
        "RATELIMIT_STORAGE_URI": os.environ.get("RATELIMIT_STORAGE_URI", "memory://"),
        "RATELIMIT_HEADERS_ENABLED": True,
        # A shared store that is down must not stop people logging in: fall back to memory.
        "RATELIMIT_SWALLOW_ERRORS": True,
        "RATELIMIT_IN_MEMORY_FALLBACK_ENABLED": True,
        "LOGIN_LIMIT_PER_IP": os.environ.get("LOGIN_LIMIT_PER_IP", "20 per minute;200 per hour"),
        "LOGIN_LIMIT_PER_ACCOUNT": os.environ.get(
            "LOGIN_LIMIT_PER_ACCOUNT", "5 per minute;30 per hour"
        ),
        # Failed logins (password or code) in a row before the account is locked.
        "LOCKOUT_THRESHOLD": int(os.environ.get("LOCKOUT_THRESHOLD", "10")),
        # Seconds between a right password and the two-factor code; tries allowed in that time.
        "TWO_FACTOR_STEP_SECONDS": int(os.environ.get("TWO_FACTOR_STEP_SECONDS", "300")),
        "TWO_FACTOR_MAX_TRIES": int(os.environ.get("TWO_FACTOR_MAX_TRIES", "5")),
        # Days a sent mail stays in the outbox before `prune_outbox` deletes it (AVG: mails can
        # mention a client; the delivery log is enough after that).
        "OUTBOX_KEEP_DAYS": int(os.environ.get("OUTBOX_KEEP_DAYS", "30")),
        # Number of reverse proxies in front of the app whose X-Forwarded-For/-Proto to trust.
        "PROXY_COUNT": int(os.environ.get("PROXY_COUNT", "0")),
    }
    config.update(overrides)
    if not config.get("SECRET_KEY"):
        if production:
            raise ConfigError(
                "SECRET_KEY ontbreekt. Zet in productie een lange willekeurige waarde in de "
                "omgevingsvariabele SECRET_KEY (bijvoorbeeld: python -c "
                "'import secrets; print(secrets.token_hex(32))')."
            )
        config["SECRET_KEY"] = development_secret_key(instance_path)
    config["SQLALCHEMY_DATABASE_URI"] = normalise_database_url(config["SQLALCHEMY_DATABASE_URI"])
    return config
