"""Wage subsidy (SPEC §4.4): W × h × 52 × 1,08, at most 70 %, plus 23 % employer costs."""

from __future__ import annotations

from decimal import Decimal

import pytest

import sroi

D = Decimal


def test_spec_example():
    s = sroi.wage_subsidy(
        hourly_minimum_wage=D("14.40"), hours_per_week=D("36"), wage_value_pct=D("50")
    )
    # annual = 14,40 × 36 × 52 × 1,08 = 29.113,344 → 29.113,34
    # base = 29.113,344 × 50 % = 14.556,672 → 14.556,67
    # employer costs = 14.556,672 × 23 % = 3.348,03456 → 3.348,03
    # per year = 17.904,70656 → 17.904,71 (exact, then rounded: one cent above 14.556,67 + 3.348,03)
    # per month = 17.904,70656 / 12 = 1.492,05888 → 1.492,06
    assert s.annual_wage == D("29113.34")
    assert s.subsidy_pct == D("50")
    assert (s.base, s.employer_costs) == (D("14556.67"), D("3348.03"))
    assert (s.per_year, s.per_month) == (D("17904.71"), D("1492.06"))
    assert s.working[0] == (
        "Jaarloon: € 14,40 × 36 uur × 52 weken × 1,08 (vakantiegeld) = € 29.113,34"
    )
    assert "Per maand (÷ 12): € 1.492,06" in s.formula
    assert "pas daarna per regel afgerond" in s.formula


def test_subsidy_is_at_most_70_percent():
    # loonwaarde 20 %: 100 − 20 = 80 → capped at 70
    # annual = 10 × 40 × 52 × 1,08 = 22.464; base 70 % = 15.724,80; costs 23 % = 3.616,704
    # per year = 19.341,504 → 19.341,50; per month 1.611,792 → 1.611,79
    s = sroi.wage_subsidy(D("10"), D("40"), D("20"))
    assert s.subsidy_pct == 70
    assert (s.annual_wage, s.base, s.employer_costs) == (
        D("22464.00"),
        D("15724.80"),
        D("3616.70"),
    )
    assert (s.per_year, s.per_month) == (D("19341.50"), D("1611.79"))
    assert "(hoogstens 70%)" in s.formula


@pytest.mark.parametrize("pct", ["100", "120"])
def test_no_subsidy_at_full_wage_value(pct):
    s = sroi.wage_subsidy(D("14.40"), D("36"), D(pct))
    assert s.subsidy_pct == 0
    assert s.base == s.employer_costs == s.per_year == s.per_month == 0
    assert "geen loonkostensubsidie" in s.formula


def test_exactly_30_percent_gives_70():
    assert sroi.wage_subsidy(D("10"), D("10"), D("30")).subsidy_pct == 70


def test_per_month_is_per_year_over_twelve():
    s = sroi.wage_subsidy(D("13.27"), D("24"), D("65"))
    assert abs(s.per_month * 12 - s.per_year) <= D("0.06")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((D("-1"), D("36"), D("50")), "minimumuurloon mag niet negatief"),
        ((D("14"), D("169"), D("50")), "uren per week is te groot"),
        ((D("14"), D("36"), D("-5")), "loonwaarde mag niet negatief"),
        (("abc", D("36"), D("50")), "geen geldig getal"),
        ((None, D("36"), D("50")), "ontbreekt"),
    ],
)
def test_invalid_input(args, message):
    with pytest.raises(ValueError, match=message):
        sroi.wage_subsidy(*args)
