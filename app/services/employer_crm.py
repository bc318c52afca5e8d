"""The employer CRM of the werkgeversdienstverlening (issue 17): contact persons, follow-ups
to schedule ("terugbellen in januari"), the account manager per employer, and the
banenafspraak jobs an employer has through the portal (`001_…`, counted by `sroi.count_jobs`).

Contact persons are personal data (name, job title, phone, e-mail, newsletter consent): every
change is in the audit log with ids and field names only, never the values. How long they are
kept is `prune` (run by `flask retention-run`), documented in docs/privacy.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy.orm import selectinload

import sroi
from app.extensions import db
from app.models import (
    Client,
    Employer,
    EmployerContact,
    EmployerContactPerson,
    EmployerFollowUp,
    Organisation,
    Placement,
    User,
)
from app.services import audit, client_records
from app.services.monitoring import PAID_KINDS
from app.services.placement_lifecycle import hours_history
from app.services.sroi_bridge import engine_hours_periods

# The dashboard shows follow-ups that are overdue, due today or due within this many days.
DUE_SOON_DAYS = 7
# Done follow-ups are deleted this long after they were done (`prune`).
DONE_FOLLOW_UP_KEEP_DAYS = 365
PERSON_FIELDS = ("name", "job_title", "phone", "email")


class CrmError(ValueError):
    """A CRM action that is not allowed; `str(e)` is Dutch, `field` names the form field."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


# --- contact persons ----------------------------------------------------------------------


def persons(employer: Employer) -> list[EmployerContactPerson]:
    """The employer's contact persons by name."""
    return db.session.scalars(
        db.select(EmployerContactPerson)
        .where(EmployerContactPerson.employer_id == employer.id)
        .order_by(EmployerContactPerson.name, EmployerContactPerson.id)
    ).all()


def save_person(
    employer: Employer, person: EmployerContactPerson | None, data: dict, today: date
) -> EmployerContactPerson:
    """Add or change a contact person; the newsletter consent is dated the day it is given.

    Needs an e-mail address for the newsletter. The audit entry names the changed fields (not
    their values) and whether consent was given or withdrawn.
    """
    wants_newsletter = bool(data.get("newsletter"))
    email = (data.get("email") or "").strip()
    if wants_newsletter and not email:
        raise CrmError("Voor de nieuwsbrief is een e-mailadres nodig.", "email")
    new = person is None
    if new:
        person = EmployerContactPerson(employer=employer)
        db.session.add(person)
    changed = []
    for name in PERSON_FIELDS:
        value = (data.get(name) or "").strip()
        if getattr(person, name) != value:
            changed.append(name)
            setattr(person, name, value)
    consent = None
    if wants_newsletter and person.newsletter_consent_at is None:
        person.newsletter_consent_at = today
        consent = "nieuwsbrief: toestemming gegeven"
    elif not wants_newsletter and person.newsletter_consent_at is not None:
        person.newsletter_consent_at = None
        consent = "nieuwsbrief: toestemming ingetrokken"
    db.session.flush()
    if new or changed or consent:
        detail = f"contactpersoon van werkgever {employer.id}"
        if changed and not new:
            detail += "; gewijzigd: " + ", ".join(changed)
        if consent:
            detail += f"; {consent}"
        audit.record("create" if new else "update", person, detail=detail)
    return person


def delete_person(person: EmployerContactPerson) -> None:
    """Remove a contact person for good (the audit entry keeps only the ids)."""
    audit.record("delete", person, detail=f"contactpersoon van werkgever {person.employer_id}")
    _forget(person)


def _forget(person: EmployerContactPerson) -> None:
    """Delete `person`; follow-ups that named them stay, without the link (SQLite may not
    enforce the foreign key's SET NULL, so it is done here)."""
    db.session.execute(
        db.update(EmployerFollowUp)
        .where(EmployerFollowUp.contact_person_id == person.id)
        .values(contact_person_id=None)
    )
    db.session.delete(person)


def newsletter_recipients(employers) -> list[EmployerContactPerson]:
    """Contact persons of `employers` (a select of ids or a list) who consented, with e-mail."""
    return db.session.scalars(
        db.select(EmployerContactPerson)
        .where(
            EmployerContactPerson.employer_id.in_(employers),
            EmployerContactPerson.newsletter_consent_at.is_not(None),
            EmployerContactPerson.email != "",
        )
        .order_by(EmployerContactPerson.email)
    ).all()


