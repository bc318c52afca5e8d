"""Ranked matches both ways, 'waarom niet hoger?', and proposing with consent."""

from decimal import Decimal

import pytest

from app.models import AuditEntry, Occupation, OutboxMail, PostcodeArea, Proposal
from tests.factories import ClientFactory, EmployerFactory, VacancyFactory


@pytest.fixture
def region(world, db):
    """Reference data and vacancies around Wolvega and Drachten."""
    db.session.add_all(
        [
            Occupation(
                uri="http://data.europa.eu/esco/occupation/heftruck",
                isco_group="8344",
                preferred_label="heftruckchauffeur",
                alt_labels="heftruckbestuurder\nvorkheftruckchauffeur",
            ),
            Occupation(
                uri="http://data.europa.eu/esco/occupation/kok",
                isco_group="5120",
                preferred_label="kok",
                alt_labels="kok restaurant",
            ),
            PostcodeArea(pc4="8471", place="Wolvega", latitude=52.8739, longitude=5.9976),
            PostcodeArea(pc4="9201", place="Drachten", latitude=53.1138, longitude=6.0948),
            PostcodeArea(pc4="1011", place="Amsterdam", latitude=52.371, longitude=4.9041),
        ]
    )
    employer = EmployerFactory(name="Transport Hoekstra")
    fork = VacancyFactory(
        employer=employer,
        title="Heftruckchauffeur (m/v) 32-40 uur",
        skills=["heftruck besturen"],
        hours_min=Decimal(24),
        hours_max=Decimal(32),
        postcode="8471 AB",
    )
    cook = VacancyFactory(
        employer=employer,
        title="Wij zoeken een kok!",
        skills=["koken"],
        hours_min=Decimal(24),
        hours_max=Decimal(32),
        postcode="8471 AB",
    )
    far = VacancyFactory(
        employer=employer,
        title="Heftruckchauffeur Amsterdam",
        postcode="1011 AA",
        hours_min=Decimal(24),
        hours_max=Decimal(32),
    )
    long_hours = VacancyFactory(
        employer=employer,
        title="Heftruckchauffeur fulltime",
        postcode="8471 AB",
        hours_min=Decimal(38),
        hours_max=Decimal(40),
    )
    closed = VacancyFactory(
        employer=employer, title="Heftruckchauffeur", status="closed", postcode="8471 AB"
    )
    client = ClientFactory(
        municipality=world.a.municipality,
        jobhunter=world.a.users["jobhunter"],
        postcode="8471 CD",
        hours_min=Decimal(20),
        hours_max=Decimal(32),
        max_travel_minutes=45,
        skills=["heftruck besturen"],
    )
    from app.models import ClientOccupation

    client.desired_occupations = [ClientOccupation(text="heftruckbestuurder")]
    db.session.commit()
    return {
        "fork": fork,
        "cook": cook,
        "far": far,
        "long": long_hours,
        "closed": closed,
        "client": client,
    }


def test_client_page_ranks_vacancies_with_dutch_reasons(region, client, auth):
    auth.login("jobhunter.a@example.nl")
    html = client.get(f"/jobhunter/werkzoekenden/{region['client'].id}").get_data(as_text=True)
    assert "Passende vacatures" in html
    fork, cook = html.find("Heftruckchauffeur (m/v) 32-40 uur"), html.find("Wij zoeken een kok!")
    assert fork != -1 and (cook == -1 or fork < cook)
    assert "Gewenst beroep komt overeen" in html
    # Hard constraints: too far, too many hours, closed vacancies never appear.
    for title in ("Heftruckchauffeur Amsterdam", "Heftruckchauffeur fulltime"):
        assert title not in html
    assert "Waarom niet hoger?" in html


def test_filters_on_kind_distance_and_hours(region, client, auth, db):
    region["cook"].kind = "work_experience"
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    url = f"/jobhunter/werkzoekenden/{region['client'].id}/vacatures"
    only_places = client.get(url, query_string={"kind": "work_experience"}).get_data(as_text=True)
    assert "Wij zoeken een kok!" in only_places and "Heftruckchauffeur (m/v)" not in only_places
    near = client.get(url, query_string={"max_km": "5"}).get_data(as_text=True)
    assert "Heftruckchauffeur (m/v)" in near
    hours = client.get(url, query_string={"hours": "36"}).get_data(as_text=True)
    assert "Geen passende open vacatures gevonden." in hours
    # The vacancy's own bounds count as fitting (24-32 hours a week).
    for fits in ("24", "32", "27,5"):
        page = client.get(url, query_string={"hours": fits}).get_data(as_text=True)
        assert "Heftruckchauffeur (m/v)" in page
    page = client.get(url, query_string={"hours": "32,5"}).get_data(as_text=True)
    assert "Heftruckchauffeur (m/v)" not in page
    bad = client.get(url, query_string={"max_km": "-3"})
    assert bad.status_code == 200 and "Tussen 1 en 300 km." in bad.get_data(as_text=True)


