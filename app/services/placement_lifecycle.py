"""Placements: a candidate starts or stops working, hours change; follow-up and incentives follow.

On a start (SPEC §4.1–4.2) this creates the follow-up tasks for the responsible jobhunter at
the municipality's configured days, and asks the SROI engine (`sroi.decide_incentive`) about
every active incentive scheme of the client's municipality: each scheme the placement
qualifies for becomes an `IncentiveAward` in state `requested` with the amount and the date it
becomes payable. An end or a change of hours re-asks the engine; when it says the incentive is
forfeited (employment ended or hours dropped below the minimum before the months were done)
the award becomes `forfeited`. Jobhunter and employer pages use the same functions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from flask_babel import gettext as _

import sroi
from app.extensions import db
from app.formatting import ddmmyyyy, money
from app.models import (
    Client,
    Contract,
    Employer,
    FollowUp,
    IncentiveAward,
    IncentiveScheme,
    MinimumWage,
    Placement,
    PlacementHours,
    Proposal,
    User,
)
from app.models.base import utcnow
from app.models.choices import END_REASONS
from app.security import employer_proposals
from app.services import audit, disclosure, minimum_wages, placement_rules
from app.services.proposals import mark_hired
from app.services.sroi_bridge import engine_incentive_scheme, follow_up_rules

OPEN_AWARD_STATES = ("requested", "granted")


class PlacementError(ValueError):
    """The change cannot be made; `field` names the form field for the Dutch message."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field

    @property
    def errors(self) -> dict[str, str]:
        """`{field: message}` for `app.fields.add_errors`."""
        return {self.field or "": str(self)}


class PlacementRefused(PlacementError):
    """The start or change breaks one or more rules (`placement_rules`), each with its field."""

    def __init__(self, refusals: list[placement_rules.Refusal]):
        super().__init__(refusals[0].message, refusals[0].field)
        self.refusals = refusals

    @property
    def errors(self) -> dict[str, str]:
        return placement_rules.refusal_errors(self.refusals)


@dataclass(frozen=True)
class IncentiveOutlook:
    """What a scheme means for one placement, for the employer and jobhunter pages."""

    scheme: IncentiveScheme
    decision: sroi.IncentiveDecision
    award: IncentiveAward | None

    @property
    def sentence(self) -> str:
        """The outlook in one sentence.

        E.g. "Werkvoucher € 2.000, uit te betalen vanaf 05-07-2026 als het dienstverband dan nog
        loopt".
        """
        award, decision, name = self.award, self.decision, self.scheme.name
        if award is not None and award.state == "paid":
            return _("%(name)s %(amount)s is uitbetaald.", name=name, amount=money(award.amount))
        if (award is not None and award.state == "forfeited") or decision.state == "forfeited":
            return _("%(name)s is vervallen.", name=name)
        if not decision.eligible:
            return _("Geen %(name)s voor deze plaatsing.", name=name.lower())
        if decision.state == "payable":
            return _(
                "%(name)s %(amount)s, uit te betalen vanaf %(date)s.",
                name=name,
                amount=money(decision.amount),
                date=ddmmyyyy(decision.payable_on),
            )
        return _(
            "%(name)s %(amount)s, uit te betalen vanaf %(date)s als het dienstverband "
            "dan nog loopt.",
            name=name,
            amount=money(decision.prospective_amount),
            date=ddmmyyyy(decision.prospective_on),
        )

    @property
    def reasons(self) -> tuple[str, ...]:
        """The engine's reasons as an employer may read them (`app.services.disclosure`)."""
        return disclosure.employer_reasons(self.decision)


def benefit_on(client: Client, day: date) -> str | None:
    """The client's benefit type on `day`, or None when not on benefit then."""
    if not client.benefit_type or client.benefit_type == "nug":
        return None
    if client.benefit_start and client.benefit_start > day:
        return None
    if client.benefit_end and client.benefit_end < day:
        # A benefit that stopped because of work shortly before it started still counts: the
        # employer hired someone on benefit (issue 16, exits recorded with their benefit end).
        if client.benefit_end_reason != "work" or (day - client.benefit_end).days > 31:
            return None
    return client.benefit_type


