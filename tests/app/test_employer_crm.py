"""The employer CRM (issue 17): contact persons with newsletter consent, follow-ups that land on
the dashboard when due, the account manager, retention, and the demo data."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.models import AuditEntry, EmployerContact, EmployerContactPerson, EmployerFollowUp
from app.validators import check_phone
from tests.factories import EmployerFactory, UserFactory

JOBHUNTER = "jobhunter.a@example.nl"
TODAY = date.today()


@pytest.fixture
def own(world, db):
    """World A's employer, kept by municipality A (the relation it keeps)."""
    world.a.employer.municipality = world.a.municipality
    world.b.employer.municipality = world.b.municipality
    db.session.commit()
    return world.a.employer


def _entries(db, object_type):
    return db.session.scalars(
        db.select(AuditEntry).where(AuditEntry.object_type == object_type).order_by(AuditEntry.id)
    ).all()


# --- phone numbers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "number",
    ["0561 123 456", "06-12345678", "+31 6 1234 5678", "+31 (0)6 1234 5678", "+32 2 123 45 67"],
)
def test_phone_numbers_dutch_and_foreign_are_accepted(number):
    assert check_phone(number) == number


@pytest.mark.parametrize(
    ("number", "message"),
    [
        ("06 1234", "Een Nederlands telefoonnummer heeft 10 cijfers, zoals 0561 123 456."),
        ("+31 6 123", "Een Nederlands nummer heeft na +31 nog 9 cijfers, zoals +31 6 1234 5678."),
        ("bel me", "Vul een telefoonnummer in zoals 0561 123 456 of +31 6 1234 5678."),
        ("06 12+345678", "Vul een telefoonnummer in zoals 0561 123 456 of +31 6 1234 5678."),
        ("+1 23", "Een buitenlands nummer heeft na de + 8 tot 15 cijfers."),
        ("0561 123 456 789 012 345", "Dit telefoonnummer is te lang (maximaal 20 tekens)."),
    ],
)
def test_bad_phone_numbers_get_a_dutch_message(number, message):
    with pytest.raises(ValueError) as error:
        check_phone(number)
    assert str(error.value) == message


# --- contact persons ----------------------------------------------------------------------


def test_add_a_contact_person_with_newsletter_consent(own, client, auth, db):
    auth.login(JOBHUNTER)
    response = client.post(
        f"/jobhunter/werkgevers/{own.id}/contactpersonen/nieuw",
        data={
            "name": "  Anna   de Vries ",
            "job_title": "HR-adviseur",
            "phone": "0561 123 456",
            "email": "Anna@Voorbeeld.nl",
            "newsletter": "y",
        },
    )
    assert response.status_code == 302
    person = db.session.scalars(db.select(EmployerContactPerson)).one()
    assert (person.name, person.job_title, person.phone) == (
        "Anna de Vries",
        "HR-adviseur",
        "0561 123 456",
    )
    assert person.email == "Anna@voorbeeld.nl"  # the domain normalised, as everywhere
    assert person.newsletter_consent_at == TODAY
    html = client.get(f"/jobhunter/werkgevers/{own.id}").get_data(as_text=True)
    assert "Anna de Vries" in html and 'href="tel:0561123456"' in html
    assert f"ja, sinds {TODAY:%d-%m-%Y}" in html
    entry = _entries(db, "EmployerContactPerson")[-1]
    assert entry.action == "create" and "nieuwsbrief: toestemming gegeven" in entry.detail
    assert "Anna" not in entry.detail and "0561" not in entry.detail  # ids and codes only


