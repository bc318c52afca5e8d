"""The banenafspraak quota as Smallingerland counts it (`001_…`): "de quotumregeling voor
werkgevers met meer dan 25 werknemers" and "Een baan voor iemand uit de doelgroep banenafspraak
staat gelijk aan 1331 verloonde uren per jaar (gemiddeld 25,5 uur per week)"."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import sroi
from sroi import HoursPeriod, count_jobs, jobs_for_hours, paid_hours

D = Decimal
YEAR = (date(2025, 1, 1), date(2025, 12, 31))


@pytest.mark.parametrize(
    ("employees", "applies"), [(None, False), (0, False), (25, False), (26, True), (320, True)]
)
def test_the_quota_applies_above_25_employees(employees, applies):
    assert sroi.quota_applies(employees) is applies


def test_one_job_is_1331_paid_hours_or_25_5_hours_a_week():
    assert jobs_for_hours(D("1331")) == D("1.00")
    assert jobs_for_hours(D("2662")) == D("2.00")
    assert sroi.jobs_for_weekly_hours(D("25.5")) == D("1.00")
    assert sroi.jobs_for_weekly_hours(D("51")) == D("2.00")


def test_a_full_year_at_25_5_hours_a_week_is_one_job():
    # 25.5 × 365 ÷ 7 = 1,329.64 paid hours: 0.999 of 1,331, shown as 1.00.
    hours = paid_hours([HoursPeriod(date(2024, 6, 1), None, D("25.5"))], *YEAR)
    assert hours == D("1329.64")
    assert jobs_for_hours(hours) == D("1.00")


def test_only_the_days_inside_the_window_count():
    periods = [
        HoursPeriod(date(2024, 1, 1), date(2024, 12, 31), D("36")),  # before: nothing
        HoursPeriod(date(2025, 12, 25), None, D("14")),  # 7 days in 2025: 14 hours
        HoursPeriod(date(2025, 3, 1), date(2025, 3, 7), D("21")),  # one week: 21 hours
    ]
    assert paid_hours(periods, *YEAR) == D("35.00")


def test_hour_changes_are_separate_periods():
    # 24 hours a week in the first half of 2025, 32 in the second.
    periods = [
        HoursPeriod(date(2025, 1, 1), date(2025, 6, 30), D("24")),
        HoursPeriod(date(2025, 7, 1), None, D("32")),
    ]
    expected = (D("24") * 181 + D("32") * 184) / 7
    assert paid_hours(periods, *YEAR) == expected.quantize(D("0.01"))


def test_count_jobs_now_and_over_the_window():
    more_hours = [
        HoursPeriod(date(2025, 1, 1), date(2025, 6, 30), D("24")),
        HoursPeriod(date(2025, 7, 1), None, D("28")),
    ]
    people = [
        more_hours,
        [HoursPeriod(date(2025, 9, 1), None, D("20"))],
        [HoursPeriod(date(2024, 1, 1), date(2025, 2, 28), D("25.5"))],  # left in February
        [HoursPeriod(date(2026, 1, 1), None, D("30"))],  # starts after the window
    ]
    result = count_jobs(people, *YEAR, on=date(2025, 12, 31))
    assert result.people == 3
    assert result.people_now == 2
    assert result.weekly_hours_now == D("48")
    assert result.jobs_now == D("1.88")  # 48 ÷ 25.5
    expected_hours = (D("24") * 181 + D("28") * 184 + D("20") * 122 + D("25.5") * 59) / 7
    assert result.paid_hours == expected_hours.quantize(D("0.01"))
    assert result.jobs == (result.paid_hours / 1331).quantize(D("0.01"))


def test_no_people_is_no_jobs():
    result = count_jobs([], *YEAR, on=date(2025, 6, 1))
    assert (result.people, result.paid_hours, result.jobs, result.jobs_now) == (0, 0, 0, 0)


@pytest.mark.parametrize(
    ("call", "field", "message"),
    [
        (
            lambda: HoursPeriod(date(2025, 1, 1), None, D("-1")),
            "hours_per_week",
            "Het aantal uren per week ligt tussen 0 en 168.",
        ),
        (
            lambda: HoursPeriod(date(2025, 1, 1), None, D("169")),
            "hours_per_week",
            "Het aantal uren per week ligt tussen 0 en 168.",
        ),
        (
            lambda: HoursPeriod(date(2025, 1, 1), None, D("NaN")),
            "hours_per_week",
            "Vul het aantal uren per week in als getal.",
        ),
        (
            lambda: HoursPeriod(date(2025, 1, 1), None, 24.0),
            "hours_per_week",
            "Vul het aantal uren per week in als getal.",
        ),
        (
            lambda: HoursPeriod(date(2025, 2, 1), date(2025, 1, 1), D("24")),
            "end",
            "De einddatum ligt vóór de begindatum.",
        ),
        (
            lambda: HoursPeriod("2025-01-01", None, D("24")),
            "start",
            "Vul de begin- en einddatum in als datum.",
        ),
        (
            lambda: paid_hours([], date(2025, 2, 1), date(2025, 1, 1)),
            "last",
            "Het einde van de periode ligt vóór het begin.",
        ),
    ],
)
def test_bad_input_is_refused_in_dutch(call, field, message):
    with pytest.raises(sroi.InputError) as error:
        call()
    assert error.value.field == field and str(error.value) == message


days = st.dates(min_value=date(2023, 1, 1), max_value=date(2027, 12, 31))


@st.composite
def periods(draw):
    start = draw(days)
    end = draw(st.one_of(st.none(), st.dates(min_value=start, max_value=date(2027, 12, 31))))
    hours = draw(st.decimals(min_value=0, max_value=60, places=1))
    return HoursPeriod(start, end, hours)


@given(st.lists(periods(), max_size=4), days, st.integers(0, 800))
def test_paid_hours_agree_with_counting_day_by_day(items, first, length):
    last = first + timedelta(days=length)
    oracle = Decimal(0)
    day = first
    while day <= last:
        oracle += sum((p.hours_per_week for p in items if p.running_on(day)), Decimal(0)) / 7
        day += timedelta(days=1)
    assert abs(paid_hours(items, first, last) - oracle) <= D("0.005")
