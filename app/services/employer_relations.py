"""Employer relations and the yearly employer campaign (SPEC §4.6).

Whether a conversation was with a *new* employer is the SROI engine's rule
(`sroi.is_new_employer_contact`): no earlier contact of the same municipality with that
employer in the five years before it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

import sroi
from app.extensions import db
from app.models import (
    Campaign,
    CampaignActivity,
    Client,
    Employer,
    EmployerContact,
    Organisation,
    Placement,
    User,
    Vacancy,
)
from app.services import audit


def contact_pairs(municipality_id: int) -> list[tuple[int, date]]:
    """All (employer id, date) contacts of a municipality: the history the rule needs."""
    rows = db.session.execute(
        db.select(EmployerContact.employer_id, EmployerContact.contact_date).where(
            EmployerContact.municipality_id == municipality_id
        )
    ).all()
    return [(employer_id, when) for employer_id, when in rows]


def contacts_with_mark(
    employer: Employer, municipality: Organisation
) -> list[tuple[EmployerContact, bool]]:
    """The municipality's contacts with one employer, newest first, each marked new or not."""
    contacts = db.session.scalars(
        db.select(EmployerContact)
        .where(
            EmployerContact.employer_id == employer.id,
            EmployerContact.municipality_id == municipality.id,
        )
        .order_by(EmployerContact.contact_date.desc(), EmployerContact.id.desc())
    ).all()
    dates = [c.contact_date for c in contacts]
    years = municipality.new_employer_lookback_years or 5
    return [(c, sroi.is_new_employer_contact(dates, c.contact_date, years)) for c in contacts]


def has_contacts(employer: Employer, municipality: Organisation) -> bool:
    """Whether the municipality ever logged a contact with the employer."""
    return (
        db.session.scalar(
            db.select(EmployerContact.id)
            .where(
                EmployerContact.employer_id == employer.id,
                EmployerContact.municipality_id == municipality.id,
            )
            .limit(1)
        )
        is not None
    )


def log_contact(
    employer: Employer, municipality: Organisation, jobhunter: User, data: dict
) -> EmployerContact:
    """Record a conversation with an employer."""
    contact = EmployerContact(
        employer=employer,
        municipality_id=municipality.id,
        jobhunter=jobhunter,
        contact_date=data["contact_date"],
        channel=data["channel"],
        subject=data["subject"].strip(),
        outcome=(data.get("outcome") or "").strip(),
    )
    db.session.add(contact)
    db.session.flush()
    audit.record("create", contact, detail=f"contact met werkgever {employer.id}")
    return contact


def new_conversations(municipality: Organisation, year: int) -> list[tuple[Employer, date]]:
    """The new-employer conversations of a municipality in `year`, by date."""
    years = municipality.new_employer_lookback_years or 5
    # Only the contacts the rule can look at: those of `year` and the `years` before it.
    rows = db.session.execute(
        db.select(EmployerContact.employer_id, EmployerContact.contact_date).where(
            EmployerContact.municipality_id == municipality.id,
            EmployerContact.contact_date.between(date(year - years, 1, 1), date(year, 12, 31)),
        )
    ).all()
    found = sroi.new_employer_contacts([(e, d) for e, d in rows], year, years)
    employers = {
        e.id: e
        for e in db.session.scalars(
            db.select(Employer).where(Employer.id.in_({employer_id for employer_id, _d in found}))
        )
    }
    return [(employers[employer_id], when) for employer_id, when in found]


def campaign_for(municipality: Organisation, year: int) -> Campaign:
    """The campaign of `year`, created with the default target when it does not exist yet."""
    campaign = db.session.execute(
        db.select(Campaign).where(
            Campaign.municipality_id == municipality.id, Campaign.year == year
        )
    ).scalar_one_or_none()
    if campaign is None:
        campaign = Campaign(
            municipality_id=municipality.id,
            year=year,
            target_new_conversations=municipality.new_employer_target or 10,
        )
        db.session.add(campaign)
        db.session.flush()
    return campaign


