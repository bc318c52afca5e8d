"""Forms of the jobhunter workspace."""

from __future__ import annotations

from datetime import date, timedelta

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, SelectField, StringField, TextAreaField
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
    ListField,
    MultiCheckboxField,
    TrimmedStringField,
    options,
)
from app.models.choices import (
    BENEFIT_END_REASONS,
    BENEFIT_TYPES,
    CAMPAIGN_ACTIVITY_KINDS,
    CLIENT_GROUPS,
    CONTACT_CHANNELS,
    EDUCATION_LEVELS,
    INTEGRATION_ROUTES,
    LADDER_STEPS,
    LANGUAGE_LEVELS,
    LOAD_LEVELS,
    PROFILES,
    PROPOSAL_STATUSES,
    TARGET_REGISTER_STATUSES,
    VACANCY_KINDS,
)
from app.validators import BSN, EmailAddress, Postcode

LICENCES = options(
    [
        ("B", "B (auto)"),
        ("C", "C (vrachtwagen)"),
        ("CE", "CE"),
        ("D", "D (bus)"),
        ("T", "T (trekker)"),
        ("AM", "AM (bromfiets)"),
    ]
)


def _choices(table: dict, blank: str | None = None):
    return options(table, blank)


class NotInFuture:
    """A date that has happened: an indication, an advice, a plan, a completed module."""

    def __call__(self, form, field):
        if field.data and field.data > date.today():
            raise ValidationError(_l("Deze datum ligt in de toekomst."))


