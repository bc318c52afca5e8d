"""How values look on screen: money as `€ 1.234,56`, dates as `22-11-2026` (SPEC §1.3)."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from babel.numbers import format_currency, format_decimal
from flask import Flask
from markupsafe import Markup, escape

from app.models import choices

CENT = Decimal("0.01")


def money(value) -> str:
    """`€ 1.234,56`; empty for None. Rounded half-up to cents."""
    if value is None or value == "":
        return ""
    amount = Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)
    return format_currency(
        amount, "EUR", locale="nl_NL", format="¤ #,##0.00", currency_digits=False
    )


def number(value, digits: int = 0) -> str:
    """A number with Dutch separators: `1.234` or `18,5`."""
    if value is None or value == "":
        return ""
    pattern = "#,##0" + ("." + "#" * digits if digits else "")
    return format_decimal(value, format=pattern, locale="nl_NL")


def ddmmyyyy(value) -> str:
    """`22-11-2026`; empty for None."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    return str(value)


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


def register(app: Flask) -> None:
    app.jinja_env.filters["money"] = money
    app.jinja_env.filters["number"] = number
    app.jinja_env.filters["date"] = ddmmyyyy
    app.jinja_env.filters["label"] = label
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
