"""Ranked matches both ways: vacancies for a client, clients for a vacancy (SPEC §6)."""

from __future__ import annotations

from datetime import date

from flask import abort, flash, jsonify, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user
from sqlalchemy.orm import selectinload

from app.extensions import db
from app.jobhunter import bp
from app.jobhunter.forms import MatchFilterForm, ProposeForm, ProposeManyForm
from app.models import Client, Proposal, Vacancy
from app.pagination import Sorts, paginate
from app.security import get_for_user_or_404, role_required, staff_scope
from app.services import audit, availability, matching_ranking, occupations, shortlists
from app.services.proposals import ProposalError, propose, propose_many
from app.services.vacancy_records import open_on

POOL = 200  # ranked before filtering, so filters never hide the best 10 that pass them


def filtered_matches(client: Client, form: MatchFilterForm, k: int = 10):
    """The client's best open vacancies that pass the page's filters: the first `k` of the
    `POOL` best that pass them (judged on the engine's vacancy, so the engine explains and the
    page loads only those `k`)."""
    if not form.is_filtered():
        return matching_ranking.rank_vacancies(client, k=k)
    kind, max_km = form.kind.data, form.max_km.data
    # The engine holds hours as floats: compare the filter as a float too (exact for the
    # form's one decimal against the stored hours).
    hours = float(form.hours.data) if form.hours.data is not None else None

    def passes(vacancy, road_km: float) -> bool:
        if kind and vacancy.kind != kind:
            return False
        # An unknown distance (NaN) is never "too far", as on the page before.
        if max_km is not None and road_km > max_km:
            return False
        return hours is None or (
            (vacancy.hours_min is None or vacancy.hours_min <= hours)
            and (vacancy.hours_max is None or hours <= vacancy.hours_max)
        )

    return matching_ranking.rank_vacancies(client, k=k, pool=POOL, where=passes)


@bp.route("/werkzoekenden/<int:client_id>/vacatures")
@role_required("jobhunter")
def client_matches(client_id: int):
    """Ranked open vacancies for a client, with reasons and filters."""
    client = get_for_user_or_404(Client, client_id)
    audit.commit_read(client, detail="matches")
    form = MatchFilterForm(request.args)
    matches = filtered_matches(client, form) if form.validate() else []
    return render_template(
        "jobhunter/client_matches.html",
        client=client,
        form=form,
        matches=matches,
        proposed=_proposed_vacancies(client),
        status=availability.status_of(client, date.today()),
    )


def _proposed_vacancies(client: Client) -> set[int]:
    return set(
        db.session.scalars(db.select(Proposal.vacancy_id).where(Proposal.client_id == client.id))
    )


@bp.route("/werkzoekenden/<int:client_id>/waarom/<int:vacancy_id>")
@role_required("jobhunter")
def why(client_id: int, vacancy_id: int):
    """'Waarom niet hoger?': everything the engine can say about one pair, and the comparison
    with the client's best match factor by factor, with Voorstellen for either."""
    client = get_for_user_or_404(Client, client_id)
    vacancy = get_for_user_or_404(Vacancy, vacancy_id)
    comparison, top = matching_ranking.compare_with_top(client, vacancy)
    html = render_template(
        "jobhunter/why.html",
        client=client,
        vacancy=vacancy,
        explanation=comparison.explanation
        if comparison
        else matching_ranking.explain(client, vacancy),
        comparison=comparison,
        top=top,
        proposed=_proposed_vacancies(client),
        status=availability.status_of(client, date.today()),
    )
    audit.commit_read(client, detail=f"uitleg match vacature {vacancy.id}")
    return html


@bp.route("/vacatures")
@role_required("jobhunter")
def vacancies():
    term = request.args.get("q", "").strip()[:100]
    query = (
        db.select(Vacancy)
        .options(selectinload(Vacancy.employer))  # the list shows the employer: one query
        .where(open_on(date.today()))
    )
    if term:
        query = query.where(Vacancy.title.ilike(f"%{term}%"))
    page = paginate(query, sorts=VACANCY_SORTS)
    return render_template("jobhunter/vacancies.html", vacancies=page.items, page=page, term=term)


# The open vacancies' sort orders (app.pagination): the newest first by default.
VACANCY_SORTS = Sorts(
    {
        "nieuw": (Vacancy.created_at.desc(),),
        "titel": (db.func.lower(Vacancy.title),),
        "sluit": (Vacancy.closing_date,),
    },
    default="nieuw",
)


def _scope_clients() -> list[Client]:
    return db.session.scalars(
        db.select(Client).where(
            Client.municipality_id.in_(staff_scope(current_user)), Client.case_closed_at.is_(None)
        )
    ).all()


@bp.route("/vacatures/<int:vacancy_id>")
@role_required("jobhunter")
def vacancy(vacancy_id: int):
    """A vacancy with the best clients of the jobhunter's municipality (or region), its
    shortlist and the proposals. Placed and unavailable clients are left out unless asked
    (`?ook_geplaatst=1`)."""
    obj = get_for_user_or_404(Vacancy, vacancy_id)
    return _vacancy_page(obj, ProposeManyForm())


