"""Users: the list, inviting a user of any role, a user's page (role, company beheerder,
switching the account off and on), unlocking and resetting the second factor."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app.admin import bp
from app.admin.forms import ConfirmForm, InviteUserForm, UserForm
from app.extensions import db
from app.fields import options
from app.models import Organisation, User
from app.models.choices import ORGANISATION_KINDS, ROLES
from app.pagination import Sorts, paginate
from app.security import role_required
from app.services import accounts, audit, lockout, two_factor

PAGE_SIZE = 50
# The list's sort orders (app.pagination): active accounts first, then by e-mail address.
SORTS = Sorts(
    {
        "stand": (User.active.desc(), User.email),
        "naam": (db.func.lower(User.name), User.email),
        "email": (User.email,),
        "rol": (User.role, User.email),
    },
    default="stand",
)


def _me() -> User:
    return current_user._get_current_object()


def _user_or_404(user_id: int) -> User:
    return db.session.get(User, user_id) or abort(404)


def _organisation_choices():
    rows = db.session.scalars(
        db.select(Organisation).order_by(Organisation.kind, Organisation.name)
    ).all()
    return options(
        [(o.id, f"{o.name} ({ORGANISATION_KINDS.get(o.kind, o.kind)})") for o in rows],
        _("Kies een organisatie"),
    )


@bp.route("/gebruikers")
@role_required("admin")
def users():
    """All users (searchable), with their state and what can be done."""
    term = request.args.get("zoek", "").strip()[:100]
    query = db.select(User)
    if term:
        like = f"%{term.lower()}%"
        query = query.join(User.organisation).where(
            db.or_(
                db.func.lower(User.email).like(like),
                db.func.lower(User.name).like(like),
                db.func.lower(Organisation.name).like(like),
            )
        )
    page = paginate(query, sorts=SORTS, default_size=PAGE_SIZE)
    return render_template(
        "admin/users.html",
        users=page.items,
        term=term,
        page=page,
        two_factor_on=two_factor.is_enabled,
        is_locked=lockout.is_locked,
    )


@bp.route("/gebruikers/uitnodigen", methods=["GET", "POST"])
@role_required("admin")
def invite_user():
    """Invite someone of any role for an organisation (a one-time link by e-mail)."""
    form = InviteUserForm()
    form.organisation_id.choices = _organisation_choices()
    form.role.choices = options(ROLES, _("Kies een rol"))
    if request.method == "GET" and request.args.get("organisatie", "").isdigit():
        form.organisation_id.data = request.args["organisatie"]
    if form.validate_on_submit():
        organisation = db.session.get(Organisation, int(form.organisation_id.data))
        if organisation is None:
            form.organisation_id.errors.append(_("Kies een organisatie."))
        else:
            try:
                accounts.invite(
                    form.email.data, form.name.data, form.role.data, organisation, _me()
                )
            except accounts.AccountError as error:
                getattr(form, error.field or "email").errors.append(str(error))
            else:
                db.session.commit()
                flash(
                    _(
                        "De uitnodiging is verstuurd naar %(email)s. De link is 14 dagen geldig.",
                        email=form.email.data,
                    ),
                    "success",
                )
                return redirect(url_for("admin.users"))
    return render_template("admin/user_invite.html", form=form)


@bp.route("/gebruikers/<int:user_id>", methods=["GET", "POST"])
@role_required("admin")
def user(user_id: int):
    """A user's page: change the role and the company-beheerder right."""
    obj = _user_or_404(user_id)
    form = UserForm(obj=obj) if request.method == "GET" else UserForm()
    form.role.choices = options(
        {k: v for k, v in ROLES.items() if obj.organisation.kind in accounts.ROLE_KINDS[k]}
    )
    if form.validate_on_submit():
        try:
            changed = accounts.set_role(obj, form.role.data, _me())
            changed |= accounts.set_company_admin(obj, bool(form.company_admin.data), _me())
        except accounts.AccountError as error:
            db.session.rollback()
            getattr(form, error.field or "role").errors.append(str(error))
        else:
            db.session.commit()
            if changed:
                flash(_("De wijzigingen zijn opgeslagen."), "success")
            return redirect(url_for("admin.user", user_id=obj.id))
    return render_template(
        "admin/user.html",
        user=obj,
        form=form,
        confirm=ConfirmForm(),
        two_factor_on=two_factor.is_enabled(obj),
        is_locked=lockout.is_locked(obj),
    )


@bp.route("/gebruikers/<int:user_id>/actief", methods=["POST"])
@role_required("admin")
def set_user_active(user_id: int):
    """Switch an account off (logged out everywhere, cannot log in) or on again."""
    obj = _user_or_404(user_id)
    if ConfirmForm().validate_on_submit():
        active = request.form.get("active") == "1"
        try:
            accounts.set_active(obj, active, _me())
        except accounts.AccountError as error:
            db.session.rollback()
            flash(str(error), "error")
        else:
            db.session.commit()
            flash(
                _("Het account van %(email)s staat aan.", email=obj.email)
                if active
                else _(
                    "Het account van %(email)s staat uit; deze gebruiker is overal uitgelogd.",
                    email=obj.email,
                ),
                "success",
            )
    return redirect(url_for("admin.user", user_id=obj.id))


@bp.route("/gebruikers/<int:user_id>/ontgrendelen", methods=["POST"])
@role_required("admin")
def unlock_user(user_id: int):
    """Unlock an account locked after too many failed logins, or reset its count (audited)."""
    obj = _user_or_404(user_id)
    if lockout.is_locked(obj) or obj.failed_logins:
        lockout.unlock(obj)
        db.session.commit()
        flash(_("Het account van %(email)s is ontgrendeld.", email=obj.email), "success")
    return redirect(url_for("admin.users"))


@bp.route("/gebruikers/<int:user_id>/tweestapsverificatie-opnieuw", methods=["POST"])
@role_required("admin")
def reset_two_factor(user_id: int):
    """Remove a user's authenticator app (phone lost): they connect a new one at next login."""
    obj = _user_or_404(user_id)
    if obj.id == current_user.id:
        flash(_("Uw eigen app stelt u opnieuw in via een andere beheerder."), "error")
        return redirect(url_for("admin.users"))
    if two_factor.is_enabled(obj) or obj.totp_secret:
        two_factor.disable(obj)
        audit.record(
            "2fa-off", obj, detail="app verwijderd door beheerder; opnieuw instellen bij inloggen"
        )
        db.session.commit()
        flash(
            _("%(email)s stelt bij de volgende keer inloggen een nieuwe app in.", email=obj.email),
            "success",
        )
    return redirect(url_for("admin.users"))
