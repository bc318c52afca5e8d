"""Column helpers shared by the models."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import DateTime, Numeric
from sqlalchemy.orm import Mapped, mapped_column


def utcnow() -> datetime:
    """Current time in UTC; a callable so each row gets its own timestamp."""
    return datetime.now(UTC)


# Money is Numeric, never float (SPEC §1.5): 14 digits, 2 decimals covers contracts in the billions.
Money = Numeric(14, 2)
# Hours per week or per activity, e.g. 18.5.
Hours = Numeric(6, 2)
# Percentages such as SROI 5 %, loonwaarde 62,5 %.
Percentage = Numeric(5, 2)
# The largest number of hours an Hours column holds (PostgreSQL refuses more: a server error).
MAX_HOURS = Decimal("9999.99")


class TimestampMixin:
    """`created_at` / `updated_at` in UTC."""

    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )


__all__ = ["Decimal", "Hours", "Money", "Percentage", "TimestampMixin", "utcnow"]
