"""Clients, employers, vacancies and proposals (SPEC §3.2)."""

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
    String,
    Text,
    UniqueConstraint,
    func,
    literal_column,
    text,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Mapped, mapped_column, relationship
from sqlalchemy.sql.functions import FunctionElement

from app.extensions import db

from .base import Hours, Percentage, TimestampMixin, utcnow

# The columns the client search looks in for `%term%` (app.services.client_records.search).
SEARCHED = ("first_name", "last_name", "pseudonym")


class start_date(FunctionElement):  # noqa: N801 - an SQL function, named like one
    """The UTC date of a timestamp, in a form both databases can index: PostgreSQL's
    `date(timestamptz)` depends on the session's time zone (and may not be indexed)."""

    type = Date()
    inherit_cache = True


@compiles(start_date)
def _start_date(element, compiler, **kw):
    return f"date({compiler.process(element.clauses, **kw)})"


@compiles(start_date, "postgresql")
def _start_date_pg(element, compiler, **kw):
    return f"CAST(timezone('UTC', {compiler.process(element.clauses, **kw)}) AS DATE)"


def due_base(last, created=None):
    """What a yearly thing of a client (ladder registration, dienstverleningsgesprek) falls due
    after: its newest date (`last`, a stored column of the client), else the client's start
    (the date of `created`, the client's `created_at`; the bare column in an index)."""
    created = literal_column("created_at") if created is None else created
    return func.coalesce(last, start_date(created))


