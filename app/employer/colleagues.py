"""Colleagues: everyone of the employer sees who else uses Werkbrug for it; the company's
beheerder ("beheerder van dit bedrijf") invites new colleagues and removes those who left
(their account is switched off, so the audit log keeps its names)."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app.employer import bp, common
from app.employer.forms import ColleagueForm
from app.extensions import db
from app.models import User
from app.security import get_for_user_or_404, role_required
from app.services import accounts


@bp.route("/collegas", methods=["GET", "POST"])
@role_required("employer")
def colleagues():
    employer = common.current_employer()
    me = current_user._get_current_object()
    manager = accounts.may_manage_colleagues(me)
    form = ColleagueForm()
    if request.method == "POST":
        if not manager:
            abort(403)
        if form.validate_on_submit():
            try:
                accounts.invite_colleague(form.email.data, form.name.data, me)
            except accounts.AccountError as error:
                getattr(form, error.field or "email").errors.append(str(error))
            else:
                db.session.commit()
                flash(
                    _(
                        "%(email)s krijgt een e-mail met een link om een wachtwoord te kiezen "
                        "(14 dagen geldig).",
                        email=form.email.data,
                    ),
                    "success",
                )
                return redirect(url_for("employer.colleagues"))
    return render_template(
        "employer/colleagues.html",
        employer=employer,
        colleagues=accounts.colleagues(me.organisation),
        manager=manager,
        form=form,
    )


@bp.route("/collegas/<int:user_id>/verwijderen", methods=["POST"])
@role_required("employer")
def remove_colleague(user_id: int):
    """Only the company's beheerder; another employer's user is a 404."""
    colleague = get_for_user_or_404(User, user_id)
    me = current_user._get_current_object()
    if not accounts.may_manage_colleagues(me):
        abort(403)
    try:
        accounts.remove_colleague(colleague, me)
    except accounts.AccountError as error:
        flash(str(error), "error")
    else:
        db.session.commit()
        flash(
            _(
                "%(name)s is verwijderd en kan niet meer inloggen voor uw bedrijf.",
                name=colleague.name,
            ),
            "success",
        )
    return redirect(url_for("employer.colleagues"))
