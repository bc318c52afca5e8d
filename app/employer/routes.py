"""Employer portal: the blueprint, the dashboard and helpers shared by its pages.

Every page is for the `employer` role and works on the user's own employer only; every route
that takes an id loads the object through `get_for_user_or_404`, so another employer's
vacancy, proposal, placement, contract, activity or file is a 404. The pages themselves live
in small modules per subject (vacancies, candidates, placements, subsidies, social_return,
registration), imported at the bottom so they register on this blueprint.
"""

from __future__ import annotations

from datetime import date, timedelta

from flask import Blueprint, abort, g, jsonify, redirect, render_template, request, url_for
from flask_login import current_user

from app.extensions import db
from app.models import Contract, IncentiveAward, Placement, Proposal, Vacancy
from app.security import employer_of, employer_proposals, role_required
from app.services import occupations
from app.services.sroi_bridge import status_for

bp = Blueprint("employer", __name__)

# Endpoints an employer user of a not yet approved registration may open.
WAITING_ALLOWED = {"employer.waiting", "employer.register", "employer.registered", "static"}


def current_employer():
    """The logged-in user's employer (set by `_check_approved`); 403 when the user has none."""
    employer = getattr(g, "employer", None) or employer_of(current_user)
    if employer is None:
        abort(403)
    return employer


def today() -> date:
    """Today's date; one place so tests and the demo can reason about dates."""
    return date.today()


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
    employer = current_employer()
    on = today()
    vacancies = db.session.scalars(
        db.select(Vacancy)
        .where(Vacancy.employer_id == employer.id, Vacancy.status == "open")
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
    statuses = [(contract, status_for(contract, on)) for contract in contracts]
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
    employer = current_employer()
    if employer.approved:
        return redirect(url_for("employer.home"))
    return render_template("employer/waiting.html", employer=employer)


@bp.route("/beroepen.json")
@role_required("employer")
def occupations_json():
    """Dutch ESCO labels for the occupation field's suggestions (`?q=`), at most 10."""
    return jsonify(occupations.suggest(request.args.get("q", "")))


# The other page modules register their routes on `bp` when imported.
import app.employer.candidates  # noqa: E402,F401
import app.employer.placements  # noqa: E402,F401
import app.employer.registration  # noqa: E402,F401
import app.employer.social_return  # noqa: E402,F401
import app.employer.subsidies  # noqa: E402,F401
import app.employer.vacancies  # noqa: E402,F401
