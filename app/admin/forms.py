"""Forms of the administration pages: audit search, users, organisations and their settings,
the rule tables (minimum wage, schemes) and reference data uploads."""

from decimal import Decimal

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField, FileRequired
from wtforms import BooleanField, SelectField, StringField, TextAreaField
from wtforms.validators import (
    DataRequired,
    InputRequired,
    Length,
    NumberRange,
    Optional,
    Regexp,
    ValidationError,
)

from app.fields import (
    DutchDateField,
    DutchDecimalField,
    DutchIntegerField,
    MultiCheckboxField,
    TrimmedStringField,
)
from app.validators import EmailAddress, KvK


class AuditSearchForm(FlaskForm):
    """Search the audit log: who, which object, what action, which dates (GET, no CSRF)."""

    class Meta:
        csrf = False

    who = StringField(
        _l("Gebruiker (e-mailadres of een deel ervan)"),
        validators=[Optional(), Length(max=254, message=_l("Maximaal 254 tekens."))],
    )
    object_type = SelectField(_l("Soort gegeven"), choices=[], default="")
    object_id = StringField(
        _l("Nummer van het gegeven"),
        validators=[Optional(), Length(max=40, message=_l("Maximaal 40 tekens."))],
    )
    action = SelectField(_l("Handeling"), choices=[], default="")
    date_from = DutchDateField(_l("Vanaf datum"), validators=[Optional()])
    date_to = DutchDateField(_l("Tot en met datum"), validators=[Optional()])

    def validate_date_to(self, field):
        if field.data and self.date_from.data and field.data < self.date_from.data:
            raise ValidationError(_l("De einddatum ligt vóór de begindatum."))


# --------------------------------------------------------------------------- users


class InviteUserForm(FlaskForm):
    """Invite a user of any role for an organisation."""

    email = StringField(
        _l("E-mailadres"),
        validators=[DataRequired(_l("Vul het e-mailadres in.")), EmailAddress()],
        render_kw={"autocomplete": "off", "inputmode": "email"},
    )
    name = TrimmedStringField(
        _l("Naam"),
        validators=[
            DataRequired(_l("Vul de naam in.")),
            Length(max=200, message=_l("Maximaal 200 tekens.")),
        ],
    )
    organisation_id = SelectField(
        _l("Organisatie"),
        choices=[],
        validators=[DataRequired(_l("Kies een organisatie."))],
    )
    role = SelectField(_l("Rol"), choices=[], validators=[DataRequired(_l("Kies een rol."))])


class UserForm(FlaskForm):
    """The beheerder changes a user's role and company-beheerder right."""

    role = SelectField(_l("Rol"), choices=[], validators=[DataRequired(_l("Kies een rol."))])
    company_admin = BooleanField(
        _l("Beheerder van dit bedrijf (mag collega's toevoegen en verwijderen)")
    )


class ConfirmForm(FlaskForm):
    """A button that changes something (CSRF only)."""


# --------------------------------------------------------------------------- organisations


class OrganisationForm(FlaskForm):
    """Create or edit an organisation; `kind` is only asked when creating."""

    kind = SelectField(_l("Soort"), choices=[], validators=[Optional()])
    name = TrimmedStringField(
        _l("Naam"),
        validators=[
            DataRequired(_l("Vul de naam in.")),
            Length(max=200, message=_l("Maximaal 200 tekens.")),
        ],
    )
    region_id = SelectField(_l("Hoort bij regio of werkbedrijf"), choices=[], default="")
    kvk = StringField(_l("KvK-nummer"), validators=[Optional(), KvK()])
    keeper_id = SelectField(
        _l("Gemeente of opdrachtgever die de relatie onderhoudt"), choices=[], default=""
    )


PHONE = r"^[0-9+()\-\s]{6,30}$"


class DashboardTextsForm(FlaskForm):
    """What the organisation's dashboards show: its policy text and its contact."""

    policy_text = TextAreaField(
        _l("Beleidstekst op het overzicht"),
        validators=[Optional(), Length(max=2000, message=_l("Maximaal 2000 tekens."))],
        render_kw={"rows": 8},
    )
    contact_name = TrimmedStringField(
        _l("Contact: naam of afdeling"),
        validators=[Optional(), Length(max=200, message=_l("Maximaal 200 tekens."))],
    )
    contact_email = StringField(
        _l("Contact: e-mailadres"),
        validators=[Optional(), EmailAddress()],
        render_kw={"inputmode": "email"},
    )
    contact_phone = StringField(
        _l("Contact: telefoonnummer"),
        validators=[
            Optional(),
            Regexp(PHONE, message=_l("Vul een telefoonnummer in, zoals 0516 - 56 66 66.")),
        ],
        render_kw={"inputmode": "tel"},
    )


