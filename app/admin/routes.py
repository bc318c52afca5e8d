"""Administration pages for the whole installation."""

from datetime import date

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app.admin import bp
from app.admin.forms import AuditSearchForm
from app.extensions import db
from app.fields import options
from app.models import (
    LkvRate,
    MinimumWage,
    Occupation,
    Organisation,
    PostcodeArea,
    User,
    YouthMinimumWageRate,
)
from app.security import role_required
from app.services import audit, lockout, matching_bridge, two_factor


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
    """All users with their two-factor and lock-out state, and buttons to unlock or reset."""
    rows = db.session.scalars(db.select(User).order_by(User.email)).all()
    return render_template(
        "admin/users.html",
        users=rows,
        two_factor_on=two_factor.is_enabled,
        is_locked=lockout.is_locked,
    )


@bp.route("/gebruikers/<int:user_id>/ontgrendelen", methods=["POST"])
@role_required("admin")
def unlock_user(user_id: int):
    """Unlock an account locked after too many failed logins, or reset its count (audited)."""
    user = db.session.get(User, user_id) or abort(404)
    if lockout.is_locked(user) or user.failed_logins:
        lockout.unlock(user)
        db.session.commit()
        flash(_("Het account van %(email)s is ontgrendeld.", email=user.email), "success")
    return redirect(url_for("admin.users"))


@bp.route("/gebruikers/<int:user_id>/tweestapsverificatie-opnieuw", methods=["POST"])
@role_required("admin")
def reset_two_factor(user_id: int):
    """Remove a user's authenticator app (phone lost): they connect a new one at next login."""
    user = db.session.get(User, user_id) or abort(404)
    if user.id == current_user.id:
        flash(_("Uw eigen app stelt u opnieuw in via een andere beheerder."), "error")
        return redirect(url_for("admin.users"))
    if two_factor.is_enabled(user) or user.totp_secret:
        two_factor.disable(user)
        audit.record(
            "2fa-off", user, detail="app verwijderd door beheerder; opnieuw instellen bij inloggen"
        )
        db.session.commit()
        flash(
            _("%(email)s stelt bij de volgende keer inloggen een nieuwe app in.", email=user.email),
            "success",
        )
    return redirect(url_for("admin.users"))


AUDIT_PAGE_SIZE = 50


@bp.route("/auditlog")
@role_required("admin")
def audit_log():
    """Search the audit log by user, object, action and dates; newest first, 50 per page."""
    form = AuditSearchForm(request.args)
    form.object_type.choices = options([(t, t) for t in audit.object_types()], "alle")
    form.action.choices = options(audit.ACTIONS, "alle")
    searched = bool(request.args)
    valid = form.validate() if searched else True
    filters = {}
    if searched and valid:
        filters = {
            "who": (form.who.data or "").strip(),
            "object_type": form.object_type.data or "",
            "object_id": (form.object_id.data or "").strip(),
            "action": form.action.data or "",
            "date_from": form.date_from.data,
            "date_to": form.date_to.data,
        }
    query = audit.search(**filters)
    total = db.session.scalar(db.select(db.func.count()).select_from(query.subquery()))
    pages = max(1, -(-total // AUDIT_PAGE_SIZE))
    page = min(max(request.args.get("pagina", 1, type=int), 1), pages)
    rows = db.session.scalars(
        query.limit(AUDIT_PAGE_SIZE).offset((page - 1) * AUDIT_PAGE_SIZE)
    ).all()
    return render_template(
        "admin/audit_log.html",
        form=form,
        rows=rows,
        total=total,
        page=page,
        pages=pages,
        actions=audit.ACTIONS,
    )


@bp.route("/organisaties")
@role_required("admin")
def organisations():
    rows = db.session.scalars(
        db.select(Organisation).order_by(Organisation.kind, Organisation.name)
    ).all()
    return render_template("admin/organisations.html", organisations=rows)


@bp.route("/minimumloon")
@role_required("admin")
def minimum_wages():
    """The statutory tables: minimum wage, minimumjeugdloon percentages and the LKV amounts."""
    rows = db.session.scalars(db.select(MinimumWage).order_by(MinimumWage.valid_from.desc())).all()
    youth = db.session.scalars(
        db.select(YouthMinimumWageRate).order_by(
            YouthMinimumWageRate.valid_from.desc(), YouthMinimumWageRate.age.desc()
        )
    ).all()
    lkv = db.session.scalars(
        db.select(LkvRate).order_by(LkvRate.target_group, LkvRate.valid_from.desc())
    ).all()
    return render_template("admin/minimum_wages.html", wages=rows, youth=youth, lkv=lkv)


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
        db.select(Organisation)
        .where(Organisation.kind == "municipality")
        .order_by(Organisation.name)
    ).all()
    today = date.today()
    if request.method == "POST":
        target = next(
            (m for m in municipalities if m.id == request.form.get("municipality", type=int)), None
        )
        if target is None:
            abort(404)
        switch_on = request.form.get("enable") == "1"
        if switch_on and not matching_bridge.reranker_for(target.id, today).enabled:
            flash(_("De herschikking is niet beter dan de gewone score en kan niet aan."), "error")
        else:
            target.reranker_enabled = switch_on
            audit.record("update", target, detail=f"herschikking {'aan' if switch_on else 'uit'}")
            db.session.commit()
            flash(
                _(
                    "Herschikking voor %(name)s staat %(state)s.",
                    name=target.name,
                    state=_("aan") if switch_on else _("uit"),
                ),
                "success",
            )
        return redirect(url_for("admin.reranker"))
    rows = [(m, matching_bridge.reranker_for(m.id, today).report) for m in municipalities]
    return render_template("admin/reranker.html", rows=rows)
