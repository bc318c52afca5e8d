"""Outgoing e-mail. Every message is stored in the outbox; outside production that is all that
happens, and staff can read it on the outbox page (no mail server needed for development).

A mail about a client (a proposal, an employer's answer, the review of an activity naming the
client) carries `client_id`: retention scrubs it when the client is anonymised and the inzage
lists it. Sent mails are kept `OUTBOX_KEEP_DAYS` days; `prune_outbox` (for the mail-delivery
job, and run by `flask retention-run`) deletes older ones.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from flask import current_app

from app.extensions import db
from app.models import OutboxMail

SCRUBBED_SUBJECT = "Bericht verwijderd"
SCRUBBED_BODY = (
    "De inhoud van dit bericht is verwijderd: het ging over een inwoner van wie de "
    "bewaartermijn is verstreken."
)


def send_mail(
    to: str,
    subject: str,
    body: str,
    organisation_id: int | None = None,
    client_id: int | None = None,
) -> OutboxMail:
    """Queue a mail in the outbox (added to the current transaction) and log it.

    `client_id`: the client the mail is about, if any (see the module docstring).
    """
    mail = OutboxMail(
        to=to,
        subject=subject[:300],
        body=body,
        organisation_id=organisation_id,
        client_id=client_id,
    )
    db.session.add(mail)
    current_app.logger.info("Mail naar %s: %s", to, subject)
    return mail


def prune_outbox(now: datetime, keep_days: int | None = None) -> int:
    """Delete mails sent more than `keep_days` (default `OUTBOX_KEEP_DAYS`) ago; not committed.

    Unsent mails stay: the delivery job still has to send them.
    """
    days = current_app.config["OUTBOX_KEEP_DAYS"] if keep_days is None else keep_days
    result = db.session.execute(
        db.delete(OutboxMail).where(
            OutboxMail.sent_at.is_not(None), OutboxMail.sent_at < now - timedelta(days=days)
        )
    )
    return result.rowcount or 0


def scrub_for_client(client_id: int, names: list[str]) -> int:
    """Empty the subject and body of every mail about the client; not committed.

    Mails written before mails carried `client_id` are found by the client's pseudonym or name
    as a whole word. Returns how many mails were scrubbed.
    """
    names = [n for n in names if n and n.strip()]
    conditions = [OutboxMail.client_id == client_id]
    for name in names:
        conditions += [OutboxMail.body.contains(name), OutboxMail.subject.contains(name)]
    patterns = [re.compile(rf"(?<!\w){re.escape(n)}(?!\w)") for n in names]
    scrubbed = 0
    for mail in db.session.scalars(db.select(OutboxMail).where(db.or_(*conditions))):
        text = f"{mail.subject}\n{mail.body}"
        if mail.client_id == client_id or any(p.search(text) for p in patterns):
            if mail.body != SCRUBBED_BODY:
                mail.subject, mail.body = SCRUBBED_SUBJECT, SCRUBBED_BODY
                mail.client_id = client_id
                scrubbed += 1
    return scrubbed
