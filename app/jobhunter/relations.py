"""Employer relations and the yearly employer campaign (SPEC §4.6)."""

from __future__ import annotations

from datetime import date

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app.extensions import db
from app.jobhunter import bp
from app.jobhunter.common import current_municipality, municipalities, year_arg
from app.jobhunter.forms import CampaignActivityForm, CampaignForm, ContactForm
from app.models import Contract, Employer, EmployerContact, Vacancy
from app.security import get_for_user_or_404, role_required
from app.services import employer_relations
from app.services.sroi_bridge import status_for


@bp.route("/werkgevers")
@role_required("jobhunter")
def employers():
    municipality = current_municipality()
    term = request.args.get("q", "").strip()[:100]
    query = db.select(Employer).order_by(Employer.name)
    if term:
        query = query.where(
            db.or_(Employer.name.ilike(f"%{term}%"), Employer.kvk == term.replace(" ", ""))
        )
    rows = db.session.scalars(query.limit(300)).all()
    last_contacts = dict(
        db.session.execute(
            db.select(EmployerContact.employer_id, db.func.max(EmployerContact.contact_date))
            .where(EmployerContact.municipality_id == municipality.id)
            .group_by(EmployerContact.employer_id)
        ).all()
    )
    return render_template(
        "jobhunter/employers.html",
        employers=rows,
        term=term,
        last_contacts=last_contacts,
        municipality=municipality,
    )


@bp.route("/werkgevers/<int:employer_id>", methods=["GET", "POST"])
@role_required("jobhunter")
def employer(employer_id: int):
    """An employer with contact history (new-employer mark), open vacancies and SROI contracts."""
    obj = get_for_user_or_404(Employer, employer_id)
    municipality = current_municipality()
    form = ContactForm()
    if request.method == "GET":
        form.contact_date.data = date.today()
    if form.validate_on_submit():
        employer_relations.log_contact(obj, municipality, current_user, form.data)
        db.session.commit()
        flash(_("Het contact is vastgelegd."), "success")
        return redirect(url_for("jobhunter.employer", employer_id=obj.id, gemeente=municipality.id))
    vacancies = db.session.scalars(
        db.select(Vacancy)
        .where(Vacancy.employer_id == obj.id, Vacancy.status == "open")
        .order_by(Vacancy.title)
    ).all()
    contracts = db.session.scalars(db.select(Contract).where(Contract.supplier_id == obj.id)).all()
    today = date.today()
    return render_template(
        "jobhunter/employer.html",
        employer=obj,
        form=form,
        municipality=municipality,
        contacts=employer_relations.contacts_with_mark(obj, municipality),
        vacancies=vacancies,
        contracts=[(c, status_for(c, today)) for c in contracts],
    )


def _campaign_page(municipality, year, campaign, form=None, activity_form=None, status=200):
    if form is None:
        form = CampaignForm(obj=campaign, prefix="plan")
        if not campaign.action_plan:
            form.action_plan.data = ACTION_PLAN_TEMPLATE
    return render_template(
        "jobhunter/campaign.html",
        campaign=campaign,
        form=form,
        activity_form=activity_form or CampaignActivityForm(prefix="activiteit"),
        results=employer_relations.campaign_results(municipality, year),
        year=year,
        municipality=municipality,
        municipalities=municipalities(),
        spotlight=employer_relations.spotlight_candidates(municipality, year),
    ), status


def _campaign_context():
    municipality = current_municipality()
    year = year_arg(date.today().year)
    campaign = employer_relations.campaign_for(municipality, year)
    db.session.commit()
    return municipality, year, campaign


@bp.route("/campagne")
@role_required("jobhunter")
def campaign():
    """The yearly action plan, targets, activities and results against targets."""
    return _campaign_page(*_campaign_context())


@bp.route("/campagne/plan", methods=["POST"])
@role_required("jobhunter")
def campaign_plan():
    municipality, year, campaign = _campaign_context()
    form = CampaignForm(prefix="plan")
    if not form.validate():
        return _campaign_page(municipality, year, campaign, form=form, status=400)
    form.populate_obj(campaign)
    db.session.commit()
    flash(_("Het actieplan is opgeslagen."), "success")
    return redirect(url_for("jobhunter.campaign", jaar=year, gemeente=municipality.id))


@bp.route("/campagne/activiteit", methods=["POST"])
@role_required("jobhunter")
def campaign_activity():
    municipality, year, campaign = _campaign_context()
    form = CampaignActivityForm(prefix="activiteit")
    if not form.validate():
        return _campaign_page(municipality, year, campaign, activity_form=form, status=400)
    employer_relations.add_campaign_activity(campaign, form.data)
    db.session.commit()
    flash(_("De activiteit is toegevoegd."), "success")
    return redirect(url_for("jobhunter.campaign", jaar=year, gemeente=municipality.id))


ACTION_PLAN_TEMPLATE = """1. Goede voorbeelden delen
- In november (de maand van de 1000 voorbeelden): werkgevers in het zonnetje zetten.
- Artikelen in de lokale krant over werkgevers die inwoners een kans geven.

2. Zichtbaarheid
- Ondernemersdag.
- Digitale nieuwsbrief voor ondernemers van de gemeente.
- Regionale acties en mailings.
"""
