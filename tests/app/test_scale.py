"""`flask seed-scale`: counts, referential integrity, valid SROI data, determinism, one run only."""

from __future__ import annotations

from datetime import date

import pytest

from app.validators import check_bsn, check_postcode
from tests.conftest import REFERENCE_DATA

TODAY = "2026-11-16"
SIZE = ["--clients", "200", "--vacancies", "500", "--contracts", "20", "--activities", "100"]
ESCO = REFERENCE_DATA / "esco" / "occupations_nl.csv"
POSTCODES = REFERENCE_DATA / "geonames" / "nl_pc4.csv"


@pytest.fixture
def scale_runner(app, runner):
    """The CLI runner with `seed-scale` registered (until app/commands.py registers it)."""
    from app.seed import scale

    if "seed-scale" not in app.cli.commands:
        scale.register(app)
    return runner


def _invoke(runner, *args):
    result = runner.invoke(args=list(args))
    assert result.exit_code == 0, result.output + repr(result.exception)
    return result


def _load(runner, *, reference: bool = True, size=SIZE, seed: str = "7"):
    if reference:
        _invoke(runner, "import-esco", str(ESCO))
        _invoke(runner, "import-postcodes", str(POSTCODES))
    _invoke(runner, "seed-demo", "--today", TODAY)
    return _invoke(runner, "seed-scale", *size, "--seed", seed, "--today", TODAY)


def _count(db, model) -> int:
    return db.session.scalar(db.select(db.func.count()).select_from(model))


needs_reference_data = pytest.mark.skipif(
    not (ESCO.exists() and POSTCODES.exists()), reason="geen referentiedata in data/"
)


@needs_reference_data
def test_counts_and_progress(db, scale_runner):
    from app import models

    names = ("Client", "Vacancy", "Contract", "SroiActivity", "Employer", "Organisation")
    _invoke(scale_runner, "import-esco", str(ESCO))
    _invoke(scale_runner, "import-postcodes", str(POSTCODES))
    _invoke(scale_runner, "seed-demo", "--today", TODAY)
    before = {name: _count(db, getattr(models, name)) for name in names}
    result = _invoke(scale_runner, "seed-scale", *SIZE, "--seed", "7", "--today", TODAY)
    added = {name: _count(db, getattr(models, name)) - before[name] for name in names}
    assert added == {
        "Client": 200,
        "Vacancy": 500,
        "Contract": 20,
        "SroiActivity": 100,
        # one employer per 20 vacancies, each with its own organisation
        "Employer": 25,
        "Organisation": 25,
    }
    assert "Werkzoekenden: 200" in result.output
    assert "SROI: 20 contracten met 100 activiteiten" in result.output
    assert "Schaaldata geladen (set 1, seed 7)" in result.output
    scale_clients = db.select(models.Client.id).where(
        models.Client.pseudonym.like("Kandidaat S1-%")
    )
    wishes = db.session.scalar(
        db.select(db.func.count())
        .select_from(models.ClientOccupation)
        .where(models.ClientOccupation.client_id.in_(scale_clients))
    )
    assert 200 <= wishes <= 600
    entry = db.session.scalars(
        db.select(models.AuditEntry).where(models.AuditEntry.object_type == "seed-scale")
    ).one()
    assert entry.object_id == "1" and "200 werkzoekenden" in entry.detail


