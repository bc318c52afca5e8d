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

from sqlalchemy.orm import contains_eager, load_only

import sroi
from app import formatting
from app.extensions import db
from app.models import (
    Client,
    Contract,
    ContractSroiStatus,
    Employer,
    Proposal,
    SroiPlan,
    SroiPlanLine,
    Vacancy,
)
from app.services import matching_index, matching_ranking, matching_rows, sroi_status
from app.services.employer_timeline import local_day
from app.services.sroi_plans import upcoming_lines
from app.services.vacancy_records import open_on

SOON = timedelta(days=92)  # "ends within three months"


DEFAULT_MIN_SCORE = 40
# Every stored state but "fulfilled" (`error`: the engine objected to the contract's data).
UNFULFILLED = tuple(state for state in (*sroi.STATE_LABELS, "error") if state != "fulfilled")


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


@dataclass
class Lead:
    employer: Employer
    contracts: list[tuple[Contract, sroi.ContractStatus]]
    vacancies: list[VacancyLine] = field(default_factory=list)
    # All open vacancies of the employer; `vacancies` holds the newest `VACANCIES_SHOWN`.
    open_vacancies: int = 0
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


def _proposable(scope: set[int]) -> tuple:
    return (
        Client.municipality_id.in_(scope),
        Client.case_closed_at.is_(None),
        Client.consent_at.is_not(None),
        Client.anonymised_at.is_(None),
    )


def _running(today: date, scope: set[int] | None) -> list:
    """Conditions on contracts: running on `today`; with `scope` (organisation ids), only
    contracts of an authority in scope or with a supplier kept by a municipality in scope."""
    conditions = [Contract.start_date <= today, Contract.end_date >= today]
    if scope is not None:
        conditions.append(
            db.or_(
                Contract.authority_id.in_(scope),
                Contract.supplier_id.in_(
                    db.select(Employer.id).where(Employer.municipality_id.in_(scope))
                ),
            )
        )
    return conditions


def _has_upcoming_plan(today: date, days: int = 92):
    """SQL condition on contracts: an approved plan with a line as `upcoming_lines` gives."""
    return db.exists(
        db.select(SroiPlanLine.id)
        .join(SroiPlan, SroiPlanLine.plan_id == SroiPlan.id)
        .where(
            SroiPlan.contract_id == Contract.id,
            SroiPlan.state == "approved",
            SroiPlanLine.start_date <= today + timedelta(days=days),
            db.or_(SroiPlanLine.end_date.is_(None), SroiPlanLine.end_date >= today),
        )
    )


def _lead_contracts(today: date):
    """SQL condition on running contracts joined to their stored status: the supplier needs
    help (`_needs_help`) or has an upcoming approved plan. A contract the engine objects to
    (state `error`) is kept, so that its objection is raised when the page reads it, as a
    fresh engine computation would."""
    status = ContractSroiStatus
    return db.and_(
        status.state.in_(UNFULFILLED),  # an indexed column: most running contracts are fulfilled
        db.or_(
            status.state.in_(("behind", "error")),
            Contract.end_date <= today + SOON,
            _has_upcoming_plan(today),
        ),
    )


def lead_suppliers_query(today: date, scope: set[int] | None = None):
    """(supplier id, still to realise) of the suppliers that need help, most still to realise
    first (then in the order of their first contract), read from the stored SROI status."""
    status = ContractSroiStatus
    return (
        db.select(
            Contract.supplier_id,
            db.func.sum(status.obligation - status.realized).label("remaining"),
        )
        .join(status, status.contract_id == Contract.id)
        .where(*_running(today, scope), _lead_contracts(today))
        .group_by(Contract.supplier_id)
        .order_by(db.desc("remaining"), db.func.min(Contract.id))
    )


def ensure_statuses(today: date, scope: set[int] | None = None) -> None:
    """Compute the stored status of running contracts in scope that is not current for `today`
    (normally none: the nightly job ran). Asked of all running contracts first, a scan of the
    contracts without the scope's conditions (which make it several times slower); only when
    some are stale is the scope applied to them."""
    stale = db.session.scalars(
        db.select(Contract.id)
        .outerjoin(ContractSroiStatus, ContractSroiStatus.contract_id == Contract.id)
        .where(*_running(today, None), sroi_status.not_current(today))
    ).all()
    if stale and scope is not None:
        stale = db.session.scalars(
            db.select(Contract.id).where(Contract.id.in_(stale), *_running(today, scope))
        ).all()
    if stale:
        sroi_status.ensure_current(None, today, stale)


def leads_for(supplier_ids: list[int], today: date, scope: set[int] | None = None) -> list[Lead]:
    """The leads of these suppliers (in this order), with their contracts that need help and
    the upcoming lines of their approved plans, but no vacancies yet."""
    if not supplier_ids:
        return []
    employers = {
        e.id: e
        for e in db.session.scalars(db.select(Employer).where(Employer.id.in_(supplier_ids)))
    }
    contracts = db.session.scalars(
        db.select(Contract)
        .join(ContractSroiStatus, ContractSroiStatus.contract_id == Contract.id)
        .options(contains_eager(Contract.sroi_status))  # the joined row: no second query
        .where(
            Contract.supplier_id.in_(supplier_ids),
            *_running(today, scope),
            _lead_contracts(today),
        )
        .order_by(Contract.id)
    ).all()
    leads = {i: Lead(employers[i], []) for i in supplier_ids}
    upcoming = upcoming_lines(contracts, today)
    for contract, status in sroi_status.current_statuses(contracts, today):
        planned = upcoming.get(contract.id, []) if status.state != "fulfilled" else []
        if _needs_help(contract, status, today) or planned:
            lead = leads[contract.supplier_id]
            lead.contracts.append((contract, status))
            lead.planned.extend(planned)
    return [leads[i] for i in supplier_ids]


