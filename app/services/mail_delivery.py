"""Delivering the outbox by SMTP (`flask send-mail`, a periodic job).

Requests never talk to a mail server: they put mail in the outbox (`app.services.mail`), so a
slow or broken mail server cannot hold up a page and nothing is lost. The job takes every
pending mail that is due, builds the message as it goes out (`mail.delivered`: links filled in
only now, never stored), and hands it to the SMTP server:

- **sent**: `status` "sent", `sent_at` set;
- **not accepted** (refused, server down, time-out): `tries` + 1, `last_error` says why, and the
  next try waits `first_delay × 2^(tries-1)` (5, 10, 20, 40 … minutes); after `max_tries` tries
  the mail is "failed" and shows on the admin page *Periodieke taken*, where a beheerder can
  have it tried again.

When the server cannot be reached at all, the due mails each get the same error and a try
counted, without trying to connect again for each one.

Each mail's new state is committed as soon as the server answered, so a second run (or a
second server, which the job lock in `app.services.jobs` keeps out anyway) never sends it
again. A mail the server accepted but whose state could not be committed would be sent again:
delivery is at least once.

The message is multipart: the plain text and a simple HTML version of the same text, in Dutch,
from the organisation's name (`"Gemeente Weststellingwerf" <MAIL_FROM>`), with the
organisation's contact address as Reply-To when it has one. Only the standard library is used
(`smtplib`, `email`): it covers plain SMTP, STARTTLS, implicit TLS and login, and a mail library
would add a dependency without adding anything this job needs.

This module reads no Flask configuration: `SmtpSettings.from_config` turns the app's settings
into arguments for `deliver_due`.
"""

from __future__ import annotations

import html
import re
import smtplib
import ssl
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid, parseaddr

from app.extensions import db
from app.models import Organisation, OutboxMail
from app.services.mail import Delivery, delivered

SECURITY_MODES = ("none", "starttls", "tls")
DEFAULT_SENDER_NAME = "Werkbrug"


class MailSettingsError(ValueError):
    """The SMTP settings cannot be used (Dutch message)."""


@dataclass(frozen=True)
class SmtpSettings:
    """Where and how to deliver, from SMTP_* and MAIL_FROM (see `.env.example`)."""

    host: str
    port: int
    username: str = ""
    password: str = ""
    security: str = "starttls"
    mail_from: str = "werkbrug@localhost"
    timeout: float = 30.0

    @classmethod
    def from_config(cls, config: Mapping) -> SmtpSettings | None:
        """The settings from a config mapping, or None when SMTP_HOST is empty (development:
        mail stays in the outbox)."""
        host = (config.get("SMTP_HOST") or "").strip()
        if not host:
            return None
        security = (config.get("SMTP_SECURITY") or "starttls").strip().lower()
        if security not in SECURITY_MODES:
            raise MailSettingsError(
                f"SMTP_SECURITY moet 'none', 'starttls' of 'tls' zijn, niet {security!r}."
            )
        default_port = {"none": 25, "starttls": 587, "tls": 465}[security]
        mail_from = (config.get("MAIL_FROM") or "").strip()
        if "@" not in parseaddr(mail_from)[1]:
            raise MailSettingsError(
                "MAIL_FROM ontbreekt of is geen e-mailadres; zet bijvoorbeeld "
                "MAIL_FROM=werkbrug@gemeente.nl."
            )
        return cls(
            host=host,
            port=int(config.get("SMTP_PORT") or default_port),
            username=config.get("SMTP_USERNAME") or "",
            password=config.get("SMTP_PASSWORD") or "",
            security=security,
            mail_from=mail_from,
            timeout=float(config.get("SMTP_TIMEOUT") or 30),
        )

    @property
    def from_address(self) -> str:
        return parseaddr(self.mail_from)[1]

    @property
    def default_name(self) -> str:
        return parseaddr(self.mail_from)[0] or DEFAULT_SENDER_NAME


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to keep trying a mail the server did not accept."""

    max_tries: int = 10
    first_delay: timedelta = timedelta(minutes=5)

    def next_try(self, tries: int, now: datetime) -> datetime:
        """When to try again after `tries` failed tries (5, 10, 20 … minutes, at most 2 days)."""
        delay = self.first_delay * (2 ** max(tries - 1, 0))
        return now + min(delay, timedelta(days=2))


@dataclass
class DeliveryReport:
    """What one run did."""

    sent: int = 0
    retrying: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.sent} verstuurd, {self.retrying} later opnieuw, "
            f"{self.failed} definitief mislukt"
        )


# --------------------------------------------------------------------------- the message

_URL = re.compile(r"https?://[^\s<>\"]+")


def html_body(text: str, sender_name: str) -> str:
    """A simple Dutch HTML version of a plain-text mail: paragraphs, line breaks, links."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", text.strip()):
        escaped = html.escape(block)
        linked = _URL.sub(lambda m: f'<a href="{m.group(0)}">{m.group(0)}</a>', escaped)
        paragraphs.append("<p>" + linked.replace("\n", "<br>\n") + "</p>")
    footer = html.escape(
        f"Dit bericht is automatisch verstuurd door Werkbrug namens {sender_name}."
    )
    return (
        '<!DOCTYPE html>\n<html lang="nl">\n<head><meta charset="utf-8"></head>\n'
        '<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; '
        'color: #1a1a1a; max-width: 40em;">\n'
        + "\n".join(paragraphs)
        + f'\n<p style="color: #555; font-size: 14px;">{footer}</p>\n</body>\n</html>\n'
    )


