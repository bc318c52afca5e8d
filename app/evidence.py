"""The one download of an uploaded file: SROI evidence for the employer and the procurement
portal, and the documents in a client's file for jobhunters.

Call it only after the access check (`get_for_user_or_404`). The file goes out in a CSP sandbox
(`app.headers.EVIDENCE_CSP_*`: no scripts, a unique origin), with `nosniff`, never cached;
inline only when asked for and only for PDF, PNG and JPEG, else as a download. What is stored
and how is `app.services.evidence_files`.
"""

from __future__ import annotations

from flask import Response, abort, send_file

from app.headers import EVIDENCE_CSP_DOWNLOAD, EVIDENCE_CSP_INLINE
from app.models import ClientDocument, EvidenceFile
from app.services import evidence_files


def evidence_response(evidence: EvidenceFile | ClientDocument, *, inline: bool = False) -> Response:
    """Send the file; `inline` for the review preview. A file gone from disk is a 404."""
    try:
        path = evidence_files.path_of(evidence)
    except FileNotFoundError:
        abort(404)
    if not path.is_file():
        abort(404)
    inline = inline and evidence_files.is_inline(evidence)
    response = send_file(
        path,
        mimetype=evidence.content_type
        if evidence_files.is_inline(evidence)
        else "application/octet-stream",
        as_attachment=not inline,
        download_name=evidence.filename,
        max_age=0,
        etag=evidence.sha256,
        conditional=False,
    )
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Content-Security-Policy"] = (
        EVIDENCE_CSP_INLINE if inline else EVIDENCE_CSP_DOWNLOAD
    )
    response.headers["X-Frame-Options"] = "SAMEORIGIN" if inline else "DENY"
    return response


def preview_response(evidence: EvidenceFile) -> Response:
    """A PNG of the first pages of a PDF (`app.services.pdf_preview`, drawn once and kept beside
    the file), sent like an inline file: sandboxed, framable by the site's own pages only, never
    cached by the browser. No picture is a 404."""
    from app.services import pdf_preview

    if evidence.content_type != "application/pdf":
        abort(404)
    try:
        path = evidence_files.path_of(evidence)
    except FileNotFoundError:
        abort(404)
    if not path.is_file():
        abort(404)
    picture = pdf_preview.picture(path)
    if picture is None:
        abort(404)
    response = Response(picture, mimetype="image/png")
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Content-Security-Policy"] = EVIDENCE_CSP_INLINE
    response.headers["X-Frame-Options"] = "SAMEORIGIN"
    return response