@needs_reference_data
def test_referential_integrity_and_valid_values(db, scale_runner):
    from app.models import (
        Catalogue,
        CatalogueBlock,
        Client,
        ClientOccupation,
        Contract,
        Employer,
        Occupation,
        Organisation,
        PostcodeArea,
        SroiActivity,
        User,
        Vacancy,
    )

    _load(scale_runner)
    org_kinds = dict(db.session.execute(db.select(Organisation.id, Organisation.kind)).all())
    occupations = set(db.session.scalars(db.select(Occupation.id)))
    pc4s = set(db.session.scalars(db.select(PostcodeArea.pc4)))
    users = set(db.session.scalars(db.select(User.id)))

    employers = db.session.scalars(db.select(Employer)).all()
    assert all(org_kinds[e.organisation_id] == "employer" for e in employers)
    assert all(org_kinds[e.municipality_id] == "municipality" for e in employers)
    assert len({e.kvk for e in employers}) == len(employers)
    assert len({e.organisation_id for e in employers}) == len(employers)
    employer_ids = {e.id for e in employers}

    vacancies = db.session.scalars(db.select(Vacancy)).all()
    assert all(v.employer_id in employer_ids for v in vacancies)
    assert all(v.occupation_id is None or v.occupation_id in occupations for v in vacancies)
    assert all(check_postcode(v.postcode) == v.postcode for v in vacancies)
    assert all(v.postcode[:4] in pc4s for v in vacancies)
    assert all(v.hours_min <= v.hours_max and v.title for v in vacancies)
    assert sum(v.occupation_id is not None for v in vacancies) > 0.8 * len(vacancies)
    assert {v.status for v in vacancies} <= {"open", "filled", "closed"}

    clients = db.session.scalars(
        db.select(Client).where(Client.pseudonym.like("Kandidaat S1-%"))
    ).all()
    assert len(clients) == 200
    assert all(org_kinds[c.municipality_id] == "municipality" for c in clients)
    assert all(c.jobhunter_id in users for c in clients)
    assert all(check_bsn(c.bsn) == c.bsn for c in clients)
    bsns = {c.bsn for c in clients}
    others = set(
        db.session.scalars(db.select(Client.bsn).where(Client.id.not_in([c.id for c in clients])))
    )
    assert len(bsns) == len(clients) and not others & bsns
    assert all(check_postcode(c.postcode) == c.postcode for c in clients)
    assert all(c.postcode[:4] in pc4s for c in clients)
    assert all(c.hours_min <= c.hours_max for c in clients)
    assert 0.5 < sum(c.has_consent for c in clients) / len(clients) < 0.95
    client_ids = set(db.session.scalars(db.select(Client.id)))
    wishes = db.session.scalars(db.select(ClientOccupation)).all()
    assert all(w.client_id in client_ids for w in wishes)
    assert all(w.occupation_id is None or w.occupation_id in occupations for w in wishes)
    assert all(c.desired_occupations for c in clients)
    resolved = [w for w in wishes if w.client_id in {c.id for c in clients} and w.occupation_id]
    assert len(resolved) > 0.8 * sum(len(c.desired_occupations) for c in clients)

    blocks = {}
    for cat_id, code, unit in db.session.execute(
        db.select(CatalogueBlock.catalogue_id, CatalogueBlock.code, CatalogueBlock.unit)
    ):
        blocks[(cat_id, code)] = unit
    presets = set(db.session.scalars(db.select(Catalogue.id).where(Catalogue.is_preset.is_(True))))
    contracts = {c.id: c for c in db.session.scalars(db.select(Contract))}
    for contract in contracts.values():
        assert contract.catalogue_id in presets and contract.supplier_id in employer_ids
        assert org_kinds[contract.authority_id] in ("municipality", "authority")
    activities = db.session.scalars(db.select(SroiActivity)).all()
    assert {a.state for a in activities} == {"submitted", "accepted"}
    for activity in activities:
        contract = contracts[activity.contract_id]
        unit = blocks[(contract.catalogue_id, activity.block_code)]
        assert contract.start_date <= activity.start_date <= date.fromisoformat(TODAY)
        assert (activity.hours_per_week is not None) == (unit == "year")
        assert (activity.hours is not None) == (unit == "hour")
        assert (activity.amount is not None) == (unit in ("invoice", "wage"))
        assert activity.client_id is None or activity.client_id in client_ids
        assert activity.submitted_at is not None
        assert (activity.reviewed_at is not None) == (activity.state == "accepted")


@needs_reference_data
def test_every_activity_is_valued_by_the_engine(db, scale_runner):
    from app.models import Contract
    from app.services.sroi_bridge import status_for

    _load(scale_runner)
    as_of = date.fromisoformat(TODAY)
    realised = pending = 0
    for contract in db.session.scalars(db.select(Contract)):
        status = status_for(contract, as_of)  # raises on any invalid activity
        assert status.obligation > 0
        realised += status.realized
        pending += status.pending
    assert realised > 0 and pending > 0


