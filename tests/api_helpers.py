"""Helpers for the API tests: personal tokens for the world's users, and calls with them."""

from __future__ import annotations

from app.extensions import db
from app.models import User
from app.services import api_tokens


def token_for(email: str, scopes=None, days: int = 365) -> str:
    """A new token (its text) for the user with `email`; all of the role's scopes by default."""
    user = db.session.execute(db.select(User).where(User.email == email)).scalar_one()
    _row, text = api_tokens.create(
        user, "test", api_tokens.scopes_for_role(user.role) if scopes is None else scopes, days=days
    )
    db.session.commit()
    return text


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}
