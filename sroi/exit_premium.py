"""Exit premium (*uitstroompremie*, SPEC §4.3): may a resident get it at a date, and why (not).

Weststellingwerf (`000_…`, begrippen): "De inwoner ontvangt bij het vinden van werk, na minimaal
1 jaar gebruik te maken van een Participatiewet uitkering, een uitstroompremie. De inwoner kan
maximaal twee keer een geldbedrag ontvangen van € 600,- voor het vinden en behouden van werk."

Lansingerland (`002_…` §3.3.9): "Voor inwoners die langer dan een jaar afhankelijk zijn van een
uitkering [...] ontvangen van de gemeente Lansingerland eenmalig een bedrag van 500 euro als zij
langer dan een half jaar onafgebroken aan het werk zijn."

The rules, all dates inclusive:

* the exit is the most recent stretch of uninterrupted work (periods that touch or overlap are
  one stretch) that started on or before `on`;
* it must follow a stretch of an eligible benefit that started before the work and ended at
  most `max_gap_days` before the work started (or later); the benefit must have ended by `on`;
* the benefit lasted "at least N months" when it ran through `start + N months − 1 day`, and
  "more than N months" when it ran through `start + N months` (counted up to the day before
  the work started); work duration is judged the same way;
* a resident gets at most `max_times` premiums, and one per exit (a premium paid on or after
  the work's start was for this exit);
* "finding *and keeping* work" (`000`) is the retention period `min_work_months`: the premium
  is due once the work has run that long without a break (Weststellingwerf's preset: 6 months,
  a setting; the plan itself names no period), never for work that stopped sooner.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sroi.catalogue import BENEFIT_LABELS, BENEFIT_TYPES, BENEFITS
from sroi.dates import ONE_DAY, add_months
from sroi.errors import InputError
from sroi.money import ZERO_CENTS, format_date, format_eur, round_cents, to_date, to_tuple
from sroi.money import to_decimal as _to_decimal


@dataclass(frozen=True)
class BenefitPeriod:
    """A stretch on one benefit type; `end` None while it runs."""

    benefit: str
    start: date
    end: date | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.benefit, str) or self.benefit not in BENEFIT_TYPES:
            raise InputError(f"Onbekende uitkering '{self.benefit}'.", "benefit")
        _check_period(self, "uitkering")


@dataclass(frozen=True)
class WorkPeriod:
    """A stretch of paid work; `end` None while it continues."""

    start: date
    end: date | None = None

    def __post_init__(self) -> None:
        _check_period(self, "werk")


def _check_period(period: BenefitPeriod | WorkPeriod, noun: str) -> None:
    """Dates must be dates and the end may not lie before the start."""
    object.__setattr__(period, "start", to_date(period.start, f"De startdatum ({noun})", "start"))
    end = to_date(period.end, f"De einddatum ({noun})", "end", allow_none=True)
    object.__setattr__(period, "end", end)
    if end is not None and end < period.start:
        raise InputError(f"De einddatum ({noun}) ligt vóór de startdatum.", "end")


@dataclass(frozen=True)
class ExitPremiumScheme:
    """A municipality's exit premium rules (SPEC §4.3); all figures configurable."""

    code: str
    name: str
    municipality: str
    amount: Decimal
    max_times: int
    benefit_types: tuple[str, ...]
    min_benefit_months: int
    benefit_more_than: bool = False
    min_work_months: int = 0
    work_more_than: bool = False
    max_gap_days: int = 31
    source: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "amount", _to_decimal(self.amount, "Het bedrag", "amount"))
        kinds = to_tuple(self.benefit_types, "Geef een lijst van uitkeringen op.", "benefit_types")
        object.__setattr__(self, "benefit_types", kinds)
        for benefit in self.benefit_types:
            if benefit not in BENEFITS:
                raise InputError(f"Onbekende uitkering '{benefit}'.", "benefit_types")
        for key, minimum in (
            ("max_times", 1),
            ("min_benefit_months", 0),
            ("min_work_months", 0),
            ("max_gap_days", 0),
        ):
            value = getattr(self, key)
            if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
                raise InputError(f"'{key}' moet een geheel getal van minstens {minimum} zijn.", key)


# How long work must be kept for Weststellingwerf's premium ("vinden en behouden").
WESTSTELLINGWERF_RETENTION_MONTHS = 6

WESTSTELLINGWERF_EXIT_PREMIUM = ExitPremiumScheme(
    code="uitstroompremie-weststellingwerf",
    name="Uitstroompremie",
    municipality="Weststellingwerf",
    amount=Decimal("600"),
    max_times=2,
    benefit_types=("participatiewet",),
    min_benefit_months=12,
    benefit_more_than=False,
    # "voor het vinden en behouden van werk": the work must be kept. The plan names no period;
    # six months is what the same plan asks for its werkvoucher ("6 maanden lang"). A scheme
    # setting: a municipality changes it without code.
    min_work_months=WESTSTELLINGWERF_RETENTION_MONTHS,
    work_more_than=False,
    source="Beleidsplan Participatiewet Weststellingwerf 2025-2028, begrippenlijst",
)

