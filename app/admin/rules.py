"""Rule tables with history: the minimum wage per date, and incentive and exit-premium schemes
per municipality with versions from a start date (app.services.schemes)."""

from __future__ import annotations

from datetime import date

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app.admin import bp
from app.admin.forms import (
    ExitPremiumSchemeForm,
    IncentiveSchemeForm,
    LkvRateForm,
    MinimumWageForm,
    youth_rates_form,
)
from app.extensions import db
from app.fields import options
from app.formatting import ddmmyyyy
from app.models import (
    ExitPremiumScheme,
    IncentiveScheme,
    LkvRate,
    MinimumWage,
    Organisation,
    YouthMinimumWageRate,
)
from app.models.choices import BENEFIT_TYPES
from app.security import role_required
from app.services import minimum_wages, rule_tables, schemes


def _me():
    return current_user._get_current_object()


def _field_error(form, error, default: str) -> None:
    field = getattr(form, error.field or default, None) or getattr(form, default)
    field.errors.append(str(error))


# --------------------------------------------------------------------------- minimum wage


@bp.route("/minimumloon", methods=["GET", "POST"], endpoint="minimum_wages")
@role_required("admin")
def minimum_wages_page():
    """The amounts per date and a form to add the next one; below, the minimumjeugdloon
    percentages and the LKV amounts (statutory values filled by migration 0008, kept here with
    history: a new period from a start date, or a correction)."""
    form = MinimumWageForm()
    if form.validate_on_submit():
        try:
            minimum_wages.add(
                form.valid_from.data, form.hourly_amount.data, form.source.data or "", _me()
            )
        except minimum_wages.WageError as error:
            db.session.rollback()
            _field_error(form, error, "hourly_amount")
        else:
            db.session.commit()
            flash(
                _(
                    "Het minimumloon vanaf %(d)s is opgeslagen.",
                    d=ddmmyyyy(form.valid_from.data),
                ),
                "success",
            )
            return redirect(url_for("admin.minimum_wages"))
    rows = db.session.scalars(db.select(MinimumWage).order_by(MinimumWage.valid_from.desc())).all()
    youth = db.session.scalars(
        db.select(YouthMinimumWageRate).order_by(
            YouthMinimumWageRate.valid_from.desc(), YouthMinimumWageRate.age.desc()
        )
    ).all()
    lkv = db.session.scalars(
        db.select(LkvRate).order_by(LkvRate.target_group, LkvRate.valid_from.desc())
    ).all()
    today = date.today()
    return render_template(
        "admin/minimum_wages.html",
        wages=rows,
        youth=youth,
        lkv=lkv,
        form=form,
        known=minimum_wages.known_on(today),
        next_change=minimum_wages.next_change(rows[0].valid_from) if rows else None,
    )


@bp.route("/minimumloon/<int:wage_id>", methods=["GET", "POST"])
@role_required("admin")
def minimum_wage(wage_id: int):
    """Correct an amount (audited)."""
    wage = db.session.get(MinimumWage, wage_id) or abort(404)
    form = MinimumWageForm(obj=wage) if request.method == "GET" else MinimumWageForm()
    if form.validate_on_submit():
        try:
            minimum_wages.correct(
                wage, form.valid_from.data, form.hourly_amount.data, form.source.data or "", _me()
            )
        except minimum_wages.WageError as error:
            db.session.rollback()
            _field_error(form, error, "hourly_amount")
        else:
            db.session.commit()
            flash(_("De correctie is opgeslagen."), "success")
            return redirect(url_for("admin.minimum_wages"))
    return render_template("admin/minimum_wage_form.html", form=form, wage=wage)


# --------------------------------------------------------------------------- youth, LKV


def _youth_percentages(form) -> dict:
    return {age: getattr(form, f"age_{age}").data for age in form.ages}


