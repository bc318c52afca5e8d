"""Mijn account: two-factor status, new recovery codes, and for employers switching it on or off."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user

from app.auth import bp
from app.extensions import db
from app.security import verify_password
from app.services import audit
from app.services import two_factor as mfa
from app.services.mail import send_mail

from .enrolment import enrolment_page
from .forms import ConfirmWithCodeForm, DisableTwoFactorForm


def _user():
    return current_user._get_current_object()


@bp.route("/account")
@login_required
def account():
    """The user's own account page."""
    return _account_page()


@bp.route("/account/tweestapsverificatie", methods=["GET", "POST"])
@login_required
def account_enrol():
    """Connect an authenticator app from the account page (employers choose to)."""
    user = _user()
    if mfa.is_enabled(user):
        return redirect(url_for("auth.account"))

    def confirmed() -> str:
        db.session.commit()
        _keep_this_session(user)
        return url_for("auth.account")

    return enrolment_page(user, during_login=False, confirmed=confirmed)


@bp.route("/account/herstelcodes", methods=["POST"])
@login_required
def account_recovery_codes():
    """Replace the recovery codes (the old ones stop working); confirmed with a current code."""
    user = _user()
    if not mfa.is_enabled(user):
        abort(404)
    form = ConfirmWithCodeForm(prefix="codes")
    if form.validate_on_submit() and mfa.verify_code(user, form.code.data):
        codes = mfa.new_recovery_codes(user)
        audit.record("2fa-codes", user, detail="nieuwe herstelcodes gemaakt")
        db.session.commit()
        return render_template(
            "auth/recovery_codes.html", codes=codes, next_url=url_for("auth.account"), first=False
        )
    db.session.commit()  # keeps nothing but the used-step guard
    if not form.code.errors:
        form.code.errors.append(_("Deze code klopt niet. Typ de code die de app nu toont."))
    return _account_page(codes_form=form), 200


@bp.route("/account/tweestapsverificatie/uitzetten", methods=["POST"])
@login_required
def account_disable():
    """Switch the second factor off: employers only, with password and a current code."""
    user = _user()
    if user.role in mfa.REQUIRED_ROLES or not mfa.is_enabled(user):
        abort(404)
    form = DisableTwoFactorForm(prefix="off")
    if form.validate_on_submit():
        if not verify_password(user.password_hash, form.password.data):
            form.password.errors.append(_("Dit wachtwoord klopt niet."))
        elif not mfa.verify_code(user, form.code.data):
            form.code.errors.append(_("Deze code klopt niet. Typ de code die de app nu toont."))
        else:
            mfa.disable(user)
            audit.record("2fa-off", user, detail="uitgezet door de gebruiker")
            send_mail(
                user.email,
                "Tweestapsverificatie uitgezet bij Werkbrug",
                f"Beste {user.name},\n\nTweestapsverificatie is uitgezet voor uw Werkbrug-account. "
                "Was u dit niet? Neem dan direct contact op met de gemeente.\n",
                organisation_id=user.organisation_id,
            )
            db.session.commit()
            _keep_this_session(user)
            flash(_("Tweestapsverificatie staat uit."), "success")
            return redirect(url_for("auth.account"))
    return _account_page(disable_form=form), 200


def _keep_this_session(user) -> None:
    """A change of the second factor ends every login of the account (new session token);
    the session that made the change carries on with the new token, other devices log in again.
    """
    login_user(user)


def _account_page(codes_form=None, disable_form=None):
    """The account page, with a form that came back with errors when there is one."""
    user = _user()
    enabled = mfa.is_enabled(user)
    return render_template(
        "auth/account.html",
        user=user,
        enabled=enabled,
        mandatory=user.role in mfa.REQUIRED_ROLES,
        codes_left=len(mfa.unused_recovery_codes(user)) if enabled else 0,
        codes_form=codes_form or ConfirmWithCodeForm(prefix="codes"),
        disable_form=disable_form or DisableTwoFactorForm(prefix="off"),
    )
