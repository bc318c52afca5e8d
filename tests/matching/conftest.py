"""Fixtures for the matching engine tests (plain Python: no Flask, no database).

The reference data is read from the repository's ``data/`` folder; tests that need it are
skipped with a clear message when it is absent. The ESCO taxonomy and the postcode index
are loaded once per session.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from matching import ClientProfile, Matcher, PostcodeIndex, Taxonomy, Vacancy

DATA = Path(__file__).resolve().parents[2] / "data"
ESCO_CSV = DATA / "esco" / "occupations_nl.csv"
PC4_CSV = DATA / "geonames" / "nl_pc4.csv"


def _require(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"referentiedata ontbreekt: {path} (verwacht in data/)")
    return path


@pytest.fixture(scope="session")
def esco() -> Taxonomy:
    """The real Dutch ESCO taxonomy (3,007 occupations)."""
    return Taxonomy.from_esco_csv(_require(ESCO_CSV))


@pytest.fixture(scope="session")
def postcodes() -> PostcodeIndex:
    """PC4 centroids of the Netherlands (GeoNames)."""
    return PostcodeIndex.from_csv(_require(PC4_CSV))


@pytest.fixture(scope="session")
def small_taxonomy() -> Taxonomy:
    """A hand-made taxonomy: two cleaning occupations in one ISCO group, two drivers, a cook."""
    return Taxonomy.from_rows(
        [
            (
                "occ:schoonmaker",
                "9112",
                "schoonmaker",
                ["schoonmaakmedewerker", "schoonmaakster", "medewerker schoonmaak"],
            ),
            ("occ:glazenwasser", "9112", "glazenwasser", "ramenwasser\nglazenwasster"),
            (
                "occ:heftruck",
                "8344",
                "heftruckchauffeur",
                ["heftruckbestuurder", "reachtruckchauffeur"],
            ),
            ("occ:vrachtwagen", "8332", "vrachtwagenchauffeur", ["chauffeur groot rijbewijs"]),
            ("occ:kok", "5120", "kok", ["zelfstandig werkend kok", "kokkin"]),
        ]
    )


def _vacancy(id_: str = "v1", title: str = "Schoonmaakmedewerker", **fields) -> Vacancy:
    fields.setdefault("postcode", "9201 AB")
    return Vacancy(id=id_, title=title, **fields)


def _client(id_: str = "c1", wish: str | None = "schoonmaker", **fields) -> ClientProfile:
    fields.setdefault("postcode", "9203 CD")
    return ClientProfile(id=id_, desired_occupations=(wish,) if wish else (), **fields)


@pytest.fixture
def make_vacancy():
    """``make_vacancy(id, title, **fields)``: a vacancy in Drachten (9201) anyone can take."""
    return _vacancy


@pytest.fixture
def make_client():
    """``make_client(id, wish, **fields)``: a client in Drachten (9203) wishing ``wish``."""
    return _client


@pytest.fixture
def matcher_for(small_taxonomy, postcodes):
    """Build a matcher with the small taxonomy and real postcodes over the given vacancies."""

    def build(*vacancies: Vacancy, taxonomy: Taxonomy | None | str = "small") -> Matcher:
        tax = small_taxonomy if taxonomy == "small" else taxonomy
        return Matcher(taxonomy=tax, postcodes=postcodes).fit(list(vacancies))

    return build
