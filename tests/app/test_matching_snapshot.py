"""The saved matching index: a started worker loads it instead of fitting, and never answers
from data that changed since it was saved (issue 15)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.models import ClientOccupation, Occupation, PostcodeArea, Vacancy
from app.services import matching_index, matching_ranking
from tests.factories import ClientFactory, EmployerFactory, VacancyFactory


@pytest.fixture
def saved_index(app, db, tmp_path):
    """Saving switched on for this test's database, in a folder of its own."""
    url = app.config["SQLALCHEMY_DATABASE_URI"]
    matching_index.configure(url, snapshot_dir=str(tmp_path), secret=app.config["SECRET_KEY"])
    yield tmp_path
    matching_index.configure(url, snapshot_dir=None, secret=app.config["SECRET_KEY"])


@pytest.fixture
def cooks(world, db):
    db.session.add_all(
        [
            Occupation(
                uri="http://data.europa.eu/esco/occupation/kok",
                isco_group="5120",
                preferred_label="kok",
                alt_labels="kok restaurant",
            ),
            Occupation(
                uri="http://data.europa.eu/esco/occupation/schoonmaker",
                isco_group="9112",
                preferred_label="schoonmaker",
                alt_labels="schoonmaakmedewerker",
            ),
            PostcodeArea(pc4="8471", place="Wolvega", latitude=52.8739, longitude=5.9976),
            PostcodeArea(pc4="9201", place="Drachten", latitude=53.1138, longitude=6.0948),
        ]
    )
    employer = EmployerFactory()
    vacancies = [
        VacancyFactory(employer=employer, title=f"Kok {i}", skills=["koken"], postcode="8471 AB")
        for i in range(3)
    ] + [VacancyFactory(employer=employer, title="Schoonmaker", postcode="9201 AB")]
    client = ClientFactory(
        municipality=world.a.municipality,
        postcode="8471 CD",
        hours_min=Decimal(20),
        hours_max=Decimal(32),
    )
    client.desired_occupations = [ClientOccupation(text="kok")]
    db.session.commit()
    return client, vacancies


def _titles(client) -> list[str]:
    return [v.title for v, _m in matching_ranking.rank_vacancies(client, k=10)]


def _files(folder) -> list:
    return sorted(folder.glob("matching-*.pickle"))


def test_a_started_worker_loads_the_saved_index_and_answers_the_same(saved_index, cooks):
    client, _vacancies = cooks
    before = _titles(client)
    assert matching_index.state_info()["loaded_from"] == "fit"
    assert len(_files(saved_index)) == 1
    matching_index.reset()  # a new worker: nothing in memory
    assert _titles(client) == before
    assert matching_index.state_info()["loaded_from"] == "snapshot"


def test_vacancies_changed_after_saving_are_never_answered_from_the_saved_index(
    saved_index, cooks, db
):
    client, vacancies = cooks
    assert "Kok 0" in _titles(client)
    matching_index.reset()
    vacancies[0].status = "closed"
    vacancies[1].title = "Kok en gastheer"
    db.session.add(VacancyFactory(employer=vacancies[0].employer, title="Kok 9"))
    db.session.commit()
    titles = _titles(client)
    assert matching_index.state_info()["loaded_from"] == "snapshot"
    assert "Kok 0" not in titles and "Kok en gastheer" in titles and "Kok 9" in titles
    # A deleted vacancy leaves the index too.
    matching_index.reset()
    db.session.delete(db.session.get(Vacancy, vacancies[2].id))
    db.session.commit()
    assert "Kok 2" not in _titles(client)


@pytest.mark.parametrize("change", ["occupation", "postcode"])
def test_other_reference_data_means_a_new_index(saved_index, cooks, db, change):
    client, _vacancies = cooks
    _titles(client)
    old = _files(saved_index)
    matching_index.reset()
    if change == "occupation":
        occupation = db.session.scalar(
            db.select(Occupation).where(Occupation.preferred_label == "kok")
        )
        occupation.alt_labels = "kok restaurant\nlunchkok"
    else:
        db.session.get(PostcodeArea, "9201").latitude = 53.2
    db.session.commit()
    _titles(client)
    assert matching_index.state_info()["loaded_from"] == "fit"
    assert _files(saved_index) != old and len(_files(saved_index)) == 1  # the old one is gone


def test_an_index_saved_by_another_release_of_the_engine_is_not_used(
    saved_index, cooks, monkeypatch
):
    # a deploy with other title-resolution rules must not answer from titles resolved by the
    # old ones: the saved index is fitted again, and the old file goes
    client, _vacancies = cooks
    before = _titles(client)
    old = _files(saved_index)
    matching_index.reset()
    monkeypatch.setattr(matching_index, "_engine", lambda: "another-release")
    assert _titles(client) == before
    assert matching_index.state_info()["loaded_from"] == "fit"
    assert _files(saved_index) != old and len(_files(saved_index)) == 1


