"""Procurement review queue: oldest first, evidence inline, accept and reject with a reason,
the supplier is told, and two reviewers at once end with exactly one decision."""

import threading
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from app.models import AuditEntry, EvidenceFile, OutboxMail, SroiActivity
from tests.conftest import AuthActions

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@pytest.fixture
def procurement(world, auth):
    auth.login("procurement.a@example.nl")
    return world


def _evidence(app, activity, data: bytes, content_type: str, name: str) -> EvidenceFile:
    import hashlib
    import secrets
    from pathlib import Path

    stored = secrets.token_hex(16)
    folder = Path(app.config["UPLOAD_FOLDER"])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / stored).write_bytes(data)
    return EvidenceFile(
        activity=activity,
        filename=name,
        stored_name=stored,
        content_type=content_type,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        uploaded_at=datetime.now(UTC),
    )


def _submitted(db, contract, when, block="pw", **kwargs):
    activity = SroiActivity(
        contract=contract,
        block_code=block,
        start_date=date(2026, 3, 1),
        hours_per_week=Decimal("36"),
        state="submitted",
        submitted_at=when,
        **kwargs,
    )
    db.session.add(activity)
    return activity


def _fetch(client, url):
    """GET a streamed file and close it (send_file keeps the file open until then)."""
    response = client.get(url)
    response.get_data()
    response.close()
    return response


def _decide(client, activity, decision, reason="", version=None):
    return client.post(
        f"/inkoop/beoordelen/{activity.id}",
        data={
            "decision": decision,
            "reason": reason,
            "version": str(activity.version if version is None else version),
        },
    )


def test_queue_is_oldest_first_and_scoped(procurement, client, db):
    contract = procurement.a.contract
    newer = _submitted(
        db, contract, datetime(2026, 9, 1, tzinfo=UTC), candidate_description="NIEUWER"
    )
    older = _submitted(
        db, contract, datetime(2026, 4, 1, tzinfo=UTC), candidate_description="OUDER"
    )
    db.session.commit()
    from app.security import staff_scope
    from app.services.activity_review import queue

    items = queue(staff_scope(procurement.a.users["procurement"]), date(2026, 11, 1))
    ids = [i.activity.id for i in items]
    assert ids.index(older.id) < ids.index(newer.id)
    assert procurement.b.activity.id not in ids
    html = client.get("/inkoop/beoordelen").get_data(as_text=True)
    assert "OUDER" in html and "NIEUWER" not in html  # only the oldest is opened
    assert procurement.b.contract.reference not in html
    # The oldest is opened for review on the queue page itself.
    assert "Eerst aan de beurt" in html
    assert f'action="/inkoop/beoordelen/{ids[0]}"' in html


def test_review_page_shows_valuation_working_and_evidence_inline(procurement, client, db, app):
    from app.formatting import money
    from app.services.sroi_bridge import valuation_for

    activity = procurement.a.activity
    pdf = _evidence(app, activity, PDF, "application/pdf", "loonstrook.pdf")
    png = _evidence(app, activity, PNG, "image/png", "contract.png")
    db.session.add_all([pdf, png])
    db.session.commit()
    html = client.get(f"/inkoop/beoordelen/{activity.id}").get_data(as_text=True)
    valuation = valuation_for(activity, date.today())
    assert money(valuation.value) in html
    assert valuation.formula in html
    assert f'src="/inkoop/bewijs/{pdf.id}/voorbeeld"' in html
    assert f'<img class="evidence-image" src="/inkoop/bewijs/{png.id}"' in html
    assert 'alt="Bewijsstuk contract.png"' in html


