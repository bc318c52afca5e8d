"""Employer incentives (SPEC §4.2): werkvoucher Weststellingwerf and werkgeverscheque.

000_… begrippen: "Een vergoeding voor de werkgever ter hoogte van € 2000,- [...] Deze werknemer
gaat in ieder geval 6 maanden lang minimaal 24 uur per week aan het werk bij een werkgever."
002_… §3.4.4: "maximaal 2250 euro bij een overeenkomst van zes maanden en [...] maximaal 4500
euro bij een overeenkomst van twaalf maanden".
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

import sroi
from sroi import (
    WERKGEVERSCHEQUE_ZUID_HOLLAND_CENTRAAL as CHEQUE,
)
from sroi import (
    WERKVOUCHER_WESTSTELLINGWERF as VOUCHER,
)
from sroi import IncentiveScheme, IncentiveTier, decide_incentive

D = Decimal
START = date(2026, 1, 15)


def voucher(on, hours=24, benefit="participatiewet", **kwargs):
    return decide_incentive(
        VOUCHER, start=START, on=on, benefit_at_start=benefit, hours=hours, **kwargs
    )


def cheque(on, hours=36, **kwargs):
    return decide_incentive(
        CHEQUE, start=START, on=on, benefit_at_start="participatiewet", hours=hours, **kwargs
    )


def test_presets():
    assert sroi.incentive_presets() == [
        "werkgeverscheque-zuid-holland-centraal",
        "werkvoucher-weststellingwerf",
    ]
    assert [(t.months, t.amount) for t in VOUCHER.tiers] == [(6, D("2000"))]
    assert (VOUCHER.min_hours_per_week, VOUCHER.eligible_benefits) == (24, ("participatiewet",))
    assert [(t.months, t.amount) for t in CHEQUE.tiers] == [(6, D("2250")), (12, D("4500"))]
    assert CHEQUE.min_hours_per_week == 32 and CHEQUE.min_contract_months == 6
    assert sroi.incentive_scheme("werkvoucher-weststellingwerf") is VOUCHER
    with pytest.raises(ValueError, match="Onbekende regeling"):
        sroi.incentive_scheme("bonus")


def test_voucher_pending_then_payable_after_six_months():
    running = voucher(date(2026, 7, 14))
    assert (running.state, running.eligible, running.amount) == ("pending", True, 0)
    # payable from start + 6 months = 15-07-2026 (employment through 14-07-2026)
    assert (running.prospective_amount, running.prospective_on) == (D("2000.00"), date(2026, 7, 15))
    done = voucher(date(2026, 7, 15))
    assert (done.state, done.amount, done.payable_on) == (
        "payable",
        D("2000.00"),
        date(2026, 7, 15),
    )
    assert done.state_label == "Uit te betalen"


def test_voucher_forfeited_when_employment_ends_first():
    # last working day 13-07-2026: one day short of six months
    d = voucher(date(2026, 8, 1), end=date(2026, 7, 13))
    assert (d.state, d.amount, d.forfeited_on) == ("forfeited", 0, date(2026, 7, 14))
    assert "geëindigd op 13-07-2026" in d.reasons[0]
    # working through 14-07-2026 completes the six months
    assert voucher(date(2026, 8, 1), end=date(2026, 7, 14)).state == "payable"


def test_voucher_forfeited_when_hours_drop_below_24():
    hours = [(START, D(28)), (date(2026, 5, 1), D(20))]
    d = voucher(date(2026, 8, 1), hours=hours)
    assert d.state == "forfeited" and d.forfeited_on == date(2026, 5, 1)
    assert "gedaald naar 20" in d.reasons[0]


def test_hours_drop_after_the_tier_does_not_matter():
    hours = [(START, D(24)), (date(2026, 7, 15), D(16))]
    assert voucher(date(2026, 8, 1), hours=hours).state == "payable"


def test_future_hours_drop_is_a_warning_while_running():
    hours = [(START, D(24)), (date(2026, 6, 1), D(16))]
    d = voucher(date(2026, 3, 1), hours=hours)
    assert d.state == "pending" and d.prospective_amount == 0
    assert any(r.startswith("Let op") for r in d.reasons)


def test_voucher_not_eligible():
    d = voucher(date(2026, 8, 1), hours=D(20), benefit="ww")
    assert (d.state, d.eligible) == ("not_eligible", False)
    assert len(d.reasons) == 2
    assert "geen uitkering Participatiewet (maar: WW)" in d.reasons[0]
    assert "minstens 24 uur" in d.reasons[1]
    assert voucher(date(2026, 8, 1), benefit=None).state == "not_eligible"


def test_every_reason_says_what_it_is_about():
    """Callers decide who may read a reason by its code: the benefit is not the employer's
    business (issue 12), the hours and contract dates are."""
    refused = voucher(date(2026, 8, 1), hours=D(20), benefit="ww", contract_end=date(2026, 3, 1))
    assert refused.reason_codes == ("benefit", "hours", "contract")
    pairs = zip(refused.reasons, refused.reason_codes, strict=True)
    assert [r for r, c in pairs if c == "benefit"] == [
        "De inwoner had bij de start geen uitkering Participatiewet (maar: WW)."
    ]
    running = voucher(date(2026, 3, 1), hours=[(START, D(24)), (date(2026, 4, 1), D(20))])
    assert running.reason_codes == ("tiers", "warning")
    ended = voucher(date(2026, 9, 1), end=date(2026, 3, 31))
    assert ended.reason_codes == ("ended",)
    for decision in (refused, running, ended):
        assert len(decision.reason_codes) == len(decision.reasons)
        assert set(decision.reason_codes) <= set(sroi.REASON_CODES)


def test_contract_shorter_than_six_months_is_not_eligible():
    # contract must run through 14-07-2026
    d = voucher(date(2026, 3, 1), contract_end=date(2026, 7, 13))
    assert d.state == "not_eligible" and "korter dan 6 maanden" in d.reasons[0]
    assert voucher(date(2026, 3, 1), contract_end=date(2026, 7, 14)).state == "pending"


def test_cheque_tiers():
    # open-ended contract at 8 months: 2.250 earned, 4.500 in prospect at 15-01-2027
    d = cheque(date(2026, 9, 15))
    assert (d.state, d.amount, d.payable_on) == ("pending", D("2250.00"), date(2026, 7, 15))
    assert (d.prospective_amount, d.prospective_on) == (D("4500.00"), date(2027, 1, 15))
    full = cheque(date(2027, 1, 15))
    assert (full.state, full.amount) == ("payable", D("4500.00"))


def test_cheque_six_month_contract_is_payable_at_six_months():
    d = cheque(date(2026, 7, 15), contract_end=date(2026, 12, 31))
    assert (d.state, d.amount, d.prospective_amount) == ("payable", D("2250.00"), D("2250.00"))


def test_cheque_ends_between_tiers_pays_the_highest_completed():
    d = cheque(date(2026, 12, 1), end=date(2026, 10, 31))
    assert (d.state, d.amount) == ("payable", D("2250.00"))
    assert "geen hogere trede" in d.reasons[-1]


def test_cheque_needs_32_hours():
    assert cheque(date(2026, 9, 1), hours=D(30)).state == "not_eligible"


def test_month_end_start_keeps_the_month_end_rule():
    d = decide_incentive(
        VOUCHER, start=date(2026, 8, 31), on=date(2027, 2, 28), benefit_at_start="participatiewet",
        hours=D(24),
    )  # fmt: skip
    # 31-08-2026 + 6 months = 28-02-2027
    assert (d.state, d.payable_on) == ("payable", date(2027, 2, 28))


def test_custom_scheme_without_benefit_requirement():
    scheme = IncentiveScheme(
        code="proef",
        name="Proefregeling",
        municipality="Testdorp",
        tiers=(IncentiveTier(12, D("1000")), IncentiveTier(3, D("250"))),
        min_hours_per_week=D("12"),
        eligible_benefits=(),
        requires_benefit_at_start=False,
    )
    assert [t.months for t in scheme.tiers] == [3, 12]  # sorted
    d = decide_incentive(scheme, start=START, on=date(2026, 5, 1), benefit_at_start=None, hours=12)
    assert (d.state, d.amount, d.prospective_amount) == ("pending", D("250.00"), D("1000.00"))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (dict(end=date(2026, 1, 1)), "ligt vóór de startdatum"),
        (
            dict(hours=[(date(2026, 2, 1), D(30))]),
            "moet de startdatum van het dienstverband dekken",
        ),
        (dict(hours=D(200)), "te groot"),
        (dict(hours=[("x", 3)]), "moet een datum zijn"),
        (dict(hours=None), "Geef de uren per week op"),
        (dict(on="nu"), "De peildatum moet een datum zijn"),
    ],
)
def test_invalid_placement(kwargs, message):
    base = dict(start=START, on=date(2026, 8, 1), benefit_at_start="participatiewet", hours=D(24))
    with pytest.raises(ValueError, match=message):
        decide_incentive(VOUCHER, **{**base, **kwargs})


def test_invalid_schemes():
    with pytest.raises(ValueError, match="minstens 1"):
        IncentiveTier(0, D(1))
    with pytest.raises(ValueError, match="mag niet negatief"):
        IncentiveTier(6, D(-1))
    with pytest.raises(ValueError, match="minstens één bedrag"):
        IncentiveScheme("x", "X", "Y", (), D(24), ("participatiewet",))
    with pytest.raises(ValueError, match="Onbekende uitkering"):
        IncentiveScheme("x", "X", "Y", (IncentiveTier(6, D(1)),), D(24), ("bijstand",))
    with pytest.raises(ValueError, match="zelfde aantal maanden"):
        IncentiveScheme("x", "X", "Y", (IncentiveTier(6, D(1)), IncentiveTier(6, D(2))), D(24), ())