class Client(TimestampMixin, db.Model):
    """A resident supported towards work.

    Special-category personal data: staff reads are audited.
    """

    __tablename__ = "clients"
    # Whether a vacancy page's encoded client pool is still current is asked on every request
    # (app.services.matching_ranking.client_pool: count, newest change and id sum of the open
    # cases of the municipalities): answered from this index alone, without reading the rows;
    # and asked only after the newest change of any client moved (ix_clients_updated_at).
    # The jobhunter's own clients (dashboard, worklists): both columns in one index, so the
    # database starts from the jobhunter's few clients rather than the whole municipality.
    # The target groups' deadline lists (banenafspraak, sheltered work, newcomers; dashboard
    # and Doelgroepen), by date within the municipality: read in order, stopped after a page;
    # with whether the case is open (and the benefit type), so that Doelgroepen counts each
    # group's open cases from the index alone.
    # The monitor's residents (app.services.monitor_counts.client_tally): one pass over this
    # index in (group, step) order, without reading the rows or sorting; its counts of the
    # open cases with a benefit type and of the benefits ended (for work) in a period, each a
    # range of an index (municipality, type or reason, ..., case closed).
    # The client list in its default order (by name, case-insensitive, then id) within the
    # municipality: read in order and stopped after a page instead of sorting every client;
    # the names, pseudonym and BSN in the index answer the search filter (`%term%`, which no
    # index can seek) from the index alone, which is much smaller than the rows. On PostgreSQL
    # a trigram index (pg_trgm) finds `%term%` in the lower-cased names and pseudonym; SQLite
    # has no such index (and does not get this one). Both are indexes on expressions, which
    # SQLite cannot reflect: a later migration that rebuilds `clients` with batch_alter_table
    # on SQLite loses ix_clients_municipality_name unless it creates it again.
    __table_args__ = (
        Index(
            "ix_clients_search_trgm",
            *(func.lower(literal_column(name)).label(name) for name in SEARCHED),
            postgresql_using="gin",
            postgresql_ops=dict.fromkeys(SEARCHED, "gin_trgm_ops"),
        ).ddl_if(dialect="postgresql"),
        Index(
            "ix_clients_municipality_name",
            "municipality_id",
            text("lower(last_name)"),
            text("lower(first_name)"),
            "id",
            "first_name",
            "last_name",
            "pseudonym",
            "bsn",
        ),
        Index("ix_clients_match_pool", "municipality_id", "case_closed_at", "updated_at"),
        Index("ix_clients_updated_at", "updated_at"),
        Index("ix_clients_jobhunter_municipality", "jobhunter_id", "municipality_id"),
        # The yearly rules of the dashboard (app.services.due_items): a jobhunter's clients in
        # the order their ladder registration / dienstverleningsgesprek falls due, read in
        # order and stopped after the rows shown (expressions: SQLite cannot reflect them).
        Index(
            "ix_clients_ladder_due",
            "jobhunter_id",
            "municipality_id",
            due_base(literal_column("last_ladder_on")),
            "id",
        ),
        Index(
            "ix_clients_service_talk_due",
            "jobhunter_id",
            "municipality_id",
            due_base(literal_column("last_service_talk_on")),
            "id",
        ),
        Index(
            "ix_clients_municipality_banenafspraak",
            "municipality_id",
            "banenafspraak",
            "banenafspraak_on",
            "case_closed_at",
            "anonymised_at",
            "benefit_type",
        ),
        Index(
            "ix_clients_municipality_sheltered",
            "municipality_id",
            "sheltered_work",
            "sheltered_work_on",
            "case_closed_at",
            "anonymised_at",
        ),
        Index(
            "ix_clients_municipality_newcomer",
            "municipality_id",
            "newcomer",
            "integration_start",
            "case_closed_at",
            "anonymised_at",
        ),
        Index(
            "ix_clients_monitor_tally",
            "municipality_id",
            "client_group",
            "ladder_step",
            "case_closed_at",
            "created_at",
        ),
        Index(
            "ix_clients_municipality_benefit", "municipality_id", "benefit_type", "case_closed_at"
        ),
        Index(
            "ix_clients_municipality_benefit_end",
            "municipality_id",
            "benefit_end_reason",
            "benefit_end",
            "case_closed_at",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    # Shown to employers instead of the name (SPEC §1.4).
    pseudonym: Mapped[str] = mapped_column(String(40), unique=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(150))
    bsn: Mapped[str | None] = mapped_column(String(9), index=True)
    birth_date: Mapped[date | None] = mapped_column(Date)
    postcode: Mapped[str | None] = mapped_column(String(7))
    benefit_type: Mapped[str] = mapped_column(String(20), default="participatiewet")
    benefit_start: Mapped[date | None] = mapped_column(Date)
    benefit_end: Mapped[date | None] = mapped_column(Date)
    # Why the benefit ended (`BENEFIT_END_REASONS`): "work" is an exit to work, a dated fact.
    benefit_end_reason: Mapped[str | None] = mapped_column(String(12))
    ladder_step: Mapped[int | None] = mapped_column(Integer)
    profile: Mapped[int | None] = mapped_column(Integer)
    banenafspraak: Mapped[bool] = mapped_column(Boolean, default=False)
    sheltered_work: Mapped[bool] = mapped_column(Boolean, default=False)
    newcomer: Mapped[bool] = mapped_column(Boolean, default=False)
    # `003` §3.2: the six client groups (Direct werk, Werken en ervaren, …).
    client_group: Mapped[str | None] = mapped_column(String(20), index=True)
    # Banenafspraak: UWV indication date and doelgroepregister status (`000` doel 2, `001`).
    banenafspraak_on: Mapped[date | None] = mapped_column(Date)
    target_register_status: Mapped[str | None] = mapped_column(String(12))
    # Beschut werk: date of the UWV advice / indication (`000` profiel 5, `001`).
    sheltered_work_on: Mapped[date | None] = mapped_column(Date)
    # Statushouders (`000` §2.2): inburgering route, start of the three-year term, PIP and MAP.
    integration_route: Mapped[str | None] = mapped_column(String(12))
    integration_start: Mapped[date | None] = mapped_column(Date)
    integration_done_on: Mapped[date | None] = mapped_column(Date)
    pip_on: Mapped[date | None] = mapped_column(Date)
    map_done_on: Mapped[date | None] = mapped_column(Date)
    skills: Mapped[list] = mapped_column(JSON, default=list)
    experience: Mapped[str] = mapped_column(Text, default="")
    education_level: Mapped[str | None] = mapped_column(String(10))
    certificates: Mapped[list] = mapped_column(JSON, default=list)
    driving_licences: Mapped[list] = mapped_column(JSON, default=list)
    language_level: Mapped[str | None] = mapped_column(String(2))
    hours_min: Mapped[Decimal | None] = mapped_column(Hours)
    hours_max: Mapped[Decimal | None] = mapped_column(Hours)
    # Default travel: the legal 3 hours a day, i.e. 90 minutes one way (000_… §2.5).
    max_travel_minutes: Mapped[int | None] = mapped_column(Integer, default=90)
    max_travel_km: Mapped[int | None] = mapped_column(Integer)
    max_load: Mapped[str | None] = mapped_column(String(10))
    health_notes: Mapped[str] = mapped_column(Text, default="")
    consent_at: Mapped[date | None] = mapped_column(Date)
    jobhunter_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    exemptions: Mapped[str] = mapped_column(Text, default="")
    case_closed_at: Mapped[date | None] = mapped_column(Date)
    # Not available for work up to and including this date (illness, care, a course …): left
    # out of "clients for this vacancy" and not proposed until then.
    unavailable_until: Mapped[date | None] = mapped_column(Date)
    # The newest ladder registration and dienstverleningsgesprek (client_status_changes,
    # client_contacts), kept by every flush that writes them (app.models.client_dates).
    last_ladder_on: Mapped[date | None] = mapped_column(Date)
    last_service_talk_on: Mapped[date | None] = mapped_column(Date)
    # Set by `flask retention-run`: identifying data and free texts are gone (AVG retention).
    anonymised_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    municipality = relationship("Organisation")
    jobhunter = relationship("User")
    desired_occupations: Mapped[list[ClientOccupation]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="ClientOccupation.id"
    )

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def has_consent(self) -> bool:
        """Whether the client agreed to share the pseudonymous profile with employers."""
        return self.consent_at is not None


class ClientOccupation(db.Model):
    """A desired occupation as the client said it, resolved to the taxonomy where possible."""

    __tablename__ = "client_occupations"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(String(200))
    occupation_id: Mapped[int | None] = mapped_column(ForeignKey("occupations.id"))

    client: Mapped[Client] = relationship(back_populates="desired_occupations")
    occupation = relationship("Occupation")


class Employer(TimestampMixin, db.Model):
    """An employer; its users belong to `organisation` (kind `employer`)."""

    __tablename__ = "employers"
    # The jobhunter's employer list, by name within the municipality: read in index order and
    # stopped after one page, instead of sorting every employer of the municipality.
    __table_args__ = (Index("ix_employers_municipality_name", "municipality_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    kvk: Mapped[str | None] = mapped_column(String(8), unique=True)
    sector: Mapped[str] = mapped_column(String(100), default="")
    postcode: Mapped[str | None] = mapped_column(String(7))
    size: Mapped[int | None] = mapped_column(Integer)
    pso_certified: Mapped[bool] = mapped_column(Boolean, default=False)
    social_enterprise: Mapped[bool] = mapped_column(Boolean, default=False)
    # The municipality whose employer service point keeps the relation: the one it registered
    # with; for a supplier brought in by another authority (province, water board), that
    # authority. Staff act for the employer (invite its users) only within this scope
    # (app.security.can_manage).
    municipality_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"), index=True)
    approved: Mapped[bool] = mapped_column(Boolean, default=True)
    # The jobhunter (werkgeversadviseur) of the keeping municipality or region who is the
    # employer's first point of contact.
    account_manager_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)

    organisation = relationship("Organisation", foreign_keys=[organisation_id])
    municipality = relationship("Organisation", foreign_keys=[municipality_id])
    account_manager = relationship("User", foreign_keys=[account_manager_id])
    vacancies: Mapped[list[Vacancy]] = relationship(back_populates="employer")

    @property
    def quota_applies(self) -> bool:
        """The banenafspraak quota applies to employers with more than 25 employees."""
        return (self.size or 0) > 25


class Vacancy(TimestampMixin, db.Model):
    """A paid job or an unpaid place at an employer."""

    __tablename__ = "vacancies"
    # The matching index asks for the newest change on every match page (app.services.
    # matching_index): answered from this index instead of reading every vacancy.
    # The vacancies past their closing date that `flask close-vacancies` has not closed yet are
    # counted on every client's match page (app.services.matching_ranking.rank_vacancies): a
    # range of the (status, closing_date) index instead of every open vacancy.
    # An employer's open vacancies, newest first (SROI-kansen, the employer list's counts, the
    # employer's own pages) and all open vacancies newest first (the jobhunter's vacancy list,
    # one page read in index order).
    # The vacancies an employer's municipality acquired in a year, paid or not (Campagne):
    # counted per employer from this index alone.
    __table_args__ = (
        Index("ix_vacancies_updated_at", "updated_at"),
        Index("ix_vacancies_employer_created_paid", "employer_id", "created_at", "paid"),
        Index("ix_vacancies_status_closing_date", "status", "closing_date"),
        Index("ix_vacancies_employer_status_created_at", "employer_id", "status", "created_at"),
        Index("ix_vacancies_status_created_at", "status", "created_at", "closing_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    employer_id: Mapped[int] = mapped_column(ForeignKey("employers.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    occupation_id: Mapped[int | None] = mapped_column(ForeignKey("occupations.id"))
    description: Mapped[str] = mapped_column(Text, default="")
    skills: Mapped[list] = mapped_column(JSON, default=list)
    wished_skills: Mapped[list] = mapped_column(JSON, default=list)
    kind: Mapped[str] = mapped_column(String(20), default="job")
    hours_min: Mapped[Decimal | None] = mapped_column(Hours)
    hours_max: Mapped[Decimal | None] = mapped_column(Hours)
    postcode: Mapped[str | None] = mapped_column(String(7))
    start_date: Mapped[date | None] = mapped_column(Date)
    closing_date: Mapped[date | None] = mapped_column(Date)
    driving_licence: Mapped[bool] = mapped_column(Boolean, default=False)
    physical_load: Mapped[str | None] = mapped_column(String(10))
    education_level: Mapped[str | None] = mapped_column(String(10))
    language_level: Mapped[str | None] = mapped_column(String(2))
    banenafspraak_suitable: Mapped[bool] = mapped_column(Boolean, default=False)
    paid: Mapped[bool] = mapped_column(Boolean, default=True)
    status: Mapped[str] = mapped_column(String(10), default="open", index=True)

    employer: Mapped[Employer] = relationship(back_populates="vacancies")
    occupation = relationship("Occupation")

    @staticmethod
    def open_on(day: date):
        """SQL condition: open on `day` (status open and the closing date not passed)."""
        return db.and_(
            Vacancy.status == "open",
            db.or_(Vacancy.closing_date.is_(None), Vacancy.closing_date >= day),
        )

    def status_on(self, day: date) -> str:
        """The status on `day`: closed once the closing date has passed, even before the daily
        job `flask close-vacancies` has set it (see `app.services.vacancy_records.open_on`)."""
        if self.status == "open" and self.closing_date is not None and self.closing_date < day:
            return "closed"
        return self.status


class Proposal(TimestampMixin, db.Model):
    """A jobhunter proposes a consenting client for a vacancy; the employer answers.

    Every decision is also feedback for the matching engine's re-ranker (SPEC §6.1).
    """

    __tablename__ = "proposals"
    __table_args__ = (UniqueConstraint("client_id", "vacancy_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    vacancy_id: Mapped[int] = mapped_column(ForeignKey("vacancies.id"), index=True)
    jobhunter_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="proposed", index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    match_score: Mapped[Decimal | None] = mapped_column(Percentage)
    answered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    client = relationship("Client")
    vacancy = relationship("Vacancy")
    jobhunter = relationship("User")


class ShortlistEntry(db.Model):
    """A client a jobhunter keeps in mind for a vacancy, before proposing (one per pair)."""

    __tablename__ = "shortlist_entries"
    __table_args__ = (UniqueConstraint("vacancy_id", "client_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    vacancy_id: Mapped[int] = mapped_column(
        ForeignKey("vacancies.id", ondelete="CASCADE"), index=True
    )
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    client = relationship("Client")
    vacancy = relationship("Vacancy")
    added_by = relationship("User")
