"""The review queue: submitted activities oldest first, evidence inline, the engine's valuation
with its working, and one decision per activity (accept, or reject with a reason); several
submitted activities of one contract can get one decision together.

Evidence shows as images: PNG and JPEG as they are, a PDF as a picture of its first pages
(`app.services.pdf_preview`), because browsers show no PDF inside the sandbox evidence is
served in. So the page frames nothing and keeps the strict `frame-src 'none'`."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app.extensions import db
from app.models import Contract, SroiActivity
from app.pagination import paginate
from app.procurement import bp, common
from app.procurement.forms import BulkReviewForm, ReviewForm
from app.security import get_for_user_or_404, role_required
from app.services import activity_review, audit, double_counting, evidence_rules


def _panel(activity: SroiActivity, form: ReviewForm) -> dict:
    """What the review panel of one activity shows."""
    if request.method == "GET" or form.version.data is None:
        form.version.data = activity.version
    return {
        "item": activity_review.item(activity, common.today()),
        "form": form,
        "suggested": activity_review.suggested_block(activity),
        "block_labels": {b.code: b.label for b in activity.contract.catalogue.blocks},
        "inline": activity_review.evidence_is_inline,
        "today": common.today(),
        "required": evidence_rules.required_kinds(activity),
        "missing": evidence_rules.missing_kinds(activity),
        "conflicts": double_counting.conflicts_of(activity)
        if activity.state == "submitted"
        else [],
        "others_submitted": sum(
            1
            for other in activity.contract.activities
            if other.state == "submitted" and other.id != activity.id
        ),
    }


@bp.route("/beoordelen")
@role_required("procurement")
def review_queue():
    """The queue, oldest first, one page at a time, with the oldest activity opened for review
    on the first page."""
    today = common.today()
    page = paginate(
        activity_review.queue_select(common.scope()),
        default_size=25,
        transform=lambda rows: activity_review.queue_items(rows, today),
    )
    items = page.items
    first = items[0] if items and page.page == 1 else None
    panel = _panel(first.activity, ReviewForm(formdata=None)) if first else None
    html = render_template(
        "procurement/review_queue.html",
        items=items,
        panel=panel,
        total=page.total,
        page=page,
    )
    if panel:
        audit.commit_read(items[0].activity, detail="beoordelen")
    return html


@bp.route("/beoordelen/<int:activity_id>", methods=["GET", "POST"])
@role_required("procurement")
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
                override_reason=form.override_reason.data or "",
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


@bp.route("/beoordelen/contract/<int:contract_id>", methods=["GET", "POST"])
@role_required("procurement")
def review_contract(contract_id: int):
    """Several submitted activities of one contract at once, with the same decision."""
    contract = get_for_user_or_404(Contract, contract_id)
    waiting = [a for a in contract.activities if a.state == "submitted"]
    form = BulkReviewForm()
    form.activities.choices = [(str(a.id), str(a.id)) for a in waiting]
    if form.validate_on_submit():
        chosen = [a for a in waiting if str(a.id) in set(form.activities.data or [])]
        versions = {}
        for a in chosen:
            try:
                versions[a.id] = int(request.form.get(f"version-{a.id}", ""))
            except ValueError:
                versions[a.id] = -1
        try:
            activity_review.decide_many(
                chosen,
                form.decision.data or "",
                form.reason.data,
                current_user,
                versions,
                common.today(),
                override_reason=form.override_reason.data or "",
            )
        except activity_review.ReviewError as exc:
            for name, message in exc.errors.items():
                form[name].errors = list(form[name].errors) + [message]
        except activity_review.ReviewConflict:
            flash(
                _(
                    "Een van deze activiteiten is intussen gewijzigd of beoordeeld. Er is niets "
                    "opgeslagen; bekijk de lijst opnieuw."
                ),
                "error",
            )
            return redirect(url_for("procurement.review_contract", contract_id=contract.id))
        else:
            db.session.commit()
            verdict = _("goedgekeurd") if form.decision.data == "accept" else _("afgekeurd")
            flash(
                _(
                    "%(n)s activiteiten zijn %(verdict)s; de leverancier krijgt bericht.",
                    n=len(chosen),
                    verdict=verdict,
                ),
                "success",
            )
            return redirect(url_for("procurement.review_contract", contract_id=contract.id))
    today = common.today()
    rows = [
        {
            "item": activity_review.item(a, today),
            "missing": evidence_rules.missing_kinds(a),
            "conflicts": double_counting.conflicts_of(a),
        }
        for a in waiting
    ]
    html = render_template(
        "procurement/review_contract.html",
        contract=contract,
        rows=rows,
        form=form,
        chosen=set(form.activities.data or []),
    )
    audit.commit_read(
        contract, detail="beoordelen per contract", clients=[a.client_id for a in waiting]
    )
    return html
