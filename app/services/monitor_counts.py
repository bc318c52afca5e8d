"""The monitor's figures (`app.services.monitoring`), each one SQL aggregate (COUNT, SUM,
GROUP BY) over a period's rows, never a loop over clients: exits to work, part-time work
alongside a benefit, steps up the ladder, contacts, follow-ups, provisions, the ladder at the
period's end and the client groups."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from app.extensions import db
from app.models import (
    Client,
    ClientContact,
    ClientProvision,
    ClientStatusChange,
    FollowUp,
    Organisation,
    Placement,
)
from app.models.choices import CLIENT_GROUPS, LADDER_STEPS, PAID_PLACEMENT_KINDS

if TYPE_CHECKING:
    from app.services.monitoring import Period

# Paid work, through the portal or found outside it (issue 16).
PAID_KINDS = PAID_PLACEMENT_KINDS


@dataclass
class GroupRow:
    """`003` §3.2: residents and exits to work in one client group."""

    label: str
    clients: int
    exits: int


def bounds(period: Period) -> tuple[date, date, datetime, datetime]:
    first, last = period.first, period.last
    start = datetime(first.year, first.month, first.day, tzinfo=UTC)
    end = datetime.combine(last + timedelta(days=1), datetime.min.time(), tzinfo=UTC)
    return first, last, start, end


def count(query) -> int:
    return db.session.scalar(query) or 0


def open_clients(municipality: Organisation, first: date):
    """Clients whose case was open at some point in the period (not closed before it began)."""
    return (
        Client.municipality_id == municipality.id,
        db.or_(Client.case_closed_at.is_(None), Client.case_closed_at >= first),
    )


def running(start, end, first: date, last: date):
    """A period column pair that overlaps [first, last]."""
    return db.and_(start <= last, db.or_(end.is_(None), end >= first))


def placements(municipality: Organisation):
    return (
        db.select(db.func.count(Placement.id))
        .join(Client, Placement.client_id == Client.id)
        .where(Client.municipality_id == municipality.id)
    )


def clients_with_placement(municipality: Organisation):
    return (
        db.select(db.func.count(db.distinct(Placement.client_id)))
        .join(Client, Placement.client_id == Client.id)
        .where(Client.municipality_id == municipality.id)
    )


def exits_to_work(municipality: Organisation, period: Period) -> int:
    """Paid work started in the period, through the portal or found outside it."""
    return count(
        placements(municipality).where(
            Placement.kind.in_(PAID_KINDS), Placement.start_date.between(period.first, period.last)
        )
    )


def part_time(municipality: Organisation, period: Period) -> int:
    """Residents with paid work alongside their benefit in the period (see the module text)."""
    first, last = period.first, period.last
    return count(
        clients_with_placement(municipality).where(
            Placement.kind.in_(PAID_KINDS),
            running(Placement.start_date, Placement.end_date, first, last),
            Client.benefit_type != "nug",
            # the benefit ran in the period, and while the work ran
            db.or_(Client.benefit_start.is_(None), Client.benefit_start <= last),
            db.or_(Client.benefit_end.is_(None), Client.benefit_end >= first),
            db.or_(
                Client.benefit_start.is_(None),
                Placement.end_date.is_(None),
                Client.benefit_start <= Placement.end_date,
            ),  # fmt: skip
            db.or_(Client.benefit_end.is_(None), Client.benefit_end >= Placement.start_date),
            ~db.and_(
                db.func.coalesce(Client.benefit_end_reason, "") == "work",
                Client.benefit_end <= last,
            ),
        )
    )


def ladder_steps_up(municipality: Organisation, period: Period) -> int:
    """Residents who went up a step on the participatieladder in the period."""
    return count(
        db.select(db.func.count(db.distinct(ClientStatusChange.client_id)))
        .join(Client, ClientStatusChange.client_id == Client.id)
        .where(
            Client.municipality_id == municipality.id,
            ClientStatusChange.field == "ladder_step",
            ClientStatusChange.direction > 0,
            ClientStatusChange.changed_on.between(period.first, period.last),
        )
    )


def contacts_of_kind(municipality: Organisation, period: Period, kind: str) -> tuple[int, int]:
    """(contacts, distinct residents) of one kind in the period."""
    count, people = db.session.execute(
        db.select(
            db.func.count(ClientContact.id), db.func.count(db.distinct(ClientContact.client_id))
        )
        .join(Client, ClientContact.client_id == Client.id)
        .where(
            Client.municipality_id == municipality.id,
            ClientContact.kind == kind,
            ClientContact.contact_on.between(period.first, period.last),
        )
    ).one()
    return count or 0, people or 0


def follow_ups_done(municipality: Organisation, period: Period) -> int:
    _first, _last, start, end = bounds(period)
    return count(
        db.select(db.func.count(FollowUp.id))
        .join(Placement, FollowUp.placement_id == Placement.id)
        .join(Client, Placement.client_id == Client.id)
        .where(
            Client.municipality_id == municipality.id,
            FollowUp.done_at >= start,
            FollowUp.done_at < end,
        )
    )


def provision_clients(municipality: Organisation, period: Period, kind: str | None = None):
    query = (
        db.select(db.func.count(db.distinct(ClientProvision.client_id)))
        .join(Client, ClientProvision.client_id == Client.id)
        .where(
            Client.municipality_id == municipality.id,
            running(ClientProvision.start_on, ClientProvision.end_on, period.first, period.last),
        )
    )
    if kind:
        query = query.where(ClientProvision.kind == kind)
    return count(query)


def ladder_at_end(municipality: Organisation, period: Period) -> list[tuple[str, int]]:
    """Residents per step at the period's end: the newest registration on or before it, else
    the step on file (clients registered before the history existed)."""
    ranked = (
        db.select(
            ClientStatusChange.client_id,
            ClientStatusChange.new_value,
            db.func.row_number()
            .over(
                partition_by=ClientStatusChange.client_id,
                order_by=(ClientStatusChange.changed_on.desc(), ClientStatusChange.id.desc()),
            )
            .label("n"),
        )
        .where(
            ClientStatusChange.field == "ladder_step",
            ClientStatusChange.changed_on <= period.last,
        )
        .subquery()
    )
    step = db.func.coalesce(ranked.c.new_value, db.cast(Client.ladder_step, db.String))
    rows = db.session.execute(
        db.select(step, db.func.count(Client.id))
        .outerjoin(ranked, db.and_(ranked.c.client_id == Client.id, ranked.c.n == 1))
        .where(
            *open_clients(municipality, period.first),
            # Known by then: a registration on or before the period's end, or on file before it.
            db.or_(ranked.c.client_id.is_not(None), Client.created_at < bounds(period)[3]),
        )
        .group_by(step)
    ).all()
    counts = {str(k): 0 for k in LADDER_STEPS}
    for value, count in rows:
        if value is not None and str(value) in counts:
            counts[str(value)] += count
    return [(f"Trede {k}", n) for k, n in counts.items()]


def groups(municipality: Organisation, period: Period) -> list[GroupRow]:
    """`003` §3.2: residents and exits to work per client group."""
    clients = dict(
        db.session.execute(
            db.select(Client.client_group, db.func.count(Client.id))
            .where(*open_clients(municipality, period.first))
            .group_by(Client.client_group)
        ).all()
    )
    exits = dict(
        db.session.execute(
            db.select(Client.client_group, db.func.count(db.distinct(Placement.client_id)))
            .join(Placement, Placement.client_id == Client.id)
            .where(
                Client.municipality_id == municipality.id,
                Placement.kind.in_(PAID_KINDS),
                Placement.start_date.between(period.first, period.last),
            )
            .group_by(Client.client_group)
        ).all()
    )
    rows = [
        GroupRow(str(label), clients.get(code, 0), exits.get(code, 0))
        for code, label in CLIENT_GROUPS.items()
    ]
    rows.append(GroupRow("Nog niet ingedeeld", clients.get(None, 0), exits.get(None, 0)))
    return rows
