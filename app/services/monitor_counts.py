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


def of_municipality(client_id, municipality: Organisation, *conditions):
    """SQL condition: the client of `client_id` (a column of the counted rows) lives in the
    municipality and meets `conditions` (which may name the counted rows' columns too).

    A correlated EXISTS rather than a join, so that the database counts the (few) rows of the
    period and looks up each one's client, instead of walking every client of the
    municipality to find their rows."""
    return (
        db.select(Client.id)
        .where(Client.id == client_id, Client.municipality_id == municipality.id, *conditions)
        .exists()
    )


def placements(municipality: Organisation, *client_conditions):
    """Count of the placements of the municipality's residents (add the placement's conditions
    with `where`); `client_conditions` on the resident."""
    return db.select(db.func.count(Placement.id)).where(
        of_municipality(Placement.client_id, municipality, *client_conditions)
    )


def clients_with_placement(municipality: Organisation, *client_conditions):
    """Count of the residents with a placement (add the placement's conditions with `where`);
    `client_conditions` on the resident (or on the resident and the placement together)."""
    return db.select(db.func.count(db.distinct(Placement.client_id))).where(
        of_municipality(Placement.client_id, municipality, *client_conditions)
    )


def figures(queries: dict) -> dict:
    """Several one-figure queries (a select of one aggregate each) asked in one statement, as
    scalar subqueries: one round trip instead of one per figure. A COUNT gives 0 for no rows,
    a SUM None."""
    row = db.session.execute(
        db.select(*(query.scalar_subquery().label(name) for name, query in queries.items()))
    ).one()
    return dict(zip(queries, row, strict=True))


