"""The minimum wage by age (Besluit minimumjeugdloon) and the working of an employer incentive
(which conditions and dates the engine checked before a person grants or pays it)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

import sroi

# Percentages of the adult minimum wage from 1 July 2019 (rijksoverheid.nl, minimumjeugdloon).
YOUTH = {
    15: Decimal("30"),
    16: Decimal("34.5"),
    17: Decimal("39.5"),
    18: Decimal("50"),
    19: Decimal("60"),
    20: Decimal("80"),
    21: Decimal("100"),
}
ADULT_2026 = Decimal("14.71")


@pytest.mark.parametrize(
    ("birth", "age", "hourly"),
    [
        (date(1990, 5, 1), 36, Decimal("14.71")),
        (date(2005, 12, 1), 21, Decimal("14.71")),  # 21st birthday on the day itself
        (date(2005, 12, 2), 20, Decimal("11.77")),  # one day short of 21: 80 %
        (date(2008, 6, 1), 18, Decimal("7.36")),  # 50 % of 14,71 = 7,355 → 7,36 (half up)
        (date(2011, 1, 1), 15, Decimal("4.41")),
    ],
)
def test_minimum_by_age_on_the_date(birth, age, hourly):
    result = sroi.minimum_wage_for_age(ADULT_2026, YOUTH, birth, date(2026, 12, 1))
    assert result.age == age
    assert result.hourly == hourly


def test_unknown_birth_date_gets_the_adult_minimum_and_says_so():
    result = sroi.minimum_wage_for_age(ADULT_2026, YOUTH, None, date(2026, 12, 1))
    assert result.hourly == ADULT_2026
    assert result.working == (
        "leeftijd onbekend: het minimumloon voor volwassenen (€ 14,71 per uur) = € 14,71 per uur"
    )


def test_ages_outside_the_table_take_its_nearest_row():
    assert (
        sroi.minimum_wage_for_age(ADULT_2026, YOUTH, date(2012, 1, 1), date(2026, 12, 1)).percentage
        == 30
    )
    assert (
        sroi.minimum_wage_for_age(ADULT_2026, YOUTH, date(1950, 1, 1), date(2026, 12, 1)).percentage
        == 100
    )


def test_bad_minimum_wage_input_is_refused_in_dutch():
    with pytest.raises(sroi.InputError, match="leeg"):
        sroi.minimum_wage_for_age(ADULT_2026, {}, None, date(2026, 12, 1))
    with pytest.raises(sroi.InputError, match="na de peildatum") as error:
        sroi.minimum_wage_for_age(ADULT_2026, YOUTH, date(2027, 1, 1), date(2026, 12, 1))
    assert error.value.field == "birth_date"


VOUCHER = sroi.WERKVOUCHER_WESTSTELLINGWERF


def _working(on, **overrides):
    arguments = {
        "start": date(2026, 12, 1),
        "on": on,
        "benefit_at_start": "participatiewet",
        "hours": Decimal("24"),
        "contract_end": date(2027, 11, 30),
    }
    arguments.update(overrides)
    return sroi.explain_incentive(VOUCHER, **arguments)


def _by_label(working):
    return {c.label: c for c in working.conditions}


def test_a_placement_that_has_not_started_cannot_be_granted():
    working = _working(date(2026, 11, 20))
    conditions = _by_label(working)
    assert not conditions["Dienstverband begonnen"].met
    assert conditions["Dienstverband begonnen"].detail == "begint op 01-12-2026"
    assert conditions["Uitkering bij de start"].met
    assert conditions["Uren per week bij de start"].detail == "24 uur (minstens 24)"
    assert not working.can_grant and not working.payable


def test_a_running_placement_can_be_granted_but_not_yet_paid():
    working = _working(date(2027, 1, 15))
    conditions = _by_label(working)
    assert working.can_grant
    assert not working.payable
    assert conditions["Maanden volbracht"].detail == (
        "6 maanden zijn volbracht op 31-05-2027; uit te betalen vanaf 01-06-2027"
    )
    assert conditions["Contractduur"].detail == (
        "loopt tot en met 30-11-2027 (minstens tot en met 31-05-2027)"
    )


def test_after_six_months_it_is_payable():
    working = _working(date(2027, 6, 1))
    assert working.payable and working.can_grant
    assert _by_label(working)["Maanden volbracht"].detail == "6 maanden volbracht op 31-05-2027"


def test_too_few_hours_or_the_wrong_benefit_fail_their_condition():
    working = _working(date(2027, 1, 15), hours=Decimal("20"), benefit_at_start="ww")
    conditions = _by_label(working)
    assert not conditions["Uren per week bij de start"].met
    assert conditions["Uitkering bij de start"].detail == (
        "WW op 01-12-2026 (vereist: Participatiewet)"
    )
    assert not working.can_grant


def test_an_ended_employment_fails_the_running_condition():
    working = _working(date(2027, 3, 1), end=date(2027, 2, 14))
    conditions = _by_label(working)
    assert not conditions["Loopt zonder onderbreking"].met
    assert conditions["Loopt zonder onderbreking"].detail == (
        "het dienstverband is geëindigd op 14-02-2027"
    )
    assert not working.can_grant
