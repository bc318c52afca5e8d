"""Aftercare of placements (SPEC §4.1–4.3): follow-up tasks, employer incentives, exit premiums.

Every state change of an incentive or premium is the SROI engine's decision on today's facts:
an incentive can be granted only once the placement has started and while the engine still
finds it eligible, paid only when the engine says it is payable, and it is forfeited the moment
the engine says so. Granting and paying show the engine's working (`sroi.explain_incentive`:
every condition and date) and need the user's confirmation. Above the municipality's
`four_eyes_threshold` a second user pays: not the one who granted the incentive or requested
the exit premium (vier-ogenprincipe).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from flask_babel import gettext as _
from sqlalchemy.orm import selectinload

import sroi
from app.extensions import db
from app.formatting import money
from app.models import (
    Client,
    ExitPremium,
    ExitPremiumScheme,
    FollowUp,
    IncentiveAward,
    IncentiveScheme,
    Organisation,
    Placement,
    User,
)
from app.models.base import utcnow
from app.models.choices import PAID_PLACEMENT_KINDS
from app.services import audit
from app.services.placement_lifecycle import explain, reevaluate
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
    working: sroi.IncentiveWorking

    @property
    def decision(self) -> sroi.IncentiveDecision:
        return self.working.decision

    @property
    def can_grant(self) -> bool:
        return self.award.state == "requested" and self.working.can_grant

    @property
    def can_pay(self) -> bool:
        return self.award.state == "granted" and self.working.payable


def award_working(award: IncentiveAward, on: date) -> sroi.IncentiveWorking:
    """The engine's decision on an award with every condition and date it checked."""
    return explain(award.scheme, award.placement, on)


def four_eyes_threshold(municipality: Organisation) -> Decimal | None:
    """The amount above which a second user pays (None: no second user needed)."""
    return municipality.four_eyes_threshold


def needs_second_user(amount: Decimal | None, municipality: Organisation) -> bool:
    threshold = four_eyes_threshold(municipality)
    return threshold is not None and amount is not None and amount > threshold


def _second_user_check(amount, municipality, first: User | None, user: User) -> None:
    if needs_second_user(amount, municipality) and first is not None and first.id == user.id:
        raise WorklistError(
            _(
                "Vier ogen: boven %(threshold)s betaalt een tweede medewerker uit. U heeft dit "
                "zelf in gang gezet; vraag een collega om de uitbetaling te doen.",
                threshold=money(four_eyes_threshold(municipality)),
            )
        )


def _unmet(working: sroi.IncentiveWorking) -> str:
    return "; ".join(f"{c.label.lower()}: {c.detail}" for c in working.conditions if not c.met)


def awards(scope: set[int], today: date, states: tuple[str, ...] | None = None) -> list[AwardRow]:
    # What the engine and the dashboard read of each award, in one query per relationship.
    placement = selectinload(IncentiveAward.placement)
    query = awards_select(scope, states).options(
        selectinload(IncentiveAward.scheme).selectinload(IncentiveScheme.tiers),
        placement.selectinload(Placement.client),
        placement.selectinload(Placement.hour_changes),
    )
    return award_rows(db.session.scalars(query), today)


def award_rows(found, today: date) -> list[AwardRow]:
    """Awards with the engine's working today (for one page of `awards_select`)."""
    return [AwardRow(a, award_working(a, today)) for a in found]


def awards_select(scope: set[int], states: tuple[str, ...] | None = None):
    """The awards of placements of clients in `scope`, first payable first (a select)."""
    query = (
        db.select(IncentiveAward)
        .join(IncentiveAward.placement)
        .join(Placement.client)
        .where(Client.municipality_id.in_(scope))
        .order_by(IncentiveAward.payable_on)
    )
    if states:
        query = query.where(IncentiveAward.state.in_(states))
    return query


def check_award(award: IncentiveAward, today: date) -> str:
    """Ask the engine again (forfeits when it says so); returns the state."""
    reevaluate(award.placement, today)
    award.decided_at = utcnow()
    audit.record("update", award, detail=f"{award.scheme.name}: {award.state}")
    return award.state


