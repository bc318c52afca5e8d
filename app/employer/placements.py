"""Placements: register that a candidate starts or stops, change hours, see incentives coming."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app.employer import bp, common
from app.employer.forms import PlacementEndForm, PlacementHoursForm, PlacementStartForm
from app.extensions import db
from app.fields import add_errors, options
from app.models import Contract, Placement, Proposal
from app.pagination import paginate
from app.security import get_for_user_or_404, role_required
from app.services import placement_lifecycle


@bp.route("/plaatsingen")
@role_required("employer")
def placements():
    employer = common.current_employer()
    page = paginate(
        db.select(Placement)
        .where(Placement.employer_id == employer.id)
        .order_by(Placement.end_date.is_not(None), Placement.start_date.desc()),
        default_size=25,
    )
    rows = page.items
    on = common.today()
    outlooks = {p.id: placement_lifecycle.outlook(p, on) for p in rows}
    return render_template(
        "employer/placements.html",
        placements=rows,
        page=page,
        outlooks=outlooks,
        can_start=bool(placement_lifecycle.eligible_proposals(employer)),
    )


def _start_choices(employer):
    proposals = placement_lifecycle.eligible_proposals(employer)
    choices = options(
        [(p.id, f"{p.client.pseudonym} – {p.vacancy.title}") for p in proposals],
        _("— kies de kandidaat —"),
    )
    contracts = db.session.scalars(
        db.select(Contract).where(Contract.supplier_id == employer.id).order_by(Contract.reference)
    ).all()
    contract_choices = options([(c.id, f"{c.reference} – {c.title}") for c in contracts], _("Geen"))
    return choices, contract_choices


@bp.route("/plaatsingen/nieuw", methods=["GET", "POST"])
@role_required("employer")
def placement_new():
    """Register that a proposed candidate starts working."""
    employer = common.current_employer()
    form = PlacementStartForm()
    form.proposal.choices, form.contract.choices = _start_choices(employer)
    if request.method == "GET":
        wanted = request.args.get("voorstel", "")
        if wanted.isdigit():
            proposal = get_for_user_or_404(Proposal, int(wanted))
            form.proposal.data = str(proposal.id)
            form.hours_per_week.data = proposal.vacancy.hours_max or proposal.vacancy.hours_min
    if form.validate_on_submit():
        proposal = get_for_user_or_404(Proposal, int(form.proposal.data))
        contract = (
            get_for_user_or_404(Contract, int(form.contract.data)) if form.contract.data else None
        )
        try:
            placement = placement_lifecycle.register_start(
                proposal,
                contract=contract,
                user=current_user._get_current_object(),
                **form.start_terms(),
            )
        except placement_lifecycle.PlacementError as error:
            add_errors(form, error.errors, "start_date")
        else:
            db.session.commit()
            flash(
                _(
                    "De start is geregistreerd. De jobhunter neemt na twee en na zes weken "
                    "contact op."
                ),
                "success",
            )
            return redirect(url_for("employer.placement", placement_id=placement.id))
    return render_template("employer/placement_form.html", form=form)


@bp.route("/plaatsingen/<int:placement_id>")
@role_required("employer")
def placement(placement_id: int):
    obj = get_for_user_or_404(Placement, placement_id)
    wage = placement_lifecycle.minimum_wage_on(obj.start_date)
    return render_template(
        "employer/placement.html",
        placement=obj,
        outlooks=placement_lifecycle.outlook(obj, common.today()),
        minimum_wage=wage,
    )


@bp.route("/plaatsingen/<int:placement_id>/einde", methods=["GET", "POST"])
@role_required("employer")
def placement_end(placement_id: int):
    obj = get_for_user_or_404(Placement, placement_id)
    form = PlacementEndForm()
    if form.validate_on_submit():
        try:
            forfeited = placement_lifecycle.register_end(
                obj,
                form.end_date.data,
                form.reason.data,
                (form.explanation.data or "").strip(),
                current_user._get_current_object(),
                common.today(),
            )
        except placement_lifecycle.PlacementError as error:
            getattr(form, error.field or "end_date").errors.append(str(error))
        else:
            db.session.commit()
            flash(_("Het einde van de plaatsing is geregistreerd."), "success")
            for award in forfeited:
                flash(
                    _(
                        "%(name)s is vervallen, omdat het dienstverband eerder is geëindigd "
                        "dan de regeling vraagt.",
                        name=award.scheme.name,
                    ),
                    "info",
                )
            return redirect(url_for("employer.placement", placement_id=obj.id))
    return render_template("employer/placement_change.html", placement=obj, form=form, what="end")


@bp.route("/plaatsingen/<int:placement_id>/uren", methods=["GET", "POST"])
@role_required("employer")
def placement_hours(placement_id: int):
    obj = get_for_user_or_404(Placement, placement_id)
    form = PlacementHoursForm()
    if form.validate_on_submit():
        try:
            forfeited = placement_lifecycle.change_hours(
                obj,
                form.from_date.data,
                form.hours_per_week.data,
                current_user._get_current_object(),
                common.today(),
                long_hours_confirmed=form.long_hours_confirmed.data,
                long_hours_reason=form.long_hours_reason.data or "",
            )
        except placement_lifecycle.PlacementError as error:
            add_errors(form, error.errors, "from_date")
        else:
            db.session.commit()
            flash(_("De nieuwe uren zijn opgeslagen."), "success")
            for award in forfeited:
                flash(
                    _(
                        "%(name)s is vervallen, omdat de uren onder het minimum van de "
                        "regeling zijn gezakt.",
                        name=award.scheme.name,
                    ),
                    "info",
                )
            return redirect(url_for("employer.placement", placement_id=obj.id))
    return render_template("employer/placement_change.html", placement=obj, form=form, what="hours")
