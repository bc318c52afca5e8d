"""Social return for the employer: the engine's numbers, reporting activities with evidence, and
one contract end to end (report -> accepted by procurement -> status changes)."""

import hashlib
import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

import sroi
from app.formatting import money
from app.models import AuditEntry, EvidenceFile, SroiActivity
from app.models.base import utcnow

TODAY = date(2026, 11, 16)
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def sr(world, db, auth, monkeypatch):
    from app.employer import common

    monkeypatch.setattr(common, "today", lambda: TODAY)
    auth.login("employer.a@example.nl")
    return world.a


def engine_status(contract, as_of=TODAY):
    """The SROI engine's status, computed here without the portal's bridge."""
    catalogue = sroi.catalogue_from_dict(
        {
            "name": "test",
            "title": "Test",
            "source": "test",
            "fulltime_hours": "36",
            "blocks": [
                {
                    "code": b.code,
                    "label": b.label,
                    "unit": b.unit,
                    "value": str(b.value),
                    **({"max_years": b.max_years} if b.max_years else {}),
                }
                for b in contract.catalogue.blocks
            ],
            "bonuses": [
                {"code": b.code, "label": b.label, "value": str(b.value)}
                for b in contract.catalogue.bonuses
            ],
        }
    )
    engine_contract = sroi.Contract(
        value=contract.value,
        sroi_percentage=contract.sroi_percentage,
        start=contract.start_date,
        end=contract.end_date,
        reduction_percentage=contract.reduction_percentage,
        penalty_percentage=contract.penalty_percentage,
    )

    def act(a):
        return sroi.Activity(
            block=a.block_code,
            start=a.start_date,
            end=a.end_date,
            hours_per_week=a.hours_per_week,
            bonuses=tuple(a.bonuses or ()),
            hours=a.hours,
            amount=a.amount,
        )

    return sroi.contract_status(
        catalogue,
        engine_contract,
        accepted=[act(a) for a in contract.activities if a.state == "accepted"],
        pending=[act(a) for a in contract.activities if a.state == "submitted"],
        as_of=as_of,
    )


def count(db, side) -> int:
    return db.session.scalar(
        db.select(db.func.count(SroiActivity.id)).where(
            SroiActivity.contract_id == side.contract.id
        )
    )


def upload(name, content):
    return (io.BytesIO(content), name)


def test_contract_pages_show_the_engines_numbers(client, sr):
    status = engine_status(sr.contract)
    assert status.state == "behind" and status.realized == 0 and status.pending > 0
    for url in [
        "/werkgever/social-return",
        f"/werkgever/social-return/{sr.contract.id}",
        "/werkgever/",
    ]:
        html = client.get(url).get_data(as_text=True)
        assert money(status.obligation) in html, url
        assert money(status.realized) in html, url
        assert status.state_label in html, url
    html = client.get(f"/werkgever/social-return/{sr.contract.id}").get_data(as_text=True)
    assert money(status.pending) in html and money(status.expected) in html
    assert "<progress" in html


