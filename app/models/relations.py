"""Employer contacts and the yearly employer campaign (SPEC §3.2, §4.6)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.extensions import db

from .base import TimestampMixin


class EmployerContact(TimestampMixin, db.Model):
    """A conversation with an employer; whether it was 'new' is derived (SPEC §4.6)."""

    __tablename__ = "employer_contacts"

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
