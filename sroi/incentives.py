"""Employer incentives (*werkvoucher*, *werkgeverscheque*, SPEC §4.2): who gets what, and when.

A scheme pays an employer a one-off amount for hiring a client on benefit, once the
employment has lasted a number of months at a minimum number of hours a week. With tiers
(werkgeverscheque: € 2.250 at 6 months, € 4.500 at 12 months) the amount is the highest tier
completed. A tier of M months is completed when the employment runs, at or above the minimum
hours, through the day before `start + M months`; it is payable from `start + M months`
(month and day kept; 31 August + 6 months = 28 February). The incentive is forfeited when the
employment ends or the hours drop below the minimum before the first tier is completed.

Weststellingwerf (`000_…`, begrippen): "Een vergoeding voor de werkgever ter hoogte van € 2000,-
bij het in dienst nemen van een medewerker die een uitkering ontvangt vanuit de Participatiewet.
Deze werknemer gaat in ieder geval 6 maanden lang minimaal 24 uur per week aan het werk."

Lansingerland (`002_…` §3.4.4): "Werkgevers die een dienstverband aangaan met een inwoner uit
ons uitkeringenbestand voor de duur van ten minste zes maanden en voor ten minste 32 uur per
week, kunnen een werkgeverscheque aanvragen. Het gaat om een bedrag voor de werkgever van
maximaal 2250 euro bij een overeenkomst van zes maanden en een bedrag van maximaal 4500 euro
bij een overeenkomst van twaalf maanden."
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sroi.catalogue import BENEFIT_LABELS, BENEFITS
from sroi.dates import ONE_DAY, add_months
from sroi.errors import InputError
from sroi.money import (
    ZERO_CENTS,
    format_date,
    format_eur,
    format_number,
    round_cents,
    to_date,
    to_tuple,
)
from sroi.money import to_decimal as _to_decimal

INCENTIVE_STATES: tuple[str, ...] = ("pending", "payable", "forfeited", "not_eligible")
INCENTIVE_STATE_LABELS: dict[str, str] = {
    "pending": "Loopt nog",
    "payable": "Uit te betalen",
    "forfeited": "Vervallen",
    "not_eligible": "Geen recht",
}
MAX_HOURS_PER_WEEK = Decimal(168)


@dataclass(frozen=True)
class IncentiveTier:
    """An amount the employer gets once the employment has lasted `months` months."""

    months: int
    amount: Decimal

    def __post_init__(self) -> None:
        if isinstance(self.months, bool) or not isinstance(self.months, int) or self.months < 1:
            raise InputError("Het aantal maanden van een trede moet minstens 1 zijn.", "tiers")
        object.__setattr__(self, "amount", _to_decimal(self.amount, "Het bedrag", "tiers"))


@dataclass(frozen=True)
class IncentiveScheme:
    """An employer incentive scheme of a municipality; checked on creation (SPEC §4.2)."""

    code: str
    name: str
    municipality: str
    tiers: tuple[IncentiveTier, ...]
    min_hours_per_week: Decimal
    eligible_benefits: tuple[str, ...]
    requires_benefit_at_start: bool = True
    min_contract_months: int | None = None
    source: str = ""

    def __post_init__(self) -> None:
        tiers = to_tuple(self.tiers, "Geef de bedragen (treden) als lijst op.", "tiers")
        if not tiers:
            raise InputError("Een regeling heeft minstens één bedrag (trede) nodig.", "tiers")
        if not all(isinstance(tier, IncentiveTier) for tier in tiers):
            raise InputError("Elke trede moet een IncentiveTier zijn.", "tiers")
        tiers = tuple(sorted(tiers, key=lambda t: t.months))
        if len({t.months for t in tiers}) != len(tiers):
            raise InputError("Twee treden met hetzelfde aantal maanden.", "tiers")
        object.__setattr__(self, "tiers", tiers)
        hours = _to_decimal(
            self.min_hours_per_week,
            "Het minimum aantal uren per week",
            "min_hours_per_week",
            maximum=MAX_HOURS_PER_WEEK,
        )
        object.__setattr__(self, "min_hours_per_week", hours)
        benefits = to_tuple(
            self.eligible_benefits, "Geef een lijst van uitkeringen op.", "eligible_benefits"
        )
        for benefit in benefits:
            if benefit not in BENEFITS:
                raise InputError(f"Onbekende uitkering '{benefit}'.", "eligible_benefits")
        object.__setattr__(self, "eligible_benefits", benefits)
        if self.min_contract_months is not None and (
            isinstance(self.min_contract_months, bool)
            or not isinstance(self.min_contract_months, int)
            or self.min_contract_months < 1
        ):
            raise InputError(
                "De minimale contractduur moet een geheel aantal maanden zijn.",
                "min_contract_months",
            )

    @property
    def first_tier(self) -> IncentiveTier:
        """The tier with the fewest months."""
        return self.tiers[0]


WERKVOUCHER_WESTSTELLINGWERF = IncentiveScheme(
    code="werkvoucher-weststellingwerf",
    name="Werkvoucher",
    municipality="Weststellingwerf",
    tiers=(IncentiveTier(6, Decimal("2000")),),
    min_hours_per_week=Decimal("24"),
    eligible_benefits=("participatiewet",),
    requires_benefit_at_start=True,
    min_contract_months=6,
    source="Beleidsplan Participatiewet Weststellingwerf 2025-2028, begrippenlijst 'Werkvoucher'",
)

# "inwoner uit ons uitkeringenbestand": the municipal benefits Participatiewet and IOAW.
WERKGEVERSCHEQUE_ZUID_HOLLAND_CENTRAAL = IncentiveScheme(
    code="werkgeverscheque-zuid-holland-centraal",
    name="Werkgeverscheque",
    municipality="Lansingerland (Werkgeversservicepunt Zuid-Holland Centraal)",
    tiers=(IncentiveTier(6, Decimal("2250")), IncentiveTier(12, Decimal("4500"))),
    min_hours_per_week=Decimal("32"),
    eligible_benefits=("participatiewet", "ioaw"),
    requires_benefit_at_start=True,
    min_contract_months=6,
    source="Beleidsplan Lansingerland 2019-2021, §3.4.4 Werkgeverscheque",
)

INCENTIVE_PRESETS: dict[str, IncentiveScheme] = {
    s.code: s for s in (WERKVOUCHER_WESTSTELLINGWERF, WERKGEVERSCHEQUE_ZUID_HOLLAND_CENTRAAL)
}


def incentive_presets() -> list[str]:
    """Codes of the shipped incentive schemes."""
    return sorted(INCENTIVE_PRESETS)


def incentive_scheme(code: str) -> IncentiveScheme:
    """A shipped incentive scheme by code, or a Dutch `ValueError`."""
    try:
        return INCENTIVE_PRESETS[code]
    except (KeyError, TypeError):
        raise InputError(
            f"Onbekende regeling '{code}' (kies uit {', '.join(incentive_presets())}).", "scheme"
        ) from None


# What each reason is about (`IncentiveDecision.reason_codes`), so a caller can decide who may
# read it: "benefit" names the person's benefit (not for employers); the others are about the
# employment: hours, contract length, tiers, an end or drop, or a warning.
REASON_CODES: tuple[str, ...] = ("benefit", "hours", "contract", "tiers", "ended", "warning")


@dataclass(frozen=True)
class IncentiveDecision:
    """The outcome for one placement at a date, with Dutch reasons.

    `amount` is what has been earned (highest tier completed, payable from `payable_on` when
    `state == "payable"`); `prospective_amount` is the highest tier still reachable on what is
    known now (planned contract end, recorded hours), payable from `prospective_on`.
    `reason_codes[i]` says what `reasons[i]` is about (one of `REASON_CODES`).
    """

    scheme: str
    on: date
    eligible: bool
    state: str
    amount: Decimal
    payable_on: date | None
    prospective_amount: Decimal
    prospective_on: date | None
    forfeited_on: date | None
    reasons: tuple[str, ...]
    reason_codes: tuple[str, ...] = ()

    @property
    def state_label(self) -> str:
        """The state in Dutch."""
        return INCENTIVE_STATE_LABELS[self.state]


HoursInput = Decimal | int | str | Sequence[tuple[date, Decimal]]


def decide_incentive(
    scheme: IncentiveScheme,
    *,
    start: date,
    on: date,
    benefit_at_start: str | None,
    hours: HoursInput,
    end: date | None = None,
    contract_end: date | None = None,
) -> IncentiveDecision:
    """Decide an employer incentive for a placement at date `on`.

    `hours` is the hours a week, either one number or a history of `(from_date, hours)`;
    `end` is the day employment ended (None while it continues); `contract_end` is the planned
    end of the employment contract (None for an open-ended contract).
    """
    if not isinstance(scheme, IncentiveScheme):
        raise InputError("Geef een regeling (IncentiveScheme) op.", "scheme")
    start = to_date(start, "De startdatum van het dienstverband", "start")
    on = to_date(on, "De peildatum", "on")
    end = to_date(end, "De einddatum van het dienstverband", "end", allow_none=True)
    contract_end = to_date(
        contract_end, "De einddatum van het contract", "contract_end", allow_none=True
    )
    for label, value in (
        ("einddatum van het dienstverband", end),
        ("einddatum van het contract", contract_end),
    ):
        if value is not None and value < start:
            raise InputError(f"De {label} ligt vóór de startdatum.", "end")
    if benefit_at_start is not None and not isinstance(benefit_at_start, str):
        raise InputError("De uitkering bij de start moet een tekst zijn.", "benefit_at_start")
    history = _hours_history(hours, start)
    refusal = _entry_refusal(scheme, start, benefit_at_start, history, contract_end)
    if refusal:
        return IncentiveDecision(
            scheme=scheme.code, on=on, eligible=False, state="not_eligible", amount=ZERO_CENTS,
            payable_on=None, prospective_amount=ZERO_CENTS, prospective_on=None,
            forfeited_on=None, reasons=tuple(text for _code, text in refusal),
            reason_codes=tuple(code for code, _text in refusal),
        )  # fmt: skip
    return _decide_running(scheme, start, on, history, end, contract_end)


def _hours_history(hours: HoursInput, start: date) -> list[tuple[date, Decimal]]:
    """Sorted `(from, hours)` entries; a single number applies from the start."""
    if isinstance(hours, (Decimal, int, str, float)) and not isinstance(hours, bool):
        value = _to_decimal(hours, "Het aantal uren per week", "hours", maximum=MAX_HOURS_PER_WEEK)
        return [(start, value)]
    try:
        entries = list(hours)  # type: ignore[arg-type]
    except TypeError:
        raise InputError("Geef de uren per week op.", "hours") from None
    history = []
    for entry in entries:
        if not isinstance(entry, (tuple, list)) or len(entry) != 2:
            raise InputError("Elke urenregel is (vanaf-datum, uren per week).", "hours")
        when = to_date(entry[0], "De datum van een urenregel", "hours")
        value = _to_decimal(
            entry[1], "Het aantal uren per week", "hours", maximum=MAX_HOURS_PER_WEEK
        )
        history.append((when, value))
    history.sort(key=lambda item: item[0])
    if not history or history[0][0] > start:
        raise InputError(
            "De urenhistorie moet de startdatum van het dienstverband dekken.", "hours"
        )
    return history


def _hours_at(history: list[tuple[date, Decimal]], day: date) -> Decimal:
    """Hours a week in force on `day` (the last entry from on or before it)."""
    current = history[0][1]
    for when, value in history:
        if when > day:
            break
        current = value
    return current


def _entry_refusal(
    scheme: IncentiveScheme,
    start: date,
    benefit: str | None,
    history: list[tuple[date, Decimal]],
    contract_end: date | None,
) -> list[tuple[str, str]]:
    """(code, Dutch reason) why the placement does not qualify at all (empty when it does)."""
    reasons = []
    if scheme.requires_benefit_at_start:
        if benefit not in scheme.eligible_benefits:
            allowed = " of ".join(BENEFIT_LABELS[b] for b in scheme.eligible_benefits)
            shown = BENEFIT_LABELS.get(benefit, benefit) if benefit else "geen uitkering"
            reasons.append(
                (
                    "benefit",
                    f"De inwoner had bij de start geen uitkering {allowed} (maar: {shown}).",
                )
            )
    at_start = _hours_at(history, start)
    if at_start < scheme.min_hours_per_week:
        reasons.append(
            (
                "hours",
                f"Het dienstverband is {format_number(at_start)} uur per week; de "
                f"{scheme.name.lower()} "
                f"vraagt minstens {format_number(scheme.min_hours_per_week)} uur.",
            )
        )
    if scheme.min_contract_months is not None and contract_end is not None:
        needed = add_months(start, scheme.min_contract_months) - ONE_DAY
        if contract_end < needed:
            reasons.append(
                (
                    "contract",
                    f"Het contract loopt tot {format_date(contract_end)}, korter dan "
                    f"{scheme.min_contract_months} maanden (minstens tot en met "
                    f"{format_date(needed)}).",
                )
            )
    return reasons


def _break_day(
    scheme: IncentiveScheme, history: list[tuple[date, Decimal]], start: date, end: date | None
) -> tuple[date | None, str]:
    """First day the conditions fail (employment over or hours below minimum), with why."""
    drop = None
    for when, value in history:
        if when > start and value < scheme.min_hours_per_week:
            drop = (when, value)
            break
    ended = end + ONE_DAY if end is not None else None
    if drop is not None and (ended is None or drop[0] < ended):
        return drop[0], (
            f"de uren zijn per {format_date(drop[0])} gedaald naar {format_number(drop[1])} per "
            f"week, onder "
            f"het minimum van {format_number(scheme.min_hours_per_week)}"
        )
    if ended is not None:
        return ended, f"het dienstverband is geëindigd op {format_date(end)}"
    return None, ""


def _decide_running(
    scheme: IncentiveScheme,
    start: date,
    on: date,
    history: list[tuple[date, Decimal]],
    end: date | None,
    contract_end: date | None,
) -> IncentiveDecision:
    """Apply tiers, breaks and the planned end to an eligible placement."""
    broken, why = _break_day(scheme, history, start, end)
    last_planned = _last_planned_day(broken, contract_end)
    reached = [t for t in scheme.tiers if _completed(start, t, broken) and on >= _due(start, t)]
    reachable = [
        t
        for t in scheme.tiers
        if t in reached or last_planned is None or last_planned >= _due(start, t) - ONE_DAY
    ]
    amount = round_cents(reached[-1].amount) if reached else ZERO_CENTS
    payable_on = _due(start, reached[-1]) if reached else None
    top = reachable[-1] if reachable else None
    prospective = round_cents(top.amount) if top else ZERO_CENTS
    prospective_on = _due(start, top) if top else None
    reasons = [_tier_text(scheme, start, reached, reachable)]
    codes = ["tiers"]
    if broken is not None and broken <= on:
        if reached:
            state = "payable"
            reasons.append(f"Er komt geen hogere trede meer bij: {why}.")
            codes.append("ended")
            prospective, prospective_on = amount, payable_on
        else:
            return IncentiveDecision(
                scheme=scheme.code, on=on, eligible=True, state="forfeited", amount=ZERO_CENTS,
                payable_on=None, prospective_amount=ZERO_CENTS, prospective_on=None,
                forfeited_on=broken,
                reasons=(
                    f"Vervallen: {why}, voordat {scheme.first_tier.months} maanden volbracht "
                    "waren.",
                ),
                reason_codes=("ended",),
            )  # fmt: skip
    elif reached and reached[-1] == top:
        state = "payable"
    else:
        state = "pending"
        if broken is not None:
            reasons.append(f"Let op: {why}.")
            codes.append("warning")
    return IncentiveDecision(
        scheme=scheme.code, on=on, eligible=True, state=state, amount=amount,
        payable_on=payable_on, prospective_amount=prospective, prospective_on=prospective_on,
        forfeited_on=None, reasons=tuple(reasons), reason_codes=tuple(codes),
    )  # fmt: skip


def _last_planned_day(broken: date | None, contract_end: date | None) -> date | None:
    """Last day the conditions are known or planned to hold (None: open-ended)."""
    days = [d for d in (broken - ONE_DAY if broken else None, contract_end) if d is not None]
    return min(days) if days else None


def _due(start: date, tier: IncentiveTier) -> date:
    """The day a tier becomes payable: start + months (month and day kept)."""
    return add_months(start, tier.months)


def _completed(start: date, tier: IncentiveTier, broken: date | None) -> bool:
    """True when no break falls on or before the tier's last working day."""
    return broken is None or broken > _due(start, tier) - ONE_DAY


