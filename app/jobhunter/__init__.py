"""Jobhunter workspace: clients, matches, placements, employer relations, campaign.

Clients and employers are scoped to the jobhunter's municipality (or region). `bp` is created
here; the page modules (one per subject) register on it when imported at the bottom.
"""

from flask import Blueprint
from flask_babel import lazy_gettext as _l

bp = Blueprint("jobhunter", __name__)

NAVIGATION = [
    ("jobhunter.home", _l("Overzicht"), {}),
    ("jobhunter.clients", _l("Werkzoekenden"), {}),
    ("jobhunter.vacancies", _l("Vacatures"), {}),
    ("jobhunter.employers", _l("Werkgevers"), {}),
    ("jobhunter.approvals", _l("Aanmeldingen"), {}),
    ("jobhunter.leads", _l("SROI-kansen"), {}),
    ("jobhunter.placements", _l("Plaatsingen"), {}),
    ("jobhunter.target_groups_page", _l("Doelgroepen"), {}),
    ("jobhunter.incentives", _l("Premies"), {}),
    ("jobhunter.campaign", _l("Campagne"), {}),
    ("jobhunter.monitor_report", _l("Monitor"), {}),
]

from app.jobhunter import (  # noqa: E402,F401 - the page modules register on bp
    approvals,
    client_path,
    crm,
    export,
    matches,
    monitor,
    relations,
    routes,
    target_groups,
    vacancy_occupation,
    worklists,
)
