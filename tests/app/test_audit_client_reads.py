"""Every page that shows a client records which clients it showed, findable per client.

One audit entry per page view, with a row per shown client in `audit_subjects`; the client's
inzage (the access log in the JSON export) and the admin's search for the client list it.
Employer reads of a candidate profile, and procurement's pages that show a linked candidate,
are recorded the same way.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.models import ExitPremium, ExitPremiumScheme, FollowUp
from app.models.base import utcnow
from tests.factories import ClientFactory, ContractFactory, EmployerFactory, VacancyFactory


def _access_log(client, auth, subject) -> list[dict]:
    """The access log of `subject` in its inzage, as jobhunter A downloads it."""
    import json

    auth.logout()
    auth.login("jobhunter.a@example.nl")
    response = client.get(f"/jobhunter/werkzoekenden/{subject.id}/inzage.json")
    assert response.status_code == 200
    return json.loads(response.get_data(as_text=True))["access_log"]


def _reads_by(log, email: str, words: str) -> list[dict]:
    return [e for e in log if e["user"] == email and e["action"] == "read" and words in e["detail"]]


def _visit(client, auth, email, path, method="get", **kwargs):
    auth.login(email)
    response = getattr(client, method)(path, **kwargs)
    assert response.status_code == 200, path
    return response.get_data(as_text=True)


JOBHUNTER = "jobhunter.a@example.nl"


def test_dashboard_records_the_clients_it_shows(world, db, client, auth):
    a = world.a
    a.proposal.status = "invited"
    a.proposal.answered_at = utcnow()
    db.session.add(
        FollowUp(
            placement=a.placement,
            jobhunter=a.users["jobhunter"],
            kind="call",
            due_date=date.today(),
        )
    )
    db.session.commit()
    html = _visit(client, auth, JOBHUNTER, "/jobhunter/")
    assert a.client.full_name in html
    assert _reads_by(_access_log(client, auth, a.client), JOBHUNTER, "overzicht")


def test_placements_page_records_the_clients_it_shows(world, db, client, auth):
    html = _visit(client, auth, JOBHUNTER, "/jobhunter/plaatsingen")
    assert world.a.client.full_name in html
    assert _reads_by(_access_log(client, auth, world.a.client), JOBHUNTER, "plaatsingen")


def test_premiums_page_records_the_clients_it_shows(world, db, client, auth):
    a = world.a
    scheme = ExitPremiumScheme(municipality=a.municipality, name="Premie", amount=Decimal(500))
    db.session.add(
        ExitPremium(scheme=scheme, client=a.client, amount=Decimal(500), requested_on=date.today())
    )
    db.session.commit()
    html = _visit(client, auth, JOBHUNTER, "/jobhunter/premies")
    assert a.client.full_name in html
    assert _reads_by(_access_log(client, auth, a.client), JOBHUNTER, "premies")


def test_leads_page_records_the_candidates_it_shows(world, db, client, auth):
    supplier = EmployerFactory(name="Aannemer Visser")
    today = date.today()
    ContractFactory(
        supplier=supplier,
        authority=world.a.municipality,
        catalogue=world.a.contract.catalogue,
        start_date=today - timedelta(days=400),
        end_date=today + timedelta(days=300),
    )
    VacancyFactory(employer=supplier, title="Magazijnmedewerker Visser", postcode="8471 AB")
    candidate = ClientFactory(
        municipality=world.a.municipality,
        last_name="Kandidaat-Vijf",
        skills=["orderpicken"],
        experience="Magazijnmedewerker",
        hours_min=Decimal(24),
        hours_max=Decimal(32),
    )
    db.session.commit()
    html = _visit(client, auth, JOBHUNTER, "/jobhunter/kansen")
    assert "Kandidaat-Vijf" in html
    assert _reads_by(_access_log(client, auth, candidate), JOBHUNTER, "kansen")


def test_vacancy_page_records_the_proposed_clients_too(world, db, client, auth):
    a = world.a
    # A proposed client whose case has closed is no longer ranked, but is on the proposals list.
    a.client.case_closed_at = date.today()
    db.session.commit()
    html = _visit(client, auth, JOBHUNTER, f"/jobhunter/vacatures/{a.vacancy.id}")
    assert a.client.full_name in html
    assert _reads_by(_access_log(client, auth, a.client), JOBHUNTER, f"vacature {a.vacancy.id}")


def test_client_list_is_findable_per_client(world, db, client, auth):
    _visit(client, auth, JOBHUNTER, "/jobhunter/werkzoekenden")
    assert _reads_by(_access_log(client, auth, world.a.client), JOBHUNTER, "lijst werkzoekenden")
    auth.logout()
    auth.login("admin.a@example.nl")
    html = client.get(
        "/beheer/auditlog",
        query_string={"object_type": "Client", "object_id": str(world.a.client.id)},
    ).get_data(as_text=True)
    assert "lijst werkzoekenden" in html


def test_employer_read_of_a_candidate_profile_is_recorded(world, db, client, auth):
    a = world.a
    html = _visit(client, auth, "employer.a@example.nl", f"/werkgever/kandidaten/{a.proposal.id}")
    assert a.client.pseudonym in html
    log = _access_log(client, auth, a.client)
    assert _reads_by(log, "employer.a@example.nl", "kandidaatprofiel")


def test_employer_subsidy_check_for_a_candidate_is_recorded(world, db, client, auth):
    a = world.a
    _visit(
        client,
        auth,
        "employer.a@example.nl",
        "/werkgever/subsidies",
        method="post",
        data={
            "proposal": str(a.proposal.id),
            "kind": "job",
            "hours_per_week": "24",
            "hourly_wage": "15,00",
            "start_date": date.today().isoformat(),
        },
    )
    log = _access_log(client, auth, a.client)
    assert _reads_by(log, "employer.a@example.nl", "subsidie")


@pytest.mark.parametrize("page", ["contract", "queue", "review", "bulk"])
def test_procurement_pages_record_a_linked_candidate(world, db, client, auth, page):
    a = world.a
    a.activity.client = a.client
    db.session.commit()
    path = {
        "contract": f"/inkoop/contracten/{a.contract.id}",
        "queue": "/inkoop/beoordelen",
        "review": f"/inkoop/beoordelen/{a.activity.id}",
        "bulk": f"/inkoop/beoordelen/contract/{a.contract.id}",  # several at once
    }[page]
    html = _visit(client, auth, "procurement.a@example.nl", path)
    assert a.client.pseudonym in html
    log = _access_log(client, auth, a.client)
    assert [e for e in log if e["user"] == "procurement.a@example.nl" and e["action"] == "read"]


def test_migration_makes_older_entries_findable_per_client(world, db):
    """Entries written before `audit_subjects` existed get their rows from the migration."""
    from flask_migrate import downgrade, upgrade

    from app.models import AuditEntry, AuditSubject

    a, b = world.a, world.b
    legacy = [
        {"object_type": "Client", "object_id": str(a.client.id), "detail": "klantpagina"},
        {"object_type": "Proposal", "object_id": str(a.proposal.id), "detail": "werkgever: x"},
        {"object_type": "Placement", "object_id": str(b.placement.id), "detail": "einde"},
        {
            "object_type": "Client",
            "object_id": "",
            "detail": f"lijst werkzoekenden, pagina 1: {a.client.id}, {b.client.id}, 99999",
        },
        {"object_type": "Contract", "object_id": str(a.client.id), "detail": "geen werkzoekende"},
    ]
    with db.engine.begin() as conn:
        ids = [
            conn.execute(
                AuditEntry.__table__.insert().values(action="read", user_email="x@y.nl", **row)
            ).inserted_primary_key[0]
            for row in legacy
        ]
    db.session.remove()
    downgrade(revision="0003_security")
    upgrade()
    pairs = {(s.audit_id, s.client_id) for s in db.session.scalars(db.select(AuditSubject))}
    assert pairs == {
        (ids[0], a.client.id),
        (ids[1], a.client.id),
        (ids[2], b.client.id),
        (ids[3], a.client.id),
        (ids[3], b.client.id),
    }


def test_outbox_page_records_the_clients_its_mails_are_about(world, db, client, auth):
    from app.services.mail import send_mail

    send_mail(
        "x@example.nl",
        "Nieuwe kandidaat",
        "Kandidaat 0000",
        organisation_id=world.a.municipality.id,  # the outbox shows the admin's own mail only
        client_id=world.a.client.id,
    )
    db.session.commit()
    html = _visit(client, auth, "admin.a@example.nl", "/outbox")
    assert "Nieuwe kandidaat" in html
    assert _reads_by(_access_log(client, auth, world.a.client), "admin.a@example.nl", "postvak")


def test_api_review_queue_records_the_candidates_it_lists(world, db, client, auth):
    """The review queue through the API lists each waiting activity's candidate (pseudonym and
    description), as the review page shows them: the read is findable per client."""
    from tests.api_helpers import bearer, token_for

    a = world.a
    a.activity.client = a.client
    db.session.commit()
    response = client.get(
        "/api/v1/procurement/review", headers=bearer(token_for("procurement.a@example.nl"))
    )
    assert response.status_code == 200
    assert a.client.pseudonym in response.get_data(as_text=True)
    log = _access_log(client, auth, a.client)
    assert [e for e in log if e["user"] == "procurement.a@example.nl" and e["action"] == "read"]
