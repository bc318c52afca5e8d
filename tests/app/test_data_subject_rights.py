"""AVG rights: the client export (JSON and PDF, audited) and `flask retention-run`."""

from __future__ import annotations

import io
import json
from datetime import date
from decimal import Decimal

import pytest

from app.models import (
    AuditEntry,
    Client,
    ClientOccupation,
    EvidenceFile,
    ExitPremium,
    ExitPremiumScheme,
    FollowUp,
    Occupation,
    SroiActivity,
)
from app.models.base import utcnow


@pytest.fixture
def rich(world, db):
    """World A's client with an occupation wish, follow-up, a premium and SROI evidence."""
    a = world.a
    client = a.client
    occupation = Occupation(
        uri="http://data.europa.eu/esco/occupation/x",
        code="9333.1",
        isco_group="9333",
        preferred_label="orderpicker",
    )
    client.desired_occupations = [
        ClientOccupation(text="orderpikker bij Jumbo", occupation=occupation),
        ClientOccupation(text="iets met dieren, zegt mijn buurman Piet"),
    ]
    client.experience = "Twaalf jaar bij Bakkerij De Vries in Wolvega."
    client.exemptions = "Tijdelijk ontheven wegens mantelzorg voor moeder."
    client.skills = ["orderpicken", "heftruck"]
    client.case_closed_at = date(2023, 6, 30)
    a.proposal.note = "Sjoukje heeft een goed gesprek gehad."
    a.placement.end_reason = "Ziek geworden (burn-out)."
    a.placement.hourly_wage = Decimal("14.06")
    a.placement.follow_ups.append(
        FollowUp(kind="first", due_date=date(2026, 3, 15), note="Gaat goed, rugklachten besproken.")
    )
    scheme = ExitPremiumScheme(
        municipality=a.municipality, name="Uitstroompremie", amount=Decimal("500")
    )
    db.session.add(
        ExitPremium(
            scheme=scheme,
            client=client,
            amount=Decimal("500"),
            requested_on=date(2026, 4, 1),
            note="Betaald na 6 maanden werk.",
        )
    )
    a.activity.client = client
    a.activity.candidate_description = "Sjoukje Hoekstra, 45 jaar"
    a.activity.evidence.append(
        EvidenceFile(
            filename="arbeidscontract.pdf",
            stored_name="x" * 32,
            content_type="application/pdf",
            size=1234,
            sha256="0" * 64,
            uploaded_at=utcnow(),
        )
    )
    db.session.commit()
    return world


# --- export ----------------------------------------------------------------------------------


def test_export_page_and_downloads(rich, db, client, auth):
    c = rich.a.client
    auth.login("jobhunter.a@example.nl")
    assert "Inzage" in client.get(f"/jobhunter/werkzoekenden/{c.id}").get_data(as_text=True)
    page = client.get(f"/jobhunter/werkzoekenden/{c.id}/inzage")
    assert page.status_code == 200 and "AVG artikel 15" in page.get_data(as_text=True)

    response = client.get(f"/jobhunter/werkzoekenden/{c.id}/inzage.json")
    assert response.status_code == 200 and response.mimetype == "application/json"
    assert "attachment" in response.headers["Content-Disposition"]
    assert c.last_name not in response.headers["Content-Disposition"]
    assert response.headers["Cache-Control"] == "no-store"
    data = json.loads(response.get_data(as_text=True))
    assert data["client"]["bsn"] == "999993653"
    assert data["client"]["health_notes"] == "Rugklachten; niet zwaar tillen."
    assert {o["text"] for o in data["desired_occupations"]} >= {"orderpikker bij Jumbo"}
    assert data["proposals"][0]["note"].startswith("Sjoukje")
    assert data["placements"][0]["hourly_wage"] == "14.06"
    assert data["placements"][0]["follow_ups"][0]["note"].startswith("Gaat goed")
    assert data["exit_premiums"][0]["amount"] == "500.00"
    assert data["sroi_activities"][0]["evidence_files"][0]["filename"] == "arbeidscontract.pdf"
    assert any(e["action"] == "read" for e in data["access_log"])

    pdf = client.get(f"/jobhunter/werkzoekenden/{c.id}/inzage.pdf")
    assert pdf.status_code == 200 and pdf.mimetype == "application/pdf"
    from pypdf import PdfReader

    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.data)).pages)
    for expected in (
        "Inzage in persoonsgegevens",
        "999993653",
        c.last_name,
        "Rugklachten",
        "arbeidscontract.pdf",
        "Wie heeft deze gegevens ingezien",
        "€ 500,00",
        "jobhunter.a@example.nl",
    ):
        assert expected in text, expected

    exports = db.session.scalars(db.select(AuditEntry).where(AuditEntry.action == "export")).all()
    assert [(e.object_type, e.object_id) for e in exports] == [("Client", str(c.id))] * 2
    assert {e.detail for e in exports} == {"inzage als JSON", "inzage als PDF"}


