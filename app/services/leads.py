"""Where SROI and matching meet: suppliers that are behind on their social-return obligation,
with their open vacancies and the clients who fit them (issue: 'which employers to call')."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import sroi
from app.extensions import db
from app.models import Client, Contract, Employer, Vacancy
from app.services import matching_bridge
from app.services.sroi_bridge import status_for

SOON = timedelta(days=92)  # "ends within three months"


@dataclass
class Lead:
    employer: Employer
    contracts: list[tuple[Contract, sroi.ContractStatus]]
    vacancies: list[tuple[Vacancy, list]] = field(default_factory=list)

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


def sroi_leads(clients: list[Client], today: date, per_vacancy: int = 3) -> list[Lead]:
    """Suppliers with a running contract that is behind (or nearly over and not yet fulfilled)."""
    contracts = db.session.scalars(
        db.select(Contract).where(Contract.start_date <= today, Contract.end_date >= today)
    ).all()
    leads: dict[int, Lead] = {}
    for contract in contracts:
        status = status_for(contract, today)
        if _needs_help(contract, status, today):
            leads.setdefault(contract.supplier_id, Lead(contract.supplier, [])).contracts.append(
                (contract, status)
            )
    consenting = [c for c in clients if c.has_consent]
    for lead in leads.values():
        vacancies = db.session.scalars(
            db.select(Vacancy)
            .where(Vacancy.employer_id == lead.employer.id, Vacancy.status == "open")
            .order_by(Vacancy.title)
        ).all()
        lead.vacancies = [
            (v, matching_bridge.rank_clients(v, consenting, k=per_vacancy) if consenting else [])
            for v in vacancies
        ]
    return sorted(leads.values(), key=lambda lead: lead.remaining, reverse=True)
