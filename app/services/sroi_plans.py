"""The supplier's plan van aanpak at award (issue 18): planned activities per block with
numbers, dates and the candidates' profile wanted; the coördinator approves it; the contract
page shows planned against realised and expected, with a forecast of the end state.

The forecast, in words the coördinator can check:

    pace      = realised so far / planned so far (at most 1; 1 when nothing was planned yet)
    forecast  = realised so far + (planned at the end − planned so far) × pace

so a supplier who realised 60 % of what it planned up to now is expected to realise 60 % of
the rest of its plan too; one ahead of its plan is expected to carry out the rest as planned.
Every value comes from the engine (`sroi_bridge.planned_value`, `status_for`).

The acting user and the day are arguments; every change is audited; nothing is committed here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy.orm import selectinload

import sroi
from app.extensions import db
from app.formatting import ddmmyyyy, money
from app.models import Contract, SroiPlan, SroiPlanLine, User
from app.services import audit
from app.services.sroi_bridge import (
    EngineCatalogues,
    activity_from_data,
    field_errors,
    planned_value,
    status_for,
)
from app.services.sroi_contract_view import progress

MAX_NUMBER = 500
MAX_PROFILE = 2000
CENT = Decimal("0.01")


class PlanError(ValueError):
    """The change cannot be made; `errors` maps a form field ('' for the form) to Dutch."""

    def __init__(self, errors: dict[str, str]):
        super().__init__(" ".join(errors.values()))
        self.errors = errors


def plan_for(contract: Contract) -> SroiPlan | None:
    return db.session.scalars(
        db.select(SroiPlan).where(SroiPlan.contract_id == contract.id)
    ).first()


def _plan(contract: Contract) -> SroiPlan:
    plan = plan_for(contract)
    if plan is None:
        plan = SroiPlan(contract=contract, contract_id=contract.id, state="draft", note="")
        plan.decision_note = ""
        db.session.add(plan)
        db.session.flush()
    return plan


# --------------------------------------------------------------------------- the supplier


def add_line(contract: Contract, data: dict, user: User) -> SroiPlanLine:
    """Add planned activities to the contract's plan (the supplier, while it is a draft)."""
    plan = _plan(contract)
    errors: dict[str, str] = {}
    if plan.state != "draft":
        raise PlanError({"": "Het plan is ingediend; het kan niet meer worden gewijzigd."})
    codes = {block.code for block in contract.catalogue.blocks}
    block = data.get("block_code") or ""
    if block not in codes:
        errors["block_code"] = "Kies een bouwblok uit het model van het contract."
    number = data.get("number")
    if number is None or not 1 <= number <= MAX_NUMBER:
        errors["number"] = f"Vul een aantal in van 1 tot en met {MAX_NUMBER}."
    start, end = data.get("start_date"), data.get("end_date")
    if start is None:
        errors["start_date"] = "Vul de startdatum in."
    elif not contract.start_date <= start <= contract.end_date:
        errors["start_date"] = (
            f"De start moet binnen de looptijd liggen ({ddmmyyyy(contract.start_date)} tot en "
            f"met {ddmmyyyy(contract.end_date)})."
        )
    if start and end and end < start:
        errors["end_date"] = "De einddatum ligt vóór de startdatum."
    profile = (data.get("profile") or "").strip()
    if len(profile) > MAX_PROFILE:
        errors["profile"] = f"Het profiel is te lang (maximaal {MAX_PROFILE} tekens)."
    if not errors:
        try:
            activity = activity_from_data(
                block,
                start,
                end,
                data.get("hours_per_week"),
                (),
                data.get("hours"),
                data.get("amount"),
            )
            catalogue_check(contract, activity, start)
        except sroi.InputError as exc:
            errors.update(field_errors(exc) or {"": exc.message})
    if errors:
        raise PlanError(errors)
    line = SroiPlanLine(
        plan=plan,
        block_code=block,
        number=number,
        start_date=start,
        end_date=end,
        hours_per_week=data.get("hours_per_week"),
        hours=data.get("hours"),
        amount=data.get("amount"),
        profile=profile,
    )
    db.session.add(line)
    db.session.flush()
    audit.record("create", line, detail=f"plan van aanpak {contract.reference}: {number} × {block}")
    return line


def catalogue_check(contract: Contract, activity: sroi.Activity, on: date) -> None:
    """The engine values the activity once (missing hours or amounts become its error)."""
    from app.services.sroi_bridge import engine_catalogue, engine_contract

    sroi.value_activity(
        engine_catalogue(contract.catalogue), engine_contract(contract), activity, on
    )


def remove_line(line: SroiPlanLine, user: User) -> None:
    if line.plan.state != "draft":
        raise PlanError({"": "Het plan is ingediend; het kan niet meer worden gewijzigd."})
    audit.record("delete", line, detail=f"plan van aanpak: {line.number} × {line.block_code}")
    db.session.delete(line)


def submit(contract: Contract, user: User, now: datetime | None = None) -> SroiPlan:
    plan = plan_for(contract)
    if plan is None or not plan.lines:
        raise PlanError({"": "Voeg eerst geplande activiteiten toe."})
    if plan.state != "draft":
        raise PlanError({"": "Het plan is al ingediend."})
    plan.state = "submitted"
    plan.submitted_at = now or datetime.now(UTC)
    audit.record("update", plan, detail=f"plan van aanpak {contract.reference} ingediend")
    return plan