# --- account manager ----------------------------------------------------------------------


def account_managers(scope: set[int]) -> list[User]:
    """Who can be an employer's account manager: active jobhunters of the municipality/region."""
    return client_records.jobhunters_in(scope)


def set_account_manager(employer: Employer, user_id: int | None, scope: set[int]) -> None:
    """Make a jobhunter of the municipality or region the employer's account manager (or none)."""
    if user_id:
        allowed = {u.id for u in account_managers(scope)}
        if user_id not in allowed:
            raise CrmError(
                "Kies een jobhunter van uw gemeente of regio als accountmanager.",
                "account_manager_id",
            )
    user_id = user_id or None
    if employer.account_manager_id == user_id:
        return
    employer.account_manager_id = user_id
    audit.record(
        "update",
        employer,
        detail=f"accountmanager: gebruiker {user_id}" if user_id else "accountmanager: geen",
    )


# --- follow-ups ---------------------------------------------------------------------------


def schedule_follow_up(
    employer: Employer,
    municipality: Organisation,
    by: User,
    data: dict,
    scope: set[int],
    today: date,
) -> EmployerFollowUp:
    """Plan a follow-up for a jobhunter of the municipality or region (default: `by`)."""
    due = data["due_date"]
    if due < today:
        raise CrmError("Kies een datum vanaf vandaag.", "due_date")
    jobhunter_id = data.get("jobhunter_id") or by.id
    if jobhunter_id not in {u.id for u in account_managers(scope)}:
        raise CrmError("Kies een jobhunter van uw gemeente of regio.", "jobhunter_id")
    person_id = data.get("contact_person_id") or None
    if person_id is not None and person_id not in {p.id for p in persons(employer)}:
        raise CrmError("Kies een contactpersoon van deze werkgever.", "contact_person_id")
    follow_up = EmployerFollowUp(
        employer=employer,
        municipality_id=municipality.id,
        jobhunter_id=jobhunter_id,
        contact_person_id=person_id,
        due_date=due,
        note=(data.get("note") or "").strip(),
        created_by_id=by.id,
    )
    db.session.add(follow_up)
    db.session.flush()
    audit.record(
        "create",
        follow_up,
        detail=f"terugbelafspraak met werkgever {employer.id} voor gebruiker {jobhunter_id}",
    )
    return follow_up


def complete_follow_up(follow_up: EmployerFollowUp, by: User, now: datetime) -> None:
    """Mark a follow-up done."""
    if follow_up.done_at is not None:
        raise CrmError("Deze terugbelafspraak is al afgerond.")
    follow_up.done_at = now
    follow_up.done_by_id = by.id
    audit.record("update", follow_up, detail=f"terugbelafspraak {follow_up.id} afgerond")


def open_follow_ups(employer: Employer, scope: set[int]) -> list[EmployerFollowUp]:
    """The employer's follow-ups still to do, of the municipalities in `scope`, earliest first."""
    return db.session.scalars(
        db.select(EmployerFollowUp)
        .where(
            EmployerFollowUp.employer_id == employer.id,
            EmployerFollowUp.municipality_id.in_(scope),
            EmployerFollowUp.done_at.is_(None),
        )
        .order_by(EmployerFollowUp.due_date, EmployerFollowUp.id)
    ).all()


def due_follow_ups(user: User, scope: set[int], today: date) -> list[EmployerFollowUp]:
    """The dashboard block: the user's open follow-ups due within `DUE_SOON_DAYS` or overdue."""
    return db.session.scalars(
        db.select(EmployerFollowUp)
        .where(
            EmployerFollowUp.jobhunter_id == user.id,
            EmployerFollowUp.municipality_id.in_(scope),
            EmployerFollowUp.done_at.is_(None),
            EmployerFollowUp.due_date <= today + timedelta(days=DUE_SOON_DAYS),
        )
        .order_by(EmployerFollowUp.due_date, EmployerFollowUp.id)
        .options(
            selectinload(EmployerFollowUp.employer),
            selectinload(EmployerFollowUp.contact_person),
        )
    ).all()


# --- banenafspraak quota ------------------------------------------------------------------


