"""The review queue: submitted activities oldest first, evidence inline, the engine's valuation
with its working, and one decision per activity (accept, or reject with a reason)."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app.extensions import db
from app.headers import frames_own_documents
from app.models import SroiActivity
from app.procurement import bp, common
from app.procurement.forms import ReviewForm
from app.security import get_for_user_or_404, role_required
from app.services import activity_review, audit


def _panel(activity: SroiActivity, form: ReviewForm) -> dict:
    """What the review panel of one activity shows."""
    if request.method == "GET" or form.version.data is None:
        form.version.data = activity.version
    return {
        "item": activity_review.item(activity, common.today()),
        "form": form,
        "suggested": activity_review.suggested_block(activity),
        "inline": activity_review.evidence_is_inline,
    }


@bp.route("/beoordelen")
@role_required("procurement")
@frames_own_documents
def review_queue():
    """The queue, oldest first, with the oldest activity opened for review."""
    items = activity_review.queue(common.scope(), common.today())
    panel = _panel(items[0].activity, ReviewForm(formdata=None)) if items else None
    html = render_template(
        "procurement/review_queue.html",
        items=items,
        panel=panel,
        total=activity_review.queue_count(common.scope()),
    )
    if panel:
        audit.commit_read(items[0].activity, detail="beoordelen")
    return html


@bp.route("/beoordelen/<int:activity_id>", methods=["GET", "POST"])
@role_required("procurement")
@frames_own_documents
def review_activity(activity_id: int):
    activity = get_for_user_or_404(SroiActivity, activity_id)
    form = ReviewForm()
    if form.validate_on_submit():
        try:
            activity_review.decide(
                activity,
                form.decision.data or "",
                form.reason.data,
                current_user,
                form.version.data,
                common.today(),
            )
        except activity_review.ReviewError as exc:
            for name, message in exc.errors.items():
                form[name].errors = list(form[name].errors) + [message]
        except activity_review.ReviewConflict as exc:
            flash(exc.message, "error")
            return redirect(url_for("procurement.review_activity", activity_id=activity_id))
        else:
            db.session.commit()
            verdict = _("goedgekeurd") if activity.state == "accepted" else _("afgekeurd")
            flash(
                _("De activiteit is %(verdict)s; de leverancier krijgt bericht.", verdict=verdict),
                "success",
            )
            following = activity_review.next_in_queue(common.scope(), after=activity)
            if following is not None:
                return redirect(url_for("procurement.review_activity", activity_id=following.id))
            return redirect(url_for("procurement.review_queue"))
    html = render_template(
        "procurement/review_activity.html", activity=activity, panel=_panel(activity, form)
    )
    audit.commit_read(activity, detail="beoordelen")
    return html
