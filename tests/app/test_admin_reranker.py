"""Admin: the re-ranker per municipality is shown with both figures.

It is switched on only when it is better.
"""

import random
from decimal import Decimal

import pytest

from app.models import AuditEntry, Organisation, Proposal, RerankerModel
from app.services import matching_index, matching_ranking, matching_rerankers
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


def _train(app, *args):
    result = app.test_cli_runner().invoke(args=["train-reranker", *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_admin_sees_that_nothing_was_trained_and_cannot_switch_on(world, client, auth, db):
    auth.login("admin.a@example.nl")
    html = client.get("/beheer/herschikking").get_data(as_text=True)
    assert "Gemeente A" in html and "nog niet getraind" in html
    response = client.post(
        "/beheer/herschikking",
        data={"municipality": world.a.municipality.id, "enable": "1"},
        follow_redirects=True,
    )
    assert "kan niet aan" in response.get_data(as_text=True)
    assert db.session.get(Organisation, world.a.municipality.id).reranker_enabled is False


def test_too_little_feedback_is_trained_reported_and_cannot_switch_on(app, world, client, auth, db):
    output = _train(app, "--gemeente", "Gemeente A")
    assert "Gemeente A: getraind op 1 uitkomsten" in output and "blijft uit" in output
    auth.login("admin.a@example.nl")
    html = client.get("/beheer/herschikking").get_data(as_text=True)
    assert "Te weinig terugkoppeling" in html
    client.post(
        "/beheer/herschikking", data={"municipality": world.a.municipality.id, "enable": "1"}
    )
    assert db.session.get(Organisation, world.a.municipality.id).reranker_enabled is False


def test_pages_never_train(world, client, auth, db):
    """Opening the page and the match lists leaves `reranker_models` empty: only the command
    trains."""
    _simulated_feedback(db, world.a.municipality, world.a.users["jobhunter"], invert=True)
    auth.login("admin.a@example.nl")
    assert client.get("/beheer/herschikking").status_code == 200
    cook = ClientFactory(municipality=world.a.municipality, skills=["koken"])
    db.session.commit()
    matching_ranking.rank_vacancies(cook, k=8)
    assert db.session.scalar(db.select(db.func.count(RerankerModel.id))) == 0


def test_feedback_the_plain_scorer_already_predicts_does_not_switch_on(
    app, world, client, auth, db
):
    _simulated_feedback(db, world.a.municipality, world.a.users["jobhunter"])
    _train(app)
    model = matching_rerankers.latest_model(world.a.municipality.id)
    assert model.n_feedback >= 100
    assert not model.better and model.ndcg_model <= model.ndcg_plain + 0.01
    auth.login("admin.a@example.nl")
    html = client.get("/beheer/herschikking").get_data(as_text=True)
    assert f"{model.ndcg_plain:.3f}".replace(".", ",") in html
    client.post(
        "/beheer/herschikking", data={"municipality": world.a.municipality.id, "enable": "1"}
    )
    assert db.session.get(Organisation, world.a.municipality.id).reranker_enabled is False


def test_feedback_that_beats_the_plain_scorer_can_be_switched_on_and_changes_the_order(
    app, world, client, auth, db
):
    _simulated_feedback(db, world.a.municipality, world.a.users["jobhunter"], invert=True)
    _train(app)
    model = matching_rerankers.latest_model(world.a.municipality.id)
    assert model.better and model.ndcg_model > model.ndcg_plain
    auth.login("admin.a@example.nl")
    html = client.get("/beheer/herschikking").get_data(as_text=True)
    assert f"{model.ndcg_plain:.3f}".replace(".", ",") in html
    assert f"{model.ndcg_model:.3f}".replace(".", ",") in html
    cook = ClientFactory(
        municipality=world.a.municipality,
        skills=["koken"],
        hours_min=Decimal(20),
        hours_max=Decimal(32),
    )
    other = ClientFactory(
        municipality=world.b.municipality,
        skills=["koken"],
        hours_min=Decimal(20),
        hours_max=Decimal(32),
    )
    db.session.commit()
    assert "Kok" in matching_ranking.rank_vacancies(cook, k=8)[0][0].title  # plain scorer
    client.post(
        "/beheer/herschikking", data={"municipality": world.a.municipality.id, "enable": "1"}
    )
    assert db.session.get(Organisation, world.a.municipality.id).reranker_enabled is True
    ranked = matching_ranking.rank_vacancies(cook, k=8)
    assert "Kok" not in ranked[0][0].title  # learnt: these candidates get hired in warehouses
    assert any("terugkoppeling" in reason for reason in ranked[0][1].reasons)
    # The explanation gives the score the list showed.
    assert matching_ranking.explain(cook, ranked[0][0]).score == pytest.approx(ranked[0][1].score)
    # Another municipality, same shared index, same moment: still the plain scorer.
    assert "Kok" in matching_ranking.rank_vacancies(other, k=8)[0][0].title
    assert matching_index.matcher().reranker is None  # the shared matcher was never changed
    entries = db.session.scalars(
        db.select(AuditEntry).where(AuditEntry.object_type == "Organisation")
    ).all()
    assert any(e.detail == "herschikking aan" for e in entries)


def test_training_is_idempotent_and_a_queued_retrain_is_done_once(app, world, client, auth, db):
    _simulated_feedback(db, world.a.municipality, world.a.users["jobhunter"], invert=True)
    _train(app, "--gemeente", "Gemeente A")
    first = matching_rerankers.latest_model(world.a.municipality.id)
    assert "niets te doen" in _train(app, "--gemeente", "Gemeente A")
    assert matching_rerankers.latest_model(world.a.municipality.id).id == first.id

    auth.login("admin.a@example.nl")
    response = client.post(
        "/beheer/herschikking",
        data={"municipality": world.a.municipality.id, "action": "retrain"},
        follow_redirects=True,
    )
    assert "opnieuw getraind bij de volgende" in response.get_data(as_text=True)
    municipality = db.session.get(Organisation, world.a.municipality.id)
    assert municipality.reranker_retrain_requested_at is not None
    assert "aangevraagd op" in client.get("/beheer/herschikking").get_data(as_text=True)
    assert "getraind op" in _train(app, "--gemeente", "Gemeente A")
    second = matching_rerankers.latest_model(world.a.municipality.id)
    assert second.id != first.id
    db.session.refresh(municipality)
    assert municipality.reranker_retrain_requested_at is None
    assert "niets te doen" in _train(app, "--gemeente", "Gemeente A")
    # New feedback is trained on without being asked.
    proposal = db.session.scalars(db.select(Proposal).limit(1)).first()
    proposal.status = "rejected" if proposal.status != "rejected" else "invited"
    db.session.commit()
    assert "getraind op" in _train(app, "--gemeente", "Gemeente A")


def test_a_stored_model_not_signed_with_this_key_is_never_used(app, world, db):
    _simulated_feedback(db, world.a.municipality, world.a.users["jobhunter"], invert=True)
    _train(app)
    model = matching_rerankers.latest_model(world.a.municipality.id)
    municipality = db.session.get(Organisation, world.a.municipality.id)
    municipality.reranker_enabled = True
    model.signature = "0" * 64
    db.session.commit()
    assert matching_rerankers.active_reranker(municipality) is None


def test_only_admins_open_the_page(world, client, auth):
    auth.login("jobhunter.a@example.nl")
    assert client.get("/beheer/herschikking").status_code == 403
