"""Property-based tests: the engine against an independent exact oracle, and its invariants.

The oracle below re-implements SPEC §5.2 literally with `fractions.Fraction` and linear block
lookups; the engine must agree to the cent for any catalogue, contract, activity and date.
"""

from __future__ import annotations

import calendar
import math
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

import sroi
from sroi import Activity, Contract

D = Decimal
SETTINGS = settings(max_examples=200, deadline=None)


# ------------------------------------------------------------------ oracle


def oracle_add_years(d: date, years: int) -> date:
    year = d.year + years
    if (d.month, d.day) == (2, 29) and not calendar.isleap(year):
        return date(year, 2, 28)
    return date(year, d.month, d.day)


def oracle_value(cat: sroi.Catalogue, c: Contract, a: Activity, as_of: date) -> Fraction:
    block = [b for b in cat.blocks if b.code == a.block][0]
    start = max(a.start, c.start)
    ends = [a.end or as_of, as_of, c.end]
    if block.max_years:
        ends.append(oracle_add_years(a.start, block.max_years) - timedelta(days=1))
    end = min(ends)
    days = (end - start).days + 1 if end >= start else 0
    if block.unit == "year":
        bonuses = [b for b in cat.bonuses if b.code in a.bonuses]
        annual = Fraction(block.value) + sum(Fraction(b.value) for b in bonuses)
        factor = min(Fraction(a.hours_per_week) / Fraction(cat.fulltime_hours), 1)
        return annual * factor * days / 365
    if block.unit == "month":
        return Fraction(block.value) * 12 * days / 365
    if not c.start <= a.start <= end:
        return Fraction(0)
    if block.unit == "hour":
        return Fraction(block.value) * Fraction(a.hours)
    if block.unit in ("invoice", "wage"):
        return Fraction(a.amount) * Fraction(block.value)
    return Fraction(block.value)


def half_up(value: Fraction) -> Decimal:
    return Decimal(math.floor(value * 100 + Fraction(1, 2))).scaleb(-2)


# ------------------------------------------------------------------ strategies

money = st.builds(lambda cents: D(cents).scaleb(-2), st.integers(0, 10_000_000))
hours_pw = st.builds(lambda tenths: D(tenths).scaleb(-1), st.integers(0, 700))
days_ = st.dates(min_value=date(2020, 1, 1), max_value=date(2032, 12, 31))
UNITS = ("year", "year", "year", "month", "hour", "invoice", "wage", "fixed")


@st.composite
def catalogues(draw, first_unit: str | None = None) -> sroi.Catalogue:
    n = draw(st.integers(1, 5))
    blocks = []
    for i in range(n):
        unit = first_unit if i == 0 and first_unit else draw(st.sampled_from(UNITS))
        factor = unit in ("invoice", "wage")
        value = draw(st.sampled_from(["1", "0.5", "1.25"])) if factor else draw(money)
        block = {"code": f"b{i}", "label": f"Blok {i}", "unit": unit, "value": str(value)}
        if unit in ("year", "month") and draw(st.booleans()):
            block["max_years"] = draw(st.integers(1, 3))
        blocks.append(block)
    bonuses = [
        {"code": f"x{i}", "label": f"Bonus {i}", "value": str(draw(money))}
        for i in range(draw(st.integers(0, 3)))
    ]
    fulltime = draw(st.sampled_from(["36", "38", "40", "37.5"]))
    return sroi.catalogue_from_dict(
        {
            "name": "prop",
            "title": "P",
            "source": "s",
            "fulltime_hours": fulltime,
            "blocks": blocks,
            "bonuses": bonuses,
        }  # fmt: skip
    )


@st.composite
def contracts(draw) -> Contract:
    start = draw(days_)
    return Contract(
        value=draw(money),
        sroi_percentage=D(draw(st.integers(0, 1000))).scaleb(-1),
        start=start,
        end=start + timedelta(days=draw(st.integers(0, 1500))),
        reduction_percentage=D(draw(st.integers(0, 100))),
        penalty_percentage=D(draw(st.integers(0, 200))),
    )