def test_export_is_scoped_and_for_jobhunters_only(rich, client, auth):
    other = rich.b.client
    auth.login("jobhunter.a@example.nl")
    for suffix in ("", ".json", ".pdf"):
        assert client.get(f"/jobhunter/werkzoekenden/{other.id}/inzage{suffix}").status_code == 404
    auth.logout()
    auth.login("employer.a@example.nl")
    assert client.get(f"/jobhunter/werkzoekenden/{rich.a.client.id}/inzage.json").status_code == 403


def test_pdf_survives_odd_text(world, db, client, auth):
    c = world.a.client
    c.first_name = "Zoë 😀 \u202e"
    c.experience = "<script>alert(1)</script>\x07\x1b ﷽ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢"  # no NUL: PostgreSQL refuses it
    db.session.commit()
    auth.login("jobhunter.a@example.nl")
    response = client.get(f"/jobhunter/werkzoekenden/{c.id}/inzage.pdf")
    assert response.status_code == 200 and response.data.startswith(b"%PDF")
    data = json.loads(client.get(f"/jobhunter/werkzoekenden/{c.id}/inzage.json").data)
    assert data["client"]["first_name"] == "Zoë 😀 \u202e"


# --- retention ------------------------------------------------------------------------------


def test_retention_dry_run_changes_nothing(rich, db, runner):
    result = runner.invoke(args=["retention-run", "--dry-run", "--today", "2026-11-16"])
    assert result.exit_code == 0, result.output
    assert (
        f"werkzoekende {rich.a.client.id} " in result.output and "zou anonimiseren" in result.output
    )
    assert "1 werkzoekende(n) zouden worden geanonimiseerd; 1 SROI-activiteit(en)" in result.output
    db.session.expire_all()
    client = db.session.get(Client, rich.a.client.id)
    assert client.anonymised_at is None and client.bsn == "999993653"
    assert (
        db.session.scalars(db.select(AuditEntry).where(AuditEntry.action == "anonymise")).all()
        == []
    )


