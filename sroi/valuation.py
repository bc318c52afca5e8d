"""Valuing SROI activities and contracts exactly as SPEC §5.2–5.3 define it, with the working.

The rules, all dates inclusive, `days(a, b) = (b - a).days + 1` when `b >= a`, else 0:

* obligation = value × sroi% / 100 × (1 − reduction% / 100), at most the contract's `cap` (a
  policy's maximum per (sub)project, e.g. the Friese eis's € 300.000) when it has one;
* an activity counts in the window from `max(activity.start, contract.start)` to
  `min(activity.end or as_of, as_of, contract.end, activity.start + max_years − 1 day)`;
* `year`: (block + Σ bonuses) × min(hours_per_week / fulltime_hours, 1) × days / 365;
  `month`: value × 12 × days / 365; `hour`: value × hours; `invoice`: amount × value;
  `wage`: wages paid (the activity's `amount`) × value; `fixed`: value. The last four count
  in full once the activity's start lies in the window (on or after the contract's start, on
  or before `as_of` and the contract's end);
* each activity is rounded half-up to cents; totals are sums of rounded values.

Nothing here reads a clock: every function takes `as_of` / `on`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal, localcontext

from sroi.catalogue import BENEFITS, Block, Catalogue
from sroi.dates import ONE_DAY, add_years, days_inclusive, whole_months_between
from sroi.errors import InputError
from sroi.money import (
    CONTEXT,
    HUNDRED,
    MAX_AMOUNT,
    ZERO_CENTS,
    format_date,
    format_eur,
    format_number,
    ratio_to_cents,
    round_cents,
    to_date,
    to_decimal,
)

DAYS_PER_YEAR = Decimal(365)
MAX_HOURS_PER_WEEK = Decimal(168)
MAX_PENALTY_PERCENTAGE = Decimal(1000)
STATES: tuple[str, ...] = ("fulfilled", "not_met", "on_track", "behind")
STATE_LABELS: dict[str, str] = {
    "fulfilled": "Voldaan",
    "not_met": "Niet voldaan",
    "on_track": "Op schema",
    "behind": "Achter op schema",
}
_ONCE_UNITS = frozenset({"hour", "invoice", "wage", "fixed"})
# A pseudonymous person key: text, at most this long (room for a UUID or a hex SHA-256).
MAX_PERSON_KEY = 100


# --------------------------------------------------------------------------- inputs


@dataclass(frozen=True)
class Contract:
    """A contract with an SROI clause; amounts are converted to Decimal and checked on creation."""

    value: Decimal
    sroi_percentage: Decimal
    start: date
    end: date
    reduction_percentage: Decimal = Decimal(0)
    penalty_percentage: Decimal = Decimal(0)
    reference: str = ""
    # The most the obligation may be for this (sub)project (a policy's cap); None: no cap.
    cap: Decimal | None = None

    def __post_init__(self) -> None:
        _set(self, "value", to_decimal(self.value, "De opdrachtwaarde", "value"))
        for name, label, maximum in _CONTRACT_PERCENTAGES:
            _set(self, name, _percentage(getattr(self, name), label, name, maximum))
        cap = to_decimal(self.cap, "Het maximum per (deel)project", "cap", allow_none=True)
        _set(self, "cap", cap)
        _check_period(self, "het contract", open_end=False)
        if not isinstance(self.reference, str):
            raise InputError("Het kenmerk van het contract moet tekst zijn.", "reference")


@dataclass(frozen=True)
class Activity:
    """One SROI activity reported on a contract; checked on creation (catalogue checks later).

    `amount` is the invoice amount excl. VAT for an `invoice` block and the wages paid for a
    `wage` block. `person` is an optional pseudonymous key of the person doing the work (never
    a name or BSN), used only to find double counting (`sroi.double_counted`).
    """

    block: str
    start: date
    end: date | None = None
    hours_per_week: Decimal | None = None
    bonuses: tuple[str, ...] = ()
    hours: Decimal | None = None
    amount: Decimal | None = None
    person: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.block, str) or not self.block.strip():
            raise InputError("Kies een bouwblok.", "block")
        _check_period(self, "de activiteit", open_end=True)
        for name, label, maximum in _ACTIVITY_NUMBERS:
            value = to_decimal(getattr(self, name), label, name, maximum=maximum, allow_none=True)
            _set(self, name, value)
        _set(self, "bonuses", _bonus_codes(self.bonuses))
        _set(self, "person", _person_key(self.person))


_CONTRACT_PERCENTAGES = (
    ("sroi_percentage", "Het SROI-percentage", HUNDRED),
    ("reduction_percentage", "Het kortingspercentage", HUNDRED),
    ("penalty_percentage", "Het boetepercentage", MAX_PENALTY_PERCENTAGE),
)
_ACTIVITY_NUMBERS = (
    ("hours_per_week", "Het aantal uren per week", MAX_HOURS_PER_WEEK),
    ("hours", "Het aantal uren", MAX_AMOUNT),
    ("amount", "Het factuurbedrag", MAX_AMOUNT),
)


def _check_period(obj: Contract | Activity, noun: str, *, open_end: bool) -> None:
    """Normalise `start` and `end` (a date, or None when open) and refuse an end before start."""
    _set(obj, "start", to_date(obj.start, f"De startdatum van {noun}", "start"))
    _set(obj, "end", to_date(obj.end, f"De einddatum van {noun}", "end", allow_none=open_end))
    if obj.end is not None and obj.end < obj.start:
        raise InputError(
            f"De einddatum van {noun} ({format_date(obj.end)}) ligt vóór de "
            f"startdatum ({format_date(obj.start)}).",
            "end",
        )


def _set(obj: object, name: str, value: object) -> None:
    """Store a normalised value on a frozen dataclass during `__post_init__`."""
    object.__setattr__(obj, name, value)


def _percentage(value: object, label: str, field: str, maximum: Decimal) -> Decimal:
    """A percentage between 0 and `maximum`."""
    number = to_decimal(value, label, field, maximum=MAX_AMOUNT)
    if number > maximum:
        raise InputError(f"{label} mag hoogstens {format_number(maximum)} zijn.", field)
    return number


def _person_key(person: object) -> str | None:
    """A pseudonymous person key (stripped text), None when not given; never a BSN."""
    if person is None:
        return None
    if not isinstance(person, str) or not person.strip():
        raise InputError(
            "De sleutel van de persoon moet een niet-lege tekst zijn (een pseudoniem).", "person"
        )
    key = person.strip()
    if len(key) > MAX_PERSON_KEY:
        raise InputError(
            f"De sleutel van de persoon is te lang (maximaal {MAX_PERSON_KEY} tekens).", "person"
        )
    if _looks_like_bsn(key):
        raise InputError(
            "De sleutel van de persoon lijkt op een BSN; geef een pseudoniem, nooit een BSN.",
            "person",
        )
    return key


def _looks_like_bsn(key: str) -> bool:
    """Eight or nine digits that pass the BSN eleven-test (elfproef)."""
    if not (key.isascii() and key.isdigit() and len(key) in (8, 9)):
        return False
    digits = [int(c) for c in key.zfill(9)]
    total = sum(d * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) - digits[8]
    return total % 11 == 0 and int(key) != 0


def _bonus_codes(bonuses: object) -> tuple[str, ...]:
    """Bonus codes as a tuple of distinct texts (a single text counts as one code)."""
    if bonuses is None:
        return ()
    if isinstance(bonuses, str):
        bonuses = (bonuses,)
    try:
        codes = tuple(bonuses)  # type: ignore[arg-type]
    except TypeError:
        raise InputError("Bonussen moeten een lijst van codes zijn.", "bonuses") from None
    for code in codes:
        if not isinstance(code, str) or not code:
            raise InputError("Elke bonus moet een code (tekst) zijn.", "bonuses")
    if len(set(codes)) != len(codes):
        raise InputError("Een bonus mag maar één keer worden gekozen.", "bonuses")
    return codes


# --------------------------------------------------------------------------- obligation


def obligation(contract: Contract) -> Decimal:
    """The SROI obligation in cents: value × sroi% / 100 × (1 − reduction% / 100), capped.

    >>> from datetime import date
    >>> from decimal import Decimal
    >>> c = Contract(value=Decimal("20000000"), sroi_percentage=Decimal("2"),
    ...              start=date(2026, 1, 1), end=date(2027, 12, 31), cap=Decimal("300000"))
    >>> obligation(c)  # 2 % of 20 million is 400.000, capped at 300.000 per (sub)project
    Decimal('300000.00')
    """
    _check_contract(contract)
    return round_cents(_exact_obligation(contract))


def _exact_obligation(contract: Contract) -> Decimal:
    """The unrounded obligation (a finite Decimal, computed without loss)."""
    numerator = CONTEXT.multiply(
        CONTEXT.multiply(contract.value, contract.sroi_percentage),
        CONTEXT.subtract(HUNDRED, contract.reduction_percentage),
    )
    exact = CONTEXT.divide(numerator, Decimal(10000))
    if contract.cap is not None and exact > contract.cap:
        return contract.cap
    return exact


def _check_contract(contract: object) -> None:
    """Refuse anything that is not a `Contract` with a Dutch message."""
    if not isinstance(contract, Contract):
        raise InputError("Geef een contract (sroi.Contract) op.", "contract")


def _check_catalogue(catalogue: object) -> None:
    """Refuse anything that is not a `Catalogue` with a Dutch message."""
    if not isinstance(catalogue, Catalogue):
        raise InputError("Geef een catalogus (sroi.Catalogue) op.", "catalogue")


def _check_activity(activity: object) -> None:
    """Refuse anything that is not an `Activity` with a Dutch message."""
    if not isinstance(activity, Activity):
        raise InputError("Geef een activiteit (sroi.Activity) op.", "activity")


# --------------------------------------------------------------------------- valuation


def value_activity(
    catalogue: Catalogue, contract: Contract, activity: Activity, as_of: date
) -> Decimal:
    """What one activity is worth towards the contract at `as_of`, in cents (SPEC §5.2)."""
    _check_catalogue(catalogue)
    _check_contract(contract)
    _check_activity(activity)
    as_of = to_date(as_of, "De peildatum", "as_of")
    with localcontext(CONTEXT):
        return _value(catalogue, contract, activity, as_of)


def _value(catalogue: Catalogue, contract: Contract, activity: Activity, as_of: date) -> Decimal:
    """The hot path of `value_activity`: arguments already checked, CONTEXT active."""
    block = catalogue.block(activity.block)
    unit = block.unit
    if activity.bonuses:
        annual = _annual_value(catalogue, block, activity.bonuses)
    else:
        annual = block.value
    start = activity.start if activity.start > contract.start else contract.start
    end = _window_end(block, contract, activity, as_of)
    if unit == "year":
        hours = _hours_per_week(activity)
        if end < start:
            return ZERO_CENTS
        days = (end - start).days + 1
        fulltime = catalogue.fulltime_hours
        if hours >= fulltime:
            return ratio_to_cents(annual * days, DAYS_PER_YEAR)
        return ratio_to_cents(annual * hours * days, fulltime * DAYS_PER_YEAR)
    if unit == "month":
        if end < start:
            return ZERO_CENTS
        return ratio_to_cents(block.value * 12 * ((end - start).days + 1), DAYS_PER_YEAR)
    quantity = _quantity(block, activity)
    if activity.start < contract.start or activity.start > end:
        return ZERO_CENTS
    return round_cents(block.value * quantity)


def _window_end(block: Block, contract: Contract, activity: Activity, as_of: date) -> date:
    """Last counted day: min(activity end or as_of, as_of, contract end, start + max_years − 1)."""
    end = as_of
    if activity.end is not None and activity.end < end:
        end = activity.end
    if contract.end < end:
        end = contract.end
    if block.max_years is not None:
        limit = add_years(activity.start, block.max_years) - ONE_DAY
        if limit < end:
            end = limit
    return end


def _annual_value(catalogue: Catalogue, block: Block, bonuses: Sequence[str]) -> Decimal:
    """Block value plus its bonuses; bonuses exist only for `year` blocks."""
    if block.unit != "year":
        raise InputError(
            f"Bonussen kunnen alleen bij een bouwblok per jaar (eenheid 'year'); blok "
            f"'{block.code}' heeft eenheid '{block.unit}'.",
            "bonuses",
        )
    total = block.value
    for code in bonuses:
        total += catalogue.bonus(code).value
    return total


def _hours_per_week(activity: Activity) -> Decimal:
    """Hours per week of a `year` activity (required)."""
    if activity.hours_per_week is None:
        raise InputError(
            "Vul het aantal uren per week in (nodig voor een bouwblok per jaar).",
            "hours_per_week",
        )
    return activity.hours_per_week


def _quantity(block: Block, activity: Activity) -> Decimal:
    """Multiplier of a one-off unit: hours (`hour`), invoice amount (`invoice`) or 1 (`fixed`)."""
    if block.unit == "hour":
        if activity.hours is None:
            raise InputError(
                f"Vul het aantal bestede uren in (blok '{block.code}' telt per uur).", "hours"
            )
        return activity.hours
    if block.unit == "invoice":
        if activity.amount is None:
            raise InputError(
                f"Vul het factuurbedrag in (blok '{block.code}' telt de factuurwaarde).",
                "amount",
            )
        return activity.amount
    if block.unit == "wage":
        if activity.amount is None:
            raise InputError(
                f"Vul de betaalde loonsom in (blok '{block.code}' telt de loonsom).", "amount"
            )
        return activity.amount
    return Decimal(1)


# --------------------------------------------------------------------------- working


@dataclass(frozen=True)
class ActivityValuation:
    """The working of one valuation, for the portal to show next to the amount.

    `formula` is the working in one Dutch line, `notes` Dutch remarks on the counting window
    and the rule; `days` the counted days (inclusive), `monthly_value` the amount per month of
    a `month` block, `annual_value`/`factor` the parts of a `year` block, `quantity` the hours,
    invoice amount or wages of a one-off block.
    """

    value: Decimal
    block: str
    block_label: str
    unit: str
    window_start: date
    window_end: date
    days: int
    counted: bool
    annual_value: Decimal | None
    bonus_values: tuple[tuple[str, Decimal], ...]
    hours_per_week: Decimal | None
    fulltime_hours: Decimal | None
    factor: Decimal | None
    factor_capped: bool
    quantity: Decimal | None
    formula: str
    notes: tuple[str, ...]
    monthly_value: Decimal | None = None


def explain_activity(
    catalogue: Catalogue, contract: Contract, activity: Activity, as_of: date
) -> ActivityValuation:
    """The value of an activity with its working: window, days, factor, annual value, formula.

    A `month` block is counted per day (SPEC §5.2), and the working says so:

    >>> import sroi
    >>> cat = sroi.load_catalogue("oost-nederland-v05-2023")
    >>> contract = sroi.Contract(value=Decimal("1000000"), sroi_percentage=Decimal("5"),
    ...                          start=date(2026, 1, 1), end=date(2026, 12, 31))
    >>> place = sroi.Activity(block="werkervaringsplek", start=date(2026, 1, 1),
    ...                       end=date(2026, 6, 30))
    >>> working = sroi.explain_activity(cat, contract, place, as_of=date(2026, 12, 31))
    >>> working.formula
    '€ 750 per maand × 12 / 365 × 181 dagen = € 4.463,01'
    >>> working.value, working.days, working.monthly_value
    (Decimal('4463.01'), 181, Decimal('750'))
    """
    value = value_activity(catalogue, contract, activity, as_of)
    with localcontext(CONTEXT):
        as_of = to_date(as_of, "De peildatum", "as_of")
        return _explain(catalogue, contract, activity, as_of, value)


@dataclass(frozen=True)
class _Case:
    """Everything the working of one valuation needs, computed once."""

    catalogue: Catalogue
    contract: Contract
    activity: Activity
    block: Block
    as_of: date
    value: Decimal
    start: date
    end: date
    days: int


def _explain(
    catalogue: Catalogue, contract: Contract, activity: Activity, as_of: date, value: Decimal
) -> ActivityValuation:
    """The working of a value already computed (arguments checked, CONTEXT active)."""
    block = catalogue.block(activity.block)
    start = max(activity.start, contract.start)
    end = _window_end(block, contract, activity, as_of)
    case = _Case(
        catalogue, contract, activity, block, as_of, value, start, end, days_inclusive(start, end)
    )
    if block.unit == "year":
        return _explain_year(case)
    if block.unit == "month":
        return _explain_month(case)
    return _explain_once(case)


MONTH_NOTE = (
    "Een bedrag per maand telt per dag: maandbedrag × 12 / 365 voor elke dag. Zes "
    "kalendermaanden zijn 181 tot 184 dagen en tellen dus niet precies als zes keer het "
    "maandbedrag."
)


def _explain_month(case: _Case) -> ActivityValuation:
    """Working of a `month` block, day-based (SPEC §5.2): value per month × 12 / 365 × days.

    1 January–30 June 2026 at € 750 a month is 181 days:
    "€ 750 per maand × 12 / 365 × 181 dagen = € 4.463,01".
    """
    monthly = case.block.value
    days = f"{case.days} {'dag' if case.days == 1 else 'dagen'}"
    formula = (
        f"{format_eur(monthly, compact=True)} per maand × 12 / 365 × {days} = "
        f"{format_eur(case.value)}"
    )
    result = _valuation(case, case.days > 0, formula, (MONTH_NOTE,))
    return replace(result, monthly_value=monthly)


def _explain_year(case: _Case) -> ActivityValuation:
    """Working of a `year` block: (block + bonuses) × hours factor × days/365."""
    block, activity = case.block, case.activity
    bonus_values = tuple((code, case.catalogue.bonus(code).value) for code in activity.bonuses)
    hours = activity.hours_per_week or Decimal(0)
    fulltime = case.catalogue.fulltime_hours or Decimal(1)
    capped = hours > fulltime
    notes: tuple[str, ...] = ()
    if capped:
        factor, factor_text = Decimal(1), "1"
        notes = (
            f"{format_number(hours)} uur per week is meer dan voltijd "
            f"({format_number(fulltime)} uur): de factor is begrensd op 1.",
        )
    else:
        factor = (hours / fulltime).quantize(Decimal("0.0001"))
        factor_text = f"{format_number(hours)}/{format_number(fulltime)}"
    amounts = [format_eur(v, compact=True) for v in (block.value, *(v for _, v in bonus_values))]
    base = amounts[0] if len(amounts) == 1 else f"({' + '.join(amounts)})"
    formula = f"{format_eur(case.value)} = {base} × {factor_text} × {case.days}/365"
    return replace(
        _valuation(case, case.days > 0, formula, notes),
        annual_value=block.value + sum((v for _, v in bonus_values), Decimal(0)),
        bonus_values=bonus_values,
        hours_per_week=hours,
        fulltime_hours=fulltime,
        factor=factor,
        factor_capped=capped,
    )


def _explain_once(case: _Case) -> ActivityValuation:
    """Working of `hour`, `invoice` and `fixed` blocks: counted in full or not at all."""
    block, activity = case.block, case.activity
    counted = case.contract.start <= activity.start <= case.end
    quantity = _quantity(block, activity)
    if block.unit == "hour":
        terms = f"{format_eur(block.value, compact=True)} × {format_number(quantity)} uur"
    elif block.unit == "invoice":
        terms = f"{format_eur(quantity, compact=True)} × {format_number(block.value)}"
    elif block.unit == "wage":
        terms = f"{format_eur(quantity, compact=True)} loonsom × {format_number(block.value)}"
    else:
        terms = f"{format_eur(block.value, compact=True)} (vast bedrag)"
    notes: tuple[str, ...] = ()
    if counted:
        formula = f"{format_eur(case.value)} = {terms}"
    else:
        formula = f"{format_eur(case.value)}: niet geteld ({terms})"
        notes = (
            "Dit blok telt één keer, wanneer de startdatum van de activiteit binnen de "
            "looptijd van het contract en op of vóór de peildatum ligt.",
        )
    result = _valuation(case, counted, formula, notes)
    return replace(result, quantity=None if block.unit == "fixed" else quantity)


def _valuation(
    case: _Case, counted: bool, formula: str, extra_notes: tuple[str, ...] = ()
) -> ActivityValuation:
    """The ActivityValuation common to all units; `year` adds its factor fields."""
    return ActivityValuation(
        value=case.value,
        block=case.block.code,
        block_label=case.block.label,
        unit=case.block.unit,
        window_start=case.start,
        window_end=case.end,
        days=case.days,
        counted=counted,
        annual_value=None,
        bonus_values=(),
        hours_per_week=None,
        fulltime_hours=None,
        factor=None,
        factor_capped=False,
        quantity=None,
        formula=formula,
        notes=_window_notes(case) + extra_notes,
    )


def _window_notes(case: _Case) -> tuple[str, ...]:
    """Dutch remarks on why the counting window is what it is."""
    block, contract, activity = case.block, case.contract, case.activity
    as_of, start, end = case.as_of, case.start, case.end
    notes = []
    if activity.start < contract.start:
        notes.append(
            f"De activiteit begon vóór het contract; er telt pas vanaf {format_date(start)}."
        )
    if activity.start > as_of:
        notes.append(f"De activiteit begint na de peildatum {format_date(as_of)}.")
    if activity.start > contract.end:
        notes.append(
            f"De activiteit begint na het einde van het contract ({format_date(contract.end)})."
        )
    if activity.end is not None and activity.end < contract.start:
        notes.append("De activiteit eindigde vóór de start van het contract.")
    if block.max_years is not None:
        limit = add_years(activity.start, block.max_years) - ONE_DAY
        if limit == end:
            notes.append(
                f"Dit blok telt hoogstens {block.max_years} jaar: tot en met {format_date(limit)}."
            )
    if end == contract.end and end < as_of and (activity.end is None or activity.end > end):
        notes.append(f"Telling stopt bij het einde van het contract ({format_date(end)}).")
    return tuple(notes)


# --------------------------------------------------------------------------- status


@dataclass(frozen=True)
class ContractStatus:
    """Where a contract stands at `as_of` (SPEC §5.3); all amounts in cents."""

    as_of: date
    obligation: Decimal
    realized: Decimal
    pending: Decimal
    expected: Decimal
    state: str
    shortfall: Decimal
    penalty: Decimal
    remaining: Decimal
    days_elapsed: int
    days_total: int

    @property
    def state_label(self) -> str:
        """The state in Dutch, for badges: Voldaan, Niet voldaan, Op schema, Achter op schema."""
        return STATE_LABELS[self.state]

    @property
    def summary(self) -> str:
        """One Dutch sentence with the numbers behind the state."""
        done = f"{format_eur(self.realized)} van {format_eur(self.obligation)} gerealiseerd"
        if self.state == "fulfilled":
            return f"Voldaan: {done}."
        if self.state == "not_met":
            return (
                f"Niet voldaan: {done}; tekort {format_eur(self.shortfall)}, "
                f"boete {format_eur(self.penalty)}."
            )
        return f"{self.state_label}: {done}; verwacht op deze datum {format_eur(self.expected)}."


def contract_status(
    catalogue: Catalogue,
    contract: Contract,
    accepted: Iterable[Activity],
    pending: Iterable[Activity] = (),
    as_of: date | None = None,
) -> ContractStatus:
    """Obligation, realized (accepted), pending (submitted), expected and state at `as_of`."""
    _check_catalogue(catalogue)
    _check_contract(contract)
    as_of = to_date(as_of, "De peildatum", "as_of")
    with localcontext(CONTEXT):
        realized = _sum_values(catalogue, contract, accepted, as_of, "Activiteit")
        waiting = _sum_values(catalogue, contract, pending, as_of, "Ingediende activiteit")
        return _status(contract, realized, waiting, as_of)


def _sum_values(
    catalogue: Catalogue, contract: Contract, activities: object, as_of: date, noun: str
) -> Decimal:
    """Sum of rounded activity values; an error names the activity by number and block."""
    if activities is None:
        return ZERO_CENTS
    try:
        items = list(activities)
    except TypeError:
        raise InputError(f"{noun}en moeten een lijst zijn.", "activities") from None
    total = ZERO_CENTS
    for number, activity in enumerate(items, start=1):
        try:
            _check_activity(activity)
            total += _value(catalogue, contract, activity, as_of)
        except InputError as exc:
            block = getattr(activity, "block", "?")
            raise InputError(f"{noun} nr. {number} (blok '{block}'): {exc}", exc.field) from None
    return total


def _status(contract: Contract, realized: Decimal, waiting: Decimal, as_of: date) -> ContractStatus:
    """Apply the state rules of SPEC §5.3 to the summed values."""
    exact = _exact_obligation(contract)
    owed = round_cents(exact)
    total_days = days_inclusive(contract.start, contract.end)
    elapsed = days_inclusive(contract.start, min(as_of, contract.end))
    expected = ratio_to_cents(exact * elapsed, Decimal(total_days))
    shortfall = penalty = ZERO_CENTS
    if realized >= owed:
        state = "fulfilled"
    elif as_of > contract.end:
        state = "not_met"
        shortfall = owed - realized
        penalty = round_cents(shortfall * contract.penalty_percentage / HUNDRED)
    elif realized >= expected:
        state = "on_track"
    else:
        state = "behind"
    return ContractStatus(
        as_of=as_of,
        obligation=owed,
        realized=realized,
        pending=waiting,
        expected=expected,
        state=state,
        shortfall=shortfall,
        penalty=penalty,
        remaining=max(owed - realized, ZERO_CENTS),
        days_elapsed=elapsed,
        days_total=total_days,
    )


# --------------------------------------------------------------------------- suggestion


def suggest_block(
    catalogue: Catalogue,
    benefit: str | None,
    benefit_start: date | None,
    on: date,
    banenafspraak: bool = False,
) -> str | None:
    """The block code that fits a client at `on` (the activity's start), or None (SPEC §5.2).

    With a banenafspraak indication: the first block with `benefit = "banenafspraak"` (when the
    catalogue has none, the benefit rule below applies). Otherwise the first block whose
    `benefit` is the client's and where `benefit_months_min <= m < benefit_months_max`, with
    `m` the whole months from `benefit_start` to `on`. Without a benefit start (or with one
    after `on`) only blocks without month bounds fit.
    """
    _check_catalogue(catalogue)
    on = to_date(on, "De startdatum van de activiteit", "on")
    benefit_start = to_date(
        benefit_start, "De startdatum van de uitkering", "benefit_start", allow_none=True
    )
    kind = _benefit_kind(benefit)
    if banenafspraak:
        for block in catalogue.blocks:
            if block.benefit == "banenafspraak":
                return block.code
    if kind is None:
        return None
    months = None
    if benefit_start is not None and benefit_start <= on:
        months = whole_months_between(benefit_start, on)
    for block in catalogue.blocks:
        if block.benefit == kind and _months_fit(block, months):
            return block.code
    return None


def _benefit_kind(benefit: object) -> str | None:
    """Normalise the client's benefit type; empty means unknown."""
    if benefit is None or (isinstance(benefit, str) and not benefit.strip()):
        return None
    if not isinstance(benefit, str) or benefit.strip().lower() not in BENEFITS:
        raise InputError(
            f"Onbekende uitkering '{benefit}' (kies uit {', '.join(BENEFITS)}).", "benefit"
        )
    return benefit.strip().lower()


def _months_fit(block: Block, months: int | None) -> bool:
    """`benefit_months_min <= months < benefit_months_max`, missing bounds open."""
    low, high = block.benefit_months_min, block.benefit_months_max
    if low is None and high is None:
        return True
    if months is None:
        return False
    return (low is None or months >= low) and (high is None or months < high)