@needs_reference_data
def test_the_same_seed_gives_the_same_data(app, db, scale_runner):
    first = _snapshot(db, scale_runner)
    db.session.remove()
    with db.engine.begin() as conn:
        for table in reversed(db.metadata.sorted_tables):
            conn.execute(table.delete())
    assert _snapshot(db, scale_runner) == first


def _snapshot(db, runner) -> dict:
    """The generated rows without ids (PostgreSQL does not restart its sequences on delete)."""
    from app.models import (
        Client,
        ClientOccupation,
        Contract,
        Employer,
        Occupation,
        SroiActivity,
        Vacancy,
    )

    _load(
        runner,
        size=["--clients", "60", "--vacancies", "120", "--contracts", "6", "--activities", "40"],
    )
    queries = {
        "Client": db.select(
            Client.pseudonym,
            Client.first_name,
            Client.last_name,
            Client.bsn,
            Client.postcode,
            Client.birth_date,
            Client.skills,
            Client.consent_at,
            Client.created_at,
        )
        # Demo clients carry the time they were loaded; scale rows carry dates from the seed.
        .where(Client.pseudonym.like("Kandidaat S%"))
        .order_by(Client.id),
        "ClientOccupation": db.select(ClientOccupation.text, Occupation.uri)
        .outerjoin(Occupation, ClientOccupation.occupation_id == Occupation.id)
        .order_by(ClientOccupation.id),
        "Employer": db.select(Employer.name, Employer.kvk, Employer.postcode).order_by(Employer.id),
        "Vacancy": db.select(
            Vacancy.title,
            Vacancy.description,
            Occupation.uri,
            Vacancy.skills,
            Vacancy.hours_min,
            Vacancy.postcode,
            Vacancy.status,
        )
        .outerjoin(Occupation, Vacancy.occupation_id == Occupation.id)
        .order_by(Vacancy.id),
        "Contract": db.select(
            Contract.reference, Contract.title, Contract.value, Contract.start_date
        ).order_by(Contract.id),
        "SroiActivity": db.select(
            SroiActivity.block_code,
            SroiActivity.start_date,
            SroiActivity.end_date,
            SroiActivity.hours_per_week,
            SroiActivity.hours,
            SroiActivity.amount,
            SroiActivity.state,
            SroiActivity.bonuses,
        ).order_by(SroiActivity.id),
    }
    return {
        name: [tuple(row) for row in db.session.execute(query)] for name, query in queries.items()
    }


def test_refuses_a_second_run_without_again(db, scale_runner):
    from app.models import Client

    _load(
        scale_runner,
        reference=False,
        size=["--clients", "10", "--vacancies", "10", "--contracts", "2", "--activities", "5"],
    )
    second = scale_runner.invoke(args=["seed-scale", "--clients", "10", "--today", TODAY])
    assert second.exit_code != 0
    assert "--again" in second.output
    assert _count(db, Client) == 160
    again = _invoke(
        scale_runner,
        "seed-scale",
        "--clients",
        "10",
        "--vacancies",
        "0",
        "--contracts",
        "0",
        "--activities",
        "0",
        "--again",
        "--today",
        TODAY,
    )
    assert "set 2" in again.output
    assert _count(db, Client) == 170
    assert (
        db.session.scalar(
            db.select(db.func.count(Client.id)).where(Client.pseudonym.like("Kandidaat S2-%"))
        )
        == 10
    )


def test_needs_the_demo_data(db, scale_runner):
    from app.models import Client

    result = scale_runner.invoke(args=["seed-scale", "--clients", "5"])
    assert result.exit_code != 0
    assert "flask seed-demo" in result.output
    assert _count(db, Client) == 0


def test_without_reference_data_uses_the_demo_postcodes(db, scale_runner):
    from app.models import Client, ClientOccupation, Vacancy
    from app.seed.demo import MUNICIPALITIES

    _load(
        scale_runner,
        reference=False,
        size=["--clients", "50", "--vacancies", "50", "--contracts", "3", "--activities", "10"],
    )
    demo_pc4 = {pc4 for pc4s in MUNICIPALITIES.values() for pc4 in pc4s}
    assert {p[:4] for p in db.session.scalars(db.select(Client.postcode))} <= demo_pc4
    assert {p[:4] for p in db.session.scalars(db.select(Vacancy.postcode))} <= demo_pc4
    assert (
        db.session.scalar(
            db.select(db.func.count())
            .select_from(ClientOccupation)
            .where(ClientOccupation.occupation_id.is_not(None))
        )
        == 0
    )


