"""Employer vacancies: create with every SPEC §3.2 field, edit, copy, close, reopen; ESCO labels."""

from datetime import date
from decimal import Decimal

import pytest

from app.models import AuditEntry, Occupation, Vacancy

VALID = {
    "title": "Medewerker schoonmaak (m/v)",
    "occupation": "schoonmaker",
    "kind": "work_experience",
    "paid": "0",
    "description": "Kantoren schoonmaken in Wolvega.",
    "skills": "schoonmaken\nzelfstandig werken, hygiëne",
    "wished_skills": "rijbewijs B",
    "hours_min": "18,5",
    "hours_max": "24",
    "postcode": "8471ab",
    "start_date": "01-12-2026",
    "closing_date": "2026-11-30",
    "driving_licence": "y",
    "physical_load": "middel",
    "education_level": "mbo1",
    "language_level": "A2",
    "banenafspraak_suitable": "y",
}


@pytest.fixture
def employer_a(world, auth):
    auth.login("employer.a@example.nl")
    return world.a


@pytest.fixture
def occupations(db):
    schoonmaker = Occupation(
        uri="http://data.europa.eu/esco/occupation/1",
        preferred_label="schoonmaker",
        alt_labels="medewerker schoonmaak\nschoonmaakmedewerker",
        isco_group="9112",
    )
    magazijn = Occupation(
        uri="http://data.europa.eu/esco/occupation/2",
        preferred_label="magazijnmedewerker",
        alt_labels="orderpicker\nmedewerker magazijn",
        isco_group="9333",
    )
    db.session.add_all([schoonmaker, magazijn])
    db.session.commit()
    return schoonmaker, magazijn


def test_create_vacancy_with_every_field(client, employer_a, occupations, db):
    response = client.post("/werkgever/vacatures/nieuw", data=VALID)
    assert response.status_code == 302
    vacancy = db.session.scalars(db.select(Vacancy).where(Vacancy.title == VALID["title"])).one()
    assert vacancy.employer_id == employer_a.employer.id
    assert vacancy.occupation_id == occupations[0].id
    assert vacancy.kind == "work_experience" and vacancy.paid is False
    assert vacancy.skills == ["schoonmaken", "zelfstandig werken", "hygiëne"]
    assert vacancy.wished_skills == ["rijbewijs B"]
    assert vacancy.hours_min == Decimal("18.5") and vacancy.hours_max == Decimal("24")
    assert vacancy.postcode == "8471 AB"
    assert vacancy.start_date == date(2026, 12, 1) and vacancy.closing_date == date(2026, 11, 30)
    assert vacancy.driving_licence and vacancy.banenafspraak_suitable
    assert (vacancy.physical_load, vacancy.education_level, vacancy.language_level) == (
        "middel",
        "mbo1",
        "A2",
    )
    assert vacancy.status == "open"
    entry = db.session.scalars(
        db.select(AuditEntry).where(AuditEntry.object_type == "Vacancy")
    ).one()
    assert entry.action == "create" and entry.user_email == "employer.a@example.nl"
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "staat online" in page and "18,5–24" in page


def test_alternative_label_links_the_occupation(client, employer_a, occupations, db):
    client.post("/werkgever/vacatures/nieuw", data={**VALID, "occupation": "Medewerker Magazijn"})
    vacancy = db.session.scalars(db.select(Vacancy).where(Vacancy.title == VALID["title"])).one()
    assert vacancy.occupation_id == occupations[1].id


def test_unknown_occupation_is_kept_unlinked(client, employer_a, occupations, db):
    client.post("/werkgever/vacatures/nieuw", data={**VALID, "occupation": "duizendpoot"})
    vacancy = db.session.scalars(db.select(Vacancy).where(Vacancy.title == VALID["title"])).one()
    assert vacancy.occupation_id is None


def test_invalid_vacancy_comes_back_filled_in_with_dutch_messages(client, employer_a, db):
    data = {
        **VALID,
        "title": "",
        "hours_min": "veel",
        "hours_max": "12",
        "postcode": "84711",
        "start_date": "31-02-2026",
        "kind": "hacker",
    }
    html = client.post("/werkgever/vacatures/nieuw", data=data).get_data(as_text=True)
    assert "Controleer het formulier" in html
    assert "Geef de vacature een titel." in html
    assert "Vul een getal in, bijvoorbeeld 18,5." in html
    assert "Vul een postcode in zoals 8471 AB" in html
    assert "Vul een datum in zoals 22-11-2026." in html
    assert "Ongeldige keuze" in html
    # Everything typed is still there.
    assert 'value="veel"' in html and 'value="84711"' in html and 'value="31-02-2026"' in html
    assert "Kantoren schoonmaken in Wolvega." in html
    assert "zelfstandig werken, hygiëne" in html
    assert db.session.scalar(db.select(db.func.count(Vacancy.id)).where(Vacancy.title == "")) == 0


