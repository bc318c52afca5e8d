"""compare(): "waarom niet hoger?" factor by factor beside the client's best match."""

from __future__ import annotations

import pytest

from matching import Comparison


def test_points_add_up_to_each_plain_score(matcher_for, make_vacancy, make_client):
    best = make_vacancy("best", "Schoonmaker", skills=("vca",))
    other = make_vacancy("other", "Kok", skills=("koken", "hygiëne"), postcode="8431")
    matcher = matcher_for(best, other)
    person = make_client(skills=("VCA",), experience="Ik heb in een fabriek gewerkt")
    comparison = matcher.compare(person, other, best)
    assert isinstance(comparison, Comparison)
    this_points = sum(f.this.points for f in comparison.factors)
    top_points = sum(f.top.points for f in comparison.factors)
    assert this_points == pytest.approx(
        comparison.explanation.components["plain_score"] * 100, 0.01
    )
    assert top_points == pytest.approx(
        comparison.top_explanation.components["plain_score"] * 100, 0.01
    )
    assert sum(f.share for f in comparison.factors) == pytest.approx(1.0)


def test_the_biggest_gap_comes_first_and_is_said_in_words(matcher_for, make_vacancy, make_client):
    best = make_vacancy("best", "Schoonmaker", skills=("vca",))
    other = make_vacancy("other", "Kok", skills=("koken", "hygiëne"), postcode="8431")
    matcher = matcher_for(best, other)
    person = make_client(skills=("VCA",))
    comparison = matcher.compare(person, other, best)
    first = comparison.factors[0]
    assert first.factor == "occupation" and first.label == "Gewenst beroep"
    assert first.this.detail == "vacature is kok"
    assert first.top.detail == "komt overeen: schoonmaker"
    assert first.difference > 30
    skills = next(f for f in comparison.factors if f.factor == "skills")
    assert skills.this.detail == "0 van 2 gevraagde vaardigheden (mist: koken, hygiëne)"
    assert skills.top.detail == "1 van 1 gevraagde vaardigheden"
    distance = next(f for f in comparison.factors if f.factor == "distance")
    assert distance.this.detail.endswith("km reisafstand")
    assert comparison.summary.startswith(
        f"De beste match scoort {round(comparison.top_score * 100)}, deze vacature "
        f"{round(comparison.score * 100)}. Het verschil zit vooral in gewenst beroep ("
    )
    assert "punten minder" in comparison.summary
    assert not comparison.is_top


def test_the_best_match_compared_with_itself(matcher_for, make_vacancy, make_client):
    best = make_vacancy("best", "Schoonmaker")
    matcher = matcher_for(best)
    comparison = matcher.compare(make_client(), best, best)
    assert comparison.is_top
    assert comparison.gaps == ()
    assert comparison.summary.startswith("Dit is de beste match voor deze kandidaat")


def test_factors_the_client_left_empty_are_not_compared(matcher_for, make_vacancy, make_client):
    best = make_vacancy("best", "Schoonmaker", skills=("vca",))
    other = make_vacancy("other", "Glazenwasser")
    comparison = matcher_for(best, other).compare(make_client(), other, best)
    # no skills on the profile: the skills factor has no weight and is left out
    assert "skills" not in {f.factor for f in comparison.factors}
    group = next(f for f in comparison.factors if f.factor == "group")
    assert group.this.detail == "zelfde beroepsgroep (glazenwasser)"


def test_level_shortfalls_are_adjustments_not_factors(matcher_for, make_vacancy, make_client):
    best = make_vacancy("best", "Schoonmaker")
    strict = make_vacancy("strict", "Schoonmaker", language_level="B2", postcode="9203")
    matcher = matcher_for(best, strict)
    person = make_client(language_level="A2")
    comparison = matcher.compare(person, strict, best)
    assert comparison.adjustments == (
        "Taalniveau: vraagt B2, kandidaat heeft A2 (2 niveaus lager: score × 0,80)",
    )
    assert comparison.top_adjustments == ()
    # two levels short: the factors' points are multiplied by 0.80
    points = sum(f.this.points for f in comparison.factors)
    assert comparison.score * 100 == pytest.approx(points * 0.80, abs=0.05)


def test_a_blocked_vacancy_says_it_falls_out(matcher_for, make_vacancy, make_client):
    best = make_vacancy("best", "Schoonmaker")
    closed = make_vacancy("closed", "Schoonmaker", driving_licence=True)
    comparison = matcher_for(best, closed).compare(make_client(), closed, best)
    assert not comparison.explanation.eligible
    assert comparison.summary.startswith("Deze vacature valt af voor deze kandidaat")
