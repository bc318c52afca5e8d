"""`flask send-mail` delivers the outbox to a real SMTP server (aiosmtpd on 127.0.0.1).

What arrives is checked as a recipient would see it: sender name, subject, text and HTML, the
invitation link made only now; a second run sends nothing twice; a refused mail is retried with
a growing wait and then given up on; a server that is down costs each mail one try.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.models import Organisation, OutboxMail
from app.services import invitations, mail_delivery
from app.services.mail import send_mail
from tests.app.smtp_server import PASSWORD, USERNAME, SmtpServer, free_port


@pytest.fixture
def smtp():
    server = SmtpServer().start()
    yield server
    server.stop()


@pytest.fixture
def smtp_config(app, monkeypatch):
    """Point the app at a mail server: call with the port (and a login when needed)."""

    def configure(port: int, **extra):
        settings = {
            "SMTP_HOST": "127.0.0.1",
            "SMTP_PORT": str(port),
            "SMTP_SECURITY": "none",
            "SMTP_TIMEOUT": 5,
            "MAIL_FROM": "werkbrug@gemeente.example.nl",
            "MAIL_MAX_TRIES": 3,
            "MAIL_RETRY_MINUTES": 5,
            **extra,
        }
        for key, value in settings.items():
            monkeypatch.setitem(app.config, key, value)

    return configure


def _municipality(db, **kw):
    org = Organisation(kind="municipality", name="Gemeente Weststellingwerf", **kw)
    db.session.add(org)
    db.session.flush()
    return org


def _mails(db):
    db.session.expire_all()
    return db.session.scalars(db.select(OutboxMail).order_by(OutboxMail.id)).all()


def test_pending_mail_arrives_once_with_sender_name_text_html_and_link(
    db, runner, smtp, smtp_config
):
    org = _municipality(db, contact_email="werkgeversservicepunt@weststellingwerf.example.nl")
    token = invitations.invite("nieuw@bedrijf.example.nl", "Nieuwe Collega", org, None)
    send_mail(
        "jobhunter@example.nl",
        "Weekoverzicht social return: 1 achter op schema",
        "Eén contract loopt achter.\n\nBekijk het: https://werkbrug.example.nl/inkoop/contracten/1",
        organisation_id=org.id,
    )
    db.session.commit()
    smtp_config(smtp.port)

    result = runner.invoke(args=["send-mail"])

    assert result.exit_code == 0, result.output
    assert "2 verstuurd" in result.output
    assert len(smtp.received) == 2
    invitation, digest = sorted(smtp.received, key=lambda r: r.rcpt_tos[0])[::-1]
    message = invitation.message
    assert invitation.rcpt_tos == ["nieuw@bedrijf.example.nl"]
    assert invitation.mail_from == "werkbrug@gemeente.example.nl"
    assert message["From"].addresses[0].display_name == "Gemeente Weststellingwerf"
    assert message["From"].addresses[0].addr_spec == "werkbrug@gemeente.example.nl"
    assert message["Reply-To"] == "werkgeversservicepunt@weststellingwerf.example.nl"
    assert message["Subject"] == "Uitnodiging voor Werkbrug"
    assert message.get_content_type() == "multipart/alternative"
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    link = f"https://werkbrug.example.nl/uitnodiging/{token}"
    assert link in text
    assert f'<a href="{link}">' in html
    assert '<html lang="nl">' in html and "Beste Nieuwe Collega" in html
    assert "namens Gemeente Weststellingwerf" in text
    assert digest.message["Subject"] == "Weekoverzicht social return: 1 achter op schema"
    assert "Eén contract loopt achter." in digest.message.get_body(("plain",)).get_content()
    # The stored mail still holds no usable link; both are marked sent.
    mails = _mails(db)
    assert all(m.status == "sent" and m.sent_at is not None and m.tries == 0 for m in mails)
    assert token not in mails[0].body

    again = runner.invoke(args=["send-mail"])
    assert again.exit_code == 0, again.output
    assert "0 verstuurd" in again.output
    assert len(smtp.received) == 2


def test_refused_mail_is_retried_with_growing_wait_then_given_up(db, runner, smtp, smtp_config):
    org = _municipality(db)
    send_mail("weiger@example.nl", "Aan een onbekende", "Tekst", organisation_id=org.id)
    send_mail("goed@example.nl", "Aan een bekende", "Tekst", organisation_id=org.id)
    db.session.commit()
    smtp_config(smtp.port)

    before = datetime.now(UTC)
    assert runner.invoke(args=["send-mail"]).exit_code == 0
    refused, good = _mails(db)
    assert good.status == "sent"
    assert refused.status == "pending" and refused.tries == 1
    assert "550" in refused.last_error and "Onbekende ontvanger" in refused.last_error
    wait = refused.next_try_at.replace(tzinfo=UTC) - before
    assert timedelta(minutes=4) < wait < timedelta(minutes=6)

    # Not due yet: a run right away leaves it alone.
    runner.invoke(args=["send-mail"])
    assert _mails(db)[0].tries == 1

    refused.next_try_at = before - timedelta(minutes=1)
    db.session.commit()
    second = datetime.now(UTC)
    runner.invoke(args=["send-mail"])
    refused = _mails(db)[0]
    assert refused.tries == 2 and refused.status == "pending"
    wait = refused.next_try_at.replace(tzinfo=UTC) - second
    assert timedelta(minutes=9) < wait < timedelta(minutes=11)  # twice as long

    refused.next_try_at = None
    db.session.commit()
    result = runner.invoke(args=["send-mail"])
    assert "1 definitief mislukt" in result.output
    refused = _mails(db)[0]
    assert refused.status == "failed" and refused.tries == 3 and refused.next_try_at is None
    assert [r.rcpt_tos for r in smtp.received] == [["goed@example.nl"]]


def test_server_down_costs_each_mail_one_try_and_nothing_is_lost(db, runner, smtp_config):
    org = _municipality(db)
    for n in range(3):
        send_mail(f"iemand{n}@example.nl", f"Bericht {n}", "Tekst", organisation_id=org.id)
    db.session.commit()
    smtp_config(free_port())

    result = runner.invoke(args=["send-mail"])

    assert result.exit_code == 0, result.output
    assert "0 verstuurd, 3 later opnieuw" in result.output
    for mail in _mails(db):
        assert mail.status == "pending" and mail.tries == 1
        assert mail.last_error.startswith("Mailserver niet bereikbaar")
        assert mail.next_try_at is not None


def test_server_back_up_delivers_what_waited(db, runner, smtp, smtp_config):
    org = _municipality(db)
    send_mail("iemand@example.nl", "Bericht", "Tekst", organisation_id=org.id)
    db.session.commit()
    smtp_config(free_port())
    runner.invoke(args=["send-mail"])
    mail = _mails(db)[0]
    mail.next_try_at = datetime.now(UTC) - timedelta(seconds=1)
    db.session.commit()
    smtp_config(smtp.port)
    runner.invoke(args=["send-mail"])
    mail = _mails(db)[0]
    assert mail.status == "sent" and mail.last_error == ""
    assert len(smtp.received) == 1


# aiosmtpd warns (in its server thread) that a login without TLS is unsafe: true, and fine on
# the loopback interface of a test.
@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_login_to_the_mail_server(db, runner, smtp_config):
    server = SmtpServer(require_login=True).start()
    try:
        send_mail("iemand@example.nl", "Bericht", "Tekst")
        db.session.commit()
        smtp_config(server.port, SMTP_USERNAME=USERNAME, SMTP_PASSWORD="fout")  # noqa: S106
        runner.invoke(args=["send-mail"])
        mail = _mails(db)[0]
        assert mail.status == "pending" and "535" in mail.last_error
        mail.next_try_at = None
        db.session.commit()
        smtp_config(server.port, SMTP_USERNAME=USERNAME, SMTP_PASSWORD=PASSWORD)
        runner.invoke(args=["send-mail"])
        assert _mails(db)[0].status == "sent"
        # A mail not from an organisation goes out under the name in MAIL_FROM, or Werkbrug.
        assert server.received[0].message["From"] == "Werkbrug <werkbrug@gemeente.example.nl>"
    finally:
        server.stop()


def test_without_smtp_host_mail_stays_in_the_outbox(db, runner, app, monkeypatch):
    monkeypatch.setitem(app.config, "SMTP_HOST", "")
    send_mail("iemand@example.nl", "Bericht", "Tekst")
    db.session.commit()
    result = runner.invoke(args=["send-mail"])
    assert result.exit_code == 0
    assert "Geen SMTP_HOST ingesteld" in result.output and "1 bericht(en)" in result.output
    mail = _mails(db)[0]
    assert mail.status == "pending" and mail.tries == 0 and mail.sent_at is None


def test_bad_settings_fail_the_run_with_a_dutch_message(db, runner, smtp_config):
    smtp_config(25, MAIL_FROM="")
    result = runner.invoke(args=["send-mail"])
    assert result.exit_code == 1
    assert "MAIL_FROM ontbreekt" in result.output
    with pytest.raises(mail_delivery.MailSettingsError, match="SMTP_SECURITY"):
        mail_delivery.SmtpSettings.from_config(
            {"SMTP_HOST": "x", "SMTP_SECURITY": "ssl", "MAIL_FROM": "a@b.nl"}
        )


def test_wait_doubles_and_is_capped():
    policy = mail_delivery.RetryPolicy(max_tries=20, first_delay=timedelta(minutes=5))
    now = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
    waits = [policy.next_try(n, now) - now for n in (1, 2, 3, 4)]
    assert waits == [timedelta(minutes=m) for m in (5, 10, 20, 40)]
    assert policy.next_try(15, now) - now == timedelta(days=2)


def test_html_version_escapes_the_text():
    html = mail_delivery.html_body("Naam: <script>alert(1)</script> & co", "Gemeente A")
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp; co" in html
