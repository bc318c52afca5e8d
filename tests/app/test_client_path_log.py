"""A client's log (issue 16): ladder / profile / group history with who and when, the yearly
registration and dienstverleningsgesprek as due items, contacts with documents, tasks with
reminders, the banenafspraak outreach cycle, and one timeline on the client page."""

from __future__ import annotations

import io
from datetime import date, timedelta
from decimal import Decimal

from app.models import (
    AuditEntry,
    ClientContact,
    ClientDocument,
    ClientStatusChange,
    ClientTask,
    Placement,
)
from app.services import client_log, client_rules, due_items

TODAY = date.today()


def _pdf(text: str = "brief") -> bytes:
    return b"%PDF-1.4\n% " + text.encode() + b"\n%%EOF\n"


def _scope(client, horizon=None):
    return due_items.Scope((client.municipality_id,), client_id=client.id, horizon=horizon)


def test_every_ladder_and_profile_change_is_kept_with_date_and_author(world, db, client, auth):
    """000 §2.3: "De positie op de ladder vullen we in na de diagnosefase maar ook bij
    veranderingen tijdens het traject van de inwoner" — each change (from the client form or
    the registration form) is a history row with its date and who set it."""
    auth.login("jobhunter.a@example.nl")
    c = world.a.client
    form = {
        "municipality_id": str(c.municipality_id),
        "first_name": c.first_name,
        "last_name": c.last_name,
        "benefit_type": "participatiewet",
        "jobhunter_id": str(c.jobhunter_id),
        "ladder_step": "3",
        "profile": "2",
        "client_group": "work_experience",
    }
    assert client.post(f"/jobhunter/werkzoekenden/{c.id}/bewerken", data=form).status_code == 302
    form["ladder_step"] = "4"
    client.post(f"/jobhunter/werkzoekenden/{c.id}/bewerken", data=form)
    rows = client_log.status_history(c)
    ladder = [(r.old_value, r.new_value, r.direction) for r in rows if r.field == "ladder_step"]
    assert ladder == [("3", "4", 1), (None, "3", 0)]
    assert all(r.recorded_by_id == world.a.users["jobhunter"].id for r in rows)
    assert {r.field for r in rows} == {"ladder_step", "profile", "client_group"}
    assert all(r.changed_on == TODAY for r in rows)
    page = client.get(f"/jobhunter/werkzoekenden/{c.id}/trede").get_data(as_text=True)
    assert "3 – deelname georganiseerde activiteiten" in page and "4 – onbetaald werk" in page


def test_yearly_ladder_registration_is_due_and_overdue(world, db, client, auth):
    """000 §2.3: "Het uitgangspunt is dan ook dat er jaarlijks tenminste een keer wordt
    vastgelegd op welk niveau de inwoner zich bevindt" — due a year after the last registration
    (a setting); registering the same step again settles it."""
    c = world.a.client
    c.ladder_step = 3
    db.session.add(
        ClientStatusChange(
            client_id=c.id,
            field="ladder_step",
            new_value="3",
            changed_on=TODAY - timedelta(days=380),
        )
    )
    db.session.commit()
    [item] = due_items.ladder_registrations(_scope(c), TODAY)
    assert item.due_on == client_rules.months_after(TODAY - timedelta(days=380), 12)
    assert item.state == "overdue"
    auth.login("jobhunter.a@example.nl")
    assert "Trede participatieladder vastleggen" in client.get("/jobhunter/").get_data(as_text=True)
    response = client.post(
        f"/jobhunter/werkzoekenden/{c.id}/trede",
        data={"changed_on": TODAY.strftime("%d-%m-%Y"), "ladder_step": "3"},
    )
    assert response.status_code == 302
    [again] = due_items.ladder_registrations(_scope(c), TODAY)
    assert again.due_on == client_rules.months_after(TODAY, 12) and again.state == "later"
    latest = client_log.last_registration(c, "ladder_step")
    assert (latest.old_value, latest.new_value, latest.direction) == ("3", "3", 0)


def test_a_registration_dated_earlier_adds_history_but_keeps_the_current_step(world, db):
    c = world.a.client
    client_log.record_status(c, "ladder_step", 4, TODAY - timedelta(days=10), None)
    client_log.record_status(c, "ladder_step", 2, TODAY - timedelta(days=200), None)
    db.session.commit()
    assert c.ladder_step == 4
    rows = client_log.status_history(c)
    assert [(r.new_value, r.changed_on) for r in rows][0] == ("4", TODAY - timedelta(days=10))


