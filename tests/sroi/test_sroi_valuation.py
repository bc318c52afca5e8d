"""Valuation of activities (SPEC §5.2): worked examples, every unit and the window edge cases.

Every expected amount is worked out by hand in the comment next to it.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

import sroi
from sroi import Activity, Contract, catalogue_from_dict, explain_activity, value_activity

D = Decimal


@pytest.fixture(scope="module")
def utrecht() -> sroi.Catalogue:
    return sroi.load_catalogue("utrecht-2023")


@pytest.fixture(scope="module")
def oost() -> sroi.Catalogue:
    return sroi.load_catalogue("oost-nederland-v05-2023")


@pytest.fixture(scope="module")
def rijnvicus() -> sroi.Catalogue:
    return sroi.load_catalogue("rijnvicus")


@pytest.fixture(scope="module")
def cat() -> sroi.Catalogue:
    """A small catalogue with every unit, full time 40 hours, for rule tests."""
    return catalogue_from_dict(
        {
            "name": "regels",
            "title": "Regels",
            "source": "test",
            "fulltime_hours": 40,
            "blocks": [
                {"code": "jaar", "label": "Jaar", "unit": "year", "value": "36500"},
                {
                    "code": "twee",
                    "label": "2 jaar",
                    "unit": "year",
                    "value": "36500",
                    "max_years": 2,
                },
                {
                    "code": "een",
                    "label": "1 jaar",
                    "unit": "year",
                    "value": "36500",
                    "max_years": 1,
                },
                {"code": "maand", "label": "Maand", "unit": "month", "value": "1000"},
                {
                    "code": "maand1",
                    "label": "Maand",
                    "unit": "month",
                    "value": "1000",
                    "max_years": 1,
                },
                {"code": "uur", "label": "Uur", "unit": "hour", "value": "100"},
                {"code": "factuur", "label": "Factuur", "unit": "invoice", "value": "1"},
                {"code": "half", "label": "Half", "unit": "invoice", "value": "0.5"},
                {"code": "vast", "label": "Vast", "unit": "fixed", "value": "1000"},
            ],
            "bonuses": [
                {"code": "b1", "label": "Bonus 1", "value": "3650"},
                {"code": "b2", "label": "Bonus 2", "value": "7300"},
            ],
        }
    )


CONTRACT = Contract(
    value=D("1200000"),
    sroi_percentage=D("5"),
    start=date(2026, 1, 1),
    end=date(2027, 12, 31),
    reduction_percentage=D("0"),
    penalty_percentage=D("100"),
)


def year(block: str = "jaar", start=date(2026, 1, 1), end=None, hours="40", bonuses=()):
    return Activity(block=block, start=start, end=end, hours_per_week=D(hours), bonuses=bonuses)


# ------------------------------------------------------------------ worked examples of the spec


def test_spec_5_4_example(utrecht):
    a = Activity(
        block="pw",
        start=date(2026, 2, 1),
        end=None,
        hours_per_week=D("18"),
        bonuses=("age50",),
        hours=None,
        amount=None,
    )
    # window 01-02-2026 .. 31-12-2026 = 334 days (365 − 31 days of January)
    # (40.000 + 10.000) × 18/36 × 334/365 = 25.000 × 334/365 = 22.876,712… → 22.876,71
    assert value_activity(utrecht, CONTRACT, a, as_of=date(2026, 12, 31)) == D("22876.71")


def test_spec_working_example_formula(oost):
    a = Activity(block="pw_kort", start=date(2026, 2, 1), hours_per_week=D("18"))
    working = explain_activity(oost, CONTRACT, a, as_of=date(2026, 12, 31))
    # 30.000 × 18/36 × 334/365 = 15.000 × 334/365 = 13.726,027… → 13.726,03
    assert working.value == D("13726.03")
    assert working.formula == "€ 13.726,03 = € 30.000 × 18/36 × 334/365"
    assert (working.window_start, working.window_end, working.days) == (
        date(2026, 2, 1),
        date(2026, 12, 31),
        334,
    )
    assert working.factor == D("0.5")
    assert working.annual_value == D("30000")
    assert working.hours_per_week == 18 and working.fulltime_hours == 36


def test_working_with_bonuses(utrecht):
    a = Activity(block="pw", start=date(2026, 2, 1), hours_per_week=D("18"), bonuses=("age50",))
    working = explain_activity(utrecht, CONTRACT, a, date(2026, 12, 31))
    assert working.formula == "€ 22.876,71 = (€ 40.000 + € 10.000) × 18/36 × 334/365"
    assert working.bonus_values == (("age50", D("10000")),)
    assert working.annual_value == D("50000")


def test_rounding_is_half_up_per_activity_and_sums_are_of_rounded_values(cat):
    # 1 day of 36.500 at 1 hour of 40: 36.500 × 1/40 × 1/365 = 2,50 exactly;
    # 1 day at 0,2 hours: 36.500 × 0,2/40 × 1/365 = 0,50; at 0,02 hours 0,05; 0,002 → 0,005 → 0,01
    one_day = dict(start=date(2026, 3, 1), end=date(2026, 3, 1))
    assert value_activity(cat, CONTRACT, year(hours="1", **one_day), date(2026, 12, 31)) == D(
        "2.50"
    )
    tiny = year(hours="0.002", **one_day)
    assert value_activity(cat, CONTRACT, tiny, date(2026, 12, 31)) == D("0.01")  # 0,005 → 0,01
    below = year(hours="0.0019", **one_day)
    assert value_activity(cat, CONTRACT, below, date(2026, 12, 31)) == D("0.00")  # 0,00475
    status = sroi.contract_status(
        cat, CONTRACT, accepted=[tiny, tiny, tiny], as_of=date(2026, 12, 31)
    )
    assert status.realized == D("0.03")  # 3 × 0,01, not round(3 × 0,005) = 0,02


# ------------------------------------------------------------------ year unit


def test_full_year_full_time(cat):
    # 365 days × 36.500/365 = 36.500
    assert value_activity(cat, CONTRACT, year(), date(2026, 12, 31)) == D("36500.00")


def test_leap_year_counts_366_days_over_365(cat):
    contract = Contract(
        value=D("1000000"), sroi_percentage=D("5"), start=date(2024, 1, 1), end=date(2024, 12, 31)
    )
    # 2024 has 366 days: 36.500 × 366/365 = 36.600
    a = year(start=date(2024, 1, 1))
    assert value_activity(cat, contract, a, date(2024, 12, 31)) == D("36600.00")


def test_hours_above_full_time_are_capped_at_one(cat):
    capped = year(hours="60")
    working = explain_activity(cat, CONTRACT, capped, date(2026, 12, 31))
    assert working.value == value_activity(cat, CONTRACT, year(hours="40"), date(2026, 12, 31))
    assert working.factor == 1 and working.factor_capped
    assert "begrensd op 1" in working.notes[-1]
    assert working.formula == "€ 36.500,00 = € 36.500 × 1 × 365/365"


def test_part_time_scales_with_hours(cat):
    # 20/40 of 36.500 over 365 days = 18.250; 10/40 → 9.125
    assert value_activity(cat, CONTRACT, year(hours="20"), date(2026, 12, 31)) == D("18250.00")
    assert value_activity(cat, CONTRACT, year(hours="10"), date(2026, 12, 31)) == D("9125.00")
    assert value_activity(cat, CONTRACT, year(hours="0"), date(2026, 12, 31)) == D("0.00")


def test_bonuses_are_prorated_like_the_block(cat):
    # (36.500 + 3.650 + 7.300) × 20/40 × 73/365 = 47.450 × 0,5 × 0,2 = 4.745
    a = year(hours="20", end=date(2026, 3, 14), bonuses=("b1", "b2"))  # 31 + 28 + 14 = 73 days
    assert value_activity(cat, CONTRACT, a, date(2026, 12, 31)) == D("4745.00")


def test_activity_before_contract_start_counts_from_contract_start(cat):
    a = year(start=date(2025, 7, 1))
    working = explain_activity(cat, CONTRACT, a, date(2026, 1, 31))
    # window 01-01-2026 .. 31-01-2026 = 31 days: 36.500 × 31/365 = 3.100
    assert working.value == D("3100.00")
    assert working.window_start == date(2026, 1, 1)
    assert "vóór het contract" in working.notes[0]


def test_activity_entirely_before_contract_is_worth_nothing(cat):
    a = year(start=date(2025, 1, 1), end=date(2025, 12, 31))
    working = explain_activity(cat, CONTRACT, a, date(2026, 12, 31))
    assert (working.value, working.days, working.counted) == (D("0.00"), 0, False)


def test_activity_after_contract_end_is_worth_nothing(cat):
    a = year(start=date(2028, 1, 1))
    assert value_activity(cat, CONTRACT, a, date(2028, 6, 30)) == D("0.00")


def test_counting_stops_at_contract_end(cat):
    # window 01-07-2027 .. 31-12-2027 = 184 days: 36.500 × 184/365 = 18.400
    a = year(start=date(2027, 7, 1))
    working = explain_activity(cat, CONTRACT, a, date(2028, 6, 30))
    assert working.value == D("18400.00")
    assert working.window_end == date(2027, 12, 31)


def test_as_of_before_activity_start_is_a_zero_day_window(cat):
    a = year(start=date(2026, 6, 1))
    working = explain_activity(cat, CONTRACT, a, date(2026, 5, 31))
    assert (working.value, working.days) == (D("0.00"), 0)
    assert working.formula.endswith("× 0/365")


def test_single_day_window(cat):
    # start = as_of: one day counts; 36.500 × 1/365 = 100
    a = year(start=date(2026, 6, 1))
    assert value_activity(cat, CONTRACT, a, date(2026, 6, 1)) == D("100.00")


def test_activity_end_limits_the_window(cat):
    # 01-01 .. 10-01: 10 days → 1.000
    a = year(end=date(2026, 1, 10))
    assert value_activity(cat, CONTRACT, a, date(2026, 12, 31)) == D("1000.00")


def test_max_years_caps_counting(cat):
    long_contract = Contract(
        value=D("1000000"), sroi_percentage=D("5"), start=date(2026, 1, 1), end=date(2030, 12, 31)
    )
    a = year("twee", start=date(2026, 3, 15))
    working = explain_activity(cat, long_contract, a, date(2030, 1, 1))
    # 15-03-2026 + 2 years − 1 day = 14-03-2028; 2026-03-15 .. 2028-03-14 = 731 days (2028 leap)
    # 36.500 × 731/365 = 73.100
    assert working.window_end == date(2028, 3, 14)
    assert working.days == 731
    assert working.value == D("73100.00")
    assert "hoogstens 2 jaar" in " ".join(working.notes)


def test_max_years_counts_from_activity_start_not_contract_start(cat):
    # activity from 01-07-2025 with a 1-year cap stops at 30-06-2026; contract starts 01-01-2026.
    # window 01-01-2026 .. 30-06-2026 = 181 days → 36.500 × 181/365 = 18.100
    a = year("een", start=date(2025, 7, 1))
    assert value_activity(cat, CONTRACT, a, date(2026, 12, 31)) == D("18100.00")


def test_leap_day_start_with_max_years(cat):
    contract = Contract(
        value=D("1000000"), sroi_percentage=D("5"), start=date(2024, 1, 1), end=date(2027, 12, 31)
    )
    # 29-02-2024 + 1 year = 28-02-2025 (no 29 Feb), − 1 day = 27-02-2025:
    # 29-02-2024 .. 27-02-2025 = 365 days → 36.500
    one = explain_activity(cat, contract, year("een", start=date(2024, 2, 29)), date(2027, 1, 1))
    assert (one.window_end, one.days, one.value) == (date(2025, 2, 27), 365, D("36500.00"))
    # + 2 years = 28-02-2026, − 1 day = 27-02-2026: 365 + 365 = 730 days → 73.000
    two = explain_activity(cat, contract, year("twee", start=date(2024, 2, 29)), date(2027, 1, 1))
    assert (two.window_end, two.days, two.value) == (date(2026, 2, 27), 730, D("73000.00"))


def test_add_years_keeps_month_and_day():
    assert sroi.add_years(date(2024, 2, 29), 1) == date(2025, 2, 28)
    assert sroi.add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)
    assert sroi.add_years(date(2026, 8, 31), -5) == date(2021, 8, 31)
    assert sroi.days_inclusive(date(2026, 1, 1), date(2026, 1, 1)) == 1
    assert sroi.days_inclusive(date(2026, 1, 2), date(2026, 1, 1)) == 0
    assert sroi.days_inclusive(date(2026, 1, 1), date(2026, 12, 31)) == 365


def test_oost_nederland_ww_counts_one_year(oost):
    contract = Contract(
        value=D("500000"), sroi_percentage=D("5"), start=date(2026, 1, 1), end=date(2028, 12, 31)
    )
    a = Activity(block="ww_kort", start=date(2026, 4, 1), hours_per_week=D("36"))
    # counts 01-04-2026 .. 31-03-2027 = 365 days: 10.000 × 365/365
    assert value_activity(oost, contract, a, date(2028, 1, 1)) == D("10000.00")


# ------------------------------------------------------------------ other units


def test_month_unit(cat):
    # 1.000 × 12 × 31/365 = 372.000/365 = 1.019,178… → 1.019,18
    a = Activity(block="maand", start=date(2026, 1, 1), end=date(2026, 1, 31))
    working = explain_activity(cat, CONTRACT, a, date(2026, 12, 31))
    assert working.value == D("1019.18")
    assert working.formula == "€ 1.000 per maand × 12 / 365 × 31 dagen = € 1.019,18"


def test_month_unit_ignores_hours(oost):
    # werkervaringsplek: 750 × 12 × 365/365 = 9.000 whatever the hours
    a = Activity(block="werkervaringsplek", start=date(2026, 1, 1), hours_per_week=D("8"))
    assert value_activity(oost, CONTRACT, a, date(2026, 12, 31)) == D("9000.00")


def test_month_unit_shows_its_day_based_working(oost):
    # SPEC §5.2: € 750 a month for 1 January – 30 June is 181 days, not six months:
    # 750 × 12 / 365 × 181 = 1.629.000 / 365 = 4.463,0136… → 4.463,01 (not 6 × 750 = 4.500)
    a = Activity(block="werkervaringsplek", start=date(2026, 1, 1), end=date(2026, 6, 30))
    working = explain_activity(oost, CONTRACT, a, date(2026, 12, 31))
    assert working.value == D("4463.01") and working.days == 181
    assert working.monthly_value == D("750")
    assert working.formula == "€ 750 per maand × 12 / 365 × 181 dagen = € 4.463,01"
    assert working.notes == (
        "Een bedrag per maand telt per dag: maandbedrag × 12 / 365 voor elke dag. Zes "
        "kalendermaanden zijn 181 tot 184 dagen en tellen dus niet precies als zes keer het "
        "maandbedrag.",
    )
    # July – December is 184 days: 750 × 12 / 365 × 184 = 4.536,99
    a = Activity(block="werkervaringsplek", start=date(2026, 7, 1), end=date(2026, 12, 31))
    assert explain_activity(oost, CONTRACT, a, date(2026, 12, 31)).formula == (
        "€ 750 per maand × 12 / 365 × 184 dagen = € 4.536,99"
    )


def test_month_working_for_one_day_and_for_none(oost):
    one = Activity(block="werkervaringsplek", start=date(2026, 3, 1), end=date(2026, 3, 1))
    # 750 × 12 / 365 × 1 = 24,657… → 24,66
    assert explain_activity(oost, CONTRACT, one, date(2026, 12, 31)).formula == (
        "€ 750 per maand × 12 / 365 × 1 dag = € 24,66"
    )
    later = Activity(block="werkervaringsplek", start=date(2026, 3, 1))
    working = explain_activity(oost, CONTRACT, later, date(2026, 2, 1))
    assert working.formula == "€ 750 per maand × 12 / 365 × 0 dagen = € 0,00"
    assert not working.counted
    assert "De activiteit begint na de peildatum 01-02-2026." in working.notes


def test_month_unit_with_max_years(cat):
    a = Activity(block="maand1", start=date(2026, 1, 1))
    # 1 year: 12.000
    assert value_activity(cat, CONTRACT, a, date(2027, 12, 31)) == D("12000.00")


def test_hour_unit(cat):
    a = Activity(block="uur", start=date(2026, 3, 1), hours=D("12.5"))
    working = explain_activity(cat, CONTRACT, a, date(2026, 12, 31))
    assert working.value == D("1250.00")  # 100 × 12,5
    assert working.formula == "€ 1.250,00 = € 100 × 12,5 uur"
    assert working.quantity == D("12.5")


def test_invoice_unit(cat):
    a = Activity(block="factuur", start=date(2026, 3, 1), amount=D("1234.56"))
    working = explain_activity(cat, CONTRACT, a, date(2026, 12, 31))
    assert working.value == D("1234.56")
    assert working.formula == "€ 1.234,56 = € 1.234,56 × 1"
    half = Activity(block="half", start=date(2026, 3, 1), amount=D("0.05"))
    assert value_activity(cat, CONTRACT, half, date(2026, 12, 31)) == D("0.03")  # 0,025 → 0,03


def test_fixed_unit_counts_once_start_is_in_window(cat):
    a = Activity(block="vast", start=date(2026, 5, 1))
    assert value_activity(cat, CONTRACT, a, date(2026, 4, 30)) == D("0.00")  # not yet
    assert value_activity(cat, CONTRACT, a, date(2026, 5, 1)) == D("1000.00")
    assert value_activity(cat, CONTRACT, a, date(2030, 1, 1)) == D("1000.00")  # once, not per year
    working = explain_activity(cat, CONTRACT, a, date(2026, 5, 1))
    assert working.formula == "€ 1.000,00 = € 1.000 (vast bedrag)"


def test_one_off_units_outside_the_contract_do_not_count(cat):
    before = Activity(block="vast", start=date(2025, 12, 31))
    after = Activity(block="uur", start=date(2028, 1, 1), hours=D("10"))
    invoice = Activity(block="factuur", start=date(2028, 1, 1), amount=D("10"))
    for activity in (before, after, invoice):
        working = explain_activity(cat, CONTRACT, activity, date(2030, 1, 1))
        assert working.value == D("0.00") and not working.counted
        assert "niet geteld" in working.formula


def test_rijnvicus_social_activity_is_fixed(rijnvicus):
    a = Activity(block="maatschappelijke_activiteit", start=date(2026, 9, 1))
    assert value_activity(rijnvicus, CONTRACT, a, date(2026, 12, 31)) == D("1000.00")


# ------------------------------------------------------------------ suggesting a block


def test_spec_suggest_example(utrecht):
    code = sroi.suggest_block(
        utrecht, benefit="participatiewet", benefit_start=date(2024, 3, 1), on=date(2026, 1, 1),
        banenafspraak=False,
    )  # fmt: skip
    assert code == "pw"


@pytest.mark.parametrize(
    ("benefit_start", "on", "expected"),
    [
        (date(2024, 3, 1), date(2026, 1, 1), "pw_kort"),  # 22 whole months
        (date(2024, 1, 2), date(2026, 1, 1), "pw_kort"),  # 23 months and 30 days
        (date(2024, 1, 1), date(2026, 1, 1), "pw_lang"),  # exactly 24 months
        (date(2023, 12, 31), date(2025, 12, 31), "pw_lang"),
        (date(2020, 1, 1), date(2026, 1, 1), "pw_lang"),
        (date(2026, 1, 1), date(2026, 1, 1), "pw_kort"),  # 0 months
    ],
)
def test_suggest_by_benefit_duration(oost, benefit_start, on, expected):
    assert sroi.suggest_block(oost, "participatiewet", benefit_start, on) == expected


def test_whole_months_follow_the_month_end_rule(oost):
    # 31-12-2023 + 24 months = 31-12-2025; 29-02-2024 + 24 months = 28-02-2026
    assert sroi.whole_months_between(date(2024, 2, 29), date(2026, 2, 28)) == 24
    assert sroi.whole_months_between(date(2024, 1, 31), date(2024, 2, 29)) == 1
    assert sroi.whole_months_between(date(2024, 1, 31), date(2024, 2, 28)) == 0
    assert sroi.whole_months_between(date(2024, 3, 1), date(2024, 2, 1)) == -1
    assert sroi.suggest_block(oost, "participatiewet", date(2024, 2, 29), date(2026, 2, 28)) == (
        "pw_lang"
    )


def test_suggest_banenafspraak_first(oost, utrecht, rijnvicus):
    for cat, code in ((oost, "doelgroepregister"), (utrecht, "banenafspraak"),
                      (rijnvicus, "pw_banenafspraak")):  # fmt: skip
        assert sroi.suggest_block(cat, "wajong", None, date(2026, 1, 1), banenafspraak=True) == code


def test_suggest_other_benefits(oost, utrecht, rijnvicus):
    assert sroi.suggest_block(oost, "ww", date(2025, 6, 1), date(2026, 1, 1)) == "ww_kort"
    assert sroi.suggest_block(oost, "ww", date(2024, 6, 1), date(2026, 1, 1)) == "ww_lang"
    assert sroi.suggest_block(utrecht, "ww", date(2024, 6, 1), date(2026, 1, 1)) == "ww"
    assert sroi.suggest_block(rijnvicus, "nug", None, date(2026, 1, 1)) == "nug"
    assert sroi.suggest_block(rijnvicus, "wajong", None, date(2026, 1, 1)) == "wajong"


def test_suggest_none_when_nothing_fits(oost, utrecht, cat):
    assert sroi.suggest_block(utrecht, "anw", date(2024, 6, 1), date(2026, 1, 1)) is None
    assert sroi.suggest_block(cat, "participatiewet", date(2024, 6, 1), date(2026, 1, 1)) is None
    # with month bounds but no (or a later) benefit start: no duration, so no bounded block
    assert sroi.suggest_block(oost, "participatiewet", None, date(2026, 1, 1)) is None
    assert sroi.suggest_block(oost, "participatiewet", date(2026, 2, 1), date(2026, 1, 1)) is None
    assert sroi.suggest_block(oost, None, None, date(2026, 1, 1)) is None
    # banenafspraak without such a block falls back to the benefit rule
    assert sroi.suggest_block(cat, "ww", None, date(2026, 1, 1), banenafspraak=True) is None


def test_suggest_rejects_unknown_benefit(utrecht):
    with pytest.raises(ValueError, match="Onbekende uitkering 'bijstand'"):
        sroi.suggest_block(utrecht, "bijstand", None, date(2026, 1, 1))
    with pytest.raises(ValueError, match="moet een datum zijn"):
        sroi.suggest_block(utrecht, "ww", "2024-01-01", date(2026, 1, 1))


# ------------------------------------------------------------------ invalid input


@pytest.mark.parametrize(
    ("kwargs", "message", "field"),
    [
        (dict(value=D("-1")), "De opdrachtwaarde mag niet negatief zijn", "value"),
        (dict(sroi_percentage=D("-5")), "Het SROI-percentage mag niet negatief zijn", None),
        (dict(sroi_percentage=D("101")), "hoogstens 100", "sroi_percentage"),
        (dict(reduction_percentage=D("-1")), "Het kortingspercentage mag niet negatief", None),
        (dict(penalty_percentage=D("-1")), "Het boetepercentage mag niet negatief", None),
        (dict(end=date(2025, 12, 31)), "ligt vóór de startdatum", "end"),
        (dict(value="veel"), "geen geldig getal", "value"),
        (dict(value=None), "De opdrachtwaarde ontbreekt", "value"),
        (dict(start="2026-01-01"), "moet een datum zijn", "start"),
        (dict(value=float("nan")), "eindig getal", "value"),
    ],
)
def test_invalid_contract(kwargs, message, field):
    base = dict(
        value=D("1000"), sroi_percentage=D("5"), start=date(2026, 1, 1), end=date(2026, 12, 31)
    )
    with pytest.raises(ValueError, match=message) as info:
        Contract(**{**base, **kwargs})
    assert isinstance(info.value, sroi.SroiValueError)
    if field:
        assert info.value.field == field


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (dict(end=date(2026, 1, 31)), "ligt vóór de startdatum"),
        (dict(hours_per_week=D("168.01")), "te groot \\(maximaal 168\\)"),
        (dict(hours_per_week=D("-1")), "mag niet negatief"),
        (dict(hours=D("-2")), "Het aantal uren mag niet negatief"),
        (dict(amount=D("-0.01")), "Het factuurbedrag mag niet negatief"),
        (dict(block=""), "Kies een bouwblok"),
        (dict(bonuses=("b1", "b1")), "maar één keer"),
        (dict(bonuses=(1,)), "code \\(tekst\\)"),
        (dict(start=None), "ontbreekt"),
    ],
)
def test_invalid_activity(kwargs, message):
    base = dict(block="jaar", start=date(2026, 2, 1), hours_per_week=D("10"))
    with pytest.raises(ValueError, match=message):
        Activity(**{**base, **kwargs})


def test_hours_of_exactly_168_are_allowed(cat):
    a = year(hours="168")
    assert value_activity(cat, CONTRACT, a, date(2026, 12, 31)) == D("36500.00")


@pytest.mark.parametrize(
    ("activity", "message", "field"),
    [
        (
            Activity(block="onbekend", start=date(2026, 1, 1)),
            "Onbekend bouwblok 'onbekend'",
            "block",
        ),
        (
            Activity(block="jaar", start=date(2026, 1, 1), hours_per_week=D(1), bonuses=("x",)),
            "Onbekende bonus 'x'",
            "bonuses",
        ),
        (
            Activity(block="uur", start=date(2026, 1, 1), hours=D(1), bonuses=("b1",)),
            "alleen bij een bouwblok per jaar",
            "bonuses",
        ),
        (Activity(block="jaar", start=date(2026, 1, 1)), "uren per week in", "hours_per_week"),
        (Activity(block="uur", start=date(2026, 1, 1)), "bestede uren", "hours"),
        (Activity(block="factuur", start=date(2026, 1, 1)), "factuurbedrag in", "amount"),
    ],
)
def test_activity_that_does_not_fit_the_catalogue(cat, activity, message, field):
    with pytest.raises(ValueError, match=message) as info:
        value_activity(cat, CONTRACT, activity, date(2026, 12, 31))
    assert info.value.field == field


def test_bad_arguments_raise_dutch_value_errors(cat):
    a = year()
    with pytest.raises(ValueError, match="De peildatum moet een datum zijn"):
        value_activity(cat, CONTRACT, a, "31-12-2026")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="Geef een catalogus"):
        value_activity("utrecht-2023", CONTRACT, a, date(2026, 12, 31))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="Geef een contract"):
        value_activity(cat, None, a, date(2026, 12, 31))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="Geef een activiteit"):
        value_activity(cat, CONTRACT, {"block": "jaar"}, date(2026, 12, 31))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="tussen 01-01-1900 en 31-12-2199"):
        Activity(block="jaar", start=date(9999, 12, 31))


def test_inputs_are_normalised(cat):
    a = Activity(block="jaar", start=datetime(2026, 1, 1, 9, 30), hours_per_week=20, bonuses="b1")
    assert a.start == date(2026, 1, 1)
    assert a.hours_per_week == D(20) and a.bonuses == ("b1",)
    as_text = Activity(block="jaar", start=date(2026, 1, 1), hours_per_week="20.5")
    assert as_text.hours_per_week == D("20.5")
    as_float = Activity(block="jaar", start=date(2026, 1, 1), hours_per_week=0.1)
    assert as_float.hours_per_week == D("0.1")
    assert value_activity(cat, CONTRACT, a, datetime(2026, 12, 31, 23, 59)) > 0


def test_global_decimal_context_does_not_change_results(cat):
    import decimal

    expected = value_activity(cat, CONTRACT, year(hours="13"), date(2026, 12, 31))
    with decimal.localcontext() as ctx:
        ctx.prec = 3
        ctx.rounding = decimal.ROUND_DOWN
        assert value_activity(cat, CONTRACT, year(hours="13"), date(2026, 12, 31)) == expected


# ------------------------------------------------------------------ money formatting


@pytest.mark.parametrize(
    ("amount", "compact", "text"),
    [
        (D("1234.56"), False, "€ 1.234,56"),
        (D("1234.565"), False, "€ 1.234,57"),
        (D("0"), False, "€ 0,00"),
        (D("30000"), True, "€ 30.000"),
        (D("30000.50"), True, "€ 30.000,50"),
        (D("1234567.8"), False, "€ 1.234.567,80"),
        (D("-12.5"), False, "€ -12,50"),
        (7, False, "€ 7,00"),
    ],
)
def test_format_eur(amount, compact, text):
    assert sroi.format_eur(amount, compact=compact) == text


def test_format_number_and_date():
    assert sroi.format_number(D("18.50")) == "18,5"
    assert sroi.format_number(D("1500")) == "1.500"
    assert sroi.format_date(date(2026, 11, 22)) == "22-11-2026"
