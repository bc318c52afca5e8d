"""Ranking order and the Dutch reasons shown with each match."""

from __future__ import annotations

import re

import pytest

from matching import ClientProfile, Matcher, Vacancy


@pytest.fixture(scope="module")
def esco_matcher(esco, postcodes):
    vacancies = [
        Vacancy("same", "Wij zoeken een Heftruckchauffeur (m/v/x) 32-40 uur", postcode="9201 AB"),
        Vacancy("same-typo", "Ervaren heftrukchaufeur gezocht", postcode="9204"),
        Vacancy("group", "Reachtruckchauffeur", postcode="9201"),  # 8344, other occupation?
        Vacancy("related", "Bestuurder van een vorkheftruck", postcode="9201"),
        Vacancy("other", "Kok (m/v)", postcode="9201"),
        Vacancy("other2", "Administratief medewerker", postcode="9201"),
        Vacancy("group2", "Shovelmachinist", postcode="9201"),
    ]
    return Matcher(taxonomy=esco, postcodes=postcodes).fit(vacancies)


def test_same_occupation_above_same_group_above_unrelated(esco, esco_matcher):
    person = ClientProfile("c", desired_occupations=("heftruckbestuurder",), postcode="9203")
    ranked = esco_matcher.rank_vacancies(person, k=10)
    order = [m.vacancy_id for m in ranked]
    group_of = {
        m.vacancy_id: esco.resolve(
            {v.id: v.title for v in esco_matcher.vacancies}[m.vacancy_id]
        ).isco_group
        for m in ranked
    }
    wanted = esco.resolve("heftruckbestuurder")
    same = [
        v
        for v in order
        if esco.resolve({x.id: x.title for x in esco_matcher.vacancies}[v]).code == wanted.code
    ]
    assert set(order[: len(same)]) == set(same) >= {"same", "same-typo"}
    relevance = [2 if v in same else 1 if group_of[v] == wanted.isco_group else 0 for v in order]
    assert relevance == sorted(relevance, reverse=True)
    scores = [m.score for m in ranked]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= s <= 1.0 for s in scores)


def test_reasons_name_the_occupation_and_distance(esco, esco_matcher):
    person = ClientProfile(
        "c",
        desired_occupations=("heftruckbestuurder",),
        postcode="9203",
        max_travel_minutes=60,
        driving_licence=True,
    )
    best = esco_matcher.rank_vacancies(person, k=1)[0]
    title = {v.id: v.title for v in esco_matcher.vacancies}[best.vacancy_id]
    assert esco.resolve(title).code == esco.resolve("heftruckbestuurder").code
    assert "Gewenst beroep komt overeen: heftruckchauffeur" in best.reasons
    assert any(re.fullmatch(r"± \d+ km reisafstand", r) for r in best.reasons)
    assert any(re.fullmatch(r"Reistijd ± \d+ min", r) for r in best.reasons)
    assert best.client_id == "c"
    assert set(best.components) >= {"occupation", "group", "title", "text", "skills", "road_km"}


def test_related_occupation_reason(esco, postcodes):
    matcher = Matcher(taxonomy=esco, postcodes=postcodes).fit(
        [Vacancy("plane", "Vliegtuigschoonmaker (m/v)", postcode="9201")]
    )
    person = ClientProfile("c", desired_occupations=("schoonmaker gebouwen",), postcode="9201")
    match = matcher.rank_vacancies(person)[0]
    assert match.reasons[0] == "Verwant beroep (zelfde beroepsgroep): vliegtuigschoonmaker"


def test_skill_reason_counts_fuzzy_matches(matcher_for, make_vacancy, make_client):
    matcher = matcher_for(
        make_vacancy(
            "v",
            skills=("Heftruckcertificaat", "VCA basis", "Klantvriendelijk", "Excel"),
            wished_skills=("Rijbewijs B",),
        )
    )
    person = make_client(
        skills=("heftruck certificaat", "vca-basis", "klantvriendelijkheid", "rijbewijs b")
    )
    reasons = matcher.rank_vacancies(person)[0].reasons
    assert "3 van 4 gevraagde vaardigheden" in reasons
    assert "1 van 1 gewenste vaardigheden" in reasons
    explanation = matcher.explain(person, matcher.vacancies[0])
    assert "Mist gevraagde vaardigheden: Excel" in explanation.shortfalls


def test_more_matching_skills_rank_higher(matcher_for, make_vacancy, make_client):
    matcher = matcher_for(
        make_vacancy("none", skills=("kassa", "bakken")),
        make_vacancy("all", skills=("heftruck", "vca")),
    )
    person = make_client(skills=("VCA", "Heftruck"))
    assert [m.vacancy_id for m in matcher.rank_vacancies(person)] == ["all", "none"]


def test_nearer_is_better_when_all_else_is_equal(matcher_for, make_vacancy, make_client):
    matcher = matcher_for(
        make_vacancy("far", postcode="8431"), make_vacancy("near", postcode="9203")
    )
    assert [m.vacancy_id for m in matcher.rank_vacancies(make_client())] == ["near", "far"]