def test_a_saved_index_that_is_not_ours_or_ahead_of_the_database_is_not_used(
    saved_index, cooks, db
):
    client, vacancies = cooks
    before = _titles(client)
    (path,) = _files(saved_index)
    data = path.read_bytes()
    path.write_bytes(data[:-10] + b"0123456789")  # tampered with
    matching_index.reset()
    assert _titles(client) == before
    assert matching_index.state_info()["loaded_from"] == "fit"

    # A database restored to before the saved index (here: the newest vacancy is gone).
    (path,) = _files(saved_index)
    matching_index.reset()
    db.session.delete(db.session.get(Vacancy, vacancies[-1].id))
    db.session.commit()
    _titles(client)
    assert matching_index.state_info()["loaded_from"] == "fit"


def test_the_snapshot_command_saves_once_and_again_after_a_change(app, saved_index, cooks, db):
    runner = app.test_cli_runner()
    first = runner.invoke(args=["matching-snapshot"])
    assert first.exit_code == 0 and "bewaard" in first.output
    again = runner.invoke(args=["matching-snapshot"])
    assert "al bij" in again.output
    cooks[1][0].title = "Kok (m/v)"
    db.session.commit()
    third = runner.invoke(args=["matching-snapshot"])
    count = db.session.scalar(db.select(db.func.count(Vacancy.id)))
    assert "bewaard" in third.output and f"{count} vacatures" in third.output


def test_the_data_version_changes_with_every_vacancy_occupation_and_postcode_change(cooks, db):
    _client, vacancies = cooks
    versions = [matching_index.data_version()]

    def changed():
        db.session.commit()
        versions.append(matching_index.data_version())
        return versions[-1] != versions[-2]

    vacancies[0].hours_max = Decimal(36)
    assert changed()
    db.session.scalar(db.select(Occupation).limit(1)).description = "Bereidt maaltijden."
    assert changed()
    db.session.get(PostcodeArea, "8471").place = "Wolvega (Weststellingwerf)"
    assert changed()
    assert not changed()  # nothing happened


def test_rows_deleted_outside_the_app_leave_a_running_workers_index_and_client_pool(
    cooks, world, db
):
    """A deletion shows in no highest id or newest change: the database counts it (a trigger,
    migration 0021), so plain SQL, a cascade or another worker's delete reaches the index and
    the encoded client pools of a worker that keeps running."""
    client, vacancies = cooks
    assert "Kok 1" in _titles(client)
    db.session.execute(db.delete(Vacancy).where(Vacancy.id == vacancies[1].id))
    db.session.commit()
    assert "Kok 1" not in _titles(client)
    # Out of the index itself, not only dropped when the page reads the rows.
    assert vacancies[1].id not in {v.id for v in matching_index.current().matcher.vacancies}

    scope = {world.a.municipality.id}
    key = ("scope", world.a.municipality.id)
    before = _score(client, vacancies[0], scope)
    pool = matching_index.current().clients[key][-1]
    # Not the newest desired occupation (whose going would lower the highest id).
    db.session.add(ClientOccupation(client_id=ClientFactory().id, text="schoonmaker"))
    db.session.commit()
    matching_ranking.rank_clients_in(vacancies[0], scope, k=5)
    pool = matching_index.current().clients[key][-1]
    db.session.execute(db.delete(ClientOccupation).where(ClientOccupation.client_id == client.id))
    db.session.commit()
    after = _score(client, vacancies[0], scope)
    assert matching_index.current().clients[key][-1] is not pool  # encoded again
    assert after < before  # no longer asking for "kok"


def _score(client, vacancy, scope) -> float:
    return next(
        m.score
        for c, m in matching_ranking.rank_clients_in(vacancy, scope, k=50)
        if c.id == client.id
    )


def test_the_database_counts_the_rows_each_statement_deletes(cooks, db):
    from app.models import RowDeletion

    client, vacancies = cooks
    db.session.add(ClientOccupation(client_id=client.id, text="afwasser"))
    db.session.commit()

    def deleted(table):
        db.session.expire_all()
        row = db.session.get(RowDeletion, table)
        return row.deleted if row else 0

    occupations, vacancies_before = deleted("client_occupations"), deleted("vacancies")
    db.session.execute(db.delete(ClientOccupation).where(ClientOccupation.client_id == client.id))
    db.session.execute(db.delete(Vacancy).where(Vacancy.id == -1))  # deletes nothing
    db.session.commit()
    assert deleted("client_occupations") == occupations + 2
    assert deleted("vacancies") == vacancies_before
    db.session.delete(db.session.get(Vacancy, vacancies[0].id))
    db.session.commit()
    assert deleted("vacancies") == vacancies_before + 1