def test_why_not_explains_an_excluded_vacancy(region, client, auth):
    auth.login("jobhunter.a@example.nl")
    html = client.get(
        f"/jobhunter/werkzoekenden/{region['client'].id}/waarom/{region['long'].id}"
    ).get_data(as_text=True)
    assert "Deze vacature valt af voor deze werkzoekende." in html
    assert "uur" in html.split("Waarom deze vacature afvalt")[1].split("Wat past")[0]


def test_vacancy_page_ranks_clients_of_own_municipality_only(region, client, auth, db, world):
    ClientFactory(
        municipality=world.b.municipality,
        postcode="8471 EF",
        skills=["heftruck besturen"],
        last_name="Buitenstaander",
    )
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    html = client.get(f"/jobhunter/vacatures/{region['fork'].id}").get_data(as_text=True)
    assert region["client"].last_name in html
    assert "Buitenstaander" not in html


def test_propose_needs_consent_and_is_stored_as_feedback(region, client, auth, db):
    target, vacancy = region["client"], region["fork"]
    target.consent_at = None
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    url = f"/jobhunter/vacatures/{vacancy.id}/voorstellen/{target.id}"
    response = client.post(url, data={"note": "Ervaren en gemotiveerd."})
    assert response.status_code == 302
    assert (
        db.session.scalars(db.select(Proposal).where(Proposal.vacancy_id == vacancy.id)).all() == []
    )
    assert (
        "geen toestemming"
        in client.get(response.headers["Location"]).get_data(as_text=True).lower()
    )

    from datetime import date

    target.consent_at = date(2026, 11, 1)
    db.session.commit()
    response = client.post(url, data={"note": "Ervaren en gemotiveerd."})
    assert response.status_code == 302
    proposal = db.session.scalars(
        db.select(Proposal).where(Proposal.vacancy_id == vacancy.id)
    ).one()
    assert proposal.status == "proposed" and proposal.note == "Ervaren en gemotiveerd."
    assert proposal.match_score is not None and proposal.match_score > 0
    assert db.session.scalars(
        db.select(AuditEntry).where(AuditEntry.object_type == "Proposal")
    ).one()
    # Proposing twice is refused.
    client.post(url, data={"note": ""})
    assert (
        len(db.session.scalars(db.select(Proposal).where(Proposal.vacancy_id == vacancy.id)).all())
        == 1
    )


def test_proposal_notifies_the_employer_users_without_the_name(region, client, auth, db, world):
    from tests.factories import UserFactory

    UserFactory(
        email="baas@transport.nl",
        role="employer",
        organisation=region["fork"].employer.organisation,
    )
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    client.post(
        f"/jobhunter/vacatures/{region['fork'].id}/voorstellen/{region['client'].id}",
        data={"note": ""},
    )
    mail = db.session.scalars(
        db.select(OutboxMail).where(OutboxMail.to == "baas@transport.nl")
    ).one()
    assert region["client"].pseudonym in mail.body
    assert (
        region["client"].last_name not in mail.body and region["client"].first_name not in mail.body
    )


def test_other_municipality_cannot_propose_or_explain(region, client, auth):
    auth.login("jobhunter.b@example.nl")
    assert (
        client.get(f"/jobhunter/werkzoekenden/{region['client'].id}/vacatures").status_code == 404
    )
    assert (
        client.get(
            f"/jobhunter/werkzoekenden/{region['client'].id}/waarom/{region['fork'].id}"
        ).status_code
        == 404
    )
    assert (
        client.post(
            f"/jobhunter/vacatures/{region['fork'].id}/voorstellen/{region['client'].id}"
        ).status_code
        == 404
    )


def test_index_follows_vacancy_changes_without_restart(region, client, auth, db):
    auth.login("jobhunter.a@example.nl")
    url = f"/jobhunter/werkzoekenden/{region['client'].id}/vacatures"
    assert "Heftruckchauffeur (m/v)" in client.get(url).get_data(as_text=True)
    region["fork"].status = "closed"
    VacancyFactory(
        employer=region["fork"].employer,
        title="Heftruckbestuurder Wolvega",
        postcode="8471 AB",
        hours_min=Decimal(24),
        hours_max=Decimal(32),
    )
    db.session.commit()
    html = client.get(url).get_data(as_text=True)
    assert "Heftruckchauffeur (m/v)" not in html
    assert "Heftruckbestuurder Wolvega" in html


def test_occupation_suggestions_tolerate_typing_errors(region, client, auth):
    auth.login("jobhunter.a@example.nl")
    assert "heftruckchauffeur" in client.get("/jobhunter/beroepen.json?q=heftr").get_json()
    assert (
        "heftruckchauffeur"
        in client.get("/jobhunter/beroepen.json?q=hefturck chauffeur").get_json()
    )
    assert client.get("/jobhunter/beroepen.json?q=h").get_json() == []
    html = client.get("/jobhunter/werkzoekenden/nieuw").get_data(as_text=True)
    assert 'id="occupation-helper" class="field" hidden' in html  # shown by the script only
