"""Employer portal access: every page for the right employer, 404 for another employer's object.

Walks every employer route as anonymous (to the login page), as the wrong role (403), as
employer A on its own objects (200) and on employer B's objects (404), flaskr-style.
"""

from datetime import date
from decimal import Decimal

import pytest

from app.models import EvidenceFile
from app.models.base import utcnow

TODAY = date(2026, 11, 16)

# (url template, attribute of the world side whose id fills it, method)
OBJECT_PAGES = [
    ("/werkgever/vacatures/{}", "vacancy", "get"),
    ("/werkgever/vacatures/{}/bewerken", "vacancy", "get"),
    ("/werkgever/vacatures/{}/kopieren", "vacancy", "get"),
    ("/werkgever/vacatures/{}/sluiten", "vacancy", "post"),
    ("/werkgever/vacatures/{}/heropenen", "vacancy", "post"),
    ("/werkgever/kandidaten/{}", "proposal", "get"),
    ("/werkgever/kandidaten/{}", "proposal", "post"),
    ("/werkgever/plaatsingen/{}", "placement", "get"),
    ("/werkgever/plaatsingen/{}/einde", "placement", "get"),
    ("/werkgever/plaatsingen/{}/einde", "placement", "post"),
    ("/werkgever/plaatsingen/{}/uren", "placement", "get"),
    ("/werkgever/plaatsingen/{}/uren", "placement", "post"),
    ("/werkgever/social-return/{}", "contract", "get"),
    ("/werkgever/social-return/{}/activiteiten/nieuw", "contract", "get"),
    ("/werkgever/social-return/{}/activiteiten/nieuw", "contract", "post"),
    ("/werkgever/social-return/activiteiten/{}", "activity", "get"),
    ("/werkgever/social-return/activiteiten/{}/bewerken", "activity", "get"),
    ("/werkgever/social-return/activiteiten/{}/bewerken", "activity", "post"),
    ("/werkgever/social-return/activiteiten/{}/indienen", "activity", "post"),
    ("/werkgever/social-return/activiteiten/{}/intrekken", "activity", "get"),
    ("/werkgever/social-return/activiteiten/{}/intrekken", "activity", "post"),
    ("/werkgever/social-return/activiteiten/{}/bewijs", "activity", "post"),
    ("/werkgever/bewijs/{}", "evidence", "get"),
    ("/werkgever/bewijs/{}/verwijderen", "evidence", "post"),
    ("/werkgever/subsidies?voorstel={}", "proposal", "get"),
    ("/werkgever/plaatsingen/nieuw?voorstel={}", "proposal", "get"),
]

LIST_PAGES = [
    "/werkgever/",
    "/werkgever/vacatures",
    "/werkgever/vacatures?toon=gesloten",
    "/werkgever/vacatures?toon=alle",
    "/werkgever/vacatures/nieuw",
    "/werkgever/kandidaten",
    "/werkgever/kandidaten?toon=alle",
    "/werkgever/plaatsingen",
    "/werkgever/plaatsingen/nieuw",
    "/werkgever/subsidies",
    "/werkgever/social-return",
    "/werkgever/beroepen.json?q=ma",
]


@pytest.fixture
def today(monkeypatch):
    from app.employer import common

    monkeypatch.setattr(common, "today", lambda: TODAY)
    return TODAY


@pytest.fixture
def evidence_world(world, db, app):
    """One stored evidence file per employer."""
    folder = app.config["UPLOAD_FOLDER"]
    import os

    os.makedirs(folder, exist_ok=True)
    for side in (world.a, world.b):
        stored = os.urandom(16).hex()
        with open(os.path.join(folder, stored), "wb") as handle:
            handle.write(b"%PDF-1.4 test")
        side.evidence = EvidenceFile(
            activity=side.activity,
            filename="contract.pdf",
            stored_name=stored,
            content_type="application/pdf",
            size=13,
            sha256="0" * 64,
            uploaded_at=utcnow(),
        )
        db.session.add(side.evidence)
    db.session.commit()
    return world


@pytest.mark.parametrize("url", LIST_PAGES)
def test_anonymous_is_sent_to_login(client, world, url):
    response = client.get(url)
    assert response.status_code == 302
    assert "/inloggen" in response.headers["Location"]


@pytest.mark.parametrize("role", ["jobhunter", "procurement", "admin"])
@pytest.mark.parametrize("url", LIST_PAGES)
def test_other_roles_get_403(client, auth, world, role, url):
    auth.login(f"{role}.a@example.nl")
    assert client.get(url).status_code == 403


@pytest.mark.parametrize("url", LIST_PAGES)
def test_every_list_page_renders_for_the_employer(client, auth, world, today, url):
    auth.login("employer.a@example.nl")
    response = client.get(url)
    assert response.status_code == 200, url