def test_hours_max_below_min_and_out_of_range(client, employer_a):
    html = client.post(
        "/werkgever/vacatures/nieuw", data={**VALID, "hours_min": "32", "hours_max": "24"}
    ).get_data(as_text=True)
    assert "Het maximum aantal uren moet minstens zo hoog zijn als het minimum." in html
    html = client.post("/werkgever/vacatures/nieuw", data={**VALID, "hours_max": "200"}).get_data(
        as_text=True
    )
    assert "Vul een aantal uren tussen 0,5 en 60 per week in." in html


def test_very_long_input_is_refused_not_a_500(client, employer_a):
    response = client.post(
        "/werkgever/vacatures/nieuw",
        data={**VALID, "title": "x" * 10_000, "skills": "\n".join(f"s{i}" for i in range(40))},
    )
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "Een titel is hoogstens 200 tekens." in html
    assert "Geef hoogstens 30 punten op." in html


def test_edit_vacancy_keeps_and_changes_fields(client, employer_a, db):
    vacancy = employer_a.vacancy
    form = client.get(f"/werkgever/vacatures/{vacancy.id}/bewerken").get_data(as_text=True)
    assert 'value="Magazijnmedewerker (m/v)"' in form and "orderpicken" in form
    response = client.post(
        f"/werkgever/vacatures/{vacancy.id}/bewerken", data={**VALID, "title": "Orderpicker"}
    )
    assert response.status_code == 302
    db.session.refresh(vacancy)
    assert vacancy.title == "Orderpicker"


def test_copy_prefills_a_new_vacancy_and_saves_a_second_one(client, employer_a, db):
    vacancy = employer_a.vacancy
    html = client.get(f"/werkgever/vacatures/{vacancy.id}/kopieren").get_data(as_text=True)
    assert "Magazijnmedewerker (m/v) (kopie)" in html
    assert 'action="/werkgever/vacatures/nieuw"' in html
    before = db.session.scalar(db.select(db.func.count(Vacancy.id)))
    assert db.session.scalar(db.select(db.func.count(Vacancy.id))) == before  # GET stores nothing
    client.post(
        "/werkgever/vacatures/nieuw", data={**VALID, "title": "Magazijnmedewerker (m/v) (kopie)"}
    )
    assert db.session.scalar(db.select(db.func.count(Vacancy.id))) == before + 1


def test_close_and_reopen(client, employer_a, db):
    vacancy = employer_a.vacancy
    client.post(f"/werkgever/vacatures/{vacancy.id}/sluiten")
    db.session.refresh(vacancy)
    assert vacancy.status == "closed"
    assert vacancy.title not in client.get("/werkgever/vacatures").get_data(as_text=True)
    assert vacancy.title in client.get("/werkgever/vacatures?toon=gesloten").get_data(as_text=True)
    client.post(f"/werkgever/vacatures/{vacancy.id}/heropenen")
    db.session.refresh(vacancy)
    assert vacancy.status == "open"


def test_closing_needs_post(client, employer_a):
    assert client.get(f"/werkgever/vacatures/{employer_a.vacancy.id}/sluiten").status_code == 405


def test_occupation_suggestions_as_json(client, employer_a, occupations):
    labels = client.get("/werkgever/beroepen.json?q=schoonm").get_json()
    assert labels[0] == "schoonmaker"
    assert "schoonmaakmedewerker" in labels and "medewerker schoonmaak" in labels
    assert client.get("/werkgever/beroepen.json?q=m").get_json() == []
    assert client.get("/werkgever/beroepen.json?q=" + "a" * 5000).status_code == 200


def test_form_has_datalist_and_self_hosted_script(client, employer_a):
    html = client.get("/werkgever/vacatures/nieuw").get_data(as_text=True)
    assert 'list="beroepen"' in html and '<datalist id="beroepen"' in html
    assert "/static/js/occupation-field.js" in html
    assert "<script>" not in html and "onclick" not in html
    # the employer's own postcode is the default workplace
    assert 'value="8471 AB"' in html
