"""The stored SROI status of each contract (issue 15): the engine's figures, kept current.

Pages, reports and the monitor add these rows up in SQL instead of valuing every contract on
each request. `app.services.sroi_status` writes them in the same transaction as every change
that affects them and refreshes the time-dependent parts nightly (`flask sroi-status`).
"""

from __future__ import annotations

import secrets
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import BigInteger, Date, DateTime, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, backref, mapped_column, relationship

from app.extensions import db

from .base import Money
from .sroi import Contract

REVISION_BITS = 40


def new_revision() -> int:
    """A fresh random revision for a status row (1 … 2⁴⁰−1; the sum over 100.000 rows still
    fits in a 64-bit integer)."""
    return secrets.randbits(REVISION_BITS) or 1


class ContractSroiStatus(db.Model):
    """`sroi.contract_status` of one contract at `as_of` (amounts in euros, to the cent).

    `state` is the engine's (`fulfilled`, `not_met`, `on_track`, `behind`) or `error` when the
    engine objects to the contract's data; its Dutch objection is then in `error`.
    """

    __tablename__ = "contract_sroi_status"

    contract_id: Mapped[int] = mapped_column(
        ForeignKey("contracts.id", ondelete="CASCADE"), primary_key=True
    )
    as_of: Mapped[date] = mapped_column(Date, index=True)
    state: Mapped[str] = mapped_column(String(10), index=True)
    obligation: Mapped[Decimal] = mapped_column(Money)
    realized: Mapped[Decimal] = mapped_column(Money)
    pending: Mapped[Decimal] = mapped_column(Money)
    expected: Mapped[Decimal] = mapped_column(Money)
    shortfall: Mapped[Decimal] = mapped_column(Money)
    penalty: Mapped[Decimal] = mapped_column(Money)
    remaining: Mapped[Decimal] = mapped_column(Money)
    days_elapsed: Mapped[int] = mapped_column(Integer)
    days_total: Mapped[int] = mapped_column(Integer)
    error: Mapped[str] = mapped_column(Text, default="")
    computed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # Drawn anew whenever the row (and with it the contract's activity values) is written, also
    # by an UPDATE through SQLAlchemy that leaves it out: the count and the sum of the revisions
    # of a report's contracts change with any of them, so the figures added up from them can be
    # kept until then (`app.services.sroi_report_cache`). 0 for rows from before 0022.
    revision: Mapped[int] = mapped_column(
        BigInteger, default=new_revision, onupdate=new_revision, server_default="0"
    )

    contract: Mapped[Contract] = relationship(
        Contract,
        backref=backref("sroi_status", uselist=False, cascade="all, delete-orphan"),
    )


class SroiActivityValue(db.Model):
    """The engine's value of an accepted activity at `as_of` and at the end of the year before
    (`value_year_start`), written with its contract's status: the yearly report adds "realised
    in the year" up per contract and per block in SQL. `error` holds the engine's objection."""

    __tablename__ = "sroi_activity_values"
    # The yearly report's sums per block, its people count and its objections, read from this
    # index alone for the contracts in scope (issue 15); it also serves lookups by contract.
    __table_args__ = (
        Index(
            "ix_sroi_activity_values_report",
            "contract_id",
            "error",
            "unit",
            "start_date",
            "client_id",
            "block_label",
            "value",
            "value_year_start",
        ),
        # The engine's objections (normally none): the report finds them without a scan.
        Index(
            "ix_sroi_activity_values_errors",
            "contract_id",
            sqlite_where=text("error != ''"),
            postgresql_where=text("error != ''"),
        ),
    )

    activity_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    contract_id: Mapped[int] = mapped_column(ForeignKey("contracts.id", ondelete="CASCADE"))
    as_of: Mapped[date] = mapped_column(Date)
    block_label: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(20))
    value: Mapped[Decimal] = mapped_column(Money)
    value_year_start: Mapped[Decimal] = mapped_column(Money)
    error: Mapped[str] = mapped_column(Text, default="")
    # Copies of the activity's client and start date, written with the values: the report counts
    # the people placed in a year from the index above, without reading every activity.
    client_id: Mapped[int | None] = mapped_column(Integer)
    start_date: Mapped[date | None] = mapped_column(Date)
