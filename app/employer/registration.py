"""The public registration page for employers (rules: `app.services.employer_registration`)."""

from __future__ import annotations

from flask import redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app.employer import bp
from app.employer.forms import RegistrationForm
from app.extensions import db
from app.fields import options
from app.services import employer_registration


@bp.route("/aanmelden", methods=["GET", "POST"], endpoint="register")
def register_page():
    """Public: an employer registers with a KvK number (approved later by a jobhunter)."""
    if current_user.is_authenticated:
        return redirect(url_for("main.index"))
    form = RegistrationForm()
    towns = employer_registration.municipalities()
    form.municipality.choices = options([(m.id, m.name) for m in towns], _("— kies een gemeente —"))
    if form.validate_on_submit():
        municipality = next(m for m in towns if str(m.id) == form.municipality.data)
        try:
            employer_registration.register(
                company=form.company.data,
                kvk=form.kvk.data,
                sector=form.sector.data,
                postcode=form.postcode.data,
                size=form.size.data,
                municipality=municipality,
                name=form.name.data,
                email=form.email.data.lower(),
            )
        except employer_registration.RegistrationError as error:
            getattr(form, error.field or "company").errors.append(str(error))
        else:
            db.session.commit()
            return redirect(url_for("employer.registered"))
    return render_template("employer/register.html", form=form)


@bp.route("/aangemeld")
def registered():
    """Thank-you page after a registration."""
    return render_template("employer/registered.html")
