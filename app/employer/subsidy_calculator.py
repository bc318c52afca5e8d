"""The subsidy calculator page: for a proposed candidate or an anonymous profile, and a job."""

from __future__ import annotations

from flask import render_template, request
from flask_babel import gettext as _

from app.employer import bp, common
from app.employer.forms import SubsidyForm
from app.extensions import db
from app.fields import options
from app.models import Proposal
from app.security import employer_proposals, get_for_user_or_404, role_required
from app.services import audit, subsidies


def _proposal_choices(employer):
    rows = db.session.scalars(
        employer_proposals(employer)
        .where(Proposal.status.in_(("proposed", "invited", "hired")))
        .order_by(Proposal.created_at.desc())
    ).all()
    return options(
        [(p.id, f"{p.client.pseudonym} – {p.vacancy.title}") for p in rows],
        _("Anoniem profiel (vul hieronder in)"),
    )


@bp.route("/subsidies", methods=["GET", "POST"])
@role_required("employer")
def subsidy_calculator():
    """GET shows the form (optionally for `?voorstel=`); POST calculates. Nothing is stored."""
    employer = common.current_employer()
    form = SubsidyForm()
    form.proposal.choices = _proposal_choices(employer)
    proposal = None
    if request.method == "GET":
        wanted = request.args.get("voorstel", "")
        if wanted.isdigit():
            proposal = get_for_user_or_404(Proposal, int(wanted))
            form.proposal.data = str(proposal.id)
            form.hours_per_week.data = proposal.vacancy.hours_max or proposal.vacancy.hours_min
            kinds = {choice.value for choice in form.kind.choices}
            form.kind.data = proposal.vacancy.kind if proposal.vacancy.kind in kinds else "job"
        return render_template("employer/subsidies.html", form=form, calc=None)
    calc = None
    if form.validate_on_submit():
        today = common.today()
        if form.proposal.data:
            proposal = get_for_user_or_404(Proposal, int(form.proposal.data))
            profile = subsidies.Profile.of_client(proposal.client, today)
        else:
            profile = subsidies.Profile(
                benefit_type=form.benefit_type.data or None,
                banenafspraak=form.banenafspraak.data,
                sheltered_work=form.sheltered_work.data,
                municipality_id=employer.municipality_id,
            )
        job = subsidies.Job(
            kind=form.kind.data,
            hours_per_week=form.hours_per_week.data,
            hourly_wage=form.hourly_wage.data,
            wage_value_pct=form.wage_value_pct.data,
            contract_months=form.contract_months.data,
            permanent=form.permanent.data,
            start=form.start_date.data,
        )
        calc = subsidies.calculate(profile, job, today)
    html = render_template("employer/subsidies.html", form=form, calc=calc)
    if proposal is not None and calc is not None:
        audit.commit_read(proposal, detail="subsidiecheck")
    return html