def activities(cat: sroi.Catalogue, c: Contract):
    @st.composite
    def build(draw) -> Activity:
        block = draw(st.sampled_from(cat.blocks))
        start = c.start + timedelta(days=draw(st.integers(-500, 1600)))
        end = draw(st.one_of(st.none(), st.integers(0, 1000)))
        bonuses = ()
        if block.unit == "year" and cat.bonuses:
            bonuses = tuple(draw(st.sets(st.sampled_from([b.code for b in cat.bonuses]))))
        return Activity(
            block=block.code,
            start=start,
            end=None if end is None else start + timedelta(days=end),
            hours_per_week=draw(hours_pw),
            bonuses=bonuses,
            hours=draw(money),
            amount=draw(money),
        )

    return build()


@st.composite
def scenario(draw, first_unit: str | None = None):
    cat = draw(catalogues(first_unit))
    c = draw(contracts())
    a = draw(activities(cat, c))
    if first_unit:
        a = _with_block(a, cat.blocks[0].code, a.bonuses if a.block == "b0" else ())
    as_of = c.start + timedelta(days=draw(st.integers(-400, 2000)))
    return cat, c, a, as_of


# ------------------------------------------------------------------ valuation properties


@SETTINGS
@given(scenario())
def test_engine_matches_exact_oracle(case):
    cat, c, a, as_of = case
    value = sroi.value_activity(cat, c, a, as_of)
    assert value == half_up(oracle_value(cat, c, a, as_of))
    assert value.as_tuple().exponent == -2
    assert sroi.explain_activity(cat, c, a, as_of).value == value


@SETTINGS
@given(scenario())
def test_value_is_never_negative(case):
    cat, c, a, as_of = case
    assert sroi.value_activity(cat, c, a, as_of) >= 0


@SETTINGS
@given(scenario(), st.integers(0, 800))
def test_value_never_decreases_as_as_of_grows(case, later):
    cat, c, a, as_of = case
    earlier = sroi.value_activity(cat, c, a, as_of)
    assert sroi.value_activity(cat, c, a, as_of + timedelta(days=later)) >= earlier


@SETTINGS
@given(scenario(first_unit="year"), st.integers(0, 1000))
def test_year_value_scales_linearly_with_hours_up_to_full_time(case, permille):
    cat, c, a, as_of = case
    assert cat.block(a.block).unit == "year"
    full = cat.fulltime_hours
    at_full = sroi.value_activity(cat, c, _with_hours(a, full), as_of)
    hours = full * permille / 1000
    part = sroi.value_activity(cat, c, _with_hours(a, hours), as_of)
    # both are roundings of the same exact line through zero: within one cent of proportional
    assert abs(part - at_full * hours / full) <= D("0.01")
    # above full time nothing changes
    assert sroi.value_activity(cat, c, _with_hours(a, full + 1), as_of) == at_full


def _with_block(a: Activity, block: str, bonuses: tuple[str, ...]) -> Activity:
    return Activity(
        block=block, start=a.start, end=a.end, hours_per_week=a.hours_per_week, bonuses=bonuses,
        hours=a.hours, amount=a.amount,
    )  # fmt: skip


def _with_hours(a: Activity, hours: Decimal) -> Activity:
    return Activity(
        block=a.block, start=a.start, end=a.end, hours_per_week=hours, bonuses=a.bonuses,
        hours=a.hours, amount=a.amount,
    )  # fmt: skip


# ------------------------------------------------------------------ status properties


@st.composite
def status_case(draw):
    cat = draw(catalogues())
    c = draw(contracts())
    accepted = draw(st.lists(activities(cat, c), max_size=6))
    pending = draw(st.lists(activities(cat, c), max_size=3))
    as_of = c.start + timedelta(days=draw(st.integers(-100, 1800)))
    return cat, c, accepted, pending, as_of