def test_end_to_end_report_accept_and_the_status_changes(client, sr, db):
    contract = sr.contract
    before = engine_status(contract)
    # The employer reports: a participatiewet job of 36 hours from the contract's start, with
    # evidence.
    response = client.post(
        f"/werkgever/social-return/{contract.id}/activiteiten/nieuw",
        data={
            "candidate": "",
            "candidate_description": "Medewerker groen, 36 uur",
            "block": "pw",
            "start_date": "2026-01-01",
            "hours_per_week": "36",
            "submit": "1",
            "evidence_kind": "arbeidsovereenkomst",
            "evidence": [upload("arbeidsovereenkomst.pdf", PDF)],
        },
        content_type="multipart/form-data",
    )
    assert response.status_code == 302
    activity = db.session.scalars(
        db.select(SroiActivity).where(SroiActivity.hours_per_week == 36)
    ).one()
    assert activity.state == "submitted" and activity.submitted_at is not None
    assert activity.created_by_id == sr.users["employer"].id
    submitted = engine_status(contract)
    assert submitted.pending > before.pending and submitted.realized == before.realized
    html = client.get(f"/werkgever/social-return/{contract.id}").get_data(as_text=True)
    assert money(submitted.pending) in html
    # Procurement accepts both submitted activities (as the review service would).
    for item in contract.activities:
        item.state, item.reviewer_id, item.reviewed_at = (
            "accepted",
            sr.users["procurement"].id,
            utcnow(),
        )
    db.session.commit()
    after = engine_status(contract)
    assert after.realized == before.pending + submitted.pending - before.pending
    assert after.state == "on_track" and before.state == "behind"
    html = client.get(f"/werkgever/social-return/{contract.id}").get_data(as_text=True)
    assert money(after.realized) in html and "Op schema" in html and "Achter op schema" not in html
    assert "Goedgekeurd" in html
    # The activity's own page shows the engine's value and working.
    page = client.get(f"/werkgever/social-return/activiteiten/{activity.id}").get_data(as_text=True)
    valuation = sroi.value_activity(
        sroi.catalogue_from_dict(
            {
                "name": "t",
                "title": "t",
                "source": "t",
                "fulltime_hours": "36",
                "blocks": [
                    {
                        "code": "pw",
                        "label": "Participatiewet",
                        "unit": "year",
                        "value": "30000",
                        "max_years": 2,
                    }
                ],
            }
        ),
        sroi.Contract(
            value=contract.value,
            sroi_percentage=contract.sroi_percentage,
            start=contract.start_date,
            end=contract.end_date,
        ),
        sroi.Activity(block="pw", start=date(2026, 1, 1), hours_per_week=Decimal("36")),
        as_of=TODAY,
    )
    assert money(valuation) in page
    assert "telt mee voor uw social return" in page
    # Once reviewed, it can no longer be changed or withdrawn.
    assert "Wijzigen of intrekken" not in page
    response = client.post(
        f"/werkgever/social-return/activiteiten/{activity.id}/intrekken", follow_redirects=True
    )
    assert "al beoordeeld" in response.get_data(as_text=True)
    assert db.session.get(SroiActivity, activity.id) is not None
    response = client.get(
        f"/werkgever/social-return/activiteiten/{activity.id}/bewerken", follow_redirects=True
    )
    assert "al beoordeeld" in response.get_data(as_text=True)


def test_no_block_is_suggested_from_a_proposed_candidates_record(client, sr, db):
    """The block the engine would pick is the candidate's benefit in other words (issue 12):
    the supplier chooses the block; the reviewer sees the engine's suggestion."""
    contract = sr.contract
    value = f"plaatsing-{sr.placement.id}"
    url = f"/werkgever/social-return/{contract.id}/activiteiten/nieuw"
    html = client.get(url).get_data(as_text=True)
    assert "Bouwblok voorstellen" not in html and "hoort u van de jobhunter" in html
    html = client.post(
        url,
        data={"candidate": value, "start_date": "2026-03-01", "hours_per_week": "24", "save": "1"},
    ).get_data(as_text=True)
    assert "Kies een bouwblok." in html
    assert count(db, sr) == 1  # nothing stored
    assert sr.client.last_name not in html and sr.client.bsn not in html
    client.post(
        url,
        data={
            "candidate": value,
            "block": "pw",
            "start_date": "2026-03-01",
            "hours_per_week": "24",
            "save": "1",
        },
    )
    stored = db.session.scalars(
        db.select(SroiActivity).where(SroiActivity.client_id == sr.client.id)
    ).all()
    assert [(a.block_code, a.state, a.hours_per_week) for a in stored] == [
        ("pw", "draft", Decimal("24.00"))
    ]


