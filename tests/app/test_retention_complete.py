"""Retention leaves nothing behind, and the inzage shows everything that is kept.

Every free-text field that can mention a client gets its own marker, written the way users
write them (an employer's answer, a placement's end, a reviewer's rejection, an uploaded file
and its name, a removed file, notes); then `flask retention-run` anonymises the client. After
that no text column of any table, no file name and no file content in the upload folder holds
a marker. Before it, the client's inzage shows every one of them.
"""

from __future__ import annotations

import io
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import JSON, String, Text

from app.models import (
    AuditEntry,
    ClientContact,
    ClientOccupation,
    ClientPlan,
    ClientProvision,
    ClientTask,
    EvidenceFile,
    ExitPremium,
    ExitPremiumScheme,
    FollowUp,
    IncentiveAward,
    IncentiveScheme,
    IncentiveTier,
    OutboxMail,
    Placement,
    PlanAction,
)

MARK = "ZEBRAVINK"
TODAY = "2026-11-16"


def _pdf(text: str) -> bytes:
    return b"%PDF-1.4\n% " + text.encode() + b"\n%%EOF\n"


@pytest.fixture
def marked(world, db, client, auth, app, tmp_path, monkeypatch):
    """World A's client with a marker in every free-text field about it; case closed long ago."""
    monkeypatch.setitem(app.config, "UPLOAD_FOLDER", str(tmp_path / "uploads"))
    a = world.a
    c = a.client
    c.first_name, c.last_name = f"{MARK}-voornaam", f"{MARK}-achternaam"
    c.experience = f"{MARK}-ervaring bij Bakkerij De Vries"
    c.health_notes = f"{MARK}-gezondheid: rugklachten en schulden"
    c.exemptions = f"{MARK}-ontheffing mantelzorg"
    c.skills = [f"{MARK}-vaardigheid"]
    c.certificates = [f"{MARK}-certificaat"]
    c.desired_occupations = [ClientOccupation(text=f"{MARK}-beroepswens van de buurman")]
    a.proposal.note = f"{MARK}-voorstelnotitie"
    a.activity.client = c
    a.activity.candidate_description = f"{MARK}-kandidaat Sjoukje, 45 jaar"
    a.activity.created_by = a.users["employer"]
    a.activity.state = "draft"
    a.placement.follow_ups.append(
        FollowUp(kind="call", due_date=date(2026, 3, 15), note=f"{MARK}-nazorg burn-out")
    )
    scheme = IncentiveScheme(
        municipality=a.municipality,
        name="Werkvoucher",
        min_hours_per_week=Decimal(12),
        tiers=[IncentiveTier(months=6, amount=Decimal(2250))],
    )
    premium_scheme = ExitPremiumScheme(
        municipality=a.municipality, name="Uitstroompremie", amount=Decimal(500)
    )
    db.session.add(
        ExitPremium(
            scheme=premium_scheme,
            client=c,
            amount=Decimal(500),
            requested_on=date(2026, 4, 1),
            note=f"{MARK}-uitstroompremie",
        )
    )
    # A client's path (issue 16): a plan with an action, a contact, a task, a provision and work
    # found outside the portal at the client's own business.
    db.session.add_all(
        [
            ClientPlan(
                client=c,
                agreed_on=date(2026, 2, 1),
                goals=f"{MARK}-doelen",
                final_goal=f"{MARK}-einddoel",
                support=f"{MARK}-ondersteuning",
                review_note=f"{MARK}-evaluatie",
                next_review_on=date(2026, 5, 1),
                actions=[
                    PlanAction(
                        description=f"{MARK}-actie", owner="other", owner_name=f"{MARK}-jobcoach"
                    )
                ],
            ),
            ClientContact(
                client=c, contact_on=date(2026, 2, 2), kind="meeting", note=f"{MARK}-gesprek"
            ),
            ClientTask(
                client=c, title=f"{MARK}-taak", due_on=date(2026, 3, 1), note=f"{MARK}-taakuitkomst"
            ),
            ClientProvision(
                client=c, kind="ips", provider=f"{MARK}-aanbieder", start_on=date(2026, 1, 5)
            ),
            Placement(
                client=c,
                employer=None,
                employer_name=f"{MARK}-klusbedrijf",
                source="outside",
                kind="self_employed",
                start_date=date(2026, 4, 1),
                hours_per_week=Decimal(20),
            ),
        ]
    )
    db.session.commit()

    # The jobhunter logs a contact with a document (checked and stored like evidence).
    auth.login("jobhunter.a@example.nl")
    response = client.post(
        f"/jobhunter/werkzoekenden/{c.id}/contact",
        data={
            "contact_on": "01-03-2026",
            "kind": "service_talk",
            "note": "",
            "documents": (io.BytesIO(_pdf(f"{MARK}-brief")), f"{MARK}-brief.pdf"),
        },
        content_type="multipart/form-data",
    )
    assert response.status_code == 302, response.get_data(as_text=True)
    auth.logout()

    # The employer: says the candidate does not fit (the jobhunter gets a mail with the reason),
    # ends the placement with an explanation, uploads two files and removes one of them.
    auth.login("employer.a@example.nl")
    response = client.post(
        f"/werkgever/kandidaten/{a.proposal.id}",
        data={"decision": "rejected", "reason": f"{MARK}-afwijzing: rugklachten en schulden"},
    )
    assert response.status_code == 302
    response = client.post(
        f"/werkgever/plaatsingen/{a.placement.id}/einde",
        data={
            "end_date": "01-06-2026",
            "reason": "illness",
            "explanation": f"{MARK}-einde: burn-out en depressie",
        },
    )
    assert response.status_code == 302, response.get_data(as_text=True)
    for name in ("contract", "weg"):
        response = client.post(
            f"/werkgever/social-return/activiteiten/{a.activity.id}/bewijs",
            data={
                "evidence_kind": "arbeidsovereenkomst",
                "evidence": (io.BytesIO(_pdf(f"{MARK}-inhoud")), f"{MARK}-{name}.pdf"),
            },
            content_type="multipart/form-data",
        )
        assert response.status_code == 302
    removed = db.session.scalars(
        db.select(EvidenceFile).where(EvidenceFile.filename.contains("weg"))
    ).one()
    assert client.post(f"/werkgever/bewijs/{removed.id}/verwijderen").status_code == 302
    db.session.expire_all()
    a.activity.state = "submitted"
    a.activity.evidence_later_reason = f"{MARK}-later: loonstrook volgt na ziekteverlof"
    db.session.commit()
    auth.logout()

    # Procurement rejects the activity with a reason (the supplier gets a mail with it).
    auth.login("procurement.a@example.nl")
    response = client.post(
        f"/inkoop/beoordelen/{a.activity.id}",
        data={
            "decision": "reject",
            "reason": f"{MARK}-afkeuring: geen loonstrook van Sjoukje",
            "version": str(a.activity.version),
        },
    )
    assert response.status_code == 302
    auth.logout()

    # An incentive note (after the end: re-evaluating the awards rewrites their notes).
    db.session.add(
        IncentiveAward(scheme=scheme, placement=a.placement, note=f"{MARK}-premienotitie")
    )
    # An entry as older versions wrote it, with free text in the detail.
    from app.services import audit

    audit.record("update", a.placement, detail=f"einde 2026-06-01: {MARK}-oude auditregel")
    db.session.commit()
    db.session.expire_all()
    c.case_closed_at = date(2023, 6, 30)
    db.session.commit()
    return world


