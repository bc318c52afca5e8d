"""The beheerder uploads a newer reference file (a report first, stored only on confirmation),
sees the periodic jobs and undelivered mail, and puts a failed mail back in the queue."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest

from app.models import AuditEntry, JobRun, OutboxMail, PostcodeArea

POSTCODES = (
    "pc4,place,latitude,longitude\n"
    "8471,Wolvega,52.8761,5.9953\n"
    "84X1,Fout,52.0,5.0\n"
    "8472,Wolvega,52.88,5.98\n"
    "9999,Buitenland,40.0,5.0\n"
)


@pytest.fixture
def admin(world, client, auth):
    auth.login("admin.a@example.nl")
    return world.a.users["admin"]


def _upload(client, text: str, name="pc4.csv", kind="postcodes"):
    return client.post(
        "/beheer/referentiedata",
        data={"kind": kind, "upload": (io.BytesIO(text.encode()), name)},
        content_type="multipart/form-data",
    )


def test_upload_shows_the_report_and_imports_only_when_confirmed(admin, db, client):
    preview = _upload(client, POSTCODES)
    assert preview.status_code == 200
    html = preview.get_data(as_text=True)
    assert "Controle van pc4.csv" in html
    assert "2 regels zijn goed." in html and "2 regels worden overgeslagen" in html
    assert db.session.scalar(db.select(db.func.count(PostcodeArea.pc4))) == 0

    done = client.post("/beheer/referentiedata/inlezen")
    assert done.status_code == 302
    assert db.session.scalar(db.select(db.func.count(PostcodeArea.pc4))) == 2
    page = client.get("/beheer/referentiedata").get_data(as_text=True)
    assert "pc4.csv is ingelezen: 2 toegevoegd, 0 bijgewerkt, 2 regels overgeslagen" in page
    assert db.session.scalars(
        db.select(AuditEntry).where(AuditEntry.object_type == "Referentiedata")
    ).one()
    # The file is used once: confirming again finds nothing waiting.
    again = client.post("/beheer/referentiedata/inlezen", follow_redirects=True)
    assert "Er staat geen bestand klaar" in again.get_data(as_text=True)


def test_upload_can_be_cancelled(admin, db, client):
    _upload(client, POSTCODES)
    client.post("/beheer/referentiedata/inlezen", data={"annuleren": "1"})
    assert db.session.scalar(db.select(db.func.count(PostcodeArea.pc4))) == 0


@pytest.mark.parametrize(
    ("text", "name", "message"),
    [
        ("pc4,place\n8471,Wolvega\n", "pc4.csv", "kolommen"),
        ("\x00\x01binary", "pc4.csv", "geen tekstbestand"),
        (POSTCODES, "pc4.xlsx", "Alleen een CSV- of TXT-bestand."),
    ],
)
def test_bad_files_get_a_dutch_message(admin, app, db, client, text, name, message):
    response = _upload(client, text, name)
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert message in html
    assert app.config["UPLOAD_FOLDER"] not in html  # no server paths
    assert db.session.scalar(db.select(db.func.count(PostcodeArea.pc4))) == 0


def test_no_file_or_kind(admin, client):
    html = client.post("/beheer/referentiedata", data={"kind": ""}).get_data(as_text=True)
    assert "Kies een bestand." in html and "Kies wat voor bestand het is." in html


def test_jobs_page_shows_last_runs_failures_and_undelivered_mail(admin, world, db, client):
    now = datetime.now(UTC)
    db.session.add_all(
        [
            JobRun(
                job="send-mail",
                started_at=now,
                finished_at=now,
                outcome="ok",
                summary="3 verstuurd, 0 later opnieuw, 0 definitief mislukt",
            ),
            JobRun(
                job="retention-run",
                started_at=now,
                outcome="failed",
                error="OperationalError: database is weg",
            ),
            OutboxMail(
                to="weg@example.nl",
                subject="Geheim onderwerp",
                body="Tekst",
                organisation_id=world.b.municipality.id,
                status="failed",
                tries=10,
                last_error="Geweigerd door de mailserver: 550 Onbekende ontvanger",
            ),
        ]
    )
    db.session.commit()
    html = client.get("/beheer/taken").get_data(as_text=True)
    assert "3 verstuurd" in html
    assert "OperationalError: database is weg" in html
    assert "Weekoverzicht social return mailen" in html and "nog nooit gedraaid" in html
    assert "weg@example.nl" in html and "550 Onbekende ontvanger" in html
    assert "Geheim onderwerp" not in html  # another organisation's mail: no subject shown
    home = client.get("/beheer/").get_data(as_text=True)
    assert "is mislukt" in home and "kon niet worden bezorgd" in home


def test_a_failed_mail_is_tried_again(admin, db, client):
    mail = OutboxMail(to="weg@example.nl", subject="S", body="B", status="failed", tries=10)
    db.session.add(mail)
    db.session.commit()
    assert client.post(f"/beheer/taken/mail/{mail.id}/opnieuw").status_code == 302
    db.session.refresh(mail)
    assert (mail.status, mail.tries, mail.next_try_at) == ("pending", 0, None)
    assert db.session.scalars(
        db.select(AuditEntry).where(AuditEntry.detail.contains("opnieuw versturen"))
    ).one()