def test_dienstverleningsgesprek_yearly_and_twice_a_year_with_part_time_work(
    world, db, client, auth
):
    """000 doel 1: "We spreken onze inwoners ieder jaar [...] dienstverleningsgesprek"; doel 2:
    "Via het proces heronderzoek hebben wij twee keer per jaar contact met inwoners met
    parttime werk" — both intervals are settings; part-time is work alongside the benefit."""
    c = world.a.client
    c.benefit_start = date(2023, 1, 1)
    db.session.delete(world.a.placement)
    talk = TODAY - timedelta(days=200)
    db.session.add(ClientContact(client_id=c.id, contact_on=talk, kind="service_talk"))
    db.session.commit()
    [item] = due_items.service_talks(_scope(c), TODAY)
    assert item.due_on == client_rules.months_after(talk, 12)
    assert "jaarlijks" in item.label
    # Working part-time alongside the benefit: due six months after the talk, i.e. overdue.
    db.session.add(
        Placement(
            client=c,
            employer=world.a.employer,
            kind="job",
            start_date=TODAY - timedelta(days=100),
            hours_per_week=Decimal("16"),
        )
    )
    db.session.commit()
    [item] = due_items.service_talks(_scope(c), TODAY)
    assert item.due_on == client_rules.months_after(talk, 6) and item.state == "overdue"
    assert "halfjaarlijks" in item.label
    # Logging the talk settles it; the step registered at the talk comes with it (000 §2.3).
    auth.login("jobhunter.a@example.nl")
    page = client.get(f"/jobhunter/werkzoekenden/{c.id}/contact?soort=service_talk")
    assert '<option selected value="service_talk">' in page.get_data(as_text=True)
    response = client.post(
        f"/jobhunter/werkzoekenden/{c.id}/contact",
        data={
            "contact_on": TODAY.strftime("%d-%m-%Y"),
            "kind": "service_talk",
            "note": "Uren uitbreiden besproken",
            "ladder_step": "5",
        },
    )
    assert response.status_code == 302
    [item] = due_items.service_talks(_scope(c), TODAY)
    assert item.due_on == client_rules.months_after(TODAY, 6)
    assert c.ladder_step == 5
    # After the benefit ended for work there is no heronderzoek any more.
    c.benefit_end, c.benefit_end_reason = TODAY - timedelta(days=1), "work"
    db.session.commit()
    assert due_items.service_talks(_scope(c), TODAY) == []


def test_talk_and_registration_due_together_are_one_item(world, db):
    """000 §2.3: "Dit doen we door het gesprek met de inwoner te voeren tijdens het jaarlijkse
    heronderzoek" — one due item, settled by one form."""
    c = world.a.client
    db.session.delete(world.a.placement)
    last = TODAY - timedelta(days=350)
    db.session.add_all(
        [
            ClientContact(client_id=c.id, contact_on=last, kind="service_talk"),
            ClientStatusChange(client_id=c.id, field="ladder_step", new_value="3", changed_on=last),
        ]
    )
    db.session.commit()
    items = due_items.for_client(c, TODAY)
    talks = [i for i in items if i.kind in ("service_talk", "ladder")]
    assert len(talks) == 1 and "en trede vastleggen" in talks[0].label
    assert talks[0].endpoint == "jobhunter.contact_new"


