"""Employer CRM pages (issue 17): contact persons, follow-ups, the account manager, and the
SROI-kansen threshold. The employer list and page themselves are in `relations.py`.

Contact persons and the account manager are kept by the employer's own municipality or region
(`get_for_user_or_404(..., manage=True)`); a follow-up, like a contact moment, is planned by any
municipality that sees the employer, and belongs to that municipality."""

from __future__ import annotations

from datetime import date

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app.extensions import db
from app.formatting import ddmmyyyy
from app.jobhunter import bp
from app.jobhunter.common import current_municipality
from app.jobhunter.crm_forms import (
    AccountManagerForm,
    ConfirmForm,
    ContactPersonForm,
    FollowUpForm,
    LeadThresholdForm,
)
from app.jobhunter.relations import employer_page, fill_follow_up_choices
from app.models import Employer, EmployerContactPerson, EmployerFollowUp
from app.models.base import utcnow
from app.pagination import paginate
from app.security import can_see, get_for_user_or_404, role_required, staff_scope
from app.services import audit, employer_crm
from app.services import leads as leads_service


def _to_employer(employer: Employer, anchor: str = ""):
    return redirect(url_for("jobhunter.employer", employer_id=employer.id) + anchor)


def _person_form_page(form, employer: Employer, person=None, status: int = 200):
    return (
        render_template(
            "jobhunter/contact_person.html", form=form, employer=employer, person=person
        ),
        status,
    )


def _add_error(form, error: employer_crm.CrmError) -> None:
    target = form[error.field] if error.field and error.field in form else None
    if target is not None:
        target.errors = [*target.errors, str(error)]
    else:
        form.form_errors.append(str(error))


@bp.route("/werkgevers/<int:employer_id>/contactpersonen/nieuw", methods=["GET", "POST"])
@role_required("jobhunter")
def person_new(employer_id: int):
    """Add a contact person to an employer kept by the jobhunter's municipality or region."""
    employer = get_for_user_or_404(Employer, employer_id, manage=True)
    form = ContactPersonForm()
    if form.validate_on_submit():
        try:
            person = employer_crm.save_person(employer, None, form.data, date.today())
        except employer_crm.CrmError as error:
            _add_error(form, error)
        else:
            db.session.commit()
            flash(_("Contactpersoon %(name)s is toegevoegd.", name=person.name), "success")
            return _to_employer(employer, "#contactpersonen")
    return _person_form_page(form, employer, status=400 if form.errors else 200)


@bp.route("/werkgevers/contactpersonen/<int:person_id>", methods=["GET", "POST"])
@role_required("jobhunter")
def person_edit(person_id: int):
    """Change a contact person (or, from this page, remove them)."""
    person = get_for_user_or_404(EmployerContactPerson, person_id, manage=True)
    employer = person.employer
    form = ContactPersonForm(obj=person)
    if request.method == "GET":
        form.newsletter.data = person.newsletter_consent_at is not None
    if form.validate_on_submit():
        try:
            employer_crm.save_person(employer, person, form.data, date.today())
        except employer_crm.CrmError as error:
            _add_error(form, error)
        else:
            db.session.commit()
            flash(_("De gegevens van %(name)s zijn opgeslagen.", name=person.name), "success")
            return _to_employer(employer, "#contactpersonen")
    return _person_form_page(form, employer, person, status=400 if form.errors else 200)


@bp.route("/werkgevers/contactpersonen/<int:person_id>/verwijderen", methods=["POST"])
@role_required("jobhunter")
def person_delete(person_id: int):
    """Remove a contact person for good (AVG: no longer needed)."""
    person = get_for_user_or_404(EmployerContactPerson, person_id, manage=True)
    employer, name = person.employer, person.name
    if not ConfirmForm().validate_on_submit():
        flash(_("Het formulier is verlopen. Probeer het opnieuw."), "error")
        return _to_employer(employer, "#contactpersonen")
    employer_crm.delete_person(person)
    db.session.commit()
    flash(_("Contactpersoon %(name)s is verwijderd.", name=name), "success")
    return _to_employer(employer, "#contactpersonen")


@bp.route("/werkgevers/<int:employer_id>/terugbellen", methods=["POST"])
@role_required("jobhunter")
def follow_up_new(employer_id: int):
    """Schedule a follow-up with an employer; it lands on the chosen jobhunter's dashboard."""
    employer = get_for_user_or_404(Employer, employer_id)
    municipality = current_municipality()
    form = FollowUpForm(prefix="terugbellen")
    people = employer_crm.persons(employer)
    scope = staff_scope(current_user)
    fill_follow_up_choices(form, employer, people, scope)
    if form.validate_on_submit():
        try:
            follow_up = employer_crm.schedule_follow_up(
                employer, municipality, current_user, form.data, scope, date.today()
            )
        except employer_crm.CrmError as error:
            _add_error(form, error)
        else:
            db.session.commit()
            flash(
                _(
                    "Terugbelafspraak gepland voor %(day)s (%(who)s).",
                    day=ddmmyyyy(follow_up.due_date),
                    who=follow_up.jobhunter.name,
                ),
                "success",
            )
            return redirect(
                url_for("jobhunter.employer", employer_id=employer.id, gemeente=municipality.id)
                + "#terugbellen"
            )
    return employer_page(employer, municipality, follow_up_form=form, status=400)


