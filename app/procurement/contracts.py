"""Contract pages: overview with filters and totals, per supplier, create/edit, the contract's
status with its working and chart, CSV import, and the authority's SROI threshold."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app.charts import line_chart
from app.extensions import db
from app.fields import add_errors, options
from app.models import Contract, Organisation
from app.pagination import paginate
from app.procurement import bp, common
from app.procurement.forms import (
    ContractForm,
    ImportConfirmForm,
    ImportForm,
    OverviewFilterForm,
    StatusDateForm,
    ThresholdForm,
)
from app.procurement.process_forms import PlanDecisionForm
from app.security import catalogues_to_award, get_for_user_or_404, role_required
from app.services import (
    audit,
    contract_csv_import,
    sroi_contract_view,
    sroi_contracts,
    sroi_enforcement,
    sroi_pages,
    sroi_plans,
    sroi_policies,
)


def _filters() -> tuple[OverviewFilterForm, dict]:
    """The overview filters from the query string; invalid values are ignored with a message."""
    form = OverviewFilterForm(request.args)
    years = sroi_pages.filter_years(common.scope())
    form.jaar.choices = options([(y, y) for y in years], "alle")
    if not form.validate():
        return form, {}
    return form, {
        "year": int(form.jaar.data) if form.jaar.data else None,
        "supplier": (form.leverancier.data or "").strip() or None,
        "state": form.stand.data or None,
    }


@bp.route("/contracten")
@role_required("procurement")
def contracts():
    """All contracts of the authority by state, with filters (year, supplier, state) and totals;
    filtered, totalled and paged in the database."""
    form, filters = _filters()
    on = common.today()
    query, totals = sroi_pages.overview_query(common.scope(), on, **filters)
    page = paginate(
        query, rows=True, total=totals.count, transform=lambda rows: sroi_pages.lines_of(rows, on)
    )
    return render_template(
        "procurement/contracts.html",
        form=form,
        totals=totals,
        page=page,
        on=on,
        filters=filters,
    )


@bp.route("/contracten/leveranciers")
@role_required("procurement")
def suppliers():
    """Per supplier across its contracts (same filters as the overview), grouped, totalled and
    paged in the database."""
    form, filters = _filters()
    on = common.today()
    query, conditions, totals = sroi_pages.supplier_overview_query(common.scope(), on, **filters)
    page = paginate(
        query,
        rows=True,
        transform=lambda rows: sroi_pages.supplier_summaries(rows, conditions, on),
    )
    return render_template(
        "procurement/suppliers.html",
        form=form,
        on=on,
        page=page,
        totals=totals,
    )


def _contract_form(contract: Contract | None = None) -> ContractForm:
    form = ContractForm(obj=contract)
    authorities = sroi_contracts.authorities_for(current_user)
    form.authority_id.choices = options([(a.id, a.name) for a in authorities])
    # Under a policy the threshold depends on the kind of contract.
    form.thresholds = {a.id: sroi_policies.thresholds(a) for a in authorities}
    form.policy_authorities = {a.id for a in authorities if a.sroi_percentage is not None}
    catalogues = list(db.session.scalars(catalogues_to_award(current_user)))
    if contract is not None and contract.catalogue not in catalogues:
        catalogues.append(contract.catalogue)  # an older contract keeps its version
    form.catalogue_id.choices = options(
        [(c.id, f"{c.title}{' (standaard)' if c.is_preset else ''}") for c in catalogues]
    )
    form.responsible_user_id.choices = options(
        [(0, "—")] + [(u.id, u.name) for u in sroi_contracts.responsible_candidates(current_user)]
    )
    if request.method == "GET":
        if contract is None:
            form.authority_id.data = current_user.organisation_id
            form.responsible_user_id.data = current_user.id
            own = next((a for a in authorities if a.id == current_user.organisation_id), None)
            form.penalty_percentage.data = sroi_policies.default_penalty(own)
            if own is not None and own.sroi_percentage is not None:
                form.sroi_percentage.data = own.sroi_percentage
        else:
            form.supplier.data = sroi_contracts.supplier_label(contract.supplier)
            form.responsible_user_id.data = contract.responsible_user_id or 0
    return form


def _form_page(form: ContractForm, contract: Contract | None):
    authorities = sroi_contracts.authorities_for(current_user)
    return render_template(
        "procurement/contract_form.html",
        form=form,
        contract=contract,
        suppliers=sroi_contracts.supplier_options(),
        thresholds=[sroi_contracts.threshold_text(a) for a in authorities],
        policies=[sroi_policies.describe(a) for a in authorities if a.sroi_percentage is not None],
        label=sroi_contracts.supplier_label,
    )


@bp.route("/contracten/nieuw", methods=["GET", "POST"])
@role_required("procurement")
def contract_new():
    form = _contract_form()
    if form.validate_on_submit():
        try:
            contract = sroi_contracts.create_contract(form.service_data(), current_user)
        except sroi_contracts.ContractError as exc:
            db.session.rollback()
            add_errors(form, exc.errors)
        else:
            db.session.commit()
            flash(_("Contract %(ref)s is vastgelegd.", ref=contract.reference), "success")
            if form.new_supplier.data:
                flash(
                    _(
                        "%(name)s heeft een uitnodiging gekregen om in Werkbrug de social "
                        "return te melden.",
                        name=contract.supplier.name,
                    ),
                    "success",
                )
            return redirect(url_for("procurement.contract", contract_id=contract.id))
    return _form_page(form, None)


@bp.route("/contracten/<int:contract_id>/bewerken", methods=["GET", "POST"])
@role_required("procurement")
def contract_edit(contract_id: int):
    contract = get_for_user_or_404(Contract, contract_id)
    form = _contract_form(contract)
    if form.validate_on_submit():
        try:
            changes = sroi_contracts.update_contract(contract, form.service_data(), current_user)
        except sroi_contracts.ContractError as exc:
            db.session.rollback()
            add_errors(form, exc.errors)
        else:
            db.session.commit()
            flash(
                _("De wijzigingen zijn opgeslagen.") if changes else _("Er was niets gewijzigd."),
                "success",
            )
            return redirect(url_for("procurement.contract", contract_id=contract.id))
    return _form_page(form, contract)


@bp.route("/contracten/<int:contract_id>")
@role_required("procurement")
def contract(contract_id: int):
    """Obligation, realised, pending, expected, state, shortfall and penalty with the working."""
    contract = get_for_user_or_404(Contract, contract_id)
    form = StatusDateForm(request.args)
    on = form.peildatum.data if form.validate() and form.peildatum.data else common.today()
    view = sroi_contract_view.contract_view(contract, on)
    plan = sroi_plans.plan_view(contract, on)
    chart = None
    if plan is not None and plan.points:
        chart = line_chart(
            _("Gepland, gerealiseerd en verwacht, %(ref)s", ref=contract.reference),
            [
                (_("Verwacht"), [(p.on, p.expected) for p in plan.points]),
                (_("Gepland"), [(p.on, p.planned) for p in plan.points]),
                (
                    _("Gerealiseerd"),
                    [(p.on, p.realized) for p in plan.points if p.realized is not None],
                ),
                (
                    _("Prognose"),
                    [(p.on, p.forecast) for p in plan.points if p.forecast is not None],
                ),
            ],
        )
    elif view.points:
        chart = line_chart(
            _("Gerealiseerd tegenover verwacht, %(ref)s", ref=contract.reference),
            [
                (_("Verwacht"), [(p.on, p.expected) for p in view.points]),
                (
                    _("Gerealiseerd"),
                    [(p.on, p.realized) for p in view.points if p.realized is not None],
                ),
            ],
        )
    behind = view.line.state in ("behind", "not_met")
    html = render_template(
        "procurement/contract.html",
        contract=contract,
        view=view,
        status=view.line.status,
        chart=chart,
        form=form,
        on=on,
        is_today=on == common.today(),
        jobhunters=sroi_contracts.jobhunters_for(contract) if behind else [],
        vacancies=sroi_contracts.open_vacancies(contract, common.today()) if behind else 0,
        enforcement_steps=sroi_enforcement.steps(contract),
        enforcement_next=sroi_enforcement.next_kinds(contract, common.today()),
        plan=plan,
        plan_record=sroi_plans.plan_for(contract),
        decide_form=PlanDecisionForm(),
    )
    shown = [item.activity.client_id for item in view.activities]
    audit.commit_list_read(shown, f"contract {contract.id}: activiteiten")
    return html


@bp.route("/contracten/importeren", methods=["GET", "POST"])
@role_required("procurement")
def contract_import():
    """Step 1: upload a CSV file; the preview shows every row's errors and saves nothing."""
    form = ImportForm()
    if form.validate_on_submit():
        preview = contract_csv_import.parse_contract_csv(form.file.data.read(), current_user)
        confirm = ImportConfirmForm(formdata=None)
        confirm.payload.data = contract_csv_import.sign_preview(preview, current_user)
        return render_template(
            "procurement/import_preview.html",
            preview=preview,
            confirm=confirm,
            form=ImportForm(formdata=None),
        )
    return render_template(
        "procurement/import.html", form=form, example=contract_csv_import.EXAMPLE_HEADER
    )