class ClientForm(FlaskForm):
    """All fields of a client (SPEC §3.2)."""

    municipality_id = SelectField(_l("Gemeente"), coerce=int, validators=[InputRequired()])
    first_name = StringField(
        _l("Voornaam"), validators=[DataRequired(_l("Vul de voornaam in.")), Length(max=100)]
    )
    last_name = StringField(
        _l("Achternaam"), validators=[DataRequired(_l("Vul de achternaam in.")), Length(max=150)]
    )
    bsn = StringField(_l("BSN"), validators=[Optional(), BSN()])
    birth_date = DutchDateField(_l("Geboortedatum"), validators=[Optional()])
    postcode = StringField(_l("Postcode"), validators=[Optional(), Postcode()])
    benefit_type = SelectField(_l("Uitkering"), choices=_choices(BENEFIT_TYPES))
    benefit_start = DutchDateField(_l("Uitkering sinds"), validators=[Optional()])
    benefit_end = DutchDateField(_l("Uitkering beëindigd op"), validators=[Optional()])
    benefit_end_reason = SelectField(
        _l("Reden einde uitkering"),
        choices=_choices(BENEFIT_END_REASONS, "—"),
        validators=[Optional()],
    )
    ladder_step = SelectField(
        _l("Trede participatieladder"), choices=_choices(LADDER_STEPS, "—"), validators=[Optional()]
    )
    profile = SelectField(_l("Profiel"), choices=_choices(PROFILES, "—"), validators=[Optional()])
    client_group = SelectField(
        _l("Klantgroep"), choices=_choices(CLIENT_GROUPS, "—"), validators=[Optional()]
    )
    banenafspraak = BooleanField(_l("Indicatie banenafspraak (doelgroepregister)"))
    banenafspraak_on = DutchDateField(
        _l("Datum indicatie banenafspraak"), validators=[Optional(), NotInFuture()]
    )
    target_register_status = SelectField(
        _l("Doelgroepregister"),
        choices=_choices(TARGET_REGISTER_STATUSES, "—"),
        validators=[Optional()],
    )
    sheltered_work = BooleanField(_l("Indicatie beschut werk"))
    sheltered_work_on = DutchDateField(
        _l("Datum advies of indicatie beschut werk"), validators=[Optional(), NotInFuture()]
    )
    newcomer = BooleanField(_l("Statushouder"))
    integration_route = SelectField(
        _l("Leerroute inburgering"),
        choices=_choices(INTEGRATION_ROUTES, "—"),
        validators=[Optional()],
    )
    integration_start = DutchDateField(_l("Start inburgeringstermijn"), validators=[Optional()])
    pip_on = DutchDateField(
        _l("Persoonlijk plan Inburgering en Participatie (PIP) vastgesteld op"),
        validators=[Optional(), NotInFuture()],
    )
    map_done_on = DutchDateField(
        _l("Module Arbeidsmarkt en Participatie (MAP) afgerond op"),
        validators=[Optional(), NotInFuture()],
    )
    integration_done_on = DutchDateField(
        _l("Inburgering afgerond op"), validators=[Optional(), NotInFuture()]
    )
    desired_occupations = ListField(_l("Gewenste beroepen"), max_items=10)
    skills = ListField(_l("Vaardigheden"), max_items=30)
    experience = TextAreaField(_l("Werkervaring"), validators=[Length(max=5000)])
    education_level = SelectField(
        _l("Opleiding"), choices=_choices(EDUCATION_LEVELS, "—"), validators=[Optional()]
    )
    certificates = ListField(_l("Certificaten en diploma's"), max_items=20)
    driving_licences = MultiCheckboxField(
        _l("Rijbewijzen"), choices=LICENCES, validators=[Optional()]
    )
    language_level = SelectField(
        _l("Taalniveau Nederlands"),
        choices=options([(x, x) for x in LANGUAGE_LEVELS], "—"),
        validators=[Optional()],
    )
    hours_min = DutchDecimalField(
        _l("Minimaal uren per week"),
        places=1,
        validators=[Optional(), NumberRange(0, 60, _l("Tussen 0 en 60 uur."))],
    )
    hours_max = DutchDecimalField(
        _l("Maximaal uren per week"),
        places=1,
        validators=[Optional(), NumberRange(0, 60, _l("Tussen 0 en 60 uur."))],
    )
    max_travel_minutes = DutchIntegerField(
        _l("Maximale reistijd enkele reis (minuten)"),
        validators=[Optional(), NumberRange(0, 180, _l("Tussen 0 en 180 minuten."))],
    )
    max_travel_km = DutchIntegerField(
        _l("Maximale reisafstand enkele reis (km)"),
        validators=[Optional(), NumberRange(0, 300, _l("Tussen 0 en 300 km."))],
    )
    max_load = SelectField(
        _l("Belastbaarheid"), choices=_choices(LOAD_LEVELS, "—"), validators=[Optional()]
    )
    health_notes = TextAreaField(
        _l("Gezondheid en beperkingen (nooit zichtbaar voor werkgevers)"),
        validators=[Length(max=5000)],
    )
    exemptions = TextAreaField(_l("Ontheffingen"), validators=[Length(max=2000)])
    consent = BooleanField(_l("Toestemming om het anonieme profiel met werkgevers te delen"))
    consent_at = DutchDateField(_l("Datum toestemming"), validators=[Optional()])
    jobhunter_id = SelectField(_l("Jobhunter"), coerce=int, validators=[Optional()])
    case_closed_at = DutchDateField(_l("Dossier gesloten op"), validators=[Optional()])
    unavailable_until = DutchDateField(_l("Niet beschikbaar tot en met"), validators=[Optional()])

    def validate_unavailable_until(self, field):
        if field.data and field.data > date.today() + timedelta(days=731):
            raise ValidationError(_l("Kies een datum binnen twee jaar; sluit anders het dossier."))

    def validate_birth_date(self, field):
        if field.data and not (date(1900, 1, 1) < field.data <= date.today()):
            raise ValidationError(_l("De geboortedatum moet in het verleden liggen."))

    def validate_hours_max(self, field):
        if (
            field.data is not None
            and self.hours_min.data is not None
            and field.data < self.hours_min.data
        ):
            raise ValidationError(_l("Het maximum moet minstens het minimum zijn."))

    def validate_benefit_end(self, field):
        if field.data and self.benefit_start.data and field.data < self.benefit_start.data:
            raise ValidationError(_l("De einddatum ligt vóór de startdatum van de uitkering."))

    def validate_benefit_end_reason(self, field):
        if field.data and not self.benefit_end.data:
            raise ValidationError(_l("Vul eerst de datum in waarop de uitkering eindigde."))

    def validate_banenafspraak_on(self, field):
        if field.data and not self.banenafspraak.data:
            raise ValidationError(_l("Vink de indicatie banenafspraak aan, of laat de datum leeg."))

    def validate_sheltered_work_on(self, field):
        if field.data and not self.sheltered_work.data:
            raise ValidationError(_l("Vink de indicatie beschut werk aan, of laat de datum leeg."))

    def validate_integration_done_on(self, field):
        start = self.integration_start.data
        if field.data and start and field.data < start:
            raise ValidationError(_l("De inburgering kan niet vóór de start zijn afgerond."))

    def validate_consent_at(self, field):
        if self.consent.data and field.data and field.data > date.today():
            raise ValidationError(_l("De datum van toestemming kan niet in de toekomst liggen."))