def test_contact_with_documents_checked_like_evidence(
    world, db, client, auth, app, tmp_path, monkeypatch
):
    """Documents in the client's file get the evidence checks: the type by the first bytes,
    at most 10 MB; a refused file keeps the form filled in and stores nothing."""
    monkeypatch.setitem(app.config, "UPLOAD_FOLDER", str(tmp_path / "uploads"))
    auth.login("jobhunter.a@example.nl")
    c = world.a.client
    bad = client.post(
        f"/jobhunter/werkzoekenden/{c.id}/contact",
        data={
            "contact_on": TODAY.strftime("%d-%m-%Y"),
            "kind": "meeting",
            "note": "Plan getekend",
            "documents": (io.BytesIO(b"MZ\x90\x00 not a pdf"), "plan.pdf"),
        },
        content_type="multipart/form-data",
    )
    html = bad.get_data(as_text=True)
    assert bad.status_code == 200 and "is geen PDF, JPG of PNG" in html and "Plan getekend" in html
    assert db.session.scalars(db.select(ClientContact)).all() == []
    good = client.post(
        f"/jobhunter/werkzoekenden/{c.id}/contact",
        data={
            "contact_on": TODAY.strftime("%d-%m-%Y"),
            "kind": "meeting",
            "note": "Plan getekend",
            "documents": (io.BytesIO(_pdf()), "plan.pdf"),
        },
        content_type="multipart/form-data",
    )
    assert good.status_code == 302
    document = db.session.scalars(db.select(ClientDocument)).one()
    assert (document.filename, document.content_type) == ("plan.pdf", "application/pdf")
    assert document.contact.note == "Plan getekend"
    page = client.get(f"/jobhunter/werkzoekenden/{c.id}").get_data(as_text=True)
    assert "plan.pdf" in page and "Plan getekend" in page
    download = client.get(f"/jobhunter/documenten/{document.id}")
    assert download.status_code == 200 and download.data.startswith(b"%PDF")
    assert "sandbox" in download.headers["Content-Security-Policy"]
    exports = db.session.scalars(
        db.select(AuditEntry).where(AuditEntry.object_type == "ClientDocument")
    ).all()
    assert exports and exports[-1].action == "export"
    auth.logout()
    auth.login("jobhunter.b@example.nl")
    assert client.get(f"/jobhunter/documenten/{document.id}").status_code == 404


def test_task_with_a_reminder_shows_on_the_dashboard_from_the_reminder(world, db, client, auth):
    c = world.a.client
    jobhunter = world.a.users["jobhunter"]
    later = client_log.add_task(
        c,
        title="UWV bellen over de indicatie",
        due_on=TODAY + timedelta(days=90),
        remind_on=TODAY + timedelta(days=60),
        jobhunter=jobhunter,
        user=jobhunter,
    )
    now = client_log.add_task(
        c,
        title="Brief sturen",
        due_on=TODAY + timedelta(days=80),
        remind_on=TODAY - timedelta(days=1),
        jobhunter=jobhunter,
        user=jobhunter,
    )
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    html = client.get("/jobhunter/").get_data(as_text=True)
    assert "Brief sturen" in html and "UWV bellen" not in html
    response = client.post(f"/jobhunter/taken/{now.id}/afronden", data={"note": "Verstuurd"})
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(ClientTask, now.id).done_on == TODAY
    assert "Brief sturen" not in client.get("/jobhunter/").get_data(as_text=True)
    assert db.session.get(ClientTask, later.id).is_open


def test_banenafspraak_outreach_letter_call_and_reminder_after_four_to_six_months(
    world, db, client, auth
):
    """000 doel 2: "Deze inwoners ontvangen een brief met het aanbod van de gemeente voor
    ondersteuning. Wanneer de gegevens bekend zijn, nemen wij ook telefonisch contact op. Bij
    geen reactie versturen wij na vier tot zes maanden een herinneringsbrief." — three tasks;
    an answer from the resident cancels the reminder."""
    c = world.a.client
    c.banenafspraak, c.benefit_type = True, "nug"
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    assert client.post(f"/jobhunter/werkzoekenden/{c.id}/benadering").status_code == 302
    tasks = {t.kind: t for t in client_log.open_tasks(c)}
    assert tasks["outreach_letter"].due_on == TODAY
    assert tasks["outreach_call"].due_on == TODAY + timedelta(days=14)
    reminder = tasks["outreach_reminder"]
    assert reminder.remind_on == client_rules.months_after(TODAY, 4)
    assert reminder.due_on == client_rules.months_after(TODAY, 6)
    assert all(t.jobhunter_id == c.jobhunter_id for t in tasks.values())
    # Started twice: refused.
    client.post(f"/jobhunter/werkzoekenden/{c.id}/benadering")
    assert len(client_log.open_tasks(c)) == 3
    # The resident calls back: the reminder letter is not needed any more.
    client.post(
        f"/jobhunter/werkzoekenden/{c.id}/contact",
        data={"contact_on": TODAY.strftime("%d-%m-%Y"), "kind": "phone", "note": "Belde terug"},
    )
    db.session.expire_all()
    assert db.session.get(ClientTask, reminder.id).cancelled_on == TODAY
    targets = client.get("/jobhunter/doelgroepen").get_data(as_text=True)
    assert "Brief met het aanbod van de gemeente" in targets


