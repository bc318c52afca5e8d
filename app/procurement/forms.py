"""Forms of the procurement workspace. Each field carries its own Dutch message."""

from __future__ import annotations

from decimal import Decimal

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import (
    BooleanField,
    HiddenField,
    SearchField,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.validators import (
    DataRequired,
    InputRequired,
    Length,
    NumberRange,
    Optional,
    Regexp,
    ValidationError,
)

import sroi
from app.fields import (
    DutchDateField,
    DutchDecimalField,
    DutchIntegerField,
    MultiCheckboxField,
    options,
)
from app.formatting import money
from app.models.choices import EVIDENCE_KINDS
from app.services.sroi_contracts import EARLIEST, LATEST, MAX_PENALTY, MAX_VALUE
from app.validators import EmailAddress, KvK

STATE_CHOICES = {
    code: sroi.STATE_LABELS[code] for code in ("behind", "not_met", "on_track", "fulfilled")
}
UNIT_CHOICES = dict(sroi.UNIT_LABELS)
BENEFIT_CHOICES = sroi.BENEFIT_LABELS


# The procurement forms' own example: contract values run to millions.
NUMBER_MESSAGE = _l("Vul een getal in, zoals 1.200.000 of 5,5.")


def _amount(label, validators, places: int = 2, **kwargs) -> DutchDecimalField:
    """An amount or percentage field with the procurement example in its message."""
    return DutchDecimalField(label, validators, places=places, message=NUMBER_MESSAGE, **kwargs)


def _contract_date(label, validators) -> DutchDateField:
    """A date within the years a contract can have (the service checks the same bounds)."""
    return DutchDateField(label, validators, earliest=EARLIEST, latest=LATEST)


class ContractForm(FlaskForm):
    """A contract with an SROI clause (SPEC §3.2).

    Optionally with a supplier invited on the spot.
    """

    authority_id = SelectField(
        _l("Opdrachtgever"), coerce=int, validators=[InputRequired(_l("Kies de opdrachtgever."))]
    )
    supplier = StringField(
        _l("Leverancier (naam of KvK-nummer)"),
        validators=[Length(max=250)],
        render_kw={"list": "supplier-options", "autocomplete": "off"},
    )
    new_supplier = BooleanField(_l("De leverancier staat nog niet in Werkbrug: nodig hem uit"))
    new_supplier_name = StringField(_l("Naam nieuwe leverancier"), validators=[Length(max=200)])
    new_supplier_kvk = StringField(_l("KvK-nummer nieuwe leverancier"), validators=[Length(max=20)])
    new_supplier_contact = StringField(_l("Contactpersoon"), validators=[Length(max=200)])
    new_supplier_email = StringField(_l("E-mailadres contactpersoon"), validators=[Length(max=254)])
    reference = StringField(
        _l("Kenmerk"),
        validators=[
            DataRequired(_l("Vul het kenmerk van het contract in.")),
            Length(max=60, message=_l("Het kenmerk is maximaal 60 tekens.")),
        ],
    )
    title = StringField(
        _l("Titel"),
        validators=[
            DataRequired(_l("Vul de titel van de opdracht in.")),
            Length(max=200, message=_l("De titel is maximaal 200 tekens.")),
        ],
    )
    contract_kind = SelectField(
        _l("Soort opdracht"),
        choices=options(sroi.KIND_LABELS, "—"),
        validators=[Optional()],
    )
    value = _amount(
        _l("Opdrachtwaarde excl. btw (€)"),
        validators=[
            InputRequired(_l("Vul de opdrachtwaarde in.")),
            NumberRange(
                min=Decimal("0.01"),
                max=MAX_VALUE,
                message=_l("Vul een bedrag in tussen € 0,01 en € 999.999.999.999,99."),
            ),
        ],
    )
    sroi_percentage = _amount(
        _l("SROI-percentage"),
        default=Decimal(5),
        validators=[
            InputRequired(_l("Vul het SROI-percentage in.")),
            NumberRange(
                min=Decimal("0.01"),
                max=Decimal(100),
                message=_l("Kies een percentage tussen 0 en 100."),
            ),
        ],
    )
    catalogue_id = SelectField(
        _l("Bouwblokkenmodel (versie bij gunning)"),
        coerce=int,
        validators=[InputRequired(_l("Kies het bouwblokkenmodel."))],
    )
    start_date = _contract_date(_l("Startdatum"), [InputRequired(_l("Vul de startdatum in."))])
    end_date = _contract_date(_l("Einddatum"), [InputRequired(_l("Vul de einddatum in."))])
    reduction_percentage = _amount(
        _l("Korting op de verplichting (%)"),
        default=Decimal(0),
        validators=[
            Optional(),
            NumberRange(min=0, max=100, message=_l("Kies een percentage tussen 0 en 100.")),
        ],
    )
    penalty_percentage = _amount(
        _l("Boete bij niet nakomen (% van het tekort)"),
        validators=[
            Optional(),
            NumberRange(
                min=0, max=MAX_PENALTY, message=_l("Kies een percentage tussen 0 en 999,99.")
            ),
        ],
    )
    responsible_user_id = SelectField(
        _l("Verantwoordelijke inkoper"), coerce=int, validators=[Optional()]
    )

    # {authority id: SROI threshold, or {kind: threshold} under a policy}, set by the view so
    # the form can warn at once (the contracts service checks it again when saving), and the
    # authorities with a policy (the kind of contract is then required).
    thresholds: dict = {}
    policy_authorities: set = set()

    def validate_contract_kind(self, field):
        if not field.data and self.authority_id.data in self.policy_authorities:
            raise ValidationError(_l("Kies de soort opdracht: werken, diensten of leveringen."))

    def validate_value(self, field):
        threshold = self.thresholds.get(self.authority_id.data)
        if isinstance(threshold, dict):  # a policy: the threshold of the kind of contract
            kind = self.contract_kind.data or ""
            threshold = threshold.get(kind)
            if field.data is not None and threshold is not None and field.data < threshold:
                raise ValidationError(
                    _l(
                        "Deze opdrachtwaarde ligt onder de drempel voor %(kind)s van %(amount)s; "
                        "dan geldt geen SROI-verplichting en hoort het contract hier niet.",
                        kind=kind,
                        amount=money(threshold),
                    )
                )
            return
        if field.data is not None and threshold is not None and field.data < threshold:
            raise ValidationError(
                _l(
                    "Deze opdrachtwaarde ligt onder de drempel van %(amount)s; dan geldt geen "
                    "SROI-verplichting en hoort het contract hier niet.",
                    amount=money(threshold),
                )
            )

    def validate_end_date(self, field):
        if field.data and self.start_date.data and field.data < self.start_date.data:
            raise ValidationError(_l("De einddatum ligt vóór de startdatum."))

    def validate_supplier(self, field):
        if not self.new_supplier.data and not (field.data or "").strip():
            raise ValidationError(_l("Kies een leverancier: typ de naam of het KvK-nummer."))

    def validate_new_supplier_name(self, field):
        if self.new_supplier.data and not (field.data or "").strip():
            raise ValidationError(_l("Vul de naam van de nieuwe leverancier in."))

    def validate_new_supplier_kvk(self, field):
        if self.new_supplier.data:
            if not (field.data or "").strip():
                raise ValidationError(_l("Vul het KvK-nummer in (8 cijfers)."))
            KvK()(self, field)

    def validate_new_supplier_contact(self, field):
        if self.new_supplier.data and not (field.data or "").strip():
            raise ValidationError(_l("Vul de naam van de contactpersoon in."))

    def validate_new_supplier_email(self, field):
        if self.new_supplier.data:
            if not (field.data or "").strip():
                raise ValidationError(_l("Vul het e-mailadres van de contactpersoon in."))
            EmailAddress()(self, field)

    def service_data(self) -> dict:
        data = {k: v for k, v in self.data.items() if k != "csrf_token"}
        data["responsible_user_id"] = data.get("responsible_user_id") or None
        data["contract_kind"] = data.get("contract_kind") or None
        return data


class ThresholdForm(FlaskForm):
    """The authority's SROI threshold (empty = SROI applies to every contract)."""

    authority_id = SelectField(_l("Opdrachtgever"), coerce=int, validators=[InputRequired()])
    threshold = _amount(
        _l("Drempel: opdrachtwaarde excl. btw vanaf (€)"),
        validators=[
            Optional(),
            NumberRange(min=0, max=MAX_VALUE, message=_l("Vul een bedrag in van € 0 of meer.")),
        ],
    )


class ImportForm(FlaskForm):
    file = FileField(
        _l("CSV-bestand met contracten"),
        validators=[FileRequired(_l("Kies een CSV-bestand."))],
        render_kw={"accept": ".csv,text/csv"},
    )


class ImportConfirmForm(FlaskForm):
    payload = HiddenField(
        validators=[DataRequired(_l("Het voorbeeld ontbreekt. Lees het bestand opnieuw in."))]
    )


class ReviewForm(FlaskForm):
    """Accept or reject one activity; `version` is what the reviewer saw (optimistic lock)."""

    decision = StringField(_l("Besluit"), validators=[Optional(), Length(max=10)])
    version = DutchIntegerField(
        _l("Versie"),
        validators=[
            InputRequired(_l("De versie ontbreekt; open de activiteit opnieuw.")),
            NumberRange(min=0, max=2_000_000_000),
        ],
    )
    reason = TextAreaField(
        _l("Reden of toelichting"),
        validators=[Length(max=2000, message=_l("Maximaal 2000 tekens."))],
    )
    override_reason = TextAreaField(
        _l("Goedkeuren zonder het verplichte bewijs, omdat"),
        validators=[Length(max=2000, message=_l("Maximaal 2000 tekens."))],
        render_kw={"rows": 2},
    )


class BulkReviewForm(FlaskForm):
    """One decision for several submitted activities of one contract."""

    decision = StringField(_l("Besluit"), validators=[Optional(), Length(max=10)])
    activities = MultiCheckboxField(_l("Activiteiten"), validators=[Optional()])
    reason = TextAreaField(
        _l("Reden of toelichting"),
        validators=[Length(max=2000, message=_l("Maximaal 2000 tekens."))],
    )
    override_reason = TextAreaField(
        _l("Goedkeuren zonder het verplichte bewijs, omdat"),
        validators=[Length(max=2000, message=_l("Maximaal 2000 tekens."))],
        render_kw={"rows": 2},
    )


class StatusDateForm(FlaskForm):
    """Look at a contract's status on another date (GET)."""

    class Meta:
        csrf = False

    peildatum = _contract_date(_l("Peildatum"), [Optional()])


class OverviewFilterForm(FlaskForm):
    """Filters of the contract overview (GET)."""

    class Meta:
        csrf = False

    jaar = SelectField(_l("Jaar"), validators=[Optional()])
    # A search field rather than a list: a region's authorities have thousands of suppliers.
    leverancier = SearchField(_l("Leverancier"), validators=[Optional(), Length(max=200)])
    stand = SelectField(
        _l("Stand"), choices=options(STATE_CHOICES, "alle"), validators=[Optional()]
    )


class ReportForm(FlaskForm):
    """Which authority and year the report is about (GET)."""

    class Meta:
        csrf = False

    opdrachtgever = SelectField(_l("Opdrachtgever"), validators=[Optional()])
    jaar = DutchIntegerField(
        _l("Jaar"),
        validators=[
            Optional(),
            NumberRange(min=1990, max=2150, message=_l("Kies een jaar tussen 1990 en 2150.")),
        ],
    )


class CatalogueCopyForm(FlaskForm):
    # Made from the source's name when left out (the forms do not ask for it any more).
    name = StringField(
        _l("Naam van de nieuwe versie"),
        validators=[
            Optional(),
            Length(max=100, message=_l("Maximaal 100 tekens.")),
            Regexp(
                r"^[a-z0-9][a-z0-9._-]*$",
                message=_l(
                    "Gebruik alleen kleine letters, cijfers, punt en streepje, "
                    "zoals utrecht-2023-v2."
                ),
            ),
        ],
    )
    title = StringField(
        _l("Titel"),
        validators=[
            DataRequired(_l("Vul een titel in.")),
            Length(max=200, message=_l("Maximaal 200 tekens.")),
        ],
    )


class CatalogueForm(FlaskForm):
    title = StringField(
        _l("Titel"),
        validators=[
            DataRequired(_l("Vul een titel in.")),
            Length(max=200, message=_l("Maximaal 200 tekens.")),
        ],
    )
    source = StringField(
        _l("Bron (webadres of besluit)"),
        validators=[Length(max=500, message=_l("Maximaal 500 tekens."))],
    )
    fulltime_hours = _amount(
        _l("Uren van een voltijdse werkweek"),
        validators=[
            Optional(),
            NumberRange(min=Decimal("0.01"), max=Decimal(168), message=_l("Tussen 0 en 168 uur.")),
        ],
    )


def _item_code(format_message):
    """The code of a block or bonus: lower-case letters, digits and underscores."""
    return StringField(
        _l("Code"),
        validators=[
            DataRequired(_l("Vul een code in.")),
            Length(max=40, message=_l("Maximaal 40 tekens.")),
            Regexp(r"^[a-z0-9][a-z0-9_]*$", message=format_message),
        ],
    )


def _item_label():
    """The description of a block or bonus."""
    return StringField(
        _l("Omschrijving"),
        validators=[
            DataRequired(_l("Vul een omschrijving in.")),
            Length(max=200, message=_l("Maximaal 200 tekens.")),
        ],
    )


class BlockForm(FlaskForm):
    code = _item_code(_l("Alleen kleine letters, cijfers en liggend streepje, zoals pw_2jaar."))
    label = _item_label()
    unit = SelectField(_l("Eenheid"), choices=options(UNIT_CHOICES))
    value = _amount(
        _l("Waarde (€, of factor bij factuurwaarde)"),
        validators=[
            InputRequired(_l("Vul de waarde in.")),
            NumberRange(
                min=0,
                max=Decimal("9999999999"),
                message=_l("Vul een waarde in van 0 tot 9.999.999.999."),
            ),
        ],
        places=4,
    )
    max_years = DutchIntegerField(
        _l("Telt hoogstens (jaren)"),
        validators=[Optional(), NumberRange(min=1, max=50, message=_l("Tussen 1 en 50 jaar."))],
    )
    benefit = SelectField(
        _l("Past bij uitkering"), choices=options(BENEFIT_CHOICES, "—"), validators=[Optional()]
    )
    benefit_months_min = DutchIntegerField(
        _l("Uitkeringsduur vanaf (maanden)"),
        validators=[
            Optional(),
            NumberRange(min=0, max=1200, message=_l("Tussen 0 en 1200 maanden.")),
        ],
    )
    benefit_months_max = DutchIntegerField(
        _l("Uitkeringsduur tot (maanden)"),
        validators=[
            Optional(),
            NumberRange(min=0, max=1200, message=_l("Tussen 0 en 1200 maanden.")),
        ],
    )
    evidence_kinds = MultiCheckboxField(
        _l("Verplicht bewijs"), choices=options(EVIDENCE_KINDS), validators=[Optional()]
    )


class BonusForm(FlaskForm):
    code = _item_code(_l("Alleen kleine letters, cijfers en liggend streepje, zoals age50."))
    label = _item_label()
    value = _amount(
        _l("Waarde per jaar (€)"),
        validators=[
            InputRequired(_l("Vul de waarde in.")),
            NumberRange(
                min=0,
                max=Decimal("999999999"),
                message=_l("Vul een bedrag in van € 0 tot € 999.999.999."),
            ),
        ],
    )


class ConfirmForm(FlaskForm):
    """A bare POST form (CSRF only), e.g. delete or send."""