@bp.route("/minimumloon/jeugdloon/nieuw", methods=["GET", "POST"])
@role_required("admin")
def youth_rates_new():
    """A new minimumjeugdloon period from a start date, filled in with the newest one."""
    ages = rule_tables.youth_ages()
    newest = db.session.scalar(db.select(db.func.max(YouthMinimumWageRate.valid_from)))
    data = {}
    if request.method == "GET" and newest is not None:
        data = {f"age_{r.age}": r.percentage for r in rule_tables.youth_period(newest)}
    form = youth_rates_form(ages, data=data or None)
    if form.validate_on_submit():
        try:
            rule_tables.add_youth(
                form.valid_from.data, _youth_percentages(form), form.source.data or "", _me()
            )
        except minimum_wages.WageError as error:
            db.session.rollback()
            _field_error(form, error, "valid_from")
        else:
            db.session.commit()
            flash(
                _(
                    "De percentages minimumjeugdloon vanaf %(d)s zijn opgeslagen.",
                    d=ddmmyyyy(form.valid_from.data),
                ),
                "success",
            )
            return redirect(url_for("admin.minimum_wages"))
    return render_template("admin/youth_rates_form.html", form=form, period=None)


@bp.route("/minimumloon/jeugdloon/<int:youth_id>", methods=["GET", "POST"])
@role_required("admin")
def youth_rates(youth_id: int):
    """Correct the period that row `youth_id` belongs to (audited)."""
    row = db.session.get(YouthMinimumWageRate, youth_id) or abort(404)
    period = rule_tables.youth_period(row.valid_from)
    ages = [r.age for r in period]
    data = None
    if request.method == "GET":
        data = {"valid_from": row.valid_from, "source": row.source}
        data.update({f"age_{r.age}": r.percentage for r in period})
    form = youth_rates_form(ages, data=data)
    if form.validate_on_submit():
        try:
            rule_tables.correct_youth(
                row.valid_from,
                form.valid_from.data,
                _youth_percentages(form),
                form.source.data or "",
                _me(),
            )
        except minimum_wages.WageError as error:
            db.session.rollback()
            _field_error(form, error, "valid_from")
        else:
            db.session.commit()
            flash(_("De correctie is opgeslagen."), "success")
            return redirect(url_for("admin.minimum_wages"))
    return render_template("admin/youth_rates_form.html", form=form, period=row.valid_from)


def _lkv_values(form) -> tuple:
    return (
        form.valid_from.data,
        form.per_hour.data,
        form.max_per_year.data,
        form.max_years.data,
        bool(form.declaration_needed.data),
        form.source.data or "",
    )


@bp.route("/minimumloon/lkv/nieuw", methods=["GET", "POST"])
@role_required("admin")
def lkv_rate_new():
    """New LKV amounts from a start date."""
    form = LkvRateForm()
    if form.validate_on_submit():
        try:
            rule_tables.add_lkv(*_lkv_values(form), _me())
        except minimum_wages.WageError as error:
            db.session.rollback()
            _field_error(form, error, "per_hour")
        else:
            db.session.commit()
            flash(
                _("Het LKV vanaf %(d)s is opgeslagen.", d=ddmmyyyy(form.valid_from.data)),
                "success",
            )
            return redirect(url_for("admin.minimum_wages"))
    return render_template("admin/lkv_rate_form.html", form=form, rate=None)


@bp.route("/minimumloon/lkv/<int:lkv_id>", methods=["GET", "POST"])
@role_required("admin")
def lkv_rate(lkv_id: int):
    """Correct LKV amounts (audited)."""
    rate = db.session.get(LkvRate, lkv_id) or abort(404)
    form = LkvRateForm(obj=rate) if request.method == "GET" else LkvRateForm()
    if form.validate_on_submit():
        try:
            rule_tables.correct_lkv(rate, *_lkv_values(form), _me())
        except minimum_wages.WageError as error:
            db.session.rollback()
            _field_error(form, error, "per_hour")
        else:
            db.session.commit()
            flash(_("De correctie is opgeslagen."), "success")
            return redirect(url_for("admin.minimum_wages"))
    return render_template("admin/lkv_rate_form.html", form=form, rate=rate)


# --------------------------------------------------------------------------- schemes