def test_the_timeline_holds_the_whole_path(world, db, client, auth):
    """One timeline on the client page: contacts, plan, registrations, placements (portal and
    outside), tasks, provisions, newest first."""
    c = world.a.client
    jobhunter = world.a.users["jobhunter"]
    client_log.add_contact(
        c, kind="group_session", contact_on=TODAY - timedelta(days=5), note="KOEK-groep",
        user=jobhunter, today=TODAY,
    )  # fmt: skip
    client_log.record_status(c, "ladder_step", 4, TODAY - timedelta(days=4), jobhunter)
    client_log.add_provision(
        c, kind="ips", provider="GGZ Friesland", start_on=TODAY - timedelta(days=3), end_on=None,
        user=jobhunter,
    )  # fmt: skip
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    html = client.get(f"/jobhunter/werkzoekenden/{c.id}").get_data(as_text=True)
    timeline = html.split('id="tijdlijn"')[1].split("</section>")[0]
    for text in (
        "Groepsbijeenkomst",
        "KOEK-groep",
        "Trede participatieladder vastgelegd",
        "Voorziening gestart: IPS-traject",
        "Gestart: Betaalde baan bij Werkgever A BV",
    ):
        assert text in timeline, text
    assert timeline.index("Voorziening gestart") < timeline.index("Groepsbijeenkomst")


def test_client_pages_are_audited_with_the_client(world, db, client, auth):
    auth.login("jobhunter.a@example.nl")
    c = world.a.client
    for path in ("contact", "taak", "trede", "voorziening", "plan", "werk-buiten-portal"):
        assert client.get(f"/jobhunter/werkzoekenden/{c.id}/{path}").status_code == 200
    reads = db.session.scalars(
        db.select(AuditEntry).where(AuditEntry.action == "read", AuditEntry.object_id == str(c.id))
    ).all()
    assert len(reads) == 6
    # The dashboard and the target-group page record the clients they showed.
    c.banenafspraak, c.banenafspraak_on = True, TODAY - timedelta(days=170)
    db.session.commit()
    client.get("/jobhunter/doelgroepen")
    listed = db.session.scalars(
        db.select(AuditEntry).where(AuditEntry.detail.startswith("doelgroepen"))
    ).one()
    assert [s.client_id for s in listed.subjects] == [c.id]


def test_a_caseload_with_more_due_than_read_shows_the_earliest_and_says_so(
    world, db, client, auth, monkeypatch
):
    """A rule reads at most `LIMIT` rows: those must be the earliest due (the last ladder
    registration longest ago first), and the dashboard says there are more, not a total."""
    from tests.factories import ClientFactory

    monkeypatch.setattr(due_items, "LIMIT", 3)
    jobhunter = world.a.client.jobhunter
    db.session.delete(world.a.placement)
    people = []
    for n, days in enumerate((400, 900, 500, 700, 600)):  # due a year after each registration
        person = ClientFactory(
            municipality=world.a.municipality, jobhunter=jobhunter, last_name=f"Trede-{n}"
        )
        db.session.add(
            ClientStatusChange(
                client=person,
                field="ladder_step",
                new_value="3",
                changed_on=TODAY - timedelta(days=days),
            )
        )
        people.append((days, person))
    db.session.commit()
    scope = due_items.Scope((world.a.municipality.id,), jobhunter_id=jobhunter.id, horizon=TODAY)
    ladder = due_items.ladder_registrations(scope, TODAY)
    earliest = [p.last_name for _days, p in sorted(people, key=lambda pair: -pair[0])][:3]
    assert [i.client.last_name for i in ladder] == earliest  # 900, 700 and 600 days ago
    assert scope.cut
    found = due_items.for_jobhunter(jobhunter, {world.a.municipality.id}, TODAY)
    assert found.more
    auth.login("jobhunter.a@example.nl")
    html = client.get("/jobhunter/").get_data(as_text=True)
    assert f"Meer dan {len(found)} punten bij uw werkzoekenden" in html
    assert "hieronder de vroegste" in html
