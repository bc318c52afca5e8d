"""Forms of the employer portal. Every field has a Dutch label, hint where useful, and message.

Choices that depend on the employer (its proposals, placements, contracts, catalogue blocks)
are filled in by the route before validation.
"""

from __future__ import annotations

from decimal import Decimal

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import MultipleFileField
from wtforms import BooleanField, RadioField, SelectField, TextAreaField
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
    long_hours_fields,
    options,
)
from app.models.base import MAX_HOURS
from app.models.choices import (
    BENEFIT_TYPES,
    CONTRACT_TYPES,
    EDUCATION_LEVELS,
    END_REASONS,
    EVIDENCE_KINDS,
    LANGUAGE_LEVELS,
    LOAD_LEVELS,
    VACANCY_KINDS,
)
from app.services.activity_reporting import ActivityInput
from app.validators import EmailAddress, KvK, Postcode

PAID_KINDS = ("job", "apprenticeship")
NONE_CHOICE = _l("— maak een keuze —")
ANY_CHOICE = _l("Niet van belang")


def hours_validators(required: bool = True):
    first = InputRequired(_l("Vul het aantal uren per week in.")) if required else Optional()
    return [
        first,
        NumberRange(
            min=Decimal("0.5"),
            max=Decimal("60"),
            message=_l("Vul een aantal uren tussen 0,5 en 60 per week in."),
        ),
    ]


class ConfirmForm(FlaskForm):
    """An empty form: only the CSRF token, for buttons that change something (close, submit)."""


class VacancyForm(FlaskForm):
    """A job or unpaid place with every field of SPEC §3.2."""

    title = TrimmedStringField(
        _l("Titel"),
        validators=[
            DataRequired(_l("Geef de vacature een titel.")),
            Length(max=200, message=_l("Een titel is hoogstens 200 tekens.")),
        ],
    )
    occupation = TrimmedStringField(
        _l("Beroep"),
        validators=[Optional(), Length(max=255, message=_l("Een beroep is hoogstens 255 tekens."))],
        render_kw={"list": "beroepen", "autocomplete": "off"},
    )
    kind = SelectField(
        _l("Soort werkplek"),
        choices=options(VACANCY_KINDS),
        default="job",
        validators=[DataRequired(_l("Kies de soort werkplek."))],
    )
    paid = RadioField(
        _l("Betaald of onbetaald"),
        choices=options(
            [
                ("1", _l("Betaald (arbeidscontract)")),
                ("0", _l("Onbetaald (met behoud van uitkering)")),
            ]
        ),
        default="1",
        validators=[DataRequired(_l("Kies betaald of onbetaald."))],
    )
    description = TextAreaField(
        _l("Omschrijving"),
        validators=[
            Optional(),
            Length(max=5000, message=_l("Houd de omschrijving korter dan 5.000 tekens.")),
        ],
        render_kw={"rows": 6},
    )
    skills = ListField(_l("Wat moet de kandidaat kunnen?"), render_kw={"rows": 4})
    wished_skills = ListField(_l("Wat is mooi meegenomen?"), render_kw={"rows": 3})
    hours_min = DutchDecimalField(
        _l("Uren per week, minimaal"), places=1, validators=hours_validators()
    )
    hours_max = DutchDecimalField(
        _l("Uren per week, maximaal"), places=1, validators=hours_validators()
    )
    postcode = TrimmedStringField(
        _l("Postcode van de werkplek"),
        validators=[DataRequired(_l("Vul de postcode van de werkplek in.")), Postcode()],
        render_kw={"autocomplete": "postal-code"},
    )
    start_date = DutchDateField(_l("Gewenste startdatum"), validators=[Optional()])
    closing_date = DutchDateField(_l("Reageren kan tot"), validators=[Optional()])
    driving_licence = BooleanField(_l("Rijbewijs B nodig"))
    physical_load = SelectField(
        _l("Lichamelijke belasting"),
        choices=options(LOAD_LEVELS, ANY_CHOICE),
        validators=[Optional()],
    )
    education_level = SelectField(
        _l("Opleidingsniveau"),
        choices=options(EDUCATION_LEVELS, ANY_CHOICE),
        validators=[Optional()],
    )
    language_level = SelectField(
        _l("Taalniveau Nederlands"),
        choices=options([(level, level) for level in LANGUAGE_LEVELS], ANY_CHOICE),
        validators=[Optional()],
    )
    banenafspraak_suitable = BooleanField(_l("Geschikt voor iemand uit de banenafspraak"))

    def validate_hours_max(self, field):
        if (
            self.hours_min.data is not None
            and field.data is not None
            and field.data < self.hours_min.data
        ):
            raise ValidationError(
                _l("Het maximum aantal uren moet minstens zo hoog zijn als het minimum.")
            )