def _vacancy_page(obj: Vacancy, propose_form: ProposeManyForm):
    today = date.today()
    scope = staff_scope(current_user)
    show_all = request.args.get("ook_geplaatst") == "1"
    ranked = matching_ranking.rank_clients_in(
        obj, scope, k=15, available_on=None if show_all else today
    )
    shortlist = shortlists.entries(obj, scope)
    proposals = db.session.scalars(
        db.select(Proposal)
        .join(Proposal.client)
        .where(Proposal.vacancy_id == obj.id, Client.municipality_id.in_(scope))
        .order_by(Proposal.created_at.desc())
    ).all()
    shown = [c.id for c, _m in ranked] + [e.client_id for e in shortlist]
    html = render_template(
        "jobhunter/vacancy.html",
        vacancy=obj,
        ranked=ranked,
        scores={c.id: m.score for c, m in ranked},
        shortlist=shortlist,
        shortlisted={e.client_id for e in shortlist},
        proposals=proposals,
        form=ProposeForm(),
        propose_form=propose_form,
        proposed={p.client_id for p in proposals},
        statuses=availability.statuses(shown, today),
        show_all=show_all,
    )
    audit.commit_list_read(
        shown + [p.client_id for p in proposals],
        f"vacature {obj.id}: beste kandidaten, shortlist en voorstellen",
    )
    return html


def _chosen_clients() -> list[Client]:
    """The clients ticked in a vacancy page form (another municipality's client is a 404)."""
    ids = sorted({i for i in request.form.getlist("werkzoekende", type=int) if i is not None})
    return [get_for_user_or_404(Client, i) for i in ids[:50]]


@bp.route("/vacatures/<int:vacancy_id>/shortlist", methods=["POST"])
@role_required("jobhunter")
def shortlist_add(vacancy_id: int):
    """Put the ticked clients on the vacancy's shortlist."""
    obj = get_for_user_or_404(Vacancy, vacancy_id)
    if not ProposeForm().validate_on_submit():
        abort(400)
    chosen = _chosen_clients()
    if not chosen:
        flash(_("Kies eerst een of meer werkzoekenden."), "error")
    else:
        added = shortlists.add(obj, chosen, current_user._get_current_object())
        db.session.commit()
        flash(
            ngettext(
                "%(num)s werkzoekende op de shortlist gezet.",
                "%(num)s werkzoekenden op de shortlist gezet.",
                len(added),
            ),
            "success",
        )
    return redirect(url_for("jobhunter.vacancy", vacancy_id=obj.id, _anchor="shortlist"))


@bp.route("/vacatures/<int:vacancy_id>/shortlist/<int:client_id>/weg", methods=["POST"])
@role_required("jobhunter")
def shortlist_remove(vacancy_id: int, client_id: int):
    obj = get_for_user_or_404(Vacancy, vacancy_id)
    person = get_for_user_or_404(Client, client_id)
    if not ProposeForm().validate_on_submit():
        abort(400)
    if shortlists.remove(obj, person):
        db.session.commit()
        flash(_("%(name)s staat niet meer op de shortlist.", name=person.full_name), "success")
    return redirect(url_for("jobhunter.vacancy", vacancy_id=obj.id, _anchor="shortlist"))


@bp.route("/vacatures/<int:vacancy_id>/voorstellen", methods=["POST"])
@role_required("jobhunter")
def propose_many_clients(vacancy_id: int):
    """Propose the ticked shortlisted clients at once: each needs consent and is audited."""
    obj = get_for_user_or_404(Vacancy, vacancy_id)
    form = ProposeManyForm()
    if not form.validate_on_submit():
        return _vacancy_page(obj, form)
    chosen = _chosen_clients()
    if not chosen:
        form.note.errors = [_("Kies eerst een of meer werkzoekenden op de shortlist.")]
        return _vacancy_page(obj, form)
    scores = {c.id: matching_ranking.explain(c, obj).score for c in chosen}
    made, refused = propose_many(
        chosen, obj, current_user._get_current_object(), form.note.data or "", scores, date.today()
    )
    db.session.commit()
    if made:
        flash(
            ngettext(
                "%(num)s werkzoekende voorgesteld aan %(employer)s.",
                "%(num)s werkzoekenden voorgesteld aan %(employer)s.",
                len(made),
                employer=obj.employer.name,
            ),
            "success",
        )
    for person, why in refused:
        flash(_("%(name)s niet voorgesteld: %(why)s", name=person.full_name, why=why), "error")
    return redirect(url_for("jobhunter.vacancy", vacancy_id=obj.id))


@bp.route("/vacatures/<int:vacancy_id>/voorstellen/<int:client_id>", methods=["GET", "POST"])
@role_required("jobhunter")
def propose_client(vacancy_id: int, client_id: int):
    """Propose a consenting client to the employer, with a short note."""
    vacancy = get_for_user_or_404(Vacancy, vacancy_id)
    client = get_for_user_or_404(Client, client_id)
    form = ProposeForm()
    if form.validate_on_submit():
        try:
            explanation = matching_ranking.explain(client, vacancy)
            propose(client, vacancy, current_user, form.note.data or "", explanation.score)
        except ProposalError as error:
            flash(str(error), "error")
            return redirect(url_for("jobhunter.client", client_id=client.id))
        db.session.commit()
        flash(
            _(
                "%(name)s is voorgesteld aan %(employer)s.",
                name=client.full_name,
                employer=vacancy.employer.name,
            ),
            "success",
        )
        return redirect(url_for("jobhunter.vacancy", vacancy_id=vacancy.id))
    audit.commit_read(client, detail=f"voorstel voorbereiden voor vacature {vacancy.id}")
    return render_template("jobhunter/propose.html", client=client, vacancy=vacancy, form=form)


@bp.route("/beroepen.json")
@role_required("jobhunter")
def occupations_json():
    """Occupations for 'as you type' suggestions (tolerant of typing errors; `?titel=` a
    vacancy title whose occupation comes first)."""
    return jsonify(
        occupations.suggest(request.args.get("q", ""), title=request.args.get("titel", ""))
    )
