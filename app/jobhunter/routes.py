"""Jobhunter pages: the dashboard and the clients (list, create, edit, page, outcomes)."""

from datetime import date

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app.extensions import db
from app.fields import options
from app.jobhunter import bp, client_path
from app.jobhunter.common import current_municipality
from app.jobhunter.forms import ClientFilterForm, ClientForm, FollowUpDoneForm, OutcomeForm
from app.models import Client, Proposal
from app.pagination import Sorts, paginate, paginate_items
from app.security import get_for_user_or_404, role_required, staff_scope
from app.services import (
    aftercare,
    audit,
    availability,
    client_records,
    client_rules,
    due_items,
    employer_crm,
    matching_ranking,
)

PAGE_SIZE = 25


@bp.route("/")
@role_required("jobhunter")
def home():
    """Dashboard: follow-up due and overdue, employers' answers, incentives to act on."""
    scope, today = staff_scope(current_user), date.today()
    # count(*), not count(id): PostgreSQL counts from the index alone (the id is not in it).
    my_clients = db.session.scalar(
        db.select(db.func.count())
        .select_from(Client)
        .where(Client.jobhunter_id == current_user.id, Client.municipality_id.in_(scope))
    )
    answers = db.session.scalars(
        db.select(Proposal)
        .join(Proposal.client)
        .where(
            Proposal.jobhunter_id == current_user.id,
            Proposal.answered_at.is_not(None),
            Proposal.status.in_(("invited", "rejected")),
            Client.municipality_id.in_(scope),
        )
        .order_by(Proposal.answered_at.desc())
        .limit(10)
    ).all()
    awards = [
        row
        for row in aftercare.awards(scope, today, ("requested", "granted"))
        if row.can_grant or row.can_pay or row.decision.state == "forfeited"
    ]
    tasks = aftercare.open_follow_ups(current_user, scope)
    due = due_items.for_jobhunter(current_user, scope, today)
    # Most urgent first (the list's own order), a page at a time: a large caseload has hundreds.
    due_page = paginate_items(due, default_size=25, prefix="te_doen_", anchor="te-doen")
    html = render_template(
        "jobhunter/home.html",
        my_clients=my_clients,
        due=due,
        due_page=due_page,
        tasks=tasks,
        answers=answers,
        awards=awards,
        today=today,
        form=FollowUpDoneForm(),
        employer_follow_ups=employer_crm.due_follow_ups(current_user, scope, today),
    )
    shown = [t.placement.client_id for t in tasks] + [p.client_id for p in answers]
    shown += [item.client.id for item in due_page.items]
    audit.commit_list_read(shown + [r.award.placement.client_id for r in awards], "overzicht")
    return html


# The list's sort orders (app.pagination): by name unless the URL asks otherwise.
CLIENT_SORTS = Sorts(
    {
        "naam": (db.func.lower(Client.last_name), db.func.lower(Client.first_name)),
        "uitkering": (Client.benefit_type,),
        "trede": (Client.ladder_step,),
        "profiel": (Client.profile,),
    },
    default="naam",
)
# PostgreSQL with a search term: the same orders, but by name through `|| ''`. The matches are
# few, found with the trigram index (ix_clients_search_trgm) and sorted; an order it can read
# from the name index tempts PostgreSQL to walk the municipality's clients in name order looking
# for them (for a name late in the alphabet: nearly all). Same order: the strings are equal.
# SQLite has no trigram index: there, walking the name index (which holds the searched columns)
# is the fastest way, and `|| ''` would make it read and sort the rows instead.
SEARCH_SORTS = Sorts(
    {
        **CLIENT_SORTS.columns,
        "naam": (
            db.func.lower(Client.last_name).op("||")(db.literal_column("''")),
            db.func.lower(Client.first_name),
        ),
    },
    default="naam",
)