@needs_reference_data
def test_match_pages_work_on_the_scaled_data(db, scale_runner, client, auth):
    from app.models import Client, Organisation, Vacancy
    from app.seed.demo import DEMO_PASSWORD

    _load(scale_runner)
    own = db.session.scalar(
        db.select(Client.id)
        .join(Organisation, Client.municipality_id == Organisation.id)
        .where(
            Organisation.name == "Gemeente Weststellingwerf",
            Client.pseudonym.like("Kandidaat S1-%"),
        )
        .order_by(Client.id)
    )
    vacancy = db.session.scalar(
        db.select(Vacancy.id).where(Vacancy.status == "open").order_by(Vacancy.id.desc())
    )
    auth.login("jobhunter@demo.werkbrug.nl", DEMO_PASSWORD)
    for url in (
        f"/jobhunter/werkzoekenden/{own}",
        f"/jobhunter/werkzoekenden/{own}/vacatures",
        f"/jobhunter/werkzoekenden/{own}/vacatures?kind=job&max_km=30&hours=24",
        f"/jobhunter/vacatures/{vacancy}",
    ):
        assert client.get(url).status_code == 200, url


@needs_reference_data
def test_rank_clients_in_agrees_with_encoding_the_clients_and_stays_current(db, scale_runner):
    """The vacancy page's ranking without loading every client: same result, and changes to a
    client (even only to the desired occupations) reach the encoded pool."""
    from app.models import Client, ClientOccupation, Organisation, Vacancy
    from app.services import matching_index, matching_ranking, matching_rows

    _load(scale_runner)
    municipality = db.session.scalar(
        db.select(Organisation.id).where(Organisation.name == "Gemeente Weststellingwerf")
    )
    clients = db.session.scalars(
        db.select(Client)
        .where(Client.municipality_id == municipality, Client.case_closed_at.is_(None))
        .order_by(Client.id)
    ).all()
    vacancies = db.session.scalars(
        db.select(Vacancy).where(Vacancy.status == "open").order_by(Vacancy.id).limit(5)
    ).all()
    # The oracle: those clients' profiles, each built from its own rows, encoded and asked.
    engine = matching_index.current().matcher
    wishes = matching_rows.wishes([c.id for c in clients])
    encoded = engine.index_clients(
        [matching_rows.client_profile(c, wishes.get(c.id, [])) for c in clients]
    )
    for vacancy in vacancies:
        expected = engine.rank_clients(
            matching_rows.engine_vacancy(vacancy), encoded, k=15, reranker=None
        )
        got = matching_ranking.rank_clients_in(vacancy, {municipality}, k=15)
        assert [(c.id, round(m.score, 9)) for c, m in got] == [
            (m.client_id, round(m.score, 9)) for m in expected
        ]

    vacancy = vacancies[0]
    key = ("scope", municipality)

    def pool():
        return matching_index.current().clients[key][-1]  # the encoded clients

    encoded = pool()
    matching_ranking.rank_clients_in(vacancy, {municipality}, k=15)
    assert pool() is encoded  # nothing changed: reused

    # A client of another municipality changes: this scope's pool is checked and kept.
    elsewhere = db.session.scalar(
        db.select(Client).where(Client.municipality_id != municipality).order_by(Client.id)
    )
    elsewhere.experience = "Heftruckchauffeur"
    db.session.add(ClientOccupation(client_id=elsewhere.id, text="heftruckchauffeur"))
    db.session.commit()
    matching_ranking.rank_clients_in(vacancy, {municipality}, k=15)
    assert pool() is encoded

    best = matching_ranking.rank_clients_in(vacancy, {municipality}, k=1)[0][0]
    db.session.add(ClientOccupation(client_id=best.id, text="kok"))
    db.session.commit()
    matching_ranking.rank_clients_in(vacancy, {municipality}, k=15)
    assert pool() is not encoded

    best.case_closed_at = date.fromisoformat(TODAY)
    db.session.commit()
    assert best.id not in {
        c.id for c, _m in matching_ranking.rank_clients_in(vacancy, {municipality}, k=15)
    }
