"""Occupations as users type them, on the real Dutch ESCO file (issues 17 and 20): suggestions
rank the occupation a title means and exact and prefix labels first, hidden labels are imported
and recognised, the demo's vacancies are coded to what their titles say, and corrections by
employers and jobhunters count for everyone only after a beheerder approved them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.models import (
    AuditEntry,
    ClientOccupation,
    Occupation,
    Organisation,
    TitleCorrection,
    Vacancy,
)
from app.services import matching_ranking, matching_taxonomy, occupations
from tests.conftest import REFERENCE_DATA
from tests.factories import ClientFactory, VacancyFactory

ESCO = REFERENCE_DATA / "esco" / "occupations_nl.csv"
POSTCODES = REFERENCE_DATA / "geonames" / "nl_pc4.csv"
pytestmark = pytest.mark.skipif(
    not (ESCO.exists() and POSTCODES.exists()), reason="geen referentiedata in data/"
)


@pytest.fixture
def esco(db, runner):
    for command, path in (("import-esco", ESCO), ("import-postcodes", POSTCODES)):
        result = runner.invoke(args=[command, str(path)])
        assert result.exit_code == 0, result.output


def _occupation(db, preferred: str) -> Occupation:
    return db.session.scalars(
        db.select(Occupation).where(Occupation.preferred_label == preferred)
    ).one()


def test_suggestions_put_the_meant_occupation_and_exact_labels_first(esco, world, client, auth, db):
    auth.login("employer.a@example.nl")

    def first(term, title=""):
        return client.get(
            "/werkgever/beroepen.json", query_string={"q": term, "titel": title}
        ).get_json()

    # Issue 17: these came 4th and 7th, after "magazijnmedewerker kleding/lederwaren/…".
    assert first("magazijnmedewerker")[0] == "magazijnmedewerker"
    schoonmaker = first("schoonmaker")
    assert schoonmaker[0] == "schoonmaker"  # an alternative label of one occupation only
    assert schoonmaker.index(schoonmaker[0]) < schoonmaker.index("schoonmaker cacaobonen")
    assert occupations.find(schoonmaker[0]).preferred_label == "schoonmaker gebouwen"
    # A label three occupations carry: the one the engine means first, each named.
    tuinman = first("tuinman")
    assert tuinman[0] == "tuinman (hovenier)" and "tuinman (botanicus)" in tuinman
    assert occupations.find("tuinman").preferred_label == "hovenier"
    assert occupations.find("tuinman (botanicus)").preferred_label == "botanicus"
    # A whole title as Dutch employers write it: what it means first.
    assert first("logistiek medewerker")[0] == "magazijnmedewerker"
    # The vacancy title typed above the occupation field comes first, even before typing.
    assert first("", "Tuinman regio Drachten")[0] == "hovenier"
    assert first("ho", "Tuinman regio Drachten")[0] == "hovenier"
    # A prefix: labels that start with it before labels that only contain it.
    magazijn = first("magazijn")
    assert all(label.startswith("magazijn") for label in magazijn[:5])

    auth.logout()
    auth.login("jobhunter.a@example.nl")
    wishes = client.get("/jobhunter/beroepen.json", query_string={"q": "heftruck"}).get_json()
    assert wishes[0] == "heftruckchauffeur"


def test_hidden_labels_are_imported_and_recognised_but_never_suggested(esco, db):
    # "gradeur" is a hidden label of gradeerder; without it the title reads as metaalgraveur.
    gradeerder = _occupation(db, "gradeerder")
    assert "gradeur" in gradeerder.hidden_labels.splitlines()
    assert matching_taxonomy.resolve_title("Gradeur gezocht (m/v) 32 uur")[0][0] == gradeerder.uri
    assert occupations.find("gradeur") == gradeerder
    suggested = occupations.suggest("gradeur")
    assert suggested[0] == "gradeerder" and "gradeur" not in suggested


def test_no_demo_vacancy_title_contradicts_its_occupation(esco, db, runner):
    """Every demo vacancy is coded, and the engine resolves its title as employers see it
    (with the decorations: "Tuinman regio Drachten") to that occupation among its first three.
    The demo's labels must all be coded: a typo in `MEANT` would leave a vacancy uncoded."""
    from app.seed.demo import DEMO_OCCUPATIONS, demo_occupation_ids

    assert set(demo_occupation_ids()) == {label for label, _s, _k in DEMO_OCCUPATIONS}
    result = runner.invoke(args=["seed-demo", "--today", "2026-11-16"])
    assert result.exit_code == 0, result.output
    vacancies = db.session.scalars(db.select(Vacancy)).all()
    assert len(vacancies) == 120
    wrong = []
    for vacancy in vacancies:
        assert vacancy.occupation is not None, vacancy.title
        resolved = [uri for uri, _score in matching_taxonomy.resolve_title(vacancy.title, k=3)]
        if vacancy.occupation.uri not in resolved:
            wrong.append((vacancy.title, vacancy.occupation.preferred_label))
    assert wrong == []
    gardeners = [v for v in vacancies if "tuinman" in v.title.lower()]
    assert gardeners and {v.occupation.preferred_label for v in gardeners} == {"hovenier"}