def test_evidence_is_served_inline_only_for_safe_types_and_only_in_scope(
    procurement, client, db, app
):
    activity = procurement.a.activity
    pdf = _evidence(app, activity, PDF, "application/pdf", "loonstrook.pdf")
    odd = _evidence(app, activity, b"<html><script>alert(1)</script>", "text/html", "x.html")
    other = _evidence(app, procurement.b.activity, PDF, "application/pdf", "b.pdf")
    db.session.add_all([pdf, odd, other])
    db.session.commit()
    response = _fetch(client, f"/inkoop/bewijs/{pdf.id}")
    assert response.status_code == 200
    assert response.data == PDF
    assert response.headers["Content-Type"] == "application/pdf"
    assert response.headers["Content-Disposition"].startswith("inline")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "SAMEORIGIN"
    assert "frame-ancestors 'self'" in response.headers["Content-Security-Policy"]
    download = _fetch(client, f"/inkoop/bewijs/{pdf.id}?download=1")
    assert download.headers["Content-Disposition"].startswith("attachment")
    response = _fetch(client, f"/inkoop/bewijs/{odd.id}")
    assert response.headers["Content-Disposition"].startswith("attachment")
    assert response.headers["Content-Type"] == "application/octet-stream"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert client.get(f"/inkoop/bewijs/{other.id}").status_code == 404
    assert client.get("/inkoop/bewijs/999999").status_code == 404
    reads = db.session.scalars(
        db.select(AuditEntry).where(AuditEntry.object_type == "EvidenceFile")
    ).all()
    assert len(reads) == 3


def test_accept_counts_towards_the_obligation_and_tells_the_supplier(procurement, client, db):
    activity = procurement.a.activity
    response = _decide(client, activity, "accept")
    assert response.status_code == 302
    db.session.refresh(activity)
    assert activity.state == "accepted"
    assert activity.reviewer_id == procurement.a.users["procurement"].id
    assert activity.reviewed_at is not None
    entry = db.session.scalars(
        db.select(AuditEntry).where(
            AuditEntry.object_type == "SroiActivity", AuditEntry.object_id == str(activity.id)
        )
    ).one()
    assert "goedgekeurd" in entry.detail
    mail = db.session.scalars(
        db.select(OutboxMail).where(OutboxMail.to == "employer.a@example.nl")
    ).one()
    assert "goedgekeurd" in mail.subject and procurement.a.contract.reference in mail.body
    from app.services.sroi_bridge import status_for

    assert status_for(procurement.a.contract, date(2026, 12, 31)).realized > 0


def test_reject_needs_a_reason_which_the_supplier_sees(procurement, client, db, auth):
    activity = procurement.a.activity
    html = _decide(client, activity, "reject", reason="   ").get_data(as_text=True)
    assert 'id="reason-error"' in html and "Schrijf op waarom u afkeurt" in html
    db.session.refresh(activity)
    assert activity.state == "submitted"
    assert (
        _decide(client, activity, "reject", reason="Geen loonstrook bijgevoegd.").status_code == 302
    )
    db.session.refresh(activity)
    assert activity.state == "rejected"
    assert activity.rejection_reason == "Geen loonstrook bijgevoegd."
    mail = db.session.scalars(
        db.select(OutboxMail).where(OutboxMail.to == "employer.a@example.nl")
    ).one()
    assert "Geen loonstrook bijgevoegd." in mail.body
    # The supplier sees the result in its own portal.
    auth.logout()
    auth.login("employer.a@example.nl")
    html = client.get(f"/werkgever/social-return/{procurement.a.contract.id}").get_data(
        as_text=True
    )
    assert "Afgewezen" in html or "afgekeurd" in html.lower()


@pytest.mark.parametrize(
    "data",
    [
        {"decision": "delete", "reason": "", "version": "1"},
        {"decision": "accept", "reason": "x" * 10_000, "version": "1"},
        {"decision": "accept", "reason": "", "version": "abc"},
        {"decision": "accept", "reason": "", "version": "99999999999999999999"},
        {"decision": "accept", "reason": ""},
    ],
)
def test_hostile_review_input_is_refused_without_change(procurement, client, db, data):
    activity = procurement.a.activity
    response = client.post(f"/inkoop/beoordelen/{activity.id}", data=data)
    assert response.status_code == 200
    assert 'class="error-summary"' in response.get_data(as_text=True)
    db.session.refresh(activity)
    assert activity.state == "submitted"


def test_another_authoritys_activity_is_404(procurement, client, db):
    assert client.get(f"/inkoop/beoordelen/{procurement.b.activity.id}").status_code == 404
    assert _decide(client, procurement.b.activity, "accept").status_code == 404
    db.session.refresh(procurement.b.activity)
    assert procurement.b.activity.state == "submitted"