class AnswerForm(FlaskForm):
    """The employer's answer to a proposed candidate."""

    decision = RadioField(
        _l("Uw antwoord"),
        choices=options(
            [("invited", _l("Uitnodigen voor een gesprek")), ("rejected", _l("Niet passend"))]
        ),
        validators=[DataRequired(_l("Kies: uitnodigen voor een gesprek, of niet passend."))],
    )
    reason = TextAreaField(
        _l("Toelichting voor de jobhunter"),
        validators=[
            Optional(),
            Length(max=1000, message=_l("Houd de toelichting korter dan 1.000 tekens.")),
        ],
        render_kw={"rows": 3},
    )

    def validate(self, extra_validators=None):
        valid = super().validate(extra_validators)
        if self.decision.data == "rejected" and not (self.reason.data or "").strip():
            self.reason.errors = [
                *self.reason.errors,
                _l("Schrijf kort waarom de kandidaat niet past. Dat helpt de jobhunter."),
            ]
            valid = False
        return valid


class PlacementStartForm(FlaskForm):
    """A candidate starts working: from a proposal, with hours, contract and wage."""

    proposal = SelectField(
        _l("Kandidaat"), validators=[DataRequired(_l("Kies de kandidaat die begint."))]
    )
    start_date = DutchDateField(
        _l("Eerste werkdag"), validators=[InputRequired(_l("Vul de eerste werkdag in."))]
    )
    hours_per_week = DutchDecimalField(_l("Uren per week"), places=1, validators=hours_validators())
    contract_type = RadioField(
        _l("Soort contract"),
        choices=options(CONTRACT_TYPES),
        default="temporary",
        validators=[DataRequired(_l("Kies tijdelijk of vast."))],
    )
    contract_months = DutchIntegerField(
        _l("Looptijd in maanden (bij een tijdelijk contract)"),
        validators=[
            Optional(),
            NumberRange(min=1, max=120, message=_l("Vul een looptijd van 1 tot 120 maanden in.")),
        ],
    )
    before_flat_rate_subsidy = BooleanField(
        _l("De proefplaatsing gaat vooraf aan een forfaitaire loonkostensubsidie")
    )
    hourly_wage = DutchDecimalField(
        _l("Bruto uurloon"),
        places=2,
        validators=[
            Optional(),
            NumberRange(
                min=Decimal("0"),
                max=Decimal("500"),
                message=_l("Vul een uurloon tussen € 0 en € 500 in."),
            ),
        ],
    )
    wage_value_pct = DutchDecimalField(
        _l("Loonwaarde (%)"),
        places=1,
        validators=[
            Optional(),
            NumberRange(
                min=Decimal("0"),
                max=Decimal("100"),
                message=_l("Vul een loonwaarde tussen 0 en 100 %% in."),
            ),
        ],
    )
    wage_subsidy = BooleanField(_l("Met loonkostensubsidie van de gemeente"))
    jobcoach = BooleanField(_l("De kandidaat krijgt een jobcoach"))
    contract = SelectField(_l("Telt mee voor social return van opdracht"), validators=[Optional()])
    long_hours_confirmed, long_hours_reason = long_hours_fields()

    def validate(self, extra_validators=None):
        valid = super().validate(extra_validators)
        if (
            self.contract_type.data == "temporary"
            and self.contract_months.data is None
            and not self.contract_months.errors
        ):
            self.contract_months.errors = [
                *self.contract_months.errors,
                _l("Vul in hoeveel maanden het tijdelijke contract loopt."),
            ]
            valid = False
        return valid

    def start_terms(self) -> dict:
        """What was agreed, as `placement_lifecycle.register_start`'s keyword arguments (the
        page and the API share this)."""
        return {
            "start_date": self.start_date.data,
            "hours_per_week": self.hours_per_week.data,
            "contract_type": self.contract_type.data,
            "contract_months": self.contract_months.data,
            "hourly_wage": self.hourly_wage.data,
            "wage_value_pct": self.wage_value_pct.data,
            "jobcoach": self.jobcoach.data,
            "wage_arrangement": "wage_subsidy" if self.wage_subsidy.data else "",
            "long_hours_confirmed": self.long_hours_confirmed.data,
            "long_hours_reason": self.long_hours_reason.data or "",
            "before_flat_rate_subsidy": self.before_flat_rate_subsidy.data,
        }


