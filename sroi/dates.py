"""Date rules shared by every SROI calculation: inclusive day counts and calendar arithmetic.

`start + N years` keeps month and day; 29 February becomes 28 February in a year without it
(SPEC §5.2). Months follow the same rule: the day is kept, or clamped to the month's last day.
"""

from __future__ import annotations

import calendar
from datetime import MAXYEAR, MINYEAR, date, timedelta

from sroi.errors import InputError

ONE_DAY = timedelta(days=1)


def days_inclusive(a: date, b: date) -> int:
    """Days from `a` to `b`, both ends included: `(b - a).days + 1` when `b >= a`, else 0."""
    return (b - a).days + 1 if b >= a else 0


def add_years(d: date, years: int) -> date:
    """`d` plus `years` calendar years (may be negative); 29 February becomes 28 February."""
    year = _year_in_range(d.year + years)
    if d.month == 2 and d.day == 29 and not calendar.isleap(year):
        return date(year, 2, 28)
    return d.replace(year=year)


def add_months(d: date, months: int) -> date:
    """`d` plus `months` calendar months (may be negative); the day is clamped to month end."""
    index = d.year * 12 + (d.month - 1) + months
    year, month = divmod(index, 12)
    year = _year_in_range(year)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(d.day, last))


def _year_in_range(year: int) -> int:
    """A year the calendar can hold, or a Dutch `ValueError`."""
    if not MINYEAR <= year <= MAXYEAR:
        raise InputError("De datum valt buiten de kalender (jaar 1 tot en met 9999).", "date")
    return year


def whole_months_between(start: date, end: date) -> int:
    """Whole months from `start` to `end`: the largest n with `add_months(start, n) <= end`.

    So 31 January to 28 February is one whole month (31 January + 1 month = 28 February), and
    the result is negative when `end` lies before `start`.
    """
    n = (end.year - start.year) * 12 + (end.month - start.month)
    while add_months(start, n) > end:
        n -= 1
    return n
