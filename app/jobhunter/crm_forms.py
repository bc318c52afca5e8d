"""Forms of the employer CRM (issue 17): the employer list's filters, contact persons,
follow-ups, the account manager, and the SROI-kansen threshold."""

from __future__ import annotations

from datetime import date, timedelta

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, SelectField, StringField
from wtforms.validators import (
    DataRequired,
    InputRequired,
    Length,
    NumberRange,
    Optional,
    ValidationError,
)

from app.fields import DutchDateField, DutchIntegerField, TrimmedStringField, options
from app.validators import EmailAddress, Phone

# Furthest ahead a follow-up can be planned.
FOLLOW_UP_HORIZON = timedelta(days=3 * 366)

SIZE_CHOICES = [
    ("1-10", _l("1 tot en met 10")),
    ("11-25", _l("11 tot en met 25")),
    ("26-100", _l("26 tot en met 100")),
    ("101-250", _l("101 tot en met 250")),
    ("251+", _l("meer dan 250")),
    ("unknown", _l("onbekend")),
]
YES_NO_QUOTA = [("yes", _l("ja (meer dan 25 medewerkers)")), ("no", _l("nee"))]
LAST_CONTACT_CHOICES = [
    ("3m", _l("in de afgelopen 3 maanden")),
    ("12m", _l("in de afgelopen 12 maanden")),
    ("older", _l("langer dan 12 maanden geleden")),
    ("never", _l("nog nooit")),
]
NEW_CHOICES = [
    ("new", _l("nieuwe werkgever (telt mee voor het doel)")),
    ("known", _l("bekende werkgever")),
]
VACANCY_CHOICES = [("open", _l("met open vacatures")), ("none", _l("zonder open vacatures"))]
SROI_CHOICES = [
    ("running", _l("met lopend contract")),
    ("any", _l("met contract (ook afgelopen)")),
    ("none", _l("zonder contract")),
]
SORT_CHOICES = [
    ("name", _l("naam")),
    ("size", _l("grootte (grootste eerst)")),
    ("contact_oldest", _l("laatste contact (langst geleden eerst)")),
    ("contact_newest", _l("laatste contact (meest recent eerst)")),
    ("vacancies", _l("open vacatures (meeste eerst)")),
]


class EmployerFilterForm(FlaskForm):
    """Filters and sorting of the employer list (GET: in the URL, no CSRF)."""

    class Meta:
        csrf = False

    q = StringField(_l("Naam of KvK-nummer"), validators=[Optional(), Length(max=100)])
    sector = SelectField(_l("Sector"), validators=[Optional()])
    size = SelectField(
        _l("Medewerkers"), choices=options(SIZE_CHOICES, "alle"), validators=[Optional()]
    )
    quota = SelectField(
        _l("Quotum geldt"), choices=options(YES_NO_QUOTA, "alle"), validators=[Optional()]
    )
    last_contact = SelectField(
        _l("Laatste contact"),
        choices=options(LAST_CONTACT_CHOICES, "alle"),
        validators=[Optional()],
    )
    new = SelectField(
        _l("Nieuwe werkgever"), choices=options(NEW_CHOICES, "alle"), validators=[Optional()]
    )
    vacancies = SelectField(
        _l("Vacatures"), choices=options(VACANCY_CHOICES, "alle"), validators=[Optional()]
    )
    sroi = SelectField(
        _l("SROI-contracten"), choices=options(SROI_CHOICES, "alle"), validators=[Optional()]
    )
    manager = SelectField(_l("Accountmanager"), validators=[Optional()])
    sort = SelectField(_l("Sorteren op"), choices=options(SORT_CHOICES), validators=[Optional()])

    def valid_filters(self) -> dict:
        """The filters whose values are valid; a value that is not one of the choices (a changed
        URL) is left out rather than refused."""
        self.validate()
        return {name: f.data for name, f in self._fields.items() if not f.errors and f.data}


class ContactPersonForm(FlaskForm):
    """Someone to talk to at an employer."""

    name = TrimmedStringField(
        _l("Naam"),
        validators=[
            DataRequired(_l("Vul de naam in.")),
            Length(max=200, message=_l("Maximaal 200 tekens.")),
        ],
    )
    job_title = TrimmedStringField(
        _l("Functie"),
        validators=[Optional(), Length(max=100, message=_l("Maximaal 100 tekens."))],
    )
    phone = TrimmedStringField(_l("Telefoon"), validators=[Optional(), Phone()])
    email = TrimmedStringField(_l("E-mailadres"), validators=[Optional(), EmailAddress()])
    newsletter = BooleanField(_l("Wil de nieuwsbrief voor ondernemers ontvangen (toestemming)"))


class FollowUpForm(FlaskForm):
    """A follow-up to schedule: when, what about, who calls, and whom."""

    due_date = DutchDateField(
        _l("Wanneer"), validators=[InputRequired(_l("Vul de datum in waarop het moet gebeuren."))]
    )
    note = TrimmedStringField(
        _l("Wat"),
        validators=[
            DataRequired(_l("Schrijf kort op wat er moet gebeuren.")),
            Length(max=500, message=_l("Maximaal 500 tekens.")),
        ],
    )
    jobhunter_id = SelectField(
        _l("Wie"), coerce=int, validators=[InputRequired(_l("Kies wie er belt of langsgaat."))]
    )
    contact_person_id = SelectField(_l("Met wie"), coerce=int, validators=[Optional()])

    def validate_due_date(self, field):
        today = date.today()
        if field.data and field.data < today:
            raise ValidationError(_l("Kies een datum vanaf vandaag."))
        if field.data and field.data > today + FOLLOW_UP_HORIZON:
            raise ValidationError(_l("Kies een datum binnen drie jaar."))


class ConfirmForm(FlaskForm):
    """A button that changes something: only the CSRF token (done, remove)."""


class AccountManagerForm(FlaskForm):
    account_manager_id = SelectField(
        _l("Accountmanager"),
        coerce=int,
        validators=[InputRequired(_l("Kies een accountmanager, of: nog niemand."))],
    )


class LeadThresholdForm(FlaskForm):
    """The lowest match score at which SROI-kansen offers a client."""

    min_score = DutchIntegerField(
        _l("Toon werkzoekenden vanaf score"),
        validators=[
            InputRequired(_l("Vul een score in.")),
            NumberRange(0, 100, _l("Een score van 0 tot en met 100.")),
        ],
    )