def part_time_conditions(first: date, last: date) -> tuple:
    """Paid work alongside the benefit in the period (see the module text): the conditions on
    the resident and the placement together."""
    return (
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


def contacts_of_kind_queries(
    municipality: Organisation, period: Period, kind: str, count_name: str, people_name: str
) -> dict:
    """(contacts, distinct residents) of one kind in the period as two one-figure queries (for
    `figures`)."""
    contacts = (
        db.select(ClientContact.id)
        .join(Client, ClientContact.client_id == Client.id)
        .where(
            Client.municipality_id == municipality.id,
            ClientContact.kind == kind,
            ClientContact.contact_on.between(period.first, period.last),
        )
    )
    return {
        count_name: db.select(db.func.count(ClientContact.id)).where(
            ClientContact.id.in_(contacts)
        ),
        people_name: db.select(db.func.count(db.distinct(ClientContact.client_id))).where(
            ClientContact.id.in_(contacts)
        ),
    }


def provision_clients_query(municipality: Organisation, period: Period, kind: str | None = None):
    """The residents with a provision (of `kind`) that ran in the period (a count query)."""
    query = db.select(db.func.count(db.distinct(ClientProvision.client_id))).where(
        of_municipality(ClientProvision.client_id, municipality),
        running(ClientProvision.start_on, ClientProvision.end_on, period.first, period.last),
    )
    if kind:
        query = query.where(ClientProvision.kind == kind)
    return query


@dataclass
class ClientTally:
    """The residents whose case was open in the period, counted in one GROUP BY: per client
    group and step on file, how many and how many of them on file before the period's end
    (`client_tally`). A few dozen rows, added up here."""

    rows: list[tuple]  # (group, step on file, residents, known before the end)

    def total(self) -> int:
        return sum(row[2] for row in self.rows)

    def by_group(self) -> dict:
        found: dict = {}
        for row in self.rows:
            found[row[0]] = found.get(row[0], 0) + row[2]
        return found

    def steps_on_file(self) -> list[tuple[str | None, int]]:
        """(step on file, residents) of those on file before the period's end."""
        return [(None if row[1] is None else str(row[1]), row[3]) for row in self.rows]


def client_tally(municipality: Organisation, period: Period) -> ClientTally:
    """One scan of the municipality's residents for the figures per group and step.

    Grouped by the plain columns, so that the database reads `ix_clients_monitor_tally` once
    in order (every column it needs is in it) rather than the rows, and sorts nothing."""
    keys = (Client.client_group, Client.ladder_step)
    # count(*), not count(id): the id is not in the index (PostgreSQL would read the rows).
    rows = db.session.execute(
        db.select(
            *keys,
            db.func.count(),
            db.func.count().filter(Client.created_at < bounds(period)[3]),
        )
        .select_from(Client)
        .where(*open_clients(municipality, period.first))
        .group_by(*keys)
    ).all()
    return ClientTally([tuple(row) for row in rows])


def resident_counts(municipality: Organisation, period: Period) -> dict:
    """One-figure queries (for `figures`) of the residents whose case was open in the period:
    without a benefit (nuggers), with a banenafspraak indication, without a jobhunter, and
    whose benefit ended for work in the period; each a range of an index of its own."""
    first, last = period.first, period.last

    def residents(*conditions):
        return (
            db.select(db.func.count())
            .select_from(Client)
            .where(*open_clients(municipality, first), *conditions)
        )

    return {
        "nug": residents(Client.benefit_type == "nug"),
        "banenafspraak": residents(Client.banenafspraak.is_(True)),
        "without_jobhunter": residents(Client.jobhunter_id.is_(None)),
        "benefit_ended_for_work": residents(
            Client.benefit_end_reason == "work", Client.benefit_end.between(first, last)
        ),
    }


def ladder_at_end(
    municipality: Organisation, period: Period, tally: ClientTally | None = None
) -> list[tuple[str, int]]:
    """Residents per step at the period's end: the newest registration on or before it, else
    the step on file (clients registered before the history existed).

    Two GROUP BYs, neither a join of every client with the registrations: the steps on file
    of the clients known before the period's end, less those of the clients with a
    registration (few), plus the registered step of those."""
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
    on_file = db.cast(Client.ladder_step, db.String)
    before_end = Client.created_at < bounds(period)[3]
    in_scope = open_clients(municipality, period.first)
    counts = {str(k): 0 for k in LADDER_STEPS}

    def add(rows, sign: int) -> None:
        for value, number in rows:
            if value is not None and str(value) in counts:
                counts[str(value)] += sign * number

    add(
        tally.steps_on_file()
        if tally is not None
        else db.session.execute(
            db.select(on_file, db.func.count(Client.id))
            .where(*in_scope, before_end)
            .group_by(on_file)
        ).all(),
        1,
    )
    # The clients with a registration: their step on file out (if counted above), their
    # registered step in.
    step = db.func.coalesce(ranked.c.new_value, on_file)
    registered = db.session.execute(
        db.select(
            on_file, step, db.func.count(Client.id), db.func.count(Client.id).filter(before_end)
        )
        .join(ranked, db.and_(ranked.c.client_id == Client.id, ranked.c.n == 1))
        .where(*in_scope)
        .group_by(on_file, step)
    ).all()
    add([(was, known) for was, _now, _all, known in registered], -1)
    add([(now, number) for _was, now, number, _known in registered], 1)
    return [(f"Trede {k}", n) for k, n in counts.items()]


def groups(
    municipality: Organisation, period: Period, tally: ClientTally | None = None
) -> list[GroupRow]:
    """`003` §3.2: residents and exits to work per client group."""
    clients = (
        tally.by_group()
        if tally is not None
        else dict(
            db.session.execute(
                db.select(Client.client_group, db.func.count(Client.id))
                .where(*open_clients(municipality, period.first))
                .group_by(Client.client_group)
            ).all()
        )
    )
    # The residents of the (few) paid placements started in the period, looked up by id.
    placed = db.select(Placement.client_id).where(
        Placement.kind.in_(PAID_KINDS),
        Placement.start_date.between(period.first, period.last),
        of_municipality(Placement.client_id, municipality),
    )
    exits = dict(
        db.session.execute(
            db.select(Client.client_group, db.func.count(Client.id))
            .where(Client.id.in_(placed))
            .group_by(Client.client_group)
        ).all()
    )
    rows = [
        GroupRow(str(label), clients.get(code, 0), exits.get(code, 0))
        for code, label in CLIENT_GROUPS.items()
    ]
    rows.append(GroupRow("Nog niet ingedeeld", clients.get(None, 0), exits.get(None, 0)))
    return rows
