"""Loonkostenvoordeel doelgroep banenafspraak (LKV, Wet tegemoetkomingen loondomein).

The employer gets an amount **per paid hour up to a yearly maximum** for an employee from the
banenafspraak target group. The amounts and how long it lasts are set by law and change over
time, so the engine gets them as :class:`LkvRule` values (the portal keeps them in a table the
administrator maintains) and applies, on each date, the rule in force on that date:

* up to 31 December 2025: € 1,01 per paid hour, at most € 2.000 per calendar year, for at most
  3 years from the start of the employment, with a *doelgroepverklaring* from UWV (requested
  within 3 months of the start);
* from 1 January 2026 (Wet vereenvoudiging banenafspraak; WerkSaam Westfriesland 2026-2030,
  bijlage 3: "Werkgevers kunnen jaarlijks tot € 2.000 loonkostenvoordeel (LKV) krijgen per
  werknemer uit de banenafspraak, zolang die in dienst blijft (nu maximaal 3 jaar). Geen
  doelgroepverklaring van UWV meer nodig voor het LKV"): the same amounts for as long as the
  employee stays, without a doelgroepverklaring.

So an employee hired on 1 March 2024 brings the LKV in 2024 and 2025 under the three-year rule,
and from 2026 on for as long as the employment lasts; one whose three years ended in 2023 gets
it again from 2026, because on those dates the rule has no maximum duration.

A year's paid hours are the weekly hours × 52 (paid leave counts as paid hours).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, localcontext

from sroi.dates import ONE_DAY, add_years
from sroi.errors import InputError
from sroi.money import (
    CONTEXT,
    format_date,
    format_eur,
    format_number,
    round_cents,
    to_date,
    to_decimal,
    to_tuple,
)

WEEKS_PER_YEAR = Decimal(52)
MAX_HOURS_PER_WEEK = Decimal(168)


@dataclass(frozen=True)
class LkvRule:
    """The LKV as the law sets it from `valid_from` until the next rule.

    `max_years` is the longest the LKV runs from the start of the employment (None: as long as
    the employee stays); `declaration_needed` says whether a doelgroepverklaring is required.
    """

    valid_from: date
    per_hour: Decimal
    max_per_year: Decimal
    max_years: int | None = None
    declaration_needed: bool = False
    source: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "valid_from", to_date(self.valid_from, "De ingangsdatum", "valid_from")
        )
        object.__setattr__(
            self, "per_hour", to_decimal(self.per_hour, "Het bedrag per uur", "per_hour")
        )
        object.__setattr__(
            self,
            "max_per_year",
            to_decimal(self.max_per_year, "Het maximum per jaar", "max_per_year"),
        )
        if self.max_years is not None and (
            isinstance(self.max_years, bool)
            or not isinstance(self.max_years, int)
            or self.max_years < 1
        ):
            raise InputError(
                "De maximale duur is een geheel aantal jaren (minstens 1).", "max_years"
            )


@dataclass(frozen=True)
class LkvPeriod:
    """A stretch of the employment in which the LKV applies under one rule (`end` None: open)."""

    start: date
    end: date | None
    rule: LkvRule


@dataclass(frozen=True)
class LkvOutcome:
    """The LKV for one employment: amounts a year under the rule at `on`, periods, working."""

    eligible: bool
    on: date
    hours_per_week: Decimal
    hours_per_year: Decimal
    per_hour: Decimal
    max_per_year: Decimal
    per_year: Decimal
    per_month: Decimal
    capped: bool
    periods: tuple[LkvPeriod, ...]
    working: tuple[str, ...]
    reasons: tuple[str, ...]

    @property
    def until(self) -> date | None:
        """The last day the LKV applies (None: as long as the employee stays)."""
        return self.periods[-1].end if self.periods else None


def lkv_banenafspraak(
    rules: Iterable[LkvRule],
    *,
    start: date,
    hours_per_week: Decimal,
    on: date | None = None,
) -> LkvOutcome:
    """The LKV banenafspraak for an employment from `start` at `hours_per_week`.

    The amounts are those of the rule in force on `on` (default: `start`); the periods say on
    which dates the LKV applies under the rules of those dates.

    >>> rules = [LkvRule(date(2018, 1, 1), Decimal("1.01"), Decimal("2000"), 3, True),
    ...          LkvRule(date(2026, 1, 1), Decimal("1.01"), Decimal("2000"))]
    >>> outcome = lkv_banenafspraak(rules, start=date(2026, 2, 1), hours_per_week=Decimal("24"))
    >>> outcome.per_year, outcome.capped, outcome.until
    (Decimal('1260.48'), False, None)
    >>> outcome.working[0]
    '24 uur per week × 52 weken = 1.248 betaalde uren per jaar'
    """
    ordered = sorted(
        to_tuple(rules, "Geef de LKV-regels als lijst op.", "rules"), key=lambda r: r.valid_from
    )
    if not all(isinstance(rule, LkvRule) for rule in ordered):
        raise InputError("Elke LKV-regel moet een LkvRule zijn.", "rules")
    start = to_date(start, "De startdatum van het dienstverband", "start")
    on = to_date(on, "De peildatum", "on", allow_none=True) or start
    hours = to_decimal(
        hours_per_week, "Het aantal uren per week", "hours_per_week", maximum=MAX_HOURS_PER_WEEK
    )
    periods = _periods(ordered, start)
    rule = _rule_on(ordered, max(on, start))
    with localcontext(CONTEXT):
        hours_per_year = hours * WEEKS_PER_YEAR
        if rule is None or not any(_applies(p, max(on, start)) for p in periods):
            reasons = _refusal(ordered, start, on)
            zero = Decimal("0.00")
            return LkvOutcome(
                False, on, hours, hours_per_year, Decimal(0), Decimal(0), zero, zero, False,
                tuple(periods), (), reasons,
            )  # fmt: skip
        uncapped = rule.per_hour * hours_per_year
        capped = uncapped > rule.max_per_year
        per_year = round_cents(min(uncapped, rule.max_per_year))
        per_month = round_cents(min(uncapped, rule.max_per_year) / 12)
    working = (
        f"{format_number(hours)} uur per week × 52 weken = {format_number(hours_per_year)} "
        "betaalde uren per jaar",
        f"{format_number(hours_per_year)} uur × {format_eur(rule.per_hour)} per uur = "
        f"{format_eur(round_cents(uncapped))}"
        + (f", begrensd op {format_eur(rule.max_per_year)} per jaar" if capped else "")
        + f" (regels vanaf {format_date(rule.valid_from)})",
    )
    return LkvOutcome(
        True, on, hours, hours_per_year, rule.per_hour, rule.max_per_year, per_year, per_month,
        capped, tuple(periods), working, tuple(_duration(periods, on, start)),
    )  # fmt: skip


def _rule_on(rules: list[LkvRule], day: date) -> LkvRule | None:
    found = None
    for rule in rules:
        if rule.valid_from <= day:
            found = rule
    return found


def _periods(rules: list[LkvRule], start: date) -> list[LkvPeriod]:
    """The stretches from `start` on where the rule of the date lets the LKV apply."""
    periods: list[LkvPeriod] = []
    for index, rule in enumerate(rules):
        segment_end = rules[index + 1].valid_from - ONE_DAY if index + 1 < len(rules) else None
        begin = max(rule.valid_from, start)
        if segment_end is not None and begin > segment_end:
            continue
        end = segment_end
        if rule.max_years is not None:
            last = add_years(start, rule.max_years) - ONE_DAY
            if last < begin:
                continue
            end = last if end is None else min(end, last)
        previous = periods[-1] if periods else None
        if (
            previous is not None
            and previous.end is not None
            and previous.end + ONE_DAY == begin
            and previous.rule.max_years == rule.max_years
            and previous.rule.declaration_needed == rule.declaration_needed
        ):
            # Same duration rule, other amounts: one stretch for the reader.
            periods[-1] = LkvPeriod(previous.start, end, previous.rule)
            continue
        periods.append(LkvPeriod(begin, end, rule))
    return periods


def _applies(period: LkvPeriod, day: date) -> bool:
    return period.start <= day and (period.end is None or day <= period.end)


def _refusal(rules: list[LkvRule], start: date, on: date) -> tuple[str, ...]:
    if not rules:
        return ("Er zijn geen LKV-bedragen ingevoerd.",)
    if max(on, start) < rules[0].valid_from:
        return (f"Het LKV bestaat vanaf {format_date(rules[0].valid_from)}.",)
    return (
        f"Op {format_date(max(on, start))} is de maximale duur van het LKV voor dit "
        "dienstverband voorbij.",
    )


def _duration(periods: list[LkvPeriod], on: date, start: date) -> list[str]:
    """Dutch sentences on how long the LKV applies, from `on` on."""
    texts = []
    ahead = [p for p in periods if p.end is None or p.end >= on]
    for period in ahead:
        rule = period.rule
        if period.end is None:
            texts.append(
                f"Vanaf {format_date(period.start)}: zolang de werknemer in dienst blijft."
            )
        elif (
            rule.max_years is not None and period.end == add_years(start, rule.max_years) - ONE_DAY
        ):
            texts.append(
                f"Van {format_date(period.start)} tot en met {format_date(period.end)} "
                f"(hoogstens {rule.max_years} jaar na de start)."
            )
        else:
            texts.append(f"Van {format_date(period.start)} tot en met {format_date(period.end)}.")
        if rule.declaration_needed:
            texts.append(
                "Onder deze regels is een doelgroepverklaring van UWV nodig, aan te vragen "
                "binnen 3 maanden na de start."
            )
    return texts
