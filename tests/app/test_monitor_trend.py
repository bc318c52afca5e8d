"""The monitor's trend is one query per row for all periods together, and the period's own rows
come from it and from combined queries (issue 15): the figures must be exactly those of the
per-period queries below (the monitor's own queries before they were combined), for half years
and for years, with data on the periods' boundaries and in another municipality."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

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
from app.models.choices import PAID_PLACEMENT_KINDS
from app.services import monitor_counts
from app.services.monitor_counts import (
    PAID_KINDS,
    bounds,
    clients_with_placement,
    count,
    of_municipality,
    part_time_conditions,
    placements,
    provision_clients_query,
    running,
)
from app.services.monitoring import TREND_KEYS, TREND_PERIODS, Period, build_report, trend
from tests.factories import ClientFactory

TODAY = date(2026, 12, 1)


# --- The oracles: each figure asked for one period at a time, as the monitor asked them before
# its trend and its period's rows were combined into a few statements (issue 15).


def _exits_to_work(municipality: Organisation, period: Period) -> int:
    """Paid work started in the period, through the portal or found outside it."""
    return count(
        placements(municipality).where(
            Placement.kind.in_(PAID_KINDS), Placement.start_date.between(period.first, period.last)
        )
    )


def _part_time(municipality: Organisation, period: Period) -> int:
    """Residents with paid work alongside their benefit in the period (see the module text)."""
    first, last = period.first, period.last
    return count(
        clients_with_placement(municipality, *part_time_conditions(first, last)).where(
            Placement.kind.in_(PAID_KINDS),
            running(Placement.start_date, Placement.end_date, first, last),
        )
    )


def _ladder_steps_up(municipality: Organisation, period: Period) -> int:
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


def _contacts_of_kind(municipality: Organisation, period: Period, kind: str) -> tuple[int, int]:
    """(contacts, distinct residents) of one kind in the period."""
    contacts, people = db.session.execute(
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
    return contacts or 0, people or 0


def _follow_ups_done(municipality: Organisation, period: Period) -> int:
    """Follow-ups done from the period's first day up to (not on) the day after its last."""
    _first, _last, start, end = bounds(period)
    return count(
        db.select(db.func.count(FollowUp.id))
        .join(Placement, FollowUp.placement_id == Placement.id)
        .where(
            of_municipality(Placement.client_id, municipality),
            FollowUp.done_at >= start,
            FollowUp.done_at < end,
        )
    )


def _provision_clients(municipality: Organisation, period: Period, kind: str | None = None):
    """Residents with a provision (of `kind`) that ran in the period."""
    return count(provision_clients_query(municipality, period, kind))


def _per_period(municipality, period: Period) -> dict[str, int]:
    """The oracle: each followed row asked for one period at a time."""
    return {
        "exit_to_work": _exits_to_work(municipality, period),
        "part_time": _part_time(municipality, period),
        "ladder_up": _ladder_steps_up(municipality, period),
        "service_talks": _contacts_of_kind(municipality, period, "service_talk")[0],
        "follow_ups": _follow_ups_done(municipality, period),
    }