def _quota_placements(employer_ids, scope: set[int]):
    """Paid placements of clients with a banenafspraak indication of the municipalities in
    `scope`, at these employers (the rows the quota count is made of)."""
    # The placements of these employers first, each one's client looked up (EXISTS), rather
    # than every client of the scope searched for placements.
    client = (
        db.select(Client.id)
        .where(
            Client.id == Placement.client_id,
            Client.banenafspraak.is_(True),
            Client.municipality_id.in_(scope),
        )
        .exists()
    )
    return db.session.scalars(
        db.select(Placement)
        .where(
            Placement.employer_id.in_(employer_ids),
            Placement.kind.in_(PAID_KINDS),
            client,
        )
        .order_by(Placement.id)
    ).all()


def hours_periods(placement: Placement) -> list[sroi.HoursPeriod]:
    """A placement as periods of constant weekly hours (its recorded hour changes included)."""
    return engine_hours_periods(hours_history(placement), placement.end_date)


def _people(placements: list[Placement]) -> list[list[sroi.HoursPeriod]]:
    by_client: dict[int, list[sroi.HoursPeriod]] = {}
    for placement in placements:
        by_client.setdefault(placement.client_id, []).extend(hours_periods(placement))
    return list(by_client.values())


@dataclass
class QuotaFigures:
    """The quota facts shown on the employer page."""

    applies: bool
    this_year: sroi.QuotaCount
    last_year: sroi.QuotaCount


def quota(employer: Employer, scope: set[int], today: date) -> QuotaFigures:
    """Banenafspraak jobs at `employer`: now, this year up to today, and last year."""
    people = _people(_quota_placements([employer.id], scope))
    year = today.year
    return QuotaFigures(
        applies=sroi.quota_applies(employer.size),
        this_year=sroi.count_jobs(people, date(year, 1, 1), today, today),
        last_year=sroi.count_jobs(people, date(year - 1, 1, 1), date(year - 1, 12, 31), today),
    )


def jobs_now(employer_ids: list[int], scope: set[int], today: date) -> dict[int, sroi.QuotaCount]:
    """Per employer on a list page: banenafspraak jobs on `today` (and this year so far)."""
    by_employer: dict[int, list[Placement]] = {}
    for placement in _quota_placements(employer_ids, scope):
        by_employer.setdefault(placement.employer_id, []).append(placement)
    first = date(today.year, 1, 1)
    return {
        employer_id: sroi.count_jobs(_people(placements), first, today, today)
        for employer_id, placements in by_employer.items()
    }


# --- retention ----------------------------------------------------------------------------


@dataclass
class PruneReport:
    follow_ups: int = 0
    persons: int = 0


def prune(today: date) -> PruneReport:
    """Retention for the CRM (docs/privacy.md), not committed:

    - follow-ups done more than `DONE_FOLLOW_UP_KEEP_DAYS` ago are deleted (the contact moment,
      when one was logged, is the record that stays);
    - contact persons not changed for the longest new-employer look-back of the municipalities
      (default five years) at an employer with no contact moment in that time are deleted: the
      relation has ended, and a new conversation would count as one with a new employer.
    """
    report = PruneReport()
    cutoff = datetime.combine(today - timedelta(days=DONE_FOLLOW_UP_KEEP_DAYS), time.min, UTC)
    old = db.session.scalars(
        db.select(EmployerFollowUp).where(
            EmployerFollowUp.done_at.is_not(None), EmployerFollowUp.done_at < cutoff
        )
    ).all()
    for follow_up in old:
        db.session.delete(follow_up)
    report.follow_ups = len(old)
    years = db.session.scalar(db.select(db.func.max(Organisation.new_employer_lookback_years))) or 5
    since = sroi.add_years(today, -years)
    recent = db.select(EmployerContact.employer_id).where(EmployerContact.contact_date >= since)
    stale = db.session.scalars(
        db.select(EmployerContactPerson).where(
            EmployerContactPerson.updated_at < datetime.combine(since, time.min, UTC),
            EmployerContactPerson.employer_id.not_in(recent),
        )
    ).all()
    for person in stale:
        audit.record(
            "delete",
            person,
            detail=f"contactpersoon van werkgever {person.employer_id}: bewaartermijn verstreken",
        )
        _forget(person)
    report.persons = len(stale)
    return report
