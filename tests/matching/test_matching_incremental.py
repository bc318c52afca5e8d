"""Incremental index updates: same results as a full refit, without one."""

from __future__ import annotations

import dataclasses

import pytest

from matching import Matcher


def _ranking(matcher, person, k=20):
    return [(m.vacancy_id, m.score) for m in matcher.rank_vacancies(person, k=k)]


def _vacancies(make_vacancy):
    titles = [
        "Schoonmaker",
        "Kok",
        "Heftruckchauffeur",
        "Glazenwasser",
        "Schoonmaakster",
        "Vrachtwagenchauffeur",
        "Kokkin",
    ]
    return [
        make_vacancy(
            f"v{i}",
            t,
            description=f"Vacature {t.lower()} in Drachten",
            skills=("vca",) if i % 2 else (),
        )
        for i, t in enumerate(titles)
    ]


def test_add_update_remove_match_a_refit(small_taxonomy, postcodes, make_vacancy, make_client):
    vacancies = _vacancies(make_vacancy)
    incremental = Matcher(taxonomy=small_taxonomy, postcodes=postcodes).fit(vacancies[:4])
    for vacancy in vacancies[4:]:
        incremental.add_or_update(vacancy)
    changed = dataclasses.replace(vacancies[1], title="Schoonmaker (m/v)")
    incremental.add_or_update(changed)
    assert incremental.remove("v2") is True
    assert incremental.remove("v2") is False
    final = [changed if v.id == "v1" else v for v in vacancies if v.id != "v2"]
    person = make_client(skills=("VCA",))
    ranked = _ranking(incremental, person)
    assert {v for v, _ in ranked} == {v.id for v in final}
    assert len(incremental) == len(final)
    refit = Matcher(taxonomy=small_taxonomy, postcodes=postcodes).fit(
        sorted(final, key=lambda v: v.id)
    )
    # same vacancies and, up to the IDF of the fitted words, the same scores
    assert dict(ranked).keys() == dict(_ranking(refit, person)).keys()
    assert ranked[0][0] == _ranking(refit, person)[0][0]


def test_compaction_keeps_the_results(small_taxonomy, postcodes, make_vacancy, make_client):
    vacancies = _vacancies(make_vacancy)
    matcher = Matcher(taxonomy=small_taxonomy, postcodes=postcodes, compact_after=2)
    matcher.fit(vacancies[:2])
    for vacancy in vacancies[2:]:
        matcher.add_or_update(vacancy)  # compacts twice on the way
    person = make_client()
    before = _ranking(matcher, person)
    matcher.compact()
    assert _ranking(matcher, person) == before
    assert [v.id for v in matcher.vacancies] == [v.id for v in vacancies]


def test_closing_a_vacancy_takes_it_out(matcher_for, make_vacancy, make_client):
    job = make_vacancy("v")
    matcher = matcher_for(job, make_vacancy("w"))
    matcher.add_or_update(dataclasses.replace(job, status="filled"))
    assert [m.vacancy_id for m in matcher.rank_vacancies(make_client())] == ["w"]
    matcher.add_or_update(job)  # reopened
    assert {m.vacancy_id for m in matcher.rank_vacancies(make_client())} == {"v", "w"}


def test_new_words_after_fit_still_count(matcher_for, make_vacancy, make_client):
    matcher = matcher_for(make_vacancy("old", "Kok"))
    matcher.add_or_update(make_vacancy("new", "Zwembadmedewerker", description="zwembad"))
    person = make_client(wish="zwembadmedewerker", experience="Toezicht in het zwembad")
    assert matcher.rank_vacancies(person)[0].vacancy_id == "new"


def test_add_to_an_unfitted_matcher(small_taxonomy, make_vacancy, make_client):
    matcher = Matcher(taxonomy=small_taxonomy)
    matcher.add_or_update(make_vacancy("v"))
    assert [m.vacancy_id for m in matcher.rank_vacancies(make_client())] == ["v"]


def test_rank_clients_cache_follows_a_refit(matcher_for, make_vacancy, make_client):
    job = make_vacancy("v")
    matcher = matcher_for(job)
    people = [make_client("a"), make_client("b", "kok")]
    first = matcher.rank_clients(job, people)
    matcher.fit([job, make_vacancy("w")])
    assert [m.client_id for m in matcher.rank_clients(job, people)] == [m.client_id for m in first]
    other = [make_client("c", "kok")]
    assert [m.client_id for m in matcher.rank_clients(job, other)] == ["c"]


