"""Wage subsidy (*loonkostensubsidie*, Participatiewet art. 10d) exactly as SPEC §4.4 defines it.

    annual_wage       = W × h × 52 × 1,08          (holiday allowance 8 %)
    subsidy_pct       = min(100 − p, 70)           (0 when p ≥ 100; never more than 70 %)
    base              = annual_wage × subsidy_pct / 100
    employer_costs    = base × 23 / 100            (fixed allowance for employer costs)
    per_year          = base + employer_costs
    per_month         = per_year / 12

Rounding (SPEC §1.5, "rounded only when shown or stored"): every figure is computed exactly
from the inputs and each reported figure is then rounded half-up to cents on its own. So
`per_year` is the rounded exact sum, which can differ by one cent from the sum of the rounded
`base` and `employer_costs`; the working says so when it happens.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, localcontext

from sroi.errors import InputError
from sroi.money import (
    CONTEXT,
    HUNDRED,
    format_eur,
    format_number,
    ratio_to_cents,
    round_cents,
    to_decimal,
)

HOLIDAY_ALLOWANCE = Decimal("1.08")
WEEKS_PER_YEAR = Decimal(52)
MAX_SUBSIDY_PCT = Decimal(70)
EMPLOYER_COSTS_PCT = Decimal(23)
MAX_HOURS_PER_WEEK = Decimal(168)
MAX_WAGE_VALUE_PCT = Decimal(1000)
MAX_HOURLY_WAGE = Decimal(10000)


@dataclass(frozen=True)
class WageSubsidy:
    """The wage subsidy for one placement, per year and per month, with its Dutch working."""

    hourly_minimum_wage: Decimal
    hours_per_week: Decimal
    wage_value_pct: Decimal
    annual_wage: Decimal
    subsidy_pct: Decimal
    base: Decimal
    employer_costs: Decimal
    per_year: Decimal
    per_month: Decimal
    working: tuple[str, ...]

    @property
    def formula(self) -> str:
        """The working as one text, one step per line."""
        return "\n".join(self.working)


def wage_subsidy(
    hourly_minimum_wage: Decimal, hours_per_week: Decimal, wage_value_pct: Decimal
) -> WageSubsidy:
    """The loonkostensubsidie for minimum wage W per hour, h hours a week and wage value p %."""
    wage = to_decimal(
        hourly_minimum_wage, "Het wettelijk minimumuurloon", "hourly_minimum_wage",
        maximum=MAX_HOURLY_WAGE,
    )  # fmt: skip
    hours = to_decimal(
        hours_per_week, "Het aantal uren per week", "hours_per_week", maximum=MAX_HOURS_PER_WEEK
    )
    value_pct = to_decimal(
        wage_value_pct, "De loonwaarde", "wage_value_pct", maximum=MAX_WAGE_VALUE_PCT
    )
    with localcontext(CONTEXT):
        return _compute(wage, hours, value_pct)


def _compute(wage: Decimal, hours: Decimal, value_pct: Decimal) -> WageSubsidy:
    """The formulas of SPEC §4.4 on checked inputs, with CONTEXT active."""
    annual = wage * hours * WEEKS_PER_YEAR * HOLIDAY_ALLOWANCE
    pct = max(min(HUNDRED - value_pct, MAX_SUBSIDY_PCT), Decimal(0))
    base = annual * pct / HUNDRED
    costs = base * EMPLOYER_COSTS_PCT / HUNDRED
    per_year = base + costs
    result = dict(
        annual_wage=round_cents(annual),
        subsidy_pct=pct,
        base=round_cents(base),
        employer_costs=round_cents(costs),
        per_year=round_cents(per_year),
        per_month=ratio_to_cents(per_year, Decimal(12)),
    )
    working = _working(wage, hours, value_pct, **result)
    return WageSubsidy(
        hourly_minimum_wage=wage,
        hours_per_week=hours,
        wage_value_pct=value_pct,
        working=working,
        **result,
    )


def _working(
    wage: Decimal,
    hours: Decimal,
    value_pct: Decimal,
    *,
    annual_wage: Decimal,
    subsidy_pct: Decimal,
    base: Decimal,
    employer_costs: Decimal,
    per_year: Decimal,
    per_month: Decimal,
) -> tuple[str, ...]:
    """The Dutch steps of the calculation, for the subsidy calculator."""
    lines = [
        f"Jaarloon: {format_eur(wage)} × {format_number(hours)} uur × 52 weken × 1,08 "
        f"(vakantiegeld) = {format_eur(annual_wage)}",
    ]
    if subsidy_pct == 0:
        lines.append(
            f"Loonwaarde {format_number(value_pct)}%: geen loonkostensubsidie "
            "(alleen bij een loonwaarde onder 100%)."
        )
        return tuple(lines)
    capped = " (hoogstens 70%)" if HUNDRED - value_pct > MAX_SUBSIDY_PCT else ""
    lines += [
        f"Subsidiepercentage: 100% − {format_number(value_pct)}% loonwaarde = "
        f"{format_number(subsidy_pct)}%{capped}",
        f"Basis: {format_eur(annual_wage)} × {format_number(subsidy_pct)}% = {format_eur(base)}",
        f"Werkgeverslasten: 23% van de basis = {format_eur(employer_costs)}",
        f"Loonkostensubsidie per jaar: {format_eur(per_year)}",
        f"Per maand (÷ 12): {format_eur(per_month)}",
    ]
    if base + employer_costs != per_year:
        lines.append("Bedragen zijn exact berekend en pas daarna per regel afgerond op centen.")
    return tuple(lines)


# --------------------------------------------------------------------------- minimum wage by age


@dataclass(frozen=True)
class AgeMinimumWage:
    """The statutory hourly minimum for one employee on one date, with its working."""

    age: int | None
    percentage: Decimal
    adult_hourly: Decimal
    hourly: Decimal
    working: str


def age_on(birth_date: date, day: date) -> int:
    """Whole years between `birth_date` and `day` (a birthday counts from that day)."""
    years = day.year - birth_date.year
    if (day.month, day.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


def minimum_wage_for_age(
    adult_hourly: Decimal,
    percentages: Mapping[int, Decimal],
    birth_date: date | None,
    on: date,
) -> AgeMinimumWage:
    """The statutory hourly minimum (*minimumjeugdloon* below the full age) on `on`.

    `percentages` maps an age to its percentage of the adult minimum (the Besluit
    minimumjeugdloon table; from 1 July 2019: 21 and older 100 %, 20 → 80 %, 19 → 60 %,
    18 → 50 %, 17 → 39,5 %, 16 → 34,5 %, 15 → 30 %). Ages above the table get the highest age's
    percentage, ages below it the lowest age's; an unknown birth date gets the adult minimum
    (the employee is never under-protected). Rounded half-up to cents, as the published
    hourly amounts are.

    >>> table = {21: Decimal("100"), 20: Decimal("80"), 19: Decimal("60")}
    >>> minimum_wage_for_age(Decimal("14.71"), table, date(2006, 12, 2), date(2026, 12, 1)).hourly
    Decimal('8.83')
    """
    adult = to_decimal(adult_hourly, "Het wettelijk minimumuurloon", "adult_hourly")
    if not percentages:
        raise InputError(
            "De tabel met percentages van het minimumjeugdloon is leeg.", "percentages"
        )
    ages = sorted(percentages)
    if birth_date is None:
        age = None
        pct = HUNDRED
        who = "leeftijd onbekend: het minimumloon voor volwassenen"
    else:
        if birth_date > on:
            raise InputError("De geboortedatum ligt na de peildatum.", "birth_date")
        age = age_on(birth_date, on)
        key = min(max(age, ages[0]), ages[-1])
        pct = to_decimal(percentages[key], "Het percentage", "percentages", maximum=HUNDRED)
        who = f"{age} jaar: {format_number(pct)}% van het minimumloon"
    with localcontext(CONTEXT):
        hourly = round_cents(adult * pct / HUNDRED)
    working = f"{who} ({format_eur(adult)} per uur) = {format_eur(hourly)} per uur"
    return AgeMinimumWage(age, pct, adult, hourly, working)