def test_language_shortfall_lowers_the_score(matcher_for, make_vacancy, make_client):
    matcher = matcher_for(make_vacancy("b1", language_level="B1"), make_vacancy("a1"))
    person = make_client(language_level="A2")
    ranked = matcher.rank_vacancies(person)
    assert [m.vacancy_id for m in ranked] == ["a1", "b1"]
    assert "Vraagt taalniveau B1 — kandidaat heeft A2" in ranked[1].reasons


def test_experience_reason(matcher_for, make_vacancy, make_client):
    matcher = matcher_for(make_vacancy("v", description="Kantoren en scholen schoonmaken"))
    person = make_client(experience="Vijf jaar kantoren schoongemaakt en scholen")
    assert "Ervaring sluit aan bij de vacaturetekst" in matcher.rank_vacancies(person)[0].reasons


def test_k_limits_and_best_first(matcher_for, make_vacancy, make_client):
    matcher = matcher_for(*[make_vacancy(f"v{i}") for i in range(15)])
    assert len(matcher.rank_vacancies(make_client(), k=10)) == 10
    assert len(matcher.rank_vacancies(make_client(), k=3)) == 3
    assert matcher.rank_vacancies(make_client(), k=0) == []


def test_rank_clients_best_first_with_client_ids(matcher_for, make_vacancy, make_client):
    job = make_vacancy("v", title="Heftruckchauffeur")
    matcher = matcher_for(job)
    people = [
        make_client("cook", "kok"),
        make_client("driver", "heftruckbestuurder"),
        make_client("cleaner", "schoonmaker"),
    ]
    ranked = matcher.rank_clients(job, people, k=2)
    assert [m.client_id for m in ranked][0] == "driver"
    assert len(ranked) == 2 and all(m.vacancy_id == "v" for m in ranked)
    assert "Gewenst beroep komt overeen: heftruckchauffeur" in ranked[0].reasons
    index = matcher.index_clients(people)
    assert [m.client_id for m in matcher.rank_clients(job, index, k=2)] == [
        m.client_id for m in ranked
    ]


def test_both_directions_give_the_same_score(matcher_for, make_vacancy, make_client):
    job = make_vacancy("v", title="Schoonmaakster", skills=("vca",), description="Kantoren")
    person = make_client(skills=("VCA",), experience="kantoren schoonmaken")
    matcher = matcher_for(job)
    forward = matcher.rank_vacancies(person)[0].score
    backward = matcher.rank_clients(job, [person])[0].score
    assert forward == pytest.approx(backward, abs=1e-3)
    assert matcher.explain(person, job).score == pytest.approx(forward, abs=1e-3)


def test_occupation_code_from_the_portal_wins_over_the_title(matcher_for, make_client):
    from matching import Vacancy as V

    matcher = matcher_for(V("v", "Allround teamspeler", occupation_code="occ:kok", postcode="9201"))
    match = matcher.rank_vacancies(make_client(wish="kok"))[0]
    assert "Gewenst beroep komt overeen: kok" in match.reasons


def test_without_taxonomy_text_still_ranks(postcodes, make_vacancy, make_client):
    matcher = Matcher(postcodes=postcodes).fit(
        [
            make_vacancy("clean", "Schoonmaakmedewerker kantoren (m/v)"),
            make_vacancy("cook", "Kok"),
            make_vacancy("driver", "Heftruckchauffeur"),
        ]
    )
    ranked = matcher.rank_vacancies(make_client(wish="medewerker schoonmaak"))
    assert ranked[0].vacancy_id == "clean"
    assert ranked[0].reasons[0].startswith(("Functietitel lijkt", "Vacature lijkt"))


def test_keep_filters_the_best_in_rank_order_with_the_same_reasons(esco_matcher):
    """A page's filter (keep) sees the k best in rank order with their road distance and gets
    back exactly those it accepted, explained as without the filter."""
    person = ClientProfile("c", desired_occupations=("heftruckbestuurder",), postcode="9203")
    everything = esco_matcher.rank_vacancies(person, k=5)
    offered = []

    def keep(vacancy, road_km):
        offered.append((vacancy.id, road_km))
        return "chauffeur" not in vacancy.title.lower()

    kept = esco_matcher.rank_vacancies(person, k=5, keep=keep)
    assert [v for v, _km in offered] == [m.vacancy_id for m in everything]
    assert [km for _v, km in offered] == [m.components["road_km"] for m in everything]
    expected = [
        m
        for m in everything
        if "chauffeur" not in {v.id: v.title for v in esco_matcher.vacancies}[m.vacancy_id].lower()
    ]
    assert 0 < len(kept) < len(everything)
    assert [(m.vacancy_id, m.score, m.reasons) for m in kept] == [
        (m.vacancy_id, m.score, m.reasons) for m in expected
    ]
