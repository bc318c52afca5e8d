"""Catalogues (SPEC §5.1): presets carry the published values, and every schema error is caught."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

import sroi
from sroi import CatalogueError, catalogue_from_dict, parse_catalogue_toml

MINIMAL = """\
name = "test"
title = "Testcatalogus"
source = "https://example.org/bouwblokken"
fulltime_hours = 36

[[blocks]]
code = "pw"
label = "Participatiewet"
unit = "year"
value = "40000"

[[bonuses]]
code = "age50"
label = "Ouder dan 50"
value = "10000"
"""


def _values(cat: sroi.Catalogue) -> dict[str, tuple[str, Decimal, int | None]]:
    return {b.code: (b.unit, b.value, b.max_years) for b in cat.blocks}


# ------------------------------------------------------------------ presets


def test_presets_are_listed():
    assert sroi.catalogue_presets() == [
        "lansingerland-loonsom",
        "noord-nederland-2022",
        "oost-nederland-v05-2023",
        "rijnvicus",
        "utrecht-2023",
    ]


@pytest.mark.parametrize("name", ["oost-nederland-v05-2023", "rijnvicus", "utrecht-2023"])
def test_every_preset_loads_round_trips_and_cites_its_source(name):
    cat = sroi.load_catalogue(name)
    assert cat.name == name
    assert cat.source.startswith("https://")
    assert cat.fulltime_hours == 36
    assert parse_catalogue_toml(sroi.catalogue_to_toml(cat), source="kopie.toml") == cat
    assert catalogue_from_dict(sroi.catalogue_to_dict(cat)) == cat


def test_utrecht_values_as_published():
    cat = sroi.load_catalogue("utrecht-2023")
    assert cat.source == (
        "https://www.utrecht.nl/werk-en-inkomen/aan-het-werk/social-return/"
        "bouwblokkenmodel-social-return/"
    )
    values = {code: value for code, (_, value, _) in _values(cat).items()}
    assert values == {
        "pw": 40000,
        "banenafspraak": 50000,
        "praktijkleerplaats": 35000,
        "wia_wao": 40000,
        "ww": 20000,
        "mbo_bbl": 35000,
        "mbo_bol": 20000,
        "nug": 10000,
        "sociaal_initiatief": 100,
        "sociaal_inkopen": 1,
    }
    assert cat.block("sociaal_initiatief").unit == "hour"
    assert cat.block("sociaal_inkopen").unit == "invoice"
    assert {b.code: b.value for b in cat.bonuses} == {
        "age50": 10000,
        "statushouder": 10000,
        "vast_dienstverband": 10000,
    }
    # The SPEC §5.1 example of this very catalogue: pw counts 2 years, suggested from month 0.
    pw = cat.block("pw")
    assert (pw.max_years, pw.benefit, pw.benefit_months_min) == (2, "participatiewet", 0)


def test_oost_nederland_values_as_published():
    cat = sroi.load_catalogue("oost-nederland-v05-2023")
    assert "impactoost.nl/bouwblokken" in cat.source
    assert (cat.version, cat.valid_from) == ("V05", date(2023, 4, 1))
    assert _values(cat) == {
        "pw_kort": ("year", 30000, 2),
        "pw_lang": ("year", 40000, 2),
        "doelgroepregister": ("year", 40000, None),
        "wia_wao": ("year", 40000, None),
        "wsw": ("year", 40000, None),
        "beschut_werk": ("year", 40000, None),
        "ww_kort": ("year", 10000, 1),
        "ww_lang": ("year", 15000, 1),
        "nug": ("year", 10000, 1),
        "werkervaringsplek": ("month", 750, None),
        "bbl_1_2": ("year", 20000, None),
    }
    assert cat.bonuses == ()


def test_rijnvicus_values_as_published():
    cat = sroi.load_catalogue("rijnvicus")
    assert "rijnvicus.nl" in cat.source
    assert {code: value for code, (_, value, _) in _values(cat).items()} == {
        "nug": 5000,
        "nug_beperking": 10000,
        "mbo_bol_stage": 5000,
        "mbo_bbl": 25000,
        "pro_vso": 25000,
        "ww": 10000,
        "wia": 20000,
        "wajong": 25000,
        "pw_kort": 25000,
        "pw_lang": 30000,
        "pw_banenafspraak": 50000,
        "wsw": 50000,
        "maatschappelijke_activiteit": 1000,
        "sw_bedrijf": 1,
    }
    assert cat.block("maatschappelijke_activiteit").unit == "fixed"
    assert cat.block("sw_bedrijf").unit == "invoice"
    assert [(b.code, b.value) for b in cat.bonuses] == [("age55", 10000)]


def test_load_by_path(tmp_path):
    path = tmp_path / "eigen.toml"
    path.write_text(MINIMAL, encoding="utf-8")
    cat = sroi.load_catalogue(path)
    assert cat.block("pw").value == Decimal("40000")
    assert sroi.load_catalogue(str(path)) == cat


def test_unknown_preset_or_missing_file():
    with pytest.raises(ValueError, match="niet gevonden.*utrecht-2023"):
        sroi.load_catalogue("amsterdam-2030")


def test_unreadable_file_is_a_dutch_error(tmp_path):
    path = tmp_path / "kapot.toml"
    path.write_bytes(b"\xff\xfe\x00 niet utf-8")
    with pytest.raises(ValueError, match="kan niet worden gelezen"):
        sroi.load_catalogue(path)


def test_block_and_bonus_lookup_errors_are_dutch():
    cat = parse_catalogue_toml(MINIMAL)
    with pytest.raises(ValueError, match="Onbekend bouwblok 'xx' in catalogus 'test'"):
        cat.block("xx")
    with pytest.raises(ValueError, match="Onbekende bonus 'yy'"):
        cat.bonus("yy")


def test_toml_dump_is_readable_text():
    text = sroi.catalogue_to_toml(parse_catalogue_toml(MINIMAL))
    assert '[[blocks]]\ncode = "pw"' in text
    assert 'value = "40000"' in text
    assert "fulltime_hours = 36" in text


def test_decimal_values_keep_exact_text():
    cat = parse_catalogue_toml(MINIMAL.replace('value = "40000"', 'value = "37500.50"'))
    assert cat.block("pw").value == Decimal("37500.50")
    assert sroi.catalogue_to_dict(cat)["blocks"][0]["value"] == "37500.50"


def test_integer_and_float_numbers_are_read_exactly():
    cat = parse_catalogue_toml(
        MINIMAL.replace('value = "40000"', "value = 40000").replace(
            "fulltime_hours = 36", "fulltime_hours = 37.5"
        )
    )
    assert cat.block("pw").value == Decimal("40000")
    assert cat.fulltime_hours == Decimal("37.5")


def test_catalogue_without_year_blocks_needs_no_fulltime_hours():
    cat = catalogue_from_dict(
        {
            "name": "maatwerk",
            "title": "Alleen maatwerk",
            "source": "eigen regeling",
            "blocks": [{"code": "uur", "label": "Per uur", "unit": "hour", "value": "100"}],
        }
    )
    assert cat.fulltime_hours is None


# ------------------------------------------------------------------ schema errors


def _error(text: str, source: str = "regio.toml") -> CatalogueError:
    with pytest.raises(CatalogueError) as info:
        parse_catalogue_toml(text, source=source)
    assert isinstance(info.value, ValueError)
    assert "regio.toml" in str(info.value)
    return info.value


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            'value = "40000"',
            'value = "40000"\nvaleu = "1"',
            "blok 'pw' (nr. 1, regel 6): onbekend veld 'valeu'",
        ),
        ('unit = "year"', 'unit = "week"', "blok 'pw' (nr. 1, regel 6): onbekende eenheid 'week'"),
        (
            'value = "40000"',
            'value = "-40000"',
            "blok 'pw' (nr. 1, regel 6): 'value' mag niet negatief",
        ),
        ('value = "40000"', 'value = "40.000,00"', "'value' '40.000,00' is geen geldig getal"),
        ('value = "40000"', 'value = "veertigduizend"', "geen geldig getal"),
        ('value = "40000"', 'value = "NaN"', "eindig getal"),
        ('value = "40000"', 'value = "1.0000001"', "te veel decimalen"),
        ('value = "40000"', "value = true", "'value' moet een getal zijn"),
        ('value = "40000"\n', "", "blok 'pw' (nr. 1, regel 6): verplicht veld 'value' ontbreekt"),
        ('label = "Participatiewet"\n', "", "verplicht veld 'label' ontbreekt"),
        ('code = "pw"', 'code = "PW blok"', "code moet bestaan uit kleine letters"),
        ('unit = "year"', 'unit = "hour"\nmax_years = 2', "'max_years' kan alleen bij eenheid"),
        ('unit = "year"', 'unit = "year"\nmax_years = 0', "'max_years' moet minstens 1"),
        ('unit = "year"', 'unit = "year"\nmax_years = "2"', "'max_years' moet een geheel getal"),
        ('unit = "year"', 'unit = "year"\nbenefit = "bijstand"', "onbekende uitkering 'bijstand'"),
        (
            'unit = "year"',
            'unit = "year"\nbenefit = "ww"\nbenefit_months_min = 12\nbenefit_months_max = 12',
            "'benefit_months_min' (12) moet kleiner zijn",
        ),
        ('unit = "year"', 'unit = "year"\nbenefit_months_min = 3', "alleen samen met 'benefit'"),
        ("fulltime_hours = 36\n", "", "'fulltime_hours' ontbreekt"),
        ("fulltime_hours = 36", "fulltime_hours = 0", "'fulltime_hours' moet groter dan 0"),
        ("fulltime_hours = 36", "fulltime_hours = 200", "'fulltime_hours' is te groot"),
        ('name = "test"', 'name = "test"\nregion = "Utrecht"', "onbekend veld 'region' bovenaan"),
        ('title = "Testcatalogus"\n', "", "verplicht veld 'title' ontbreekt"),
        ('name = "test"', 'name = "Mijn Catalogus"', "naam 'Mijn Catalogus' mag alleen"),
        (
            'value = "10000"',
            'value = "-1"',
            "bonus 'age50' (nr. 1, regel 12): 'value' mag niet negatief",
        ),
        (
            'value = "10000"',
            'value = "1"\nextra = 1',
            "bonus 'age50' (nr. 1, regel 12): onbekend veld 'extra'",
        ),
    ],
)
def test_schema_errors_name_file_block_and_line(old, new, expected):
    assert old in MINIMAL
    error = _error(MINIMAL.replace(old, new, 1))
    assert expected in str(error)


def test_duplicate_block_code():
    text = MINIMAL + '\n[[blocks]]\ncode = "pw"\nlabel = "Nog eens"\nunit = "year"\nvalue = "1"\n'
    error = _error(text)
    assert "blok 'pw' (nr. 2, regel 17): code 'pw' komt al voor bij blok nr. 1" in str(error)


def test_duplicate_bonus_code():
    text = MINIMAL + '\n[[bonuses]]\ncode = "age50"\nlabel = "Dubbel"\nvalue = "1"\n'
    assert "code 'age50' komt al voor bij bonus nr. 1" in str(_error(text))


def test_all_errors_are_reported_at_once():
    text = MINIMAL.replace('unit = "year"', 'unit = "dag"').replace(
        'value = "10000"', 'value = "-5"'
    )
    error = _error(text)
    assert len(error.errors) == 2
    assert "bevat 2 fouten" in str(error)


def test_toml_syntax_error_names_the_line():
    error = _error(MINIMAL.replace('value = "40000"', "value = 40 000"))
    assert "ongeldige TOML-opmaak op regel 10" in str(error)


def test_missing_blocks():
    text = 'name = "x"\ntitle = "X"\nsource = "s"\n'
    assert "bevat geen bouwblokken" in str(_error(text))


def test_blocks_must_be_tables():
    error = _error('name = "x"\ntitle = "X"\nsource = "s"\nblocks = ["pw"]\n')
    assert "blok (nr. 1): moet een tabel zijn" in str(error)


def test_dict_errors_name_the_database_copy():
    with pytest.raises(CatalogueError, match="Catalogus 'catalogus 7'.*onbekende eenheid"):
        catalogue_from_dict(
            {
                "name": "x",
                "title": "X",
                "source": "s",
                "blocks": [{"code": "a", "label": "A", "unit": "jaar", "value": "1"}],
            },
            source="catalogus 7",
        )
    with pytest.raises(ValueError, match="moet een tabel"):
        catalogue_from_dict(["geen", "dict"])  # type: ignore[arg-type]


def test_valid_from_accepts_iso_text_and_rejects_nonsense():
    base = sroi.catalogue_to_dict(parse_catalogue_toml(MINIMAL))
    assert catalogue_from_dict({**base, "valid_from": "2023-04-01"}).valid_from == date(2023, 4, 1)
    with pytest.raises(ValueError, match="'valid_from' moet een datum zijn"):
        catalogue_from_dict({**base, "valid_from": "1 april"})


def test_constructing_dataclasses_directly_is_validated_too():
    block = sroi.Block(code="pw", label="P", unit="year", value=Decimal("1"))
    with pytest.raises(CatalogueError, match="'fulltime_hours' ontbreekt"):
        sroi.Catalogue(name="x", title="X", source="s", blocks=(block,))
    with pytest.raises(CatalogueError, match="komt al voor"):
        sroi.Catalogue(
            name="x", title="X", source="s", blocks=(block, block), fulltime_hours=Decimal(36)
        )
    with pytest.raises(CatalogueError, match="mag niet negatief"):
        sroi.Catalogue(
            name="x",
            title="X",
            source="s",
            blocks=(sroi.Block(code="a", label="A", unit="fixed", value=Decimal("-1")),),
        )
