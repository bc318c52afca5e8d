"""Exit premium (SPEC §4.3): Weststellingwerf € 600 twice, Lansingerland € 500 once."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

import sroi
from sroi import LANSINGERLAND_EXIT_PREMIUM as LANSINGERLAND
from sroi import WESTSTELLINGWERF_EXIT_PREMIUM as WESTSTELLINGWERF
from sroi import BenefitPeriod, WorkPeriod, decide_exit_premium

D = Decimal
PW = "participatiewet"


def decide(scheme, benefits, works, on, paid=()):
    return decide_exit_premium(
        scheme, benefit_periods=benefits, work_periods=works, premiums_paid=paid, on=on
    )


def test_presets():
    assert sroi.exit_premium_presets() == [
        "uitstroompremie-lansingerland",
        "uitstroompremie-weststellingwerf",
    ]
    assert (WESTSTELLINGWERF.amount, WESTSTELLINGWERF.max_times) == (D("600"), 2)
    assert (LANSINGERLAND.amount, LANSINGERLAND.max_times) == (D("500"), 1)


def test_weststellingwerf_after_exactly_one_year():
    # benefit 01-02-2025 .. 31-01-2026 is exactly one year ("minimaal 1 jaar"); the work kept
    # six months, 01-02-2026 .. 31-07-2026
    d = decide(WESTSTELLINGWERF, [(PW, date(2025, 2, 1), date(2026, 1, 31))],
               [(date(2026, 2, 1), None)], on=date(2026, 8, 1))  # fmt: skip
    assert (d.eligible, d.amount, d.work_start) == (True, D("600.00"), date(2026, 2, 1))
    assert "Recht op € 600,00" in d.reasons[0]


def test_weststellingwerf_finding_and_keeping_work_needs_the_retention_period():
    """000 begrippen (uitstroompremie): "voor het vinden en behouden van werk" — the premium is
    due once the work has been kept for the scheme's retention period (6 months), not on the
    first working day, and never for work that stopped sooner."""
    assert WESTSTELLINGWERF.min_work_months == sroi.WESTSTELLINGWERF_RETENTION_MONTHS == 6
    assert WESTSTELLINGWERF.work_more_than is False  # "at least" six months
    benefits = [(PW, date(2024, 1, 1), date(2025, 12, 31))]
    found = decide(WESTSTELLINGWERF, benefits, [(date(2026, 1, 1), None)], date(2026, 1, 2))
    assert not found.eligible and found.eligible_from == date(2026, 7, 1)
    assert "vanaf 01-07-2026" in found.reasons[0]
    kept = decide(WESTSTELLINGWERF, benefits, [(date(2026, 1, 1), None)], date(2026, 7, 1))
    assert (kept.eligible, kept.amount) == (True, D("600.00"))
    lost = decide(WESTSTELLINGWERF, benefits, [(date(2026, 1, 1), date(2026, 5, 31))],
                  date(2026, 9, 1))  # fmt: skip
    assert not lost.eligible and "niet minstens 6 maanden onafgebroken" in lost.reasons[0]
    # A municipality that pays on finding alone sets the retention period to 0.
    on_finding = replace(WESTSTELLINGWERF, min_work_months=0)
    assert decide(on_finding, benefits, [(date(2026, 1, 1), None)], date(2026, 1, 2)).eligible


def test_weststellingwerf_one_day_short():
    d = decide(WESTSTELLINGWERF, [(PW, date(2025, 2, 2), date(2026, 1, 31))],
               [(date(2026, 2, 1), None)], on=date(2026, 3, 1))  # fmt: skip
    assert not d.eligible and d.amount == 0
    assert "minstens 1 jaar (tot en met 01-02-2026)" in d.reasons[0]


def test_weststellingwerf_at_most_twice():
    benefits = [(PW, date(2020, 1, 1), date(2022, 12, 31))]
    works = [(date(2023, 1, 1), None)]
    assert decide(
        WESTSTELLINGWERF, benefits, works, date(2023, 8, 1), paid=[date(2019, 5, 1)]
    ).eligible
    d = decide(WESTSTELLINGWERF, benefits, works, date(2023, 8, 1),
               paid=[date(2018, 5, 1), date(2019, 5, 1)])  # fmt: skip
    assert not d.eligible and "al 2 keer uitgekeerd (maximaal 2 keer)" in d.reasons[0]
    assert decide(WESTSTELLINGWERF, benefits, works, date(2023, 8, 1), paid=2).eligible is False


def test_one_premium_per_exit():
    d = decide(WESTSTELLINGWERF, [(PW, date(2020, 1, 1), date(2022, 12, 31))],
               [(date(2023, 1, 1), None)], date(2023, 6, 1), paid=[date(2023, 1, 20)])  # fmt: skip
    assert not d.eligible and "al uitgekeerd" in d.reasons[0]


def test_benefit_type_must_match():
    d = decide(WESTSTELLINGWERF, [("ww", date(2020, 1, 1), date(2022, 12, 31))],
               [(date(2023, 1, 1), None)], date(2023, 2, 1))  # fmt: skip
    assert not d.eligible and "geen uitkering (Participatiewet)" in d.reasons[0]


def test_benefit_still_running_is_no_exit():
    d = decide(WESTSTELLINGWERF, [(PW, date(2020, 1, 1), None)], [(date(2023, 1, 1), None)],
               date(2023, 2, 1))  # fmt: skip
    assert not d.eligible and "loopt nog" in d.reasons[0]


def test_adjacent_benefit_periods_are_joined():
    # two Participatiewet periods that touch make one stretch of 13 months
    benefits = [
        BenefitPeriod(PW, date(2025, 1, 1), date(2025, 6, 30)),
        BenefitPeriod(PW, date(2025, 7, 1), date(2026, 1, 31)),
    ]
    d = decide(WESTSTELLINGWERF, benefits, [WorkPeriod(date(2026, 2, 1))], date(2026, 8, 1))
    assert d.eligible


def test_lansingerland_needs_more_than_six_months_of_work():
    """002 §3.3.9: "als zij langer dan een half jaar onafgebroken aan het werk zijn" — six months
    exactly is not enough; the premium is due from the day after."""
    benefits = [(PW, date(2024, 1, 1), date(2025, 1, 31))]  # 13 months: more than a year
    works = [(date(2025, 2, 1), None)]
    early = decide(LANSINGERLAND, benefits, works, date(2025, 8, 1))
    # more than half a year: work through 01-08-2025, premium from 02-08-2025
    assert (early.eligible, early.eligible_from) == (False, date(2025, 8, 2))
    assert "vanaf 02-08-2025" in early.reasons[0]
    later = decide(LANSINGERLAND, benefits, works, date(2025, 8, 2))
    assert (later.eligible, later.amount) == (True, D("500.00"))


def test_lansingerland_exactly_one_year_is_not_more_than_a_year():
    """002 §3.3.9: "langer dan een jaar" is strictly more: a benefit of exactly one year is
    refused, one day more qualifies."""
    more = decide(LANSINGERLAND, [(PW, date(2024, 1, 31), date(2025, 1, 31))],
                  [(date(2025, 2, 1), None)], date(2025, 12, 1))  # fmt: skip
    assert more.eligible
    d = decide(LANSINGERLAND, [(PW, date(2024, 2, 1), date(2025, 1, 31))],
               [(date(2025, 2, 1), None)], date(2025, 12, 1))  # fmt: skip
    assert not d.eligible and "meer dan 1 jaar" in d.reasons[0]


def test_lansingerland_interrupted_work():
    benefits = [(PW, date(2024, 1, 1), date(2025, 1, 31))]
    works = [(date(2025, 2, 1), date(2025, 5, 31)), (date(2025, 6, 15), None)]
    d = decide(LANSINGERLAND, benefits, works, date(2025, 9, 1))
    # the latest stretch starts 15-06-2025 and its benefit ended long before: no exit from it
    assert not d.eligible
    ended = decide(LANSINGERLAND, benefits, [(date(2025, 2, 1), date(2025, 5, 31))],
                   date(2025, 9, 1))  # fmt: skip
    assert not ended.eligible and "onafgebroken" in ended.reasons[0]


def test_lansingerland_only_once():
    benefits = [(PW, date(2024, 1, 1), date(2025, 1, 31))]
    d = decide(LANSINGERLAND, benefits, [(date(2025, 2, 1), None)], date(2025, 9, 1),
               paid=[date(2019, 1, 1)])  # fmt: skip
    assert not d.eligible


def test_no_work():
    d = decide(WESTSTELLINGWERF, [(PW, date(2020, 1, 1), date(2022, 12, 31))], [], date(2023, 1, 1))
    assert not d.eligible and "geen werk" in d.reasons[0]


@pytest.mark.parametrize(
    ("benefits", "works", "message"),
    [
        ([("bijstand", date(2020, 1, 1), None)], [], "Onbekende uitkering"),
        ([(PW, date(2020, 1, 1), date(2019, 1, 1))], [], "ligt vóór de startdatum"),
        ([], [(date(2020, 1, 1), date(2019, 1, 1))], "ligt vóór de startdatum"),
        ([PW], [], "Een uitkeringsperiode is"),
        ([], ["x"], "Een werkperiode is"),
        (5, [], "lijst van perioden"),
    ],
)
def test_invalid_history(benefits, works, message):
    with pytest.raises(ValueError, match=message):
        decide(WESTSTELLINGWERF, benefits, works, date(2023, 1, 1))
