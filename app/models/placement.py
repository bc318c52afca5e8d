"""Placements, follow-up, employer incentives and exit premiums (SPEC §3.2, §4.1–4.3)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.extensions import db

from .base import Hours, Money, Percentage, TimestampMixin


class Placement(TimestampMixin, db.Model):
    """A client starting work or an unpaid place, through the portal or found outside it.

    Work found outside the portal (issue 16) is a placement too, with `source` "outside": an
    employer from the register or only a name and KvK number, or none (self-employment). So
    follow-up, employer incentives, the exit premium and the monitor treat it exactly like a
    placement made through a proposal.
    """

    __tablename__ = "placements"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    employer_id: Mapped[int | None] = mapped_column(ForeignKey("employers.id"), index=True)
    # An employer that is not in the register: its name and KvK number as the jobhunter knows them.
    employer_name: Mapped[str] = mapped_column(String(200), default="")
    employer_kvk: Mapped[str | None] = mapped_column(String(8))
    # "portal" (a proposal the employer hired) or "outside" (registered by the jobhunter).
    source: Mapped[str] = mapped_column(String(10), default="portal")
    vacancy_id: Mapped[int | None] = mapped_column(ForeignKey("vacancies.id"))
    kind: Mapped[str] = mapped_column(String(20), default="job")
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    hours_per_week: Mapped[Decimal] = mapped_column(Hours)
    contract_type: Mapped[str] = mapped_column(String(10), default="temporary")
    contract_months: Mapped[int | None] = mapped_column(Integer)
    hourly_wage: Mapped[Decimal | None] = mapped_column(Money)
    wage_value_pct: Mapped[Decimal | None] = mapped_column(Percentage)
    wage_subsidy_per_month: Mapped[Decimal | None] = mapped_column(Money)
    jobcoach: Mapped[bool] = mapped_column(Boolean, default=False)
    contract_id: Mapped[int | None] = mapped_column(ForeignKey("contracts.id"), index=True)
    outcome: Mapped[str] = mapped_column(String(30), default="")
    end_reason: Mapped[str] = mapped_column(Text, default="")
    # "" none, "wage_subsidy" loonkostensubsidie (gemeente), "dispensation" loondispensatie
    # (UWV, Wajong): with either the loonwaarde was given (placement_rules).
    wage_arrangement: Mapped[str] = mapped_column(String(20), default="")
    # Why more than 40 hours a week (confirmed by the user who registered it).
    long_hours_reason: Mapped[str] = mapped_column(Text, default="")
    # A proefplaatsing before a forfaitaire loonkostensubsidie (at most a month, `001_…`).
    before_flat_rate_subsidy: Mapped[bool] = mapped_column(Boolean, default=False)

    client = relationship("Client")
    employer = relationship("Employer")
    vacancy = relationship("Vacancy")
    contract = relationship("Contract")
    follow_ups: Mapped[list[FollowUp]] = relationship(
        back_populates="placement", cascade="all, delete-orphan", order_by="FollowUp.due_date"
    )
    hour_changes: Mapped[list[PlacementHours]] = relationship(
        back_populates="placement",
        cascade="all, delete-orphan",
        order_by="PlacementHours.from_date",
    )

    @property
    def employer_label(self) -> str:
        """The employer's name from the register, else as typed, else empty (self-employment)."""
        if self.employer is not None:
            return self.employer.name
        return self.employer_name or ""


class PlacementHours(db.Model):
    """A change of weekly hours during a placement; incentives are forfeited below the minimum."""

    __tablename__ = "placement_hours"

    id: Mapped[int] = mapped_column(primary_key=True)
    placement_id: Mapped[int] = mapped_column(
        ForeignKey("placements.id", ondelete="CASCADE"), index=True
    )
    from_date: Mapped[date] = mapped_column(Date)
    hours_per_week: Mapped[Decimal] = mapped_column(Hours)
    long_hours_reason: Mapped[str] = mapped_column(Text, default="")

    placement: Mapped[Placement] = relationship(back_populates="hour_changes")


class FollowUp(db.Model):
    """A follow-up task after a placement starts (nazorg, SPEC §4.1)."""

    __tablename__ = "follow_ups"

    id: Mapped[int] = mapped_column(primary_key=True)
    placement_id: Mapped[int] = mapped_column(
        ForeignKey("placements.id", ondelete="CASCADE"), index=True
    )
    jobhunter_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    due_date: Mapped[date] = mapped_column(Date, index=True)
    done_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    note: Mapped[str] = mapped_column(Text, default="")

    placement: Mapped[Placement] = relationship(back_populates="follow_ups")
    jobhunter = relationship("User")