def test_engine_messages_appear_next_to_the_fields_and_input_is_kept(client, sr, db):
    url = f"/werkgever/social-return/{sr.contract.id}/activiteiten/nieuw"
    html = client.post(
        url,
        data={
            "block": "pw",
            "start_date": "2026-03-01",
            "save": "1",
            "candidate_description": "Leerling bbl",
        },
    ).get_data(as_text=True)
    assert "Vul het aantal uren per week in (nodig voor een bouwblok per jaar)." in html
    assert 'aria-describedby="hours_per_week-error"' in html or 'id="hours_per_week-error"' in html
    assert "Leerling bbl" in html and 'value="2026-03-01"' in html
    html = client.post(
        url, data={"block": "wep", "start_date": "2026-03-01", "bonuses": "age50", "save": "1"}
    ).get_data(as_text=True)
    assert "Bonussen kunnen alleen bij een bouwblok per jaar" in html
    html = client.post(
        url, data={"block": "inkoop", "start_date": "2026-03-01", "save": "1"}
    ).get_data(as_text=True)
    assert "Vul het factuurbedrag in" in html
    html = client.post(
        url,
        data={"block": "wep", "start_date": "2026-03-01", "end_date": "2026-02-01", "save": "1"},
    ).get_data(as_text=True)
    assert "De einddatum ligt vóór de startdatum." in html
    html = client.post(url, data={"block": "", "start_date": "", "save": "1"}).get_data(
        as_text=True
    )
    assert "Kies een bouwblok." in html and "Vul de startdatum in." in html
    html = client.post(
        url, data={"block": "wep", "start_date": "2028-03-01", "save": "1"}
    ).get_data(as_text=True)
    assert "begint na het einde van de opdracht" in html
    assert count(db, sr) == 1


def test_invoice_block_with_dutch_amount(client, sr, db):
    client.post(
        f"/werkgever/social-return/{sr.contract.id}/activiteiten/nieuw",
        data={
            "block": "inkoop",
            "start_date": "2026-05-01",
            "amount": "€ 12.500,50",
            "save": "1",
            "candidate_description": "Inkoop catering bij sociale onderneming",
        },
    )
    activity = db.session.scalars(
        db.select(SroiActivity).where(SroiActivity.block_code == "inkoop")
    ).one()
    assert activity.amount == Decimal("12500.50") and activity.state == "draft"


def test_pdf_name_with_other_content_is_refused(client, sr, db, app):
    url = f"/werkgever/social-return/{sr.contract.id}/activiteiten/nieuw"
    folder = Path(app.config["UPLOAD_FOLDER"])
    before = set(folder.iterdir()) if folder.exists() else set()
    html = client.post(
        url,
        data={
            "block": "wep",
            "start_date": "2026-03-01",
            "candidate_description": "Werkervaringsplek",
            "save": "1",
            "evidence_kind": "arbeidsovereenkomst",
            "evidence": [upload("contract.pdf", b"<html><script>alert(1)</script></html>")],
        },
        content_type="multipart/form-data",
    ).get_data(as_text=True)
    assert "Het bestand contract.pdf is geen PDF, JPG of PNG." in html
    assert "Werkervaringsplek" in html  # the rest of the form is kept
    assert "Kies de bewijsstukken opnieuw" in html
    assert db.session.scalar(db.select(db.func.count(EvidenceFile.id))) == 0
    assert count(db, sr) == 1
    assert (set(folder.iterdir()) if folder.exists() else set()) == before


def test_too_large_and_empty_files_are_refused(client, sr, db):
    url = f"/werkgever/social-return/activiteiten/{sr.activity.id}/bewijs"
    big = PDF + b"0" * (10 * 1024 * 1024)
    response = client.post(
        url,
        data={"evidence_kind": "loonstrook", "evidence": [upload("groot.pdf", big)]},
        content_type="multipart/form-data",
        follow_redirects=True,
    )
    assert "groter dan 10 MB" in response.get_data(as_text=True)
    response = client.post(
        url,
        data={"evidence_kind": "loonstrook", "evidence": [upload("leeg.pdf", b"")]},
        content_type="multipart/form-data",
        follow_redirects=True,
    )
    assert "is leeg" in response.get_data(as_text=True)
    assert db.session.scalar(db.select(db.func.count(EvidenceFile.id))) == 0


