"""Personal API tokens (issue 19): a user's key for /api/v1, stored only as a hash."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

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