LANSINGERLAND_EXIT_PREMIUM = ExitPremiumScheme(
    code="uitstroompremie-lansingerland",
    name="Uitstroompremie",
    municipality="Lansingerland",
    amount=Decimal("500"),
    max_times=1,
    benefit_types=("participatiewet",),  # "bijstandsuitkering" (§3.3.9, §3.4.2)
    min_benefit_months=12,
    benefit_more_than=True,
    min_work_months=6,
    work_more_than=True,
    source="Beleidsplan Lansingerland 2019-2021, §3.3.9 Uitstroompremie",
)

EXIT_PREMIUM_PRESETS: dict[str, ExitPremiumScheme] = {
    s.code: s for s in (WESTSTELLINGWERF_EXIT_PREMIUM, LANSINGERLAND_EXIT_PREMIUM)
}


def exit_premium_presets() -> list[str]:
    """Codes of the shipped exit premium schemes."""
    return sorted(EXIT_PREMIUM_PRESETS)


@dataclass(frozen=True)
class ExitPremiumDecision:
    """Whether the resident may get the premium on `on`, how much, from when, and why."""

    scheme: str
    on: date
    eligible: bool
    amount: Decimal
    eligible_from: date | None
    work_start: date | None
    premiums_paid: int
    reasons: tuple[str, ...]


def decide_exit_premium(
    scheme: ExitPremiumScheme,
    *,
    benefit_periods: Iterable[BenefitPeriod | tuple],
    work_periods: Iterable[WorkPeriod | tuple],
    premiums_paid: Sequence[date] | int = (),
    on: date,
) -> ExitPremiumDecision:
    """Decide the exit premium for one resident at `on` from their benefit and work history."""
    if not isinstance(scheme, ExitPremiumScheme):
        raise InputError("Geef een regeling (ExitPremiumScheme) op.", "scheme")
    on = to_date(on, "De peildatum", "on")
    benefits = [_benefit(p) for p in _listed(benefit_periods, "benefit_periods")]
    works = [_work(p) for p in _listed(work_periods, "work_periods")]
    paid = _paid_dates(premiums_paid)
    work = _latest_work(works, on)
    if work is None:
        return _no(scheme, on, None, len(paid), "Er is (nog) geen werk geregistreerd.")
    refusal = _benefit_refusal(scheme, benefits, work, on)
    if refusal:
        return _no(scheme, on, work.start, len(paid), refusal)
    if len(paid) >= scheme.max_times:
        return _no(
            scheme,
            on,
            work.start,
            len(paid),
            f"De premie is al {len(paid)} keer uitgekeerd (maximaal {scheme.max_times} keer).",
        )
    if any(day >= work.start for day in paid):
        return _no(
            scheme,
            on,
            work.start,
            len(paid),
            f"Voor het werk vanaf {format_date(work.start)} is de premie al uitgekeerd.",
        )
    return _work_decision(scheme, work, on, len(paid))


def _listed(items: object, field: str) -> list:
    """An iterable input as a list, or a Dutch error."""
    if items is None:
        return []
    try:
        return list(items)  # type: ignore[call-overload]
    except TypeError:
        raise InputError("Geef een lijst van perioden op.", field) from None


def _benefit(period: BenefitPeriod | tuple) -> BenefitPeriod:
    """A BenefitPeriod from itself or a `(benefit, start, end)` tuple."""
    if isinstance(period, BenefitPeriod):
        return period
    if isinstance(period, (tuple, list)) and len(period) in (2, 3):
        return BenefitPeriod(*period)
    raise InputError("Een uitkeringsperiode is (uitkering, start, einde).", "benefit_periods")


def _work(period: WorkPeriod | tuple) -> WorkPeriod:
    """A WorkPeriod from itself or a `(start, end)` tuple."""
    if isinstance(period, WorkPeriod):
        return period
    if isinstance(period, (tuple, list)) and len(period) in (1, 2):
        return WorkPeriod(*period)
    raise InputError("Een werkperiode is (start, einde).", "work_periods")


def _paid_dates(premiums_paid: Sequence[date] | int) -> list[date]:
    """Dates of premiums already paid; a bare count means payments before any work now known."""
    if isinstance(premiums_paid, int) and not isinstance(premiums_paid, bool):
        if premiums_paid < 0:
            raise InputError(
                "Het aantal uitgekeerde premies mag niet negatief zijn.", "premiums_paid"
            )
        return [date.min] * premiums_paid
    return [
        to_date(d, "De datum van een uitgekeerde premie", "premiums_paid")
        for d in _listed(premiums_paid, "premiums_paid")
    ]