def test_contact_person_form_errors_keep_the_input(own, client, auth, db):
    auth.login(JOBHUNTER)
    url = f"/jobhunter/werkgevers/{own.id}/contactpersonen/nieuw"
    response = client.post(
        url, data={"name": "", "job_title": "Eigenaar", "phone": "06 12", "email": "geen-adres"}
    )
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert "Vul de naam in." in html
    assert "Een Nederlands telefoonnummer heeft 10 cijfers, zoals 0561 123 456." in html
    assert "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl." in html
    assert 'value="Eigenaar"' in html and 'value="06 12"' in html
    response = client.post(url, data={"name": "Piet Bakker", "newsletter": "y"})
    assert response.status_code == 400
    assert "Voor de nieuwsbrief is een e-mailadres nodig." in response.get_data(as_text=True)
    assert db.session.scalars(db.select(EmployerContactPerson)).all() == []


def test_withdrawing_newsletter_consent_clears_the_date(own, client, auth, db):
    person = EmployerContactPerson(
        employer=own,
        name="Jan Visser",
        email="jan@voorbeeld.nl",
        newsletter_consent_at=date(2026, 1, 5),
    )
    db.session.add(person)
    db.session.commit()
    auth.login(JOBHUNTER)
    page = client.get(f"/jobhunter/werkgevers/contactpersonen/{person.id}").get_data(as_text=True)
    assert "Toestemming gegeven op 05-01-2026." in page and "checked" in page
    response = client.post(
        f"/jobhunter/werkgevers/contactpersonen/{person.id}",
        data={"name": "Jan Visser", "job_title": "Directeur", "email": "jan@voorbeeld.nl"},
    )
    assert response.status_code == 302
    db.session.refresh(person)
    assert person.newsletter_consent_at is None and person.job_title == "Directeur"
    entry = _entries(db, "EmployerContactPerson")[-1]
    assert entry.action == "update"
    assert "gewijzigd: job_title" in entry.detail
    assert "nieuwsbrief: toestemming ingetrokken" in entry.detail
    assert "Directeur" not in entry.detail


def test_removing_a_contact_person_keeps_their_follow_ups(own, world, client, auth, db):
    person = EmployerContactPerson(employer=own, name="Jan Visser")
    follow_up = EmployerFollowUp(
        employer=own,
        municipality_id=world.a.municipality.id,
        jobhunter=world.a.users["jobhunter"],
        contact_person=person,
        due_date=TODAY,
        note="Bellen over de vacature",
    )
    db.session.add_all([person, follow_up])
    db.session.commit()
    person_id = person.id
    auth.login(JOBHUNTER)
    response = client.post(f"/jobhunter/werkgevers/contactpersonen/{person_id}/verwijderen")
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(EmployerContactPerson, person_id) is None
    assert db.session.get(EmployerFollowUp, follow_up.id).contact_person_id is None
    assert _entries(db, "EmployerContactPerson")[-1].action == "delete"
    assert client.get(f"/jobhunter/werkgevers/contactpersonen/{person_id}").status_code == 404


def test_contact_persons_of_another_municipalitys_employer_are_404(own, world, client, auth, db):
    """Jobhunters see every employer, but keep contact persons and the account manager only for
    those of their own municipality or region (`can_manage`)."""
    person = EmployerContactPerson(employer=world.b.employer, name="Sjoerd Bakker")
    db.session.add(person)
    db.session.commit()
    auth.login(JOBHUNTER)
    page = client.get(f"/jobhunter/werkgevers/{world.b.employer.id}").get_data(as_text=True)
    assert "Sjoerd Bakker" in page  # seen on the employer page
    assert "Contactpersoon toevoegen" not in page and "Accountmanager wijzigen" not in page
    assert "houden de contactpersonen en de accountmanager bij" in page
    for url in (
        f"/jobhunter/werkgevers/contactpersonen/{person.id}/verwijderen",
        f"/jobhunter/werkgevers/{world.b.employer.id}/accountmanager",
    ):
        assert client.post(url).status_code == 404
    assert client.get(f"/jobhunter/werkgevers/contactpersonen/{person.id}").status_code == 404
    assert (
        client.get(f"/jobhunter/werkgevers/{world.b.employer.id}/contactpersonen/nieuw").status_code
        == 404
    )