def test_a_stale_form_cannot_overwrite_a_decision(procurement, client, db):
    activity = procurement.a.activity
    seen = activity.version
    assert (
        _decide(client, activity, "reject", reason="Onvolledig.", version=seen).status_code == 302
    )
    response = _decide(client, activity, "accept", version=seen)
    assert response.status_code == 302
    html = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "al afgekeurd" in html
    db.session.refresh(activity)
    assert activity.state == "rejected"
    assert (
        db.session.scalar(
            db.select(db.func.count(AuditEntry.id)).where(
                AuditEntry.object_type == "SroiActivity", AuditEntry.action == "update"
            )
        )
        == 1  # one decision (the review page's reads are audited too)
    )


def test_two_reviewers_in_two_sessions_end_with_one_decision(procurement, app, db):
    """Both load the activity before either decides; the second UPDATE changes no row."""
    from app.services.activity_review import ReviewConflict, decide

    activity_id = procurement.a.activity.id
    first_user = procurement.a.users["procurement"]
    from tests.factories import UserFactory

    second_user = UserFactory(
        email="inkoper2.a@example.nl", role="procurement", organisation=procurement.a.municipality
    )
    db.session.commit()
    first_id, second_id = first_user.id, second_user.id

    ctx1 = app.app_context()
    ctx1.push()
    from app.extensions import db as database
    from app.models import User

    session1 = database.session()
    one = session1.get(SroiActivity, activity_id)
    version1 = one.version
    ctx2 = app.app_context()
    ctx2.push()
    session2 = database.session()
    assert session2 is not session1
    two = session2.get(SroiActivity, activity_id)
    decide(
        two,
        "reject",
        "Bewijs ontbreekt.",
        session2.get(User, second_id),
        two.version,
        date(2026, 11, 1),
    )
    session2.commit()
    ctx2.pop()
    with pytest.raises(ReviewConflict) as caught:
        decide(one, "accept", "", session1.get(User, first_id), version1, date(2026, 11, 1))
    assert "al afgekeurd" in caught.value.message
    session1.rollback()
    ctx1.pop()

    db.session.expire_all()
    final = db.session.get(SroiActivity, activity_id)
    assert final.state == "rejected"
    assert final.reviewer_id == second_id
    assert final.version == version1 + 1
    audits = db.session.scalars(
        db.select(AuditEntry).where(AuditEntry.object_type == "SroiActivity")
    ).all()
    assert len(audits) == 1
    assert db.session.scalar(db.select(db.func.count(OutboxMail.id))) == 1


