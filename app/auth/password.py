""" "Wachtwoord vergeten" and changing the password under Mijn account.

Forgotten password: the answer is the same whether the address has an account or not, and
requests are throttled like logins (every request counts). The link in the mail works once and
for `PASSWORD_RESET_MINUTES` (app.services.password_reset). Choosing the new password ends every
session of the account; the person then logs in as usual (staff with their second factor).

Changing the password needs the current one. Every other session of the account ends (the
session token changes with the password); the session that made the change stays logged in.
"""

from __future__ import annotations

from datetime import timedelta

from flask import current_app, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required, login_user, logout_user

from app.auth import bp
from app.extensions import db
from app.models.base import utcnow
from app.security import hash_password, verify_password
from app.services import audit, password_reset
from app.services.mail import send_mail

from . import throttle
from .forms import ChangePasswordForm, ChoosePasswordForm, ForgotPasswordForm

SAME_ANSWER = _l(
    "Als er een account bij dit e-mailadres hoort, krijgt u binnen enkele minuten een e-mail met "
    "een link om een nieuw wachtwoord te kiezen. Kijk ook in uw map met ongewenste e-mail."
)


@bp.route("/wachtwoord-vergeten", methods=["GET", "POST"])
@throttle.per_ip(every_try=True, scope="reset-ip")
@throttle.per_account(every_try=True, scope="reset-account")
def forgot_password():
    """Ask for a reset link; the same answer for every address."""
    if current_user.is_authenticated:
        return redirect(url_for("auth.change_password"))
    form = ForgotPasswordForm()
    if form.validate_on_submit():
        minutes = current_app.config["PASSWORD_RESET_MINUTES"]
        reset = password_reset.request_reset(
            form.email.data,
            utcnow(),
            current_app.config["SECRET_KEY"],
            timedelta(minutes=minutes),
        )
        if reset is not None:
            audit.record("update", reset.user, actor=reset.user, detail="herstellink gevraagd")
        db.session.commit()
        flash(str(SAME_ANSWER), "info")
        return redirect(url_for("auth.login"))
    return render_template("auth/forgot_password.html", form=form)


@bp.route("/wachtwoord-herstellen/<token>", methods=["GET", "POST"])
def reset_password(token: str):
    """Choose a new password from a reset link."""
    try:
        reset = password_reset.find_open(token, utcnow())
    except password_reset.ResetError as error:
        return render_template("auth/reset_invalid.html", message=str(error)), 404
    form = ChoosePasswordForm()
    form.account_email = reset.user.email
    if form.validate_on_submit():
        user = password_reset.complete(token, hash_password(form.password.data), utcnow())
        audit.record("update", user, actor=user, detail="wachtwoord gewijzigd via herstellink")
        db.session.commit()
        if current_user.is_authenticated:
            logout_user()
        flash(_("Uw wachtwoord is gewijzigd. Log in met uw nieuwe wachtwoord."), "success")
        return redirect(url_for("auth.login"))
    return render_template("auth/reset_password.html", form=form, email=reset.user.email)


@bp.route("/account/wachtwoord", methods=["GET", "POST"])
@login_required
def change_password():
    """Mijn account: a new password, with the current one; other sessions end."""
    user = current_user._get_current_object()
    form = ChangePasswordForm()
    form.account_email = user.email
    if form.validate_on_submit():
        if not verify_password(user.password_hash, form.current.data):
            form.current.errors.append(_("Dit wachtwoord klopt niet."))
        elif form.current.data == form.password.data:
            form.password.errors.append(_("Kies een ander wachtwoord dan het huidige."))
        else:
            user.password_hash = hash_password(form.password.data)  # new session token too
            audit.record("update", user, detail="wachtwoord gewijzigd")
            send_mail(
                user.email,
                "Uw wachtwoord voor Werkbrug is gewijzigd",
                f"Beste {user.name},\n\nHet wachtwoord van uw Werkbrug-account is zojuist "
                "gewijzigd onder Mijn account. Op andere computers en telefoons bent u "
                "uitgelogd.\n\nWas u dit niet? Neem dan direct contact op met de beheerder van "
                "Werkbrug in uw organisatie.\n",
                organisation_id=user.organisation_id,
            )
            db.session.commit()
            login_user(user)  # this session carries on with the new token
            flash(
                _("Uw wachtwoord is gewijzigd. Op andere computers en telefoons bent u uitgelogd."),
                "success",
            )
            return redirect(url_for("auth.account"))
    return render_template("auth/change_password.html", form=form), 200
