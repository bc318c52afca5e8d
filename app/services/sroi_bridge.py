"""The SROI adapter: the one place where database rows and form data become SROI engine objects.

SPEC §1: pure engines, thin portal. Every SROI number the portal shows comes through these
functions, so the employer, procurement and jobhunter pages always agree with the engine:

- rows → engine: `engine_catalogue`, `engine_contract`, `engine_activity`,
  `engine_incentive_scheme`, `engine_exit_scheme`, `follow_up_rules`, `engine_hours_periods`,
  `engine_lkv_rules`;
- form or CSV data → engine: `contract_from_data`, `activity_from_data`,
  `incentive_scheme_from_data`, `exit_scheme_from_data`;
- engine → rows: `catalogue_rows` (the shipped presets), and catalogues to and from the
  engine's dict format only through `sroi.catalogue_to_dict` / `sroi.catalogue_from_dict`;
- engine errors → form fields: `field_errors` (an `sroi.InputError` names its input in `field`,
  a `sroi.CatalogueError` each problem's in `problems`), shown by `app.fields.add_errors`.

No request state: a call that values many contracts builds each catalogue once by passing an
`EngineCatalogues` (a cache that lives as long as that one call).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from decimal import Decimal

import sroi
from app.models import (
    Catalogue,
    CatalogueBlock,
    CatalogueBonus,
    Contract,
    ExitPremiumScheme,
    IncentiveScheme,
    LkvRate,
    Organisation,
    SroiActivity,
)
from app.models.choices import FOLLOW_UP_KINDS
from app.services.evidence_rules import default_kinds

# A catalogue copied in Werkbrug without a source of its own (the engine requires one).
OWN_SOURCE = "eigen catalogus in Werkbrug"
# Where the portal's columns and forms name an engine input differently: `start` and `end` of a
# contract or activity, and the settings of an incentive or exit-premium scheme.
_FORM_NAMES = {
    "start": "start_date",
    "end": "end_date",
    "tiers": "tier_1_months",
    "benefit_types": "eligible_benefits",
    "max_times": "max_per_resident",
}
# Follow-up moments when a municipality has not set its own days (SPEC §4.1: 2 and 6 weeks).
FOLLOW_UP_DAYS = {"call": 14, "second_contact": 42}


# --------------------------------------------------------------------------- catalogues


def _plain(number: Decimal | None) -> Decimal | None:
    """A stored number without the column's trailing zeros (`40000.0000` → `4E+4`)."""
    return None if number is None else number.normalize()


def engine_catalogue(catalogue: Catalogue) -> sroi.Catalogue:
    """The engine catalogue of a stored version, read like any database copy.

    The rows become engine blocks and bonuses, and go once through the engine's own
    `catalogue_to_dict` / `catalogue_from_dict`, so a stored version is tidied and checked
    exactly as the engine checks every catalogue (texts trimmed, every rule of the schema).
    """
    return sroi.catalogue_from_dict(
        sroi.catalogue_to_dict(_catalogue_object(catalogue)), source=catalogue.name
    )


def _catalogue_object(catalogue: Catalogue) -> sroi.Catalogue:
    """The rows as engine objects, before the engine's checks of a database copy."""
    return sroi.Catalogue(
        name=catalogue.name,
        title=catalogue.title,
        source=catalogue.source or OWN_SOURCE,
        fulltime_hours=_plain(catalogue.fulltime_hours),
        blocks=tuple(
            sroi.Block(
                code=block.code,
                label=block.label,
                unit=block.unit,
                value=_plain(block.value),
                max_years=block.max_years,
                benefit=block.benefit,
                benefit_months_min=block.benefit_months_min,
                benefit_months_max=block.benefit_months_max,
            )
            for block in catalogue.blocks
        ),
        bonuses=tuple(
            sroi.Bonus(code=bonus.code, label=bonus.label, value=_plain(bonus.value))
            for bonus in catalogue.bonuses
        ),
    )


