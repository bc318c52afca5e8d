"""Login in two steps, logout, and accepting an invitation.

Step 1 checks the password with one generic error message. For a user who needs a second
factor (staff always; employers who turned it on) a right password only puts a short-lived,
user-bound marker in the session; the user is logged in after step 2, a right code from the
authenticator app (or a recovery code). A staff user without an app first enrols one.

Lock-out (decided for issue 8): an attacker learns nothing from the message. A locked account
answers a wrong password with the usual generic message; only someone who types the right
password is told the account is locked, until when, and that the beheerder can unlock it. A lock
ends by itself (app.services.lockout).

Logins are revocable (issue 12): see `app.auth.sessions`. Logging out ends every session of the
user, on every device. "Ingelogd blijven" is given only to users without a second factor (so it
never stands in for one), and ends with the session token like everything else. The wrong codes
of the two-factor step are counted in the database (`User.code_tries`), not in the session
cookie, so replaying an older cookie gives no extra tries.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from urllib.parse import urlsplit

from flask import (
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required, login_user, logout_user

from app.auth import bp
from app.extensions import db
from app.formatting import ddmmyyyy
from app.models import User
from app.models.base import utcnow
from app.navigation import HOME_ENDPOINT
from app.security import dummy_verify, verify_password
from app.services import audit, invitations, lockout
from app.services import two_factor as mfa
from app.services.mail import send_mail

from . import throttle
from .enrolment import enrolment_page
from .forms import ChoosePasswordForm, CodeForm, LoginForm

bp.record_once(lambda state: throttle.init_app(state.app))

PENDING = throttle.PENDING
GENERIC_ERROR = _l("Het e-mailadres of het wachtwoord klopt niet.")


def locked_message(user: User) -> str:
    """What someone who typed the right password of a locked account is told."""
    return _(
        "Uw account is geblokkeerd tot %(until)s na te veel mislukte inlogpogingen. Probeer het "
        "daarna opnieuw, of vraag de beheerder van Werkbrug in uw organisatie om het eerder te "
        "ontgrendelen.",
        until=ddmmyyyy(user.locked_until),
    )


def safe_next(target: str | None) -> str | None:
    """Accept only a local path (no scheme, no host, no `//` or backslash tricks)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return None
    return target


def home_url(user: User) -> str:
    """The start page of the user's role."""
    return url_for(HOME_ENDPOINT.get(user.role, "main.index"))


# --- the half-authenticated marker -------------------------------------------------------


def _fingerprint(user: User) -> str:
    """Binds the marker to the account as it was: a new password invalidates it."""
    key = current_app.config["SECRET_KEY"].encode()
    return hmac.new(key, f"{user.id}:{user.password_hash}".encode(), hashlib.sha256).hexdigest()[
        :32
    ]


def start_pending(user: User, remember: bool, next_url: str | None) -> None:
    """Remember that `user` typed the right password; step 2 must follow within minutes.

    `base` is the user's code count now: the marker's tries are the codes counted since, in
    the database, so a replayed copy of this cookie never has more tries left than the latest.
    """
    session.pop(PENDING, None)
    session[PENDING] = {
        "uid": user.id,
        "fp": _fingerprint(user),
        "exp": int(time.time()) + current_app.config["TWO_FACTOR_STEP_SECONDS"],
        "remember": bool(remember),
        "next": next_url,
        "base": user.code_tries or 0,
    }


def _tries_used(user: User, marker: dict) -> int:
    return max((user.code_tries or 0) - int(marker.get("base", 0)), 0)


def pending_user() -> User | None:
    """The user half-way through logging in, or None when there is no valid marker."""
    marker = session.get(PENDING)
    if not isinstance(marker, dict):
        return None
    if int(marker.get("exp", 0)) < time.time():
        session.pop(PENDING, None)
        return None
    user = db.session.get(User, marker.get("uid") or 0)
    if (
        user is None
        or not user.active
        or lockout.is_locked(user)
        or not hmac.compare_digest(marker.get("fp", ""), _fingerprint(user))
        or _tries_used(user, marker) >= current_app.config["TWO_FACTOR_MAX_TRIES"]
    ):
        session.pop(PENDING, None)
        return None
    return user


