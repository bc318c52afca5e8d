"""Employer access: self-registration with a KvK number, approval by a jobhunter, invitations.

A self-registered employer is stored with `approved = False` and an inactive user without a
usable password, so nobody can log in with it. When a jobhunter of the chosen municipality
approves, the user is activated and receives a one-time link to choose a password (the same
invitation mechanism a jobhunter or procurement user uses to add an employer's colleague).
Refusing removes the registration and tells the applicant why.

The employer's registration page and the jobhunter's approval pages
(`app/employer/registration.py`, `app/jobhunter/approvals.py`) call these functions;
procurement can call `invite_user` the same way.
"""

from __future__ import annotations

import secrets

from flask_babel import gettext as _

from app.extensions import db
from app.links import public_url
from app.models import Employer, Organisation, User
from app.security import hash_password, staff_scope
from app.services import audit, invitations
from app.services.mail import send_mail


class RegistrationError(ValueError):
    """A registration or invitation cannot go ahead; `field` names the form field."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


def municipalities() -> list[Organisation]:
    """Municipalities an employer can register with."""
    return db.session.scalars(
        db.select(Organisation)
        .where(Organisation.kind == "municipality")
        .order_by(Organisation.name)
    ).all()


def _user_by_email(email: str) -> User | None:
    return db.session.execute(
        db.select(User).where(db.func.lower(User.email) == email.lower())
    ).scalar_one_or_none()


def register(
    *,
    company: str,
    kvk: str,
    sector: str,
    postcode: str,
    size: int | None,
    municipality: Organisation,
    name: str,
    email: str,
) -> Employer | None:
    """Store a self-registration awaiting approval; None when the e-mail already has an account.

    For an address that already has an account nothing is created and the owner gets a mail
    saying so, while the page answers the same as always: the form does not reveal accounts.
    """
    if db.session.execute(db.select(Employer.id).where(Employer.kvk == kvk)).first():
        raise RegistrationError(
            _(
                "Dit KvK-nummer is al aangemeld. Vraag een collega of de jobhunter van uw "
                "gemeente om een uitnodiging."
            ),
            "kvk",
        )
    if _user_by_email(email) is not None:
        send_mail(
            email,
            _("Uw aanmelding bij Werkbrug"),
            _(
                "Beste %(name)s,\n\nIemand heeft zich met dit e-mailadres aangemeld voor "
                "%(company)s. Er bestaat al een account met dit adres: u kunt gewoon inloggen. "
                "Was u dit niet, dan hoeft u niets te doen.\n",
                name=name,
                company=company,
            ),
        )
        return None
    organisation = Organisation(kind="employer", name=company)
    employer = Employer(
        organisation=organisation,
        name=company,
        kvk=kvk,
        sector=sector or "",
        postcode=postcode,
        size=size,
        municipality=municipality,
        approved=False,
    )
    user = User(
        email=email,
        name=name,
        role="employer",
        organisation=organisation,
        active=False,
        company_admin=True,  # the one who registers the company manages its colleagues
        password_hash=hash_password(secrets.token_urlsafe(32)),
    )
    db.session.add_all([organisation, employer, user])
    db.session.flush()
    audit.record("create", employer, detail=f"zelf aangemeld: {company} (KvK {kvk})")
    send_mail(
        email,
        _("We hebben uw aanmelding ontvangen"),
        _(
            "Beste %(name)s,\n\nBedankt voor uw aanmelding van %(company)s bij Werkbrug. "
            "Een jobhunter van %(municipality)s bekijkt uw aanmelding, meestal binnen vijf "
            "werkdagen. Daarna krijgt u een e-mail met een link om uw wachtwoord te kiezen.\n",
            name=name,
            company=company,
            municipality=municipality.name,
        ),
        organisation_id=municipality.id,
    )
    for jobhunter in db.session.scalars(
        db.select(User).where(
            User.role == "jobhunter",
            User.active.is_(True),
            User.organisation_id.in_(_organisations_serving(municipality)),
        )
    ):
        send_mail(
            jobhunter.email,
            _("Nieuwe aanmelding van een werkgever"),
            _(
                "Beste %(name)s,\n\n%(company)s (KvK %(kvk)s) heeft zich aangemeld bij "
                "Werkbrug. Beoordeel de aanmelding in Werkbrug: %(link)s\n",
                name=jobhunter.name,
                company=company,
                kvk=kvk,
                link=public_url("jobhunter.approvals"),
            ),
            organisation_id=municipality.id,
        )
    return employer


def _organisations_serving(municipality: Organisation) -> set[int]:
    """The municipality itself and the region that serves it."""
    ids = {municipality.id}
    if municipality.region_id:
        ids.add(municipality.region_id)
    return ids


def pending_for(user: User) -> list[Employer]:
    """Registrations awaiting approval in the staff user's municipality (or region)."""
    return db.session.scalars(pending_select(user)).all()


def pending_select(user: User):
    """The select of `pending_for`, oldest first (for one page of it)."""
    return (
        db.select(Employer)
        .where(Employer.approved.is_(False), Employer.municipality_id.in_(staff_scope(user)))
        .order_by(Employer.created_at)
    )


def pending_users(employer: Employer) -> list[User]:
    """The not yet activated users of a registration."""
    return db.session.scalars(
        db.select(User).where(
            User.organisation_id == employer.organisation_id, User.active.is_(False)
        )
    ).all()


def approve(employer: Employer, by: User) -> list[User]:
    """Approve a registration: activate its users and mail each a link to choose a password."""
    if employer.approved:
        raise RegistrationError(_("Deze werkgever is al goedgekeurd."))
    employer.approved = True
    users = pending_users(employer)
    for user in users:
        user.active = True
        invitations.invite(user.email, user.name, employer.organisation, by, for_user=user)
    audit.record("update", employer, detail="aanmelding goedgekeurd")
    return users


def refuse(employer: Employer, reason: str, by: User) -> None:
    """Refuse a registration: tell the applicant why and remove it.

    The KvK number is free again afterwards.
    """
    reason = (reason or "").strip()
    if employer.approved:
        raise RegistrationError(_("Deze werkgever is al goedgekeurd."))
    if not reason:
        raise RegistrationError(
            _("Schrijf de reden op; die sturen we naar de aanvrager."), "reason"
        )
    for user in pending_users(employer):
        send_mail(
            user.email,
            _("Uw aanmelding bij Werkbrug"),
            _(
                "Beste %(name)s,\n\nUw aanmelding van %(company)s is niet goedgekeurd. "
                "Reden: %(reason)s\n\n"
                "Heeft u vragen? Neem contact op met het werkgeversservicepunt van uw gemeente.\n",
                name=user.name,
                company=employer.name,
                reason=reason,
            ),
            organisation_id=employer.municipality_id,
        )
        db.session.delete(user)
    audit.record(
        "delete",
        employer,
        detail=f"aanmelding afgewezen: {employer.name} (KvK {employer.kvk}): {reason}",
    )
    organisation = employer.organisation
    db.session.delete(employer)
    db.session.flush()
    db.session.delete(organisation)


def invite_user(employer: Employer, email: str, name: str, by: User) -> None:
    """Invite someone to work for `employer` in Werkbrug (one-time link by e-mail).

    Who may, and that an existing account is never changed, is `invitations.invite`'s rule.
    """
    try:
        invitations.invite(email, name, employer.organisation, by)
    except invitations.InvitationError as error:
        raise RegistrationError(str(error), "email") from None
    audit.record("create", employer, detail=f"uitnodiging gestuurd aan {email}")
