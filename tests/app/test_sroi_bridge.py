"""The SROI adapter (`app.services.sroi_bridge`): rows become engine objects in one place,
catalogues travel through the engine's own dict format, and engine errors reach the form field
they name, whatever their wording."""

from dataclasses import replace
from datetime import date
from decimal import Decimal
from html import unescape

import pytest

import sroi
from app.services import catalogue_versions
from app.services.catalogue_presets import ensure_preset_catalogues
from app.services.sroi_bridge import (
    EngineCatalogues,
    catalogue_dict,
    catalogue_rows,
    contract_from_data,
    engine_catalogue,
    field_errors,
)


def _as_stored(preset: sroi.Catalogue) -> sroi.Catalogue:
    """The preset without what the database copy does not keep (version, dates, descriptions)."""
    return replace(
        preset,
        version="",
        valid_from=None,
        description="",
        blocks=tuple(replace(b, description="") for b in preset.blocks),
        bonuses=tuple(replace(b, description="") for b in preset.bonuses),
    )


@pytest.mark.parametrize("name", sroi.catalogue_presets())
def test_every_preset_survives_the_database_unchanged(name):
    """Preset → rows → engine gives the preset back, also through the engine's dict format."""
    preset = _as_stored(sroi.load_catalogue(name))
    rows = catalogue_rows(preset)
    assert engine_catalogue(rows) == preset
    assert sroi.catalogue_from_dict(catalogue_dict(rows), source=name) == preset
    assert catalogue_versions.toml_text(rows) == sroi.catalogue_to_toml(preset)


def test_engine_catalogues_build_each_catalogue_once_per_call(db):
    stored = ensure_preset_catalogues()["utrecht-2023"]
    db.session.flush()
    catalogues = EngineCatalogues()
    first = catalogues(stored)
    assert catalogues(stored) is first
    assert EngineCatalogues()(stored) is not first  # nothing outlives the call


def test_an_engine_error_lands_on_the_field_it_names_not_on_its_wording():
    """The mapping reads `field`, so rewording a message cannot move it (the old FIELD_HINTS
    searched the Dutch text)."""
    assert field_errors(sroi.InputError("Iets klopt niet.", "start")) == {
        "start_date": "Iets klopt niet."
    }
    assert field_errors(sroi.InputError("Iets klopt niet.", "sroi_percentage")) == {
        "sroi_percentage": "Iets klopt niet."
    }
    assert field_errors(sroi.InputError("Iets klopt niet.")) == {"": "Iets klopt niet."}
    problems = [
        sroi.CatalogueProblem("eerste probleem.", "max_years", "blocks", 2),
        sroi.CatalogueProblem("tweede probleem.", "max_years", "blocks", 2),
        sroi.CatalogueProblem("derde probleem.", "", None, None),
    ]
    assert field_errors(sroi.CatalogueError("x", problems)) == {
        "max_years": "Eerste probleem. Tweede probleem.",
        "": "Derde probleem.",
    }


def test_contract_data_defaults_as_the_contract_form_stores_them():
    terms = contract_from_data(
        {
            "value": Decimal("1200000"),
            "sroi_percentage": Decimal("5"),
            "start_date": date(2026, 1, 1),
            "end_date": date(2027, 12, 31),
        }
    )
    assert terms.reduction_percentage == 0 and terms.penalty_percentage == 100
    assert sroi.obligation(terms) == Decimal("60000.00")


def test_a_catalogue_problem_is_shown_next_to_its_field_on_the_block_form(world, auth, client, db):
    """A monthly block with a counting limit in years: the engine's message stands next to
    'max_years' on the page (found by its field, not by words in the message)."""
    from app.models import Catalogue

    ensure_preset_catalogues()
    db.session.commit()
    auth.login("procurement.a@example.nl")
    preset = db.session.scalars(db.select(Catalogue).where(Catalogue.name == "utrecht-2023")).one()
    client.post(
        f"/inkoop/bouwblokken/{preset.id}/kopie", data={"name": "utrecht-test", "title": "Test"}
    )
    copy = db.session.scalars(db.select(Catalogue).where(Catalogue.name == "utrecht-test")).one()
    response = client.post(
        f"/inkoop/bouwblokken/{copy.id}/blokken/nieuw",
        data={
            "code": "los",
            "label": "Losse inzet",
            "unit": "fixed",
            "value": "500",
            "max_years": "2",
            "benefit": "",
        },
    )
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    error = unescape(html.split('id="max_years-error">', 1)[1].split("</p>", 1)[0])
    assert "'max_years' kan alleen bij eenheid 'year' of 'month'" in error
