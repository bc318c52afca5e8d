"""Documents in a client's file (a signed plan, a letter, a report), kept with a contact.

The same checks as SROI evidence (`app.services.evidence_files`): PDF, JPG or PNG by the file's
first bytes, at most 10 MB, stored outside the web root under a random name, served only after
the access check with the evidence sandbox headers (`app.evidence.evidence_response`).
Retention deletes rows and files.
"""

from __future__ import annotations

import hashlib
import secrets

from flask_babel import gettext as _

from app.extensions import db
from app.models import Client, ClientContact, ClientDocument, User
from app.models.base import utcnow
from app.services import evidence_files
from app.settings import upload_folder

MAX_FILES_PER_CONTACT = 10


class DocumentError(ValueError):
    """The file is refused (Dutch message naming the file)."""


def store_all(
    client: Client, storages, user: User | None, contact: ClientContact | None = None
) -> list[ClientDocument]:
    """Check every file first and store them only when all are acceptable."""
    files = [s for s in storages or [] if s and getattr(s, "filename", "")]
    if len(files) > MAX_FILES_PER_CONTACT:
        raise DocumentError(
            _("U kunt hoogstens %(n)s bestanden tegelijk toevoegen.", n=MAX_FILES_PER_CONTACT)
        )
    checked, errors = [], []
    for storage in files:
        try:
            checked.append(evidence_files.check(storage))
        except evidence_files.EvidenceError as error:
            errors.append(str(error))
    if errors:
        raise DocumentError(" ".join(errors))
    stored = []
    for data, content_type, name in checked:
        stored_name = secrets.token_hex(16)
        with open(upload_folder() / stored_name, "xb") as handle:
            handle.write(data)
        document = ClientDocument(
            client_id=client.id,
            contact=contact,
            filename=name,
            stored_name=stored_name,
            content_type=content_type,
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            uploaded_at=utcnow(),
            uploaded_by_id=user.id if user else None,
        )
        db.session.add(document)
        stored.append(document)
    return stored


def for_client(client: Client) -> list[ClientDocument]:
    return db.session.scalars(
        db.select(ClientDocument)
        .where(ClientDocument.client_id == client.id)
        .order_by(ClientDocument.uploaded_at.desc(), ClientDocument.id.desc())
    ).all()


def remove_all(client: Client) -> list:
    """Delete the client's documents (retention); returns the paths to discard after commit."""
    paths = []
    for document in for_client(client):
        try:
            paths.append(evidence_files.path_of(document))
        except FileNotFoundError:
            pass
        db.session.delete(document)
    return paths
