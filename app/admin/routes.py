"""Administration pages for the whole installation."""

from flask import Blueprint, render_template

from app.extensions import db
from app.models import MinimumWage, Occupation, Organisation, PostcodeArea, User
from app.security import role_required

bp = Blueprint("admin", __name__)


@bp.route("/")
@role_required("admin")
def home():
    counts = {
        "organisations": db.session.scalar(db.select(db.func.count(Organisation.id))),
        "users": db.session.scalar(db.select(db.func.count(User.id))),
    }
    return render_template("admin/home.html", counts=counts)


@bp.route("/gebruikers")
@role_required("admin")
def users():
    rows = db.session.scalars(db.select(User).order_by(User.email)).all()
    return render_template("admin/users.html", users=rows)


@bp.route("/organisaties")
@role_required("admin")
def organisations():
    rows = db.session.scalars(db.select(Organisation).order_by(Organisation.kind, Organisation.name)).all()
    return render_template("admin/organisations.html", organisations=rows)


@bp.route("/minimumloon")
@role_required("admin")
def minimum_wages():
    rows = db.session.scalars(db.select(MinimumWage).order_by(MinimumWage.valid_from.desc())).all()
    return render_template("admin/minimum_wages.html", wages=rows)


@bp.route("/referentiedata")
@role_required("admin")
def reference_data():
    counts = {
        "occupations": db.session.scalar(db.select(db.func.count(Occupation.id))),
        "postcodes": db.session.scalar(db.select(db.func.count(PostcodeArea.pc4))),
    }
    return render_template("admin/reference_data.html", counts=counts)
