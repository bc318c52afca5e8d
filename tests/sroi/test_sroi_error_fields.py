"""Engine errors carry a structured field (issue 13): the portal maps any engine error onto a
form field through `InputError.field` (and `CatalogueError.problems`), never by searching the
Dutch message text. The messages themselves stay as they were.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import sroi
from sroi import Activity, Contract

D = Decimal
CAT = sroi.load_catalogue("utrecht-2023")
GOOD_CONTRACT = dict(value=D("1000"), sroi_percentage=D("5"), start=date(2026, 1, 1),
                     end=date(2026, 12, 31))  # fmt: skip
CONTRACT = Contract(**GOOD_CONTRACT)
GOOD_ACTIVITY = dict(block="pw", start=date(2026, 2, 1), hours_per_week=D("18"))
junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**15), 10**15),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=8),
    st.dates(),
    st.datetimes(),
    st.lists(st.text(max_size=4), max_size=3),
    st.just(("age50", "age50")),
    st.just(("onbekend",)),
)


def test_input_error_is_a_value_error_with_the_old_name():
    assert issubclass(sroi.InputError, ValueError)
    assert sroi.SroiValueError is sroi.InputError
    assert issubclass(sroi.CatalogueError, sroi.InputError)


@pytest.mark.parametrize(
    ("call", "field", "message"),
    [
        (
            lambda: Contract(**{**GOOD_CONTRACT, "value": D("-1")}),
            "value",
            "De opdrachtwaarde mag niet negatief zijn.",
        ),
        (
            lambda: Activity(block="pw", start=date(2026, 12, 7), end=date(2026, 12, 2)),
            "end",
            "De einddatum van de activiteit (02-12-2026) ligt vóór de startdatum (07-12-2026).",
        ),
        (
            lambda: Activity(block="pw", start=date(2026, 1, 1), hours_per_week=D("169")),
            "hours_per_week",
            "Het aantal uren per week is te groot (maximaal 168).",
        ),
        (
            lambda: sroi.value_activity(
                CAT, CONTRACT, Activity(block="zz", start=date(2026, 1, 1)), date(2026, 6, 1)
            ),
            "block",
            "Onbekend bouwblok 'zz' in catalogus 'utrecht-2023'.",
        ),
        (
            lambda: sroi.value_activity(
                CAT,
                CONTRACT,
                Activity(
                    block="pw", start=date(2026, 1, 1), hours_per_week=D("36"), bonuses=("age55",)
                ),  # fmt: skip
                date(2026, 6, 1),
            ),
            "bonuses",
            "Onbekende bonus 'age55' in catalogus 'utrecht-2023'",
        ),
        (
            lambda: sroi.value_activity(
                CAT, CONTRACT, Activity(block="pw", start=date(2026, 1, 1)), date(2026, 6, 1)
            ),
            "hours_per_week",
            "Vul het aantal uren per week in (nodig voor een bouwblok per jaar).",
        ),
        (
            lambda: sroi.contract_status(
                CAT, CONTRACT, [Activity(block="zz", start=date(2026, 1, 1))], [], date(2026, 6, 1)
            ),
            "block",
            "Activiteit nr. 1 (blok 'zz'): Onbekend bouwblok 'zz'",
        ),
        (lambda: sroi.value_activity(CAT, CONTRACT, "pw", date(2026, 6, 1)), "activity", None),
        (lambda: sroi.value_activity(CAT, CONTRACT, Activity(**GOOD_ACTIVITY), "x"), "as_of", None),
        (lambda: sroi.obligation("contract"), "contract", None),
        (lambda: sroi.load_catalogue("bestaat-niet"), "catalogue", None),
    ],
)
def test_each_error_names_its_field_and_keeps_its_message(call, field, message):
    with pytest.raises(sroi.InputError) as caught:
        call()
    assert caught.value.field == field
    if message is not None:
        assert message in str(caught.value)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(sorted(GOOD_CONTRACT) + ["reduction_percentage", "penalty_percentage"]), junk
)
def test_a_bad_contract_field_is_the_field_named(name, value):
    try:
        Contract(**{**GOOD_CONTRACT, name: value})
    except sroi.InputError as exc:
        # a start after the end is reported at the end date, where the user corrects it
        assert exc.field == name or (name == "start" and exc.field == "end")


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(
        ["block", "start", "end", "hours_per_week", "bonuses", "hours", "amount", "person"]
    ),  # fmt: skip
    junk,
)
def test_a_bad_activity_field_is_the_field_named(name, value):
    """Whether it fails on creation or in the valuation, the error names the bad field."""
    try:
        activity = Activity(**{**GOOD_ACTIVITY, name: value})
        sroi.value_activity(CAT, CONTRACT, activity, as_of=date(2026, 12, 31))
        sroi.explain_activity(CAT, CONTRACT, activity, as_of=date(2026, 12, 31))
        sroi.contract_status(CAT, CONTRACT, [activity], [activity], as_of=date(2027, 1, 1))
    except sroi.InputError as exc:
        assert exc.field == name


# ------------------------------------------------------------------ catalogue problems


def test_catalogue_problems_name_field_table_and_position():
    data = {
        "name": "proef",
        "title": "Proef",
        "source": "test",
        "blocks": [
            {"code": "pw", "label": "PW", "unit": "year", "value": "40000"},
            {"code": "wep", "label": "WEP", "unit": "weekly", "value": "750"},
            {"code": "pw", "label": "Dubbel", "unit": "hour", "value": "-5"},
        ],
        "bonuses": [{"code": "age50", "label": "50+", "value": "10000", "valeu": "1"}],
    }
    with pytest.raises(sroi.CatalogueError) as caught:
        sroi.catalogue_from_dict(data, source="kopie")
    problems = caught.value.problems
    assert [(p.field, p.table, p.index) for p in problems] == [
        ("unit", "blocks", 1),
        ("value", "blocks", 2),
        ("valeu", "bonuses", 0),
    ]
    assert [p.message for p in problems] == caught.value.errors
    assert caught.value.errors[0] == (
        "blok 'wep' (nr. 2): onbekende eenheid 'weekly' "
        "(kies uit year, month, hour, invoice, fixed, wage)."
    )
    assert caught.value.field == "catalogue"


def test_catalogue_semantic_problems_are_structured_too():
    data = {
        "name": "proef",
        "title": "Proef",
        "source": "test",
        "blocks": [
            {"code": "pw", "label": "PW", "unit": "year", "value": "40000"},
            {"code": "pw", "label": "Twee", "unit": "month", "value": "750", "max_years": 2},
            {"code": "ww", "label": "WW", "unit": "year", "value": "1", "benefit_months_max": 12},
        ],
    }
    with pytest.raises(sroi.CatalogueError) as caught:
        sroi.catalogue_from_dict(data)
    assert [(p.field, p.table, p.index) for p in caught.value.problems] == [
        ("code", "blocks", 1),
        ("benefit_months_max", "blocks", 2),
        ("fulltime_hours", None, None),
    ]


def test_toml_problems_keep_line_numbers_and_whole_text_errors_have_no_field():
    with pytest.raises(sroi.CatalogueError) as caught:
        sroi.parse_catalogue_toml('name = "x"\n[[blocks\n', source="kapot.toml")
    (problem,) = caught.value.problems
    assert problem.field == "" and problem.table is None and "regel 2" in problem.message
    text = (
        'name = "x"\ntitle = "X"\nsource = "s"\n\n[[blocks]]\ncode = "a"\nlabel = "A"\n'
        'unit = "fixed"\nvalue = "abc"\n'
    )
    with pytest.raises(sroi.CatalogueError) as caught:
        sroi.parse_catalogue_toml(text, source="fout.toml")
    (problem,) = caught.value.problems
    assert (problem.field, problem.table, problem.index) == ("value", "blocks", 0)
    assert problem.message.startswith("blok 'a' (nr. 1, regel 5): 'value' 'abc' is geen geldig")