@dataclass
class CampaignResults:
    """Targets against results for one campaign year."""

    new_conversations: list[tuple[Employer, date]]
    contacts: int
    employers_contacted: int
    vacancies: int
    paid_vacancies: int
    unpaid_places: int
    placements: int
    placements_after_contact: int


def _year_bounds(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def campaign_results(municipality: Organisation, year: int) -> CampaignResults:
    """New conversations, contacts, vacancies and places acquired, placements that followed."""
    first, last = _year_bounds(year)
    contacts = db.session.execute(
        db.select(EmployerContact.employer_id, EmployerContact.contact_date).where(
            EmployerContact.municipality_id == municipality.id,
            EmployerContact.contact_date.between(first, last),
        )
    ).all()
    contacted = {employer_id for employer_id, _d in contacts}
    first_contact = {}
    for employer_id, when in contacts:
        first_contact[employer_id] = min(when, first_contact.get(employer_id, when))
    # count(*) and a FILTER read only the index's own columns (employer, created, paid), so
    # PostgreSQL too counts from the index alone (an index-only scan) instead of the rows.
    total, paid = db.session.execute(
        db.select(db.func.count(), db.func.count().filter(Vacancy.paid.is_(True)))
        .select_from(Vacancy)
        .join(Employer, Vacancy.employer_id == Employer.id)
        .where(
            Employer.municipality_id == municipality.id,
            Vacancy.created_at >= datetime(year, 1, 1, tzinfo=UTC),
            Vacancy.created_at < datetime(year + 1, 1, 1, tzinfo=UTC),
        )
    ).one()
    placements = db.session.execute(
        db.select(Placement.employer_id, Placement.start_date)
        .join(Client, Placement.client_id == Client.id)
        .where(
            Placement.start_date.between(first, last),
            Client.municipality_id == municipality.id,
        )
    ).all()
    after_contact = [
        employer_id
        for employer_id, start in placements
        if employer_id in first_contact and start >= first_contact[employer_id]
    ]
    return CampaignResults(
        new_conversations=new_conversations(municipality, year),
        contacts=len(contacts),
        employers_contacted=len(contacted),
        vacancies=total,
        paid_vacancies=paid,
        unpaid_places=total - paid,
        placements=len(placements),
        placements_after_contact=len(after_contact),
    )


def spotlight_candidates(municipality: Organisation, year: int) -> list[tuple[Employer, int]]:
    """'Werkgevers in het zonnetje' (November, 1000 voorbeelden): employers that hired our
    clients this year, most placements first."""
    return with_employers(db.session.execute(spotlight_select(municipality, year)).all())


def with_employers(rows) -> list[tuple[Employer, int]]:
    """(employer id, count) rows of `spotlight_select` as (employer, count)."""
    employers = {
        e.id: e
        for e in db.session.scalars(
            db.select(Employer).where(Employer.id.in_([r[0] for r in rows]))
        )
    }
    return [(employers[employer_id], count) for employer_id, count in rows]


def spotlight_select(municipality: Organisation, year: int):
    """(employer id, placements this year) of the spotlight, most placements first (a select)."""
    first, last = _year_bounds(year)
    return (
        db.select(Placement.employer_id, db.func.count(Placement.id))
        .join(Placement.client)
        .where(
            Placement.start_date.between(first, last),
            Placement.client.has(municipality_id=municipality.id),
            # Work found outside the portal may have no employer from the register.
            Placement.employer_id.is_not(None),
        )
        .group_by(Placement.employer_id)
        .order_by(db.func.count(Placement.id).desc(), Placement.employer_id)
    )


def add_campaign_activity(campaign: Campaign, data: dict) -> CampaignActivity:
    activity = CampaignActivity(
        campaign=campaign,
        date=data["date"],
        kind=data["kind"],
        title=data["title"].strip(),
        reach=data.get("reach"),
        notes=(data.get("notes") or "").strip(),
    )
    db.session.add(activity)
    return activity
