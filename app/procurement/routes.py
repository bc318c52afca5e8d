"""Procurement workspace: the dashboard, evidence previews and the digest command.

The other pages live in modules per subject (contracts, review, catalogues, reports); see the
package docstring. Numbers come from `app.services.sroi_bridge`.
"""

from __future__ import annotations

from datetime import date

import click
from flask import abort, current_app, render_template, request, send_file

from app.extensions import db
from app.models import EvidenceFile
from app.procurement import bp, common
from app.security import get_for_user_or_404, role_required
from app.services import activity_review, audit, evidence_files, sroi_reports


@bp.app_template_filter("pct")
def pct_filter(value) -> str:
    """`5 %`, `12,5 %` (trailing zeros dropped)."""
    from sroi import format_number

    return "" if value is None else f"{format_number(value)} %"


@bp.route("/")
@role_required("procurement")
def home():
    """Dashboard: contracts by state, what needs attention, and the review queue."""
    on = common.today()
    ids = common.scope()
    lines = sroi_reports.overview(ids, on).lines
    return render_template(
        "procurement/home.html",
        totals=sroi_reports.totals(lines),
        attention=sroi_reports.needing_attention(lines),
        waiting=activity_review.queue_count(ids),
        oldest=activity_review.next_in_queue(ids),
        on=on,
    )


@bp.route("/bewijs/<int:evidence_id>")
@role_required("procurement")
def evidence(evidence_id: int):
    """Stream an evidence file after the access check; PDF/PNG/JPEG inline, others as download.

    Framing is allowed from this site only, so the review page can show the file beside the
    decision; `nosniff` stops the browser from guessing another type.
    """
    item = get_for_user_or_404(EvidenceFile, evidence_id)
    try:
        path = evidence_files.path_of(item)
    except FileNotFoundError:
        abort(404)
    if not path.is_file():
        abort(404)
    inline = activity_review.evidence_is_inline(item) and request.args.get("download") != "1"
    audit.commit_read(item, detail=f"bewijsstuk {'bekeken' if inline else 'gedownload'}")
    response = send_file(
        path,
        mimetype=item.content_type
        if activity_review.evidence_is_inline(item)
        else "application/octet-stream",
        as_attachment=not inline,
        download_name=item.filename,
        max_age=0,
        etag=item.sha256,
        conditional=False,
    )
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Cache-Control"] = "no-store"
    if inline:
        response.headers["X-Frame-Options"] = "SAMEORIGIN"
        response.headers["Content-Security-Policy"] = (
            "frame-ancestors 'self'"
            if item.content_type == "application/pdf"
            else "default-src 'none'; frame-ancestors 'self'"
        )
    return response


@bp.cli.command("sroi-digest")
@click.option(
    "--today",
    "on",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Peildatum (JJJJ-MM-DD); standaard vandaag.",
)
def sroi_digest_command(on):
    """Mail het weekoverzicht: contracten die achter lopen, naar de verantwoordelijke inkoper."""
    anchor = on.date() if on else date.today()
    with current_app.test_request_context(base_url=sroi_reports.public_base_url()):
        sent = sroi_reports.send_digests(anchor)
        db.session.commit()
    click.echo(f"Weekoverzicht van {anchor:%d-%m-%Y}: {sent} e-mail(s) in het postvak uit gezet.")
