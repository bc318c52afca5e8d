"""Configuration from the environment.

Every setting is documented in `.env.example`. `DATABASE_URL` defaults to an SQLite file in
the instance folder; `SECRET_KEY` is required outside development and generated once into the
instance folder for development, so a fresh checkout runs without any set-up.
"""

from __future__ import annotations

import os
import secrets
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
            return "postgresql+psycopg://" + url[len(prefix):]
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
    config: dict = {
        "WERKBRUG_ENV": env,
        "SQLALCHEMY_DATABASE_URI": normalise_database_url(
            os.environ.get("DATABASE_URL", default_db)
        ),
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
        "SECRET_KEY": os.environ.get("SECRET_KEY"),
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": _bool("SESSION_COOKIE_SECURE", production),
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        "REMEMBER_COOKIE_SECURE": _bool("SESSION_COOKIE_SECURE", production),
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
