"""Forms for logging in."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, PasswordField
from wtforms.validators import DataRequired, Length


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
