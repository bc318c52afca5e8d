"""A client's path (issue 16): work found outside the portal, the plan van aanpak, ladder /
profile / client-group registrations, contacts with documents, tasks, provisions and the
banenafspraak outreach cycle. Each page shows one client's data: the GET is audited as a read.
"""

from __future__ import annotations

from datetime import date

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app.evidence import evidence_response
from app.extensions import db
from app.fields import add_errors, options
from app.formatting import ddmmyyyy
from app.jobhunter import bp
from app.jobhunter.path_forms import (
    ConfirmForm,
    ContactForm,
    ExitForm,
    PlanForm,
    ProvisionEndForm,
    ProvisionForm,
    StatusForm,
    TaskDoneForm,
    TaskForm,
)
from app.models import (
    Client,
    ClientDocument,
    ClientProvision,
    ClientTask,
    Employer,
    PlanAction,
)
from app.models.choices import CLIENT_CONTACT_KINDS, PAID_PLACEMENT_KINDS
from app.security import get_for_user_or_404, role_required, staff_scope
from app.services import (
    audit,
    client_exits,
    client_log,
    client_plans,
    client_records,
    client_rules,
    client_timeline,
    due_items,
)


def _to_client(client_id: int, anchor: str = ""):
    return redirect(url_for("jobhunter.client", client_id=client_id, _anchor=anchor or None))


def _field_error(form, error) -> None:
    """Put a service's Dutch message next to its field (or on top of the form)."""
    name = getattr(error, "field", None)
    message = getattr(error, "message", None) or str(error)
    if name and name in form:
        form[name].errors = [*form[name].errors, message]
    else:
        flash(message, "error")


def _read(client: Client, detail: str) -> None:
    if request.method == "GET":
        audit.commit_read(client, detail=detail)


# --- work found outside the portal -------------------------------------------------------------


def _employer_choices(client: Client):
    """Employers of the client's municipality (or region) for the choice, by name."""
    scope = staff_scope(current_user)
    employers = db.session.execute(
        db.select(Employer.id, Employer.name)
        .where(db.or_(Employer.municipality_id.in_(scope), Employer.municipality_id.is_(None)))
        .order_by(Employer.name)
        .limit(2000)
    ).all()
    return options([(0, _("— niet in het register —"))] + [(i, n) for i, n in employers])


@bp.route("/werkzoekenden/<int:client_id>/werk-buiten-portal", methods=["GET", "POST"])
@role_required("jobhunter")
def exit_new(client_id: int):
    """Register work the client found outside the portal (issue 16)."""
    client = get_for_user_or_404(Client, client_id)
    form = ExitForm()
    form.employer_id.choices = _employer_choices(client)
    if request.method == "GET":
        form.ladder_step.data = "6"  # betaald werk; 5 with support
    if form.validate_on_submit():
        try:
            placement = client_exits.register_exit(client, form.data, current_user, date.today())
            if form.ladder_step.data:
                on = min(placement.start_date, date.today())
                client_log.record_status(
                    client, "ladder_step", form.ladder_step.data, on, current_user
                )
        except client_exits.ExitError as error:
            db.session.rollback()
            if getattr(error, "refusals", None):
                add_errors(form, error.errors)
            else:
                _field_error(form, error)
        else:
            db.session.commit()
            flash(_("Het werk is vastgelegd; de nazorg na 2 en 6 weken staat klaar."), "success")
            return _to_client(client.id, "tijdlijn")
    _read(client, "werk buiten de portal")
    return render_template("jobhunter/exit_form.html", client=client, form=form)


# --- plan van aanpak -----------------------------------------------------------------------------