def test_a_correction_counts_for_everyone_only_after_approval(esco, world, client, auth, db):
    cable = _occupation(db, "kabelmonteur")
    assert matching_taxonomy.resolve_title("Datamonteur")[0][0] != cable.uri
    # An uncoded vacancy with the same kind of title, from before the correction.
    older = VacancyFactory(
        employer=world.a.employer, title="Datamonteur Zwolle", skills=[], postcode="8471 AB"
    )
    wisher = ClientFactory(
        municipality=world.a.municipality,
        postcode="8471 CD",
        hours_min=Decimal(20),
        hours_max=Decimal(40),
    )
    wisher.desired_occupations = [ClientOccupation(text="kabelmonteur", occupation=cable)]
    db.session.commit()

    def reasons_for_older():
        ranked = dict(matching_ranking.rank_vacancies(wisher, k=50))
        match = next((m for v, m in ranked.items() if v.id == older.id), None)
        return match.reasons if match else []

    assert "Gewenst beroep komt overeen: kabelmonteur" not in reasons_for_older()

    auth.login("employer.a@example.nl")
    response = client.post(
        "/werkgever/vacatures/nieuw",
        data={
            "title": "Datamonteur regio Utrecht (m/v)",
            "occupation": "kabelmonteur",
            "kind": "job",
            "paid": "1",
            "hours_min": "32",
            "hours_max": "40",
            "postcode": "8471 AB",
        },
    )
    assert response.status_code == 302, response.get_data(as_text=True)
    correction = db.session.scalars(db.select(TitleCorrection)).one()
    assert (correction.status, correction.source, correction.occupation) == (
        "pending",
        "employer",
        cable,
    )
    assert correction.created_by.email == "employer.a@example.nl"
    # Not yet for anyone else.
    assert matching_taxonomy.resolve_title("Datamonteur Amersfoort")[0][0] != cable.uri
    auth.logout()

    auth.login("admin.a@example.nl")
    page = client.get("/beheer/beroepscorrecties").get_data(as_text=True)
    assert "Datamonteur regio Utrecht (m/v)" in page and "kabelmonteur" in page
    client.post(f"/beheer/beroepscorrecties/{correction.id}", data={"decision": "approved"})
    db.session.refresh(correction)
    assert correction.status == "approved" and correction.reviewed_by.email == "admin.a@example.nl"
    # From now on: other titles of the same kind, the suggestions, and the older vacancy.
    assert matching_taxonomy.resolve_title("Datamonteur Amersfoort (m/v)")[0][0] == cable.uri
    assert occupations.suggest("", title="Datamonteur Amersfoort")[0] == "kabelmonteur"
    assert "Gewenst beroep komt overeen: kabelmonteur" in reasons_for_older()

    client.post(f"/beheer/beroepscorrecties/{correction.id}", data={"decision": "rejected"})
    assert matching_taxonomy.resolve_title("Datamonteur Amersfoort (m/v)")[0][0] != cable.uri
    assert "Gewenst beroep komt overeen: kabelmonteur" not in reasons_for_older()
    details = [e.detail for e in db.session.scalars(db.select(AuditEntry))]
    assert any("beroepscorrectie goedgekeurd" in d for d in details)
    assert any("beroepscorrectie afgewezen" in d for d in details)


def test_a_jobhunter_corrects_the_occupation_of_a_vacancy_of_their_own_employers(
    esco, world, client, auth, db
):
    vacancy = VacancyFactory(employer=world.a.employer, title="Tuinman regio Drachten")
    other = VacancyFactory(employer=world.b.employer, title="Tuinman regio Wolvega")
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    page = client.get(f"/jobhunter/vacatures/{vacancy.id}").get_data(as_text=True)
    assert "Beroep van deze vacature aanpassen" in page
    assert "Beroep van deze vacature aanpassen" not in client.get(
        f"/jobhunter/vacatures/{other.id}"
    ).get_data(as_text=True)

    response = client.post(
        f"/jobhunter/vacatures/{vacancy.id}/beroep", data={"occupation": "duizendpoot"}
    )
    assert "fout=onbekend" in response.headers["Location"]
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Dit beroep kennen we niet" in page and 'value="duizendpoot"' in page
    db.session.refresh(vacancy)
    assert vacancy.occupation is None

    client.post(
        f"/jobhunter/vacatures/{vacancy.id}/beroep",
        data={"occupation": "medewerker groenvoorziening/medewerkster groenvoorziening"},
    )
    db.session.refresh(vacancy)
    assert vacancy.occupation.preferred_label.startswith("medewerker groenvoorziening")
    correction = db.session.scalars(db.select(TitleCorrection)).one()
    assert correction.source == "jobhunter" and correction.vacancy_id == vacancy.id
    assert correction.resolved_occupation.preferred_label == "hovenier"
    assert db.session.scalars(
        db.select(AuditEntry).where(
            AuditEntry.object_type == "Vacancy", AuditEntry.object_id == str(vacancy.id)
        )
    ).first()

    # Another municipality's employer: not theirs to change.
    response = client.post(
        f"/jobhunter/vacatures/{other.id}/beroep", data={"occupation": "hovenier"}
    )
    assert response.status_code == 404
    assert db.session.get(Organisation, world.b.municipality.id) is not None
