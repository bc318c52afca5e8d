"""Administration: organisations, users, catalogues, schemes, minimum wage, reference data."""

from flask import Blueprint
from flask_babel import lazy_gettext as _l

bp = Blueprint("admin", __name__)

NAVIGATION = [
    ("admin.home", _l("Overzicht"), {}),
    ("admin.users", _l("Gebruikers"), {}),
    ("admin.organisations", _l("Organisaties"), {}),
    ("admin.minimum_wages", _l("Minimumloon"), {}),
    ("admin.schemes_page", _l("Regelingen"), {}),
    ("admin.reference_data", _l("Referentiedata"), {}),
    ("admin.reranker", _l("Matching"), {}),
    ("admin.jobs_page", _l("Taken"), {}),
    ("admin.title_corrections", _l("Beroepscorrecties"), {}),
    ("admin.audit_log", _l("Auditlog"), {}),
]

from app.admin import (  # noqa: E402,F401 - the page modules register on bp
    operations,
    organisations,
    routes,
    rules,
    users,
)