class EngineCatalogues:
    """Engine catalogues built once within one call (a page, a report, the digest).

    `EngineCatalogues()(catalogue)` is `engine_catalogue(catalogue)`, remembered by id for as
    long as this object lives; create one per call, never share it between requests.
    """

    def __init__(self) -> None:
        self._built: dict[int, sroi.Catalogue] = {}

    def __call__(self, catalogue: Catalogue) -> sroi.Catalogue:
        built = self._built.get(catalogue.id)
        if built is None:
            built = self._built[catalogue.id] = engine_catalogue(catalogue)
        return built


def catalogue_dict(catalogue: Catalogue) -> dict:
    """A stored version in the engine's dict format (`sroi.catalogue_to_dict`), to edit."""
    return sroi.catalogue_to_dict(engine_catalogue(catalogue))


def catalogue_rows(preset: sroi.Catalogue) -> Catalogue:
    """A new (unsaved) database copy of an engine catalogue, blocks and bonuses in order."""
    catalogue = Catalogue(
        name=preset.name,
        title=preset.title,
        source=preset.source,
        fulltime_hours=preset.fulltime_hours,
    )
    catalogue.blocks = [
        CatalogueBlock(
            position=position,
            code=block.code,
            label=block.label,
            unit=block.unit,
            value=block.value,
            max_years=block.max_years,
            benefit=block.benefit,
            benefit_months_min=block.benefit_months_min,
            benefit_months_max=block.benefit_months_max,
            evidence_kinds=default_kinds(block.unit, block.code),
        )
        for position, block in enumerate(preset.blocks)
    ]
    catalogue.bonuses = [
        CatalogueBonus(position=position, code=bonus.code, label=bonus.label, value=bonus.value)
        for position, bonus in enumerate(preset.bonuses)
    ]
    return catalogue


# --------------------------------------------------------------------------- contracts


def engine_contract(contract: Contract) -> sroi.Contract:
    """The engine contract of a stored contract."""
    return sroi.Contract(
        value=contract.value,
        sroi_percentage=contract.sroi_percentage,
        start=contract.start_date,
        end=contract.end_date,
        reduction_percentage=contract.reduction_percentage,
        penalty_percentage=contract.penalty_percentage,
        reference=contract.reference,
        cap=contract.sroi_cap,
    )


def contract_from_data(data: Mapping) -> sroi.Contract:
    """The engine contract of form or CSV data keyed like the model's columns.

    A missing reduction is 0 % and a missing penalty 100 %, as the contract form stores them.
    """
    penalty = data.get("penalty_percentage")
    return sroi.Contract(
        value=data["value"],
        sroi_percentage=data["sroi_percentage"],
        start=data["start_date"],
        end=data["end_date"],
        reduction_percentage=data.get("reduction_percentage") or Decimal(0),
        penalty_percentage=Decimal(100) if penalty is None else penalty,
        reference=data.get("reference") or "",
        cap=data.get("sroi_cap"),
    )


# --------------------------------------------------------------------------- policies

# The authority's threshold column for each kind of contract.
THRESHOLD_COLUMNS = {
    "werken": "sroi_threshold_works",
    "diensten": "sroi_threshold_services",
    "leveringen": "sroi_threshold_supplies",
}


def policy_presets() -> list[sroi.Policy]:
    """The policies shipped with the engine (the Friese eis, Lansingerland)."""
    return [sroi.load_policy(name) for name in sroi.policy_presets()]


def policy_preset(name: str) -> sroi.Policy | None:
    """A shipped policy by name, None when there is no such preset."""
    return sroi.load_policy(name) if name in sroi.policy_presets() else None


def engine_policy(authority: Organisation) -> sroi.Policy | None:
    """The authority's policy as an engine object; None when it has set no percentage.

    A kind without its own threshold uses the authority's general threshold (or none).
    """
    if authority.sroi_percentage is None:
        return None
    thresholds = {}
    for kind, column in THRESHOLD_COLUMNS.items():
        value = getattr(authority, column)
        if value is None:
            value = authority.sroi_threshold
        if value is not None:
            thresholds[kind] = value
    return sroi.Policy(
        name=authority.sroi_policy or "eigen-beleid",
        percentage=authority.sroi_percentage,
        thresholds=thresholds,
        cap=authority.sroi_cap,
        award_percentage_max=authority.sroi_award_percentage_max,
    )