def _text_columns(db):
    for table in db.metadata.sorted_tables:
        for column in table.columns:
            if isinstance(column.type, (String, Text, JSON)):
                yield table, column


def _marked_cells(db) -> list[str]:
    found = []
    with db.engine.connect() as conn:
        for table, column in _text_columns(db):
            for (value,) in conn.execute(db.select(column)):
                if value is not None and MARK in (
                    value if isinstance(value, str) else json.dumps(value)
                ):
                    found.append(f"{table.name}.{column.name}: {value!r}"[:200])
    return found


def _marked_files(app) -> list[str]:
    folder = Path(app.config["UPLOAD_FOLDER"])
    return [
        p.name
        for p in folder.rglob("*")
        if p.is_file() and (MARK in p.name or MARK.encode() in p.read_bytes())
    ]


def test_every_free_text_field_was_reached(marked, db, app):
    """The fixture really put the marker everywhere the test then looks."""
    cells = {cell.split(":")[0] for cell in _marked_cells(db)}
    for expected in (
        "clients.first_name",
        "clients.experience",
        "clients.health_notes",
        "clients.exemptions",
        "clients.skills",
        "client_occupations.text",
        "proposals.note",
        "proposals.reason",
        "placements.end_reason",
        "follow_ups.note",
        "incentive_awards.note",
        "exit_premiums.note",
        "sroi_activities.candidate_description",
        "sroi_activities.rejection_reason",
        "sroi_activities.evidence_later_reason",
        "evidence_files.filename",
        "outbox_mails.body",
        "audit_log.detail",
        "client_plans.goals",
        "client_plans.final_goal",
        "client_plans.support",
        "client_plans.review_note",
        "plan_actions.description",
        "plan_actions.owner_name",
        "client_contacts.note",
        "client_documents.filename",
        "client_tasks.title",
        "client_tasks.note",
        "client_provisions.provider",
        "placements.employer_name",
    ):
        assert expected in cells, expected
    assert _marked_files(app)


