"""Enforcement of under-use per contract: the steps so far with their letters, the engine's
amounts, and the form for the next step (`app.services.sroi_enforcement`)."""

from __future__ import annotations

from flask import Response, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app.exports.enforcement_letter import letter_pdf, letter_title
from app.extensions import db
from app.fields import add_errors, options
from app.models import Contract, EnforcementStep
from app.procurement import bp, common
from app.procurement.process_forms import EnforcementStepForm
from app.security import get_for_user_or_404, role_required
from app.services import audit, sroi_enforcement


def _form(contract: Contract, allowed: list[str]) -> EnforcementStepForm:
    form = EnforcementStepForm()
    form.kind.choices = options([(k, sroi_enforcement.KIND_LABELS[k]) for k in allowed])
    if request.method == "GET" and allowed:
        today = common.today()
        form.kind.data = allowed[0]
        form.on_date.data = today
        form.deadline.data = sroi_enforcement.default_deadline(allowed[0], today)
    return form


@bp.route("/contracten/<int:contract_id>/handhaving", methods=["GET", "POST"])
@role_required("procurement")
def enforcement(contract_id: int):
    """The enforcement of one contract: steps, letters, deadlines and the next step."""
    contract = get_for_user_or_404(Contract, contract_id)
    today = common.today()
    allowed = sroi_enforcement.next_kinds(contract, today)
    form = _form(contract, allowed)
    if form.validate_on_submit():
        try:
            step = sroi_enforcement.record_step(
                contract,
                form.kind.data,
                current_user,
                form.on_date.data,
                deadline=form.deadline.data,
                note=form.note.data or "",
                decision=form.decision.data or None,
                new_end_date=form.new_end_date.data,
            )
        except sroi_enforcement.EnforcementError as exc:
            db.session.rollback()
            add_errors(form, exc.errors)
        else:
            db.session.commit()
            flash(
                _(
                    "%(step)s is vastgelegd. Download de brief en stuur hem naar de leverancier.",
                    step=sroi_enforcement.KIND_LABELS[step.kind],
                ),
                "success",
            )
            return redirect(url_for("procurement.enforcement", contract_id=contract.id))
    return render_template(
        "procurement/enforcement.html",
        contract=contract,
        steps=sroi_enforcement.steps(contract),
        allowed=allowed,
        form=form,
        figures=sroi_enforcement.amounts_or_none(contract, today),
        closed=sroi_enforcement.closed(contract),
        kinds=sroi_enforcement.KIND_LABELS,
        decisions=sroi_enforcement.DECISION_LABELS,
        waiting_for=sroi_enforcement.DEADLINE_WORDS,
        on=today,
    )


@bp.route("/contracten/<int:contract_id>/handhaving/<int:step_id>/brief")
@role_required("procurement")
def enforcement_letter(contract_id: int, step_id: int):
    """The step's letter as a PDF (download)."""
    contract = get_for_user_or_404(Contract, contract_id)
    step = db.session.get(EnforcementStep, step_id)
    if step is None or step.contract_id != contract.id:
        abort(404)
    data = letter_pdf(step)
    audit.commit_export(step, detail=f"brief: {letter_title(step)}")
    filename = f"{contract.reference}-{step.id}.pdf".replace("/", "-").replace('"', "")
    return Response(
        data,
        mimetype="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
