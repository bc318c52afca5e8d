"""Organisations and their users (SPEC §2)."""

from __future__ import annotations

import secrets
from datetime import datetime
from decimal import Decimal

from flask_login import UserMixin
from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.extensions import db

from .base import Hours, Money, Percentage, TimestampMixin, utcnow
from .choices import STAFF_ROLES


class Organisation(TimestampMixin, db.Model):
    """A municipality, a region serving municipalities, another authority, or an employer.

    Settings a municipality sets differently (SPEC §1.6) live here with the seeds' defaults.
    """

    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    name: Mapped[str] = mapped_column(String(200))
    # A municipality may be served by a region (werkbedrijf); its staff then see the region's
    # clients.
    region_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"), index=True)
    # Contract value (excl. VAT) below which no SROI clause applies; None = no threshold.
    sroi_threshold: Mapped[Decimal | None] = mapped_column(Money)
    # The authority's SROI policy (issue 18, procurement settings page): the preset it follows
    # ("friese-eis", "lansingerland" or None: its own), the percentage, thresholds per kind of
    # contract (None: the general threshold above), the cap per (sub)project, the highest
    # percentage with an award criterion, and the default penalty for new contracts.
    sroi_policy: Mapped[str | None] = mapped_column(String(40))
    sroi_percentage: Mapped[Decimal | None] = mapped_column(Percentage)
    sroi_threshold_works: Mapped[Decimal | None] = mapped_column(Money)
    sroi_threshold_services: Mapped[Decimal | None] = mapped_column(Money)
    sroi_threshold_supplies: Mapped[Decimal | None] = mapped_column(Money)
    sroi_cap: Mapped[Decimal | None] = mapped_column(Money)
    sroi_award_percentage_max: Mapped[Decimal | None] = mapped_column(Percentage)
    sroi_penalty_percentage: Mapped[Decimal | None] = mapped_column(Percentage)
    # Follow-up after placement (SPEC §4.1): days after the start.
    follow_up_first_days: Mapped[int] = mapped_column(Integer, default=14)
    follow_up_second_days: Mapped[int] = mapped_column(Integer, default=42)
    # New-employer conversations (SPEC §4.6).
    new_employer_lookback_years: Mapped[int] = mapped_column(Integer, default=5)
    new_employer_target: Mapped[int] = mapped_column(Integer, default=10)
    # SROI-kansen: the lowest match score (0-100) at which a client is offered as fitting.
    lead_min_score: Mapped[int] = mapped_column(Integer, default=40, server_default="40")
    # Matching re-ranker switch per municipality (SPEC §6.1).
    reranker_enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    # A beheerder asked for a new training; `flask train-reranker` trains and clears it.
    reranker_retrain_requested_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Months after a client's case is closed before the client is anonymised (AVG retention).
    retention_months: Mapped[int] = mapped_column(Integer, default=24)
    # The client's path (issue 16). Plan review every quarter (`001`: "minstens één keer per
    # kwartaal"); ladder step registered yearly (`000` §2.3); the dienstverleningsgesprek yearly,
    # twice a year with part-time work (`000` doelen 1 and 2).
    plan_review_months: Mapped[int] = mapped_column(Integer, default=3)
    ladder_registration_months: Mapped[int] = mapped_column(Integer, default=12)
    service_talk_months: Mapped[int] = mapped_column(Integer, default=12)
    service_talk_part_time_months: Mapped[int] = mapped_column(Integer, default=6)
    # Banenafspraak: a place offered within 6 months of the indication (`001`); the outreach
    # letter, a call, and a reminder letter after four to six months without answer (`000`).
    banenafspraak_offer_months: Mapped[int] = mapped_column(Integer, default=6)
    outreach_call_days: Mapped[int] = mapped_column(Integer, default=14)
    outreach_reminder_months: Mapped[int] = mapped_column(Integer, default=4)
    outreach_reminder_latest_months: Mapped[int] = mapped_column(Integer, default=6)
    # Beschut werk: placed within 6 months of the advice (`000` profiel 5, `001`).
    sheltered_work_months: Mapped[int] = mapped_column(Integer, default=6)
    # Statushouders: the inburgering term of three years (`000` §2.2).
    integration_months: Mapped[int] = mapped_column(Integer, default=36)
    # Participatiewet in Balans (`004` §2.4): travel for work up to 3 hours a day (None: no
    # fixed rule, as the new law drops it) and no job-search duty from this age (None: none).
    travel_hours_per_day: Mapped[Decimal | None] = mapped_column(Hours, default=Decimal("3"))
    job_search_exempt_age: Mapped[int | None] = mapped_column(Integer, default=62)
    # What the organisation's dashboards show (issue 14): its own policy text (a quote from its
    # policy plan) and who to contact at its employer service point or procurement desk.
    policy_text: Mapped[str] = mapped_column(Text, default="")
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    contact_email: Mapped[str] = mapped_column(String(254), default="")
    contact_phone: Mapped[str] = mapped_column(String(30), default="")
    # Four-eyes principle: paying out an incentive or premium above this amount needs a second
    # user (not the one who granted or requested it). None = no second user needed.
    four_eyes_threshold: Mapped[Decimal | None] = mapped_column(Money)
    # Longest unpaid places (months): proefplaatsing with behoud van uitkering before a wage
    # subsidy after a loonwaardemeting 3, before a forfaitaire loonkostensubsidie 1 (`001_…`
    # §loonkostensubsidie); werkervaringsplek 6 (the seeds are silent: a common municipal term).
    trial_max_months: Mapped[int] = mapped_column(Integer, default=3)
    trial_flat_rate_max_months: Mapped[int] = mapped_column(Integer, default=1)
    work_experience_max_months: Mapped[int] = mapped_column(Integer, default=6)

    region: Mapped[Organisation | None] = relationship(remote_side=[id], back_populates="members")
    members: Mapped[list[Organisation]] = relationship(back_populates="region")
    users: Mapped[list[User]] = relationship(back_populates="organisation")

    def __repr__(self) -> str:
        return f"<Organisation {self.id} {self.kind} {self.name!r}>"

    def served_organisation_ids(self) -> set[int]:
        """This organisation plus, for a region, the municipalities it serves."""
        ids = {self.id}
        if self.kind == "region":
            ids.update(member.id for member in self.members)
        return ids


