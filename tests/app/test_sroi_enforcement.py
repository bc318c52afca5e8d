"""Enforcement of SROI under-use (issue 18): reminder → ingebrekestelling with a deadline →
the supplier's recovery plan → decision (extension, buy-out, penalty with the engine's
amount); every step dated, audited, with a Dutch PDF letter and its deadline on the dashboard."""

import io
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from app.formatting import ddmmyyyy, money
from app.models import AuditEntry, EnforcementStep, OutboxMail
from app.services import sroi_enforcement
from app.services.sroi_bridge import status_for

TODAY = date.today()


@pytest.fixture
def procurement(world, auth):
    auth.login("procurement.a@example.nl")
    return world


def _url(contract) -> str:
    return f"/inkoop/contracten/{contract.id}/handhaving"


def _post(client, contract, **data):
    form = {"on_date": ddmmyyyy(TODAY), "note": ""}
    form.update({k: v for k, v in data.items() if v is not None})
    return client.post(_url(contract), data=form)


def _pdf_text(data: bytes) -> str:
    """The letter's text with line breaks as spaces (the PDF wraps lines anywhere)."""
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return " ".join(text.split())


def _steps(db, contract):
    return db.session.scalars(
        db.select(EnforcementStep)
        .where(EnforcementStep.contract_id == contract.id)
        .order_by(EnforcementStep.id)
    ).all()


def test_the_whole_workflow_from_reminder_to_penalty(procurement, client, db):
    contract = procurement.a.contract  # € 1.200.000 × 5 %, nothing accepted: behind
    page = client.get(_url(contract)).get_data(as_text=True)
    assert "Handhaving bij onderbenutting" in page
    assert '<option selected value="reminder">Herinnering</option>' in page

    # A decision cannot come first.
    response = _post(client, contract, kind="decision", decision="penalty")
    assert response.status_code == 200
    assert not _steps(db, contract)

    # 1. Reminder with a deadline: dated, audited, on the dashboard.
    deadline = TODAY + timedelta(days=14)
    response = _post(client, contract, kind="reminder", deadline=ddmmyyyy(deadline))
    assert response.status_code == 302
    (reminder,) = _steps(db, contract)
    assert reminder.kind == "reminder" and reminder.on_date == TODAY
    assert reminder.deadline == deadline
    status = status_for(contract, TODAY)
    assert reminder.shortfall == status.expected - status.realized
    assert db.session.scalar(
        db.select(AuditEntry).where(
            AuditEntry.object_type == "EnforcementStep", AuditEntry.object_id == str(reminder.id)
        )
    )
    home = client.get("/inkoop/").get_data(as_text=True)
    assert "Termijnen van de handhaving" in home
    assert ddmmyyyy(deadline) in home and contract.reference in home
    assert "reactie van de leverancier" in home
    assert "nog 14 dagen" in home

    # 2. The notice needs a deadline after its date; the form keeps what was typed.
    response = _post(client, contract, kind="notice", note="Tweede keer gevraagd")
    page = response.get_data(as_text=True)
    assert "Vul de termijn in" in page and "Tweede keer gevraagd" in page
    response = _post(
        client, contract, kind="notice", deadline=ddmmyyyy(TODAY), note="Tweede keer gevraagd"
    )
    assert "De termijn moet na de datum van de stap liggen." in response.get_data(as_text=True)
    notice_deadline = TODAY + timedelta(days=28)
    assert (
        _post(client, contract, kind="notice", deadline=ddmmyyyy(notice_deadline)).status_code
        == 302
    )
    home = client.get("/inkoop/").get_data(as_text=True)
    assert ddmmyyyy(notice_deadline) in home and "herstelplan van de leverancier" in home
    assert ddmmyyyy(deadline) not in home  # the reminder's deadline is answered by the notice

    # 3. Before the notice's deadline has passed a decision needs the recovery plan first.
    response = _post(client, contract, kind="decision", decision="penalty")
    assert "De volgende stap is: herstelplan van de leverancier" in response.get_data(as_text=True)
    response = _post(client, contract, kind="recovery")
    assert "Beschrijf het herstelplan" in response.get_data(as_text=True)
    assert (
        _post(client, contract, kind="recovery", note="Twee BBL-leerlingen per 1 maart").status_code
        == 302
    )

    # 4. The decision: the penalty is the engine's amount as if the contract had ended.
    response = _post(client, contract, kind="decision", decision="penalty")
    assert response.status_code == 302
    decision = _steps(db, contract)[-1]
    final = status_for(contract, contract.end_date + timedelta(days=1))
    assert decision.amount == final.penalty == final.shortfall  # 100 % of the shortfall
    assert decision.amount > 0
    assert sroi_enforcement.next_kinds(contract, TODAY) == []
    page = client.get(_url(contract)).get_data(as_text=True)
    assert "De handhaving is afgerond met het besluit boete" in page
    assert "Er lopen geen termijnen." in client.get("/inkoop/").get_data(as_text=True)

    # Every step has its letter; the decision's names the amount and the authority.
    response = client.get(f"{_url(contract)}/{decision.id}/brief")
    assert response.status_code == 200 and response.data.startswith(b"%PDF")
    assert response.headers["Content-Disposition"].startswith("attachment;")
    text = _pdf_text(response.data)
    assert "Gemeente A" in text and contract.supplier.name in text
    assert contract.reference in text
    assert money(decision.amount) in text
    assert "Wij leggen u de boete uit het contract op" in text
    assert "bezwaar" in text
    exports = db.session.scalars(db.select(AuditEntry).where(AuditEntry.action == "export")).all()
    assert any("Besluit (boete)" in e.detail for e in exports)


