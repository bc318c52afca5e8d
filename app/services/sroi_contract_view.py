"""What the procurement contract page shows, all from the engine: the status with its working
(obligation, expected, penalty, in words the user can check), the progress chart's points and
every activity with its valuation."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import sroi
from app.formatting import money
from app.models import Contract, SroiActivity
from app.services.sroi_bridge import EngineCatalogues, status_for, valuation_for
from app.services.sroi_reports import ContractLine, line_for


@dataclass
class ProgressPoint:
    on: date
    expected: Decimal
    realized: Decimal | None


def _month_end(d: date) -> date:
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def progress(
    contract: Contract,
    as_of: date,
    max_points: int = 48,
    catalogues: EngineCatalogues | None = None,
) -> list[ProgressPoint]:
    """Expected (whole term) and realised (up to `as_of`) at month ends, from the engine."""
    start, end = contract.start_date, contract.end_date
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    step = max(1, -(-months // max_points))
    days = {start, end}
    cursor = _month_end(start)
    while cursor < end:
        days.add(cursor)
        cursor = _month_end(sroi.add_months(cursor.replace(day=1), step))
    if start <= as_of <= end:
        days.add(as_of)
    points = []
    catalogues = catalogues or EngineCatalogues()
    for day in sorted(days):
        status = status_for(contract, day, catalogues)
        points.append(
            ProgressPoint(day, status.expected, status.realized if day <= as_of else None)
        )
    return points


def obligation_working(contract: Contract, status: sroi.ContractStatus) -> str:
    """`€ 60.000,00 = € 1.200.000,00 × 5 % × (100 % − 0 %)`, inputs beside the engine's result."""

    def pct(v: Decimal) -> str:
        return sroi.format_number(v) + " %"

    text = f"{money(status.obligation)} = {money(contract.value)} × {pct(contract.sroi_percentage)}"
    if contract.reduction_percentage:
        text += f" × (100 % − {pct(contract.reduction_percentage)} korting)"
    if contract.sroi_cap is not None and status.obligation >= contract.sroi_cap:
        text += f", begrensd op {money(contract.sroi_cap)} per (deel)project"
    return text


def expected_working(status: sroi.ContractStatus) -> str:
    return (
        f"{money(status.expected)} = {money(status.obligation)} × {status.days_elapsed}/"
        f"{status.days_total} dagen van de looptijd"
    )


def penalty_working(contract: Contract, status: sroi.ContractStatus) -> str:
    return (
        f"{money(status.penalty)} = tekort {money(status.shortfall)} × "
        f"{sroi.format_number(contract.penalty_percentage)} %"
    )


@dataclass
class ActivityLine:
    activity: SroiActivity
    valuation: sroi.ActivityValuation | None
    error: str | None


@dataclass
class ContractView:
    """Everything the contract page shows, all from the engine."""

    line: ContractLine
    points: list[ProgressPoint]
    activities: list[ActivityLine]
    workings: dict[str, str]


def contract_view(contract: Contract, as_of: date) -> ContractView:
    catalogues = EngineCatalogues()
    line = line_for(contract, as_of, catalogues)
    activities = []
    for activity in sorted(contract.activities, key=lambda a: (a.start_date, a.id)):
        try:
            valuation = valuation_for(activity, as_of, catalogues)
            activities.append(ActivityLine(activity, valuation, None))
        except sroi.InputError as exc:
            activities.append(ActivityLine(activity, None, exc.message))
    workings: dict[str, str] = {}
    points: list[ProgressPoint] = []
    if line.status:
        workings["obligation"] = obligation_working(contract, line.status)
        workings["expected"] = expected_working(line.status)
        if line.status.state == "not_met":
            workings["penalty"] = penalty_working(contract, line.status)
        points = progress(contract, as_of, catalogues=catalogues)
    return ContractView(line=line, points=points, activities=activities, workings=workings)
