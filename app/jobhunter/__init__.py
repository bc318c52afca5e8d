"""Jobhunter workspace: clients, matches, placements, employer relations, campaign."""

from flask_babel import lazy_gettext as _l

NAVIGATION = [
    ("jobhunter.home", _l("Overzicht"), {}),
    ("jobhunter.clients", _l("Werkzoekenden"), {}),
    ("jobhunter.vacancies", _l("Vacatures"), {}),
    ("jobhunter.employers", _l("Werkgevers"), {}),
    ("jobhunter.leads", _l("SROI-kansen"), {}),
    ("jobhunter.section", _l("Plaatsingen"), {"section": "plaatsingen"}),
    ("jobhunter.campaign", _l("Campagne"), {}),
    ("jobhunter.monitor_report", _l("Monitor"), {}),
]

# Pages that a later change builds, stated honestly on their own page.
PLANNED = {
    "plaatsingen": (
        _l("Plaatsingen en nazorg"),
        _l("Hier komen straks de plaatsingen, de nazorgtaken na 2 en 6 weken, de werkvouchers "
           "en de uitstroompremies."),
    ),
}