def _fill(world, db) -> None:
    """Placements, benefits, steps, contacts and follow-ups spread over 2022-2026, several on
    the first or last day of a half year, and the same for the other municipality."""
    for side, shift in ((world.a, 0), (world.b, 1)):
        municipality = side.municipality
        starts = [
            date(2022, 1, 1),
            date(2022, 6, 30),
            date(2023, 7, 1),
            date(2024, 3, 15),
            date(2024, 12, 31),
            date(2025, 1, 1),
            date(2025, 6, 30 - shift),
            date(2026, 7, 1),
            date(2026, 11, 30),
        ]
        for n, start in enumerate(starts):
            client = ClientFactory(
                municipality=municipality,
                benefit_type="nug" if n % 4 == 3 else "participatiewet",
                benefit_start=date(2021, 1, 1) if n % 3 else date(2025, 1, 1),
                # ended mid-span, for work (an exit) or otherwise (work may run on)
                benefit_end=None if n % 2 else date(2024 + n % 3, 6, 30),
                benefit_end_reason=None if n % 2 else ("work" if n % 4 == 0 else "other"),
                banenafspraak=n % 3 == 0,
                jobhunter=side.users["jobhunter"] if n % 2 else None,
                case_closed_at=date(2025, 3, 1) if n == 4 else None,
            )
            db.session.flush()
            end = None if n % 3 == 0 else date(start.year + 1, 6, 30)
            kind = "job" if n % 5 else "work_experience"
            placement = Placement(
                client=client,
                employer=side.employer,
                kind=kind,
                start_date=start,
                end_date=end,
                hours_per_week=Decimal("20"),
                source="outside" if n % 4 == 1 else "portal",
            )
            day = datetime(start.year, start.month, start.day, tzinfo=UTC)
            placement.follow_ups = [
                FollowUp(kind="call", due_date=start, done_at=day),  # the first moment
                FollowUp(kind="call", due_date=start, done_at=day.replace(hour=23, minute=59)),
                FollowUp(kind="call", due_date=start, done_at=None),
            ]
            db.session.add_all(
                [
                    placement,
                    ClientContact(client_id=client.id, contact_on=start, kind="service_talk"),
                    ClientContact(client_id=client.id, contact_on=start, kind="service_talk"),
                    ClientContact(client_id=client.id, contact_on=start, kind="group_session"),
                    ClientStatusChange(
                        client_id=client.id,
                        field="ladder_step",
                        old_value="2",
                        new_value="3",
                        direction=1 if n % 2 else -1,
                        changed_on=start,
                    ),
                    ClientStatusChange(
                        client_id=client.id,
                        field="ladder_step",
                        old_value="3",
                        new_value="4",
                        direction=1,
                        changed_on=start,
                    ),
                    ClientProvision(
                        client_id=client.id,
                        kind="ips" if n % 2 else "jobcoach",
                        start_on=start,
                        end_on=None if n % 2 else date(start.year, 12, 31),
                    ),
                ]
            )
    db.session.commit()


@pytest.mark.parametrize("half", [None, 1, 2])
def test_the_trend_equals_the_figures_asked_per_period(world, db, half):
    _fill(world, db)
    periods = Period(2026, half).series(TREND_PERIODS[half is not None])
    for municipality in (world.a.municipality, world.b.municipality):
        expected = [_per_period(municipality, p) for p in periods]
        found = trend(municipality, periods)
        assert list(found) == list(TREND_KEYS)
        for key in TREND_KEYS:
            assert found[key] == [row[key] for row in expected], key
    # The data is not empty in the trend: every row counts something somewhere.
    assert all(any(v) for v in trend(world.a.municipality, periods).values())


