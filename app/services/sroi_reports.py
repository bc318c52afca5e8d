"""SROI overviews: contracts in scope with their status and totals, per supplier, those needing
attention, and the yearly report per authority.

Every amount comes from the SROI engine through `app.services.sroi_bridge` (`status_for`,
`valuation_for`). The overviews at today's date read each contract's stored engine status
(`app.services.sroi_status`, kept current with every change and nightly) and add the figures
up with GROUP BY queries; the yearly report values activities at the year's end (the current
year's from the stored values, its sums kept per data version by `sroi_report_cache`).
The weekly digest is `sroi_digest`, the contract page `sroi_contract_view`, the report's
CSV/XLSX/PDF `app.exports.sroi_report`.

WerkSaam (`004_…`, §1.3) asks for "een uniforme werkwijze, eventuele aanschaf van een
automatiseringstool en een werkwijze voor handhaving bij on(der)benutting": the overview and
digest show under-performance early, the report shows penalties per year.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import selectinload

import sroi
from app.extensions import db
from app.models import (
    Catalogue,
    Contract,
    ContractSroiStatus,
    Employer,
    Organisation,
    SroiActivityValue,
)
from app.services import sroi_report_cache, sroi_status
from app.services.sroi_bridge import EngineCatalogues, status_for, stored_status, valuation_for

ZERO = Decimal("0.00")
ATTENTION_MONTHS = 3
PERSON_UNITS = ("year", "month")
STATE_ORDER = ("behind", "not_met", "on_track", "fulfilled")


# --------------------------------------------------------------------------- contract lines


@dataclass
class ContractLine:
    """A contract with its engine status at a date (or the engine's objection)."""

    contract: Contract
    status: sroi.ContractStatus | None
    error: str | None = None
    as_of: date | None = None

    @property
    def state(self) -> str:
        return self.status.state if self.status else "error"

    @property
    def ends_soon(self) -> bool:
        """The contract ends within three months of the date it was looked at."""
        return self.as_of is not None and self.as_of <= self.contract.end_date <= sroi.add_months(
            self.as_of, ATTENTION_MONTHS
        )

    @property
    def needs_attention(self) -> bool:
        return self.state == "behind"

    @property
    def gap(self) -> Decimal:
        """How far realised lags behind what was expected by now."""
        if not self.status:
            return ZERO
        return max(self.status.expected - self.status.realized, ZERO)


def line_for(
    contract: Contract, as_of: date, catalogues: EngineCatalogues | None = None
) -> ContractLine:
    """The contract's engine status at `as_of`, or the engine's objection."""
    try:
        return ContractLine(contract, status_for(contract, as_of, catalogues), as_of=as_of)
    except sroi.InputError as exc:
        return ContractLine(contract, None, exc.message, as_of=as_of)


def _loaded(query):
    return query.options(
        selectinload(Contract.activities),
        selectinload(Contract.supplier),
        selectinload(Contract.catalogue).selectinload(Catalogue.blocks),
        selectinload(Contract.catalogue).selectinload(Catalogue.bonuses),
        selectinload(Contract.authority),
        selectinload(Contract.responsible_user),
    )


def running_in(year: int):
    """SQL condition: the contract runs for at least one day of `year`."""
    return db.and_(Contract.start_date <= date(year, 12, 31), Contract.end_date >= date(year, 1, 1))


@dataclass
class Totals:
    count: int = 0
    value: Decimal = ZERO
    obligation: Decimal = ZERO
    realized: Decimal = ZERO
    pending: Decimal = ZERO
    expected: Decimal = ZERO
    shortfall: Decimal = ZERO
    penalty: Decimal = ZERO
    states: Counter = field(default_factory=Counter)

    def add(self, line: ContractLine) -> None:
        self.count += 1
        self.value += line.contract.value
        self.states[line.state] += 1
        if line.status:
            s = line.status
            self.obligation += s.obligation
            self.realized += s.realized
            self.pending += s.pending
            self.expected += s.expected
            self.shortfall += s.shortfall
            self.penalty += s.penalty


def totals(lines: list[ContractLine]) -> Totals:
    result = Totals()
    for line in lines:
        result.add(line)
    return result


def _scope_conditions(scope_ids, year=None, supplier_id=None, state=None, supplier=None) -> list:
    conditions = [Contract.authority_id.in_(scope_ids)]
    if year:
        conditions.append(running_in(year))
    if supplier_id:
        conditions.append(Contract.supplier_id == supplier_id)
    if supplier:
        conditions.append(supplier_matching(supplier))
    if state:
        conditions.append(ContractSroiStatus.state == state)
    return conditions


def stored_lines(conditions: list, as_of: date, order=None, limit=None) -> list[ContractLine]:
    """The contracts matching `conditions` with their stored status (current for `as_of`);
    the first `limit` of them when given."""
    query = (
        db.select(Contract, ContractSroiStatus)
        .join(ContractSroiStatus, ContractSroiStatus.contract_id == Contract.id)
        .where(*conditions)
        .options(
            selectinload(Contract.supplier),
            selectinload(Contract.authority),
            selectinload(Contract.responsible_user),
        )
        .order_by(*(order or (Contract.end_date, Contract.reference)))
        .limit(limit)
    )
    return [
        ContractLine(contract, stored_status(row), row.error or None, as_of=as_of)
        for contract, row in db.session.execute(query)
    ]


_SUMS = ("obligation", "realized", "pending", "expected", "shortfall", "penalty")


def stored_totals(conditions: list, group_by=None) -> dict:
    """Totals of the stored statuses matching `conditions`, in one GROUP BY query: {key: Totals}
    with `group_by` (a column), else {None: Totals}."""
    return _totals_of(_stored_totals_rows(conditions, group_by))


def _stored_totals_rows(conditions: list, group_by=None) -> tuple:
    """`stored_totals`' GROUP BY rows: (key, state, count, sum of values, *sums of _SUMS)."""
    status = ContractSroiStatus
    key = group_by if group_by is not None else db.literal(None)
    query = (
        db.select(
            key,
            status.state,
            db.func.count(),
            db.func.sum(Contract.value),
            *(db.func.sum(getattr(status, name)) for name in _SUMS),
        )
        .select_from(Contract)
        .join(status, status.contract_id == Contract.id)
        .where(*conditions)
        .group_by(key, status.state)
    )
    return tuple(tuple(row) for row in db.session.execute(query))


def _totals_of(rows) -> dict:
    result: dict = {}
    for group, state, count, value, *sums in rows:
        totals = result.setdefault(group, Totals())
        totals.count += count
        totals.value += _cents(value)
        totals.states[state] += count
        for name, amount in zip(_SUMS, sums, strict=True):
            setattr(totals, name, getattr(totals, name) + _cents(amount))
    return result


def _merged(*parts: Totals) -> Totals:
    """The totals of several groups together."""
    result = Totals()
    for part in parts:
        result.count += part.count
        result.value += part.value
        result.states.update(part.states)
        for name in _SUMS:
            setattr(result, name, getattr(result, name) + getattr(part, name))
    return result


def _cents(amount) -> Decimal:
    """A SUM as euros to the cent (SQLite adds NUMERIC columns as floating point)."""
    return ZERO if amount is None else Decimal(str(amount)).quantize(ZERO)


@dataclass
class Dashboard:
    totals: Totals
    # The most urgent of the contracts behind (at most ATTENTION_SHOWN), and how many are behind.
    attention: list[ContractLine]
    behind: int = 0


# The dashboard lists the most urgent contracts behind; the weekly digest lists all of them.
ATTENTION_SHOWN = 10


def dashboard(scope_ids, as_of: date, shown: int = ATTENTION_SHOWN) -> Dashboard:
    """The procurement dashboard: totals per state (SQL) and the `shown` most urgent contracts
    behind schedule (in `needing_attention`'s order, sorted and limited in SQL)."""
    sroi_status.ensure_current(scope_ids, as_of)
    conditions = _scope_conditions(scope_ids)
    totals = stored_totals(conditions).get(None, Totals())
    status = ContractSroiStatus
    ends_soon = db.and_(
        Contract.end_date >= as_of, Contract.end_date <= sroi.add_months(as_of, ATTENTION_MONTHS)
    )
    difference = status.expected - status.realized
    gap = db.case((difference > 0, difference), else_=0)
    lines = stored_lines(
        [*conditions, status.state == "behind"],
        as_of,
        order=(
            db.case((ends_soon, 0), else_=1),
            gap.desc(),
            Contract.end_date,
            Contract.reference,
        ),
        limit=shown,
    )
    return Dashboard(totals=totals, attention=lines, behind=totals.states["behind"])


def supplier_matching(text: str):
    """SQL condition on contracts: the supplier's name contains `text` (any case) or its KvK
    number is `text`; digits also match the supplier's id (links). A search field, not a list:
    a region's authorities have thousands of suppliers."""
    text = text.strip()
    matches = [
        db.func.lower(Employer.name).contains(text.lower(), autoescape=True),
        Employer.kvk == text,
    ]
    if text.isdigit() and len(text) < 10:
        matches.append(Employer.id == int(text))
    return Contract.supplier_id.in_(db.select(Employer.id).where(db.or_(*matches)))


@dataclass
class SupplierSummary:
    supplier: Employer
    totals: Totals
    lines: list[ContractLine]


# --------------------------------------------------------------------------- attention


def attention(scope_ids, as_of: date) -> list[ContractLine]:
    """Contracts behind schedule, those ending within three months first, then the largest gap."""
    sroi_status.ensure_current(scope_ids, as_of)
    return needing_attention(
        stored_lines(
            [
                *_scope_conditions(scope_ids, state="behind"),
                Contract.start_date <= as_of,
                Contract.end_date >= as_of,
            ],
            as_of,
        )
    )


def needing_attention(lines: list[ContractLine]) -> list[ContractLine]:
    """The lines behind schedule, those ending within three months first, then the largest gap."""
    flagged = [line for line in lines if line.needs_attention]
    return sorted(flagged, key=lambda line: (not line.ends_soon, -line.gap))


# --------------------------------------------------------------------------- yearly report


@dataclass
class BlockLine:
    label: str
    activities: int
    realized_in_year: Decimal


@dataclass
class ReportLine:
    line: ContractLine
    realized_in_year: Decimal
    final: bool  # the contract had ended at the report date: its state is final


@dataclass
class AnnualReport:
    authority_names: list[str]
    year: int
    as_of: date
    lines: list[ReportLine]
    blocks: list[BlockLine]
    people: int
    totals: Totals
    realized_in_year: Decimal
    penalty_in_year: Decimal
    shortfall_in_year: Decimal
    errors: list[str]
    # The current year's report for the page leaves its lines out (`with_lines=False`): the
    # page reads them one page at a time with `sroi_pages.report_lines_query`.
    lines_paged: bool = False

    @property
    def title(self) -> str:
        return f"SROI-jaarrapportage {', '.join(self.authority_names)} {self.year}"


def annual_report(
    authorities: list[Organisation],
    year: int,
    today: date,
    stored: bool = True,
    with_lines: bool = True,
) -> AnnualReport:
    """Obligations, realised per block in the year, people placed via SROI and penalties.

    Contracts running in `year` are shown at the year's end (or today, when earlier); a
    contract that has ended before today is shown with its final state, so its shortfall and
    penalty count in the year it ended. "Realised in the year" of an activity is the engine's
    value at the end of the year minus its value at the end of the previous year.

    The current year's report is added up in SQL from the stored figures (`stored=False`
    values every activity with the engine instead, as for earlier years). With
    `with_lines=False` that report leaves its contract lines out (`lines_paged`) for a page
    that shows them one page at a time; its figures are the same.
    """
    if stored and year == today.year:
        return _stored_annual_report(authorities, year, today, with_lines)
    ids = [a.id for a in authorities]
    year_end = min(date(year, 12, 31), today)
    before = date(year - 1, 12, 31)
    contracts = list(
        db.session.scalars(
            _loaded(
                db.select(Contract).where(Contract.authority_id.in_(ids), running_in(year))
            ).order_by(Contract.reference)
        )
    )
    lines, errors = [], []
    catalogues = EngineCatalogues()
    by_block: dict[str, list] = {}
    people: set = set()
    for contract in contracts:
        final = contract.end_date < today and contract.end_date <= date(year, 12, 31)
        line = line_for(contract, today if final else year_end, catalogues)
        if line.error:
            errors.append(f"{contract.reference}: {line.error}")
        in_year = ZERO
        for activity in contract.activities:
            if activity.state != "accepted":
                continue
            try:
                now = valuation_for(activity, year_end, catalogues)
                earlier = (
                    valuation_for(activity, before, catalogues)
                    if before >= contract.start_date
                    else None
                )
            except sroi.InputError as exc:
                errors.append(f"{contract.reference}, activiteit {activity.id}: {exc.message}")
                continue
            delta = now.value - (earlier.value if earlier else ZERO)
            in_year += delta
            entry = by_block.setdefault(now.block_label, [0, ZERO])
            entry[0] += 1 if delta else 0
            entry[1] += delta
            if now.unit in PERSON_UNITS and activity.start_date.year == year:
                people.add(
                    ("client", activity.client_id)
                    if activity.client_id
                    else ("activity", activity.id)
                )
        lines.append(ReportLine(line, in_year, final))
    report_totals = totals([r.line for r in lines])
    ended = [r for r in lines if r.final and r.line.contract.end_date.year == year]
    blocks = sorted(
        (BlockLine(label, n, v) for label, (n, v) in by_block.items() if v or n),
        key=lambda b: -b.realized_in_year,
    )
    return AnnualReport(
        authority_names=[a.name for a in authorities],
        year=year,
        as_of=year_end,
        lines=lines,
        blocks=blocks,
        people=len(people),
        totals=report_totals,
        realized_in_year=sum((r.realized_in_year for r in lines), ZERO),
        penalty_in_year=sum((r.line.status.penalty for r in ended if r.line.status), ZERO),
        shortfall_in_year=sum((r.line.status.shortfall for r in ended if r.line.status), ZERO),
        errors=errors,
    )


def _stored_annual_report(
    authorities: list[Organisation], year: int, today: date, with_lines: bool = True
) -> AnnualReport:
    """`annual_report` of the current year from the stored figures, added up in SQL: every
    contract is shown at today (the year's end is not reached yet, an ended contract is final),
    "realised in the year" is each accepted activity's stored value today minus its stored
    value at the end of last year (`SroiActivityValue`, written with the contract's status).
    The sums per block, the people count and the totals are kept until one of the report's
    contracts is written again (`sroi_report_cache`)."""
    ids = [a.id for a in authorities]
    sroi_status.ensure_current(ids, today)
    conditions = [Contract.authority_id.in_(ids), running_in(year)]
    lines = stored_lines(conditions, today, order=(Contract.reference,)) if with_lines else []
    per_block, people, totals_rows = sroi_report_cache.cached(
        ("annual_report", tuple(sorted(ids)), year, today),
        conditions,
        lambda: _year_figures(conditions, year, today),
    )
    blocks = [
        BlockLine(label, int(n or 0), _cents(amount))
        for label, n, amount in per_block
        if n or amount
    ]
    blocks.sort(key=lambda b: -b.realized_in_year)
    # Realised in the year per contract only for the lines shown here; the total is the sum
    # of the blocks (every counted value belongs to one block).
    in_year = _realized_per_contract(conditions) if with_lines else {}
    report_lines = [
        ReportLine(line, _cents(in_year.get(line.contract.id)), line.contract.end_date < today)
        for line in lines
    ]
    parts = _totals_of(totals_rows)
    ended = parts.get(1, Totals())
    if with_lines:
        realized_in_year = sum((_cents(amount) for amount in in_year.values()), ZERO)
    else:
        realized_in_year = sum((_cents(amount) for _label, _n, amount in per_block), ZERO)
    return AnnualReport(
        authority_names=[a.name for a in authorities],
        year=year,
        as_of=today,
        lines=report_lines,
        blocks=blocks,
        people=people,
        totals=_merged(*parts.values()),
        realized_in_year=realized_in_year,
        penalty_in_year=ended.penalty,
        shortfall_in_year=ended.shortfall,
        errors=_stored_errors(conditions),
        lines_paged=not with_lines,
    )


def _counted_values(conditions: list, *columns):
    """A select of `columns` over the stored activity values the engine valued (no objection)
    of the contracts matching `conditions`."""
    values = SroiActivityValue
    return (
        db.select(*columns)
        .select_from(values)
        .join(Contract, Contract.id == values.contract_id)
        .where(*conditions, values.error == "")
    )


def _realized_per_contract(conditions: list) -> dict:
    values = SroiActivityValue
    delta = values.value - values.value_year_start
    query = _counted_values(conditions, values.contract_id, db.func.sum(delta))
    return dict(db.session.execute(query.group_by(values.contract_id)).all())


def _year_figures(conditions: list, year: int, today: date) -> tuple:
    """The report's sums from every stored row of its contracts, as plain tuples (kept by
    `sroi_report_cache`): (label, activities with a change, realised in the year) per block,
    the people placed, and the rows of the totals per state (1 for a contract that ended this
    year before today: its shortfall and penalty count in this year)."""
    values = SroiActivityValue
    delta = values.value - values.value_year_start
    per_block = db.session.execute(
        _counted_values(
            conditions,
            values.block_label,
            db.func.sum(db.case((delta != 0, 1), else_=0)),
            db.func.sum(delta),
        ).group_by(values.block_label)
    ).all()
    # People placed: distinct clients plus each activity without one, from the stored values.
    anonymous = db.func.sum(db.case((values.client_id.is_(None), 1), else_=0))
    clients, without_client = db.session.execute(
        _counted_values(conditions, db.func.count(db.distinct(values.client_id)), anonymous).where(
            values.unit.in_(PERSON_UNITS),
            values.start_date >= date(year, 1, 1),
            values.start_date <= date(year, 12, 31),
        )
    ).one()
    people = (clients or 0) + int(without_client or 0)
    # The totals and those of the contracts that ended this year, in one GROUP BY query.
    ended_this_year = db.case(
        (db.and_(Contract.end_date < today, Contract.end_date >= date(year, 1, 1)), 1), else_=0
    )
    return (
        tuple(tuple(row) for row in per_block),
        people,
        _stored_totals_rows(conditions, group_by=ended_this_year),
    )


def _stored_errors(conditions: list) -> list[str]:
    """The engine's objections (normally none) to the report's contracts and to their
    activities, read from the indexes on the status's state and the values' objection; only
    when there are any are their contracts asked whether they belong to this report. Sorted."""
    status, values = ContractSroiStatus, SroiActivityValue
    objected = db.session.execute(
        db.select(status.contract_id, status.error).where(status.state == "error")
    ).all()
    objected_values = db.session.execute(
        db.select(values.contract_id, values.activity_id, values.error).where(values.error != "")
    ).all()
    wanted = {row.contract_id for row in (*objected, *objected_values)}
    references = (
        dict(
            db.session.execute(
                db.select(Contract.id, Contract.reference).where(
                    *conditions, Contract.id.in_(wanted)
                )
            ).all()
        )
        if wanted
        else {}
    )
    errors = [
        f"{reference}: {error}"
        for reference, error in sorted(
            (references[contract_id], error)
            for contract_id, error in objected
            if contract_id in references
        )
    ]
    errors += [
        f"{reference}, activiteit {activity_id}: {error}"
        for reference, activity_id, error in sorted(
            (references[contract_id], activity_id, error)
            for contract_id, activity_id, error in objected_values
            if contract_id in references
        )
    ]
    return errors