def _plan_form(client: Client) -> PlanForm:
    current = client_plans.current(client)
    if request.method == "POST":
        return PlanForm()
    form = PlanForm()
    if current is None:
        form.agreed_on.data = date.today()
        return form
    form.goals.data, form.final_goal.data = current.goals, current.final_goal
    form.support.data = current.support
    form.agreed_on.data = date.today()
    while len(form.actions.entries):
        form.actions.pop_entry()
    for action in current.actions:
        form.actions.append_entry(
            {
                "description": action.description,
                "owner": action.owner,
                "owner_name": action.owner_name,
                "due_on": action.due_on,
                "done": action.done_on is not None,
            }
        )
    for _row in range(3):
        form.actions.append_entry()
    return form


@bp.route("/werkzoekenden/<int:client_id>/plan", methods=["GET", "POST"])
@role_required("jobhunter")
def plan_edit(client_id: int):
    """Write the plan van aanpak, or evaluate it: every save is a new version."""
    client = get_for_user_or_404(Client, client_id)
    form = _plan_form(client)
    if form.validate_on_submit():
        data = dict(form.data)
        data["actions"] = [row for row in form.actions.data]
        try:
            version = client_plans.save(client, data, current_user, date.today())
        except client_plans.PlanError as error:
            db.session.rollback()
            _field_error(form, error)
        else:
            db.session.commit()
            flash(
                _(
                    "Versie %(n)s van het plan is vastgelegd; volgende evaluatie %(d)s.",
                    n=version.version,
                    d=ddmmyyyy(version.next_review_on),
                ),
                "success",
            )
            return _to_client(client.id, "plan")
    _read(client, "plan van aanpak")
    return render_template(
        "jobhunter/plan_form.html",
        client=client,
        form=form,
        current=client_plans.current(client),
        versions=client_plans.versions(client),
        default_review=client_plans.next_review(client, date.today()),
    )


@bp.route("/plan-acties/<int:action_id>/afronden", methods=["POST"])
@role_required("jobhunter")
def plan_action_done(action_id: int):
    action = get_for_user_or_404(PlanAction, action_id)
    if ConfirmForm().validate():
        try:
            client_plans.complete_action(action, date.today())
        except client_plans.PlanError as error:
            flash(str(error), "error")
        else:
            db.session.commit()
            flash(_("Actie afgerond."), "success")
    return _to_client(action.plan.client_id, "plan")


# --- ladder step, profile, client group ----------------------------------------------------------


@bp.route("/werkzoekenden/<int:client_id>/trede", methods=["GET", "POST"])
@role_required("jobhunter")
def status_new(client_id: int):
    """Register ladder step, profile and client group (`000` §2.3: at least once a year)."""
    client = get_for_user_or_404(Client, client_id)
    form = StatusForm()
    if request.method == "GET":
        form.changed_on.data = date.today()
        form.ladder_step.data = str(client.ladder_step or "")
        form.profile.data = str(client.profile or "")
        form.client_group.data = client.client_group or ""
    if form.validate_on_submit():
        for field in ("ladder_step", "profile", "client_group"):
            if form[field].data:
                client_log.record_status(
                    client, field, form[field].data, form.changed_on.data, current_user
                )
        db.session.commit()
        flash(_("De registratie is vastgelegd."), "success")
        return _to_client(client.id, "tijdlijn")
    _read(client, "trede vastleggen")
    return render_template(
        "jobhunter/status_form.html",
        client=client,
        form=form,
        history=client_log.status_history(client),
    )


# --- contacts, documents, tasks ----------------------------------------------------------------


@bp.route("/werkzoekenden/<int:client_id>/contact", methods=["GET", "POST"])
@role_required("jobhunter")
def contact_new(client_id: int):
    """Log a contact (a dienstverleningsgesprek too), with documents."""
    client = get_for_user_or_404(Client, client_id)
    form = ContactForm()
    if request.method == "GET":
        form.contact_on.data = date.today()
        if request.args.get("soort") in CLIENT_CONTACT_KINDS:
            form.kind.data = request.args["soort"]
        if form.kind.data == "service_talk":
            form.ladder_step.data = str(client.ladder_step or "")
    if form.validate_on_submit():
        try:
            client_log.add_contact(
                client,
                kind=form.kind.data,
                contact_on=form.contact_on.data,
                note=form.note.data or "",
                user=current_user,
                today=date.today(),
                files=request.files.getlist(form.documents.name),
            )
            if form.ladder_step.data:
                client_log.record_status(
                    client, "ladder_step", form.ladder_step.data, form.contact_on.data, current_user
                )
        except client_log.ClientLogError as error:
            db.session.rollback()
            _field_error(form, error)
        else:
            db.session.commit()
            flash(_("Het contact is vastgelegd."), "success")
            return _to_client(client.id, "tijdlijn")
    _read(client, "contact vastleggen")
    return render_template("jobhunter/contact_form.html", client=client, form=form)


