"""Start page (sends each role to its home) and `/healthz`."""

from flask import abort, current_app, redirect, render_template, url_for
from flask_login import current_user
from sqlalchemy import text

from app.extensions import db
from app.main import bp
from app.models import OutboxMail
from app.navigation import HOME_ENDPOINT
from app.pagination import paginate
from app.security import role_required, staff_scope
from app.services import audit
from app.services.mail import shown


@bp.route("/")
def index():
    if current_user.is_authenticated:
        return redirect(url_for(HOME_ENDPOINT.get(current_user.role, "auth.login")))
    return redirect(url_for("auth.login"))


@bp.route("/healthz")
def healthz():
    """Liveness and database check for load balancers: 200 `ok` or 503."""
    try:
        db.session.execute(text("SELECT 1"))
    except Exception:  # noqa: BLE001 - any database failure means unhealthy
        db.session.rollback()
        return {"status": "error", "database": "unreachable"}, 503
    return {"status": "ok", "database": "ok"}


@bp.route("/outbox")
@role_required("admin")
def outbox():
    """Outside production: the mails of the beheerder's own organisation (or region), newest
    first, one page at a time, without invitation links (app.services.mail); `flask outbox-show`
    shows them delivered."""
    if current_app.config["WERKBRUG_ENV"] == "production":
        abort(404)
    page = paginate(
        db.select(OutboxMail)
        .where(OutboxMail.organisation_id.in_(staff_scope(current_user)))
        .order_by(OutboxMail.id.desc()),
        default_size=25,
    )
    mails = page.items
    html = render_template("main/outbox.html", mails=[(m, shown(m)) for m in mails], page=page)
    audit.commit_list_read([m.client_id for m in mails], "postvak uit")  # mails about clients
    return html
