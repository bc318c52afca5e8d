"""Users managed in the portal: invite, change a role, deactivate and reactivate, the company
beheerder of an employer, and an employer's colleagues.

- Inviting goes through `app.services.invitations` and its rules: an invitation never changes
  an existing account, and the organisation's users are told.
- A role must fit the organisation: employer accounts belong to an employer; jobhunters to a
  municipality or region; procurement and beheerders to a municipality, region or other
  authority.
- A role change or a deactivation ends every session of the account (the session token changes,
  `app.models.organisation`). Accounts are never deleted: the audit log names them.
- Nobody deactivates or demotes themselves, and the last active beheerder stays.
- An employer's "beheerder van dit bedrijf" (`User.company_admin`) invites and removes
  colleagues of the same employer; removing is deactivating.

The acting user is an argument; every change is audited; nothing is committed here.
"""

from __future__ import annotations

from flask_babel import gettext as _

from app.extensions import db
from app.models import Organisation, User
from app.models.choices import ROLES
from app.services import audit, invitations

ROLE_KINDS = {
    "employer": ("employer",),
    "jobhunter": ("municipality", "region"),
    "procurement": ("municipality", "region", "authority"),
    "admin": ("municipality", "region", "authority"),
}


class AccountError(ValueError):
    """The change cannot be made; `field` names the form field for the Dutch message."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


def check_role_fits(role: str, organisation: Organisation) -> None:
    if role not in ROLES:
        raise AccountError(_("Kies een rol."), "role")
    if organisation.kind not in ROLE_KINDS[role]:
        if role == "employer":
            message = _("Een werkgeversaccount hoort bij een werkgever.")
        elif organisation.kind == "employer":
            message = _("Bij een werkgever horen alleen werkgeversaccounts.")
        else:
            message = _("Jobhunters horen bij een gemeente of regio.")
        raise AccountError(message, "role")


def invite(
    email: str,
    name: str,
    role: str,
    organisation: Organisation,
    by: User,
) -> str:
    """Invite a new user; returns the token (never stored)."""
    check_role_fits(role, organisation)
    try:
        token = invitations.invite(email, name, organisation, by, role=role)
    except invitations.InvitationError as error:
        raise AccountError(str(error), "email") from None
    audit.record(
        "create", organisation, detail=f"uitnodiging als {role} gestuurd aan {email.lower()}"
    )
    return token


def _active_admins() -> int:
    return db.session.scalar(
        db.select(db.func.count(User.id)).where(User.role == "admin", User.active.is_(True))
    )


def set_role(user: User, role: str, by: User) -> bool:
    """Change the role (the user's sessions end); False when it was already that role."""
    if user.role == role:
        return False
    if user.id == by.id:
        raise AccountError(_("Uw eigen rol wijzigt een andere beheerder."), "role")
    check_role_fits(role, user.organisation)
    if user.role == "admin" and user.active and _active_admins() <= 1:
        raise AccountError(_("Dit is de enige actieve beheerder; die blijft beheerder."), "role")
    old = user.role
    user.role = role
    if role != "employer":
        user.company_admin = False
    audit.record("update", user, detail=f"rol: {old} -> {role}")
    return True


def set_active(user: User, active: bool, by: User) -> bool:
    """Deactivate (the user is logged out everywhere and cannot log in) or reactivate."""
    if user.active == active:
        return False
    if not active and user.id == by.id:
        raise AccountError(_("U kunt uw eigen account niet uitzetten."))
    if not active and user.role == "admin" and _active_admins() <= 1:
        raise AccountError(_("Dit is de enige actieve beheerder; dat account blijft aan."))
    user.active = active
    audit.record("update", user, detail="account aangezet" if active else "account uitgezet")
    return True


def set_company_admin(user: User, value: bool, by: User) -> bool:
    """Make an employer's user the company's beheerder (or not)."""
    if user.role != "employer":
        if value:
            raise AccountError(
                _("Alleen een werkgeversaccount kan beheerder van het bedrijf zijn."),
                "company_admin",
            )
        return False
    if bool(user.company_admin) == value:
        return False
    user.company_admin = value
    audit.record(
        "update", user, detail="beheerder van het bedrijf" if value else "geen bedrijfsbeheerder"
    )
    return True


# --------------------------------------------------------------------------- colleagues


def colleagues(organisation: Organisation) -> list[User]:
    """The users of an organisation, active first, by name."""
    return db.session.scalars(
        db.select(User)
        .where(User.organisation_id == organisation.id)
        .order_by(User.active.desc(), User.name)
    ).all()


def may_manage_colleagues(user: User) -> bool:
    return user.role == "employer" and bool(user.company_admin) and user.active


def invite_colleague(email: str, name: str, by: User) -> str:
    """A company beheerder invites a colleague to the same employer."""
    if not may_manage_colleagues(by):
        raise AccountError(_("Alleen de beheerder van uw bedrijf kan collega's uitnodigen."))
    return invite(email, name, "employer", by.organisation, by)


def remove_colleague(user: User, by: User) -> None:
    """A company beheerder removes a colleague: the account is switched off (not deleted)."""
    if not may_manage_colleagues(by) or user.organisation_id != by.organisation_id:
        raise AccountError(_("Alleen de beheerder van uw bedrijf kan collega's verwijderen."))
    if user.id == by.id:
        raise AccountError(_("U kunt uzelf niet verwijderen. Vraag een collega of de gemeente."))
    user.active = False
    user.company_admin = False
    audit.record("update", user, detail="verwijderd als collega door de bedrijfsbeheerder")