def policy_from_data(data: Mapping) -> sroi.Policy:
    """The engine policy of the policy form's data (keys like the organisation's columns)."""
    return sroi.Policy(
        name=data.get("sroi_policy") or "eigen-beleid",
        percentage=data.get("sroi_percentage"),
        thresholds={
            kind: data[column]
            for kind, column in THRESHOLD_COLUMNS.items()
            if data.get(column) is not None
        },
        cap=data.get("sroi_cap"),
        award_percentage_max=data.get("sroi_award_percentage_max"),
    )


def requirement_for(authority: Organisation, kind: str, value: Decimal) -> sroi.Requirement | None:
    """The requirement of a (sub)project under the authority's policy, with its working."""
    policy = engine_policy(authority)
    if policy is None or not kind:
        return None
    return sroi.explain_required(policy, kind, value)


# --------------------------------------------------------------------------- activities


def activity_from_data(
    block: str,
    start: date,
    end: date | None = None,
    hours_per_week: Decimal | None = None,
    bonuses=(),
    hours: Decimal | None = None,
    amount: Decimal | None = None,
) -> sroi.Activity:
    """The engine activity of what a supplier reports (checked by the engine on creation)."""
    return sroi.Activity(
        block=block,
        start=start,
        end=end,
        hours_per_week=hours_per_week,
        bonuses=tuple(bonuses or ()),
        hours=hours,
        amount=amount,
    )


def engine_activity(activity: SroiActivity) -> sroi.Activity:
    """The engine activity of a stored activity."""
    return activity_from_data(
        activity.block_code,
        activity.start_date,
        activity.end_date,
        activity.hours_per_week,
        activity.bonuses,
        activity.hours,
        activity.amount,
    )


def person_key(client_id: int | None) -> str | None:
    """The engine's `person` of a linked candidate: a pseudonymous key, never a BSN."""
    return None if client_id is None else f"werkzoekende-{client_id}"


def hours_activity(
    client_id: int | None, start: date, end: date | None, hours_per_week: Decimal | None
) -> sroi.Activity:
    """An activity as the double-counting rule sees it: the person, the period and the hours
    (the block does not matter there)."""
    return sroi.Activity(
        block="uren",
        start=start,
        end=end,
        hours_per_week=hours_per_week,
        person=person_key(client_id),
    )


def overlaps(
    activities: Iterable[sroi.Activity], fulltime_hours: Decimal | None
) -> list[sroi.Overlap]:
    """`sroi.double_counted`: periods in which one person's activities exceed full time."""
    if fulltime_hours:
        return sroi.double_counted(list(activities), fulltime_hours=fulltime_hours)
    return sroi.double_counted(list(activities))


def status_for(
    contract: Contract, as_of: date, catalogues: EngineCatalogues | None = None
) -> sroi.ContractStatus:
    """Obligation, realised, pending, expected, state, shortfall and penalty of a contract."""
    accepted = [engine_activity(a) for a in contract.activities if a.state == "accepted"]
    pending = [engine_activity(a) for a in contract.activities if a.state == "submitted"]
    return sroi.contract_status(
        (catalogues or engine_catalogue)(contract.catalogue),
        engine_contract(contract),
        accepted=accepted,
        pending=pending,
        as_of=as_of,
    )


def stored_status(row) -> sroi.ContractStatus | None:
    """The engine status a stored row (`ContractSroiStatus`, written by `status_for` through
    `app.services.sroi_status`) holds; None when the engine objected to the contract."""
    if row is None or row.state not in sroi.STATE_LABELS:
        return None
    return sroi.ContractStatus(
        as_of=row.as_of,
        obligation=row.obligation,
        realized=row.realized,
        pending=row.pending,
        expected=row.expected,
        state=row.state,
        shortfall=row.shortfall,
        penalty=row.penalty,
        remaining=row.remaining,
        days_elapsed=row.days_elapsed,
        days_total=row.days_total,
    )


