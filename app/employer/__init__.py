"""Employer portal: vacancies, candidates, placements, subsidies and SROI reporting."""

from flask_babel import lazy_gettext as _l

NAVIGATION = [
    ("employer.home", _l("Overzicht"), {}),
    ("employer.vacancies", _l("Vacatures"), {}),
    ("employer.candidates", _l("Kandidaten"), {}),
    ("employer.placements", _l("Plaatsingen"), {}),
    ("employer.subsidy_calculator", _l("Subsidies"), {}),
    ("employer.contracts", _l("Social return"), {}),
]
