"""explain(): everything about one pair, including "waarom niet (hoger)?"."""

from __future__ import annotations

import matching
from matching import Vacancy


def test_explains_every_blocker_at_once(matcher_for, make_vacancy, make_client):
    job = make_vacancy(
        "v",
        driving_licence=True,
        physical_load="hoog",
        hours_min=36,
        status="closed",
        postcode="1011 AB",
    )
    person = make_client(hours_max=20, max_load="laag", max_travel_km=25)
    explanation = matcher_for(job).explain(person, job)
    assert not explanation.eligible
    assert explanation.blockers == [
        "Vacature is gesloten",
        "Vacature vraagt minimaal 36 uur per week — kandidaat kan maximaal 20 uur",
        "Vraagt rijbewijs B — heeft kandidaat niet",
        "Fysieke belasting hoog — kandidaat kan maximaal laag aan",
        explanation.blockers[4],
    ]
    assert explanation.blockers[4].startswith("Reisafstand ± ")
    assert explanation.reasons[:5] == explanation.blockers


def test_why_not_higher(matcher_for, make_vacancy, make_client):
    best = make_vacancy("best", "Schoonmaker", skills=("vca",))
    other = make_vacancy("other", "Kok", skills=("koken", "hygiëne"), postcode="8431")
    matcher = matcher_for(best, other)
    person = make_client(skills=("VCA",), experience="Ik heb in een fabriek gewerkt")
    explanation = matcher.explain(person, other)
    assert explanation.eligible and explanation.score < matcher.explain(person, best).score
    assert explanation.shortfalls[0] == (
        "Staat op plaats 2 van 2 passende vacatures voor deze kandidaat"
    )
    assert "Ander beroep: vacature is kok, kandidaat zoekt schoonmaker" in explanation.shortfalls
    assert "Mist gevraagde vaardigheden: koken, hygiëne" in explanation.shortfalls
    assert "Ervaring sluit weinig aan bij de vacaturetekst" in explanation.shortfalls


def test_explain_works_for_vacancies_outside_the_index(matcher_for, make_vacancy, make_client):
    matcher = matcher_for(make_vacancy("indexed"))
    outside = Vacancy("new", "Glazenwasser", postcode="9201")
    explanation = matcher.explain(make_client(), outside)
    assert explanation.eligible
    assert explanation.vacancy_id == "new"
    assert any(r.startswith("Verwant beroep (zelfde beroepsgroep)") for r in explanation.positives)
    assert not any(r.startswith("Staat op plaats") for r in explanation.shortfalls)


def test_module_level_explain_and_components(matcher_for, make_vacancy, make_client):
    job = make_vacancy()
    explanation = matching.explain(matcher_for(job), make_client(), job)
    assert explanation.positives[0] == "Gewenst beroep komt overeen: schoonmaker"
    assert 0 < explanation.components["occupation"] <= 1
    assert explanation.components["road_km"] > 0


def test_unrecognised_wish_and_title_are_said(matcher_for, make_vacancy, make_client):
    job = make_vacancy("v", "Qwerty")
    explanation = matcher_for(job).explain(make_client(wish="zzzz"), job)
    assert "Beroep van de vacature niet herkend in de beroepenlijst" in explanation.shortfalls
    assert "Beroepswens niet herkend in de beroepenlijst: zzzz" in explanation.shortfalls
