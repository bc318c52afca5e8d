"""Employer portal: vacancies, candidates, placements, subsidies and SROI reporting."""

from flask_babel import lazy_gettext as _l

NAVIGATION = [
    ("employer.home", _l("Overzicht"), {}),
    ("employer.vacancies", _l("Vacatures"), {}),
    ("employer.section", _l("Kandidaten"), {"section": "kandidaten"}),
    ("employer.section", _l("Plaatsingen"), {"section": "plaatsingen"}),
    ("employer.section", _l("Subsidies"), {"section": "subsidies"}),
    ("employer.contracts", _l("Social return"), {}),
]

# Pages that a later change builds, stated honestly on their own page.
PLANNED = {
    "kandidaten": (
        _l("Kandidaten"),
        _l("Hier ziet u straks de kandidaten die een jobhunter aan u voorstelt, zonder naam of "
           "medische gegevens, en kunt u ze uitnodigen voor een gesprek."),
    ),
    "plaatsingen": (
        _l("Plaatsingen"),
        _l("Hier meldt u straks dat een kandidaat bij u begint of stopt, en ziet u welke "
           "werkvoucher of werkgeverscheque eraan komt."),
    ),
    "subsidies": (
        _l("Subsidies"),
        _l("Hier rekent u straks uit welke regelingen u kunt krijgen: loonkostensubsidie, "
           "LKV, no-riskpolis, werkvoucher, jobcoach en proefplaatsing."),
    ),
}
