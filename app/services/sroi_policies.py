"""The authority's SROI policy (issue 18, SPEC §5.5) and a contract's requirement under it.

A policy is a preset shipped with the engine (the Friese eis, Lansingerland) or the authority's
own figures: the percentage, a threshold per kind of contract (werken, diensten, leveringen),
a cap per (sub)project, the highest percentage with an award criterion, and the default penalty
for new contracts. The engine checks every figure (`sroi.Policy`); its messages come back per
field. The acting user is an argument; every change is audited; nothing is committed here.
"""

from __future__ import annotations

from decimal import Decimal

import sroi
from app.formatting import money, pct
from app.models import Organisation, User
from app.services import audit
from app.services.sroi_bridge import (
    engine_policy,
    field_errors,
    policy_from_data,
    policy_preset,
    requirement_for,
)

COLUMNS = (
    "sroi_policy",
    "sroi_percentage",
    "sroi_threshold_works",
    "sroi_threshold_services",
    "sroi_threshold_supplies",
    "sroi_cap",
    "sroi_award_percentage_max",
    "sroi_penalty_percentage",
)
DEFAULT_PENALTY = Decimal(100)
# The engine's names of a policy's inputs, as the form names them.
FORM_FIELDS = {
    "percentage": "sroi_percentage",
    "cap": "sroi_cap",
    "award_percentage_max": "sroi_award_percentage_max",
    "thresholds": "sroi_threshold_works",
}


class PolicyError(ValueError):
    def __init__(self, errors: dict[str, str]):
        super().__init__(" ".join(errors.values()))
        self.errors = errors


def preset_values(name: str) -> dict:
    """The form values of a shipped preset (the percentage, thresholds, cap, award maximum)."""
    policy = policy_preset(name)
    if policy is None:
        return {}
    return {
        "sroi_policy": policy.name,
        "sroi_percentage": policy.percentage,
        "sroi_threshold_works": policy.thresholds.get("werken"),
        "sroi_threshold_services": policy.thresholds.get("diensten"),
        "sroi_threshold_supplies": policy.thresholds.get("leveringen"),
        "sroi_cap": policy.cap,
        "sroi_award_percentage_max": policy.award_percentage_max,
    }


def set_policy(authority: Organisation, data: dict, user: User) -> dict[str, tuple]:
    """Store the authority's policy; a chosen preset fills in its own figures. Audited."""
    data = dict(data)
    name = data.get("sroi_policy") or None
    if name:
        if policy_preset(name) is None:
            raise PolicyError({"sroi_policy": "Kies een beleid uit de lijst."})
        data.update(preset_values(name))
    if data.get("sroi_percentage") is not None:
        try:
            policy_from_data(data)
        except sroi.InputError as exc:
            errors = field_errors(exc)
            raise PolicyError(
                {FORM_FIELDS.get(k, k) or "": v for k, v in errors.items()} or {"": exc.message}
            ) from None
    changes = {}
    for column in COLUMNS:
        value = data.get(column)
        if column == "sroi_policy":
            value = name
        old = getattr(authority, column)
        if old != value:
            changes[column] = (old, value)
            setattr(authority, column, value)
    if changes:
        audit.record(
            "update",
            authority,
            detail="SROI-beleid: "
            + "; ".join(
                f"{k}: {a if a is not None else 'leeg'} → {b}" for k, (a, b) in changes.items()
            ),
        )
    return changes


def describe(authority: Organisation) -> list[str]:
    """The policy in Dutch lines for the settings page and the contract form."""
    policy = engine_policy(authority)
    if policy is None:
        return [
            f"{authority.name} heeft geen SROI-beleid ingesteld; de drempel geldt voor alle "
            "soorten opdrachten."
        ]
    lines = [f"SROI-eis: {pct(policy.percentage)} van de opdrachtwaarde excl. btw."]
    for kind in sroi.KINDS:
        threshold = policy.thresholds.get(kind)
        label = sroi.KIND_LABELS[kind]
        lines.append(
            f"{label}: vanaf {money(threshold)}." if threshold is not None else f"{label}: altijd."
        )
    if policy.cap is not None:
        lines.append(f"Hoogstens {money(policy.cap)} per (deel)project.")
    if policy.award_percentage_max is not None:
        lines.append(
            f"Met gunningscriterium tot {pct(policy.award_percentage_max)} van de opdrachtwaarde."
        )
    lines.append(f"Boete bij niet nakomen: {pct(default_penalty(authority))} van het tekort.")
    return lines


def thresholds(authority: Organisation) -> Decimal | dict | None:
    """The threshold the contract form checks at once: {kind: threshold} under a policy, else
    the general threshold (None: none)."""
    policy = engine_policy(authority)
    if policy is None:
        return authority.sroi_threshold
    return dict(policy.thresholds)


def default_penalty(authority: Organisation | None) -> Decimal:
    """The penalty percentage a new contract of this authority gets unless set otherwise."""
    if authority is not None and authority.sroi_penalty_percentage is not None:
        return authority.sroi_penalty_percentage
    return DEFAULT_PENALTY


def check_contract(authority: Organisation, data: dict) -> dict[str, str]:
    """The policy's checks of a contract: its kind's threshold, the percentage between the
    requirement and the award maximum. Returns {field: Dutch message}."""
    policy = engine_policy(authority)
    kind = data.get("contract_kind") or None
    if policy is None:
        return {}
    errors: dict[str, str] = {}
    if kind is None:
        return {"contract_kind": "Kies de soort opdracht: werken, diensten of leveringen."}
    value = data.get("value")
    if value is None:
        return {}
    requirement = requirement_for(authority, kind, value)
    if requirement is not None and not requirement.qualifies:
        errors["value"] = (
            f"{requirement.formula} Dan geldt geen SROI-verplichting en hoort het contract hier "
            "niet."
        )
    percentage = data.get("sroi_percentage")
    if percentage is not None:
        if percentage < policy.percentage:
            errors["sroi_percentage"] = (
                f"Het beleid van {authority.name} vraagt minstens {pct(policy.percentage)}."
            )
        elif policy.award_percentage_max is not None and percentage > policy.award_percentage_max:
            errors["sroi_percentage"] = (
                f"Met gunningscriterium is hoogstens {pct(policy.award_percentage_max)} toegestaan."
            )
    return errors


def contract_cap(authority: Organisation) -> Decimal | None:
    """The cap per (sub)project a new or changed contract of this authority gets."""
    policy = engine_policy(authority)
    return policy.cap if policy is not None else None
