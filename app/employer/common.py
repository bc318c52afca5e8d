"""Helpers shared by the employer pages: the user's employer and today's date."""

from __future__ import annotations

from datetime import date

from flask import abort, g
from flask_login import current_user

from app.security import employer_of


def current_employer():
    """The logged-in user's employer (set by the blueprint's request hook); 403 when none."""
    employer = getattr(g, "employer", None) or employer_of(current_user)
    if employer is None:
        abort(403)
    return employer


def today() -> date:
    """Today's date; one place so tests and the demo can reason about dates."""
    return date.today()
