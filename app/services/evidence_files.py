"""Evidence files for SROI activities: PDF, JPG or PNG, at most 10 MB each (SPEC §7).

The type is decided by the file's first bytes, never by its name or the browser's claim, so a
renamed executable or HTML page is refused. Files are stored outside the web root in
`UPLOAD_FOLDER` under a random name; the original name and a SHA-256 are kept in the database.
They are served back only through a route that first checks access, by
`app.evidence.evidence_response` (the one download for both portals): in a CSP sandbox, with
`nosniff`, never cached, inline only when asked for and only for PDF, PNG and JPEG (`is_inline`),
else as a download.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import unicodedata
from pathlib import Path

from flask_babel import gettext as _

from app.extensions import db
from app.models import EvidenceFile, SroiActivity, User
from app.models.base import utcnow
from app.settings import upload_folder

MAX_BYTES = 10 * 1024 * 1024
MAX_FILES_PER_ACTIVITY = 20
# Magic numbers of the accepted types, with the content type we store and serve.
SIGNATURES = (
    (b"%PDF-", "application/pdf", ".pdf"),
    (b"\xff\xd8\xff", "image/jpeg", ".jpg"),
    (b"\x89PNG\r\n\x1a\n", "image/png", ".png"),
)
ALLOWED_TEXT = "PDF, JPG of PNG"
# What a browser may show inside a page (the review preview); anything else is a download.
INLINE_TYPES = frozenset(content_type for _magic, content_type, _ext in SIGNATURES)


class EvidenceError(ValueError):
    """The file is refused (Dutch message naming the file)."""


def sniff(head: bytes) -> tuple[str, str] | None:
    """(content type, extension) from a file's first bytes, or None for any other type."""
    for magic, content_type, extension in SIGNATURES:
        if head.startswith(magic):
            return content_type, extension
    return None


def safe_filename(name: str) -> str:
    """The original name reduced to something safe to show and to put in Content-Disposition."""
    name = unicodedata.normalize("NFKC", Path((name or "").replace("\\", "/")).name)
    name = re.sub(r"[\x00-\x1f\x7f\"<>|:*?/]", "", name).strip(" .")
    return name[:200] or "bestand"


def check(storage) -> tuple[bytes, str, str]:
    """Read an uploaded file and check it; returns (data, content type, safe name) or raises."""
    name = safe_filename(getattr(storage, "filename", "") or "")
    data = storage.stream.read(MAX_BYTES + 1)
    if not data:
        raise EvidenceError(_("Het bestand %(name)s is leeg.", name=name))
    if len(data) > MAX_BYTES:
        raise EvidenceError(
            _(
                "Het bestand %(name)s is groter dan 10 MB. Maak het kleiner of splits het.",
                name=name,
            )
        )
    kind = sniff(data[:16])
    if kind is None:
        raise EvidenceError(
            _(
                "Het bestand %(name)s is geen %(allowed)s. We kijken naar de inhoud, niet naar "
                "de naam van het bestand.",
                name=name,
                allowed=ALLOWED_TEXT,
            )
        )
    return data, kind[0], with_extension(name, kind[1])


def with_extension(name: str, extension: str) -> str:
    """The name with an extension that matches the content.

    A PNG called `scan.pdf` becomes `scan.pdf.png`.
    """
    suffix = Path(name).suffix.lower()
    matching = {".jpg": (".jpg", ".jpeg"), ".pdf": (".pdf",), ".png": (".png",)}[extension]
    return name if suffix in matching else f"{name[:195]}{extension}"


def store(activity: SroiActivity, storage, user: User | None) -> EvidenceFile:
    """Check and store one uploaded file for `activity` (added to the session, not committed)."""
    if len(activity.evidence) >= MAX_FILES_PER_ACTIVITY:
        raise EvidenceError(
            _("Er kunnen hoogstens %(n)s bestanden bij één activiteit.", n=MAX_FILES_PER_ACTIVITY)
        )
    data, content_type, name = check(storage)
    stored_name = secrets.token_hex(16)
    path = upload_folder() / stored_name
    with open(path, "xb") as handle:  # `x`: never overwrite an existing file
        handle.write(data)
    evidence = EvidenceFile(
        activity=activity,
        filename=name,
        stored_name=stored_name,
        content_type=content_type,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        uploaded_at=utcnow(),
        uploaded_by_id=user.id if user else None,
    )
    db.session.add(evidence)
    return evidence


def store_all(activity: SroiActivity, storages, user: User | None) -> list[EvidenceFile]:
    """Check every file first and store them only when all are acceptable."""
    files = [s for s in storages or [] if s and getattr(s, "filename", "")]
    errors = []
    checked = []
    for storage in files:
        try:
            checked.append((storage, check(storage)))
        except EvidenceError as error:
            errors.append(str(error))
    if errors:
        raise EvidenceError(" ".join(errors))
    if len(activity.evidence) + len(checked) > MAX_FILES_PER_ACTIVITY:
        raise EvidenceError(
            _("Er kunnen hoogstens %(n)s bestanden bij één activiteit.", n=MAX_FILES_PER_ACTIVITY)
        )
    stored = []
    for storage, _checked in checked:
        storage.stream.seek(0)
        stored.append(store(activity, storage, user))
    return stored


def path_of(evidence: EvidenceFile) -> Path:
    """Where the file lies on disk; the stored name is ours (hex), never the user's."""
    if not re.fullmatch(r"[0-9a-f]{32}", evidence.stored_name or ""):
        raise FileNotFoundError(evidence.stored_name)
    return upload_folder() / evidence.stored_name


def is_inline(evidence: EvidenceFile) -> bool:
    """Whether the browser may show this file inside a page (PDF, PNG, JPEG only)."""
    return evidence.content_type in INLINE_TYPES


def delete(evidence: EvidenceFile) -> Path | None:
    """Remove the row; returns the file's path, to `discard` once the transaction is committed."""
    try:
        path = path_of(evidence)
    except FileNotFoundError:
        path = None
    if evidence in evidence.activity.evidence:
        evidence.activity.evidence.remove(evidence)
    db.session.delete(evidence)
    return path


def discard(paths) -> None:
    """Delete stored files whose rows are gone (after the commit, so a rollback keeps them),
    with the picture of a PDF drawn for the review page (`pdf_preview.cached_path`)."""
    from app.services.pdf_preview import cached_path

    for path in paths:
        if path is not None:
            path.unlink(missing_ok=True)
            cached_path(path).unlink(missing_ok=True)
