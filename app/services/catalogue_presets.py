"""Bouwblokken catalogues in the database: the shipped presets, copied read-only from `sroi/`."""

from __future__ import annotations

import sroi
from app.extensions import db
from app.models import Catalogue
from app.services.sroi_bridge import catalogue_rows


def ensure_preset_catalogues() -> dict[str, Catalogue]:
    """Store every preset of the SROI engine once; return all catalogues by name."""
    existing = {c.name: c for c in db.session.scalars(db.select(Catalogue))}
    for name in sroi.catalogue_presets():
        if name in existing:
            continue
        catalogue = catalogue_rows(sroi.load_catalogue(name))
        catalogue.is_preset = True
        db.session.add(catalogue)
        existing[catalogue.name] = catalogue
    return existing
