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
    LargeBinary,
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
    # ESCO's hidden labels (misspellings, old names): used to recognise titles, never shown.
    hidden_labels: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    # Part of the matching data version (app.services.matching_index): a changed label must
    # reach every worker's index and never come back from an older saved index. Indexed: the
    # version asks for the newest on every match page.
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow, index=True
    )


class PostcodeArea(db.Model):
    """A four-digit postcode area with its centroid (imported with `flask import-postcodes`)."""

    __tablename__ = "postcode_areas"

    pc4: Mapped[str] = mapped_column(String(4), primary_key=True)
    place: Mapped[str] = mapped_column(String(100), default="")
    latitude: Mapped[float] = mapped_column(Float)
    longitude: Mapped[float] = mapped_column(Float)
    # Part of the matching data version, like `Occupation.updated_at` (indexed likewise).
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow, index=True
    )


class TitleCorrection(db.Model):
    """A vacancy title coded by a person to another occupation than the engine resolved it to.

    Stored when an employer or a jobhunter chooses the occupation of a vacancy; it counts for
    that vacancy at once, and for every title that reduces to the same job phrase (`title_key`,
    the engine's key) only once a beheerder approved it (`status`).
    """

    __tablename__ = "title_corrections"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    title_key: Mapped[str] = mapped_column(String(200), index=True)
    occupation_id: Mapped[int] = mapped_column(ForeignKey("occupations.id"), index=True)
    # What the engine made of the title before the correction (None: nothing).
    resolved_occupation_id: Mapped[int | None] = mapped_column(ForeignKey("occupations.id"))
    vacancy_id: Mapped[int | None] = mapped_column(
        ForeignKey("vacancies.id", ondelete="SET NULL"), index=True
    )
    source: Mapped[str] = mapped_column(String(20))  # "employer" or "jobhunter"
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    status: Mapped[str] = mapped_column(String(10), default="pending", index=True)
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    occupation = relationship("Occupation", foreign_keys=[occupation_id])
    resolved_occupation = relationship("Occupation", foreign_keys=[resolved_occupation_id])
    vacancy = relationship("Vacancy")
    created_by = relationship("User", foreign_keys=[created_by_id])
    reviewed_by = relationship("User", foreign_keys=[reviewed_by_id])


class RerankerModel(db.Model):
    """A re-ranker trained on one municipality's feedback by `flask train-reranker`, with the
    held-out figures that decide whether it may be switched on (SPEC §6.1).

    The newest row per municipality is the one in use. `model` holds the fitted scikit-learn
    model (joblib), signed with the application's secret key (`signature`): a model that was
    not written by this installation is never loaded.
    """

    __tablename__ = "reranker_models"

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    trained_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # Number, last change and id sum of the feedback it learnt from: unchanged, no retraining.
    feedback_fingerprint: Mapped[str] = mapped_column(String(100), default="")
    better: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str] = mapped_column(Text, default="")
    model_kind: Mapped[str] = mapped_column(String(40), default="")
    n_feedback: Mapped[int] = mapped_column(Integer, default=0)
    n_train: Mapped[int] = mapped_column(Integer, default=0)
    n_test: Mapped[int] = mapped_column(Integer, default=0)
    n_test_clients: Mapped[int] = mapped_column(Integer, default=0)
    # None where the figure could not be computed (too little feedback).
    ndcg_plain: Mapped[float | None] = mapped_column(Float)
    ndcg_model: Mapped[float | None] = mapped_column(Float)
    auc_plain: Mapped[float | None] = mapped_column(Float)
    auc_model: Mapped[float | None] = mapped_column(Float)
    model: Mapped[bytes | None] = mapped_column(LargeBinary)
    signature: Mapped[str] = mapped_column(String(64), default="")

    municipality = relationship("Organisation")


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