def _merge(periods: list[tuple[date, date | None]]) -> list[tuple[date, date | None]]:
    """Join periods that overlap or touch (next start ≤ previous end + 1 day)."""
    merged: list[tuple[date, date | None]] = []
    for start, end in sorted(periods, key=lambda p: p[0]):
        if merged:
            last_start, last_end = merged[-1]
            if last_end is None or start <= last_end + ONE_DAY:
                new_end = None if last_end is None or end is None else max(last_end, end)
                merged[-1] = (last_start, new_end)
                continue
        merged.append((start, end))
    return merged


def _latest_work(works: list[WorkPeriod], on: date) -> WorkPeriod | None:
    """The most recent uninterrupted stretch of work that started on or before `on`."""
    stretches = [s for s in _merge([(w.start, w.end) for w in works]) if s[0] <= on]
    return WorkPeriod(*stretches[-1]) if stretches else None


def _benefit_refusal(
    scheme: ExitPremiumScheme, benefits: list[BenefitPeriod], work: WorkPeriod, on: date
) -> str:
    """Why the benefit history does not qualify for this exit (empty text when it does)."""
    kinds = " of ".join(BENEFIT_LABELS[b] for b in scheme.benefit_types)
    stretches = _merge([(b.start, b.end) for b in benefits if b.benefit in scheme.benefit_types])
    earliest_end = work.start - ONE_DAY * (scheme.max_gap_days + 1)
    before = [s for s in stretches if s[0] < work.start and (s[1] is None or s[1] >= earliest_end)]
    if not before:
        return f"Er ging geen uitkering ({kinds}) aan het werk vooraf."
    start, end = before[-1]
    if end is None or end > on:
        return f"De uitkering ({kinds}) loopt nog: er is (nog) geen uitstroom."
    counted_to = min(end, work.start - ONE_DAY)
    needed = _needed_last_day(start, scheme.min_benefit_months, scheme.benefit_more_than)
    if counted_to < needed:
        word = "meer dan" if scheme.benefit_more_than else "minstens"
        return (
            f"De uitkering liep van {format_date(start)} tot {format_date(counted_to)}; nodig is "
            f"{word} {_months_text(scheme.min_benefit_months)} (tot en met {format_date(needed)})."
        )
    return ""


def _needed_last_day(start: date, months: int, more_than: bool) -> date:
    """Last day a stretch must reach: start + months − 1 day ("at least"), or + months ("more")."""
    limit = add_months(start, months)
    return limit if more_than else limit - ONE_DAY


def _months_text(months: int) -> str:
    """`1 jaar`, `6 maanden`: Dutch duration text."""
    if months and months % 12 == 0:
        return f"{months // 12} jaar"
    return f"{months} maand" if months == 1 else f"{months} maanden"


def _work_decision(
    scheme: ExitPremiumScheme, work: WorkPeriod, on: date, paid: int
) -> ExitPremiumDecision:
    """Apply the work-duration rule: held long enough by `on`, or from when."""
    needed = _needed_last_day(work.start, scheme.min_work_months, scheme.work_more_than)
    eligible_from = max(needed + ONE_DAY, work.start)
    if work.end is not None and work.end < needed:
        word = "meer dan" if scheme.work_more_than else "minstens"
        return _no(
            scheme,
            on,
            work.start,
            paid,
            f"Het werk van {format_date(work.start)} tot {format_date(work.end)} duurde "
            f"niet {word} {_months_text(scheme.min_work_months)} onafgebroken.",
        )
    if on < eligible_from:
        return ExitPremiumDecision(
            scheme=scheme.code, on=on, eligible=False, amount=ZERO_CENTS,
            eligible_from=eligible_from, work_start=work.start, premiums_paid=paid,
            reasons=(
                "Nog niet: het werk moet onafgebroken doorlopen; de premie kan vanaf "
                f"{format_date(eligible_from)}.",
            ),
        )  # fmt: skip
    amount = round_cents(scheme.amount)
    reason = (
        f"Recht op {format_eur(amount)}: uitgestroomd naar werk op "
        f"{format_date(work.start)} na voldoende tijd met een uitkering."
    )
    return ExitPremiumDecision(
        scheme=scheme.code, on=on, eligible=True, amount=amount, eligible_from=eligible_from,
        work_start=work.start, premiums_paid=paid, reasons=(reason,),
    )  # fmt: skip


def _no(
    scheme: ExitPremiumScheme, on: date, work_start: date | None, paid: int, reason: str
) -> ExitPremiumDecision:
    """A refusal with one Dutch reason."""
    return ExitPremiumDecision(
        scheme=scheme.code, on=on, eligible=False, amount=ZERO_CENTS, eligible_from=None,
        work_start=work_start, premiums_paid=paid, reasons=(reason,),
    )  # fmt: skip
