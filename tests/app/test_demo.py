"""`flask seed-demo`: a realistic region, every demo account works, a second run changes nothing."""

from datetime import date

import pytest

from app.seed.demo import ACCOUNTS, DEMO_PASSWORD, EMPLOYER_ACCOUNT
from app.validators import check_bsn, check_kvk, check_postcode

TODAY = "2026-11-16"


def _counts(db):
    from app import models

    return {
        name: db.session.scalar(db.select(db.func.count()).select_from(getattr(models, name)))
        for name in (
            "Organisation",
            "User",
            "Employer",
            "Client",
            "Vacancy",
            "Contract",
            "Proposal",
            "Placement",
            "FollowUp",
            "EmployerContact",
            "Catalogue",
        )
    }


def test_seed_demo_twice_changes_nothing(db, runner):
    first = runner.invoke(args=["seed-demo", "--today", TODAY])
    assert first.exit_code == 0, first.output
    assert "Demoregio geladen" in first.output
    counts = _counts(db)
    assert counts["Employer"] == 40
    assert counts["Client"] == 150
    assert counts["Vacancy"] == 120
    assert counts["Contract"] == 4
    second = runner.invoke(args=["seed-demo", "--today", TODAY])
    assert second.exit_code == 0
    assert "staat er al" in second.output
    assert _counts(db) == counts


def test_seed_demo_is_deterministic(app, db, runner):
    from app.models import Client, Vacancy

    runner.invoke(args=["seed-demo", "--today", TODAY])
    first = [
        (c.first_name, c.last_name, c.bsn)
        for c in db.session.scalars(db.select(Client).order_by(Client.id))
    ]
    titles = [v.title for v in db.session.scalars(db.select(Vacancy).order_by(Vacancy.id))]
    # Empty the database and load again.

    db.session.remove()
    with db.engine.begin() as conn:
        for table in reversed(db.metadata.sorted_tables):
            conn.execute(table.delete())
    runner.invoke(args=["seed-demo", "--today", TODAY])
    again = [
        (c.first_name, c.last_name, c.bsn)
        for c in db.session.scalars(db.select(Client).order_by(Client.id))
    ]
    assert again == first
    assert [v.title for v in db.session.scalars(db.select(Vacancy).order_by(Vacancy.id))] == titles


def test_demo_data_is_valid(db, runner):
    from app.models import Client, Employer

    runner.invoke(args=["seed-demo", "--today", TODAY])
    clients = db.session.scalars(db.select(Client)).all()
    assert all(check_bsn(c.bsn) == c.bsn and c.bsn.startswith("9999") for c in clients)
    assert all(check_postcode(c.postcode) == c.postcode for c in clients)
    assert len({c.pseudonym for c in clients}) == 150
    employers = db.session.scalars(db.select(Employer)).all()
    assert all(check_kvk(e.kvk) == e.kvk for e in employers)
    assert {c.municipality.name for c in clients} == {
        "Gemeente Weststellingwerf",
        "Gemeente Smallingerland",
    }


@pytest.mark.parametrize(
    "email, role", [(e, r) for e, _n, r, _o in ACCOUNTS] + [(EMPLOYER_ACCOUNT, "employer")]
)
def test_every_demo_account_logs_in_to_its_home(db, runner, client, auth, email, role):
    runner.invoke(args=["seed-demo", "--today", TODAY])
    response = auth.login(email, DEMO_PASSWORD)
    assert response.status_code == 302
    home = client.get(response.headers["Location"])
    assert home.status_code == 200


def test_demo_follow_ups_and_contracts_are_in_place(db, runner):
    from app.models import Contract, FollowUp, Placement

    runner.invoke(args=["seed-demo", "--today", TODAY])
    placements = db.session.scalars(db.select(Placement)).all()
    assert placements
    for placement in placements:
        kinds = sorted(
            (f.kind, (f.due_date - placement.start_date).days) for f in placement.follow_ups
        )
        assert kinds == [("call", 14), ("second_contact", 42)]
    contracts = db.session.scalars(db.select(Contract)).all()
    assert all(c.catalogue.is_preset for c in contracts)
    assert any(c.start_date <= date(2026, 11, 16) <= c.end_date for c in contracts)
    assert db.session.scalars(db.select(FollowUp)).first() is not None