def settings_form(settings, formdata=None, obj=None):
    """A form with one field per declared setting (app.services.organisations.SETTINGS)."""

    class SettingsForm(FlaskForm):
        pass

    for setting in settings:
        label = str(setting.label)
        if setting.kind == "switch":
            field = BooleanField(label)
        else:
            validators = (
                [Optional()] if setting.optional else [InputRequired(_l("Vul een waarde in."))]
            )
            if setting.minimum is not None or setting.maximum is not None:
                validators.append(
                    NumberRange(
                        min=setting.minimum,
                        max=setting.maximum,
                        message=_l(
                            "Kies een waarde van %(min)s tot en met %(max)s.",
                            min=setting.minimum,
                            max=setting.maximum,
                        ),
                    )
                )
            if setting.kind == "amount":
                field = DutchDecimalField(label, validators=validators, places=2)
            else:
                field = DutchIntegerField(label, validators=validators)
        setattr(SettingsForm, setting.column, field)
    return SettingsForm(formdata=formdata, obj=obj, prefix="s")


# --------------------------------------------------------------------------- rule tables


class MinimumWageForm(FlaskForm):
    valid_from = DutchDateField(
        _l("Geldig vanaf"), validators=[InputRequired(_l("Vul de datum in."))]
    )
    hourly_amount = DutchDecimalField(
        _l("Bedrag per uur (21 jaar en ouder)"),
        validators=[InputRequired(_l("Vul het bedrag per uur in."))],
        places=2,
    )
    source = TextAreaField(
        _l("Bron"),
        validators=[Optional(), Length(max=500, message=_l("Maximaal 500 tekens."))],
        render_kw={"rows": 2},
    )


def _whole(label, required=True, minimum=0, maximum=600):
    validators = [InputRequired(_l("Vul een aantal in."))] if required else [Optional()]
    validators.append(
        NumberRange(
            min=minimum,
            max=maximum,
            message=_l("Kies een aantal van %(a)s tot en met %(b)s.", a=minimum, b=maximum),
        )
    )
    return DutchIntegerField(label, validators=validators)


def _amount(label, required=True):
    validators = [InputRequired(_l("Vul een bedrag in."))] if required else [Optional()]
    validators.append(
        NumberRange(
            min=Decimal("0.01"),
            max=Decimal("1000000"),
            message=_l("Vul een bedrag in tussen € 0,01 en € 1.000.000."),
        )
    )
    return DutchDecimalField(label, validators=validators, places=2)


class _SchemeForm(FlaskForm):
    municipality_id = SelectField(_l("Gemeente"), choices=[], validators=[Optional()])
    name = TrimmedStringField(
        _l("Naam van de regeling"),
        validators=[
            DataRequired(_l("Vul de naam in.")),
            Length(max=100, message=_l("Maximaal 100 tekens.")),
        ],
    )
    eligible_benefits = MultiCheckboxField(_l("Voor wie met deze uitkering"), choices=[])
    active = BooleanField(_l("De regeling loopt (uit: de regeling stopt vanaf de datum)"))
    valid_from = DutchDateField(_l("Geldt vanaf"), validators=[Optional()])
    source = TextAreaField(
        _l("Bron (beleidsregel, besluit)"),
        validators=[Optional(), Length(max=1000, message=_l("Maximaal 1000 tekens."))],
        render_kw={"rows": 2},
    )