def test_employers_only_see_nothing_of_the_crm(own, client, auth, db):
    person = EmployerContactPerson(employer=own, name="Jan Visser")
    db.session.add(person)
    db.session.commit()
    auth.login("employer.a@example.nl")
    assert client.get(f"/jobhunter/werkgevers/contactpersonen/{person.id}").status_code == 403


# --- follow-ups ---------------------------------------------------------------------------


def _schedule(client, employer, **data):
    form = {
        "terugbellen-due_date": (TODAY + timedelta(days=2)).isoformat(),
        "terugbellen-note": "Terugbellen over de vacature",
        "terugbellen-contact_person_id": "0",
    }
    form.update({f"terugbellen-{k}": v for k, v in data.items()})
    return client.post(f"/jobhunter/werkgevers/{employer.id}/terugbellen", data=form)


def test_a_follow_up_lands_on_the_dashboard_of_who_calls_when_due(own, world, client, auth, db):
    colleague = UserFactory(
        email="collega.a@example.nl", role="jobhunter", organisation=world.a.municipality
    )
    person = EmployerContactPerson(employer=own, name="Anna de Vries", phone="06 1234 5678")
    db.session.add(person)
    db.session.commit()
    auth.login(JOBHUNTER)
    me = world.a.users["jobhunter"].id
    assert _schedule(client, own, jobhunter_id=me, contact_person_id=person.id).status_code == 302
    january = date(TODAY.year + 1, 1, 12)
    response = _schedule(
        client, own, jobhunter_id=me, due_date=january.isoformat(), note="Terugbellen in januari"
    )
    assert response.status_code == 302
    assert _schedule(client, own, jobhunter_id=colleague.id, note="Langsgaan").status_code == 302
    stored = db.session.scalars(db.select(EmployerFollowUp).order_by(EmployerFollowUp.id)).all()
    assert [f.jobhunter_id for f in stored] == [me, me, colleague.id]
    assert {f.municipality_id for f in stored} == {world.a.municipality.id}
    home = client.get("/jobhunter/").get_data(as_text=True)
    assert "Terugbellen over de vacature" in home and "Anna de Vries" in home
    assert 'href="tel:0612345678"' in home
    assert "Terugbellen in januari" not in home  # not due within a week yet
    assert "Langsgaan" not in home  # the colleague's
    auth.logout()
    auth.login("collega.a@example.nl")
    assert "Langsgaan" in client.get("/jobhunter/").get_data(as_text=True)


def test_overdue_follow_ups_are_marked_and_can_be_completed(own, world, client, auth, db):
    follow_up = EmployerFollowUp(
        employer=own,
        municipality_id=world.a.municipality.id,
        jobhunter=world.a.users["jobhunter"],
        due_date=TODAY - timedelta(days=3),
        note="Offerte werkervaringsplek",
    )
    db.session.add(follow_up)
    db.session.commit()
    auth.login(JOBHUNTER)
    home = client.get("/jobhunter/").get_data(as_text=True)
    section = home[home.index('id="terugbellen"') :]
    assert "Offerte werkervaringsplek" in section and "te laat" in section
    url = f"/jobhunter/werkgevers/terugbellen/{follow_up.id}/afronden"
    response = client.post(url, data={"terug": "/jobhunter/"})
    assert response.status_code == 302 and response.headers["Location"] == "/jobhunter/"
    db.session.refresh(follow_up)
    assert follow_up.done_at is not None and follow_up.done_by_id == world.a.users["jobhunter"].id
    assert "Offerte werkervaringsplek" not in client.get("/jobhunter/").get_data(as_text=True)
    page = client.get(f"/jobhunter/werkgevers/{own.id}").get_data(as_text=True)
    assert "Terugbelafspraak afgerond" in page  # in the timeline
    again = client.post(url, follow_redirects=True).get_data(as_text=True)
    assert "Deze terugbelafspraak is al afgerond." in again
    # A 'back' address outside the jobhunter pages is not followed.
    done = EmployerFollowUp(
        employer=own,
        municipality_id=world.a.municipality.id,
        jobhunter=world.a.users["jobhunter"],
        due_date=TODAY,
        note="x",
    )
    db.session.add(done)
    db.session.commit()
    away = client.post(
        f"/jobhunter/werkgevers/terugbellen/{done.id}/afronden",
        data={"terug": "https://evil.example/"},
    )
    assert away.headers["Location"].startswith(f"/jobhunter/werkgevers/{own.id}")


