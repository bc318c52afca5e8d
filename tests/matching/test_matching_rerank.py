"""The feedback re-ranker: trained on outcomes, switched on only when it beats the plain scorer."""

from __future__ import annotations

import random

import numpy as np
import pytest

from matching import ClientProfile, Feedback, Matcher, Reranker, Vacancy
from matching.feedback import simulate_feedback
from matching.rerank import FEATURES, ndcg_at

TITLES = [
    "Schoonmaker",
    "Schoonmaakster (m/v)",
    "Glazenwasser",
    "Heftruckchauffeur",
    "Vrachtwagenchauffeur",
    "Kok",
    "Zelfstandig werkend kok",
]


@pytest.fixture(scope="module")
def world(small_taxonomy, postcodes):
    rng = random.Random(7)  # noqa: S311 - test data
    region = [c for c in postcodes.codes if c.startswith(("84", "92", "90", "91"))]
    vacancies = [
        Vacancy(
            f"v{i}",
            rng.choice(TITLES),
            postcode=rng.choice(region),
            hours_min=rng.choice((8, 16, 24, 32)),
            hours_max=40,
        )
        for i in range(300)
    ]
    clients = [
        ClientProfile(
            f"c{i}",
            desired_occupations=(rng.choice(TITLES),),
            postcode=rng.choice(region),
            max_travel_km=80,
            hours_max=rng.choice((16, 24, 32, 40)),
        )
        for i in range(120)
    ]
    matcher = Matcher(taxonomy=small_taxonomy, postcodes=postcodes).fit(vacancies)
    return matcher, clients, vacancies


def test_switches_on_when_it_learns_what_jobhunters_want(world):
    matcher, clients, vacancies = world
    feedback = simulate_feedback(matcher, clients, seed=1, behaviour="distance")
    report = matcher.train_reranker(feedback, clients, vacancies, seed=1)
    try:
        assert report.enabled, report.reason
        assert report.ndcg_model > report.ndcg_plain
        assert report.auc_model >= report.auc_plain
        assert report.n_train + report.n_test == report.n_feedback == len(feedback)
        assert "beter" in report.reason
        ranked = matcher.rank_vacancies(clients[0], k=5)
        assert ranked and all(0 <= m.score <= 1 for m in ranked)
        reason = "Volgorde mede bepaald door eerdere terugkoppeling van jobhunters"
        assert reason in ranked[0].reasons
        assert "plain_score" in ranked[0].components
        assert [m.score for m in ranked] == sorted((m.score for m in ranked), reverse=True)
    finally:
        matcher.attach_reranker(None)


def test_stays_off_when_feedback_is_noise(world):
    matcher, clients, vacancies = world
    feedback = simulate_feedback(matcher, clients, seed=2, behaviour="random")
    report = matcher.train_reranker(feedback, clients, vacancies, seed=2)
    assert not report.enabled
    assert matcher.reranker is None
    assert "niet ingeschakeld" in report.reason
    assert np.isfinite(report.ndcg_plain) and np.isfinite(report.ndcg_model)


def test_too_little_feedback(world):
    matcher, clients, vacancies = world
    few = [Feedback("c0", "v1", "hired"), Feedback("c1", "v2", "rejected", "Te ver weg")]
    report = matcher.train_reranker(few, clients, vacancies)
    assert not report.enabled and "Te weinig terugkoppeling" in report.reason
    empty = Reranker.train(np.zeros((0, len(FEATURES))), np.zeros(0), [])
    assert not empty.enabled


def test_a_disabled_reranker_cannot_be_attached(world):
    matcher, _, _ = world
    disabled = Reranker.train(np.zeros((0, len(FEATURES))), np.zeros(0), [])
    with pytest.raises(ValueError, match="niet beter"):
        matcher.attach_reranker(disabled)


def test_reranked_results_still_respect_hard_constraints(world):
    matcher, clients, vacancies = world
    feedback = simulate_feedback(matcher, clients, seed=3, behaviour="distance")
    matcher.train_reranker(feedback, clients, vacancies, seed=3)
    try:
        person = ClientProfile(
            "strict", desired_occupations=("kok",), postcode="9201", max_travel_km=15, hours_max=16
        )
        for match in matcher.rank_vacancies(person, k=10):
            assert matcher.explain(
                person, next(v for v in vacancies if v.id == match.vacancy_id)
            ).eligible
    finally:
        matcher.attach_reranker(None)


def test_feedback_on_unknown_pairs_is_skipped(world):
    matcher, clients, vacancies = world
    features, relevance, groups = matcher.feedback_features(
        [
            Feedback("nobody", "v1", "hired"),
            Feedback("c0", "gone", "rejected"),
            Feedback("c0", "v1", "invited"),
        ],
        clients,
        vacancies,
    )
    assert features.shape == (1, len(FEATURES))
    assert list(relevance) == [2] and groups == ["c0"]


def test_ndcg():
    assert ndcg_at([2, 1, 0], [0.9, 0.5, 0.1]) == pytest.approx(1.0)
    assert ndcg_at([0, 1, 2], [0.9, 0.5, 0.1]) < 0.6
    assert ndcg_at([0, 0], [1, 2]) == 0.0


def test_a_reranker_chosen_per_call_leaves_the_shared_matcher_as_it_was(world):
    """One fitted index serves municipalities with different re-rankers at the same time."""
    matcher, clients, vacancies = world
    feedback = simulate_feedback(matcher, clients, seed=1, behaviour="distance")
    features, relevance, groups = matcher.feedback_features(feedback, clients, vacancies)
    learnt = Reranker.train(features, relevance, groups, seed=1)
    assert learnt.enabled and matcher.reranker is None
    reason = "Volgorde mede bepaald door eerdere terugkoppeling van jobhunters"
    client = clients[0]
    plain = matcher.rank_vacancies(client, k=5)
    reranked = matcher.rank_vacancies(client, k=5, reranker=learnt)
    assert reason in reranked[0].reasons and reason not in plain[0].reasons
    assert matcher.reranker is None
    assert [m.vacancy_id for m in matcher.rank_vacancies(client, k=5)] == [
        m.vacancy_id for m in plain
    ]
    top = next(v for v in vacancies if v.id == reranked[0].vacancy_id)
    assert matcher.explain(client, top, reranker=learnt).score == pytest.approx(reranked[0].score)
    assert matcher.explain(client, top, reranker=None).score == pytest.approx(
        reranked[0].components["plain_score"]
    )
    index = matcher.index_clients(clients)
    assert reason in matcher.rank_clients(vacancies[0], index, k=3, reranker=learnt)[0].reasons
    # An attached re-ranker is the default, and None switches it off for one call.
    matcher.attach_reranker(learnt)
    try:
        assert reason in matcher.rank_vacancies(client, k=5)[0].reasons
        assert reason not in matcher.rank_vacancies(client, k=5, reranker=None)[0].reasons
    finally:
        matcher.attach_reranker(None)
    # A re-ranker that did not beat the plain scorer is never used.
    disabled = Reranker.train(np.zeros((0, len(FEATURES))), np.zeros(0), [])
    assert reason not in matcher.rank_vacancies(client, k=5, reranker=disabled)[0].reasons
