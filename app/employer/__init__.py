"""Employer portal: vacancies, candidates, placements, subsidies and SROI reporting.

Every page is for the `employer` role and works on the user's own employer only; every route
that takes an id loads the object through `get_for_user_or_404`, so another employer's
vacancy, proposal, placement, contract, activity or file is a 404. `bp` is created here; the
page modules (one per subject) register on it when imported at the bottom.
"""

from flask import Blueprint
from flask_babel import lazy_gettext as _l

bp = Blueprint("employer", __name__)

NAVIGATION = [
    ("employer.home", _l("Overzicht"), {}),
    ("employer.vacancies", _l("Vacatures"), {}),
    ("employer.candidates", _l("Kandidaten"), {}),
    ("employer.placements", _l("Plaatsingen"), {}),
    ("employer.subsidy_calculator", _l("Subsidies"), {}),
    ("employer.contracts", _l("Social return"), {}),
    ("employer.colleagues", _l("Collega's"), {}),
]

from app.employer import (  # noqa: E402,F401 - the page modules register on bp
    candidates,
    colleagues,
    placements,
    plan,
    registration,
    routes,
    social_return,
    subsidy_calculator,
    vacancies,
)
