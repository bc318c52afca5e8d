"""Jobhunter pages. Clients are scoped to the jobhunter's municipality (or region)."""

from flask import Blueprint, abort, render_template, request
from flask_login import current_user

from app.jobhunter import PLANNED
from app.extensions import db
from app.models import Client, Employer, EmployerContact, FollowUp, Placement
from app.security import get_for_user_or_404, role_required, staff_scope
from app.services import audit

bp = Blueprint("jobhunter", __name__)

PAGE_SIZE = 50


@bp.route("/")
@role_required("jobhunter")
def home():
    scope = staff_scope(current_user)
    my_clients = db.session.scalar(
        db.select(db.func.count(Client.id)).where(
            Client.jobhunter_id == current_user.id, Client.municipality_id.in_(scope)
        )
    )
    tasks = db.session.scalars(
        db.select(FollowUp)
        .join(Placement)
        .join(Client)
        .where(
            FollowUp.done_at.is_(None),
            FollowUp.jobhunter_id == current_user.id,
            Client.municipality_id.in_(scope),
        )
        .order_by(FollowUp.due_date)
        .limit(20)
    ).all()
    return render_template("jobhunter/home.html", my_clients=my_clients, tasks=tasks)


@bp.route("/werkzoekenden")
@role_required("jobhunter")
def clients():
    scope = staff_scope(current_user)
    query = db.select(Client).where(Client.municipality_id.in_(scope))
    term = request.args.get("q", "").strip()[:100]
    if term:
        like = f"%{term}%"
        query = query.where(
            db.or_(
                Client.first_name.ilike(like),
                Client.last_name.ilike(like),
                Client.pseudonym.ilike(like),
            )
        )
    if request.args.get("mine") == "1":
        query = query.where(Client.jobhunter_id == current_user.id)
    rows = db.session.scalars(
        query.order_by(Client.last_name, Client.first_name).limit(PAGE_SIZE)
    ).all()
    return render_template("jobhunter/clients.html", clients=rows, term=term)


@bp.route("/werkzoekenden/<int:client_id>")
@role_required("jobhunter")
def client(client_id: int):
    """A client's page; every staff read of client data is audited."""
    obj = get_for_user_or_404(Client, client_id)
    audit.commit_read(obj, detail="klantpagina")
    return render_template("jobhunter/client.html", client=obj)


@bp.route("/werkgevers")
@role_required("jobhunter")
def employers():
    rows = db.session.scalars(db.select(Employer).order_by(Employer.name).limit(200)).all()
    return render_template("jobhunter/employers.html", employers=rows)


@bp.route("/werkgevers/<int:employer_id>")
@role_required("jobhunter")
def employer(employer_id: int):
    obj = get_for_user_or_404(Employer, employer_id)
    contacts = db.session.scalars(
        db.select(EmployerContact)
        .where(EmployerContact.employer_id == obj.id)
        .order_by(EmployerContact.contact_date.desc())
    ).all()
    return render_template("jobhunter/employer.html", employer=obj, contacts=contacts)


@bp.route("/<section>")
@role_required("jobhunter")
def section(section: str):
    if section not in PLANNED:
        abort(404)
    title, text = PLANNED[section]
    return render_template("shared/planned.html", title=title, text=text)
