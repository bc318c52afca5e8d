"""One-time invitation links: a staff user invites someone; the link lets them set a password.

Only a SHA-256 hash of the token is stored, so a database leak does not reveal usable links.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from flask import url_for

from app.extensions import db
from app.models import Invitation, Organisation, User
from app.models.base import utcnow
from app.security import hash_password
from app.services.mail import send_mail

VALID_FOR = timedelta(days=14)


class InvitationError(ValueError):
    """The link is unknown, used or expired (Dutch message)."""


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def invite(
    email: str,
    name: str,
    organisation: Organisation,
    invited_by: User | None,
    role: str = "employer",
) -> str:
    """Create an invitation and mail the link; returns the raw token (only ever in the mail)."""
    token = secrets.token_urlsafe(32)
    db.session.add(
        Invitation(
            token_hash=_hash(token),
            email=email,
            name=name,
            role=role,
            organisation=organisation,
            invited_by=invited_by,
            expires_at=utcnow() + VALID_FOR,
        )
    )
    link = url_for("auth.accept_invitation", token=token, _external=True)
    inviter = invited_by.name if invited_by else "Werkbrug"
    send_mail(
        email,
        "Uitnodiging voor Werkbrug",
        f"Beste {name or 'heer/mevrouw'},\n\n{inviter} nodigt u uit voor Werkbrug, het portaal "
        f"voor werk en social return van de gemeente, namens {organisation.name}.\n\n"
        "Kies via deze link uw wachtwoord (de link werkt één keer en is 14 dagen geldig):\n"
        f"{link}\n",
        organisation_id=organisation.id,
    )
    return token


def find_open(token: str) -> Invitation:
    """The unused, unexpired invitation for `token`, or `InvitationError`."""
    invitation = db.session.execute(
        db.select(Invitation).where(Invitation.token_hash == _hash(token or ""))
    ).scalar_one_or_none()
    if invitation is None or invitation.used_at is not None:
        raise InvitationError("Deze uitnodiging is niet (meer) geldig. Vraag een nieuwe aan.")
    expires = invitation.expires_at
    if expires.tzinfo is None:  # SQLite returns naive datetimes
        expires = expires.replace(tzinfo=utcnow().tzinfo)
    if expires < utcnow():
        raise InvitationError("Deze uitnodiging is verlopen. Vraag een nieuwe aan.")
    existing = db.session.execute(
        db.select(User).where(db.func.lower(User.email) == invitation.email.lower())
    ).scalar_one_or_none()
    if existing is not None and (
        existing.organisation_id != invitation.organisation_id or existing.role != invitation.role
    ):
        # An invitation never takes over an account of another organisation or role.
        raise InvitationError(
            "Er bestaat al een account met dit e-mailadres. Log in met dat account of vraag de "
            "beheerder om hulp."
        )
    return invitation


def accept(token: str, password: str) -> User:
    """Use the invitation: create the user (or reset the password of an existing one)."""
    invitation = find_open(token)
    user = db.session.execute(
        db.select(User).where(db.func.lower(User.email) == invitation.email.lower())
    ).scalar_one_or_none()
    if user is None:
        user = User(
            email=invitation.email,
            name=invitation.name or invitation.email,
            role=invitation.role,
            organisation_id=invitation.organisation_id,
            password_hash=hash_password(password),
        )
        db.session.add(user)
    else:
        user.password_hash = hash_password(password)
    invitation.used_at = utcnow()
    return user
