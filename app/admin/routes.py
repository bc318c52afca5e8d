"""Administration pages for the whole installation."""

from datetime import date

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from app.admin import bp
from app.admin.forms import AuditSearchForm
from app.exports import audit_log as audit_export
from app.exports.download import download
from app.extensions import db
from app.fields import options
from app.models import (
    Organisation,
    TitleCorrection,
    User,
)
from app.models.base import utcnow
from app.pagination import paginate
from app.security import role_required
from app.services import audit, matching_rerankers, reranker_training
from app.services.title_corrections import CorrectionError, listing, review


@bp.route("/")
@role_required("admin")
def home():
    """Counts, and what needs the beheerder: failing or overdue jobs, undelivered mail, a
    minimum wage that may be out of date."""
    from datetime import UTC, datetime

    from app.services import jobs, mail_delivery, minimum_wages

    counts = {
        "organisations": db.session.scalar(db.select(db.func.count(Organisation.id))),
        "users": db.session.scalar(db.select(db.func.count(User.id))),
    }
    statuses = jobs.overview(datetime.now(UTC))
    return render_template(
        "admin/home.html",
        counts=counts,
        failing=[s for s in statuses if s.failing],
        mail=mail_delivery.counts(),
        wage=minimum_wages.known_on(date.today()),
    )


AUDIT_PAGE_SIZE = 50


@bp.route("/auditlog")
@role_required("admin")
def audit_log():
    """Search the audit log by user, object, action and dates; newest first, 50 per page."""
    form, filters = _audit_search()
    page = paginate(audit.search(**filters), default_size=AUDIT_PAGE_SIZE)
    return render_template(
        "admin/audit_log.html",
        form=form,
        rows=page.items,
        page=page,
        actions=audit.ACTIONS,
    )


@bp.route("/auditlog.<any(csv, xlsx):fmt>")
@role_required("admin")
def audit_log_export(fmt: str):
    """What the search found (or the whole log), newest first, streamed as CSV or XLSX; the
    export itself is logged with its search."""
    _form, filters = _audit_search()
    query = audit.search(**filters)
    searched = ", ".join(f"{k}={v}" for k, v in filters.items() if v) or "alles"
    audit.record("export", object_type="AuditEntry", detail=f"{fmt.upper()}: {searched}")
    db.session.commit()
    if fmt == "csv":
        return download(audit_export.to_csv(query), "auditlog.csv", "text/csv; charset=utf-8")
    return download(audit_export.to_xlsx(query), "auditlog.xlsx", XLSX)


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _audit_search():
    """The audit log's search form from the URL, and its filters (none while it is invalid)."""
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
    return form, filters


@bp.route("/herschikking", methods=["GET", "POST"])
@role_required("admin")
def reranker():
    """Per municipality: the newest trained re-ranker and its held-out figures against the plain
    scorer; switch it on or off, or ask for a new training (done by `flask train-reranker`)."""
    municipalities = db.session.scalars(
        db.select(Organisation)
        .where(Organisation.kind == "municipality")
        .order_by(Organisation.name)
    ).all()
    if request.method == "POST":
        target = next(
            (m for m in municipalities if m.id == request.form.get("municipality", type=int)), None
        )
        if target is None:
            abort(404)
        if request.form.get("action") == "retrain":
            reranker_training.request_retraining(target, current_user, utcnow())
            db.session.commit()
            flash(
                _(
                    "De herschikking voor %(name)s wordt opnieuw getraind bij de volgende "
                    "trainingsronde.",
                    name=target.name,
                ),
                "success",
            )
            return redirect(url_for("admin.reranker"))
        switch_on = request.form.get("enable") == "1"
        if not reranker_training.set_enabled(target, switch_on, current_user):
            flash(_("De herschikking is niet beter dan de gewone score en kan niet aan."), "error")
        else:
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
    rows = [(m, matching_rerankers.latest_model(m.id)) for m in municipalities]
    return render_template("admin/reranker.html", rows=rows)


SOURCES = {"employer": _l("werkgever"), "jobhunter": _l("jobhunter")}


@bp.route("/beroepscorrecties")
@role_required("admin")
def title_corrections():
    """Vacancy titles coded by employers and jobhunters to another occupation than the engine
    proposed: approve (counts for every such title from then on) or reject."""
    pending = paginate(listing("pending"), default_size=25, anchor="te-beoordelen")
    approved = paginate(
        listing("approved"), default_size=25, prefix="goedgekeurd_", anchor="goedgekeurd"
    )
    return render_template(
        "admin/title_corrections.html",
        pending=pending.items,
        approved=approved.items,
        pending_page=pending,
        approved_page=approved,
        sources=SOURCES,
    )


@bp.route("/beroepscorrecties/<int:correction_id>", methods=["POST"])
@role_required("admin")
def review_title_correction(correction_id: int):
    correction = db.session.get(TitleCorrection, correction_id) or abort(404)
    decision = request.form.get("decision", "")
    try:
        review(correction, decision, current_user, utcnow())
    except CorrectionError as error:
        flash(str(error), "error")
        return redirect(url_for("admin.title_corrections"))
    db.session.commit()
    if decision == "approved":
        message = _(
            "Goedgekeurd: titels als „%(title)s” krijgen voortaan het beroep %(name)s.",
            title=correction.title,
            name=correction.occupation.preferred_label,
        )
    else:
        message = _("De correctie voor „%(title)s” telt niet mee.", title=correction.title)
    flash(message, "success")
    return redirect(url_for("admin.title_corrections"))