def grant_award(award: IncentiveAward, user: User, today: date, confirmed: bool) -> str:
    """Grant after the user confirmed the engine's working; refused before the placement starts
    or when a condition fails. Returns the new state (`forfeited` when the engine says so)."""
    reevaluate(award.placement, today)
    if award.state == "forfeited":
        return award.state
    if award.state != "requested":
        raise WorklistError(_("Alleen een aangevraagde premie kan worden toegekend."))
    working = award_working(award, today)
    if not working.can_grant:
        raise WorklistError(_("Nog niet toe te kennen: %(why)s.", why=_unmet(working)))
    if not confirmed:
        raise WorklistError(
            _("Vink aan dat u de voorwaarden en data hierboven heeft gecontroleerd.")
        )
    award.state, award.granted_by, award.decided_at = "granted", user, utcnow()
    audit.record("update", award, detail=f"{award.scheme.name}: granted")
    return award.state


def pay_award(award: IncentiveAward, user: User, today: date, confirmed: bool) -> str:
    """Pay only when the engine says payable, after confirmation, by a second user above the
    municipality's threshold. Returns the new state."""
    reevaluate(award.placement, today)
    if award.state == "forfeited":
        return award.state
    if award.state != "granted":
        raise WorklistError(_("Ken de premie eerst toe."))
    working = award_working(award, today)
    if not working.payable:
        reasons = " ".join(working.decision.reasons)
        raise WorklistError(_("Nog niet uit te betalen: %(why)s", why=reasons).strip())
    _second_user_check(
        working.decision.amount, award.placement.client.municipality, award.granted_by, user
    )
    if not confirmed:
        raise WorklistError(
            _("Vink aan dat u de voorwaarden en data hierboven heeft gecontroleerd.")
        )
    award.state, award.amount = "paid", working.decision.amount
    award.payable_on, award.paid_by, award.decided_at = working.decision.payable_on, user, utcnow()
    audit.record("update", award, detail=f"{award.scheme.name}: paid")
    return award.state


# --- exit premiums ------------------------------------------------------------------------


def exit_decision(
    scheme: ExitPremiumScheme, client: Client, today: date, excluding: ExitPremium | None = None
) -> sroi.ExitPremiumDecision:
    """The engine's decision for one client from benefit, work and premium history
    (`excluding`: a requested premium that is being paid, so it does not count against itself).
    """
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
                ExitPremium.client_id == client.id,
                ExitPremium.state != "forfeited",
                ExitPremium.id != (excluding.id if excluding is not None else -1),
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


def request_exit_premium(
    client: Client, scheme: ExitPremiumScheme, today: date, user: User | None = None
) -> ExitPremium:
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
        requested_by=user,
    )
    db.session.add(premium)
    db.session.flush()
    audit.record(
        "create", premium, detail=f"uitstroompremie {decision.amount} voor werkzoekende {client.id}"
    )
    return premium


def pay_exit_premium(premium: ExitPremium, user: User, today: date, confirmed: bool) -> None:
    """Pay when the engine still says eligible (this premium not counted against itself), after
    confirmation, by a second user above the municipality's threshold."""
    if premium.state not in ("requested", "granted"):
        raise WorklistError(_("Deze premie is al afgehandeld."))
    decision = exit_decision(premium.scheme, premium.client, today, excluding=premium)
    if not decision.eligible:
        raise WorklistError(
            _("Niet uit te betalen: %(why)s", why=" ".join(decision.reasons)).strip()
        )
    _second_user_check(premium.amount, premium.client.municipality, premium.requested_by, user)
    if not confirmed:
        raise WorklistError(_("Vink aan dat u de voorwaarden hierboven heeft gecontroleerd."))
    premium.state, premium.paid_on, premium.paid_by = "paid", today, user
    audit.record("update", premium, detail="uitstroompremie uitbetaald")