def new_session_token() -> str:
    """A fresh random session token (see `User.session_token`)."""
    return secrets.token_urlsafe(24)


class User(UserMixin, TimestampMixin, db.Model):
    """A person who logs in; one organisation and one role each.

    Logins are revocable (issue 12): the id Flask-Login keeps in the session and in the
    "ingelogd blijven" cookie is `<id>.<session_token>`, and the token changes on logout and
    whenever the password, the role, the lock or the second factor changes (the listeners
    below), so every session and cookie issued before stops working at its next request.
    """

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(20), index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Two-factor authentication (TOTP); required for staff roles.
    totp_secret: Mapped[str | None] = mapped_column(String(64))
    totp_confirmed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # The last 30-second time step whose code was accepted: a code is never accepted twice.
    totp_last_step: Mapped[int | None] = mapped_column(Integer)
    # Lock-out after repeated failed logins (app.services.lockout): locked from `locked_at`
    # until `locked_until`; `lock_count` locks in a row, each twice as long as the one before.
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    lock_count: Mapped[int] = mapped_column(Integer, default=0)
    # Wrong codes in the current two-step login (counted here, not in the session cookie).
    code_tries: Mapped[int] = mapped_column(Integer, default=0)
    # Part of the login id in sessions and remember cookies; a new value ends them all.
    session_token: Mapped[str] = mapped_column(String(64), default=new_session_token)
    # "Beheerder van dit bedrijf": an employer's user who adds and removes colleagues.
    company_admin: Mapped[bool] = mapped_column(Boolean, default=False)

    organisation: Mapped[Organisation] = relationship(back_populates="users")

    def __repr__(self) -> str:
        return f"<User {self.id} {self.email} {self.role}>"

    @property
    def is_active(self) -> bool:  # Flask-Login: inactive users cannot log in
        return self.active

    def get_id(self) -> str:
        """Flask-Login's id for sessions and remember cookies: the user id and the token."""
        if not self.session_token:
            self.session_token = new_session_token()
        return f"{self.id}.{self.session_token}"

    def end_all_sessions(self) -> None:
        """Make every session and remember cookie of this user invalid (the caller commits)."""
        self.session_token = new_session_token()

    @property
    def is_staff(self) -> bool:
        """Municipal or authority staff (as opposed to an employer's user)."""
        return self.role in STAFF_ROLES


