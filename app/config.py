"""Configuration from the environment.

Every setting is documented in `.env.example`. `DATABASE_URL` defaults to an SQLite file in
the instance folder; `SECRET_KEY` is required outside development and generated once into the
instance folder for development, so a fresh checkout runs without any set-up. Production also
requires `PUBLIC_BASE_URL` (every link in a mail is built from it, never from the request's
Host header) and answers only for its host names (`TRUSTED_HOSTS`).
"""

from __future__ import annotations

import os
import secrets
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit


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


DEVELOPMENT_BASE_URL = "http://127.0.0.1:5000"


def check_public_base_url(url: str, production: bool) -> str:
    """The site's public address without a trailing slash, or a Dutch ConfigError."""
    url = (url or "").strip()
    if not url:
        raise ConfigError(
            "PUBLIC_BASE_URL ontbreekt. Zet in productie het openbare adres van Werkbrug in de "
            "omgevingsvariabele PUBLIC_BASE_URL (bijvoorbeeld https://werkbrug.gemeente.nl); "
            "alle links in e-mails worden daarmee gemaakt."
        )
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(
            f"PUBLIC_BASE_URL moet een volledig webadres zijn, zoals https://werkbrug.gemeente.nl, "
            f"niet {url!r}."
        )
    if parts.query or parts.fragment or parts.username or parts.password:
        raise ConfigError("PUBLIC_BASE_URL mag geen gebruikersnaam, vraagteken of # bevatten.")
    if production and parts.scheme != "https":
        raise ConfigError("PUBLIC_BASE_URL moet in productie met https:// beginnen.")
    return url.rstrip("/")


def _host_list(value: str | None) -> list[str]:
    return [host.strip() for host in (value or "").split(",") if host.strip()]


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
        # The saved matching index (app.services.matching_index): a started worker loads it
        # instead of fitting every vacancy. Empty: never saved (the test configuration).
        "MATCHING_SNAPSHOT_DIR": os.environ.get(
            "MATCHING_SNAPSHOT_DIR",
            "" if env == "testing" else str(Path(instance_path) / "matching"),
        ),
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
        # Failed logins (password or code) in a row before the account is locked; the first
        # lock lasts LOCKOUT_MINUTES, each next one in a row twice as long, at most the maximum.
        "LOCKOUT_THRESHOLD": int(os.environ.get("LOCKOUT_THRESHOLD", "10")),
        "LOCKOUT_MINUTES": int(os.environ.get("LOCKOUT_MINUTES", "15")),
        "LOCKOUT_MAX_MINUTES": int(os.environ.get("LOCKOUT_MAX_MINUTES", "1440")),
        # Seconds between a right password and the two-factor code; tries allowed in that time.
        "TWO_FACTOR_STEP_SECONDS": int(os.environ.get("TWO_FACTOR_STEP_SECONDS", "300")),
        "TWO_FACTOR_MAX_TRIES": int(os.environ.get("TWO_FACTOR_MAX_TRIES", "5")),
        # Days a sent mail stays in the outbox before `prune_outbox` deletes it (AVG: mails can
        # mention a client; the delivery log is enough after that).
        "OUTBOX_KEEP_DAYS": int(os.environ.get("OUTBOX_KEEP_DAYS", "30")),
        # Mail delivery by SMTP (`flask send-mail`, app.services.mail_delivery). Without
        # SMTP_HOST mail stays in the outbox (development).
        "SMTP_HOST": os.environ.get("SMTP_HOST", ""),
        "SMTP_PORT": os.environ.get("SMTP_PORT", ""),
        "SMTP_USERNAME": os.environ.get("SMTP_USERNAME", ""),
        "SMTP_PASSWORD": os.environ.get("SMTP_PASSWORD", ""),
        "SMTP_SECURITY": os.environ.get("SMTP_SECURITY", "starttls"),
        "SMTP_TIMEOUT": int(os.environ.get("SMTP_TIMEOUT", "30")),
        "MAIL_FROM": os.environ.get("MAIL_FROM", ""),
        # Tries before a mail is given up on, and the wait after the first failed try (doubling).
        "MAIL_MAX_TRIES": int(os.environ.get("MAIL_MAX_TRIES", "10")),
        "MAIL_RETRY_MINUTES": int(os.environ.get("MAIL_RETRY_MINUTES", "5")),
        # Minutes a "wachtwoord vergeten" link works.
        "PASSWORD_RESET_MINUTES": int(os.environ.get("PASSWORD_RESET_MINUTES", "60")),
        # Number of reverse proxies in front of the app whose X-Forwarded-For/-Proto/-Host to
        # trust; without a configured proxy those headers are ignored.
        "PROXY_COUNT": int(os.environ.get("PROXY_COUNT", "0")),
        # The site's public address: the base of every link in a mail (app.links.public_url).
        "PUBLIC_BASE_URL": os.environ.get("PUBLIC_BASE_URL", ""),
        # Host names the app answers for (others get 400); in production at least the host of
        # PUBLIC_BASE_URL. Empty outside production: any host.
        "TRUSTED_HOSTS": _host_list(os.environ.get("TRUSTED_HOSTS")) or None,
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
    if production or config.get("PUBLIC_BASE_URL"):
        config["PUBLIC_BASE_URL"] = check_public_base_url(config["PUBLIC_BASE_URL"], production)
    else:
        config["PUBLIC_BASE_URL"] = DEVELOPMENT_BASE_URL
    if production:
        own_host = urlsplit(config["PUBLIC_BASE_URL"]).hostname
        hosts = list(config.get("TRUSTED_HOSTS") or [])
        config["TRUSTED_HOSTS"] = hosts if own_host in hosts else [own_host, *hosts]
    config["SQLALCHEMY_DATABASE_URI"] = normalise_database_url(config["SQLALCHEMY_DATABASE_URI"])
    return config
