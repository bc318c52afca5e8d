"""Login and logout with one generic error message and a checked `next` URL."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user

from app.extensions import db
from app.models import User
from app.models.base import utcnow
from app.navigation import HOME_ENDPOINT
from app.security import dummy_verify, verify_password
from app.services import audit, invitations

from .forms import ChoosePasswordForm, LoginForm

bp = Blueprint("auth", __name__)


def safe_next(target: str | None) -> str | None:
    """Accept only a local path (no scheme, no host, no `//` or backslash tricks)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return None
    return target


def home_url(user: User) -> str:
    return url_for(HOME_ENDPOINT.get(user.role, "main.index"))


@bp.route("/inloggen", methods=["GET", "POST"])
def login():
    """Log in; the same message for an unknown address and a wrong password."""
    if current_user.is_authenticated:
        return redirect(home_url(current_user))
    form = LoginForm()
    if form.validate_on_submit():
        email = form.email.data.strip().lower()
        user = db.session.execute(
            db.select(User).where(db.func.lower(User.email) == email)
        ).scalar_one_or_none()
        if user is None:
            dummy_verify(form.password.data)
        elif verify_password(user.password_hash, form.password.data) and user.active:
            login_user(user, remember=form.remember.data)
            user.last_login_at = utcnow()
            audit.record("login", user)
            db.session.commit()
            return redirect(safe_next(request.args.get("next")) or home_url(user))
        flash(_("Het e-mailadres of het wachtwoord klopt niet."), "error")
    return render_template("auth/login.html", form=form)


@bp.route("/uitloggen", methods=["POST"])
@login_required
def logout():
    """Log out (POST only, so a link or image cannot log someone out)."""
    audit.record("logout", current_user._get_current_object())
    db.session.commit()
    logout_user()
    flash(_("U bent uitgelogd."), "info")
    return redirect(url_for("auth.login"))


@bp.route("/uitnodiging/<token>", methods=["GET", "POST"])
def accept_invitation(token: str):
    """Choose a password from a one-time invitation link, then log in."""
    try:
        invitation = invitations.find_open(token)
    except invitations.InvitationError as error:
        return render_template("auth/invitation_invalid.html", message=str(error)), 404
    form = ChoosePasswordForm()
    if form.validate_on_submit():
        user = invitations.accept(token, form.password.data)
        db.session.flush()
        audit.record("create", user, detail="uitnodiging geaccepteerd")
        db.session.commit()
        logout_user()
        login_user(user)
        flash(_("Welkom bij Werkbrug. Uw wachtwoord is ingesteld."), "success")
        return redirect(home_url(user))
    return render_template("auth/invitation.html", form=form, invitation=invitation)
