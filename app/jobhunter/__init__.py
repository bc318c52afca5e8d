"""Jobhunter workspace: clients, matches, placements, employer relations, campaign."""

from flask_babel import lazy_gettext as _l

NAVIGATION = [
    ("jobhunter.home", _l("Overzicht"), {}),
    ("jobhunter.clients", _l("Werkzoekenden"), {}),
    ("jobhunter.employers", _l("Werkgevers"), {}),
    ("jobhunter.section", _l("Plaatsingen"), {"section": "plaatsingen"}),
    ("jobhunter.section", _l("Campagne"), {"section": "campagne"}),
    ("jobhunter.section", _l("Monitor"), {"section": "monitor"}),
]

# Pages that a later change builds, stated honestly on their own page.
PLANNED = {
    "plaatsingen": (
        _l("Plaatsingen en nazorg"),
        _l("Hier komen straks de plaatsingen, de nazorgtaken na 2 en 6 weken, de werkvouchers "
           "en de uitstroompremies."),
    ),
    "campagne": (
        _l("Werkgeverscampagne"),
        _l("Hier komt straks het jaarlijkse actieplan met doelen (10 gesprekken met nieuwe "
           "werkgevers) en resultaten."),
    ),
    "monitor": (
        _l("Monitor"),
        _l("Hier komt straks de jaarlijkse monitor met grafieken en export naar CSV en Excel."),
    ),
}
