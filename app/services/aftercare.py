"""Aftercare of placements (SPEC §4.1–4.3): follow-up tasks, employer incentives, exit premiums.

Every state change of an incentive or premium is the SROI engine's decision on today's facts:
an incentive can be granted only while the engine still finds it eligible, paid only when the
engine says it is payable, and it is forfeited the moment the engine says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sroi
from app.extensions import db
from app.models import (
    Client,
    ExitPremium,
    ExitPremiumScheme,
    FollowUp,
    IncentiveAward,
    Placement,
    User,
)
from app.models.base import utcnow
from app.models.choices import PAID_PLACEMENT_KINDS
from app.services import audit
from app.services.placement_lifecycle import decide, reevaluate
from app.services.sroi_bridge import engine_exit_scheme

# Paid work, through the portal or found outside it (issue 16).
PAID_KINDS = PAID_PLACEMENT_KINDS


class WorklistError(ValueError):
    """The action is not allowed now (Dutch message)."""


# --- follow-up ----------------------------------------------------------------------------


def open_follow_ups(jobhunter: User, scope: set[int]) -> list[FollowUp]:
    """Open follow-up tasks of the jobhunter, oldest due date first."""
    return db.session.scalars(
        db.select(FollowUp)
        .join(FollowUp.placement)
        .join(Placement.client)
        .where(
            FollowUp.done_at.is_(None),
            FollowUp.jobhunter_id == jobhunter.id,
            Client.municipality_id.in_(scope),
        )
        .order_by(FollowUp.due_date)
    ).all()


def complete_follow_up(task: FollowUp, note: str) -> None:
    """Mark a follow-up task done with what was discussed."""
    if task.done_at is not None:
        raise WorklistError("Deze nazorgtaak is al afgerond.")
    task.done_at = utcnow()
    task.note = note.strip()
    audit.record("update", task, detail="nazorg afgerond")


# --- employer incentives ------------------------------------------------------------------


@dataclass
class AwardRow:
    award: IncentiveAward
    decision: sroi.IncentiveDecision

    @property
    def can_grant(self) -> bool:
        return (
            self.award.state == "requested"
            and self.decision.eligible
            and self.decision.state != "forfeited"
        )

    @property
    def can_pay(self) -> bool:
        return self.award.state == "granted" and self.decision.state == "payable"


def awards(scope: set[int], today: date, states: tuple[str, ...] | None = None) -> list[AwardRow]:
    query = (
        db.select(IncentiveAward)
        .join(IncentiveAward.placement)
        .join(Placement.client)
        .where(Client.municipality_id.in_(scope))
        .order_by(IncentiveAward.payable_on)
    )
    if states:
        query = query.where(IncentiveAward.state.in_(states))
    return [AwardRow(a, decide(a.scheme, a.placement, today)) for a in db.session.scalars(query)]


def change_award(award: IncentiveAward, action: str, today: date) -> str:
    """Grant, pay or re-check an award, following the engine's decision; returns the new state."""
    reevaluate(award.placement, today)
    if award.state == "forfeited":
        return award.state
    decision = decide(award.scheme, award.placement, today)
    if action == "grant":
        if award.state != "requested":
            raise WorklistError("Alleen een aangevraagde premie kan worden toegekend.")
        award.state = "granted"
    elif action == "pay":
        if award.state != "granted":
            raise WorklistError("Ken de premie eerst toe.")
        if decision.state != "payable":
            raise WorklistError(f"Nog niet uit te betalen: {' '.join(decision.reasons)}".strip())
        award.state, award.amount, award.payable_on = "paid", decision.amount, decision.payable_on
    elif action != "check":
        raise WorklistError("Onbekende actie.")
    award.decided_at = utcnow()
    audit.record("update", award, detail=f"{award.scheme.name}: {award.state}")
    return award.state


# --- exit premiums ------------------------------------------------------------------------


def exit_decision(
    scheme: ExitPremiumScheme, client: Client, today: date
) -> sroi.ExitPremiumDecision:
    """The engine's decision for one client from benefit, work and premium history."""
    benefits = []
    if client.benefit_start and client.benefit_type in sroi.BENEFITS:
        benefits.append((client.benefit_type, client.benefit_start, client.benefit_end))
    work = [
        (p.start_date, p.end_date)
        for p in db.session.scalars(
            db.select(Placement).where(
                Placement.client_id == client.id, Placement.kind.in_(PAID_KINDS)
            )
        )
    ]
    paid = [
        p.requested_on
        for p in db.session.scalars(
            db.select(ExitPremium).where(
                ExitPremium.client_id == client.id, ExitPremium.state != "forfeited"
            )
        )
    ]
    return sroi.decide_exit_premium(
        engine_exit_scheme(scheme),
        benefit_periods=benefits,
        work_periods=work,
        premiums_paid=paid,
        on=today,
    )


def exit_candidates(
    scope: set[int], today: date
) -> list[tuple[Client, ExitPremiumScheme, sroi.ExitPremiumDecision]]:
    """Clients with paid work for whom an active scheme of their municipality says 'eligible'."""
    from app.services.schemes import exit_premiums_in_force

    schemes = exit_premiums_in_force(scope, today)
    if not schemes:
        return []
    clients = db.session.scalars(
        db.select(Client).where(
            Client.municipality_id.in_(scope),
            Client.id.in_(db.select(Placement.client_id).where(Placement.kind.in_(PAID_KINDS))),
        )
    ).all()
    result = []
    for client in clients:
        for scheme in schemes:
            if scheme.municipality_id == client.municipality_id:
                decision = exit_decision(scheme, client, today)
                if decision.eligible:
                    result.append((client, scheme, decision))
    return result


def request_exit_premium(client: Client, scheme: ExitPremiumScheme, today: date) -> ExitPremium:
    from app.services.schemes import exit_premiums_in_force

    series = scheme.series_id or scheme.id
    current = next(
        (
            s
            for s in exit_premiums_in_force([scheme.municipality_id], today)
            if (s.series_id or s.id) == series
        ),
        None,
    )
    if current is None:
        raise WorklistError("Deze regeling geldt niet (meer) op deze datum.")
    scheme = current  # the version in force today decides
    decision = exit_decision(scheme, client, today)
    if not decision.eligible:
        raise WorklistError(" ".join(decision.reasons) or "Geen recht op de uitstroompremie.")
    premium = ExitPremium(
        scheme=scheme,
        client=client,
        state="requested",
        amount=decision.amount,
        requested_on=today,
        note=" ".join(decision.reasons),
    )
    db.session.add(premium)
    db.session.flush()
    audit.record(
        "create", premium, detail=f"uitstroompremie {decision.amount} voor werkzoekende {client.id}"
    )
    return premium


def pay_exit_premium(premium: ExitPremium, today: date) -> None:
    if premium.state not in ("requested", "granted"):
        raise WorklistError("Deze premie is al afgehandeld.")
    premium.state, premium.paid_on = "paid", today
    audit.record("update", premium, detail="uitstroompremie uitbetaald")
