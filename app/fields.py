"""Form fields, and the parsing behind them, that read the way Dutch users type.

One set for every form and for the CSV contract import: an amount (`€ 480.000,00`, `480000`,
`480000.00`, `18,5`), a whole number (`12`, `1.250`), a date (`22-11-2026`, `22/11/2026`, or
ISO from `<input type=date>`), a list typed one item per line, a trimmed one-line text, and
select options. The plain functions (`parse_amount`, `parse_whole_number`, `parse_date`,
`split_list`) raise `ValueError` for anything else, so the import can word its own message; the
fields turn that into one Dutch message next to the field and show the raw input again, so
nothing the user typed is lost.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from decimal import Decimal, InvalidOperation

from flask_babel import lazy_gettext as _l
from flask_babel import lazy_ngettext as _nl
from wtforms import BooleanField, Field, SelectMultipleField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Length, Optional, StopValidation, ValidationError
from wtforms.widgets import CheckboxInput, DateInput, ListWidget, TextInput

# A Dutch amount with dots between thousands: `1.200`, `480.000`, `1.200.000`.
_THOUSANDS = re.compile(r"-?[0-9]{1,3}(\.[0-9]{3})+")
# `22-11-2026`, `22/11/2026`, `22.11.2026` (the same separator twice), and ISO `2026-11-22`.
_DUTCH_DATE = re.compile(r"([0-9]{1,2})([-/.])([0-9]{1,2})\2([0-9]{4})")
_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
# Whole numbers fit a 32-bit database column.
_WHOLE = re.compile(r"-?[0-9]{1,9}")

# Earliest and latest dates a date field accepts unless the form narrows them.
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2200, 12, 31)
# Items of a list field. The longest Dutch ESCO occupation name the occupation suggestions offer
# is exactly 100 characters, so a shorter limit would refuse names the portal itself suggests.
LIST_ITEM_LENGTH = 100


# --------------------------------------------------------------------------- parsing


def parse_amount(text: str) -> Decimal:
    """A number typed the Dutch way or plainly; `ValueError` for anything else.

    `€ 480.000,00`, `480.000`, `480000`, `480000.00`, `18,5`, `5 %` and `1,200,000.50` are
    read as expected: with both marks the last one is the decimal sign; with only dots, dots
    between groups of three digits separate thousands. Only digits, one sign, dots and commas
    remain after removing `€`, `EUR`, `%` and spaces, so `NaN`, `1e400` and `Infinity` are
    refused instead of becoming non-finite decimals.
    """
    raw = (text or "").strip().replace("€", "").replace("\u00a0", "").replace(" ", "")
    raw = raw.replace("EUR", "").replace("%", "")
    if len(raw) > 30 or not re.fullmatch(r"-?[0-9.,]+", raw) or not re.search(r"[0-9]", raw):
        raise ValueError(text)
    if "," in raw and "." in raw:
        decimal_mark = "," if raw.rfind(",") > raw.rfind(".") else "."
    elif "," in raw or _THOUSANDS.fullmatch(raw):
        decimal_mark = ","
    else:
        decimal_mark = "."
    thousands = "." if decimal_mark == "," else ","
    normal = raw.replace(thousands, "").replace(decimal_mark, ".")
    if normal.count(".") > 1:
        raise ValueError(text)
    try:
        return Decimal(normal)
    except InvalidOperation:
        raise ValueError(text) from None


def format_amount(value: Decimal | int | None) -> str:
    """A number as it is typed back into an input field: `18,5`, `480000` (no grouping)."""
    if value is None:
        return ""
    text = format(Decimal(value).normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def parse_whole_number(text: str) -> int:
    """`12`, `-3` or `1.250` (dots between thousands) -> int; `ValueError` for `12,5`, `twaalf`."""
    raw = (text or "").strip()
    if _THOUSANDS.fullmatch(raw):
        raw = raw.replace(".", "")
    if not _WHOLE.fullmatch(raw):
        raise ValueError(text)
    return int(raw)


def parse_date(text: str) -> date:
    """`22-11-2026`, `22/11/2026`, `22.11.2026` or `2026-11-22` -> date; `ValueError` otherwise.

    Any real calendar date is returned; the fields and the import check their own range.
    """
    raw = (text or "").strip()
    match = _DUTCH_DATE.fullmatch(raw)
    if match:
        day, _separator, month, year = match.groups()
        return date(int(year), int(month), int(day))
    match = _ISO_DATE.fullmatch(raw)
    if match:
        year, month, day = match.groups()
        return date(int(year), int(month), int(day))
    raise ValueError(text)


def split_list(text: str) -> list[str]:
    """Items typed one per line (commas and semicolons also separate), spaces tidied, each once."""
    items: list[str] = []
    seen: set[str] = set()
    for part in re.split(r"[\n,;]", text or ""):
        item = " ".join(part.split())
        if item and item.lower() not in seen:
            seen.add(item.lower())
            items.append(item)
    return items


# --------------------------------------------------------------------------- fields


class _StopOnParseError:
    """A value that could not be read gets one message, not also 'required' or 'out of range'."""

    def pre_validate(self, form):
        if self.process_errors:
            raise StopValidation()


class DutchDecimalField(_StopOnParseError, Field):
    """A number with a decimal comma or point: money, hours, percentages (see `parse_amount`).

    A text input with `inputmode="decimal"`: a number input would refuse `480.000,00` in the
    browser before the server could read it. `places` limits the decimals (None: no limit).
    """

    widget = TextInput()

    def __init__(self, label=None, validators=None, places: int | None = 2, message=None, **kw):
        render_kw = {
            "inputmode": "decimal",
            "autocomplete": "off",
            **(kw.pop("render_kw", None) or {}),
        }
        super().__init__(label, validators, render_kw=render_kw, **kw)
        self.places = places
        self.message = message or _l("Vul een getal in, bijvoorbeeld 18,5.")

    def _value(self) -> str:
        if self.raw_data:
            return self.raw_data[0]
        return format_amount(self.data)

    def process_formdata(self, valuelist):
        self.data = None
        if not valuelist or not (valuelist[0] or "").strip():
            return
        try:
            value = parse_amount(valuelist[0])
        except ValueError:
            raise ValueError(str(self.message)) from None
        if self.places is not None and value.as_tuple().exponent < -self.places:
            raise ValueError(
                str(
                    _nl(
                        "Gebruik hoogstens %(num)s decimaal (cijfer achter de komma).",
                        "Gebruik hoogstens %(num)s decimalen (cijfers achter de komma).",
                        self.places,
                    )
                )
            )
        self.data = value


class DutchIntegerField(_StopOnParseError, Field):
    """A whole number (see `parse_whole_number`); a clear Dutch message for `12,5` or `twaalf`."""

    widget = TextInput()

    def __init__(self, label=None, validators=None, message=None, **kw):
        render_kw = {
            "inputmode": "numeric",
            "autocomplete": "off",
            **(kw.pop("render_kw", None) or {}),
        }
        super().__init__(label, validators, render_kw=render_kw, **kw)
        self.message = message or _l("Vul een heel getal in, zonder komma.")

    def _value(self) -> str:
        if self.raw_data:
            return self.raw_data[0]
        return "" if self.data is None else str(self.data)

    def process_formdata(self, valuelist):
        self.data = None
        if not valuelist or not (valuelist[0] or "").strip():
            return
        try:
            self.data = parse_whole_number(valuelist[0])
        except ValueError:
            raise ValueError(str(self.message)) from None


class DutchDateField(_StopOnParseError, Field):
    """A date picked in the browser (ISO) or typed as `22-11-2026` or `22/11/2026`.

    `earliest` and `latest` bound it (a date in the year 1 would break date arithmetic later).
    """

    widget = DateInput()

    def __init__(
        self,
        label=None,
        validators=None,
        earliest: date = EARLIEST_DATE,
        latest: date = LATEST_DATE,
        message=None,
        **kwargs,
    ):
        super().__init__(label, validators, **kwargs)
        self.earliest = earliest
        self.latest = latest
        self.message = message or _l("Vul een datum in zoals 22-11-2026.")

    def _value(self) -> str:
        if self.raw_data:
            return self.raw_data[0]
        return self.data.isoformat() if isinstance(self.data, date) else ""

    def process_formdata(self, valuelist):
        self.data = None
        if not valuelist or not (valuelist[0] or "").strip():
            return
        try:
            day = parse_date(valuelist[0])
        except ValueError:
            raise ValueError(str(self.message)) from None
        if not self.earliest <= day <= self.latest:
            raise ValueError(
                str(
                    _l(
                        "Kies een datum tussen %(a)s en %(b)s.",
                        a=self.earliest.year,
                        b=self.latest.year,
                    )
                )
            )
        self.data = day


class ListField(TextAreaField):
    """A list of short texts typed one per line or separated by commas (see `split_list`).

    Skills, certificates and desired occupations; stored as list[str]. Each item is at most
    `LIST_ITEM_LENGTH` characters.
    """

    def __init__(self, label=None, validators=None, max_items: int = 30, **kwargs):
        kwargs.setdefault("default", list)
        super().__init__(label, validators, **kwargs)
        self.max_items = max_items
        self.max_length = LIST_ITEM_LENGTH

    def _value(self) -> str:
        if self.raw_data:
            return self.raw_data[0]
        if isinstance(self.data, (list, tuple)):
            return "\n".join(str(item) for item in self.data)
        return self.data or ""

    def process_formdata(self, valuelist):
        # Only called for a POST: a field left out of it is an empty list, never the object's
        # own value (for a client that is a list of rows, not texts).
        self.data = split_list(valuelist[0] if valuelist else "")

    def pre_validate(self, form):
        items = self.data or []
        if len(items) > self.max_items:
            raise ValidationError(str(_l("Geef hoogstens %(n)s punten op.", n=self.max_items)))
        too_long = [item for item in items if len(item) > self.max_length]
        if too_long:
            raise ValidationError(
                str(
                    _l(
                        "Houd elk punt op hoogstens %(n)s tekens: „%(item)s…” is te lang.",
                        n=self.max_length,
                        item=too_long[0][:30],
                    )
                )
            )


class TrimmedStringField(StringField):
    """A one-line text with surrounding and repeated spaces removed."""

    def process_formdata(self, valuelist):
        super().process_formdata(valuelist)
        if isinstance(self.data, str):
            self.data = " ".join(self.data.split())


class MultiCheckboxField(SelectMultipleField):
    """A multiple choice shown as checkboxes (bonuses, driving licences)."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


