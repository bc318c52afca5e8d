"""Dutch text normalisation: accents, employer decorations, gender forms, spelling."""

from __future__ import annotations

import pytest

from matching.spelling import SpellIndex, phonetic
from matching.text import clean_title, fold, masculine, normalize_title, strip_adjectives


def test_fold_removes_accents_and_case():
    assert fold("Inspiciënt") == "inspiciënt".replace("ë", "e")
    assert fold("CAISSIÈRE") == "caissiere"
    assert fold("café–medewerker") == "cafe medewerker"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Heftruckchauffeur (m/v/x)", "heftruckchauffeur"),
        ("Heftruckchauffeur (M/V)", "heftruckchauffeur"),
        ("Heftruckchauffeur m/v", "heftruckchauffeur"),
        ("Heftruckchauffeur (v/m/x)", "heftruckchauffeur"),
        ("Heftruckchauffeur 24-32 uur", "heftruckchauffeur"),
        ("Heftruckchauffeur (24 - 32 uur per week)", "heftruckchauffeur"),
        ("Heftruckchauffeur 32 uur p/w", "heftruckchauffeur"),
        ("Heftruckchauffeur regio Drachten", "heftruckchauffeur"),
        ("Heftruckchauffeur in de regio Sint Annaparochie", "heftruckchauffeur"),
        ("Heftruckchauffeur omgeving Heerenveen e.o.", "heftruckchauffeur"),
        ("Wij zoeken een heftruckchauffeur!", "heftruckchauffeur"),
        ("Ben jij onze nieuwe heftruckchauffeur?", "heftruckchauffeur"),
        ("Heftruckchauffeur gezocht", "heftruckchauffeur"),
        ("Vacature: heftruckchauffeur", "heftruckchauffeur"),
        ("Heftruckchauffeur fulltime", "heftruckchauffeur"),
        ("Heftruckchauffeur parttime", "heftruckchauffeur"),
        ("Heftruckchauffeur - per direct", "heftruckchauffeur"),
        ("Groothandelaar in parfums en cosmetica (m/v)", "groothandelaar in parfums en cosmetica"),
        ("Productiemedewerker non-wovens (chemisch)", "productiemedewerker non wovens chemisch"),
    ],
)
def test_clean_title_strips_every_kind_of_decoration(title, expected):
    assert clean_title(title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Adviseur omgevingsrecht regio Utrecht", "adviseur omgevingsrecht"),
        ("Medewerker omgevingsvergunning omgeving Assen", "medewerker omgevingsvergunning"),
        ("Locatiemanager kinderopvang", "locatiemanager kinderopvang"),
        ("Regiomanager (locatie: Zwolle)", "regiomanager"),
    ],
)
def test_a_place_word_starting_a_longer_word_is_not_a_place(title, expected):
    assert clean_title(title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Ervaren kok gezocht", "kok"),
        ("Junior verkoper", "verkoper"),
        ("Enthousiaste schoonmaker", "schoonmaker"),
        ("kolonel van de brandweer", "kolonel van de brandweer"),
    ],
)
def test_seniority_words_are_dropped_but_inner_articles_kept(title, expected):
    assert strip_adjectives(clean_title(title)) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("schoonmaakster", "schoonmaker"),
        ("verkoopster", "verkoper"),
        ("kapster", "kapper"),
        ("instructrice", "instructeur"),
        ("monteuse", "monteur"),
        ("docente", "docent"),
        ("lerares", "leraar"),
        ("technica", "technicus"),
        ("caissiere", "caissier"),
        ("medewerkster", "medewerker"),
        ("meester", "meester"),
        ("kok", "kok"),
        ("gemeente", "gemeente"),  # no female form of a "gemeent"
        ("operatrice", "operator"),  # ESCO's "geluidsoperatrice", no film projector's "operateur"
        ("geluidsoperatrice", "geluidsoperator"),
        ("geluidsoperateur", "geluidsoperator"),  # so that both forms meet
        ("operateur", "operateur"),  # ESCO's film projectionist, on its own
        ("relatietherapeute", "relatietherapeut"),
        ("farmaceute", "farmaceut"),
        # a verb's stem in "r" takes "-der", a noun in "-aar" or "-ier" is itself (forty-fourth
        # round; before, "beheerster" was a "beherer" and "makelaarster" a "makelarer")
        ("beheerster", "beheerder"),
        ("debiteurenbeheerster", "debiteurenbeheerder"),
        ("bestuurster", "bestuurder"),
        ("bewaarster", "bewaarder"),
        ("sorteerster", "sorteerder"),
        ("woordvoerster", "woordvoerder"),
        ("makelaarster", "makelaar"),
        ("schadebehandelaarster", "schadebehandelaar"),
        ("kassierster", "kassier"),
        ("winkelierster", "winkelier"),
        ("garnierster", "garnierder"),  # a verb in "-ieren": ESCO's upholsterer "garnierder"
    ],
)
def test_gender_forms_are_unified(word, expected):
    assert masculine(word) == expected


def test_normalize_title_combines_all_steps():
    assert normalize_title("Ervaren Schoonmaakster (m/v/x) 24 uur regio Sneek") == "schoonmaker"


def test_phonetic_key_merges_dutch_sound_alikes():
    assert phonetic("meinbouw") == phonetic("mijnbouw")
    assert phonetic("chemisg") == phonetic("chemisch")
    assert phonetic("offikier") == phonetic("officier")


def test_spell_index_corrects_single_typos_and_keeps_ambiguity():
    index = SpellIndex(["schoonmaker", "schoenmaker", "heftruckchauffeur", "monteur"])
    assert index.correct("heftrukchauffeur") == "heftruckchauffeur"  # deletion
    assert index.correct("moneur") == "monteur"
    assert set(index.candidates("scheonmaker")) == {"schoonmaker", "schoenmaker"}
    assert index.correct("kok") is None  # too short to correct
    assert index.correct("zzzzzzzz") is None


def test_the_compiled_stemmer_stems_every_label_word_as_snowballs_reference_does(esco):
    # PyStemmer (C) is only a faster Snowball: a version of it with another Dutch algorithm
    # than snowballstemmer's would silently change which words match
    from snowballstemmer.dutch_stemmer import DutchStemmer

    from matching.text import _STEMMER, tokens

    words = sorted(
        {
            w
            for occ in esco.occupations
            for label in (occ.preferred_label, *occ.alt_labels)
            for w in tokens(fold(label))
        }
    )
    reference = DutchStemmer()
    assert len(words) > 5000
    assert [_STEMMER.stemWord(w) for w in words] == [reference.stemWord(w) for w in words]
    assert type(_STEMMER).__module__ == "Stemmer"  # the compiled one is installed and used