def test_follow_up_form_errors_are_dutch_and_keep_the_input(own, world, client, auth, db):
    other_person = EmployerContactPerson(employer=world.b.employer, name="Niet van hier")
    db.session.add(other_person)
    db.session.commit()
    auth.login(JOBHUNTER)
    me = world.a.users["jobhunter"].id
    cases = [
        ({"due_date": (TODAY - timedelta(days=1)).isoformat()}, "Kies een datum vanaf vandaag."),
        (
            {"due_date": (TODAY + timedelta(days=1200)).isoformat()},
            "Kies een datum binnen drie jaar.",
        ),
        ({"due_date": "morgen"}, "Vul een datum in zoals 22-11-2026."),
        ({"due_date": ""}, "Vul de datum in waarop het moet gebeuren."),
        ({"note": ""}, "Schrijf kort op wat er moet gebeuren."),
        ({"note": "x" * 501}, "Maximaal 500 tekens."),
        ({"jobhunter_id": world.b.users["jobhunter"].id}, "Ongeldige keuze."),
        ({"contact_person_id": other_person.id}, "Ongeldige keuze."),
    ]
    for data, message in cases:
        response = _schedule(client, own, **{"jobhunter_id": me, "note": "Mijn notitie", **data})
        assert response.status_code == 400, data
        html = response.get_data(as_text=True)
        assert message in html, data
        if "note" not in data:
            assert "Mijn notitie" in html  # nothing typed is lost
    assert db.session.scalars(db.select(EmployerFollowUp)).all() == []


def test_another_municipalitys_follow_up_cannot_be_completed(own, world, client, auth, db):
    theirs = EmployerFollowUp(
        employer=world.a.employer,  # even about an employer A can see
        municipality_id=world.b.municipality.id,
        jobhunter=world.b.users["jobhunter"],
        due_date=TODAY,
        note="Van gemeente B",
    )
    db.session.add(theirs)
    db.session.commit()
    auth.login(JOBHUNTER)
    assert client.post(f"/jobhunter/werkgevers/terugbellen/{theirs.id}/afronden").status_code == 404
    assert "Van gemeente B" not in client.get(f"/jobhunter/werkgevers/{own.id}").get_data(
        as_text=True
    )
    db.session.refresh(theirs)
    assert theirs.done_at is None


# --- account manager ----------------------------------------------------------------------


def test_account_manager_is_a_jobhunter_of_the_municipality(own, world, client, auth, db):
    auth.login(JOBHUNTER)
    url = f"/jobhunter/werkgevers/{own.id}/accountmanager"
    me = world.a.users["jobhunter"]
    assert client.post(url, data={"accountmanager-account_manager_id": me.id}).status_code == 302
    db.session.refresh(own)
    assert own.account_manager_id == me.id
    assert _entries(db, "Employer")[-1].detail == f"accountmanager: gebruiker {me.id}"
    listed = client.get("/jobhunter/werkgevers?manager=me").get_data(as_text=True)
    assert own.name in listed
    # Somebody of another municipality, or not a jobhunter, cannot be chosen.
    for other in (world.b.users["jobhunter"], world.a.users["procurement"]):
        response = client.post(url, data={"accountmanager-account_manager_id": other.id})
        assert response.status_code == 400
        assert "Ongeldige keuze." in response.get_data(as_text=True)
    db.session.refresh(own)
    assert own.account_manager_id == me.id
    assert client.post(url, data={"accountmanager-account_manager_id": 0}).status_code == 302
    db.session.refresh(own)
    assert own.account_manager_id is None