class ClientFilterForm(FlaskForm):
    """Search and filter the client list (GET, no CSRF needed)."""

    class Meta:
        csrf = False

    q = StringField(_l("Naam, pseudoniem of BSN"), validators=[Optional(), Length(max=100)])
    municipality_id = SelectField(_l("Gemeente"), coerce=str, validators=[Optional()])
    ladder_step = SelectField(
        _l("Trede"), choices=_choices(LADDER_STEPS, "alle"), validators=[Optional()]
    )
    profile = SelectField(
        _l("Profiel"), choices=_choices(PROFILES, "alle"), validators=[Optional()]
    )
    client_group = SelectField(
        _l("Klantgroep"), choices=_choices(CLIENT_GROUPS, "alle"), validators=[Optional()]
    )
    benefit_type = SelectField(
        _l("Uitkering"), choices=_choices(BENEFIT_TYPES, "alle"), validators=[Optional()]
    )
    banenafspraak = SelectField(
        _l("Banenafspraak"),
        choices=options([("1", "ja"), ("0", "nee")], "alle"),
        validators=[Optional()],
    )
    jobhunter_id = SelectField(_l("Jobhunter"), coerce=str, validators=[Optional()])


class ContactForm(FlaskForm):
    """A conversation with an employer."""

    contact_date = DutchDateField(_l("Datum"), validators=[InputRequired(_l("Vul de datum in."))])
    channel = SelectField(_l("Hoe"), choices=options(CONTACT_CHANNELS))
    subject = StringField(
        _l("Onderwerp"), validators=[DataRequired(_l("Vul het onderwerp in.")), Length(max=200)]
    )
    outcome = TextAreaField(_l("Afspraken en resultaat"), validators=[Length(max=5000)])

    def validate_contact_date(self, field):
        if field.data and field.data > date.today():
            raise ValidationError(_l("Een gesprek in de toekomst kunt u nog niet vastleggen."))


class CampaignForm(FlaskForm):
    """The yearly action plan and its targets (SPEC §4.6)."""

    action_plan = TextAreaField(_l("Actieplan"), default="", validators=[Length(max=20000)])
    target_new_conversations = DutchIntegerField(
        _l("Doel: gesprekken met nieuwe werkgevers"),
        validators=[
            InputRequired(_l("Vul een aantal in.")),
            NumberRange(0, 10000, _l("Tussen 0 en 10.000.")),
        ],
    )
    target_contacts = DutchIntegerField(
        _l("Doel: contacten met werkgevers"),
        validators=[Optional(), NumberRange(0, 100000, _l("Tussen 0 en 100.000."))],
    )
    target_vacancies = DutchIntegerField(
        _l("Doel: vacatures en werkplekken"),
        validators=[Optional(), NumberRange(0, 100000, _l("Tussen 0 en 100.000."))],
    )
    target_placements = DutchIntegerField(
        _l("Doel: plaatsingen"),
        validators=[Optional(), NumberRange(0, 100000, _l("Tussen 0 en 100.000."))],
    )


class CampaignActivityForm(FlaskForm):
    """An activity of the campaign: event, mailing, newsletter, article, company visit, training."""

    date = DutchDateField(_l("Datum"), validators=[InputRequired(_l("Vul de datum in."))])
    kind = SelectField(_l("Soort"), choices=options(CAMPAIGN_ACTIVITY_KINDS))
    title = StringField(
        _l("Omschrijving"),
        validators=[DataRequired(_l("Vul een omschrijving in.")), Length(max=200)],
    )
    reach = DutchIntegerField(
        _l("Bereik (aantal mensen of bedrijven)"),
        validators=[Optional(), NumberRange(0, 10_000_000, _l("Een aantal van 0 of meer."))],
    )
    notes = TextAreaField(_l("Toelichting"), validators=[Length(max=5000)])


