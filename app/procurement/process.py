"""The SROI process pages (issue 18): the coördinator's decision on a plan van aanpak, the
authority's SROI policy, and the supplier as a relation (contact persons, correspondence,
obligations across the region)."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app.extensions import db
from app.fields import add_errors, options
from app.models import Contract, Employer, Organisation
from app.procurement import bp, common
from app.procurement.process_forms import PlanDecisionForm, PolicyForm, SupplierContactForm
from app.security import get_for_user_or_404, keeps_supplier_contacts, role_required
from app.services import (
    sroi_bridge,
    sroi_contracts,
    sroi_enforcement,
    sroi_plans,
    sroi_policies,
    sroi_suppliers,
)


@bp.route("/contracten/<int:contract_id>/plan", methods=["POST"])
@role_required("procurement")
def plan_decide(contract_id: int):
    """Approve the supplier's plan van aanpak, or send it back with a remark."""
    contract = get_for_user_or_404(Contract, contract_id)
    form = PlanDecisionForm()
    back = redirect(url_for("procurement.contract", contract_id=contract.id) + "#plan-title")
    if not form.validate_on_submit():
        flash(" ".join(e for errors in form.errors.values() for e in errors), "error")
        return back
    try:
        sroi_plans.decide(
            contract, form.decision.data == "approve", form.note.data, current_user, common.today()
        )
    except sroi_plans.PlanError as exc:
        db.session.rollback()
        flash(" ".join(exc.errors.values()), "error")
        return back
    db.session.commit()
    flash(
        _("Het plan van aanpak is goedgekeurd.")
        if form.decision.data == "approve"
        else _("Het plan van aanpak is teruggestuurd naar de leverancier."),
        "success",
    )
    return back


@bp.route("/beleid", methods=["GET", "POST"])
@role_required("procurement")
def policy():
    """The SROI policy of each authority in scope: a preset or its own figures."""
    authorities = sroi_contracts.authorities_for(current_user)
    form = PolicyForm()
    form.authority_id.choices = options([(a.id, a.name) for a in authorities])
    presets = sroi_bridge.policy_presets()
    form.sroi_policy.choices = options(
        [(p.name, p.title or p.name) for p in presets], _("Eigen beleid (hieronder invullen)")
    )
    chosen = request.args.get("opdrachtgever", type=int) or current_user.organisation_id
    if request.method == "GET":
        own = next((a for a in authorities if a.id == chosen), None)
        if own is not None:
            form.authority_id.data = own.id
            for column in sroi_policies.COLUMNS:
                getattr(form, column).data = getattr(own, column)
            form.sroi_policy.data = own.sroi_policy or ""
    if form.validate_on_submit():
        authority = get_for_user_or_404(Organisation, form.authority_id.data)
        data = {c: getattr(form, c).data for c in sroi_policies.COLUMNS}
        try:
            sroi_policies.set_policy(authority, data, current_user)
        except sroi_policies.PolicyError as exc:
            db.session.rollback()
            add_errors(form, exc.errors)
        else:
            db.session.commit()
            flash(_("Het SROI-beleid van %(name)s is opgeslagen.", name=authority.name), "success")
            return redirect(url_for("procurement.policy", opdrachtgever=authority.id))
    return render_template(
        "procurement/policy.html",
        form=form,
        authorities=[(a, sroi_policies.describe(a)) for a in authorities],
        presets=presets,
    )


@bp.route("/contracten/leveranciers/<int:employer_id>", methods=["GET", "POST"])
@role_required("procurement")
def supplier(employer_id: int):
    """A supplier as a relation: contact persons, obligations in the region, correspondence."""
    employer = get_for_user_or_404(Employer, employer_id)
    # Every coördinator sees a supplier; contact persons (the employer's CRM) are added by its own
    # municipality or region, or by an authority that has a contract with it.
    may_add = keeps_supplier_contacts(employer, current_user)
    if request.method == "POST" and not may_add:
        abort(404)
    scope = common.scope()
    form = SupplierContactForm()
    if form.validate_on_submit():
        try:
            sroi_suppliers.add_contact(employer, form.data, current_user)
        except sroi_suppliers.ContactError as exc:
            db.session.rollback()
            add_errors(form, exc.errors)
        else:
            db.session.commit()
            flash(_("De contactpersoon is toegevoegd."), "success")
            return redirect(url_for("procurement.supplier", employer_id=employer.id))
    return render_template(
        "procurement/supplier.html",
        employer=employer,
        form=form,
        may_add=may_add,
        contacts=sroi_suppliers.contact_persons(employer),
        obligations=sroi_suppliers.obligations(employer, current_user, scope, common.today()),
        letters=sroi_enforcement.supplier_steps(employer.id, scope),
        kinds=sroi_enforcement.KIND_LABELS,
        decisions=sroi_enforcement.DECISION_LABELS,
        on=common.today(),
    )
