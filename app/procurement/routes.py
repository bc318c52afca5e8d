"""Procurement workspace: the dashboard and evidence previews.

The other pages live in modules per subject (contracts, review, catalogues, reports); see the
package docstring. Numbers come from `app.services.sroi_bridge`.
"""

from __future__ import annotations

from flask import render_template, request

from app.evidence import evidence_response, preview_response
from app.models import EvidenceFile
from app.procurement import bp, common
from app.security import get_for_user_or_404, role_required
from app.services import activity_review, audit, sroi_enforcement, sroi_reports


@bp.route("/")
@role_required("procurement")
def home():
    """Dashboard: contracts by state, what needs attention, and the review queue."""
    on = common.today()
    ids = common.scope()
    board = sroi_reports.dashboard(ids, on)
    return render_template(
        "procurement/home.html",
        totals=board.totals,
        attention=board.attention,
        behind=board.behind,
        waiting=activity_review.queue_count(ids),
        oldest=activity_review.next_in_queue(ids),
        deadlines=sroi_enforcement.open_deadlines(ids, on),
        kinds=sroi_enforcement.KIND_LABELS,
        on=on,
    )


@bp.route("/bewijs/<int:evidence_id>")
@role_required("procurement")
def evidence(evidence_id: int):
    """Stream an evidence file after the access check: PDF/PNG/JPEG inline (in a sandbox, framed
    by the review page only), anything else and `?download=1` as a download."""
    item = get_for_user_or_404(EvidenceFile, evidence_id)
    inline = activity_review.evidence_is_inline(item) and request.args.get("download") != "1"
    response = evidence_response(item, inline=inline)
    audit.commit_read(item, detail=f"bewijsstuk {'bekeken' if inline else 'gedownload'}")
    return response


@bp.route("/bewijs/<int:evidence_id>/voorbeeld")
@role_required("procurement")
def evidence_preview(evidence_id: int):
    """A picture of the first pages of a PDF for the review page (browsers show no PDF in a
    sandbox); after the access check, audited like viewing the file."""
    item = get_for_user_or_404(EvidenceFile, evidence_id)
    response = preview_response(item)
    audit.commit_read(item, detail="bewijsstuk bekeken (voorbeeld)")
    return response
