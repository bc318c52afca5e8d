"""The supplier's plan van aanpak for a contract (issue 18): planned activities per block
with numbers, dates and the profile of the candidates wanted; submitted to the coördinator."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf import FlaskForm
from wtforms import SelectField, TextAreaField
from wtforms.validators import InputRequired, Length, NumberRange, Optional

from app.employer import bp, common
from app.employer.forms import activity_amount_field, activity_hours_field
from app.extensions import db
from app.fields import DutchDateField, DutchDecimalField, DutchIntegerField, add_errors, options
from app.models import Contract, SroiPlanLine
from app.security import get_for_user_or_404, role_required
from app.services import sroi_plans


class PlanLineForm(FlaskForm):
    block_code = SelectField(_l("Bouwblok"), validators=[InputRequired(_l("Kies een bouwblok."))])
    number = DutchIntegerField(
        _l("Aantal personen (of keren)"),
        validators=[
            InputRequired(_l("Vul het aantal in.")),
            NumberRange(min=1, max=500, message=_l("Vul een aantal in van 1 tot en met 500.")),
        ],
    )
    start_date = DutchDateField(_l("Start"), validators=[InputRequired(_l("Vul de start in."))])
    end_date = DutchDateField(_l("Einde (leeg: tot het einde van het contract)"), [Optional()])
    hours_per_week = DutchDecimalField(
        _l("Uren per week"),
        places=1,
        validators=[
            Optional(),
            NumberRange(min=0.5, max=168, message=_l("Vul 0,5 tot 168 uur per week in.")),
        ],
    )
    hours = activity_hours_field(_l("Aantal uren (bij een uurtarief)"))
    amount = activity_amount_field(_l("Bedrag excl. btw (bij inkoop of loonsom)"))
    profile = TextAreaField(
        _l("Gewenst profiel van de kandidaten"),
        validators=[Length(max=2000, message=_l("Maximaal 2000 tekens."))],
        render_kw={"rows": 3},
    )


class ConfirmPlanForm(FlaskForm):
    pass


def _contract(contract_id: int) -> Contract:
    return get_for_user_or_404(Contract, contract_id)


@bp.route("/social-return/<int:contract_id>/plan", methods=["GET", "POST"])
@role_required("employer")
def plan(contract_id: int):
    """The plan van aanpak: its lines, a form to add one, and submitting it."""
    contract = _contract(contract_id)
    record = sroi_plans.plan_for(contract)
    form = PlanLineForm()
    form.block_code.choices = options(
        [(b.code, b.label) for b in contract.catalogue.blocks], _("— kies een bouwblok —")
    )
    if form.validate_on_submit():
        data = {k: v for k, v in form.data.items() if k != "csrf_token"}
        if data.get("end_date") is None:
            data["end_date"] = contract.end_date
        try:
            sroi_plans.add_line(contract, data, current_user)
        except sroi_plans.PlanError as exc:
            db.session.rollback()
            add_errors(form, exc.errors)
        else:
            db.session.commit()
            flash(_("De geplande activiteit is toegevoegd."), "success")
            return redirect(url_for("employer.plan", contract_id=contract.id))
    view = sroi_plans.plan_view(contract, common.today())
    return render_template(
        "employer/plan.html",
        contract=contract,
        record=record,
        view=view,
        form=form,
        confirm=ConfirmPlanForm(),
        labels={b.code: b.label for b in contract.catalogue.blocks},
    )


@bp.route(
    "/social-return/<int:contract_id>/plan/regels/<int:line_id>/verwijderen", methods=["POST"]
)
@role_required("employer")
def plan_line_delete(contract_id: int, line_id: int):
    contract = _contract(contract_id)
    line = db.session.get(SroiPlanLine, line_id)
    if line is None or line.plan.contract_id != contract.id:
        abort(404)
    try:
        sroi_plans.remove_line(line, current_user)
    except sroi_plans.PlanError as exc:
        db.session.rollback()
        flash(" ".join(exc.errors.values()), "error")
    else:
        db.session.commit()
        flash(_("De geplande activiteit is verwijderd."), "success")
    return redirect(url_for("employer.plan", contract_id=contract.id))


@bp.route("/social-return/<int:contract_id>/plan/indienen", methods=["POST"])
@role_required("employer")
def plan_submit(contract_id: int):
    contract = _contract(contract_id)
    try:
        sroi_plans.submit(contract, current_user)
    except sroi_plans.PlanError as exc:
        db.session.rollback()
        flash(" ".join(exc.errors.values()), "error")
    else:
        db.session.commit()
        flash(_("Het plan van aanpak is ingediend. De opdrachtgever beoordeelt het."), "success")
    return redirect(url_for("employer.plan", contract_id=contract.id))
