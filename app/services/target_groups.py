"""Target groups with their deadlines (issue 16): banenafspraak, beschut werk, statushouders.

Counts are SQL aggregates; the lists show the clients whose deadline is nearest (bounded), so
the page stays the same size at 50,000 clients. The deadlines come from `due_items` (the same
queries as the dashboard), the yearly sheltered-work taakstelling from `ShelteredWorkTarget`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app.extensions import db
from app.models import Client, ClientTask, Organisation, Placement, ShelteredWorkTarget, User
from app.models.choices import PAID_PLACEMENT_KINDS
from app.services import audit, due_items

LIST_LIMIT = 50


@dataclass
class ShelteredProgress:
    """The yearly taakstelling beschut werk against the places filled (`000` doel 3)."""

    year: int
    target: int | None
    filled: int

    @property
    def percentage(self) -> int | None:
        if not self.target:
            return None
        return round(100 * self.filled / self.target)


@dataclass
class Overview:
    municipality: Organisation
    year: int
    counts: dict[str, int] = field(default_factory=dict)
    banenafspraak: list[due_items.DueItem] = field(default_factory=list)
    outreach: list[tuple[ClientTask, Client]] = field(default_factory=list)
    sheltered: list[due_items.DueItem] = field(default_factory=list)
    integration: list[due_items.DueItem] = field(default_factory=list)
    without_pip: list[Client] = field(default_factory=list)
    progress: ShelteredProgress | None = None

    def client_ids(self) -> list[int]:
        ids = [i.client.id for i in self.banenafspraak + self.sheltered + self.integration]
        ids += [client.id for _task, client in self.outreach]
        return ids + [c.id for c in self.without_pip]


def _open(municipality: Organisation):
    return (
        Client.municipality_id == municipality.id,
        Client.case_closed_at.is_(None),
        Client.anonymised_at.is_(None),
    )


def sheltered_progress(municipality: Organisation, year: int) -> ShelteredProgress:
    """Places filled: residents with a sheltered-work indication in paid work in `year`."""
    target = db.session.scalar(
        db.select(ShelteredWorkTarget.places).where(
            ShelteredWorkTarget.municipality_id == municipality.id,
            ShelteredWorkTarget.year == year,
        )
    )
    first, last = date(year, 1, 1), date(year, 12, 31)
    # Driven by the year's paid placements, each one's resident looked up (EXISTS), rather
    # than every resident of the municipality searched for placements.
    filled = db.session.scalar(
        db.select(db.func.count(db.distinct(Placement.client_id))).where(
            Placement.kind.in_(PAID_PLACEMENT_KINDS),
            Placement.start_date <= last,
            db.or_(Placement.end_date.is_(None), Placement.end_date >= first),
            db.select(Client.id)
            .where(
                Client.id == Placement.client_id,
                Client.municipality_id == municipality.id,
                Client.sheltered_work.is_(True),
            )
            .exists(),
        )
    )
    return ShelteredProgress(year, target, filled or 0)


def set_sheltered_target(
    municipality: Organisation, year: int, places: int, user: User | None
) -> ShelteredWorkTarget:
    target = db.session.scalars(
        db.select(ShelteredWorkTarget).where(
            ShelteredWorkTarget.municipality_id == municipality.id,
            ShelteredWorkTarget.year == year,
        )
    ).first()
    if target is None:
        target = ShelteredWorkTarget(municipality_id=municipality.id, year=year, places=places)
        db.session.add(target)
    target.places = places
    target.updated_by_id = user.id if user else None
    db.session.flush()
    audit.record("update", target, detail=f"taakstelling beschut werk {year}: {places} plekken")
    return target


def _count(flag, municipality: Organisation, *conditions):
    """The open cases of the municipality with `flag` (and `conditions`), as a scalar subquery:
    a range of the flag's index (municipality, flag, date, open), read from the index alone."""
    return (
        db.select(db.func.count())
        .select_from(Client)
        .where(*_open(municipality), flag, *conditions)
        .scalar_subquery()
    )


def _outreach(municipality: Organisation) -> list[tuple[ClientTask, Client]]:
    """The open outreach tasks of the municipality's open cases, the soonest due first.

    Driven by the (few) open tasks in due order, each one's resident looked up (EXISTS),
    rather than every open case of the municipality searched for tasks."""
    tasks = db.session.scalars(
        db.select(ClientTask)
        .where(
            ClientTask.kind.in_(("outreach_letter", "outreach_call", "outreach_reminder")),
            ClientTask.done_on.is_(None),
            ClientTask.cancelled_on.is_(None),
            db.select(Client.id)
            .where(Client.id == ClientTask.client_id, *_open(municipality))
            .exists(),
        )
        .order_by(ClientTask.due_on)
        .limit(LIST_LIMIT)
    ).all()
    if not tasks:
        return []
    clients = {
        client.id: client
        for client in db.session.scalars(
            db.select(Client).where(Client.id.in_({task.client_id for task in tasks}))
        )
    }
    return [(task, clients[task.client_id]) for task in tasks]


def overview(municipality: Organisation, year: int, today: date) -> Overview:
    result = Overview(municipality, year)
    counts = db.session.execute(
        db.select(
            _count(Client.banenafspraak.is_(True), municipality),
            _count(Client.sheltered_work.is_(True), municipality),
            _count(Client.newcomer.is_(True), municipality),
            _count(
                Client.banenafspraak.is_(True),
                municipality,
                Client.banenafspraak_on.is_(None),
                Client.benefit_type != "nug",
            ),
            _count(
                Client.sheltered_work.is_(True), municipality, Client.sheltered_work_on.is_(None)
            ),
        )
    ).one()
    names = ("banenafspraak", "sheltered", "newcomer", "banenafspraak_undated", "sheltered_undated")
    result.counts = dict(zip(names, counts, strict=True))
    scope = due_items.Scope((municipality.id,))
    result.banenafspraak = due_items.banenafspraak_offers(scope, today)[:LIST_LIMIT]
    result.sheltered = due_items.sheltered_work(scope, today)[:LIST_LIMIT]
    result.integration = due_items.integration(scope, today)[:LIST_LIMIT]
    result.outreach = _outreach(municipality)
    result.without_pip = db.session.scalars(
        db.select(Client)
        .where(
            Client.newcomer.is_(True),
            Client.integration_start.is_not(None),
            Client.pip_on.is_(None),
            *_open(municipality),
        )
        .order_by(Client.integration_start)
        .limit(LIST_LIMIT)
    ).all()
    result.progress = sheltered_progress(municipality, year)
    return result
