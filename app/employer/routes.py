"""Employer portal: the dashboard, the waiting page and the check that the employer is approved.

The other pages live in small modules per subject (vacancies, candidates, placements,
subsidies, social_return, registration); see the package docstring.
"""

from __future__ import annotations

from datetime import timedelta

from flask import g, jsonify, redirect, render_template, request, url_for
from flask_login import current_user

from app.employer import bp, common
from app.extensions import db
from app.models import Contract, IncentiveAward, Placement, Proposal, Vacancy
from app.security import employer_of, employer_proposals, role_required
from app.services import occupations, sroi_status
from app.services.vacancy_records import open_on

# Endpoints an employer user of a not yet approved registration may open.
WAITING_ALLOWED = {"employer.waiting", "employer.register", "employer.registered", "static"}


@bp.before_request
def _check_approved():
    """A self-registered employer sees nothing until a jobhunter has approved it."""
    if not current_user.is_authenticated or current_user.role != "employer":
        return None
    employer = employer_of(current_user)
    g.employer = employer
    if employer is not None and not employer.approved and request.endpoint not in WAITING_ALLOWED:
        return redirect(url_for("employer.waiting"))
    return None


@bp.route("/")
@role_required("employer")
def home():
    """Dashboard: open vacancies, new proposals, placements with incentive dates, SROI attention."""
    employer = common.current_employer()
    on = common.today()
    vacancies = db.session.scalars(
        db.select(Vacancy)
        .where(Vacancy.employer_id == employer.id, open_on(on))
        .order_by(Vacancy.created_at.desc())
    ).all()
    proposals = db.session.scalars(
        employer_proposals(employer)
        .where(Proposal.status == "proposed")
        .order_by(Proposal.created_at.desc())
    ).all()
    awards = db.session.scalars(
        db.select(IncentiveAward)
        .join(Placement)
        .where(
            Placement.employer_id == employer.id, IncentiveAward.state.in_(("requested", "granted"))
        )
        .order_by(IncentiveAward.payable_on)
    ).all()
    placements = db.session.scalars(
        db.select(Placement)
        .where(
            Placement.employer_id == employer.id,
            db.or_(Placement.end_date.is_(None), Placement.end_date >= on - timedelta(days=31)),
        )
        .order_by(Placement.start_date.desc())
    ).all()
    contracts = db.session.scalars(
        db.select(Contract).where(Contract.supplier_id == employer.id).order_by(Contract.end_date)
    ).all()
    statuses = sroi_status.current_statuses(contracts, on)
    return render_template(
        "employer/home.html",
        employer=employer,
        vacancies=vacancies,
        proposals=proposals,
        awards=awards,
        placements=placements,
        statuses=statuses,
        today=on,
    )


@bp.route("/wachten")
@role_required("employer")
def waiting():
    """Shown to users of a registration that a jobhunter has not approved yet."""
    employer = common.current_employer()
    if employer.approved:
        return redirect(url_for("employer.home"))
    return render_template("employer/waiting.html", employer=employer)


@bp.route("/beroepen.json")
@role_required("employer")
def occupations_json():
    """Occupations for the occupation field's suggestions (`?q=` typed so far, `?titel=` the
    vacancy title: what it resolves to comes first), at most 10."""
    return jsonify(
        occupations.suggest(request.args.get("q", ""), title=request.args.get("titel", ""))
    )
