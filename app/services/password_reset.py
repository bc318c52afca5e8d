""" "Wachtwoord vergeten": a single-use link by e-mail that expires (default one hour).

- The answer to a request is the same whether the address has an account or not; only an
  active account gets a mail. Requests are throttled like logins (`app.auth.throttle`).
- Neither the link nor its token is stored. A reset keeps a random `link_key`; the token is an
  HMAC of it under SECRET_KEY, made only when the mail is delivered (`token_for`, called by
  `app.services.mail.delivered`); `token_hash` (SHA-256) finds the reset again.
- A link works once. A newer request, or a password change, makes older links useless.
- Choosing the new password ends every session of the account (the session token changes with
  the password hash, `app.models.organisation`); a locked account stays locked, and staff still
  log in with their second factor.

No Flask here: the secret key, the time and the validity are arguments.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from datetime import UTC, datetime, timedelta

from app.extensions import db
from app.models import PasswordReset, User
from app.services.mail import send_mail

# Where the link goes in a stored reset mail; filled in only at delivery.
LINK_PLACEHOLDER = "[[herstellink]]"
DEFAULT_VALID_FOR = timedelta(hours=1)


class ResetError(ValueError):
    """The link cannot be used (Dutch message)."""


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def token_for(reset: PasswordReset, secret_key: str) -> str:
    """The token in the reset's link (for the delivery of its mail only)."""
    message = f"werkbrug-password-reset:{reset.id}:{reset.link_key}".encode()
    digest = hmac.new(secret_key.encode(), message, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def _aware(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def _active_user(email: str) -> User | None:
    user = db.session.execute(
        db.select(User).where(db.func.lower(User.email) == (email or "").strip().lower())
    ).scalar_one_or_none()
    return user if user is not None and user.active else None


def _close_open_links(user: User, now: datetime) -> None:
    for older in db.session.scalars(
        db.select(PasswordReset).where(
            PasswordReset.user_id == user.id, PasswordReset.used_at.is_(None)
        )
    ):
        older.used_at = now


def request_reset(
    email: str,
    now: datetime,
    secret_key: str,
    valid_for: timedelta = DEFAULT_VALID_FOR,
) -> PasswordReset | None:
    """Queue a reset mail for an active account with this address (not committed).

    Returns the reset, or None when there is no such account; the caller answers the same way
    in both cases.
    """
    user = _active_user(email)
    if user is None:
        return None
    _close_open_links(user, now)
    reset = PasswordReset(
        user=user,
        token_hash=secrets.token_hex(32),  # replaced below, once the id is known
        link_key=secrets.token_hex(16),
        created_at=now,
        expires_at=now + valid_for,
    )
    db.session.add(reset)
    db.session.flush()
    reset.token_hash = _hash(token_for(reset, secret_key))
    minutes = int(valid_for.total_seconds() // 60)
    valid = f"{minutes // 60} uur" if minutes % 60 == 0 else f"{minutes} minuten"
    send_mail(
        user.email,
        "Nieuw wachtwoord kiezen voor Werkbrug",
        f"Beste {user.name},\n\nIemand, hopelijk u, heeft gevraagd om een nieuw wachtwoord voor "
        f"uw Werkbrug-account.\n\nKies via deze link een nieuw wachtwoord (de link werkt één keer "
        f"en is {valid} geldig):\n{LINK_PLACEHOLDER}\n\nHeeft u dit niet gevraagd? Dan hoeft u "
        "niets te doen: uw wachtwoord blijft hetzelfde.\n",
        organisation_id=user.organisation_id,
        password_reset=reset,
    )
    return reset


def find_open(token: str, now: datetime) -> PasswordReset:
    """The unused, unexpired reset for `token`, or `ResetError`."""
    reset = db.session.execute(
        db.select(PasswordReset).where(PasswordReset.token_hash == _hash(token or ""))
    ).scalar_one_or_none()
    if reset is None or reset.used_at is not None or not reset.user.active:
        raise ResetError(
            "Deze link werkt niet (meer). Vraag op de inlogpagina een nieuwe link aan."
        )
    if _aware(reset.expires_at) < now:
        raise ResetError("Deze link is verlopen. Vraag op de inlogpagina een nieuwe link aan.")
    return reset


def complete(token: str, password_hash: str, now: datetime) -> User:
    """Set the new password (already hashed) and use up the link and any other open one."""
    reset = find_open(token, now)
    user = reset.user
    user.password_hash = password_hash  # a new session token too: every login ends
    _close_open_links(user, now)
    send_mail(
        user.email,
        "Uw wachtwoord voor Werkbrug is gewijzigd",
        f"Beste {user.name},\n\nHet wachtwoord van uw Werkbrug-account is zojuist gewijzigd via "
        "de link 'wachtwoord vergeten'. U bent op alle computers en telefoons uitgelogd.\n\n"
        "Was u dit niet? Neem dan direct contact op met de beheerder van Werkbrug in uw "
        "organisatie.\n",
        organisation_id=user.organisation_id,
    )
    return user
