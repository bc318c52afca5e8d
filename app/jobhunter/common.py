"""Helpers shared by the jobhunter pages."""

from __future__ import annotations

from flask import abort, request
from flask_login import current_user

from app.models import Organisation
from app.security import staff_scope
from app.services import client_records


def municipalities() -> list[Organisation]:
    """The municipalities the current jobhunter works for (one, or a region's members)."""
    return client_records.municipalities_in(staff_scope(current_user))


def current_municipality() -> Organisation:
    """The municipality a page is about: `?gemeente=<id>` among the user's, else the first."""
    choices = municipalities()
    if not choices:
        abort(404)
    wanted = request.args.get("gemeente", type=int)
    for municipality in choices:
        if municipality.id == wanted:
            return municipality
    own = [m for m in choices if m.id == current_user.organisation_id]
    return (own or choices)[0]


def year_arg(default: int) -> int:
    """`?jaar=` within a sensible range, else `default`."""
    year = request.args.get("jaar", type=int)
    return year if year and 2000 <= year <= 2100 else default