class MatchFilterForm(FlaskForm):
    """Filters on a client's matches (GET)."""

    class Meta:
        csrf = False

    kind = SelectField(
        _l("Soort plek"), choices=options(VACANCY_KINDS, "alle"), validators=[Optional()]
    )
    max_km = DutchIntegerField(
        _l("Maximaal km reizen"),
        validators=[Optional(), NumberRange(1, 300, _l("Tussen 1 en 300 km."))],
    )
    hours = DutchDecimalField(
        _l("Uren per week"),
        places=1,
        validators=[Optional(), NumberRange(1, 60, _l("Tussen 1 en 60 uur."))],
    )

    def is_filtered(self) -> bool:
        return bool(self.kind.data or self.max_km.data is not None or self.hours.data is not None)


class ProposeForm(FlaskForm):
    """A short note for the employer with a proposal."""

    note = TextAreaField(
        _l("Korte toelichting voor de werkgever"),
        validators=[Length(max=1000, message=_l("Maximaal 1000 tekens."))],
    )


class ConfirmPayoutForm(FlaskForm):
    """A person confirms the engine's working before an incentive is granted or paid."""

    confirm = BooleanField(_l("Ik heb de voorwaarden en data hierboven gecontroleerd"))


class ProposeManyForm(FlaskForm):
    """Several shortlisted clients proposed at once, with one note for the employer (the
    chosen clients are checkboxes named `werkzoekende` in the shortlist table)."""

    note = TextAreaField(
        _l("Korte toelichting voor de werkgever (voor elk voorstel)"),
        validators=[Length(max=1000, message=_l("Maximaal 1000 tekens."))],
    )


class FollowUpDoneForm(FlaskForm):
    """What was discussed in a follow-up call or visit."""

    note = TextAreaField(
        _l("Wat is besproken?"), validators=[Length(max=2000, message=_l("Maximaal 2000 tekens."))]
    )


class OutcomeForm(FlaskForm):
    """How a proposal ended (jobhunter)."""

    outcome = SelectField(
        _l("Uitkomst"),
        choices=options({k: PROPOSAL_STATUSES[k] for k in ("hired", "rejected", "withdrawn")}),
    )
    reason = StringField(
        _l("Reden"), validators=[Length(max=1000, message=_l("Maximaal 1000 tekens."))]
    )


class ApproveForm(FlaskForm):
    """Only the CSRF token: approving needs no further input."""


class RefuseForm(FlaskForm):
    """Why a registration is refused; the applicant gets it by mail."""

    reason = TextAreaField(
        _l("Reden van afwijzing"),
        validators=[
            DataRequired(_l("Schrijf de reden op; die sturen we naar de aanvrager.")),
            Length(max=1000, message=_l("Houd de reden korter dan 1.000 tekens.")),
        ],
        render_kw={"rows": 3},
    )


class InviteForm(FlaskForm):
    """A (new) user of an approved employer, invited by mail."""

    name = TrimmedStringField(
        _l("Naam"),
        validators=[
            DataRequired(_l("Vul de naam in.")),
            Length(max=200, message=_l("Hoogstens 200 tekens.")),
        ],
    )
    email = TrimmedStringField(
        _l("E-mailadres"),
        validators=[DataRequired(_l("Vul het e-mailadres in.")), EmailAddress()],
        render_kw={"type": "email"},
    )


class OccupationCorrectionForm(FlaskForm):
    """The occupation a jobhunter gives a vacancy (from the occupation list)."""

    occupation = TrimmedStringField(
        _l("Beroep"),
        validators=[
            DataRequired(_l("Kies een beroep uit de lijst.")),
            Length(max=255, message=_l("Een beroep is hoogstens 255 tekens.")),
        ],
        render_kw={"list": "beroepen", "autocomplete": "off"},
    )
