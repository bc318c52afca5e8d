"""Employer pages. Every object is loaded through `get_for_user_or_404`."""

from flask import Blueprint, abort, render_template
from flask_login import current_user

from app.employer import PLANNED
from app.extensions import db
from app.models import Contract, Vacancy
from app.security import employer_of, get_for_user_or_404, role_required

bp = Blueprint("employer", __name__)


def _employer():
    employer = employer_of(current_user)
    if employer is None:
        abort(403)
    return employer


@bp.route("/")
@role_required("employer")
def home():
    employer = _employer()
    open_vacancies = db.session.scalars(
        db.select(Vacancy)
        .where(Vacancy.employer_id == employer.id, Vacancy.status == "open")
        .order_by(Vacancy.created_at.desc())
    ).all()
    contracts = db.session.scalars(
        db.select(Contract).where(Contract.supplier_id == employer.id).order_by(Contract.end_date)
    ).all()
    return render_template(
        "employer/home.html", employer=employer, vacancies=open_vacancies, contracts=contracts
    )


@bp.route("/vacatures")
@role_required("employer")
def vacancies():
    employer = _employer()
    rows = db.session.scalars(
        db.select(Vacancy).where(Vacancy.employer_id == employer.id).order_by(Vacancy.title)
    ).all()
    return render_template("employer/vacancies.html", employer=employer, vacancies=rows)


@bp.route("/vacatures/<int:vacancy_id>")
@role_required("employer")
def vacancy(vacancy_id: int):
    return render_template("employer/vacancy.html", vacancy=get_for_user_or_404(Vacancy, vacancy_id))


@bp.route("/social-return")
@role_required("employer")
def contracts():
    employer = _employer()
    rows = db.session.scalars(
        db.select(Contract).where(Contract.supplier_id == employer.id).order_by(Contract.end_date)
    ).all()
    return render_template("employer/contracts.html", contracts=rows)


@bp.route("/social-return/<int:contract_id>")
@role_required("employer")
def contract(contract_id: int):
    return render_template(
        "shared/contract.html", contract=get_for_user_or_404(Contract, contract_id)
    )


@bp.route("/<section>")
@role_required("employer")
def section(section: str):
    if section not in PLANNED:
        abort(404)
    title, text = PLANNED[section]
    return render_template("shared/planned.html", title=title, text=text)