@bp.route("/documenten/<int:document_id>")
@role_required("jobhunter")
def document_download(document_id: int):
    """A document of a client's file, after the access check; the download is audited."""
    document = get_for_user_or_404(ClientDocument, document_id)
    audit.commit_export(document, detail=f"document {document.id}")
    return evidence_response(document)


def _jobhunter_choices():
    people = client_records.jobhunters_in(staff_scope(current_user))
    return options([(u.id, u.name) for u in people])


@bp.route("/werkzoekenden/<int:client_id>/taak", methods=["GET", "POST"])
@role_required("jobhunter")
def task_new(client_id: int):
    client = get_for_user_or_404(Client, client_id)
    form = TaskForm()
    form.jobhunter_id.choices = _jobhunter_choices()
    if request.method == "GET":
        form.jobhunter_id.data = client.jobhunter_id or current_user.id
    if form.validate_on_submit():
        people = {u.id: u for u in client_records.jobhunters_in(staff_scope(current_user))}
        try:
            client_log.add_task(
                client,
                title=form.title.data,
                due_on=form.due_on.data,
                remind_on=form.remind_on.data,
                jobhunter=people.get(form.jobhunter_id.data, current_user),
                user=current_user,
            )
        except client_log.ClientLogError as error:
            db.session.rollback()
            _field_error(form, error)
        else:
            db.session.commit()
            flash(_("De taak is vastgelegd."), "success")
            return _to_client(client.id, "taken")
    _read(client, "taak vastleggen")
    return render_template("jobhunter/task_form.html", client=client, form=form)


def _back(default):
    target = request.form.get("terug", "")
    return redirect(target if target.startswith("/jobhunter/") else default)


@bp.route("/taken/<int:client_task_id>/afronden", methods=["POST"])
@role_required("jobhunter")
def task_done(client_task_id: int):
    task = get_for_user_or_404(ClientTask, client_task_id)
    form = TaskDoneForm()
    back = url_for("jobhunter.client", client_id=task.client_id, _anchor="taken")
    if not form.validate():
        flash(" ".join(e for errors in form.errors.values() for e in errors), "error")
        return _back(back)
    try:
        client_log.complete_task(task, form.note.data or "", date.today())
    except client_log.ClientLogError as error:
        flash(str(error), "error")
        return _back(back)
    db.session.commit()
    flash(_("Taak afgerond."), "success")
    return _back(back)


@bp.route("/werkzoekenden/<int:client_id>/benadering", methods=["POST"])
@role_required("jobhunter")
def outreach_start(client_id: int):
    """Start the banenafspraak outreach cycle (`000` doel 2): letter, call, reminder."""
    client = get_for_user_or_404(Client, client_id)
    if ConfirmForm().validate():
        try:
            client_log.start_outreach(client, current_user, date.today())
        except client_log.ClientLogError as error:
            flash(str(error), "error")
        else:
            db.session.commit()
            flash(_("De benadering is gestart: brief, telefoontje en herinnering."), "success")
    return _to_client(client.id, "taken")


# --- re-integration provisions -----------------------------------------------------------------