@SETTINGS
@given(status_case())
def test_status_state_is_consistent_with_the_numbers(case):
    cat, c, accepted, pending, as_of = case
    s = sroi.contract_status(cat, c, accepted=accepted, pending=pending, as_of=as_of)
    assert s.realized == sum((sroi.value_activity(cat, c, a, as_of) for a in accepted), D(0))
    assert s.pending == sum((sroi.value_activity(cat, c, a, as_of) for a in pending), D(0))
    assert s.obligation == sroi.obligation(c)
    assert 0 <= s.expected <= s.obligation
    if as_of >= c.end:
        assert s.expected == s.obligation
    assert s.state in sroi.STATES
    if s.realized >= s.obligation:
        assert s.state == "fulfilled"
    elif as_of > c.end:
        assert s.state == "not_met"
    elif s.realized >= s.expected:
        assert s.state == "on_track"
    else:
        assert s.state == "behind"
    if s.state == "not_met":
        assert s.shortfall == s.obligation - s.realized > 0
        assert s.penalty == half_up(Fraction(s.shortfall) * Fraction(c.penalty_percentage) / 100)
    else:
        assert s.shortfall == 0 and s.penalty == 0
    assert s.remaining == max(s.obligation - s.realized, D(0))


@SETTINGS
@given(contracts(), st.integers(-100, 1800), st.integers(0, 600))
def test_expected_grows_with_time(c, offset, later):
    cat = sroi.load_catalogue("utrecht-2023")
    as_of = c.start + timedelta(days=offset)
    first = sroi.contract_status(cat, c, accepted=[], as_of=as_of)
    second = sroi.contract_status(cat, c, accepted=[], as_of=as_of + timedelta(days=later))
    assert first.expected <= second.expected
    exact = Fraction(c.value) * Fraction(c.sroi_percentage) / 100
    exact *= 1 - Fraction(c.reduction_percentage) / 100
    assert first.obligation == half_up(exact)


# ------------------------------------------------------------------ other invariants


@SETTINGS
@given(catalogues())
def test_catalogue_round_trips_through_toml_and_dict(cat):
    assert sroi.parse_catalogue_toml(sroi.catalogue_to_toml(cat)) == cat
    assert sroi.catalogue_from_dict(sroi.catalogue_to_dict(cat)) == cat


@SETTINGS
@given(st.integers(-(10**12), 10**12))
def test_format_eur_reads_back(cents):
    amount = D(cents).scaleb(-2)
    text = sroi.format_eur(amount)
    assert text.startswith("€ ")
    assert D(text[2:].replace(".", "").replace(",", ".")) == amount


@SETTINGS
@given(days_, st.integers(-30, 30))
def test_add_years_keeps_month_and_day(d, years):
    result = sroi.add_years(d, years)
    assert result == oracle_add_years(d, years)


@SETTINGS
@given(days_, st.integers(0, 200))
def test_whole_months_inverts_add_months(d, months):
    later = sroi.add_months(d, months)
    assert sroi.whole_months_between(d, later) == months
    assert sroi.whole_months_between(d, later - timedelta(days=1)) == months - 1


@SETTINGS
@given(st.lists(days_, max_size=8), days_, st.integers(1, 6))
def test_new_employer_rule_matches_definition(previous, on, years):
    since = oracle_add_years(on, -years)
    expected = not any(since <= d < on for d in previous)
    assert sroi.is_new_employer_contact(previous, on=on, years=years) == expected


@SETTINGS
@given(
    st.integers(0, 800),
    st.one_of(st.none(), st.integers(0, 500)),
    st.lists(st.tuples(st.integers(1, 500), st.integers(0, 40)), max_size=3),
    st.integers(0, 700),
)
def test_incentive_amount_never_decreases_over_time(on_offset, end_offset, changes, later):
    start = date(2026, 1, 31)
    hours = [(start, D(36))] + [(start + timedelta(days=d), D(h)) for d, h in changes]
    end = None if end_offset is None else start + timedelta(days=end_offset)
    kwargs = dict(start=start, benefit_at_start="participatiewet", hours=hours, end=end)
    scheme = sroi.WERKGEVERSCHEQUE_ZUID_HOLLAND_CENTRAAL
    first = sroi.decide_incentive(scheme, on=start + timedelta(days=on_offset), **kwargs)
    second = sroi.decide_incentive(scheme, on=start + timedelta(days=on_offset + later), **kwargs)
    assert first.amount <= second.amount
    assert first.amount <= first.prospective_amount or first.state == "forfeited"
    if first.state in ("forfeited", "payable"):
        assert second.state == first.state and second.amount == first.amount
