"""The monitor's trend (`monitoring.trend`): the followed rows for a series of periods, one
query per row for all periods together.

Each query reads the rows of the whole span once and counts them per period with a FILTER per
period, instead of one query per row and period; what it counts per period is exactly what the
per-period figure of `monitor_counts` counts (`exits_to_work`, `part_time`, `ladder_steps_up`,
`contacts_of_kind`, `follow_ups_done`)."""

from __future__ import annotations

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


def _per_period(query, periods: list[Period]) -> list[int]:
    row = db.session.execute(query).one()
    return [value or 0 for value in row]


def exits_to_work(municipality: Organisation, periods: list[Period]) -> list[int]:
    started = Placement.start_date.between
    return _per_period(
        db.select(
            *(db.func.count(Placement.id).filter(started(p.first, p.last)) for p in periods)
        ).where(
            of_municipality(Placement.client_id, municipality),
            Placement.kind.in_(PAID_KINDS),
            started(periods[0].first, periods[-1].last),
        ),
        periods,
    )


def part_time(municipality: Organisation, periods: list[Period]) -> list[int]:
    """Per period: the residents meeting `part_time_conditions` of that period (looked up per
    placement of the span, as `monitor_counts.part_time` does)."""
    people = db.func.count(db.distinct(Placement.client_id))
    return _per_period(
        db.select(
            *(
                people.filter(
                    running(Placement.start_date, Placement.end_date, p.first, p.last),
                    of_municipality(
                        Placement.client_id, municipality, *part_time_conditions(p.first, p.last)
                    ),
                )
                for p in periods
            )
        ).where(
            of_municipality(Placement.client_id, municipality),
            Placement.kind.in_(PAID_KINDS),
            running(Placement.start_date, Placement.end_date, periods[0].first, periods[-1].last),
        ),
        periods,
    )


def ladder_steps_up(municipality: Organisation, periods: list[Period]) -> list[int]:
    changed = ClientStatusChange.changed_on.between
    people = db.func.count(db.distinct(ClientStatusChange.client_id))
    return _per_period(
        db.select(*(people.filter(changed(p.first, p.last)) for p in periods))
        .join(Client, ClientStatusChange.client_id == Client.id)
        .where(
            Client.municipality_id == municipality.id,
            ClientStatusChange.field == "ladder_step",
            ClientStatusChange.direction > 0,
            changed(periods[0].first, periods[-1].last),
        ),
        periods,
    )


def contacts_of_kind(municipality: Organisation, periods: list[Period], kind: str) -> list[int]:
    """The contacts of one kind per period (the first figure of `contacts_of_kind`)."""
    on = ClientContact.contact_on.between
    return _per_period(
        db.select(*(db.func.count(ClientContact.id).filter(on(p.first, p.last)) for p in periods))
        .join(Client, ClientContact.client_id == Client.id)
        .where(
            Client.municipality_id == municipality.id,
            ClientContact.kind == kind,
            on(periods[0].first, periods[-1].last),
        ),
        periods,
    )


def follow_ups_done(municipality: Organisation, periods: list[Period]) -> list[int]:
    spans = [bounds(p)[2:] for p in periods]
    return _per_period(
        db.select(
            *(
                db.func.count(FollowUp.id).filter(FollowUp.done_at >= start, FollowUp.done_at < end)
                for start, end in spans
            )
        )
        .join(Placement, FollowUp.placement_id == Placement.id)
        .where(
            of_municipality(Placement.client_id, municipality),
            FollowUp.done_at >= spans[0][0],
            FollowUp.done_at < spans[-1][1],
        ),
        periods,
    )
