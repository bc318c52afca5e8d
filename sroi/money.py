"""Exact money and number handling: Decimal input checks, half-up cents, Dutch formatting.

Money is `Decimal` and is rounded half-up to cents only where a value is shown or stored
(SPEC §1.5). Every division that ends in money goes through `ratio_to_cents`, which rounds
the exact quotient, so no intermediate rounding can tip a half cent the wrong way.
"""

from __future__ import annotations

import math
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation

from sroi.errors import InputError

CENT = Decimal("0.01")
ZERO = Decimal("0")
ZERO_CENTS = Decimal("0.00")
HUNDRED = Decimal("100")
# Largest amount, percentage base or count the engine accepts (a thousand billion euro).
MAX_AMOUNT = Decimal("1000000000000")
# Most decimals an input may carry; with MAX_AMOUNT this keeps every product exact in CONTEXT.
MAX_PLACES = 6
# Dates the engine accepts: far enough for any contract, and calendar sums never overflow.
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2199, 12, 31)
# Arithmetic context of the engine: wide enough that every product of checked inputs is exact.
CONTEXT = Context(prec=60, rounding=ROUND_HALF_UP)


def ratio_to_cents(numerator: Decimal, denominator: Decimal) -> Decimal:
    """`numerator / denominator` rounded half-up to cents, exactly (both non-negative, den > 0)."""
    quotient, remainder = CONTEXT.divmod(CONTEXT.multiply(numerator, HUNDRED), denominator)
    if remainder + remainder >= denominator:
        quotient += 1
    return quotient.scaleb(-2, CONTEXT)


def round_cents(value: Decimal) -> Decimal:
    """`value` rounded half-up to cents (exact: the input is already an exact Decimal)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP, context=CONTEXT)


def to_decimal(
    value: object,
    label: str,
    field: str | None = None,
    *,
    maximum: Decimal = MAX_AMOUNT,
    allow_none: bool = False,
) -> Decimal | None:
    """Check and convert a number (Decimal, int, str or float) to Decimal, or raise a Dutch error.

    Accepted: finite, not negative, at most `maximum`, at most six decimals. A float is read
    through its shortest text form, so `0.1` becomes `Decimal("0.1")`.
    """
    if value is None:
        if allow_none:
            return None
        raise InputError(f"{label} ontbreekt.", field)
    number = _parse_number(value, label, field)
    if number < 0:
        raise InputError(f"{label} mag niet negatief zijn.", field)
    if number > maximum:
        raise InputError(f"{label} is te groot (maximaal {format_number(maximum)}).", field)
    exponent = number.normalize(CONTEXT).as_tuple().exponent
    if isinstance(exponent, int) and exponent < -MAX_PLACES:
        raise InputError(f"{label} heeft te veel decimalen (maximaal {MAX_PLACES}).", field)
    return number


def _parse_number(value: object, label: str, field: str | None) -> Decimal:
    """Turn an input into a finite Decimal or raise a Dutch error naming the field."""
    if isinstance(value, bool):
        raise InputError(f"{label} moet een getal zijn.", field)
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise InputError(f"{label} moet een eindig getal zijn.", field)
        number = Decimal(repr(value))
    elif isinstance(value, str):
        text = value.strip()
        if "," in text:
            raise InputError(
                f"{label} '{value}' is geen geldig getal: gebruik een punt als decimaalteken, "
                "zonder scheidingstekens voor duizendtallen.",
                field,
            )
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise InputError(f"{label} '{value}' is geen geldig getal.", field) from None
    else:
        raise InputError(f"{label} moet een getal zijn.", field)
    if not number.is_finite():
        raise InputError(f"{label} moet een eindig getal zijn.", field)
    return number


def to_date(
    value: object, label: str, field: str | None = None, *, allow_none: bool = False
) -> date | None:
    """Check a date input (a `datetime` is cut to its date) or raise a Dutch error."""
    if value is None:
        if allow_none:
            return None
        raise InputError(f"{label} ontbreekt.", field)
    if isinstance(value, datetime):
        value = value.date()  # compare as a date: date < datetime raises TypeError
    if not isinstance(value, date):
        raise InputError(f"{label} moet een datum zijn.", field)
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise InputError(
            f"{label} moet tussen {format_date(EARLIEST_DATE)} en {format_date(LATEST_DATE)} "
            "liggen.",
            field,
        )
    return value


def to_tuple(value: object, message: str, field: str | None = None) -> tuple:
    """Any iterable (not a text) as a tuple; None is empty; anything else a Dutch error."""
    if value is None:
        return ()
    if isinstance(value, (str, bytes)):
        raise InputError(message, field)
    try:
        return tuple(value)  # type: ignore[call-overload]
    except TypeError:
        raise InputError(message, field) from None


def format_number(value: Decimal | int, places: int | None = None) -> str:
    """A number the Dutch way: `1.234,5`; `places` fixes the decimals, else trailing zeros go."""
    number = Decimal(value)
    if places is None:
        text = format(number.normalize(CONTEXT), "f")
        if "." in text:
            text = text.rstrip("0").rstrip(".")
    else:
        step = Decimal(1).scaleb(-places)
        text = format(number.quantize(step, rounding=ROUND_HALF_UP, context=CONTEXT), "f")
    sign = ""
    if text.startswith("-"):
        sign, text = "-", text[1:]
    whole, _, fraction = text.partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return f"{sign}{grouped},{fraction}" if fraction else f"{sign}{grouped}"


def format_eur(amount: Decimal | int, *, compact: bool = False) -> str:
    """Money the Dutch way, `€ 1.234,56`; with `compact=True` a whole amount drops `,00`."""
    cents = round_cents(Decimal(amount))
    text = format_number(cents, places=2)
    if compact and text.endswith(",00"):
        text = text[:-3]
    return f"€ {text}"


def format_date(value: date) -> str:
    """A date the Dutch way: `22-11-2026`."""
    return value.strftime("%d-%m-%Y")
