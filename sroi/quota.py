"""The banenafspraak quota: which employers it applies to, and their banenafspraak jobs.

Smallingerland (`001_…`, "Banenafspraak"): "Naast de Banenafspraak geldt ook de quotumregeling
voor werkgevers met meer dan 25 werknemers" and "Een baan voor iemand uit de doelgroep
banenafspraak staat gelijk aan 1331 verloonde uren per jaar (gemiddeld 25,5 uur per week)."

How jobs are counted from work periods (the portal maps placements to periods):

- *paid hours* (verloonde uren) of a period in a window `[first, last]` are its hours a week
  × the days of the period inside the window (both ends included) ÷ 7; a period without an end
  runs to the window's end. Sums are rounded half-up to 0.01 hour.
- *jobs over a window* = paid hours ÷ 1,331 (a full calendar year at 25.5 hours a week is
  25.5 × 365 ÷ 7 = 1,329.64 hours = 1.00 job); for a window shorter than a year the same hours
  count, so the figure grows during the year as UWV's yearly count does.
- *jobs now* = the hours a week of the periods running on a day ÷ 25.5.

Jobs are rounded half-up to 0.01. Invalid input raises `InputError` with a Dutch message.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sroi.dates import days_inclusive
from sroi.errors import InputError

# The quota applies to employers with *more than* this many employees.
QUOTA_EMPLOYEES_ABOVE = 25
# One banenafspraak job (`001_…`).
JOB_HOURS_PER_WEEK = Decimal("25.5")
JOB_HOURS_PER_YEAR = Decimal("1331")
HUNDREDTH = Decimal("0.01")
MAX_HOURS_PER_WEEK = Decimal("168")


def quota_applies(employees: int | None) -> bool:
    """Whether the quota applies to an employer of this size (unknown size: no)."""
    return employees is not None and employees > QUOTA_EMPLOYEES_ABOVE


@dataclass(frozen=True)
class HoursPeriod:
    """Days `start`…`end` (inclusive; `end` None = still running) at `hours_per_week`."""

    start: date
    end: date | None
    hours_per_week: Decimal

    def __post_init__(self) -> None:
        if not isinstance(self.start, date) or not isinstance(self.end, date | None):
            raise InputError("Vul de begin- en einddatum in als datum.", "start")
        hours = self.hours_per_week
        if not isinstance(hours, Decimal) or not hours.is_finite():
            raise InputError("Vul het aantal uren per week in als getal.", "hours_per_week")
        if hours < 0 or hours > MAX_HOURS_PER_WEEK:
            raise InputError("Het aantal uren per week ligt tussen 0 en 168.", "hours_per_week")
        if self.end is not None and self.end < self.start:
            raise InputError("De einddatum ligt vóór de begindatum.", "end")

    def running_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


def paid_hours(periods: Iterable[HoursPeriod], first: date, last: date) -> Decimal:
    """Paid hours of `periods` within `[first, last]`: hours a week × days inside ÷ 7."""
    if last < first:
        raise InputError("Het einde van de periode ligt vóór het begin.", "last")
    total = Decimal(0)
    for period in periods:
        start = max(period.start, first)
        end = min(period.end or last, last)
        total += period.hours_per_week * days_inclusive(start, end) / 7
    return total.quantize(HUNDREDTH, rounding=ROUND_HALF_UP)


def jobs_for_hours(hours: Decimal) -> Decimal:
    """Banenafspraak jobs that `hours` paid hours in a year make (1,331 hours = one job)."""
    return (hours / JOB_HOURS_PER_YEAR).quantize(HUNDREDTH, rounding=ROUND_HALF_UP)


def jobs_for_weekly_hours(hours_per_week: Decimal) -> Decimal:
    """Banenafspraak jobs that `hours_per_week` make (25.5 hours a week = one job)."""
    return (hours_per_week / JOB_HOURS_PER_WEEK).quantize(HUNDREDTH, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class QuotaCount:
    """Banenafspraak jobs at one employer: over a window and on one day."""

    first: date
    last: date
    on: date
    people: int  # people with at least one period in the window
    paid_hours: Decimal  # in the window
    jobs: Decimal  # paid_hours ÷ 1,331
    people_now: int  # people working on `on`
    weekly_hours_now: Decimal
    jobs_now: Decimal  # weekly_hours_now ÷ 25.5


def count_jobs(
    people: Iterable[Sequence[HoursPeriod]], first: date, last: date, on: date
) -> QuotaCount:
    """Count banenafspraak jobs: `people` holds each person's periods (one list per person)."""
    people = [list(periods) for periods in people]
    hours = Decimal(0)
    in_window = 0
    now_people = 0
    weekly_now = Decimal(0)
    for periods in people:
        own = paid_hours(periods, first, last)
        if any(p.start <= last and (p.end is None or p.end >= first) for p in periods):
            in_window += 1
        hours += own
        running = [p for p in periods if p.running_on(on)]
        if running:
            now_people += 1
            weekly_now += sum((p.hours_per_week for p in running), Decimal(0))
    return QuotaCount(
        first=first,
        last=last,
        on=on,
        people=in_window,
        paid_hours=hours,
        jobs=jobs_for_hours(hours),
        people_now=now_people,
        weekly_hours_now=weekly_now,
        jobs_now=jobs_for_weekly_hours(weekly_now),
    )