class IncentiveScheme(TimestampMixin, db.Model):
    """An employer incentive such as the werkvoucher or werkgeverscheque (SPEC §4.2).

    Each row is one version of a scheme: versions of the same scheme share `series_id` (the id
    of the first version) and each applies from its `valid_from` (None: from the start) until
    the next version's. A decision uses the version in force on its date
    (`app.services.schemes`); a version with `active` off ends the scheme from its date.
    """

    __tablename__ = "incentive_schemes"

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    min_hours_per_week: Mapped[Decimal] = mapped_column(Hours)
    eligible_benefits: Mapped[list] = mapped_column(JSON, default=list)
    requires_benefit_at_start: Mapped[bool] = mapped_column(Boolean, default=True)
    min_contract_months: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    source: Mapped[str] = mapped_column(Text, default="")
    series_id: Mapped[int | None] = mapped_column(Integer, index=True)
    valid_from: Mapped[date | None] = mapped_column(Date)

    municipality = relationship("Organisation")
    tiers: Mapped[list[IncentiveTier]] = relationship(
        back_populates="scheme", cascade="all, delete-orphan", order_by="IncentiveTier.months"
    )


class IncentiveTier(db.Model):
    """Amount paid once the employment has lasted `months` (e.g. € 2.250 at 6, € 4.500 at 12)."""

    __tablename__ = "incentive_tiers"

    id: Mapped[int] = mapped_column(primary_key=True)
    scheme_id: Mapped[int] = mapped_column(
        ForeignKey("incentive_schemes.id", ondelete="CASCADE"), index=True
    )
    months: Mapped[int] = mapped_column(Integer)
    amount: Mapped[Decimal] = mapped_column(Money)

    scheme: Mapped[IncentiveScheme] = relationship(back_populates="tiers")


class IncentiveAward(TimestampMixin, db.Model):
    """An incentive for one placement: requested → granted → paid, or forfeited."""

    __tablename__ = "incentive_awards"

    id: Mapped[int] = mapped_column(primary_key=True)
    scheme_id: Mapped[int] = mapped_column(ForeignKey("incentive_schemes.id"), index=True)
    placement_id: Mapped[int] = mapped_column(ForeignKey("placements.id"), index=True)
    state: Mapped[str] = mapped_column(String(12), default="requested")
    amount: Mapped[Decimal | None] = mapped_column(Money)
    payable_on: Mapped[date | None] = mapped_column(Date)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    note: Mapped[str] = mapped_column(Text, default="")
    # Four-eyes: who granted and who paid (a second user above the municipality's threshold).
    granted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    paid_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    scheme = relationship("IncentiveScheme")
    placement = relationship("Placement")
    granted_by = relationship("User", foreign_keys=[granted_by_id])
    paid_by = relationship("User", foreign_keys=[paid_by_id])


class ExitPremiumScheme(TimestampMixin, db.Model):
    """Premium to the resident for finding and keeping work (uitstroompremie, SPEC §4.3).

    Versioned like `IncentiveScheme` (`series_id`, `valid_from`).
    """

    __tablename__ = "exit_premium_schemes"

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    amount: Mapped[Decimal] = mapped_column(Money)
    max_per_resident: Mapped[int] = mapped_column(Integer, default=1)
    min_benefit_months: Mapped[int] = mapped_column(Integer, default=12)
    # The retention period: months the work must be kept ("vinden en behouden", `000`).
    min_work_months: Mapped[int] = mapped_column(Integer, default=0)
    # "More than" instead of "at least" (`002` §3.3.9: "langer dan een jaar", "langer dan een
    # half jaar"): the benefit or the work must run one day past the months.
    benefit_more_than: Mapped[bool] = mapped_column(Boolean, default=False)
    work_more_than: Mapped[bool] = mapped_column(Boolean, default=False)
    # Days between the end of the benefit and the start of the work that still make an exit.
    max_gap_days: Mapped[int] = mapped_column(Integer, default=31)
    eligible_benefits: Mapped[list] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    source: Mapped[str] = mapped_column(Text, default="")
    series_id: Mapped[int | None] = mapped_column(Integer, index=True)
    valid_from: Mapped[date | None] = mapped_column(Date)

    municipality = relationship("Organisation")


class ExitPremium(TimestampMixin, db.Model):
    """An exit premium requested for or paid to one client."""

    __tablename__ = "exit_premiums"

    id: Mapped[int] = mapped_column(primary_key=True)
    scheme_id: Mapped[int] = mapped_column(ForeignKey("exit_premium_schemes.id"), index=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    placement_id: Mapped[int | None] = mapped_column(ForeignKey("placements.id"))
    state: Mapped[str] = mapped_column(String(12), default="requested")
    amount: Mapped[Decimal] = mapped_column(Money)
    requested_on: Mapped[date] = mapped_column(Date)
    paid_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    requested_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    paid_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    scheme = relationship("ExitPremiumScheme")
    client = relationship("Client")
    requested_by = relationship("User", foreign_keys=[requested_by_id])
    paid_by = relationship("User", foreign_keys=[paid_by_id])
