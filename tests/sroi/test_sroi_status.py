"""Obligation and contract status (SPEC §5.2–5.3): expected progress, states, shortfall, penalty."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

import sroi
from sroi import Activity, Contract, contract_status, obligation

D = Decimal


@pytest.fixture(scope="module")
def cat() -> sroi.Catalogue:
    return sroi.catalogue_from_dict(
        {
            "name": "status",
            "title": "Status",
            "source": "test",
            "fulltime_hours": 36,
            "blocks": [
                {"code": "jaar", "label": "Jaar", "unit": "year", "value": "36500"},
                {"code": "vast", "label": "Vast", "unit": "fixed", "value": "1000"},
            ],
        }
    )


def contract(**kwargs) -> Contract:
    base = dict(
        value=D("1200000"),
        sroi_percentage=D("5"),
        start=date(2026, 1, 1),
        end=date(2027, 12, 31),
        reduction_percentage=D("0"),
        penalty_percentage=D("100"),
    )
    return Contract(**{**base, **kwargs})


def fixed(n: int, start=date(2026, 2, 1)) -> list[Activity]:
    return [Activity(block="vast", start=start) for _ in range(n)]


# ------------------------------------------------------------------ obligation


def test_spec_obligation_example():
    # 1.200.000 × 5 % = 60.000
    assert obligation(contract()) == D("60000.00")


def test_reduction_percentage():
    # 1.000.000 × 5 % × (1 − 20 %) = 40.000 (e.g. a PSO-certified supplier)
    c = contract(value=D("1000000"), reduction_percentage=D("20"))
    assert obligation(c) == D("40000.00")


def test_obligation_is_rounded_half_up_to_cents():
    # 12.345,67 × 2,5 % = 308,64175 → 308,64; 1.000,10 × 0,5 % = 5,0005 → 5,00; 0,1 % of 5 = 0,005
    assert obligation(contract(value=D("12345.67"), sroi_percentage=D("2.5"))) == D("308.64")
    assert obligation(contract(value=D("1000.10"), sroi_percentage=D("0.5"))) == D("5.00")
    assert obligation(contract(value=D("5"), sroi_percentage=D("0.1"))) == D("0.01")


def test_full_reduction_means_no_obligation(cat):
    c = contract(reduction_percentage=D("100"))
    assert obligation(c) == 0
    status = contract_status(cat, c, accepted=[], pending=[], as_of=date(2026, 6, 1))
    assert status.state == "fulfilled"


def test_obligation_needs_a_contract():
    with pytest.raises(ValueError, match="Geef een contract"):
        obligation("c-1")  # type: ignore[arg-type]


# ------------------------------------------------------------------ status


def test_spec_5_4_status():
    cat = sroi.load_catalogue("utrecht-2023")
    a = Activity(block="pw", start=date(2026, 2, 1), hours_per_week=D("18"), bonuses=("age50",))
    s = contract_status(cat, contract(), accepted=[a], pending=[], as_of=date(2026, 12, 31))
    # expected = 60.000 × days(01-01-2026, 31-12-2026) / days(01-01-2026, 31-12-2027)
    #          = 60.000 × 365/730 = 30.000; realized 22.876,71 < 30.000 → behind
    assert (s.obligation, s.realized, s.pending, s.expected) == (
        D("60000.00"),
        D("22876.71"),
        D("0.00"),
        D("30000.00"),
    )
    assert s.state == "behind" and s.state_label == "Achter op schema"
    assert (s.shortfall, s.penalty) == (0, 0)
    assert s.remaining == D("37123.29")
    assert (s.days_elapsed, s.days_total) == (365, 730)


def test_on_track(cat):
    # expected at 31-12-2026 is 30.000; 30 fixed activities of 1.000 = 30.000 → on track
    s = contract_status(cat, contract(), accepted=fixed(30), as_of=date(2026, 12, 31))
    assert s.realized == s.expected == D("30000.00")
    assert s.state == "on_track"
    assert "Op schema" in s.summary


def test_behind_by_one_activity(cat):
    s = contract_status(cat, contract(), accepted=fixed(29), as_of=date(2026, 12, 31))
    assert s.state == "behind"


def test_fulfilled_before_the_end(cat):
    s = contract_status(cat, contract(), accepted=fixed(60), as_of=date(2026, 3, 1))
    assert s.state == "fulfilled"
    assert s.remaining == 0 and s.shortfall == 0 and s.penalty == 0


def test_fulfilled_after_the_end_has_no_penalty(cat):
    s = contract_status(cat, contract(), accepted=fixed(61), as_of=date(2028, 3, 1))
    assert s.state == "fulfilled" and s.penalty == 0


def test_not_met_after_the_end_with_penalty(cat):
    c = contract(penalty_percentage=D("150"))
    s = contract_status(cat, c, accepted=fixed(45), pending=fixed(20), as_of=date(2028, 1, 1))
    # shortfall 60.000 − 45.000 = 15.000; penalty 150 % = 22.500; pending does not count
    assert s.state == "not_met"
    assert (s.realized, s.pending) == (D("45000.00"), D("20000.00"))
    assert (s.shortfall, s.penalty) == (D("15000.00"), D("22500.00"))
    assert s.expected == s.obligation  # all days have passed
    assert "tekort € 15.000,00, boete € 22.500,00" in s.summary


def test_penalty_is_rounded_to_cents(cat):
    # obligation 1.000 × 3 % = 30; realized 0; penalty 33,333 % of 30 = 9,9999 → 10,00
    c = contract(value=D("1000"), sroi_percentage=D("3"), penalty_percentage=D("33.333"))
    s = contract_status(cat, c, accepted=[], as_of=date(2028, 1, 1))
    assert (s.shortfall, s.penalty) == (D("30.00"), D("10.00"))


def test_last_day_of_contract_is_not_yet_not_met(cat):
    s = contract_status(cat, contract(), accepted=fixed(10), as_of=date(2027, 12, 31))
    assert s.state == "behind"  # as_of must be after the end for not_met
    assert s.expected == s.obligation


def test_before_contract_start_expected_is_zero(cat):
    s = contract_status(cat, contract(), accepted=[], as_of=date(2025, 12, 1))
    assert s.expected == 0 and s.days_elapsed == 0
    assert s.state == "on_track"


def test_expected_is_prorated_by_days_and_rounded(cat):
    # 60.000 × 31/730 = 2.547,945… → 2.547,95
    s = contract_status(cat, contract(), accepted=[], as_of=date(2026, 1, 31))
    assert s.expected == D("2547.95")


def test_pending_is_shown_but_not_counted(cat):
    s = contract_status(cat, contract(), accepted=[], pending=fixed(40), as_of=date(2026, 12, 31))
    assert s.pending == D("40000.00") and s.realized == 0
    assert s.state == "behind"


def test_activities_may_be_any_iterable(cat):
    s = contract_status(cat, contract(), accepted=iter(fixed(3)), as_of=date(2026, 12, 31))
    assert s.realized == D("3000.00")


def test_realized_is_sum_of_rounded_values(cat):
    acts = [
        Activity(
            block="jaar", start=date(2026, 1, 1), end=date(2026, 1, 1), hours_per_week=D("0.0018")
        )
        for _ in range(4)
    ]
    # each: 36.500 × 0,0018/36 × 1/365 = 0,005 → 0,01; four → 0,04
    s = contract_status(cat, contract(), accepted=acts, as_of=date(2026, 12, 31))
    assert s.realized == D("0.04")


def test_status_error_names_the_activity(cat):
    acts = fixed(2) + [Activity(block="bestaat_niet", start=date(2026, 1, 1))]
    with pytest.raises(ValueError, match="Activiteit nr. 3 \\(blok 'bestaat_niet'\\): Onbekend"):
        contract_status(cat, contract(), accepted=acts, as_of=date(2026, 12, 31))
    with pytest.raises(ValueError, match="Ingediende activiteit nr. 1"):
        contract_status(cat, contract(), accepted=[], pending=["x"], as_of=date(2026, 12, 31))
    with pytest.raises(ValueError, match="De peildatum ontbreekt"):
        contract_status(cat, contract(), accepted=[])
    with pytest.raises(ValueError, match="moeten een lijst zijn"):
        contract_status(cat, contract(), accepted=5, as_of=date(2026, 1, 1))  # type: ignore[arg-type]
