"""A vacancy past its closing date counts as closed everywhere, even before the daily job
`flask close-vacancies` has set it: the jobhunter's list and matches, proposing, the employer's
lists and dashboard. Then the job closes it for good."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.models import Proposal, Vacancy
from app.services import matching_index, matching_ranking
from tests.app.test_jobhunter_matches import region  # noqa: F401 - fixture
from tests.factories import VacancyFactory

TODAY = date.today()


@pytest.fixture
def expired(region, db):  # noqa: F811
    vacancy = region["fork"]
    vacancy.title = "Heftruckchauffeur verlopen"
    vacancy.closing_date = TODAY - timedelta(days=1)
    db.session.commit()
    matching_index.reset()
    return vacancy


def test_jobhunter_list_and_matches_leave_it_out(expired, region, client, auth):  # noqa: F811
    VacancyFactory(employer=expired.employer, title="Sluit vandaag", closing_date=TODAY)
    auth.login("jobhunter.a@example.nl")
    listing = client.get("/jobhunter/vacatures").get_data(as_text=True)
    assert "Heftruckchauffeur verlopen" not in listing
    assert "Sluit vandaag" in listing  # open through its closing date
    ranked = [v.id for v, _m in matching_ranking.rank_vacancies(region["client"], k=10)]
    assert expired.id not in ranked and ranked


def test_proposing_for_it_is_refused(expired, region, client, auth, db):  # noqa: F811
    target = region["client"]
    target.consent_at = TODAY
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    response = client.post(
        f"/jobhunter/vacatures/{expired.id}/voorstellen/{target.id}", data={"note": ""}
    )
    assert response.status_code == 302
    assert "niet meer open" in client.get(response.headers["Location"]).get_data(as_text=True)
    assert (
        db.session.scalars(db.select(Proposal).where(Proposal.vacancy_id == expired.id)).first()
        is None
    )


def test_employer_sees_it_as_closed(expired, db, client, auth, world):
    user = world.a.users["employer"]
    user.organisation_id = expired.employer.organisation_id
    db.session.commit()
    auth.login("employer.a@example.nl")
    assert "Heftruckchauffeur verlopen" not in client.get("/werkgever/vacatures").get_data(
        as_text=True
    )
    closed = client.get("/werkgever/vacatures?toon=gesloten").get_data(as_text=True)
    assert "Heftruckchauffeur verlopen" in closed and "Gesloten" in closed
    page = client.get(f"/werkgever/vacatures/{expired.id}").get_data(as_text=True)
    assert "De sluitingsdatum is voorbij" in page
    assert "Heftruckchauffeur verlopen" not in client.get("/werkgever/").get_data(as_text=True)
    # Reopening needs a new closing date first.
    reopen = client.post(f"/werkgever/vacatures/{expired.id}/heropenen")
    assert reopen.headers["Location"].endswith(f"/werkgever/vacatures/{expired.id}/bewerken")


def test_the_job_closes_it(expired, db, runner):
    result = runner.invoke(args=["close-vacancies"])
    assert result.exit_code == 0, result.output
    db.session.expire_all()
    assert db.session.get(Vacancy, expired.id).status == "closed"


def test_a_filtered_list_takes_the_open_ones_among_the_best(expired, region):  # noqa: F811
    """Filters (`where`) judge the `pool` best open vacancies in rank order; the expired one
    never counts among them."""
    person = region["client"]
    best = [v.id for v, _m in matching_ranking.rank_vacancies(person, k=10)]
    assert expired.id not in best and len(best) >= 2

    def not_the_best(vacancy, road_km):
        return vacancy.id != best[0]

    rest = matching_ranking.rank_vacancies(person, k=10, pool=200, where=not_the_best)
    assert [v.id for v, _m in rest] == best[1:]
    # Only the `pool` best open vacancies are judged (here the best alone): nothing is left.
    assert matching_ranking.rank_vacancies(person, k=1, pool=1, where=not_the_best) == []
    assert [v.id for v, _m in matching_ranking.rank_vacancies(person, k=1, pool=1)] == best[:1]
