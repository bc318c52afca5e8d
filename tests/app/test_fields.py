"""The one set of form fields (`app/fields.py`): every notation a Dutch user types is read the
same way in every form and in the CSV contract import, and everything else is refused with one
Dutch message while the typed text stays in the field."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from flask_wtf import FlaskForm
from werkzeug.datastructures import MultiDict
from wtforms.validators import InputRequired, NumberRange, Optional

from app.fields import (
    LIST_ITEM_LENGTH,
    DutchDateField,
    DutchDecimalField,
    DutchIntegerField,
    ListField,
    TrimmedStringField,
    options,
    parse_amount,
    parse_date,
    parse_whole_number,
    split_list,
)

# --- plain parsing (shared by the fields and the CSV import) ---------------------------------


@pytest.mark.parametrize(
    "typed, value",
    [
        ("480.000,00", Decimal("480000.00")),
        ("480000", Decimal("480000")),
        ("480000.00", Decimal("480000.00")),
        ("€ 480.000,00", Decimal("480000.00")),
        ("€\u00a0480.000,00", Decimal("480000.00")),
        ("480.000", Decimal("480000")),
        ("1.200.000", Decimal("1200000")),
        ("1.200.000,50", Decimal("1200000.50")),
        ("1,200,000.50", Decimal("1200000.50")),
        ("18,5", Decimal("18.5")),
        ("18.5", Decimal("18.5")),
        ("5 %", Decimal("5")),
        ("EUR 12,50", Decimal("12.50")),
        ("  7  ", Decimal("7")),
        ("-5", Decimal("-5")),
    ],
)
def test_amounts_are_read_in_every_notation(typed, value):
    assert parse_amount(typed) == value


@pytest.mark.parametrize(
    "typed",
    ["", "   ", "abc", "€", "-", ",", "NaN", "Infinity", "1e400", "1.2.3", "1,2,3", "12,5,0",
     "1.234.5", "5 euro", "9" * 31, "١٢٣"],
)  # fmt: skip
def test_anything_else_is_not_an_amount(typed):
    with pytest.raises(ValueError):
        parse_amount(typed)


@pytest.mark.parametrize(
    "typed, value", [("12", 12), (" 7 ", 7), ("-3", -3), ("1.250", 1250), ("1.000.000", 1000000)]
)
def test_whole_numbers(typed, value):
    assert parse_whole_number(typed) == value


@pytest.mark.parametrize("typed", ["", "12,5", "1.25", "twaalf", "1e3", "9999999999", "12 3"])
def test_anything_else_is_not_a_whole_number(typed):
    with pytest.raises(ValueError):
        parse_whole_number(typed)


@pytest.mark.parametrize(
    "typed",
    ["22-11-2026", "22/11/2026", "22.11.2026", "2026-11-22", " 22-11-2026 "],
)
def test_dates_typed_the_dutch_way_or_picked_in_the_browser(typed):
    assert parse_date(typed) == date(2026, 11, 22)


def test_single_digit_day_and_month():
    assert parse_date("1-2-2026") == date(2026, 2, 1)
    assert parse_date("2026-2-1") == date(2026, 2, 1)


@pytest.mark.parametrize(
    "typed",
    ["", "31-02-2026", "99-99-2026", "22-11-26", "22-11/2026", "2026/11/22", "22 11 2026",
     "morgen", "22-11-2026x"],
)  # fmt: skip
def test_anything_else_is_not_a_date(typed):
    with pytest.raises(ValueError):
        parse_date(typed)


def test_list_items_one_per_line_or_comma_separated_each_once():
    typed = " heftruck  besturen\nOrderpicken, orderpicken;\n\n  VCA "
    assert split_list(typed) == ["heftruck besturen", "Orderpicken", "VCA"]
    assert split_list("") == []


# --- the fields in a form --------------------------------------------------------------------


class _Form(FlaskForm):
    class Meta:
        csrf = False

    amount = DutchDecimalField(
        "Bedrag", validators=[Optional(), NumberRange(min=0, message="Niet negatief.")]
    )
    hours = DutchDecimalField("Uren", places=1, validators=[Optional()])
    count = DutchIntegerField("Aantal", validators=[Optional()])
    day = DutchDateField("Datum", validators=[InputRequired("Vul de datum in.")])
    items = ListField("Punten", max_items=3)
    name = TrimmedStringField("Naam")


def _post(app, **data):
    with app.test_request_context(method="POST", data=MultiDict(data)):
        form = _Form()
        form.validate()
        return form, {name: form[name]() for name in ("amount", "count", "day", "items")}


def test_a_valid_form(app):
    form, _html = _post(
        app,
        amount="€ 480.000,00",
        hours="18,5",
        count="1.250",
        day="22/11/2026",
        items="VCA\nheftruck",
        name="  Anna   de Vries ",
    )
    assert form.errors == {}
    assert form.amount.data == Decimal("480000.00")
    assert form.hours.data == Decimal("18.5")
    assert form.count.data == 1250
    assert form.day.data == date(2026, 11, 22)
    assert form.items.data == ["VCA", "heftruck"]
    assert form.name.data == "Anna de Vries"


def test_the_amount_is_a_text_input_for_decimal_typing(app):
    """A number input would refuse `480.000,00` in the browser before the server saw it."""
    _form, html = _post(app, amount="480.000,00", day="22-11-2026")
    assert 'type="text"' in html["amount"] and 'inputmode="decimal"' in html["amount"]
    assert 'value="480.000,00"' in html["amount"]
    assert 'type="text"' in html["count"] and 'inputmode="numeric"' in html["count"]


def test_refused_values_get_one_dutch_message_and_stay_in_the_field(app):
    form, html = _post(app, amount="veel", hours="18,25", count="12,5", day="31-02-2026")
    assert form.errors == {
        "amount": ["Vul een getal in, bijvoorbeeld 18,5."],
        "hours": ["Gebruik hoogstens 1 decimaal (cijfer achter de komma)."],
        "count": ["Vul een heel getal in, zonder komma."],
        "day": ["Vul een datum in zoals 22-11-2026."],
    }
    assert 'value="veel"' in html["amount"]
    assert 'value="12,5"' in html["count"]
    assert 'value="31-02-2026"' in html["day"]


def test_more_decimals_than_allowed(app):
    form, _html = _post(app, amount="12,345", day="22-11-2026")
    assert form.errors == {"amount": ["Gebruik hoogstens 2 decimalen (cijfers achter de komma)."]}


def test_a_range_message_only_for_a_readable_value(app):
    form, _html = _post(app, amount="-5", day="22-11-2026")
    assert form.errors == {"amount": ["Niet negatief."]}


def test_dates_far_out_are_refused_with_the_range(app):
    form, _html = _post(app, day="1-1-0001")
    assert form.errors == {"day": ["Kies een datum tussen 1900 en 2200."]}


def test_a_date_field_can_narrow_its_range(app):
    class Narrow(FlaskForm):
        class Meta:
            csrf = False

        day = DutchDateField("Datum", earliest=date(1990, 1, 1), latest=date(2150, 12, 31))

    with app.test_request_context(method="POST", data={"day": "31-12-1989"}):
        form = Narrow()
        assert not form.validate()
        assert form.errors == {"day": ["Kies een datum tussen 1990 en 2150."]}


def test_an_empty_required_date_says_what_is_missing(app):
    form, _html = _post(app, day="")
    assert form.errors == {"day": ["Vul de datum in."]}


def test_list_limits(app):
    form, _html = _post(app, day="22-11-2026", items="a\nb\nc\nd")
    assert form.errors == {"items": ["Geef hoogstens 3 punten op."]}
    long_item = "x" * (LIST_ITEM_LENGTH + 1)
    form, _html = _post(app, day="22-11-2026", items=f"VCA\n{long_item}")
    assert form.errors["items"][0].startswith("Houd elk punt op hoogstens 100 tekens")
    form, _html = _post(app, day="22-11-2026", items="x" * LIST_ITEM_LENGTH)
    assert form.errors == {}


def test_a_list_left_out_of_a_post_is_empty_not_the_objects_value(app):
    class Wish:
        text = "Magazijnmedewerker"

    class Obj:
        items = [Wish()]

    with app.test_request_context(method="POST", data={"day": "22-11-2026"}):
        form = _Form(obj=Obj())
        assert form.validate(), form.errors
        assert form.items.data == []


def test_a_list_is_shown_one_item_per_line(app):
    with app.test_request_context():
        form = _Form(data={"items": ["VCA", "heftruck"]})
        assert "VCA\nheftruck" in form.items()


def test_options_keep_values_as_text_and_a_blank_first():
    choices = options({1: "Een", 2: "Twee"}, "— kies —")
    assert [(c.value, c.label) for c in choices] == [("", "— kies —"), ("1", "Een"), ("2", "Twee")]
    assert [c.value for c in options([("a", "A")])] == ["a"]
