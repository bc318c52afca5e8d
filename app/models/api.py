"""Personal API tokens (issue 19): a user's key for /api/v1, stored only as a hash."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String, event, inspect
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from app.extensions import db

from .base import utcnow


class ApiToken(db.Model):
    """A named token of one user, with scopes such as `vacancies:read`, an expiry and a revoke.

    Only the SHA-256 of the token is kept (the token itself is 256 random bits, shown once);
    `prefix` is its first characters, so a user can tell their tokens apart in the list. The
    token acts as its user: the user's role and organisation, through the same rule book.
    """

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(12))
    # Space-separated scopes, e.g. "vacancies:read vacancies:write sroi:read".
    scopes: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    user = relationship("User")

    @property
    def scope_set(self) -> set[str]:
        return set(self.scopes.split())


def _account_changed(user) -> bool:
    """Whether a change to `user` ends their tokens: switched off, another role or organisation.

    A lock does not: anyone can cause one by typing wrong passwords, and it ends by itself
    (`app.services.api_tokens.authenticate` refuses a locked user's token meanwhile).
    """
    state = inspect(user)
    if state.attrs.role.history.deleted or state.attrs.organisation_id.history.deleted:
        return True
    active = state.attrs.active.history
    return bool(active.deleted) and not user.active


@event.listens_for(Session, "before_flush")
def _revoke_tokens_of_changed_accounts(session, _context, _instances) -> None:
    """A token acts as its user as they were when it was made: when the account is switched off
    (by a beheerder, or a company's beheerder removing a colleague) or gets another role or
    organisation, every token of it is revoked, so switching the account on again does not
    bring old tokens back. One rule for every way an account changes."""
    from .organisation import User

    changed = [
        user.id
        for user in session.dirty
        if isinstance(user, User) and user.id is not None and _account_changed(user)
    ]
    if not changed:
        return
    now = utcnow()
    for token in session.scalars(
        db.select(ApiToken).where(ApiToken.user_id.in_(changed), ApiToken.revoked_at.is_(None))
    ):
        token.revoked_at = now
