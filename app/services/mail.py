"""Outgoing e-mail. Every message is stored in the outbox; outside production that is all that
happens, and staff can read it on the outbox page (no mail server needed for development)."""

from __future__ import annotations

from flask import current_app

from app.extensions import db
from app.models import OutboxMail


def send_mail(to: str, subject: str, body: str, organisation_id: int | None = None) -> OutboxMail:
    """Queue a mail in the outbox (added to the current transaction) and log it."""
    mail = OutboxMail(to=to, subject=subject[:300], body=body, organisation_id=organisation_id)
    db.session.add(mail)
    current_app.logger.info("Mail naar %s: %s", to, subject)
    return mail
