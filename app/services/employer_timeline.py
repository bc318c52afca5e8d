"""An employer's timeline on the jobhunter's employer page (issue 17): contact moments (with the
new-employer mark), follow-ups done, vacancies, proposals, placements and SROI activities,
newest first.

Proposals and placements name clients, so only those of clients of the municipalities in the
jobhunter's scope are shown, and the page records which clients it showed (audit). SROI
activities are shown without the person: the block, the contract and the state.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from flask_babel import gettext as _

from app.extensions import db
from app.formatting import ddmmyyyy, local_time, number
from app.models import (
    Client,
    Contract,
    Employer,
    EmployerFollowUp,
    Organisation,
    Placement,
    Proposal,
    SroiActivity,
    Vacancy,
)
from app.models.choices import ACTIVITY_STATES, CONTACT_CHANNELS, PROPOSAL_STATUSES, VACANCY_KINDS
from app.services import employer_relations

KINDS = ("contact", "vacancy", "proposal", "placement", "sroi")
DEFAULT_LIMIT = 40


def kind_labels() -> dict[str, str]:
    return {
        "contact": _("Contacten"),
        "vacancy": _("Vacatures"),
        "proposal": _("Voorstellen"),
        "placement": _("Plaatsingen"),
        "sroi": _("Social return"),
    }


@dataclass
class Event:
    """One line of the timeline."""

    day: date
    kind: str  # one of KINDS
    title: str
    detail: str = ""
    by: str = ""
    is_new: bool = False  # a contact that counts as a conversation with a new employer
    client: Client | None = None
    vacancy: Vacancy | None = None
    order: int = 0  # ties on a day: later events first

    @property
    def sort_key(self):
        return (self.day, self.order)


@dataclass
class Timeline:
    events: list[Event] = field(default_factory=list)
    total: int = 0
    client_ids: list[int] = field(default_factory=list)


def local_day(moment: datetime) -> date:
    """The day of `moment` in the Netherlands (a naive time is UTC)."""
    return local_time(moment).date()


def _contacts(employer: Employer, municipality: Organisation) -> list[Event]:
    events = []
    for contact, is_new in employer_relations.contacts_with_mark(employer, municipality):
        events.append(
            Event(
                day=contact.contact_date,
                kind="contact",
                title=_(
                    "%(channel)s: %(subject)s",
                    channel=CONTACT_CHANNELS.get(contact.channel, contact.channel),
                    subject=contact.subject,
                ),
                detail=contact.outcome,
                by=contact.jobhunter.name if contact.jobhunter else "",
                is_new=is_new,
                order=contact.id,
            )
        )
    done = db.session.scalars(
        db.select(EmployerFollowUp).where(
            EmployerFollowUp.employer_id == employer.id,
            EmployerFollowUp.municipality_id == municipality.id,
            EmployerFollowUp.done_at.is_not(None),
        )
    ).all()
    for follow_up in done:
        events.append(
            Event(
                day=local_day(follow_up.done_at),
                kind="contact",
                title=_(
                    "Terugbelafspraak afgerond (gepland op %(day)s)",
                    day=ddmmyyyy(follow_up.due_date),
                ),
                detail=follow_up.note,
                by=follow_up.done_by.name if follow_up.done_by else "",
                order=follow_up.id,
            )
        )
    return events


def _vacancies(employer: Employer) -> list[Event]:
    rows = db.session.scalars(db.select(Vacancy).where(Vacancy.employer_id == employer.id)).all()
    return [
        Event(
            day=local_day(v.created_at),
            kind="vacancy",
            title=_(
                "%(kind)s geplaatst: %(title)s",
                kind=VACANCY_KINDS.get(v.kind, v.kind),
                title=v.title,
            ),
            detail=_("Nu: open") if v.status == "open" else _("Nu: niet meer open"),
            vacancy=v,
            order=v.id,
        )
        for v in rows
    ]


def _proposals(employer: Employer, scope: set[int]) -> list[Event]:
    rows = db.session.scalars(
        db.select(Proposal)
        .join(Vacancy, Proposal.vacancy_id == Vacancy.id)
        .join(Client, Proposal.client_id == Client.id)
        .where(Vacancy.employer_id == employer.id, Client.municipality_id.in_(scope))
    ).all()
    return [
        Event(
            day=local_day(p.created_at),
            kind="proposal",
            title=_("Voorgesteld voor %(title)s", title=p.vacancy.title),
            detail=_("Stand: %(status)s", status=PROPOSAL_STATUSES.get(p.status, p.status)),
            by=p.jobhunter.name if p.jobhunter else "",
            client=p.client,
            order=p.id,
        )
        for p in rows
    ]


def _placements(employer: Employer, scope: set[int], today: date) -> list[Event]:
    rows = db.session.scalars(
        db.select(Placement)
        .join(Placement.client)
        .where(Placement.employer_id == employer.id, Client.municipality_id.in_(scope))
    ).all()
    events = []
    for p in rows:
        kind = VACANCY_KINDS.get(p.kind, p.kind)
        events.append(
            Event(
                day=p.start_date,
                kind="placement",
                title=_("Gestart: %(kind)s", kind=kind),
                detail=_("%(hours)s uur per week", hours=_hours(p.hours_per_week)),
                client=p.client,
                order=p.id,
            )
        )
        if p.end_date is not None and p.end_date <= today:
            events.append(
                Event(
                    day=p.end_date,
                    kind="placement",
                    title=_("Gestopt: %(kind)s", kind=kind),
                    client=p.client,
                    order=p.id,
                )
            )
    return events


def _hours(value) -> str:
    return number(value, 1)


def _sroi(employer: Employer) -> list[Event]:
    rows = db.session.scalars(
        db.select(SroiActivity)
        .join(Contract)
        .where(Contract.supplier_id == employer.id, SroiActivity.state != "draft")
    ).all()
    events = []
    for activity in rows:
        contract = activity.contract
        labels = {b.code: b.label for b in contract.catalogue.blocks}
        events.append(
            Event(
                day=activity.start_date,
                kind="sroi",
                title=_(
                    "%(block)s voor %(reference)s",
                    block=labels.get(activity.block_code, activity.block_code),
                    reference=contract.reference,
                ),
                detail=_(
                    "Stand: %(state)s", state=ACTIVITY_STATES.get(activity.state, activity.state)
                ),
                order=activity.id,
            )
        )
    return events


def timeline(
    employer: Employer,
    municipality: Organisation,
    scope: set[int],
    today: date,
    kind: str | None = None,
    limit: int | None = DEFAULT_LIMIT,
) -> Timeline:
    """The employer's events, newest first; only `kind` when given; at most `limit`."""
    wanted = set(KINDS) if kind not in KINDS else {kind}
    events: list[Event] = []
    if "contact" in wanted:
        events += _contacts(employer, municipality)
    if "vacancy" in wanted:
        events += _vacancies(employer)
    if "proposal" in wanted:
        events += _proposals(employer, scope)
    if "placement" in wanted:
        events += _placements(employer, scope, today)
    if "sroi" in wanted:
        events += _sroi(employer)
    events.sort(key=lambda e: e.sort_key, reverse=True)
    shown = events[:limit] if limit else events
    return Timeline(
        events=shown,
        total=len(events),
        client_ids=sorted({e.client.id for e in shown if e.client is not None}),
    )
