"""Employer relations: contacts with the new-employer mark, the campaign and its results."""

from datetime import date, timedelta

from app.models import Campaign, CampaignActivity, EmployerContact
from tests.factories import EmployerFactory


def _contact(db, world, employer, when, municipality=None):
    contact = EmployerContact(
        employer=employer,
        municipality_id=(municipality or world.a.municipality).id,
        jobhunter=world.a.users["jobhunter"],
        contact_date=when,
        channel="visit",
        subject="Kennismaking",
    )
    db.session.add(contact)
    return contact


def test_log_a_contact_and_see_the_new_employer_mark(world, client, auth, db):
    employer = EmployerFactory(name="Kwekerij Bosma")
    _contact(db, world, employer, date.today() - timedelta(days=6 * 365))
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    url = f"/jobhunter/werkgevers/{employer.id}"
    response = client.post(
        url,
        data={
            "contact_date": date.today().isoformat(),
            "channel": "phone",
            "subject": "Vacature orderpicker",
            "outcome": "Belt terug.",
        },
    )
    assert response.status_code == 302
    html = client.get(url).get_data(as_text=True)
    assert "Vacature orderpicker" in html
    # The earlier contact was more than five years ago: today's conversation counts as new.
    assert html.count(">nieuw<") == 2
    stored = db.session.scalars(
        db.select(EmployerContact).where(EmployerContact.subject == "Vacature orderpicker")
    ).one()
    assert stored.municipality_id == world.a.municipality.id and stored.channel == "phone"


def test_a_contact_within_five_years_is_not_new(world, client, auth, db):
    employer = EmployerFactory(name="Bakkerij Hoekstra")
    _contact(db, world, employer, date.today() - timedelta(days=365))
    _contact(db, world, employer, date.today())
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    html = client.get(f"/jobhunter/werkgevers/{employer.id}").get_data(as_text=True)
    assert html.count(">nieuw<") == 1  # only the first one


def test_contacts_of_another_municipality_do_not_count(world, client, auth, db):
    employer = EmployerFactory(name="Garage Terpstra")
    _contact(
        db, world, employer, date.today() - timedelta(days=30), municipality=world.b.municipality
    )
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    html = client.get(f"/jobhunter/werkgevers/{employer.id}").get_data(as_text=True)
    assert "Nog geen contactmomenten vastgelegd" in html


def test_contact_form_errors_keep_the_input(world, client, auth, db):
    auth.login("jobhunter.a@example.nl")
    future = (date.today() + timedelta(days=3)).isoformat()
    html = client.post(
        f"/jobhunter/werkgevers/{world.a.employer.id}",
        data={"contact_date": future, "channel": "visit", "subject": "", "outcome": "Mijn notitie"},
    ).get_data(as_text=True)
    assert "Een gesprek in de toekomst kunt u nog niet vastleggen." in html
    assert "Vul het onderwerp in." in html
    assert "Mijn notitie" in html
    assert db.session.scalars(db.select(EmployerContact)).all() == []


def test_campaign_counts_new_employer_conversations_for_the_year(world, client, auth, db):
    year = date.today().year
    old, fresh, repeat = EmployerFactory(), EmployerFactory(), EmployerFactory()
    _contact(db, world, old, date(year - 2, 5, 1))  # known employer
    _contact(db, world, old, date(year, 3, 1))  # not new
    _contact(db, world, fresh, date(year, 2, 1))  # new
    _contact(db, world, repeat, date(year - 6, 1, 10))  # more than five years ago
    _contact(db, world, repeat, date(year, 1, 15))  # new again
    _contact(db, world, repeat, date(year, 4, 15))  # not new: January's contact is recent
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    html = client.get("/jobhunter/campagne").get_data(as_text=True)
    assert f"Werkgeverscampagne {year}" in html
    assert '<td class="num">10</td><td class="num">2</td>' in html  # target 10, result 2
    assert fresh.name in html and repeat.name in html


def test_campaign_plan_and_activity(world, client, auth, db):
    auth.login("jobhunter.a@example.nl")
    page = client.get("/jobhunter/campagne").get_data(as_text=True)
    assert "Goede voorbeelden delen" in page  # the two fixed parts are proposed
    response = client.post(
        "/jobhunter/campagne/plan",
        data={
            "plan-action_plan": "Ondernemersdag en nieuwsbrief.",
            "plan-target_new_conversations": "12",
            "plan-target_placements": "20",
        },
    )
    assert response.status_code == 302
    campaign = db.session.scalars(db.select(Campaign)).one()
    assert campaign.target_new_conversations == 12 and campaign.target_placements == 20
    response = client.post(
        "/jobhunter/campagne/activiteit",
        data={
            "activiteit-date": f"{date.today().year}-11-10",
            "activiteit-kind": "article",
            "activiteit-title": "Werkgever in het zonnetje",
            "activiteit-reach": "5000",
        },
    )
    assert response.status_code == 302
    assert db.session.scalars(db.select(CampaignActivity)).one().reach == 5000


def test_campaign_form_errors_are_shown(world, client, auth, db):
    auth.login("jobhunter.a@example.nl")
    response = client.post(
        "/jobhunter/campagne/activiteit",
        data={
            "activiteit-date": "gisteren",
            "activiteit-kind": "article",
            "activiteit-title": "Mijn artikel",
            "activiteit-reach": "-5",
        },
    )
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert "Vul een datum in zoals 22-11-2026." in html and "Een aantal van 0 of meer." in html
    assert 'value="Mijn artikel"' in html
    response = client.post(
        "/jobhunter/campagne/plan", data={"plan-target_new_conversations": "veel"}
    )
    assert response.status_code == 400


def test_employer_page_shows_sroi_status(world, client, auth):
    auth.login("jobhunter.a@example.nl")
    html = client.get(f"/jobhunter/werkgevers/{world.a.employer.id}").get_data(as_text=True)
    assert world.a.contract.reference in html
    assert "€ 60.000,00" in html  # obligation 1.200.000 × 5 %


def test_campaign_results_count_vacancies_and_placements_after_a_contact(world, db):
    """Vacancies and places acquired this year (paid and unpaid), placements this year and those
    at an employer contacted earlier in the year (counted by the database, issue 15)."""
    from decimal import Decimal

    from app.models import Placement
    from app.services.employer_relations import campaign_results
    from tests.factories import ClientFactory, VacancyFactory

    year = date.today().year
    municipality = world.a.municipality
    before = campaign_results(municipality, year)
    employer = EmployerFactory(municipality_id=municipality.id)
    VacancyFactory(employer=employer, paid=True)
    VacancyFactory(employer=employer, paid=True)
    VacancyFactory(employer=employer, paid=False)
    _contact(db, world, employer, date(year, 1, 2))
    resident = ClientFactory(municipality=municipality)
    for start in (date(year, 1, 1), date(year, 1, 3)):  # the day before the contact, and after
        db.session.add(
            Placement(
                client=resident,
                employer=employer,
                kind="job",
                start_date=start,
                hours_per_week=Decimal(32),
            )
        )
    db.session.commit()
    after = campaign_results(municipality, year)
    assert after.vacancies - before.vacancies == 3
    assert after.paid_vacancies - before.paid_vacancies == 2
    assert after.unpaid_places - before.unpaid_places == 1
    assert after.contacts - before.contacts == 1
    assert after.placements - before.placements == 2
    assert after.placements_after_contact - before.placements_after_contact == 1