@bp.route("/werkzoekenden")
@role_required("jobhunter")
def clients():
    scope = staff_scope(current_user)
    form = ClientFilterForm(request.args)
    form.municipality_id.choices = options(
        [(m.id, m.name) for m in client_records.municipalities_in(scope)], "alle"
    )
    form.jobhunter_id.choices = options(
        [(u.id, u.name) for u in client_records.jobhunters_in(scope)], "alle"
    )
    filters = form.data if form.validate() else {}
    searching = (filters.get("q") or "").strip() and db.engine.dialect.name == "postgresql"
    sorts = SEARCH_SORTS if searching else CLIENT_SORTS
    page = paginate(client_records.search(scope, filters), sorts=sorts, default_size=PAGE_SIZE)
    html = render_template("jobhunter/clients.html", clients=page.items, form=form, page=page)
    audit.commit_list_read([c.id for c in page.items], f"lijst werkzoekenden, pagina {page.page}")
    return html


def _client_form(obj=None) -> ClientForm:
    scope = staff_scope(current_user)
    form = ClientForm(obj=obj)
    form.municipality_id.choices = options(
        [(m.id, m.name) for m in client_records.municipalities_in(scope)]
    )
    form.jobhunter_id.choices = options(
        [(0, "—")] + [(u.id, u.name) for u in client_records.jobhunters_in(scope)]
    )
    if request.method == "GET":
        if obj is None:
            form.jobhunter_id.data = current_user.id
            # The municipality's travel rule (`004` §2.4: 3 hours a day, or none at all).
            form.max_travel_minutes.data = client_rules.travel_minutes_one_way(
                current_municipality().travel_hours_per_day
            )
        else:
            form.desired_occupations.data = [o.text for o in obj.desired_occupations]
            form.consent.data = obj.consent_at is not None
            form.jobhunter_id.data = obj.jobhunter_id or 0
            for name in ("ladder_step", "profile"):
                form[name].data = str(getattr(obj, name) or "")
    return form


def _travel_rule(client: Client | None = None) -> dict:
    """The municipality's travel rule for the form's hint (a setting, `004` §2.4)."""
    municipality = client.municipality if client else current_municipality()
    hours = municipality.travel_hours_per_day
    return {"travel_hours": hours, "travel_minutes": client_rules.travel_minutes_one_way(hours)}


@bp.route("/werkzoekenden/nieuw", methods=["GET", "POST"])
@role_required("jobhunter")
def client_new():
    form = _client_form()
    if form.validate_on_submit():
        client = client_records.save_client(None, form.data, current_user, date.today())
        db.session.commit()
        flash(_("Werkzoekende %(name)s is vastgelegd.", name=client.full_name), "success")
        return redirect(url_for("jobhunter.client", client_id=client.id))
    return render_template("jobhunter/client_form.html", form=form, client=None, **_travel_rule())


@bp.route("/werkzoekenden/<int:client_id>/bewerken", methods=["GET", "POST"])
@role_required("jobhunter")
def client_edit(client_id: int):
    client = get_for_user_or_404(Client, client_id)
    form = _client_form(client)
    if form.validate_on_submit():
        client_records.save_client(client, form.data, current_user, date.today())
        db.session.commit()
        flash(_("De gegevens zijn opgeslagen."), "success")
        return redirect(url_for("jobhunter.client", client_id=client.id))
    if request.method == "GET":
        audit.commit_read(client, detail="bewerkformulier")
    return render_template(
        "jobhunter/client_form.html", form=form, client=client, **_travel_rule(client)
    )


@bp.route("/werkzoekenden/<int:client_id>")
@role_required("jobhunter")
def client(client_id: int):
    """A client's page with history; every staff read of client data is audited."""
    obj = get_for_user_or_404(Client, client_id)
    audit.commit_read(obj, detail="klantpagina")
    history = client_records.history(obj)
    return render_template(
        "jobhunter/client.html",
        client=obj,
        history=history,
        matches=matching_ranking.rank_vacancies(obj, k=5),
        proposed={p.vacancy_id for p in history["proposals"]},
        outcome_form=OutcomeForm(),
        status=availability.status_of(obj, date.today()),
        **client_path.page_context(obj, history, date.today()),
    )
