"""Navigation per role: each role sees only its own area (SPEC §2)."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

# (endpoint, label) per role; pages of later issues say on their own page what they will do.
NAVIGATION = {
    "employer": [
        ("employer.home", _l("Overzicht")),
        ("employer.vacancies", _l("Vacatures")),
        ("employer.section", _l("Kandidaten"), {"section": "kandidaten"}),
        ("employer.section", _l("Plaatsingen"), {"section": "plaatsingen"}),
        ("employer.section", _l("Subsidies"), {"section": "subsidies"}),
        ("employer.contracts", _l("Social return")),
    ],
    "jobhunter": [
        ("jobhunter.home", _l("Overzicht")),
        ("jobhunter.clients", _l("Werkzoekenden")),
        ("jobhunter.employers", _l("Werkgevers")),
        ("jobhunter.section", _l("Plaatsingen"), {"section": "plaatsingen"}),
        ("jobhunter.section", _l("Campagne"), {"section": "campagne"}),
        ("jobhunter.section", _l("Monitor"), {"section": "monitor"}),
    ],
    "procurement": [
        ("procurement.home", _l("Overzicht")),
        ("procurement.contracts", _l("Contracten")),
        ("procurement.section", _l("Beoordelen"), {"section": "beoordelen"}),
        ("procurement.catalogues", _l("Bouwblokken")),
        ("procurement.section", _l("Rapportages"), {"section": "rapportages"}),
    ],
    "admin": [
        ("admin.home", _l("Overzicht")),
        ("admin.users", _l("Gebruikers")),
        ("admin.organisations", _l("Organisaties")),
        ("admin.minimum_wages", _l("Minimumloon")),
        ("admin.reference_data", _l("Referentiedata")),
    ],
}


def navigation_for(user) -> list[tuple[str, str, dict]]:
    """The menu items for `user` as (endpoint, label, url arguments)."""
    if not getattr(user, "is_authenticated", False):
        return []
    items = []
    for item in NAVIGATION.get(user.role, []):
        endpoint, text, *rest = item
        items.append((endpoint, text, rest[0] if rest else {}))
    return items


HOME_ENDPOINT = {
    "employer": "employer.home",
    "jobhunter": "jobhunter.home",
    "procurement": "procurement.home",
    "admin": "admin.home",
}