# --------------------------------------------------------------------------- the coördinator


def decide(contract: Contract, approve: bool, note: str, user: User, on: date) -> SroiPlan:
    """Approve the submitted plan, or send it back to the supplier with a remark."""
    plan = plan_for(contract)
    if plan is None or plan.state != "submitted":
        raise PlanError({"": "Er is geen ingediend plan van aanpak om te beoordelen."})
    note = (note or "").strip()
    if not approve and not note:
        raise PlanError({"note": "Schrijf de leverancier wat er aan het plan moet veranderen."})
    plan.state = "approved" if approve else "draft"
    plan.decided_on = on
    plan.decided_by_id = user.id
    plan.decision_note = note
    audit.record(
        "update",
        plan,
        detail=f"plan van aanpak {contract.reference} "
        + ("goedgekeurd" if approve else f"teruggestuurd: {note}")[:1500],
    )
    return plan


# --------------------------------------------------------------------------- planned vs realised


@dataclass
class PlanPoint:
    on: date
    expected: Decimal
    planned: Decimal
    realized: Decimal | None
    forecast: Decimal | None


@dataclass
class PlanView:
    plan: SroiPlan
    line_values: list[tuple[SroiPlanLine, Decimal]]
    planned_end: Decimal
    planned_now: Decimal
    realized_now: Decimal
    obligation: Decimal
    pace: Decimal
    forecast: Decimal
    forecast_shortfall: Decimal
    forecast_penalty: Decimal
    workings: dict[str, str]
    points: list[PlanPoint] = field(default_factory=list)


def _forecast(realized: Decimal, planned_now: Decimal, planned_at: Decimal, pace: Decimal):
    return (realized + (planned_at - planned_now) * pace).quantize(CENT, ROUND_HALF_UP)


def plan_view(contract: Contract, as_of: date) -> PlanView | None:
    """Planned (approved or submitted plan), realised and expected, and the forecast."""
    plan = plan_for(contract)
    if plan is None or not plan.lines:
        return None
    catalogues = EngineCatalogues()
    try:
        status = status_for(contract, as_of, catalogues)
        planned_now = planned_value(contract, plan.lines, as_of, catalogues)
        planned_end = planned_value(contract, plan.lines, contract.end_date, catalogues)
        line_values = [
            (line, planned_value(contract, [line], contract.end_date, catalogues))
            for line in plan.lines
        ]
    except sroi.InputError:
        return None
    realized = status.realized
    pace = Decimal(1) if planned_now <= 0 else min(Decimal(1), realized / planned_now)
    pace = pace.quantize(Decimal("0.0001"), ROUND_HALF_UP)
    remaining = max(planned_end - planned_now, Decimal(0))
    forecast = (
        _forecast(realized, planned_now, planned_end, pace)
        if as_of < contract.end_date
        else realized
    )
    shortfall = max(status.obligation - forecast, Decimal("0.00"))
    penalty = (shortfall * contract.penalty_percentage / 100).quantize(CENT, ROUND_HALF_UP)
    pace_pct = sroi.format_number((pace * 100).quantize(Decimal("0.1"), ROUND_HALF_UP))
    workings = {
        "planned": f"{money(planned_end)} = de waarde van de geplande activiteiten bij het einde "
        f"({ddmmyyyy(contract.end_date)}), met dezelfde rekenregels als gemelde activiteiten",
        "pace": f"tempo {pace_pct} % = gerealiseerd {money(realized)} / gepland tot nu "
        f"{money(planned_now)} (hoogstens 100 %)",
        "forecast": f"{money(forecast)} = gerealiseerd {money(realized)} + rest van het plan "
        f"{money(remaining)} × {pace_pct} %",
    }
    if shortfall > 0:
        workings["penalty"] = (
            f"verwacht tekort {money(shortfall)} = verplichting {money(status.obligation)} − "
            f"prognose {money(forecast)}; boete bij dit tempo {money(penalty)}"
        )
    points = []
    for point in progress(contract, as_of, catalogues=catalogues):
        planned_at = planned_value(contract, plan.lines, point.on, catalogues)
        forecast_at = None
        if point.on >= as_of:
            forecast_at = _forecast(realized, planned_now, planned_at, pace)
        points.append(PlanPoint(point.on, point.expected, planned_at, point.realized, forecast_at))
    return PlanView(
        plan=plan,
        line_values=line_values,
        planned_end=planned_end,
        planned_now=planned_now,
        realized_now=realized,
        obligation=status.obligation,
        pace=pace,
        forecast=forecast,
        forecast_shortfall=shortfall,
        forecast_penalty=penalty,
        workings=workings,
        points=points,
    )


def upcoming_lines(contracts, today: date, days: int = 92) -> dict[int, list[SroiPlanLine]]:
    """Per contract id, the lines of its approved plan that start within `days` or run now
    (for SROI-kansen): the plans of all `contracts` with their lines in two queries."""
    ids = [contract.id for contract in contracts]
    if not ids:
        return {}
    plans = db.session.scalars(
        db.select(SroiPlan)
        .where(SroiPlan.contract_id.in_(ids), SroiPlan.state == "approved")
        .options(selectinload(SroiPlan.lines))
    )
    return {
        plan.contract_id: [
            line
            for line in plan.lines
            if (line.start_date - today).days <= days
            and (line.end_date is None or line.end_date >= today)
        ]
        for plan in plans
    }