def _back(default):
    target = request.form.get("terug", "")
    return redirect(target if target.startswith("/jobhunter/") else default)


@bp.route("/werkgevers/terugbellen/<int:follow_up_id>/afronden", methods=["POST"])
@role_required("jobhunter")
def employer_follow_up_done(follow_up_id: int):
    """Mark a follow-up done (from the employer page or the dashboard)."""
    follow_up = get_for_user_or_404(EmployerFollowUp, follow_up_id)
    default = url_for("jobhunter.employer", employer_id=follow_up.employer_id) + "#terugbellen"
    if not ConfirmForm().validate_on_submit():
        flash(_("Het formulier is verlopen. Probeer het opnieuw."), "error")
        return _back(default)
    try:
        employer_crm.complete_follow_up(follow_up, current_user, utcnow())
    except employer_crm.CrmError as error:
        flash(str(error), "error")
        return _back(default)
    db.session.commit()
    flash(
        _("Terugbelafspraak met %(employer)s afgerond.", employer=follow_up.employer.name),
        "success",
    )
    return _back(default)


@bp.route("/werkgevers/<int:employer_id>/accountmanager", methods=["POST"])
@role_required("jobhunter")
def account_manager(employer_id: int):
    """Set the employer's account manager: a jobhunter of the municipality or region."""
    employer = get_for_user_or_404(Employer, employer_id, manage=True)
    municipality = current_municipality()
    form = AccountManagerForm(prefix="accountmanager")
    scope = staff_scope(current_user)
    form.account_manager_id.choices = [(0, "")] + [
        (u.id, u.name) for u in employer_crm.account_managers(scope)
    ]
    if form.validate_on_submit():
        try:
            employer_crm.set_account_manager(employer, form.account_manager_id.data, scope)
        except employer_crm.CrmError as error:
            _add_error(form, error)
        else:
            db.session.commit()
            flash(_("De accountmanager is opgeslagen."), "success")
            return _to_employer(employer)
    return employer_page(employer, municipality, manager_form=form, status=400)


def _leads_page(municipality, threshold_form=None, status: int = 200):
    today, scope = date.today(), staff_scope(current_user)
    leads_service.ensure_statuses(today, scope)
    page = paginate(  # the suppliers in SQL (stored SROI status), one page of them in Python
        leads_service.lead_suppliers_query(today, scope),
        rows=True,
        count_in_page=True,
        default_size=10,
        sizes=SIZES,
        endpoint="jobhunter.leads",
        transform=lambda rows: leads_service.leads_for(
            [row.supplier_id for row in rows], today, scope
        ),
    )
    found = page.items
    leads_service.fill_candidates_in(  # matching for this page's employers only
        found, scope, today, min_score=municipality.lead_min_score
    )
    if threshold_form is None:
        threshold_form = LeadThresholdForm(formdata=None)
        threshold_form.min_score.data = municipality.lead_min_score
    html = render_template(
        "jobhunter/leads.html",
        leads=found,
        page=page,
        today=today,
        municipality=municipality,
        threshold_form=threshold_form,
        can_see=can_see,
    )
    shown = [c.client.id for lead in found for line in lead.vacancies for c in line.candidates]
    audit.commit_list_read(shown, "kansen")
    return html, status


# Employers per page of SROI-kansen: each comes with its vacancies and candidates.
SIZES = (10, 25, 50)


@bp.route("/kansen")
@role_required("jobhunter")
def leads():
    """Employers behind on their SROI obligation, with their vacancies and fitting candidates
    (those scoring at least the municipality's threshold), each with their proposal state."""
    return _leads_page(current_municipality())


@bp.route("/kansen/drempel", methods=["POST"])
@role_required("jobhunter")
def lead_threshold():
    """The municipality's lowest match score for SROI-kansen."""
    municipality = current_municipality()
    form = LeadThresholdForm()
    if not form.validate_on_submit():
        return _leads_page(municipality, threshold_form=form, status=400)
    old, new = municipality.lead_min_score, form.min_score.data
    if old != new:
        municipality.lead_min_score = new
        audit.record("update", municipality, detail=f"drempel SROI-kansen {old} naar {new}")
        db.session.commit()
    flash(
        _(
            "SROI-kansen toont voor %(name)s werkzoekenden vanaf score %(score)s.",
            name=municipality.name,
            score=new,
        ),
        "success",
    )
    return redirect(url_for("jobhunter.leads", gemeente=municipality.id))