def _end_sessions_on_change(attribute, ends_when=lambda value: True) -> None:
    @event.listens_for(attribute, "set", active_history=True)
    def changed(user, value, old, _initiator):
        if value != old and ends_when(value) and user.id is not None:
            user.session_token = new_session_token()


# A new password, role, lock or second factor ends every login of the account.
_end_sessions_on_change(User.password_hash)
_end_sessions_on_change(User.role)
_end_sessions_on_change(User.organisation_id)
_end_sessions_on_change(User.totp_confirmed_at)
_end_sessions_on_change(User.locked_at, ends_when=lambda value: value is not None)
_end_sessions_on_change(User.active, ends_when=lambda value: not value)


class RecoveryCode(db.Model):
    """A one-time recovery code for two-factor login, stored hashed."""

    __tablename__ = "recovery_codes"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    code_hash: Mapped[str] = mapped_column(String(255))
    used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Invitation(TimestampMixin, db.Model):
    """A one-time link that lets a new user set a password (app.services.invitations).

    Neither the link nor its token is stored: `token_hash` finds the invitation from a link,
    and the token itself is derived from `link_key` and the server's SECRET_KEY when the mail
    is delivered. `user_id` is set only for the not-yet-used account of a self-registration;
    any other invitation creates a new account and never touches an existing one.
    """

    __tablename__ = "invitations"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    email: Mapped[str] = mapped_column(String(254))
    name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20), default="employer")
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    invited_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    link_key: Mapped[str | None] = mapped_column(String(64))
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )

    organisation = relationship("Organisation")
    invited_by = relationship("User", foreign_keys=[invited_by_id])
    user = relationship("User", foreign_keys=[user_id])


class PasswordReset(db.Model):
    """A "wachtwoord vergeten" link (app.services.password_reset): single use, expires soon.

    Like an invitation, neither the link nor its token is stored: the token is derived from
    `link_key` and SECRET_KEY when the mail is delivered; `token_hash` (SHA-256) finds the row.
    """

    __tablename__ = "password_resets"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    link_key: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    user = relationship("User")


# Delivery states of an outbox mail (app.services.mail_delivery).
MAIL_STATES = ("pending", "sent", "failed")


class OutboxMail(TimestampMixin, db.Model):
    """An e-mail the application sends (app.services.mail).

    `body` never holds an invitation or password-reset link: it holds a placeholder, filled in
    for the mail's own `invitation_id` / `password_reset_id` only when the mail is delivered
    (`app.services.mail.delivered`). `flask send-mail` delivers it: `status` pending → sent, or
    after `tries` failed tries (`last_error`, next try at `next_try_at`) failed.
    """

    __tablename__ = "outbox_mails"

    id: Mapped[int] = mapped_column(primary_key=True)
    to: Mapped[str] = mapped_column(String(254), index=True)
    subject: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # The client the mail is about (a proposal, an answer, a review of an activity naming the
    # client), so retention can scrub it and the inzage can list it.
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"), index=True)
    invitation_id: Mapped[int | None] = mapped_column(
        ForeignKey("invitations.id", ondelete="SET NULL")
    )
    password_reset_id: Mapped[int | None] = mapped_column(
        ForeignKey("password_resets.id", ondelete="SET NULL")
    )
    status: Mapped[str] = mapped_column(String(10), default="pending", index=True)
    tries: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    next_try_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    invitation = relationship("Invitation")
    password_reset = relationship("PasswordReset")
