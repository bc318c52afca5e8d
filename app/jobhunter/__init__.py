"""Jobhunter workspace: clients, matches, placements, employer relations, campaign."""

from flask_babel import lazy_gettext as _l

NAVIGATION = [
    ("jobhunter.home", _l("Overzicht"), {}),
    ("jobhunter.clients", _l("Werkzoekenden"), {}),
    ("jobhunter.vacancies", _l("Vacatures"), {}),
    ("jobhunter.employers", _l("Werkgevers"), {}),
    ("jobhunter.approvals", _l("Aanmeldingen"), {}),
    ("jobhunter.leads", _l("SROI-kansen"), {}),
    ("jobhunter.placements", _l("Plaatsingen"), {}),
    ("jobhunter.incentives", _l("Premies"), {}),
    ("jobhunter.campaign", _l("Campagne"), {}),
    ("jobhunter.monitor_report", _l("Monitor"), {}),
]
