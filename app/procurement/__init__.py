"""Procurement workspace: SROI contracts, review queue, catalogues, reports.

Every page is for the `procurement` role (catalogue pages also for `admin`) and works on the
contracting authorities in the user's scope; every route that takes a contract, activity or
evidence id loads it through `get_for_user_or_404`, so another authority's object is a 404.
`bp` is created here; the page modules register on it when imported at the bottom.
"""

from flask import Blueprint
from flask_babel import lazy_gettext as _l

bp = Blueprint("procurement", __name__)

NAVIGATION = [
    ("procurement.home", _l("Overzicht"), {}),
    ("procurement.contracts", _l("Contracten"), {}),
    ("procurement.review_queue", _l("Beoordelen"), {}),
    ("procurement.catalogues", _l("Bouwblokken"), {}),
    ("procurement.reports", _l("Rapportages"), {}),
    ("procurement.digest", _l("Weekoverzicht"), {}),
]

from app.procurement import (  # noqa: E402,F401 - the page modules register on bp
    catalogues,
    contracts,
    enforcement,
    process,
    reports,
    review,
    routes,
)