def hours_history(placement: Placement) -> list[tuple[date, Decimal]]:
    """`(from, hours a week)` from the start, including recorded changes."""
    history = [(placement.start_date, placement.hours_per_week)]
    history += [
        (h.from_date, h.hours_per_week)
        for h in placement.hour_changes
        if h.from_date > placement.start_date
    ]
    return sorted(history, key=lambda item: item[0])


def contract_end(placement: Placement) -> date | None:
    """Planned last day of a temporary contract (None for a permanent one or unknown length)."""
    if placement.contract_type == "permanent" or not placement.contract_months:
        return None
    return sroi.add_months(placement.start_date, placement.contract_months) - timedelta(days=1)


def decide(scheme: IncentiveScheme, placement: Placement, on: date) -> sroi.IncentiveDecision:
    """The engine's decision on one scheme for a placement at `on`."""
    return sroi.decide_incentive(
        engine_incentive_scheme(scheme),
        start=placement.start_date,
        on=on,
        benefit_at_start=benefit_on(placement.client, placement.start_date),
        hours=hours_history(placement),
        end=placement.end_date,
        contract_end=contract_end(placement),
    )


def explain(scheme: IncentiveScheme, placement: Placement, on: date) -> sroi.IncentiveWorking:
    """The same decision with every condition and date the engine checked (grant and pay)."""
    return sroi.explain_incentive(
        engine_incentive_scheme(scheme),
        start=placement.start_date,
        on=on,
        benefit_at_start=benefit_on(placement.client, placement.start_date),
        hours=hours_history(placement),
        end=placement.end_date,
        contract_end=contract_end(placement),
    )


def schemes_for(client: Client, on: date) -> list[IncentiveScheme]:
    """The incentive schemes of the client's municipality as in force on `on` (the placement's
    start: a later version of a scheme does not change an earlier placement's incentive)."""
    from app.services.schemes import incentives_in_force

    return incentives_in_force(client.municipality_id, on)


def minimum_wage_on(day: date) -> MinimumWage | None:
    """The statutory hourly minimum wage (full age) valid on `day`, from the admin's table."""
    return minimum_wages.adult_on(day)


# --- use cases ----------------------------------------------------------------------------------


def eligible_proposals(employer: Employer) -> list[Proposal]:
    """Proposals of `employer` for which a start can be registered (no placement yet)."""
    placed = db.select(Placement.client_id).where(
        Placement.employer_id == employer.id, Placement.end_date.is_(None)
    )
    return db.session.scalars(
        employer_proposals(employer)
        .where(
            Proposal.status.in_(("proposed", "invited", "hired")),
            Proposal.client_id.not_in(placed),
        )
        .order_by(Proposal.created_at.desc())
    ).all()


