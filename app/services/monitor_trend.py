"""The monitor's trend (`monitoring.trend`): the followed rows for a series of periods, one
GROUP BY per row for all periods together.

The periods are a small table in the query (number, first day, last day); each row's rows of
the whole span are joined to the periods they fall in and counted per period. So a row's
conditions are written (and sent) once however many periods there are, and what is counted
per period is exactly what the per-period figure of `monitor_counts` counts
(`exits_to_work`, `part_time`, `ladder_steps_up`, `contacts_of_kind`, `follow_ups_done`)."""

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


def _table(spans: list[tuple], kind) -> db.Subquery:
    """(n, first, last) for each span, as a subquery; `kind` the type of the bounds."""
    return db.union_all(
        *(
            db.select(
                db.literal_column(str(n)).label("n"),
                db.literal(first, kind).label("first"),
                db.literal(last, kind).label("last"),
            )
            for n, (first, last) in enumerate(spans)
        )
    ).subquery("periods")


def _dates(periods: list[Period]) -> db.Subquery:
    return _table([(p.first, p.last) for p in periods], db.Date())


def _per_period(query, periods: list[Period]) -> list[int]:
    found = dict(db.session.execute(query).all())
    return [found.get(n) or 0 for n in range(len(periods))]


def exits_to_work(municipality: Organisation, periods: list[Period]) -> list[int]:
    span = _dates(periods)
    return _per_period(
        db.select(span.c.n, db.func.count(Placement.id))
        .select_from(Placement)
        .join(span, Placement.start_date.between(span.c.first, span.c.last))
        .where(
            of_municipality(Placement.client_id, municipality),
            Placement.kind.in_(PAID_KINDS),
            Placement.start_date.between(periods[0].first, periods[-1].last),
        )
        .group_by(span.c.n),
        periods,
    )


def part_time(municipality: Organisation, periods: list[Period]) -> list[int]:
    """Per period: the residents meeting `part_time_conditions` of that period (looked up per
    placement of the span, as `monitor_counts.part_time` does)."""
    span = _dates(periods)
    return _per_period(
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
        .group_by(span.c.n),
        periods,
    )


def ladder_steps_up(municipality: Organisation, periods: list[Period]) -> list[int]:
    span = _dates(periods)
    changed = ClientStatusChange.changed_on.between
    return _per_period(
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
        .group_by(span.c.n),
        periods,
    )


def contacts_of_kind(municipality: Organisation, periods: list[Period], kind: str) -> list[int]:
    """The contacts of one kind per period (the first figure of `contacts_of_kind`)."""
    span = _dates(periods)
    on = ClientContact.contact_on.between
    return _per_period(
        db.select(span.c.n, db.func.count(ClientContact.id))
        .select_from(ClientContact)
        .join(span, on(span.c.first, span.c.last))
        .join(Client, ClientContact.client_id == Client.id)
        .where(
            Client.municipality_id == municipality.id,
            ClientContact.kind == kind,
            on(periods[0].first, periods[-1].last),
        )
        .group_by(span.c.n),
        periods,
    )


def follow_ups_done(municipality: Organisation, periods: list[Period]) -> list[int]:
    """Per period: the follow-ups done from its first day up to (not on) the day after."""
    moments: list[tuple[datetime, datetime]] = [bounds(p)[2:] for p in periods]
    span = _table(moments, FollowUp.done_at.type)
    return _per_period(
        db.select(span.c.n, db.func.count(FollowUp.id))
        .select_from(FollowUp)
        .join(span, db.and_(FollowUp.done_at >= span.c.first, FollowUp.done_at < span.c.last))
        .join(Placement, FollowUp.placement_id == Placement.id)
        .where(
            of_municipality(Placement.client_id, municipality),
            FollowUp.done_at >= moments[0][0],
            FollowUp.done_at < moments[-1][1],
        )
        .group_by(span.c.n),
        periods,
    )
