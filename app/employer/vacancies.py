"""Vacancies and unpaid places: list, create, edit, copy, close and reopen."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app.employer import bp, common
from app.employer.forms import ConfirmForm, VacancyForm
from app.extensions import db
from app.models import Proposal, Vacancy
from app.pagination import Sorts, paginate
from app.security import employer_proposals, get_for_user_or_404, role_required
from app.services.vacancy_records import (
    open_on,
    save_vacancy,
    set_vacancy_status,
    vacancy_form_data,
)

FILTERS = ("open", "gesloten", "alle")


# The vacancy list's sort orders (app.pagination): newest first unless the URL asks otherwise.
VACANCY_SORTS = Sorts(
    {"nieuw": (Vacancy.created_at.desc(),), "titel": (db.func.lower(Vacancy.title),)},
    default="nieuw",
)


@bp.route("/vacatures")
@role_required("employer")
def vacancies():
    employer = common.current_employer()
    shown = request.args.get("toon", "open")
    if shown not in FILTERS:
        shown = "open"
    query = db.select(Vacancy).where(Vacancy.employer_id == employer.id)
    if shown == "open":
        query = query.where(open_on(common.today()))
    elif shown == "gesloten":
        query = query.where(db.not_(open_on(common.today())))
    page = paginate(query, sorts=VACANCY_SORTS, default_size=25)
    rows = page.items
    counts = dict(
        db.session.execute(
            employer_proposals(employer)
            .where(Proposal.status == "proposed", Proposal.vacancy_id.in_([v.id for v in rows]))
            .with_only_columns(Proposal.vacancy_id, db.func.count(Proposal.id))
            .group_by(Proposal.vacancy_id)
        ).all()
    )
    return render_template(
        "employer/vacancies.html",
        employer=employer,
        vacancies=rows,
        page=page,
        shown=shown,
        new_proposals=counts,
    )


@bp.route("/vacatures/nieuw", methods=["GET", "POST"])
@role_required("employer")
def vacancy_new():
    employer = common.current_employer()
    form = VacancyForm()
    if request.method == "GET":
        form.postcode.data = employer.postcode
    if form.validate_on_submit():
        vacancy = save_vacancy(employer, form, user=current_user)
        db.session.commit()
        flash(
            _(
                "De vacature „%(title)s” staat online. "
                "Jobhunters kunnen nu kandidaten voorstellen.",
                title=vacancy.title,
            ),
            "success",
        )
        return redirect(url_for("employer.vacancy", vacancy_id=vacancy.id))
    return render_template("employer/vacancy_form.html", form=form, vacancy=None, copy_of=None)


@bp.route("/vacatures/<int:vacancy_id>/kopieren")
@role_required("employer")
def vacancy_copy(vacancy_id: int):
    """The new-vacancy form, filled in with a copy of an existing vacancy (saved only on submit)."""
    original = get_for_user_or_404(Vacancy, vacancy_id)
    data = vacancy_form_data(original)
    data["title"] = _("%(title)s (kopie)", title=original.title)[:200]
    data["start_date"] = data["closing_date"] = None
    form = VacancyForm(data=data)
    return render_template("employer/vacancy_form.html", form=form, vacancy=None, copy_of=original)


@bp.route("/vacatures/<int:vacancy_id>")
@role_required("employer")
def vacancy(vacancy_id: int):
    obj = get_for_user_or_404(Vacancy, vacancy_id)
    proposals = db.session.scalars(
        employer_proposals(obj.employer)
        .where(Proposal.vacancy_id == obj.id)
        .order_by(Proposal.created_at.desc())
    ).all()
    return render_template(
        "employer/vacancy.html",
        vacancy=obj,
        proposals=proposals,
        form=ConfirmForm(),
        today=common.today(),
    )


@bp.route("/vacatures/<int:vacancy_id>/bewerken", methods=["GET", "POST"])
@role_required("employer")
def vacancy_edit(vacancy_id: int):
    obj = get_for_user_or_404(Vacancy, vacancy_id)
    form = VacancyForm(data=vacancy_form_data(obj)) if request.method == "GET" else VacancyForm()
    if form.validate_on_submit():
        save_vacancy(obj.employer, form, obj, user=current_user)
        db.session.commit()
        flash(_("De wijzigingen zijn opgeslagen."), "success")
        return redirect(url_for("employer.vacancy", vacancy_id=obj.id))
    return render_template("employer/vacancy_form.html", form=form, vacancy=obj, copy_of=None)


@bp.route("/vacatures/<int:vacancy_id>/sluiten", methods=["POST"])
@role_required("employer")
def vacancy_close(vacancy_id: int):
    obj = get_for_user_or_404(Vacancy, vacancy_id)
    if ConfirmForm().validate_on_submit():
        set_vacancy_status(obj, "closed")
        db.session.commit()
        flash(_("De vacature is gesloten. Er worden geen kandidaten meer voorgesteld."), "success")
    return redirect(url_for("employer.vacancy", vacancy_id=obj.id))


@bp.route("/vacatures/<int:vacancy_id>/heropenen", methods=["POST"])
@role_required("employer")
def vacancy_reopen(vacancy_id: int):
    obj = get_for_user_or_404(Vacancy, vacancy_id)
    if obj.closing_date is not None and obj.closing_date < common.today():
        flash(_("De sluitingsdatum is voorbij. Kies eerst een nieuwe sluitingsdatum."), "error")
        return redirect(url_for("employer.vacancy_edit", vacancy_id=obj.id))
    if ConfirmForm().validate_on_submit():
        set_vacancy_status(obj, "open")
        db.session.commit()
        flash(_("De vacature staat weer open."), "success")
    return redirect(url_for("employer.vacancy", vacancy_id=obj.id))
