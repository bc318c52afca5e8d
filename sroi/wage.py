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

from dataclasses import dataclass
from decimal import Decimal, localcontext

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
