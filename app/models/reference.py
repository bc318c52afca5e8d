"""Reference data: minimum wage, occupation taxonomy, postcode areas, and the audit log."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.extensions import db

from .base import Money, Percentage, utcnow


class MinimumWage(db.Model):
    """Statutory hourly minimum wage (21 years and older) from a date; kept by an admin."""

    __tablename__ = "minimum_wages"

    id: Mapped[int] = mapped_column(primary_key=True)
    valid_from: Mapped[date] = mapped_column(Date, unique=True)
    hourly_amount: Mapped[Decimal] = mapped_column(Money)
    source: Mapped[str] = mapped_column(Text, default="")


class YouthMinimumWageRate(db.Model):
    """Percentage of the adult minimum wage for an age, from a date (Besluit minimumjeugdloon).

    The highest age in force is the full minimum (100 %); kept by an admin.
    """

    __tablename__ = "youth_minimum_wage_rates"
    __table_args__ = (UniqueConstraint("valid_from", "age"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    valid_from: Mapped[date] = mapped_column(Date)
    age: Mapped[int] = mapped_column(Integer)
    percentage: Mapped[Decimal] = mapped_column(Percentage)
    source: Mapped[str] = mapped_column(Text, default="")


class LkvRate(db.Model):
    """Loonkostenvoordeel (Wet tegemoetkomingen loondomein) per target group from a date.

    `max_years` None: for as long as the employee stays. Kept by an admin.
    """

    __tablename__ = "lkv_rates"
    __table_args__ = (UniqueConstraint("target_group", "valid_from"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    target_group: Mapped[str] = mapped_column(String(30), default="banenafspraak")
    valid_from: Mapped[date] = mapped_column(Date)
    per_hour: Mapped[Decimal] = mapped_column(Money)
    max_per_year: Mapped[Decimal] = mapped_column(Money)
    max_years: Mapped[int | None] = mapped_column(Integer)
    declaration_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[str] = mapped_column(Text, default="")


class Occupation(db.Model):
    """An ESCO occupation with Dutch labels (imported with `flask import-esco`)."""

    __tablename__ = "occupations"

    id: Mapped[int] = mapped_column(primary_key=True)
    uri: Mapped[str] = mapped_column(String(255), unique=True)
    code: Mapped[str] = mapped_column(String(40), default="")
    isco_group: Mapped[str] = mapped_column(String(10), default="", index=True)
    preferred_label: Mapped[str] = mapped_column(String(255), index=True)
    # Newline-separated, as in the ESCO CSV.
    alt_labels: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")


class PostcodeArea(db.Model):
    """A four-digit postcode area with its centroid (imported with `flask import-postcodes`)."""

    __tablename__ = "postcode_areas"

    pc4: Mapped[str] = mapped_column(String(4), primary_key=True)
    place: Mapped[str] = mapped_column(String(100), default="")
    latitude: Mapped[float] = mapped_column(Float)
    longitude: Mapped[float] = mapped_column(Float)


class AuditEntry(db.Model):
    """Who read or changed what, when and from where. Append-only from the application."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    user_email: Mapped[str] = mapped_column(String(254), default="")
    organisation_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(10), index=True)
    object_type: Mapped[str] = mapped_column(String(40), index=True)
    object_id: Mapped[str] = mapped_column(String(40), default="", index=True)
    detail: Mapped[str] = mapped_column(Text, default="")
    ip: Mapped[str] = mapped_column(String(45), default="")

    # The clients the entry is about: the one whose record was read or changed, or every client
    # a list page showed. The inzage and the admin search find entries per client through it.
    subjects: Mapped[list[AuditSubject]] = relationship(
        cascade="all", order_by="AuditSubject.client_id"
    )


class AuditSubject(db.Model):
    """One client an audit entry is about (append-only, like the entry)."""

    __tablename__ = "audit_subjects"

    audit_id: Mapped[int] = mapped_column(
        ForeignKey("audit_log.id", ondelete="CASCADE"), primary_key=True
    )
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), primary_key=True, index=True)
