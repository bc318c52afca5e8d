"""The stored SROI status of every contract (issue 15): written with every change, refreshed
nightly, checked by a command.

The engine stays the single source of the numbers: `refresh` stores what
`sroi_bridge.status_for` says at a date. What writes it:

- **every change that affects a contract's figures** — an activity added, submitted, decided,
  withdrawn, edited or deleted; a contract created or edited (another catalogue version
  attached included); a catalogue version's blocks or bonuses changed — through one session
  hook (`_note_changes` before a flush, `_write_statuses` after it), so the status is written
  in the same transaction as the change, whichever service made it, and no service has to
  remember to call anything (the one exception: the review's exactly-once decision is an SQL
  `UPDATE` the hook cannot see, so `activity_review.decide` calls `changed`);
- **the nightly job** `flask sroi-status` (`refresh_stale`): realised value grows with time and
  "expected to date", on track / behind and "not met" after the end date depend on the day, so
  every row that is not current for today is computed again;
- **a page that finds rows not current for its date** (`ensure_current`: a night the job did
  not run, a database filled by bulk inserts) computes those first, so a page never shows
  yesterday's figures as today's.

A row is current for a date when it was computed for that date, or when both its date and
that date lie after the contract's end in the same year (the figures of an ended contract no
longer move; the activities' values at the start of the year do).
`drift` compares every stored row with a fresh engine computation (`flask sroi-consistency`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import event
from sqlalchemy.orm import Session, selectinload

import sroi
from app.extensions import db
from app.models import (
    Catalogue,
    CatalogueBlock,
    CatalogueBonus,
    Contract,
    ContractSroiStatus,
    SroiActivity,
    SroiActivityValue,
)
from app.models.base import utcnow
from app.models.sroi_status import new_revision
from app.services.sroi_bridge import (
    EngineCatalogues,
    activity_values,
    status_for,
    stored_status,
)

ZERO = Decimal("0.00")
FIGURES = (
    "obligation",
    "realized",
    "pending",
    "expected",
    "shortfall",
    "penalty",
    "remaining",
    "days_elapsed",
    "days_total",
)
BATCH = 500
_CONTRACTS = "sroi_status_contracts"
_CATALOGUES = "sroi_status_catalogues"
_WRITING = "sroi_status_writing"


def today() -> date:
    """The date the session hook stores the status for: the pages' today
    (`app.procurement.common.today`, `app.employer.common.today`), so a change made now is
    current for the page that shows it next."""
    return date.today()


# --------------------------------------------------------------------------- writing


def refresh(
    contract: Contract, as_of: date, catalogues: EngineCatalogues | None = None
) -> ContractSroiStatus:
    """Store the engine's status of `contract` at `as_of` (the engine's objection as `error`)."""
    row = contract.sroi_status
    if row is None:
        row = ContractSroiStatus()
        contract.sroi_status = row
    try:
        status = status_for(contract, as_of, catalogues)
    except sroi.InputError as exc:
        for name in FIGURES:
            setattr(row, name, 0 if name.startswith("days") else ZERO)
        row.state, row.error = "error", exc.message
    else:
        for name in FIGURES:
            setattr(row, name, getattr(status, name))
        row.state, row.error = status.state, ""
    row.as_of = as_of
    row.computed_at = utcnow()
    # A new revision with every write of the row and its values: the yearly report keeps its
    # sums until the revisions of its contracts change (`sroi_report_cache`).
    row.revision = new_revision()
    _write_values(contract, as_of, catalogues)
    return row


def _activity_values(contract, activity, as_of, catalogues) -> tuple[str, str, list[Decimal]]:
    """Label, unit and value at `as_of` and at the end of the year before (0 before the
    contract's start), from the engine."""
    before = date(as_of.year - 1, 12, 31)
    dates = [as_of, before] if before >= contract.start_date else [as_of]
    label, unit, values = activity_values(activity, dates, catalogues)
    return label, unit, [values[0], values[1] if len(values) > 1 else ZERO]


def _write_values(contract: Contract, as_of: date, catalogues: EngineCatalogues | None) -> None:
    """Store each accepted activity's value at `as_of` and at the end of the year before (the
    yearly report's "realised in the year"), with its client and start date (the report's
    people placed), replacing the contract's earlier values."""
    table = SroiActivityValue.__table__
    db.session.execute(table.delete().where(table.c.contract_id == contract.id))
    rows = []
    for activity in contract.activities:
        if activity.state != "accepted":
            continue
        row = {"activity_id": activity.id, "contract_id": contract.id, "as_of": as_of}
        row |= {"client_id": activity.client_id, "start_date": activity.start_date}
        try:
            label, unit, (now, earlier) = _activity_values(contract, activity, as_of, catalogues)
        except sroi.InputError as exc:
            row |= {"block_label": activity.block_code, "unit": "", "error": exc.message}
            row |= {"value": ZERO, "value_year_start": ZERO}
        else:
            row |= {"block_label": label, "unit": unit, "error": ""}
            row |= {"value": now, "value_year_start": earlier}
        rows.append(row)
    if rows:
        db.session.execute(table.insert(), rows)


def _loaded(query):
    return query.options(
        selectinload(Contract.activities),
        selectinload(Contract.sroi_status),
        selectinload(Contract.catalogue).selectinload(Catalogue.blocks),
        selectinload(Contract.catalogue).selectinload(Catalogue.bonuses),
    )


def refresh_contracts(ids: Iterable[int], as_of: date) -> int:
    """Compute and store the status of the contracts with these ids, read afresh from the
    database (an activity added by its `contract_id` alone is in no loaded list yet)."""
    ids = sorted(set(ids))
    catalogues = EngineCatalogues()
    done = 0
    for start in range(0, len(ids), BATCH):
        query = _loaded(db.select(Contract).where(Contract.id.in_(ids[start : start + BATCH])))
        for contract in db.session.scalars(query.execution_options(populate_existing=True)):
            refresh(contract, as_of, catalogues)
            done += 1
    return done


def changed(contract_id: int) -> None:
    """A change the session hook cannot see (an SQL `UPDATE` of an activity, as the review's
    exactly-once decision makes): store the contract's status now, in the same transaction."""
    refresh_contracts([contract_id], today())


def not_current(as_of: date):
    """SQL condition on contracts (outer-joined to their status): no row current for `as_of`."""
    status = ContractSroiStatus
    return db.or_(
        status.contract_id.is_(None),
        db.and_(
            status.as_of != as_of,
            db.not_(
                db.and_(
                    status.as_of > Contract.end_date,
                    Contract.end_date < as_of,
                    status.as_of >= date(as_of.year, 1, 1),
                )
            ),
        ),
    )


def stale_ids(as_of: date, scope_ids=None, contract_ids=None) -> list[int]:
    """Contracts (of the authorities in scope, or all; only `contract_ids` when given) whose
    stored status is not current."""
    query = (
        db.select(Contract.id)
        .outerjoin(ContractSroiStatus, ContractSroiStatus.contract_id == Contract.id)
        .where(not_current(as_of))
    )
    if scope_ids is not None:
        query = query.where(Contract.authority_id.in_(scope_ids))
    if contract_ids is not None:
        query = query.where(Contract.id.in_(contract_ids))
    return list(db.session.scalars(query))


def refresh_stale(as_of: date, scope_ids=None, everything: bool = False) -> int:
    """Compute again every status not current for `as_of` (the nightly job; `everything`:
    every contract); flushed, the caller commits. Returns how many contracts were computed."""
    if everything:
        ids = list(db.session.scalars(db.select(Contract.id)))
    else:
        ids = stale_ids(as_of, scope_ids)
    for start in range(0, len(ids), BATCH):
        refresh_contracts(ids[start : start + BATCH], as_of)
        db.session.flush()
    return len(ids)


def ensure_current(scope_ids, as_of: date, contract_ids=None) -> int:
    """Before a page reads stored figures at `as_of`: compute the rows of the scope (None: every
    authority; `contract_ids`: only these) that are not current for it. Normally none (the
    nightly job ran); the rows computed are committed when the session held no other change,
    so the next page finds them."""
    if contract_ids is not None and not contract_ids:
        return 0
    ids = stale_ids(as_of, scope_ids, None if contract_ids is None else sorted(set(contract_ids)))
    if not ids:
        return 0
    session = db.session
    untouched = not (session.new or session.dirty or session.deleted)
    refresh_contracts(ids, as_of)
    if untouched:
        session.commit()
    else:
        session.flush()
    return len(ids)


def current_statuses(contracts, as_of: date) -> list[tuple[Contract, sroi.ContractStatus]]:
    """(contract, engine status at `as_of`) for a handful of contracts (an employer's), read
    from their stored rows; a contract the engine objects to is computed again, so the
    engine's objection is raised as before."""
    contracts = list(contracts)
    if not contracts:
        return []
    ensure_current(None, as_of, [c.id for c in contracts])
    return [(c, stored_status(c.sroi_status) or status_for(c, as_of)) for c in contracts]


# --------------------------------------------------------------------------- the session hook


def _remember(session: Session, key: str, item) -> None:
    session.info.setdefault(key, []).append(item)


@event.listens_for(Session, "before_flush")
def _note_changes(session: Session, flush_context, instances) -> None:
    """Remember which contracts and catalogue versions this flush changes."""
    if session.info.get(_WRITING):
        return
    for obj in (*session.new, *session.dirty, *session.deleted):
        if obj in session.dirty and not session.is_modified(obj):
            continue
        if isinstance(obj, SroiActivity):
            _remember(session, _CONTRACTS, obj)
            previous = db.inspect(obj).attrs.contract_id.history.deleted
            for contract_id in previous or ():
                if contract_id is not None:
                    _remember(session, _CONTRACTS, contract_id)
        elif isinstance(obj, Contract):
            if obj not in session.deleted:
                _remember(session, _CONTRACTS, obj)
        elif isinstance(obj, Catalogue):
            if obj not in session.new and obj not in session.deleted:
                _remember(session, _CATALOGUES, obj)
        elif isinstance(obj, (CatalogueBlock, CatalogueBonus)):
            _remember(session, _CATALOGUES, obj)


def _contract_ids(session: Session) -> set[int]:
    ids: set[int] = set()
    for item in session.info.pop(_CONTRACTS, ()):
        if isinstance(item, int):
            ids.add(item)
        elif isinstance(item, Contract):
            identity = db.inspect(item).identity
            if identity:
                ids.add(identity[0])
        else:  # an activity: its contract, also when the activity itself was deleted
            state = db.inspect(item)
            contract_id = state.dict.get("contract_id")
            if contract_id is None and state.dict.get("contract") is not None:
                contract_id = state.dict["contract"].id
            if contract_id is not None:
                ids.add(contract_id)
    catalogue_ids = set()
    for item in session.info.pop(_CATALOGUES, ()):
        state = db.inspect(item)
        catalogue_id = (
            state.dict.get("catalogue_id")
            if isinstance(item, (CatalogueBlock, CatalogueBonus))
            else (state.identity[0] if state.identity else None)
        )
        if catalogue_id is not None:
            catalogue_ids.add(catalogue_id)
    if catalogue_ids:
        ids.update(
            session.scalars(db.select(Contract.id).where(Contract.catalogue_id.in_(catalogue_ids)))
        )
    return ids


@event.listens_for(Session, "after_flush_postexec")
def _write_statuses(session: Session, flush_context) -> None:
    """Store the status of every contract the flush changed, in the same transaction."""
    if session.info.get(_WRITING) or not (
        session.info.get(_CONTRACTS) or session.info.get(_CATALOGUES)
    ):
        return
    session.info[_WRITING] = True
    try:
        ids = _contract_ids(session)
        if ids:
            refresh_contracts(ids, today())
    finally:
        session.info.pop(_WRITING, None)


@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    session.info.pop(_CONTRACTS, None)
    session.info.pop(_CATALOGUES, None)


# --------------------------------------------------------------------------- consistency


@dataclass
class Drift:
    """A contract whose stored status differs from the engine's now (or has none)."""

    contract_id: int
    reference: str
    differences: dict[str, tuple[object, object]]  # field: (stored, engine)


def drift(as_of: date) -> list[Drift]:
    """Every contract whose stored status is missing, not current for `as_of`, or differs
    from a fresh engine computation at `as_of` (its activities' stored values included).
    Reads only; changes nothing."""
    result = []
    catalogues = EngineCatalogues()
    ids = list(db.session.scalars(db.select(Contract.id).order_by(Contract.id)))
    for start in range(0, len(ids), BATCH):
        batch = ids[start : start + BATCH]
        stored_values: dict[int, dict[int, tuple]] = {}
        for value in db.session.scalars(
            db.select(SroiActivityValue).where(SroiActivityValue.contract_id.in_(batch))
        ):
            stored_values.setdefault(value.contract_id, {})[value.activity_id] = (
                value.value,
                value.value_year_start,
                value.client_id,
                value.start_date,
            )
        query = _loaded(db.select(Contract).where(Contract.id.in_(batch)))
        for contract in db.session.scalars(query):
            row = contract.sroi_status
            differences = _differences(contract, row, as_of, catalogues)
            if row is not None and row.as_of == as_of:
                fresh = _values(contract, as_of, catalogues)
                if stored_values.get(contract.id, {}) != fresh:
                    differences["activity_values"] = (stored_values.get(contract.id, {}), fresh)
            if differences:
                result.append(Drift(contract.id, contract.reference, differences))
    return result


def _values(contract: Contract, as_of: date, catalogues) -> dict[int, tuple]:
    """{accepted activity id: (value at `as_of`, value at the end of the year before, client
    id, start date)}."""
    values = {}
    for activity in contract.activities:
        if activity.state != "accepted":
            continue
        try:
            _label, _unit, figures = _activity_values(contract, activity, as_of, catalogues)
        except sroi.InputError:
            figures = [ZERO, ZERO]
        values[activity.id] = (*figures, activity.client_id, activity.start_date)
    return values


def _differences(contract, row, as_of, catalogues) -> dict[str, tuple[object, object]]:
    try:
        fresh = status_for(contract, as_of, catalogues)
        expected = {name: getattr(fresh, name) for name in FIGURES} | {"state": fresh.state}
    except sroi.InputError:
        expected = {"state": "error"}
    if row is None:
        return {"status": (None, expected["state"])}
    differences = {}
    current = row.as_of == as_of or (
        row.as_of > contract.end_date and as_of > contract.end_date and row.as_of.year == as_of.year
    )
    if not current:
        differences["as_of"] = (row.as_of, as_of)
    for name, value in expected.items():
        stored = getattr(row, name)
        if stored != value:
            differences[name] = (stored, value)
    return differences