def _tier_text(
    scheme: IncentiveScheme,
    start: date,
    reached: list[IncentiveTier],
    reachable: list[IncentiveTier],
) -> str:
    """Dutch sentence on the tiers reached and still reachable."""
    if reached:
        tier = reached[-1]
        text = (
            f"{tier.months} maanden volbracht: {format_eur(tier.amount)}, uit te betalen vanaf "
            f"{format_date(_due(start, tier))}."
        )
    else:
        text = "Nog geen trede volbracht."
    later = [t for t in reachable if t not in reached]
    if later:
        tier = later[-1]
        text += (
            f" Bij {tier.months} maanden ({format_date(_due(start, tier))}): "
            f"{format_eur(tier.amount)}."
        )
    return text


def incentives_for(
    schemes: Iterable[IncentiveScheme], **placement: object
) -> list[IncentiveDecision]:
    """Decide several schemes for the same placement (keyword arguments of decide_incentive)."""
    return [decide_incentive(scheme, **placement) for scheme in schemes]  # type: ignore[arg-type]


@dataclass(frozen=True)
class Condition:
    """One condition of a scheme, whether the placement meets it on the date, and the facts.

    `payment_only`: checked when paying, not when granting (the months completed).
    """

    label: str
    met: bool
    detail: str
    payment_only: bool = False