def build_message(
    delivery: Delivery,
    settings: SmtpSettings,
    sender_name: str,
    reply_to: str = "",
    now: datetime | None = None,
) -> EmailMessage:
    """The e-mail as it goes out: text and HTML, from the organisation's name."""
    message = EmailMessage()
    message["From"] = formataddr((sender_name, settings.from_address))
    message["To"] = delivery.to
    message["Subject"] = delivery.subject
    if reply_to:
        message["Reply-To"] = reply_to
    message["Date"] = format_datetime(now) if now else format_datetime(datetime.now().astimezone())
    message["Message-ID"] = make_msgid(domain=settings.from_address.rpartition("@")[2])
    message["Auto-Submitted"] = "auto-generated"
    message["Content-Language"] = "nl"
    footer = f"\n\n-- \nDit bericht is automatisch verstuurd door Werkbrug namens {sender_name}.\n"
    message.set_content(delivery.body.rstrip() + footer)
    message.add_alternative(html_body(delivery.body, sender_name), subtype="html")
    return message


def _sender(mail: OutboxMail, settings: SmtpSettings, names: dict) -> tuple[str, str]:
    """(sender name, reply-to) for a mail: its organisation's name and contact address."""
    if mail.organisation_id is None:
        return settings.default_name, ""
    if mail.organisation_id not in names:
        organisation = db.session.get(Organisation, mail.organisation_id)
        names[mail.organisation_id] = (
            (organisation.name, organisation.contact_email or "")
            if organisation is not None
            else (settings.default_name, "")
        )
    return names[mail.organisation_id]


# --------------------------------------------------------------------------- the job


def connect(settings: SmtpSettings) -> smtplib.SMTP:
    """An SMTP connection as configured (plain, STARTTLS or implicit TLS; login if set)."""
    context = ssl.create_default_context()
    if settings.security == "tls":
        smtp = smtplib.SMTP_SSL(
            settings.host, settings.port, timeout=settings.timeout, context=context
        )
    else:
        smtp = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
    try:
        if settings.security == "starttls":
            smtp.starttls(context=context)
        if settings.username:
            smtp.login(settings.username, settings.password)
    except OSError:
        smtp.close()
        raise
    return smtp


def due(now: datetime, limit: int = 500) -> list[OutboxMail]:
    """Pending mails whose next try has come, oldest first."""
    return db.session.scalars(
        db.select(OutboxMail)
        .where(
            OutboxMail.status == "pending",
            db.or_(OutboxMail.next_try_at.is_(None), OutboxMail.next_try_at <= now),
        )
        .order_by(OutboxMail.id)
        .limit(limit)
    ).all()