def test_retention_anonymises_and_keeps_statistics(rich, db, runner, app):
    from app.services import monitoring

    a = rich.a
    with app.test_request_context():
        before = monitoring.build_report(a.municipality, 2026, date(2026, 11, 16))
        before_rows = [(r.key, r.value) for r in before.rows]
    kept_client_id = rich.b.client.id
    old_pseudonym = a.client.pseudonym
    from app.services import sroi_bridge

    a.activity.state = "accepted"
    db.session.commit()
    status_before = sroi_bridge.status_for(a.contract, date(2026, 11, 16))
    activity_before = {
        k: getattr(a.activity, k)
        for k in ("block_code", "start_date", "end_date", "hours_per_week", "state", "contract_id")
    }

    result = runner.invoke(args=["retention-run", "--today", "2026-11-16"])
    assert result.exit_code == 0, result.output
    assert "geanonimiseerd" in result.output
    assert "Sjoukje" not in result.output and "999993653" not in result.output

    db.session.expire_all()
    client = db.session.get(Client, a.client.id)
    assert client.anonymised_at is not None
    assert (client.first_name, client.last_name) == ("Geanonimiseerde", "inwoner")
    assert client.bsn is None and client.birth_date is None and client.postcode is None
    assert client.experience == client.health_notes == client.exemptions == ""
    assert client.skills == [] and client.consent_at is None
    assert client.pseudonym.startswith("Anoniem ") and client.pseudonym != old_pseudonym
    # Statistics stay.
    assert client.municipality_id == a.municipality.id and client.benefit_type == "participatiewet"
    assert [(w.text, w.occupation.code) for w in client.desired_occupations] == [
        ("orderpicker", "9333.1")
    ]
    assert len(db.session.scalars(db.select(ClientOccupation)).all()) == 1
    # Free texts around the client are gone.
    proposal = db.session.get(type(a.proposal), a.proposal.id)
    placement = db.session.get(type(a.placement), a.placement.id)
    assert proposal.note == "" and placement.end_reason == ""
    assert placement.follow_ups[0].note == "" and placement.hourly_wage == Decimal("14.06")
    premium = db.session.scalars(db.select(ExitPremium)).one()
    assert premium.note == "" and premium.amount == Decimal("500")
    # SROI: the activity stays, without the link to the client; its evidence file is gone,
    # its row stays as a fingerprint under a neutral name.
    activity = db.session.get(SroiActivity, a.activity.id)
    assert activity.client_id is None and activity.candidate_description == ""
    assert {k: getattr(activity, k) for k in activity_before} == activity_before
    [evidence] = activity.evidence
    assert evidence.filename == f"bewijsstuk-{evidence.id}.pdf"
    assert evidence.removed_at is not None and evidence.sha256 == "0" * 64
    status_after = sroi_bridge.status_for(activity.contract, date(2026, 11, 16))
    assert status_after == status_before
    # The monitor report for the year is unchanged.
    with app.test_request_context():
        after = monitoring.build_report(
            db.session.get(type(a.municipality), a.municipality.id), 2026, date(2026, 11, 16)
        )
    assert [(r.key, r.value) for r in after.rows] == before_rows
    # The open case of municipality B is untouched; the run is audited.
    assert db.session.get(Client, kept_client_id).bsn == "999993653"
    entry = db.session.scalars(db.select(AuditEntry).where(AuditEntry.action == "anonymise")).one()
    assert entry.object_id == str(a.client.id) and "24 maanden" in entry.detail


def test_retention_is_idempotent(rich, db, runner):
    runner.invoke(args=["retention-run", "--today", "2026-11-16"])
    db.session.expire_all()
    pseudonym = db.session.get(Client, rich.a.client.id).pseudonym
    # The daily job does its work once a day; forced, the work itself changes nothing more.
    same_day = runner.invoke(args=["retention-run", "--today", "2026-11-16"])
    assert "Al gedaan voor 2026-11-16" in same_day.output
    again = runner.invoke(args=["retention-run", "--today", "2026-11-16", "--force"])
    assert "0 werkzoekende(n) zijn geanonimiseerd" in again.output
    db.session.expire_all()
    assert db.session.get(Client, rich.a.client.id).pseudonym == pseudonym
    assert (
        len(db.session.scalars(db.select(AuditEntry).where(AuditEntry.action == "anonymise")).all())
        == 1
    )


def test_retention_period_is_per_municipality_and_strict(world, db, runner):
    a, b = world.a, world.b
    a.client.case_closed_at = date(2024, 11, 16)  # exactly 24 months before: not yet
    b.client.case_closed_at = date(2025, 11, 1)
    b.municipality.retention_months = 12
    db.session.commit()
    runner.invoke(args=["retention-run", "--today", "2026-11-16"])
    db.session.expire_all()
    assert db.session.get(Client, a.client.id).anonymised_at is None
    assert db.session.get(Client, b.client.id).anonymised_at is not None
    runner.invoke(args=["retention-run", "--today", "2026-11-17"])
    db.session.expire_all()
    assert db.session.get(Client, a.client.id).anonymised_at is not None


def test_open_cases_are_never_touched(world, db, runner):
    runner.invoke(args=["retention-run", "--today", "2099-01-01"])
    db.session.expire_all()
    assert (
        db.session.scalars(db.select(Client).where(Client.anonymised_at.is_not(None))).all() == []
    )


def test_months_before_clamps_the_day():
    from app.services.retention import months_before

    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2026, 1, 15), 24) == date(2024, 1, 15)
    assert months_before(date(2024, 2, 29), 12) == date(2023, 2, 28)
