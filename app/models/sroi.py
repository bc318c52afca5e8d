"""SROI contracts, catalogues, activities and evidence (SPEC §3.2, §5)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.extensions import db

from .base import Hours, Money, Percentage, TimestampMixin


class Catalogue(TimestampMixin, db.Model):
    """A version of a regional bouwblokken catalogue; contracts keep the version of their award.

    A preset ships with the product, belongs to nobody and is read-only. Every other version
    belongs to the authority whose procurement staff made it (`owner_id`); only they (or a
    beheerder) may change or delete it (`app.security.can_manage`).
    """

    __tablename__ = "catalogues"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(Text, default="")
    # Hours of a full-time week for `year` blocks; None when the catalogue has no year blocks.
    fulltime_hours: Mapped[Decimal | None] = mapped_column(Hours)
    # Presets ship with the product and are read-only; copies can be edited.
    is_preset: Mapped[bool] = mapped_column(Boolean, default=False)
    based_on_id: Mapped[int | None] = mapped_column(ForeignKey("catalogues.id"))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"), index=True)

    blocks: Mapped[list[CatalogueBlock]] = relationship(
        back_populates="catalogue", cascade="all, delete-orphan", order_by="CatalogueBlock.position"
    )
    bonuses: Mapped[list[CatalogueBonus]] = relationship(
        back_populates="catalogue", cascade="all, delete-orphan", order_by="CatalogueBonus.position"
    )
    owner = relationship("Organisation")


class CatalogueBlock(db.Model):
    """One bouwblok: what an activity is worth towards an obligation."""

    __tablename__ = "catalogue_blocks"
    __table_args__ = (UniqueConstraint("catalogue_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    catalogue_id: Mapped[int] = mapped_column(
        ForeignKey("catalogues.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(10))
    # A value in euros, or a factor for `invoice` blocks; 4 decimals allow factors like 0.15.
    value: Mapped[Decimal] = mapped_column(Numeric(14, 4))
    max_years: Mapped[int | None] = mapped_column(Integer)
    benefit: Mapped[str | None] = mapped_column(String(20))
    benefit_months_min: Mapped[int | None] = mapped_column(Integer)
    benefit_months_max: Mapped[int | None] = mapped_column(Integer)
    # The kinds of evidence an activity of this block needs (`EVIDENCE_KINDS` keys), all of them.
    evidence_kinds: Mapped[list] = mapped_column(JSON, default=list)

    catalogue: Mapped[Catalogue] = relationship(back_populates="blocks")


class CatalogueBonus(db.Model):
    """A bonus added per year to a year-block (e.g. candidate older than 50)."""

    __tablename__ = "catalogue_bonuses"
    __table_args__ = (UniqueConstraint("catalogue_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    catalogue_id: Mapped[int] = mapped_column(
        ForeignKey("catalogues.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(200))
    value: Mapped[Decimal] = mapped_column(Money)

    catalogue: Mapped[Catalogue] = relationship(back_populates="bonuses")


class Contract(TimestampMixin, db.Model):
    """A public contract with an SROI clause."""

    __tablename__ = "contracts"
    # The running contracts per authority (the monitor's SROI rows): read from this index
    # alone, not from the rows.
    __table_args__ = (
        UniqueConstraint("authority_id", "reference"),
        Index("ix_contracts_authority_period", "authority_id", "start_date", "end_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    authority_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("employers.id"), index=True)
    reference: Mapped[str] = mapped_column(String(60))
    title: Mapped[str] = mapped_column(String(200))
    value: Mapped[Decimal] = mapped_column(Money)
    sroi_percentage: Mapped[Decimal] = mapped_column(Percentage)
    catalogue_id: Mapped[int] = mapped_column(ForeignKey("catalogues.id"))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    reduction_percentage: Mapped[Decimal] = mapped_column(Percentage, default=Decimal("0"))
    penalty_percentage: Mapped[Decimal] = mapped_column(Percentage, default=Decimal("100"))
    responsible_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # --- policy (issue 18): the kind of contract for the per-kind threshold, the policy's cap
    # per (sub)project, and the award criterion offered on top of the requirement.
    contract_kind: Mapped[str | None] = mapped_column(String(12))
    sroi_cap: Mapped[Decimal | None] = mapped_column(Money)
    award_percentage: Mapped[Decimal | None] = mapped_column(Percentage)
    # --- end of the policy block

    authority = relationship("Organisation")
    supplier = relationship("Employer")
    catalogue = relationship("Catalogue")
    responsible_user = relationship("User")
    activities: Mapped[list[SroiActivity]] = relationship(
        back_populates="contract", order_by="SroiActivity.start_date"
    )


class SroiActivity(TimestampMixin, db.Model):
    """What a supplier reports towards a contract's obligation; procurement reviews it."""

    __tablename__ = "sroi_activities"
    # The review queue (activities waiting, of the authority's contracts, oldest submission
    # first): counted and sorted from this index alone.
    __table_args__ = (
        Index("ix_sroi_activities_queue", "state", "contract_id", "submitted_at", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(ForeignKey("contracts.id"), index=True)
    block_code: Mapped[str] = mapped_column(String(40))
    # Indexed for the review's double-counting check (the same person on other activities).
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"), index=True)
    candidate_description: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    hours_per_week: Mapped[Decimal | None] = mapped_column(Hours)
    bonuses: Mapped[list] = mapped_column(JSON, default=list)
    hours: Mapped[Decimal | None] = mapped_column(Hours)
    amount: Mapped[Decimal | None] = mapped_column(Money)
    state: Mapped[str] = mapped_column(String(10), default="draft", index=True)
    rejection_reason: Mapped[str] = mapped_column(Text, default="")
    # Why the block's evidence follows later (the supplier, on submitting without it).
    evidence_later_reason: Mapped[str] = mapped_column(Text, default="")
    # Why the reviewer accepted without the block's evidence.
    override_reason: Mapped[str] = mapped_column(Text, default="")
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # Optimistic locking: two reviewers acting at once end with one decision.
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}

    contract: Mapped[Contract] = relationship(back_populates="activities")
    client = relationship("Client")
    reviewer = relationship("User", foreign_keys=[reviewer_id])
    created_by = relationship("User", foreign_keys=[created_by_id])
    evidence: Mapped[list[EvidenceFile]] = relationship(
        back_populates="activity", cascade="all, delete-orphan", order_by="EvidenceFile.id"
    )


class EvidenceFile(db.Model):
    """A file proving an activity, stored outside the web root under a random name."""

    __tablename__ = "evidence_files"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("sroi_activities.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    stored_name: Mapped[str] = mapped_column(String(64), unique=True)
    content_type: Mapped[str] = mapped_column(String(100))
    # What the file proves (`EVIDENCE_KINDS` key); None for files from before kinds existed.
    kind: Mapped[str | None] = mapped_column(String(30))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    uploaded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    uploaded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # Set by retention: the file is deleted and `filename` neutral; size and SHA-256 stay as the
    # fingerprint of what the reviewer saw.
    removed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    activity: Mapped[SroiActivity] = relationship(back_populates="evidence")
