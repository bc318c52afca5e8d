"""Forms for logging in, the two-factor step, choosing a password from an invitation or a reset
link, and changing it."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, PasswordField, StringField
from wtforms.validators import DataRequired, EqualTo, Length, ValidationError

from app.services import passwords


class NotCommonPassword:
    """Refuse a password from the common-password lists, or one containing the e-mail address.

    Only checked once the length is right, so the length message stands alone. The form may
    name the account's e-mail address in `form.account_email`.
    """

    def __call__(self, form, field):
        value = field.data or ""
        if not passwords.MIN_LENGTH <= len(value) <= passwords.MAX_LENGTH:
            return
        found = passwords.problems(value, getattr(form, "account_email", None))
        if found:
            raise ValidationError(found[0])


def _current_password():
    """The account's current password, capped so a 10,000-character value is just invalid."""
    return PasswordField(
        _l("Wachtwoord"),
        validators=[
            DataRequired(_l("Vul uw wachtwoord in.")),
            Length(max=200, message=_l("Een wachtwoord is maximaal 200 tekens.")),
        ],
        render_kw={"autocomplete": "current-password"},
    )


def _app_code():
    """A code from the authenticator app."""
    return StringField(
        _l("Code uit de app"),
        validators=[
            DataRequired(_l("Vul de code van 6 cijfers uit de app in.")),
            Length(max=20, message=_l("Een code is 6 cijfers.")),
        ],
        render_kw={"autocomplete": "one-time-code", "inputmode": "numeric", "spellcheck": "false"},
    )


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
    password = _current_password()
    remember = BooleanField(_l("Ingelogd blijven op deze computer"))


class ChoosePasswordForm(FlaskForm):
    """A new password, typed twice."""

    password = PasswordField(
        _l("Nieuw wachtwoord"),
        validators=[
            DataRequired(_l("Kies een wachtwoord.")),
            Length(min=12, max=200, message=_l("Kies een wachtwoord van 12 tot 200 tekens.")),
            NotCommonPassword(),
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


class ForgotPasswordForm(FlaskForm):
    """ "Wachtwoord vergeten": the e-mail address of the account."""

    email = EmailField(
        _l("E-mailadres"),
        validators=[
            DataRequired(_l("Vul uw e-mailadres in.")),
            Length(max=254, message=_l("Een e-mailadres is maximaal 254 tekens.")),
        ],
        render_kw={"autocomplete": "username"},
    )


class ChangePasswordForm(ChoosePasswordForm):
    """Mijn account: the current password, and the new one twice."""

    current = _current_password()


class CodeForm(FlaskForm):
    """The second step of a login: a code from the app, or a recovery code."""

    code = StringField(
        _l("Code"),
        validators=[
            DataRequired(_l("Vul de code in.")),
            Length(max=40, message=_l("Een code is maximaal 40 tekens.")),
        ],
        render_kw={
            "autocomplete": "one-time-code",
            "inputmode": "text",
            "spellcheck": "false",
            "autocapitalize": "none",
        },
    )


class EnrolForm(FlaskForm):
    """Confirm a new authenticator app with the first code it shows."""

    code = _app_code()


class ConfirmWithCodeForm(EnrolForm):
    """Confirm a change to the second factor with a current code (new recovery codes)."""


class DisableTwoFactorForm(FlaskForm):
    """Turn the second factor off (employers only): password and a current code."""

    password = _current_password()
    code = _app_code()
