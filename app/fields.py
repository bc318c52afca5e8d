"""Form fields shared by the portal's forms."""

from __future__ import annotations

import re

from flask_babel import lazy_gettext as _l
from wtforms import DateField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import ValidationError


class ListField(TextAreaField):
    """A list of short texts typed one per line (commas also separate); stored as list[str]."""

    def __init__(
        self, label=None, validators=None, max_items: int = 30, max_length: int = 100, **kwargs
    ):
        kwargs.setdefault("default", list)  # a POST without the field is an empty list, not None
        super().__init__(label, validators, **kwargs)
        self.max_items = max_items
        self.max_length = max_length

    def _value(self) -> str:
        if isinstance(self.data, (list, tuple)):
            return "\n".join(self.data)
        return self.data or ""

    def process_formdata(self, valuelist):
        # Only called for a POST: a field left out of it is an empty list, never the object's
        # own value (for a client that is a list of rows, not texts).
        self.data = []
        if valuelist:
            parts = re.split(r"[\n,;]+", valuelist[0] or "")
            seen: list[str] = []
            for part in parts:
                text = " ".join(part.split())
                if text and text.lower() not in (s.lower() for s in seen):
                    seen.append(text)
            self.data = seen
            self.raw_text = valuelist[0]

    def pre_validate(self, form):
        items = self.data or []
        if len(items) > self.max_items:
            raise ValidationError(_l("Maximaal %(n)s regels.", n=self.max_items))
        too_long = [item for item in items if len(item) > self.max_length]
        if too_long:
            raise ValidationError(
                _l(
                    "Elke regel is maximaal %(n)s tekens; te lang: %(item)s…",
                    n=self.max_length,
                    item=too_long[0][:30],
                )
            )


def options(pairs, blank: str | None = None) -> list[SelectChoice]:
    """Select options from (value, label) pairs or a {value: label} dict; optional blank first.

    WTForms 3.3 deprecates plain tuples as choices; this keeps forms short and future-proof.
    """
    items = pairs.items() if isinstance(pairs, dict) else pairs
    result = [SelectChoice("", str(blank))] if blank is not None else []
    result.extend(SelectChoice(str(value), str(label)) for value, label in items)
    return result


class DutchDateField(DateField):
    """A date typed as 31-12-2026 or picked in the browser (2026-12-31), with a Dutch message."""

    def __init__(self, label=None, validators=None, **kwargs):
        kwargs.setdefault("format", ["%Y-%m-%d", "%d-%m-%Y"])
        super().__init__(label, validators, **kwargs)

    def process_formdata(self, valuelist):
        try:
            super().process_formdata(valuelist)
        except ValueError:
            self.data = None
            raise ValueError(str(_l("Vul een datum in als 31-12-2026."))) from None
