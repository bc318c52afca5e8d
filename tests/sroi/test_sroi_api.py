"""The public API of SPEC §5.4 imports under exactly these names and runs as written there."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import sroi

SPEC_NAMES = (
    "Contract",
    "Activity",
    "obligation",
    "value_activity",
    "contract_status",
    "suggest_block",
    "wage_subsidy",
    "is_new_employer_contact",
    "load_catalogue",
    "catalogue_presets",
)


def test_every_exported_name_exists():
    assert all(hasattr(sroi, name) for name in sroi.__all__)
    assert set(SPEC_NAMES) <= set(sroi.__all__)


def test_spec_5_4_snippet_runs_as_written():
    cat = sroi.load_catalogue("utrecht-2023")
    assert "utrecht-2023" in sroi.catalogue_presets()
    c = sroi.Contract(
        value=Decimal("1200000"), sroi_percentage=Decimal("5"),
        start=date(2026, 1, 1), end=date(2027, 12, 31),
        reduction_percentage=Decimal("0"), penalty_percentage=Decimal("100"),
    )  # fmt: skip
    assert sroi.obligation(c) == Decimal("60000")
    a = sroi.Activity(
        block="pw", start=date(2026, 2, 1), end=None,
        hours_per_week=Decimal("18"), bonuses=("age50",), hours=None, amount=None,
    )  # fmt: skip
    assert sroi.value_activity(cat, c, a, as_of=date(2026, 12, 31)) == Decimal("22876.71")
    s = sroi.contract_status(cat, c, accepted=[a], pending=[], as_of=date(2026, 12, 31))
    assert (s.obligation, s.realized, s.pending, s.expected, s.state, s.shortfall, s.penalty) == (
        Decimal("60000"), Decimal("22876.71"), Decimal("0"), Decimal("30000"), "behind",
        Decimal("0"), Decimal("0"),
    )  # fmt: skip
    assert sroi.suggest_block(cat, benefit="participatiewet", benefit_start=date(2024, 3, 1),
                              on=date(2026, 1, 1), banenafspraak=False) == "pw"  # fmt: skip
    w = sroi.wage_subsidy(hourly_minimum_wage=Decimal("14.40"), hours_per_week=Decimal("36"),
                          wage_value_pct=Decimal("50"))  # fmt: skip
    assert (w.base, w.employer_costs, w.per_year, w.per_month) == (
        Decimal("14556.67"), Decimal("3348.03"), Decimal("17904.71"), Decimal("1492.06"),
    )  # fmt: skip
    assert sroi.is_new_employer_contact([date(2019, 5, 1)], on=date(2026, 1, 1)) is True
    assert sroi.is_new_employer_contact([date(2023, 5, 1)], on=date(2026, 1, 1)) is False


def test_invalid_input_is_a_value_error_with_a_field():
    try:
        sroi.Contract(value=Decimal("-1"), sroi_percentage=Decimal("5"), start=date(2026, 1, 1),
                      end=date(2026, 12, 31))  # fmt: skip
    except ValueError as exc:
        assert isinstance(exc, sroi.SroiValueError)
        assert exc.field == "value"
        assert str(exc) == "De opdrachtwaarde mag niet negatief zijn."
    else:  # pragma: no cover
        raise AssertionError("expected ValueError")
