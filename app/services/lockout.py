"""Account lock-out after repeated failed logins (BIO): counted in the database, so the count
holds across gunicorn workers and restarts; only a beheerder unlocks.

A wrong password and a wrong two-factor code both count; a complete login resets the count.
"""

from __future__ import annotations

from flask import current_app

from app.models import User
from app.models.base import utcnow
from app.services import audit


def is_locked(user: User) -> bool:
    """Whether the account is locked."""
    return user.locked_at is not None


def register_failure(user: User, what: str) -> bool:
    """Count a failed attempt (`what`: 'wachtwoord', 'code' or 'herstelcode'); True if it locks.

    A wrong password is logged without a user (anyone may type an address); a wrong code comes
    from someone who knew the password, so it is logged as that user. The caller commits.
    """
    user.failed_logins = (user.failed_logins or 0) + 1
    detail = f"{what} onjuist ({user.failed_logins}e keer op rij)"
    if what == "wachtwoord":
        audit.record("login-fail", user, detail=detail)
    else:
        audit.record("2fa-fail", user, detail=detail, actor=user)
    threshold = current_app.config["LOCKOUT_THRESHOLD"]
    if user.locked_at is None and user.failed_logins >= threshold:
        user.locked_at = utcnow()
        audit.record("lock", user, detail=f"geblokkeerd na {user.failed_logins} mislukte pogingen")
        current_app.logger.warning(
            "Account %s locked after %s failures", user.id, user.failed_logins
        )
        return True
    return False


def register_success(user: User) -> None:
    """A complete login: start counting from zero again."""
    user.failed_logins = 0


def unlock(user: User) -> None:
    """Unlock an account (beheerder); the audit entry records who did it."""
    user.locked_at = None
    user.failed_logins = 0
    audit.record("unlock", user, detail="ontgrendeld door beheerder")
