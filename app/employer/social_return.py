"""Social return: the employer's contracts with the engine's status, and reporting activities."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy.orm.exc import StaleDataError

from app.employer import bp, common
from app.employer.forms import ActivityForm, ConfirmForm, EvidenceForm
from app.evidence import evidence_response
from app.extensions import db
from app.fields import add_errors, options
from app.formatting import money
from app.models import Contract, EvidenceFile, SroiActivity
from app.pagination import paginate
from app.security import get_for_user_or_404, role_required
from app.services import activity_reporting, evidence_files, evidence_rules, sroi_status
from app.services.sroi_bridge import EngineCatalogues, status_for, valuation_or_error


@bp.route("/social-return")
@role_required("employer")
def contracts():
    employer = common.current_employer()
    on = common.today()
    page = paginate(
        db.select(Contract).where(Contract.supplier_id == employer.id).order_by(Contract.end_date),
        default_size=25,
        transform=lambda rows: sroi_status.current_statuses(rows, on),  # this page's only
    )
    return render_template("employer/contracts.html", statuses=page.items, page=page, today=on)


@bp.route("/social-return/<int:contract_id>")
@role_required("employer")
def contract(contract_id: int):
    obj = get_for_user_or_404(Contract, contract_id)
    on = common.today()
    activities = sorted(obj.activities, key=lambda a: (a.start_date, a.id))
    catalogues = EngineCatalogues()
    valuations = {a.id: valuation_or_error(a, on, catalogues) for a in activities}
    labels = {b.code: b.label for b in obj.catalogue.blocks}
    return render_template(
        "employer/contract.html",
        contract=obj,
        status=status_for(obj, on, catalogues),
        today=on,
        activities=activities,
        valuations=valuations,
        labels=labels,
    )


def _prepare(form: ActivityForm, contract: Contract, candidates) -> None:
    catalogue = contract.catalogue
    form.block.choices = options(
        [(b.code, _block_text(b)) for b in catalogue.blocks], _("— kies een bouwblok —")
    )
    form.bonuses.choices = options(
        [(b.code, f"{b.label} (+ {money(b.value)} {_('per jaar')})") for b in catalogue.bonuses]
    )
    form.candidate.choices = options(
        [(v, text) for v, text, _c in candidates], _("Iemand anders (omschrijf hieronder)")
    )


def _block_text(block) -> str:
    """ "Participatiewet (€ 30.000,00 per jaar)"; invoice blocks count the invoice value."""
    if block.unit == "invoice":
        return f"{block.label} ({_('factuurwaarde')})"
    if block.unit == "wage":
        return f"{block.label} ({_('betaalde loonsom')})"
    return f"{block.label} ({money(block.value)} {_unit_text(block.unit)})"


def _unit_text(unit: str) -> str:
    return {
        "year": _("per jaar"),
        "month": _("per maand"),
        "hour": _("per uur"),
        "fixed": _("eenmalig"),
    }.get(unit, "")


def _activity_form_page(contract: Contract, activity: SroiActivity | None):
    """Shared by new and edit: validate, store, or show the form filled in.

    No block is suggested from a candidate's record: the block the engine would pick is the
    candidate's benefit in other words (app.services.disclosure). The supplier chooses; the
    reviewer sees the engine's suggestion (app.services.activity_review.suggested_block).
    """
    candidates = activity_reporting.candidate_options(contract)
    if activity is not None and request.method == "GET":
        form = ActivityForm(
            data={
                "candidate": next((v for v, _t, c in candidates if c is activity.client), ""),
                "candidate_description": activity.candidate_description,
                "block": activity.block_code,
                "start_date": activity.start_date,
                "end_date": activity.end_date,
                "hours_per_week": activity.hours_per_week,
                "bonuses": list(activity.bonuses or []),
                "hours": activity.hours,
                "amount": activity.amount,
                "evidence_later_reason": activity.evidence_later_reason,
            }
        )
    else:
        form = ActivityForm()
    _prepare(form, contract, candidates)
    form.block.render_kw = {"class": "wide"}
    if form.validate_on_submit():
        if not form.block.data:
            form.block.errors = [*form.block.errors, _("Kies een bouwblok.")]
        else:
            submit = "submit" in request.form
            files = request.files.getlist(form.evidence.name)
            try:
                if activity is None:
                    activity = activity_reporting.report(
                        contract,
                        form.activity_input(candidates),
                        files,
                        current_user._get_current_object(),
                        submit,
                    )
                else:
                    activity_reporting.update(
                        activity,
                        form.activity_input(candidates),
                        files,
                        current_user._get_current_object(),
                        submit,
                    )
                db.session.commit()
            except activity_reporting.ReportingError as error:
                db.session.rollback()
                add_errors(form, {error.field or "": str(error)}, default="block")
            except StaleDataError:
                db.session.rollback()
                flash(
                    _(
                        "Deze activiteit is intussen door de opdrachtgever beoordeeld. "
                        "Bekijk de uitkomst."
                    ),
                    "error",
                )
                return redirect(url_for("employer.activity", activity_id=activity.id))
            else:
                flash(
                    _("De activiteit is ingediend. De opdrachtgever beoordeelt haar.")
                    if activity.state == "submitted"
                    else _(
                        "De activiteit is opgeslagen als concept. Dien haar in als ze compleet is."
                    ),
                    "success",
                )
                return redirect(url_for("employer.activity", activity_id=activity.id))
    if (
        form.errors
        and request.files.getlist(form.evidence.name)
        and any(f.filename for f in request.files.getlist(form.evidence.name))
    ):
        flash(
            _(
                "Kies de bewijsstukken opnieuw: een browser onthoudt gekozen bestanden niet "
                "na een foutmelding."
            ),
            "info",
        )
    return render_template(
        "employer/activity_form.html",
        form=form,
        contract=contract,
        activity=activity,
        required=_required_by_block(contract),
    )


def _required_by_block(contract: Contract) -> list[tuple[str, list[str]]]:
    """(block label, evidence kinds) for every block that asks for evidence."""
    return [(b.label, list(b.evidence_kinds or [])) for b in contract.catalogue.blocks]


@bp.route("/social-return/<int:contract_id>/activiteiten/nieuw", methods=["GET", "POST"])
@role_required("employer")
def activity_new(contract_id: int):
    return _activity_form_page(get_for_user_or_404(Contract, contract_id), None)


@bp.route("/social-return/activiteiten/<int:activity_id>")
@role_required("employer")
def activity(activity_id: int):
    obj = get_for_user_or_404(SroiActivity, activity_id)
    valuation, error = valuation_or_error(obj, common.today())
    block = evidence_rules.block_of(obj)
    bonuses = {b.code: b.label for b in obj.contract.catalogue.bonuses}
    return render_template(
        "employer/activity.html",
        activity=obj,
        valuation=valuation,
        valuation_error=error,
        block=block,
        bonuses=bonuses,
        form=ConfirmForm(),
        upload_form=EvidenceForm(),
        candidate=obj.client.pseudonym if obj.client else "",
        today=common.today(),
        editable=obj.state in activity_reporting.EDITABLE_STATES,
        required=evidence_rules.required_kinds(obj),
        missing=evidence_rules.missing_kinds(obj),
    )


@bp.route("/social-return/activiteiten/<int:activity_id>/bewerken", methods=["GET", "POST"])
@role_required("employer")
def activity_edit(activity_id: int):
    obj = get_for_user_or_404(SroiActivity, activity_id)
    if obj.state not in activity_reporting.EDITABLE_STATES:
        flash(_("Deze activiteit is al beoordeeld en kan niet meer worden gewijzigd."), "error")
        return redirect(url_for("employer.activity", activity_id=obj.id))
    return _activity_form_page(obj.contract, obj)


def _guarded(obj: SroiActivity, action, success: str):
    """Run a state change, turning a domain error or a concurrent review into a message."""
    try:
        result = action()
        db.session.commit()
    except activity_reporting.ReportingError as error:
        db.session.rollback()
        flash(str(error), "error")
        return None, False
    except StaleDataError:
        db.session.rollback()
        flash(
            _("Deze activiteit is intussen door de opdrachtgever beoordeeld. Bekijk de uitkomst."),
            "error",
        )
        return None, False
    flash(success, "success")
    return result, True


@bp.route("/social-return/activiteiten/<int:activity_id>/indienen", methods=["POST"])
@role_required("employer")
def activity_submit(activity_id: int):
    obj = get_for_user_or_404(SroiActivity, activity_id)
    if ConfirmForm().validate_on_submit():
        _guarded(
            obj,
            lambda: activity_reporting.submit(obj),
            _("De activiteit is ingediend. De opdrachtgever beoordeelt haar."),
        )
    return redirect(url_for("employer.activity", activity_id=obj.id))


@bp.route("/social-return/activiteiten/<int:activity_id>/intrekken", methods=["GET", "POST"])
@role_required("employer")
def activity_withdraw(activity_id: int):
    """GET asks "are you sure?"; POST removes the activity and its files."""
    obj = get_for_user_or_404(SroiActivity, activity_id)
    contract_id = obj.contract_id
    form = ConfirmForm()
    if not form.validate_on_submit():
        if obj.state not in activity_reporting.EDITABLE_STATES:
            flash(_("Deze activiteit is al beoordeeld en kan niet meer worden gewijzigd."), "error")
            return redirect(url_for("employer.activity", activity_id=obj.id))
        return render_template("employer/activity_withdraw.html", activity=obj, form=form)
    paths, done = _guarded(
        obj, lambda: activity_reporting.withdraw(obj), _("De activiteit is ingetrokken.")
    )
    if not done:
        return redirect(url_for("employer.activity", activity_id=activity_id))
    evidence_files.discard(paths)
    return redirect(url_for("employer.contract", contract_id=contract_id))


@bp.route("/social-return/activiteiten/<int:activity_id>/bewijs", methods=["POST"])
@role_required("employer")
def evidence_add(activity_id: int):
    obj = get_for_user_or_404(SroiActivity, activity_id)
    form = EvidenceForm()
    files = (
        [f for f in (form.evidence.data or []) if f and f.filename]
        if form.validate_on_submit()
        else []
    )
    if not files:
        flash(_("Kies eerst een of meer bestanden (PDF, JPG of PNG)."), "error")
    else:
        _guarded(
            obj,
            lambda: activity_reporting.add_evidence(
                obj, files, current_user._get_current_object(), form.evidence_kind.data or ""
            ),
            _("Het bewijsstuk is toegevoegd."),
        )
    return redirect(url_for("employer.activity", activity_id=obj.id))


@bp.route("/bewijs/<int:evidence_id>")
@role_required("employer")
def evidence_download(evidence_id: int):
    """Send an evidence file, only after the access check (another employer's file is a 404)."""
    return evidence_response(get_for_user_or_404(EvidenceFile, evidence_id))


@bp.route("/bewijs/<int:evidence_id>/verwijderen", methods=["POST"])
@role_required("employer")
def evidence_delete(evidence_id: int):
    item = get_for_user_or_404(EvidenceFile, evidence_id)
    activity_id = item.activity_id
    if ConfirmForm().validate_on_submit():
        path, done = _guarded(
            item.activity,
            lambda: activity_reporting.remove_evidence(item),
            _("Het bewijsstuk is verwijderd."),
        )
        if done:
            evidence_files.discard([path])
    return redirect(url_for("employer.activity", activity_id=activity_id))