def describe(error: BaseException) -> str:
    """A short Dutch description of why the server did not take a mail."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = "; ".join(
            f"{code} {reply.decode(errors='replace') if isinstance(reply, bytes) else reply}"
            for code, reply in error.recipients.values()
        )
        return f"Geweigerd door de mailserver: {codes}"
    if isinstance(error, smtplib.SMTPResponseException):
        reply = error.smtp_error
        text = reply.decode(errors="replace") if isinstance(reply, bytes) else str(reply)
        return f"Geweigerd door de mailserver: {error.smtp_code} {text}"
    if isinstance(error, smtplib.SMTPServerDisconnected):
        return f"Verbinding met de mailserver verbroken: {error}"
    if not isinstance(error, smtplib.SMTPException):  # connection refused, time-out, DNS
        return f"Mailserver niet bereikbaar: {error}"
    return f"{type(error).__name__}: {error}"


def _failed(mail: OutboxMail, reason: str, policy: RetryPolicy, now: datetime, report) -> None:
    mail.tries = (mail.tries or 0) + 1
    mail.last_error = reason[:1000]
    if mail.tries >= policy.max_tries:
        mail.status, mail.next_try_at = "failed", None
        report.failed += 1
    else:
        mail.next_try_at = policy.next_try(mail.tries, now)
        report.retrying += 1
    report.errors.append(f"mail {mail.id} aan {mail.to}: {reason}")


def deliver_due(
    settings: SmtpSettings,
    now: datetime,
    policy: RetryPolicy | None = None,
    limit: int = 500,
    commit: Callable[[], None] | None = None,
    connector: Callable[[SmtpSettings], smtplib.SMTP] = connect,
) -> DeliveryReport:
    """Deliver every due mail once; each mail's new state is committed right after its try."""
    policy = policy or RetryPolicy()
    commit = commit or db.session.commit
    report = DeliveryReport()
    names: dict = {}
    smtp = None
    unreachable: str | None = None
    try:
        for mail in due(now, limit):
            if unreachable is not None:
                _failed(mail, unreachable, policy, now, report)
                commit()
                continue
            try:
                if smtp is None:
                    smtp = connector(settings)
            except OSError as error:  # smtplib's errors are OSErrors too
                unreachable = describe(error)
                smtp = None
                _failed(mail, unreachable, policy, now, report)
                commit()
                continue
            sender_name, reply_to = _sender(mail, settings, names)
            message = build_message(delivered(mail), settings, sender_name, reply_to, now)
            try:
                smtp.send_message(message, from_addr=settings.from_address, to_addrs=[mail.to])
            except (smtplib.SMTPRecipientsRefused, smtplib.SMTPResponseException) as error:
                _failed(mail, describe(error), policy, now, report)  # the connection is fine
            except OSError as error:  # disconnected, time-out: connect again for the next mail
                _failed(mail, describe(error), policy, now, report)
                smtp.close()
                smtp = None
            else:
                mail.status, mail.sent_at, mail.next_try_at = "sent", now, None
                mail.last_error = ""
                report.sent += 1
            commit()
    finally:
        if smtp is not None:
            try:
                smtp.quit()
            except OSError:
                smtp.close()
    return report


def failed_listing():
    """Mails that were given up on, newest first (a select, for the admin page's list)."""
    return db.select(OutboxMail).where(OutboxMail.status == "failed").order_by(OutboxMail.id.desc())


def counts() -> dict[str, int]:
    """How many mails are pending (and how many of those were tried before), sent, failed."""
    rows = db.session.execute(
        db.select(OutboxMail.status, db.func.count()).group_by(OutboxMail.status)
    ).all()
    result = {"pending": 0, "sent": 0, "failed": 0}
    result.update({status: count for status, count in rows})
    result["retrying"] = (
        db.session.scalar(
            db.select(db.func.count()).where(OutboxMail.status == "pending", OutboxMail.tries > 0)
        )
        or 0
    )
    return result


def try_again(mail: OutboxMail) -> None:
    """A failed mail goes back in the queue with a fresh count (the caller audits, commits)."""
    mail.status, mail.tries, mail.next_try_at = "pending", 0, None
