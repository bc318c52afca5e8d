"""One-time invitation links: someone is invited to an organisation and chooses a password.

Rules (issue 12, finding 1 and 6):

- Who may invite for which organisation is the rule book's `can_manage` (app.security): staff
  only for employers of their own municipality or region; a beheerder for any organisation.
- An invitation never changes an existing account. An address that already has an account is
  refused with a Dutch message when inviting, and again when the link is used (an account made
  in between stays as it is). Werkbrug has one organisation per account, so "linking" an
  existing user to a second employer is not offered: the person logs in with their own account,
  or is invited with another address. The one exception is the not-yet-used account of a
  self-registration (`for_user`), whose first password the approval's invitation sets.
- The organisation's existing users get a mail when a colleague is invited, so an insider who
  adds someone is noticed before the link is even used.
- Neither the link nor the token is stored. The invitation keeps a random `link_key`; the
  token is an HMAC of it under SECRET_KEY, made only when the mail is delivered (`link_for`,
  called by `app.services.mail.delivered`); `token_hash` (SHA-256) finds the invitation again.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from datetime import timedelta

from app.extensions import db
from app.links import public_url
from app.models import Invitation, Organisation, User
from app.models.base import utcnow
from app.security import can_manage, hash_password
from app.services.mail import send_mail
from app.settings import secret_key

VALID_FOR = timedelta(days=14)
# Where the link goes in a stored invitation mail; filled in only at delivery.
LINK_PLACEHOLDER = "[[uitnodigingslink]]"
ACCOUNT_EXISTS = (
    "Er bestaat al een account met dit e-mailadres. Een uitnodiging verandert nooit een "
    "bestaand account: laat de persoon inloggen met dat account, of gebruik een ander adres."
)


class InvitationError(ValueError):
    """The invitation cannot be made or used (Dutch message)."""


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _token(invitation: Invitation) -> str:
    key = secret_key().encode()
    message = f"werkbrug-invitation:{invitation.id}:{invitation.link_key}".encode()
    digest = hmac.new(key, message, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def link_for(invitation: Invitation) -> str:
    """The invitation's link (for the delivery of its mail only)."""
    if not invitation.link_key:  # made before links were derived: never delivered again
        return "(deze uitnodiging is niet meer geldig; vraag een nieuwe aan)"
    return public_url("auth.accept_invitation", token=_token(invitation))


def account_for(email: str) -> User | None:
    return db.session.execute(
        db.select(User).where(db.func.lower(User.email) == email.strip().lower())
    ).scalar_one_or_none()


def invite(
    email: str,
    name: str,
    organisation: Organisation,
    invited_by: User | None,
    role: str = "employer",
    for_user: User | None = None,
) -> str:
    """Create an invitation and queue its mail; returns the token (never stored).

    `invited_by` None is the system itself (a command, a test). `for_user` is a
    self-registration's own account, not yet used, whose first password the link sets.
    """
    if invited_by is not None and not can_manage(organisation, invited_by):
        raise InvitationError("U kunt geen gebruikers uitnodigen voor deze organisatie.")
    existing = account_for(email)
    if existing is not None and existing is not for_user:
        raise InvitationError(ACCOUNT_EXISTS)
    if for_user is not None and (
        for_user.last_login_at is not None or for_user.organisation_id != organisation.id
    ):
        raise InvitationError(ACCOUNT_EXISTS)
    invitation = Invitation(
        token_hash=secrets.token_hex(32),  # replaced below, once the id is known
        email=email,
        name=name,
        role=role,
        organisation=organisation,
        invited_by=invited_by,
        expires_at=utcnow() + VALID_FOR,
        link_key=secrets.token_hex(16),
        user=for_user,
    )
    db.session.add(invitation)
    db.session.flush()
    token = _token(invitation)
    invitation.token_hash = _hash(token)
    inviter = invited_by.name if invited_by else "Werkbrug"
    send_mail(
        email,
        "Uitnodiging voor Werkbrug",
        f"Beste {name or 'heer/mevrouw'},\n\n{inviter} nodigt u uit voor Werkbrug, het portaal "
        f"voor werk en social return van de gemeente, namens {organisation.name}.\n\n"
        "Kies via deze link uw wachtwoord (de link werkt één keer en is 14 dagen geldig):\n"
        f"{LINK_PLACEHOLDER}\n",
        organisation_id=organisation.id,
        invitation=invitation,
    )
    _tell_colleagues(organisation, email, name, invited_by, for_user)
    return token


def _tell_colleagues(organisation, email, name, invited_by, for_user) -> None:
    """Mail the organisation's active users that someone was invited to join them."""
    colleagues = db.session.scalars(
        db.select(User).where(
            User.organisation_id == organisation.id,
            User.active.is_(True),
            db.func.lower(User.email) != email.strip().lower(),
        )
    ).all()
    by = f"{invited_by.name} ({invited_by.organisation.name})" if invited_by else "Werkbrug zelf"
    for colleague in colleagues:
        if colleague is for_user:
            continue
        send_mail(
            colleague.email,
            "Nieuwe collega uitgenodigd voor Werkbrug",
            f"Beste {colleague.name},\n\n{by} heeft {name or email} <{email}> uitgenodigd om "
            f"namens {organisation.name} Werkbrug te gebruiken. Na het kiezen van een "
            "wachtwoord ziet deze persoon dezelfde gegevens als u.\n\n"
            "Kent u deze persoon niet, of klopt dit niet? Neem dan direct contact op met de "
            "gemeente.\n",
            organisation_id=organisation.id,
        )


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
    existing = account_for(invitation.email)
    if existing is not None and not _is_own_new_account(invitation, existing):
        raise InvitationError(ACCOUNT_EXISTS)
    return invitation


def _is_own_new_account(invitation: Invitation, user: User) -> bool:
    """The self-registration's account the invitation was made for, never used before."""
    return (
        invitation.user_id == user.id
        and user.last_login_at is None
        and user.organisation_id == invitation.organisation_id
    )


def accept(token: str, password: str) -> User:
    """Use the invitation: create the account (or set the first password of a registration)."""
    invitation = find_open(token)
    user = account_for(invitation.email)
    if user is None:
        user = User(
            email=invitation.email,
            name=invitation.name or invitation.email,
            role=invitation.role,
            organisation_id=invitation.organisation_id,
            password_hash=hash_password(password),
        )
        db.session.add(user)
    else:  # find_open allowed only the registration's own unused account
        user.password_hash = hash_password(password)
    if user.role == "employer" and not _has_company_admin(invitation.organisation_id, user):
        user.company_admin = True  # the first user of an employer manages its colleagues
    invitation.used_at = utcnow()
    return user


def _has_company_admin(organisation_id: int, user: User) -> bool:
    return (
        db.session.scalar(
            db.select(User.id)
            .where(
                User.organisation_id == organisation_id,
                User.company_admin.is_(True),
                User.active.is_(True),
                User.id != (user.id or 0),
            )
            .limit(1)
        )
        is not None
    )