# Open vacancies shown per employer, newest first: enough to start a call with; the employer's
# page lists them all (a large supplier has dozens, each with its own candidates to rank).
VACANCIES_SHOWN = 5


def _open_vacancies(leads: list[Lead], today: date) -> None:
    """Each lead's number of open vacancies and its newest `VACANCIES_SHOWN` of them."""
    by_employer = {lead.employer.id: lead for lead in leads}
    if not by_employer:
        return
    newest = db.func.row_number().over(
        partition_by=Vacancy.employer_id, order_by=(Vacancy.created_at.desc(), Vacancy.id.desc())
    )
    ranked = (
        db.select(
            Vacancy.id,
            newest.label("place"),
            db.func.count().over(partition_by=Vacancy.employer_id).label("open"),
        )
        .where(Vacancy.employer_id.in_(by_employer), open_on(today))
        .subquery()
    )
    rows = db.session.execute(
        db.select(Vacancy, ranked.c.open)
        .join(ranked, ranked.c.id == Vacancy.id)
        .where(ranked.c.place <= VACANCIES_SHOWN)
        .order_by(ranked.c.place)
    )
    for vacancy, count in rows:
        lead = by_employer[vacancy.employer_id]
        lead.open_vacancies = count
        lead.vacancies.append(VacancyLine(vacancy))


# What the page shows of a candidate (a client row is wide: texts, lists): its link and name
# (any other column is read when asked for, never an error on the page).
_CANDIDATE_COLUMNS = load_only(Client.id, Client.first_name, Client.last_name)

# Per worker: the ranking of the client pool for each vacancy of SROI-kansen, kept while the
# pool (re-encoded when a client of the scope changes) and the vacancy stay the same.
_rankings: dict = {"pool": None, "ranked": {}}
MAX_KEPT = 20_000  # rankings kept at most (a few matches each); then they start again


def fill_candidates_in(
    leads: list[Lead],
    scope: set[int],
    today: date,
    per_vacancy: int = 3,
    min_score: int = DEFAULT_MIN_SCORE,
) -> None:
    """Give each lead its open vacancies and per vacancy the best `per_vacancy` clients who may
    be proposed (open case, consent given) of the municipalities in `scope`, scoring at least
    `min_score`, with their proposal for that vacancy. They are ranked in the scope's encoded
    client pool (the vacancy page's), without loading every client of the scope; each vacancy's
    ranking is kept per worker until a client of the scope or the vacancy changes."""
    _open_vacancies(leads, today)
    lines = [line for lead in leads for line in lead.vacancies]
    if not lines:
        return
    state = matching_index.current()
    pool = matching_ranking.client_pool(state, scope)
    with matching_index.lock:
        if _rankings["pool"] is not pool or len(_rankings["ranked"]) > MAX_KEPT:
            _rankings["pool"], _rankings["ranked"] = pool, {}
    ranked: dict = _rankings["ranked"]
    asked = {line.vacancy.id: 2 * per_vacancy for line in lines}
    waiting = list(lines)
    while waiting:
        found = {}
        for line in waiting:
            key = (line.vacancy.id, line.vacancy.updated_at, state.matcher)
            cached = ranked.get(key)
            if cached is None or (len(cached[0]) < asked[line.vacancy.id] and cached[1]):
                matches = state.matcher.rank_clients(
                    matching_rows.engine_vacancy(line.vacancy),
                    pool,
                    k=asked[line.vacancy.id],
                    reranker=None,
                )
                cached = ranked[key] = (matches, len(matches) == asked[line.vacancy.id])
            found[line.vacancy.id] = cached
        # Only clients scoring at least the threshold can be shown (the matches come best
        # first): just those are looked up, to see whether they may be proposed.
        passing = {
            vacancy_id: [m for m in matches if formatting.score(m.score) >= min_score]
            for vacancy_id, (matches, _more) in found.items()
        }
        ids = {m.client_id for matches in passing.values() for m in matches}
        rows = {
            c.id: c
            for c in db.session.scalars(
                db.select(Client)
                .options(_CANDIDATE_COLUMNS)
                .where(Client.id.in_(ids), *_proposable(scope))
            )
        }
        still = []
        for line in waiting:
            matches, more = found[line.vacancy.id]
            shown = passing[line.vacancy.id]
            kept = [(rows[m.client_id], m) for m in shown if m.client_id in rows]
            # More can pass only when the engine has more and the last one still passed.
            if len(kept) >= per_vacancy or not more or len(shown) < len(matches):
                line.candidates = [Candidate(c, m) for c, m in kept[:per_vacancy]]
            else:
                asked[line.vacancy.id] *= 2
                still.append(line)
        waiting = still
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