@pytest.mark.parametrize("template, attribute, method", OBJECT_PAGES)
def test_another_employers_object_is_404(
    client, auth, evidence_world, today, template, attribute, method
):
    world = evidence_world
    auth.login("employer.a@example.nl")
    other = getattr(world.b, attribute).id
    response = getattr(client, method)(template.format(other))
    assert response.status_code == 404, (template, method)


@pytest.mark.parametrize("template, attribute, method", [p for p in OBJECT_PAGES if p[2] == "get"])
def test_own_object_pages_render(client, auth, evidence_world, today, template, attribute, method):
    world = evidence_world
    auth.login("employer.a@example.nl")
    own = getattr(world.a, attribute).id
    response = client.get(template.format(own))
    response.close()  # the evidence download streams a file
    assert response.status_code == 200, template


@pytest.mark.parametrize("template, attribute, method", [p for p in OBJECT_PAGES if "{}" in p[0]])
def test_missing_object_is_404(client, auth, world, today, template, attribute, method):
    auth.login("employer.a@example.nl")
    assert getattr(client, method)(template.format(999_999)).status_code == 404


def test_lists_show_only_own_objects(client, auth, world, today, db):
    b = world.b
    b.vacancy.title = "Vacature van B"
    db.session.commit()
    auth.login("employer.a@example.nl")
    pages = "".join(
        client.get(url).get_data(as_text=True)
        for url in [
            "/werkgever/",
            "/werkgever/vacatures?toon=alle",
            "/werkgever/kandidaten?toon=alle",
            "/werkgever/plaatsingen",
            "/werkgever/social-return",
        ]
    )
    assert world.a.client.pseudonym in pages
    assert b.client.pseudonym not in pages
    assert "Vacature van B" not in pages
    assert b.contract.reference not in pages
    assert world.a.contract.reference in pages


def test_employer_cannot_start_a_placement_for_another_employers_proposal(
    client, auth, world, today, db
):
    from app.models import Placement

    auth.login("employer.a@example.nl")
    before = db.session.scalar(db.select(db.func.count(Placement.id)))
    response = client.post(
        "/werkgever/plaatsingen/nieuw",
        data={
            "proposal": str(world.b.proposal.id),
            "start_date": "2026-12-01",
            "hours_per_week": "24",
            "contract_type": "permanent",
        },
    )
    assert response.status_code == 200  # the choice is refused as not one of the options
    assert "Ongeldige keuze" in response.get_data(as_text=True) or "Kies" in response.get_data(
        as_text=True
    )
    assert db.session.scalar(db.select(db.func.count(Placement.id))) == before


def test_employer_cannot_link_a_placement_to_another_employers_contract(
    client, auth, world, today, db
):
    world.a.proposal.status = "invited"
    world.a.placement.end_date = date(2026, 6, 1)
    db.session.commit()
    auth.login("employer.a@example.nl")
    response = client.post(
        "/werkgever/plaatsingen/nieuw",
        data={
            "proposal": str(world.a.proposal.id),
            "start_date": "2026-12-01",
            "hours_per_week": "24",
            "contract_type": "permanent",
            "contract": str(world.b.contract.id),
        },
    )
    assert response.status_code == 200
    assert "Ongeldige keuze" in response.get_data(as_text=True)


def test_unconsented_candidate_is_hidden(client, auth, world, today, db):
    world.a.client.consent_at = None
    db.session.commit()
    auth.login("employer.a@example.nl")
    assert client.get(f"/werkgever/kandidaten/{world.a.proposal.id}").status_code == 404
    assert world.a.client.pseudonym not in client.get("/werkgever/kandidaten?toon=alle").get_data(
        as_text=True
    )


def test_not_approved_employer_sees_only_the_waiting_page(client, auth, world, today, db):
    world.a.employer.approved = False
    db.session.commit()
    auth.login("employer.a@example.nl")
    for url in [
        "/werkgever/",
        "/werkgever/vacatures",
        f"/werkgever/vacatures/{world.a.vacancy.id}",
        "/werkgever/social-return",
    ]:
        response = client.get(url)
        assert response.status_code == 302 and response.headers["Location"].endswith(
            "/werkgever/wachten"
        )
    html = client.get("/werkgever/wachten").get_data(as_text=True)
    assert "in behandeling" in html
    assert world.a.vacancy.title not in html


def test_hours_decimal_is_dutch(client, auth, world, today, db):
    world.a.placement.hours_per_week = Decimal("18.5")
    db.session.commit()
    auth.login("employer.a@example.nl")
    assert "18,5" in client.get(f"/werkgever/plaatsingen/{world.a.placement.id}").get_data(
        as_text=True
    )
