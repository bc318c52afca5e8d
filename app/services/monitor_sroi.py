"""The monitor's SROI rows (`monitoring.build_report`): obligations, realised value and
penalties per authority of the contracts running in the period, from the stored SROI status
(`app.services.sroi_status`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.extensions import db
from app.models import Contract, ContractSroiStatus, Organisation
from app.services import sroi_status
from app.services.sroi_bridge import EngineCatalogues, status_for


@dataclass
class SroiTotal:
    authority: str
    contracts: int
    obligation: Decimal
    realized: Decimal
    penalty: Decimal


def sroi_totals(first: date, last: date, as_of: date) -> list[SroiTotal]:
    """SROI obligations, realised value and penalties per authority.

    Only contracts running in the period count. Stored statuses current for `as_of` are
    added up per authority in one GROUP BY query, which also counts the running contracts
    without one; only those are valued by the engine — or, when `as_of` is today, first made
    current (`sroi_status.ensure_current`, normally nothing to do after the nightly job) and
    the query asked again. When every one is current (the usual case) the first query's sums
    are the answer; otherwise the current ones are added up on their own."""
    running = (Contract.start_date <= last, Contract.end_date >= first)
    rows = _stored(running, as_of, every_one_current=True)
    if _stale(rows) and as_of == sroi_status.today():
        sroi_status.ensure_current(None, as_of)
        rows = _stored(running, as_of, every_one_current=True)
    if _stale(rows):
        rows = _stored(running, as_of, every_one_current=False)
    names = dict(
        db.session.execute(
            db.select(Organisation.id, Organisation.name).where(
                Organisation.id.in_({row[0] for row in rows})
            )
        ).all()
    )
    # Per authority, then added up per name.
    by_name: dict[str, list] = {}
    for authority_id, contracts, *sums, _stale_contracts in rows:
        if not contracts:
            continue
        found = by_name.setdefault(names[authority_id], [0, None, None, None])
        found[0] += contracts
        found[1:] = [_plus(a, b) for a, b in zip(found[1:], sums, strict=True)]
    totals = {
        name: SroiTotal(name, contracts, *(_cents(amount) for amount in sums))
        for name, (contracts, *sums) in by_name.items()
    }
    others = (
        db.session.scalars(
            db.select(Contract)
            .outerjoin(ContractSroiStatus, ContractSroiStatus.contract_id == Contract.id)
            .where(*running, sroi_status.not_current(as_of))
        ).all()
        if _stale(rows)
        else []
    )
    catalogues = EngineCatalogues()
    for contract in others:
        engine = status_for(contract, as_of, catalogues)
        name = contract.authority.name
        total = totals.setdefault(name, SroiTotal(name, 0, Decimal(0), Decimal(0), Decimal(0)))
        total.contracts += 1
        total.obligation += engine.obligation
        total.realized += engine.realized
        total.penalty += engine.penalty
    return sorted(totals.values(), key=lambda t: t.authority)


def _stored(running: tuple, as_of: date, every_one_current: bool) -> list[tuple]:
    """Per authority of the running contracts: (authority id, contracts with a current stored
    status, the sums of its obligation, realised value and penalty, contracts without one).

    `every_one_current`: the figures added up over every running contract, right only when
    the last figure is 0 everywhere (the usual case: one condition per row instead of five)."""
    status = ContractSroiStatus
    stale = sroi_status.not_current(as_of)
    current = db.not_(stale)

    def only_current(aggregate):
        return aggregate if every_one_current else aggregate.filter(current)

    return db.session.execute(
        db.select(
            Contract.authority_id,
            only_current(db.func.count()),
            only_current(db.func.sum(status.obligation)),
            only_current(db.func.sum(status.realized)),
            only_current(db.func.sum(status.penalty)),
            db.func.count().filter(stale),
        )
        .select_from(Contract)
        .outerjoin(status, status.contract_id == Contract.id)
        .where(*running)
        .group_by(Contract.authority_id)
    ).all()


def _stale(rows: list[tuple]) -> int:
    return sum(row[-1] for row in rows)


def _plus(a, b):
    """Two SUMs added up (None: no rows)."""
    return b if a is None else a if b is None else a + b


def _cents(amount) -> Decimal:
    """A SUM as euros to the cent (SQLite adds NUMERIC columns as floating point)."""
    return Decimal(0) if amount is None else Decimal(str(amount)).quantize(Decimal("0.01"))