class IncentiveSchemeForm(_SchemeForm):
    """An employer incentive: up to three amounts by months worked, and its conditions."""

    tier_1_months = _whole(_l("Na … maanden werk"), required=False, minimum=1, maximum=120)
    tier_1_amount = _amount(_l("Bedrag"), required=False)
    tier_2_months = _whole(_l("Na … maanden werk"), required=False, minimum=1, maximum=120)
    tier_2_amount = _amount(_l("Bedrag"), required=False)
    tier_3_months = _whole(_l("Na … maanden werk"), required=False, minimum=1, maximum=120)
    tier_3_amount = _amount(_l("Bedrag"), required=False)
    min_hours_per_week = DutchDecimalField(
        _l("Minimaal aantal uren per week"),
        validators=[
            InputRequired(_l("Vul het minimale aantal uren in.")),
            NumberRange(min=0, max=80, message=_l("Kies 0 tot en met 80 uur.")),
        ],
    )
    requires_benefit_at_start = BooleanField(_l("De werknemer heeft bij de start een uitkering"))
    min_contract_months = _whole(
        _l("Contract van minimaal … maanden"), required=False, minimum=1, maximum=120
    )

    def tiers(self) -> list[tuple[int, Decimal]]:
        """The filled-in (months, amount) pairs; a half-filled pair is an error."""
        pairs = []
        for n in (1, 2, 3):
            months = getattr(self, f"tier_{n}_months")
            amount = getattr(self, f"tier_{n}_amount")
            if months.data is None and amount.data is None:
                continue
            if months.data is None:
                months.errors.append(str(_l("Vul ook het aantal maanden in.")))
                continue
            if amount.data is None:
                amount.errors.append(str(_l("Vul ook het bedrag in.")))
                continue
            pairs.append((months.data, amount.data))
        return pairs


class ExitPremiumSchemeForm(_SchemeForm):
    """An exit premium: amount, how often, after how long on benefit and at work."""

    amount = _amount(_l("Bedrag"))
    max_per_resident = _whole(_l("Hoogstens … keer per inwoner"), minimum=1, maximum=10)
    min_benefit_months = _whole(_l("Minimaal … maanden een uitkering gehad"), maximum=240)
    min_work_months = _whole(_l("Het werk minimaal … maanden behouden"), minimum=0, maximum=120)


# --------------------------------------------------------------------------- reference data


class ReferenceUploadForm(FlaskForm):
    """A newer ESCO occupations file or postcode file."""

    kind = SelectField(
        _l("Soort bestand"),
        choices=[],
        validators=[DataRequired(_l("Kies wat voor bestand het is."))],
    )
    upload = FileField(
        _l("Bestand (CSV of TXT, UTF-8)"),
        validators=[
            FileRequired(_l("Kies een bestand.")),
            FileAllowed(["csv", "txt"], _l("Alleen een CSV- of TXT-bestand.")),
        ],
    )


def youth_rates_form(ages: list[int], **kwargs) -> FlaskForm:
    """Start date, a percentage per age (youngest first; the oldest is the full minimum) and
    the source of a minimumjeugdloon period."""

    class YouthRatesForm(FlaskForm):
        valid_from = DutchDateField(
            _l("Geldig vanaf"), validators=[InputRequired(_l("Vul de datum in."))]
        )

    for age in ages:
        label = (
            _l("%(age)s jaar en ouder (%%)", age=age)
            if age == max(ages)
            else _l("%(age)s jaar (%%)", age=age)
        )
        setattr(
            YouthRatesForm,
            f"age_{age}",
            DutchDecimalField(
                label,
                validators=[InputRequired(_l("Vul het percentage in."))],
                places=2,
            ),
        )
    YouthRatesForm.source = TextAreaField(
        _l("Bron"),
        validators=[Optional(), Length(max=500, message=_l("Maximaal 500 tekens."))],
        render_kw={"rows": 2},
    )
    form = YouthRatesForm(**kwargs)
    form.ages = ages
    return form


class LkvRateForm(FlaskForm):
    valid_from = DutchDateField(
        _l("Geldig vanaf"), validators=[InputRequired(_l("Vul de datum in."))]
    )
    per_hour = DutchDecimalField(
        _l("Bedrag per betaald uur"),
        validators=[InputRequired(_l("Vul het bedrag per uur in."))],
        places=2,
    )
    max_per_year = DutchDecimalField(
        _l("Hoogstens per jaar"),
        validators=[InputRequired(_l("Vul het hoogste bedrag per jaar in."))],
        places=2,
    )
    max_years = _whole(_l("Hoogstens … jaar"), required=False, minimum=1, maximum=50)
    declaration_needed = BooleanField(_l("Doelgroepverklaring nodig"))
    source = TextAreaField(
        _l("Bron"),
        validators=[Optional(), Length(max=500, message=_l("Maximaal 500 tekens."))],
        render_kw={"rows": 2},
    )