class PlacementEndForm(FlaskForm):
    """The placement ended."""

    end_date = DutchDateField(
        _l("Laatste werkdag"), validators=[InputRequired(_l("Vul de laatste werkdag in."))]
    )
    reason = SelectField(
        _l("Reden"),
        choices=options(END_REASONS, NONE_CHOICE),
        validators=[DataRequired(_l("Kies een reden."))],
    )
    explanation = TextAreaField(
        _l("Toelichting"),
        validators=[
            Optional(),
            Length(max=1000, message=_l("Houd de toelichting korter dan 1.000 tekens.")),
        ],
        render_kw={"rows": 3},
    )

    def validate(self, extra_validators=None):
        valid = super().validate(extra_validators)
        if self.reason.data == "other" and not (self.explanation.data or "").strip():
            self.explanation.errors = [
                *self.explanation.errors,
                _l("Schrijf kort wat de reden is."),
            ]
            valid = False
        return valid


class PlacementHoursForm(FlaskForm):
    """The weekly hours change from a date."""

    from_date = DutchDateField(_l("Vanaf"), validators=[InputRequired(_l("Vul in vanaf wanneer."))])
    hours_per_week = DutchDecimalField(
        _l("Nieuwe uren per week"), places=1, validators=hours_validators()
    )
    long_hours_confirmed, long_hours_reason = long_hours_fields()


class SubsidyForm(FlaskForm):
    """The subsidy calculator: a proposed candidate or an anonymous profile, and a job."""

    proposal = SelectField(_l("Kandidaat"), validators=[Optional()])
    benefit_type = SelectField(
        _l("Uitkering van de kandidaat"),
        choices=options(BENEFIT_TYPES, _l("Weet ik niet")),
        validators=[Optional()],
    )
    banenafspraak = BooleanField(_l("Kandidaat hoort bij de banenafspraak (doelgroepregister)"))
    sheltered_work = BooleanField(_l("Kandidaat heeft een indicatie beschut werk"))
    kind = SelectField(
        _l("Soort werk"),
        choices=options({k: VACANCY_KINDS[k] for k in ("job", "trial", "apprenticeship")}),
        default="job",
        validators=[DataRequired(_l("Kies de soort werk."))],
    )
    hours_per_week = DutchDecimalField(_l("Uren per week"), places=1, validators=hours_validators())
    hourly_wage = DutchDecimalField(
        _l("Bruto uurloon"),
        places=2,
        validators=[
            Optional(),
            NumberRange(
                min=Decimal("0"),
                max=Decimal("500"),
                message=_l("Vul een uurloon tussen € 0 en € 500 in."),
            ),
        ],
    )
    wage_value_pct = DutchDecimalField(
        _l("Loonwaarde (%)"),
        places=1,
        validators=[
            Optional(),
            NumberRange(
                min=Decimal("0"),
                max=Decimal("100"),
                message=_l("Vul een loonwaarde tussen 0 en 100 %% in."),
            ),
        ],
    )
    contract_months = DutchIntegerField(
        _l("Looptijd contract in maanden"),
        validators=[
            Optional(),
            NumberRange(min=1, max=120, message=_l("Vul een looptijd van 1 tot 120 maanden in.")),
        ],
    )
    permanent = BooleanField(_l("Vast contract"))
    start_date = DutchDateField(_l("Startdatum"), validators=[Optional()])


