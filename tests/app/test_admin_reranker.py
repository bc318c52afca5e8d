"""Admin: the re-ranker per municipality is shown with both figures.

It is switched on only when it is better.
"""

import random
from datetime import date
from decimal import Decimal

from app.models import Organisation, Proposal
from app.services import matching_bridge
from tests.factories import ClientFactory, EmployerFactory, VacancyFactory


def _simulated_feedback(db, municipality, jobhunter, n_clients=30, invert=False):
    """Jobhunters invite candidates whose skills fit and reject those whose do not; with
    `invert`, employers take exactly the candidates the plain scorer ranks lower."""
    rng = random.Random(7)
    employer = EmployerFactory()
    vacancies = [
        VacancyFactory(
            employer=employer, title=f"Orderpicker {i}", skills=["orderpicken"], postcode="8471 AB"
        )
        for i in range(4)
    ] + [
        VacancyFactory(employer=employer, title=f"Kok {i}", skills=["koken"], postcode="8471 AB")
        for i in range(4)
    ]
    for i in range(n_clients):
        likes_kitchen = i % 2 == 0
        client = ClientFactory(
            municipality=municipality,
            jobhunter=jobhunter,
            skills=["koken"] if likes_kitchen else ["orderpicken"],
            hours_min=Decimal(20),
            hours_max=Decimal(32),
        )
        for vacancy in rng.sample(vacancies, 4):
            fits = (("Kok" in vacancy.title) == likes_kitchen) != invert
            db.session.add(
                Proposal(
                    client=client,
                    vacancy=vacancy,
                    jobhunter=jobhunter,
                    status="hired"
                    if fits and rng.random() < 0.5
                    else ("invited" if fits else "rejected"),
                )
            )
    db.session.commit()


def test_admin_sees_both_figures_and_cannot_switch_on_without_enough_feedback(
    world, client, auth, db
):
    matching_bridge.reset()
    auth.login("admin.a@example.nl")
    html = client.get("/beheer/herschikking").get_data(as_text=True)
    assert "Gemeente A" in html and "Te weinig terugkoppeling" in html
    response = client.post(
        "/beheer/herschikking",
        data={"municipality": world.a.municipality.id, "enable": "1"},
        follow_redirects=True,
    )
    assert "kan niet aan" in response.get_data(as_text=True)
    assert db.session.get(Organisation, world.a.municipality.id).reranker_enabled is False


def test_feedback_the_plain_scorer_already_predicts_does_not_switch_on(world, client, auth, db):
    matching_bridge.reset()
    _simulated_feedback(db, world.a.municipality, world.a.users["jobhunter"])
    report = matching_bridge.reranker_for(world.a.municipality.id, date.today()).report
    assert report.n_feedback >= 100
    assert not report.enabled and report.ndcg_model <= report.ndcg_plain + 0.01
    auth.login("admin.a@example.nl")
    html = client.get("/beheer/herschikking").get_data(as_text=True)
    assert f"{report.ndcg_plain:.3f}".replace(".", ",") in html
    client.post(
        "/beheer/herschikking", data={"municipality": world.a.municipality.id, "enable": "1"}
    )
    assert db.session.get(Organisation, world.a.municipality.id).reranker_enabled is False


def test_feedback_that_beats_the_plain_scorer_can_be_switched_on_and_changes_the_order(
    world, client, auth, db
):
    matching_bridge.reset()
    _simulated_feedback(db, world.a.municipality, world.a.users["jobhunter"], invert=True)
    report = matching_bridge.reranker_for(world.a.municipality.id, date.today()).report
    assert report.enabled and report.ndcg_model > report.ndcg_plain
    auth.login("admin.a@example.nl")
    html = client.get("/beheer/herschikking").get_data(as_text=True)
    assert f"{report.ndcg_plain:.3f}".replace(".", ",") in html
    assert f"{report.ndcg_model:.3f}".replace(".", ",") in html
    cook = ClientFactory(
        municipality=world.a.municipality,
        skills=["koken"],
        hours_min=Decimal(20),
        hours_max=Decimal(32),
    )
    db.session.commit()
    assert "Kok" in matching_bridge.rank_vacancies(cook, k=8)[0][0].title  # plain scorer
    client.post(
        "/beheer/herschikking", data={"municipality": world.a.municipality.id, "enable": "1"}
    )
    assert db.session.get(Organisation, world.a.municipality.id).reranker_enabled is True
    ranked = matching_bridge.rank_vacancies(cook, k=8)
    assert "Kok" not in ranked[0][0].title  # learnt: these candidates get hired in warehouses
    assert any("terugkoppeling" in reason for reason in ranked[0][1].reasons)


def test_only_admins_open_the_page(world, client, auth):
    auth.login("jobhunter.a@example.nl")
    assert client.get("/beheer/herschikking").status_code == 403
