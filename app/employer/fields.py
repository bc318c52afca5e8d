"""Form fields that read the way Dutch users type: `18,5` hours, `€ 1.234,56`, `22-11-2026`.

WTForms' own DecimalField and DateField reject a decimal comma and a Dutch date; these fields
accept both notations and explain a mistake in plain Dutch. On an error the raw input is shown
again, so nothing the user typed is lost.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from flask_babel import lazy_gettext as _l
from wtforms import Field, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import StopValidation, ValidationError
from wtforms.widgets import DateInput, TextInput

_NUMBER = re.compile(r"^-?[0-9]+([.,][0-9]+)?$")
_DUTCH_DATE = re.compile(r"^([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]([0-9]{4})$")


def parse_dutch_decimal(text: str) -> Decimal:
    """`18,5`, `18.5`, `€ 1.234,56`, `1234.56` -> Decimal; ValueError otherwise."""
    value = (text or "").strip().replace("€", "").replace(" ", "").replace("\u00a0", "")
    if "," in value:
        # Dutch notation: dots group thousands, the comma is the decimal sign.
        value = value.replace(".", "").replace(",", ".")
    elif value.count(".") > 1:
        value = value.replace(".", "")
    if not _NUMBER.fullmatch(value):
        raise ValueError(value)
    try:
        return Decimal(value)
    except InvalidOperation:
        raise ValueError(value) from None


def format_dutch_decimal(value: Decimal | None) -> str:
    """Decimal -> `18,5` (no trailing zeros, no thousands separator) for an input field."""
    if value is None:
        return ""
    text = format(Decimal(value).normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


class _StopOnParseError:
    """A value that could not be read gets one message, not also 'required' or 'out of range'."""

    def pre_validate(self, form):
        if self.process_errors:
            raise StopValidation()


class DutchDecimalField(_StopOnParseError, Field):
    """A number with a decimal comma or point; `places` limits the decimals."""

    widget = TextInput()

    def __init__(self, label=None, validators=None, places: int = 2, message=None, **kwargs):
        render_kw = {
            "inputmode": "decimal",
            "autocomplete": "off",
            **(kwargs.pop("render_kw", None) or {}),
        }
        super().__init__(label, validators, render_kw=render_kw, **kwargs)
        self.places = places
        self.message = message or _l("Vul een getal in, bijvoorbeeld 18,5.")

    def _value(self) -> str:
        if self.raw_data:
            return self.raw_data[0]
        return format_dutch_decimal(self.data)

    def process_formdata(self, valuelist):
        if not valuelist or not valuelist[0].strip():
            self.data = None
            return
        try:
            value = parse_dutch_decimal(valuelist[0])
        except ValueError:
            self.data = None
            raise ValueError(str(self.message)) from None
        if value.as_tuple().exponent < -self.places:
            self.data = None
            raise ValueError(
                str(_l("Gebruik hoogstens %(n)s cijfers achter de komma.", n=self.places))
            )
        self.data = value


class DutchIntegerField(_StopOnParseError, Field):
    """A whole number; a clear Dutch message for `12,5` or `twaalf`."""

    widget = TextInput()

    def __init__(self, label=None, validators=None, message=None, **kwargs):
        render_kw = {
            "inputmode": "numeric",
            "autocomplete": "off",
            **(kwargs.pop("render_kw", None) or {}),
        }
        super().__init__(label, validators, render_kw=render_kw, **kwargs)
        self.message = message or _l("Vul een heel getal in, zonder komma.")

    def _value(self) -> str:
        if self.raw_data:
            return self.raw_data[0]
        return "" if self.data is None else str(self.data)

    def process_formdata(self, valuelist):
        if not valuelist or not valuelist[0].strip():
            self.data = None
            return
        text = valuelist[0].strip()
        if re.fullmatch(r"[0-9]{1,3}(\.[0-9]{3})+", text):  # 1.250 employees
            text = text.replace(".", "")
        if not re.fullmatch(r"-?[0-9]{1,9}", text):
            self.data = None
            raise ValueError(str(self.message))
        self.data = int(text)


class DutchDateField(_StopOnParseError, Field):
    """A date from `<input type=date>` (ISO) or typed as `22-11-2026`."""

    widget = DateInput()

    def __init__(self, label=None, validators=None, message=None, **kwargs):
        super().__init__(label, validators, **kwargs)
        self.message = message or _l("Vul een datum in zoals 22-11-2026.")

    def _value(self) -> str:
        if self.raw_data:
            return self.raw_data[0]
        return self.data.isoformat() if isinstance(self.data, date) else ""

    def process_formdata(self, valuelist):
        if not valuelist or not valuelist[0].strip():
            self.data = None
            return
        text = valuelist[0].strip()
        try:
            match = _DUTCH_DATE.fullmatch(text)
            if match:
                day, month, year = (int(part) for part in match.groups())
                self.data = date(year, month, day)
            else:
                self.data = datetime.strptime(text, "%Y-%m-%d").date()
        except ValueError:
            self.data = None
            raise ValueError(str(self.message)) from None
        if not date(1900, 1, 1) <= self.data <= date(2200, 12, 31):
            self.data = None
            raise ValueError(str(self.message))


class ListField(TextAreaField):
    """A list of short texts, one per line or separated by commas (skills, certificates)."""

    def __init__(
        self, label=None, validators=None, max_items: int = 30, max_length: int = 80, **kwargs
    ):
        super().__init__(label, validators, **kwargs)
        self.max_items = max_items
        self.max_length = max_length

    def _value(self) -> str:
        if self.raw_data:
            return self.raw_data[0]
        return "\n".join(self.data or [])

    def process_formdata(self, valuelist):
        self.data = []
        if not valuelist:
            return
        seen = set()
        for part in re.split(r"[\n,;]", valuelist[0] or ""):
            item = " ".join(part.split())
            if item and item.lower() not in seen:
                seen.add(item.lower())
                self.data.append(item)

    def pre_validate(self, form):
        if len(self.data or []) > self.max_items:
            raise ValidationError(str(_l("Geef hoogstens %(n)s punten op.", n=self.max_items)))
        too_long = [item for item in self.data or [] if len(item) > self.max_length]
        if too_long:
            raise ValidationError(
                str(
                    _l(
                        "Houd elk punt korter dan %(n)s tekens: „%(item)s…” is te lang.",
                        n=self.max_length,
                        item=too_long[0][:30],
                    )
                )
            )


class TrimmedStringField(StringField):
    """A one-line text with surrounding spaces removed."""

    def process_formdata(self, valuelist):
        super().process_formdata(valuelist)
        if isinstance(self.data, str):
            self.data = " ".join(self.data.split())


def options(pairs, blank=None) -> list[SelectChoice]:
    """Select options from (value, label) pairs or a dict, with an optional first blank option.

    WTForms 3.3 deprecates plain tuples as choices; routes that fill choices use this too.
    """
    items = pairs.items() if isinstance(pairs, dict) else pairs
    result = [SelectChoice("", blank)] if blank is not None else []
    result.extend(SelectChoice(str(value), label) for value, label in items)
    return result
