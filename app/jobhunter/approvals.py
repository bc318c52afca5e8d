"""Jobhunter: approve or refuse self-registered employers, and invite an employer's users.

Registrations are scoped to the jobhunter's municipality (or region): a registration for
another municipality is a 404, like any other organisation's object.
"""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app.extensions import db
from app.jobhunter import bp
from app.jobhunter.forms import ApproveForm, InviteForm, RefuseForm
from app.models import Employer
from app.pagination import paginate
from app.security import get_for_user_or_404, role_required, staff_scope
from app.services import employer_registration


def _pending_or_404(employer_id: int) -> Employer:
    """A registration awaiting approval in the jobhunter's municipality, or 404."""
    employer = get_for_user_or_404(Employer, employer_id)
    if employer.approved or employer.municipality_id not in staff_scope(current_user):
        abort(404)
    return employer


@bp.route("/aanmeldingen")
@role_required("jobhunter")
def approvals():
    return _approvals_page(RefuseForm())


def _approvals_page(refuse_form, refusing=None):
    """One page of registrations, oldest first; a refusal that came back with an error keeps
    its registration in view."""
    page = paginate(
        employer_registration.pending_select(current_user),
        default_size=25,
        endpoint="jobhunter.approvals",
    )
    pending = page.items
    if refusing is not None and refusing not in pending:
        pending = [refusing, *pending]
    return render_template(
        "jobhunter/approvals.html",
        pending=pending,
        page=page,
        users={e.id: employer_registration.pending_users(e) for e in pending},
        approve_form=ApproveForm(),
        refuse_form=refuse_form,
        refusing=refusing.id if refusing is not None else None,
    )


@bp.route("/aanmeldingen/<int:employer_id>/goedkeuren", methods=["POST"])
@role_required("jobhunter")
def approve(employer_id: int):
    employer = _pending_or_404(employer_id)
    if ApproveForm().validate_on_submit():
        users = employer_registration.approve(employer, current_user._get_current_object())
        db.session.commit()
        flash(
            _(
                "%(name)s is goedgekeurd. %(n)s gebruiker(s) kregen een link om een "
                "wachtwoord te kiezen.",
                name=employer.name,
                n=len(users),
            ),
            "success",
        )
    return redirect(url_for("jobhunter.approvals"))


@bp.route("/aanmeldingen/<int:employer_id>/afwijzen", methods=["POST"])
@role_required("jobhunter")
def refuse(employer_id: int):
    employer = _pending_or_404(employer_id)
    form = RefuseForm()
    if form.validate_on_submit():
        name = employer.name
        employer_registration.refuse(employer, form.reason.data, current_user._get_current_object())
        db.session.commit()
        flash(
            _(
                "De aanmelding van %(name)s is afgewezen; de aanvrager krijgt een e-mail "
                "met de reden.",
                name=name,
            ),
            "success",
        )
        return redirect(url_for("jobhunter.approvals"))
    return _approvals_page(form, refusing=employer), 400


@bp.route("/werkgevers/<int:employer_id>/uitnodigen", methods=["GET", "POST"])
@role_required("jobhunter")
def invite_employer_user(employer_id: int):
    """Invite a (new) user of an employer of the jobhunter's municipality or region."""
    employer = get_for_user_or_404(Employer, employer_id, manage=True)
    if not employer.approved:
        abort(404)
    form = InviteForm()
    if form.validate_on_submit():
        try:
            employer_registration.invite_user(
                employer, form.email.data, form.name.data, current_user._get_current_object()
            )
        except employer_registration.RegistrationError as error:
            getattr(form, error.field or "email").errors.append(str(error))
        else:
            db.session.commit()
            flash(
                _("De uitnodiging is verstuurd naar %(email)s.", email=form.email.data), "success"
            )
            return redirect(url_for("jobhunter.employer", employer_id=employer.id))
    return render_template("jobhunter/approvals_invite.html", employer=employer, form=form)
