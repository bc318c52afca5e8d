"""Hard constraints: never violated in either direction, explained in Dutch."""

from __future__ import annotations

import pytest

from matching import Matcher

OK = "ok"


def _ids(matches) -> set:
    return {m.vacancy_id for m in matches}


def _check(matcher_for, make_client, client_fields, vacancy_fields, blocker):
    """The blocked vacancy is excluded both ways and explain() names the reason."""
    from matching import Vacancy

    good = Vacancy(id=OK, title="Schoonmaker", postcode="9201 AB")
    bad = Vacancy(id="bad", title="Schoonmaker", **{"postcode": "9201 AB", **vacancy_fields})
    matcher = matcher_for(good, bad)
    person = make_client(**client_fields)
    assert _ids(matcher.rank_vacancies(person, k=10)) == {OK}
    assert matcher.rank_clients(bad, [person]) == []
    assert [m.client_id for m in matcher.rank_clients(good, [person])] == [person.id]
    explanation = matcher.explain(person, bad)
    assert not explanation.eligible
    assert explanation.score == 0.0
    assert any(blocker in reason for reason in explanation.blockers), explanation.blockers
    assert matcher.explain(person, good).eligible


def test_client_cannot_work_the_minimum_hours(matcher_for, make_client):
    _check(
        matcher_for,
        make_client,
        {"hours_min": 12, "hours_max": 24},
        {"hours_min": 32, "hours_max": 40},
        "Vacature vraagt minimaal 32 uur per week — kandidaat kan maximaal 24 uur",
    )


def test_vacancy_offers_fewer_hours_than_the_client_needs(matcher_for, make_client):
    _check(
        matcher_for,
        make_client,
        {"hours_min": 32, "hours_max": 40},
        {"hours_min": 8, "hours_max": 16},
        "Vacature biedt maximaal 16 uur per week — kandidaat wil minimaal 32 uur",
    )


def test_driving_licence(matcher_for, make_client):
    _check(
        matcher_for,
        make_client,
        {"driving_licence": False},
        {"driving_licence": True},
        "Vraagt rijbewijs B — heeft kandidaat niet",
    )


def test_driving_licence_category(matcher_for, make_client):
    _check(
        matcher_for,
        make_client,
        {"driving_licence": ("B",)},
        {"driving_licence": "C"},
        "Vraagt rijbewijs C — heeft kandidaat niet",
    )


def test_higher_category_includes_b(matcher_for, make_client, make_vacancy):
    matcher = matcher_for(make_vacancy("v", driving_licence=True))
    trucker = make_client(driving_licence=("CE",))
    assert _ids(matcher.rank_vacancies(trucker)) == {"v"}


def test_physical_load(matcher_for, make_client):
    _check(
        matcher_for,
        make_client,
        {"max_load": "middel"},
        {"physical_load": "hoog"},
        "Fysieke belasting hoog — kandidaat kan maximaal middel aan",
    )


def test_distance_in_km(matcher_for, make_client):
    _check(
        matcher_for,
        make_client,
        {"max_travel_km": 30},
        {"postcode": "1011 AB"},
        "meer dan de maximale 30 km van de kandidaat",
    )


def test_distance_in_minutes(matcher_for, make_client):
    _check(
        matcher_for,
        make_client,
        {"max_travel_minutes": 45, "driving_licence": True},
        {"postcode": "9711 AB"},
        "min met de auto — meer dan de maximale 45 min",
    )


def test_default_travel_limit_is_90_minutes(matcher_for, make_client):
    _check(matcher_for, make_client, {}, {"postcode": "4811 AB"}, "maximale 90 min")


@pytest.mark.parametrize(
    ("status", "text"), [("closed", "Vacature is gesloten"), ("filled", "Vacature is al vervuld")]
)
def test_closed_and_filled_vacancies(matcher_for, make_client, status, text):
    _check(matcher_for, make_client, {}, {"status": status}, text)


def test_kind_of_place_the_client_wants(matcher_for, make_client):
    _check(
        matcher_for,
        make_client,
        {"kinds": ("job",)},
        {"kind": "volunteer"},
        "Soort plek is vrijwilligerswerk — kandidaat zoekt betaalde baan",
    )


def test_unknown_postcode_is_not_excluded_but_explained(matcher_for, make_client, make_vacancy):
    matcher = matcher_for(
        make_vacancy("far", postcode="1000 ZZ"), make_vacancy("nowhere", postcode=None)
    )
    person = make_client(max_travel_km=5)
    matches = matcher.rank_vacancies(person)
    assert _ids(matches) == {"far", "nowhere"}
    assert all("Reisafstand onbekend (postcode onbekend)" in m.reasons for m in matches)
    homeless = make_client("c2", postcode=None, max_travel_km=5)
    assert _ids(matcher.rank_vacancies(homeless)) == {"far", "nowhere"}


def test_unknown_values_never_exclude(matcher_for, make_client, make_vacancy):
    matcher = matcher_for(make_vacancy("v", hours_min=None, hours_max=None, physical_load=None))
    person = make_client(hours_min=4, hours_max=8, max_load="laag")
    assert _ids(matcher.rank_vacancies(person)) == {"v"}


def test_without_postcode_index_distance_is_unknown(small_taxonomy, make_client, make_vacancy):
    matcher = Matcher(taxonomy=small_taxonomy).fit([make_vacancy("v", postcode="1011 AB")])
    matches = matcher.rank_vacancies(make_client(max_travel_km=1))
    assert [m.vacancy_id for m in matches] == ["v"]
    assert "Reisafstand onbekend (postcode onbekend)" in matches[0].reasons