def valuation_for(
    activity: SroiActivity, as_of: date, catalogues: EngineCatalogues | None = None
) -> sroi.ActivityValuation:
    """An activity's value at `as_of` with its working (days, factor, window, formula)."""
    contract = activity.contract
    return sroi.explain_activity(
        (catalogues or engine_catalogue)(contract.catalogue),
        engine_contract(contract),
        engine_activity(activity),
        as_of=as_of,
    )


def plan_line_activity(line) -> sroi.Activity:
    """The engine activity of one planned person (or unit) of a plan van aanpak line."""
    return activity_from_data(
        line.block_code,
        line.start_date,
        line.end_date,
        line.hours_per_week,
        (),
        line.hours,
        line.amount,
    )


def planned_value(
    contract: Contract, lines, as_of: date, catalogues: EngineCatalogues | None = None
) -> Decimal:
    """What the plan's lines are worth at `as_of`: per line the engine's value × number."""
    catalogue = (catalogues or engine_catalogue)(contract.catalogue)
    engine = engine_contract(contract)
    total = Decimal("0.00")
    for line in lines:
        total += sroi.value_activity(catalogue, engine, plan_line_activity(line), as_of) * (
            line.number or 0
        )
    return total


def activity_values(
    activity: SroiActivity, dates: Iterable[date], catalogues: EngineCatalogues | None = None
) -> tuple[str, str, list[Decimal]]:
    """(block label, unit, [the activity's value at each date]) with the engine's plain
    `value_activity`: the stored figures of the yearly report (`app.services.sroi_status`)."""
    contract = activity.contract
    catalogue = (catalogues or engine_catalogue)(contract.catalogue)
    engine = engine_contract(contract)
    item = engine_activity(activity)
    values = [sroi.value_activity(catalogue, engine, item, as_of=on) for on in dates]
    block = next((b for b in catalogue.blocks if b.code == activity.block_code), None)
    return (block.label, block.unit, values) if block else (activity.block_code, "", values)


def valuation_or_error(
    activity: SroiActivity, as_of: date, catalogues: EngineCatalogues | None = None
) -> tuple[sroi.ActivityValuation | None, str | None]:
    """`valuation_for`, or the engine's Dutch objection when the activity cannot be valued."""
    try:
        return valuation_for(activity, as_of, catalogues), None
    except sroi.InputError as error:
        return None, error.message


# --------------------------------------------------------------------------- placements


def incentive_scheme_from_data(
    name: str,
    municipality: str,
    tiers: Iterable[tuple[int, Decimal]],
    min_hours_per_week: Decimal,
    eligible_benefits: Iterable[str],
    requires_benefit_at_start: bool,
    min_contract_months: int | None,
    *,
    code: str = "controle",
    source: str = "",
) -> sroi.IncentiveScheme:
    """An employer incentive from its settings: tiers as (months worked, amount) pairs."""
    return sroi.IncentiveScheme(
        code=code,
        name=name,
        municipality=municipality,
        tiers=tuple(sroi.IncentiveTier(months, amount) for months, amount in tiers),
        min_hours_per_week=min_hours_per_week,
        eligible_benefits=tuple(eligible_benefits),
        requires_benefit_at_start=requires_benefit_at_start,
        min_contract_months=min_contract_months,
        source=source,
    )


def engine_incentive_scheme(scheme: IncentiveScheme) -> sroi.IncentiveScheme:
    """The engine's view of a municipality's employer incentive (werkvoucher, …)."""
    return incentive_scheme_from_data(
        scheme.name,
        scheme.municipality.name if scheme.municipality else "",
        ((t.months, t.amount) for t in scheme.tiers),
        scheme.min_hours_per_week,
        (b for b in scheme.eligible_benefits or () if b in sroi.BENEFITS),
        scheme.requires_benefit_at_start,
        scheme.min_contract_months,
        code=f"regeling-{scheme.id}",
        source=scheme.source or "",
    )


