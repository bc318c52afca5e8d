"""Helpers shared by the procurement pages: the user's authorities and today's date."""

from __future__ import annotations

from datetime import date

from flask_login import current_user

from app.security import staff_scope


def today() -> date:
    """Today's date; one place so pages agree on 'now'."""
    return date.today()


def scope() -> set[int]:
    """The authorities whose contracts the current user manages."""
    return staff_scope(current_user)
