"""A client's path over time (issue 16): plan van aanpak with versions and actions, the history
of ladder step, profile and client group, contacts with documents, tasks with reminders,
re-integration provisions, and the municipality's yearly sheltered-work target and monitor notes.

Everything here except `ShelteredWorkTarget` and `MonitorNote` is about one client: staff reads
are audited, the inzage export lists it and retention wipes its free text.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.extensions import db

from .base import utcnow


class ClientPlan(db.Model):
    """One version of a client's plan van aanpak (`000` §2.1), persoonlijk actieplan (`001`)
    or ondersteuningsplan (`002`). A change or a review makes a new version; the old ones stay.
    """

    __tablename__ = "client_plans"
    __table_args__ = (UniqueConstraint("client_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # Only the newest version is current; the dashboard looks at current versions only.
    is_current: Mapped[bool] = mapped_column(Boolean, default=True, index=True)
    agreed_on: Mapped[date] = mapped_column(Date)
    goals: Mapped[str] = mapped_column(Text, default="")
    final_goal: Mapped[str] = mapped_column(Text, default="")
    support: Mapped[str] = mapped_column(Text, default="")
    # What the review that led to this version found (empty for a first plan).
    review_note: Mapped[str] = mapped_column(Text, default="")
    next_review_on: Mapped[date] = mapped_column(Date, index=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    client = relationship("Client")
    created_by = relationship("User")
    actions: Mapped[list[PlanAction]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanAction.position"
    )


class PlanAction(db.Model):
    """An agreed action of a plan version: what, who, before when, and when it was done."""

    __tablename__ = "plan_actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("client_plans.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(String(300))
    owner: Mapped[str] = mapped_column(String(10), default="client")
    owner_name: Mapped[str] = mapped_column(String(100), default="")
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    done_on: Mapped[date | None] = mapped_column(Date)

    plan: Mapped[ClientPlan] = relationship(back_populates="actions")


class ClientStatusChange(db.Model):
    """A registration of a client's ladder step, profile or client group: when, by whom, from
    what to what. `000` §2.3 wants the ladder step recorded at least once a year, so an
    unchanged step confirmed at the yearly talk is a row too (old value = new value)."""

    __tablename__ = "client_status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    field: Mapped[str] = mapped_column(String(20), index=True)
    old_value: Mapped[str | None] = mapped_column(String(20))
    new_value: Mapped[str | None] = mapped_column(String(20))
    # +1 a step up the participatieladder, −1 a step down, 0 otherwise.
    direction: Mapped[int] = mapped_column(Integer, default=0)
    changed_on: Mapped[date] = mapped_column(Date, index=True)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    client = relationship("Client")
    recorded_by = relationship("User")


class ClientContact(db.Model):
    """A dated contact with a client: a talk, a call, a home visit, the yearly
    dienstverleningsgesprek, a group session, a letter; with a short note."""

    __tablename__ = "client_contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    contact_on: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    jobhunter_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    client = relationship("Client")
    jobhunter = relationship("User")
    documents: Mapped[list[ClientDocument]] = relationship(
        back_populates="contact", order_by="ClientDocument.id"
    )


class ClientDocument(db.Model):
    """A document in a client's file (a signed plan, a letter); stored outside the web root under
    a random name with the same checks as SROI evidence (`app.services.evidence_files`)."""

    __tablename__ = "client_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("client_contacts.id"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    stored_name: Mapped[str] = mapped_column(String(64))
    content_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    uploaded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    uploaded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    client = relationship("Client")
    contact: Mapped[ClientContact | None] = relationship(back_populates="documents")
    uploaded_by = relationship("User")


class ClientTask(db.Model):
    """A task about a client for a jobhunter, with a due date and a reminder date from which it
    shows on the dashboard (e.g. the banenafspraak reminder letter after four to six months)."""

    __tablename__ = "client_tasks"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    jobhunter_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="task")
    title: Mapped[str] = mapped_column(String(200))
    remind_on: Mapped[date | None] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date, index=True)
    done_on: Mapped[date | None] = mapped_column(Date)
    cancelled_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    client = relationship("Client")
    jobhunter = relationship("User", foreign_keys=[jobhunter_id])
    created_by = relationship("User", foreign_keys=[created_by_id])

    @property
    def is_open(self) -> bool:
        return self.done_on is None and self.cancelled_on is None


class ClientProvision(db.Model):
    """A re-integration provision (re-integratievoorziening, `000` §7): jobcoaching, an IPS
    trajectory, a werkfit trajectory, training, a participation place, a language course…"""

    __tablename__ = "client_provisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    provider: Mapped[str] = mapped_column(String(200), default="")
    start_on: Mapped[date] = mapped_column(Date, index=True)
    end_on: Mapped[date | None] = mapped_column(Date)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    client = relationship("Client")


class ShelteredWorkTarget(db.Model):
    """The municipality's yearly taakstelling beschut werk: how many places (`000` doel 3)."""

    __tablename__ = "sheltered_work_targets"
    __table_args__ = (UniqueConstraint("municipality_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    places: Mapped[int] = mapped_column(Integer)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )

    municipality = relationship("Organisation")


class MonitorNote(db.Model):
    """A qualitative monitor row kept by hand for a year (`000` §7 "Handmatig, Kwalitatief"),
    e.g. the action plan for work skills and talents. About the municipality, never a client."""

    __tablename__ = "monitor_notes"
    __table_args__ = (UniqueConstraint("municipality_id", "year", "topic"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    topic: Mapped[str] = mapped_column(String(30))
    text: Mapped[str] = mapped_column(Text, default="")
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )
