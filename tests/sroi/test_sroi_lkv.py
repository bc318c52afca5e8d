"""LKV banenafspraak: per paid hour up to the yearly maximum, for as long as the rules of the date
allow (Wet tegemoetkomingen loondomein; from 2026 the Wet vereenvoudiging banenafspraak,
WerkSaam Westfriesland 2026-2030 bijlage 3)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

import sroi

RULES = [
    # Up to 2025: € 1,01 per paid hour, at most € 2.000 a year, at most 3 years, declaration.
    sroi.LkvRule(date(2018, 1, 1), Decimal("1.01"), Decimal("2000"), 3, True),
    # From 2026: the same amounts for as long as the employee stays, no declaration (004 bijl. 3).
    sroi.LkvRule(date(2026, 1, 1), Decimal("1.01"), Decimal("2000")),
]


def test_part_time_gets_per_paid_hour_not_the_maximum():
    outcome = sroi.lkv_banenafspraak(RULES, start=date(2026, 3, 1), hours_per_week=Decimal("24"))
    assert outcome.eligible
    # 24 h × 52 = 1.248 paid hours × € 1,01 = € 1.260,48 (not € 2.000)
    assert outcome.per_year == Decimal("1260.48")
    assert outcome.per_month == Decimal("105.04")
    assert not outcome.capped
    assert outcome.working == (
        "24 uur per week × 52 weken = 1.248 betaalde uren per jaar",
        "1.248 uur × € 1,01 per uur = € 1.260,48 (regels vanaf 01-01-2026)",
    )


def test_full_time_is_capped_at_the_yearly_maximum():
    outcome = sroi.lkv_banenafspraak(RULES, start=date(2026, 3, 1), hours_per_week=Decimal("40"))
    assert outcome.per_year == Decimal("2000.00")
    assert outcome.capped
    assert outcome.working[1].endswith("begrensd op € 2.000,00 per jaar (regels vanaf 01-01-2026)")


def test_from_2026_it_lasts_as_long_as_the_employee_stays():
    outcome = sroi.lkv_banenafspraak(RULES, start=date(2026, 3, 1), hours_per_week=Decimal("24"))
    assert outcome.until is None
    assert outcome.reasons == ("Vanaf 01-03-2026: zolang de werknemer in dienst blijft.",)


def test_before_2026_three_years_and_a_declaration_then_the_new_rule():
    outcome = sroi.lkv_banenafspraak(
        RULES, start=date(2024, 3, 1), hours_per_week=Decimal("32"), on=date(2024, 3, 1)
    )
    assert outcome.eligible
    assert [(p.start, p.end) for p in outcome.periods] == [
        (date(2024, 3, 1), date(2025, 12, 31)),
        (date(2026, 1, 1), None),
    ]
    assert "doelgroepverklaring van UWV nodig" in " ".join(outcome.reasons)


def test_three_years_ended_before_2026_then_again_from_2026():
    old = sroi.lkv_banenafspraak(
        RULES, start=date(2020, 1, 1), hours_per_week=Decimal("36"), on=date(2024, 6, 1)
    )
    assert not old.eligible
    assert old.per_year == Decimal("0.00")
    assert old.reasons == (
        "Op 01-06-2024 is de maximale duur van het LKV voor dit dienstverband voorbij.",
    )
    assert old.periods[0].end == date(2022, 12, 31)
    again = sroi.lkv_banenafspraak(
        RULES, start=date(2020, 1, 1), hours_per_week=Decimal("36"), on=date(2026, 6, 1)
    )
    assert again.eligible and again.per_year == Decimal("1890.72")


def test_not_before_the_first_rule_and_not_without_rules():
    early = sroi.lkv_banenafspraak(RULES, start=date(2017, 5, 1), hours_per_week=Decimal("20"))
    assert not early.eligible
    assert early.reasons == ("Het LKV bestaat vanaf 01-01-2018.",)
    none = sroi.lkv_banenafspraak([], start=date(2026, 5, 1), hours_per_week=Decimal("20"))
    assert not none.eligible
    assert none.reasons == ("Er zijn geen LKV-bedragen ingevoerd.",)


def test_new_amounts_in_a_later_year_apply_from_their_date():
    rules = [*RULES, sroi.LkvRule(date(2027, 1, 1), Decimal("1.10"), Decimal("2200"))]
    outcome = sroi.lkv_banenafspraak(
        rules, start=date(2026, 3, 1), hours_per_week=Decimal("40"), on=date(2027, 2, 1)
    )
    assert outcome.per_year == Decimal("2200.00")
    # one stretch "as long as the employee stays", not one per change of amounts
    assert [(p.start, p.end) for p in outcome.periods] == [(date(2026, 3, 1), None)]


@pytest.mark.parametrize(
    ("kwargs", "field", "message"),
    [
        ({"hours_per_week": Decimal("-1")}, "hours_per_week", "mag niet negatief zijn"),
        ({"hours_per_week": Decimal("200")}, "hours_per_week", "te groot"),
        ({"start": "2026-01-01"}, "start", "moet een datum zijn"),
    ],
)
def test_bad_input_is_a_dutch_error_with_its_field(kwargs, field, message):
    arguments = {"start": date(2026, 1, 1), "hours_per_week": Decimal("24"), **kwargs}
    with pytest.raises(sroi.InputError) as error:
        sroi.lkv_banenafspraak(RULES, **arguments)
    assert error.value.field == field
    assert message in str(error.value)


def test_a_rule_with_a_bad_duration_is_refused():
    with pytest.raises(sroi.InputError, match="geheel aantal jaren"):
        sroi.LkvRule(date(2026, 1, 1), Decimal("1.01"), Decimal("2000"), 0)