@pytest.mark.parametrize(("year", "half"), [(2025, None), (2025, 1), (2026, 2), (2024, 2)])
def test_the_periods_own_rows_equal_their_one_query_figures(world, db, year, half):
    """The rows the report takes from the trend or from the combined placements query are the
    figures of the queries per row (`monitor_counts`)."""
    _fill(world, db)
    municipality, period = world.a.municipality, Period(year, half)
    report = build_report(municipality, period, TODAY)
    first, last = period.first, period.last
    running = monitor_counts.running(Placement.start_date, Placement.end_date, first, last)
    started = Placement.start_date.between(first, last)
    paid = Placement.kind.in_(PAID_PLACEMENT_KINDS)
    lks = db.or_(Placement.wage_subsidy_per_month > 0, Placement.wage_value_pct < 100)
    placements = monitor_counts.placements
    count = monitor_counts.count
    from app.models import Client

    expected = {
        **_per_period(municipality, period),
        "wage_subsidy": count(placements(municipality).where(running, lks)),
        "unpaid_places": count(placements(municipality).where(~paid, started)),
        "banenafspraak_placements": count(
            placements(municipality, Client.banenafspraak.is_(True)).where(started)
        ),
        "sheltered_placements": count(
            monitor_counts.clients_with_placement(
                municipality, Client.sheltered_work.is_(True)
            ).where(paid, running)
        ),
        "provisions": _provision_clients(municipality, period),
        "ips": _provision_clients(municipality, period, "ips"),
    }
    clients = db.session.scalars(
        db.select(Client).where(Client.municipality_id == municipality.id)
    ).all()
    open_ = [c for c in clients if c.case_closed_at is None or c.case_closed_at >= first]
    expected |= {
        "nug_clients": sum(c.benefit_type == "nug" for c in open_),
        "banenafspraak_clients": sum(c.banenafspraak for c in open_),
        "jobhunter_clients": sum(c.jobhunter_id is not None for c in open_),
        "benefit_ended_for_work": sum(
            c.benefit_end_reason == "work" and first <= c.benefit_end <= last for c in open_
        ),
    }
    assert {key: report.value(key) for key in expected} == expected
    outside = count(placements(municipality).where(paid, started, Placement.source == "outside"))
    assert f"waarvan {outside} buiten de portal gevonden" in report.row("exit_to_work").note
    assert report.trend_periods[-1] == period


def _engine_totals(db, first: date, last: date, as_of: date) -> dict:
    """The oracle: every running contract valued by the engine, added up per authority."""
    from app.models import Contract
    from app.services.sroi_bridge import status_for

    totals: dict = {}
    for contract in db.session.scalars(
        db.select(Contract).where(Contract.start_date <= last, Contract.end_date >= first)
    ):
        status = status_for(contract, as_of)
        found = totals.setdefault(contract.authority.name, [0, 0, 0, 0])
        found[0] += 1
        found[1] += status.obligation
        found[2] += status.realized
        found[3] += status.penalty
    return {name: tuple(values) for name, values in totals.items()}


@pytest.mark.parametrize("stored", [True, False])
def test_the_sroi_rows_equal_the_engine_per_contract(world, db, stored):
    """The SROI rows add up the stored statuses per authority in one query; as of today a
    contract without a current status is made current first, for an earlier day it is valued
    by the engine. Either way: the engine's figures per contract, added up."""
    from app.models import Contract, ContractSroiStatus
    from app.services import sroi_status
    from app.services.monitor_sroi import sroi_totals
    from tests.factories import ContractFactory

    for n in range(4):  # more contracts of A, one ended before 2026, one of B's name twice
        ContractFactory(
            authority=world.a.municipality if n % 2 else world.b.municipality,
            supplier=world.a.employer,
            start_date=date(2024 + n % 2, 1, 1),
            end_date=date(2025, 6, 30) if n == 3 else date(2027, 6, 30),
            value=Decimal(100000 * (n + 1)),
        )
    db.session.commit()
    today = sroi_status.today()
    if stored:
        sroi_status.ensure_current(None, today)
    else:
        db.session.execute(db.delete(ContractSroiStatus))
    db.session.commit()

    def shown(first, last, as_of):
        return {
            t.authority: (t.contracts, t.obligation, t.realized, t.penalty)
            for t in sroi_totals(first, last, as_of)
        }

    for first, last in (
        (date(2026, 1, 1), date(2026, 12, 31)),
        (date(2025, 1, 1), date(2025, 6, 30)),
    ):
        assert shown(first, last, today) == _engine_totals(db, first, last, today)
        earlier = date(2026, 3, 31)
        assert shown(first, last, earlier) == _engine_totals(db, first, last, earlier)
    # As of today, every running contract has a current stored status afterwards.
    assert db.session.scalar(db.select(db.func.count(ContractSroiStatus.contract_id))) == (
        db.session.scalar(db.select(db.func.count(Contract.id)))
    )
