"""Forms of the SROI process (issue 18): enforcement steps, the authority's policy, the
coördinator's decision on a plan van aanpak, and a supplier's contact persons."""

from __future__ import annotations

from decimal import Decimal

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import SelectField, StringField, TextAreaField
from wtforms.validators import InputRequired, Length, NumberRange, Optional

from app.fields import DutchDateField, DutchDecimalField, options
from app.services.sroi_contracts import EARLIEST, LATEST, MAX_PENALTY, MAX_VALUE

NUMBER_MESSAGE = _l("Vul een getal in, zoals 250.000 of 2,5.")


def _date(label, validators) -> DutchDateField:
    return DutchDateField(label, validators, earliest=EARLIEST, latest=LATEST)


def _amount(label, validators) -> DutchDecimalField:
    return DutchDecimalField(label, validators, places=2, message=NUMBER_MESSAGE)


def _money(label) -> DutchDecimalField:
    return _amount(
        label,
        [
            Optional(),
            NumberRange(min=0, max=MAX_VALUE, message=_l("Vul een bedrag in van € 0 of meer.")),
        ],
    )


def _percentage(label, maximum=Decimal(100), required=False) -> DutchDecimalField:
    first = InputRequired(_l("Vul het percentage in.")) if required else Optional()
    return _amount(
        label,
        [
            first,
            NumberRange(
                min=0,
                max=maximum,
                message=_l("Kies een percentage tussen 0 en %(max)s.", max=maximum),
            ),
        ],
    )


class EnforcementStepForm(FlaskForm):
    """One step of the enforcement of under-use; which fields count depends on the step."""

    # Only the steps possible now are offered; the service says in Dutch which step is next
    # when another is sent.
    kind = SelectField(
        _l("Stap"), validators=[InputRequired(_l("Kies de stap."))], validate_choice=False
    )
    on_date = _date(_l("Datum van de stap"), [InputRequired(_l("Vul de datum in."))])
    deadline = _date(_l("Termijn (uiterlijk)"), [Optional()])
    decision = SelectField(
        _l("Besluit (alleen bij de stap besluit)"),
        choices=options(
            {
                "extension": _l("Verlenging van de termijn"),
                "buyout": _l("Afkoop: de leverancier betaalt het tekort"),
                "penalty": _l("Boete uit het contract"),
            },
            "—",
        ),
        validators=[Optional()],
    )
    new_end_date = _date(_l("Nieuwe einddatum (bij verlenging)"), [Optional()])
    note = TextAreaField(
        _l("Toelichting"),
        validators=[Length(max=4000, message=_l("De toelichting is maximaal 4000 tekens."))],
    )


class PolicyForm(FlaskForm):
    """An authority's SROI policy (SPEC §5.5): a preset or its own figures."""

    authority_id = SelectField(_l("Opdrachtgever"), coerce=int, validators=[InputRequired()])
    sroi_policy = SelectField(_l("Beleid"), validators=[Optional()])
    sroi_percentage = _percentage(_l("SROI-eis: percentage van de opdrachtwaarde"))
    sroi_threshold_works = _money(_l("Drempel voor werken (€, excl. btw)"))
    sroi_threshold_services = _money(_l("Drempel voor diensten (€, excl. btw)"))
    sroi_threshold_supplies = _money(_l("Drempel voor leveringen (€, excl. btw)"))
    sroi_cap = _money(_l("Maximum per (deel)project (€)"))
    sroi_award_percentage_max = _percentage(_l("Hoogste percentage met gunningscriterium"))
    sroi_penalty_percentage = _percentage(
        _l("Standaardboete bij niet nakomen (% van het tekort)"), maximum=MAX_PENALTY
    )


class PlanDecisionForm(FlaskForm):
    decision = SelectField(
        _l("Besluit over het plan van aanpak"),
        choices=options({"approve": _l("Goedkeuren"), "return": _l("Terugsturen met opmerkingen")}),
        validators=[InputRequired(_l("Kies goedkeuren of terugsturen."))],
    )
    note = TextAreaField(
        _l("Opmerkingen voor de leverancier"),
        validators=[Length(max=4000, message=_l("Maximaal 4000 tekens."))],
    )


class SupplierContactForm(FlaskForm):
    name = StringField(
        _l("Naam"),
        validators=[
            InputRequired(_l("Vul de naam in.")),
            Length(max=200, message=_l("Maximaal 200 tekens.")),
        ],
    )
    job_title = StringField(
        _l("Rol (bijvoorbeeld SROI-contactpersoon, directeur, HR)"),
        validators=[Length(max=100, message=_l("Maximaal 100 tekens."))],
    )
    email = StringField(
        _l("E-mailadres"), validators=[Length(max=254, message=_l("Maximaal 254 tekens."))]
    )
    phone = StringField(
        _l("Telefoonnummer"), validators=[Length(max=20, message=_l("Maximaal 20 tekens."))]
    )