def activity_hours_field(label) -> DutchDecimalField:
    """Hours of an SROI activity or a planned line: at most what the Hours column holds."""
    return DutchDecimalField(
        label,
        places=2,
        validators=[
            Optional(),
            NumberRange(
                min=Decimal("0.25"),
                max=MAX_HOURS,
                message=_l("Vul een aantal uren in van 0,25 tot en met 9.999,99."),
            ),
        ],
    )


def activity_amount_field(label) -> DutchDecimalField:
    """An invoice amount or wage sum of an SROI activity or a planned line."""
    return DutchDecimalField(
        label,
        places=2,
        validators=[
            Optional(),
            NumberRange(
                min=Decimal("0.01"),
                max=Decimal("100000000"),
                message=_l("Vul een bedrag in van € 0,01 tot en met € 100.000.000."),
            ),
        ],
    )


class ActivityForm(FlaskForm):
    """An SROI activity: block, candidate, dates, hours, bonuses or amount, and evidence files."""

    candidate = SelectField(_l("Om wie gaat het?"), validators=[Optional()])
    candidate_description = TextAreaField(
        _l("Omschrijving (als het niet om een voorgestelde kandidaat gaat)"),
        validators=[
            Optional(),
            Length(max=500, message=_l("Houd de omschrijving korter dan 500 tekens.")),
        ],
        render_kw={"rows": 2},
    )
    block = SelectField(_l("Bouwblok"), validators=[Optional()])
    start_date = DutchDateField(
        _l("Startdatum"), validators=[InputRequired(_l("Vul de startdatum in."))]
    )
    end_date = DutchDateField(_l("Einddatum (leeg als het nog loopt)"), validators=[Optional()])
    hours_per_week = DutchDecimalField(
        _l("Uren per week"),
        places=1,
        validators=[
            Optional(),
            NumberRange(
                min=Decimal("0.5"),
                max=Decimal("168"),
                message=_l("Vul een aantal uren tussen 0,5 en 168 per week in."),
            ),
        ],
    )
    bonuses = MultiCheckboxField(_l("Extra's"), validators=[Optional()])
    hours = activity_hours_field(_l("Aantal uren (bij een uurtarief)"))
    amount = activity_amount_field(_l("Factuurbedrag excl. btw of betaalde loonsom"))
    evidence_kind = SelectField(
        _l("Wat is het bewijsstuk?"),
        choices=options(EVIDENCE_KINDS, _l("— kies wat u toevoegt —")),
        validators=[Optional()],
    )
    evidence = MultipleFileField(
        _l("Bewijsstukken toevoegen"), render_kw={"accept": ".pdf,.jpg,.jpeg,.png"}
    )
    evidence_later_reason = TextAreaField(
        _l("Volgt het bewijs later? Schrijf op waarom"),
        validators=[
            Optional(),
            Length(max=2000, message=_l("Houd de uitleg korter dan 2000 tekens.")),
        ],
        render_kw={"rows": 2},
    )

    def validate_end_date(self, field):
        if field.data and self.start_date.data and field.data < self.start_date.data:
            raise ValidationError(_l("De einddatum ligt vóór de startdatum."))

    def validate(self, extra_validators=None):
        valid = super().validate(extra_validators)
        # Without a block and without a candidate to suggest one for, nothing can be valued.
        if not self.block.data and not self.candidate.data:
            self.block.errors = [*self.block.errors, _l("Kies een bouwblok.")]
            valid = False
        return valid

    def activity_input(self, candidates) -> ActivityInput:
        """What was filled in, for `activity_reporting` (the page and the API share this).

        `candidates`: `activity_reporting.candidate_options` of the contract.
        """
        clients = {value: client for value, _text, client in candidates}
        return ActivityInput(
            block=self.block.data or "",
            start=self.start_date.data,
            end=self.end_date.data,
            hours_per_week=self.hours_per_week.data,
            bonuses=tuple(self.bonuses.data or ()),
            hours=self.hours.data,
            amount=self.amount.data,
            client=clients.get(self.candidate.data),
            candidate_description=(self.candidate_description.data or "").strip(),
            evidence_kind=self.evidence_kind.data or "",
            evidence_later_reason=(self.evidence_later_reason.data or "").strip(),
        )


