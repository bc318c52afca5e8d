"""Forms for logging in and for choosing a password from an invitation."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, PasswordField
from wtforms.validators import DataRequired, EqualTo, Length


class LoginForm(FlaskForm):
    """E-mail and password. Lengths are capped so a 10,000-character value is just invalid."""

    email = EmailField(
        _l("E-mailadres"),
        validators=[
            DataRequired(_l("Vul uw e-mailadres in.")),
            Length(max=254, message=_l("Een e-mailadres is maximaal 254 tekens.")),
        ],
        render_kw={"autocomplete": "username"},
    )
    password = PasswordField(
        _l("Wachtwoord"),
        validators=[
            DataRequired(_l("Vul uw wachtwoord in.")),
            Length(max=200, message=_l("Een wachtwoord is maximaal 200 tekens.")),
        ],
        render_kw={"autocomplete": "current-password"},
    )
    remember = BooleanField(_l("Ingelogd blijven op deze computer"))


class ChoosePasswordForm(FlaskForm):
    """A new password, typed twice."""

    password = PasswordField(
        _l("Nieuw wachtwoord"),
        validators=[
            DataRequired(_l("Kies een wachtwoord.")),
            Length(min=12, max=200, message=_l("Kies een wachtwoord van 12 tot 200 tekens.")),
        ],
        render_kw={"autocomplete": "new-password"},
    )
    confirm = PasswordField(
        _l("Herhaal het wachtwoord"),
        validators=[
            DataRequired(_l("Herhaal het wachtwoord.")),
            EqualTo("password", message=_l("De twee wachtwoorden zijn niet gelijk.")),
        ],
        render_kw={"autocomplete": "new-password"},
    )
