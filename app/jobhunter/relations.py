"""Employer relations and the yearly employer campaign (SPEC §4.6)."""

from __future__ import annotations

from datetime import date

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app.extensions import db
from app.fields import options
from app.jobhunter import bp
from app.jobhunter.common import current_municipality, municipalities, year_arg
from app.jobhunter.crm_forms import (
    AccountManagerForm,
    EmployerFilterForm,
    FollowUpForm,
)
from app.jobhunter.forms import CampaignActivityForm, CampaignForm, ContactForm
from app.models import CampaignActivity, Contract, Employer, Vacancy
from app.pagination import paginate, paginate_items
from app.security import get_for_user_or_404, role_required, staff_scope
from app.services import (
    audit,
    employer_crm,
    employer_list,
    employer_relations,
    employer_timeline,
)
from app.services.sroi_bridge import status_for
from app.services.vacancy_records import open_on


@bp.route("/werkgevers")
@role_required("jobhunter")
def employers():
    """The employers kept by the jobhunter's municipality or region: filters and sorting in the
    URL, done by the database, one page at a time."""
    municipality = current_municipality()
    scope, today = staff_scope(current_user), date.today()
    form = EmployerFilterForm(request.args)
    form.sector.choices = options([(s, s) for s in employer_list.sectors(scope)], _("alle"))
    form.manager.choices = options(
        [("me", _("mijzelf")), ("none", _("nog niemand"))]
        + [(u.id, u.name) for u in employer_crm.account_managers(scope)],
        _("alle"),
    )
    filters = form.valid_filters()
    page = paginate(
        employer_list.search(scope, municipality, current_user, filters, today),
        default_size=employer_list.PAGE_SIZE,
        rows=True,
        transform=lambda found: employer_list.rows_of(found, municipality, today),
    )
    return render_template(
        "jobhunter/employers.html",
        rows=page.items,
        form=form,
        page=page,
        quota=employer_crm.jobs_now([r.employer.id for r in page.items], scope, today),
        municipality=municipality,
        municipalities=municipalities(),
        filtered=bool(set(filters) - {"sort"}),
    )


@bp.route("/werkgevers/<int:employer_id>", methods=["GET", "POST"])
@role_required("jobhunter")
def employer(employer_id: int):
    """An employer: facts, account manager, quota, contact persons, follow-ups, SROI
    contracts, open vacancies, the timeline, and the form to log a contact."""
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
    return employer_page(obj, municipality, contact_form=form, status=400 if form.errors else 200)


def employer_page(
    obj: Employer,
    municipality,
    *,
    contact_form=None,
    follow_up_form=None,
    manager_form=None,
    status: int = 200,
):
    """Render the employer page with the given forms (a form with errors comes back filled in)
    and record which clients its timeline showed."""
    scope, today = staff_scope(current_user), date.today()
    people = employer_crm.persons(obj)
    if contact_form is None:
        contact_form = ContactForm(formdata=None)
        contact_form.contact_date.data = today
    if follow_up_form is None:
        follow_up_form = FollowUpForm(formdata=None, prefix="terugbellen")
    fill_follow_up_choices(follow_up_form, obj, people, scope)
    if manager_form is None:
        manager_form = AccountManagerForm(formdata=None, prefix="accountmanager")
        manager_form.account_manager_id.data = obj.account_manager_id or 0
    manager_form.account_manager_id.choices = options(
        [(0, _("nog niemand"))] + [(u.id, u.name) for u in employer_crm.account_managers(scope)]
    )
    kind = request.args.get("tijdlijn")
    kind = kind if kind in employer_timeline.KINDS else None
    everything = request.args.get("alles") == "1"
    timeline = employer_timeline.timeline(
        obj, municipality, scope, today, kind=kind, limit=None if everything else 40
    )
    vacancies = db.session.scalars(
        db.select(Vacancy)
        .where(Vacancy.employer_id == obj.id, open_on(date.today()))
        .order_by(Vacancy.title)
    ).all()
    contracts = db.session.scalars(db.select(Contract).where(Contract.supplier_id == obj.id)).all()
    html = render_template(
        "jobhunter/employer.html",
        employer=obj,
        form=contact_form,
        follow_up_form=follow_up_form,
        manager_form=manager_form,
        municipality=municipality,
        has_contacts=employer_relations.has_contacts(obj, municipality),
        persons=people,
        follow_ups=employer_crm.open_follow_ups(obj, scope),
        quota=employer_crm.quota(obj, scope, today),
        timeline=timeline,
        timeline_kind=kind,
        timeline_kinds=employer_timeline.kind_labels(),
        everything=everything,
        vacancies=vacancies,
        contracts=[(c, status_for(c, today)) for c in contracts],
        today=today,
    )
    audit.commit_list_read(timeline.client_ids, f"werkgever {obj.id}: tijdlijn")
    return html, status


def fill_follow_up_choices(form, employer: Employer, people, scope) -> None:
    """Who can call (jobhunters of the municipality or region) and whom (contact persons);
    the default caller is the employer's account manager, else the current user."""
    jobhunters = employer_crm.account_managers(scope)
    form.jobhunter_id.choices = options([(u.id, u.name) for u in jobhunters])
    form.contact_person_id.choices = options(
        [(0, "—")]
        + [(p.id, f"{p.name} ({p.job_title})" if p.job_title else p.name) for p in people]
    )
    if form.jobhunter_id.data is None:
        ids = {u.id for u in jobhunters}
        manager = employer.account_manager_id
        form.jobhunter_id.data = manager if manager in ids else current_user.id
    if form.contact_person_id.data is None:
        form.contact_person_id.data = 0


def _campaign_page(municipality, year, campaign, form=None, activity_form=None, status=200):
    if form is None:
        form = CampaignForm(obj=campaign, prefix="plan")
        if not campaign.action_plan:
            form.action_plan.data = ACTION_PLAN_TEMPLATE
    results = employer_relations.campaign_results(municipality, year)
    # Three lists, each with its own page in the URL (app.pagination).
    conversations = paginate_items(
        results.new_conversations,
        default_size=25,
        prefix="gesprekken_",
        anchor="gesprekken",
        endpoint="jobhunter.campaign",
    )
    spotlight = paginate(
        employer_relations.spotlight_select(municipality, year),
        rows=True,
        default_size=25,
        prefix="zonnetje_",
        anchor="zonnetje",
        endpoint="jobhunter.campaign",
        transform=employer_relations.with_employers,
    )
    activities = paginate(
        db.select(CampaignActivity)
        .where(CampaignActivity.campaign_id == campaign.id)
        .order_by(CampaignActivity.date, CampaignActivity.id),
        default_size=25,
        prefix="activiteiten_",
        anchor="activiteiten",
        endpoint="jobhunter.campaign",
    )
    return render_template(
        "jobhunter/campaign.html",
        campaign=campaign,
        form=form,
        activity_form=activity_form or CampaignActivityForm(prefix="activiteit"),
        results=results,
        year=year,
        municipality=municipality,
        municipalities=municipalities(),
        spotlight=spotlight.items,
        conversations=conversations,
        spotlight_page=spotlight,
        activities=activities,
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
