"""Personal API tokens (issue 19): make, list, revoke, and find the token of a request.

A token is 32 random bytes (URL-safe text with the prefix `wb_`); only its SHA-256 is stored, so
a stolen database gives no usable token. A plain hash is enough for a random secret of this
length (no password to guess); looking it up by hash keeps the check a single indexed query.

Scopes are `<area>:read` / `<area>:write` for the areas in `AREAS`; write implies read. A token
acts as its user: the user's role and organisation, through `app.security`'s rule book.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta

from flask_babel import lazy_gettext as _l

from app.extensions import db
from app.models import ApiToken, User
from app.models.base import utcnow
from app.services import audit

PREFIX = "wb_"
DEFAULT_DAYS = 365
MAX_DAYS = 2 * 365

# The areas a token can be given access to, with the label the account page shows.
AREAS = {
    "vacancies": _l("Vacatures"),
    "candidates": _l("Kandidaten en plaatsingen"),
    "sroi": _l("Social return (activiteiten en contracten)"),
    "catalogues": _l("Catalogi en rapportages"),
    "clients": _l("Klantgegevens (namen bij matches)"),
}
# Which areas make sense for which role (the account page offers only these).
ROLE_AREAS = {
    "employer": ("vacancies", "candidates", "sroi"),
    "procurement": ("sroi", "catalogues"),
    "jobhunter": ("vacancies", "candidates", "clients"),
    "admin": ("vacancies", "candidates", "sroi", "catalogues", "clients"),
}
ALL_SCOPES = tuple(f"{area}:{level}" for area in AREAS for level in ("read", "write"))


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def scopes_for_role(role: str) -> list[str]:
    """Every scope a user of `role` can use (the default of `flask api-token create`)."""
    return [f"{area}:{level}" for area in ROLE_AREAS.get(role, ()) for level in ("read", "write")]


def normalise_scopes(scopes) -> str:
    """Known scopes only, in a stable order; `write` brings its `read` along."""
    chosen = {s.strip() for s in scopes if s and s.strip()}
    for scope in list(chosen):
        if scope.endswith(":write"):
            chosen.add(scope.replace(":write", ":read"))
    return " ".join(s for s in ALL_SCOPES if s in chosen)


def create(
    user: User, name: str, scopes, *, days: int = DEFAULT_DAYS, now: datetime | None = None
) -> tuple[ApiToken, str]:
    """A new token for `user`; returns the row and the token text (shown once, never stored)."""
    now = now or utcnow()
    text = PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(
        user=user,
        name=name.strip()[:100],
        token_hash=digest(text),
        prefix=text[:10],
        scopes=normalise_scopes(scopes),
        created_at=now,
        expires_at=now + timedelta(days=max(1, min(days, MAX_DAYS))),
    )
    db.session.add(token)
    db.session.flush()
    audit.record("create", token, detail=f"API-sleutel: {token.name}", actor=user)
    return token, text


def for_user(user: User) -> list[ApiToken]:
    return list(
        db.session.scalars(
            db.select(ApiToken)
            .where(ApiToken.user_id == user.id)
            .order_by(ApiToken.revoked_at.is_not(None), ApiToken.created_at.desc())
        )
    )


def revoke(token: ApiToken, user: User, now: datetime | None = None) -> None:
    if token.revoked_at is None:
        token.revoked_at = now or utcnow()
        audit.record("update", token, detail=f"API-sleutel ingetrokken: {token.name}", actor=user)


def is_usable(token: ApiToken, now: datetime) -> bool:
    expires = token.expires_at
    if expires.tzinfo is None:  # SQLite gives naive datetimes back
        expires = expires.replace(tzinfo=UTC)
    return token.revoked_at is None and expires > now


def authenticate(text: str, now: datetime | None = None) -> ApiToken | None:
    """The usable token for `text`: known, not revoked, not expired, of an active user."""
    if not text or not text.startswith(PREFIX) or len(text) > 200:
        return None
    now = now or utcnow()
    token = db.session.execute(
        db.select(ApiToken).where(ApiToken.token_hash == digest(text))
    ).scalar_one_or_none()
    if token is None or not is_usable(token, now) or not token.user.active:
        return None
    from app.services import lockout

    if lockout.is_locked(token.user):
        return None
    return token
