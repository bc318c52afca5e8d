"""Rules a placement must meet before it is registered: they protect people and public money.

* **Wage** (paid work): at least the statutory minimum for the employee's age on the first
  working day: the adult hourly minimum the admin keeps × the percentage for the age
  (Besluit minimumjeugdloon), both read by `app.services.minimum_wages`, worked out by
  `sroi.minimum_wage_for_age`. An unknown birth date gets the adult minimum. With a
  loonkostensubsidie the municipality pays the employer the difference between the loonwaarde
  and the minimum wage (Participatiewet art. 10d): the loonwaarde is then required, and the
  employee's wage is still at least the minimum (the subsidy goes to the employer, it does not
  lower the wage).
* **Hours**: above 40 a week only when the user confirms it with a reason; above 48 never
  (Arbeidstijdenwet: on average at most 48 hours a week over 16 weeks).
* **Unpaid places** have a maximum duration, set per municipality: a proefplaatsing with
  behoud van uitkering at most 3 months, 1 month before a forfaitaire loonkostensubsidie
  (Smallingerland, `001_…`: "De invulling van de werkplek is gedurende maximaal drie maanden
  mogelijk met behoud van uitkering. … voorafgaand aan de inzet van een forfaitaire
  loonkostensubsidie is gedurende één maand mogelijk."); a werkervaringsplek 6 months (the
  seeds give no term; a common municipal one). An unpaid place is never permanent.

`check_start` and `check_hours` return every refusal at once, each with the form field it is
about and a Dutch message; the services raise them, the forms show them next to the fields.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from flask_babel import gettext as _
from flask_babel import ngettext

import sroi
from app.formatting import ddmmyyyy, money, number
from app.models import Client, Organisation
from app.services import minimum_wages

CONFIRM_ABOVE_HOURS = Decimal("40")
MAX_HOURS = Decimal("48")
REASON_MAX = 500
UNPAID_WITH_TERM = ("trial", "work_experience")
ARRANGEMENTS = ("", "wage_subsidy")


@dataclass(frozen=True)
class Refusal:
    """One rule the placement breaks: the form field it is about and the Dutch message."""

    field: str
    message: str


def refusal_errors(refusals: list[Refusal]) -> dict[str, str]:
    """`{field: message}` for `app.fields.add_errors` (two rules on one field: both messages)."""
    errors: dict[str, str] = {}
    for refusal in refusals:
        errors[refusal.field] = " ".join(filter(None, (errors.get(refusal.field), refusal.message)))
    return errors


@dataclass(frozen=True)
class StartTerms:
    """What was agreed for a start, as the rules need it."""

    kind: str
    paid: bool
    start_date: date
    hours_per_week: Decimal
    contract_type: str = "temporary"
    contract_months: int | None = None
    hourly_wage: Decimal | None = None
    wage_arrangement: str = ""
    wage_value_pct: Decimal | None = None
    long_hours_confirmed: bool = False
    long_hours_reason: str = ""
    before_flat_rate_subsidy: bool = False


def _amount(value: Decimal) -> str:
    """`€ 14,71` that does not break after the euro sign inside a message."""
    return money(value).replace(" ", "\u00a0")


def statutory_minimum(client: Client, on: date) -> sroi.AgeMinimumWage | None:
    """The hourly minimum that applies to `client` on `on`; None without a minimum-wage table."""
    adult = minimum_wages.adult_on(on)
    if adult is None:
        return None
    # Without a youth table every employee gets the adult minimum (never under-protected).
    percentages = minimum_wages.youth_percentages(on) or {0: Decimal(100)}
    birth = client.birth_date if client.birth_date and client.birth_date <= on else None
    return sroi.minimum_wage_for_age(adult.hourly_amount, percentages, birth, on)


def check_hours(
    hours: Decimal | None, confirmed: bool, reason: str, field: str = "hours_per_week"
) -> list[Refusal]:
    """More than 40 hours a week needs a confirmation with a reason; more than 48 is refused."""
    if hours is None or hours <= CONFIRM_ABOVE_HOURS:
        return []
    if hours > MAX_HOURS:
        return [
            Refusal(
                field,
                _(
                    "Meer dan %(max)s uur per week kan niet: de Arbeidstijdenwet staat gemiddeld "
                    "hoogstens 48 uur per week toe (gemeten over 16 weken).",
                    max=number(MAX_HOURS),
                ),
            )
        ]
    refusals = []
    if not confirmed:
        refusals.append(
            Refusal(
                "long_hours_confirmed",
                _(
                    "%(hours)s uur per week is meer dan 40. Bevestig dat dit zo is afgesproken.",
                    hours=number(hours, 1),
                ),
            )
        )
    reason = (reason or "").strip()
    if not reason:
        refusals.append(
            Refusal(
                "long_hours_reason",
                _("Schrijf kort waarom de werknemer meer dan 40 uur per week werkt."),
            )
        )
    elif len(reason) > REASON_MAX:
        refusals.append(
            Refusal("long_hours_reason", _("Houd de reden korter dan %(n)s tekens.", n=REASON_MAX))
        )
    return refusals


def check_start(client: Client, terms: StartTerms) -> list[Refusal]:
    """Every rule the start breaks (empty when it may be registered)."""
    refusals = check_hours(
        terms.hours_per_week, terms.long_hours_confirmed, terms.long_hours_reason
    )
    if terms.paid:
        refusals += _wage_refusals(client, terms)
    if terms.kind in UNPAID_WITH_TERM:
        refusals += _term_refusals(client.municipality, terms)
    elif terms.before_flat_rate_subsidy:
        refusals.append(
            Refusal(
                "before_flat_rate_subsidy",
                _("Dit geldt alleen voor een proefplaatsing."),
            )
        )
    return refusals


def _wage_refusals(client: Client, terms: StartTerms) -> list[Refusal]:
    refusals = []
    if terms.wage_arrangement not in ARRANGEMENTS:
        refusals.append(Refusal("wage_subsidy", _("Kies of er loonkostensubsidie is.")))
    if terms.wage_arrangement == "wage_subsidy" and terms.wage_value_pct is None:
        refusals.append(
            Refusal(
                "wage_value_pct",
                _(
                    "Vul de loonwaarde in die de gemeente heeft gemeten: de loonkostensubsidie "
                    "is het verschil tussen de loonwaarde en het minimumloon."
                ),
            )
        )
    if terms.hourly_wage is None:
        refusals.append(
            Refusal(
                "hourly_wage",
                _("Vul het bruto uurloon in. Daarmee controleren we het wettelijk minimumloon."),
            )
        )
        return refusals
    minimum = statutory_minimum(client, terms.start_date)
    if minimum is not None and terms.hourly_wage < minimum.hourly:
        message = _(
            "Het uurloon (%(wage)s) is lager dan het wettelijk minimumloon dat voor deze "
            "werknemer geldt op %(date)s: %(minimum)s per uur.",
            wage=_amount(terms.hourly_wage),
            date=ddmmyyyy(terms.start_date),
            minimum=_amount(minimum.hourly),
        )
        if terms.wage_arrangement == "wage_subsidy":
            message += " " + _(
                "Ook met loonkostensubsidie krijgt de werknemer minstens het minimumloon; de "
                "gemeente vergoedt u het verschil tussen loonwaarde en minimumloon."
            )
        else:
            message += " " + _(
                "Kan de werknemer (nog) niet het volle minimumloon verdienen? Vraag de "
                "gemeente naar loonkostensubsidie."
            )
        refusals.append(Refusal("hourly_wage", message))
    return refusals


def max_months(municipality: Organisation, kind: str, before_flat_rate: bool) -> int | None:
    """The longest an unpaid place of `kind` may last in `municipality` (None: no maximum)."""
    if kind == "trial":
        if before_flat_rate:
            return municipality.trial_flat_rate_max_months
        return municipality.trial_max_months
    if kind == "work_experience":
        return municipality.work_experience_max_months
    return None


def _term_refusals(municipality: Organisation, terms: StartTerms) -> list[Refusal]:
    if terms.contract_type == "permanent":
        return [
            Refusal(
                "contract_type",
                _(
                    "Een proefplaatsing of werkervaringsplek is tijdelijk: kies tijdelijk en vul "
                    "de duur in maanden in."
                ),
            )
        ]
    limit = max_months(municipality, terms.kind, terms.before_flat_rate_subsidy)
    if limit is None or terms.contract_months is None or terms.contract_months <= limit:
        return []
    if terms.kind == "trial" and terms.before_flat_rate_subsidy:
        text = ngettext(
            "Een proefplaatsing met behoud van uitkering vóór een forfaitaire "
            "loonkostensubsidie duurt hoogstens %(num)s maand.",
            "Een proefplaatsing met behoud van uitkering vóór een forfaitaire "
            "loonkostensubsidie duurt hoogstens %(num)s maanden.",
            limit,
        )
    elif terms.kind == "trial":
        text = (
            ngettext(
                "Een proefplaatsing met behoud van uitkering duurt hoogstens %(num)s maand.",
                "Een proefplaatsing met behoud van uitkering duurt hoogstens %(num)s maanden.",
                limit,
            )
            + " "
            + ngettext(
                "Gaat er een forfaitaire loonkostensubsidie op volgen, dan hoogstens %(num)s "
                "maand.",
                "Gaat er een forfaitaire loonkostensubsidie op volgen, dan hoogstens %(num)s "
                "maanden.",
                municipality.trial_flat_rate_max_months,
            )
        )
    else:
        text = ngettext(
            "Een werkervaringsplek duurt hoogstens %(num)s maand.",
            "Een werkervaringsplek duurt hoogstens %(num)s maanden.",
            limit,
        )
    return [Refusal("contract_months", text)]