def register_start(
    proposal: Proposal,
    *,
    start_date: date,
    hours_per_week: Decimal,
    contract_type: str,
    contract_months: int | None,
    hourly_wage: Decimal | None,
    wage_value_pct: Decimal | None,
    jobcoach: bool,
    contract: Contract | None,
    user: User | None,
    wage_arrangement: str = "",
    long_hours_confirmed: bool = False,
    long_hours_reason: str = "",
    before_flat_rate_subsidy: bool = False,
) -> Placement:
    """A proposed candidate starts: placement, follow-up tasks and requested incentives.

    Refused (`PlacementRefused`, every broken rule with its field) when the start breaks a rule
    of `placement_rules`: wage below the statutory minimum for the age, more than 40 hours a
    week without a confirmed reason, an unpaid place longer than the municipality allows.
    """
    vacancy = proposal.vacancy
    client = proposal.client
    if contract is not None and contract.supplier_id != vacancy.employer_id:
        raise PlacementError(_("Kies een opdracht van uw eigen bedrijf."), "contract")
    if not wage_arrangement and wage_value_pct is not None and wage_value_pct < 100:
        wage_arrangement = "wage_subsidy"  # a measured loonwaarde means a wage subsidy
    unpaid_term = vacancy.kind in placement_rules.UNPAID_WITH_TERM
    refusals = placement_rules.check_start(
        client,
        placement_rules.StartTerms(
            kind=vacancy.kind,
            paid=vacancy.paid,
            start_date=start_date,
            hours_per_week=hours_per_week,
            contract_type=contract_type,
            contract_months=contract_months,
            hourly_wage=hourly_wage,
            wage_arrangement=wage_arrangement if vacancy.paid else "",
            wage_value_pct=wage_value_pct,
            long_hours_confirmed=long_hours_confirmed,
            long_hours_reason=long_hours_reason,
            before_flat_rate_subsidy=before_flat_rate_subsidy and unpaid_term,
        ),
    )
    if refusals:
        raise PlacementRefused(refusals)
    placement = Placement(
        client=client,
        employer=vacancy.employer,
        vacancy=vacancy,
        kind=vacancy.kind,
        start_date=start_date,
        hours_per_week=hours_per_week,
        contract_type=contract_type if contract_type in ("temporary", "permanent") else "temporary",
        contract_months=contract_months if contract_type == "temporary" else None,
        hourly_wage=hourly_wage,
        wage_value_pct=wage_value_pct,
        jobcoach=jobcoach,
        contract=contract,
        wage_arrangement=wage_arrangement if vacancy.paid else "",
        long_hours_reason=(long_hours_reason or "").strip()
        if hours_per_week > placement_rules.CONFIRM_ABOVE_HOURS
        else "",
        before_flat_rate_subsidy=bool(before_flat_rate_subsidy and vacancy.kind == "trial"),
    )
    if wage_value_pct is not None and wage_value_pct < 100 and vacancy.paid:
        wage = minimum_wage_on(start_date)
        if wage is not None:
            placement.wage_subsidy_per_month = sroi.wage_subsidy(
                wage.hourly_amount, hours_per_week, wage_value_pct
            ).per_month
    db.session.add(placement)
    schedule_follow_ups(placement, proposal.jobhunter or client.jobhunter)
    if vacancy.paid:
        request_incentives(placement)
    mark_hired(proposal)
    db.session.flush()
    audit.record(
        "create", placement, detail=f"start {start_date.isoformat()}, {hours_per_week} uur"
    )
    return placement


def schedule_follow_ups(placement: Placement, jobhunter: User | None) -> None:
    """Follow-up tasks at the municipality's days after the start (SPEC §4.1, `000` doel 2).

    Used for every start, through the portal or found outside it (issue 16)."""
    rules = follow_up_rules(placement.client.municipality)
    placement.follow_ups = [
        FollowUp(jobhunter=jobhunter, kind=task.kind, due_date=task.due)
        for task in sroi.follow_up_schedule(placement.start_date, rules)
    ]


def request_incentives(placement: Placement) -> None:
    """An award `requested` for every active scheme the paid placement qualifies for (§4.2)."""
    for scheme in schemes_for(placement.client, placement.start_date):
        decision = decide(scheme, placement, placement.start_date)
        if decision.eligible and decision.state != "forfeited" and decision.prospective_amount > 0:
            db.session.add(
                IncentiveAward(
                    scheme=scheme,
                    placement=placement,
                    state="requested",
                    amount=decision.prospective_amount,
                    payable_on=decision.prospective_on,
                    note=" ".join(decision.reasons),
                )
            )


