"""Procurement pages, scoped to the user's contracting authority."""

from datetime import date

from flask import Blueprint, abort, render_template
from flask_login import current_user

from app.procurement import PLANNED
from app.extensions import db
from app.models import Catalogue, Contract
from app.services.sroi_bridge import status_for
from app.security import get_for_user_or_404, role_required, staff_scope

bp = Blueprint("procurement", __name__)


def _contracts_query():
    return db.select(Contract).where(Contract.authority_id.in_(staff_scope(current_user)))


@bp.route("/")
@role_required("procurement")
def home():
    contracts = db.session.scalars(_contracts_query().order_by(Contract.end_date)).all()
    return render_template("procurement/home.html", contracts=contracts)


@bp.route("/contracten")
@role_required("procurement")
def contracts():
    rows = db.session.scalars(_contracts_query().order_by(Contract.reference)).all()
    return render_template("procurement/contracts.html", contracts=rows)


@bp.route("/contracten/<int:contract_id>")
@role_required("procurement")
def contract(contract_id: int):
    contract = get_for_user_or_404(Contract, contract_id)
    return render_template(
        "shared/contract.html", contract=contract, status=status_for(contract, date.today())
    )


@bp.route("/bouwblokken")
@role_required("procurement")
def catalogues():
    rows = db.session.scalars(db.select(Catalogue).order_by(Catalogue.name)).all()
    return render_template("procurement/catalogues.html", catalogues=rows)


@bp.route("/<section>")
@role_required("procurement")
def section(section: str):
    if section not in PLANNED:
        abort(404)
    title, text = PLANNED[section]
    return render_template("shared/planned.html", title=title, text=text)
