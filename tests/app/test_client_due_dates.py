"""A client's stored newest ladder registration and dienstverleningsgesprek (issue 15): every
write of a registration or contact keeps them (forms, services, edits, deletes, anonymisation,
the demo seed), and the dashboard reads its yearly rules in due order from them, saying
"Meer dan" only when there are more."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from app.models import Client, ClientContact, ClientStatusChange, client_dates
from app.services import client_log, client_rules, due_items, retention

TODAY = date.today()


def _dates(db, client) -> tuple[date | None, date | None]:
    """The stored dates as the database holds them (not the session's copy)."""
    row = db.session.execute(
        db.select(Client.last_ladder_on, Client.last_service_talk_on).where(Client.id == client.id)
    ).one()
    return tuple(row)


def _consistent(db) -> None:
    assert client_dates.stale(db.session.connection()) == []


def test_the_forms_keep_the_dates(world, db, client, auth):
    """Registering the step and logging a dienstverleningsgesprek (with the step) set them; an
    older registration or another kind of contact leaves them; the page's due items follow."""
    auth.login("jobhunter.a@example.nl")
    c = world.a.client
    assert _dates(db, c) == (None, None)
    day = TODAY - timedelta(days=30)
    response = client.post(
        f"/jobhunter/werkzoekenden/{c.id}/trede",
        data={"changed_on": day.strftime("%d-%m-%Y"), "ladder_step": "3"},
    )
    assert response.status_code == 302
    assert _dates(db, c) == (day, None)
    response = client.post(
        f"/jobhunter/werkzoekenden/{c.id}/trede",
        data={"changed_on": (day - timedelta(days=60)).strftime("%d-%m-%Y"), "ladder_step": "2"},
    )
    assert response.status_code == 302
    assert _dates(db, c) == (day, None)  # an older registration adds history only
    response = client.post(
        f"/jobhunter/werkzoekenden/{c.id}/contact",
        data={"contact_on": TODAY.strftime("%d-%m-%Y"), "kind": "phone", "note": "Gebeld"},
    )
    assert response.status_code == 302
    assert _dates(db, c) == (day, None)
    response = client.post(
        f"/jobhunter/werkzoekenden/{c.id}/contact",
        data={
            "contact_on": TODAY.strftime("%d-%m-%Y"),
            "kind": "service_talk",
            "note": "Jaarlijks gesprek",
            "ladder_step": "4",
        },
    )
    assert response.status_code == 302
    assert _dates(db, c) == (TODAY, TODAY)
    # The session's client reads the new dates too (expired on flush).
    assert db.session.get(Client, c.id).last_ladder_on == TODAY
    _consistent(db)
    scope = due_items.Scope((c.municipality_id,), client_id=c.id)
    [ladder] = due_items.ladder_registrations(scope, TODAY)
    assert ladder.due_on == client_rules.months_after(TODAY, 12)


def test_edits_deletes_and_moves_keep_the_dates(world, db):
    """Any change of a registration or contact, made in the ORM, sets the dates again: a new
    date, another kind or field, a row moved to another client, a deleted row."""
    c, other = world.a.client, world.b.client
    old, new = TODAY - timedelta(days=400), TODAY - timedelta(days=100)
    ladder = client_log.record_status(c, "ladder_step", 3, old, None)
    talk = client_log.add_contact(
        c, kind="service_talk", contact_on=old, note="", user=None, today=TODAY
    )
    db.session.commit()
    assert _dates(db, c) == (old, old)

    ladder.changed_on, talk.contact_on = new, new
    db.session.commit()
    assert _dates(db, c) == (new, new)

    talk.kind = "phone"  # no longer a dienstverleningsgesprek
    ladder.field = "profile"  # no longer a ladder registration
    db.session.commit()
    assert _dates(db, c) == (None, None)

    talk.kind, ladder.field = "service_talk", "ladder_step"
    db.session.commit()
    talk.client_id = other.id
    db.session.commit()
    assert _dates(db, c) == (new, None)
    assert _dates(db, other) == (None, new)

    db.session.delete(ladder)
    db.session.delete(talk)
    db.session.commit()
    assert _dates(db, c) == (None, None) and _dates(db, other) == (None, None)
    _consistent(db)


def test_a_rollback_leaves_the_dates(world, db):
    c = world.a.client
    client_log.record_status(c, "ladder_step", 3, TODAY, None)
    db.session.rollback()
    assert _dates(db, c) == (None, None)


def test_a_bulk_insert_past_the_orm_is_set_by_refresh(world, db):
    """Rows written with a Core statement do not pass the flush: the writer calls `refresh`
    (and `stale` finds them until it does)."""
    c = world.a.client
    db.session.execute(
        db.insert(ClientContact),
        [{"client_id": c.id, "contact_on": TODAY, "kind": "service_talk", "note": ""}],
    )
    assert client_dates.stale(db.session.connection()) == [c.id]
    client_dates.refresh(db.session.connection(), [c.id])
    assert _dates(db, c) == (None, TODAY)
    _consistent(db)


def test_anonymisation_keeps_the_dates_and_the_client_leaves_the_dashboard(world, db):
    """The dates of the path are facts kept for the monitor (retention keeps contacts and
    registrations): they stay consistent, and an anonymised client is due nothing."""
    c = world.a.client
    client_log.record_status(c, "ladder_step", 3, TODAY - timedelta(days=400), None)
    client_log.add_contact(
        c,
        kind="service_talk",
        contact_on=TODAY - timedelta(days=400),
        note="Privé",
        user=None,
        today=TODAY,
    )
    c.case_closed_at = TODAY - timedelta(days=3000)
    db.session.commit()
    retention.anonymise(c)
    db.session.commit()
    assert _dates(db, c) == (TODAY - timedelta(days=400), TODAY - timedelta(days=400))
    _consistent(db)
    scope = due_items.Scope((c.municipality_id,), client_id=c.id)
    assert due_items.ladder_registrations(scope, TODAY) == []
    assert due_items.service_talks(scope, TODAY) == []


def _caseload(db, world, starts):
    """Clients of world A's jobhunter, one per entry: (last registration or None, start); not
    on a benefit, so no dienstverleningsgesprek is due besides."""
    from tests.factories import ClientFactory

    jobhunter = world.a.client.jobhunter
    db.session.delete(world.a.placement)
    people = []
    for n, (last, start) in enumerate(starts):
        person = ClientFactory(
            municipality=world.a.municipality,
            jobhunter=jobhunter,
            last_name=f"Trede-{n}",
            benefit_type="nug",
            created_at=datetime.combine(start, datetime.min.time(), tzinfo=UTC),
        )
        if last is not None:
            db.session.add(
                ClientStatusChange(
                    client=person, field="ladder_step", new_value="3", changed_on=last
                )
            )
        people.append(person)
    db.session.commit()
    return jobhunter, people


def _ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def _ladder(world, jobhunter):
    scope = due_items.Scope((world.a.municipality.id,), jobhunter_id=jobhunter.id, horizon=TODAY)
    return scope, due_items.ladder_registrations(scope, TODAY)


def test_the_earliest_due_first_with_and_without_a_registration(world, db, monkeypatch):
    """Clients never registered are due a year after their start: read in one order with the
    registered ones (the last registration or the start, then the id)."""
    monkeypatch.setattr(due_items, "LIMIT", 3)
    jobhunter, people = _caseload(
        db,
        world,
        [
            (_ago(500), _ago(2000)),  # due 135 days ago
            (None, _ago(900)),  # due about 535 days ago
            (_ago(700), _ago(800)),  # due about 335 days ago
            (None, _ago(600)),  # due about 235 days ago
            (_ago(380), _ago(1000)),  # due about 15 days ago
            (_ago(363), _ago(3000)),  # due in a few days: read, not due today
        ],
    )
    scope, ladder = _ladder(world, jobhunter)
    assert [i.client.id for i in ladder] == [people[1].id, people[2].id, people[3].id]
    assert scope.cut  # two more are due
    monkeypatch.setattr(due_items, "LIMIT", 5)
    scope, ladder = _ladder(world, jobhunter)
    assert len(ladder) == 5 and not scope.cut  # the sixth is read, but is not due


def test_exactly_limit_due_is_not_called_more(world, db, client, auth, monkeypatch):
    """With exactly `LIMIT` items due the dashboard gives their number, not "Meer dan"; with
    one more it says there are more and lists the earliest."""
    monkeypatch.setattr(due_items, "LIMIT", 3)
    starts = [(_ago(400 + 100 * n), _ago(2000)) for n in range(3)]
    jobhunter, people = _caseload(db, world, starts)
    found = due_items.for_jobhunter(jobhunter, {world.a.municipality.id}, TODAY)
    assert len(found) == 3 and not found.more
    auth.login("jobhunter.a@example.nl")
    html = client.get("/jobhunter/").get_data(as_text=True)
    assert "3 punten bij uw werkzoekenden zijn te laat" in html
    assert "Meer dan" not in html

    from tests.factories import ClientFactory

    extra = ClientFactory(
        municipality=world.a.municipality, jobhunter=jobhunter, benefit_type="nug"
    )
    db.session.add(
        ClientStatusChange(client=extra, field="ladder_step", new_value="3", changed_on=_ago(1000))
    )
    db.session.commit()
    found = due_items.for_jobhunter(jobhunter, {world.a.municipality.id}, TODAY)
    assert found.more and len(found) == 3
    assert extra.id in [i.client.id for i in found]  # the earliest, due longest ago
    assert people[0].id not in [i.client.id for i in found]
    html = client.get("/jobhunter/").get_data(as_text=True)
    assert "Meer dan 3 punten bij uw werkzoekenden" in html


def test_exactly_limit_tasks_are_not_called_more(world, db, monkeypatch):
    """The same for a rule without a horizon's slack: `LIMIT` open tasks are all there are."""
    monkeypatch.setattr(due_items, "LIMIT", 2)
    c = world.a.client
    jobhunter = c.jobhunter
    for n in range(2):
        client_log.add_task(
            c, title=f"Taak {n}", due_on=TODAY, remind_on=None, jobhunter=jobhunter, user=None
        )
    db.session.commit()
    scope = due_items.Scope(
        (c.municipality_id,), jobhunter_id=jobhunter.id, horizon=TODAY + timedelta(days=30)
    )
    assert len(due_items.tasks(scope, TODAY)) == 2 and not scope.cut
    client_log.add_task(
        c, title="Taak 2", due_on=TODAY, remind_on=None, jobhunter=jobhunter, user=None
    )
    db.session.commit()
    assert len(due_items.tasks(scope, TODAY)) == 2 and scope.cut


def test_the_demo_seed_keeps_the_dates(db, runner):
    """The demo's registrations and talks (written, then some moved earlier, in the ORM)."""
    result = runner.invoke(args=["seed-demo", "--today", "2026-11-16"])
    assert result.exit_code == 0, result.output
    with_dates = db.session.scalar(
        db.select(db.func.count())
        .select_from(Client)
        .where(Client.last_service_talk_on.is_not(None))
    )
    assert with_dates > 100
    _consistent(db)


def test_a_client_who_started_just_after_dutch_midnight_is_due_on_that_dutch_day(world, db):
    # registered at 00:30 Dutch time (23:30 UTC the day before), never on the ladder since:
    # the first registration is due a year after the Dutch day it started
    from tests.factories import ClientFactory

    start = TODAY - timedelta(days=300)
    person = ClientFactory(
        municipality=world.a.municipality,
        jobhunter=world.a.client.jobhunter,
        last_name="Middernacht",
        benefit_type="nug",
        created_at=datetime.combine(start, datetime.min.time(), tzinfo=UTC) - timedelta(minutes=30),
    )
    db.session.commit()
    scope = due_items.Scope((world.a.municipality.id,), client_id=person.id)
    ladder = due_items.ladder_registrations(scope, TODAY)
    assert [i.due_on for i in ladder] == [client_rules.months_after(start, 12)]
