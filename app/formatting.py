"""How values look on screen: money as `€ 1.234,56`, dates as `22-11-2026`, times in Dutch time
(Europe/Amsterdam), percentages as `12,5 %`, match scores out of 100 (SPEC §1.3).

The same functions are the templates' filters (`register`): `money`, `number`, `date` (a date,
or a stored time in Dutch time), `local` (the same, for times), `pct`, `percent_of`, `score`
and `label`; templates do no arithmetic of their own.
"""

from __future__ import annotations

import math
import re
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

from babel.numbers import format_decimal
from flask import Flask
from markupsafe import Markup, escape

from app.models import choices

CENT = Decimal("0.01")
_DUTCH_SEPARATORS = str.maketrans(",.", ".,")
# The one time zone of everything a user reads; times are stored in UTC.
LOCAL = ZoneInfo("Europe/Amsterdam")


def money(value) -> str:
    """`€ 1.234,56`; empty for None. Rounded half-up to cents."""
    if value is None or value == "":
        return ""
    amount = Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)
    # What Babel's format_currency(amount, "EUR", locale="nl_NL", format="¤ #,##0.00") gives,
    # written out: a list page shows hundreds of amounts and Babel takes ~15 µs for each.
    digits = f"{abs(amount):,.2f}".translate(_DUTCH_SEPARATORS)
    return f"{'-' if amount.is_signed() else ''}€ {digits}"


def number(value, digits: int = 0) -> str:
    """A number with Dutch separators: `1.234` or `18,5`."""
    if value is None or value == "":
        return ""
    if type(value) is int and not digits:
        # What Babel's `#,##0` in nl_NL gives for a whole number, written out: the monitor
        # shows a hundred counts and Babel takes ~15 µs for each.
        return f"{value:,}".replace(",", ".")
    pattern = "#,##0" + ("." + "#" * digits if digits else "")
    return format_decimal(value, format=pattern, locale="nl_NL")


def local_time(moment: datetime) -> datetime:
    """A stored time in Dutch time; a naive time is UTC (SQLite gives those back)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(LOCAL)


def ddmmyyyy(value) -> str:
    """`22-11-2026`, a time as `22-11-2026 14:05` in Dutch time; empty for None."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return local_time(value).strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    return str(value)


def pct(value) -> str:
    """A percentage as typed in a contract: `5 %`, `12,5 %` (trailing zeros dropped)."""
    from sroi import format_number

    return "" if value is None or value == "" else f"{format_number(value)} %"


def percent_of(part, whole) -> int:
    """How many whole percent `part` is of `whole`, rounded down (100 when `whole` is 0).

    For progress bars: a contract without an obligation counts as complete.
    """
    if not whole:
        return 100
    return math.floor(Decimal(str(part)) * 100 / Decimal(str(whole)))


def score(value) -> int:
    """A match score (0–1) out of 100, rounded: `0.874` → 87."""
    return round(float(value) * 100)


_AMOUNT = re.compile(r"€ ?-?\d[\d.]*(?:,\d+)?|\b\d{2}-\d{2}-\d{4}\b")


def keep_amounts(text) -> Markup:
    """Text (escaped) in which every amount (`€ 4.463,01`) and date (`07-09-2026`) stays on
    one line."""
    text = "" if text is None else str(text)
    parts, last = [], 0
    for found in _AMOUNT.finditer(text):
        parts.append(escape(text[last : found.start()]))
        parts.append(Markup('<span class="nowrap">{}</span>').format(found.group(0)))
        last = found.end()
    parts.append(escape(text[last:]))
    return Markup("").join(parts)


def label(value, kind: str) -> str:
    """The Dutch label of a stored code, e.g. `label('ww', 'BENEFIT_TYPES')` -> 'WW'."""
    table = getattr(choices, kind)
    return str(table.get(value, value if value is not None else ""))


def vacancy_status(vacancy) -> str:
    """The Dutch status of a vacancy today (closed once its closing date has passed)."""
    return label(vacancy.status_on(date.today()), "VACANCY_STATUSES")


def register(app: Flask) -> None:
    app.jinja_env.filters["money"] = money
    app.jinja_env.filters["number"] = number
    app.jinja_env.filters["date"] = ddmmyyyy
    app.jinja_env.filters["local"] = ddmmyyyy
    app.jinja_env.filters["pct"] = pct
    app.jinja_env.filters["percent_of"] = percent_of
    app.jinja_env.filters["score"] = score
    app.jinja_env.filters["label"] = label
    app.jinja_env.filters["vacancy_status"] = vacancy_status
    app.jinja_env.filters["keep_amounts"] = keep_amounts

    @app.context_processor
    def inject_helpers():
        from flask_login import current_user

        from app.navigation import navigation_for

        return {
            "choices": choices,
            "navigation": navigation_for(current_user),
            "Markup": Markup,
        }
