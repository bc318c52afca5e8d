"""Inzage: everything held about one client as JSON and as a readable PDF (AVG art. 15 and 20).

Each download is written to the audit log as an export of the client.
"""

from __future__ import annotations

from flask import Response, render_template
from flask_login import current_user

from app.exports import inzage
from app.exports.cells import attachment
from app.jobhunter import bp
from app.models import Client
from app.security import get_for_user_or_404, role_required
from app.services import audit, data_export


def _download(body: bytes, mimetype: str, filename: str) -> Response:
    return Response(body, mimetype=mimetype, headers=attachment(filename))


@bp.route("/werkzoekenden/<int:client_id>/inzage")
@role_required("jobhunter")
def client_export(client_id: int):
    """What the export holds, with the two download buttons."""
    client = get_for_user_or_404(Client, client_id)
    audit.commit_read(client, detail="inzagepagina")
    return render_template("jobhunter/export.html", client=client)


@bp.route("/werkzoekenden/<int:client_id>/inzage.json")
@role_required("jobhunter")
def client_export_json(client_id: int):
    """All data about the client as JSON (machine-readable, for data portability)."""
    client = get_for_user_or_404(Client, client_id)
    data = data_export.collect(client, requested_by=current_user.email)
    audit.commit_export(client, detail="inzage als JSON")
    return _download(
        data_export.as_json(data), "application/json", f"inzage-werkzoekende-{client.id}.json"
    )


@bp.route("/werkzoekenden/<int:client_id>/inzage.pdf")
@role_required("jobhunter")
def client_export_pdf(client_id: int):
    """All data about the client as a readable PDF, to hand to the resident."""
    client = get_for_user_or_404(Client, client_id)
    data = data_export.collect(client, requested_by=current_user.email)
    audit.commit_export(client, detail="inzage als PDF")
    return _download(inzage.as_pdf(data), "application/pdf", f"inzage-werkzoekende-{client.id}.pdf")