def test_evidence_is_stored_outside_the_web_root_and_served_as_attachment(client, sr, db, app):
    url = f"/werkgever/social-return/activiteiten/{sr.activity.id}/bewijs"
    client.post(
        url,
        data={
            "evidence_kind": "loonstrook",
            "evidence": [upload("loonstrook jan.pdf", PDF), upload("scan.pdf", PNG)],
        },
        content_type="multipart/form-data",
    )
    files = db.session.scalars(db.select(EvidenceFile).order_by(EvidenceFile.id)).all()
    assert [(f.filename, f.content_type) for f in files] == [
        ("loonstrook jan.pdf", "application/pdf"),
        ("scan.pdf.png", "image/png"),
    ]
    stored = Path(app.config["UPLOAD_FOLDER"]) / files[0].stored_name
    assert stored.read_bytes() == PDF
    assert files[0].sha256 == hashlib.sha256(PDF).hexdigest() and files[0].size == len(PDF)
    static = Path(app.static_folder).resolve()
    assert static not in stored.resolve().parents
    assert "loonstrook" not in files[0].stored_name
    response = client.get(f"/werkgever/bewijs/{files[0].id}")
    assert response.data == PDF
    assert response.headers["Content-Type"] == "application/pdf"
    assert response.headers["Content-Disposition"].startswith("attachment;")
    assert "loonstrook" in response.headers["Content-Disposition"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    response.close()
    entry = db.session.scalars(
        db.select(AuditEntry).where(
            AuditEntry.object_type == "SroiActivity", AuditEntry.action == "update"
        )
    ).first()
    assert entry is not None and "bewijsstuk" in entry.detail


def test_delete_evidence_removes_the_file(client, sr, db, app):
    client.post(
        f"/werkgever/social-return/activiteiten/{sr.activity.id}/bewijs",
        data={"evidence_kind": "loonstrook", "evidence": [upload("a.pdf", PDF)]},
        content_type="multipart/form-data",
    )
    item = db.session.scalars(db.select(EvidenceFile)).one()
    path = Path(app.config["UPLOAD_FOLDER"]) / item.stored_name
    assert path.exists()
    client.post(f"/werkgever/bewijs/{item.id}/verwijderen")
    assert db.session.scalar(db.select(db.func.count(EvidenceFile.id))) == 0
    assert not path.exists()


def test_edit_submit_and_withdraw_while_not_reviewed(client, sr, db, app):
    url = f"/werkgever/social-return/{sr.contract.id}/activiteiten/nieuw"
    client.post(
        url,
        data={
            "block": "wep",
            "start_date": "2026-03-01",
            "candidate_description": "Stagiair",
            "save": "1",
            "evidence_kind": "arbeidsovereenkomst",
            "evidence": [upload("stage.pdf", PDF)],
        },
        content_type="multipart/form-data",
    )
    activity = db.session.scalars(
        db.select(SroiActivity).where(SroiActivity.block_code == "wep")
    ).one()
    assert activity.state == "draft"
    form = client.get(f"/werkgever/social-return/activiteiten/{activity.id}/bewerken").get_data(
        as_text=True
    )
    assert "Stagiair" in form and 'value="2026-03-01"' in form
    client.post(
        f"/werkgever/social-return/activiteiten/{activity.id}/bewerken",
        data={
            "block": "wep",
            "start_date": "2026-03-01",
            "end_date": "2026-08-31",
            "candidate_description": "Stagiair",
            "save": "1",
        },
    )
    db.session.refresh(activity)
    assert activity.end_date == date(2026, 8, 31) and activity.state == "draft"
    client.post(f"/werkgever/social-return/activiteiten/{activity.id}/indienen")
    db.session.refresh(activity)
    assert activity.state == "submitted"
    path = Path(app.config["UPLOAD_FOLDER"]) / activity.evidence[0].stored_name
    response = client.post(f"/werkgever/social-return/activiteiten/{activity.id}/intrekken")
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(SroiActivity, activity.id) is None
    assert not path.exists()
    actions = [
        e.action
        for e in db.session.scalars(
            db.select(AuditEntry).where(
                AuditEntry.object_type == "SroiActivity", AuditEntry.object_id == str(activity.id)
            )
        )
    ]
    assert actions[0] == "create" and actions[-1] == "delete" and "update" in actions


def test_rejected_activity_shows_the_reason(client, sr, db):
    sr.activity.state = "rejected"
    sr.activity.rejection_reason = "Geen arbeidsovereenkomst bijgevoegd."
    db.session.commit()
    html = client.get(f"/werkgever/social-return/activiteiten/{sr.activity.id}").get_data(
        as_text=True
    )
    assert "Afgewezen" in html and "Geen arbeidsovereenkomst bijgevoegd." in html
    html = client.get(f"/werkgever/social-return/{sr.contract.id}").get_data(as_text=True)
    assert "Geen arbeidsovereenkomst bijgevoegd." in html
