"""Bad input of any shape raises `ValueError` with a Dutch message; nothing else escapes."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

import sroi

junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.binary(max_size=4),
    st.dates(),
    st.datetimes(),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.tuples(st.dates(), st.integers(-5, 200)),
    st.just(("participatiewet", date(2020, 1, 1), None)),
    st.just([(date(2026, 1, 1), Decimal(24))]),
)
FUZZ = settings(max_examples=300, deadline=None)
CAT = sroi.load_catalogue("utrecht-2023")
GOOD = dict(value=Decimal("1000"), sroi_percentage=Decimal("5"), start=date(2026, 1, 1),
            end=date(2026, 12, 31))  # fmt: skip
CONTRACT = sroi.Contract(**GOOD)


def only_value_errors(function, *args, **kwargs) -> None:
    """Call `function`; any exception must be a Dutch SroiValueError."""
    try:
        function(*args, **kwargs)
    except sroi.SroiValueError as exc:
        assert str(exc) and exc.message == str(exc)
    # any other exception type fails the test by propagating


@FUZZ
@given(st.sampled_from(sorted(GOOD)), junk)
def test_contract(field, value):
    only_value_errors(sroi.Contract, **{**GOOD, field: value})


@FUZZ
@given(
    st.sampled_from(["block", "start", "end", "hours_per_week", "bonuses", "hours", "amount"]),
    junk,
)
def test_activity_and_valuation(field, value):
    kwargs = dict(block="pw", start=date(2026, 2, 1), hours_per_week=Decimal(18))

    def build_and_value():
        activity = sroi.Activity(**{**kwargs, field: value})
        sroi.value_activity(CAT, CONTRACT, activity, as_of=date(2026, 12, 31))
        sroi.explain_activity(CAT, CONTRACT, activity, as_of=date(2026, 12, 31))
        sroi.contract_status(CAT, CONTRACT, accepted=[activity], pending=[], as_of=date(2027, 1, 1))

    only_value_errors(build_and_value)


@FUZZ
@given(junk, junk, junk, junk)
def test_engine_entry_points(a, b, c, d):
    activity = sroi.Activity(block="pw", start=date(2026, 2, 1), hours_per_week=Decimal(18))
    only_value_errors(sroi.value_activity, CAT, CONTRACT, activity, a)
    only_value_errors(sroi.value_activity, a, b, c, d)
    only_value_errors(sroi.contract_status, CAT, CONTRACT, accepted=a, pending=b, as_of=c)
    only_value_errors(sroi.obligation, a)
    only_value_errors(sroi.suggest_block, CAT, a, b, c, banenafspraak=d)
    only_value_errors(sroi.wage_subsidy, a, b, c)
    only_value_errors(sroi.is_new_employer_contact, a, on=b)
    only_value_errors(
        sroi.is_new_employer_contact, [date(2024, 1, 1)], on=date(2026, 1, 1), years=a
    )
    only_value_errors(sroi.count_new_employer_contacts, a, b)
    only_value_errors(sroi.follow_up_schedule, a)
    only_value_errors(sroi.follow_up_schedule, date(2026, 1, 1), a)
    only_value_errors(sroi.load_catalogue, a)
    only_value_errors(sroi.parse_catalogue_toml, a)
    only_value_errors(sroi.catalogue_from_dict, a)


@FUZZ
@given(junk, junk, junk, junk, junk)
def test_incentives_and_premiums(a, b, c, d, e):
    only_value_errors(
        sroi.decide_incentive, sroi.WERKVOUCHER_WESTSTELLINGWERF, start=a, on=b,
        benefit_at_start=c, hours=d, end=e,
    )  # fmt: skip
    only_value_errors(
        sroi.decide_incentive, sroi.WERKVOUCHER_WESTSTELLINGWERF, start=date(2026, 1, 1),
        on=date(2026, 8, 1), benefit_at_start="participatiewet", hours=a, end=b, contract_end=c,
    )  # fmt: skip
    only_value_errors(
        sroi.decide_exit_premium, sroi.LANSINGERLAND_EXIT_PREMIUM, benefit_periods=a,
        work_periods=b, premiums_paid=c, on=d,
    )  # fmt: skip
    only_value_errors(
        sroi.decide_exit_premium, sroi.WESTSTELLINGWERF_EXIT_PREMIUM, benefit_periods=[a],
        work_periods=[b], premiums_paid=[c], on=date(2026, 1, 1),
    )  # fmt: skip
    only_value_errors(sroi.IncentiveScheme, "x", "X", "Y", a, b, c)
    only_value_errors(sroi.IncentiveTier, a, b)
    only_value_errors(sroi.ExitPremiumScheme, "x", "X", "Y", a, b, c, d)
    only_value_errors(sroi.FollowUpRule, a, b, c)


catalogue_values = st.one_of(junk, st.text(alphabet="0123456789.-", max_size=8))


@FUZZ
@given(
    st.sampled_from(["code", "label", "unit", "value", "max_years", "benefit",
                     "benefit_months_min", "benefit_months_max", "description", "extra"]),
    catalogue_values,
    st.sampled_from(["name", "title", "source", "fulltime_hours", "version", "valid_from",
                     "blocks", "bonuses"]),
    catalogue_values,
)  # fmt: skip
def test_catalogue_dicts(block_key, block_value, top_key, top_value):
    data = sroi.catalogue_to_dict(CAT)
    blocks = [dict(b) for b in data["blocks"]]  # type: ignore[union-attr]
    blocks[0][block_key] = block_value
    only_value_errors(sroi.catalogue_from_dict, {**data, "blocks": blocks})
    only_value_errors(sroi.catalogue_from_dict, {**data, top_key: top_value})


@FUZZ
@given(junk, junk, junk, junk)
def test_catalogue_dataclasses(a, b, c, d):
    only_value_errors(
        sroi.Catalogue, name="x", title="X", source="s",
        blocks=(sroi.Block(code=a, label=b, unit=c, value=d),), fulltime_hours=Decimal(36),
    )  # fmt: skip
    only_value_errors(sroi.Catalogue, name="x", title="X", source="s", blocks=a, bonuses=b,
                      fulltime_hours=c)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_toml_text(text):
    only_value_errors(sroi.parse_catalogue_toml, text, "fuzz.toml")


def test_datetime_inputs_are_accepted_as_dates():
    a = sroi.Activity(block="pw", start=datetime(2026, 2, 1, 8), hours_per_week=Decimal(18))
    assert sroi.value_activity(CAT, CONTRACT, a, datetime(2026, 12, 31, 17)) > 0
