"""Whether a client can be proposed now: placed (*aangenomen*), unavailable, or on an unpaid place.

* **Placed**: a paid placement that has not ended (also one that starts later): a job or
  leerwerkplek through the portal, or work found outside it (issue 16: also self-employment and
  work in another municipality), or a proposal the jobhunter marked *Aangenomen* in the last
  12 months whose start the employer has not registered yet. Left out of "clients for this
  vacancy" unless the jobhunter asks for them, and not proposed.
* **Unavailable**: `clients.unavailable_until` is today or later (illness, care, a course …).
  Treated like placed.
* **On an unpaid place** (werkervaringsplek, proefplaatsing, stage …): marked, but still matched
  and proposed, because a paid job is the point of the place.

`status_of` / `statuses` say it in Dutch for the pages; `available_conditions` are the same rules
as SQL conditions on `Client`, for the matching pool.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from flask_babel import gettext as _
from sqlalchemy import and_, exists, or_

from app.extensions import db
from app.formatting import ddmmyyyy, label
from app.models import Client, Employer, Placement, Proposal, Vacancy
from app.models.choices import PAID_PLACEMENT_KINDS

# Paid work, through the portal or found outside it (issue 16).
PAID_KINDS = PAID_PLACEMENT_KINDS
HIRED_RECENT_DAYS = 365


@dataclass(frozen=True)
class Status:
    """Why a client is (or is not) to be proposed now; `blocks` False means only a mark."""

    kind: str  # "placed" | "unavailable" | "unpaid_place"
    text: str
    blocks: bool = True


def _running(today: date):
    return or_(Placement.end_date.is_(None), Placement.end_date >= today)


def _hired_since(today: date):
    return Proposal.updated_at >= today - timedelta(days=HIRED_RECENT_DAYS)


def _hired_without_start(today: date):
    """A proposal marked hired for a paid vacancy, with no placement registered for it."""
    registered = exists().where(
        Placement.client_id == Proposal.client_id, Placement.vacancy_id == Proposal.vacancy_id
    )
    return and_(Proposal.status == "hired", _hired_since(today), ~registered)


def available_conditions(today: date) -> tuple:
    """SQL conditions on `Client`: neither placed nor unavailable on `today`."""
    placed = exists().where(
        Placement.client_id == Client.id, Placement.kind.in_(PAID_KINDS), _running(today)
    )
    hired = exists().where(
        Proposal.client_id == Client.id,
        Proposal.vacancy_id == Vacancy.id,
        Vacancy.paid.is_(True),
        _hired_without_start(today),
    )
    return (
        or_(Client.unavailable_until.is_(None), Client.unavailable_until < today),
        ~placed,
        ~hired,
    )


def statuses(client_ids, today: date) -> dict[int, Status]:
    """The status of each client that is placed, unavailable or on an unpaid place."""
    ids = list(set(client_ids))
    if not ids:
        return {}
    found: dict[int, Status] = {}
    for client_id, until in db.session.execute(
        db.select(Client.id, Client.unavailable_until).where(
            Client.id.in_(ids), Client.unavailable_until >= today
        )
    ):
        found[client_id] = Status(
            "unavailable", _("Niet beschikbaar tot en met %(d)s", d=ddmmyyyy(until))
        )
    placements = db.session.execute(
        db.select(
            Placement.client_id,
            Placement.kind,
            Placement.start_date,
            Employer.name,
            Placement.employer_name,
        )
        .outerjoin(Employer, Placement.employer_id == Employer.id)
        .where(Placement.client_id.in_(ids), _running(today))
        .order_by(Placement.start_date)
    ).all()
    for client_id, kind, start, employer, typed_name in placements:
        employer = employer or typed_name or _("een werkgever")
        if kind == "self_employed" and not (typed_name or "").strip():
            text = (
                _("Begint %(d)s als zelfstandige", d=ddmmyyyy(start))
                if start > today
                else _("Werkt als zelfstandige sinds %(d)s", d=ddmmyyyy(start))
            )
            current = found.get(client_id)
            if current is None or current.kind == "unpaid_place":
                found[client_id] = Status("placed", text)
        elif kind in PAID_KINDS:
            text = (
                _("Aangenomen bij %(employer)s, begint %(d)s", employer=employer, d=ddmmyyyy(start))
                if start > today
                else _(
                    "Aangenomen bij %(employer)s sinds %(d)s", employer=employer, d=ddmmyyyy(start)
                )
            )
            current = found.get(client_id)
            if current is None or current.kind == "unpaid_place":
                found[client_id] = Status("placed", text)
        else:
            found.setdefault(
                client_id,
                Status(
                    "unpaid_place",
                    _(
                        "Op een %(kind)s bij %(employer)s",
                        kind=label(kind, "VACANCY_KINDS").lower(),
                        employer=employer,
                    ),
                    blocks=False,
                ),
            )
    hired = db.session.execute(
        db.select(Proposal.client_id, Employer.name)
        .join(Vacancy, Proposal.vacancy_id == Vacancy.id)
        .join(Employer, Vacancy.employer_id == Employer.id)
        .where(Proposal.client_id.in_(ids), Vacancy.paid.is_(True), _hired_without_start(today))
    ).all()
    for client_id, employer in hired:
        if client_id not in found or not found[client_id].blocks:
            found[client_id] = Status(
                "placed",
                _("Aangenomen bij %(employer)s (start nog niet geregistreerd)", employer=employer),
            )
    return found


def status_of(client: Client, today: date) -> Status | None:
    return statuses([client.id], today).get(client.id)


def can_be_proposed(client: Client, today: date) -> tuple[bool, str]:
    """(True, "") or (False, why in Dutch)."""
    status = status_of(client, today)
    if status is not None and status.blocks:
        return False, status.text
    return True, ""
