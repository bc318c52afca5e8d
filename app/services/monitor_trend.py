"""The monitor's trend (`monitoring.trend`): the followed rows for a series of periods, all in
one statement.

The periods are a small table in the query (number, first day, last day); each row's rows of
the whole span are joined to the periods they fall in and counted per period (one GROUP BY
per followed row, UNION ALL). So a row's conditions are written (and sent) once however many
periods there are, and what is counted per period is exactly what a query for that one period
counts (tests/app/test_monitor_trend.py asks those per period as its oracle)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from app.extensions import db
from app.models import Client, ClientContact, ClientStatusChange, FollowUp, Organisation, Placement
from app.services.monitor_counts import (
    PAID_KINDS,
    bounds,
    of_municipality,
    part_time_conditions,
    running,
)

if TYPE_CHECKING:
    from app.services.monitoring import Period


def _table(spans: list[tuple], kind, name: str):
    """(n, first, last) for each span, as a common table expression; `kind` the type of the
    bounds."""
    return db.union_all(
        *(
            db.select(
                db.literal_column(str(n)).label("n"),
                db.literal(first, kind).label("first"),
                db.literal(last, kind).label("last"),
            )
            for n, (first, last) in enumerate(spans)
        )
    ).cte(name)


def trend(municipality: Organisation, periods: list[Period], keys: tuple) -> dict[str, list]:
    """`keys` (of `MEASURES`) for each period, in one statement: the rows' GROUP BYs one
    after the other (UNION ALL), each row tagged with its measure."""
    span = _table([(p.first, p.last) for p in periods], db.Date(), "periods")
    moments = [bounds(p)[2:] for p in periods]
    days = _table(moments, FollowUp.done_at.type, "moments")
    parts = []
    for number, key in enumerate(keys):
        query = MEASURES[key](municipality, periods, days if key == "follow_ups" else span)
        parts.append(query.add_columns(db.literal_column(str(number)).label("measure")))
    found = {(measure, n): value for n, value, measure in db.session.execute(db.union_all(*parts))}
    return {
        key: [found.get((number, n)) or 0 for n in range(len(periods))]
        for number, key in enumerate(keys)
    }


def exits_to_work(municipality: Organisation, periods: list[Period], span):
    return (
        db.select(span.c.n, db.func.count(Placement.id))
        .select_from(Placement)
        .join(span, Placement.start_date.between(span.c.first, span.c.last))
        .where(
            of_municipality(Placement.client_id, municipality),
            Placement.kind.in_(PAID_KINDS),
            Placement.start_date.between(periods[0].first, periods[-1].last),
        )
        .group_by(span.c.n)
    )


def part_time(municipality: Organisation, periods: list[Period], span):
    """Per period: the residents with paid work alongside their benefit, meeting
    `part_time_conditions` of that period (looked up per placement of the span)."""
    return (
        db.select(span.c.n, db.func.count(db.distinct(Placement.client_id)))
        .select_from(Placement)
        .join(span, running(Placement.start_date, Placement.end_date, span.c.first, span.c.last))
        .where(
            of_municipality(
                Placement.client_id,
                municipality,
                *part_time_conditions(span.c.first, span.c.last),
            ),
            Placement.kind.in_(PAID_KINDS),
            running(Placement.start_date, Placement.end_date, periods[0].first, periods[-1].last),
        )
        .group_by(span.c.n)
    )


def ladder_steps_up(municipality: Organisation, periods: list[Period], span):
    changed = ClientStatusChange.changed_on.between
    return (
        db.select(span.c.n, db.func.count(db.distinct(ClientStatusChange.client_id)))
        .select_from(ClientStatusChange)
        .join(span, changed(span.c.first, span.c.last))
        .join(Client, ClientStatusChange.client_id == Client.id)
        .where(
            Client.municipality_id == municipality.id,
            ClientStatusChange.field == "ladder_step",
            ClientStatusChange.direction > 0,
            changed(periods[0].first, periods[-1].last),
        )
        .group_by(span.c.n)
    )


def service_talks(municipality: Organisation, periods: list[Period], span):
    """The service talks per period (the first figure of `contacts_of_kind`)."""
    on = ClientContact.contact_on.between
    return (
        db.select(span.c.n, db.func.count(ClientContact.id))
        .select_from(ClientContact)
        .join(span, on(span.c.first, span.c.last))
        .join(Client, ClientContact.client_id == Client.id)
        .where(
            Client.municipality_id == municipality.id,
            ClientContact.kind == "service_talk",
            on(periods[0].first, periods[-1].last),
        )
        .group_by(span.c.n)
    )


def follow_ups_done(municipality: Organisation, periods: list[Period], span):
    """Per period: the follow-ups done from its first day up to (not on) the day after."""
    moments: list[tuple[datetime, datetime]] = [bounds(p)[2:] for p in periods]
    return (
        db.select(span.c.n, db.func.count(FollowUp.id))
        .select_from(FollowUp)
        .join(span, db.and_(FollowUp.done_at >= span.c.first, FollowUp.done_at < span.c.last))
        .join(Placement, FollowUp.placement_id == Placement.id)
        .where(
            of_municipality(Placement.client_id, municipality),
            FollowUp.done_at >= moments[0][0],
            FollowUp.done_at < moments[-1][1],
        )
        .group_by(span.c.n)
    )


MEASURES = {
    "exit_to_work": exits_to_work,
    "part_time": part_time,
    "ladder_up": ladder_steps_up,
    "service_talks": service_talks,
    "follow_ups": follow_ups_done,
}