def test_two_reviewers_posting_at_the_same_moment_end_with_one_decision(procurement, app, db):
    """Two browsers (threads, separate sessions) press their button at once."""
    from tests.factories import UserFactory

    UserFactory(
        email="inkoper2.a@example.nl", role="procurement", organisation=procurement.a.municipality
    )
    db.session.commit()
    activity = procurement.a.activity
    version = activity.version
    barrier = threading.Barrier(2)
    results = []

    def press(email, decision):
        # Each reviewer logs in from its own thread: a fresh app context per request, as in a
        # threaded server (the test's own app context would otherwise share `g` between clients).
        browser = app.test_client()
        assert AuthActions(browser).login(email).status_code == 302
        barrier.wait()
        response = browser.post(
            f"/inkoop/beoordelen/{activity.id}",
            data={
                "decision": decision,
                "reason": "Niet volledig." if decision == "reject" else "",
                "version": str(version),
            },
        )
        results.append((decision, response.status_code, response.headers.get("Location", "")))

    threads = [
        threading.Thread(target=press, args=(email, decision))
        for email, decision in (
            ("procurement.a@example.nl", "accept"),
            ("inkoper2.a@example.nl", "reject"),
        )
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert len(results) == 2, results
    assert all(code == 302 for _d, code, _l in results)
    db.session.expire_all()
    final = db.session.get(SroiActivity, activity.id)
    assert final.state in ("accepted", "rejected")
    assert final.version == version + 1
    decisions = db.session.scalars(
        db.select(AuditEntry).where(AuditEntry.object_type == "SroiActivity")
    ).all()
    assert len(decisions) == 1
    assert db.session.scalar(db.select(db.func.count(OutboxMail.id))) == 1
    # The loser was sent back to the activity (with the message), the winner onwards.
    losers = [r for r in results if r[2].endswith(f"/inkoop/beoordelen/{activity.id}")]
    assert len(losers) == 1


def test_withdrawn_activity_cannot_be_decided(procurement, client, db):
    activity = procurement.a.activity
    seen = activity.version
    activity.state = "draft"
    db.session.commit()
    response = _decide(client, activity, "accept", version=seen)
    html = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "teruggetrokken" in html
    db.session.refresh(activity)
    assert activity.state == "draft"


def test_an_activity_the_engine_cannot_value_can_only_be_rejected(procurement, client, db):
    contract = procurement.a.contract
    bad = SroiActivity(
        contract=contract,
        block_code="onbekend",
        start_date=date(2026, 3, 1),
        state="submitted",
        submitted_at=datetime(2026, 3, 2, tzinfo=UTC),
    )
    db.session.add(bad)
    db.session.commit()
    html = _decide(client, bad, "accept").get_data(as_text=True)
    assert "kan niet worden gewaardeerd" in html
    db.session.refresh(bad)
    assert bad.state == "submitted"
    assert _decide(client, bad, "reject", reason="Onbekend bouwblok.").status_code == 302


def test_decision_moves_on_to_the_next_in_the_queue(procurement, client, db):
    contract = procurement.a.contract
    nxt = _submitted(db, contract, datetime(2026, 10, 1, tzinfo=UTC))
    db.session.commit()
    response = _decide(client, procurement.a.activity, "accept")
    assert response.headers["Location"].endswith(f"/inkoop/beoordelen/{nxt.id}")
    response = _decide(client, nxt, "accept")
    assert response.headers["Location"].endswith("/inkoop/beoordelen")


def test_evidence_missing_on_disk_or_with_a_strange_name_is_404(procurement, client, db, app):
    activity = procurement.a.activity
    gone = _evidence(app, activity, PNG, "image/png", "weg.png")
    odd = _evidence(app, activity, PNG, "image/png", "raar.png")
    db.session.add_all([gone, odd])
    db.session.flush()
    from pathlib import Path

    (Path(app.config["UPLOAD_FOLDER"]) / gone.stored_name).unlink()
    odd.stored_name = "../../etc/passwd"
    db.session.commit()
    assert client.get(f"/inkoop/bewijs/{gone.id}").status_code == 404
    assert client.get(f"/inkoop/bewijs/{odd.id}").status_code == 404


def test_a_suggested_other_block_is_named_by_its_label(procurement, client, db, monkeypatch):
    """The reviewer reads block names, never internal codes (issue 18, words for people)."""
    from app.services import activity_review

    activity = procurement.a.activity
    blocks = {b.code: b.label for b in activity.contract.catalogue.blocks}
    other = next(code for code in blocks if code != activity.block_code)
    monkeypatch.setattr(activity_review, "suggested_block", lambda a: other)
    html = client.get(f"/inkoop/beoordelen/{activity.id}").get_data(as_text=True)
    assert f"past bouwblok {blocks[other]} bij deze kandidaat" in html
    assert f"niet {blocks[activity.block_code]}." in html
    assert f"({activity.block_code})" not in html
    contract_page = client.get(f"/inkoop/contracten/{activity.contract_id}").get_data(as_text=True)
    assert f"({activity.block_code})" not in contract_page


def test_days_waiting_count_dutch_days(procurement, db):
    # submitted at 00:30 Dutch time on 3 December (23:30 UTC on the 2nd): on the 3rd it has
    # waited 0 days, not 1
    activity = _submitted(db, procurement.a.contract, datetime(2026, 12, 2, 23, 30, tzinfo=UTC))
    db.session.commit()
    from app.services.activity_review import item

    assert item(activity, date(2026, 12, 3)).waiting_days == 0
    assert item(activity, date(2026, 12, 4)).waiting_days == 1
