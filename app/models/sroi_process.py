"""The process around an SROI contract (issue 18): the supplier's plan van aanpak at award and
the enforcement of under-use, step by step (reminder, ingebrekestelling, recovery plan,
decision)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.extensions import db

from .base import Hours, Money, TimestampMixin


class SroiPlan(TimestampMixin, db.Model):
    """A supplier's plan van aanpak for one contract: drafted and submitted by the supplier,
    approved (or sent back) by the authority's coördinator."""

    __tablename__ = "sroi_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(
        ForeignKey("contracts.id", ondelete="CASCADE"), unique=True
    )
    # draft → submitted → approved, or back to draft with the coördinator's remark.
    state: Mapped[str] = mapped_column(String(10), default="draft")
    note: Mapped[str] = mapped_column(Text, default="")
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    decided_on: Mapped[date | None] = mapped_column(Date)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decision_note: Mapped[str] = mapped_column(Text, default="")

    contract = relationship("Contract")
    decided_by = relationship("User")
    lines: Mapped[list[SroiPlanLine]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="SroiPlanLine.start_date"
    )


class SroiPlanLine(db.Model):
    """Planned activities of one block: how many people (or units), when, and who is wanted."""

    __tablename__ = "sroi_plan_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("sroi_plans.id", ondelete="CASCADE"), index=True
    )
    block_code: Mapped[str] = mapped_column(String(40))
    number: Mapped[int] = mapped_column(Integer, default=1)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    hours_per_week: Mapped[Decimal | None] = mapped_column(Hours)
    hours: Mapped[Decimal | None] = mapped_column(Hours)
    amount: Mapped[Decimal | None] = mapped_column(Money)
    # The candidates' profile the supplier wants (occupation, hours, driving licence …).
    profile: Mapped[str] = mapped_column(Text, default="")

    plan: Mapped[SroiPlan] = relationship(back_populates="lines")

    @property
    def block_label(self) -> str:
        """The block's name in the contract's catalogue (the code when it is not there)."""
        for block in self.plan.contract.catalogue.blocks:
            if block.code == self.block_code:
                return block.label
        return self.block_code


class EnforcementStep(db.Model):
    """One dated step of the enforcement of under-use on a contract, with its letter.

    `kind`: reminder → notice (ingebrekestelling, with a deadline) → recovery (the supplier's
    recovery plan, as received) → decision (`decision`: extension, buyout or penalty; the
    amount from the engine on the decision day; an extension's new end date).
    """

    __tablename__ = "sroi_enforcement_steps"

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(
        ForeignKey("contracts.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(10))
    on_date: Mapped[date] = mapped_column(Date)
    deadline: Mapped[date | None] = mapped_column(Date, index=True)
    decision: Mapped[str | None] = mapped_column(String(10))
    amount: Mapped[Decimal | None] = mapped_column(Money)
    # What the engine counted on the step's day: the shortfall the letter names.
    shortfall: Mapped[Decimal | None] = mapped_column(Money)
    new_end_date: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    contract = relationship("Contract")
    created_by = relationship("User")
