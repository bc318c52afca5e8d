"""Account lock-out after repeated failed logins (BIO), counted in the database so the count
holds across gunicorn workers and restarts.

A wrong password and a wrong two-factor code both count; a complete login resets the count.
After `LOCKOUT_THRESHOLD` failures in a row the account is locked for `LOCKOUT_MINUTES`
(default 15). A lock ends by itself; the count stays, so after a lock a single further failure
locks again, each time twice as long (15, 30, 60 … minutes, at most `LOCKOUT_MAX_MINUTES`, a
day by default). Someone guessing passwords gets one try per lock period, while nobody can keep
an account locked for good with ten wrong passwords. The user gets a mail at every lock, and a
beheerder unlocks on the Gebruikers page, or anyone with access to the server runs
`flask unlock-user EMAIL` (no second beheerder needed when the only one is locked).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from flask_babel import gettext as _

from app.formatting import ddmmyyyy
from app.models import User
from app.models.base import utcnow
from app.services import audit
from app.services.mail import send_mail
from app.settings import lockout_policy

log = logging.getLogger(__name__)


def _aware(moment: datetime | None) -> datetime | None:
    """SQLite gives naive UTC datetimes back."""
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


def is_locked(user: User) -> bool:
    """Whether the account is locked now."""
    until = _aware(user.locked_until)
    return until is not None and until > utcnow()


def lock_minutes(lock_number: int) -> int:
    """How long the `lock_number`-th lock in a row lasts: 15, 30, 60 … up to the ceiling."""
    policy = lockout_policy()
    return min(policy.minutes * 2 ** min(max(lock_number - 1, 0), 20), policy.max_minutes)


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
    if is_locked(user) or user.failed_logins < lockout_policy().threshold:
        return False
    _lock(user)
    return True


def _lock(user: User) -> None:
    now = utcnow()
    user.lock_count = (user.lock_count or 0) + 1
    minutes = lock_minutes(user.lock_count)
    user.locked_at = now
    user.locked_until = now + timedelta(minutes=minutes)
    audit.record(
        "lock",
        user,
        detail=f"geblokkeerd voor {minutes} minuten na {user.failed_logins} mislukte pogingen",
    )
    log.warning(
        "Account %s locked for %s minutes after %s failures", user.id, minutes, user.failed_logins
    )
    send_mail(
        user.email,
        _("Uw Werkbrug-account is tijdelijk geblokkeerd"),
        _(
            "Beste %(name)s,\n\nEr is %(n)s keer op rij geprobeerd in te loggen op uw "
            "Werkbrug-account met een verkeerd wachtwoord of een verkeerde code. Daarom is uw "
            "account %(minutes)s minuten geblokkeerd, tot %(until)s. Daarna kunt u weer "
            "inloggen.\n\nWas u dit niet? Dan probeert iemand anders in te loggen. Kies na het "
            "inloggen een sterk wachtwoord dat u nergens anders gebruikt en meld het bij de "
            "beheerder van Werkbrug in uw organisatie. De beheerder kan uw account ook eerder "
            "ontgrendelen.\n",
            name=user.name,
            n=user.failed_logins,
            minutes=minutes,
            until=ddmmyyyy(user.locked_until),
        ),
        organisation_id=user.organisation_id,
    )


def register_success(user: User) -> None:
    """A complete login: start counting from zero again, and forget earlier locks."""
    user.failed_logins = 0
    user.lock_count = 0


def unlock(user: User, how: str = "ontgrendeld door beheerder") -> None:
    """Unlock an account now (beheerder or `flask unlock-user`); audited."""
    user.locked_at = None
    user.locked_until = None
    user.failed_logins = 0
    user.lock_count = 0
    audit.record("unlock", user, detail=how)
