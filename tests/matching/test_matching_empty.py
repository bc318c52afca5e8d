"""Empty and bad inputs: a clear result or a Dutch error message, never a crash."""

from __future__ import annotations

import pytest

from matching import ClientProfile, Feedback, Matcher, Vacancy


def test_no_vacancies(small_taxonomy, postcodes, make_client):
    assert (
        Matcher(taxonomy=small_taxonomy, postcodes=postcodes).fit([]).rank_vacancies(make_client())
        == []
    )
    assert Matcher().rank_vacancies(make_client()) == []  # never fitted


def test_no_clients(matcher_for, make_vacancy):
    job = make_vacancy()
    assert matcher_for(job).rank_clients(job, []) == []
    assert Matcher().rank_clients(job, []) == []


def test_unfitted_matcher_can_rank_clients(make_vacancy, make_client):
    job = make_vacancy()
    assert [m.client_id for m in Matcher().rank_clients(job, [make_client()])] == ["c1"]


def test_client_with_nothing_filled_in(matcher_for, make_vacancy):
    matcher = matcher_for(
        make_vacancy("near", postcode="9203"), make_vacancy("far", postcode="8431")
    )
    empty = ClientProfile("nobody")
    ranked = matcher.rank_vacancies(empty)
    assert {m.vacancy_id for m in ranked} == {"near", "far"}
    assert all(m.score == 0.0 for m in ranked)
    assert "Profiel heeft nog geen beroepswens, vaardigheden of ervaring" in ranked[0].reasons
    explanation = matcher.explain(empty, matcher.vacancies[0])
    assert explanation.eligible


def test_client_with_only_a_postcode_is_ranked_by_distance(matcher_for, make_vacancy):
    matcher = matcher_for(
        make_vacancy("far", postcode="8431"), make_vacancy("near", postcode="9203")
    )
    ranked = matcher.rank_vacancies(ClientProfile("x", postcode="9203 AA"))
    assert [m.vacancy_id for m in ranked] == ["near", "far"]


def test_client_with_only_experience(matcher_for, make_vacancy):
    matcher = matcher_for(
        make_vacancy("kok", "Kok", description="Koken in de keuken"),
        make_vacancy("clean", "Schoonmaker", description="Kantoren schoonmaken"),
    )
    person = ClientProfile("x", experience="Tien jaar gekookt in een keuken")
    assert matcher.rank_vacancies(person)[0].vacancy_id == "kok"


def test_vacancy_with_empty_title_and_text(matcher_for, make_client):
    matcher = matcher_for(Vacancy("blank", ""), Vacancy("also", "   ", description=""))
    assert {m.vacancy_id for m in matcher.rank_vacancies(make_client())} == {"blank", "also"}


def test_strings_where_lists_are_expected_are_accepted():
    person = ClientProfile("x", desired_occupations="kok", skills="vca", kinds="stage")
    assert person.desired_occupations == ("kok",)
    assert person.kinds == ("internship",)
    assert Vacancy("v", "Kok", skills=["VCA", " ", None]).skills == ("VCA",)


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: Vacancy("v", "Kok", physical_load="extreem"), "fysieke belasting"),
        (lambda: Vacancy("v", "Kok", hours_min=40, hours_max=20), "hoger dan het maximum"),
        (lambda: Vacancy("v", "Kok", hours_max=200), "tussen 0 en 168"),
        (lambda: Vacancy("v", "Kok", status="weg"), "status"),
        (lambda: ClientProfile("c", language_level="Z9"), "taalniveau"),
        (lambda: ClientProfile("c", max_travel_km=-5), "negatief"),
        (lambda: Feedback("c", "v", "misschien"), "uitkomst"),
    ],
)
def test_invalid_values_raise_dutch_errors(build, message):
    with pytest.raises(ValueError, match=message):
        build()


def test_levels_are_normalised():
    vacancy = Vacancy(
        "v", "Kok", physical_load="Zwaar", language_level="b1", education_level="mbo2", kind="stage"
    )
    assert (
        vacancy.physical_load,
        vacancy.language_level,
        vacancy.education_level,
        vacancy.kind,
    ) == ("hoog", "B1", "mbo 2", "internship")
    assert ClientProfile("c", max_load="licht", travel_mode="OV").max_load == "laag"