def _municipalities():
    return db.session.scalars(
        db.select(Organisation)
        .where(Organisation.kind.in_(("municipality", "region")))
        .order_by(Organisation.name)
    ).all()


@bp.route("/regelingen")
@role_required("admin")
def schemes_page():
    today = date.today()
    return render_template(
        "admin/schemes.html",
        incentives=schemes.series_of(IncentiveScheme, today),
        premiums=schemes.series_of(ExitPremiumScheme, today),
        today=today,
    )


def _prepare(form, with_municipality: bool) -> None:
    form.eligible_benefits.choices = options({k: v for k, v in BENEFIT_TYPES.items() if k != "nug"})
    form.municipality_id.choices = options(
        [(m.id, m.name) for m in _municipalities()], _("Kies een gemeente")
    )
    if not with_municipality:
        del form.municipality_id


def _incentive_fields(form: IncentiveSchemeForm, tiers) -> schemes.IncentiveFields:
    return schemes.IncentiveFields(
        name=form.name.data,
        tiers=tiers,
        min_hours_per_week=form.min_hours_per_week.data,
        eligible_benefits=form.eligible_benefits.data or [],
        requires_benefit_at_start=form.requires_benefit_at_start.data,
        min_contract_months=form.min_contract_months.data,
        active=form.active.data,
        source=form.source.data or "",
    )


def _incentive_data(scheme: IncentiveScheme) -> dict:
    data = {
        "name": scheme.name,
        "min_hours_per_week": scheme.min_hours_per_week,
        "eligible_benefits": list(scheme.eligible_benefits or []),
        "requires_benefit_at_start": scheme.requires_benefit_at_start,
        "min_contract_months": scheme.min_contract_months,
        "active": scheme.active,
        "source": scheme.source,
        "valid_from": scheme.valid_from,
    }
    for n, tier in enumerate(scheme.tiers[:3], start=1):
        data[f"tier_{n}_months"] = tier.months
        data[f"tier_{n}_amount"] = tier.amount
    return data


def _incentive_page(scheme: IncentiveScheme | None, mode: str):
    """mode: new | correct | version."""
    if request.method == "GET":
        if scheme is None:
            form = IncentiveSchemeForm(data={"active": True, "requires_benefit_at_start": True})
        else:
            data = _incentive_data(scheme)
            if mode == "version":
                data["valid_from"] = None
            form = IncentiveSchemeForm(data=data)
    else:
        form = IncentiveSchemeForm()
    _prepare(form, mode == "new")
    if form.validate_on_submit():
        tiers = form.tiers()
        if not any(f.errors for f in form):
            fields = _incentive_fields(form, tiers)
            try:
                if mode == "new":
                    municipality = db.session.get(Organisation, int(form.municipality_id.data or 0))
                    if municipality is None:
                        raise schemes.SchemeError(_("Kies een gemeente."), "municipality_id")
                    scheme = schemes.create_incentive(
                        municipality, fields, form.valid_from.data, _me()
                    )
                elif mode == "correct":
                    schemes.correct_incentive(scheme, fields, _me())
                    scheme.valid_from = _same_or_new_start(scheme, form.valid_from.data)
                else:
                    scheme = schemes.new_incentive_version(
                        scheme, fields, form.valid_from.data, _me()
                    )
            except schemes.SchemeError as error:
                db.session.rollback()
                _field_error(form, error, "name")
            else:
                db.session.commit()
                flash(_("De regeling %(name)s is opgeslagen.", name=scheme.name), "success")
                return redirect(url_for("admin.schemes_page"))
    return render_template(
        "admin/scheme_form.html", form=form, scheme=scheme, mode=mode, kind="incentive"
    )


def _same_or_new_start(scheme, valid_from):
    """A correction may also move the version's start, if it stays between its neighbours."""
    if valid_from == scheme.valid_from:
        return scheme.valid_from
    others = [
        s
        for s in schemes.versions(type(scheme), scheme.series_id or scheme.id)
        if s.id != scheme.id
    ]
    starts = {s.valid_from or date.min for s in others}
    if (valid_from or date.min) in starts:
        raise schemes.SchemeError(_("Op die datum begint al een andere versie."), "valid_from")
    return valid_from


