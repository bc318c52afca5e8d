"""Forms of a client's path (issue 16): work found outside the portal, the plan van aanpak,
registrations of ladder step / profile / client group, contacts with documents, tasks,
re-integration provisions, the sheltered-work taakstelling and the monitor's notes."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import MultipleFileField
from wtforms import BooleanField, FormField, SelectField, TextAreaField
from wtforms.fields import FieldList
from wtforms.validators import (
    DataRequired,
    InputRequired,
    Length,
    NumberRange,
    Optional,
    ValidationError,
)

from app.fields import (
    DutchDateField,
    DutchDecimalField,
    DutchIntegerField,
    TrimmedStringField,
    long_hours_fields,
    options,
)
from app.jobhunter.forms import NotInFuture
from app.models.choices import (
    ACTION_OWNERS,
    CLIENT_CONTACT_KINDS,
    CLIENT_GROUPS,
    EXIT_KINDS,
    LADDER_STEPS,
    PROFILES,
    PROVISION_KINDS,
)
from app.validators import KvK

HOURS = [
    InputRequired(_l("Vul het aantal uren per week in.")),
    NumberRange(1, 60, _l("Tussen 1 en 60 uur.")),
]
# Plan rows shown for new actions (besides the actions already agreed).
EMPTY_ACTION_ROWS = 3
MAX_ACTIONS = 20


class ExitForm(FlaskForm):
    """Work (or a work internship) the client found outside the portal."""

    kind = SelectField(_l("Soort werk"), choices=options(EXIT_KINDS))
    employer_id = SelectField(_l("Werkgever uit het register"), coerce=int, validators=[Optional()])
    employer_name = TrimmedStringField(
        _l("Of: naam van de werkgever"), validators=[Optional(), Length(max=200)]
    )
    employer_kvk = TrimmedStringField(_l("KvK-nummer"), validators=[Optional(), KvK()])
    start_date = DutchDateField(
        _l("Eerste werkdag"), validators=[InputRequired(_l("Vul de eerste werkdag in."))]
    )
    hours_per_week = DutchDecimalField(_l("Uren per week"), places=1, validators=HOURS)
    hourly_wage = DutchDecimalField(
        _l("Bruto uurloon (€)"),
        validators=[Optional(), NumberRange(0, 500, _l("Tussen € 0 en € 500 per uur."))],
    )
    wage_value_pct = DutchDecimalField(
        _l("Loonwaarde (%)"),
        places=1,
        validators=[
            Optional(),
            NumberRange(0, 100, _l("Vul een loonwaarde tussen 0 en 100 %% in.")),
        ],
    )
    contract_end = DutchDateField(_l("Einde contract (leeg bij vast)"), validators=[Optional()])
    long_hours_confirmed, long_hours_reason = long_hours_fields()
    jobcoach = BooleanField(_l("Met jobcoaching"))
    benefit_end = DutchDateField(
        _l("Laatste dag van de uitkering (als die door dit werk stopt)"), validators=[Optional()]
    )
    ladder_step = SelectField(
        _l("Trede participatieladder vanaf de eerste werkdag"),
        choices=options(LADDER_STEPS, "— niet vastleggen —"),
        validators=[Optional()],
    )


class ActionRow(FlaskForm):
    """One agreed action of the plan (a sub-form: the plan form carries the CSRF token; a
    FlaskForm all the same, so its messages are Dutch)."""

    class Meta:
        csrf = False

    description = TrimmedStringField(_l("Actie"), validators=[Optional(), Length(max=300)])
    owner = SelectField(_l("Wie"), choices=options(ACTION_OWNERS), validators=[Optional()])
    owner_name = TrimmedStringField(_l("Naam (bij iemand anders)"), validators=[Length(max=100)])
    due_on = DutchDateField(_l("Uiterlijk"), validators=[Optional()])
    done = BooleanField(_l("Afgerond"))


class PlanForm(FlaskForm):
    """A (new version of the) plan van aanpak; `000` §2.1 names its parts."""

    agreed_on = DutchDateField(
        _l("Datum van het plan of de evaluatie"),
        validators=[InputRequired(_l("Vul de datum in.")), NotInFuture()],
    )
    goals = TextAreaField(
        _l("Doelen voor de korte termijn en de stappen die nodig zijn"),
        validators=[
            DataRequired(_l("Schrijf de doelen voor de korte termijn op.")),
            Length(max=5000),
        ],
    )
    final_goal = TextAreaField(_l("Einddoel"), validators=[Length(max=2000)])
    support = TextAreaField(
        _l("Specifieke ondersteuning (gebiedsteam, inkoop, jobcoach)"),
        validators=[Length(max=2000)],
    )
    review_note = TextAreaField(
        _l("Uitkomst van de evaluatie (wat ging goed, wat is bijgesteld)"),
        validators=[Length(max=5000)],
    )
    next_review_on = DutchDateField(_l("Volgende evaluatie"), validators=[Optional()])
    actions = FieldList(
        FormField(ActionRow), min_entries=EMPTY_ACTION_ROWS, max_entries=MAX_ACTIONS
    )

    def validate_actions(self, field):
        for row in field:
            if not row.form.description.data and (row.form.due_on.data or row.form.owner_name.data):
                raise ValidationError(_l("Geef elke actie met een datum of naam een omschrijving."))


class StatusForm(FlaskForm):
    """A registration of ladder step, profile and client group (`000` §2.3: at least yearly)."""

    changed_on = DutchDateField(
        _l("Vastgesteld op"),
        validators=[InputRequired(_l("Vul de datum in.")), NotInFuture()],
    )
    ladder_step = SelectField(
        _l("Trede participatieladder"), choices=options(LADDER_STEPS, "—"), validators=[Optional()]
    )
    profile = SelectField(_l("Profiel"), choices=options(PROFILES, "—"), validators=[Optional()])
    client_group = SelectField(
        _l("Klantgroep"), choices=options(CLIENT_GROUPS, "—"), validators=[Optional()]
    )

    def validate_ladder_step(self, field):
        if not (field.data or self.profile.data or self.client_group.data):
            raise ValidationError(_l("Kies ten minste de trede, het profiel of de klantgroep."))


class ContactForm(FlaskForm):
    """A contact with the client, with documents if any."""

    contact_on = DutchDateField(
        _l("Datum"), validators=[InputRequired(_l("Vul de datum in.")), NotInFuture()]
    )
    kind = SelectField(_l("Soort contact"), choices=options(CLIENT_CONTACT_KINDS))
    note = TextAreaField(
        _l("Korte notitie"),
        validators=[Length(max=2000, message=_l("Houd de notitie korter dan 2.000 tekens."))],
    )
    documents = MultipleFileField(_l("Documenten (PDF, JPG of PNG, hoogstens 10 MB per bestand)"))
    ladder_step = SelectField(
        _l("Trede participatieladder, vastgesteld in dit gesprek"),
        choices=options(LADDER_STEPS, "— niet vastleggen —"),
        validators=[Optional()],
    )


class TaskForm(FlaskForm):
    """A task about the client, with a reminder date."""

    title = TrimmedStringField(
        _l("Wat moet er gebeuren"),
        validators=[DataRequired(_l("Beschrijf de taak.")), Length(max=200)],
    )
    due_on = DutchDateField(
        _l("Uiterlijk op"), validators=[InputRequired(_l("Vul de uiterste datum in."))]
    )
    remind_on = DutchDateField(_l("Herinneren vanaf"), validators=[Optional()])
    jobhunter_id = SelectField(_l("Voor"), coerce=int, validators=[Optional()])

    def validate_remind_on(self, field):
        if field.data and self.due_on.data and field.data > self.due_on.data:
            raise ValidationError(_l("De herinnering ligt na de uiterste datum."))


class TaskDoneForm(FlaskForm):
    """What came of a task."""

    note = TextAreaField(
        _l("Wat is er gedaan?"), validators=[Length(max=2000, message=_l("Maximaal 2000 tekens."))]
    )


class ConfirmForm(FlaskForm):
    """Only the CSRF token."""


class ProvisionForm(FlaskForm):
    """A re-integration provision (re-integratievoorziening)."""

    kind = SelectField(_l("Voorziening"), choices=options(PROVISION_KINDS))
    provider = TrimmedStringField(
        _l("Aanbieder of jobcoach"), validators=[Optional(), Length(max=200)]
    )
    start_on = DutchDateField(
        _l("Gestart op"), validators=[InputRequired(_l("Vul de startdatum in."))]
    )
    end_on = DutchDateField(_l("Beëindigd op"), validators=[Optional()])

    def validate_end_on(self, field):
        if field.data and self.start_on.data and field.data < self.start_on.data:
            raise ValidationError(_l("De einddatum ligt vóór de startdatum."))


class ProvisionEndForm(FlaskForm):
    end_on = DutchDateField(
        _l("Beëindigd op"), validators=[InputRequired(_l("Vul de einddatum in."))]
    )


class ShelteredTargetForm(FlaskForm):
    """The yearly taakstelling beschut werk (number of places)."""

    places = DutchIntegerField(
        _l("Taakstelling beschut werk (aantal plekken)"),
        validators=[
            InputRequired(_l("Vul een aantal in.")),
            NumberRange(0, 100_000, _l("Tussen 0 en 100.000.")),
        ],
    )


class MonitorNoteForm(FlaskForm):
    """A qualitative monitor row for the year (never about one resident)."""

    text = TextAreaField(
        _l("Toelichting"),
        validators=[Length(max=5000, message=_l("Houd de toelichting korter dan 5.000 tekens."))],
    )