def test_retention_leaves_no_trace_in_any_table_or_file(marked, db, runner, app):
    result = runner.invoke(args=["retention-run", "--today", TODAY])
    assert result.exit_code == 0, result.output
    assert MARK not in result.output
    db.session.expire_all()
    assert _marked_cells(db) == [], "\n".join(_marked_cells(db))
    assert _marked_files(app) == []
    # What stays: the activity with its decision and the evidence's fingerprint.
    evidence = db.session.scalars(db.select(EvidenceFile)).all()
    assert evidence and all(e.removed_at is not None and len(e.sha256) == 64 for e in evidence)
    # The audit log still says who did what when; the redaction itself is on record.
    entries = db.session.scalars(db.select(AuditEntry)).all()
    assert any(e.action == "redact" for e in entries)
    assert any(e.action == "update" and e.object_type == "SroiActivity" for e in entries)


def test_inzage_shows_everything_that_is_kept(marked, db, client, auth):
    """Before retention, every marked field (and the mails about the client) is in the export."""
    auth.login("jobhunter.a@example.nl")
    c = marked.a.client
    text = client.get(f"/jobhunter/werkzoekenden/{c.id}/inzage.json").get_data(as_text=True)
    data = json.loads(text)
    for words in (
        "ervaring",
        "gezondheid",
        "ontheffing",
        "vaardigheid",
        "certificaat",
        "beroepswens",
        "voorstelnotitie",
        "afwijzing",
        "einde: burn-out",
        "nazorg",
        "premienotitie",
        "uitstroompremie",
        "kandidaat Sjoukje",
        "afkeuring",
        "contract.pdf",
        "doelen",
        "einddoel",
        "ondersteuning",
        "evaluatie",
        "actie",
        "jobcoach",
        "gesprek",
        "brief.pdf",
        "taak",
        "taakuitkomst",
        "aanbieder",
        "klusbedrijf",
    ):
        assert f"{MARK}-{words}" in text, words
    mails = data["mails"]
    assert any("afwijzing" in m["body"] for m in mails)
    assert any("afkeuring" in m["body"] for m in mails)
    placement = data["placements"][0]
    assert placement["incentives"][0]["note"].startswith(MARK)
    activity = data["sroi_activities"][0]
    assert activity["rejection_reason"].startswith(MARK)
    pdf = client.get(f"/jobhunter/werkzoekenden/{c.id}/inzage.pdf")
    from pypdf import PdfReader

    pages = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.data)).pages)
    for words in (
        "afkeuring",
        "premienotitie",
        "uitstroompremie",
        "afwijzing",
        "doelen",
        "gesprek",
    ):
        assert f"{MARK}-{words}" in pages.replace("\n", " "), words


def test_outbox_mails_are_pruned_after_the_kept_days(world, db, app):
    from datetime import UTC, datetime, timedelta

    from app.services.mail import prune_outbox

    now = datetime(2026, 11, 16, 12, tzinfo=UTC)
    old = OutboxMail(to="a@example.nl", subject="oud", body="x", sent_at=now - timedelta(days=31))
    recent = OutboxMail(
        to="a@example.nl", subject="recent", body="x", sent_at=now - timedelta(days=29)
    )
    unsent = OutboxMail(to="a@example.nl", subject="wacht", body="x")
    db.session.add_all([old, recent, unsent])
    db.session.commit()
    assert app.config["OUTBOX_KEEP_DAYS"] == 30
    assert prune_outbox(now) == 1
    db.session.commit()
    assert {m.subject for m in db.session.scalars(db.select(OutboxMail))} == {"recent", "wacht"}
