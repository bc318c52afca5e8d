"""Doelgroepen at a region's volume (issue 15): the counts come from the target groups' indexes
and the outreach list is driven by the open tasks; both must still be exactly the open,
not anonymised cases of the municipality."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from app.models import Client, ClientTask
from app.services import target_groups
from tests.factories import ClientFactory

TODAY = date(2026, 12, 1)


def _fill(world, db) -> None:
    for side in (world.a, world.b):
        for n in range(12):
            client = ClientFactory(
                municipality=side.municipality,
                banenafspraak=n % 2 == 0,
                banenafspraak_on=None if n % 4 == 0 else date(2026, 1, n + 1),
                benefit_type="nug" if n % 3 == 0 else "participatiewet",
                sheltered_work=n % 3 == 1,
                sheltered_work_on=None if n % 6 == 1 else date(2026, 2, n + 1),
                newcomer=n % 5 == 0,
                case_closed_at=date(2026, 3, 1) if n == 6 else None,
                anonymised_at=datetime(2026, 4, 1) if n == 8 else None,
            )
            db.session.flush()
            for m, kind in enumerate(("outreach_letter", "outreach_call", "task")):
                db.session.add(
                    ClientTask(
                        client_id=client.id,
                        kind=kind,
                        title=f"{kind} {n}",
                        due_on=TODAY + timedelta(days=(n * 7 + m * 3) % 40),
                        done_on=TODAY if n % 5 == 3 else None,
                        cancelled_on=TODAY if n % 5 == 4 and m == 1 else None,
                    )
                )
    db.session.commit()


def test_counts_are_the_open_cases_of_each_group(world, db):
    _fill(world, db)
    overview = target_groups.overview(world.a.municipality, 2026, TODAY)
    clients = db.session.scalars(
        db.select(Client).where(Client.municipality_id == world.a.municipality.id)
    ).all()
    open_ = [c for c in clients if c.case_closed_at is None and c.anonymised_at is None]
    assert overview.counts == {
        "banenafspraak": sum(c.banenafspraak for c in open_),
        "sheltered": sum(c.sheltered_work for c in open_),
        "newcomer": sum(c.newcomer for c in open_),
        "banenafspraak_undated": sum(
            c.banenafspraak and c.banenafspraak_on is None and c.benefit_type != "nug"
            for c in open_
        ),
        "sheltered_undated": sum(c.sheltered_work and c.sheltered_work_on is None for c in open_),
    }
    assert all(overview.counts.values())


def test_outreach_lists_the_open_tasks_of_open_cases_soonest_first(world, db):
    _fill(world, db)
    overview = target_groups.overview(world.a.municipality, 2026, TODAY)
    tasks = db.session.scalars(db.select(ClientTask)).all()
    expected = [
        t
        for t in tasks
        if t.kind in ("outreach_letter", "outreach_call", "outreach_reminder")
        and t.done_on is None
        and t.cancelled_on is None
        and (client := db.session.get(Client, t.client_id)).municipality_id
        == world.a.municipality.id
        and client.case_closed_at is None
        and client.anonymised_at is None
    ]
    shown = overview.outreach
    assert sorted(t.id for t, _c in shown) == sorted(t.id for t in expected)
    assert [t.due_on for t, _c in shown] == sorted(t.due_on for t in expected)
    assert all(client.id == task.client_id for task, client in shown)
    assert expected  # the list is not empty
