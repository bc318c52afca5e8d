"""Target groups with their deadlines (issue 16): banenafspraak (offer within 6 months, the
outreach cycle), beschut werk (placement within 6 months, the yearly taakstelling) and
statushouders (three-year term, PIP). The page lists clients: it records which it showed."""

from __future__ import annotations

from datetime import date

from flask import flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app.extensions import db
from app.jobhunter import bp
from app.jobhunter.common import current_municipality, municipalities, year_arg
from app.jobhunter.path_forms import ShelteredTargetForm
from app.security import role_required
from app.services import audit, target_groups


@bp.route("/doelgroepen")
@role_required("jobhunter")
def target_groups_page():
    municipality = current_municipality()
    today = date.today()
    year = year_arg(today.year)
    overview = target_groups.overview(municipality, year, today)
    form = ShelteredTargetForm()
    if overview.progress.target is not None:
        form.places.data = overview.progress.target
    html = render_template(
        "jobhunter/target_groups.html",
        overview=overview,
        form=form,
        today=today,
        municipalities=municipalities(),
    )
    audit.commit_list_read(overview.client_ids(), "doelgroepen")
    return html


@bp.route("/doelgroepen/taakstelling", methods=["POST"])
@role_required("jobhunter")
def sheltered_target():
    """Set the year's taakstelling beschut werk (number of places)."""
    municipality = current_municipality()
    year = year_arg(date.today().year)
    form = ShelteredTargetForm()
    if form.validate_on_submit():
        target_groups.set_sheltered_target(municipality, year, form.places.data, current_user)
        db.session.commit()
        flash(_("De taakstelling beschut werk %(y)s is vastgelegd.", y=year), "success")
    else:
        flash(" ".join(e for errors in form.errors.values() for e in errors), "error")
    return redirect(url_for("jobhunter.target_groups_page", jaar=year, gemeente=municipality.id))
