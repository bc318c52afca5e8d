"""Bouwblokken catalogues in the database: the shipped presets, copied read-only from `sroi/`."""

from __future__ import annotations

import sroi
from app.extensions import db
from app.models import Catalogue, CatalogueBlock, CatalogueBonus


def ensure_preset_catalogues() -> dict[str, Catalogue]:
    """Store every preset of the SROI engine once; return all catalogues by name."""
    existing = {c.name: c for c in db.session.scalars(db.select(Catalogue))}
    for name in sroi.catalogue_presets():
        if name in existing:
            continue
        preset = sroi.load_catalogue(name)
        catalogue = Catalogue(
            name=preset.name,
            title=preset.title,
            source=preset.source,
            fulltime_hours=preset.fulltime_hours,
            is_preset=True,
        )
        catalogue.blocks = [
            CatalogueBlock(
                position=position,
                code=block.code,
                label=block.label,
                unit=block.unit,
                value=block.value,
                max_years=block.max_years,
                benefit=block.benefit,
                benefit_months_min=block.benefit_months_min,
                benefit_months_max=block.benefit_months_max,
            )
            for position, block in enumerate(preset.blocks)
        ]
        catalogue.bonuses = [
            CatalogueBonus(position=position, code=bonus.code, label=bonus.label, value=bonus.value)
            for position, bonus in enumerate(preset.bonuses)
        ]
        db.session.add(catalogue)
        existing[catalogue.name] = catalogue
    return existing
