"""Administration pages for the whole installation."""

from datetime import date

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from app.extensions import db
from app.models import MinimumWage, Occupation, Organisation, PostcodeArea, User
from app.security import role_required
from app.services import audit, matching_bridge

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


@bp.route("/herschikking", methods=["GET", "POST"])
@role_required("admin")
def reranker():
    """Per municipality: does learning from jobhunter feedback beat the plain scorer? Switch it."""
    municipalities = db.session.scalars(
        db.select(Organisation).where(Organisation.kind == "municipality").order_by(Organisation.name)
    ).all()
    today = date.today()
    if request.method == "POST":
        target = next((m for m in municipalities if m.id == request.form.get("municipality", type=int)), None)
        if target is None:
            abort(404)
        switch_on = request.form.get("enable") == "1"
        if switch_on and not matching_bridge.reranker_for(target.id, today).enabled:
            flash(_("De herschikking is niet beter dan de gewone score en kan niet aan."), "error")
        else:
            target.reranker_enabled = switch_on
            audit.record("update", target, detail=f"herschikking {'aan' if switch_on else 'uit'}")
            db.session.commit()
            flash(_("Herschikking voor %(name)s staat %(state)s.", name=target.name,
                    state=_("aan") if switch_on else _("uit")), "success")
        return redirect(url_for("admin.reranker"))
    rows = [(m, matching_bridge.reranker_for(m.id, today).report) for m in municipalities]
    return render_template("admin/reranker.html", rows=rows)
