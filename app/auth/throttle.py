"""Login throttling with Flask-Limiter: failed attempts per client IP and per account.

Only failed attempts count (a form shown again, status 200 or 429); a right password costs
nothing, so a busy office behind one IP address is not held up. Storage is in memory per
process unless `RATELIMIT_STORAGE_URI` points at a shared store (README, "Beveiliging"); the
lock-out in `app.services.lockout` is the durable, database-backed limit behind it.
"""

from __future__ import annotations

from flask import Flask, current_app, request, session
from flask_limiter import Limiter
from flask_limiter.errors import RateLimitExceeded
from flask_limiter.util import get_remote_address

limiter = Limiter(key_func=get_remote_address)

PENDING = "pending_login"


def _disabled() -> bool:
    return not current_app.config.get("LOGIN_THROTTLE_ENABLED", True)


def _failed(response) -> bool:
    """A POST that did not move on (form shown again with an error) is a failed attempt."""
    return request.method == "POST" and response.status_code in (200, 400, 429)


def _account_key() -> str:
    """The account being tried: the typed e-mail address, or the user half-way through login."""
    pending = session.get(PENDING) or {}
    if pending.get("uid"):
        return f"user:{pending['uid']}"
    email = (request.form.get("email") or "").strip().lower()[:254]
    return f"email:{email}" if email else f"ip:{get_remote_address()}"


def per_ip(every_try: bool = False, scope: str = "login-ip"):
    """Decorator: the per-IP limit on failed attempts (on every POST with `every_try`: a form
    whose answer is always the same, such as "wachtwoord vergeten")."""
    return limiter.limit(
        lambda: current_app.config["LOGIN_LIMIT_PER_IP"],
        methods=["POST"],
        scope=scope,
        exempt_when=_disabled,
        deduct_when=None if every_try else _failed,
    )


def per_account(every_try: bool = False, scope: str = "login-account"):
    """Decorator: the per-account limit on failed attempts (whatever IP they come from)."""
    return limiter.limit(
        lambda: current_app.config["LOGIN_LIMIT_PER_ACCOUNT"],
        key_func=_account_key,
        methods=["POST"],
        scope=scope,
        exempt_when=_disabled,
        deduct_when=None if every_try else _failed,
    )


def init_app(app: Flask) -> None:
    """Bind the limiter and show a Dutch page (the form again) when a limit is reached."""
    limiter.init_app(app)

    @app.errorhandler(RateLimitExceeded)
    def too_many_attempts(error: RateLimitExceeded):
        from app.auth.routes import render_throttled

        return render_throttled()
