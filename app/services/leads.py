"""Where SROI and matching meet: suppliers that are behind on their social-return obligation,
with their open vacancies and the clients who fit them (issue: 'which employers to call').

A client is offered for a vacancy only when the match score reaches the municipality's threshold
(`Organisation.lead_min_score`, 0-100, default 40: an unrelated occupation scores below 15 in
the demo region, the same occupation 70 or more). Each candidate carries the state of a proposal
for that vacancy, if there is one, so nobody is proposed twice (issue 17).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import sroi
from app import formatting
from app.extensions import db
from app.models import Client, Contract, Employer, Proposal, Vacancy
from app.services import matching_ranking, sroi_status
from app.services.employer_timeline import local_day
from app.services.sroi_plans import upcoming_lines
from app.services.vacancy_records import open_on

SOON = timedelta(days=92)  # "ends within three months"


DEFAULT_MIN_SCORE = 40


@dataclass
class Candidate:
    """A client offered for a vacancy, with the match and the proposal state (None: not yet)."""

    client: Client
    match: object
    proposal: Proposal | None = None

    @property
    def score(self) -> int:
        return formatting.score(self.match.score)

    @property
    def proposed_on(self) -> date | None:
        """The day (in the Netherlands) the client was proposed."""
        return local_day(self.proposal.created_at) if self.proposal else None


@dataclass
class VacancyLine:
    vacancy: Vacancy
    candidates: list[Candidate] = field(default_factory=list)
    below_threshold: int = 0  # ranked, but scoring under the threshold


@dataclass
class Lead:
    employer: Employer
    contracts: list[tuple[Contract, sroi.ContractStatus]]
    vacancies: list[VacancyLine] = field(default_factory=list)
    # Lines of an approved plan van aanpak that start soon or run now (issue 18): candidates
    # proposed for these before the supplier falls behind.
    planned: list = field(default_factory=list)

    @property
    def remaining(self):
        return sum((s.obligation - s.realized for _c, s in self.contracts), start=0)


def _needs_help(contract: Contract, status: sroi.ContractStatus, today: date) -> bool:
    if status.state == "behind":
        return True
    return (
        status.state != "fulfilled"
        and contract.end_date - today <= SOON
        and contract.end_date >= today
    )


def clients_in(scope: set[int]) -> list[Client]:
    """Clients of the municipalities in `scope` who may be proposed: open case, consent given."""
    return db.session.scalars(
        db.select(Client).where(
            Client.municipality_id.in_(scope),
            Client.case_closed_at.is_(None),
            Client.consent_at.is_not(None),
            Client.anonymised_at.is_(None),
        )
    ).all()


def sroi_leads(
    clients: list[Client],
    today: date,
    per_vacancy: int = 3,
    min_score: int = DEFAULT_MIN_SCORE,
    scope: set[int] | None = None,
) -> list[Lead]:
    """Suppliers with a running contract that is behind (or nearly over and not yet fulfilled),
    or whose approved plan van aanpak has activities starting within three months, their
    open vacancies, and per vacancy the best `per_vacancy` consenting clients scoring at
    least `min_score` (of 100), with their proposal for that vacancy when there is one.

    With `scope` (organisation ids), only contracts of an authority in scope or with a supplier
    kept by a municipality in scope."""
    found = lead_suppliers(today, scope)
    fill_candidates(found, clients, today, per_vacancy=per_vacancy, min_score=min_score)
    return found


def lead_suppliers(today: date, scope: set[int] | None = None) -> list[Lead]:
    """The suppliers that need help with their SROI obligation (most still to realise first),
    with their contracts but no vacancies yet: `fill_candidates` adds those for a page."""
    query = db.select(Contract).where(Contract.start_date <= today, Contract.end_date >= today)
    if scope is not None:
        query = query.where(
            db.or_(
                Contract.authority_id.in_(scope),
                Contract.supplier.has(Employer.municipality_id.in_(scope)),
            )
        )
    contracts = db.session.scalars(query.order_by(Contract.id)).all()
    leads: dict[int, Lead] = {}
    for contract, status in sroi_status.current_statuses(contracts, today):
        planned = upcoming_lines(contract, today) if status.state != "fulfilled" else []
        if _needs_help(contract, status, today) or planned:
            lead = leads.setdefault(contract.supplier_id, Lead(contract.supplier, []))
            lead.contracts.append((contract, status))
            lead.planned.extend(planned)
    return sorted(leads.values(), key=lambda lead: lead.remaining, reverse=True)


def fill_candidates(
    leads: list[Lead],
    clients: list[Client],
    today: date,
    per_vacancy: int = 3,
    min_score: int = DEFAULT_MIN_SCORE,
) -> None:
    """Give each lead its open vacancies and per vacancy the best `per_vacancy` consenting
    clients scoring at least `min_score`, with their proposal for that vacancy."""
    consenting = [c for c in clients if c.has_consent]
    for lead in leads:
        vacancies = db.session.scalars(
            db.select(Vacancy)
            .where(Vacancy.employer_id == lead.employer.id, open_on(today))
            .order_by(Vacancy.title)
        ).all()
        for vacancy in vacancies:
            ranked = (
                matching_ranking.rank_clients(vacancy, consenting, k=per_vacancy)
                if consenting
                else []
            )
            line = VacancyLine(vacancy)
            for client, match in ranked:
                if formatting.score(match.score) >= min_score:
                    line.candidates.append(Candidate(client, match))
                else:
                    line.below_threshold += 1
            lead.vacancies.append(line)
    _attach_proposals(leads)


def _attach_proposals(leads) -> None:
    """Give each candidate the proposal of that client for that vacancy (one query)."""
    lines = [line for lead in leads for line in lead.vacancies if line.candidates]
    if not lines:
        return
    vacancy_ids = {line.vacancy.id for line in lines}
    client_ids = {c.client.id for line in lines for c in line.candidates}
    proposals = {
        (p.vacancy_id, p.client_id): p
        for p in db.session.scalars(
            db.select(Proposal).where(
                Proposal.vacancy_id.in_(vacancy_ids), Proposal.client_id.in_(client_ids)
            )
        )
    }
    for line in lines:
        for candidate in line.candidates:
            candidate.proposal = proposals.get((line.vacancy.id, candidate.client.id))
