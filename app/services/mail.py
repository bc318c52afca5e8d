"""Outgoing e-mail.

Every message is stored in the outbox (`OutboxMail`, added to the transaction that caused it).
The delivery job, `flask send-mail` (`app.services.mail_delivery`), takes each pending mail,
calls `delivered(mail)` for the text as it goes out, hands that to the SMTP server and records
the outcome on the mail (`status`, `tries`, `last_error`). Without `SMTP_HOST` (development) mail
stays in the outbox: developers read it with `flask outbox-show` and beheerders see their own
organisation's mails on the outbox page.

Invitation and password-reset links are never stored (issue 12, finding 6): such a mail holds a
placeholder and the invitation's or reset's id, and `delivered` fills in the link for that one
only (the token is derived from its key and SECRET_KEY). Whoever can read the database, a backup
or the outbox page cannot use an invitation meant for someone else.

A mail about a client (a proposal, an employer's answer, the review of an activity naming the
client) carries `client_id`: retention scrubs it when the client is anonymised and the inzage
lists it. Sent mails are kept `OUTBOX_KEEP_DAYS` days; `prune_outbox` (for the mail-delivery
job, and run by `flask retention-run`) deletes older ones.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.extensions import db
from app.models import Invitation, OutboxMail, PasswordReset
from app.settings import outbox_keep_days, secret_key

log = logging.getLogger(__name__)

SCRUBBED_SUBJECT = "Bericht verwijderd"
SCRUBBED_BODY = (
    "De inhoud van dit bericht is verwijderd: het ging over een inwoner van wie de "
    "bewaartermijn is verstreken."
)


@dataclass(frozen=True)
class Delivery:
    """A mail as the mail server gets it."""

    to: str
    subject: str
    body: str


def send_mail(
    to: str,
    subject: str,
    body: str,
    organisation_id: int | None = None,
    client_id: int | None = None,
    invitation: Invitation | None = None,
    password_reset: PasswordReset | None = None,
) -> OutboxMail:
    """Queue a mail in the outbox (added to the current transaction) and log it.

    `client_id`: the client the mail is about, if any (see the module docstring).
    For an invitation mail, `body` contains `invitations.LINK_PLACEHOLDER` where the link goes;
    for a password reset, `password_reset.LINK_PLACEHOLDER`.
    """
    mail = OutboxMail(
        to=to,
        subject=subject[:300],
        body=body,
        organisation_id=organisation_id,
        client_id=client_id,
        invitation_id=invitation.id if invitation is not None else None,
        password_reset_id=password_reset.id if password_reset is not None else None,
        status="pending",
        tries=0,
    )
    db.session.add(mail)
    log.info("Mail naar %s: %s", to, subject)
    return mail


def prune_outbox(now: datetime, keep_days: int | None = None) -> int:
    """Delete mails sent more than `keep_days` (default `OUTBOX_KEEP_DAYS`) ago; not committed.

    Pending mails stay: the delivery job still has to send them. Mails the delivery gave up
    on go the same number of days after they were written.
    """
    days = outbox_keep_days() if keep_days is None else keep_days
    before = now - timedelta(days=days)
    result = db.session.execute(
        db.delete(OutboxMail).where(
            db.or_(
                db.and_(OutboxMail.sent_at.is_not(None), OutboxMail.sent_at < before),
                db.and_(OutboxMail.status == "failed", OutboxMail.created_at < before),
            )
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


def delivered(mail: OutboxMail) -> Delivery:
    """The mail as it is delivered: the invitation or password-reset link filled in (only
    here, never stored)."""
    body = mail.body
    if mail.invitation_id is not None:
        from app.services import invitations

        invitation = db.session.get(Invitation, mail.invitation_id)
        if invitation is not None:
            body = body.replace(invitations.LINK_PLACEHOLDER, invitations.link_for(invitation))
    if mail.password_reset_id is not None:
        from app.links import public_url
        from app.services import password_reset

        reset = db.session.get(PasswordReset, mail.password_reset_id)
        if reset is not None:
            token = password_reset.token_for(reset, secret_key())
            body = body.replace(
                password_reset.LINK_PLACEHOLDER, public_url("auth.reset_password", token=token)
            )
    return Delivery(to=mail.to, subject=mail.subject, body=body)


def shown(mail: OutboxMail) -> str:
    """The body for the outbox page: the placeholders in words, no usable link."""
    from app.services import invitations, password_reset

    return mail.body.replace(
        invitations.LINK_PLACEHOLDER, "[link naar de uitnodiging: alleen in de verstuurde e-mail]"
    ).replace(
        password_reset.LINK_PLACEHOLDER,
        "[link om een nieuw wachtwoord te kiezen: alleen in de verstuurde e-mail]",
    )
