"""Employer relations (SPEC §3.2, §4.6): contacts, contact persons, follow-ups to schedule,
and the yearly employer campaign."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.extensions import db

from .base import TimestampMixin


class EmployerContact(TimestampMixin, db.Model):
    """A conversation with an employer; whether it was 'new' is derived (SPEC §4.6)."""

    __tablename__ = "employer_contacts"
    # The municipality's last contact with each employer of the employer list.
    __table_args__ = (
        Index(
            "ix_employer_contacts_employer_municipality",
            "employer_id",
            "municipality_id",
            "contact_date",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    employer_id: Mapped[int] = mapped_column(ForeignKey("employers.id"), index=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    jobhunter_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    contact_date: Mapped[date] = mapped_column(Date, index=True)
    channel: Mapped[str] = mapped_column(String(10))
    subject: Mapped[str] = mapped_column(String(200))
    outcome: Mapped[str] = mapped_column(Text, default="")

    employer = relationship("Employer")
    jobhunter = relationship("User")


class EmployerContactPerson(TimestampMixin, db.Model):
    """Someone to talk to at an employer (personal data: see docs/privacy.md).

    `newsletter_consent_at` is the day the person agreed to receive the municipality's business
    newsletter; None means no consent (never given, or withdrawn).
    """

    __tablename__ = "employer_contact_persons"

    id: Mapped[int] = mapped_column(primary_key=True)
    employer_id: Mapped[int] = mapped_column(
        ForeignKey("employers.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    job_title: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    newsletter_consent_at: Mapped[date | None] = mapped_column(Date)

    employer = relationship("Employer")

    @property
    def tel(self) -> str:
        """The phone number for a `tel:` link: digits, with + for a country code."""
        number = self.phone.replace("(0)", "")
        digits = "".join(ch for ch in number if ch.isdigit())
        return f"+{digits}" if number.strip().startswith("+") else digits


class EmployerFollowUp(TimestampMixin, db.Model):
    """A scheduled follow-up with an employer ("terugbellen in januari") of one municipality.

    It lands on the assigned jobhunter's dashboard when it is due (`app.services.employer_crm`).
    """

    __tablename__ = "employer_follow_ups"

    id: Mapped[int] = mapped_column(primary_key=True)
    employer_id: Mapped[int] = mapped_column(
        ForeignKey("employers.id", ondelete="CASCADE"), index=True
    )
    municipality_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    jobhunter_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("employer_contact_persons.id", ondelete="SET NULL")
    )
    due_date: Mapped[date] = mapped_column(Date, index=True)
    note: Mapped[str] = mapped_column(String(500))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    done_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    employer = relationship("Employer")
    jobhunter = relationship("User", foreign_keys=[jobhunter_id])
    created_by = relationship("User", foreign_keys=[created_by_id])
    done_by = relationship("User", foreign_keys=[done_by_id])
    contact_person = relationship("EmployerContactPerson")


class Campaign(TimestampMixin, db.Model):
    """The yearly employer campaign of a municipality with its action plan and targets."""

    __tablename__ = "campaigns"
    __table_args__ = (UniqueConstraint("municipality_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    action_plan: Mapped[str] = mapped_column(Text, default="")
    target_new_conversations: Mapped[int] = mapped_column(Integer, default=10)
    target_contacts: Mapped[int | None] = mapped_column(Integer)
    target_vacancies: Mapped[int | None] = mapped_column(Integer)
    target_placements: Mapped[int | None] = mapped_column(Integer)

    municipality = relationship("Organisation")
    activities: Mapped[list[CampaignActivity]] = relationship(
        back_populates="campaign", cascade="all, delete-orphan", order_by="CampaignActivity.date"
    )


class CampaignActivity(db.Model):
    """An event, mailing, newsletter, article, company visit or training of a campaign."""

    __tablename__ = "campaign_activities"

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("campaigns.id", ondelete="CASCADE"), index=True
    )
    date: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200))
    reach: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")

    campaign: Mapped[Campaign] = relationship(back_populates="activities")