@bp.route("/regelingen/werkgevers/nieuw", methods=["GET", "POST"])
@role_required("admin")
def incentive_new():
    return _incentive_page(None, "new")


@bp.route("/regelingen/werkgevers/<int:incentive_scheme_id>", methods=["GET", "POST"])
@role_required("admin")
def incentive_correct(incentive_scheme_id: int):
    scheme = db.session.get(IncentiveScheme, incentive_scheme_id) or abort(404)
    return _incentive_page(scheme, "correct")


@bp.route("/regelingen/werkgevers/<int:incentive_scheme_id>/nieuwe-versie", methods=["GET", "POST"])
@role_required("admin")
def incentive_version(incentive_scheme_id: int):
    scheme = db.session.get(IncentiveScheme, incentive_scheme_id) or abort(404)
    return _incentive_page(scheme, "version")


def _exit_fields(form: ExitPremiumSchemeForm) -> schemes.ExitFields:
    return schemes.ExitFields(
        name=form.name.data,
        amount=form.amount.data,
        max_per_resident=form.max_per_resident.data,
        min_benefit_months=form.min_benefit_months.data,
        min_work_months=form.min_work_months.data,
        eligible_benefits=form.eligible_benefits.data or [],
        active=form.active.data,
        source=form.source.data or "",
    )


def _exit_page(scheme: ExitPremiumScheme | None, mode: str):
    if request.method == "GET":
        if scheme is None:
            form = ExitPremiumSchemeForm(
                data={
                    "active": True,
                    "max_per_resident": 1,
                    "min_benefit_months": 12,
                    "min_work_months": 6,
                    "eligible_benefits": ["participatiewet"],
                }
            )
        else:
            form = ExitPremiumSchemeForm(obj=scheme)
            if mode == "version":
                form.valid_from.data = None
    else:
        form = ExitPremiumSchemeForm()
    _prepare(form, mode == "new")
    if form.validate_on_submit():
        fields = _exit_fields(form)
        try:
            if mode == "new":
                municipality = db.session.get(Organisation, int(form.municipality_id.data or 0))
                if municipality is None:
                    raise schemes.SchemeError(_("Kies een gemeente."), "municipality_id")
                scheme = schemes.create_exit(municipality, fields, form.valid_from.data, _me())
            elif mode == "correct":
                schemes.correct_exit(scheme, fields, _me())
                scheme.valid_from = _same_or_new_start(scheme, form.valid_from.data)
            else:
                scheme = schemes.new_exit_version(scheme, fields, form.valid_from.data, _me())
        except schemes.SchemeError as error:
            db.session.rollback()
            _field_error(form, error, "name")
        else:
            db.session.commit()
            flash(_("De regeling %(name)s is opgeslagen.", name=scheme.name), "success")
            return redirect(url_for("admin.schemes_page"))
    return render_template(
        "admin/scheme_form.html", form=form, scheme=scheme, mode=mode, kind="premium"
    )


@bp.route("/regelingen/uitstroompremie/nieuw", methods=["GET", "POST"])
@role_required("admin")
def premium_new():
    return _exit_page(None, "new")


@bp.route("/regelingen/uitstroompremie/<int:premium_scheme_id>", methods=["GET", "POST"])
@role_required("admin")
def premium_correct(premium_scheme_id: int):
    scheme = db.session.get(ExitPremiumScheme, premium_scheme_id) or abort(404)
    return _exit_page(scheme, "correct")


@bp.route(
    "/regelingen/uitstroompremie/<int:premium_scheme_id>/nieuwe-versie", methods=["GET", "POST"]
)
@role_required("admin")
def premium_version(premium_scheme_id: int):
    scheme = db.session.get(ExitPremiumScheme, premium_scheme_id) or abort(404)
    return _exit_page(scheme, "version")