def test_the_notice_letter_names_the_deadline_and_the_penalty(procurement, client, db):
    contract = procurement.a.contract
    user = procurement.a.users["procurement"]
    sroi_enforcement.record_step(
        contract, "reminder", user, TODAY, deadline=TODAY + timedelta(days=14)
    )
    notice = sroi_enforcement.record_step(
        contract, "notice", user, TODAY + timedelta(days=15), deadline=TODAY + timedelta(days=43)
    )
    db.session.commit()
    text = _pdf_text(client.get(f"{_url(contract)}/{notice.id}/brief").data)
    assert "Ingebrekestelling social return" in text
    assert "formeel in gebreke" in text
    assert f"uiterlijk {ddmmyyyy(TODAY + timedelta(days=43))}" in text
    assert money(notice.shortfall) in text
    assert "100 % van het tekort" in text
    assert procurement.a.users["procurement"].name in text  # who signs


def test_a_decision_may_follow_the_notice_once_its_deadline_passed(procurement, db):
    contract = procurement.a.contract
    user = procurement.a.users["procurement"]
    sroi_enforcement.record_step(contract, "reminder", user, TODAY, deadline=TODAY + timedelta(1))
    sroi_enforcement.record_step(
        contract, "notice", user, TODAY + timedelta(2), deadline=TODAY + timedelta(30)
    )
    assert sroi_enforcement.next_kinds(contract, TODAY + timedelta(30)) == ["recovery"]
    assert sroi_enforcement.next_kinds(contract, TODAY + timedelta(31)) == [
        "recovery",
        "decision",
    ]
    step = sroi_enforcement.record_step(
        contract, "decision", user, TODAY + timedelta(31), decision="buyout"
    )
    assert step.amount == step.shortfall > 0  # a buy-out pays the shortfall


def test_an_extension_moves_the_end_date_and_opens_a_new_round(procurement, client, db):
    contract = procurement.a.contract
    user = procurement.a.users["procurement"]
    old_end = contract.end_date
    sroi_enforcement.record_step(contract, "reminder", user, TODAY, deadline=TODAY + timedelta(1))
    sroi_enforcement.record_step(contract, "notice", user, TODAY, deadline=TODAY + timedelta(9))
    sroi_enforcement.record_step(contract, "recovery", user, TODAY, note="Extra leerwerkplekken")
    db.session.commit()
    response = _post(client, contract, kind="decision", decision="extension")
    assert "Vul de nieuwe einddatum" in response.get_data(as_text=True)
    response = _post(
        client, contract, kind="decision", decision="extension", new_end_date=ddmmyyyy(old_end)
    )
    assert "De nieuwe einddatum moet na" in response.get_data(as_text=True)
    new_end = old_end + timedelta(days=180)
    response = _post(
        client, contract, kind="decision", decision="extension", new_end_date=ddmmyyyy(new_end)
    )
    assert response.status_code == 302
    db.session.refresh(contract)
    assert contract.end_date == new_end
    assert (
        "verlenging"
        in db.session.scalars(
            db.select(AuditEntry.detail).where(
                AuditEntry.object_type == "Contract", AuditEntry.object_id == str(contract.id)
            )
        ).all()[-1]
    )
    assert sroi_enforcement.next_kinds(contract, TODAY) == ["reminder"]  # still behind
    step = _steps(db, contract)[-1]
    text = _pdf_text(client.get(f"{_url(contract)}/{step.id}/brief").data)
    assert f"te verlengen tot en met {ddmmyyyy(new_end)}" in text


def test_no_enforcement_for_a_contract_on_track(procurement, client, db):
    contract = procurement.a.contract
    contract.sroi_percentage = contract.sroi_percentage / 100000  # a tiny obligation
    for activity in contract.activities:
        activity.state = "accepted"
    db.session.commit()
    assert status_for(contract, TODAY).state in ("on_track", "fulfilled")
    page = client.get(_url(contract)).get_data(as_text=True)
    assert "er is geen handhaving nodig" in page
    assert _post(client, contract, kind="reminder", deadline="1-1-2030").status_code == 200
    assert not _steps(db, contract)


def test_another_authoritys_letters_are_404(procurement, client, db):
    other = procurement.b.contract
    step = sroi_enforcement.record_step(
        other, "reminder", procurement.b.users["procurement"], TODAY, deadline=TODAY + timedelta(3)
    )
    db.session.commit()
    assert client.get(f"{_url(other)}/{step.id}/brief").status_code == 404
    # The step of B asked through A's contract is a 404 too.
    own = procurement.a.contract
    assert client.get(f"{_url(own)}/{step.id}/brief").status_code == 404


def test_the_daily_job_mails_deadlines_three_days_ahead_and_on_the_day(world, runner, db):
    contract = world.a.contract
    contract.responsible_user = world.a.users["procurement"]
    step = sroi_enforcement.record_step(
        contract, "reminder", world.a.users["procurement"], TODAY, deadline=TODAY + timedelta(7)
    )
    db.session.commit()
    for day, expected in ((TODAY + timedelta(3), 0), (TODAY + timedelta(4), 1), (step.deadline, 2)):
        result = runner.invoke(args=["sroi-deadlines", "--today", day.isoformat(), "--force"])
        assert result.exit_code == 0, result.output
        mails = db.session.scalars(
            db.select(OutboxMail).where(OutboxMail.subject.like("Termijn%"))
        ).all()
        assert len(mails) == expected
    assert "vandaag" in mails[-1].subject
    assert "procurement.a@example.nl" == mails[-1].to
    assert ddmmyyyy(step.deadline) in mails[-1].body