class RegistrationForm(FlaskForm):
    """Self-registration of an employer with its KvK number; a jobhunter approves it."""

    company = TrimmedStringField(
        _l("Naam van uw bedrijf"),
        validators=[
            DataRequired(_l("Vul de naam van uw bedrijf in.")),
            Length(max=200, message=_l("De naam is hoogstens 200 tekens.")),
        ],
        render_kw={"autocomplete": "organization"},
    )
    kvk = TrimmedStringField(
        _l("KvK-nummer"),
        validators=[DataRequired(_l("Vul uw KvK-nummer in.")), KvK()],
        render_kw={"inputmode": "numeric", "autocomplete": "off"},
    )
    sector = TrimmedStringField(
        _l("Branche"), validators=[Optional(), Length(max=100, message=_l("Hoogstens 100 tekens."))]
    )
    postcode = TrimmedStringField(
        _l("Postcode van uw vestiging"),
        validators=[DataRequired(_l("Vul de postcode van uw vestiging in.")), Postcode()],
        render_kw={"autocomplete": "postal-code"},
    )
    size = DutchIntegerField(
        _l("Aantal medewerkers"),
        validators=[
            Optional(),
            NumberRange(min=1, max=1_000_000, message=_l("Vul een aantal van 1 of meer in.")),
        ],
    )
    municipality = SelectField(
        _l("Gemeente waar u mensen zoekt"), validators=[DataRequired(_l("Kies een gemeente."))]
    )
    name = TrimmedStringField(
        _l("Uw naam"),
        validators=[
            DataRequired(_l("Vul uw naam in.")),
            Length(max=200, message=_l("Hoogstens 200 tekens.")),
        ],
        render_kw={"autocomplete": "name"},
    )
    email = TrimmedStringField(
        _l("Uw e-mailadres"),
        validators=[DataRequired(_l("Vul uw e-mailadres in.")), EmailAddress()],
        render_kw={"autocomplete": "email", "type": "email"},
    )
    consent = BooleanField(
        _l(
            "De gemeente mag mijn gegevens gebruiken om contact met mij op te nemen over werk "
            "en social return"
        ),
        validators=[
            DataRequired(_l("Geef toestemming, anders kunnen we uw aanmelding niet behandelen."))
        ],
    )


class EvidenceForm(FlaskForm):
    """Add evidence files to an activity that has not been reviewed yet."""

    evidence_kind = SelectField(
        _l("Wat is het bewijsstuk?"),
        choices=options(EVIDENCE_KINDS, _l("— kies wat u toevoegt —")),
        validators=[Optional()],
    )
    evidence = MultipleFileField(
        _l("Bewijsstukken toevoegen"), render_kw={"accept": ".pdf,.jpg,.jpeg,.png"}
    )


class ColleagueForm(FlaskForm):
    """The company's beheerder invites a colleague (a one-time link by e-mail)."""

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
        render_kw={"type": "email", "autocomplete": "off"},
    )