def register_end(
    placement: Placement,
    end_date: date,
    reason: str,
    explanation: str,
    user: User | None,
    today: date,
) -> list[IncentiveAward]:
    """The placement ended; returns the awards that became forfeited."""
    if end_date < placement.start_date:
        raise PlacementError(
            _(
                "De laatste werkdag ligt vóór de eerste werkdag (%(d)s).",
                d=ddmmyyyy(placement.start_date),
            ),
            "end_date",
        )
    if placement.end_date is not None:
        raise PlacementError(_("Het einde van deze plaatsing is al gemeld."), "end_date")
    placement.end_date = end_date
    placement.outcome = "ended"
    label = str(END_REASONS.get(reason, reason))
    placement.end_reason = f"{label}: {explanation}".strip(": ") if explanation else label
    # The reason (and the employer's explanation) stays in `end_reason`, not in the log.
    audit.record("update", placement, detail=f"einde {end_date.isoformat()}")
    return reevaluate(placement, max(today, end_date + timedelta(days=1)))


def change_hours(
    placement: Placement,
    from_date: date,
    hours_per_week: Decimal,
    user: User | None,
    today: date,
    *,
    long_hours_confirmed: bool = False,
    long_hours_reason: str = "",
) -> list[IncentiveAward]:
    """The weekly hours change from `from_date`; returns the awards that became forfeited.

    More than 40 hours a week needs a confirmed reason, more than 48 is refused
    (`placement_rules.check_hours`).
    """
    if from_date <= placement.start_date:
        raise PlacementError(
            _(
                "Een wijziging gaat in na de eerste werkdag (%(d)s).",
                d=ddmmyyyy(placement.start_date),
            ),
            "from_date",
        )
    if placement.end_date is not None and from_date > placement.end_date:
        raise PlacementError(
            _("De plaatsing is op %(d)s geëindigd.", d=ddmmyyyy(placement.end_date)),
            "from_date",
        )
    refusals = placement_rules.check_hours(hours_per_week, long_hours_confirmed, long_hours_reason)
    if refusals:
        raise PlacementRefused(refusals)
    reason = (
        (long_hours_reason or "").strip()
        if hours_per_week > placement_rules.CONFIRM_ABOVE_HOURS
        else ""
    )
    existing = next((h for h in placement.hour_changes if h.from_date == from_date), None)
    if existing is not None:
        existing.hours_per_week = hours_per_week
        existing.long_hours_reason = reason
    else:
        placement.hour_changes.append(
            PlacementHours(
                from_date=from_date, hours_per_week=hours_per_week, long_hours_reason=reason
            )
        )
    audit.record(
        "update", placement, detail=f"uren vanaf {from_date.isoformat()}: {hours_per_week}"
    )
    return reevaluate(placement, max(today, from_date))


def reevaluate(placement: Placement, on: date) -> list[IncentiveAward]:
    """Ask the engine again about every open award; returns those that became forfeited."""
    forfeited = []
    awards = db.session.scalars(
        db.select(IncentiveAward).where(
            IncentiveAward.placement_id == placement.id, IncentiveAward.state.in_(OPEN_AWARD_STATES)
        )
    ).all()
    for award in awards:
        decision = decide(award.scheme, placement, on)
        if not decision.eligible or decision.state == "forfeited":
            award.state = "forfeited"
            award.decided_at = utcnow()
            forfeited.append(award)
        elif decision.state == "payable":
            award.amount, award.payable_on = decision.amount, decision.payable_on
        else:
            award.amount, award.payable_on = decision.prospective_amount, decision.prospective_on
        award.note = " ".join(decision.reasons)
        audit.record("update", award, detail=f"{award.scheme.name}: {award.state}")
    return forfeited


def outlook(placement: Placement, on: date) -> list[IncentiveOutlook]:
    """Every active scheme of the client's municipality with the engine's decision at `on`."""
    awards = {
        a.scheme_id: a
        for a in db.session.scalars(
            db.select(IncentiveAward).where(IncentiveAward.placement_id == placement.id)
        )
    }
    if not placement.vacancy or placement.vacancy.paid:
        schemes = schemes_for(placement.client, placement.start_date)
    else:
        schemes = []
    seen = {s.id for s in schemes}
    schemes += [a.scheme for a in awards.values() if a.scheme_id not in seen]
    return [IncentiveOutlook(s, decide(s, placement, on), awards.get(s.id)) for s in schemes]
