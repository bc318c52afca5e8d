"""Procurement workspace: SROI contracts, review queue, catalogues, reports."""

from flask_babel import lazy_gettext as _l

NAVIGATION = [
    ("procurement.home", _l("Overzicht"), {}),
    ("procurement.contracts", _l("Contracten"), {}),
    ("procurement.review_queue", _l("Beoordelen"), {}),
    ("procurement.catalogues", _l("Bouwblokken"), {}),
    ("procurement.reports", _l("Rapportages"), {}),
    ("procurement.digest", _l("Weekoverzicht"), {}),
]