@dataclass(frozen=True)
class IncentiveWorking:
    """The engine's decision with every condition and date it checked, for a person to confirm.

    `started` says whether the employment has begun on `on`; `can_grant` whether the incentive
    may be granted now (eligible, not forfeited, begun); `payable` whether it may be paid.
    """

    decision: IncentiveDecision
    conditions: tuple[Condition, ...]

    @property
    def started(self) -> bool:
        return next(c.met for c in self.conditions if c.label == STARTED)

    @property
    def can_grant(self) -> bool:
        return (
            self.decision.eligible
            and self.decision.state != "forfeited"
            and all(c.met for c in self.conditions if not c.payment_only)
        )

    @property
    def payable(self) -> bool:
        return self.decision.state == "payable"


STARTED = "Dienstverband begonnen"
COMPLETED = "Maanden volbracht"


def explain_incentive(
    scheme: IncentiveScheme,
    *,
    start: date,
    on: date,
    benefit_at_start: str | None,
    hours: HoursInput,
    end: date | None = None,
    contract_end: date | None = None,
) -> IncentiveWorking:
    """`decide_incentive` with the conditions it checked, each met or not, with dates.

    >>> working = explain_incentive(WERKVOUCHER_WESTSTELLINGWERF, start=date(2026, 12, 1),
    ...     on=date(2026, 11, 20), benefit_at_start="participatiewet", hours=Decimal("24"))
    >>> [(c.label, c.met) for c in working.conditions][3]
    ('Dienstverband begonnen', False)
    >>> working.can_grant
    False
    """
    decision = decide_incentive(
        scheme,
        start=start,
        on=on,
        benefit_at_start=benefit_at_start,
        hours=hours,
        end=end,
        contract_end=contract_end,
    )
    history = _hours_history(hours, start)
    conditions = []
    if scheme.requires_benefit_at_start:
        allowed = " of ".join(BENEFIT_LABELS[b] for b in scheme.eligible_benefits)
        shown = (
            BENEFIT_LABELS.get(benefit_at_start, benefit_at_start)
            if benefit_at_start
            else ("geen uitkering")
        )
        conditions.append(
            Condition(
                "Uitkering bij de start",
                benefit_at_start in scheme.eligible_benefits,
                f"{shown} op {format_date(start)} (vereist: {allowed})",
            )
        )
    at_start = _hours_at(history, start)
    conditions.append(
        Condition(
            "Uren per week bij de start",
            at_start >= scheme.min_hours_per_week,
            f"{format_number(at_start)} uur (minstens {format_number(scheme.min_hours_per_week)})",
        )
    )
    if scheme.min_contract_months is not None:
        needed = add_months(start, scheme.min_contract_months) - ONE_DAY
        if contract_end is None:
            detail, met = "vast contract of geen einddatum afgesproken", True
        else:
            met = contract_end >= needed
            detail = (
                f"loopt tot en met {format_date(contract_end)} (minstens tot en met "
                f"{format_date(needed)})"
            )
        conditions.append(Condition("Contractduur", met, detail))
    conditions.append(
        Condition(
            STARTED,
            on >= start,
            f"gestart op {format_date(start)}"
            if on >= start
            else f"begint op {format_date(start)}",
        )
    )
    broken, why = _break_day(scheme, history, start, end)
    unbroken = broken is None or broken > on
    conditions.append(
        Condition(
            "Loopt zonder onderbreking",
            unbroken,
            "geen einde en geen uren onder het minimum gemeld" if unbroken else why,
        )
    )
    first = scheme.first_tier
    due = _due(start, first)
    conditions.append(
        Condition(
            COMPLETED,
            on >= due and unbroken,
            (
                f"{first.months} maanden volbracht op {format_date(due - ONE_DAY)}"
                if on >= due and unbroken
                else f"{first.months} maanden zijn volbracht op {format_date(due - ONE_DAY)}; "
                f"uit te betalen vanaf {format_date(due)}"
            ),
            payment_only=True,
        )
    )
    return IncentiveWorking(decision, tuple(conditions))
