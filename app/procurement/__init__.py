"""Procurement workspace: SROI contracts, review queue, catalogues, reports."""

from flask_babel import lazy_gettext as _l

NAVIGATION = [
    ("procurement.home", _l("Overzicht"), {}),
    ("procurement.contracts", _l("Contracten"), {}),
    ("procurement.section", _l("Beoordelen"), {"section": "beoordelen"}),
    ("procurement.catalogues", _l("Bouwblokken"), {}),
    ("procurement.section", _l("Rapportages"), {"section": "rapportages"}),
]

# Pages that a later change builds, stated honestly on their own page.
PLANNED = {
    "beoordelen": (
        _l("Beoordelen"),
        _l("Hier komen straks de ingediende SROI-activiteiten van leveranciers, met bewijs, "
           "om goed of af te keuren."),
    ),
    "rapportages": (
        _l("Rapportages"),
        _l("Hier komen straks de jaarrapportages per opdrachtgever, met export naar CSV, Excel "
           "en PDF."),
    ),
}