def engine_exit_scheme(scheme: ExitPremiumScheme) -> sroi.ExitPremiumScheme:
    """The engine's view of a municipality's exit premium, with every setting: the retention
    period (`000` "vinden en behouden") and "more than" for the benefit and the work (`002`
    §3.3.9)."""
    return exit_scheme_from_data(
        scheme.name,
        scheme.municipality.name,
        scheme.amount,
        scheme.max_per_resident,
        scheme.eligible_benefits or (),
        scheme.min_benefit_months,
        scheme.min_work_months,
        benefit_more_than=bool(scheme.benefit_more_than),
        work_more_than=bool(scheme.work_more_than),
        max_gap_days=31 if scheme.max_gap_days is None else scheme.max_gap_days,
        code=f"db-{scheme.id}",
        source=scheme.source or "",
    )


def exit_scheme_from_data(
    name: str,
    municipality: str,
    amount: Decimal,
    max_times: int,
    benefit_types: Iterable[str],
    min_benefit_months: int,
    min_work_months: int,
    *,
    benefit_more_than: bool = False,
    work_more_than: bool = False,
    max_gap_days: int = 31,
    code: str = "controle",
    source: str = "",
) -> sroi.ExitPremiumScheme:
    """An exit premium from its settings; no benefit types means the Participatiewet."""
    return sroi.ExitPremiumScheme(
        code=code,
        name=name,
        municipality=municipality,
        amount=amount,
        max_times=max_times,
        benefit_types=tuple(benefit_types) or ("participatiewet",),
        min_benefit_months=min_benefit_months,
        benefit_more_than=benefit_more_than,
        min_work_months=min_work_months,
        work_more_than=work_more_than,
        max_gap_days=max_gap_days,
        source=source,
    )


def follow_up_rules(municipality: Organisation) -> tuple[sroi.FollowUpRule, ...]:
    """The municipality's follow-up moments (its own days, else 2 and 6 weeks) as engine rules."""
    days = {
        "call": municipality.follow_up_first_days,
        "second_contact": municipality.follow_up_second_days,
    }
    return tuple(
        sroi.FollowUpRule(kind, str(FOLLOW_UP_KINDS[kind]), days[kind] or default)
        for kind, default in FOLLOW_UP_DAYS.items()
    )


def engine_hours_periods(
    history: list[tuple[date, Decimal]], last_day: date | None
) -> list[sroi.HoursPeriod]:
    """Weekly hours over time (`(from, hours)`, as `placement_lifecycle.hours_history` gives
    them) as the engine's periods of constant hours, cut off at `last_day` (None: running)."""
    periods = []
    for index, (start, hours) in enumerate(history):
        if last_day is not None and start > last_day:
            break
        end = history[index + 1][0] - timedelta(days=1) if index + 1 < len(history) else None
        if last_day is not None and (end is None or end > last_day):
            end = last_day
        periods.append(sroi.HoursPeriod(start, end, hours))
    return periods


# --------------------------------------------------------------------------- errors


def engine_lkv_rules(rates: Iterable[LkvRate]) -> list[sroi.LkvRule]:
    """The LKV rows (`lkv_rates`, one target group, oldest first) as engine rules."""
    return [
        sroi.LkvRule(
            valid_from=rate.valid_from,
            per_hour=rate.per_hour,
            max_per_year=rate.max_per_year,
            max_years=rate.max_years,
            declaration_needed=rate.declaration_needed,
            source=rate.source,
        )
        for rate in rates
    ]


def form_field(engine_field: str | None) -> str:
    """The portal's name of an engine input (`start` → `start_date`); '' for none."""
    return _FORM_NAMES.get(engine_field or "", engine_field or "")


def field_errors(error: sroi.InputError) -> dict[str, str]:
    """{form field: Dutch message} for an engine error ('' for the form as a whole).

    A catalogue error gives each problem under its own field (`unit`, `value`, …), messages
    about one field joined, each starting with a capital.
    """
    if isinstance(error, sroi.CatalogueError):
        errors: dict[str, str] = {}
        for problem in error.problems:
            key = form_field(problem.field)
            text = problem.message[:1].upper() + problem.message[1:]
            errors[key] = f"{errors[key]} {text}" if key in errors else text
        return errors
    return {form_field(error.field): error.message}
