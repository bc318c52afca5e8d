"""Taxonomy loading, occupation resolution against real ESCO labels, and suggestions."""

from __future__ import annotations

import pytest

from matching import Taxonomy

HEFTRUCK = "heftruckchauffeur"


def test_esco_csv_loads_all_occupations_with_groups(esco):
    assert len(esco) == 3007
    assert len(esco.isco_groups) == 426
    occupation = esco.get(
        "http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34"
    )
    assert occupation.preferred_label == "inspiciënt"
    assert occupation.isco_group == "2654"
    assert "toneelmeester" in occupation.alt_labels
    assert esco.get("00030d09-2b3a-4efd-87cc-c4ea39d27c34") is occupation  # UUID alone
    assert esco.get("2654.1.7") is occupation  # ESCO code
    assert esco.get("bestaat-niet") is None


def test_from_rows_accepts_lists_strings_and_mappings():
    tax = Taxonomy.from_rows(
        [
            ("c1", "9112", "schoonmaker", ["schoonmaakmedewerker"]),
            ("c2", "9112", "glazenwasser", "ramenwasser\nglazenwasster"),
            {"code": "c3", "isco_group": "5120", "preferred_label": "kok", "alt_labels": None},
            ("c4", "", "", []),  # no label: skipped
        ]
    )
    assert len(tax) == 3
    assert tax.get("c2").alt_labels == ("ramenwasser", "glazenwasster")
    assert tax.resolve("ramenwasser").code == "c2"
    assert tax.resolve("Kok (m/v)").code == "c3"


@pytest.mark.parametrize(
    "title",
    [
        "Heftruckchauffeur (m/v/x)",
        "Heftruckchauffeur 24-32 uur",
        "Heftruckchauffeur regio Drachten",
        "Wij zoeken een heftruckchauffeur!",
        "Ervaren heftruckchauffeur gezocht",
        "Vacature: Heftruckchauffeur fulltime",
        "Junior heftruckchauffeur parttime",
        "HEFTRUCKCHAUFFEUR",
        "heftruck chauffeur",
        "Heftruck-chauffeur",
    ],
)
def test_decorations_do_not_change_the_occupation(esco, title):
    found = esco.resolve(title)
    assert found.preferred_label == HEFTRUCK
    assert found.confidence >= 0.9


@pytest.mark.parametrize(
    "title",
    [
        "Heftrukchauffeur",
        "Heftruckchaufeur",
        "Hefrtuckchauffeur",
        "Heftruckchauffeurr",
        "Heftruckchauffuer",
        "heftrukchaufeur (m/v)",
    ],
)
def test_misspellings_still_resolve(esco, title):
    assert esco.resolve(title).preferred_label == HEFTRUCK


@pytest.mark.parametrize(
    "text",
    [
        "medewerker schoonmaak",
        "schoonmaakmedewerker",
        "Schoonmaak medewerker",
        "schoonmaakmedewerkster (m/v)",
    ],
)
def test_compounds_and_word_order(esco, text):
    assert esco.resolve(text).code == esco.resolve("schoonmaakmedewerker").code


def test_a_label_naming_both_gender_forms_is_found_by_one():
    tax = Taxonomy.from_rows(
        [
            ("c1", "6113", "medewerker groen/medewerkster groen", []),
            ("c2", "9333", "chauffeur/verhuizer", []),
            ("c3", "8332", "vrachtwagenchauffeur", ["chauffeur"]),
        ]
    )
    found = tax.resolve("Medewerker groen")
    assert found.code == "c1" and found.method == "exact"
    assert tax.resolve("Medewerkster groen").code == "c1"
    # two jobs in one label are not each that occupation's name
    assert tax.resolve("Chauffeur").code == "c3"


def test_accents_and_gender_forms(esco):
    assert esco.resolve("Inspicient").preferred_label == "inspiciënt"
    assert esco.resolve("caissiere").preferred_label == esco.resolve("caissière").preferred_label
    assert esco.resolve("Kassamedewerkster").code == esco.resolve("kassamedewerker").code


def test_other_label_of_the_same_occupation(esco):
    assert esco.resolve("brievenbesteller").code == esco.resolve("Postbode (m/v/x)").code


def test_sound_alike_spelling(esco):
    assert esco.resolve("Kapitein kustvisserei").code == esco.resolve("kapitein kustvisserij").code


def test_extra_words_around_a_label(esco):
    assert esco.resolve("kok voor de avonddienst").preferred_label == "kok"


def test_ambiguous_label_returns_every_candidate(esco):
    candidates = esco.resolve_candidates("magazijnmedewerker", limit=5)
    assert len(candidates) >= 2
    assert candidates[0].confidence >= candidates[-1].confidence
    assert {c.isco_group for c in candidates} >= {"9333"}


def test_nonsense_resolves_to_nothing(esco):
    assert esco.resolve("qwxzv") is None
    assert esco.resolve("") is None
    assert esco.resolve(None) is None


def test_suggest_as_you_type(esco):
    labels = [s.label for s in esco.suggest("heftr", limit=5)]
    assert labels[0] == HEFTRUCK
    assert len(esco.suggest("schoonm", limit=3)) == 3
    middle = esco.suggest("schoonmaak", limit=50)
    assert any(s.label == "medewerker schoonmaak" or "schoonmaak" in s.label for s in middle)


def test_suggest_tolerates_typos_and_empty_input(esco):
    assert esco.suggest("heftrukchaufeur", limit=3)[0].preferred_label == HEFTRUCK
    assert esco.suggest("", limit=5) == []
    assert esco.suggest("kok", limit=0) == []


def test_suggestions_are_one_per_occupation(esco):
    suggestions = esco.suggest("verkoop", limit=10)
    assert len({s.code for s in suggestions}) == len(suggestions) == 10