def options(pairs, blank=None) -> list[SelectChoice]:
    """Select options from (value, label) pairs or a {value: label} dict; optional blank first.

    WTForms 3.3 deprecates plain tuples as choices; forms and routes that fill choices use this.
    Labels may be lazy texts; they are translated when the page is drawn.
    """
    items = pairs.items() if isinstance(pairs, dict) else pairs
    result = [SelectChoice("", blank)] if blank is not None else []
    result.extend(SelectChoice(str(value), label) for value, label in items)
    return result


# --------------------------------------------------------------------------- errors


def add_errors(form, errors: Mapping[str, str], default: str | None = None) -> None:
    """Show each message next to the field it names (`{field: message}`, as services and
    `app.services.sroi_bridge.field_errors` give them).

    A message for '' or for a field this form does not have goes next to the `default` field,
    or above the form when there is none, so no message is lost.
    """
    for name, message in errors.items():
        if not (name and name in form):
            name = default or ""
        if name and name in form:
            form[name].errors = [*form[name].errors, message]
        else:
            form.form_errors.append(message)


def long_hours_fields() -> tuple[BooleanField, TextAreaField]:
    """The confirmation and reason the placement rules ask for above 40 hours a week, for every
    form that sets a placement's hours:
    `long_hours_confirmed, long_hours_reason = long_hours_fields()`."""
    return (
        BooleanField(_l("Ja, de werknemer werkt meer dan 40 uur per week")),
        TextAreaField(
            _l("Waarom meer dan 40 uur per week?"),
            validators=[
                Optional(),
                Length(max=500, message=_l("Houd de reden korter dan 500 tekens.")),
            ],
            render_kw={"rows": 2},
        ),
    )