@bp.route("/werkzoekenden/<int:client_id>/voorziening", methods=["GET", "POST"])
@role_required("jobhunter")
def provision_new(client_id: int):
    client = get_for_user_or_404(Client, client_id)
    form = ProvisionForm()
    if request.method == "GET":
        form.start_on.data = date.today()
    if form.validate_on_submit():
        try:
            client_log.add_provision(
                client,
                kind=form.kind.data,
                provider=form.provider.data or "",
                start_on=form.start_on.data,
                end_on=form.end_on.data,
                user=current_user,
            )
        except client_log.ClientLogError as error:
            db.session.rollback()
            _field_error(form, error)
        else:
            db.session.commit()
            flash(_("De voorziening is vastgelegd."), "success")
            return _to_client(client.id, "voorzieningen")
    _read(client, "voorziening vastleggen")
    return render_template(
        "jobhunter/provision_form.html",
        client=client,
        form=form,
        provisions=client_log.provisions(client),
    )


@bp.route("/voorzieningen/<int:provision_id>/beeindigen", methods=["POST"])
@role_required("jobhunter")
def provision_end(provision_id: int):
    provision = get_for_user_or_404(ClientProvision, provision_id)
    form = ProvisionEndForm()
    if not form.validate():
        flash(" ".join(e for errors in form.errors.values() for e in errors), "error")
    else:
        try:
            client_log.end_provision(provision, form.end_on.data)
        except client_log.ClientLogError as error:
            flash(str(error), "error")
        else:
            db.session.commit()
            flash(_("De voorziening is beëindigd."), "success")
    return _to_client(provision.client_id, "voorzieningen")


# --- the client page -----------------------------------------------------------------------------


def _target_group_facts(client: Client, placements, today: date) -> dict:
    """Deadlines of the client's target groups with their state, for the client page."""
    municipality = client.municipality

    def placed_since(day, kinds):
        return day is not None and any(p.start_date >= day and p.kind in kinds for p in placements)

    facts = {}
    if client.banenafspraak:
        due = client_rules.deadline(
            client.banenafspraak_on, municipality.banenafspraak_offer_months
        )
        met = placed_since(client.banenafspraak_on, due_items.OFFER_KINDS)
        facts["banenafspraak"] = {
            "due": due,
            "state": client_rules.state(due, today, done=met),
            "outreach": client_log.open_tasks(client, client_log.OUTREACH_KINDS),
        }
    if client.sheltered_work:
        due = client_rules.deadline(client.sheltered_work_on, municipality.sheltered_work_months)
        met = placed_since(client.sheltered_work_on, PAID_PLACEMENT_KINDS)
        facts["sheltered"] = {"due": due, "state": client_rules.state(due, today, done=met)}
    if client.newcomer:
        due = client_rules.deadline(client.integration_start, municipality.integration_months)
        facts["integration"] = {
            "due": due,
            "state": client_rules.state(due, today, done=client.integration_done_on is not None),
            "internships": [p for p in placements if p.kind in ("internship", "work_experience")],
        }
    facts["job_search_duty"] = client_rules.job_search_duty(
        client.birth_date, today, municipality.job_search_exempt_age
    )
    facts["job_search_duty_ends"] = client_rules.job_search_duty_ends(
        client.birth_date, municipality.job_search_exempt_age
    )
    facts["travel_hours"] = municipality.travel_hours_per_day
    facts["exempt_age"] = municipality.job_search_exempt_age
    return facts


def page_context(client: Client, history: dict, today: date) -> dict:
    """What the client page shows of the client's path (issue 16)."""
    plan = client_plans.current(client)
    return {
        "due": due_items.for_client(client, today),
        "plan": plan,
        "plan_state": client_rules.state(plan.next_review_on, today) if plan else None,
        "open_tasks": client_log.open_tasks(client),
        "provisions": client_log.provisions(client),
        "timeline": client_timeline.build(client, history, today),
        "groups": _target_group_facts(client, history["placements"], today),
        "confirm_form": ConfirmForm(),
        "task_done_form": TaskDoneForm(),
        "provision_end_form": ProvisionEndForm(),
        "today": today,
    }
