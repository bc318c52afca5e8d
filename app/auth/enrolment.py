"""Connecting an authenticator app: the one enrolment flow, at a staff member's first login and
from an employer's account page.

The user gets a secret (kept while enrolment is pending), sees it as a QR code and in groups of
four, and confirms it with a first code; the recovery codes are then shown once. Audited, and
the user gets a mail that an app was connected.
"""

from __future__ import annotations

from collections.abc import Callable

from flask import render_template
from flask_babel import gettext as _

from app.extensions import db
from app.models import User
from app.services import audit
from app.services import two_factor as mfa
from app.services.mail import send_mail

from .forms import EnrolForm


def enrolment_page(
    user: User,
    *,
    during_login: bool,
    confirmed: Callable[[], str],
    wrong_code: Callable[[], object] | None = None,
):
    """The enrolment page for `user`, or the recovery codes once a right code confirms the app.

    `confirmed()` finishes what enrolment was part of (the login, or keeping this session),
    commits, and returns where "verder" leads. `wrong_code()` may end the attempt by returning
    a response (the login counts tries); otherwise the form comes back with the message.
    """
    secret = mfa.start_enrolment(user)
    db.session.commit()
    form = EnrolForm()
    if form.validate_on_submit():
        codes = mfa.confirm_enrolment(user, form.code.data)
        if codes is not None:
            announce_enrolment(user)
            next_url = confirmed()
            return render_template(
                "auth/recovery_codes.html", codes=codes, next_url=next_url, first=True
            )
        ended = wrong_code() if wrong_code is not None else None
        if ended is not None:
            return ended
        form.code.errors.append(
            _(
                "Deze code klopt niet. Controleer of de tijd op uw telefoon "
                "goed staat en typ de code die de app nu toont."
            )
        )
    return render_template(
        "auth/enrol.html",
        form=form,
        secret=mfa.grouped_secret(secret),
        qr=mfa.qr_svg(mfa.provisioning_uri(user)),
        during_login=during_login,
    )


def announce_enrolment(user: User) -> None:
    """Audit and tell the user by mail that a second factor was connected."""
    audit.record("2fa-on", user, actor=user, detail="authenticator-app gekoppeld")
    send_mail(
        user.email,
        "Tweestapsverificatie ingesteld bij Werkbrug",
        f"Beste {user.name},\n\nEr is zojuist een authenticator-app gekoppeld aan uw "
        "Werkbrug-account. Was u dit niet? Neem dan direct contact op met de beheerder van "
        "Werkbrug in uw organisatie.\n",
        organisation_id=user.organisation_id,
    )