def _count_try(user: User) -> bool:
    """Count a wrong code in the database (the caller commits); False when the marker is used
    up, whichever copy of the session cookie comes back."""
    user.code_tries = (user.code_tries or 0) + 1
    if _tries_used(user, session.get(PENDING) or {}) >= current_app.config["TWO_FACTOR_MAX_TRIES"]:
        session.pop(PENDING, None)
        return False
    return True


def finish_login(user: User, remember: bool = False) -> None:
    """Log the user in for real: a fresh session, the idle time-out, the audit entry."""
    session.clear()  # drops the marker and anything from before the login (session fixation)
    # "Ingelogd blijven" never stands in for a second factor: staff always use one, and an
    # employer who turned it on types a code at every login.
    login_user(user, remember=remember and not mfa.required_for(user))
    session.permanent = True
    user.last_login_at = utcnow()
    user.code_tries = 0
    lockout.register_success(user)
    audit.record("login", user, actor=user)


def _back_to_login(message: str):
    flash(message, "info")
    return redirect(url_for("auth.login"))


@bp.before_app_request
def require_second_factor():
    """A staff session without a connected app (a session from before two-factor login, or
    after a beheerder reset the app) ends: the next login enrols a new app."""
    if request.endpoint in (None, "static") or not current_user.is_authenticated:
        return None
    if (request.blueprint or "").startswith("api"):
        return None  # the API answers 403 itself (app.api.auth.require_token), never a redirect
    user = current_user._get_current_object()
    if mfa.required_for(user) and not mfa.is_enabled(user):
        logout_user()
        session.clear()
        return _back_to_login(_("Log opnieuw in en stel tweestapsverificatie in."))
    return None


# --- routes ------------------------------------------------------------------------------


@bp.route("/inloggen", methods=["GET", "POST"])
@throttle.per_ip()
@throttle.per_account()
def login():
    """Step 1: e-mail address and password, with the same message for every failure."""
    if current_user.is_authenticated:
        return redirect(safe_next(request.args.get("next")) or home_url(current_user))
    form = LoginForm()
    if form.validate_on_submit():
        email = form.email.data.strip().lower()
        user = db.session.execute(
            db.select(User).where(db.func.lower(User.email) == email)
        ).scalar_one_or_none()
        if user is None:
            dummy_verify(form.password.data)
        else:
            right = verify_password(user.password_hash, form.password.data)
            next_url = safe_next(request.args.get("next"))
            if not user.active:
                pass
            elif lockout.is_locked(user):
                if right:
                    flash(locked_message(user), "error")
                    return render_template("auth/login.html", form=form)
            elif not right:
                lockout.register_failure(user, "wachtwoord")
                db.session.commit()
            elif mfa.required_for(user):
                start_pending(user, form.remember.data, next_url)
                if mfa.is_enabled(user):
                    return redirect(url_for("auth.two_factor"))
                return redirect(url_for("auth.enrol"))
            else:
                finish_login(user, form.remember.data)
                db.session.commit()
                return redirect(next_url or home_url(user))
        flash(str(GENERIC_ERROR), "error")
    return render_template("auth/login.html", form=form)


@bp.route("/inloggen/code", methods=["GET", "POST"])
@throttle.per_ip()
@throttle.per_account()
def two_factor():
    """Step 2: the 6-digit code from the app, or one of the recovery codes."""
    user = pending_user()
    if user is None:
        return _back_to_login(_("Log opnieuw in: de tijd voor de code is verstreken."))
    if not mfa.is_enabled(user):
        return redirect(url_for("auth.enrol"))
    form = CodeForm()
    if form.validate_on_submit():
        code = form.code.data
        recovery = mfa.looks_like_recovery_code(code)
        right = mfa.use_recovery_code(user, code) if recovery else mfa.verify_code(user, code)
        if right:
            marker = session.get(PENDING) or {}
            finish_login(user, marker.get("remember", False))
            if recovery:
                _recovery_code_used(user)
            db.session.commit()
            return redirect(marker.get("next") or home_url(user))
        locked = lockout.register_failure(user, "herstelcode" if recovery else "code")
        more = _count_try(user)
        db.session.commit()
        if locked:
            session.pop(PENDING, None)
            return _back_to_login(locked_message(user))
        if not more:
            return _back_to_login(_("Te veel onjuiste codes. Log opnieuw in."))
        form.code.errors.append(_("Deze code klopt niet. Typ de code die de app nu toont."))
    return render_template("auth/two_factor.html", form=form)


