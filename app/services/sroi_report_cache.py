"""Figures added up from the stored SROI statuses, kept per data version (issue 15).

The current year's report adds up every stored activity value and status of its contracts
(≈ 25.000 values for an authority at a region's volume): its sums per block, its people count
and its totals per state. They only change when one of those rows is written, and every write
of a contract's status and activity values (`sroi_status.refresh`: every change, the nightly
job, a page that finds a row not current) draws a new random `revision` for the status row
(`ContractSroiStatus.revision`, also on any other UPDATE through SQLAlchemy).

The version of a set of contracts is the number of their status rows and the sum of their
revisions: one query on the contracts' index and the status's primary key. Another contract
in the set, one fewer, or any of them written again gives another version (two random 40-bit
revisions that happen to add up to the same sum: about one in 10¹²). The figures are kept
per worker process for the latest version of each key and computed again when the version
changed; figures computed while somebody else wrote (the version before and after differ)
are returned but not kept. A date in the key (`today`) keeps yesterday's figures from today.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import TypeVar

from app.extensions import db
from app.models import Contract, ContractSroiStatus

T = TypeVar("T")

# Keys (database, scope, year, date) kept per process; the oldest goes first.
MAX_KEYS = 64

_kept: dict[tuple, tuple[tuple[int, int], object]] = {}
_lock = threading.Lock()


def version(conditions: list) -> tuple[int, int]:
    """(count, sum of revisions) of the status rows of the contracts matching `conditions`."""
    status = ContractSroiStatus
    count, total = db.session.execute(
        db.select(db.func.count(), db.func.sum(status.revision))
        .select_from(Contract)
        .join(status, status.contract_id == Contract.id)
        .where(*conditions)
    ).one()
    return int(count), int(total or 0)


def cached(key: Hashable, conditions: list, compute: Callable[[], T]) -> T:
    """What `compute()` gives for the contracts matching `conditions`, computed once per
    version of their stored statuses. `compute` must read nothing but those contracts and
    their stored rows, and return something nobody changes (tuples, numbers)."""
    full_key = (str(db.engine.url), key)
    current = version(conditions)
    kept = _kept.get(full_key)
    if kept is not None and kept[0] == current:
        return kept[1]  # type: ignore[return-value]
    result = compute()
    if version(conditions) == current:  # nothing written meanwhile: the figures are current's
        with _lock:
            _kept.pop(full_key, None)
            _kept[full_key] = (current, result)
            while len(_kept) > MAX_KEYS:
                _kept.pop(next(iter(_kept)))
    return result


def clear() -> None:
    """Forget every kept figure (tests that compare a first computation with a kept one)."""
    with _lock:
        _kept.clear()
