"""Outgoing e-mail.

Every message is stored in the outbox (`OutboxMail`, added to the transaction that caused it).
Nothing is handed to a mail server yet. The delivery job that will (issue 12 leaves this hook)
takes each unsent mail, calls `delivered(mail)` for the text as it goes out, sends that, and
sets `sent_at`. Until then, outside production, developers read mails with
`flask outbox-show` and beheerders see their own organisation's mails on the outbox page.

Invitation links are never stored (issue 12, finding 6): an invitation mail holds a placeholder
and the invitation's id, and `delivered` fills in the link for that invitation only (the token
is derived from the invitation's key and SECRET_KEY). Whoever can read the database, a backup
or the outbox page cannot use an invitation meant for someone else.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import current_app

from app.extensions import db
from app.models import Invitation, OutboxMail


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
    invitation: Invitation | None = None,
) -> OutboxMail:
    """Queue a mail in the outbox (added to the current transaction) and log it.

    For an invitation mail, `body` contains `invitations.LINK_PLACEHOLDER` where the link goes.
    """
    mail = OutboxMail(
        to=to,
        subject=subject[:300],
        body=body,
        organisation_id=organisation_id,
        invitation_id=invitation.id if invitation is not None else None,
    )
    db.session.add(mail)
    current_app.logger.info("Mail naar %s: %s", to, subject)
    return mail


def delivered(mail: OutboxMail) -> Delivery:
    """The mail as it is delivered: the invitation link filled in (only here, never stored)."""
    body = mail.body
    if mail.invitation_id is not None:
        from app.services import invitations

        invitation = db.session.get(Invitation, mail.invitation_id)
        if invitation is not None:
            body = body.replace(invitations.LINK_PLACEHOLDER, invitations.link_for(invitation))
    return Delivery(to=mail.to, subject=mail.subject, body=body)


def shown(mail: OutboxMail) -> str:
    """The body for the outbox page: the placeholder in words, no usable link."""
    from app.services import invitations

    return mail.body.replace(
        invitations.LINK_PLACEHOLDER, "[link naar de uitnodiging: alleen in de verstuurde e-mail]"
    )
