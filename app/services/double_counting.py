"""No double counting across contracts (issue 18, item 6; SPEC §5.5).

One person's work may count for two contracts of the same supplier, but not beyond a full
working week: the engine's `sroi.double_counted` finds the periods in which one candidate's
activities together exceed full time. The portal checks a supplier's activity against every
other submitted or accepted activity of the same supplier with the same linked candidate, on
all contracts of the authorities of the same region (a municipality and the region that serves
it, and the region's other members), and refuses it with the contract that already counts the
hours and how many hours are left — so the supplier can split the hours instead.
Only activities with a linked candidate and hours per week take part (a free description
cannot be matched to a person).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.extensions import db
from app.formatting import ddmmyyyy, number
from app.models import Contract, Organisation, SroiActivity
from app.services.sroi_bridge import hours_activity, overlaps

COUNTING_STATES = ("submitted", "accepted")


@dataclass(frozen=True)
class Conflict:
    """The period in which the new activity pushes a person's hours past full time."""

    start: date
    end: date | None
    total_hours: Decimal
    fulltime_hours: Decimal
    others: tuple[SroiActivity, ...]

    @property
    def room(self) -> Decimal:
        """Hours per week the new activity may still count in this period."""
        other = sum((a.hours_per_week or Decimal(0) for a in self.others), Decimal(0))
        return max(self.fulltime_hours - other, Decimal(0))

    def message(self) -> str:
        period = (
            f"vanaf {ddmmyyyy(self.start)}"
            if self.end is None
            else f"van {ddmmyyyy(self.start)} tot en met {ddmmyyyy(self.end)}"
        )
        counted = "; ".join(
            f"contract {a.contract.reference} van {a.contract.authority.name} "
            f"({number(a.hours_per_week, 2)} uur per week)"
            for a in self.others
        )
        return (
            f"Deze uren tellen al mee voor {counted}. Samen zijn het {period} "
            f"{number(self.total_hours, 2)} uur per week, meer dan een volle werkweek van "
            f"{number(self.fulltime_hours, 2)} uur. Meld voor deze periode hoogstens "
            f"{number(self.room, 2)} uur per week, of laat de periodes niet overlappen."
        )


def _region_of(organisation: Organisation) -> int:
    return organisation.region_id or organisation.id


def _authorities_in_region(contract: Contract) -> list[int]:
    region = _region_of(contract.authority)
    return list(
        db.session.scalars(
            db.select(Organisation.id).where(
                db.or_(Organisation.id == region, Organisation.region_id == region)
            )
        )
    )


def others_for(contract: Contract, client_id: int, exclude_id: int | None) -> list[SroiActivity]:
    """The supplier's other counting activities of this candidate in the region."""
    query = (
        db.select(SroiActivity)
        .join(Contract, SroiActivity.contract_id == Contract.id)
        .where(
            Contract.supplier_id == contract.supplier_id,
            Contract.authority_id.in_(_authorities_in_region(contract)),
            SroiActivity.client_id == client_id,
            SroiActivity.state.in_(COUNTING_STATES),
            SroiActivity.hours_per_week.is_not(None),
        )
        .order_by(SroiActivity.start_date, SroiActivity.id)
    )
    if exclude_id is not None:
        query = query.where(SroiActivity.id != exclude_id)
    return list(db.session.scalars(query))


def conflicts(
    contract: Contract,
    client_id: int | None,
    start: date,
    end: date | None,
    hours_per_week: Decimal | None,
    exclude_id: int | None = None,
) -> list[Conflict]:
    """Where this activity (not stored yet, or stored as `exclude_id`) would be double counted."""
    if client_id is None or not hours_per_week:
        return []
    others = others_for(contract, client_id, exclude_id)
    if not others:
        return []
    fulltime = contract.catalogue.fulltime_hours or Decimal(36)
    activities = [hours_activity(client_id, start, end, hours_per_week)] + [
        hours_activity(a.client_id, a.start_date, a.end_date, a.hours_per_week) for a in others
    ]
    found = []
    for overlap in overlaps(activities, fulltime):
        if 0 not in overlap.activity_indexes:
            continue  # an old overlap between the others, not this activity's doing
        found.append(
            Conflict(
                start=overlap.start,
                end=overlap.end,
                total_hours=overlap.hours_per_week,
                fulltime_hours=fulltime,
                others=tuple(others[i - 1] for i in overlap.activity_indexes if i != 0),
            )
        )
    return found


def conflicts_of(activity: SroiActivity) -> list[Conflict]:
    """The conflicts of a stored activity with the supplier's other counting activities."""
    return conflicts(
        activity.contract,
        activity.client_id,
        activity.start_date,
        activity.end_date,
        activity.hours_per_week,
        exclude_id=activity.id,
    )