def test_compaction_after_removals_and_new_skills(
    small_taxonomy, postcodes, make_vacancy, make_client
):
    matcher = Matcher(taxonomy=small_taxonomy, postcodes=postcodes).fit(
        [make_vacancy("a", skills=("vca",)), make_vacancy("b", "Kok")]
    )
    matcher.remove("b")
    matcher.add_or_update(make_vacancy("c", skills=("heftruckcertificaat",)))  # new skill
    person = make_client(skills=("heftruck certificaat",))
    before = _ranking(matcher, person)
    matcher.compact()
    assert _ranking(matcher, person) == before
    assert [v.id for v in matcher.vacancies] == ["a", "c"]
    assert "1 van 1 gevraagde vaardigheden" in matcher.rank_vacancies(person)[0].reasons


def test_large_blocks_use_postings_and_merge_the_same(
    monkeypatch, small_taxonomy, postcodes, make_vacancy, make_client
):
    import matching.index

    vacancies = _vacancies(make_vacancy)
    person = make_client(skills=("vca",), experience="kantoren schoonmaken")

    def build() -> Matcher:
        matcher = Matcher(taxonomy=small_taxonomy, postcodes=postcodes).fit(vacancies[:5])
        matcher.remove("v0")
        for vacancy in [vacancies[0], *vacancies[5:]]:
            matcher.add_or_update(vacancy)
        before = _ranking(matcher, person)
        matcher.compact()
        assert _ranking(matcher, person) == before
        return matcher

    small = build()
    monkeypatch.setattr(matching.index, "SMALL_BLOCK", 2)  # every block "large": postings
    large = build()
    assert large._base.desc.transposed is not None and small._base.desc.transposed is None
    for (a, x), (b, y) in zip(_ranking(small, person), _ranking(large, person), strict=True):
        assert a == b and abs(x - y) < 1e-4


def test_a_pickled_matcher_ranks_the_same_and_holds_no_clients(small_taxonomy, postcodes):
    """A saved index (the portal's snapshot) answers as the original, without the clients and
    the wishes it saw before it was saved."""
    import pickle

    from matching import ClientProfile, Matcher, Vacancy

    vacancies = [
        Vacancy("v1", "Schoonmaker (m/v)", postcode="8471"),
        Vacancy("v2", "Kok", postcode="9201"),
        Vacancy("v3", "Heftruckchauffeur", postcode="8471"),
    ]
    matcher = Matcher(taxonomy=small_taxonomy, postcodes=postcodes).fit(vacancies)
    secret = ClientProfile("c1", desired_occupations=("kok met een geheim",), postcode="9201")
    before = matcher.rank_vacancies(secret, k=3)
    matcher.rank_clients(vacancies[1], [secret], k=1)  # caches the client list
    blob = pickle.dumps(matcher)
    assert b"geheim" not in blob
    copy = pickle.loads(blob)  # noqa: S301 - made by this test
    assert [(m.vacancy_id, m.score) for m in copy.rank_vacancies(secret, k=3)] == [
        (m.vacancy_id, m.score) for m in before
    ]
    copy.add_or_update(Vacancy("v4", "Kok", postcode="9201"))
    assert "v4" in {m.vacancy_id for m in copy.rank_vacancies(secret, k=4)}


def test_another_taxonomy_of_the_same_occupations_without_a_refit(small_taxonomy, postcodes):
    from matching import ClientProfile, Matcher, Taxonomy, Vacancy

    matcher = Matcher(taxonomy=small_taxonomy, postcodes=postcodes).fit(
        [Vacancy("v1", "Poetsheld", postcode="8471"), Vacancy("v2", "Kok", postcode="8471")]
    )
    cleaner = next(o for o in small_taxonomy.occupations if "schoonmaker" in o.preferred_label)
    client = ClientProfile("c", desired_occupations=(cleaner.preferred_label,), postcode="8471")

    def reasons():
        return next(m for m in matcher.rank_vacancies(client, k=2) if m.vacancy_id == "v1").reasons

    assert not any("Gewenst beroep" in r for r in reasons())
    matcher.use_taxonomy(small_taxonomy.with_corrections({"poetsheld": cleaner.code}))
    matcher.add_or_update(Vacancy("v1", "Poetsheld", postcode="8471"))  # resolved again
    assert any("Gewenst beroep komt overeen" in r for r in reasons())
    other = Taxonomy.from_rows([("x", "1111", "iets anders", [])])
    with pytest.raises(ValueError):
        matcher.use_taxonomy(other)
