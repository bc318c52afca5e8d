"""`flask import-esco` and `flask import-postcodes`: good rows in, bad rows reported, no 500."""

from pathlib import Path

import pytest

from tests.conftest import REFERENCE_DATA

ESCO_HEADER = (
    "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,"
    "modifiedDate,regulatedProfessionNote,scopeNote,definition,inScheme,description,code\n"
)


def _write(tmp_path: Path, name: str, text: str, encoding="utf-8") -> str:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return str(path)


def test_import_esco_reports_bad_rows_and_keeps_good_ones(db, runner, tmp_path):
    from app.models import Occupation

    csv_text = ESCO_HEADER + (
        "Occupation,http://data.europa.eu/esco/occupation/1,8344,heftruckchauffeur,"
        '"vorkheftruckbestuurder\nheftruckbestuurder",,released,,,,,,Bestuurt heftrucks.,8344.1\n'
        "Occupation,,8344,zonder uri,,,released,,,,,,,\n"
        "Occupation,http://data.europa.eu/esco/occupation/2,83X4,foute isco,,,released,,,,,,,\n"
        "Occupation,http://data.europa.eu/esco/occupation/3,9112,,,,released,,,,,,,\n"
        "Occupation,http://data.europa.eu/esco/occupation/1,8344,dubbel,,,released,,,,,,,\n"
    )
    result = runner.invoke(args=["import-esco", _write(tmp_path, "esco.csv", csv_text)])
    assert result.exit_code == 0, result.output
    assert "1 toegevoegd, 0 bijgewerkt, 4 regels overgeslagen" in result.output
    assert "regel 4: conceptUri ontbreekt" in result.output
    assert "iscoGroup '83X4' is geen ISCO-code" in result.output
    assert "preferredLabel (beroepsnaam) ontbreekt" in result.output
    assert "staat al eerder in het bestand" in result.output
    occupation = db.session.scalars(db.select(Occupation)).one()
    assert occupation.preferred_label == "heftruckchauffeur"
    assert occupation.alt_labels.splitlines() == ["vorkheftruckbestuurder", "heftruckbestuurder"]
    # Importing again updates instead of duplicating.
    again = runner.invoke(args=["import-esco", _write(tmp_path, "esco.csv", csv_text)])
    assert "0 toegevoegd, 1 bijgewerkt" in again.output


@pytest.mark.parametrize(
    "content, message",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "geen tekstbestand"),
        (b"naam;code\nx;y\n", "geen ESCO-beroepenbestand"),
        ("conceptUri,preferredLabel\n".encode("utf-16"), "geen tekstbestand"),
        (ESCO_HEADER.encode() + "Occupation,http://x,1,caf\xe9\n".encode("latin-1"), "UTF-8"),
    ],
)
def test_import_esco_broken_files_give_a_clear_message(db, runner, tmp_path, content, message):
    path = tmp_path / "broken.csv"
    path.write_bytes(content)
    result = runner.invoke(args=["import-esco", str(path)])
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output


def test_import_esco_missing_file(db, runner, tmp_path):
    result = runner.invoke(args=["import-esco", str(tmp_path / "bestaat-niet.csv")])
    assert result.exit_code != 0
    assert "kan niet worden gelezen" in result.output


def test_import_postcodes_csv_with_bad_rows(db, runner, tmp_path):
    from app.models import PostcodeArea

    text = (
        "pc4,place,latitude,longitude\n"
        "8471,Wolvega,52.8739,5.9976\n"
        "9201,Drachten,53.1138,6.0948\n"
        "abcd,Nergens,52.0,5.0\n"
        "8472,Wolvega,noord,5.0\n"
        "8473,Parijs,48.85,2.35\n"
    )
    result = runner.invoke(args=["import-postcodes", _write(tmp_path, "pc4.csv", text)])
    assert result.exit_code == 0, result.output
    assert "2 toegevoegd, 0 bijgewerkt, 3 regels overgeslagen" in result.output
    assert "regel 4: postcode 'abcd' begint niet met 4 cijfers" in result.output
    assert "regel 5: breedte- of lengtegraad is geen getal" in result.output
    assert "regel 6: coördinaten liggen niet in Nederland" in result.output
    wolvega = db.session.get(PostcodeArea, "8471")
    assert wolvega.place == "Wolvega" and wolvega.latitude == pytest.approx(52.8739)


def test_import_postcodes_geonames_format(db, runner, tmp_path):
    from app.models import PostcodeArea

    text = (
        "NL\t8471\tWolvega\tFriesland\tFR\tWeststellingwerf\t0098\t\t\t52.8739\t5.9976\t6\n"
        "NL\t9201 AA\tDrachten\tFriesland\tFR\tSmallingerland\t0090\t\t\t53.1138\t6.0948\t6\n"
        "NL\tkapot\n"
    )
    result = runner.invoke(args=["import-postcodes", _write(tmp_path, "NL.txt", text)])
    assert result.exit_code == 0, result.output
    assert "2 toegevoegd" in result.output and "1 regels overgeslagen" in result.output
    assert db.session.get(PostcodeArea, "9201").place == "Drachten"


def test_import_postcodes_wrong_columns(db, runner, tmp_path):
    result = runner.invoke(args=["import-postcodes", _write(tmp_path, "x.csv", "a,b\n1,2\n")])
    assert result.exit_code == 1
    assert "niet de kolommen pc4" in result.output


@pytest.mark.skipif(not REFERENCE_DATA.exists(), reason="data/ ontbreekt")
def test_import_the_real_reference_files(db, runner):
    from app.models import Occupation, PostcodeArea

    esco = runner.invoke(args=["import-esco", str(REFERENCE_DATA / "esco" / "occupations_nl.csv")])
    assert esco.exit_code == 0, esco.output
    assert db.session.scalar(db.select(db.func.count(Occupation.id))) > 2900
    pc = runner.invoke(args=["import-postcodes", str(REFERENCE_DATA / "geonames" / "nl_pc4.csv")])
    assert pc.exit_code == 0, pc.output
    assert db.session.scalar(db.select(db.func.count(PostcodeArea.pc4))) > 4000
