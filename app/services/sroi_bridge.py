"""The one place where database rows become SROI engine objects.

SPEC §1: pure engines, thin portal. Every SROI number the portal shows comes from these
functions, so the employer, procurement and jobhunter pages always agree with the engine.
"""

from __future__ import annotations

from datetime import date

from flask import g, has_app_context

import sroi
from app.models import Catalogue, Contract, SroiActivity


def catalogue_dict(catalogue: Catalogue) -> dict:
    """The database copy of a catalogue in the engine's dict format."""
    data: dict = {
        "name": catalogue.name,
        "title": catalogue.title,
        "source": catalogue.source or "eigen catalogus in Werkbrug",
    }
    if catalogue.fulltime_hours is not None:
        data["fulltime_hours"] = str(catalogue.fulltime_hours.normalize())
    data["blocks"] = []
    for block in catalogue.blocks:
        item = {
            "code": block.code,
            "label": block.label,
            "unit": block.unit,
            "value": str(block.value.normalize()),
        }
        for name in ("max_years", "benefit", "benefit_months_min", "benefit_months_max"):
            if getattr(block, name) is not None:
                item[name] = getattr(block, name)
        data["blocks"].append(item)
    if catalogue.bonuses:
        data["bonuses"] = [
            {"code": b.code, "label": b.label, "value": str(b.value.normalize())}
            for b in catalogue.bonuses
        ]
    return data


def engine_catalogue(catalogue: Catalogue) -> sroi.Catalogue:
    """The validated engine catalogue for a database catalogue (built once per request)."""
    cache = g.setdefault("_sroi_catalogues", {}) if has_app_context() else {}
    if catalogue.id not in cache:
        cache[catalogue.id] = sroi.catalogue_from_dict(
            catalogue_dict(catalogue), source=catalogue.name
        )
    return cache[catalogue.id]


def engine_contract(contract: Contract) -> sroi.Contract:
    return sroi.Contract(
        value=contract.value,
        sroi_percentage=contract.sroi_percentage,
        start=contract.start_date,
        end=contract.end_date,
        reduction_percentage=contract.reduction_percentage,
        penalty_percentage=contract.penalty_percentage,
        reference=contract.reference,
    )


def engine_activity(activity: SroiActivity) -> sroi.Activity:
    return sroi.Activity(
        block=activity.block_code,
        start=activity.start_date,
        end=activity.end_date,
        hours_per_week=activity.hours_per_week,
        bonuses=tuple(activity.bonuses or ()),
        hours=activity.hours,
        amount=activity.amount,
    )


def status_for(contract: Contract, as_of: date) -> sroi.ContractStatus:
    """Obligation, realised, pending, expected, state, shortfall and penalty of a contract."""
    accepted = [engine_activity(a) for a in contract.activities if a.state == "accepted"]
    pending = [engine_activity(a) for a in contract.activities if a.state == "submitted"]
    return sroi.contract_status(
        engine_catalogue(contract.catalogue),
        engine_contract(contract),
        accepted=accepted,
        pending=pending,
        as_of=as_of,
    )


def valuation_for(activity: SroiActivity, as_of: date) -> sroi.ActivityValuation:
    """An activity's value at `as_of` with its working (days, factor, window, formula)."""
    contract = activity.contract
    return sroi.explain_activity(
        engine_catalogue(contract.catalogue),
        engine_contract(contract),
        engine_activity(activity),
        as_of=as_of,
    )
