"""The audit log: append-only from the application, searchable by admins, and complete."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import delete, update

from app.models import AuditEntry
from app.services.audit import AuditLogIsAppendOnly


def _entry(db, **values):
    defaults = {
        "action": "read",
        "object_type": "Client",
        "object_id": "1",
        "user_email": "jobhunter.a@example.nl",
    }
    defaults.update(values)
    entry = AuditEntry(**defaults)
    db.session.add(entry)
    db.session.commit()
    return entry


def test_entries_cannot_be_changed(db):
    entry = _entry(db)
    entry.detail = "weggepoetst"
    with pytest.raises(AuditLogIsAppendOnly):
        db.session.commit()
    db.session.rollback()
    assert db.session.get(AuditEntry, entry.id).detail == ""


def test_entries_cannot_be_deleted(db):
    entry = _entry(db)
    db.session.delete(entry)
    with pytest.raises(AuditLogIsAppendOnly):
        db.session.flush()
    db.session.rollback()
    assert db.session.get(AuditEntry, entry.id) is not None


def test_bulk_update_and_delete_are_refused(db):
    _entry(db)
    with pytest.raises(AuditLogIsAppendOnly):
        db.session.execute(update(AuditEntry).values(detail="x"))
    with pytest.raises(AuditLogIsAppendOnly):
        db.session.execute(delete(AuditEntry))
    db.session.rollback()
    assert len(db.session.scalars(db.select(AuditEntry)).all()) == 1


def test_adding_entries_still_works_next_to_other_changes(world, db):
    client = world.a.client
    client.experience = "Tien jaar magazijn."
    _entry(db, action="update", object_id=str(client.id))
    assert db.session.scalars(db.select(AuditEntry)).all()


# --- the admin page ------------------------------------------------------------------------


@pytest.fixture
def logged(world, db):
    now = datetime.now(UTC)
    _entry(
        db,
        action="read",
        object_type="Client",
        object_id=str(world.a.client.id),
        user_email="jobhunter.a@example.nl",
        at=now,
    )
    _entry(
        db,
        action="update",
        object_type="Contract",
        object_id=str(world.a.contract.id),
        user_email="procurement.a@example.nl",
        at=now - timedelta(days=40),
    )
    _entry(
        db,
        action="export",
        object_type="Client",
        object_id=str(world.a.client.id),
        user_email="jobhunter.b@example.nl",
        at=now - timedelta(days=2),
    )
    return now


def test_admin_searches_by_user_object_action_and_date(logged, world, client, auth):
    auth.login("admin.a@example.nl")
    html = client.get("/beheer/auditlog").get_data(as_text=True)
    assert "procurement.a@example.nl" in html and "jobhunter.b@example.nl" in html
    html = client.get("/beheer/auditlog", query_string={"who": "JOBHUNTER"}).get_data(as_text=True)
    assert "procurement.a@example.nl" not in html and "jobhunter.b@example.nl" in html
    html = client.get(
        "/beheer/auditlog",
        query_string={
            "object_type": "Client",
            "object_id": str(world.a.client.id),
            "action": "export",
        },
    ).get_data(as_text=True)
    assert "1 regel gevonden" in html and "jobhunter.b@example.nl" in html
    start = (logged - timedelta(days=50)).date()
    end = (logged - timedelta(days=30)).date()
    html = client.get(
        "/beheer/auditlog",
        query_string={"date_from": start.strftime("%d-%m-%Y"), "date_to": end.isoformat()},
    ).get_data(as_text=True)
    assert "procurement.a@example.nl" in html and "jobhunter.b@example.nl" not in html


def test_bad_search_values_get_dutch_messages(logged, client, auth):
    auth.login("admin.a@example.nl")
    response = client.get(
        "/beheer/auditlog",
        query_string={"date_from": "gisteren", "date_to": "2026-01-01", "action": "<script>"},
    )
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "Vul een datum in zoals 22-11-2026." in html
    assert "<script>" not in html
    reversed_range = client.get(
        "/beheer/auditlog", query_string={"date_from": "2026-02-01", "date_to": "2026-01-01"}
    ).get_data(as_text=True)
    assert "De einddatum ligt vóór de begindatum." in reversed_range


def test_paging(world, db, client, auth):
    for n in range(120):
        db.session.add(
            AuditEntry(
                action="read",
                object_type="Client",
                object_id=str(n),
                user_email="jobhunter.a@example.nl",
            )
        )
    db.session.commit()
    auth.login("admin.a@example.nl")
    first = client.get("/beheer/auditlog").get_data(as_text=True)
    assert "Pagina 1 van 3" in first
    last = client.get("/beheer/auditlog", query_string={"pagina": 3}).get_data(as_text=True)
    assert "Pagina 3 van 3" in last
    assert client.get("/beheer/auditlog", query_string={"pagina": 999}).status_code == 200


@pytest.mark.parametrize("role", ["jobhunter", "procurement", "employer"])
def test_only_admins_see_the_audit_log(world, client, auth, role):
    auth.login(f"{role}.a@example.nl")
    assert client.get("/beheer/auditlog").status_code == 403


def test_searching_the_log_is_not_itself_a_change(logged, db, client, auth):
    auth.login("admin.a@example.nl")
    before = db.session.scalar(db.select(db.func.count(AuditEntry.id)))
    client.get("/beheer/auditlog")
    assert db.session.scalar(db.select(db.func.count(AuditEntry.id))) == before


def test_day_boundaries_are_dutch_time(db, app):
    from app.services import audit

    # 23:30 UTC on 31 December is 00:30 on 1 January in the Netherlands.
    _entry(db, at=datetime(2025, 12, 31, 23, 30, tzinfo=UTC))
    rows = db.session.scalars(
        audit.search(date_from=date(2026, 1, 1), date_to=date(2026, 1, 1))
    ).all()
    assert len(rows) == 1
    assert db.session.scalars(audit.search(date_to=date(2025, 12, 31))).all() == []


# --- completeness: staff reads and changes of client data ----------------------------------


def test_client_change_is_audited(world, db, client, auth):
    auth.login("jobhunter.a@example.nl")
    c = world.a.client
    page = client.get(f"/jobhunter/werkzoekenden/{c.id}/bewerken")
    assert page.status_code == 200
    reads = db.session.scalars(
        db.select(AuditEntry).where(AuditEntry.action == "read", AuditEntry.object_type == "Client")
    ).all()
    assert reads and reads[-1].detail == "bewerkformulier"


def test_list_pages_record_which_clients_were_shown(world, db, client, auth):
    auth.login("jobhunter.a@example.nl")
    client.get("/jobhunter/werkzoekenden")
    entry = db.session.scalars(
        db.select(AuditEntry).where(
            AuditEntry.action == "read", AuditEntry.detail.startswith("lijst werkzoekenden")
        )
    ).one()
    assert str(world.a.client.id) in entry.detail and str(world.b.client.id) not in entry.detail
    assert entry.user_email == "jobhunter.a@example.nl"


def test_export_and_anonymisation_are_searchable(world, db, client, auth):
    auth.login("jobhunter.a@example.nl")
    client.get(f"/jobhunter/werkzoekenden/{world.a.client.id}/inzage.json")
    auth.logout()
    auth.login("admin.a@example.nl")
    html = client.get(
        "/beheer/auditlog", query_string={"action": "export", "object_type": "Client"}
    ).get_data(as_text=True)
    assert "1 regel gevonden" in html and "inzage als JSON" in html


# --- the one exception: retention's redaction ------------------------------------------------


def test_redaction_blanks_only_the_details_it_names_and_is_itself_audited(world, db):
    from app.services import audit

    named = _entry(db, object_id=str(world.a.client.id), detail="einde: burn-out")
    other = _entry(db, object_id=str(world.a.client.id), detail="werkgever: invited")
    assert audit.redact([named], client_id=world.a.client.id, why="test") == 1
    db.session.commit()
    db.session.expire_all()
    assert db.session.get(AuditEntry, named.id).detail == audit.REDACTED
    assert db.session.get(AuditEntry, named.id).user_email == "jobhunter.a@example.nl"
    assert db.session.get(AuditEntry, other.id).detail == "werkgever: invited"
    record = db.session.scalars(db.select(AuditEntry).where(AuditEntry.action == "redact")).one()
    assert str(named.id) in record.detail and [s.client_id for s in record.subjects] == [
        world.a.client.id
    ]
    # A redacted entry cannot be changed again, and nothing else may change alongside it.
    entry = db.session.get(AuditEntry, named.id)
    entry.detail = "iets anders"
    with pytest.raises(AuditLogIsAppendOnly):
        db.session.commit()
    db.session.rollback()
    third = _entry(db, detail="nog een")
    db.session.get(AuditEntry, other.id).detail = "stiekem"
    with pytest.raises(AuditLogIsAppendOnly):
        audit.redact([third], client_id=world.a.client.id, why="test")
    db.session.rollback()
    assert db.session.get(AuditEntry, other.id).detail == "werkgever: invited"


def test_subjects_cannot_be_changed_or_deleted(world, db):
    from app.models import AuditSubject
    from app.services import audit

    audit.commit_read(world.a.client, detail="klantpagina")
    subject = db.session.scalars(db.select(AuditSubject)).one()
    subject.client_id = world.b.client.id
    with pytest.raises(AuditLogIsAppendOnly):
        db.session.commit()
    db.session.rollback()
    with pytest.raises(AuditLogIsAppendOnly):
        db.session.execute(delete(AuditSubject))
    db.session.rollback()