@bp.route("/contracten/importeren/bevestigen", methods=["POST"])
@role_required("procurement")
def contract_import_confirm():
    """Step 2: save the good rows of the signed preview (re-checked now)."""
    form = ImportConfirmForm()
    try:
        if not form.validate_on_submit():
            raise sroi_contracts.ContractError(
                {"": _("Het voorbeeld ontbreekt. Lees het bestand opnieuw in.")}
            )
        rows = contract_csv_import.load_preview(form.payload.data, current_user)
        saved, skipped = contract_csv_import.import_rows(rows, current_user)
    except sroi_contracts.ContractError as exc:
        db.session.rollback()
        flash(" ".join(exc.errors.values()), "error")
        return redirect(url_for("procurement.contract_import"))
    db.session.commit()
    flash(_("%(n)s contract(en) ingelezen.", n=len(saved)), "success")
    for note in skipped:
        flash(_("Niet ingelezen: %(note)s", note=note), "error")
    return redirect(url_for("procurement.contracts"))


@bp.route("/instellingen", methods=["GET", "POST"])
@role_required("procurement")
def settings():
    """The SROI threshold of each authority in scope."""
    authorities = sroi_contracts.authorities_for(current_user)
    form = ThresholdForm()
    form.authority_id.choices = options([(a.id, a.name) for a in authorities])
    if request.method == "GET":
        form.authority_id.data = current_user.organisation_id
        own = next((a for a in authorities if a.id == current_user.organisation_id), None)
        form.threshold.data = own.sroi_threshold if own else None
    if form.validate_on_submit():
        authority = get_for_user_or_404(Organisation, form.authority_id.data)
        try:
            sroi_contracts.set_threshold(authority, form.threshold.data)
        except sroi_contracts.ContractError as exc:
            add_errors(form, exc.errors)
        else:
            db.session.commit()
            flash(_("De drempel van %(name)s is opgeslagen.", name=authority.name), "success")
            return redirect(url_for("procurement.settings"))
    return render_template("procurement/settings.html", form=form, authorities=authorities)