def _recovery_code_used(user: User) -> None:
    left = len(mfa.unused_recovery_codes(user))
    audit.record("2fa-recov", user, actor=user, detail=f"nog {left} herstelcodes over")
    send_mail(
        user.email,
        "Herstelcode gebruikt bij Werkbrug",
        f"Beste {user.name},\n\nEr is zojuist ingelogd op uw Werkbrug-account met een herstelcode. "
        f"U heeft nog {left} herstelcodes. Was u dit niet? Neem dan direct contact op met de "
        "beheerder van Werkbrug in uw organisatie.\n",
        organisation_id=user.organisation_id,
    )
    if left <= 3:
        flash(
            _("U heeft nog %(n)s herstelcodes. Maak nieuwe aan via Mijn account.", n=left), "info"
        )


@bp.route("/inloggen/tweestapsverificatie", methods=["GET", "POST"])
@throttle.per_ip()
def enrol():
    """First staff login: connect an authenticator app, confirm it, see the recovery codes once."""
    user = pending_user()
    if user is None:
        return _back_to_login(_("Log opnieuw in: de tijd om de app in te stellen is verstreken."))
    if mfa.is_enabled(user):
        return redirect(url_for("auth.two_factor"))
    marker = session.get(PENDING) or {}

    def confirmed() -> str:
        finish_login(user, marker.get("remember", False))
        db.session.commit()
        return marker.get("next") or home_url(user)

    def wrong_code():
        more = _count_try(user)
        db.session.commit()
        return None if more else _back_to_login(_("Te veel onjuiste codes. Log opnieuw in."))

    return enrolment_page(user, during_login=True, confirmed=confirmed, wrong_code=wrong_code)


def render_throttled():
    """The page for a reached limit (HTTP 429): the form again, with a Dutch explanation."""
    message = _("Te veel inlogpogingen. Wacht een paar minuten en probeer het dan opnieuw.")
    flash(message, "error")
    if request.endpoint in ("auth.two_factor", "auth.enrol") and pending_user() is not None:
        template, form = "auth/two_factor.html", CodeForm()
    elif request.endpoint == "auth.forgot_password":
        from .forms import ForgotPasswordForm

        template, form = "auth/forgot_password.html", ForgotPasswordForm()
    else:
        template, form = "auth/login.html", LoginForm()
    return render_template(template, form=form), 429


@bp.route("/uitloggen", methods=["POST"])
@login_required
def logout():
    """Log out (POST only, so a link or image cannot log someone out), on every device: the
    user's session token changes, so no copy of a session or remember cookie works again."""
    user = current_user._get_current_object()
    user.end_all_sessions()
    audit.record("logout", user)
    db.session.commit()
    logout_user()
    session.clear()
    flash(_("U bent uitgelogd, ook op andere computers en telefoons."), "info")
    return redirect(url_for("auth.login"))


@bp.route("/uitnodiging/<token>", methods=["GET", "POST"])
def accept_invitation(token: str):
    """Choose a password from a one-time invitation link; staff then connect their app."""
    try:
        invitation = invitations.find_open(token)
    except invitations.InvitationError as error:
        return render_template("auth/invitation_invalid.html", message=str(error)), 404
    form = ChoosePasswordForm()
    form.account_email = invitation.email
    if form.validate_on_submit():
        user = invitations.accept(token, form.password.data)
        db.session.flush()
        audit.record("create", user, actor=user, detail="uitnodiging geaccepteerd")
        db.session.commit()
        logout_user()
        session.clear()
        if mfa.required_for(user):
            start_pending(user, False, None)
            flash(_("Uw wachtwoord is ingesteld. Koppel nu een authenticator-app."), "success")
            return redirect(url_for("auth.two_factor" if mfa.is_enabled(user) else "auth.enrol"))
        finish_login(user)
        db.session.commit()
        flash(_("Welkom bij Werkbrug. Uw wachtwoord is ingesteld."), "success")
        return redirect(home_url(user))
    return render_template("auth/invitation.html", form=form, invitation=invitation)
