"""The SROI lists that can grow, paged by the database: the contract overview, the overview
per supplier and the contracts of the current year's report.

Each `…_query` gives the select the view hands to `app.pagination.paginate` (filtered and
ordered in SQL, joined with the stored status of `app.services.sroi_status`) with the totals of
the whole filtered list (one GROUP BY query, `sroi_reports.stored_totals`); the matching `…_of`
/ `supplier_summaries` turns one page's rows into what the template shows. Nothing outside the
page is read into Python.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy.orm.attributes import set_committed_value

from app.extensions import db
from app.models import Contract, ContractSroiStatus, Employer, Organisation, SroiActivityValue
from app.services import sroi_status
from app.services.sroi_bridge import stored_status
from app.services.sroi_reports import (
    _SUMS,
    ContractLine,
    ReportLine,
    SupplierSummary,
    Totals,
    _cents,
    _scope_conditions,
    running_in,
    stored_lines,
    stored_totals,
)


def overview_query(
    scope_ids,
    as_of: date,
    year: int | None = None,
    supplier_id: int | None = None,
    state: str | None = None,
    supplier: str | None = None,
):
    """The contract overview for a paged list: the select of (contract, stored status) rows
    matching the filters, in the overview's order (end date, reference), and their totals (one
    GROUP BY query). The view pages the select in the database and turns a page's rows into
    `ContractLine`s with `lines_of`; no contract outside the page is read."""
    sroi_status.ensure_current(scope_ids, as_of)
    conditions = _scope_conditions(scope_ids, year, supplier_id, state, supplier)
    query = (
        db.select(Contract, ContractSroiStatus)
        .join(ContractSroiStatus, ContractSroiStatus.contract_id == Contract.id)
        .where(*conditions)
        .order_by(Contract.end_date, Contract.reference)
    )
    return query, stored_totals(conditions).get(None, Totals())


def lines_of(rows, as_of: date) -> list[ContractLine]:
    """(contract, stored status) rows of a page as contract lines, their suppliers loaded in
    one query."""
    rows = list(rows)
    _load_suppliers([contract for contract, _row in rows])
    return [
        ContractLine(contract, stored_status(row), row.error or None, as_of=as_of)
        for contract, row in rows
    ]


def _load_suppliers(contracts: list[Contract]) -> None:
    """Each contract's supplier read in one query and set on the contract (the session keeps
    loaded objects only while something refers to them: without setting them, every line
    of the page would read its supplier again)."""
    ids = {c.supplier_id for c in contracts} - {None}
    if not ids:
        return
    suppliers = {
        e.id: e for e in db.session.scalars(db.select(Employer).where(Employer.id.in_(ids)))
    }
    for contract in contracts:
        if contract.supplier_id in suppliers:
            set_committed_value(contract, "supplier", suppliers[contract.supplier_id])


def supplier_overview_query(
    scope_ids,
    as_of: date,
    year: int | None = None,
    supplier_id: int | None = None,
    state: str | None = None,
    supplier: str | None = None,
):
    """The overview per supplier for a paged list: a grouped select of one row per supplier (the
    supplier and its totals, most behind first, then by name) and the totals of all of them.
    The view pages the select in the database and makes the page's rows into
    `SupplierSummary`s with `supplier_summaries` (their contracts read for that page only)."""
    sroi_status.ensure_current(scope_ids, as_of)
    conditions = _scope_conditions(scope_ids, year, supplier_id, state, supplier)
    status = ContractSroiStatus
    late = db.func.sum(db.case((status.state.in_(("behind", "not_met")), 1), else_=0))
    query = (
        db.select(
            Employer,
            db.func.count(),
            db.func.sum(Contract.value),
            *(db.func.sum(getattr(status, name)) for name in _SUMS),
            late,
        )
        .select_from(Contract)
        .join(status, status.contract_id == Contract.id)
        .join(Employer, Employer.id == Contract.supplier_id)
        .where(*conditions)
        .group_by(Employer.id)
        .order_by(late.desc(), db.func.lower(Employer.name), Employer.id)
    )
    return query, conditions, stored_totals(conditions).get(None, Totals())


def supplier_summaries(rows, conditions: list, as_of: date) -> list[SupplierSummary]:
    """The grouped rows of `supplier_overview_query` (one page) with each supplier's contracts
    matching the same filters."""
    rows = list(rows)
    ids = [row[0].id for row in rows]
    lines: dict[int, list[ContractLine]] = defaultdict(list)
    if ids:
        for line in stored_lines([*conditions, Contract.supplier_id.in_(ids)], as_of):
            lines[line.contract.supplier_id].append(line)
    summaries = []
    for supplier, count, value, *sums, _late in rows:
        group = Totals(count=count, value=_cents(value))
        for name, amount in zip(_SUMS, sums, strict=True):
            setattr(group, name, _cents(amount))
        for line in lines[supplier.id]:
            group.states[line.state] += 1
        summaries.append(SupplierSummary(supplier, group, lines[supplier.id]))
    return summaries


def report_lines_query(authorities: list[Organisation], year: int):
    """The current year's report lines as a select of (contract, stored status) rows in the
    report's order (reference), for a page that shows them one page at a time."""
    return (
        db.select(Contract, ContractSroiStatus)
        .join(ContractSroiStatus, ContractSroiStatus.contract_id == Contract.id)
        .where(Contract.authority_id.in_([a.id for a in authorities]), running_in(year))
        .order_by(Contract.reference)
    )


def report_lines_of(rows, today: date) -> list[ReportLine]:
    """A page of `report_lines_query` rows as report lines: each contract's stored status and
    what it realised this year (its activities' stored values, summed for this page only)."""
    lines = lines_of(rows, today)
    ids = [line.contract.id for line in lines]
    values = SroiActivityValue
    in_year = (
        dict(
            db.session.execute(
                db.select(values.contract_id, db.func.sum(values.value - values.value_year_start))
                .where(values.contract_id.in_(ids), values.error == "")
                .group_by(values.contract_id)
            ).all()
        )
        if ids
        else {}
    )
    return [
        ReportLine(line, _cents(in_year.get(line.contract.id)), line.contract.end_date < today)
        for line in lines
    ]


def filter_years(scope_ids) -> list[int]:
    """Years in which contracts of the scope run (the last 30), for the year filter."""
    bounds = db.session.execute(
        db.select(db.func.min(Contract.start_date), db.func.max(Contract.end_date)).where(
            Contract.authority_id.in_(scope_ids)
        )
    ).one()
    return list(range(bounds[0].year, bounds[1].year + 1))[-30:] if bounds[0] else []