def test_demo_shows_the_clients_path(db, runner, client, auth):
    """Issue 16: a few clients with a plan (one reviewed: several versions), a banenafspraak
    outreach cycle under way, a beschut-werk deadline coming, work found outside the portal with
    its follow-up, and a monitor with every kind of figure."""
    from app.models import (
        Client,
        ClientContact,
        ClientPlan,
        ClientProvision,
        ClientTask,
        Placement,
        ShelteredWorkTarget,
    )
    from app.services import due_items

    runner.invoke(args=["seed-demo", "--today", TODAY])
    today = date(2026, 11, 16)
    plans = db.session.scalars(db.select(ClientPlan)).all()
    assert len({p.client_id for p in plans}) >= 5 and max(p.version for p in plans) >= 3
    outreach = db.session.scalars(
        db.select(ClientTask).where(ClientTask.kind == "outreach_reminder")
    ).all()
    assert outreach and outreach[0].done_on is None and outreach[0].remind_on <= today
    sheltered = db.session.scalars(
        db.select(Client).where(Client.sheltered_work_on.is_not(None))
    ).all()
    scope = due_items.Scope(tuple({c.municipality_id for c in sheltered}))
    coming = due_items.sheltered_work(scope, today)
    assert coming and all(i.state in ("soon", "later") for i in coming)
    outside = db.session.scalars(db.select(Placement).where(Placement.source == "outside")).all()
    assert len(outside) >= 4
    assert all(len(p.follow_ups) == 2 for p in outside)
    assert any(p.follow_ups[0].done_at is None for p in outside)  # follow-up still to do
    assert db.session.scalars(db.select(ShelteredWorkTarget)).one().places == 4
    assert db.session.scalar(
        db.select(db.func.count())
        .select_from(ClientContact)
        .where(ClientContact.kind == "group_session")
    )
    assert db.session.scalars(
        db.select(ClientProvision).where(ClientProvision.kind == "ips")
    ).first()
    assert all(c.client_group for c in db.session.scalars(db.select(Client)) if c.profile)
    response = auth.login("jobhunter@demo.werkbrug.nl", DEMO_PASSWORD)
    assert response.status_code == 302
    home = client.get("/jobhunter/").get_data(as_text=True)
    assert "Te doen: evaluaties, acties, gesprekken en termijnen" in home
    assert "Herinneringsbrief (banenafspraak)" in home


def test_demo_shows_the_sroi_process(db, runner, client, auth):
    """Issue 18: a contract under the Friese eis (capped), a supplier with an approved plan
    van aanpak, and a contract in enforcement with its deadline on the dashboard."""
    from app.models import Contract, EnforcementStep, SroiPlan

    runner.invoke(args=["seed-demo", "--today", TODAY])
    frisian = db.session.scalars(db.select(Contract).where(Contract.sroi_cap.is_not(None))).one()
    assert frisian.authority.sroi_policy == "friese-eis"
    assert frisian.contract_kind == "werken"
    plan = db.session.scalars(db.select(SroiPlan)).one()
    assert plan.state == "approved" and plan.lines
    steps = db.session.scalars(db.select(EnforcementStep).order_by(EnforcementStep.id)).all()
    assert [s.kind for s in steps] == ["reminder", "notice"]
    auth.login("inkoop@demo.werkbrug.nl", DEMO_PASSWORD)
    page = client.get(f"/inkoop/contracten/{frisian.id}").get_data(as_text=True)
    assert "begrensd op € 300.000,00 per (deel)project" in page
    page = client.get(f"/inkoop/contracten/{plan.contract_id}").get_data(as_text=True)
    assert "Prognose bij het einde" in page
    home = client.get("/inkoop/").get_data(as_text=True)
    assert steps[-1].contract.reference in home and "herstelplan van de leverancier" in home