# --- retention ----------------------------------------------------------------------------


def test_retention_deletes_old_done_follow_ups_and_contact_persons_of_ended_relations(
    own, world, runner, db
):
    def follow_up(done_days_ago):
        done = None
        if done_days_ago is not None:
            done = datetime.now(UTC) - timedelta(days=done_days_ago)
        return EmployerFollowUp(
            employer=own,
            municipality_id=world.a.municipality.id,
            jobhunter=world.a.users["jobhunter"],
            due_date=TODAY - timedelta(days=400),
            note="x",
            done_at=done,
        )

    old, recent, still_open = follow_up(400), follow_up(30), follow_up(None)
    quiet = EmployerFactory(name="Stil Bedrijf", municipality=world.a.municipality)
    long_ago = datetime.now(UTC) - timedelta(days=6 * 366)
    stale = EmployerContactPerson(employer=quiet, name="Oud Contact", updated_at=long_ago)
    known = EmployerContactPerson(employer=own, name="Nog Bekend", updated_at=long_ago)
    fresh = EmployerContactPerson(employer=quiet, name="Nieuw Contact")
    contact = EmployerContact(
        employer=own,
        municipality_id=world.a.municipality.id,
        contact_date=TODAY - timedelta(days=200),
        channel="phone",
        subject="Vacature",
    )
    db.session.add_all([old, recent, still_open, stale, known, fresh, contact])
    db.session.commit()
    ids = {name: obj.id for name, obj in [("old", old), ("recent", recent), ("open", still_open)]}
    people = {name: obj.id for name, obj in [("stale", stale), ("known", known), ("fresh", fresh)]}
    dry = runner.invoke(args=["retention-run", "--dry-run"])
    assert (
        "1 afgeronde terugbelafspraak/-afspraken en 1 contactperso(o)n(en) zouden worden verwijderd"
        in dry.output
    )
    db.session.expire_all()
    assert db.session.get(EmployerFollowUp, ids["old"]) is not None
    result = runner.invoke(args=["retention-run"])
    assert result.exit_code == 0, result.output
    db.session.expire_all()
    assert db.session.get(EmployerFollowUp, ids["old"]) is None
    assert db.session.get(EmployerFollowUp, ids["recent"]) is not None
    assert db.session.get(EmployerFollowUp, ids["open"]) is not None
    assert db.session.get(EmployerContactPerson, people["stale"]) is None
    assert db.session.get(EmployerContactPerson, people["known"]) is not None  # recent contact
    assert db.session.get(EmployerContactPerson, people["fresh"]) is not None


# --- demo ---------------------------------------------------------------------------------


def test_demo_has_contact_persons_account_managers_and_a_follow_up_this_week(db, runner):
    from app.models import Employer, User

    result = runner.invoke(args=["seed-demo", "--today", TODAY.isoformat()])
    assert result.exit_code == 0, result.output

    def counts():
        return [
            db.session.scalar(db.select(db.func.count()).select_from(model))
            for model in (EmployerContactPerson, EmployerFollowUp)
        ]

    before = counts()
    assert before[0] > 20
    jobhunter = db.session.scalars(
        db.select(User).where(User.email == "jobhunter@demo.werkbrug.nl")
    ).one()
    this_week = db.session.scalars(
        db.select(EmployerFollowUp).where(
            EmployerFollowUp.jobhunter_id == jobhunter.id,
            EmployerFollowUp.due_date.between(TODAY, TODAY + timedelta(days=6)),
        )
    ).all()
    assert this_week
    managed = db.session.scalar(
        db.select(db.func.count(Employer.id)).where(Employer.account_manager_id.is_not(None))
    )
    assert 0 < managed < 40  # some employers still have none
    assert all(
        check_phone(p.phone) == p.phone
        for p in db.session.scalars(db.select(EmployerContactPerson))
    )
    runner.invoke(args=["seed-demo", "--today", TODAY.isoformat()])
    assert counts() == before
