"""Postcode centroids from both file formats, and travel estimates."""

from __future__ import annotations

import pytest

from matching import DETOUR_FACTOR, SPEED_KMH, PostcodeIndex
from matching.geo import max_road_km, pc4

GEONAMES_LINES = [
    "NL\t8431\tOosterwolde\tFriesland\tFR\tOoststellingwerf\t0085\t\t\t52.9914\t6.2914\t6",
    "NL\t9201\tDrachten\tFriesland\tFR\tSmallingerland\t0090\t\t\t53.1047\t6.0989\t6",
    "NL\t9201 AB\tDrachten\tFriesland\tFR\tSmallingerland\t0090\t\t\t53.1067\t6.0969\t8",
    "NL\t1011\tAmsterdam\tNoord-Holland\tNH\tAmsterdam\t0363\t\t\t52.3710\t4.9041\t6",
]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("8431 AB", "8431"),
        ("8431AB", "8431"),
        (" 8431 ", "8431"),
        ("8431ab", "8431"),
        (8431, "8431"),
        ("0431", None),
        ("84", None),
        ("", None),
        (None, None),
        ("8431 ABC", None),
    ],
)
def test_pc4_normalisation(raw, expected):
    assert pc4(raw) == expected


def test_loads_the_shipped_pc4_csv(postcodes):
    assert len(postcodes) > 4000
    assert postcodes.place("9201") == "Drachten"
    assert "8431 AB" in postcodes
    assert "1000 ZZ" not in postcodes


def test_loads_geonames_nl_txt_and_averages_duplicates(tmp_path):
    path = tmp_path / "NL.txt"
    path.write_text("\n".join(GEONAMES_LINES) + "\n", encoding="utf-8")
    index = PostcodeIndex.from_geonames(path)
    assert len(index) == 3
    assert index.place("9201 XY") == "Drachten"
    assert index.lat[index.position("9201")] == pytest.approx((53.1047 + 53.1067) / 2)
    assert PostcodeIndex.from_file(path).codes == index.codes  # format detected


def test_from_file_detects_the_csv_format(tmp_path):
    path = tmp_path / "pc4.csv"
    path.write_text("pc4,place,latitude,longitude\n9201,Drachten,53.1047,6.0989\n", "utf-8")
    assert PostcodeIndex.from_file(path).place("9201") == "Drachten"


def test_csv_without_coordinates_is_refused(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("postcode,plaats\n9201,Drachten\n", "utf-8")
    with pytest.raises(ValueError, match="latitude"):
        PostcodeIndex.from_csv(path)


def test_road_distance_is_straight_line_times_detour(postcodes):
    straight = postcodes.distance_km("1011 AB", "9201 CD")  # Amsterdam - Drachten
    assert 100 < straight < 120
    assert postcodes.road_km("1011", "9201") == pytest.approx(straight * DETOUR_FACTOR)
    assert postcodes.road_km("1011", "1000") is None


def test_travel_limit_in_km_or_minutes():
    assert max_road_km(30, None, "auto") == 30
    assert max_road_km(None, 60, "ov") == pytest.approx(SPEED_KMH["ov"])
    assert max_road_km(50, 30, "fiets") == pytest.approx(SPEED_KMH["fiets"] / 2)  # stricter wins
    assert max_road_km(None, None, "auto") == pytest.approx(1.5 * SPEED_KMH["auto"])  # 90 min
