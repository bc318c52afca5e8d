"""Navigation per role: each role sees only its own area (SPEC §2).

Each blueprint package declares its own `NAVIGATION` as (endpoint, label, url arguments).
"""

from __future__ import annotations

from app import admin, employer, jobhunter, procurement

NAVIGATION = {
    "employer": employer.NAVIGATION,
    "jobhunter": jobhunter.NAVIGATION,
    "procurement": procurement.NAVIGATION,
    "admin": admin.NAVIGATION,
}

HOME_ENDPOINT = {
    "employer": "employer.home",
    "jobhunter": "jobhunter.home",
    "procurement": "procurement.home",
    "admin": "admin.home",
}


def navigation_for(user) -> list[tuple[str, str, dict]]:
    """The menu items for `user`."""
    if not getattr(user, "is_authenticated", False):
        return []
    return NAVIGATION.get(user.role, [])
