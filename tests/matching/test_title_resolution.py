"""Title resolution on vacancy titles as Dutch employers write them (issue 20).

Every title here is made up for the test (the guard below checks that none is a title of the
development set in ``data/real_titles``): one group of tests per kind of noise, then the
description, reviewed corrections, suggestions, the variant list itself, and the ranking.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import numpy as np
import pytest

from matching import ClientProfile, Matcher, Taxonomy, Vacancy
from matching.titles import VARIANTS_FILE, Hit, _ranked, load_variants, parse_variants

DATA = Path(__file__).resolve().parents[2] / "data"
MADE_UP: list[str] = []


def titles(*items: str) -> list[str]:
    """Register made-up titles (checked against the development set) and return them."""
    MADE_UP.extend(items)
    return list(items)


def cases(*pairs: tuple[str, str]) -> list[tuple[str, str]]:
    """A parametrized table of made-up titles, each beside its expected reading; the titles are
    registered as :func:`titles` registers them."""
    titles(*(title for title, _ in pairs))
    return list(pairs)


@pytest.fixture(scope="module")
def tax(esco, postcodes) -> Taxonomy:
    """ESCO with the place names of the postcode table."""
    return esco.with_places(postcodes.places)


def best(tax: Taxonomy, title: str, description: str = "") -> str:
    found = tax.resolve_title(title, description, k=3)
    assert found, f"nothing found for {title!r}"
    return tax.get(found[0][0]).preferred_label


def top3(tax: Taxonomy, title: str) -> list[str]:
    return [tax.get(code).preferred_label for code, _ in tax.resolve_title(title, k=3)]


# --------------------------------------------------------------------------- places


@pytest.mark.parametrize(
    "title",
    titles(
        "Orderpicker Harderwijk",
        "Orderpicker | Zutphen, Gelderland",
        "Orderpicker regio Achterhoek",
        "Orderpicker - Bergen op Zoom",
        "Orderpicker te Alphen aan den Rijn",
        "Orderpicker Rotterdam-Zuid",
    ),
)
def test_places_and_regions_are_not_the_job(tax, title):
    assert best(tax, title) == "orderpicker"


def test_a_place_that_is_also_a_job_word_stays_when_it_is_the_job(tax):
    # "Winkel" is a village and a word of shop occupations: without "in"/"te" it stays
    assert best(tax, "Winkelmedewerker Harlingen") == "winkelmedewerker"


# --------------------------------------------------------------------------- hours, gender


@pytest.mark.parametrize(
    "title",
    titles(
        "Kassamedewerker 12 uur p/w",
        "Kassamedewerker (16-24 uur) fulltime/parttime",
        "Kassamedewerker (m/v)",
        "Kassamedewerker (m/v/x) - parttime",
        "Kassamedewerkster",
        "Kassamedewerk(st)er zaterdag",
        "Kassamedewerker(ster) Deventer",
    ),
)
def test_hours_and_gender_markers_are_not_the_job(tax, title):
    assert best(tax, title) == "kassamedewerker"


# --------------------------------------------------------------------------- tags, phrasing


@pytest.mark.parametrize(
    "title",
    titles(
        "Heftruckchauffeur Dagdienst",
        "Heftruckchauffeur 3-ploegendienst (oproepbasis)",
        "Vacature: heftruckchauffeur",
        "Wij zoeken een heftruckchauffeur!",
        "Word jij onze nieuwe heftruckchauffeur?",
        "Ga aan de slag als heftruckchauffeur in Culemborg",
        "TRANSCORP zoekt heftruckchauffeurs",
        "Heftruckchauffeur BBL - Alleen voor inwoners van Nederland",
        "Heftruckchauffeur met betaalde opleiding",
        "Heftruckchauffeur bij Jansen Transport",
    ),
)
def test_agency_shift_tags_and_calls_to_action_are_not_the_job(tax, title):
    assert best(tax, title) == "heftruckchauffeur"


# --------------------------------------------------------------------------- compounds


@pytest.mark.parametrize(
    "title",
    titles("Reachtruckchauffeur Tiel", "Chauffeur reachtruck (m/v)", "Reachtruck-chauffeur Oss"),
)
def test_compound_and_split_forms_are_the_same_job(tax, title):
    assert best(tax, title) == "heftruckchauffeur"


def test_waste_collection_driver_is_the_refuse_truck_driver(tax):
    title = titles("Chauffeur afvalinzameling (C-rijbewijs) Apeldoorn")[0]
    assert best(tax, title) == "chauffeur vuilniswagen"


def test_linking_s_and_word_order(tax):
    serving = titles("Medewerker bediening strandpaviljoen", "Bedieningsmedewerker Zandvoort")
    assert {best(tax, t) for t in serving} == {"ober/serveerster"}


def test_elided_compounds_name_both_jobs(tax):
    found = top3(tax, titles("Storings- en onderhoudsmonteur (5-ploegen)")[0])
    assert "monteur industriële machines" in found


def test_job_noun_at_the_end_of_an_unknown_compound(tax):
    assert best(tax, titles("Brunchkok avonddienst")[0]) == "kok"
    assert best(tax, titles("Sloopmedewerker Zwolle")[0]) == "sloper"


def test_rarer_word_next_to_a_label_picks_the_specific_occupation(tax):
    title = titles("Zorgmedewerker thuiszorg Emmen")[0]
    assert best(tax, title) == "thuiszorgmedewerker"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Boekhouder garage", "boekhouder"),  # not the garagehouder: "houder" is no boekhouder
        ("Leraarondersteuner basisonderwijs", "onderwijsassistent basisonderwijs"),
        # a generic job noun keeps the labels that share its noun ("manager", "leider")
        ("Filiaalmanager bakkerij", "bedrijfsleider bakkerswinkel"),
    ],
)
def test_the_specific_occupation_must_have_the_titles_own_job_noun(tax, title, expected):
    assert best(tax, titles(title)[0]) == expected


def test_a_word_of_the_title_picks_the_sense_of_a_bare_job_noun_it_names(tax):
    # "bedrijfsleider" alone is first a shop manager; with "restaurant" the restaurant's
    assert best(tax, titles("Bedrijfsleider restaurant Apeldoorn")[0]) == "restaurantmanager"
    # a job noun left over names no sense ("medewerker" is in "winkelmedewerker")
    assert best(tax, titles("Medewerker vakkenvullen")[0]) == "schappenvuller"


# --------------------------------------------------------------------------- English, loanwords


def test_english_and_loanwords(tax):
    assert best(tax, titles("Customer Service Medewerker Duitstalig")[0]) in {
        "vertegenwoordiger klantenservice",
        "medewerker klantencontactcentrum",
    }
    assert best(tax, titles("Warehouse medewerker nachtdienst")[0]) in {
        "magazijnmedewerker",
        "pakhuismedewerker",
    }
    assert best(tax, titles("Forklift driver Venlo")[0]) == "heftruckchauffeur"
    assert best(tax, titles("Allround timmerman nieuwbouw")[0]) == "timmerman"
    assert best(tax, titles("Operator (volcontinu) Geleen")[0]) == "productiemedewerker"


# --------------------------------------------------------------------------- jobhunter sense


def test_the_occupation_a_jobhunter_means(tax):
    warehouse = titles("Logistiek medewerker avonddienst Tiel (m/v)")[0]
    assert best(tax, warehouse) in {"magazijnmedewerker", "pakhuismedewerker"}
    assert best(tax, titles("Tuinman regio Drachten")[0]) == "hovenier"
    assert best(tax, titles("Schilder buitenwerk (m/v)")[0]) == "schilder bouw"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Chauffeur CE nationaal")[0], "vrachtwagenchauffeur"),
        (titles("Chauffeur C/CE dagritten")[0], "vrachtwagenchauffeur"),
        (titles("Chauffeur rijbewijs B pakketdienst")[0], "auto- en bestelwagenkoerier"),
        (titles("Chauffeur D (touringcar)")[0], "buschauffeur"),
        # the licence also decides when the title says more than the bare noun
        (titles("Chauffeur bakkerij rijbewijs B")[0], "auto- en bestelwagenkoerier"),
        (titles("Chauffeur bestelbus (B-rijbewijs) Zwolle")[0], "auto- en bestelwagenkoerier"),
    ],
)
def test_licence_letters_tell_which_driver(tax, title, expected):
    assert best(tax, title) == expected


def test_nothing_recognisable_gives_nothing(tax):
    assert tax.resolve_title("") == []
    assert tax.resolve_title(None) == []
    assert tax.resolve_title("(m/v) 24 uur - Utrecht") == []


# --------------------------------------------------------------------------- description


def test_description_decides_when_the_title_is_ambiguous(tax):
    title = titles("Chauffeur")[0]
    assert best(tax, title) == "vrachtwagenchauffeur"
    parcels = "Je bezorgt pakketten met een bestelbus bij klanten thuis."
    assert best(tax, title, parcels) == "auto- en bestelwagenkoerier"
    horeca = titles("Medewerker horeca")[0]
    kitchen = "Je bereidt maaltijden in de keuken en zorgt voor de afwas."
    assert best(tax, horeca) == "ober/serveerster"
    assert best(tax, horeca, kitchen) == "medewerker keuken"


def test_description_picks_a_reading_of_the_job_noun_beyond_the_usual_ones(tax):
    # a bare "Operator" reads as a production worker or a CNC operator; an ad about a
    # packaging line is the packaging-machine operator's (before: the CNC operator first)
    line = "Je bedient de verpakkingslijn en controleert de kwaliteit van de verpakte producten."
    assert best(tax, titles("Operator")[0], line) == "procesoperator verpakkings- en vulmachine"
    # a description fitting a reading in a candidate's ISCO group speaks for that candidate:
    # an ad about cars' APK is the car mechanic's, not a car mechanic's assistant's
    apk = "Je voert APK-keuringen en onderhoud uit aan personenauto's in onze garage."
    assert best(tax, titles("Monteur")[0], apk) == "automonteur"


def test_description_bonus_goes_by_fit_above_the_worst_candidate(tax):
    # cosines 0.031 / 0.062 / 0.089 for three readings 0.90 / 0.86 / 0.78: the best-fitting one
    # comes first; a bonus in proportion to the best cosine gave the middle one first
    resolver = tax.title_resolver()
    hits = [
        Hit(1, 0.90, "a", "variant"),
        Hit(2, 0.86, "b", "variant"),
        Hit(3, 0.78, "c", "variant"),
    ]
    ranked = resolver._apply_description(hits, {1: 0.031, 2: 0.062, 3: 0.089})
    assert [h.occ for h in ranked] == [3, 2, 1]
    # a lone candidate the description confirms gets the whole bonus
    (alone,) = resolver._apply_description([Hit(1, 0.78, "a", "variant")], {1: 0.3})
    assert alone.score == pytest.approx(0.98)


def test_description_fitting_a_reading_in_a_candidates_isco_group_speaks_for_it(tax):
    resolver = tax.title_resolver()
    title = titles("Monteur")[0]
    hits = resolver.resolve(title, k=0)
    labels = [tax.occupations[h.occ].preferred_label for h in hits]
    assert labels[0] != "automonteur" and "automonteur" in labels
    position = {o.preferred_label: i for i, o in enumerate(tax.occupations)}
    fits = np.zeros(len(tax.occupations))
    fits[hits[0].occ] = 0.08  # the first reading fits a little
    fits[position["automonteur"]] = 0.03  # the car mechanic hardly ...
    fits[position["assistent-automonteur"]] = 0.4  # ... but his group clearly
    ranked = resolver._described(title, hits, fits)
    assert tax.occupations[ranked[0].occ].preferred_label == "automonteur"
    assert "assistent-automonteur" not in {tax.occupations[h.occ].preferred_label for h in ranked}


def test_of_equal_hits_the_strongest_evidence_is_kept_whatever_their_order():
    # the order hits arrive in follows set order, which changes between processes
    weak, strong = Hit(7, 0.8, "b label", "head", 1.0), Hit(7, 0.8, "a label", "head", 6.5)
    assert _ranked([weak, strong])[0].evidence == _ranked([strong, weak])[0].evidence == 6.5
    first, second = Hit(7, 0.8, "b", "head"), Hit(7, 0.8, "a", "head")
    assert _ranked([first, second])[0].label == _ranked([second, first])[0].label == "a"


def test_description_is_read_alike_one_by_one_and_in_bulk(tax):
    resolver = tax.title_resolver()
    items = [
        (titles("Operator")[0], "Je bedient de verpakkingslijn en de vulmachine."),
        (titles("Monteur")[0], "Je voert APK-keuringen uit aan personenauto's."),
        ("Collega gezocht!", "Je bereidt maaltijden als kok in ons restaurant."),
    ]
    for (title, description), hits in zip(items, resolver.resolve_many(items), strict=True):
        one = resolver.resolve(title, description, k=0)
        assert [(h.occ, round(h.score, 6)) for h in hits] == [
            (h.occ, round(h.score, 6)) for h in one
        ]


def test_description_does_not_override_a_clear_title(tax):
    parcels = "Je bezorgt pakketten met een bestelbus bij klanten thuis."
    assert best(tax, titles("Kassamedewerker supermarkt")[0], parcels) == "kassamedewerker"


def test_description_alone_when_the_title_says_nothing(tax):
    cook = "Je bereidt maaltijden als kok in ons restaurant."
    found = tax.resolve_title("Collega gezocht!", cook)
    assert found and max(score for _, score in found) <= 0.5


# --------------------------------------------------------------------------- API


def test_resolve_title_returns_codes_and_scores_best_first(tax):
    found = tax.resolve_title(titles("Magazijnmedewerker (m/v) Oss")[0], k=2)
    assert 1 <= len(found) <= 2
    codes = [code for code, _ in found]
    assert all(tax.get(code) is not None for code in codes)
    scores = [score for _, score in found]
    assert scores == sorted(scores, reverse=True)
    assert all(0 < s <= 1 for s in scores)


def test_corrections_take_precedence_and_cover_decorated_titles(tax):
    title = titles("Glasvezelmonteur")[0]
    network = next(o for o in tax if o.preferred_label == "ICT-netwerktechnicus")
    before = best(tax, title)
    corrected = tax.with_corrections({title: network.code, "Iets": "bestaat-niet"})
    assert best(corrected, title) == "ICT-netwerktechnicus"
    assert best(corrected, "Glasvezelmonteur (m/v) regio Utrecht") == "ICT-netwerktechnicus"
    assert best(tax, title) == before  # the original taxonomy is unchanged
    assert corrected.resolve_title("Iets") == tax.resolve_title("Iets")


def test_suggest_puts_an_exact_label_before_longer_ones(tax):
    labels = [s.label for s in tax.suggest("magazijnmedewerker", limit=5)]
    assert labels[0] == "magazijnmedewerker"
    cleaning = tax.suggest("schoonmaker", limit=5)
    assert cleaning[0].preferred_label == "schoonmaker gebouwen"
    assert cleaning[0].label == "schoonmaker"


def test_suggest_puts_the_resolved_occupation_first_for_a_whole_title(tax):
    first = tax.suggest("logistiek medewerker", limit=6)
    assert first[0].preferred_label in {"magazijnmedewerker", "pakhuismedewerker"}
    assert "logistiek medewerker" in [s.preferred_label for s in first]  # still offered
    assert tax.suggest(titles("Orderpicker (m/v) Tilburg")[0])[0].preferred_label == "orderpicker"
    assert tax.suggest("magazijnm", limit=3)[0].label == "magazijnmedewerker"


# --------------------------------------------------------------------------- variant list


def test_every_variant_entry_has_a_reason_and_a_real_occupation(esco):
    table = load_variants()
    preferred = {o.preferred_label for o in esco}
    assert len(table.occupations) > 100
    for section in ("occupations", "bare"):
        for key, groups in getattr(table, section).items():
            assert table.reasons[(section, key)], key
            for group in groups:
                for label in group:
                    assert label in preferred, f"{key}: {label} is no ESCO occupation"
    for section, key in table.reasons:
        assert table.reasons[(section, key)].strip()
    assert "storing" in table.activities
    assert {"manager", "hoofd"} <= set(table.related["coordinator"])


def test_related_nouns_and_activities_parse_and_need_a_reason():
    table = parse_variants(
        "[verwant]\ncoördinator = manager | hoofd   # leads a department\n"
        "[activiteiten]\nonderhoud   # any mechanic does it\n"
    )
    assert table.related == {"coordinator": ("manager", "hoofd")}
    assert table.activities == {"onderhoud"}
    with pytest.raises(ValueError, match="zonder reden"):
        parse_variants("[verwant]\ncoördinator = manager\n")
    with pytest.raises(ValueError, match="zonder verwante"):
        parse_variants("[verwant]\ncoördinator =   # no nouns\n")


def test_kinds_of_work_and_goods_parse_and_need_a_reason():
    table = parse_variants(
        "[soorten]\nVerkoopmedewerkster   # sells in a shop\n"
        "[waren]\nwitgoed = huishoudapparaten   # white goods\n"
    )
    assert table.kinds == {"verkoopmedewerker"}  # gender forms fold like every key
    assert table.goods == {"witgoed": "huishoudapparaten"}
    assert "witgoed" not in table.words  # goods are read only beside a kind of work
    with pytest.raises(ValueError, match="zonder vervanging"):
        parse_variants("[waren]\nwitgoed =   # white goods\n")
    with pytest.raises(ValueError, match="zonder reden"):
        parse_variants("[soorten]\nverkoper\n")


def test_a_kind_written_as_another_kinds_word_parses_as_both():
    table = parse_variants(
        "[soorten]\nvertegenwoordiger   # sells to businesses\n"
        "Accountmanager = Vertegenwoordiger   # same\n"
    )
    assert table.kinds == {"vertegenwoordiger", "accountmanager"}
    assert table.kinds_as == {"accountmanager": "vertegenwoordiger"}


def test_times_before_a_generic_doer_come_from_the_list():
    table = parse_variants("[tijden]\nNachtdienst   # shift\n[ruis]\nsalaris   # perk\n")
    assert table.times == {"nachtdienst"}
    assert "salaris" not in table.times  # a noise word may be the job's subject
    shipped = load_variants()
    assert {"weekend", "nachtdienst", "oproep"} <= shipped.times
    assert not shipped.times & {"salaris", "opleiding", "vrijwilliger"}
    with pytest.raises(ValueError, match="zonder reden"):
        parse_variants("[tijden]\nweekend\n")


def test_variant_list_rejects_an_entry_without_a_reason():
    with pytest.raises(ValueError, match="zonder reden"):
        parse_variants("[beroepen]\nlogistiek medewerker = magazijnmedewerker\n")
    assert VARIANTS_FILE.exists()


def test_variant_list_rejects_a_key_that_is_already_there():
    # the second would silently replace the first; gender forms are one key
    with pytest.raises(ValueError, match="staat er al"):
        parse_variants(
            "[beroepen]\nverkoper = verkoopmedewerker   # shop\n"
            "verkoopster = verkoopspecialist   # female form\n"
        )
    same_in_two_sections = "[woorden]\ntd = technische dienst   # TD\n[ruis]\ntd   # not the job\n"
    assert parse_variants(same_in_two_sections).noise == {"td"}


# --------------------------------------------------------------------------- ranking


def test_real_titles_rank_for_the_occupation_they_name(esco, postcodes):
    vacancies = [
        Vacancy("w1", titles("Logistiek Medewerk(st)er – Avonddienst (Fulltime) – Salland")[0]),
        Vacancy("w2", titles("Reachtruck chauffeur | Deventer")[0]),
        Vacancy("o1", "Logistiek analist"),
        Vacancy("o2", "Administratief medewerker"),
    ]
    matcher = Matcher(taxonomy=esco, postcodes=postcodes).fit(vacancies)
    client = ClientProfile("c1", desired_occupations=("magazijnmedewerker",))
    ranked = [m.vacancy_id for m in matcher.rank_vacancies(client, k=4)]
    assert ranked[0] == "w1"
    driver = ClientProfile("c2", desired_occupations=("heftruckchauffeur",))
    assert matcher.rank_vacancies(driver, k=1)[0].vacancy_id == "w2"


def test_a_title_read_less_surely_still_counts_fully_as_its_occupation(tax, postcodes):
    # "Timmerman renovatie" is a timmerman as much as "Timmerman" is: how noisy a title is says
    # which occupation it is, not how much of one; the rest of the ranking decides between them
    plain, noisy = "Timmerman", titles("Timmerman renovatie")[0]
    assert tax.resolve_title(noisy, "", k=1)[0][1] < 0.9
    # "Medewerker sloop" (sloper, or the ontmantelaar that shares its label) outweighs a sure
    # "Demonteur", whose occupation only shares a label with the wish
    vacancies = [
        Vacancy("plain", plain, postcode="9201"),
        Vacancy("noisy", noisy, postcode="9201"),
        Vacancy("weak", titles("Medewerker sloop")[0], postcode="9201"),
        Vacancy("shared", titles("Demonteur")[0], postcode="9201"),
    ]
    matcher = Matcher(taxonomy=tax, postcodes=postcodes).fit(vacancies)

    def occupation_share(wish: str) -> dict[str, float]:
        client = ClientProfile("c", desired_occupations=(wish,), postcode="9201")
        return {m.vacancy_id: m.components["occupation"] for m in matcher.rank_vacancies(client)}

    carpenter = occupation_share("timmerman")
    assert carpenter["noisy"] == pytest.approx(carpenter["plain"]) == pytest.approx(1.0)
    demolition = occupation_share("sloper")
    assert demolition["weak"] > demolition["shared"] + 0.1


def test_a_guess_from_the_description_alone_still_counts_less(tax, postcodes):
    # a title that says nothing: the description's guess is no certain occupation
    cook = "Je bereidt maaltijden als kok in ons restaurant."
    title = titles("Collega gezocht!")[0]
    (guessed, confidence), *_ = tax.resolve_title(title, cook, k=1)
    assert confidence < 0.7
    label = tax.get(guessed).preferred_label
    vacancies = [
        Vacancy("sure", label, postcode="9201"),
        Vacancy("guess", title, description=cook, postcode="9201"),
    ]
    matcher = Matcher(taxonomy=tax, postcodes=postcodes).fit(vacancies)
    client = ClientProfile("c", desired_occupations=(label,), postcode="9201")
    share = {m.vacancy_id: m.components["occupation"] for m in matcher.rank_vacancies(client)}
    assert share["sure"] == pytest.approx(1.0)
    assert 0.0 < share["guess"] < 0.75


# --------------------------------------------------------------------------- second round


def test_how_the_work_is_done_weighs_little_next_to_what_it_is_done_on(tax):
    # "storing", "onderhoud", "service": any mechanic does it; the lifts name the occupation
    assert best(tax, titles("Storingsmonteur liften (ploegendienst)")[0]) == "liftmonteur"
    assert best(tax, titles("Servicemonteur zonnepanelen Zwolle")[0]) == "monteur zonnepanelen"


def test_a_verb_or_plural_names_the_machine_of_its_compound(tax):
    assert best(tax, titles("Operator spuitgieten (2-ploegen)")[0]) == "operator spuitgietmachine"


def test_a_rarer_word_must_agree_with_what_a_generic_noun_run_says(tax):
    # "particulieren" also fits bank advisers, but this adviser sells insurance
    found = top3(tax, titles("Verzekeringsadviseur particulieren Zwolle")[0])
    assert "verzekeringsagent" in found[:2]
    assert "cliëntadviseur bankbedrijf" not in found[:2]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Coördinator Facilitair (32 uur)")[0], "manager gebouwbeheer en installaties"),
        (titles("Teamleider Inkoop | Apeldoorn")[0], {"inkoopcoördinator", "hoofd inkoop"}),
        (titles("Juridisch deskundige omgevingsrecht")[0], "juridisch adviseur"),
    ],
)
def test_related_job_nouns_find_the_role_esco_names_otherwise(tax, title, expected):
    wanted = {expected} if isinstance(expected, str) else expected
    assert best(tax, title) in wanted


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Docent Nederlands vmbo Almere")[0], "leerkracht voortgezet onderwijs"),
        (titles("Leerkracht groep 7 basisschool")[0], "leraar basisonderwijs"),
        (titles("Docent economie hbo")[0], "docent economie hoger onderwijs"),
    ],
)
def test_school_types_name_the_level_taught(tax, title, expected):
    assert best(tax, title) == expected


def test_gym_teacher_is_a_physical_education_teacher(tax):
    assert any("lichamelijke opvoeding" in label for label in top3(tax, titles("Gymleraar")[0]))


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Lunchmedewerker strandtent")[0], "ober/serveerster"),
        (titles("Cafetariamedewerker (weekend)")[0], "medewerker fastfood"),
        (titles("Afwasmedewerker hotel")[0], "medewerker keuken"),
        (titles("Retail medewerker Utrecht")[0], "winkelmedewerker"),
        (titles("Supermarktmedewerker 16 uur")[0], "winkelmedewerker"),
        (titles("Straatmaker (GWW) Zeeland")[0], "vakman grond-, weg- en waterbouw"),
        (titles("Schakelkastenbouwer Hengelo")[0], "panelenbouwer"),
    ],
)
def test_everyday_dutch_titles_esco_lacks(tax, title, expected):
    assert best(tax, title) == expected


def test_an_unsure_title_offers_a_short_list_a_known_title_does_not(tax):
    unsure = tax.title_candidates(titles("Verzekeringsadviseur particulieren Zwolle")[0], k=3)
    assert len(unsure) == 3
    assert [r.confidence for r in unsure] == sorted((r.confidence for r in unsure), reverse=True)
    fillers = [r for r in unsure if r.method == "filler"]
    assert fillers
    assert all(r.confidence <= unsure[0].confidence - 0.05 for r in fillers)
    known = tax.title_candidates(titles("Orderpicker (m/v) Tilburg")[0], k=3)
    assert [r.preferred_label for r in known] == ["orderpicker"]


def test_short_list_fillers_never_change_what_the_matcher_uses(tax):
    title = titles("Verzekeringsadviseur particulieren Zwolle")[0]
    weights = tax.title_weights(title)
    fillers = {r.code for r in tax.title_candidates(title, k=3) if r.method == "filler"}
    assert fillers
    assert not fillers & {tax.occupations[o].code for o in weights}


# --------------------------------------------------------------------------- third round


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Medewerker distributiecentrum Venlo")[0], "magazijnmedewerker"),
        (titles("DC medewerker (avond)")[0], "magazijnmedewerker"),
        (titles("Chauffeur kipper regio Zwolle")[0], "vrachtwagenchauffeur"),
        (titles("Kipperchauffeur CE")[0], "vrachtwagenchauffeur"),
        (titles("Monteur laadpalen Noord-Holland")[0], "monteur elektrische installaties"),
        (titles("Glasvezelmonteur buitendienst")[0], "monteur telecommunicatie"),
        (titles("Storingsmonteur middenspanning")[0], "monteur elektriciteitsnetten"),
        (
            titles("Monteur klimaattechniek 40 uur")[0],
            "technicus koel-, lucht- en verwarmingstechniek",
        ),
        (titles("Operator spuitgieten 3-ploegen")[0], "operator spuitgietmachine"),
        (titles("Medewerker milieustraat gemeente")[0], "recyclingmedewerker"),
        (titles("Medewerker facilitaire dienst ziekenhuis")[0], "conciërge"),
        (
            titles("Medisch secretaresse 28 uur")[0],
            "administratief medewerker medisch secretariaat",
        ),
    ],
)
def test_trade_words_alone_and_inside_compounds(tax, title, expected):
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("MIG/MAG lasser")[0], "lasser"),
        (titles("CNC frezer (m/v)")[0], "frezer"),
        (titles("APK monteur Assen")[0], "automonteur"),
        (titles("Installatiemonteur W")[0], "verwarmingsmonteur"),
        (titles("Hydrauliek monteur")[0], "monteur hydraulische machines"),
        (titles("Opperman | Rotterdam")[0], "opperman bouw"),
        (titles("Verkeersregelaar evenementen")[0], "verkeersbrigadier"),
        (titles("Loonwerker")[0], "landbouwmachinist"),
    ],
)
def test_everyday_trade_titles_esco_names_otherwise(tax, title, expected):
    assert best(tax, title) == expected


def test_a_generic_job_noun_finds_the_occupation_esco_names_with_a_related_noun(tax):
    # ESCO says "technicus computerhardware"; employers write "monteur computerhardware"
    assert best(tax, titles("Monteur computerhardware (m/v)")[0]) == "technicus computerhardware"
    assert best(tax, titles("Monteur brandmeldinstallaties")[0]) == (
        "technicus brandbeveiligingssystemen"
    )
    # a job noun that names occupations on its own keeps its own readings first
    # ("leerkracht Nederlands" is no teacher of Dutch as a second language, ESCO's "docent")
    assert best(tax, titles("Leerkracht Nederlands")[0]) in {
        "leraar basisonderwijs",
        "leerkracht voortgezet onderwijs",
    }


def test_a_generic_job_noun_alone_does_not_make_a_fuzzy_match(tax):
    # "poffertjes" resembles no label: "-medewerker" alone made it a GIS specialist or PR officer
    assert tax.resolve_title(titles("Poffertjesmedewerker")[0]) == []


def test_what_every_job_ad_says_is_no_evidence_for_an_occupation(tax):
    title = titles("Poffertjesmedewerker")[0]
    boilerplate = (
        "Wij bieden een goed salaris, vakantiegeld en prettige collega's. Solliciteer direct!"
    )
    assert tax.title_weights(title, boilerplate) == {}
    content = "Je bakt poffertjes in onze kraam op de markt en verkoopt ze aan bezoekers."
    found = [tax.occupations[o].preferred_label for o in tax.title_weights(title, content)]
    assert found and all("verkoop" in label or "markt" in label for label in found)


# --------------------------------------------------------------------------- fourth round


def test_the_worker_rule_is_for_the_one_who_does_the_work(tax):
    # who inspects or leads the work is no worker of it; another trade's work is no misspelling
    assert best(tax, titles("Inspecteur laswerk")[0]) == "lasinspecteur"
    assert best(tax, titles("Teamleider metselwerk")[0]) == "voorman metselaar"
    assert best(tax, titles("Medewerker kaswerk")[0]) == "tuinbouwmedewerker"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Medewerker metselwerk Apeldoorn")[0], "metselaar"),
        (titles("Medewerker timmerwerk (fulltime)")[0], "timmerman"),
        (titles("Medewerker laswerk 3-ploegen")[0], "lasser"),
        (titles("Vakman sloopwerkzaamheden")[0], "sloper"),
        (titles("Medewerker dakwerk")[0], "dakdekker"),
        (titles("Medewerker stucwerk | Utrecht")[0], "stukadoor"),
        (titles("Medewerker tegelwerk")[0], "tegelzetter"),
        (titles("Plaatwerk medewerker")[0], "metaalplaatwerker"),
        (
            titles("Medewerker groenwerk gemeente")[0],
            "medewerker groenvoorziening/medewerkster groenvoorziening",
        ),
        # the same for "-beheer" and for a verb's "-ing" that ESCO's labels do not use
        (titles("Medewerker debiteurenbeheer 32 uur")[0], "assistent-boekhouder"),
        (titles("Medewerker handhaving (BOA)")[0], "handhaver toezicht en veiligheid"),
        (titles("Medewerker handhaving")[0], "handhaver toezicht en veiligheid"),
    ],
)
def test_a_trades_work_after_a_generic_job_noun_names_its_worker(tax, title, expected):
    # "medewerker metselwerk" does a metselaar's work; "-werk" alone says nothing (it once
    # made these titles a "medewerker drinkwaternetwerk" or "werker opbouwwerk"), and
    # "plaatwerk" or "groenwerk" are no misspelt "plaatser" or "grondwerk"
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Coördinator schoonmaak regio Oost")[0], "hoofd huishoudelijke dienst"),
        (titles("Medewerker parkeerbeheer gemeente")[0], "parkeercontroleur"),
        (titles("Casemanager verzuim (32 uur)")[0], "medewerker personeelszaken"),
        (
            titles("KAM-coördinator installatiebedrijf")[0],
            "manager gezondheid, veiligheid en milieu",
        ),
        (titles("Teler glasgroenten")[0], "bedrijfsleider tuinbouw"),
        (titles("Housekeeper hotel")[0], "medewerker huishoudelijke dienst"),
    ],
)
def test_everyday_titles_that_looked_like_other_words(tax, title, expected):
    # "schoonmaak" is not the "schoon-" of a beauty salon, a "casemanager" no casino's, a
    # "teler" no "teller" (croupier), a "housekeeper" no "data warehouse" designer
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            titles("Docent Autotechniek (0,8 fte)")[0],
            "vakdocent vervoerstechnologie beroepsonderwijs",
        ),
        (titles("Docent Bakkerij ROC")[0], "vakdocent voeding beroepsonderwijs"),
        (
            titles("Docent Elektrotechniek")[0],
            "vakdocent elektriciteit en energie beroepsonderwijs",
        ),
        (titles("Docent kapper")[0], "vakdocent kapper beroepsonderwijs"),
        (
            titles("Docent Retail | Amersfoort")[0],
            "vakdocent verkoop en marketing beroepsonderwijs",
        ),
    ],
)
def test_a_teacher_of_a_trade_teaches_at_a_vocational_school(tax, title, expected):
    # before: a bare "docent" (secondary or primary school), or the trade itself (a kapper)
    assert best(tax, title) == expected


def test_a_school_level_in_the_title_names_the_teachers_school(tax):
    assert best(tax, titles("Docent techniek vmbo")[0]) == "leerkracht voortgezet onderwijs"
    assert best(tax, titles("Docent marketing hbo")[0]) == "docent bedrijfskunde hoger onderwijs"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Jobhunter Werk en Inkomen")[0], "arbeidsbemiddelaar"),
        (
            titles("Consulent inburgering Zwolle")[0],
            "maatschappelijk werker begeleiding allochtonen",
        ),
        (titles("Leerplichtambtenaar (32 uur)")[0], "leerlingbegeleider"),
        (titles("Gemeentesecretaris")[0], "hoofdambtenaar"),
        (titles("Medewerker bijstandsverlening")[0], "uitkeringsconsulent"),
        (titles("Casemanager sociaal domein Meppel")[0], "maatschappelijk werker"),
        (titles("Budgetcoach gemeente")[0], "maatschappelijk werker"),
    ],
)
def test_the_municipalitys_own_social_domain_jobs(tax, title, expected):
    # before: a jobhunter was nothing, a leerplichtambtenaar a clerk, a gemeentesecretaris a
    # secretary, "bijstand" a fire officer and a budgetcoach a budget analyst
    assert best(tax, title) == expected


def test_incoming_goods_are_no_income(tax):
    # "inkomende" and "inkomen" share a stem: no municipal entry may take this warehouse title
    found = best(tax, titles("Medewerker inkomende goederen")[0])
    assert found == "medewerker grondstoffenontvangst"


def test_a_word_esco_uses_is_not_read_as_its_worker(tax):
    # "marketing" is in ESCO's labels, which say what a marketing specialist is; the word is
    # not read as the "marketer" who does it
    assert best(tax, titles("Online marketing specialist")[0]) == "manager digitale marketing"


# --------------------------------------------------------------------------- sixth round


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a contract word is not the job; what is left names the field, read as its worker
        (titles("Oproepkracht horeca Zwolle")[0], "ober/serveerster"),
        (titles("Vakantiekracht productie (juli-augustus)")[0], "productiemedewerker"),
        (titles("Uitzendkracht logistiek Venlo")[0], "magazijnmedewerker"),
        (titles("Invalkracht kinderopvang")[0], "medewerker kinderdagverblijf"),
        (titles("Productie | fulltime")[0], "productiemedewerker"),
        (titles("Receptie (weekend)")[0], "receptionist"),
    ],
)
def test_a_field_without_a_job_noun_is_its_worker(tax, title, expected):
    # before, the field's manager or any label with the word came first ("Horeca" was a
    # hotel receptionist, "Uitzendkracht logistiek" a logistics analyst)
    assert best(tax, title) == expected


def test_a_field_does_not_override_a_job_noun(tax):
    assert best(tax, titles("Oproepkracht chauffeur C")[0]) == "vrachtwagenchauffeur"


@pytest.mark.parametrize(
    ("title", "wrong"),
    [
        # real Dutch words are no typos of an ESCO word
        (titles("Medewerker boekingen")[0], "driller"),  # "boringen"
        (titles("Medewerker kaasafdeling")[0], "verhuurmedewerker"),  # "lasafdeling"
        (titles("Reserveringsmedewerker hotel")[0], "rioolmonteur"),  # "rioleringsmedewerker"
        (titles("Medewerker diepvries")[0], "dierenasielmedewerker"),  # shared letters only
        (titles("Voorraad medewerker")[0], "beleidsmedewerker sociale voorzieningen"),  # "voor"
        (titles("Voorman")[0], "driller"),  # ESCO's "floorman"
    ],
)
def test_a_real_word_is_not_read_as_a_misspelt_label(tax, title, wrong):
    assert wrong not in top3(tax, title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Magazijnmedewerkr")[0], "magazijnmedewerker"),
        (titles("Vrachtwagenchaufeur")[0], "vrachtwagenchauffeur"),
        (titles("Timerman nieuwbouw")[0], "timmerman"),
        (titles("Beveileger (m/v)")[0], "beveiliger"),
        # words run together, one letter wrong
        (titles("Medewerkeradministrayief")[0], "administratief medewerker"),
        # two letters off in a word of ten letters or more that begins as the correction
        (titles("Stratemaker")[0], "vakman grond-, weg- en waterbouw"),
    ],
)
def test_misspellings_are_still_corrected(tax, title, expected):
    assert best(tax, title) == expected


def test_a_look_alike_may_be_a_label_compound_with_the_title_word(tax):
    # the stricter look-alike test kept these (found by review): the title word is the job
    # noun of a label compound, or the label's feminine form hides its job noun (a bare
    # "Opzichter", the first case found, is a bare title of the list now)
    assert "boswachter" in top3(tax, titles("Wachter")[0])
    assert best(tax, titles("Receptie hotel")[0]) == "receptionist"


def test_delivery_alone_is_no_courier(tax):
    assert "auto- en bestelwagenkoerier" not in top3(tax, titles("Service delivery manager")[0])


def test_a_department_compound_names_what_the_department_does(tax):
    # "kaasafdeling" shares nothing with "verhuurafdeling": the cheese counter of a shop
    assert best(tax, titles("Medewerker kaasafdeling")[0]) == "verkoopmedewerker"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # "wij zoeken een de…": the call to action ate the first letters of the job
        (titles("Wij zoeken een dekker")[0], "dakdekker"),
        (titles("We zoeken een journalist (m/v/x)")[0], "journalist"),
        (titles("Wij zoeken een debiteurenbeheerder")[0], "assistent-boekhouder"),
    ],
)
def test_a_call_to_action_keeps_the_whole_job_word(tax, title, expected):
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Kitchen helper")[0], "keukenhulp"),
        (titles("Shipping clerk")[0], "magazijnmedewerker"),
        (titles("Parcel delivery Utrecht")[0], "auto- en bestelwagenkoerier"),
        (titles("Police officer")[0], "politieagent"),
        (titles("Quality officer")[0], "kwaliteitscontroleur"),
        (titles("Hulpkracht keuken")[0], "keukenhulp"),
        (titles("Schoonmaakkracht kantoren")[0], "schoonmaker gebouwen"),
        (titles("Medewerker roomservice")[0], "ober/serveerster"),
        (titles("Medewerker wijnwinkel")[0], "verkoopspecialist dranken"),
        (titles("Medewerker groente en fruit")[0], "verkoopspecialist groenten en fruit"),
        (titles("Secretaresse polikliniek")[0], "administratief medewerker medisch secretariaat"),
        (titles("Polikliniekassistent")[0], "doktersassistent"),
        (titles("Medewerker polikliniek")[0], "doktersassistent"),
        # ESCO's worker of homeless shelters since the thirteenth round (the social worker second)
        (titles("Begeleider maatschappelijke opvang")[0], "thuislozenwerker"),
    ],
)
def test_more_english_shop_and_care_words(tax, title, expected):
    assert best(tax, title) == expected


def test_a_field_read_as_its_worker_is_no_known_title(tax):
    # the reading is an inference: a short list for a person, and the occupation field's
    # suggestions for a typed "magazijn" still start with "magazijn"
    found = tax.title_candidates(titles("Horeca (oproep)")[0], k=3)
    assert found[0].occupation.preferred_label == "ober/serveerster"
    assert found[0].method == "field" and not found[0].known
    assert tax.title_candidates(titles("Magazijnmedewerker (m/v)")[0], k=1)[0].known
    assert all(s.label.startswith("magazijn") for s in tax.suggest("magazijn")[:5])


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # "P&O", "W&I": capitals were dropped as a company name, "&" read as "en"
        # (the HR adviser: ESCO's "personeelsadviseur"; read as two segments before the ninth
        # round, it was the HR assistant)
        (titles("P&O adviseur")[0], "personeelsfunctionaris"),
        (titles("Klantmanager W&I")[0], "uitkeringsconsulent"),
        (titles("Medewerker W&I gemeente")[0], "medewerker sociale zekerheid"),
        (titles("F&B medewerker")[0], "ober/serveerster"),
        (titles("F&B Manager")[0], "restaurantmanager"),
        (titles("L&D adviseur")[0], "opleidingsfunctionaris"),
        (titles("Adviseur P&C")[0], "controller"),
        (titles("E&I engineer")[0], "instrumentatie-ingenieur"),
    ],
)
def test_letter_abbreviations_with_an_ampersand(tax, title, expected):
    assert best(tax, title) == expected


def test_an_unknown_ampersand_abbreviation_is_still_left_out(tax):
    # "V&V" (the care sector) says nothing about the job: read as if it were not there
    with_it, without = titles("Verzorgende V&V", "Verzorgende")
    assert top3(tax, with_it) == top3(tax, without)


def test_the_word_department_is_not_the_job(tax):
    # "afdeling" matched ESCO's "medewerker preanalytische afdeling" (a laboratory worker)
    bread, meat = titles("Medewerker afdeling brood", "Medewerker afdeling vleeswaren")
    assert best(tax, bread) == "verkoopspecialist brood en banket"
    assert "biomedisch laboratoriummedewerker" not in top3(tax, meat)
    assert best(tax, titles("Hoofd afd. inkoop")[0]) == "hoofd inkoop"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the seller in a shop sells its goods: ESCO's "verkoopspecialist" of them
        (titles("Medewerker schoenenzaak")[0], "verkoopspecialist schoenen en lederwaren"),
        (titles("Verkoper meubelwinkel")[0], "verkoopspecialist meubelen"),
        (titles("Medewerker speelgoedwinkel")[0], "verkoopspecialist speelgoed"),
        (
            titles("Medewerker boekwinkel (zaterdag)")[0],
            "verkoopspecialist boeken, tijdschriften en kantoorartikelen",
        ),
    ],
)
def test_a_shop_seller_sells_what_the_shop_sells(tax, title, expected):
    assert best(tax, title) == expected


def test_a_shop_named_after_its_keeper_or_run_by_a_manager_stays_a_shop(tax):
    # guards on the rule above: "bakkerswinkel" sells no bakers; the manager of a clothes
    # shop does not make clothes (since the twentieth round ESCO's manager of a clothes shop,
    # before its plain shop manager)
    assert best(tax, titles("Medewerker bakkerswinkel")[0]) != "bakker"
    assert best(tax, titles("Bedrijfsleider kledingwinkel")[0]) == "manager kledingwinkel"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # ESCO has "machinebediende" only as a label of the centrifuge operator
        (titles("Machinebediende")[0], "productiemedewerker"),
        (titles("Machinebediende verpakking")[0], "procesoperator verpakkings- en vulmachine"),
        (titles("Machinebediener extrusie (3-ploegen)")[0], "operator extrusiemachine"),
    ],
)
def test_a_machinebediende_is_a_machine_operator(tax, title, expected):
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the helper of a trade, written as one word with a linking "s"
        (titles("Slagersmedewerker")[0], "slager"),
        (titles("Timmermanshulp")[0], "timmerman"),
        (titles("Tuinmansmedewerker")[0], "hovenier"),
    ],
)
def test_a_trades_helper_written_as_one_word(tax, title, expected):
    assert best(tax, title) == expected


def test_a_colleague_for_our_workplace_is_its_worker(tax):
    # only adjectives before "voor onze …": the workplace says what the job is
    assert best(tax, titles("Enthousiaste collega gezocht voor onze bakkerij!")[0]) == (
        "bakkerijmedewerker"
    )
    assert best(tax, titles("Gezocht: collega voor ons magazijn")[0]) == "magazijnmedewerker"
    # a job noun before it stays the job
    assert best(tax, titles("Enthousiaste kok gezocht voor onze keuken")[0]) == "kok"


def test_hours_per_day_are_not_the_job(tax):
    # "dag" of "4 uur per dag" was read as ESCO's "daghandelaar effecten"
    assert top3(tax, titles("Schoonmaker (4 uur per dag)")[0]) == ["schoonmaker gebouwen"]


@pytest.mark.parametrize(
    ("title", "look_alike"),
    [
        # the same job noun after another word is no misspelling of a label
        (titles("Zaalbeheerder")[0], "bankdirecteur"),
        (titles("Dorpsbeheerder")[0], "applicatiebeheerder PACS"),
        (titles("Buurtbeheerder")[0], "trustbeheerder"),
    ],
)
def test_a_compound_is_no_look_alike_of_another_with_the_same_job_noun(tax, title, look_alike):
    assert look_alike not in top3(tax, title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the arrangement is how the person is placed, not the work (Participatiewet,
        # banenafspraak, learners, volunteers): the work is what follows
        (titles("Werkervaringsplaats magazijn")[0], "magazijnmedewerker"),
        (
            titles("Participatiebaan groenonderhoud")[0],
            "medewerker groenvoorziening/medewerkster groenvoorziening",
        ),
        (titles("Garantiebaan administratie (20 uur)")[0], "administratief medewerker"),
        (titles("Beschut werk inpakken")[0], "inpakker met de hand"),
        (titles("Proefplaatsing schoonmaak")[0], "schoonmaker gebouwen"),
        (titles("Werkstage horeca")[0], "ober/serveerster"),
        (titles("Leer-werktraject productie")[0], "productiemedewerker"),
        (titles("Vrijwilligerswerk zorg")[0], "zorghulp"),
    ],
)
def test_a_placement_arrangement_is_not_the_job(tax, title, expected):
    assert best(tax, title) == expected


def test_a_placement_arrangement_does_not_make_the_title_less_sure(tax):
    # read as the work alone: as sure as "Magazijn", no short list of guesses
    placed, plain = titles("Werkervaringsplaats magazijn", "Magazijn (m/v)")
    assert tax.title_candidates(placed, k=3) == tax.title_candidates(plain, k=3)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # what a municipality means, where ESCO puts the word elsewhere or nowhere
        (titles("Toezichthouder")[0], "handhaver toezicht en veiligheid"),
        # the Wmo's supervisor checks the quality of the care and support the municipality
        # buys: ESCO's inspector of care (thirty-fourth round; before, the enforcer)
        (titles("Toezichthouder Wmo")[0], "inspecteur gezondheidszorg"),
        (titles("Buurtbemiddelaar")[0], "bemiddelaar"),
        (titles("Straatcoach")[0], "jeugdwelzijnswerker"),
        (titles("Wijkbeheerder")[0], "conciërge"),
    ],
)
def test_more_municipal_titles(tax, title, expected):
    assert best(tax, title) == expected


def test_the_wmo_s_supervisor_keeps_the_municipal_enforcer_second(tax):
    assert top3(tax, "Toezichthouder Wmo")[1] == "handhaver toezicht en veiligheid"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # workplaces of many placements, which ESCO names otherwise or not at all
        (
            titles("Medewerker kringloop (werkervaringsplaats)")[0],
            "verkoopspecialist tweedehandsartikelen",
        ),
        (titles("Medewerker fietsenstalling")[0], "parkeercontroleur"),
        (titles("Medewerker sporthal")[0], "conciërge"),
        (titles("Medewerker klussendienst")[0], "klusjesman"),
        (titles("Medewerker e-commerce fulfilment")[0], "magazijnmedewerker"),
    ],
)
def test_workplaces_of_placements(tax, title, expected):
    assert best(tax, title) == expected


def test_a_technical_employee_maintains_equipment(tax):
    # ESCO's only "technisch medewerker" labels are a library's and a dental one
    assert best(tax, titles("Technisch medewerker MBO 3/4")[0]) == "monteur industriële machines"
    assert best(tax, titles("Technisch medewerker laboratorium")[0]) == (
        "technicus wetenschappelijk laboratorium"
    )


def test_a_second_job_in_the_title_is_among_the_first_three(tax):
    # the first job has three readings of its own; the second job was fourth
    found = top3(tax, titles("Magazijnmedewerker/heftruckchauffeur (40 uur)")[0])
    assert found[0] == "magazijnmedewerker" and "heftruckchauffeur" in found


def test_now_is_no_part_of_the_job(tax):
    assert top3(tax, titles("NU! Orderpicker 15,50 p/u")[0]) == ["orderpicker"]


# --------------------------------------------------------------------------- eighth round


@pytest.mark.parametrize(
    "title",
    titles(
        "Medewerker burgerzaken - Gemeente Oss",
        "Gemeente Amersfoort zoekt een medewerker burgerzaken",
        "Medewerker Burgerzaken | Provincie Utrecht",
    ),
)
def test_the_hiring_municipality_is_no_part_of_the_job(tax, title):
    # "Gemeente Oss" was read as a job ("gemeent": gemeenteraadslid, library worker)
    assert top3(tax, title) == ["functionaris burgerzaken"]


def test_a_label_with_both_gender_forms_is_an_exact_title(tax):
    # ESCO's preferred label "medewerker groenvoorziening/medewerkster groenvoorziening" was
    # no exact match for its own first half, so an unrelated filler came second
    assert top3(tax, titles("Medewerker groenvoorziening 32 uur")[0]) == [
        "medewerker groenvoorziening/medewerkster groenvoorziening"
    ]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Magazijnmedewerker (ref. 40711)")[0], ["magazijnmedewerker", "pakhuismedewerker"]),
        (titles("Heftruckchauffeur – direct starten!")[0], ["heftruckchauffeur"]),
        (titles("Beleidsadviseur (hbo werk- en denkniveau)")[0], ["beleidsmedewerker"]),
    ],
)
def test_reference_numbers_levels_and_calls_are_no_part_of_the_job(tax, title, expected):
    # before: a referee ("ref"), an art director ("direct") or a student adviser in higher
    # education ("hbo werk- en denkniveau") beside the job
    assert top3(tax, title)[: len(expected)] == expected
    assert not {"scheidsrechter", "art director", "beleidsmedewerker onderwijs"} & set(
        top3(tax, title)
    )


def test_the_level_asked_is_no_part_of_the_job(tax):
    # "niveau 3" was a word of the title: an exact title became a guess (0.87) with an
    # unrelated third reading
    found = tax.resolve_title(titles("Administratief medewerker niveau 3")[0], k=3)
    assert tax.get(found[0][0]).preferred_label == "administratief medewerker"
    assert found[0][1] >= 0.95


def test_a_school_type_with_a_level_still_names_where_a_teacher_teaches(tax):
    # guard: only the level goes; "docent MBO 4" teaches at a vocational school
    assert best(tax, titles("Docent MBO 4")[0]) == "vakdocent beroepsonderwijs"
    assert best(tax, titles("Docent techniek mbo")[0]) == "vakdocent beroepsonderwijs"


def test_a_call_to_work_in_a_field_keeps_the_fields_whole_name(tax):
    # guard: "werken in de…" is a call; "werken in detailhandel" is no "tailhandel"
    assert best(tax, titles("Werken in detailhandel")[0]) == "detailhandelaar"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Servicemonteur CV regio Zwolle")[0], "verwarmingsmonteur"),
        (titles("Installateur warmtepompen")[0], "technicus koel-, lucht- en verwarmingstechniek"),
        (
            titles("Installateur airconditioning")[0],
            "technicus verwarmings- en airconditioningsinstallaties",
        ),
        (titles("Leraar Duits 2e graads")[0], "leerkracht moderne talen voortgezet onderwijs"),
    ],
)
def test_what_the_trade_works_on_names_the_occupation(tax, title, expected):
    # before: the job noun's first reading (machine mechanic, electrician, primary teacher):
    # a two-letter abbreviation ("CV") was not read as what is left over, and a label with a
    # noun for the same role ("warmtepompmonteur" for an installateur) was no evidence
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Vormgever print en online")[0], {"grafisch ontwerper", "desktoppublisher"}),
        (titles("Grafisch medewerker")[0], {"grafisch ontwerper", "desktoppublisher"}),
        (titles("Nagelstyliste salon")[0], {"manicure"}),
        (titles("Groepsleider peuteropvang 3 ochtenden")[0], {"medewerker kinderdagverblijf"}),
        (titles("Seizoenmedewerker bollenpellerij")[0], {"tuinbouwmedewerker"}),
        (titles("QHSE coördinator")[0], {"manager gezondheid, veiligheid en milieu"}),
        (titles("Chauffeur rolstoelbus")[0], {"taxichauffeur"}),
        (titles("Bike rider")[0], {"fietskoerier", "motorkoerier"}),
        (titles("Adviseur werk en inkomen")[0], {"uitkeringsconsulent"}),
    ],
)
def test_eighth_round_vocabulary(tax, title, expected):
    # before: a glass artist, a hydrographic technician, a pedicure, a fitness instructor,
    # nothing, nothing, a truck driver, nothing, a social-fraud investigator
    assert best(tax, title) in expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Parttime baan in de thuiszorg (16 uur)")[0], "thuiszorgmedewerker"),
        (titles("Aan de slag in de schoonmaak?")[0], "schoonmaker gebouwen"),
        (titles("Werken op het distributiecentrum")[0], "magazijnmedewerker"),
        (titles("Productiewerk zonder ervaring, hoog loon")[0], "productiemedewerker"),
        (titles("Horecawerk in het weekend")[0], "ober/serveerster"),
    ],
)
def test_work_in_a_field_is_the_fields_worker(tax, title, expected):
    # before: a general practitioner and a cable-car operator ("baan"), a butcher ("slag"), a
    # distribution manager, a production manager, a barista and an estate agent
    assert best(tax, title) == expected


def test_a_call_to_work_at_an_employer_keeps_what_it_said(tax):
    # guard: "werken bij" is followed by an employer, not by the work; the call rule is only
    # for "in"/"op"
    assert best(tax, titles("Magazijnmedewerker - werken bij een groothandel")[0]) == (
        "magazijnmedewerker"
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Mecanicien vrachtwagens")[0], "automonteur"),
        (titles("Lijnleider (2-ploegen)")[0], "productieleider"),
    ],
)
def test_eighth_round_trade_nouns(tax, title, expected):
    # before: a car washer (no related noun for "mecanicien") and an assembly-line operator
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Shelf stacker (evening)")[0], "schappenvuller"),
        (titles("Landscaper (m/f)")[0], "hovenier"),
        (titles("Bicycle mechanic Amsterdam")[0], "fietsenmaker"),
        (titles("Care assistant nursing home")[0], "zorghulp"),
        (titles("Nursing assistant night shift")[0], "verpleeghulp"),
        (titles("Janitor school")[0], "conciërge"),
        (titles("Barback weekends")[0], "barman/barvrouw"),
        (titles("Medewerker champignonteelt (seizoen)")[0], "tuinbouwmedewerker"),
    ],
)
def test_english_titles_of_entry_level_work(tax, title, expected):
    # before: nothing, nothing, a machine mechanic, a medical specialist, nothing, a nursery
    # school's head, nothing, a livestock worker ("-teelt")
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Zorgcoördinator verpleeghuis")[0], "leidinggevend verpleegkundige"),
        (titles("Regiebehandelaar GGZ (32 uur)")[0], "gezondheidszorgpsycholoog"),
        (titles("Ouderenadviseur welzijn")[0], "ouderenwerker"),
    ],
)
def test_care_and_welfare_titles_esco_files_elsewhere(tax, title, expected):
    # before: a school's remedial teacher, a film director's assistant, a medical specialist
    assert best(tax, title) == expected


def test_a_job_noun_is_no_kind_of_a_word_it_merely_ends_with(tax):
    # "begeleider" ends with "leider" but is no leader: "begeleider wonen" had a furniture
    # shop's manager ("bedrijfsleider woonwinkel") among its first three
    found = top3(tax, titles("Begeleider wonen (24-32 uur)")[0])
    assert found[0] == "woonbegeleider" and "bedrijfsleider woonwinkel" not in found
    # guard: a generic doer is still what it ends with ("medewerker daklozen")
    assert best(tax, titles("Medewerker maatschappelijke opvang")[0]) == "thuislozenwerker"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Medewerker vleeswaren (24 uur)")[0], "verkoopspecialist vlees en vleeswaren"),
        (titles("Medewerker export (fulltime)")[0], "specialist import-export"),
    ],
)
def test_a_worker_title_prefers_a_workers_label_to_a_managers(tax, title, expected):
    # labels that share only the field: a manager's came first ("verkoopmanager vlees en
    # vleeswaren", "import-exportmanager bloemen en planten")
    assert best(tax, title) == expected
    assert best(tax, title.replace("Medewerker", "Manager")) != expected  # guard


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            titles("Medewerker Gemeentewerken (buitendienst)")[0],
            ("medewerker groenvoorziening/medewerkster groenvoorziening"),
        ),
        (titles("Medewerker leerplicht en RMC")[0], "leerlingbegeleider"),
        (titles("Bode / gastvrouw stadhuis")[0], "conciërge"),
        (titles("Bestuursondersteuner directie")[0], "administratief medewerker openbaar bestuur"),
        (titles("Werkmakelaar Werk en Inkomen")[0], "arbeidsbemiddelaar"),
        (titles("Medewerker afvalbrengstation")[0], "recyclingmedewerker"),
    ],
)
def test_the_municipalitys_own_titles(tax, title, expected):
    # before: a library worker ("gemeentelijke bibliotheek"), a leather finisher, a host,
    # a university department's chair, an estate agent, a waste-policy officer
    assert best(tax, title) == expected


def test_the_outdoor_service_is_field_sales_only_in_sales(tax):
    # "buitendienst" is field sales in a company, outdoor work in a municipality and field
    # service for a technician; all three were the commercial field rep
    assert best(tax, titles("Medewerker buitendienst (m/v)")[0]) == "commercieel vertegenwoordiger"
    assert best(tax, titles("Medewerker buitendienst gemeente, 36 uur")[0]) == (
        "medewerker groenvoorziening/medewerkster groenvoorziening"
    )
    assert best(tax, titles("Technisch medewerker buitendienst")[0]) == (
        "monteur industriële machines"
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Winkelsurveillant (BOA)")[0], {"winkeldetective"}),
        (titles("Occasionverkoper")[0], {"verkoopspecialist motorvoertuigen"}),
        (
            titles("Expeditiemedewerker 2-ploegen")[0],
            {"expeditiemedewerker", "magazijnmedewerker", "pakhuismedewerker"},
        ),
    ],
)
def test_look_set_faults_of_a_general_kind(tax, title, expected):
    # seen among the made-up look titles: a shop guard was a company guard, a used-car seller
    # a general salesperson, and ESCO's own "expeditiemedewerker" was not among the first three
    found = top3(tax, title)
    assert found[0] in expected and expected <= set(found)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Medewerker Jumbo (16 uur)")[0], "winkelmedewerker"),
        (titles("Medewerker Action Emmen")[0], "winkelmedewerker"),
        (titles("Medewerker Kruidvat")[0], "verkoopspecialist zorgartikelen en -hulpmiddelen"),
        (titles("Medewerker Gamma bouwmarkt")[0], "verkoopspecialist bouwmaterialen"),
        (titles("Medewerker McDonalds Zwolle")[0], "medewerker fastfood"),
        (titles("Bedrijfsleider Albert Heijn")[0], "supermarktmanager"),
        (titles("Medewerker warenhuis")[0], "winkelmedewerker"),
    ],
)
def test_a_chain_named_instead_of_the_workplace(tax, title, expected):
    # before: nothing, a herbal therapist ("Kruidvat"), a labour-market policy officer
    # ("Gamma bouwmarkt"), a shop manager, a care-home worker ("warenhuis")
    assert best(tax, title) == expected


# --------------------------------------------------------------------------- ninth round


@pytest.mark.parametrize(
    "title",
    titles(
        "Medewerker bediening Capelle a/d IJssel",
        "Medewerker bediening Alphen a.d. Rijn",
        "Medewerker bediening Utrecht Overvecht",
        "Medewerker bediening Almere Buiten",
        "Medewerker bediening Groningen-Stad",
        "Medewerker bediening Eindhoven Airport",
        "Medewerker bediening Den Bosch",
        "Medewerker bediening Hengelo Ov",
        "Medewerker bediening Rotterdam Botlek",
        "Medewerker bediening (16 uur) Almere-Haven",
    ),
)
def test_a_town_written_as_people_write_it_is_no_part_of_the_job(tax, title):
    # "a/d" split the town at its slash; a district after the town ("Overvecht", "Buiten"),
    # the province ("Ov") and the everyday name "Den Bosch" stayed in the job phrase
    assert top3(tax, title) == top3(tax, "Medewerker bediening") == ["ober/serveerster"]


def test_a_district_after_the_town_adds_no_reading(tax):
    title = titles("Operationeel manager Almere Buiten")[0]
    assert top3(tax, title) == top3(tax, "Operationeel manager")


def test_a_job_word_after_the_town_is_kept(tax):
    # only a word the labels do not know (a name) goes with the town
    assert best(tax, titles("Zwolle reachtruckchauffeur")[0]) == "heftruckchauffeur"


@pytest.mark.parametrize(
    "title",
    titles(
        "Teamleider onderwijs in de regio Den Bosch",
        "Teamleider onderwijs met doorgroeimogelijkheden",
    ),
)
def test_perks_and_multi_word_regions_leave_the_job_as_it_is(tax, title):
    assert top3(tax, title) == top3(tax, "Teamleider onderwijs")


@pytest.mark.parametrize(
    "title",
    titles("Chauffeur voor de bouw", "CHAUFFEUR VOOR DE BOUW", "Chauffeur in de zorg Zwolle"),
)
def test_the_article_de_asks_no_licence_de(tax, title):
    # "de" was read as driving licence D+E: a bus driver
    assert "buschauffeur" not in top3(tax, title)


@pytest.mark.parametrize("title", titles("Chauffeur DE", "CHAUFFEUR DE", "Chauffeur D+E"))
def test_licence_de_written_as_a_licence_still_counts(tax, title):
    assert best(tax, title) == "buschauffeur"


@pytest.mark.parametrize(
    "title", titles("Verkoopadviseur auto's | Venlo", "Verkoopadviseur auto's (32 uur) - Zwolle")
)
def test_a_plural_with_an_apostrophe_keeps_its_meaning_beside_a_place(tax, title):
    # "auto's" is "motorvoertuigen" in the word list; beside a place the "s" was dropped and
    # the title became a general salesperson
    assert top3(tax, title) == ["verkoopspecialist motorvoertuigen"]


def test_an_ordinal_stays_part_of_a_spelling_match(tax):
    # "tweede officer" is ESCO's "tweede officier" misspelt ("tweede" is no seniority word there)
    assert best(tax, titles("Tweede officer")[0]) == "tweede copiloot"


def test_seniority_is_no_part_of_a_spelling_match(tax):
    # "junior pedagoog" was nearest in spelling to ESCO's "junior koper" (a buyer)
    found = top3(tax, titles("Junior pedagoog")[0])
    assert found[:2] == top3(tax, "Pedagoog")[:2]
    assert "ondersteunende aanbestedingsfunctionaris" not in found[:2]


def test_a_preposition_at_the_start_of_a_word_is_no_shared_meaning(tax):
    # "onder" of "onderwijs" matched "onderhoudselektriciens": an electricians' team leader
    assert "teamleider elektriciens" not in top3(tax, titles("Teamleider onderwijs")[0])


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Secretaresse wethouder")[0], "administratief medewerker secretariaat"),
        (titles("Zaterdaghulp bakker")[0], "winkelmedewerker"),
    ],
)
def test_a_job_noun_after_another_names_whom_the_first_works_for(tax, title, expected):
    # the second job noun ("wethouder", "bakker") came first: the longer word won
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Stock associate Primark")[0], "schappenvuller"),
        (titles("Sales floor associate (20 uur)")[0], "verkoopmedewerker"),
        (titles("Warehouse lead nachtdienst")[0], "magazijnchef"),
        (titles("Inbound coordinator | Tilburg")[0], "magazijnchef"),
        (titles("Diesel mechanic trucks")[0], "automonteur"),
        (titles("Mechanical technician productie")[0], "monteur industriële machines"),
        (titles("Finance assistant 24 uur")[0], "assistent-boekhouder"),
        (titles("Medewerker webshop Venlo")[0], "orderpicker"),
        (titles("Groepshulp kinderdagverblijf")[0], "medewerker kinderdagverblijf"),
        (
            titles("Administratief medewerker school (24 uur)")[0],
            "administratief medewerker onderwijsinstelling",
        ),
        (titles("Support worker gehandicaptenzorg")[0], "begeleider personen met een beperking"),
    ],
)
def test_ninth_round_vocabulary(tax, title, expected):
    # before: shares traders ("stock"), data warehouses, inbound marketing, an engine
    # inspector, a back office in financial markets, a petrol-station shop, IT support
    assert expected in top3(tax, title)


@pytest.mark.parametrize(
    ("title", "plain"),
    [
        (titles("Teamleider onderwijs via Tempo-Team")[0], "Teamleider onderwijs"),
        (titles("Klantmanager W&I | Start People")[0], "Klantmanager W&I"),
        (titles("Medewerker bediening - Uitzendbureau Olympia")[0], "Medewerker bediening"),
        (titles("Office assistant tot €18,50 per uur")[0], "Office assistant"),
        (
            titles("Begeleider maatschappelijke opvang MBO 4")[0],
            "Begeleider maatschappelijke opvang",
        ),
        (titles("Farmaceutisch consulent mbo-niveau 4")[0], "Farmaceutisch consulent"),
    ],
)
def test_agency_pay_and_school_level_leave_the_job_as_it_is(tax, title, plain):
    # before: an agency's name read as words ("Tempo-Team", "Start People"), "tot" of the pay
    # was a medical specialist ("arts in opleiding tot specialist"), "MBO 4" made a social
    # worker a university study adviser and a pharmacy assistant a consul
    assert top3(tax, title)[0] == top3(tax, plain)[0]


def test_a_teacher_at_a_school_level_still_teaches_there(tax):
    assert best(tax, titles("Docent zorg en welzijn MBO 4")[0]).endswith("beroepsonderwijs")
    assert "vakdocent beroepsonderwijs" in top3(tax, titles("Lerares Engels MBO 4")[0])


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Almere heftruckchauffer")[0], "heftruckchauffeur"),
        (titles("Zwolle orderpikker")[0], "orderpicker"),
        (titles("Via Randstad heftruckchauffeur")[0], "heftruckchauffeur"),
        (titles("HEFTRUCKCHAUFFER ALPHEN A/D RIJN")[0], "heftruckchauffeur"),
        (titles("CHAUFFEUR DE ZWOLLE")[0], "buschauffeur"),
        (titles("Begeleider chauffeur zorgvervoer")[0], "taxichauffeur"),
        (titles("Medewerker gemeente - Zwolle")[0], "administratief medewerker openbaar bestuur"),
    ],
)
def test_the_ninth_rounds_rules_keep_to_their_boundaries(tax, title, expected):
    # found by the round's review: a place-first title's misspelt job went with the town, "via"
    # first took the job with it, writing "a/d" out made an all-capitals title mixed case, "DE"
    # before a town was the article, any job noun after another was taken for an employer, and
    # a phrase of the variant list lost its "gemeente" when the title had a second segment
    assert best(tax, title) == expected


def test_an_agencys_own_employee_is_still_a_job(tax):
    # the review: "uitzendbureau" as noise left "Medewerker uitzendbureau" with nothing
    title = titles("Medewerker uitzendbureau (32 uur) - Zwolle")[0]
    assert best(tax, title) == "arbeidsbemiddelaar"


def test_a_region_keeps_what_follows_it(tax):
    assert "monteur zonnepanelen" in top3(tax, titles("Monteur regio Utrecht op zonnepanelen")[0])
    title = titles("Medewerker bediening regio De Bilt")[0]
    assert top3(tax, title) == top3(tax, "Medewerker bediening")


def test_the_job_a_title_names_first_clearly_comes_first(tax):
    # "afwerker" after the slash is an exact ESCO label (of a paper-goods machine operator)
    # and came before the painter the title names first
    found = top3(tax, titles("Schilder / afwerker | Regio Eindhoven")[0])
    assert found[0] == "schilder bouw"
    assert "machineoperator papierwaren" in found  # the second job is still shown


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Verpleegster (32 uur)")[0], "algemeen verpleegkundige"),
        (titles("Verzorgster verpleeghuis | Almelo")[0], "zorghulp"),
        (titles("Leidster kinderdagverblijf")[0], "medewerker kinderdagverblijf"),
        (titles("Groepsleidster woongroep")[0], "woonbegeleider"),
    ],
)
def test_care_and_childcare_titles_in_their_female_form(tax, title, expected):
    # before: a head nurse or an animal nurse, a care-home manager, a nursery teacher
    assert expected in top3(tax, title)[:2]


def test_a_production_group_leader_leads_no_fitness_class(tax):
    # "groepsfitnessbegeleider" merely ends like "leider"
    assert best(tax, titles("Groepsleider productie")[0]) == "productieleider"


def test_a_bare_carer_noun_leaves_a_cleaner_alone(tax):
    assert top3(tax, titles("Interieurverzorger avonduren")[0]) == [
        "interieurverzorger",
        "schoonmaker gebouwen",
    ]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Beveiligingsmedewerker (m/v)")[0], "beveiliger"),
        (titles("Voedingsassistent ziekenhuis")[0], "medewerker maaltijden"),
        (titles("Lijnwerker vleesindustrie")[0], "productiemedewerker"),
        (titles("Operator verpakkingslijn")[0], "procesoperator verpakkings- en vulmachine"),
        (titles("Mantelzorgmakelaar")[0], "sociaal werker"),
        (titles("Dieptereiniger nachtdienst")[0], "schoonmaker gebouwen"),
        (titles("Medewerker documentverwerking")[0], "datatypist"),
        (titles("Medewerker cameratoezicht")[0], "meldkamercentralist"),
        (titles("Medewerker stadsbeheer gemeente")[0], "straatveger"),
        (titles("Chauffeur reinigingsdienst")[0], "chauffeur vuilniswagen"),
        (titles("Opzichter woningcorporatie")[0], "bouwopzichter"),
        (titles("Onderhoudsmedewerker vastgoed")[0], "klusjesman"),
        (titles("Buitendienstmedewerker gemeente")[0], "straatveger"),
        (titles("Medewerker autowasstraat")[0], "autopoetser"),
        (titles("Invalleerkracht primair onderwijs")[0], "leraar basisonderwijs"),
    ],
)
def test_ninth_round_municipal_care_and_production_vocabulary(tax, title, expected):
    # before: a shop's guard, animal feed, a food-safety specialist, an estate agent, a facade
    # cleaner, waste processing, a weights-and-measures inspector, an operating-theatre
    # planner, a forest ranger, office work in real estate, field sales, a car-lease office,
    # a Montessori teacher
    assert expected in top3(tax, title)[:2]


def test_the_prospect_of_a_permanent_contract_is_no_estate_agent(tax):
    assert "vastgoedmakelaar" not in top3(tax, titles("Helpende Plus (uitzicht op vast)")[0])


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Gewasverzorger komkommers")[0], "tuinbouwmedewerker"),
        (titles("Teeltmanager glastuinbouw")[0], "bedrijfsleider tuinbouw"),
        (titles("Bollenpeller (seizoen)")[0], "tuinbouwmedewerker"),
        (titles("Medewerker fruitteelt Betuwe")[0], "tuinbouwmedewerker"),
        (titles("Productiemedewerker kaas 2-ploegen")[0], "zuivelbereider"),
        (titles("Medewerker vleeswarenindustrie")[0], "operator vleesbereiding"),
        (titles("Medewerker visafdeling")[0], "vishandelaar"),
        (titles("Chauffeur zittend ziekenvervoer")[0], "taxichauffeur"),
        (titles("Chauffeur WMO-vervoer Zwolle")[0], "taxichauffeur"),
        (titles("Ambulant begeleider jeugd en gezin")[0], "jeugdhulpverlener"),
        (titles("Medewerker servicebalie bouwmarkt")[0], "winkelmedewerker"),
        (titles("Desktop support technician")[0], "medewerker helpdesk"),
        (titles("Constructielasser (40 uur)")[0], "lasser"),
        (titles("Baliemedewerker gemeente")[0], "functionaris burgerzaken"),
    ],
)
def test_ninth_round_greenhouse_food_transport_and_counter_vocabulary(tax, title, expected):
    # before: a laundry worker ("ge|was"), a building-quality manager, nothing, a juice
    # presser, a cheese seller, a food-safety specialist, the truck's driver, a fish factory,
    # a truck driver, a youth worker's home support, a car-window fitter ("servicebalie"),
    # a desktop publisher, a welding inspector (ESCO files "constructielasser" there), a
    # receptionist
    assert expected in top3(tax, title)[:2]


def test_a_refuse_loader_is_no_driver(tax):
    assert best(tax, titles("Beladder vuilniswagen (m/v)")[0]) == "vuilnisophaler"


@pytest.mark.parametrize(
    ("title", "plain"),
    [
        (titles("Constructiebankwerker | CAO Metalektro")[0], "Constructiebankwerker"),
        (titles("Kok - CAO Horeca")[0], "Kok"),
        (titles("Schilder binnen en buiten - direct in dienst")[0], "Schilder binnen en buiten"),
        (titles("Jeugdzorgwerker, contract voor onbepaalde tijd")[0], "Jeugdzorgwerker"),
        (titles("Pedagogisch medewerker BSO - 13e maand")[0], "Pedagogisch medewerker BSO"),
        (titles("Medewerker milieustraat gemeente")[0], "Medewerker milieustraat"),
        (titles("Communicatiemedewerker gemeente")[0], "Communicatiemedewerker"),
    ],
)
def test_agreement_contract_perks_employer_and_school_type_add_no_reading(tax, title, plain):
    # before: "CAO" was a chief data officer, "direct in dienst" an art director, "onbepaalde
    # tijd" a singer, "13e maand" a magazine editor, the trailing "gemeente" a municipal
    # library's worker
    assert top3(tax, title) == top3(tax, plain)


def test_a_municipal_employee_works_in_public_administration(tax):
    # ESCO's nearest words are a municipal library's ("medewerker gemeentelijke bibliotheek")
    found = best(tax, titles("Medewerker gemeente")[0])
    assert found == "administratief medewerker openbaar bestuur"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Productiemedewerker speelgoed")[0], "productiemedewerker"),
        (titles("Teamleider zorg gehandicaptenzorg")[0], "leidinggevend verpleegkundige"),
    ],
)
def test_a_compound_job_noun_is_no_other_compound_with_the_same_ending(tax, title, expected):
    # "productiemedewerker" matched ESCO's "verkoopmedewerker speelgoed" (a toy-shop seller)
    # and "teamleider zorg" home care's worker: a label counts for a common compound only
    # when it names it, its parts, or the same ending with a first part the title says
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Productiemedewerker bakkerij")[0], "bakkerijmedewerker"),
        (titles("Productiemedewerker glastuinbouw")[0], "tuinbouwmedewerker"),
        (titles("Machineoperator kunststof spuitgieten")[0], "operator persgietmachine kunststof"),
    ],
)
def test_a_compound_job_noun_keeps_the_labels_that_name_it_otherwise(tax, title, expected):
    assert best(tax, title) == expected


def test_a_garden_centre_shares_nothing_with_a_data_centre(tax):
    # "centrum" at the end of a compound is only the kind of place, as "werk" and "afdeling"
    assert "medewerker datacentrum" not in top3(tax, titles("Medewerker tuincentrum - seizoen")[0])


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Verkoper buitendienst regio Twente")[0], "commercieel vertegenwoordiger"),
        (titles("Order entry medewerker (32 uur)")[0], "medewerker verkoopadministratie"),
        (titles("Inside sales representative")[0], "sales support medewerker"),
        (titles("Bestelbuschauffeur rijbewijs B")[0], "auto- en bestelwagenkoerier"),
        (titles("Chauffeur bestelbus Venlo")[0], "auto- en bestelwagenkoerier"),
    ],
)
def test_ninth_round_sales_office_and_van_vocabulary(tax, title, expected):
    # before: a shop's salesperson, a typist, a field representative, a refuse truck's driver
    assert expected in top3(tax, title)[:2]


def test_working_from_home_or_hybrid_is_no_reading(tax):
    # "werken" was left over: a self-employed public buyer ("zelfstandig werkende …")
    title = titles("Administratief medewerker (hybride werken)")[0]
    assert top3(tax, title) == top3(tax, "Administratief medewerker")


# --------------------------------------------------------------------------- tenth round


@pytest.mark.parametrize(
    ("title", "expected", "other"),
    [
        (titles("Winkelbediende (zaterdag)")[0], "winkelmedewerker", "schappenvuller"),
        (titles("UI designer - fintech")[0], "user interface designer", "user interface developer"),
        (
            titles("Machinist graafmachine (m/v/x)")[0],
            "graafmachinist",
            "machinebediener bovengrondse mijnbouw",
        ),
    ],
)
def test_a_label_several_occupations_share_names_the_one_it_resembles(tax, title, expected, other):
    # ESCO gives the same label to both: the one whose own name the title repeats comes first
    found = top3(tax, title)
    assert found[0] == expected
    assert other in found


@pytest.mark.parametrize(
    ("title", "not_first"),
    [
        (titles("Werktuigbouwkundige (m/v)")[0], "werktuigbouwkundige bosbouw"),
        (titles("Monteur stellingbouw")[0], "chef monteur stellingbouw"),
        (titles("Precisiemechanicus (40 uur)")[0], "leidinggevende precisiemechanica"),
        (titles("Productontwikkelaar")[0], "productontwikkelaar lederwaren"),
    ],
)
def test_a_shared_label_does_not_lift_a_name_with_a_field_or_rank_the_title_lacks(
    tax, title, not_first
):
    # a name that repeats the title's word but adds forestry, leather goods or a leader's
    # rank is no closer to what the title says
    assert top3(tax, title)[0] != not_first


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Monteur W Den Haag")[0], "verwarmingsmonteur"),
        (titles("Monteur W (SWW)")[0], "verwarmingsmonteur"),
        (titles("SWW-monteur 38 uur")[0], "verwarmingsmonteur"),
        (titles("Monteur E | Utiliteit | Almere")[0], "monteur elektrische installaties"),
        (titles("W-installateur Zwolle")[0], "verwarmingsmonteur"),
    ],
)
def test_the_trade_letter_of_an_installation_job_survives_places_and_brackets(tax, title, expected):
    # the letter was dropped once anything but "(m/v)" followed: a machine mechanic
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Monteur e-bikes")[0], "fietsenmaker"),
        (titles("Monteur w.o. zonnepanelen")[0], "monteur zonnepanelen"),
        (titles("Monteur E i.o. Zwolle")[0], "monteur elektrische installaties"),
    ],
)
def test_a_letter_written_onto_a_word_or_beside_another_letter_is_no_trade_letter(
    tax, title, expected
):
    # "e-bikes" made an electrician of the bicycle mechanic, "w.o." a heating mechanic
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    "title",
    titles(
        "Consulent inkomen (schaal 9)",
        "Beleidsmedewerker wonen max. schaal 11",
        "Beleidsmedewerker wonen salarisschaal 10-11",
    ),
)
def test_a_pay_scale_is_not_the_job(tax, title):
    # "schaal" was a shellfish seller among the readings
    assert "verkoopspecialist vis, schaal- en weekdieren" not in top3(tax, title)
    plain = re.sub(r"\s*\(?(max\. )?(salaris)?schaal [\d-]+\)?", "", title)
    assert top3(tax, title) == top3(tax, plain)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Straler / schilder industrie")[0], "gritstraler"),
        (titles("Ketelmonteur (cv) Drenthe")[0], "verwarmingsmonteur"),
        (titles("Maatvoerder woningbouw")[0], "landmeter"),
        (titles("Splicer FttH")[0], "monteur telecommunicatie"),
        (titles("Wegbeheerder buitendienst")[0], "inspecteur wegen"),
        (titles("Organisatieadviseur sociaal domein")[0], "businessconsultant"),
        (titles("Klachtenbehandelaar energie")[0], "vertegenwoordiger klantenservice"),
        (titles("Promovendus sociologie")[0], "universitair onderzoeksassistent"),
        (titles("Tekstschrijver webteksten")[0], "copywriter"),
        (titles("VvE-beheerder (parttime)")[0], "vastgoedbeheerder"),
        (titles("Medewerker Toeslagen Utrecht")[0], "medewerker sociale zekerheid"),
        (titles("Nachtvuller supermarkt")[0], "schappenvuller"),
        (titles("Brandwacht petrochemie")[0], "bedrijfsbrandweerman"),
        (titles("Meldkamermedewerker ambulancezorg")[0], "meldkamercentralist"),
        (titles("Alphahulp particulieren")[0], "interieurverzorger"),
        (
            titles("Universitair docent rechtsgeleerdheid")[0],
            "docent rechtsgeleerdheid hoger onderwijs",
        ),
        (titles("Universitair docent bestuurskunde")[0], "docent hoger onderwijs"),
        (titles("Magazijnbeheerder (fulltime)")[0], "magazijnchef"),
        (titles("Gastvrouw receptie hotel")[0], "receptionist"),
        (titles("Monteur garagedeuren en hekwerken")[0], "deurenmonteur"),
        (titles("Medewerker huurincasso woningstichting")[0], "incassomedewerker"),
        (titles("Seizoenmedewerker oogsten")[0], "plukker"),
        (titles("Retourverwerker webwinkel")[0], "magazijnmedewerker"),
        (titles("Slaapwacht gehandicaptenzorg")[0], "zorghulp"),
        (titles("Pantrymedewerker hoofdkantoor")[0], "medewerker keuken"),
        (titles("Afvalraper parkeerterreinen")[0], "straatveger"),
        (
            titles("Operator waterzuivering (drinkwater)")[0],
            "exploitatietechnicus systemen voor waterbehandeling",
        ),
        (titles("Kringloopsorteerder 24 uur")[0], "afvalsorteerder"),
        (titles("Mechanic heavy equipment")[0], "monteur bouwmachines"),
    ],
)
def test_tenth_round_trades_office_and_entry_level_vocabulary(tax, title, expected):
    # before: nothing, a steam-boiler operator, a tailor, a glass-fibre maker, a webmaster,
    # an events worker, a bookshop manager, a lyricist, a forest ranger, a tax official, a
    # night porter, a municipal fireman, a linen-room worker, a home-care worker
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Docent Duits mbo")[0], "vakdocent beroepsonderwijs"),
        (titles("Leraar Nederlands MBO (0,8 fte)")[0], "vakdocent beroepsonderwijs"),
    ],
)
def test_the_school_level_a_teacher_title_names_comes_before_the_subjects_school(
    tax, title, expected
):
    # ESCO has no language teacher at a vocational school: the subject's secondary-school
    # teacher came first, the level was ignored (at a university it has one: see
    # test_a_subjects_teacher_at_the_school_level_the_title_names)
    found = top3(tax, title)
    assert found[0] == expected
    assert any("voortgezet onderwijs" in label for label in found)  # the subject stays near


def test_a_school_level_does_not_make_other_work_teaching(tax):
    assert best(tax, titles("Verpleegkundige mbo-niveau")[0]) == "algemeen verpleegkundige"
    # the level asked of an instructor, and a second level beside the one a title names
    assert best(tax, titles("Zweminstructeur MBO 3")[0]) == "zweminstructeur"
    title = titles("Docent verpleegkunde hbo (MBO 4 vereist)")[0]
    assert best(tax, title) == "docent verpleegkunde hoger onderwijs"
    title = titles("Docent Duits voortgezet onderwijs (mbo-diploma)")[0]
    assert best(tax, title) != "vakdocent beroepsonderwijs"


@pytest.mark.parametrize(
    ("title", "plain"),
    [
        (titles("Webdesigner - uitzendbureau")[0], "Webdesigner"),
        (titles("Mutatieopzichter uitzendbureau Zwolle")[0], "Mutatieopzichter"),
        (titles("Monteur brandmeldinstallaties uitzendbureau")[0], "Monteur brandmeldinstallaties"),
    ],
)
def test_an_agency_after_the_job_is_not_the_job(tax, title, plain):
    # "uitzendbureau" made an employment agent of the gieter, the web designer, the opzichter
    assert "arbeidsbemiddelaar" not in top3(tax, title)
    assert best(tax, title) == best(tax, plain)


def test_an_agency_worker_still_works_at_the_agency(tax):
    for title in titles(
        "Medewerker uitzendbureau",
        "Medewerker uitzendbureau Deventer",
        "Medewerker uitzendbureau Bergen op Zoom",
        "Junior medewerker uitzendbureau",
        "Stagiair uitzendbureau",
        "Enthousiaste medewerker uitzendbureau",
    ):
        assert best(tax, title) == "arbeidsbemiddelaar"
    assert best(tax, titles("Vestigingsmanager uitzendbureau")[0]) == "manager arbeidsbureau"


@pytest.mark.parametrize(
    ("title", "expected", "generic"),
    [
        (
            titles("Verkoopmedewerker kleding (parttime) Amersfoort")[0],
            "verkoopspecialist kleding",
            "verkoopmedewerker",
        ),
        (titles("Winkelmedewerker speelgoed Zwolle")[0], "verkoopspecialist speelgoed", None),
        (
            titles("Beveiligingsmedewerker evenementen regio Twente")[0],
            "evenementenbeveiliger",
            "beveiliger",
        ),
        (
            titles("Verkoopmedewerker dierenwinkel 24 uur")[0],
            "verkoopspecialist dieren en dierartikelen",
            None,
        ),
        (
            titles("Verkoopmedewerker tuincentrum Nunspeet")[0],
            "verkoopspecialist tuinartikelen",
            "verkoopmedewerker",
        ),
        (
            titles("Productiemedewerker vleesverwerking (3-ploegen) Helmond")[0],
            "operator bereid vlees",
            "productiemedewerker",
        ),
        (
            titles("Productiemedewerker visverwerking IJmuiden")[0],
            "medewerker visproductie",
            "productiemedewerker",
        ),
    ],
)
def test_a_kind_of_work_with_its_field_is_the_occupation_of_that_field(
    tax, title, expected, generic
):
    # the generic occupation came first, the one ESCO has for the field lower or not at all;
    # the generic one stays among the first three
    found = top3(tax, title)
    assert found[0] == expected
    if generic:
        assert generic in found


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Verkoopmedewerker witgoed Emmen")[0], "verkoopspecialist huishoudapparaten"),
        (titles("Verkoopmedewerker snoepwinkel")[0], "verkoopspecialist suikerwaren"),
        (titles("Verkoopmedewerker slijterij (zaterdag)")[0], "verkoopspecialist dranken"),
        (
            titles("Verkoopmedewerker boekhandel Deventer")[0],
            "verkoopspecialist boeken, tijdschriften en kantoorartikelen",
        ),
    ],
)
def test_a_shop_is_known_by_the_goods_it_sells(tax, title, expected):
    assert top3(tax, title)[:2] == [expected, "verkoopmedewerker"]


def test_a_field_no_label_of_the_same_kind_names_leaves_the_job_as_it_is(tax):
    # a specific job noun stays itself ("chatmedewerker" is narrower than the customer-service
    # representative); a place or a field no same kind of occupation has changes nothing
    assert best(tax, titles("Chatmedewerker klantenservice Leeuwarden")[0]) == "chatmedewerker"
    assert best(tax, titles("Verkoopmedewerker Apeldoorn")[0]) == "verkoopmedewerker"
    assert best(tax, titles("Beveiligingsmedewerker ziekenhuis")[0]) == "beveiliger"
    # a shop's brand that says "shop" names no field of the shop worker
    assert best(tax, titles("Winkelmedewerker Action Zwolle")[0]) == "winkelmedewerker"
    # ESCO names it itself: its own label, not a neighbour's; the bookshop's own manager
    assert (
        best(tax, titles("Magazijnmedewerker kleding Tilburg")[0]) == "magazijnmedewerker kleding"
    )
    assert best(tax, titles("Manager boekhandel Utrecht")[0]) == "manager boekhandel"
    # a field that many occupations of the kind name equally names none of them
    assert best(tax, titles("Productiemedewerker textiel Tilburg")[0]) == "productiemedewerker"
    # a shop's seller is no importer of what it sells
    assert not any("import" in o for o in top3(tax, titles("Verkoopmedewerker vis Urk")[0]))
    # a workplace's stem is another word ("drukkerij" is no "druk(veer)"), and the industry
    # alone names no field
    assert best(tax, titles("Productiemedewerker drukkerij Zwolle")[0]) == "productiemedewerker"
    found = top3(tax, titles("Productiemedewerker farmaceutische industrie Oss")[0])
    assert "operator rubberproductie" not in found


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a job word for a function, not a kind of work divided by field
        (titles("Inkoopmedewerker vlees Oss")[0], "inkoper"),
        (titles("Beleidsmedewerker energie gemeente")[0], "beleidsmedewerker"),
        (titles("Receptiemedewerker hotel Scheveningen")[0], "receptionist"),
        # protective work of another kind: the coast guard, the lifeguard
        (titles("Beveiligingsmedewerker haven Rotterdam")[0], "beveiliger"),
        (titles("Beveiligingsmedewerker strand")[0], "beveiliger"),
        # a compound's first part is no field when its last part names none
        (titles("Onderhoudsmedewerker zonnepanelen")[0], "klusjesman"),
        (titles("Productiemedewerker drukwerk")[0], "productiemedewerker"),
        # a seller of lorries is no rental clerk
        (titles("Verkoper vrachtwagens Eindhoven")[0], "verkoopmedewerker"),
        # goods words name a field beside a seller only
        (titles("Monteur witgoed Rotterdam")[0], "reparateur huishoudelijke toestellen"),
        (titles("Filiaalmanager boekhandel")[0], "manager boekhandel"),
    ],
)
def test_a_field_beside_other_work_keeps_that_work(tax, title, expected):
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Medewerker hoveniersbedrijf (seizoen)")[0], "hovenier"),
        (titles("Medewerker akkerbouwbedrijf Dronten")[0], "landbouwmedewerker"),
        (titles("Medewerker tuinbouwbedrijf Westland")[0], "tuinbouwmedewerker"),
        (titles("Medewerker varkensbedrijf Venray")[0], "medewerker veeteelt"),
        (titles("Medewerker pluimveebedrijf")[0], "medewerker veeteelt"),
        (titles("Monteur fietsenwerkplaats Assen")[0], "fietsenmaker"),
        (
            titles("Productiemedewerker zuivelfabriek Leeuwarden")[0],
            "procesoperator zuivelverwerking",
        ),
        (titles("Medewerker kledingfabriek Enschede")[0], "productiemedewerker"),
    ],
)
def test_a_company_is_known_by_its_work(tax, title, expected):
    # "bedrijf" matched ESCO's "medewerker autoleasebedrijf" and "bedrijfsverplaatsing"
    assert best(tax, title) == expected


def test_a_company_esco_names_itself_keeps_its_label(tax):
    assert best(tax, titles("Medewerker autoleasebedrijf Utrecht")[0]) == (
        "medewerker autoleasebedrijf"
    )


def test_a_company_beside_another_trade_is_only_the_employer(tax):
    # the gardener's company employs a driver; the cleaning company an office clerk
    assert best(tax, titles("Chauffeur hoveniersbedrijf")[0]) == "vrachtwagenchauffeur"
    assert best(tax, titles("Administratief medewerker schoonmaakbedrijf")[0]) == (
        "administratief medewerker"
    )
    assert best(tax, titles("Chauffeur transportbedrijf Venlo")[0]) == "vrachtwagenchauffeur"
    # a factory's cleaner cleans the factory; a security firm's guard is a guard; a service
    # industry makes nothing
    assert best(tax, titles("Schoonmaker tapijtfabriek Genemuiden")[0]) == "schoonmaker gebouwen"
    assert best(tax, titles("Beveiliger beveiligingsbedrijf")[0]) == "beveiliger"
    assert best(tax, titles("Medewerker evenementenindustrie")[0]) != "productiemedewerker"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Schoonmaker vliegtuigen Schiphol-Oost")[0], "vliegtuigschoonmaker"),
        (titles("Chauffeur bussen (m/v) Arnhem")[0], "buschauffeur"),
        (titles("Monteur liften regio Utrecht")[0], "liftmonteur"),
    ],
)
def test_what_the_work_is_done_on_in_the_plural_is_esco_s_compound(tax, title, expected):
    assert best(tax, title) == expected


# --------------------------------------------------------------------------- guard


def test_made_up_titles_are_not_development_titles():
    path = DATA / "real_titles" / "titles_dev.csv"
    if not path.exists():
        pytest.skip("ontwikkelset ontbreekt")
    with path.open(encoding="utf-8", newline="") as handle:
        development = {row["title"].strip().lower() for row in csv.DictReader(handle)}
    assert MADE_UP
    assert not [t for t in MADE_UP if t.strip().lower() in development]


@pytest.mark.parametrize("name", ["look.csv", "sealed.csv"])
def test_the_made_up_evaluation_sets_name_esco_occupations(esco, name):
    """``data/made_up_titles``: every title labelled, every label an ESCO occupation."""
    with (DATA / "made_up_titles" / name).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == {"look.csv": 100, "sealed.csv": 140}[name]
    known = {occupation.code for occupation in esco.occupations}
    for row in rows:
        uris = [u for u in row["esco_uris"].split("|") if u]
        assert row["title"].strip() and 1 <= len(uris) <= 2
        assert set(uris) <= known, row["title"]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Plasterer (m/f) Utrecht")[0], "stukadoor"),
        (titles("Locksmith - Den Haag")[0], "slotenmaker"),
        (titles("Glazier Amersfoort")[0], "glaszetter"),
        (titles("Tyre fitter Venlo")[0], "bandenmonteur"),
        (titles("Postman Zwolle (part-time)")[0], "postbode"),
        (titles("Speech therapist")[0], "logopedist"),
        (titles("Occupational therapist 28 hours")[0], "ergotherapeut"),
        (titles("Forestry worker Veluwe")[0], "bosbouwer"),
        (titles("Injection moulding operator night shift")[0], "operator spuitgietmachine"),
    ],
)
def test_twelfth_round_english_trades_care_and_workplaces(tax, title, expected):
    # before: nothing for the first six and the forestry worker, a speech writer for the speech
    # therapist, a CNC operator for the moulding operator
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Sales associate shoes", "verkoopspecialist schoenen en lederwaren"),
        ("Shop assistant toys", "verkoopspecialist speelgoed"),
        ("Production worker meat", "operator bereid vlees"),
    ],
)
def test_an_english_kind_of_work_with_its_field_is_the_occupation_of_that_field(
    tax, title, expected
):
    # as "Verkoopmedewerker schoenen": the English job phrase is the same kind of work
    assert best(tax, title) == expected


@pytest.mark.parametrize("decoration", "24 hours|40 hrs|night shift|weekends|3 shifts".split("|"))
def test_english_hours_and_shifts_are_not_the_job(tax, decoration):
    # as sure as the plain title: the words are dropped, not left for the word-bag step
    assert tax.resolve_title(f"Hairdresser {decoration}", k=1) == tax.resolve_title(
        "Hairdresser", k=1
    )
    assert best(tax, f"Hairdresser {decoration}") == "kapper"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Ploegleider wasserij (nachtdienst)")[0], "voorman wasserij"),
        (titles("Ploegleider sloopwerk")[0], "voorman sloopwerken"),
        (titles("Shiftleader callcenter")[0], "supervisor callcenter"),
        (titles("Shift leader laundry")[0], "voorman wasserij"),
    ],
)
def test_a_first_line_leader_of_a_field_is_esco_s_leader_of_that_field(tax, title, expected):
    # before: the production supervisor that a bare "ploegleider" is, the field not read
    assert best(tax, title) == expected
    assert "productieleider" in top3(tax, title)  # what the leader noun alone says stays


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Ploegleider zuivel")[0], "productieleider"),  # no dairy import-export manager
        (titles("Projectleider logistiek")[0], "projectmanager"),  # a project's own leader
        (titles("Groepsleider kinderopvang")[0], "medewerker kinderdagverblijf"),  # a carer
    ],
)
def test_a_leader_noun_that_is_no_first_line_leader_of_a_field_is_left_as_it_was(
    tax, title, expected
):
    assert best(tax, title) == expected


def test_a_working_or_aspiring_foreman_is_a_foreman(tax):
    # "meewerkend" and "aankomend" say how the job is done or who may apply, not what it is
    assert best(tax, titles("Meewerkend voorman dakwerk")[0]) == "voorman dakbedekking"
    assert best(tax, titles("Aankomend voorman dakwerk")[0]) == "voorman dakbedekking"
    assert best(tax, titles("Meewerkende voorman sloopwerk")[0]) == "voorman sloopwerken"


def test_elementary_production_work_in_a_field_is_that_field_s_machine_operator_or_assembler(
    tax,
):
    title = titles("Productiemedewerker medische hulpmiddelen (2-ploegen) Zwolle")[0]
    # before: a sterilisation assistant first (ESCO files the assembler in a minor group it
    # names no "productiemedewerker" in)
    assert best(tax, title) == "assemblagemedewerker medische hulpmiddelen"
    assert "productiemedewerker" in top3(tax, title)
    furniture = top3(tax, titles("Productiemedewerker meubelfabriek Genemuiden")[0])
    assert furniture[0] != "machineoperator kunststof meubelen"  # no plastics in the title
    assert "assemblagemedewerker meubelen" in furniture
    # a driver of mobile plant is no production work ("pompen" names a fire engine's pump)
    assert best(tax, titles("Productiemedewerker pompen")[0]) != "bestuurder blusvoertuigen"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Teamlead laundry (nights)")[0], "voorman wasserij"),
        (titles("Shift leader security (nights)")[0], "coördinator beveiliging"),
        (titles("Waste collector Tilburg")[0], "vuilnisophaler"),
        (titles("Foreman painting - Rotterdam")[0], "voorman-industrieschilder"),
        (titles("Sales associate jewellery")[0], "verkoopspecialist juwelen en uurwerken"),
    ],
)
def test_english_words_of_leaders_and_goods(tax, title, expected):
    # before: nothing, a debt collector ("collector"), a printing works'
    # manager ("painting" spelled like the English "printing"), the generic seller
    assert best(tax, title) == expected


def test_english_words_do_not_take_over_other_senses(tax):
    # a claims adviser is no doctor (ESCO's "medisch adviseur letselschade"), a foreman of
    # building work no project manager, and security analysts stay in ICT
    assert best(tax, titles("Claims adviseur motorrijtuigen")[0]) == "schadebehandelaar"
    assert best(tax, titles("Voorman bouw (m/v)")[0]) != "projectleider bouw"
    assert best(tax, titles("Security analyst SOC")[0]) == "ICT-beveiligingsingenieur"


def test_a_keeper_s_shop_sells_the_keeper_s_goods_beside_a_seller(tax):
    title = titles("Verkoopmedewerker slagerswinkel Zeist")[0]
    assert best(tax, title) == "verkoopspecialist vlees en vleeswaren"
    assert best(tax, "Filiaalmanager bakkerswinkel") == "bedrijfsleider bakkerswinkel"


def test_a_verzorgende_ig_is_esco_s_home_carer_first(tax):
    # ESCO files "verzorgende IG" under the thuiszorgmedewerker; the care-home readings follow
    title = titles("Verzorgende IG (32 uur) – Apeldoorn")[0]
    assert top3(tax, title) == ["thuiszorgmedewerker", "zorghulp", "verpleeghulp"]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Directiesecretaresse 32 uur")[0], "executive assistant"),
        (titles("Software developer (Python) | Utrecht")[0], "ict application developer"),
    ],
)
def test_a_title_esco_files_as_an_alternative_label_reads_as_esco_says_first(tax, title, expected):
    # the variant list's reading stays, equally right, beside it
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Tree surgeon (m/f)")[0], "boomchirurg"),
        (titles("Chimney sweep Utrecht")[0], "schoorsteenveger"),
        (titles("Beekeeper seasonal")[0], "imker"),
        (titles("Pest control technician")[0], "bestrijder ongedierte"),
        (titles("Librarian 24 hours")[0], "bibliothecaris"),
        (titles("Tyres fitter")[0], "bandenmonteur"),
    ],
)
def test_english_titles_of_the_compiled_vocabulary(tax, title, expected):
    # before: nothing, nothing, a bartender, an electronics technician, nothing; the tyre
    # fitter a gas fitter while the compiled vocabulary still held "tyres = banden"
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (titles("Medewerker loonverwerking 24 uur")[0], "salarisadministrateur"),
        (titles("Medewerker salarisverwerking")[0], "salarisadministrateur"),
        (titles("Medewerker orderverwerking binnendienst")[0], "medewerker verkoopadministratie"),
        (titles("Medewerker schadeverwerking | Zwolle")[0], "schadebehandelaar"),
    ],
)
def test_processing_work_in_an_office_is_no_waste_processing(tax, title, expected):
    # before: ESCO's waste policy officer ("afval|verwerking" shared the tail) first
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "unrelated"),
    [
        ("Teamleider verpakking", "begeleider personen met een beperking"),  # verpak|king
        ("Teamleider dakbedekking", "begeleider personen met een beperking"),  # bedek|king
        ("Lijnmedewerker kipverwerking", "beleidsmedewerker afvalverwerking"),  # verwer|king
    ],
)
def test_a_word_only_an_english_or_brand_key_brings_ends_no_dutch_compound(tax, title, unrelated):
    # "king" came with the list's "burger king" and made every "-king" word share it
    assert unrelated not in top3(tax, title)
    assert best(tax, "Medewerker Burger King Utrecht") == "medewerker fastfood"


@pytest.mark.parametrize(
    "title",
    titles(
        "Medewerker dataverwerking",
        "Medewerker postverwerking (parttime)",
        "Medewerker vleesverwerking Boxtel",
        "Medewerker schadeverwerking thuiswerken",
    ),
)
def test_processing_compounds_share_nothing_through_their_tail(tax, title):
    # "dataverwerking" shares no more with "afvalverwerking" than "tuincentrum" with
    # "datacentrum": before, ESCO's waste policy officer was in each title's top 3
    assert "beleidsmedewerker afvalverwerking" not in top3(tax, title)


def test_a_processing_compound_still_names_its_field(tax):
    assert best(tax, titles("Medewerker visverwerking Urk")[0]) == "visfileerder"
    assert best(tax, titles("Operator afvalverwerking 5-ploegen")[0]) == (
        "exploitatietechnicus installaties voor verwerking vast afval"
    )
    assert "postkamermedewerker" in top3(tax, titles("Medewerker postverwerking Almere")[0])


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            titles("Administratief medewerkster woningcorporatie")[0],
            "administratief medewerker vastgoed",
        ),
        (
            titles("Administratief medewerker gemeente Deventer")[0],
            "administratief medewerker openbaar bestuur",
        ),
        (
            titles("Administratief medewerker advocatenkantoor (32 uur)")[0],
            "administratief medewerker juridisch secretariaat",
        ),
        (
            titles("Medewerker polisadministratie 32 uur")[0],
            "administratief medewerker verzekeringen",
        ),
        (
            titles("Medewerker leerlingenadministratie - tijdelijk")[0],
            "administratief medewerker onderwijsinstelling",
        ),
        (
            titles("Medewerker patiëntenadministratie")[0],
            "administratief medewerker medisch secretariaat",
        ),
    ],
)
def test_an_administrative_worker_of_a_field_is_esco_s_administrative_worker_of_that_field(
    tax, title, expected
):
    # before: the plain administrative worker (the employer or what is administered unread),
    # for the leerlingenadministratie a leather finisher ("leer|lingen") third
    found = top3(tax, title)
    assert found[0] == expected
    assert "administratief medewerker" in found


def test_a_municipality_is_the_employer_beside_other_work(tax):
    # ESCO names no guard or shop seller of public administration: the employer is dropped
    assert best(tax, titles("Beveiliger gemeente Zaanstad")[0]) == "beveiliger"
    assert top3(tax, titles("Verkoopmedewerker gemeente Utrecht")[0])[0] == "verkoopmedewerker"
    assert best(tax, titles("Administratief medewerker | Gemeente Zaanstad")[0]) == (
        "administratief medewerker"
    )


def test_the_head_of_the_financial_administration_heads_the_bookkeeping(tax):
    assert best(tax, titles("Hoofd financiële administratie (m/v)")[0]) == "hoofd boekhouding"


def test_a_leader_noun_alone_makes_no_spelling_likeness(tax):
    # before: "teamleider vloerlegger" first, as if "verpleging" were a misspelt "vloerlegger",
    # because both titles say "teamleider"; a leader of a campsite was a cable layers' leader
    found = top3(tax, titles("Teamleider verpleging (m/v)")[0])
    assert found[0] == "leidinggevend verpleegkundige"
    assert "teamleider vloerlegger" not in found
    assert best(tax, titles("Teamleider kampeerterrein")[0]) == "campingbeheerder"


def test_office_data_processing_and_document_control(tax):
    assert best(tax, titles("Medewerker dataverwerking - thuiswerken")[0]) in {
        "datatypist",
        "administratief medewerker",
    }
    assert best(tax, titles("Document controller | Rotterdam")[0]) == "documentenbeheerder"


def test_an_employer_s_field_of_several_words_needs_all_of_them(tax):
    # "ziekenhuis" = "medisch secretariaat" beside the administrative worker; before (one word,
    # "medisch"), a hospital's production worker became the assembler of medical devices
    found = top3(tax, titles("Productiemedewerker ziekenhuis Enschede")[0])
    assert "assemblagemedewerker medische hulpmiddelen" not in found
    assert found[0] == "productiemedewerker"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            titles("Administratief medewerker ziekenhuis personeelszaken")[0],
            "medewerker personeelszaken",
        ),
        (titles("Administratief medewerker gemeente burgerzaken")[0], "functionaris burgerzaken"),
        (
            titles("Administratief medewerkster subsidies (24 uur)")[0],
            "administratief medewerker subsidieaanvragen",
        ),
    ],
)
def test_what_is_administered_comes_before_the_employer(tax, title, expected):
    # the employer names the field only when the title says nothing else of it, and a field
    # word names ESCO's compound of it ("subsidie": "subsidieaanvragen")
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    "title", titles("Medewerker compostverwerking", "Medewerker batterijverwerking Born")
)
def test_an_unknown_kind_of_processing_is_no_misspelt_fish_processing(tax, title):
    # before: ESCO's fish filleter by spelling ("compost|verwerking" ~ "vis|verwerking")
    assert "visfileerder" not in top3(tax, title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Medewerker grofvuilverwerking", {"exploitatietechnicus afvalverbrandingsoven"}),
        ("Chauffeur huisvuilinzameling (C-rijbewijs)", {"chauffeur vuilniswagen"}),
        ("Dieselmonteur vrachtwagens", {"monteur dieselmotoren", "automonteur"}),
        ("Gietvloerenlegger", {"terrazzolegger"}),
        ("Boomklimmer (m/v) Veenendaal", {"boomchirurg"}),
        ("Schoolpsycholoog 0,6 fte", {"onderwijspsycholoog"}),
        ("Begeleider leerlingenvervoer Assen", {"begeleider schoolbus"}),
        ("Taalcoach nieuwkomers", {"docent alfabetisering"}),
        ("Lerarenondersteuner vmbo", {"onderwijsassistent voortgezet onderwijs"}),
        ("Leerkracht vso Zwolle", {"leerkracht speciaal voortgezet onderwijs"}),
        ("PGB zorgverlener (m/v) Emmen", {"zorghulp", "thuiszorgmedewerker"}),
    ],
)
def test_thirteenth_round_words_of_waste_trades_and_schools(tax, title, expected):
    # before: nothing, a truck driver, the car mechanic and the construction-machine mechanic
    # (ESCO's diesel-engine mechanic missing), the terrazzo layers' team leader, an industrial
    # climber, a psychologist, a pupils' counsellor, a language-school teacher, a student
    # supporter in higher education, a secondary-school teacher, an animal-assisted therapist;
    # where the list names equally right occupations, every one of them comes first
    found = top3(tax, titles(title)[0])
    assert set(found[: len(expected)]) == expected


def test_a_label_with_the_title_s_own_compound_comes_before_the_bare_noun(tax):
    # before: "chef" (the cook) first for the workshop's chef of a garage
    found = top3(tax, titles("Werkplaatschef autobedrijf Zwolle")[0])
    assert found[0] != "chef"
    assert {"manager autogaragebedrijf", "eerste automonteur"} & set(found[:2])
    assert best(tax, titles("Lunchkok (parttime)")[0]) == "kok"


def test_a_compound_whose_every_part_a_label_names_is_named_by_it(tax):
    # "grondverzet|machines" in "monteur grondverzet- en wegenbouwmachines" is as good as the
    # word itself; before, the service mechanic's own readings (industrial machines, heating)
    assert best(tax, titles("Servicemonteur grondverzetmachines | Oss")[0]) == (
        "monteur bouwmachines"
    )
    assert best(tax, titles("Eerste monteur koudetechniek")[0]) == (
        "technicus koel-, lucht- en verwarmingstechniek"
    )


def test_a_leader_of_a_field_finds_the_field_s_leader_by_its_beginning(tax):
    # after a leader noun stopped counting as a spelling likeness on its own (review 2): the
    # field word's beginning still finds "voorman brugbouw" and "hoofdverpleger"
    assert best(tax, titles("Voorman bruggenbouw")[0]) == "voorman brugbouw"
    assert best(tax, titles("Hoofd verpleging (ziekenhuis)")[0]) == "leidinggevend verpleegkundige"


def test_a_bare_processing_word_is_no_misspelt_compound(tax):
    # before: the fish filleter ("verwerking" ~ "visverwerking") or the supervisor of a gas
    # processing plant ("gas|verwerking|installatie")
    found = top3(tax, titles("Medewerker verwerking (2-ploegen)")[0])
    assert "visfileerder" not in found
    assert "leidinggevende gasverwerkingsinstallatie" not in found
    assert best(tax, titles("Medewerker gft-verwerking")[0]) == (
        "exploitatietechnicus afvalverbrandingsoven"
    )


def test_a_shift_before_a_generic_doer_is_no_part_of_the_job(tax):
    # "nachtdienst|medewerker": before, a parks worker ("plantsoen|dienst") came first; a
    # real first part stays ("opleidingsadviseur" advises on training)
    assert best(tax, titles("Nachtdienstmedewerker gehandicaptenzorg (slaapdienst)")[0]) == (
        "begeleider personen met een beperking"
    )
    assert best(tax, titles("Opleidingsadviseur (m/v)")[0]) == "opleidingsfunctionaris"
    # a shift or contract before "kracht" leaves a "medewerker" (before: a religion teacher, a
    # hairdressing teacher); a payroll clerk keeps the payroll (review 3: "salaris" is one of the
    # list's noise words, but no shift)
    assert best(tax, titles("Weekendkracht zorg")[0]) == "zorghulp"
    assert best(tax, titles("Zaterdagkracht bakkerij Sneek")[0]) == "bakkerijmedewerker"
    assert best(tax, titles("Salarismedewerker (32 uur)")[0]) == "salarisadministrateur"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Streetcoach | gemeente Enschede", "jeugdwelzijnswerker"),
        ("Teamleider expeditie avonddienst", "magazijnchef"),
        ("Begeleider maatschappelijke opvang (24 uur)", "thuislozenwerker"),
        (
            "Maatschappelijk werker GGZ Drenthe",
            "maatschappelijk werker, specialisatie geestelijke gezondheidszorg",
        ),
        ("Zorgondersteuner verpleeghuis", "zorghulp"),
        ("Medewerker hospice Apeldoorn", "begeleider terminale zorg"),
        ("Beweegcoach jeugd", "sport- en bewegingsleider"),
        ("Praktijkassistent fysiotherapie 20 uur", "fysiotherapieassistent"),
        ("Medewerker patiëntenplanning ziekenhuis", "opname- en operatieplanner"),
    ],
)
def test_thirteenth_round_words_of_care_and_the_street(tax, title, expected):
    # before: an artistic coach, a mountain guide, a social worker, the general social worker,
    # a GP's assistant, nothing, a moving-light technician, a university teaching assistant,
    # an assembler of medical devices
    assert best(tax, titles(title)[0]) == expected


def test_a_living_room_s_carer_works_in_a_care_home_or_a_group_home(tax):
    # equally right: the list names both (review 3: in disability care it is the group home's)
    found = top3(tax, titles("Huiskamerbegeleider PG-afdeling")[0])
    assert set(found[:2]) == {"medewerker verzorgingshuis", "woonbegeleider"}


# --------------------------------------------------------------------------- fourteenth round


def test_a_kracht_nobody_names_is_the_worker_of_its_first_part(tax):
    # before: a design teacher ("kracht|vormgeving"), an art restorer, a drugstore's manager
    assert best(tax, titles("Productiekracht (fulltime)")[0]) == "productiemedewerker"
    assert best(tax, titles("Keukenkracht restaurant")[0]) == "medewerker keuken"
    assert best(tax, titles("Winkelkracht drogisterij")[0]) == "winkelmedewerker"
    # a "-kracht" ESCO names keeps its meaning: a "leerkracht" is a teacher, and so is a
    # "groepsleerkracht" (review 1: "groepsleermedewerker" had read a leather finisher)
    assert best(tax, titles("Leerkracht groep 5")[0]) == "leraar basisonderwijs"
    assert best(tax, titles("Groepsleerkracht groep 7")[0]) == "leraar basisonderwijs"
    # only a worker ESCO or the list knows: a "kraamkracht" is no unknown "kraammedewerker"
    assert best(tax, titles("Kraamkracht")[0]) == "kraamverzorgende"
    # an employer's name after "bij" is no job (review 1: a recruiter had become a care worker)
    assert best(tax, titles("Intercedent bij Zorgkracht")[0]) == "arbeidsbemiddelaar"


def test_a_kind_of_work_written_apart_still_takes_its_field(tax):
    # "medewerker beveiliging" is a "beveiligingsmedewerker", "medewerker verkoop" a
    # "verkoopmedewerker": before, the field beside them was not read
    found = top3(tax, titles("Medewerker beveiliging evenementen")[0])
    assert found[:2] == ["evenementenbeveiliger", "beveiliger"]
    found = top3(tax, titles("Medewerker verkoop kleding")[0])
    assert found[:2] == ["verkoopspecialist kleding", "verkoopmedewerker"]
    assert best(tax, titles("Medewerker productie vlees")[0]) == "operator bereid vlees"
    # written apart, it is looked up as written together ("productiemedewerker banden" is an
    # ESCO label of the tyre maker); a second kind is no field, and neither is an office
    # (review 1: a bakery worker, a seller of office supplies)
    assert top3(tax, titles("Medewerker productie banden")[0])[0] == "bandenmaker"
    assert best(tax, titles("Medewerker productie en verkoop")[0]) == "productiemedewerker"
    assert best(tax, titles("Verkoopmedewerker kantoor Utrecht")[0]) == "verkoopmedewerker"
    # a shop is a seller's own workplace, no second kind (review 2: a second-hand seller);
    # the goods beside it name the field (review 3: the plain shop worker had come first)
    assert best(tax, titles("Verkoopadviseur winkel keukens")[0]) == "winkelmedewerker"
    assert best(tax, titles("Verkoper winkel vis")[0]) == (
        "verkoopspecialist vis, schaal- en weekdieren"
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Productiemedewerker voedingsmiddelen", "medewerker voedselproductie"),
        ("Productiemedewerker soepen en sauzen", "medewerker voedselproductie"),
        ("Productiemedewerker food (2-ploegen)", "medewerker voedselproductie"),
        ("Productiemedewerker kip", "operator bereid vlees"),
        ("Productiemedewerker vleeswaren Oss", "operator bereid vlees"),
        ("Verkoper kip en gehakt", "verkoopspecialist vlees en vleeswaren"),
    ],
)
def test_a_food_names_the_food_worker_beside_a_production_worker(tax, title, expected):
    # before: the plain production worker, or an animal-feed worker first; the plain one stays
    # among the first three
    found = top3(tax, titles(title)[0])
    assert found[0] == expected
    assert {"productiemedewerker", "verkoopmedewerker"} & set(found)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Medewerker frietzaak", "medewerker fastfood"),
        ("Medewerker frietkraam Scheveningen", "medewerker fastfood"),
        ("Verkoper foodtruck", "streetfoodverkoper"),
        ("Dierverzorger dierenpark", "dierenverzorger dierentuin"),
    ],
)
def test_fourteenth_round_words_of_shops_and_parks(tax, title, expected):
    # before: nothing, nothing, a plain seller, the livestock carer
    assert best(tax, titles(title)[0]) == expected


def test_a_worker_of_a_production_is_a_production_worker_of_what_it_makes(tax):
    # "medewerker vlees|productie" is a "productiemedewerker vlees", as "medewerker
    # polis|administratie" is an administrative worker of insurance; before, the fish
    # production worker came first for every food
    assert best(tax, titles("Medewerker vleesproductie")[0]) == "operator bereid vlees"
    assert best(tax, titles("Medewerker snoepproductie Roosendaal")[0]) == "operator snoepmachine"
    found = top3(tax, titles("Medewerker saladeproductie")[0])
    assert found[:2] == ["medewerker voedselproductie", "productiemedewerker"]


def test_bread_and_pastry_are_a_bakery_s_work(tax):
    # before: the plain production worker, the fish production worker, the plain seller
    assert best(tax, titles("Productiemedewerker brood (nachtdienst)")[0]) == "bakkerijmedewerker"
    assert best(tax, titles("Medewerker broodproductie")[0]) == "bakkerijmedewerker"
    found = top3(tax, titles("Verkoopmedewerker gebak")[0])
    assert found[0] == "verkoopspecialist brood en banket"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Fabrieksmedewerker (fulltime)", "productiemedewerker"),
        ("Medewerker fabriek Helmond", "productiemedewerker"),
        ("Operator productielijn 3-ploegen", "productiemedewerker"),
        ("Medewerker co-packing", "inpakker met de hand"),
        ("Monteur beveiligingssystemen", "technicus alarmsystemen"),
        ("Technicus beveiligingssystemen Utrecht", "technicus alarmsystemen"),
    ],
)
def test_fourteenth_round_words_of_the_factory_floor(tax, title, expected):
    # before: a sugar factory's worker, the same, a non-wovens operator, a valet parking
    # driver, the fire-protection technician; the last was right at the start of the round and
    # guards review 2's case (the new entries had moved the fire-protection technician first)
    assert best(tax, titles(title)[0]) == expected


def test_a_guard_of_a_festival_and_a_seller_of_brown_goods(tax):
    # a "toegangscontroleur" is a guard, and a festival an event: ESCO's event guard first
    # (before: nothing); a list word for a kind of work takes its field like the kind itself
    found = top3(tax, titles("Toegangscontroleur festival")[0])
    assert found[:2] == ["evenementenbeveiliger", "beveiliger"]
    assert best(tax, titles("Beveiliger festivals Brabant")[0]) == "evenementenbeveiliger"
    assert best(tax, titles("Verkoper bruingoed")[0]) == (
        "verkoopspecialist audio- en videoapparatuur"
    )


def test_a_container_unloader_works_in_a_warehouse_or_a_port(tax):
    # before: the warehouse worker, the airport baggage handler and an embroiderer
    found = top3(tax, titles("Containerlosser Venlo")[0])
    assert set(found[:2]) == {"pakhuismedewerker", "stuwadoor"}


def test_a_shift_s_doer_beside_the_job_is_only_the_shift(tax):
    # "Kok weekendkracht" is a cook who works weekends: the whole title is now a known title
    # (before: a cook read only as a run, with junk after a tyre fitter)
    found = tax.title_candidates(titles("Kok weekendkracht")[0])
    assert [r.preferred_label for r in found] == ["kok"]
    assert found[0].known
    assert top3(tax, titles("Bandenmonteur seizoenskracht")[0]) == ["bandenmonteur"]
    # only beside a job: a shop, an adjective or a field before it leaves the "medewerker"
    # (review 2: "Jumbo weekendkracht" had read nothing)
    assert best(tax, titles("Jumbo weekendkracht")[0]) == "winkelmedewerker"
    assert best(tax, titles("Jonge weekendkracht supermarkt")[0]) == "winkelmedewerker"
    # a job noun the list reads alone, or a leader's, is a job beside it (review 3: "Monteur
    # weekendkracht" had read nothing, the restaurant manager a shop manager); an adjective
    # and a generic doer name nothing
    assert best(tax, titles("Monteur weekendkracht")[0]) == "monteur industriële machines"
    assert best(tax, titles("Manager weekendkracht restaurant")[0]) == "restaurantmanager"
    assert tax.resolve_title(titles("Enthousiaste weekendkracht")[0]) == []
    assert best(tax, titles("AH weekendkracht")[0]) == "winkelmedewerker"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Storingsmonteur cv (consignatiedienst)", "verwarmingsmonteur"),
        ("Begeleider beschut werk", "begeleider personen met een beperking"),
        ("Onderwijsassistent praktijkonderwijs", "onderwijsassistent voortgezet onderwijs"),
        ("Kitchen help (uitzendbasis)", "keukenhulp"),
        ("Begeleider dak- en thuislozen (nachtdienst)", "thuislozenwerker"),
    ],
)
def test_fourteenth_round_words_of_care_school_and_service(tax, title, expected):
    # before: an electromechanic, a lecturer in social work, the plain teaching assistant, a
    # helpdesk worker, the team leader of roofers
    assert best(tax, titles(title)[0]) == expected


def test_an_informal_carers_consultant_is_a_social_worker(tax):
    # before: ESCO's health-care consultant
    found = top3(tax, titles("Mantelzorgconsulent gemeente Zwolle")[0])
    assert set(found[:2]) == {"sociaal werker", "maatschappelijk werker"}


def test_the_worker_of_a_trade_is_esco_s_tradesman(tax):
    # "medewerker X" is ESCO's "vakman X" where ESCO names no "medewerker X" (before: a water
    # treatment technician)
    assert best(tax, titles("Medewerker waterbouw")[0]) == "vakman waterbouw"
    # ESCO's own "medewerker" label still comes first, and only a label that starts with
    # "vakman" counts (review 3: "farmaceutisch vakman apotheek" had made a pharmacist of it)
    assert best(tax, titles("Medewerker apotheek")[0]) == "apotheekmedewerker"
    assert best(tax, titles("Medewerker apotheek farmaceutisch")[0]) == "apotheekmedewerker"
    assert best(tax, titles("Medewerker kabelwerken (VCA)")[0]) == "kabelmonteur"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Administratief medewerker crediteuren 32 uur", "assistent-boekhouder"),
        ("Administratief medewerker debiteuren", "assistent-boekhouder"),
        ("Ruitschademonteur (opleiding)", "servicemonteur autoruiten"),
    ],
)
def test_fourteenth_round_words_of_the_office_and_the_garage(tax, title, expected):
    # before: the plain administrative worker twice, a car dismantler
    assert best(tax, titles(title)[0]) == expected


def test_breakfast_staff_caterers_kitchens_and_care_transport(tax):
    # before: a hotel butler, a barista, and the taxi driver alone
    found = top3(tax, titles("Ontbijtmedewerker hotel")[0])
    assert set(found[:2]) == {"medewerker maaltijden", "ober/serveerster"}
    assert best(tax, titles("Medewerker cateringkeuken")[0]) == "industriële kok"
    found = top3(tax, titles("Chauffeur zorgvervoer (Wmo)")[0])
    assert found[:2] == ["taxichauffeur", "patiëntenvervoerder"]


def test_a_construction_worker_and_a_bar_shift(tax):
    # before: ESCO's wine grower through "wijn|bouw", a parks worker through "plantsoen|dienst"
    assert best(tax, titles("Allround bouwmedewerker")[0]) == "vakman grond-, weg- en waterbouw"
    assert best(tax, titles("Medewerker bardienst")[0]) == "barman/barvrouw"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Verkoper wijn (zaterdag)", "verkoopspecialist dranken"),
        ("Verkoopmedewerker sieraden", "verkoopspecialist juwelen en uurwerken"),
        ("Verkoopadviseur telefoons", "verkoopspecialist telecomartikelen"),
        ("Verkoper tegels", "verkoopspecialist muur- en vloerbekleding"),
        ("Junior medewerker waterbouw", "vakman waterbouw"),
        ("Ervaren monteur kabelwerken", "kabelmonteur"),
    ],
)
def test_fourth_review_goods_and_tradesmen(tax, title, expected):
    # review 4: the plain seller (or a wine scientist), a water-treatment technician, an
    # industrial machine fitter
    assert best(tax, titles(title)[0]) == expected


# --------------------------------------------------------------------------- fifteenth round


def test_whom_a_carer_works_with_is_part_of_the_job(tax):
    # "met" starts a tail that is not the job ("Chauffeur met rijbewijs C"), except where an
    # ESCO label says the whole phrase (before: a childminder, through "begeleider kinderen")
    title = titles("Begeleider kinderen met een beperking (24 uur)")[0]
    assert best(tax, title) == "begeleider residentiële kinderen met een beperking"
    title = titles("Begeleider volwassenen met een beperking Hengelo")[0]
    assert best(tax, title) == "begeleider residentiële volwassenen met een beperking of verslaving"
    assert best(tax, titles("Chauffeur met rijbewijs C")[0]) == "vrachtwagenchauffeur"
    assert best(tax, titles("Lasser met ervaring")[0]) == "lasser"


def test_the_abbreviated_sectors_of_disability_care_name_a_disability(tax):
    # before: nothing at all, a recreation leader
    disabled = "begeleider personen met een beperking"
    assert best(tax, titles("Begeleider NAH (32 uur)")[0]) == disabled
    assert best(tax, titles("Begeleider LVB jongeren")[0]) == disabled


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Begeleider arbeidsmatige dagbesteding Meppel", "begeleider personen met een beperking"),
        ("Begeleider zorgboerderij", "begeleider personen met een beperking"),
        ("Begeleider logeerhuis (weekenden)", "begeleider personen met een beperking"),
        ("Groepsleider KDC", "begeleider residentiële kinderen met een beperking"),
        ("Groepsleider jeugd (onregelmatig)", "medewerker residentiële jeugdhulp"),
        ("Pedagogisch medewerker 24-uurs leefgroep", "medewerker residentiële jeugdhulp"),
        ("Medewerker vrouwenopvang nachtdienst", "maatschappelijk werker crisisinterventie"),
        ("Herstelcoach", "begeleider geestelijke gezondheidszorg"),
        ("Begeleider VG", "begeleider personen met een beperking"),
        ("PB'er NAH", "begeleider personen met een beperking"),
        ("Locatiemanager BSO", "begeleider-coördinator kinderopvang"),
    ],
)
def test_fifteenth_round_settings_of_care(tax, title, expected):
    # before: a social worker for immigrants, a foster-care worker, a recreation leader, a
    # fitness instructor twice, a day-nursery worker, a nursery-school teacher, a maintenance
    # engineer, a mental-health supporter, a prison guard, ESCO's film "locatiemanager"
    assert best(tax, titles(title)[0]) == expected


def test_a_home_supporter_in_disability_care_is_no_home_carer(tax):
    # ESCO files "woonbegeleider gehandicaptenzorg" under its home carer (elderly care at home);
    # the list reads it as a home supporter of disabled people (before: the home supporter
    # first, the home carer second; the first reading of "VG" made it ESCO's home carer)
    found = top3(tax, titles("Woonbegeleider VG Emmen")[0])
    assert set(found[:2]) == {"woonbegeleider", "begeleider personen met een beperking"}
    assert "thuiszorgmedewerker" not in found


def test_round_the_clock_care_is_no_job(tax):
    # review 1: with only "uurs" as noise, "zorg" was left as a job word (a nurse became a home
    # carer, a care worker a medical coder)
    assert best(tax, titles("Verpleegkundige 24-uurs zorg")[0]) == "algemeen verpleegkundige"
    assert best(tax, titles("Zorgmedewerker 24-uurs zorg Ede")[0]) == "zorghulp"


def test_a_location_s_manager_is_the_manager_of_what_is_there(tax):
    # before: ESCO's "locatiemanager", who finds places to film
    assert best(tax, titles("Locatiemanager kinderopvang Zwolle")[0]) == "manager kinderdagverblijf"
    assert best(tax, titles("Locatiemanager restaurant")[0]) == "restaurantmanager"


def test_the_carer_in_charge_of_a_care_plan_is_a_certified_carer(tax):
    # an EVV'er is a verzorgende IG with the care plan, whom ESCO files under the home carer
    # (before: not among the first three)
    assert "thuiszorgmedewerker" in top3(tax, titles("EVV'er psychogeriatrie")[0])


def test_a_town_after_a_known_title_leaves_the_title_known(tax):
    # the whole title is an ESCO label once the town after it is dropped (before: the first
    # segment "chauffeur" as a truck driver, the removal driver second)
    assert top3(tax, titles("Chauffeur/verhuizer Hoogeveen")[0]) == ["chauffeur/verhuizer"]
    # a town of several words, or after "in", as the segment step reads it; an employer before
    # the town stays part of the title (it names the field: "Medewerker gemeente Ede")
    for title in titles("Chauffeur/verhuizer Bergen op Zoom", "Chauffeur/verhuizer in Den Haag"):
        assert top3(tax, title) == ["chauffeur/verhuizer"]
    assert best(tax, titles("Medewerker gemeente Ede")[0]) == (
        "administratief medewerker openbaar bestuur"
    )
    # a title that is a label as written stays one, though "Winkel" is also a town
    assert best(tax, titles("Toezichthouder in winkel")[0]) == "toezichthouder in winkel"
    # the same reading with and without the town, the occupation the title names first of
    # those the list ranks equal (before: with a town only, and as ESCO's own label)
    for title in titles("Expeditiemedewerker", "Expeditiemedewerker Nieuwegein"):
        found = top3(tax, title)
        assert found[0] == "expeditiemedewerker"
        assert "magazijnmedewerker" in found


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Werkbegeleider SW-bedrijf (inpak)", "begeleider personen met een beperking"),
        ("Jeugdconsulent gemeente", "jeugdhulpverlener"),
        ("Medewerker vluchtelingenwerk 24 uur", "maatschappelijk werker begeleiding allochtonen"),
        ("Coördinator vrijwilligerswerk", "verantwoordelijke vrijwilligerswerk"),
        ("Medewerker sociaal loket", "medewerker sociale zekerheid"),
        ("Groepsbegeleider kinderen (EMB)", "begeleider residentiële kinderen met een beperking"),
        ("Groepsbegeleider kinderopvang", "medewerker kinderdagverblijf"),
    ],
)
def test_fifteenth_round_words_of_welfare_and_sheltered_work(tax, title, expected):
    # before: a lecturer in social work, ESCO's youth information officer (its label
    # "jeugdconsulent"), nothing at all twice, a social worker, the supporter of disabled
    # people of any age, the supporter of disabled people
    assert best(tax, titles(title)[0]) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Montagemedewerker fietsen (uitzendbasis)", "fietsenbouwer"),
        ("Assemblagemedewerker fietsenfabriek", "fietsenbouwer"),
        ("Medewerker bollenbedrijf", "tuinbouwmedewerker"),
        ("Bedrijfsleider glastuinbouw Westland", "bedrijfsleider tuinbouw"),
        ("Beleidsmedewerker Werk & Inkomen gemeente", "beleidsmedewerker arbeidsmarkt"),
    ],
)
def test_fifteenth_round_words_of_an_ordinary_week(tax, title, expected):
    # an assembly worker is a kind of work ESCO divides by product ([soorten]); before: the
    # plain production worker twice, a car-lease company's worker, a shop's manager, the plain
    # policy officer
    assert best(tax, titles(title)[0]) == expected


def test_a_childcare_group_s_help_and_a_home_supporter_by_another_name(tax):
    # before: the childminder not among the first three; ESCO's home carer first
    assert "kinderverzorgster" in top3(tax, titles("Groepshulp kinderopvang Leiden")[0])
    found = top3(tax, titles("Begeleider wonen LVB")[0])
    assert set(found[:2]) == {"woonbegeleider", "begeleider personen met een beperking"}


# --------------------------------------------------------------------------- sixteenth round


def test_a_compound_read_apart_meets_esco_s_label_in_another_order(tax):
    # "kraanmachinist" is split and its parts met in another order: ESCO's "machinist mobiele
    # kraan" (before: the factory crane operator first, through the bare "kraanmachinist")
    assert best(tax, titles("Mobiele kraanmachinist Amersfoort")[0]) == "machinist mobiele kraan"
    assert best(tax, titles("Vleesverwerking machineoperator")[0]) == "operator bereid vlees"
    # two things joined by "en" are not one compound ("verkoopadministratie")
    assert best(tax, titles("Medewerker verkoop en administratie")[0]) == "verkoopmedewerker"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Trancheur uitsnijderij (dagdienst)", "vleessnijder"),
        ("Sorteerder recycling", "afvalsorteerder"),
        ("Medewerker webcare (24 uur)", "vertegenwoordiger klantenservice"),
        ("Douanemedewerker Schiphol", "douaneambtenaar"),
        ("Teamleider kassa Jumbo", "afdelingsmanager kassa detailhandel"),
        ("Klauwverzorger (zzp)", "veepedicure"),
        ("Cultuurtechnisch medewerker Drenthe", "vakman grond-, weg- en waterbouw"),
        ("Dakmonteur zonnepanelen", "monteur zonnepanelen"),
        ("Kok productiekeuken zorginstelling", "industriële kok"),
        ("Maalderijmedewerker", "molenaar"),
        ("Machinaal houtbewerker (meubelfabriek)", "operator houtbewerkingsmachine meubelen"),
        ("Lasrobotoperator", "bediener van gerobotiseerde installaties"),
        ("Productiehulp (uitzendbasis)", "productiemedewerker"),
    ],
)
def test_sixteenth_round_words_of_four_fields(tax, title, expected):
    # before: nothing at all (trancheur, douanemedewerker), a plain sorter, a medical
    # specialist, a hobby shop's manager, ESCO's vet, a culture policy officer, a roofer, a
    # plain cook, a metal heat treater, a wood carver, the plain production worker, a production
    # manager (by a spelling likeness)
    assert best(tax, titles(title)[0]) == expected


def test_a_cattle_truck_s_driver_is_a_truck_driver_who_carries_live_animals(tax):
    # before: the truck driver only, by default
    found = top3(tax, titles("Veewagenchauffeur CE Barneveld")[0])
    assert set(found[:2]) == {"vrachtwagenchauffeur", "vervoerder van levende dieren"}


def test_a_calculator_prices_building_work_and_a_work_planner_prepares_it(tax):
    # ESCO's "calculator" is described as a simulation engineer; in Dutch ads a calculator
    # prices construction and installation work, ESCO's bouwkostenadviseur. Users who pick an
    # occupation by its label take ESCO's "calculator" for the cost estimator, so both are
    # equally right (before: the "calculator" only, also for a werkvoorbereider)
    found = top3(tax, titles("Calculator utiliteitsbouw Deventer")[0])
    assert set(found[:2]) == {"bouwkostenadviseur", "calculator"}
    found = top3(tax, titles("Werkvoorbereider woningbouw")[0])
    assert "technicus civiele bouwkunde" in found[:2]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Laser operator plaatwerk", "operator lasersnijmachine"),
        ("Hoofd technische dienst (voedingsmiddelen)", "supervisor industrieel onderhoud"),
        ("Teamleider TD Veenendaal", "supervisor industrieel onderhoud"),
        (
            "Medewerker boekhandel zaterdagen",
            "verkoopspecialist boeken, tijdschriften en kantoorartikelen",
        ),
    ],
)
def test_a_laser_cutter_a_maintenance_chief_and_a_bookshop(tax, title, expected):
    # before: a welder ("laser" read as a misspelt "lasser"), the maintenance mechanic twice,
    # ESCO's trade-relations officer ("medewerker handel")
    assert best(tax, titles(title)[0]) == expected


def test_a_production_help_is_a_production_worker_also_of_what_it_makes(tax):
    # before: a production manager (by a spelling likeness); the helper of a slaughterhouse
    # is its slaughterer, as a production worker of one is
    assert best(tax, titles("Hulpkracht productie Venray")[0]) == "productiemedewerker"
    assert best(tax, titles("Productiehulp vleeswarenfabriek")[0]) == best(
        tax, titles("Productiemedewerker vleeswarenfabriek")[0]
    )
    # a green help is a green worker, no fruit worker (before: the green worker first by a tie of
    # the word-bag step, a fruit preserver and a fruit seller after it)
    assert top3(tax, titles("Hulpkracht groen Assen")[0]) == [
        "medewerker groenvoorziening/medewerkster groenvoorziening"
    ]


def test_a_job_noun_the_list_relates_both_ways_finds_the_list_s_entry(tax):
    # "leraar" and "docent" name the same role ([verwant]): the list's entry "docent
    # lichamelijke opvoeding" holds for the leraar too (before: a primary-school teacher)
    assert best(tax, titles("Leraar lichamelijke opvoeding Zwolle")[0]) == (
        "leerkracht lichamelijke opvoeding voortgezet onderwijs"
    )
    # "leidinggevende" and "hoofd": the entry "hoofd bediening" (before: a machine room chief)
    assert best(tax, titles("Leidinggevende bediening")[0]) == "maître d'hôtel"
    # not a generic doer: a "sales assistant horeca" is no "medewerker horeca"
    assert "ober/serveerster" not in top3(tax, titles("Sales assistant horeca")[0])


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Leraar NaSk – Deventer", "leerkracht natuurkunde voortgezet onderwijs"),
        ("Leraar wijsbegeerte (0,6 fte)", "leerkracht filosofie voortgezet onderwijs"),
        ("Leraar chemie m/v", "leerkracht scheikunde voortgezet onderwijs"),
        ("Leraar sociologie | Hogeschool Rotterdam", "docent sociologie hoger onderwijs"),
        ("Leraar aardwetenschappen", "docent aardwetenschappen hoger onderwijs"),
    ),
)
def test_a_leraar_of_a_subject_esco_names_beside_docent_is_that_subject_s_teacher(
    tax, title, expected
):
    # ESCO names these teachers with "docent" or "leerkracht" only, and the head step read
    # such a label's subject as evidence only for the title's own job noun: "Leraar X" read
    # the primary-school teacher of a bare "leraar" (on 6e546ac), "Docent X" the subject's
    # teacher. A leraar of a school subject teaches at the secondary school, as a docent does.
    assert best(tax, title) == expected
    assert best(tax, title.replace("Leraar", "Docent")) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Arts Amersfoort", "medisch specialist"),
        ("Stafmedewerker", "beleidsmedewerker"),
        ("Hoogleraar", "docent hoger onderwijs"),
        ("Bewonersconsulent woningcorporatie", "vastgoedbeheerder"),
        ("Veilingmedewerker Aalsmeer", "magazijnmedewerker"),
        ("Bedrijfshulpverlener", "bedrijfsbrandweerman"),
        ("Wetenschappelijk medewerker", "universitair onderzoeksassistent"),
    ],
)
def test_sixteenth_round_review_common_titles_read_as_their_job(tax, title, expected):
    # before: a specialised vet, a livestock worker ("stalmedewerker"), a teacher of gifted
    # pupils, a travel agent, a food-safety inspector ("veiling" read as "veiligheid"), a social
    # worker, a library worker
    assert best(tax, titles(title)[0]) == expected


def test_a_bare_entry_does_not_hide_the_specific_job_its_field_names(tax):
    # review 4: as title entries, "instructeur", "directeur" and "opzichter" put the general
    # reading before the instructor, director or supervisor the field names; they are bare
    # titles now, read only alone
    assert best(tax, titles("Instructeur autorijden")[0]) == "autorijinstructeur"
    assert best(tax, titles("Directeur HR")[0]) == "hoofd personeelszaken"
    assert best(tax, titles("Opzichter bosbouw")[0]) == "bosopzichter"


def test_bare_titles_parse_and_may_not_also_be_title_entries():
    table = parse_variants(
        "[kaal]\nPlanner = dispatcher goederenvervoer ; logistiek manager   # plans transport\n"
    )
    assert table.bare == {"planner": (("dispatcher goederenvervoer",), ("logistiek manager",))}
    assert table.occupations == {}
    with pytest.raises(ValueError, match="zowel onder"):
        parse_variants(
            "[beroepen]\nplanner = taxiplanner   # plans taxis\n"
            "[kaal]\nplanner = dispatcher goederenvervoer   # plans transport\n"
        )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Planner (m/v) 32-40 uur | Zwolle", "dispatcher goederenvervoer"),
        ("Senior planner", "dispatcher goederenvervoer"),
        ("Directeur (Den Haag)", "algemeen directeur"),
        ("Opzichter", "bouwopzichter"),
        ("Analist parttime", "technicus wetenschappelijk laboratorium"),
        ("Machinist", "treinmachinist"),
        ("Instructeur", "intern opleider"),
    ],
)
def test_a_bare_title_reads_the_common_sense_of_its_noun(tax, title, expected):
    # before: a hospital's operating-room planner, an auction house's director, a forest warden,
    # a business intelligence manager, a tower crane driver and a weld inspector
    assert best(tax, titles(title)[0]) == expected


def test_a_bare_client_manager_works_for_the_municipality(tax):
    # before: a hospitality customer-experience manager; a bank's says so
    assert set(top3(tax, titles("Klantmanager")[0])[:2]) == {
        "uitkeringsconsulent",
        "medewerker sociale zekerheid",
    }
    assert "uitkeringsconsulent" not in top3(tax, titles("Klantmanager zakelijk")[0])


def test_a_bare_title_is_read_alone_only(tax):
    # the other words decide, as without the entry
    assert best(tax, titles("Planner operatiekamer")[0]) == "opname- en operatieplanner"
    assert best(tax, titles("Planner wegtransport")[0]) == "dispatcher goederenvervoer"
    # beside another job a bare noun is that job's machinist, not a train driver
    assert "treinmachinist" not in top3(tax, titles("Machinist / grondwerker")[0])


def test_a_correction_comes_before_a_bare_title(tax):
    title = titles("Planner")[0]
    taxi = next(o for o in tax if o.preferred_label == "taxiplanner")
    assert best(tax, title) == "dispatcher goederenvervoer"
    corrected = tax.with_corrections({title: taxi.code})
    assert best(corrected, title) == "taxiplanner"
    assert best(corrected, "Planner (m/v) Ede") == "taxiplanner"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Elektromechanisch monteur (m/v) Venlo", "elektromechanicus"),
        ("Montagemedewerker staalbouw", "monteur staalconstructies"),
        ("Fiscaal medewerker", "administratief medewerker belastingen"),
        ("Adviseur arbeidsvoorwaarden 36 uur", "personeelsfunctionaris"),
        ("Teamleider administratie", "hoofd boekhouding"),
        ("Leidinggevende administratie", "hoofd boekhouding"),
        ("Beleidsmedewerker duurzaamheid", "beleidsmedewerker milieu"),
        ("Poliklinisch assistente cardiologie", "doktersassistent"),
        ("Orthodontieassistent", "tandartsassistent"),
        ("Manueel therapeut Den Bosch", "gespecialiseerd fysiotherapeut"),
        ("Radiotherapeutisch laborant", "radiotherapeut"),
        ("Kleuterjuf", "leraar kleuteronderwijs"),
        ("Leerkracht vrijeschool", "leraar steineronderwijs"),
        ("Praktijkdocent installatietechniek", "vakdocent beroepsonderwijs"),
        ("Afdelingshoofd", "afdelingsmanager"),
    ],
)
def test_seventeenth_round_probe_titles_read_as_their_job(tax, title, expected):
    # before: an electromechanical assembly worker, a production worker, a policy officer of
    # tax affairs, a work analyst, an administrative worker,
    # the plain policy officer, a medical specialist, a dental technician, an animal osteopath,
    # a laboratory technician, nothing, a primary-school teacher, a secondary-school teacher
    # and a bakery shop's manager
    assert best(tax, titles(title)[0]) == expected


def test_seventeenth_round_titles_show_the_other_right_readings(tax):
    # an installation firm's electrician beside ESCO's electromechanic (third before, after an
    # industrial mechanic); ESCO's "interieurverzorger" also cleans offices; a farm-machine
    # mechanic also ESCO's own label of the name; a mammography laborant is a radiology laborant
    assert top3(tax, titles("Monteur elektrotechniek Zwolle")[0])[:2] == [
        "elektromechanicus",
        "monteur elektrische installaties",
    ]
    assert top3(tax, titles("Interieurverzorgster kantoren")[0])[:2] == [
        "interieurverzorger",
        "schoonmaker gebouwen",
    ]
    farm = top3(tax, titles("Monteur landbouwmechanisatie")[0])
    assert farm[0] == "monteur landbouwmachines"
    assert {"landbouwmachinemonteur", "technicus landbouwmachines"} <= set(farm)
    assert set(top3(tax, titles("Mammolaborant")[0])[:2]) == {
        "radiodiagnost",
        "medisch beeldvormings- en bestralingsdeskundige",
    }
    # the shops' department heads keep ESCO's own label
    assert best(tax, titles("Afdelingshoofd bakkerij")[0]) == "bedrijfsleider bakkerswinkel"


def test_another_specialism_of_the_same_noun_is_not_the_specific_job(tax):
    # before: ESCO's "verpleegkundige nucleaire geneeskunde" (a nuclear-medicine worker), and
    # the carer of adults with a physical disability for one with an intellectual disability
    assert best(tax, titles("Verpleegkundige interne geneeskunde Zwolle")[0]) == (
        "algemeen verpleegkundige"
    )
    assert best(tax, titles("Woonbegeleider volwassenen met een verstandelijke beperking")[0]) == (
        "woonbegeleider"
    )
    # the label's specialism where the title says it
    assert best(tax, titles("Verpleegkundige nucleaire geneeskunde")[0]) == (
        "medisch nucleair werker"
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Disponent wegtransport", "dispatcher goederenvervoer"),
        ("Medewerker baggage handling", "bagagemedewerker"),
        ("Operator drukkerij Zwolle", "offsetdrukker"),
        ("Netwerkmonteur gas regio Utrecht", "gasmonteur"),
        ("Serviceadviseur garage", "klantadviseur"),
        ("Constructeur werktuigbouw (m/v)", "ontwerper-constructeur machines en gereedschappen"),
        ("Praktijkverpleegkundige huisarts Utrecht", "algemeen verpleegkundige"),
        ("Orthodontist assistente", "tandartsassistent"),
        ("Farmaceutisch consulent", "apothekersassistent"),
        ("Teamleider thuiszorg", "leidinggevend verpleegkundige"),
        ("Locatiemanager zorg", "manager zorginstelling"),
        ("Medewerker patiëntenlogistiek", "brancardier"),
        ("Meldkameroperator", "meldkamercentralist"),
        ("Accountmanager zakelijke markt", "accountmanager"),
        ("Radioloog", "medisch specialist"),
        ("Pedagogisch beleidsmedewerker", "begeleider-coördinator kinderopvang"),
        ("Directeur zorginstelling", "manager zorginstelling"),
        ("Bedrijfsarts", "medisch specialist"),
        ("Medewerker houdbaar", "schappenvuller"),
        ("Area manager", "regiomanager"),
        ("Medewerker printshop", "technicus reprografie"),
    ],
)
def test_seventeenth_round_review_titles_read_as_their_job(tax, title, expected):
    # review 5 found each read as another job: a cash-in-transit guard, a waste sorter, a
    # boiler operator, an electricity-grid fitter, an automation technician, a structural
    # engineer, the GP, the orthodontist, the pharmacist, a family support worker, a film
    # location scout, a goods logistics worker, a production worker, a business bank's manager,
    # a radiographer, a childcare group worker, a school's director, the GP, nothing, nothing
    # and an assembler of circuit boards
    assert best(tax, titles(title)[0]) == expected


def test_seventeenth_round_review_titles_show_both_readings(tax):
    # a driving school's instructor is either of ESCO's two driving instructors
    assert set(top3(tax, titles("Instructeur rijschool")[0])[:2]) == {
        "autorijinstructeur",
        "rijinstructeur",
    }
    # ESCO gives "credit controller" to its financial controller and "arbocoördinator" to its
    # labour inspector; the debtor manager and the company's prevention adviser beside them
    assert top3(tax, titles("Arbocoördinator")[0])[:2] == [
        "inspecteur arbeidsinspectie",
        "preventieadviseur",
    ]
    assert top3(tax, titles("Credit controller")[0])[:2] == ["controller", "incassomedewerker"]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Medewerker sorteercentrum (avond)", "magazijnmedewerker"),
        ("Plant manager Venlo", "productiemanager"),
        ("Productieplanner 40 uur", "productieleider"),
        ("Operator drukpers", "offsetdrukker"),
        ("Productie engineer", "productie-ingenieur"),
        ("Jeugd- en gezinsprofessional", "jeugdhulpverlener"),
        ("Teamleider wijkverpleging Zwolle", "leidinggevend verpleegkundige"),
        ("AIOS huisartsgeneeskunde", "huisarts"),
        ("Serveerder evenementen", "ober/serveerster"),
        ("Toneeltechnicus", "podiumtechnicus"),
        ("AI engineer (m/v)", "ict intelligent systems designer"),
        ("Re-integratieadviseur", "re-integratiedeskundige"),
        ("Monteur werktuigbouwkundige installaties", "verwarmingsmonteur"),
        ("Monteur netwerkbeheer", "monteur elektriciteitsnetten"),
        ("Ontwerper machinebouw", "ontwerper-constructeur machines en gereedschappen"),
        ("Technicus medische apparatuur", "technisch ingenieur medische apparatuur"),
        ("Bouwkundig opzichter", "bouwkundig inspecteur"),
        ("Docent maatschappijleer", "leerkracht voortgezet onderwijs"),
        ("Flexwerker kinderopvang", "medewerker kinderdagverblijf"),
        ("Rayonmanager schoonmaak", "hoofd huishoudelijke dienst"),
        ("Alarmcentralist", "meldkamercentralist"),
        ("Casemanager inkomen", "uitkeringsconsulent"),
        ("Wijkcoördinator", "opbouwwerker"),
        ("Bestuurssecretaris", "beleidsmedewerker"),
        ("Boomspecialist", "boomchirurg"),
        ("Motion designer", "digital media designer"),
    ],
)
def test_seventeenth_round_decorated_review_titles_read_as_their_job(tax, title, expected):
    # review 6 found each read as another job (a leather sorter, a flower distributor, a
    # leather-industry planning engineer, a screen printer, a textile developer, a risk manager,
    # a team leader of animal keepers, a medical specialist, an event manager, a stage
    # hairdresser, a search engine expert, a systems integrator, a
    # mechanical engineer, a machine fitter, an aerospace engineer, a computer technician, a
    # bridge inspector, a university sociology lecturer, a kindergarten teacher, a retail area
    # manager, a taxi dispatcher, a fraud investigator, a street sweeper, a secretarial clerk,
    # nothing and a film's production designer)
    assert best(tax, titles(title)[0]) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Woonbegeleider GGZ Leiden",
        "Ambulant begeleider GGZ (hbo)",
        "Persoonlijk begeleider GGZ",
        "Begeleider beschermd wonen",
    ],
)
def test_a_carer_in_mental_health_care_is_its_carer(tax, title):
    # before: the plain living-support worker or a carer of people with a disability first
    assert best(tax, titles(title)[0]) == "begeleider geestelijke gezondheidszorg"


def test_a_clients_carer_is_no_bank_adviser(tax):
    # before: ESCO's client adviser of a bank; now also "residentiële" youth care is youth care
    assert best(tax, titles("Cliëntbegeleider")[0]) == "begeleider personen met een beperking"
    assert best(tax, titles("Groepsleider residentiële jeugdzorg")[0]) == (
        "medewerker residentiële jeugdhulp"
    )


@pytest.mark.parametrize(
    "title", ["Trainer verkoop", "Sales trainer (m/v)", "Bedrijfstrainer", "Trainer klantcontact"]
)
def test_a_company_trainer_is_no_sport_coach(tax, title):
    # before: ESCO's sport coach, which has the bare word "trainer" among its labels
    assert best(tax, titles(title)[0]) == "intern opleider"


def test_a_bare_trainer_stays_esco_sport_coach(tax):
    assert best(tax, titles("Trainer")[0]) == "sportcoach"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Medewerker Veilig Thuis", "maatschappelijk werker"),
        ("Sociaal makelaar", "sociaal-cultureel werker, specialisatie samenlevingsopbouw"),
        ("Wijkverbinder", "sociaal-cultureel werker, specialisatie samenlevingsopbouw"),
        ("Gedragskundige gehandicaptenzorg", "gedragswetenschapper"),
        ("Cognitief gedragstherapeut", "psychotherapeut"),
        ("Medewerker personenalarmering", "meldkamercentralist"),
        ("Alarmopvolger zorg", "thuiszorgmedewerker"),
        ("Chauffeur dagbesteding", "taxichauffeur"),
        ("Teamleider gehandicaptenzorg", "manager zorginstelling"),
        ("Medewerker huishoudelijke ondersteuning", "thuishulp"),
        ("Triageverpleegkundige", "gespecialiseerd verpleegkundige"),
        ("Directeur welzijnsorganisatie", "manager sociale dienstverlening"),
        ("Forensisch begeleider", "begeleider geestelijke gezondheidszorg"),
        ("Medewerker intramurale zorg", "zorghulp"),
    ],
)
def test_seventeenth_round_care_review_titles_read_as_their_job(tax, title, expected):
    # review 7 (care and welfare) found each read as another job: a food-safety inspector, an
    # estate agent, a bookbinding machine operator, a mathematician, an animal's therapist, an
    # HR officer, an alarm technician, a truck driver, the carer instead of the team leader, a
    # laboratory worker, the GP, an animal-welfare inspector, a coroner and a
    # foster-care worker
    assert best(tax, titles(title)[0]) == expected


def test_a_bare_alarm_responder_is_not_made_a_carer(tax):
    # a bare "alarmopvolger" is as often a security guard's job
    assert "thuiszorgmedewerker" not in top3(tax, titles("Alarmopvolger")[0])


# --- eighteenth round: a title says a label word whole, by all its parts, or half

_GREEN = "medewerker groenvoorziening/medewerkster groenvoorziening"


@pytest.mark.parametrize(
    "title",
    ["Medewerker taartproductie", "Medewerker kozijnproductie Zwolle", "Medewerker zeepproductie"],
)
def test_a_worker_of_one_production_is_no_worker_of_another(tax, title):
    # before: ESCO's "medewerker visproductie", whose "visproductie" the title's "productie"
    # was taken to say whole
    assert best(tax, titles(title)[0]) == "productiemedewerker"


def test_a_worker_of_a_care_service_is_no_foster_care_worker(tax):
    # before: "medewerker pleegzorg", by the "zorg" it ends with
    assert best(tax, titles("Medewerker maaltijdservice zorg")[0]) == "medewerker maaltijden"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Groepsleider sport", "sport- en bewegingsleider"),
        ("Groepsleider logistiek", "logistiek manager"),
    ],
)
def test_a_group_leader_is_no_fitness_class_leader(tax, title, expected):
    # before: ESCO's "groepsfitnessbegeleider", whose "groep" the title says but not its
    # fitness
    assert best(tax, titles(title)[0]) == expected


def test_a_word_a_title_starts_with_is_no_unit_when_no_word_follows_it(tax):
    # "vers" of "verslaving" (before: the food-safety specialist of fresh food)
    assert "specialist voedselveiligheid" not in top3(tax, titles("Medewerker verslaving")[0])


def test_a_generic_worker_still_reads_its_kind_of_worker(tax):
    # a guard: "jeugdwelzijnswerker" is a kind of the "werker" the title names
    assert best(tax, titles("Jeugdwerker")[0]) == "jeugdwelzijnswerker"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Medewerker burgerlijke stand gemeente Breda", "ambtenaar van de burgerlijke stand"),
        ("Medewerker zorgloket (Wmo)", "medewerker sociale zekerheid"),
        ("Declaratiemedewerker ggz", "facturist"),
        ("Medewerker declaraties", "facturist"),
        ("DBC medewerker ziekenhuis", "medisch codeur"),
        ("Declaratiebeoordelaar zorgverzekeraar", "administratief medewerker verzekeringen"),
        ("Medewerker laden en lossen (dagdienst)", "magazijnmedewerker"),
        ("Medewerker kinderboerderij", "medewerker dierverzorging"),
        ("Medewerker mediatheek", "bibliotheekmedewerker"),
        ("Klantmanager jongeren (Participatiewet)", "re-integratiedeskundige"),
        ("Medewerker schuldhulp", "maatschappelijk werker"),
        ("Medewerker buitendienst openbare ruimte", _GREEN),
        ("Medewerker buitendienst groen en grijs", _GREEN),
        ("Medewerker data-invoer", "datatypist"),
    ],
)
def test_eighteenth_round_probe_titles_read_as_their_job(tax, title, expected):
    # before: a civil-affairs officer, a foster-care worker, a customs declarant, a hospital's
    # social worker, a monitoring officer, an airport director, a childcare worker, a media
    # planner, a youth centre's manager, a helpline worker, a field sales representative and
    # a data centre's worker
    assert best(tax, titles(title)[0]) == expected


def test_an_administration_named_before_its_worker_is_read_as_after_it(tax):
    # feeds write "Polisadministratie medewerker" as often as "Medewerker polisadministratie"
    # (before: a plain administrative worker, not the insurer's)
    expected = "administratief medewerker verzekeringen"
    assert best(tax, titles("Polisadministratie medewerker via uitzendbureau")[0]) == expected


@pytest.mark.parametrize("title", ["Begeleider woongroep", "Begeleider woongroep psychiatrie"])
def test_a_group_homes_carer_is_no_fitness_class_leader(tax, title):
    # "woongroep" is a group home (before: ESCO's "groepsfitnessbegeleider" by "groep")
    assert best(tax, titles(title)[0]) == "woonbegeleider"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("E-tekenaar", "technisch tekenaar elektriciteit"),
        ("W-tekenaar (Revit)", "technisch tekenaar koel-, lucht- en verwarmingstechniek"),
    ],
)
def test_an_installation_draughtsman_draws_his_trades_installations(tax, title, expected):
    # before: a plain technical draughtsman
    assert best(tax, titles(title)[0]) == expected


@pytest.mark.parametrize(
    ("title", "esco_first", "also"),
    [
        ("Kraanmachinist", "kraanbestuurder fabriek", "machinist mobiele kraan"),
        ("Monteur scheepsbouw", "technisch ingenieur vaartuigen", "scheepsmonteur"),
    ],
)
def test_esco_reading_first_and_the_ads_reading_beside_it(tax, title, esco_first, also):
    # ESCO files these words under one occupation; ads mean another as often
    shown = top3(tax, titles(title)[0])
    assert shown[0] == esco_first
    assert also in shown


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Begeleider jeugdzorg (32 uur)", "jeugdhulpverlener"),
        ("Begeleider kamertraining 16+", "medewerker residentiële jeugdhulp"),
        ("Groepsleider jeugdinrichting", "medewerker residentiële jeugdhulp"),
        ("Groepsleider gesloten jeugdzorg", "medewerker residentiële jeugdhulp"),
    ],
)
def test_youth_care_titles_read_as_youth_care(tax, title, expected):
    # review 8 found these a youth information officer, a carer of adults with a physical
    # disability, or a fitness class leader
    assert best(tax, titles(title)[0]) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Medewerker bedrijfscatering (Sodexo)", "ober/serveerster"),
        ("Medewerker koffiecorner", "barista"),
    ],
)
def test_a_company_canteen_and_a_coffee_corner_are_hospitality(tax, title, expected):
    # review 8: before, a car-lease company's worker (by "bedrijf") and a master coffee roaster
    assert best(tax, titles(title)[0]) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Word jij onze nieuwe kapper? Salon Knipmes zoekt jou!",
        "Ben jij onze nieuwe kapper? Solliciteer nu!",
        "Kapper gezocht! Salon Knipmes in Zwolle",
    ],
)
def test_a_question_or_exclamation_mark_ends_a_sentence_of_the_ad(tax, title):
    # before, the call "… zoekt" ate the whole title up to it and nothing was found
    assert best(tax, title) == "kapper"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Chauffeur stadsbus", "buschauffeur"),
        ("Chauffeur schoolbus (parttime)", "buschauffeur"),
        ("Chauffeur taxivervoer", "taxichauffeur"),
        ("Chauffeur ambulancevervoer", "ambulancechauffeur"),
        ("Monteur glasschade", "glasmonteur"),
    ],
)
def test_a_part_of_the_compound_beside_the_job_says_what_the_job_is_about(tax, title, expected):
    # before, a truck driver and a machine mechanic: the job noun alone
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Schoonmaker tapijtfabriek", "schoonmaker gebouwen"),
        ("Chauffeur hoveniersbedrijf", "vrachtwagenchauffeur"),
        ("Verpleegkundige wijkzorg", "algemeen verpleegkundige"),
        # ESCO files "revalidatieverpleegkundige" under its occupational therapist; the list
        # reads a nurse
        ("Verpleegkundige revalidatiecentrum", "gespecialiseerd verpleegkundige"),
    ],
)
def test_a_company_or_a_part_no_label_says_is_not_what_the_job_is_about(tax, title, expected):
    # "zorg" alone would read the nurse as another one, whose label says no "zorg"
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Webdesigner (junior)", "digital media designer"),
        ("Welzijnscoach ouderen 24 uur", "ouderenwerker"),
        ("Planner zorgvervoer", "taxiplanner"),
        ("Planner leerlingenvervoer, parttime", "taxiplanner"),
    ],
)
def test_everyday_titles_esco_has_no_word_for_read_as_the_list_says(tax, title, expected):
    # before, a web developer, an animal welfare inspector and a hospital's operation planner
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Operator brood en banket", "bakkerijmedewerker"),
        ("Operator voedingsmiddelenindustrie Zwolle", "medewerker voedselproductie"),
        ("Machineoperator levensmiddelen", "medewerker voedselproductie"),
        ("Operator verpakkingsmachine", "procesoperator verpakkings- en vulmachine"),
    ],
)
def test_an_operator_of_a_product_is_the_operator_esco_names_for_it(tax, title, expected):
    # before, the generic production worker
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Vestigingsmanager KDV", "manager kinderdagverblijf"),
        ("Vestigingsmanager kinderdagverblijf", "manager kinderdagverblijf"),
        ("Machinist NS - opleiding met baangarantie", "treinmachinist"),
        ("Word machinist bij NS!", "treinmachinist"),
    ],
)
def test_a_branch_manager_and_the_railways_as_a_dutch_reader_takes_them(tax, title, expected):
    # before, ESCO's manager of buildings (its bare "vestigingsmanager") and a road roller's
    # or pile driver's machinist
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Medewerker parkeercontrole via uitzendbureau", "parkeercontroleur"),
        ("Medewerker productiecontrole", "productiecontroleur"),
        ("Toegangscontrole medewerker", "beveiliger"),
    ],
)
def test_a_worker_of_a_kind_of_work_is_its_doer_by_name(tax, title, expected):
    # before, a valet-parking driver, a production worker and a quality inspector
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    "title", ["Soldaat Landmacht", "Militair bij de Landmacht (m/v)", "Militair"]
)
def test_a_soldier_in_defence_ads_is_a_soldier(tax, title):
    # before, ESCO's artillery officer (its "soldaat") and a military analyst
    assert best(tax, title) == "soldaat infanterie"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Executive assistant to the CEO", "executive assistant"),
        ("Management assistant to the board (32 uur)", "managementassistent"),
    ],
)
def test_whom_an_assistant_works_for_is_not_the_job(tax, title, expected):
    # before, "Executive assistant to the CEO" read ESCO's chief executive first
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Klassenassistente onderbouw", "onderwijsassistent basisonderwijs"),
        ("Beheerder milieustraat - Gemeente Ede", "verantwoordelijke afvalbehandelingssite"),
        ("Medewerker milieupark Heerlen", "recyclingmedewerker"),
    ],
)
def test_school_and_recycling_yard_titles_read_as_their_work(tax, title, expected):
    # before, a special-needs school's assistant, a forest ranger and an environment policy
    # officer
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Maaltijdbezorger fiets", "fietskoerier"),
        ("Maaltijdbezorger op de fiets Utrecht", "fietskoerier"),
        ("Maaltijdbezorger e-bike", "fietskoerier"),  # a short word as the list reads it
    ],
)
def test_a_word_beside_a_job_noun_picks_among_senses_the_list_ranks_equal(tax, title, expected):
    # "maaltijdbezorger" is a courier by bike or by scooter, ranked equal; before, the one a
    # tie put first (by scooter) stayed first whatever the title said
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Operator energiecentrale (uitzendbasis)", "operator energieproductie"),
        ("Bedrijfsleider akkerbouw (m/v) Zeeland", "bedrijfsleider in de landbouw"),
    ],
)
def test_a_power_station_operator_and_an_arable_farm_manager(tax, title, expected):
    # review 9 found the first a solar plant's technician; the second read a shop manager
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Werkvoorbereider E", "installatie-ingenieur"),
        ("Uitvoerder W-installaties", "installatie-ingenieur"),
        ("Directievoerder", "bouwopzichter"),
        ("Cost engineer", "bouwkostenadviseur"),
        ("Tekenaar GWW / Infra", "civieltechnisch tekenaar"),
    ],
)
def test_the_construction_and_installation_office_reads_as_its_work(tax, title, expected):
    # before, ESCO's simulation engineer ("calculator"), a site manager of building work, a
    # tiler, a search-engine optimiser and a technical draughtsman of anything
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Medewerker interieurverzorging ziekenhuis | 28 uur", "schoonmaker gebouwen"),
        ("Executive Housekeeper 4* hotel", "hoofd huishoudelijke dienst"),
        ("Verhuurconsulent woningcorporatie", "medewerker verhuur van vastgoed"),
        ("Medewerker graffitiverwijdering (m/v)", "gevelreiniger"),
        ("Medewerker asbestverwijdering", "asbestverwijderaar"),
    ],
)
def test_cleaning_and_housing_titles_read_as_their_work(tax, title, expected):
    # before, a care-home worker, a housekeeping worker, an estate agent, and a
    # hazardous-waste technician for both removers
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Vestigingsmanager", "winkelmanager"),
        ("Vestigingsmanager supermarkt", "winkelmanager"),
        ("Teamleider vers - Albert Heijn", "afdelingsmanager detailhandel"),
        ("Afdelingsmanager vers 38 uur", "afdelingsmanager detailhandel"),
    ],
)
def test_retail_chain_managers_read_as_managers_in_a_shop(tax, title, expected):
    # before, ESCO's building manager (its bare "vestigingsmanager") and its department
    # manager of any company
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Chauffeur bij Visser Transport", "vrachtwagenchauffeur"),
        ("Administrateur bij Bakker Logistiek", "boekhouder"),
    ],
)
def test_a_job_noun_after_bij_is_the_employers_name_when_a_job_comes_before(tax, title, expected):
    # an employer named after a trade ("Visser", "Bakker") is no second job; before, a fishing
    # boat's deckhand and a baker
    assert best(tax, title) == expected


def test_a_bare_bij_job_still_reads_the_trade_it_names(tax):
    # a generic doer before "bij" names no job of its own: the trade after it still counts
    assert "bakker" in top3(tax, "Hulp bij bakker")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Docent Engels (mbo)", "vakdocent beroepsonderwijs"),
        ("Docent economie (mbo) | Amersfoort", "vakdocent beroepsonderwijs"),
        ("Docent Engels (mbo) - ROC Midden", "vakdocent beroepsonderwijs"),
        ("Docent pedagogisch werk mbo", "vakdocent beroepsonderwijs"),
    ],
)
def test_the_school_level_a_teacher_title_names_wins_over_another_level(tax, title, expected):
    # the level in brackets is the teacher's school as when written inline; before, the
    # secondary-school language and economics teachers, and a lecturer in higher education
    # ("pedagogische wetenschappen hoger onderwijs") for a vocational school's teacher
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Docent NaSk", "leerkracht natuurkunde voortgezet onderwijs"),
        ("Docent levensbeschouwing", "leerkracht godsdienst voortgezet onderwijs"),
        ("Teacher of English", "leerkracht moderne talen voortgezet onderwijs"),
    ],
)
def test_a_school_subject_without_a_level_reads_the_secondary_school_teacher(tax, title, expected):
    # a bare "docent" teaches at a secondary school; before, the general secondary teacher for
    # NaSk and levensbeschouwing (subjects the list now names) and a primary-school teacher for
    # the English form
    assert best(tax, title) == expected


def test_a_subject_teacher_without_a_level_is_not_the_lecturer_in_higher_education(tax):
    # ESCO has both; a bare "docent" of a subject in a Dutch ad teaches at a secondary school
    found = top3(tax, "Docent filosofie")
    assert found[0] == "leerkracht filosofie voortgezet onderwijs"
    assert "docent wijsbegeerte hoger onderwijs" in found


@pytest.mark.parametrize(
    "title",
    [
        "Juf of meester groep 6",
        "Meester groep 4 gezocht",
        "Leerkracht onderbouw",
        "Leerkracht bovenbouw 0,8 fte",
    ],
)
def test_primary_school_teacher_titles(tax, title):
    # before, ESCO's sergeant ("meester") and a vocational teacher ("onderbouw")
    assert best(tax, title) == "leraar basisonderwijs"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Allround operator voedingsmiddelenindustrie", "medewerker voedselproductie"),
        ("Procesoperator food", "medewerker voedselproductie"),
        ("Operator mengvoerfabriek", "medewerker diervoeding"),
        ("Operator afvullijn", "procesoperator verpakkings- en vulmachine"),
        ("Allround operator chemische industrie", "procestechnicus chemische industrie"),
    ],
)
def test_an_operator_reads_as_the_operator_of_what_the_plant_makes(tax, title, expected):
    # "allround" is how, not what; a compound of goods and "fabriek" names the goods; before,
    # the plain production worker, and for the chemical plant ESCO's rubber operator (whose
    # alternative label the words are)
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Vleesbewerker", "vleessnijder"),
        ("Meubelspuiter", "lakspuiter"),
        ("Exportmedewerker", "specialist import-export"),
        ("PhD candidate", "universitair onderzoeksassistent"),
    ],
)
def test_trade_and_office_titles_esco_has_no_word_for(tax, title, expected):
    # before, nothing for three of them and a furniture maker for the sprayer
    assert best(tax, title) == expected


@pytest.mark.parametrize("title", ["Beveiliger Schiphol", "Security officer Schiphol"])
def test_the_airport_beside_a_guard_is_where_he_guards(tax, title):
    # "Schiphol" is a place, but beside a guard the list reads it as the airport; before, a
    # plain guard
    assert top3(tax, title)[:2] == ["beveiliger luchthaven", "beveiliger"]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Verkoopmedewerker binnendienst", "sales support medewerker"),
        ("Senior network engineer Cisco", "ict network engineer"),
        ("Meetkamermedewerker", "kwaliteitscontroleur metaalproducten"),
        ("Buitendienstoperator", "procestechnicus chemische industrie"),
        ("Assembly operator medische hulpmiddelen", "assemblagemedewerker medische hulpmiddelen"),
    ],
)
def test_office_and_factory_titles_read_as_their_work(tax, title, expected):
    # before, a shop's seller (whose word ESCO also files under its bakery worker), a chief
    # information security officer (the vendor "Cisco" spelled like "CISO"), a linen room
    # worker, a power plant's operator and a plain production worker
    assert best(tax, title) == expected


def test_a_segment_left_with_only_via_or_a_stopword_suggests_nothing_of_its_own(tax):
    # "(2-ploegen) via Randstad" left the word "via" as a segment of its own, which suggested
    # ESCO's "manager transport via pijpleidingen"
    assert top3(tax, "Productiemedewerker (2-ploegen) via Randstad") == ["productiemedewerker"]
    assert "graafmachinist" in top3(
        tax, "Machinist (graafmachine) via uitzendbureau - ook weekendwerk"
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Monteur W nieuwbouw", "verwarmingsmonteur"),
        ("Monteur beglazing", "glasmonteur"),
        ("Betonvloerenlegger", "betonafwerker"),
        ("Onderhoudsmonteur woningen", "klusjesman"),
        ("Mutatiemonteur", "klusjesman"),
        ("Datamonteur", "servicemonteur communicatie-infrastructuur"),
    ],
)
def test_construction_and_installation_trades_read_as_their_work(tax, title, expected):
    # before, a machine mechanic ("W" before another word was dropped; "beglazing" and
    # "mutatiemonteur" unknown), ESCO's concrete foreman, a smart-home installer, a cable
    # assembler
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Medewerker koel- en vrieshuis", "magazijnmedewerker"),
        ("Vrieshuismedewerker", "magazijnmedewerker"),
        ("Sorteerder pakketten sorteercentrum (nacht)", "pakhuismedewerker"),
        ("Voorman expeditie", "magazijnchef"),
        ("Planner distributie", "dispatcher goederenvervoer"),
    ],
)
def test_warehouse_titles_read_as_warehouse_work(tax, title, expected):
    # before, refrigeration engineers, a care-home worker, ESCO's product quality sorter, a
    # freight forwarder and a gas distribution planner
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Medewerker bedrijfsrestaurant", "medewerker maaltijden"),
        ("Kantinemedewerker", "medewerker maaltijden"),
        ("Guest service agent", "horecavestigingsreceptionist"),
        ("Keukenleider", "chefkok"),
        ("Assistent bedrijfsleider horeca", "restaurantmanager"),
    ],
)
def test_hospitality_titles_read_as_their_work(tax, title, expected):
    # before, a waiter (a company restaurant's staff serve at a counter), a police officer
    # ("agent"), a sales manager of kitchens, and a shop manager
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Verzorgende IG verpleeghuis", "zorghulp"),
        ("Verzorgende IG psychogeriatrie 24 uur", "zorghulp"),
        ("Verzorgende IG wijkzorg", "thuiszorgmedewerker"),
    ],
)
def test_a_certified_carer_in_a_nursing_home_is_its_care_worker(tax, title, expected):
    # ESCO files "verzorgende IG" under its home carer; in a nursing home the same carer is its
    # care worker (before, the home carer for all three; the district-care one stays so)
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Verpleegkundige thuiszorg", "algemeen verpleegkundige"),
        ("Dialyseverpleegkundige", "gespecialiseerd verpleegkundige"),
        ("ICU nurse", "gespecialiseerd verpleegkundige"),
        ("Teamleider jeugdzorg", "manager jongerencentrum"),
        ("Jeugdprofessional", "jeugdhulpverlener"),
        ("Roosteraar", "medewerker personeelszaken"),
    ],
)
def test_care_titles_read_as_their_work(tax, title, expected):
    # before, a home carer (ESCO's filing of the words), a general nurse, a youth information
    # officer, a juvenile prison guard, and nothing
    assert best(tax, title) == expected


def test_a_gz_psychologist_also_offers_the_clinical_psychologist(tax):
    # ESCO's gezondheidszorgpsycholoog promotes health; the Dutch GZ-psycholoog treats patients
    assert top3(tax, "GZ-psycholoog") == [
        "gezondheidszorgpsycholoog",
        "klinisch psycholoog",
        "psycholoog",
    ]


def test_a_company_after_bij_says_nothing_of_the_job(tax):
    # the unknown name after "bij" kept "liften" from naming the lift mechanic; before, a
    # machine mechanic
    assert best(tax, "Servicemonteur liften bij Otis") == "liftmonteur"


def test_an_information_security_officer_sets_security_policy(tax):
    # before, ESCO's security engineer and its head of ICT security
    assert top3(tax, "Information security officer (ISO) 32-40 uur")[:2] == [
        "ict security manager",
        "ict security administrator",
    ]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Monteur E&W – utiliteit", "verwarmingsmonteur"),
        ("Operator mengvoederfabriek", "medewerker diervoeding"),
        ("Bedrijfsleider boomkwekerij", "bedrijfsleider tuinbouw"),
        ("Overblijfkracht basisschool", "kinderverzorgster"),
        ("Opperman dakdekker", "opperman bouw"),
        ("Ramenlapper", "glazenwasser"),
        ("Matroos visserij", "deksman visserij"),
        ("Schoonmaker vakantiepark", "medewerker huishoudelijke dienst"),
    ],
)
def test_titles_from_earlier_probes_read_as_their_work(tax, title, expected):
    # before: the letters "E&W" were lost beside a later segment (a machine mechanic); a
    # production worker; a shop manager; a day nursery's worker for the lunch-break
    # supervisor; ESCO's roofing foreman and facade cleaner (its filing of the words); a
    # merchant ship's sailor; a building cleaner
    assert best(tax, title) == expected


def test_a_shop_guard_also_offers_the_company_guard(tax):
    # ESCO's store detective first, as the look set has it; a uniformed "winkelsurveillant" is
    # also the guard of a company's premises (before, not among the first three)
    assert top3(tax, "Winkelsurveillant")[:2] == ["winkeldetective", "bedrijfsbewaker"]


def test_a_loader_also_offers_the_warehouse_worker(tax):
    # ESCO files "lader-losser" under its stuwadoor, who loads trucks; in Dutch ads the loader
    # mostly works at a warehouse or distribution centre (before, the stuwadoor alone)
    assert top3(tax, "Lader/losser")[:2] == ["stuwadoor", "pakhuismedewerker"]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Winkelmanager schoenen", "bedrijfsleider verkoop schoenen en lederwaren"),
        ("Filiaalmanager kleding", "manager kledingwinkel"),
        ("Store manager kleding", "manager kledingwinkel"),
        ("Bedrijfsleider schoenenwinkel", "bedrijfsleider verkoop schoenen en lederwaren"),
    ],
)
def test_a_shop_manager_beside_the_goods_is_the_manager_of_that_shop(tax, title, expected):
    # a shop's manager is a kind of work whose field ESCO names, like its seller; before,
    # the plain shop manager
    assert best(tax, title) == expected


def test_a_bare_shop_manager_stays_the_shop_manager(tax):
    assert top3(tax, "Winkelmanager")[0] == "winkelmanager"
    assert top3(tax, "Bedrijfsleider horeca")[0] == "restaurantmanager"


def test_a_drugstore_assistant_is_no_drugstore_manager(tax):
    # ESCO files the word "drogist" under the drugstore's manager; in Dutch ads a "drogist" is a
    # qualified shop assistant (before, the manager first)
    assert best(tax, "Drogist niveau 3") == "verkoopspecialist zorgartikelen en -hulpmiddelen"


# --------------------------------------------------------------------------- twenty-first round


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("SAP FICO consultant", "ict-applicatieconfigurator"),
        ("SAP HANA consultant (m/v)", "ict-applicatieconfigurator"),
    ],
)
def test_an_unknown_abbreviation_inside_a_title_does_not_cut_it_in_two(tax, title, expected):
    # the capitals were dropped as a company's name and the title read as two segments: the
    # first was "SAP" alone, which read a juice presser ("sap" is juice)
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Medewerker onderdelenmagazijn Kia-dealer", "magazijnmedewerker"),
        ("Automonteur - Opel-dealer Doetinchem", "automonteur"),
        ("Monteur bedrijfswagens - MAN-dealer Venlo", "automonteur"),
        ("Verkoopadviseur occasions Toyota dealer", "verkoopspecialist motorvoertuigen"),
    ],
)
def test_a_dealer_beside_a_job_is_the_employer(tax, title, expected):
    # a car or truck dealer employs the mechanic or seller; before, the casino's card dealer
    # (croupier) was among the first three, and first for the two without a segment of their own
    found = top3(tax, title)
    assert found[0] == expected
    assert "croupier" not in found


@pytest.mark.parametrize("title", ["Dealer Holland Casino", "Casino dealer (parttime)"])
def test_a_casino_dealer_is_the_croupier(tax, title):
    assert best(tax, title) == "croupier"


@pytest.mark.parametrize(
    "title", ["Servicemonteur heftrucks", "Servicemonteur heftrucks regio Twente buitendienst"]
)
def test_a_mechanic_of_forklifts_is_no_forklift_driver(tax, title):
    # "service" says how the monteur works: the title is a "monteur heftrucks", which the list
    # reads; before, the forklift driver came first (a bare "heftruck" is its driver)
    found = top3(tax, title)
    assert found[0] == "monteur industriële machines"
    assert "heftruckchauffeur" not in found[:2]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Storingsmonteur TD (3-ploegen)", "elektromechanicus"),
        ("Allround servicetechnicus elektro (E-TD)", "elektrotechnicus"),
    ],
)
def test_how_the_work_is_done_still_counts_beside_a_trade(tax, title, expected):
    # review 11: read as a "monteur TD" or "technicus elektro" these became the mechanic of
    # industrial machines; the bare noun is read only beside another job noun ("heftruck")
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Servicemonteur toegangscontrole (m/v)", "technicus alarmsystemen"),
        ("Storingsmonteur gebouwautomatisering", "technicus automatisering"),
        ("Onderhoudsmonteur zonne-energie", "monteur zonnepanelen"),
        ("Servicetechnicus kopieersystemen regio Noord", "monteur kantoormachines"),
        ("Storingsmonteur energienetten - 40 uur", "monteur elektriciteitsnetten"),
        ("Montagemonteur hydraulische systemen", "monteur hydraulische machines"),
        ("Servicemonteur elektronica", "technicus elektronica"),
    ),
)
def test_a_service_mechanic_of_a_system_the_list_names_is_its_fitter(tax, title, expected):
    # "service", "storing", "onderhoud", "montage" say how the monteur works; the list names the
    # system's fitter only as "monteur X" or "technicus X". Before, the compound job noun's own
    # readings or a neighbour came first (the mechanic of industrial machines, the plant's
    # electromechanic, a solar plant's operator, an assembler of batteries); "servicemonteur
    # elektronica" repairs, and is no assembler as the list's "monteur elektronica" is
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Allroundmedewerker slagerij", "verkoopspecialist vlees en vleeswaren"),
        ("Allroundmedewerker groente en fruit", "verkoopspecialist groenten en fruit"),
    ),
)
def test_an_allround_worker_is_the_list_s_worker_of_the_field(tax, title, expected):
    # "allround" leaves any job noun the same worker: the list's "medewerker slagerij" and
    # "medewerker groente en fruit"; before, a halal butcher and a fruit canner
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "wrong"),
    cases(
        ("Onderhoudsmedewerker zwembad", "redder"),
        ("Onderhoudsmedewerker vakantiepark", "campingmedewerker"),
        ("Montagemedewerker buitendienst", "commercieel vertegenwoordiger"),
        ("Montagemedewerker binnendienst", "sales support medewerker"),
        ("Installatiemonteur elektrotechniek (m/v)", "elektromechanicus"),
        (
            "Installatietechnicus werktuigbouw utiliteit",
            "monteur elektrische installaties utiliteitsbouw",
        ),
        ("Servicemedewerker zwembad", "redder"),
        ("Servicecoördinator ICT", "ICT-operationsmanager"),
        ("Onderhoudsengineer warmtenetten", "ingenieur thermische energie"),
        ("Servicemonteur mechatronica", "assemblagetechnicus mechatronica"),
        ("Plaatzager metaal", "operator houtzagerij"),
        ("Composite technician luchtvaart", "operator lamineren van glasvezel"),
        ("Nesting operator lasersnijden", "operator router"),
        ("Operator kapzaag aluminium", "operator houtzagerij"),
        ("Kapzager metaal", "operator houtzagerij"),
        ("Kwaliteitscontroleur plaatmateriaal metaal", "kwaliteitscontroleur samengesteld hout"),
        ("CRO analist", "sensorisch analist"),
        ("Medewerker meubelstoffering", "assemblagemedewerker meubelen"),
    ),
)
def test_a_maintenance_or_assembly_worker_is_no_worker_of_the_place(tax, title, wrong):
    # the forty-first round's reviews: an "onderhoudsmedewerker", "montagemedewerker" or
    # "servicemedewerker" is a worker of another kind than the list's "medewerker zwembad" (a
    # lifeguard) or "medewerker buitendienst" (field sales), and an installer of buildings is no
    # plant's maintenance electrician ("monteur elektrotechniek"), nor a maintenance engineer
    # the list's designer ("engineer warmtenetten"); and the round's lines left
    # out or made bare titles: a "plaatzager" or "kapzager" of metal, an aircraft's composite
    # technician and a laser cutter's nesting operator are no woodworkers or boat laminators,
    # and "cro" and "meubelstoffering" are no words of the list (as one, the second ended the
    # reading of an upholstery worker as the upholsterer)
    assert best(tax, title) != wrong


@pytest.mark.parametrize(
    "title", ["Medewerker op- en overslag haven Moerdijk", "Medewerker overslag containers"]
)
def test_transhipment_in_a_port_is_the_stuwadoor(tax, title):
    # "Overslag" is also a village in Zeeland: the word was dropped as a place and the title
    # read nothing (or nothing but "medewerker")
    assert best(tax, title) == "stuwadoor"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Beleidsmedewerker inburgering", "beleidsmedewerker immigratie"),
        ("Beleidsmedewerker asiel en migratie", "beleidsmedewerker immigratie"),
        ("Beleidsadviseur klimaatadaptatie", "beleidsmedewerker milieu"),
        ("Beleidsmedewerker strafrecht", "beleidsmedewerker juridische zaken"),
        ("Senior beleidsmedewerker jeugd", "beleidsmedewerker sociale zaken en welzijn"),
        ("Beleidsadviseur zorg (36 uur)", "beleidsmedewerker volksgezondheid"),
    ],
)
def test_a_policy_officer_of_a_domain_is_the_one_esco_names_for_it(tax, title, expected):
    # ESCO names a policy officer per domain, with its own words for some ("immigratie",
    # "juridische zaken", "milieu"); before, the plain policy officer
    found = top3(tax, title)
    assert found[0] == expected
    assert "beleidsmedewerker" in found  # the plain one stays beside it


def test_a_plain_policy_officer_stays_plain(tax):
    assert best(tax, "Beleidsmedewerker") == "beleidsmedewerker"
    assert best(tax, "Beleidsadviseur gemeente") == "beleidsmedewerker"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Car cleaner autobedrijf", "autopoetser"),
        ("Car detailer (fulltime)", "autopoetser"),
        ("Pechhulpverlener regio Noord", "wegenwacht"),
        ("Straatwerver (bijbaan)", "fondsenwerver"),
        ("Donateurwerver deur-aan-deur", "fondsenwerver"),
        ("Afsprakenmaker zonnepanelen", "callcentermedewerker"),
        ("Appointment setter", "callcentermedewerker"),
        ("Medewerker lashing containerterminal", "stuwadoor"),
        ("Stuurman zeevaart (m/v)", "dekofficier"),
        ("Eerste monteur personenauto's", "eerste automonteur"),
        ("Technisch specialist bedrijfswagens", "automonteur"),
        ("Snelservicemonteur", "bandenmonteur"),
        ("Groepsleider kinderdagverblijf", "medewerker kinderdagverblijf"),
        ("Adviseur arbeidsverhoudingen", "medewerker arbeidsverhoudingen"),
        ("Mediaverkoper", "advertentie- en reclameacquisiteur"),
        ("Beleidsadviseur openbare orde en veiligheid", "beleidsmedewerker"),
    ],
)
def test_everyday_titles_of_ports_garages_and_sales_read_as_the_list_says(tax, title, expected):
    # before: a building cleaner, a self-driving-car specialist, a social worker, a street
    # sweeper, an ambassador, a textile maker, a CNC programmer, a skipper, the inland
    # helmsman, the plain car mechanic, a power-electronics engineer, a machine mechanic, a
    # fitness instructor, a labour analyst and a seller of audio equipment. The last is a
    # guard: ESCO names no policy officer of public order, and the domain rule of this round
    # must not make its "openbare" one of public procurement
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    "title", ["Schadehersteller", "Autoschadehersteller (m/v) Apeldoorn", "Carrosseriehersteller"]
)
def test_a_car_body_repairer_is_esco_s_body_repairer_not_the_assembler(tax, title):
    # ESCO's carrosseriemonteur fits bodies on an assembly line; the body shop's repairer is
    # its carrosserie- en voertuigbouwer (7231, beside the car mechanic), first since this round
    found = top3(tax, title)
    assert found[0] == "carrosserie- en voertuigbouwer"
    assert "voertuiglakker" in found  # who paints the repair


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Zwerfafvalruimer", "straatveger"),
        ("Field operator (5-ploegen)", "procestechnicus chemische industrie"),
        ("Industrieel schilder staalconstructies", "oppervlaktebehandelaar"),
        ("Adviseur privacy (AVG)", "functionaris voor gegevensbescherming"),
        ("Beleidsadviseur HRM", "personeelsfunctionaris"),
        ("Verkoper boxsprings", "verkoopspecialist meubelen"),
        ("Monteur bussen en touringcars", "automonteur"),
    ],
)
def test_more_everyday_titles_of_industry_offices_and_shops(tax, title, expected):
    # before: a snow clearer, a blast-furnace operator, a building painter (ESCO files the
    # words "industrieel schilder" there), a medical specialist, the plain policy officer, a
    # plain seller and a machine mechanic
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Java ontwikkelaar (medior)", "software ontwikkelaar"),
        ("Pentester", "ethisch hacker"),
        ("Informatieanalist gemeente", "ict business analyst"),
        ("FP&A analist", "financieel analist"),
        ("Pensioenadministrateur (32 uur)", "medewerker pensioen"),
        ("QA engineer webshop", "software tester"),
        ("Trouwambtenaar", "ambtenaar van de burgerlijke stand"),
        ("Notulist gemeenteraad", "administratief medewerker secretariaat"),
        ("Operator RWZI", "technicus afvalwaterzuivering"),
        ("Crowd controller", "evenementenbeveiliger"),
        ("Ride operator pretpark", "attractiemedewerker"),
        ("Wijnadviseur slijterij", "verkoopspecialist dranken"),
    ],
)
def test_titles_of_it_finance_public_and_leisure_services_as_the_list_says(tax, title, expected):
    # before: the developer of gambling games, the disaster-recovery analyst (ESCO lists
    # "penetratietester" there), the data analyst (ESCO files "informatieanalist" there), a
    # laboratory technician (the capitals "FP&A" were dropped), a bookkeeper, a
    # search-engine expert, a clerk of public administration, a councillor, a production
    # worker, a financial controller, a production worker and a wine scientist
    assert best(tax, title) == expected


def test_a_trainee_is_no_trainer(tax):
    # "trainee" was spelling-corrected to "trainer": the ICT trainer, a sports coach
    found = top3(tax, "ICT-trainee")
    assert "ict trainer" not in found
    assert found[0] == "medewerker helpdesk"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Verzorgende IG ziekenhuis (nachtdienst)", "zorghulp"),
        ("Laborant medische beeldvorming", "medisch beeldvormings- en bestralingsdeskundige"),
        ("Deskundige steriele medische hulpmiddelen", "sterilisatieassistent"),
    ],
)
def test_hospital_titles_read_as_the_list_says(tax, title, expected):
    # before: the home carer (ESCO files "verzorgende IG" there; a hospital is no home, as a
    # nursing home was not in the twentieth round), a laboratory technician and a medical
    # imaging expert
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    "title", ["Check-in medewerker Schiphol", "Gate agent (parttime)", "Passenger service agent"]
)
def test_airport_passenger_staff_are_ground_staff_before_cabin_crew(tax, title):
    # ESCO's grondsteward serves travellers on the ground; its steward flies. The list ranked
    # them equal, and the cabin crew came first
    assert top3(tax, title)[:2] == ["grondsteward", "steward/stewardess"]


# -------------------------------------------------------------------------- twenty-second round


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Monteur meet- en regeltechniek (m/v)", "instrumentatietechnicus"),
        ("Technicus meet- en regeltechniek", "instrumentatietechnicus"),
        ("Monteur MS/LS regio Utrecht", "monteur elektriciteitsnetten"),
        ("Monteur kabels en leidingen (netbeheer)", "kabelmonteur"),
        ("Monteur zonne-energie", "monteur zonnepanelen"),
        ("Energielabel adviseur woningen", "energiedeskundige"),
        ("Glass installer", "glasmonteur"),
        ("Medewerker keukenmontage buitendienst", "keukenmonteur"),
    ],
)
def test_the_energy_transition_and_interior_trades_read_their_installer(tax, title, expected):
    # before: a measuring-and-control mechanic read the calibrator, "MS/LS", "kabels en
    # leidingen" and "keukenmontage" the plain mechanic of machines or a kitchen worker, solar
    # energy a power plant's technician
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Laborant voedingsmiddelen dagdienst", "voedingsanalist"),
        ("Laborant food", "voedingsanalist"),
        ("Laborant water (drinkwaterlab)", "analist waterkwaliteit"),
        ("Toezichthouder voedselveiligheid NVWA", "inspecteur voedselveiligheid"),
        ("Auditor voedselveiligheid", "specialist voedselveiligheid"),
        ("Medewerker ongediertebestrijding", "bestrijder ongedierte"),
        ("Technicus plaagdierbeheersing regio Zuid", "bestrijder ongedierte"),
    ],
)
def test_labs_food_safety_and_pest_control_read_their_own_occupation(tax, title, expected):
    # before: the food and water labs' "laborant" read the plain lab technician, a food-safety
    # supervisor the municipal enforcement officer, an auditor ESCO's plain (financial) auditor,
    # pest control nothing
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Jeugdbegeleider (32 uur)", "jeugdhulpverlener"),
        ("Begeleider autisme woongroep", "begeleider personen met een beperking"),
        (
            "Maatschappelijk werker verslavingszorg",
            "maatschappelijk werker alcohol-, drugs-, gokverslaafden",
        ),
        ("Medewerker verslavingszorg", "begeleider geestelijke gezondheidszorg"),
        (
            "Casemanager GGZ",
            "maatschappelijk werker, specialisatie geestelijke gezondheidszorg",
        ),
        ("Huiswerkbegeleider", "privéleraar/privélerares"),
        ("RT'er basisonderwijs", "remedial teacher"),
        ("School social worker", "schoolmaatschappelijk werker"),
    ],
)
def test_care_and_school_support_read_their_field(tax, title, expected):
    # before: a "jeugdbegeleider" read ESCO's youth worker, addiction care a foster-care worker
    # or the plain social worker, a homework helper a holiday-recreation leader
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Communicatieadviseur (32 uur)", "publicrelationsmedewerker"),
        ("Packaging designer", "grafisch ontwerper"),
        ("Confectiemedewerker naaiatelier", "operator naaimachine"),
        ("Medewerker linnenservice", "medewerker linnenkamer"),
        ("Reparateur sieraden", "reparateur van juwelen"),
        ("Tweewielertechnicus", "fietsenmaker"),
        ("Pattern maker", "patroontekenaar confectie"),
        ("Medewerker visual merchandising", "visual merchandiser"),
    ],
)
def test_media_and_craft_titles_read_their_occupation(tax, title, expected):
    # before: a "confectiemedewerker" read a cable assembler, a linen service a hospital's
    # social worker, a jewellery repairer a phone repairer, English repair and pattern titles
    # nothing or a watchmaker
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Marechaussee", "politieagent"),
        ("Medewerker alarmopvolging", "bewakingsagent interventie na alarm"),
        ("Close protection officer", "bodyguard"),
        ("Arrestantenverzorger", "gevangenisbewaarder"),
    ],
)
def test_justice_and_security_titles_read_their_occupation(tax, title, expected):
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Makelaar", "vastgoedmakelaar"),
        ("Verkoopmakelaar wonen", "vastgoedmakelaar"),
        ("Aankoopmakelaar", "vastgoedmakelaar"),
        ("Real estate agent", "vastgoedmakelaar"),
        ("Assistent makelaar", "administratief medewerker vastgoed"),
        ("Woninginspecteur", "bouwkundig inspecteur"),
        ("Opzichter planmatig onderhoud", "bouwopzichter"),
        ("Medewerker VvE-beheer", "vastgoedbeheerder"),
        ("Servicemonteur woningonderhoud", "klusjesman"),
        ("Manager wonen", "vastgoedmanager"),
    ],
)
def test_housing_and_estate_agency_titles_read_their_occupation(tax, title, expected):
    # before: a bare "makelaar" read ESCO's broker of any goods (its estate agent not among
    # the first three), a maintenance mechanic of homes the mechanic of industrial machines
    assert best(tax, title) == expected


def test_a_broker_of_another_trade_keeps_its_own_occupation(tax):
    # the estate agent is what a bare "makelaar" means; a broker named for another trade
    # keeps ESCO's occupation of it, and the plain broker stays second for a bare one
    assert best(tax, "Assurantiemakelaar") == "verzekeringsagent"
    assert best(tax, "Scheepsmakelaar") == "scheepsmakelaar"
    assert top3(tax, "Makelaar")[1] == "makelaar"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Rioollegger GWW", "rioolmonteur"),
        ("Evenementenproducent", "eventmanager"),
        ("Productiemedewerker cateringkeuken", "industriële kok"),
    ],
)
def test_new_entries_leave_other_job_nouns_alone(tax, title, expected):
    # a "PVC-legger" entry made "legger" a job noun of its own, and "Rioollegger" then read the
    # foreman of sewer layers; a "promotor" entry made the events producer a concert promoter;
    # a "projectleider groot onderhoud" entry took the industrial cook from a catering kitchen's
    # production worker. The three entries were withdrawn
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "both"),
    [
        (
            "CNC-houtbewerker interieurbouw",
            {"operator houtbewerkingsmachine meubelen", "operator CNC-machine"},
        ),
        ("Contentredacteur", {"copywriter", "web content manager"}),
        ("Phone repair technician", {"reparateur mobiele telefoons", "monteur mobiele telefoons"}),
    ],
)
def test_two_equally_right_occupations_come_first(tax, title, both):
    # before: a CNC woodworker read the wood carver, a content editor the publisher's editor, an
    # English phone-repair title the office-machine mechanic
    assert set(top3(tax, title)[:2]) == both


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Teamleider inbound (40 uur)", "magazijnchef"),
        ("Ploegleider orderpicking DC", "magazijnchef"),
        ("Floormanager horeca", "restaurantmanager"),
        ("Bedrijfsleider cafetaria", "teamleider in fastfoodrestaurants en snackbars"),
        ("Locatiemanager sportcentrum", "manager sportaccommodatie"),
        ("Teamleider crediteurenadministratie", "hoofd boekhouding"),
        ("Teamleider elektrotechniek", "teamleider elektriciens"),
        ("Bedrijfsleider kwekerij", "bedrijfsleider tuinbouw"),
    ],
)
def test_a_leader_of_a_field_is_its_leader(tax, title, expected):
    # before: the warehouse worker beside (or before) its chief, the production manager for a
    # warehouse shift, a shop manager for a snack bar, a film's location manager for a sports
    # centre, a bookkeeping assistant, the manager of a white-goods shop, an aquaculture manager
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Medewerker zuivering waterschap", "technicus afvalwaterzuivering"),
        ("Zuiveringstechnicus", "technicus afvalwaterzuivering"),
        ("Monteur zuiveringstechniek", "technicus afvalwaterzuivering"),
        ("Procesoperator afvalenergiecentrale", "exploitatietechnicus afvalverbrandingsoven"),
        ("Medewerker KCA-depot", "technicus gevaarlijk afval"),
        (
            "Operator recyclinginstallatie",
            "exploitatietechnicus installaties voor verwerking vast afval",
        ),
        (
            "Casemanager FACT",
            "maatschappelijk werker, specialisatie geestelijke gezondheidszorg",
        ),
        ("Medewerker kamertraining", "woonbegeleider"),
        ("Medewerker foodtruck", "streetfoodverkoper"),
    ],
)
def test_waste_water_and_care_work_read_their_occupation(tax, title, expected):
    # before: a water board's sewage plant read a flour mill's purifier or ESCO's desalination
    # technician, a waste-to-energy or recycling plant's operator the plain production worker,
    # "KCA" and "FACT" nothing (or a fact-checker), "kamertraining" a linen-room worker
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Zaterdaghulp bakkerij", "verkoopspecialist brood en banket"),
        ("Zaterdaghulp slagerij", "verkoopspecialist vlees en vleeswaren"),
    ],
)
def test_a_saturday_help_sells_what_the_shop_sells(tax, title, expected):
    # before: the plain shop assistant (or, beside "slagerij", a coppersmith lower down)
    assert best(tax, title) == expected


def test_a_saturday_help_alone_and_a_bakery_worker_stay_as_they_were(tax):
    assert best(tax, "Zaterdaghulp") == "winkelmedewerker"
    assert best(tax, "Medewerker bakkerij") == "bakkerijmedewerker"
    assert best(tax, "Productiemedewerker bakkerij") == "bakkerijmedewerker"
    assert best(tax, "Procesoperator meelzuivering") == "procesoperator meelzuivering"
    assert best(tax, "Verkoopster slagerij (parttime)") == "verkoopspecialist vlees en vleeswaren"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Monteur klimaatinstallaties", "technicus koel-, lucht- en verwarmingstechniek"),
        ("EV charger technician", "monteur elektrische installaties"),
        ("Energy engineer", "ingenieur energietechniek"),
        ("Engineer koeltechniek", "ingenieur koel-, lucht- en verwarmingstechniek"),
        ("Analytical scientist", "analytisch scheikundige"),
        ("Bootstoffeerder", "scheepsstoffeerder"),
        ("Medewerker spuiterij", "lakspuiter"),
        ("Adviseur verduurzaming", "adviseur energieverbruik"),
    ],
)
def test_installation_engineering_and_finishing_titles_read_their_occupation(tax, title, expected):
    # before: climate installations read the electrician, an EV charger an ICT technician, the
    # energy engineer one of wind farms, a cooling engineer a hardware engineer, an analytical
    # scientist a data scientist, a boat's upholsterer the plain one, a spray shop a metal
    # sprayer, sustainability advice a credit adviser
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Chauffeur groepsvervoer weekend", "buschauffeur"),
        ("VIP chauffeur (parttime)", "privéchauffeur"),
        ("Chauffeur aangepast vervoer Zwolle", "taxichauffeur"),
        ("Chauffeur patiëntenvervoer", "patiëntenvervoerder"),
        ("Busbegeleider leerlingenvervoer Zwolle", "begeleider schoolbus"),
        ("Metrobestuurder", "treinmachinist"),
        ("Medewerker service en veiligheid", "handhaver toezicht en veiligheid"),
        ("Controleur openbaar vervoer", "kaartjescontroleur"),
        ("Servicemedewerker station", "bediende passagiersdienst spoorwegen"),
        ("Monteur railinfra", "onderhoudstechnicus sporen"),
        ("Spoorwegmonteur (m/v)", "onderhoudstechnicus sporen"),
        ("Medewerker railbouw", "spoorlegger"),
        ("Voorman railbouw", "voorman spoorlegger"),
        ("Monteur treinen nachtdienst", "technicus rollend materieel"),
        ("Storingsmonteur treinen", "technicus rollend materieel"),
        ("Elektromonteur treinen", "elektromonteur rollend materieel"),
        ("Trammonteur", "technicus rollend materieel"),
        ("Treinschoonmaker avond en nacht", "schoonmaker treinen"),
        ("Coördinator leerlingenvervoer", "taxiplanner"),
    ],
)
def test_public_transport_titles_read_their_occupation(tax, title, expected):
    # before: a group, VIP or patient transport driver read the truck driver, a metro driver a
    # fire-engine driver, a station's service staff a petrol station's seller, railway track a
    # machine mechanic, a train's mechanic the mechanic of train electronics or machines
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Operator voedingsindustrie", "medewerker voedselproductie"),
        ("Production operator food", "medewerker voedselproductie"),
        ("Lijnoperator voedingsmiddelen", "medewerker voedselproductie"),
        ("Operator pastaproductie", "operator pastamaker"),
        ("Operator maalderij", "molenaar"),
        ("Operator inpaklijn", "procesoperator verpakkings- en vulmachine"),
        ("Operator bottelarij", "procesoperator verpakkings- en vulmachine"),
        ("Operator brouwhuis", "brouwerijmedewerker"),
        ("Medewerker garnalenverwerking", "medewerker visproductie"),
        ("Medewerker mosselverwerking", "medewerker visproductie"),
        ("Kipfileerder", "vleessnijder"),
        ("Fileerder", "visfileerder"),
        ("Deegmenger", "bakkerijmedewerker"),
        ("Food technologist", "voedingstechnoloog"),
        ("Quality manager food", "specialist voedselveiligheid"),
        ("Productieplanner voedingsindustrie", "voedselproductieplanner"),
    ],
)
def test_food_industry_titles_read_their_occupation(tax, title, expected):
    # before: an operator of a food factory read ESCO's food safety specialist or the plain
    # production worker beside the CNC operator, a flour mill, bottling line or brewhouse the
    # same, shrimp and mussel plants and a chicken filleter nothing
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Kotteraar", "operator boormachine"),
        ("Assemblagemonteur", "assemblagemonteur industriële installaties"),
        ("QC inspector", "kwaliteitscontroleur"),
        ("Werkvoorbereider metaal", "productietechnicus"),
        ("Werkvoorbereider plaatwerk", "productietechnicus"),
        ("3D tekenaar", "CAD-tekenaar"),
        ("Design engineer machinebouw", "ontwerper-constructeur machines en gereedschappen"),
    ],
)
def test_metal_industry_titles_read_their_occupation(tax, title, expected):
    # before: an assembly fitter read the head of assembly, a metal works' work planner the
    # construction calculator, a 3D draughtsman the plain one, a design engineer of machines the
    # plain design engineer
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Machinist graafmachine Heijmans", "graafmachinist"),
        ("Machinist rupskraan", "graafmachinist"),
        ("Kraanmachinist GWW", "graafmachinist"),
        ("Medewerker bestrating", "vakman grond-, weg- en waterbouw"),
        ("Voorman bestrating", "teamleider wegenwerken"),
        ("Belijningsmedewerker", "wegmarkeerder"),
        ("Medewerker verkeersmaatregelen", "plaatser van verkeersborden"),
        ("Waterbouwer", "vakman waterbouw"),
        ("Kabel en leiding monteur", "kabelmonteur"),
    ],
)
def test_civil_works_titles_read_their_occupation(tax, title, expected):
    # before: an excavator read the mining machine operator first (or a factory crane), paving
    # a gardener's foreman, road markings the road-building machinist, a hydraulic engineer
    # tied with an underwater diver, a cable and pipe fitter an overhead-line fitter
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Tuinaanlegger", "hovenier"),
        ("Medewerker sierteelt", "tuinbouwmedewerker"),
        ("Medewerker melkvee", "medewerker veeteelt"),
        ("Medewerker rundveehouderij", "medewerker veeteelt"),
        ("Medewerker leghennenbedrijf", "medewerker veeteelt"),
        ("Zookeeper", "dierenverzorger dierentuin"),
        ("Forwardermachinist", "bosbouwmachinist"),
        ("Machinist groenvoorziening", "medewerker groenvoorziening/medewerkster groenvoorziening"),
        ("Bloemschikker", "verkoopspecialist tuinartikelen"),
        ("Bedrijfsleider melkveebedrijf", "boerderijmanager"),
        ("Medewerker recreatiepark", "campingmedewerker"),
    ],
)
def test_green_farm_and_leisure_titles_read_their_occupation(tax, title, expected):
    # before: a garden builder read a Chinese medicine therapist, a poultry farm a car-leasing
    # clerk, a dairy farm's manager a shop manager, a forwarder a military analyst
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Cargo handler", "pakhuismedewerker"),
        ("Into-plane fueler", "vliegtuigtanker"),
        ("Technical support agent", "medewerker helpdesk"),
        ("Sales agent", "callcentermedewerker"),
        ("Sales support coordinator", "sales support medewerker"),
        ("Packing operative", "inpakker met de hand"),
    ],
)
def test_english_titles_of_this_round_read_their_occupation(tax, title, expected):
    # before: a cargo handler read an art handler, a support or sales agent ESCO's police
    # agent, a packing operative nothing
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Inbound coordinator", "magazijnchef"),
        ("Outbound coordinator Tilburg", "magazijnchef"),
        ("Teamleider outbound", "magazijnchef"),
        ("Voorman kas", "voorman tuinbouw"),
    ],
)
def test_a_leader_title_reads_the_leader_among_equal_readings(tax, title, expected):
    # the leader and the worker of the same work tied, and the worker came first for being the
    # commoner occupation; "Teamleider inbound" and "... outbound" needed entries of their own
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Verkoopmedewerker Gamma Leiden", "verkoopspecialist bouwmaterialen"),
        ("Verkoper Praxis (zaterdag)", "verkoopspecialist bouwmaterialen"),
        ("Verkoopmedewerker Hubo", "verkoopspecialist bouwmaterialen"),
        ("Verkoopmedewerker Kwantum", "verkoopspecialist meubelen"),
        ("Verkoopmedewerker Intratuin", "verkoopspecialist tuinartikelen"),
        ("Filiaalmanager Specsavers", "bedrijfsleider optiekwinkel"),
        ("Filiaalmanager fietsspeciaalzaak", "bedrijfsleider fietsenwinkel"),
        ("Verkoopmedewerker kringloop", "verkoopspecialist tweedehandsartikelen"),
        ("Slaapadviseur", "verkoopspecialist meubelen"),
    ],
)
def test_a_shop_chain_or_shop_names_what_its_seller_sells(tax, title, expected):
    # before: the plain seller or shop manager. A DIY chain was already a "bouwmarkt" in the
    # word list; what a bouwmarkt sells is now read through that word too
    assert best(tax, title) == expected


def test_a_chain_beside_other_work_stays_that_work(tax):
    assert best(tax, "Productiemedewerker Gamma") == "productiemedewerker"
    assert best(tax, "Monteur Gamma") == "monteur industriële machines"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("FPGA engineer", "embedded systems designer"),
        ("AOI inspecteur", "AOI-operator"),
        ("Photonics engineer", "ingenieur fotonica"),
        ("Vision engineer", "ingenieur computervisie"),
        ("Elektronica ontwikkelaar", "elektronica-ingenieur"),
        ("QA technicus", "kwaliteitstechnicus"),
    ],
)
def test_high_tech_titles_read_their_occupation(tax, title, expected):
    # before: an FPGA engineer read nothing, an optical inspector a labour inspector, photonics
    # and vision engineers a search-engine expert, an electronics developer a software one
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Ponthulp", "deksman"),
        ("Kapitein tankvaart", "schipper"),
        ("Gezagvoerder binnenvaart", "schipper"),
        ("Machinist veerdienst", "wachtwerktuigkundige scheepvaart"),
        ("Chief engineer", "hoofdwerktuigkundige scheepvaart"),
        ("Bosun", "bootsman"),
        ("Veerman", "schipper"),
        ("Verkeersleider scheepvaart", "havenverkeersleider"),
        ("Dieselmonteur scheepvaart", "monteur scheepsmotoren"),
        ("Jachtmonteur", "scheepstuiger"),
        ("Jachtschilder", "scheepsschilder"),
    ],
)
def test_shipping_and_yard_titles_read_their_occupation(tax, title, expected):
    # before: the master of a passenger ship read an airline pilot, a ferryman a valet parking
    # driver, a ship's engineer a pile driver, a yacht painter a house painter
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Medewerker spuitgieten", "operator spuitgietmachine"),
        ("Instelmonteur spuitgieten", "operator spuitgietmachine"),
        ("Operator extrusielijn", "operator extrusiemachine"),
        ("Blow moulding operator", "operator blaasvormmachine"),
        ("Polyesterverwerker", "operator lamineren van glasvezel"),
        ("Mouldmaker", "gereedschaps- en matrijzenmaker"),
        ("Rubbermenger", "operator machine voor rubberproductie"),
        ("Operator vulcanisatie", "operator machine voor rubberproductie"),
        ("Ompakmedewerker", "inpakker met de hand"),
        ("Digital printer", "digitaal drukker"),
        ("Operator binderij", "operator boekbindmachine"),
    ],
)
def test_plastics_rubber_and_print_titles_read_their_occupation(tax, title, expected):
    # before: moulding and extrusion read the plain production worker or a packing operator, a
    # rubber mixer the mixing-machine operator, a binding machine's operator the plain
    # production worker
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Medewerker telefooncentrale", "telefonist"),
        ("Medewerker office support", "kantoorbediende"),
        ("Medewerker vending", "operator cateringautomaten"),
    ],
)
def test_office_services_titles_read_their_occupation(tax, title, expected):
    # before: a switchboard read a sterilisation assistant, office support a sales support
    # worker, vending nothing
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Field service engineer (m/v)", "technisch medewerker klantenservice"),
        ("Hygiënist voedingsindustrie nachtdienst", "schoonmaker gebouwen"),
        ("Industrieel reiniger", "schoonmaker gebouwen"),
        ("Operator frisdrankproductie", "blenderoperator"),
        ("Verkoper beeld en geluid", "verkoopspecialist audio- en videoapparatuur"),
    ],
)
def test_service_hygiene_and_shop_titles_read_their_occupation(tax, title, expected):
    # before: a field service engineer read the heating mechanic beside the machine mechanic,
    # a food plant's hygienist an occupational or dental hygienist, an industrial cleaner an
    # industrial designer, a soft-drink plant's operator the plain production worker, "beeld en
    # geluid" the seller of recordings
    assert best(tax, title) == expected


def test_an_overriding_entry_keeps_escos_own_reading_second(tax):
    # ESCO files "kapitein tankvaart" under its sea captain and "assemblagemonteur" under its
    # head of assembly; the list reads the inland skipper and the assembly fitter, and a
    # jobhunter still sees ESCO's occupation second
    assert top3(tax, "Kapitein tankvaart")[:2] == ["schipper", "kapitein"]
    assert top3(tax, "Assemblagemonteur")[:2] == [
        "assemblagemonteur industriële installaties",
        "hoofd assemblage",
    ]


def test_the_leader_tie_break_moves_only_the_ties_at_the_top(tax):
    # a leader with the first one's score that its prior put below another occupation keeps
    # its place, and no candidate is lost or shown twice ("Voorman schoonmaak kantoren" lost
    # one of its readings that way)
    code = {o.preferred_label: i for i, o in enumerate(tax.occupations)}
    worker, picker = code["magazijnmedewerker"], code["pakhuismedewerker"]
    other, chief = code["orderpicker"], code["magazijnchef"]
    hits = [
        Hit(worker, 0.9, "x", "variant"),
        Hit(picker, 0.9, "x", "variant"),
        Hit(other, 0.89, "x", "variant"),
        Hit(chief, 0.9, "x", "variant"),
    ]
    ranked = tax.title_resolver()._leader_first("Teamleider inbound", hits)
    assert [h.occ for h in ranked] == [worker, picker, other, chief]
    hits[1], hits[3] = hits[3], hits[1]
    ranked = tax.title_resolver()._leader_first("Teamleider inbound", hits)
    assert [h.occ for h in ranked] == [chief, worker, other, picker]


# --------------------------------------------------------------------------- twenty-fourth round


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("AMW'er (32 uur)", "maatschappelijk werker"),
        ("Crisishulpverlener nachtdienst", "maatschappelijk werker crisisinterventie"),
        (
            "Community builder Rotterdam-Zuid",
            "sociaal-cultureel werker, specialisatie samenlevingsopbouw",
        ),
        ("Medewerkster woonzorgcentrum (avonden)", "medewerker verzorgingshuis"),
        ("Laborant klinische chemie - ziekenhuislab", "biomedisch analist"),
        ("Patient transporter (parttime)", "brancardier"),
        ("Medisch receptioniste huisartsenpost", "onthaalverantwoordelijke medisch secretariaat"),
        ("Receptionist polikliniek orthopedie", "onthaalverantwoordelijke medisch secretariaat"),
        ("HH-medewerker", "interieurverzorger"),
    ],
)
def test_care_and_welfare_titles_of_this_round_read_their_occupation(tax, title, expected):
    # before: a social worker's abbreviation read nothing, a crisis helper the plain social
    # worker, a community builder a COVID tester, a care home a housing manager, a clinical
    # lab technician the general one, a patient transporter a removals coordinator, a
    # clinic's receptionist the plain receptionist and a home help ("huishoudelijke hulp") an
    # ICT technician
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Secretaresse gemeente Zwolle", "administratief medewerker secretariaat"),
        ("Vastgoedadministrateur woningcorporatie", "administratief medewerker vastgoed"),
        ("Legal secretary advocatenkantoor", "administratief medewerker juridisch secretariaat"),
        ("Telefonisch interviewer (avonden)", "interviewer marktonderzoek"),
        ("Frontdesk medewerker bedrijfsverzamelgebouw", "receptionist"),
    ],
)
def test_office_titles_of_this_round_read_their_occupation(tax, title, expected):
    # before: a municipality's secretary read its highest civil servant (the word list's
    # "secretaris" met the "gemeentesecretaris"), a property administrator a bookkeeper, a
    # legal secretary the plain one, a telephone interviewer a switchboard operator and a front
    # desk a tourist office's worker
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Netmonteur gas en elektra", "monteur elektriciteitsnetten"),
        ("Monteur middenspanningsnet", "monteur elektriciteitsnetten"),
        ("Monteur sfeerhaarden (gas)", "haardinstallateur"),
        ("Installateur bodemenergie", "technicus geothermische energie"),
        ("Chef monteur steigerbouw", "chef monteur stellingbouw"),
        ("Monteur brandblusmiddelen", "technicus brandbeveiligingssystemen"),
        ("Medewerker intern transport", "heftruckchauffeur"),
        ("Chauffeur uitvaartvervoer", "chauffeur uitvaartverzorging"),
    ],
)
def test_trade_and_transport_titles_of_this_round_read_their_occupation(tax, title, expected):
    # before: a grid fitter read an electrician, the medium-voltage grid an operator of power
    # lines, a fireplace fitter the machine mechanic, ground-source heat an electrician,
    # scaffolding a chef, fire extinguishers a machine mechanic, internal transport
    # international relations, a hearse driver a truck driver
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Afbakmedewerker supermarkt", "bakkerijmedewerker"),
        ("Online shopper Albert Heijn", "orderpicker"),
        ("SCO host", "kassamedewerker"),
        ("Woonstylist", "interieuradviseur"),
        ("Fashion advisor", "verkoopspecialist kleding"),
        ("Skincare consultant", "verkoopspecialist cosmetica en parfums"),
        ("Verkoper consumentenelektronica", "verkoopspecialist audio- en videoapparatuur"),
    ],
)
def test_shop_titles_of_this_round_read_their_occupation(tax, title, expected):
    # before: baking off read a shop worker, an online shopper nothing, a self-checkout
    # host a host, a home stylist a fashion designer, a fashion advisor an asset manager, a
    # skincare consultant a consul and consumer electronics the plain seller
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Private chef", "privékok"),
        ("Campinghost", "campingmedewerker"),
        ("Toiletbeheerder busstation", "toiletmedewerker"),
        ("Event producer", "eventmanager"),
        ("Event electrician", "elektricien evenementen"),
        ("Shift manager", "teamleider in fastfoodrestaurants en snackbars"),
        ("Zwerfafvalprikker", "straatveger"),
    ],
)
def test_hospitality_and_entry_level_titles_of_this_round_read_their_occupation(
    tax, title, expected
):
    # before: a private chef read the plain chef, a campsite host and a shift manager a host
    # and a refinery's shift manager, an event producer a film producer, an event electrician
    # an installation electrician, a litter picker nothing, a bus station's toilet keeper a bus
    # driver
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Rector", "directeur voortgezet onderwijs"),
        ("NGT-docent", "leraar gebarentaal"),
        ("Plusklasleerkracht", "leraar hoogbegaafde leerlingen"),
        ("Bootcampinstructeur", "fitnessinstructeur"),
        ("Onderwijsassistent SO", "onderwijsassistent speciaal onderwijs"),
        ("Docent motorvoertuigentechniek", "vakdocent vervoerstechnologie beroepsonderwijs"),
        ("Lecturer computer science", "docent informatica hoger onderwijs"),
    ],
)
def test_school_and_sport_titles_of_this_round_read_their_occupation(tax, title, expected):
    # before: a rector read a university's head, sign language and a gifted class a plain
    # teacher, a bootcamp instructor a driving instructor, special primary education the
    # plain teaching assistant, car technology and computer science the plain lecturer
    assert best(tax, title) == expected


def test_a_rector_magnificus_stays_a_universitys_head(tax):
    assert best(tax, "Rector magnificus") == "directeur hogeronderwijsinstelling"


def test_a_job_noun_run_is_read_before_a_longer_run_without_one(tax):
    # "Outbound sales agent": the run "sales agent" (a telesales worker) is read before the
    # longer "outbound sales", which left "agent" alone to read ESCO's police officer
    assert best(tax, "Outbound sales agent") == "callcentermedewerker"
    assert best(tax, "Inbound sales agent") == "callcentermedewerker"
    assert "politieagent" not in top3(tax, "Outbound sales agent")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Medewerker woonwinkel", "verkoopspecialist meubelen"),
        ("Verkoopmedewerker woonwinkel (zaterdag)", "verkoopspecialist meubelen"),
        ("Medewerkster slagerswinkel", "verkoopspecialist vlees en vleeswaren"),
        ("Medewerker bakkerswinkel", "verkoopspecialist brood en banket"),
        ("Medewerker kledingwinkel", "verkoopspecialist kleding"),
    ],
)
def test_a_shop_the_list_knows_by_its_goods_names_what_its_worker_sells(tax, title, expected):
    # before: a home-furnishing shop was cut to "woon" and read the plain seller, a butcher's
    # and a baker's shop a shop worker and a bakery worker (a shoe or clothes shop, whose
    # goods are in its name, was read right and stays so)
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Android ontwikkelaar", "mobile app developer"),
        ("SQL developer", "databaseontwikkelaar"),
        ("Power BI developer (medior)", "data-analist"),
        ("Medewerker datakwaliteit", "data quality specialist"),
        ("Toegankelijkheidstester", "ict accessibility tester"),
        ("Functioneel ontwerper zorgsoftware", "software analist"),
        ("Netwerktechnicus", "ICT-netwerktechnicus"),
        ("Cybersecurity specialist", "ICT-beveiligingsingenieur"),
        ("Technisch schrijver", "technical communicator"),
        ("Chatagent klantenservice", "chatmedewerker"),
        ("Middleware engineer", "integration engineer"),
        ("Firmware engineer", "embedded systems software developer"),
        ("Smartphone reparateur", "reparateur mobiele telefoons"),
    ],
)
def test_ict_titles_of_this_round_read_their_occupation(tax, title, expected):
    # before: an Android or SQL developer read the plain software developer, a Power BI one a
    # data warehouse designer, data quality a data centre's worker, an accessibility tester
    # nothing, a functional designer an application developer, a bare network technician a water
    # network's, cybersecurity a disaster-recovery analyst, a technical writer a writer, a chat
    # agent ESCO's bare agent and a police officer, middleware and firmware a search-engine
    # expert, a smartphone repairer a shoe repairer
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Handhaver Werk en Inkomen", "sociaal rechercheur"),
        ("Toezichthouder brandveiligheid", "inspecteur brandveiligheid"),
        ("BOA parkeren", "parkeercontroleur"),
        ("Klachtenfunctionaris", "ombudsman"),
        ("Medewerker waterkwaliteit", "analist waterkwaliteit"),
        ("Medewerker patiëntentransport", "brancardier"),
        ("Baliemedewerker polikliniek", "onthaalverantwoordelijke medisch secretariaat"),
        ("Klinisch fysicus", "medisch-fysisch deskundige"),
        ("Bekkenfysiotherapeut", "gespecialiseerd fysiotherapeut"),
        ("Assistent podotherapeut", "assistent-podoloog"),
        ("MMW'er", "maatschappelijk werker ziekenhuis"),
    ],
)
def test_public_service_and_health_titles_of_this_round_read_their_occupation(tax, title, expected):
    # before: an enforcement officer of Werk en Inkomen read a street enforcement officer, a
    # fire-safety inspector too, a parking BOA as well, a complaints officer a monitoring
    # officer, water quality a water-treatment technician, patient transport a sports manager,
    # an outpatient clinic's desk the plain receptionist, a medical physicist a physicist, a
    # pelvic physiotherapist the plain one, a podiatrist's assistant the podiatrist and a
    # hospital's social worker ("MMW'er") nothing
    assert best(tax, title) == expected


def test_an_override_of_a_medical_physicist_keeps_escos_occupations_next(tax):
    # ESCO files "klinisch fysicus" under its physicist and its biomedical technologist
    assert top3(tax, "Klinisch fysicus") == [
        "medisch-fysisch deskundige",
        "natuurkundige",
        "biomedisch technoloog",
    ]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Leaseadviseur", "medewerker autoleasebedrijf"),
        ("Trader AGF", "groothandelaar in groente en fruit"),
        ("Revisiemedewerker", "revisietechnicus"),
        ("Docent voertuigtechniek", "vakdocent vervoerstechnologie beroepsonderwijs"),
        (
            "Vertegenwoordiger landbouwmechanisatie",
            "vertegenwoordiger landbouwmachines en -uitrusting",
        ),
        (
            "Vertegenwoordiger kantoorautomatisering",
            "vertegenwoordiger kantoormachines en -apparatuur",
        ),
    ],
)
def test_mobility_and_commercial_titles_of_this_round_read_their_occupation(tax, title, expected):
    # before: a lease adviser and a revision worker read nothing, an AGF trader a financial
    # trader, vehicle technology the plain vocational teacher, and a representative of office
    # machines the plain commercial representative (of farm machinery he was read right
    # before, through ESCO's own words, and stays so)
    assert best(tax, title) == expected


def test_a_plain_representative_stays_the_commercial_representative(tax):
    assert best(tax, "Vertegenwoordiger") == "commercieel vertegenwoordiger"


@pytest.mark.parametrize("title", ["Orderpicker – Start direct!", "Kok - start direct"])
def test_start_direct_is_no_director(tax, title):
    # before: "start" went as noise and left "direct", which read an art and a casting director
    found = top3(tax, title)
    assert found[0] in {"orderpicker", "kok"}
    assert "art director" not in found and "casting director" not in found


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("HEFTRUCKCHAUFFEURS - Tilburg", "heftruckchauffeur"),
        ("ORDERPICKERS gezocht!! – Start direct", "orderpicker"),
    ],
)
def test_a_job_noun_in_capitals_and_the_plural_is_no_company(tax, title, expected):
    # before: a capitalised word unknown to the vocabulary was dropped as a company's name,
    # also when it is a job noun in the plural, and these titles read nothing (or a director)
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("plural", "singular"),
    [
        ("Monteurs gezocht", "Monteur"),
        ("Chauffeurs gezocht - Venlo", "Chauffeur"),
        ("Schoonmakers gezocht", "Schoonmaker"),
        ("Verpleegkundigen ouderenzorg", "Verpleegkundige ouderenzorg"),
        ("Verpleegkundigen", "Verpleegkundige"),
        ("Timmerlieden gezocht", "Timmerman"),
        ("Vaklieden bouw", "Vakman bouw"),
    ],
)
def test_a_job_noun_in_the_plural_reads_as_in_the_singular(tax, plural, singular):
    # before: ESCO's labels use "monteurs", "chauffeurs" and "schoonmakers" in other
    # occupations' names ("monteurs slimme woning"), so "Monteurs gezocht" read a solar-panel
    # fitter, "Chauffeurs" a bus driver and "Schoonmakers" a cocoa-bean cleaner second; and
    # "verpleegkundigen" was made the adjective "verpleegkundig", whose reading put ESCO's
    # veterinary nurse second; the plural of a "-man" ("timmerlieden") read nothing or a
    # building painter
    assert top3(tax, plural) == top3(tax, singular)


@pytest.mark.parametrize(
    ("title", "company"),
    [
        ("Servicemonteur TIMMERMANS", "timmerman"),
        ("Monteur BAKKERS Installatietechniek", "bakker"),
        ("Medewerker SLAGERS Vleeswaren", "slager"),
    ],
)
def test_a_company_in_capitals_after_the_job_stays_a_company(tax, title, company):
    # a capitalised plural is a job noun only where the job is named, at the start of a
    # segment; after the job it is the employer (a surname), as before the round
    assert company not in top3(tax, title)


def test_a_thing_in_the_plural_is_not_made_a_job(tax):
    # "motoren" are engines, though "motor" ends some of ESCO's one-word labels
    assert best(tax, "Motoren monteur") == "monteur dieselmotoren"


@pytest.mark.parametrize(
    ("plural", "singular"),
    [("Ervaren schoonmakers", "Schoonmaker"), ("Q monteurs gezocht", "Monteur")],
)
def test_a_job_noun_in_the_plural_after_an_adjective_or_a_letter(tax, plural, singular):
    # the job's first word is found past seniority words and stray letters
    assert top3(tax, plural) == top3(tax, singular)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Hairstylist dameskapsalon", "kapper"),
        ("Personal stylist", "persoonlijk stylist"),
        ("Image consultant", "persoonlijk stylist"),
        ("Laatste verzorger uitvaartcentrum", "balsemer"),
        ("Hondeninstructeur", "hondentrainer"),
        ("Majordomus", "butler"),
        ("Medewerker schoenmakerij", "schoenhersteller"),
        ("Woonzorgmedewerker", "medewerker verzorgingshuis"),
        ("Geriatriefysiotherapeut", "gespecialiseerd fysiotherapeut"),
        ("Bewegingsagoog", "sport- en bewegingsleider"),
        ("Paneloperator", "operator controlekamer chemische installatie"),
        ("Paneloperator raffinaderij", "operator raffinaderij"),
        ("Medewerker mengvoeder", "medewerker diervoeding"),
        ("Operator blaasmachine", "operator blaasvormmachine"),
    ],
)
def test_production_personal_service_and_care_titles_of_this_round(tax, title, expected):
    # before: a salon's hairstylist read ESCO's performers' stylist, a personal stylist a
    # fashion designer, an image consultant a consul, the last care of the deceased the funeral
    # director, a dog-class instructor a guide-dog instructor, a majordomo and compound feed
    # nothing, a shoe-repair shop a shoe designer, a care-home worker a home-care worker, a
    # geriatric physiotherapist the plain one, a movement agogue a moving-light technician, a
    # bare panel operator a process technician, a blow-moulding machine a production worker (a
    # refinery's panel operator was read right and stays so)
    assert best(tax, title) == expected


# --- twenty-fifth round: general rules and vocabulary from eight more fresh probes


@pytest.mark.parametrize("title", ["Medewerker patiëntentransport", "Medewerker paardentransport"])
def test_a_word_inside_a_longer_word_is_not_read_on_its_own(tax, title):
    # "sport" ends "transport", but "tran" is no word: the transport of patients or horses
    # read a sports manager among its first three before
    assert not any("sport" in label for label in top3(tax, title))


def test_a_job_noun_that_ends_a_compound_is_still_read(tax):
    # the guards of the rule above: "leider" of "ploegleider" and "instructeur" of
    # "autorijinstructeur" are job nouns, and "opvang" of "peuteropvang" no part of a longer
    # tail (a first version of the rule left "Medewerker dagpeuteropvang" without a reading)
    assert best(tax, "Ploegleider steigerbouw") == "chef monteur stellingbouw"
    assert best(tax, "Instructeur autorijden") == "autorijinstructeur"
    assert "medewerker kinderdagverblijf" in top3(tax, "Medewerker dagpeuteropvang")


@pytest.mark.parametrize(
    "title", ["Reliability Engineer", "Tanning consultant (bijbaan)", "Dynamics 365 consultant"]
)
def test_a_general_job_word_beside_an_unknown_word_reads_nothing_it_merely_starts_like(tax, title):
    # "engineer" starts like "engine", "consultant" like "consul": an unknown field beside
    # a general job word read a search-engine expert or a consul before
    readings = top3(tax, title)
    assert "search engine optimisation expert" not in readings
    assert "consul" not in readings


def test_a_prefix_weighs_no_more_than_the_word_it_starts(tax):
    # "consul" starts "consulent": before, the rare prefix outweighed the word and put a
    # consul among the first three of a civic-integration consultant
    assert "consul" not in top3(tax, "Consulent inburgering")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("QA Engineer", "software tester"),
        ("Firmware engineer", "embedded systems software developer"),
    ],
)
def test_a_known_engineer_is_still_read(tax, title, expected):
    # the guard: the general job word with a field the list or ESCO knows
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Farm manager melkvee", "boerderijmanager"),
        ("Trekkermonteur", "technicus landbouwmachines"),
        ("Garnalenvisser", "kustvisser"),
        ("Billing specialist", "facturist"),
        ("Polisadministrateur", "administratief medewerker verzekeringen"),
        ("Equity analist", "aandelenanalist"),
        ("Worstmaker", "operator bereid vlees"),
        ("Sauzenmaker", "sausbereider"),
        ("Winkelslager", "verkoopspecialist vlees en vleeswaren"),
        ("ETL-ontwikkelaar", "data warehouse designer"),
        ("NLP engineer", "taaltechnoloog"),
        ("Usability tester", "ict usability tester"),
        ("Cabin cleaner", "vliegtuigschoonmaker"),
        ("Shipping agent", "scheepsagent"),
        ("Pechhulpmonteur", "wegenwacht"),
        ("Manager distributiecentrum", "distributiemanager"),
        ("Welding engineer", "lasingenieur"),
        ("Waterjetsnijder", "operator waterstraalsnijmachine"),
        ("Monteur OVL", "monteur openbare verlichting"),
        ("Monteur kantoorapparatuur", "monteur kantoormachines"),
        ("Medewerker plaagdierbeheersing", "bestrijder ongedierte"),
        ("Dairy technologist", "zuiveltechnoloog"),
        ("Verkoopmedewerker Intertoys", "verkoopspecialist speelgoed"),
        ("Verkoopmedewerker Lucardi", "verkoopspecialist juwelen en uurwerken"),
        ("Verkoopmedewerker thuiszorgwinkel", "verkoopspecialist zorgartikelen en -hulpmiddelen"),
        ("Verkoopadviseur vloeren", "verkoopspecialist muur- en vloerbekleding"),
    ],
)
def test_farm_finance_food_technical_ict_retail_and_mobility_titles(tax, title, expected):
    # before: a farm manager read a courier, a tractor mechanic an industrial one, a shrimp
    # fisherman a deckhand, billing a special-effects specialist, a policy administrator a
    # bookkeeper, equity and welding nothing or a search-engine expert, sausages and sauces
    # nothing or a production worker, a shop butcher a manager, ETL a software developer,
    # usability ESCO's accessibility tester, a cabin cleaner a building cleaner, a shipping
    # agent a warehouse worker, a roadside mechanic an assistant, a distribution centre a
    # warehouse chief, a water jet a cutter, street lighting and office equipment an industrial
    # mechanic, pest control a feed worker, and the chains, care shops and floors a seller
    assert best(tax, title) == expected


def test_a_security_screener_reads_both_airport_occupations(tax):
    # ESCO divides the work between its airport guard and its luggage inspector
    assert set(top3(tax, "Security screener")[:2]) == {"beveiliger luchthaven", "bagage-inspecteur"}


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("FOH engineer", "geluidstechnicus"),
        ("Programmeur poppodium", "cultureel programmeur"),
        ("Bioinformatician", "bio-informaticus"),
        ("Chemical engineer", "chemisch ingenieur"),
        ("Levensmiddelenanalist", "voedingsanalist"),
        ("Operator tabletpers", "operator tabletteermachine"),
        ("Sustainability officer", "manager duurzaamheid"),
        ("Matchmaker werk", "arbeidsbemiddelaar"),
        ("Generalist sociaal team", "sociaal werker"),
        ("Projectleider digitalisering", "ICT-projectmanager"),
        ("Plaagdierbeheerser", "bestrijder ongedierte"),
        ("Medewerker muskusrattenbestrijding", "bestrijder ongedierte"),
        ("Moffenmonteur", "kabelmonteur"),
        ("Monteur hoogspanningslijnen", "monteur bovengrondse leidingen"),
        ("HSB-monteur", "houtskeletbouwer"),
        ("Zonnepanelenreiniger", "glazenwasser"),
        ("Procesoperator WKK", "procesoperator stoomcentrale"),
    ],
)
def test_laboratory_culture_energy_facility_and_municipal_titles(tax, title, expected):
    # before: a venue's sound engineer and a pest controller read nothing, a venue's
    # programmer a software developer, bioinformatics a computer scientist, a chemical
    # engineer a chemist, a food analyst a life coach, a tablet press a production worker,
    # sustainability a pharmaceutical quality controller, a matchmaker a lecturer, a
    # social-team generalist an army general, digitalisation the plain project manager, a
    # muskrat catcher a weed-control worker, cable jointers, overhead lines and timber
    # frames a machine mechanic, a solar-panel cleaner its fitter, and a combined heat and
    # power plant a production worker
    assert best(tax, title) == expected


def test_a_female_operator_is_no_film_projectionist(tax):
    # "-trice" is made "-teur" ("instructrice"), which made an "operatrice" the film
    # projector's "operateur": before, a packing line's operatrice read the projectionist
    assert best(tax, "Operatrice verpakkingslijn") == "procesoperator verpakkings- en vulmachine"
    assert best(tax, "Geluidsoperatrice") == "soundoperator"
    assert best(tax, "Operateur bioscoop") == "filmoperateur"
    assert best(tax, "Geluidsoperateur") == "soundoperator"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Kwaliteitsborger", "inspecteur bouwkwaliteit"),
        ("Inspecteur kunstwerken", "inspecteur bruggen"),
        ("Medewerker fietsverhuur", "verhuurmedewerker sport- en recreatieartikelen"),
        ("Medewerker bootverhuur", "verhuurmedewerker watertransportmateriaal"),
    ],
)
def test_building_quality_civil_works_and_rental_titles(tax, title, expected):
    # before: the building-quality assessor of the Wkb read a service-quality manager,
    # bridges and viaducts a road inspector, a bicycle rental a bicycle builder and a boat
    # rental the plain rental worker
    assert expected in top3(tax, title)[:2]


def test_an_object_guard_reads_the_guard_and_the_company_guard(tax):
    # before: the plain guard only; ESCO's guard of a company's premises ("pandbewaker") is
    # as right for a guard of one building or site, and two labellers chose one each
    assert top3(tax, "Objectbeveiliger")[:2] == ["beveiliger", "bedrijfsbewaker"]


def test_english_machine_and_product_words_beside_an_operator(tax):
    # before: a water jet and sweets in English read only the generic operator's readings
    assert best(tax, "Operator waterjet") == "operator waterstraalsnijmachine"
    assert "operator snoepmachine" in top3(tax, "Candy production operator")


# --- twenty-sixth round: vocabulary from eight more fresh probes (care and welfare, the sea,
# light industry, safety and justice, research and culture, utilities, process industry, a
# week in the Randstad)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Relatietherapeute", "huwelijksconsulent"),
        ("Particulier rechercheur", "privédetective"),
        ("Bedrijfsrechercheur", "privédetective"),
        ("Advocaat-generaal", "openbaar aanklager"),
        ("Jeugdreclasseerder", "maatschappelijk werker jeugddelinquentie"),
        ("Maatschappelijk werker jeugdreclassering", "maatschappelijk werker jeugddelinquentie"),
        ("Streetcornerworker", "jeugdwelzijnswerker"),
        ("Teamchef politie", "hoofdinspecteur"),
        ("BHV-instructeur", "eerstehulpinstructeur"),
        ("Docent penitentiaire inrichting", "gevangenisdocent"),
        ("Pantserinfanterist", "soldaat infanterie"),
    ],
)
def test_care_welfare_justice_and_safety_titles_of_this_round(tax, title, expected):
    # before: a couples' therapist read an investor-relations manager, a private or company
    # investigator a detective of the police, an advocate general a
    # lawyer and an army general, youth probation a plain probation or social worker, a
    # street-corner worker nothing, a police team chief a chef, a company first-aid
    # instructor a trainer, a prison's teacher a secondary-school teacher, and an
    # armoured infantryman an artillery officer
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Chief Officer", "dekofficier"),
        ("Medewerker scheepsagentuur", "scheepsagent"),
        ("Service engineer nautische elektronica", "monteur scheepselektronica"),
        ("Thermoformer", "operator vacuümvormmachine"),
        ("Corrugator operator", "operator golfkartonmachine"),
        ("Hotfoil operator", "foliedrukker"),
        ("Formaatzaagbediener", "operator tafelzaagmachine"),
        ("Shredder operator", "operator metaalversnipperaar"),
        ("Operator vergister", "technicus biogas"),
        ("Procesoperator AVI", "exploitatietechnicus afvalverbrandingsoven"),
        ("Stortmeester", "opzichter vuilnisbelt"),
        ("Zwerfvuilruimer", "straatveger"),
        ("Inmeter", "technicus-landmeter"),
        ("HPLC analist", "technicus chromatografie"),
        ("NDT-inspecteur", "specialist niet-destructief onderzoek"),
    ],
)
def test_maritime_industry_and_utility_titles_of_this_round(tax, title, expected):
    # before: a ship's chief officer read a chief data officer, a shipping agency an engine
    # assembler, a ship's navigation electronics a machine mechanic, thermoforming, a
    # corrugator and hot foil nothing or the generic operator, a panel saw a sawmill, a
    # metal shredder, a digester and a waste incinerator the generic operator, a landfill's
    # master a sergeant, a litter picker a snow plougher, a cable surveyor nothing, an HPLC
    # analyst the plain laboratory technician and a non-destructive tester an inspector of
    # the transport inspectorate
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Museumdocente", "educatief medewerker"),
        ("Vakreferent", "bibliothecaris"),
        ("Registrar", "registrator tentoonstellingen"),
        ("Research technician", "technicus wetenschappelijk laboratorium"),
        ("Cellist", "muzikant"),
        ("Hoboïst", "muzikant"),
        ("Slagwerker", "muzikant"),
    ],
)
def test_research_and_culture_titles_of_this_round(tax, title, expected):
    # before: a museum's teacher read a secondary-school teacher, a subject librarian, a
    # museum registrar and most instrumentalists nothing, a research
    # technician a biomedical technologist, and a percussionist a butcher
    assert best(tax, title) == expected


def test_second_readings_of_this_round(tax):
    # ESCO's near-duplicate of a hospital's social worker, a mobile patrol's alarm response
    # and the sewer cleaner beside the plumber: before, none of them among the first three
    assert "medisch maatschappelijk werker" in top3(tax, "MMW'er")[:2]
    assert "bewakingsagent interventie na alarm" in top3(tax, "Mobiel surveillant")[:2]
    assert "rioolreiniger" in top3(tax, "Ontstopper riool")


@pytest.mark.parametrize("title", ["Junior onderzoeker", "Onderzoeker koloniale geschiedenis"])
def test_a_researcher_of_no_named_field_is_no_nanotechnology_engineer(tax, title):
    # ESCO files a bare "onderzoeker nanotechnologie" under its nanotechnology engineer, so
    # before, every researcher whose field ESCO does not name with the word read that
    # engineer among the first three
    assert "ingenieur nanotechnologie" not in top3(tax, title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Onderzoeker nanotechnologie", "ingenieur nanotechnologie"),
        ("Onderzoeker astronomie", "sterrenkundige"),
        ("Marktonderzoeker", "marktonderzoeker"),
        ("Onderzoeker onderwijs", "onderwijsonderzoeker"),
    ],
)
def test_a_researcher_of_a_field_esco_names_is_still_read(tax, title, expected):
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Eindcontroleur", "kwaliteitscontroleur"),
        ("Metalliseerder", "metaalspuiter oppervlaktebehandeling"),
        ("STS-kraanmachinist", "kraandrijver haven"),
        ("Verkeersleider VTS", "havenverkeersleider"),
        ("Teamchef politie basisteam Zaanstreek", "hoofdinspecteur"),
    ],
)
def test_inspection_port_and_police_titles_of_this_round(tax, title, expected):
    # before: a final inspector read a shoe factory's assembly supervisor, thermal metal
    # spraying a milk heat-treatment operator, a ship-to-shore crane a factory's crane, a
    # vessel traffic controller a truck dispatcher, and a police base team's chief a chef
    assert best(tax, title) == expected


def test_a_licensed_aircraft_engineer_maintains_aircraft(tax):
    # before: an aircraft dispatcher; ESCO has two near-duplicate aircraft mechanics
    assert set(top3(tax, "B2 Aircraft Engineer")[:2]) == {
        "vliegtuigonderhoudsmonteur",
        "onderhoudstechnicus vliegtuigen",
    }


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Operator fermentatie", "operator vergistingsinstallatie"),
        ("Tabletteren operator", "operator tabletteermachine"),
        ("Operator lasersnijden plaatwerk", "operator lasersnijmachine"),
        ("Operator vullijn schoonmaakmiddelen", "procesoperator verpakkings- en vulmachine"),
        ("Operator blancheerlijn groenten", "blancheerder"),
    ],
)
def test_an_operator_named_by_the_process_or_line_reads_its_machine(tax, title, expected):
    # before: the generic operator's readings (a production worker, a CNC operator), or for
    # tablet pressing a capsule-filling machine first
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Kwaliteitscontroleur metaal", "kwaliteitscontroleur metaalproducten"),
        ("Eindcontroleur elektronische apparatuur", "controleur elektronische apparaten"),
    ],
)
def test_a_quality_controller_of_a_kind_of_product_reads_that_controller(tax, title, expected):
    # before: the plain quality controller first and ESCO's controller of the product
    # second, or a final inspector's controller without the plain one and with a shoe
    # factory's assembly supervisor second
    top = top3(tax, title)
    assert top[0] == expected
    assert "kwaliteitscontroleur" in top


@pytest.mark.parametrize("title", ["Klachtenbehandelaar huurders", "Wooncoach huurders"])
def test_a_word_two_letters_inside_a_longer_job_noun_is_not_read_on_its_own(tax, title):
    # "houtschuurder" ends in "schuurder", a job noun, and "huurder" is "schuurder" less "sc":
    # before, a housing association's tenants read a wood sander and a grit blaster
    top = top3(tax, title)
    assert "houtschuurder" not in top
    assert "gritstraler" not in top


def test_a_job_noun_inside_a_longer_one_after_a_word_is_still_read(tax):
    assert best(tax, "Autorijinstructeur") == "autorijinstructeur"
    assert best(tax, "Houtschuurder") == "houtschuurder"
    assert best(tax, "Busbegeleider") == "begeleider schoolbus"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Directeur-bestuurder", "algemeen directeur"),
        ("Leefbaarheidsconsulent", "opbouwwerker"),
        ("Energiecoach", "adviseur energieverbruik"),
        ("Vakman dagelijks onderhoud", "klusjesman"),
        ("Steriliserend medewerker", "sterilisatieassistent"),
        ("Orthopedisch instrumentmaker", "orthopedisch technicus"),
        ("E-learning ontwikkelaar", "e-learning developer"),
        ("Admissions officer", "toelatingscoördinator"),
        ("EVC-assessor", "beoordelaar van eerdere leerervaring"),
        ("Spackspuiter", "stukadoor"),
        ("Medewerker linnenvoorziening", "medewerker linnenkamer"),
        ("Precision engineer", "precisie-ingenieur"),
    ],
)
def test_housing_hospital_school_and_trade_titles_of_this_round(tax, title, expected):
    # before: a foundation's statutory director read a tram driver, a liveability consultant
    # a job broker, an energy coach an offshore wind technician, a housing association's
    # handyman, a sterilising assistant, an assessor of prior learning and a precision
    # engineer nothing or nonsense, an orthopaedic instrument maker a maker
    # of surgical instruments, an e-learning developer a software developer, an admissions
    # officer an aeronautical information officer, a plaster sprayer a paint sprayer and the
    # linen supply nothing
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Exportmedewerker groente", "specialist import en export van groenten en fruit"),
        (
            "Importmedewerker meubels",
            "specialist import en export van meubelen, tapijten en verlichtingsartikelen",
        ),
    ],
)
def test_an_export_or_import_worker_of_goods_reads_the_specialist_of_those_goods(
    tax, title, expected
):
    # before: the plain import-export specialist first
    top = top3(tax, title)
    assert top[0] == expected
    assert "specialist import-export" in top


# --- twenty-seventh round: vocabulary from eight more fresh probes (aviation, rail and public
# transport, property and insurance, paramedical practices, food crafts, textile and furniture,
# arts and events, a week in Limburg and Zeeland)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("ATC-instructeur", "instructeur luchtverkeersleiding"),
        ("Avionics technicus", "monteur vliegtuigelektronica"),
        ("Vliegtuigstoffeerder", "vliegtuigbekleder"),
        ("Ticket inspector", "kaartjescontroleur"),
        ("Chauffeur trolley (m/v)", "trolleybuschauffeur"),
        ("Chauffeur sneeuwschuiver", "sneeuwruimer"),
        ("Mechanic rolling stock", "technicus rollend materieel"),
        ("Monteur camerasystemen", "technicus alarmsystemen"),
        ("Lijnmonteur hoogspanning 380 kV", "monteur bovengrondse leidingen"),
        ("PE-lasser (m/v)", "pijplasser"),
        ("NDT Level 3 inspecteur", "specialist niet-destructief onderzoek"),
    ],
)
def test_aviation_rail_and_grid_titles_of_this_round(tax, title, expected):
    # before: an air-traffic-control instructor read the controller, avionics an inspector, an
    # aircraft upholsterer the plain upholsterer, a trolleybus driver and a snow plougher a lorry
    # driver, a ticket inspector a track technician, rolling stock and camera systems a machine
    # mechanic, a high-voltage line fitter the grid fitter, a PE welder a welding inspector, and
    # a non-destructive tester "Level 3" a transport inspector
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Grondverwerver", "manager verwerving van onroerend goed"),
        ("Bouwkundig keurder", "bouwkundig inspecteur"),
        ("EP-U adviseur", "energiedeskundige"),
        ("Woningbemiddelaar", "vastgoedmakelaar"),
        ("Medewerker assurantiën", "administratief medewerker verzekeringen"),
        ("Qualified Person", "apotheker farmaceutische industrie"),
        ("Voetzorgverlener", "pedicure"),
        ("Assistente chiropractie", "assistent-chiropractor"),
        ("Podotherapeutisch assistente", "assistent-podoloog"),
        ("Administratief medewerker zorg", "administratief medewerker medisch secretariaat"),
        ("Docent mondzorgkunde", "docent tandheelkunde hoger onderwijs"),
        ("Monteur dentale apparatuur", "technisch ingenieur medische apparatuur"),
    ],
)
def test_property_insurance_and_practice_titles_of_this_round(tax, title, expected):
    # before: a land acquirer read a civil-works tradesman, a house inspector a sorter, an
    # energy-label adviser an energy analyst, a housing broker a plain mediator, insurance's
    # older word an agency's head, a pharmaceutical plant's qualified person a stylist, a
    # foot-care provider a home carer, a chiropractor's or podiatrist's assistant the
    # practitioner, care administration the plain clerk, a dental-hygiene teacher a school
    # teacher and a dental-equipment mechanic a dental technician
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Vleesbereider ambachtelijke slagerij", "operator vleesbereiding"),
        ("Productiemedewerkster versindustrie", "medewerker voedselproductie"),
        ("Productiemanager food (m/v)", "voedselproductiemanager"),
        ("Pastaio (m/v)", "pastamaker"),
        ("Store manager fine food", "manager delicatessenwinkel"),
        ("Medewerker toonbank", "winkelmedewerker"),
        ("Winkelmedewerkster hoorcentrum", "verkoopspecialist audiologieapparatuur"),
        ("Bedrijfsleider hoorwinkel", "manager audiologiewinkel"),
        ("Sales advisor kleding", "verkoopspecialist kleding"),
        ("Tassenmaker", "ambachtelijk lederwarenmaker"),
        ("Marmoleumlegger utiliteitsbouw", "vloerenlegger verende vloerbedekking"),
        ("Elektrotechnieker", "elektrotechnicus"),
    ],
)
def test_food_shop_and_craft_titles_of_this_round(tax, title, expected):
    # before: a butcher's meat preparer read a leather-goods preparer, fresh-food production
    # ESCO's food safety specialist (which holds the words), a food factory's production manager
    # the plain one, a pastaio a university assistant, a fine-food shop's manager and a
    # hearing-aid shop's staff the plain shop staff, a shop counter a bench fitter, an English
    # sales advisor a plain seller, a bag maker a paper-bag maker, a marmoleum layer on
    # commercial sites a utilities inspector and the Flemish electrician a panel builder
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Props maker", "rekwisietenmaker"),
        ("Director of photography", "cinematograaf"),
        ("Drummer", "muzikant"),
        ("Gitarist", "muzikant"),
        ("Toneelmachinist", "podiummachinist"),
        ("Lid animatieteam", "animator"),
    ],
)
def test_stage_film_and_music_titles_of_this_round(tax, title, expected):
    # before: a props maker read an orthopaedic technician, a director of photography an
    # art director, a drummer and a guitarist nothing, a stage machinist a theatre hairdresser
    # and an entertainment team's member its manager
    assert best(tax, title) == expected


@pytest.mark.parametrize("title", ["Omroeptechnicus", "Broadcast technicus"])
def test_a_broadcast_technician_reads_the_broadcast_and_audiovisual_technicians(tax, title):
    # before: a broadcaster's editor, or nothing
    assert set(top3(tax, title)[:2]) == {"zendtechnicus", "audiovisueel technicus"}


def test_changeover_days_at_a_holiday_park_are_no_exchange_office(tax):
    # before: "wisseldagen" read a bureau de change's cashier first
    assert top3(tax, "Schoonmaker vakantiehuizen wisseldagen") == ["schoonmaker gebouwen"]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Receptioniste ziekenhuis Almelo", "onthaalverantwoordelijke medisch secretariaat"),
        ("Baliemedewerkster tandartspraktijk", "onthaalverantwoordelijke medisch secretariaat"),
        ("Receptionist dierenkliniek", "dierenartsassistent"),
    ],
)
def test_a_receptionist_of_a_practice_reads_the_receptionist_esco_names_for_it(
    tax, title, expected
):
    # "receptionist" and "baliemedewerker" are kinds of work ESCO divides by where the desk
    # is; before, the plain receptionist first
    top = top3(tax, title)
    assert top[0] == expected
    assert "receptionist" in top


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Receptioniste", "receptionist"),
        ("Baliemedewerker bankkantoor", "baliemedewerker bankbedrijf"),
        ("Baliemedewerker burgerzaken", "functionaris burgerzaken"),
    ],
)
def test_a_receptionist_of_no_field_or_of_a_field_esco_names_is_read_as_before(
    tax, title, expected
):
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    "title",
    titles(
        "Medewerker bediening Utrecht Centraal",
        "Medewerker bediening | Amsterdam Centraal | 32 uur",
        "Medewerker bediening Den Haag Centraal",
    ),
)
def test_a_town_s_central_station_is_no_part_of_the_job(tax, title):
    # before: "Centraal" stayed in the job phrase: beside the job it added a hotel butler and a
    # bartender, on its own ("| Amsterdam Centraal |") power-plant operators, and for a shift
    # leader of security it took the security coordinator out of the first three
    assert top3(tax, title) == top3(tax, "Medewerker bediening") == ["ober/serveerster"]
    assert top3(tax, "Shiftleader beveiliging Rotterdam Centraal")[0] == "coördinator beveiliging"


def test_a_central_warehouse_keeps_its_word(tax):
    title = titles("Medewerker Utrecht centraal magazijn")[0]
    assert best(tax, title) == "magazijnmedewerker"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Procesoperator RWZI (m/v)", "technicus afvalwaterzuivering"),
        (
            "Operator drinkwaterproductie Zwolle",
            "exploitatietechnicus systemen voor waterbehandeling",
        ),
        ("Kolkenzuiger", "rioolreiniger"),
        ("Gemaalmachinist", "afwateringstechnicus"),
        ("Muskusrattenvanger", "bestrijder ongedierte"),
        ("Afvalstoffenbemiddelaar", "afvalstoffenmakelaar"),
        ("Operator WtE", "exploitatietechnicus afvalverbrandingsoven"),
        ("Monteur bovengrondse netten", "monteur bovengrondse leidingen"),
        ("Event elektricien", "elektricien evenementen"),
    ],
)
def test_water_waste_and_grid_titles_of_this_round(tax, title, expected):
    # before: a sewage plant's process operator read the plain production worker, a drinking
    # water plant's operator the water company's technician, a gully sucker nothing, a
    # pumping-station operator a rubber operator, a muskrat catcher and a waste broker the
    # bare doer, waste-to-energy and overhead networks the generic operator and mechanic,
    # and an event electrician the installation electrician
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Glasvezellasser", "monteur telecommunicatie"),
        ("Antennemonteur", "onderhoudsmonteur telecommunicatieapparatuur"),
        ("Laptop reparateur", "computerreparateur"),
        ("Operator golfsolderen", "operator golfsoldeermachine"),
        ("Service engineer multifunctionals", "monteur kantoormachines"),
        ("Kwaliteitscontroleur AGF", "klasseerder van voedingsmiddelen"),
        ("Importmedewerker AGF", "specialist import en export van groenten en fruit"),
        (
            "Vertegenwoordiger telecomapparatuur",
            "vertegenwoordiger elektronische en telecommunicatieapparatuur",
        ),
        ("Vertegenwoordiger reinigingsmiddelen", "vertegenwoordiger chemische producten"),
        ("Assortimentsmanager non-food", "category manager"),
        ("Interne trainer", "intern opleider"),
        ("SMW'er", "schoolmaatschappelijk werker"),
        ("Leerkracht SBO", "leraar speciaal basisonderwijs"),
    ],
)
def test_electronics_wholesale_and_school_titles_of_this_round(tax, title, expected):
    # before: a fibre splicer read a metal welder, an antenna fitter and multifunctional printers
    # a machine mechanic, wave soldering the plain production worker, a laptop repairer a
    # concrete finisher, quality control and imports of potatoes, vegetables and fruit the plain
    # controller and specialist, a representative of telecom equipment or cleaning agents the
    # plain representative, a non-food range manager a nun, an in-house trainer a sports coach, a
    # school social worker nothing and a special primary school teacher the plain one
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Schoonmaakmedewerker treinen", "schoonmaker treinen"),
        ("Schoonmaakmedewerker pretpark", "schoonmaker pretpark"),
    ],
)
def test_a_cleaning_worker_reads_as_the_cleaner_esco_names(tax, title, expected):
    # "schoonmaakmedewerker" is read as "schoonmaker", the word of ESCO's cleaners of trains,
    # aircraft and amusement parks; before, the cleaner of buildings first
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Schoonmaakmedewerker kantoren", "schoonmaker gebouwen"),
        ("Schoonmaker", "schoonmaker gebouwen"),
        ("Schoonmaker vakantiepark", "medewerker huishoudelijke dienst"),
    ],
)
def test_a_cleaner_of_buildings_or_holiday_homes_is_read_as_before(tax, title, expected):
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Receptiebeveiliger", "bedrijfsbewaker"),
        ("Coördinerend beveiliger", "coördinator beveiliging"),
        ("Medewerker reiniging openbare ruimte Zwolle", "straatveger"),
        ("Schoonmaakster vakantiewoningen", "medewerker huishoudelijke dienst"),
        ("Klauwbekapper", "veepedicure"),
        ("Groom", "paardenverzorger"),
        ("European tree worker", "boomchirurg"),
        ("Gewasbeschermer", "medewerker onkruidbestrijding"),
        ("Operator mestvergister", "technicus biogas"),
        ("Servicemonteur melkrobots", "landbouwmachinemonteur"),
    ],
)
def test_guard_street_cleaning_and_farm_titles_of_this_round(tax, title, expected):
    # before: a reception guard and a coordinating guard read the plain guard, a street
    # cleaner a refuse collector, a holiday homes' cleaner the cleaner of buildings, a claw
    # trimmer a hairdresser, a groom and a crop sprayer nothing, a tree worker a manager of
    # EU funds, a manure digester's operator the generic operator and a milking robot's
    # mechanic the machine mechanic
    assert best(tax, title) == expected


# --- twenty-eighth round: vocabulary from eight more fresh probes (farming, energy, building
# materials and extraction, engineering offices, household and platform work, health-care
# administration, sales and contact centres, Noord-Holland and Flevoland), on made-up titles


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Kalverhouder", "veefokker"),
        ("Honingslingeraar imkerij", "honingextractor"),
        ("Bedrijfsleider varkensbedrijf", "varkenshouder"),
        ("Bedrijfsleider pluimveebedrijf", "pluimveehouder"),
        ("Bedrijfsleider schapenbedrijf", "schapenfokker"),
        ("Bedrijfsleider fruitteelt", "boomkweker"),
        ("Adviseur veehouderij", "veeadviseur"),
        ("Fokkerijspecialist", "veeadviseur"),
        ("Voerspecialist", "diervoedingsdeskundige"),
        ("Graanhandelaar Groningen", "groothandelaar in landbouwgrondstoffen, zaden en diervoeder"),
        ("Medewerker wijngaard", "medewerker wijnbouw"),
        ("Proefveldmedewerker", "landbouwtechnicus"),
        ("Onderzoeker veehouderij", "landbouwwetenschapper"),
        ("Verkoper landbouwmachines (m/v)", "vertegenwoordiger landbouwmachines en -uitrusting"),
        ("Melkrijder", "vrachtwagenchauffeur"),
    ],
)
def test_farm_titles_of_the_twenty_eighth_round(tax, title, expected):
    # before: a calf farmer and a grain trader read nothing, a honey extractor's work a beekeeper,
    # the manager of a pig, poultry, sheep or fruit farm a shop's or a restaurant's manager, a
    # livestock adviser and a breeding specialist a breeder, a feed specialist a fishing boat's
    # skipper, a vineyard worker its machine driver, a field trials worker a youth information
    # worker, a livestock researcher a breeder, a seller of farm machinery a shop's seller and a
    # milk tanker's driver a milk pasteuriser
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Control room operator power plant", "operator controlekamer energieproductie"),
        ("Solar engineer", "ingenieur zonne-energie"),
        ("PV engineer", "ingenieur zonne-energie"),
        ("Renewable energy engineer", "ingenieur hernieuwbare energie"),
        ("Dispatcher elektriciteitsnet", "dispatcher voor het elektriciteitstransportnet"),
        ("Netontwerper", "ingenieur energiedistributie"),
        ("Netontwerper gas", "ingenieur gasdistributie"),
        ("Mastklimmer", "monteur bovengrondse leidingen"),
        ("Monteur geothermie", "technicus geothermische energie"),
        ("Operator breekinstallatie", "bestuurder van een steenbreker"),
        ("Operator puinbreker", "bestuurder van een steenbreker"),
        ("Operator cutterzuiger", "baggermachinist"),
        ("Quarry manager", "manager steengroeve"),
        ("Bedrijfsleider steengroeve", "manager steengroeve"),
        ("Menger asfaltcentrale", "operator asfaltproductie"),
        ("Laborant bouwstoffen", "technicus-materiaaltester"),
        ("Laborant grondmechanica", "technicus-materiaaltester"),
        ("Formaatzager", "operator tafelzaagmachine"),
        ("Operator zaagstraat", "operator houtzagerij"),
        ("Crane operator", "kraanbestuurder fabriek"),
        ("Monteur zwaar materieel", "monteur bouwmachines"),
    ],
)
def test_energy_and_building_materials_titles_of_the_twenty_eighth_round(tax, title, expected):
    # before: a power plant's control room operator, a rubble crusher's, a cutter suction
    # dredger's and a sawing line's operator and a crane operator read the generic production
    # worker and CNC operator, solar and PV engineers nothing or a maintenance engineer, a
    # renewable energy engineer the energy engineer, the grid's dispatcher a goods dispatcher, a
    # grid designer a grid fitter or a glassblower, a pylon climber the industrial climber, a
    # geothermal mechanic a machine mechanic, a crusher a bleaching plant's operator, a quarry's
    # manager nothing or a shop's manager, an asphalt mixer a mixing machine's operator, a
    # building materials' or soil laboratory's technician a science laboratory's, a panel
    # sawyer nothing and a heavy equipment mechanic the industrial machine mechanic
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("CAD designer", "CAD-tekenaar"),
        ("BIM modeller", "civieltechnisch tekenaar"),
        ("HVAC engineer", "ingenieur koel-, lucht- en verwarmingstechniek"),
        ("Power electronics engineer", "ingenieur vermogenselektronica"),
        ("Fire safety engineer", "ingenieur brandveiligheid"),
        ("Berekeningsingenieur", "calculator"),
        ("Geotechnisch adviseur", "ingenieur-geoloog"),
    ],
)
def test_engineering_office_titles_of_the_twenty_eighth_round(tax, title, expected):
    # before: a CAD designer read an intelligent systems designer, a BIM modeller a 3D
    # graphics modeller, an HVAC engineer a boiler operator, a power electronics engineer a
    # micro-electronics designer, a fire safety engineer a mine's safety engineer, a structural
    # calculations engineer a welding engineer and a geotechnical adviser a geothermal engineer
    assert best(tax, title) == expected


def test_a_naval_architect_designs_ships(tax):
    # before: the building's architect alone
    assert set(top3(tax, "Naval architect")[:2]) == {
        "scheepsarchitect",
        "scheepsbouwkundig ingenieur",
    }


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Housesitter", "huisbewaarder"),
        ("Senior companion", "gezelschapspersoon"),
        ("Meubelreiniger", "schoonmaker meubilair"),
        ("Practice manager fysiotherapie", "praktijkmanager"),
        ("Poliplanner dermatologie", "opname- en operatieplanner"),
        ("Podotherapeutisch medewerker", "assistent-podoloog"),
        ("Analist KCHL", "biomedisch analist"),
        ("Dieetassistente", "assistent-diëtist"),
        ("Kwaliteitsmedewerker klantcontact energie", "kwaliteitsauditor callcenter"),
        ("Quality coach klantenservice", "kwaliteitsauditor callcenter"),
        ("Manager belcentrum", "manager callcenter"),
        ("RMA medewerker", "technisch medewerker klantenservice"),
        ("Medewerker klachtenafhandeling", "vertegenwoordiger klantenservice"),
        ("Sales director", "commercieel directeur"),
        ("Travel sales agent", "reisagent"),
        ("Marketplace specialist", "online marketeer"),
        ("Pricing analyst", "prijsstellingsanalist"),
        ("Medewerker verzending", "expeditiemedewerker"),
    ],
)
def test_household_care_office_and_sales_titles_of_the_twenty_eighth_round(tax, title, expected):
    # before: a house sitter read a data warehouse designer, a senior companion and a dietitian's
    # assistant nothing, a furniture cleaner a furniture restorer, a practice manager a
    # physiotherapist, an outpatient planner a medical specialist, a podiatrist's assistant the
    # podiatrist, a clinical chemistry analyst a science laboratory's technician, a contact centre's
    # quality coach a quality controller or the customer service representative, a call centre's
    # manager, an RMA worker and a complaints handler nothing, a sales director an art director, a
    # travel sales agent a call centre worker, a marketplace specialist a digital marketing manager,
    # a pricing analyst a GIS specialist and a webshop's shipping worker a food safety specialist
    assert best(tax, title) == expected


@pytest.mark.parametrize("title", ["Hubmedewerker", "Medewerker buitenterrein bouwmaterialen"])
def test_a_parcel_hub_or_a_builders_merchants_yard_is_warehouse_work(tax, title):
    # before: nothing, or a rental company's worker of building materials
    assert best(tax, title) in {"magazijnmedewerker", "pakhuismedewerker"}


@pytest.mark.parametrize(
    ("title", "expected", "second"),
    [
        (
            "Accountmanager landbouwmachines",
            "vertegenwoordiger landbouwmachines en -uitrusting",
            "accountmanager",
        ),
        (
            "Accountmanager telecomapparatuur",
            "vertegenwoordiger elektronische en telecommunicatieapparatuur",
            "accountmanager",
        ),
        (
            "Buitendienstvertegenwoordiger landbouwmachines",
            "vertegenwoordiger landbouwmachines en -uitrusting",
            "accountmanager",
        ),
        (
            "Sales representative landbouwmachines",
            "vertegenwoordiger landbouwmachines en -uitrusting",
            "commercieel vertegenwoordiger",
        ),
        (
            "Sales executive kantoormachines",
            "vertegenwoordiger kantoormachines en -apparatuur",
            "accountmanager",
        ),
    ],
)
def test_an_account_manager_of_goods_is_esco_s_representative_of_them(tax, title, expected, second):
    # "accountmanager", "buitendienstvertegenwoordiger", "sales representative" and "sales
    # executive" are the representative's kind of work ([soorten]: "= vertegenwoordiger"):
    # beside goods, ESCO's representative of those goods first, the plain reading second;
    # before, the plain account manager or representative first
    assert top3(tax, title)[:2] == [expected, second]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Accountmanager", "accountmanager"),
        ("Key accountmanager", "accountmanager"),
        ("Accountmanager zakelijk", "accountmanager"),
        ("Accountmanager uitzendbureau", "accountmanager"),
        ("Accountmanager ICT", "Ict account manager"),
        ("Sales representative", "commercieel vertegenwoordiger"),
        ("Sales executive", "accountmanager"),
        ("Buitendienstvertegenwoordiger", "accountmanager"),
    ],
)
def test_an_account_manager_without_goods_is_read_as_before(tax, title, expected):
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    "title", ["Vertegenwoordiger chemicaliën", "Sales representative chemicals"]
)
def test_chemicals_beside_a_representative_are_esco_s_chemical_products(tax, title):
    # before: the plain representative
    assert best(tax, title) == "vertegenwoordiger chemische producten"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Calculator metaalbewerking", "productiekostenramer"),
        ("Draadvonker", "operator vonkmachine"),
        ("Stempelmaker", "gereedschaps- en matrijzenmaker"),
        ("Machineconstructeur", "ontwerper-constructeur machines en gereedschappen"),
        ("Technisch tekenaar machinebouw", "technisch tekenaar mechanica"),
        ("Operator galvanische lijn", "galvaniseur"),
        ("Medewerker thermisch verzinken", "metaaldompelaar"),
        ("Polijster RVS", "metaalpolijster"),
        ("Veredelingsassistent", "landbouwtechnicus"),
        ("Breeding technician", "landbouwtechnicus"),
        ("Laborant weefselkweek", "botanisch laborant"),
        ("Kassenreiniger", "glazenwasser"),
        ("Dekwasser", "glazenwasser"),
        ("Schipper kotter", "gezagvoerder van een vissersvaartuig"),
        ("Medewerker mosselkwekerij", "aquacultuurmedewerker"),
        ("Medewerker schelpdierkweek", "aquacultuurmedewerker"),
        ("Sales order administrator", "sales support medewerker"),
        ("Localization specialist", "lokalisator"),
        ("Food & Beverage Manager", "restaurantmanager"),
    ],
)
def test_metal_greenhouse_fishing_and_english_titles_of_the_twenty_eighth_round(
    tax, title, expected
):
    # before: a metalworking cost estimator read ESCO's simulation engineer, a wire EDM operator
    # a wire drawing machine's, a die maker and a plant breeder's assistant nothing, a machine
    # designer a mining engineer, a machine draughtsman the plain one, an electroplating line's
    # operator a production worker, a hot-dip galvaniser a heat treater, a stainless steel
    # polisher a glass worker, a breeding technician an ICT technician, a tissue culture
    # laboratory's technician a science laboratory's, greenhouse cleaners a checkout operator or
    # an animal shelter's worker, a fishing cutter's skipper the inland skipper, mussel and
    # shellfish farm workers a horticultural worker or a gatherer on land, a sales order
    # administrator a curator, a localization specialist nothing and a food and beverage
    # manager a beverage trade's manager
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Adviseur functiewaardering", "arbeidsanalist"),
        ("Functiewaarderingsdeskundige", "arbeidsanalist"),
        ("Leiderschapscoach", "business coach"),
        ("Executive coach", "business coach"),
        ("Adviseur opleiding en ontwikkeling", "opleidingsfunctionaris"),
        ("People partner", "personeelsfunctionaris"),
        ("HRM'er", "personeelsfunctionaris"),
        ("CAO-adviseur", "medewerker arbeidsverhoudingen"),
        ("Flexconsultant", "arbeidsbemiddelaar"),
        ("Payroll consultant", "salarisadministrateur"),
        ("Sollicitatietrainer", "adviseur beroepsoriëntatie"),
        ("Front desk agent", "horecavestigingsreceptionist"),
        ("Bedrijfsleider attractiepark", "manager recreatie-accommodatie"),
        ("Bedrijfsleider zwembad", "manager sportaccommodatie"),
        ("Entertainer", "animator"),
        ("Beheerder B&B", "bed and breakfast-houder"),
        ("Bowlingmedewerker", "medewerker recreatieactiviteiten"),
        ("Schoonmaakster vakantiehuisjes", "medewerker huishoudelijke dienst"),
    ],
)
def test_hr_and_leisure_titles_of_the_twenty_eighth_round(tax, title, expected):
    # before: a job evaluation adviser read a prison guard or a sewage engineer, a leadership
    # or executive coach an assembly leader or an executive assistant, a training adviser an
    # asset manager, a people partner, an HR worker, a flex consultant and a bowling centre's
    # worker nothing, a collective agreement adviser a chief data officer, a payroll consultant
    # an assistant bookkeeper, an application trainer and an entertainer a sports coach, a
    # front desk agent the plain receptionist, an amusement park's or a swimming pool's
    # manager a shop's manager, a B&B's keeper a forest ranger and a holiday cottages' cleaner
    # the cleaner of buildings
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Planner doelgroepenvervoer", "taxiplanner"),
        ("Move coordinator", "verhuiscoördinator"),
        ("Douane-inspecteur", "douaneambtenaar"),
        ("DGSA", "veiligheidsadviseur gevaarlijke goederen"),
        ("Veiligheidsadviseur ADR", "veiligheidsadviseur gevaarlijke goederen"),
        ("Inspecteur wegvervoer", "ILT-inspecteur"),
        ("Code 95-trainer", "instructeur beroepschauffeurs"),
        ("Trailerbouwer", "carrosserie- en voertuigbouwer"),
        ("Monteur transportkoeling", "technicus koel-, lucht- en verwarmingstechniek"),
        ("Medewerker truckwash", "autopoetser"),
        ("Manager intermodaal transport", "manager multimodale logistiek"),
        ("Inpakoperator", "procesoperator verpakkings- en vulmachine"),
        ("Wafer fab operator", "technicus halfgeleiderindustrie"),
    ],
)
def test_transport_and_factory_titles_of_the_twenty_eighth_round(tax, title, expected):
    # before: a care transport planner read an operating theatre planner, a move coordinator, a
    # dangerous goods safety adviser (DGSA) and a trailer builder nothing, a customs inspector the
    # transport inspectorate's inspector, an ADR safety adviser a food safety specialist, a road
    # transport inspector a bridge inspector, a Code 95 trainer a sports coach, a transport
    # refrigeration mechanic a machine mechanic, a truck wash worker a forklift driver, an
    # intermodal transport manager a road transport manager, a packing operator a hand packer and a
    # wafer fab operator a production worker
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Veredelaar", {"landbouwwetenschapper", "geneticus"}),
        ("Detacheringsconsultant", {"arbeidsbemiddelaar", "recruiter"}),
    ],
)
def test_a_plant_breeder_and_a_secondment_consultant_read_both_of_their_occupations(
    tax, title, expected
):
    # before: nothing
    assert set(top3(tax, title)[:2]) == expected


def test_live_in_is_no_part_of_the_job(tax):
    # "inwonend(e)" is noise; before, an au pair's title also read a housekeeper
    assert top3(tax, "Inwonende au pair") == ["au pair"]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Trader bloemen", "groothandelaar in bloemen en planten"),
        ("Trader hout", "groothandelaar in hout en bouwmaterialen"),
        ("Trader vlees", "groothandelaar in vlees en vleeswaren"),
        ("Trader chemicaliën", "groothandelaar in chemische producten"),
    ],
)
def test_a_trader_of_goods_is_esco_s_wholesaler_of_them(tax, title, expected):
    # "trader" is the wholesaler's kind of work ([soorten]: "trader = groothandelaar"): beside
    # goods, ESCO's wholesaler of them first and the financial trader second; before, the
    # financial trader alone
    assert top3(tax, title)[:2] == [expected, "financieel trader"]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Trader", "financieel trader"),
        ("Junior trader", "financieel trader"),
        ("Trader energie", "trader energie"),
        ("Commodity trader", "trader energie"),
    ],
)
def test_a_trader_of_no_goods_is_read_as_before(tax, title, expected):
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Groenadviseur", "verkoopspecialist tuinartikelen"),
        ("Loss prevention officer", "winkeldetective"),
        ("Beweegagoog", "sport- en bewegingsleider"),
        ("Indicatiesteller", "medewerker sociale zekerheid"),
        ("Leefstijlcoach", "afslankconsulent"),
        ("Saunameester", "medewerker spa"),
        ("Solariummedewerker", "zonneconsulent"),
        ("Klimwandinstructeur", "sportinstructeur"),
        ("Kickboksinstructeur", "bokstrainer"),
        ("Instructeur zwemles", "zweminstructeur"),
        ("Dockplanner", "dispatcher goederenvervoer"),
        ("WMS consultant", "ict consultant"),
        ("Rolbrugbediener", "kraanbestuurder fabriek"),
        ("Torenkraan operator", "torenkraanmachinist"),
        ("Kalkzandsteenlijmer", "metselaar"),
        ("Medewerker wegmarkering", "wegmarkeerder"),
        ("Bronbemaler", "afwateringstechnicus"),
        ("Machinist asfaltafwerkmachine", "machinist wegenbouwmachine"),
    ],
)
def test_shop_care_leisure_warehouse_and_site_titles_of_the_twenty_eighth_round(
    tax, title, expected
):
    # before: a garden centre's plant adviser read a greengrocer, a loss prevention officer a
    # prevention adviser, an exercise leader a moving-light technician, a care needs assessor
    # a medical specialist, a lifestyle coach a dietitian, a sauna master a sergeant, climbing
    # wall, kickboxing and swimming instructors a driving instructor, a welding inspector or a
    # first aid instructor, a tower crane operator a production worker, an asphalt paver's
    # driver a road roller's; a tanning salon's worker, a dock planner, a warehouse systems
    # consultant, an overhead crane driver, a sand-lime block layer, a road marker and a
    # groundwater pumper nothing
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Textielprinter", "textieldrukker"),
        ("Brocheerder", "operator inbindmachine"),
        ("Bedrijfsleider drukkerij", "manager drukkerij"),
        ("Calculator drukkerij", "productiekostenramer"),
        ("Blaasfolie operator", "operator extrusiemachine"),
        ("Operator deinking", "operator ontinkting"),
        ("Vulcaniseur", "vulkaniseerder banden"),
        ("Car wrapper", "signmaker"),
        ("Classic car technician", "monteur oldtimers"),
        ("Monteur klassieke auto's", "monteur oldtimers"),
        ("Heavy duty technician", "monteur dieselmotoren"),
        ("Roadside technician", "wegenwacht"),
        ("Salesmanager automotive", "manager verkoop motorvoertuigen"),
        ("Medewerker autosloperij", "recyclingmedewerker"),
        ("Ship agent", "scheepsagent"),
    ],
)
def test_print_plastics_and_vehicle_titles_of_the_twenty_eighth_round(tax, title, expected):
    # before: a textile printer read a presser, a brochure binder a blancher, a printing
    # works' manager a shop's manager, its cost estimator ESCO's simulation engineer, blown
    # film and deinking operators a production worker, a car wrapper an autonomous driving
    # specialist, classic car and heavy duty technicians a car mechanic, a machine mechanic or
    # an ICT technician, a roadside technician an ICT technician, an automotive sales manager
    # the plain one, a ship agent a police officer; a vulcaniser and a car breaker's worker
    # nothing
    assert best(tax, title) == expected


def test_a_bookshop_chain_names_the_bookshop_beside_its_manager(tax):
    # "Bruna" is a chain of book and magazine shops ([waren]); before, the plain shop manager
    assert set(top3(tax, "Filiaalmanager Bruna")[:2]) == {
        "manager boekhandel",
        "manager tijdschriftenwinkel",
    }


@pytest.mark.parametrize(
    ("title", "expected", "second"),
    [
        (
            "Logistiek manager bouwmaterialen",
            "distributiemanager hout en bouwmaterialen",
            "logistiek manager",
        ),
        ("Logistiek manager bloemen", "distributiemanager bloemen en planten", "logistiek manager"),
        ("Logistiek manager AGF", "distributiemanager groenten en fruit", "logistiek manager"),
        (
            "Supply chain manager groente",
            "distributiemanager groenten en fruit",
            "logistiek manager",
        ),
    ],
)
def test_a_logistics_manager_of_goods_is_esco_s_distribution_manager_of_them(
    tax, title, expected, second
):
    # "logistiek manager" and "supply chain manager" are the distribution manager's kind of
    # work ([soorten]): beside goods, ESCO's distribution manager of those goods first (not
    # the import-export manager of its group), the plain logistics manager second; before,
    # the plain logistics manager or a greengrocer's manager first
    assert top3(tax, title)[:2] == [expected, second]


@pytest.mark.parametrize(
    "title",
    ["Logistiek manager", "Supply chain manager", "Logistiek manager zorg", "Logistiek manager DC"],
)
def test_a_logistics_manager_of_no_goods_is_read_as_before(tax, title):
    # a distribution centre ("DC") names no goods: no warehouse manager of the kind's group
    assert best(tax, title) == "logistiek manager"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("ZONNEPANELENMONTEUR | Start direct!", "monteur zonnepanelen"),
        (
            "WARMTEPOMPMONTEUR gezocht – Start direct",
            "technicus koel-, lucht- en verwarmingstechniek",
        ),
        ("KOZIJNENMONTEUR | Start direct!", "ramenmonteur"),
    ],
)
def test_a_compound_job_noun_in_capitals_is_no_company(tax, title, expected):
    # before: a capitalised word unknown to the vocabulary was dropped as a company's name,
    # also when it is a compound of known words ending in a job noun, and these titles read
    # nothing
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("VOLKERWESSELS | Uitvoerder", "bouwopzichter"),
        ("HEIJMANS | Timmerman", "timmerman"),
    ],
)
def test_a_company_in_capitals_at_the_start_is_still_a_company(tax, title, expected):
    # a name that is no compound of known words ending in a job noun stays the employer
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Ophanger pluimvee", "slachter"),
        ("Kutteroperator", "operator bereid vlees"),
        ("Medewerker vleeswarenafdeling", "verkoopspecialist vlees en vleeswaren"),
        ("Procesoperator kaasmakerij", "procesoperator zuivelverwerking"),
        ("Medewerker kaaspakhuis", "productiemedewerker vervaardiging van zuivelproducten"),
        ("Operator melktankontvangst", "medewerker melkontvangst"),
        ("Operator UHT", "procesoperator warmtebehandeling van melk"),
        ("Productieplanner zuivel", "voedselproductieplanner"),
        ("Productiemanager vleesverwerking", "voedselproductiemanager"),
        ("HACCP-coördinator", "specialist voedselveiligheid"),
        ("Toezichthoudend dierenarts", "officiële dierenarts"),
        ("Karkasclassificeerder", "klasseerder van voedingsmiddelen"),
        ("Analist levensmiddelenlaboratorium", "voedingsanalist"),
        (
            "Regulatory affairs specialist food",
            "deskundige in regelgeving betreffende levensmiddelen",
        ),
        ("Packaging developer food", "verpakkingstechnoloog voedingsmiddelen"),
    ],
)
def test_meat_and_dairy_titles_of_the_twenty_ninth_round(tax, title, expected):
    # before: a poultry hanger read a poultry vet, a bowl cutter operator, a UHT operator and a
    # cheese dairy's process operator a production worker, a cured-meat department's worker its
    # manager, a cheese warehouse worker a warehouse worker, a milk tanker reception operator a
    # production worker, a dairy production planner a distribution manager, a meat plant's
    # production manager the plain one, a HACCP coordinator nothing, a supervising vet an
    # enforcement officer, a carcass grader a grader of hides, a food laboratory analyst a life
    # coach, a food regulatory affairs specialist ESCO's general regulatory affairs officer and a
    # food packaging developer a software developer
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Juridisch medewerker", "juridisch assistent"),
        ("Medewerker dossierbeheer", "archiefmedewerker"),
        ("Samensteller jaarrekeningen", "assistent-boekhouder"),
        ("Accountant-administratieconsulent", "accountant"),
        ("Internal auditor", "financieel auditor"),
        ("Controleassistent", "financieel auditor"),
        ("Aangiftemedewerker", "administratief medewerker belastingen"),
        ("Medewerker effectenadministratie", "backofficemedewerker financiële markten"),
        ("Fund administrator", "administratief medewerker investeringen"),
        ("Trust officer", "trustbeheerder"),
        ("Teamleider schadebehandeling", "directeur claims"),
    ],
)
def test_legal_accountancy_bank_and_insurance_titles_of_the_twenty_ninth_round(
    tax, title, expected
):
    # before: a legal worker read ESCO's legal adviser first, though ESCO gives the words to its
    # legal assistant; a file keeper an operating theatre planner, an annual-accounts compiler a
    # munitions assembler, an AA accountant an assistant bookkeeper, an audit assistant a budget
    # analyst, an internal auditor the plain auditor, a tax-return worker nothing, a securities
    # administration worker a stockbroker, a fund administrator a curator, a trust officer a
    # co-pilot and a claims team leader a garage's manager
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Operator broodstraat", "bakkerijmedewerker"),
        ("Operator dropproductie", "operator snoepmachine"),
        ("Campagnemedewerker suikerfabriek", "medewerker suikerfabriek"),
        ("Operator centrifuges zetmeelfabriek", "centrifugemedewerker"),
        ("Operator sproeidroger", "medewerker drogerij"),
        ("Filteroperator bier", "technicus drankenfiltering"),
        ("Operator mouterij", "procesoperator moutoven"),
        ("Jeneverstoker", "distilleerderijmedewerker"),
        ("Teamleider stokerij", "distilleerderij-opzichter"),
        ("Operator siroopkamer", "blenderoperator"),
        ("Operator koolzuurdosering", "operator carbonisatie"),
        ("Operator spiraalvriezer", "procesoperator diepvriesmaaltijden"),
        ("PLC-technicus", "technicus automatisering"),
        ("Productontwikkelaar food", "voedingstechnoloog"),
    ],
)
def test_bakery_sweets_and_drinks_factory_titles_of_the_twenty_ninth_round(tax, title, expected):
    # before: the operators of a bread line, liquorice, centrifuges, a spray dryer, a malting plant,
    # a syrup room, carbonation, a spiral freezer and a beer filter read a production worker, a
    # sugar factory's campaign worker a political campaign worker, a gin distiller a boiler
    # operator, a distillery's team leader a laundry's foreman, a PLC technician a computer hardware
    # technician and a food product developer a game developer
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Ontwerper W-installaties", "ingenieur koel-, lucht- en verwarmingstechniek"),
        ("Servicemonteur gastoestellen", "gasmonteur"),
        ("Monteur roltrappen", "liftmonteur"),
        ("BHV-coördinator", "preventieadviseur"),
        ("Servicetechnicus camerabeveiliging", "technicus alarmsystemen"),
        ("Monteur hang- en sluitwerk", "slotenmaker"),
        ("CCTV operator", "beveiliger"),
        ("Monteur zorgcommunicatie", "monteur telecommunicatie"),
        ("Werkvoorman elektra", "teamleider elektriciens"),
        ("Voorman W-installaties", "teamleider-loodgieter"),
        ("Monteur waterbehandelingsinstallaties", "monteur waterzuiveringsinstallaties"),
        ("After sales technician", "technisch medewerker klantenservice"),
        ("Facility manager productielocatie", "manager productiefaciliteit"),
    ],
)
def test_building_services_titles_of_the_twenty_ninth_round(tax, title, expected):
    # before: a heating and ventilation designer read a mechanical engineer; the service mechanics
    # of gas appliances and security cameras, the fitters of locks and nurse-call systems an
    # industrial machine mechanic; an escalator fitter a stair fitter; an emergency response
    # coordinator nothing; a CCTV operator a production worker; an electricians' foreman an
    # electrical assembler, an installers' foreman a mechanical engineer; a water treatment fitter
    # an electrician; an after sales technician a vehicle after-sales manager; a production site's
    # facility manager a building manager
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Tuinontwerper", "tuinarchitect"),
        ("Landscape designer", "landschapsontwerper"),
        ("Houtvester", "bosopzichter"),
        ("Adviseur bosbeheer", "bosbouwadviseur"),
        ("Gids natuurexcursies", "natuurgids"),
        ("NME-medewerker", "educatief medewerker milieu"),
        ("Tractorchauffeur maaiwerk", "landbouwmachinist"),
        ("Oppotter", "tuinbouwmedewerker"),
        ("Collectiebeheerder botanische tuin", "botanisch curator"),
        ("General manager golfclub", "manager sportaccommodatie"),
        ("Activity host", "outdooranimator"),
    ],
)
def test_green_space_and_outdoor_titles_of_the_twenty_ninth_round(tax, title, expected):
    # before: a garden designer read a horticultural worker first, a landscape designer an app
    # developer, a forester a timber merchant, a forest management adviser an agricultural adviser,
    # a nature guide a tour guide, a nature education worker nothing, a verge-mowing tractor driver
    # a truck driver, a potter of plants nothing, a botanic garden's collection keeper the plain
    # one, a golf club's manager a company director and an activity host a host
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Medewerker schoenreparatie", "schoenhersteller"),
        ("Filiaalmanager juwelier", "manager juwelierszaak"),
        ("Sieradenmaker", "juwelier"),
        ("Medewerker reparatie sieraden", "reparateur van juwelen"),
        ("Sieradenassembleur", "assemblagemedewerker juwelen"),
        ("Medewerker fotolab", "fotolaborant"),
        ("Leather craftsman", "ambachtelijk lederwarenmaker"),
        ("Lasergraveerder", "operator lasermarkeermachine"),
        ("Verkoopmedewerker fietsen", "verkoopspecialist sport- en kampeerartikelen"),
        ("Bike rental host", "verhuurmedewerker sport- en recreatieartikelen"),
        ("Verkoopmedewerker scooters", "verkoopspecialist motorvoertuigen"),
        ("Alterations tailor", "versteller van kleding"),
    ],
)
def test_craft_and_specialist_shop_titles_of_the_twenty_ninth_round(tax, title, expected):
    # before: a shoe repairer read a shoe designer, a jeweller's branch manager a shop's manager, a
    # jewellery maker an import manager, a jewellery repairer an office machine mechanic, a
    # jewellery assembler a production worker, a photo lab worker a colourist, a leather craftsman
    # nothing, a laser engraver a metal engraver, a bicycle seller a bicycle builder, a bike rental
    # host a host, a scooter seller the plain seller and an alterations tailor a dressmaker
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Kolkenzuigerchauffeur", "rioolreiniger"),
        ("Vetputtenreiniger", "onderhoudsmedewerker septische tanks"),
        ("Tankreiniger", "technicus gevaarlijk afval"),
        ("Truckwasser", "autopoetser"),
        ("Monteur rookgasafvoer", "haardinstallateur"),
        ("Teamleider demontage", "voorman ontmantelingswerken"),
        ("Schietmeester explosieve sloop", "springmeester"),
        ("Ploegbaas conservering", "voorman-industrieschilder"),
        ("Coatinginspecteur", "corrosietechnicus"),
        ("Chef-monteur isolatie", "teamleider isolatie"),
        (
            "Medewerker containerverhuur",
            "verhuurmedewerker van andere machines, materialen en roerende goederen",
        ),
        ("Nasorteerder", "afvalsorteerder"),
        ("Coördinator afvalbrengstation", "verantwoordelijke afvalbehandelingssite"),
        ("Machinist breekinstallatie", "bestuurder van een steenbreker"),
        ("Recycling operator", "recyclingmedewerker"),
        ("Ordercollector", "orderpicker"),
        ("Montagemedewerker machinebouw", "assemblagemonteur industriële installaties"),
        ("Bedrijfsleider vleeskuikenbedrijf", "pluimveehouder"),
    ],
)
def test_technical_services_and_regional_titles_of_the_twenty_ninth_round(tax, title, expected):
    # before: a gully sucker driver read a truck driver, a grease trap cleaner a facade cleaner, a
    # tank cleaner a septic tank worker, a truck washer a truck driver, a flue fitter an industrial
    # machine mechanic, a dismantling team leader a zoo keepers' team leader, a demolition blaster a
    # mine's shot firer, an industrial painters' crew boss a fruit-picking one, a coating inspector
    # a coating machine operator, an insulation foreman an insulator, a container rental worker the
    # plain rental worker, a waste post-sorter nothing, a recycling centre's coordinator a recycling
    # specialist, a crusher's machinist a pile driver, a recycling operator a production worker, an
    # order collector a debt collector, a machine assembly worker a production worker and a broiler
    # farm's manager a shop's manager
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Beheerder B&B (inwonend)", "bed and breakfast-houder"),
        ("B&B eigenaar", "bed and breakfast-houder"),
    ],
)
def test_a_b_and_b_is_a_bed_and_breakfast_in_a_longer_title(tax, title, expected):
    # before: the "&" between the letters split the title, and a B&B's keeper in a longer
    # title read a forest ranger, its owner nothing
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Binnendienstmedewerker assurantiekantoor",
            {"administratief medewerker verzekeringen", "verzekeringsagent"},
        ),
        ("Monteur groene sector", {"landbouwmachinemonteur", "technicus landbouwmachines"}),
    ],
)
def test_titles_of_the_twenty_ninth_round_with_two_equally_right_occupations(tax, title, expected):
    # before: an insurance broker's office worker read sales support and a green-sector
    # mechanic an industrial machine mechanic; both occupations now come first and second
    assert set(top3(tax, title)[:2]) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("STS crane operator", "kraandrijver haven"),
        ("Aanslager", "takelaar"),
        ("Planner containervervoer", "dispatcher goederenvervoer"),
        ("Customs broker", "declarant"),
        ("Medewerker exportdocumentatie", "expeditiemedewerker"),
        ("Shipbroker", "scheepsmakelaar"),
        ("Medewerker loodsencentrale", "loodsdienstcoördinator"),
        ("Stuurman loodsvaartuig", "dekofficier"),
        ("Dangerous goods coordinator", "veiligheidsadviseur gevaarlijke goederen"),
        ("Monteur hydraulische systemen graafmachines", "monteur hydraulische machines"),
        ("Rangeermachinist", "treinmachinist"),
        ("Planner koeriersdienst", "dispatcher goederenvervoer"),
        ("Transportmanager", "manager wegtransport"),
        ("Schoonmaker bussen", "autopoetser"),
        ("Postsorteerder", "postkamermedewerker"),
        ("Boekingsmedewerker", "reisagent"),
        ("Parkeerchauffeur", "chauffeur valetparking"),
        ("Hubmanager", "magazijnchef"),
        ("Huis-aan-huisverspreider", "folderbezorger"),
        ("Controleur vervoerbewijzen", "kaartjescontroleur"),
    ],
)
def test_port_and_passenger_transport_titles_of_the_twenty_ninth_round(tax, title, expected):
    # before: a ship-to-shore crane operator read a factory crane driver, a slinger a public
    # prosecutor, the planners of container transport and of a courier service an operating
    # theatre planner, a customs broker and a ship broker a financial broker, an export documents
    # worker an import-export specialist, a pilots' centre worker a warehouse worker, a pilot
    # boat's mate a helmsman, a dangerous goods coordinator and a hub manager nothing, a hydraulic
    # systems mechanic an industrial machine mechanic, a shunting driver a shunter, a transport
    # manager a sports manager, a bus cleaner a building cleaner, a mail sorter a plain sorter, a
    # booking clerk a drainage technician, a car parker a truck driver, a leaflet deliverer a
    # door-to-door seller and a ticket inspector a rail inspector
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Assemblagemedewerker automotive", "assemblagetechnicus voertuigen"),
        ("Body-in-white monteur", "carrosseriemonteur"),
        ("Assemblagemedewerker motoren", "assemblagetechnicus automotoren"),
        ("Montagemedewerker auto-onderdelen", "monteur auto-onderdelen"),
        ("Productieplanner machinebouw", "coördinator machineassemblage"),
        ("Assemblagemedewerker batterijpakketten", "assemblagetechnicus accusystemen"),
        ("Interieurbouwer bussen", "voertuigbekleder"),
        ("Precisiemonteur", "fijnmechanicus"),
        ("Testbankoperator", "tester motoren van motorvoertuigen"),
        ("Industrialisatie-engineer", "ingenieur fabricage"),
        ("Industrial engineer", "bedrijfsingenieur"),
        ("PLC engineer", "engineer industriële automatisering"),
        ("Robotprogrammeur", "technicus robotica"),
        ("CI engineer", "lean-manager"),
        ("Materiaalplanner", "logistiek manager"),
    ],
)
def test_vehicle_and_machine_plant_titles_of_the_twenty_ninth_round(tax, title, expected):
    # before: the assemblers of cars, engines, car parts and battery packs read a production
    # worker, a body-in-white fitter an industrial machine mechanic, a machine-building production
    # planner a production manager, a bus interior builder a body builder, a precision fitter a
    # precision instrument maker, an engine test bench operator a planing machine operator, an
    # industrialisation and an industrial engineer a mining safety engineer, a PLC engineer
    # nothing, a robot programmer a software developer, a continuous improvement engineer a
    # maintenance engineer and a materials planner a materials scientist
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Leerkracht groep 1-2", "leraar kleuteronderwijs"),
        ("Leerkracht ZMLK", "leraar speciaal onderwijs"),
        ("Docent Code 95", "instructeur beroepschauffeurs"),
        ("Docent justitiële jeugdinrichting", "gevangenisdocent"),
        ("Gitaardocent", "muziekleraar"),
        ("Docent tekenen", "leraar beeldende kunsten"),
        ("Ontwerper buitenruimte", "landschapsontwerper"),
        ("Rentmeester", "vastgoedmakelaar"),
        ("Civiel technicus", "technicus civiele bouwkunde"),
    ],
)
def test_teaching_and_planning_titles_of_the_twenty_ninth_round(tax, title, expected):
    # before: an infant class's teacher and a special school's teacher read a primary teacher, a
    # Code 95 teacher, a youth detention centre's teacher, a guitar teacher and a drawing teacher a
    # secondary teacher, an outdoor space designer a CAD draughtsman, a land agent ("rentmeester") a
    # building manager and a civil engineering technician a bridge inspector
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Rijinstructeur C", {"rijinstructeur vrachtwagen", "instructeur beroepschauffeurs"}),
        ("Rijinstructeur CE", {"rijinstructeur vrachtwagen", "instructeur beroepschauffeurs"}),
        ("Pick & pack medewerker webshop", {"orderpicker", "inpakker met de hand"}),
    ],
)
def test_truck_driving_instructors_and_pick_and_pack_read_both_their_occupations(
    tax, title, expected
):
    # before: a truck driving instructor read the car driving instructor alone, and a webshop's
    # pick and pack worker a seller first
    assert set(top3(tax, title)[:2]) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Eerste verkoper", "toezichthouder in winkel"),
        ("Vestigingsmanager warenhuis", "manager warenhuis"),
        ("Afdelingsmanager winkel", "afdelingsmanager detailhandel"),
        ("Floormanager warenhuis", "afdelingsmanager detailhandel"),
        ("Witgoedspecialist", "verkoopspecialist huishoudapparaten"),
        ("Outdoorspecialist", "verkoopspecialist sport- en kampeerartikelen"),
        ("Vloerenspecialist", "verkoopspecialist muur- en vloerbekleding"),
        ("Kleuradviseur verfspeciaalzaak", "verkoopspecialist ijzerwaren en verf"),
        ("Aquariumspecialist", "verkoopspecialist dieren en dierartikelen"),
        ("Optiekmedewerker", "verkoopspecialist optiek"),
        ("Verkoopmedewerker juwelier", "verkoopspecialist juwelen en uurwerken"),
        ("Filiaalleider kringloopwinkel", "bedrijfsleider kringloopwinkel"),
        ("Categoriemanager speelgoed", "category manager"),
    ],
)
def test_specialty_shop_titles_of_the_twenty_ninth_round(tax, title, expected):
    # before: a senior sales assistant read the plain seller, a department store's manager a shop's
    # manager, a shop's and a department store's floor manager the plain department manager, a white
    # goods specialist an appliance repairer, an outdoor specialist an outdoor entertainer, a floors
    # specialist a tiler, a paint shop's colour adviser a colourist, an aquarium specialist a zoo
    # keepers' team leader, an optician's shop worker the optician, a jeweller's seller the plain
    # seller, a second-hand shop's manager a shop's manager and a category manager of toys a toy
    # shop's manager
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Pastry cook", "banketbakker"),
        ("Shoarmabakker", "medewerker fastfood"),
        ("Locatiemanager catering", "restaurantmanager"),
        ("Hoofd banqueting", "manager evenementlocaties"),
        ("Menuplanner", "voedingsdeskundige bereide maaltijden"),
        ("Culinair trainer", "intern opleider"),
        ("Kok speciale voeding", "dieetkok"),
        ("Kok dieetvoeding", "dieetkok"),
        ("Foodtruck ondernemer", "streetfoodverkoper"),
        ("Teppanyaki-kok", "rotisseur"),
        ("Kantinebeheerder", "accommodatiemanager"),
        ("Productontwikkelaar maaltijden", "voedingstechnoloog"),
        ("Seizoenskracht pootaardappelen", "landbouwmedewerker"),
        ("Operator melkpoedertoren", "procesoperator zuivelverwerking"),
    ],
)
def test_kitchen_and_catering_titles_of_the_twenty_ninth_round(tax, title, expected):
    # before: a pastry cook read a cook, a shoarma maker a baker, a catering location's manager the
    # plain location manager, a head of banqueting a maître d'hôtel, a menu planner and a canteen
    # keeper nothing, a culinary trainer a sports coach, the cooks of special diets and a teppanyaki
    # cook the plain cook, a food truck owner a social entrepreneur, a ready meals developer a game
    # developer, a seed potato season worker a greengrocer's manager and a milk powder tower
    # operator a production worker
    assert best(tax, title) == expected


# --------------------------------------------------------------------------- teachers of a trade


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Praktijkdocent bakker", "vakdocent voeding beroepsonderwijs"),
        ("Docente kok", "vakdocent voeding beroepsonderwijs"),
        ("Docent verzorgende IG", "vakdocent hulpverpleging en verloskunde beroepsonderwijs"),
        ("Praktijkdocent elektricien", "vakdocent elektriciteit en energie beroepsonderwijs"),
        ("Leraar hovenier", "vakdocent landbouw, bosbouw en visserij beroepsonderwijs"),
        ("Docent pedicure", "vakdocent schoonheidsverzorging beroepsonderwijs"),
        ("Docent timmerman", "vakdocent industriële vormgeving beroepsonderwijs"),
        ("Praktijkdocent fietsenmaker", "vakdocent vervoerstechnologie beroepsonderwijs"),
        ("Docent grafisch vormgever", "vakdocent ontwerp en toegepaste kunst beroepsonderwijs"),
        ("Docent reisadviseur", "vakdocent reizen en toerisme beroepsonderwijs"),
        ("Docent verkoopmedewerker", "vakdocent verkoop en marketing beroepsonderwijs"),
        ("Docent secretaresse", "vakdocent bedrijfskunde beroepsonderwijs"),
        ("Docent fitness", "vakdocent lichamelijke opvoeding beroepsonderwijs"),
        ("Docent hovenier mbo", "vakdocent landbouw, bosbouw en visserij beroepsonderwijs"),
    ],
)
def test_a_teacher_of_a_trade_is_the_vocational_teacher_of_its_field(tax, title, expected):
    # before: the trade itself came first (a baker, a cook, a carer, an electrician, a
    # gardener, a pedicure, a carpenter, a bicycle mechanic, a graphic designer, a travel
    # agent, a shop seller, an administrative worker) or a secondary school's teacher
    # (fitness)
    found = top3(tax, title)
    assert found[0] == expected
    assert found[1] == "vakdocent beroepsonderwijs"  # ESCO's plain vocational teacher second


def test_a_teacher_of_a_trade_in_no_field_is_the_plain_vocational_teacher(tax):
    # before: a house painter; ESCO has no vocational teacher of the building finishers
    assert best(tax, "Docent schilder") == "vakdocent beroepsonderwijs"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Docent aardrijkskunde", "leerkracht aardrijkskunde voortgezet onderwijs"),
        ("Docent Duits", "leerkracht moderne talen voortgezet onderwijs"),
        ("Docent muziek", "leerkracht muziek voortgezet onderwijs"),
        ("Docent verpleegkunde", "docent verpleegkunde hoger onderwijs"),
    ],
)
def test_a_teacher_of_a_school_subject_keeps_the_subjects_teacher(tax, title, expected):
    # a subject that is no trade, or a teacher ESCO or the list already names
    assert best(tax, title) == expected


def test_a_trades_teacher_at_a_secondary_school_is_no_vocational_teacher(tax):
    # "vmbo" names a secondary school: not the agricultural school's teacher
    assert "vakdocent landbouw, bosbouw en visserij beroepsonderwijs" not in top3(
        tax, "Docent hovenier vmbo"
    )


def test_fields_of_vocational_teachers_parse_as_isco_groups():
    table = parse_variants(
        "[vakdocenten]\n5141 = vakdocent kapper beroepsonderwijs   # hairdressers\n"
    )
    assert table.teaching == {"5141": "vakdocent kapper beroepsonderwijs"}
    with pytest.raises(ValueError, match="geen ISCO-groep"):
        parse_variants("[vakdocenten]\nkapper = vakdocent kapper beroepsonderwijs   # no group\n")
    shipped = load_variants()
    assert shipped.teaching["6"] == "vakdocent landbouw, bosbouw en visserij beroepsonderwijs"


def test_every_field_of_a_vocational_teacher_is_a_real_vocational_teacher(esco):
    vocational = {o.preferred_label for o in esco if o.isco_group == "2320"}
    for group, label in load_variants().teaching.items():
        assert label in vocational, f"{group}: {label} is no vocational teacher"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("SPUITGIETOPERATOR | Venlo", "operator spuitgietmachine"),
        ("SPUITGIETOPERATOR 2-ploegendienst | Venlo", "operator spuitgietmachine"),
    ],
)
def test_a_compound_in_capitals_whose_first_part_starts_a_known_word_is_the_job(
    tax, title, expected
):
    # before: nothing; "spuitgiet" is no word of its own, only the start of "spuitgietmachine"
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Logistiek planner vis", "distributiemanager vis en schaal- en weekdieren"),
        ("Supply chain planner cosmetica", "distributiemanager cosmetica en parfums"),
    ],
)
def test_a_logistics_planner_of_goods_is_their_distribution_manager(tax, title, expected):
    # before: a transport dispatcher and a logistics analyst first
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Leermeester bouw", {"intern opleider"}),
        ("Praktijkopleider techniek", {"intern opleider"}),
        ("Operator flowpack", {"procesoperator verpakkings- en vulmachine"}),
        ("Demontagemedewerker e-waste", {"recyclingmedewerker"}),
        ("Medewerker graanontvangst", {"medewerker grondstoffenontvangst"}),
        ("Operator grasdrogerij", {"medewerker drogerij"}),
        ("Farmhand", {"landbouwmedewerker"}),
        ("Machinist hakselaar", {"landbouwmachinist"}),
        ("Monteur agrarische mechanisatie", {"monteur landbouwmachines"}),
        ("Gewasbeschermingsadviseur", {"landbouwkundig adviseur"}),
        ("Akkerbouwer", {"productmanager in de landbouw", "bedrijfsleider in de landbouw"}),
        ("Praktijkassistent dierenartsenpraktijk", {"dierenartsassistent"}),
        ("Veterinarian gemengde praktijk", {"algemeen dierenarts"}),
    ],
)
def test_sheltered_work_and_farming_titles_of_the_thirtieth_round(tax, title, expected):
    # before: an apprentices' master read a sergeant, a technical company's practical
    # trainer ESCO's training officer, a flow-wrap operator a production worker, an
    # e-waste dismantler a demolition worker, a grain intake worker nothing, a grass
    # dryer a production worker, a farmhand a hand packer, a forage harvester's driver a
    # road roller's, a farm machinery mechanic an industrial one, a crop protection
    # adviser a data protection officer, an arable farmer a farm worker, a vet's
    # practice assistant a university teaching assistant and a vet in English, in a
    # mixed practice, a practice manager
    assert best(tax, title) in expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Medewerker patiëntenontvangst", {"onthaalverantwoordelijke medisch secretariaat"}),
        ("Functioneel beheerder PACS", {"applicatiebeheerder PACS"}),
        ("CMIO", {"manager klinische informatiesystemen"}),
        ("Klinisch technoloog", {"biomedisch technoloog", "ingenieur gezondheidstechniek"}),
        ("IC design engineer", {"ontwerpingenieur geïntegreerde schakelingen"}),
        (
            "Wire harness assembler",
            {"assemblagemedewerker kabelbomen", "medewerker kabelassemblage"},
        ),
        ("Tester schakelkasten", {"tester schakelborden"}),
        ("Orbitaallasser", {"pijplasser"}),
        ("Medewerker galvanische lijn", {"galvaniseur"}),
        ("Calibration engineer", {"technicus metrologie"}),
        ("QC-technicus", {"kwaliteitstechnicus"}),
        ("Kwaliteitsmanager productie", {"kwaliteitsmanager in de industrie"}),
        ("Freesoperator", {"frezer"}),
        ("Conventioneel draaier", {"draaier metaal"}),
    ],
)
def test_hospital_and_high_tech_titles_of_the_thirtieth_round(tax, title, expected):
    # before: a hospital's patient reception read a patient transporter, a PACS manager
    # an application configurator, a CMIO a head of marketing, a clinical technologist a
    # clinical psychologist, an IC designer the plain design engineer, a wire harness
    # assembler a production worker, a switch cabinet tester a software tester, an
    # orbital welder a plain welder, an electroplating line's worker a pallet maker, a
    # calibration engineer nothing, a QC technician a computer hardware technician, a
    # factory's quality manager one in services, a milling operator a wood router
    # operator and a manual turner ESCO's grinder ("draaier")
    assert best(tax, title) in expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("AVG-adviseur", "functionaris voor gegevensbescherming"),
        ("Tester digitale toegankelijkheid", "ict accessibility tester"),
        ("Kwaliteitsmanager ICT", "quality manager ict"),
        ("Applicatiearchitect", "software architect"),
        ("AI-specialist", "ict intelligent systems designer"),
        ("Capaciteitsmanager ICT", "ict capaciteitsplanner"),
        ("PC-reparateur", "computerreparateur"),
        ("Interactieontwerper", "user interface designer"),
        ("UX-ontwerper", "user experience analyst"),
        ("Informatiemanager sociaal domein", "ICT-informatiemanager"),
        ("Gouvernante", "hoofd huishoudelijke dienst"),
        ("Kids club host", "recreatiebegeleider"),
        ("Spa receptionist", "medewerker spa"),
        ("Spa therapist", "masseur"),
        ("Medewerker tourist info", "medewerker VVV-kantoor"),
        ("City guide", "toeristengids"),
        ("Food & Beverage Manager | Hotel aan zee", "restaurantmanager"),
    ],
)
def test_government_it_and_hotel_titles_of_the_thirtieth_round(tax, title, expected):
    # before: a privacy adviser read a medical specialist, an accessibility tester a software
    # tester, an IT quality manager one in services, an application architect a building
    # architect, an AI specialist a business intelligence manager, an IT capacity manager a
    # railway station manager, a PC repairer a repairer of musical instruments, an
    # interaction designer nothing, a UX designer in Dutch a vehicle designer, a social
    # domain's information manager ESCO's documentalist, a hotel's head of housekeeping
    # nothing, a kids club host a club host, a spa receptionist the plain receptionist, a spa
    # therapist a spa worker, a tourist information worker and a city guide nothing, and a
    # hotel's food and beverage manager its accommodation manager
    assert best(tax, title) == expected


def test_an_elided_prefix_of_two_letters_takes_the_end_that_makes_a_word(tax):
    # before: "im-" and "in-" were left as words of their own: an import and export worker
    # read an ICT technician, a buying and selling worker only a seller
    assert best(tax, "Medewerker im- en export") == "specialist import-export"
    assert {"inkoper", "verkoopmedewerker"} <= set(top3(tax, "Medewerker in- en verkoop"))


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Uitvoerder wegenbouw", "teamleider wegenwerken"),
        ("Uitvoerder sloopwerken", "voorman sloopwerken"),
        ("Uitvoerder riolering", "voorman rioollegger"),
    ],
)
def test_a_site_foreman_of_a_kind_of_works_leads_those_works(tax, title, expected):
    # before: ESCO's site supervisor (bouwopzichter) of building work, whatever the works
    # (sewer works until the thirty-second round: ESCO names their foreman's field only
    # beside a project leader, "projectleider riolering")
    assert best(tax, title) == expected
    assert "bouwopzichter" in top3(tax, title)


def test_a_site_foreman_of_building_work_stays_the_site_supervisor(tax):
    assert best(tax, "Uitvoerder") == "bouwopzichter"
    assert best(tax, "Uitvoerder woningbouw") == "bouwopzichter"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Grader operator", "machinist grader"),
        ("Bulldozer operator", "machinist bulldozer"),
        ("Rupsdozer operator GPS", "machinist bulldozer"),
    ],
)
def test_an_operator_of_a_mobile_machine_is_its_machinist(tax, title, expected):
    # before: a production worker, then a CNC machine's operator
    assert best(tax, title) == expected


def test_an_operator_of_a_production_machine_is_not_a_machinist(tax):
    assert best(tax, "Operator extrusie") == "operator extrusiemachine"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Hondenfysiotherapeut", "dierenfysiotherapeut"),
        ("Kattenfysiotherapeut", "dierenfysiotherapeut"),
        ("Paardenosteopaat", "dierenosteopaat"),
        ("Fysiotherapeut voor paarden", "dierenfysiotherapeut"),
        ("Chiropractor voor honden", "dierenchiropractor"),
    ],
)
def test_a_therapist_of_a_kind_of_animal_is_the_therapist_of_animals(tax, title, expected):
    # before: the physiotherapist, osteopath or chiropractor of people (or an animal
    # behaviour therapist)
    assert best(tax, title) == expected


def test_a_carer_of_a_kind_of_animal_is_the_carer_of_animals(tax):
    # before: a pet sitter, and a horse dentist the dentist of people; ESCO's own compounds
    # stay ("Hondentrainer"; "Tandarts voor paarden" is its paardentandarts, not the
    # dierentandarts of "dieren"), and a word ESCO spells otherwise is no label
    # ("Kattentrimster" is no "dierentemmer", an animal tamer)
    assert best(tax, "Kattenverzorger") == "dierenverzorger"
    assert best(tax, "Hondentrainer") == "hondentrainer"
    assert best(tax, "Tandarts voor paarden") == "paardentandarts"
    assert "circusartiest" not in top3(tax, "Kattentrimster")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("MWD'er", "maatschappelijk werker"),
        ("Begeleider doofblinden", "begeleider personen met een beperking"),
        ("Verslaggever sport", "sportjournalist"),
        ("Ghostwriter", "schrijver"),
        ("UX researcher", "user experience analyst"),
        ("GWW'er", "vakman grond-, weg- en waterbouw"),
        ("Asfaltwalser", "machinist wals"),
        ("Plaatser bebording", "plaatser van verkeersborden"),
        ("Donorassistent", "bloedafnameassistent"),
        ("Flavorist", "chemicus aroma's en geuren"),
        ("Manager R&D", "manager onderzoek en ontwikkeling"),
        ("Agility trainer", "hondentrainer"),
        ("Certificerend dierenarts", "officiële dierenarts"),
        ("Hondengedragsdeskundige", "gedragstherapeut voor dieren"),
        ("Transcribent", "typist"),
        ("Medewerker gegevensinvoer", "datatypist"),
        ("Assistent fondsenwerving", "fundraisingassistent"),
        ("Ledenadministrateur", "administratief medewerker ledenadministratie"),
        ("Administratief medewerker vermogensbeheer", "administratief medewerker investeringen"),
        ("Salespromotor", "promotiemedewerker"),
        ("Bedrijfsleider dierenpension", "verantwoordelijke kennel"),
    ],
)
def test_care_media_civil_lab_animal_and_office_titles_of_the_thirty_first_round(
    tax, title, expected
):
    # before: a social worker by his training's letters, a deafblind people's carer, a
    # donor assistant, a flavourist, a transcriber, a GWW worker and an R&D manager read
    # nothing; a sports reporter the plain journalist, a ghostwriter a copywriter, a UX
    # researcher a computer scientist, an asphalt roller driver an asphalt production
    # operator, a road-sign placer a glaziers' team leader, an agility trainer a sports
    # coach, a certifying vet the general vet, a dog behaviour expert a behavioural
    # scientist, a data entry worker the data typists' supervisor, a fundraising
    # assistant an assistant of investment funds, a membership administrator a bookkeeper,
    # an administrative worker in asset management the plain one, a sales promoter an
    # after-sales manager, a boarding kennel's manager a shop manager
    assert best(tax, title) == expected


def test_a_bare_walser_still_works_at_a_rolling_mill(tax):
    assert best(tax, "Walser") == "metaalwalsbediener"


def test_the_bare_writers_and_typists_of_the_list_leave_longer_titles_to_their_words(tax):
    assert best(tax, "Ghostwriter speeches") == "speechschrijver"
    assert best(tax, "Medisch transcribent") == "medisch dictafonist"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Bedrijfsleider vleesvarkens", "varkenshouder"),
        ("Bedrijfsleider zeugenstal", "varkenshouder"),
        ("Meewerkend bedrijfsleider zeugen", "varkenshouder"),
        ("Bedrijfsleider vleeskuikens", "pluimveehouder"),
        ("Bedrijfsleider vleesvee", "veefokker"),
    ],
)
def test_the_manager_of_a_farms_animals_is_their_keeper(tax, title, expected):
    # before: a shop's or a restaurant's manager
    assert best(tax, title) == expected


def test_the_manager_of_a_shop_or_dairy_farm_is_still_read_so(tax):
    assert best(tax, "Bedrijfsleider schoenen") == "bedrijfsleider verkoop schoenen en lederwaren"
    assert best(tax, "Bedrijfsleider melkveebedrijf") == "boerderijmanager"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Onderzoeker cultuursociologie", "socioloog"),
        ("Postdoc celbiologie", "bioloog"),
        ("Postdoc structuurbiochemie", "biochemicus"),
        ("Onderzoeker economische geografie", "geograaf"),
        ("Onderzoeker macro-economie", "econoom"),
        ("Senior wetenschappelijk medewerker milieutoxicologie", "toxicoloog"),
    ],
)
def test_a_researcher_of_a_discipline_is_its_scientist(tax, title, expected):
    # before: an aquaculture technician (by "cultuur"), nothing, a civil engineer, the
    # economist, a researcher of business economics, the university's research assistant
    assert best(tax, title) == expected


def test_a_phd_candidate_is_the_research_assistant_first_and_the_scientist_second(tax):
    # before: the research assistant only
    assert top3(tax, "Promovendus sterrenkunde")[:2] == [
        "universitair onderzoeksassistent",
        "sterrenkundige",
    ]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Hoogleraar organische chemie", "docent chemie hoger onderwijs"),
        ("Hoogleraar economie", "docent economie hoger onderwijs"),
        ("Universitair docent arbeidssociologie", "docent sociologie hoger onderwijs"),
        (
            "Universitair hoofddocent theoretische natuurkunde",
            "docent natuurkunde hoger onderwijs",
        ),
    ],
)
def test_a_university_teacher_of_a_discipline_teaches_it_in_higher_education(tax, title, expected):
    # before: the plain teacher in higher education (a secondary-school teacher for the
    # "universitair hoofddocent"), with the discipline's teacher second or third if at all
    assert best(tax, title) == expected


def test_a_noise_word_written_apart_from_its_job_noun_is_the_jobs_subject(tax):
    # before: a bookkeeper ("salaris" dropped as a word about pay)
    assert best(tax, "salaris administrateur (AFAS)") == "salarisadministrateur"
    # an apprentice is still one: "leerling" is no subject of a carer
    assert best(tax, "Leerling begeleider GGZ") == "begeleider geestelijke gezondheidszorg"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Paro-assistente 24 uur", "tandartsassistent"),
        ("Hoorspecialist regio Zwolle", "audicien"),
        ("Klinisch farmaceut (0,8 fte)", "ziekenhuisapotheker"),
        ("Halt-medewerker regio Noord", "maatschappelijk werker jeugddelinquentie"),
        ("Raadsonderzoeker Zwolle", "kinderwelzijnswerker"),
        ("Kinderverzorgende", "kinderverzorgster"),
        ("Gezinsbehandelaar jeugdhulp", "gezinsbegeleider"),
        ("Brigadier politie Rotterdam", "politieagent"),
        ("Hoofdbrandwacht", "brandweerman"),
        ("Medewerker Mobiele Eenheid", "politieagent"),
        ("Rapid responder", "ambulanceverpleegkundige"),
        ("Fuselier", "soldaat infanterie"),
        ("Brandweerduiker", "reddingsduiker"),
        ("Approach controller", "luchtverkeersleider"),
        ("Machinist TS", "bestuurder blusvoertuigen"),
        ("Catalograaf", "bibliothecaris"),
        ("Entreemedewerker pretpark", "kaartjesverkoper"),
        ("Resort manager", "manager recreatie-accommodatie"),
        ("Ride host", "attractiemedewerker"),
        ("Gamemaster", "medewerker recreatieactiviteiten"),
        ("Beheerder jachthaven", "havenmeester"),
        ("Wadloopgids", "natuurgids"),
        ("Gids stadswandelingen", "toeristengids"),
        ("Verkoper reizen", "reisagent"),
        ("Wisseldagmedewerker vakantiepark", "medewerker huishoudelijke dienst"),
        ("Informatiespecialist", "informatiemanager"),
    ],
)
def test_care_shop_emergency_service_library_and_leisure_titles_of_the_thirty_second_round(
    tax, title, expected
):
    # before: nothing for the periodontist's assistant, the hearing specialist, Halt's worker,
    # the rapid responder, the fusilier and the game master; the community pharmacist, a
    # social counsellor, a care helper, a youth care worker, a political affairs officer, a
    # company firefighter, a developer of mobile software, a firefighter, a financial
    # controller, a road roller's driver, a cartographer, an amusement park's ride worker, an
    # entertainer, a host, an airport's environmental worker, a tour leader (twice), a shop's
    # sales assistant, a holiday park's manager and an aviation information expert
    assert best(tax, title) == expected


def test_a_police_brigadier_leaves_the_school_crossing_guard_alone(tax):
    assert best(tax, "Verkeersbrigadier") == "verkeersbrigadier"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Grant officer pre-award", "subsidiecoördinator"),
        ("Ombudsfunctionaris", "ombudsman"),
        ("Docent-onderzoeker (0,8 fte)", "docent hoger onderwijs"),
        ("Computationeel linguïst", "taaltechnoloog"),
        ("Universitair hoofddocent", "docent hoger onderwijs"),
        ("Assistant professor", "docent hoger onderwijs"),
        ("Associate professor in Marketing", "docent hoger onderwijs"),
        ("Full professor", "docent hoger onderwijs"),
        ("Assistant professor sociologie", "docent sociologie hoger onderwijs"),
        ("Vestigingsleider", "winkelmanager"),
        ("Vestigingsleider uitzendbureau", "manager arbeidsbureau"),
    ],
)
def test_university_and_branch_titles_of_the_thirty_second_round(tax, title, expected):
    # before: a laboratory worker, a monitoring officer, a secondary-school teacher, a
    # linguist, a university teacher of literature, an HR assistant, a marketing worker,
    # nothing, an HR assistant again, and the head of an accountancy firm's accounts (twice:
    # ESCO's "vestigingsleider accountantskantoor")
    assert best(tax, title) == expected


def test_a_branch_manager_of_a_named_shop_is_still_its_manager(tax):
    assert best(tax, "Vestigingsleider optiek") == "bedrijfsleider optiekwinkel"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Bedrijfsleider camping", "campingbeheerder"),
        ("Bedrijfsleider vakantiepark", "manager recreatie-accommodatie"),
        ("Bedrijfsleider hotel", "accommodatiemanager"),
        ("Bedrijfsleider kinderopvang", "manager kinderdagverblijf"),
        ("Bedrijfsleider productie", "productiemanager"),
    ],
)
def test_a_bedrijfsleider_of_a_place_is_esco_s_manager_of_it(tax, title, expected):
    # before: a shop's manager, a restaurant's second
    assert best(tax, title) == expected


def test_a_bedrijfsleider_of_a_shop_keeps_the_shop_manager_second(tax):
    assert top3(tax, "Bedrijfsleider hoorwinkel")[:2] == [
        "manager audiologiewinkel",
        "winkelmanager",
    ]
    assert top3(tax, "Bedrijfsleider bakkerij")[:2] == [
        "bedrijfsleider bakkerswinkel",
        "winkelmanager",
    ]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Onderzoeker verpleegkunde", "medisch specialist"),  # no nurse: ESCO's researcher
        ("Onderzoeker bedrijfseconomie", "wetenschappelijk onderzoeker bedrijfseconomie"),
        ("Hoogleraar werktuigbouwkunde", "docent hoger onderwijs"),  # no architecture teacher
        ("Bedrijfsleider planten", "manager bloemendetailhandel"),  # no English plant manager
        ("Brigadier BOA", "handhaver toezicht en veiligheid"),  # a bare brigadier only
        ("Manschap infanterie", "soldaat infanterie"),  # a bare manschap only
    ],
)
def test_the_thirty_second_round_s_rules_and_words_leave_these_titles_as_they_were(
    tax, title, expected
):
    # each of these read worse in the round's first version (a review of the change found
    # them): a nurse, the economist, the architecture teacher, a factory's plant manager, a
    # police officer, a firefighter
    assert best(tax, title) == expected


def test_a_discipline_s_ending_is_read_only_after_a_first_part_of_three_letters(tax):
    # the round's first version read ESCO's astronomer in "g|astronomie"
    assert "sterrenkundige" not in top3(tax, "Onderzoeker gastronomie")


def test_a_site_foreman_of_concrete_works_reads_no_road_works_leader(tax):
    # the round's first version took a worker's label ("beton- en asfaltwegenbouwer") of
    # ESCO's construction supervisors; now only a leader's or a project leader's counts
    assert top3(tax, "Uitvoerder beton")[:2] == ["voorman-betonafwerker", "bouwopzichter"]


# --- thirty-third round


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("PR-adviseur gemeente", "publicrelationsmedewerker"),  # before, an energy adviser
        ("PR adviseur (24 uur)", "publicrelationsmedewerker"),
    ],
)
def test_an_abbreviation_alone_beside_a_generic_job_noun_is_no_other_abbreviation(
    tax, title, expected
):
    # "PR" was dropped as too short, and a fuzzy look-up then took any "…-adviseur":
    # ESCO's "EPA-adviseur" (an energy performance adviser)
    assert best(tax, title) == expected


def test_a_two_letter_word_without_a_label_that_has_it_reads_nothing_by_spelling(tax):
    # before: "ICT-technicus", a spa worker and a beauty salon's, for letters no label has
    assert top3(tax, "Medewerker KX") == []


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Medewerker tentenbouw", "tentenbouwer"),  # before, a vineyard worker
        ("Allround medewerker scheepsbouw", "scheepsbouwer"),
        ("Vakman bosbouw (40 uur)", "bosbouwer"),  # before, a hydraulic engineering worker
    ],
)
def test_a_worker_of_a_kind_of_building_is_its_doer(tax, title, expected):
    # "-bouw" is done by a "-bouwer"; a "vakman" is a worker beside his work as a
    # "medewerker" is
    assert best(tax, title) == expected


def test_a_worker_of_a_bare_kind_of_work_keeps_its_readings(tax):
    # the round's first version let "medewerker" beside a bare kind of work ("redactie") be
    # its doer, which dropped ESCO's editorial assistant
    assert best(tax, "Medewerker redactie") == "redactieassistent"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Docent Duits hbo", "docent moderne talen hoger onderwijs"),
        ("Docent Spaans (hbo) - Hogeschool Rotterdam", "docent moderne talen hoger onderwijs"),
    ],
)
def test_a_subjects_teacher_at_the_school_level_the_title_names(tax, title, expected):
    # before: ESCO's higher-education teacher of no subject, then the secondary school's
    # language teacher that a bare "Docent Duits" is
    found = top3(tax, title)
    assert found[0] == expected
    assert "docent hoger onderwijs" in found  # the level's plain teacher stays near


def test_a_subjects_teacher_stays_where_esco_has_none_at_the_level(tax):
    # ESCO has no language teacher at a vocational school: its plain vocational teacher
    assert best(tax, "Docent Frans mbo") == "vakdocent beroepsonderwijs"
    assert best(tax, "Docent geschiedenis havo") == "leerkracht geschiedenis voortgezet onderwijs"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Linkbuilder (junior)", "search engine optimisation expert"),
        ("Trouwplanner – eigen bureau", "weddingplanner"),
        ("Venue manager poppodium", "manager evenementlocaties"),
        ("Executive chef hotelrestaurant", "chefkok"),
        ("Sieradenontwerper – atelier Utrecht", "juwelenontwerper"),
        ("Environmental engineer (m/v)", "milieu-ingenieur"),
        ("Ecologist – adviesbureau", "ecoloog"),
        ("Audiotechnicus theater", "geluidstechnicus"),
        ("Lighting operator – tourproducties", "bediener lichttafel"),
        ("Head rigger arena", "rigging supervisor"),
        ("Chief Procurement Officer", "hoofd inkoop"),
        (
            "Sociaal werker GGZ – ambulant team",
            "maatschappelijk werker, specialisatie geestelijke gezondheidszorg",
        ),
        ("Locatiemanager beschermd wonen Zwolle", "manager zorginstelling"),
        ("Stedenbouwer (medior)", "stedenbouwkundige"),  # before, a stonemason
        ("Modevormgever damescollectie", "modeontwerper"),
        ("Animation director – studio", "regisseur animatie"),
        ("VFX artist (compositing)", "specialist special effects"),
        ("Localizer Dutch – games", "lokalisator"),
        ("Terminoloog juridisch", "taalkundige"),
        ("Afsteker vuurwerk (oud en nieuw)", "pyrotechnicus"),
        ("Medewerker vertalingen Engels", "vertaler"),  # before, nothing
        ("HSE officer offshore", "preventieadviseur"),
        ("Teamleider vertalers", "manager vertaalbureau"),
        ("Peilbeheerder waterschap", "afwateringstechnicus"),
        ("Hydrografisch landmeter", "hydrograaf"),
        ("Directeur Volksuniversiteit Utrecht", "directeur volwassenenonderwijs"),
    ],
)
def test_thirty_third_round_marketing_events_safety_languages_nature_design_vocabulary(
    tax, title, expected
):
    # before: nothing, a designer of computer systems, the plain cook, an import manager of
    # jewellery, a palaeontologist, an audiovisual technician, a production worker, a rigger,
    # a buyer, the plain social worker, a film's location manager, a graphic designer, a
    # casting director, a 3D modeller, a games developer, a job analyst, a pharmaceutical
    # quality controller, a translator, a council member
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Dijkwerker waterschap", "vakman waterbouw"),  # before, a civil engineering worker
        ("Medewerker waterkeringen (36 uur)", "vakman waterbouw"),
        ("Ervaringsdeskundig medewerker herstelacademie", "begeleider geestelijke gezondheidszorg"),
        ("Medewerker bemoeizorg – Utrecht", "begeleider geestelijke gezondheidszorg"),
        ("Systeemtherapeut jeugd", "psychotherapeut"),  # before, a water systems technician
        ("Consumer insights manager", "marktonderzoeker"),
        ("Public affairs adviseur brancheorganisatie", "lobbyist"),
        ("MVK'er bouw", "veiligheidskundige"),
        ("ESG-specialist (financiële sector)", "manager duurzaamheid"),
        ("REACH specialist chemie", "regulatory affairs officer"),  # before, a forklift driver
        ("Visstandbeheerder", "adviseur visserij"),
        ("IVN consulent natuureducatie", "educatief medewerker milieu"),
        ("Zakelijk leider schouwburg", "manager culturele infrastructuur"),
        ("Demand forecaster FMCG", "forecastmanager"),  # before, a weather forecaster
        ("Docent inburgering (avond)", "docent alfabetisering"),
        ("Local crew concerten", "podiumassistent"),
        ("Bosbouwkundige – bosbeheerder", "bosbouwadviseur"),
    ],
)
def test_thirty_third_round_water_mental_health_safety_culture_and_planning_vocabulary(
    tax, title, expected
):
    # before: a water treatment technician, nothing, a foster-care worker, a regulatory
    # affairs officer, a manager of business services, a secondary-school teacher, a cabin
    # crew member, a forestry inspector
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Technisch medewerker theater – Stadsschouwburg", "theatertechnicus"),
        ("Technisch medewerker geluid (evenementen)", "geluidstechnicus"),
        ("Junior technisch medewerker licht", "lichttechnicus"),
    ],
)
def test_a_technical_worker_of_a_thing_is_esco_s_technician_of_it(tax, title, expected):
    # before: an industrial machine mechanic, an electromechanic, a handyman
    assert best(tax, title) == expected


def test_a_technical_worker_keeps_the_list_s_technician_and_a_shared_label_s_readings(tax):
    assert best(tax, "Technisch medewerker audio") == "geluidstechnicus"  # the list's
    # "laboratoriumtechnicus" is an alternative label of a chemistry technician: not taken
    assert best(tax, "Technisch medewerker laboratorium") == (
        "technicus wetenschappelijk laboratorium"
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Trade marketeer dranken", "manager retailpromoties"),
        ("Trade compliance specialist (douane)", "specialist import-export"),
    ],
)
def test_an_english_trade_is_no_misspelt_trader(tax, title, expected):
    # before: a marketer or a compliance officer, and ESCO's financial trader by spelling
    found = top3(tax, title)
    assert found[0] == expected
    assert "financieel trader" not in found


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Marine ecologist (PhD)", "marien bioloog"),  # ESCO's "mariene ecoloog"
        ("Executive chef patissier", "hoofdbanketbakker"),  # ESCO's "chef-patissier"
        ("Executive chef patisserie", "hoofdbanketbakker"),
        ("Inkoopadviseur overheid", "specialist openbare aanbestedingen"),
    ],
)
def test_the_thirty_third_round_s_words_leave_these_titles_as_they_were(tax, title, expected):
    # the round's first version read an ecologist, a head chef and a buyer (a review of the
    # change found them)
    assert best(tax, title) == expected


def test_a_cheese_cutter_sets_off_no_fireworks(tax):
    # the round's first version had a bare "afsteker" entry, which also read "kaas|afsteker"
    assert "pyrotechnicus" not in top3(tax, "Kaasafsteker")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Docent cello (zzp)", "muziekleraar"),  # before, a school's teacher of no subject
        ("Saxofoondocent", "muziekleraar"),
        ("Zangdocent – 8 uur per week", "muziekleraar"),  # before, a singer
        ("Leraar drums", "muziekleraar"),
    ],
)
def test_a_teacher_of_an_instrument_or_of_singing_is_a_music_teacher(tax, title, expected):
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Leraar trompet en trombone (zzp)", "muziekleraar"),
        ("Docent blokfluit en dwarsfluit – 6 uur", "muziekleraar"),
        ("Docent piano en zang", "muziekleraar"),
        ("Docent koperblazers", "muziekleraar"),
        ("Docent strijkinstrumenten", "muziekleraar"),
        ("Docent trompet en bugel", "muziekleraar"),
    ),
)
def test_a_teacher_of_several_instruments_or_of_a_family_of_them_is_a_music_teacher(
    tax, title, expected
):
    # the forty-fifth round: arts joined by "en" after the teacher, or a family of
    # instruments, read a school's teacher of no subject on 7ee89f7
    assert best(tax, title) == expected


def test_a_teacher_of_an_instrument_and_a_school_subject_is_no_music_teacher(tax):
    # guard: the arts after the teacher all name the same teacher, or the rule stands aside
    assert best(tax, "Docent piano en wiskunde") != "muziekleraar"


titles("Docent piano en wiskunde")


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Monteur roltrap", "liftmonteur"),
        ("Chauffeur brandstof | Nieuwegein", "chauffeur gevaarlijke stoffen"),
        ("Verhuurmedewerker bestelbus", "verhuurmedewerker motorvoertuigen"),
        ("Montagemedewerker kozijn (2-ploegen)", "ramenmonteur"),
        ("Meubelcoater", "lakspuiter"),
        ("Bezwaarbehandelaar omzetbelasting", "inspecteur belastingen"),
    ),
)
def test_an_entry_of_the_list_in_the_plural_is_read_in_the_singular_too(tax, title, expected):
    # the forty-sixth round: the list's "monteur roltrappen", "chauffeur brandstoffen",
    # "verhuurmedewerker bestelbussen", "montagemedewerker kozijnen", "coater meubels" and
    # "bezwaarbehandelaar belastingen" knew only their plural, and the title's word in the
    # singular (or inside a compound) read another occupation on c98bedc
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Balletdocent", "leraar dans"),  # before, ESCO's artistic coach
        ("Docent streetdance (zzp)", "leraar dans"),  # before, a school's teacher
        ("Theaterdocent", "leraar drama"),  # before, a higher-education drama teacher
        ("Toneeldocent", "leraar drama"),  # before, a school's teacher of no subject
        ("Tekendocent", "leraar beeldende kunsten"),
        ("Docent keramiek", "leraar beeldende kunsten"),
    ],
)
def test_a_teacher_of_dance_acting_or_a_visual_art_is_esco_s_teacher_of_it(tax, title, expected):
    assert best(tax, title) == expected


def test_an_arts_teacher_esco_names_otherwise_keeps_esco_s_reading(tax):
    # "balletleraar" is one of ESCO's own labels of its artistic coach
    assert best(tax, "Leraar ballet") == "artistiek coach"
    # a house painter's teacher teaches the trade, not a visual art
    assert best(tax, "Docent schilder") == "vakdocent beroepsonderwijs"


def test_an_instrument_teacher_beside_a_school_level_is_left_to_the_level(tax):
    assert best(tax, "Docent gitaar hbo") == "docent hoger onderwijs"


def test_a_worker_of_a_kind_of_building_takes_no_doer_by_spelling(tax):
    # the round's second version read "bollen|bouwer" as ESCO's "botenbouwer" (a review of
    # the change found it); only a label spelled so, or the list's own doer, counts
    assert "scheepsbouwer" not in top3(tax, "Medewerker bollenbouw")
    assert best(tax, "Toegangscontrole medewerker") == "beveiliger"  # the list's
    # its third version took only a label spelled as built, which lost ESCO's alternative
    # labels written otherwise (a third review found them)
    assert best(tax, "Medewerker schoenenverkoop") == "verkoopspecialist schoenen en lederwaren"
    assert best(tax, "Medewerker wegeninspectie") == "inspecteur wegen"


def test_the_thirty_third_round_s_ict_words_leave_these_titles_as_they_were(tax):
    # "unix" as a word for "ict" made "Unix/Linux beheerder" a helpdesk worker, "infra
    # engineer" took civil engineers' titles, "qa manager" a software QA manager's (a third
    # review of the change found them)
    assert best(tax, "Unix/Linux beheerder") == "ict systeembeheerder"
    assert best(tax, "Infra engineer GWW") == "vakman grond-, weg- en waterbouw"
    assert best(tax, "Software QA manager") == "software manager"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Priester (parochie St. Jan)", "geestelijke"),  # before, nothing
        ("Pastoor – parochiefederatie", "geestelijke"),
        ("Rabbijn", "geestelijke"),
        ("Imam moskee Amersfoort", "geestelijke"),
        ("Voorganger baptistengemeente", "geestelijke"),  # before, a catcher
        ("Humanistisch raadsman ziekenhuis", "geestelijk verzorger"),
        ("Sacristan basiliek", "koster"),
        ("Jeugdpastor (0,5 fte)", "pastoraal werker"),
        ("Sysadmin Linux/Windows", "ict systeembeheerder"),
        ("Citrix beheerder (36 uur)", "ict systeembeheerder"),  # before, a forest ranger
        ("Storage beheerder", "ict systeembeheerder"),
        ("ML engineer – scale-up", "ict intelligent systems designer"),
        ("Azure engineer", "ingenieur clouddiensten"),
        ("RF engineer antennes", "ingenieur telecommunicatie"),
        ("SOC manager", "ict security manager"),
        ("BI'er gemeente", "business intelligence manager"),
        ("MI-specialist zorg", "business intelligence manager"),
        ("QA manager (m/v)", "kwaliteitsmanager in de industrie"),
    ],
)
def test_thirty_third_round_religion_and_ict_vocabulary(tax, title, expected):
    # ESCO's "geestelijke" has no label but its own; the ICT titles read nothing, a forest
    # ranger, a maintenance engineer by spelling or a bookbinding machine operator
    assert best(tax, title) == expected


def test_an_imam_in_the_army_or_a_prison_keeps_the_chaplain_near(tax):
    # a "legerimam" is ESCO's chaplain of the armed forces
    assert top3(tax, "Imam")[:2] == ["geestelijke", "geestelijk verzorger"]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Werkgeversconsulent Werkplein", "arbeidsbemiddelaar"),  # before, a travel agent
        ("Werkfit coach (24 uur)", "re-integratiedeskundige"),
        ("Regisseur werk – gemeente Almere", "re-integratiedeskundige"),
        ("Hoofd werk en inkomen", "manager sociale dienstverlening"),
        ("Bewindvoerder (zzp)", "voogd"),  # before, a tiler
        ("Medewerker kinderbijslag", "medewerker sociale zekerheid"),
        ("Loonwaardedeskundige", "re-integratiedeskundige"),
        ("Fraudeonderzoeker sociale zekerheid", "sociaal rechercheur"),
        ("Btw-adviseur", "belastingadviseur"),
        ("Tax manager Big Four", "belastingadviseur"),
        ("EDP-auditor", "it-auditeur"),
        ("Speelhalmedewerker (bijbaan)", "medewerker recreatieactiviteiten"),
        ("Bingomedewerker", "bingoleider"),
        ("Medewerker tafelspelen", "croupier"),
        ("Projectionist filmhuis", "filmoperateur"),
    ],
)
def test_thirty_third_round_work_and_income_tax_and_leisure_vocabulary(tax, title, expected):
    # before: nothing, a theatre director, a workshop's head, a kindergarten teacher, an ore
    # expert, a forensic accountant, the plain auditor, a casino's games manager, a project
    # financier
    assert best(tax, title) == expected


def test_a_debt_counsellor_keeps_social_work_first_and_names_esco_s_credit_adviser(tax):
    assert top3(tax, "Schuldhulpverlener gemeente") == [
        "maatschappelijk werker",
        "sociaal werker",
        "adviseur kredieten",
    ]


def test_a_data_engineer_of_a_cloud_stays_a_data_engineer(tax):
    # the round's first version made "aws" and "azure" a word for "cloud", and with it a
    # "Data engineer Azure" a cloud engineer; now only a bare "Azure engineer" is one
    assert best(tax, "Data engineer Azure (Databricks)") == "data warehouse designer"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Judoleraar", "sportinstructeur"),  # before, a primary school teacher
        ("Zeilinstructeur (m/v) zomer – Friesland", "sportinstructeur"),  # before, a lifeguard's
        ("Kitesurf instructor IKO", "sportinstructeur"),  # before, a first-aid instructor
        ("Docent judo", "sportinstructeur"),  # before, a secondary school teacher
        ("Roeicoach", "sportcoach"),  # before, an artistic coach
        ("Volleybalcoach", "sportcoach"),  # before, a football trainer by its spelling
        ("Goalie coach hockey", "sportcoach"),  # before, a hockey referee
        ("Basketbal head coach", "sportcoach"),  # before, a referee
    ],
)
def test_a_coach_or_instructor_of_a_sport_esco_has_none_for_is_its_sports_coach(
    tax, title, expected
):
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Tennistrainer", "tennisleraar"),
        ("Tennis- en padeltrainer", "tennisleraar"),
        ("Schaatstrainer", "schaatscoach"),
        ("Voetbalcoach", "voetbaltrainer"),
        ("Loopbaancoach", "loopbaanadviseur"),
    ],
)
def test_esco_s_own_coach_of_a_sport_stays_and_other_coaches_are_no_sport(tax, title, expected):
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Equity Research Analyst", "aandelenanalist"),  # before, a data scientist
        ("Portefeuillemanager", "asset manager"),  # before, nothing
        ("FX dealer", "valutatrader"),  # before, a croupier
        ("Beleggingsadministrateur (m/v)", "administratief medewerker investeringen"),
        ("Equity Sales Trader", "effectenhandelaar"),  # before, a financial trader of goods
        ("Tester elektronica", "controleur elektronische apparaten"),  # before, software
        ("M&A Analyst", "analist fusies en overnames"),  # before, a laboratory technician
        ("Medewerker achterstandsbeheer", "incassomedewerker"),
        ("Scheepsmachinist", "werktuigkundige scheepvaart"),  # before, a shipbuilder
        ("Inshore diver – Nederland & België", "duiker civiele onderwaterbouw"),
        ("Steenzetter dijkbekleding", "vakman waterbouw"),  # before, a typesetter
        ("Marine surveyor", "scheepsinspecteur"),  # before, a land surveyor
        ("HIDHA 3 dagen per week", "huisarts"),  # before, nothing
        ("Gipsmeester SEH", "orthopedisch technicus"),  # before, a sergeant
        ("Spelersmakelaar", "agent"),  # before, an estate agent
        ("IB'er basisonderwijs", "remedial teacher"),  # before, a primary school teacher
        ("Consumer insights analist", "marktonderzoeker"),  # before, a test analyst
        ("Quant Analyst", "financieel analist"),  # before, a data scientist by spelling
        ("Expert Brandschade – Zuid-Holland", "schadecorrespondent"),  # before, fire safety
        ("Duikploegleider", "voorman civiele onderwaterbouw"),  # before, a production leader
        ("Walradar operator Rijkswaterstaat", "havenverkeersleider"),  # before, production
        ("Uitvoerder baggerwerken", "projectleider baggerwerken"),
        ("PET/CT-laborant", "medisch nucleair werker"),  # before, a laboratory technician
        ("Boortechnisch ingenieur offshore", "drilling engineer"),  # before, a bio-engineer
        ("HV jointer offshore", "kabelmonteur"),  # before, a driller
        ("Klimbosinstructeur", "outdoorinstructeur"),  # before, a bus driving instructor
        ("FO'er politie", "technisch rechercheur"),  # before, nothing
        ("Toezichthouder kansspelen", "inspecteur kansspelen"),  # before, a municipal enforcer
    ],
)
def test_thirty_fourth_round_banking_shipping_hospital_and_advice_vocabulary(tax, title, expected):
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Conciërge en judoleraar", "conciërge"),
        ("Leerkracht groep 5 & hockeytrainer", "leraar basisonderwijs"),
        ("Docent Dart programmeren", "leerkracht voortgezet onderwijs"),  # the language
        ("Docent turn-key projecten", "leerkracht voortgezet onderwijs"),
    ],
)
def test_a_sport_coach_is_not_lifted_above_another_job_or_a_word_that_is_no_sport(
    tax, title, expected
):
    # the round's first version put the sports coach first in all of these (a review of the
    # change found them)
    assert best(tax, title) == expected
    assert "sportcoach" not in top3(tax, "Turn-around coach")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Sales trader metalen", "groothandelaar in metalen en ertsen"),
        ("Portefeuillemanager vastgoed", "vastgoedmanager"),
        ("Hoofdmachinist waterzuivering", "exploitatietechnicus afvalwaterzuivering"),
        ("Mobiliteitsadviseur HR", "personeelsfunctionaris"),
        ("Claims settlement officer", "assistent-acceptant verzekeringen"),
        ("Software tester elektronica", "software tester"),
    ],
)
def test_the_thirty_fourth_round_s_words_leave_these_titles_as_they_were(tax, title, expected):
    # the round's first version read a stock trader, an asset manager, a ship's chief engineer,
    # a traffic planner, a securities clerk and an electronics inspector (a review found them)
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Ingenieur wind op zee", "ingenieur hernieuwbare energie uit zee"),
        ("Offshore wind installatie engineer", "installatie-ingenieur"),
        ("Leerkracht drama", "leerkracht drama voortgezet onderwijs"),  # a school's teacher
        ("Vakdocent theater", "vakdocent beroepsonderwijs"),
    ],
)
def test_the_thirty_fourth_round_s_second_review_found_these_read_worse(tax, title, expected):
    # its version had "offshore wind" entries, which made "wind" a known word and an offshore
    # engineer an onshore one, and lifted the teacher of an art for any teacher's job noun
    assert best(tax, title) == expected


def test_a_joint_venture_is_no_cable_jointer_and_a_groundwater_gauger_no_hydrographer(tax):
    # the second version had bare "jointer" and "peiler" entries
    assert "kabelmonteur" not in top3(tax, "Joint venture manager")
    assert "technicus grondwatercontrole" in top3(tax, "Grondwaterpeiler")


def test_painting_taught_at_a_trade_school_is_no_visual_art(tax):
    # "schilderen" is also the house painter's trade; a visual art is "schilderkunst"
    assert "leraar beeldende kunsten" not in top3(tax, "Docent schilderen (mbo schilder)")
    assert best(tax, "Docent schilderkunst") == "leraar beeldende kunsten"


def test_a_commercial_diver_is_no_word_for_diverse_things(tax):
    # the round's first version had a bare "diver" entry, which "diverse" was read as
    assert "duiker civiele onderwaterbouw" not in top3(tax, "Diverse functies")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Toezichthouder kinderopvang", "inspecteur volksgezondheid en milieuhygiëne"),
        ("Toezichthouder Kinderopvang (m/v)", "inspecteur volksgezondheid en milieuhygiëne"),
        ("Inspecteur THZ", "inspecteur volksgezondheid en milieuhygiëne"),
        ("Inspecteur IGJ", "inspecteur gezondheidszorg"),  # before, an ILT inspector
        ("Health promotion officer GGD", "gezondheidsvoorlichtings- en opvoedingsconsulent"),
        ("Medewerker BCO", "medewerker contactonderzoek"),  # before, nothing
        ("Consultatiebureau-assistent", "doktersassistent"),  # before, a GP by spelling
        ("HBO-V'er", "algemeen verpleegkundige"),  # before, a head nurse
        ("Medewerker grensbewaking", "immigratieambtenaar"),  # before, a prison guard
        ("Testautomatiseerder", "software tester"),  # before, nothing
        ("Polisbeheerder", "administratief medewerker verzekeringen"),  # before, nothing
        ("Regievoerder terugkeer", "immigratieambtenaar"),  # before, a tiler by spelling
        ("Cultuurmediator zorg", "consulent interculturele communicatie"),
        ("Kwartiermaker noodopvang", "projectmanager"),  # before, nothing
    ],
)
def test_thirty_fourth_round_public_health_asylum_and_office_vocabulary(tax, title, expected):
    assert best(tax, title) == expected


def test_the_thirty_fourth_round_s_third_review_found_these_read_worse(tax):
    # its version had a "gehoormedewerker" entry, which word order made "Medewerker gehoor"
    # too, and a "toezicht kinderopvang" entry, which read a child care board's member
    assert best(tax, "Medewerker gehoor") == "audicien"
    assert "inspecteur volksgezondheid en milieuhygiëne" not in top3(
        tax, "Lid Raad van Toezicht kinderopvang"
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Teamleider schadeherstel", "manager autogaragebedrijf"),  # "autoschade" a word
        ("Planner RoRo", "dispatcher goederenvervoer"),  # "ro" a word
        ("Docent taal en KNM", "leraar talenschool"),  # "knm" a word
        ("Medewerker kinderopvang (toezicht)", "medewerker kinderdagverblijf"),
        ("Controller beleggingsadministratie", "controller"),
        ("Jurist achterstandsbeheer", "juridisch adviseur"),
    ],
)
def test_the_thirty_fourth_round_s_fourth_review_found_these_read_worse(tax, title, expected):
    # its version had entries whose words made other titles' words known or took the
    # department for the job: "expert autoschade", "adviseur ro", "docent knm", "medewerker
    # toezicht kinderopvang", "beleggingsadministratie", "achterstandsbeheer"
    assert best(tax, title) == expected


def test_an_inbound_agent_takes_calls_and_an_inbound_worker_receives_goods(tax):
    assert set(top3(tax, "Inbound agent")[:2]) == {
        "callcentermedewerker",
        "medewerker klantencontactcentrum",
    }
    assert best(tax, "Inbound medewerker") == "magazijnmedewerker"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("General Counsel Benelux", "bedrijfsjurist"),  # before, a general by spelling
        ("Privacyjurist (32 uur)", "functionaris voor gegevensbescherming"),
        ("Strafpleiter – advocatenkantoor Zwolle", "advocaat"),  # before, a judge
        ("Parketsecretaris arrondissementsparket", "juridisch assistent"),
        ("Betekenaar (buitendienst)", "gerechtsdeurwaarder"),
        ("In-house lawyer", "bedrijfsjurist"),
        ("Advocatensecretaresse familierecht", "administratief medewerker juridisch secretariaat"),
        ("Gebiedsontwikkelaar binnenstad", "bouwkundig projectontwikkelaar"),
        ("Huuradministrateur woningcorporatie", "administratief medewerker vastgoed"),
        ("VvE-administrateur (m/v)", "administratief medewerker vastgoed"),
        ("Reparatievakman woningcorporatie", "klusjesman"),
        ("Medewerker woonruimteverdeling", "medewerker verhuur van vastgoed"),
        ("Valuer commercial real estate", "taxateur onroerend goed"),
        ("Medewerker huurachterstanden", "incassomedewerker"),  # before, a set designer
        ("Winkelcentrummanager", "vastgoedmanager"),
        ("Spotprententekenaar", "cartoontekenaar"),  # before, a technical draughtsman
        ("Nieuwsfotograaf", "fotojournalist"),
        ("Sportredacteur", "sportjournalist"),  # before, a book editor
        ("Economieredacteur", "economisch journalist"),
        ("Nieuwsredacteur (32 uur)", "journalist"),
        ("Editorial assistant", "redactieassistent"),  # before, a personnel officer
        ("GWL-monteur", "loodgieter"),  # before, a machine mechanic
        ("Gezinsverzorgster", "thuiszorgmedewerker"),
        ("Ziekenzuster", "algemeen verpleegkundige"),  # before, a GP
        ("Nachtwaker bedrijventerrein", "beveiliger"),
        ("Gameplay programmer", "digital games developer"),
        ("Gametester", "games tester"),
        ("Embedded ontwikkelaar", "embedded systems software developer"),
        ("Scrummaster", "ICT-projectmanager"),  # before, nothing
        ("Backender", "software ontwikkelaar"),  # before, a bartender by spelling
        ("Magento developer", "web developer"),
        ("Blockchain developer", "ontwikkelaar blockchain"),
        ("Farmaceutisch vertegenwoordiger", "artsenbezoeker"),
        ("Batch record reviewer", "kwaliteitscontroleur farmaceutische industrie"),
        ("Aufgussmeester", "medewerker spa"),  # before, a sergeant by spelling
        ("Lash tech", "schoonheidsspecialist"),  # before, a welding coordinator by spelling
        ("Bruiningsadviseur", "zonneconsulent"),
        ("Flavourist", "chemicus aroma's en geuren"),
    ],
)
def test_thirty_fifth_round_law_property_media_software_chemistry_and_beauty_vocabulary(
    tax, title, expected
):
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Monteur energienetten (40 uur)", "monteur elektriciteitsnetten"),  # before, a mechanic
        ("Monteur drinkwater", "technicus watervoorzieningsnet"),
        ("Bebordingsmonteur", "plaatser van verkeersborden"),
        ("Smart home installateur", "monteurs slimme woning"),
        ("Forwarding agent", "expediteur"),  # before, a talent agent
        ("LPG-chauffeur", "chauffeur gevaarlijke stoffen"),
        ("Manager sociaal domein", "manager sociale dienstverlening"),
        ("Brand ambassador", "promotiemedewerker"),  # before, an ambassador
        ("Zelfscan host supermarkt", "kassamedewerker"),
        ("Miniclubmedewerker vakantiepark", "recreatiebegeleider"),
        ("Head of People", "hoofd personeelszaken"),
        ("Tractorchauffeur (seizoen)", "landbouwmachinist"),  # before, a lorry driver
        ("HSB-timmerman", "houtskeletbouwer"),
        ("SLB'er", "leerlingbegeleider"),  # before, nothing
        ("Inspecteur NVWA", "inspecteur voedselveiligheid"),  # before, a fisheries inspector
        ("Belader afvalinzameling", "vuilnisophaler"),  # before, the truck's driver
        ("Stalmedewerker manege", "paardenverzorger"),  # before, a livestock worker
        ("Medewerker schadeafhandeling", "schadebehandelaar"),
        ("Werkgeversdienstverlener", "arbeidsbemiddelaar"),
        ("Directeur kindcentrum", "directeur basisonderwijs"),
        ("VTS-operator", "havenverkeersleider"),
        ("Head brewer", "brouwmeester"),
        ("Crowd control", "evenementenbeveiliger"),
    ],
)
def test_thirty_fifth_round_vocabulary_of_ordinary_feeds(tax, title, expected):
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Tbc-verpleegkundige", "gespecialiseerd verpleegkundige"),
        ("Forensisch verpleegkundige", "gespecialiseerd verpleegkundige"),
        ("Verpleegkundige psychiatrie", "gespecialiseerd verpleegkundige"),
        ("Recoveryverpleegkundige", "gespecialiseerd verpleegkundige"),
        ("JGZ-verpleegkundige (24 uur)", "gespecialiseerd verpleegkundige"),
        ("PAAZ-verpleegkundige", "gespecialiseerd verpleegkundige"),
        ("Reizigersverpleegkundige GGD", "gespecialiseerd verpleegkundige"),
        ("Hartbewakingsverpleegkundige", "gespecialiseerd verpleegkundige"),
    ],
)
def test_a_nurse_of_a_ward_or_a_service_esco_names_is_its_specialised_nurse(tax, title, expected):
    # before, each read ESCO's general nurse first, the specialised nurse second
    assert best(tax, title) == expected


def test_a_study_career_counsellor_is_a_vocational_school_s_unless_the_title_says_hbo(tax):
    assert best(tax, "SLB'er mbo") == "leerlingbegeleider"
    assert best(tax, "SLB'er hbo") == "studieadviseur hoger onderwijs"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("DevOps medewerker", "ingenieur clouddiensten"),
        ("Centrummanager Sportcentrum", "sportmanager"),
        ("Centrummanager kinderdagverblijf", "manager kinderdagverblijf"),
        ("Maatwerkadviseur Wmo", "medewerker sociale zekerheid"),
        ("Schade opnemer", "schadebehandelaar"),
        ("Opmaker DTP", "desktoppublisher"),
        ("Kraamzuster", "kraamverzorgende"),
        ("Technisch opzichter groen", "medewerker groenvoorziening/medewerkster groenvoorziening"),
        ("Correspondent verkoop", "correspondent vreemde talen"),
        ("Medewerker SWIFT betalingsverkeer", "backofficemedewerker"),
        ("CCU Afdelingshoofd", "afdelingsmanager"),
        ("Juridisch adviseur grondzaken", "juridisch adviseur"),
        ("Granulatie medewerker productie", "productiemedewerker granulaten"),
        ("Operator VAPRO zuivel", "procesoperator zuivelverwerking"),
    ],
)
def test_the_thirty_fifth_round_s_first_review_found_these_read_worse(tax, title, expected):
    # its first version had keys that made words known or job nouns: "centrummanager",
    # "maatwerkadviseur", "opnemer energielabels", "opmaker krant", "zuster", "operator
    # vapro", "operator flexo", "full stack dev", "swift developer", "ccu verpleegkundige",
    # "technisch opzichter", "adviseur grondzaken", "operator granulatie", "correspondent";
    # all were withdrawn
    assert best(tax, title) == expected


def test_a_flex_worker_is_no_flexographic_printer(tax):
    # "operator flexo" in the round's first version made "flexo" a word
    assert "flexodrukker" not in top3(tax, "Flexwerker Schiphol")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Student verpleegkundige hogeschool", "algemeen verpleegkundige"),
        ("Rijinstructeur B/C", "instructeur beroepschauffeurs"),
        ("Fullstack developer React", "software ontwikkelaar"),
        ("Audiologie assistent", "audioloog"),
        ("Photo assistant", "fotolaborant"),
        ("Paneloperator DCS", "operator controlekamer chemische installatie"),
        ("District leader", "rayonmanager detailhandel"),
        ("Correspondent Azië", "buitenlands correspondent"),
    ],
)
def test_the_thirty_fifth_round_s_later_reviews_found_these_read_worse(tax, title, expected):
    # its versions had "schoolverpleegkundige" (a nursing student's "hogeschool"), "rijinstructeur
    # b", "react developer", "klinisch fysicus audiologie", "photo editor", "dcs operator",
    # "district manager retail" and "regiocorrespondent" ("correspondent" a job noun); all were
    # withdrawn
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "wrong", "within"),
    [
        ("Calculator machinebouw", "bouwkostenadviseur", 1),
        ("Chauffeur melkinzameling", "chauffeur vuilniswagen", 3),
        ("BHV'er PT", "personal trainer", 3),
        ("Coördinator overlast", "manager divisie wegtransport", 3),
        ("Security event analist", "evenementenbeveiliger", 3),
    ],
)
def test_keys_of_the_thirty_fifth_round_s_versions_no_longer_reach_other_titles(
    tax, title, wrong, within
):
    # "calculator bouw" read every "-bouw", "chauffeur inzameling" a milk tanker's driver, "pt
    # er" any "-er" beside the feed's part-time tag, "last mile driver" made "overlast" a
    # load, "event security" read a security event
    assert wrong not in top3(tax, title)[:within]


@pytest.mark.parametrize(
    "title",
    titles(
        "Docent Italiaans – avondcursus",
        "Leraar Chinees (0,4 fte)",
        "Docent Arabisch | Den Haag",
        "Docent Russisch",
        "Docent Japans, 2 avonden per week",
    ),
)
def test_a_teacher_of_a_language_few_schools_teach_is_a_language_school_s_or_a_school_s(tax, title):
    # a secondary-school teacher of no subject, or a primary-school teacher, on 404617b
    assert set(top3(tax, title)[:2]) == {
        "leraar talenschool",
        "leerkracht moderne talen voortgezet onderwijs",
    }


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Leraar Latijn en Grieks", "leerkracht klassieke talen voortgezet onderwijs"),
        ("Leraar filosofie 0,6 fte", "leerkracht filosofie voortgezet onderwijs"),
        ("Leraar levensbeschouwing – Utrecht", "leerkracht godsdienst voortgezet onderwijs"),
        ("Docent CKV (m/v)", "leerkracht kunst voortgezet onderwijs"),
        ("Docent handvaardigheid / tekenen", "leerkracht kunst voortgezet onderwijs"),
        ("Leraar textiele werkvormen", "leerkracht kunst voortgezet onderwijs"),
    ),
)
def test_a_teacher_of_a_secondary_school_subject_is_that_subject_s_teacher(tax, title, expected):
    # "leraar" with a subject ESCO names only beside "docent" read the primary-school teacher;
    # crafts and textile arts are art subjects; CKV read ESCO's art teacher outside school
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Docent fysiotherapie (0,8 fte)", "docent gezondheidszorg hoger onderwijs"),
        ("Docent muziektheorie", "docent muziek hoger onderwijs"),
    ),
)
def test_a_teacher_of_a_subject_of_higher_education_teaches_there(tax, title, expected):
    # each read a secondary-school teacher of no subject on 404617b
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Klantenservice medewerker Turks", "vertegenwoordiger klantenservice"),
        ("Kok Chinees restaurant", "kok"),
        ("Tolk Arabisch", "tolk"),
        ("Docent technische vakken", "leerkracht voortgezet onderwijs"),
    ],
)
def test_a_language_or_subject_beside_other_work_is_no_teacher(tax, title, expected):
    # the languages and subjects the list now knows beside "docent" leave other titles alone
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Decaan havo/vwo (0,6 fte)", "loopbaanadviseur"),
        ("Decaan vmbo – Zwolle", "loopbaanadviseur"),
        ("LOB-coördinator", "loopbaanadviseur"),
        ("Examensecretaris vmbo", "administratief medewerker onderwijsinstelling"),
        ("Schoolsecretaresse 24 uur", "administratief medewerker onderwijsinstelling"),
        ("Docent digitale vaardigheden – bibliotheek", "leraar digitale geletterdheid"),
        ("Docent kappen (mbo)", "vakdocent kapper beroepsonderwijs"),
        ("Docent timmeren BBL", "vakdocent industriële vormgeving beroepsonderwijs"),
        ("Docent NLT havo/vwo", "leerkracht wetenschappen voortgezet onderwijs"),
        ("Docent BSM", "leerkracht lichamelijke opvoeding voortgezet onderwijs"),
        ("Begaafdheidscoördinator basisschool", "leraar hoogbegaafde leerlingen"),
        ("Plusklasbegeleider", "leraar hoogbegaafde leerlingen"),
    ),
)
def test_the_thirty_sixth_round_s_school_titles_read_their_occupation(tax, title, expected):
    # on 404617b a school's "decaan" was the faculty's dean, school secretaries had no field,
    # and these subjects and trades read a teacher of no subject
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Decaan faculteit Geneeskunde",
        "Decaan Hogeschool Utrecht",
        "Decaan Erasmus School of Law",
        "Faculteitsdecaan",
    ],
)
def test_a_faculty_s_dean_is_still_the_dean(tax, title):
    # a version of the round read every "decaan" as a school's careers counsellor, and
    # "schooldecaan" read "Hogeschool" as a school's "decaan"
    assert best(tax, title) == "decaan"


@pytest.mark.parametrize(
    ("title", "wrong"),
    [
        ("SCCM engineer", "purser"),
        ("Machine learning designer", "instructional designer"),
        ("Docent anatomie mbo verpleegkunde", "docent geneeskunde hoger onderwijs"),
        ("Verpleegkundige ANW psychiatrie", "algemeen verpleegkundige"),
        ("Coördinator ANW-zorg", "remedial teacher"),
        ("Leerkracht Fries basisschool", "leerkracht moderne talen voortgezet onderwijs"),
        ("Ontwerper leer", "instructional designer"),
        ("Medewerker Boarding (honden en katten)", "grondsteward"),
        ("Glasmonteur (auto)", "servicemonteur autoruiten"),
        ("Remedial teacher Gymnasium", "leerkracht voortgezet onderwijs"),
        ("Administratief medewerker mavo", "administratief medewerker onderwijsinstelling"),
    ],
)
def test_keys_withdrawn_from_the_thirty_sixth_round_no_longer_reach_other_titles(tax, title, wrong):
    # a version of the round had "sccm" (Microsoft's SCCM is an IT tool), "learning designer"
    # (machine learning), "docent anatomie" (anatomy is taught at vocational schools too),
    # "docent anw" (the care feeds' tag for evening, night and weekend shifts), "docent fries"
    # (Frisian is taught at primary schools), "leerontwerper" ("leer" is leather),
    # "boardingmedewerker" (pets' boarding), "autoglasmonteur" ("(auto)": a company car),
    # "gymnasium = voortgezet onderwijs" (a long school word read as the job's field) and "mavo
    # = voortgezet onderwijs" (the school type a clerk's ad asks for read as the field)
    assert wrong not in top3(tax, title)[:1]


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Onderwijskundig ontwerper", "instructional designer"),
        ("Applicatietrainer EPD", "ict trainer"),
        ("Instructeur Defensie (landmacht)", "militair docent"),
        ("Dealer principal Volkswagen", "manager verkoop motorvoertuigen"),
        ("Uitdeuker autoschade", "carrosserie- en voertuigbouwer"),
        ("Combinechauffeur Flevoland", "landbouwmachinist"),
        ("Veterinary technician – dierenkliniek", "veterinair technicus"),
        ("Dog walker Amsterdam-Zuid", "huisdierenoppas"),
        ("Hearing care professional – Rotterdam", "audicien"),
        ("Torenverkeersleider Schiphol", "luchtverkeersleider"),
        ("Naderingsverkeersleider", "luchtverkeersleider"),
        ("Senior cabin crew member (long haul)", "purser"),
        ("Hangarmonteur B1", "vliegtuigonderhoudsmonteur"),
        ("Chauffeur crashtender luchthaven", "bestuurder blusvoertuigen"),
        ("Flight safety officer – airline", "medewerker veiligheid luchtvaart"),
    ),
)
def test_the_thirty_sixth_round_s_training_car_farm_and_aviation_titles(tax, title, expected):
    # on 404617b: nothing, a sports coach, a welding inspector, a croupier, a lorry driver, a
    # veterinary surgeon, a railway signaller, an industrial machine mechanic …
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "either"),
    [
        (titles("Handtherapeut (24 uur)")[0], {"ergotherapeut", "gespecialiseerd fysiotherapeut"}),
        (titles("Grensbewaker Schiphol")[0], {"immigratieambtenaar", "douaneambtenaar"}),
        (
            titles("Medewerker grenscontrole Rotterdam")[0],
            {"immigratieambtenaar", "douaneambtenaar"},
        ),
    ],
)
def test_the_thirty_sixth_round_s_titles_of_two_equal_occupations(tax, title, either):
    # a packer "met de hand", a security guard and a quality inspector on 404617b
    assert set(top3(tax, title)[:2]) == either


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Docent Latijn en Grieks (0,7 fte)", "leerkracht klassieke talen voortgezet onderwijs"),
        ("Klokvoorzitter Aalsmeer", "veilingmeester"),
        ("Aangiftemedewerker douane – Venlo", "declarant"),
        ("Cabin crew instructor (freelance)", "instructeur cabinepersoneel"),
        ("Instructeur reddingsbrigade Zandvoort", "instructeur lifeguardopleiding"),
    ),
)
def test_the_thirty_sixth_round_s_titles_that_read_their_occupation_second_or_not_at_all(
    tax, title, expected
):
    # on 404617b: the classics teacher of higher education, a clockmaker, a tax office's clerk,
    # a steward and a welding inspector first
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Lokführer grensoverschrijdend goederenvervoer", "treinmachinist"),
        ("Railverkeersleider (32 uur) – Utrecht", "treindienstleider"),
        ("Verkeersleider spoor | Amersfoort", "treindienstleider"),
        ("Seinhuisbediener museumspoorlijn", "seingever"),
        ("Metromonteur – 3-ploegendienst", "technicus rollend materieel"),
        ("Train host internationale treinen", "treinsteward/treinstewardess"),
        ("Zuigwagenchauffeur (m/v)", "rioolreiniger"),
        ("Stortplaatsbeheerder – Zeeland", "opzichter vuilnisbelt"),
        ("Veerwikkelaar (m/v) 2-ploegen", "verenmaker metaal"),
        ("Brandsnijder – staalservicecentrum", "bediener zuurstofbrander"),
        ("Kostprijscalculator metaal", "productiekostenramer"),
        ("Ontbramer gietwerk", "afbramer"),
        ("Trowaliseerder (dagdienst)", "trommelaar"),
        ("Inductieharder 3-ploegen", "medewerker thermische behandeling metaal"),
        ("Plateelschilder Makkum", "aardewerkschilder"),
        ("Zadelmaker (paardensport)", "ambachtelijk lederwarenmaker"),
        ("Politoerder meubelrestauratie", "meubelafwerker"),
        ("Monteur lichtreclame – buitendienst", "signmaker"),
        ("Electro Technical Officer – offshore", "scheepselektromonteur"),
        ("Letterhakker (m/v)", "steenkapper"),
        ("Directeur rederij – Rotterdam", "algemeen directeur zeetransport"),
        ("Walradaroperator Haven Amsterdam", "havenverkeersleider"),
        ("Crewing officer – Rotterdam", "personeelsfunctionaris"),
        ("Operator zeevracht Rotterdam", "expediteur"),
        ("Operator luchtvracht (m/v)", "expediteur"),
        ("Ocean freight operator", "expediteur"),
        ("Glasbewasser (m/v) – schoonmaakbedrijf", "glazenwasser"),
        ("Werkend voorman schoonmaak", "hoofd huishoudelijke dienst"),
        ("Medewerker linnendienst verpleeghuis", "medewerker linnenkamer"),
        ("Automatenvuller regio Twente", "operator cateringautomaten"),
        ("Laborant zuivel – Friesland", "voedingsanalist"),
        ("Laborant plantenveredeling (seizoen)", "botanisch laborant"),
        ("Laborant beton – Utrecht", "technicus-materiaaltester"),
        ("Laborant afvalwaterzuivering", "analist waterkwaliteit"),
        ("Cytotechnoloog (32 uur)", "cytologisch analist"),
        ("Histotechnicus pathologie", "biomedisch analist"),
        ("Prikassistent – huisbezoeken", "bloedafnameassistent"),
        ("Offertemedewerker installatietechniek", "sales support medewerker"),
        ("Beller (thuiswerken)", "callcentermedewerker"),
        ("Territory manager medical devices", "accountmanager"),
        ("Technisch verkoper binnendienst (40 uur)", "technisch verkoper"),
        ("Stewardess riviercruise – seizoen", "steward passagiersschip"),
        ("Sleutelspecialist – winkel Utrecht", "slotenmaker"),
        ("3D-print operator", "technicus 3D-printing"),
        ("Medewerker beddentransport ziekenhuis", "brancardier"),
        ("VP Sales Europe", "commercieel directeur"),
        ("Monteur schepen – scheepswerf", "scheepsmonteur"),
    ),
)
def test_the_trades_of_railways_utilities_metal_crafts_ports_cleaning_labs_and_sales(
    tax, title, expected
):
    # the thirty-seventh round's vocabulary: each of these read another occupation first, or
    # nothing, on 6e546ac (the variant list gives each entry's reading before)
    assert best(tax, title) == expected


def test_ships_are_no_flemish_alderman(tax):
    # ESCO's one-word label "schepen" is the Flemish alderman; in Dutch ads it is the plural of
    # "schip" and was read beside any job with ships (on 6e546ac: first for "Schilder schepen")
    for title in titles(
        "Schilder schepen – scheepswerf Harlingen",
        "Timmerman schepen",
        "Plaatwerker reparatie schepen",
    ):
        assert "gemeenteraadslid" not in top3(tax, title)
    assert top3(tax, titles("Bouwer schepen")[0])[0] == "scheepsbouwer"


def test_a_place_is_no_evidence_of_the_word_bag(tax):
    # "Benelux" is a word of one ESCO label only, "Admiraal Benelux" (on 6e546ac the first
    # reading of "Country manager Benelux" and the third of "Sales director Benelux")
    for title in titles(
        "Country manager Benelux", "Sales director Benelux", "General counsel Benelux"
    ):
        assert "admiraal" not in top3(tax, title)
    assert best(tax, titles("Sales director Benelux")[0]) == "commercieel directeur"


def test_a_bronze_caster_is_a_metal_caster(tax):
    # on 6e546ac the word bag's metal casters tied with a plumber ("loodgieter")
    assert top3(tax, titles("Bronsgieter (m/v)")[0]) == ["metaalgieter", "gieter metaal"]


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Trainer EHBO (m/v) – Amersfoort", "eerstehulpinstructeur"),
        ("Trainer BHV, parttime", "eerstehulpinstructeur"),
        ("Excel trainer (freelance)", "ict trainer"),
        ("SAP trainer logistiek", "ict trainer"),
        ("Trainer Nederlands (m/v)", "leraar talenschool"),
        ("Trainer zakelijk Engels", "leraar talenschool"),
        ("Train-de-trainer (zzp)", "intern opleider"),
        ("Trainer JO-13 – vv Noordwijk", "sportcoach"),
        ("Trainer dames 1", "sportcoach"),
    ),
)
def test_a_trainer_of_first_aid_software_or_a_language_is_no_sports_coach(tax, title, expected):
    # ESCO gives the bare "trainer" to its sports coach, which all of these read on 6e546ac;
    # a team's trainer stays the sports coach
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Operator staal (m/v) ploegendienst", "bediener hoogovens"),
        ("Incassobeller", "incassomedewerker"),
        ("Beller marktonderzoek", "marktonderzoeker"),
        ("AEC sales manager", "salesmanager"),
        ("Operator export en verpakking", "procesoperator verpakkings- en vulmachine"),
        ("Medewerker PMD-sortering (m/v) Rotterdam", "afvalsorteerder"),
        ("Trainer Nederlands elftal onder 17", "sportcoach"),
        ("Sales trainer Nederlands/Engels", "intern opleider"),
        ("Head of Primary Research", "manager onderzoek en ontwikkeling"),
        ("Deputy Head of Finance", "financieel directeur"),
        ("Directeur rederij binnenvaart", "algemeen directeur vrachtvervoer binnenvaart"),
        ("Zuigwagenchauffeur ADR", "chauffeur gevaarlijke stoffen"),
        ("Operator PMD", "productiemedewerker"),
    ),
)
def test_the_thirty_seventh_round_s_withdrawn_lines_leave_these_readings_alone(
    tax, title, expected
):
    # reviews found these read worse with lines that were then withdrawn or narrowed: "harder"
    # (it split ESCO's "staalharder"), "beller" beside what the caller does, "trainer
    # nederlands", "head of primary", "deputy head", "directeur rederij" and
    # "zuigwagenchauffeur" beside other words (now bare titles only), "aec", "operator export"
    # and "pmd" (as "verpakkingsafval" and as "afval")
    assert best(tax, title) == expected


def test_plant_breeding_is_no_textile_finishing(tax):
    # a line "laborant veredeling" made "veredeling" a word, which split ESCO's "chef
    # textielveredeling" and gave plant breeders' team leaders a textile plant's manager
    assert "productieleider textielindustrie" not in top3(tax, titles("Teamleider veredeling")[0])


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Gymmeester – Zwolle", "leerkracht lichamelijke opvoeding voortgezet onderwijs"),
        ("SENCo (0,6 fte)", "coördinator speciaal onderwijs"),
        ("Head of Secondary", "directeur voortgezet onderwijs"),
        ("Lkr. groep 5/6", "leraar basisonderwijs"),
        ("Plv. rector – Utrecht", "adjunct-directeur"),
        (
            "Medewerker leerlingadministratie (24 uur)",
            "administratief medewerker onderwijsinstelling",
        ),
        (
            "Administratief medewerker basisschool – Almere",
            "administratief medewerker onderwijsinstelling",
        ),
        ("Voermeester melkveebedrijf", "medewerker veeteelt"),
        ("Uitlijnspecialist (m/v)", "bandenmonteur"),
        ("Tachograaftechnicus – Venlo", "monteur voertuigelektronica"),
        ("Body repair technician", "carrosserie- en voertuigbouwer"),
        ("Podo-assistent 24 uur", "assistent-podoloog"),
        ("Diëtetiek-assistent", "assistent-diëtist"),
        ("ATCO – Schiphol", "luchtverkeersleider"),
        ("Pluimveelader (nachtwerk)", "vanger"),
        ("Medewerker instrumentenreiniging CSA", "sterilisatieassistent"),
        ("Glazenslijper optiek", "vakkracht opticienbedrijf"),
        ("Plaatsvervangend directeur – Zwolle", "algemeen directeur"),
    ),
)
def test_school_staff_deputies_and_the_trades_of_cars_farms_and_care(tax, title, expected):
    # the thirty-seventh round's second part: each of these read another occupation first, or
    # nothing, on 6e546ac; "plaatsvervangend" and "waarnemend" are now ornaments like "senior"
    # ("Plaatsvervangend directeur" read a window fitter by spelling)
    assert best(tax, title) == expected


def test_an_airport_after_its_town_is_where_the_guard_works(tax):
    # a word after a town that names a part of it ("Utrecht Overvecht") was dropped with the
    # town, "Airport" too: on c8a3842 "Beveiliger Eindhoven Airport" read a guard of no kind.
    # Beside a guard it is where he guards, as "Schiphol" is; beside other jobs the place
    for title in titles(
        "Beveiliger Maastricht Aachen Airport (nachtdienst)",
        "Beveiliger Eindhoven Airport – 32 uur",
        "Beveiliger Groningen Airport Eelde | ploegendienst",
    ):
        assert best(tax, title) == "beveiliger luchthaven"
    assert best(tax, titles("Schoonmaker Eindhoven Airport")[0]) == "schoonmaker gebouwen"
    # an office park named after the airport is no airport (a review found it so read)
    assert best(tax, titles("Beveiliger Lelystad Airport Businesspark")[0]) == "beveiliger"


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Access control officer (nachten)", "beveiliger"),
        ("Objectleider beveiliging – Rotterdam", "coördinator beveiliging"),
        ("Scanautochauffeur gemeente Utrecht", "parkeercontroleur"),
        ("Deurman (weekend)", "portier"),
        ("Medewerker PAC – nachtdienst", "meldkamercentralist"),
        ("Poortwachter (nachtdienst)", "bedrijfsbewaker"),
        ("Crowd manager festivals", "evenementenbeveiliger"),
        ("Postcommandant beveiliging ziekenhuis", "coördinator beveiliging"),
        ("Alarmopvolger (oproep)", "bewakingsagent interventie na alarm"),
        ("GWT-beveiliger (m/v)", "beveiliger geld- en waardetransport"),
        ("Security driver (m/v)", "bodyguard"),
        ("Dragers gezocht!", "medewerker uitvaartondernemer"),
        ("Chauffeur rouwwagen – oproepbasis", "chauffeur uitvaartverzorging"),
        ("Thanatopractor (zzp)", "balsemer"),
        ("Petsitter Utrecht", "huisdierenoppas"),
        ("Personal chef – Wassenaar", "privékok"),
        ("Kamerdienaar particulier huishouden", "butler"),
        ("Medewerker strijkservice – 16 uur", "strijker"),
        ("FO agent (32 uur)", "horecavestigingsreceptionist"),
        ("Bell attendant – Amsterdam", "hotelportier"),
        ("Commis de rang – hotel restaurant", "ober/serveerster"),
        ("Brievenbezorger ochtend", "postbode"),
        ("Customs clearance agent Schiphol", "declarant"),
        ("Markeringsmedewerker (m/v) – Gelderland", "wegmarkeerder"),
        ("Medewerker bebording (m/v)", "plaatser van verkeersborden"),
        ("Voorman asfalt – Heijmans", "teamleider wegenwerken"),
        ("Instrumentenpakker CSA", "sterilisatieassistent"),
        ("MSMH'er", "sterilisatieassistent"),
        ("Monteur warmtenet", "verwarmingsmonteur"),
        ("Monteur warmte (m/v)", "verwarmingsmonteur"),
        ("Grid operator", "dispatcher voor het elektriciteitstransportnet"),
        ("Voorman kabelploeg", "teamleider kabelleggers"),
        ("Monteur meterwisselingen", "monteur elektriciteitsmeters"),
        ("Followspot operator", "volgspotter"),
        ("Set dresser film", "rekwisiteur"),
        ("Redacteur tv – Hilversum", "redacteur omroep"),
        ("Documentairemaker (zzp)", "regisseur video- en bioscoopfilms"),
        ("Steadicam operator", "cameraman"),
        ("Wardrobe supervisor theater", "kostuummeester"),
    ),
)
def test_security_funerals_households_hotels_post_roads_energy_and_media(tax, title, expected):
    # the thirty-eighth round's vocabulary: each of these read another occupation first, or
    # nothing, on c8a3842 (the variant list gives each entry's reading before)
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        # "monteur warmte" made "warmte" a word, which split "warmtepomp" towards ESCO's
        # geothermal technician (now a bare "warmtemonteur")
        ("Heat pump technician (m/v)", "technicus koel-, lucht- en verwarmingstechniek"),
        # "pac medewerker" made "pac" a word that reads ESCO's PACS administrator (now "pac =
        # alarmcentrale")
        ("Centralist PAC – Securitas", "meldkamercentralist"),
        # "chauffeur gladheidsbestrijding" made "gladheidsbestrijding" a known word, and the
        # compound's last part no longer matched ESCO's "gladheidsbestrijder"
        ("Medewerker gladheidsbestrijding gemeente", "sneeuwruimer"),
        # an animal keeper as a kind of work divided by where it is done read ESCO's team
        # leaders, hoof trimmers and kennel owners ("verantwoordelijke vogels", "kennelhouder")
        ("Dierenverzorger vogels", "dierenverzorger"),
        ("Dierenverzorger kennel", "dierenverzorger"),
        # "teamleider evenementenbeveiliging" made the word whole and cost it its guard
        ("Medewerker evenementenbeveiliging", "evenementenbeveiliger"),
        # "shelter medewerker" read a homeless shelter's worker as an animal shelter's
        ("Medewerker shelter daklozen", "thuislozenwerker"),
        # "wfm analist" gave "WFM planner" a hospital's planner
        ("WFM planner", "dispatcher goederenvervoer"),
    ),
)
def test_the_thirty_eighth_round_s_withdrawn_lines_leave_these_readings_alone(tax, title, expected):
    # the round's own measurement and three reviews found these read worse with lines that
    # were then withdrawn or narrowed (the comment above each title names its line)
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "unwanted"),
    cases(
        # "boom operator" made "boom" a word, which split "boomteelt" and "laanbomen";
        # "boomoperator" read tree nurseries as sound men
        ("Vakman boomteelt (laanbomen)", "vakman waterbouw"),
        ("Boomkwekerij operator", "geluidsman"),
        # "zon op dak" (solar panels on roofs) gave a public health director a regional manager
        ("Directeur Publieke Gezondheid GGD", "regiomanager"),
        # "lijnmonteur" read every "Monteur …lijn" as an overhead-line fitter
        ("Monteur bottellijn", "monteur bovengrondse leidingen"),
        ("Lijnmonteur vliegtuigonderhoud", "monteur bovengrondse leidingen"),
        # "asfaltploeg = asfalt" left a bare "asfalt", which reads a singer ("alt")
        ("Teamleider asfaltploeg", "zanger"),
        # "ploegleider asfalt" read an asphalt plant's shift leader as a road crew's
        ("Ploegleider asfaltcentrale (m/v)", "teamleider wegenwerken"),
        # "poortwachter" inside longer titles read the sick-leave law's advisers as guards
        ("Verzuimadviseur Wet poortwachter", "bedrijfsbewaker"),
        # "warmtemonteur" inside longer titles read a heat treatment
        ("Monteur warmtebehandeling staal", "verwarmingsmonteur"),
        # "verliescoach" read a weight-loss coach
        ("Gewichtsverliescoach", "rouwconsulent"),
        # "instructeur klimmen" made the Limburg village a word ("klimmen", to climb)
        ("Medewerker Klimmen Limburg", "klimmende rigger"),
    ),
)
def test_the_thirty_eighth_round_s_lines_stay_out_of_other_compounds(tax, title, unwanted):
    # the round's lines inside other titles and compounds, as the round's own measurement and
    # three reviews found them before they were withdrawn, or kept to bare titles only
    assert unwanted not in top3(tax, title)


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("ICT-ondersteuner (m/v) – Zwolle", "ICT-technicus"),
        ("Field service engineer IT – regio Noord", "ICT-technicus"),
        ("Monteur kopieersystemen (buitendienst)", "monteur kantoormachines"),
        ("Release manager – 36 uur", "ICT wijzigings- en configuratiemanager"),
        ("CMDB-beheerder (m/v)", "ICT wijzigings- en configuratiemanager"),
        ("IT procurement specialist", "ict buyer"),
        ("Medewerker trampolinepark – bijbaan", "medewerker recreatieactiviteiten"),
        ("Escape room medewerker (weekend)", "medewerker recreatieactiviteiten"),
        ("CrossFit coach", "fitnessinstructeur"),
        ("Manager klimhal Nijmegen", "manager sportaccommodatie"),
        ("Talent development consultant", "opleidingsfunctionaris"),
        ("Jobmatcher Rotterdam", "arbeidsbemiddelaar"),
        ("Teamleider intercedenten", "manager arbeidsbureau"),
        ("Verloningsspecialist (32 uur)", "salarisadministrateur"),
        ("HRBP (m/v)", "personeelsfunctionaris"),
        ("Vestigingsleider uitzendorganisatie", "manager arbeidsbureau"),
        ("Animal keeper primaten", "dierenverzorger dierentuin"),
        ("Aquarist – Sea Life", "dierenverzorger dierentuin"),
        ("Curator dierentuin", "collectiebeheerder dierentuin"),
        ("Instructeur hondenschool", "hondentrainer"),
        ("Charcutier (m/v)", "slager"),
        ("Roastmaster", "meester-koffiebrander"),
        ("Broodverkoper zaterdag", "verkoopspecialist brood en banket"),
        ("Traprenovateur", "trappensteller"),
        ("Visgraatlegger", "parketteur"),
        ("Bathroom fitter", "badkamermonteur"),
        ("PUR-spuiter", "isoleerder"),
        ("FttH-monteur", "monteur telecommunicatie"),
        ("Retentiemedewerker (thuiswerk)", "callcentermedewerker"),
        ("Adviseur geluid en trillingen", "akoestisch ingenieur"),
        ("Cost consultant", "bouwkostenadviseur"),
        ("Rivierkundige", "hydroloog"),
        ("Milieukundig begeleider", "milieutechnicus"),
        ("Engineering assistant", "ingenieursassistent"),
    ),
)
def test_it_support_fitness_hr_zoos_food_shops_finishing_trades_telecom_and_engineering(
    tax, title, expected
):
    # the thirty-eighth round's second part: each of these read another occupation first, or
    # nothing, on c8a3842 (the variant list gives each entry's reading before)
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Kookprofessional brasserie (32 uur)", "kok"),
        ("Grillroom medewerker (weekend)", "medewerker fastfood"),
        ("Shoarma medewerker Utrecht", "medewerker fastfood"),
        ("Broodjesmaker lunchzaak", "medewerker maaltijden"),
        ("Leidinggevend kok (m/v) – Zwolle", "chef"),
        ("Pitmaster (m/v)", "rotisseur"),
        ("Patissier (40 uur)", "banketbakker"),
        ("Chef aan huis – freelance", "privékok"),
        ("Foodtruck chef (zomer)", "streetfoodverkoper"),
        ("Foodhost (m/v) – Isala", "medewerker maaltijden"),
        ("Medewerker pizzeria – bijbaan", "pizzaiolo"),
        ("Foodservice medewerker (20 uur)", "medewerker maaltijden"),
        ("Productieleider confectie (m/v)", "productieleider textielindustrie"),
        ("Eindpersser (dagdienst)", "perser"),
        ("DTG-printer (m/v)", "textieldrukker"),
        ("Afwerker confectie – Tilburg", "textielopmaker"),
        ("Technicus breierij (m/v)", "breitechnicus"),
        ("Rondbreier (3-ploegen)", "operator breimachine"),
        ("Weefmeester – Tilburg", "textieltechnicus weverij"),
        ("Monteur weefmachines", "monteur textielmachines"),
        ("Operator spanraam (m/v)", "afwerker textiel"),
        ("Quality controller textiel", "kwaliteitsinspecteur textiel"),
        ("VM'er (parttime)", "visual merchandiser"),
        ("Verkoper sneakers – Kalverstraat", "verkoopspecialist schoenen en lederwaren"),
        ("Medewerker drive-thru (16+)", "medewerker fastfood"),
        ("Coördinator dagbesteding (m/v)", "manager sociale dienstverlening"),
        ("Teamleider dagbesteding – Apeldoorn", "manager sociale dienstverlening"),
        ("MMZ'er woongroep", "begeleider personen met een beperking"),
        ("EVB'er (m/v)", "begeleider personen met een beperking"),
        ("GZ'er (m/v) gehandicaptenzorg", "gezondheidszorgpsycholoog"),
        ("Behaviour specialist (m/v)", "gedragswetenschapper"),
        ("CAM-programmeur (m/v)", "CNC-programmeur"),
        ("Monteur mechatronica (m/v)", "assemblagetechnicus mechatronica"),
        ("Monteur elektronica – Eindhoven", "assemblagemedewerker elektronische apparatuur"),
        ("Mechanisch ontwerper (m/v)", "ontwerper-constructeur machines en gereedschappen"),
        ("Keurmeester (m/v) – Kwaliteitskeuring", "inspecteur voedselveiligheid"),
        ("Vleeskeurmeester", "inspecteur voedselveiligheid"),
        ("Voertuigkeurmeester RDW", "technisch ingenieur motorvoertuigen"),
        ("Keurmeester RDW (m/v)", "technisch ingenieur motorvoertuigen"),
        ("Officieel assistent slachthuis", "inspecteur voedselveiligheid"),
        ("Schoolinspecteur (m/v)", "onderwijsinspecteur"),
        ("Brzo-inspecteur (m/v)", "inspecteur gevaarlijke stoffen en milieu"),
        ("Head of Claims", "directeur claims"),
        ("Manager schadebehandeling (m/v)", "directeur claims"),
        ("Medewerker regres (m/v)", "schadebehandelaar"),
        ("Wasmachinemonteur (m/v)", "reparateur huishoudelijke toestellen"),
        ("Vloerenadviseur (m/v)", "verkoopspecialist muur- en vloerbekleding"),
        ("Keukenadviseur showroom", "verkoopmedewerker"),
        ("Medewerker sleutelservice", "slotenmaker"),
        ("Verkoper televisies", "verkoopspecialist audio- en videoapparatuur"),
        ("Bedrijfsleider rijwielzaak (m/v)", "bedrijfsleider fietsenwinkel"),
        ("Deboner (m/v)", "vleessnijder"),
        ("Medewerker uitbeenderij", "vleessnijder"),
        ("Karkassplitter", "slachter"),
        ("Fish filleter", "visfileerder"),
        ("Eierschouwer", "klasseerder van voedingsmiddelen"),
        ("Medewerker eierpakstation", "inpakker met de hand"),
        ("Visroker (m/v)", "medewerker visproductie"),
        ("Official veterinarian", "officiële dierenarts"),
        ("Operator traysealer", "procesoperator verpakkings- en vulmachine"),
    ),
)
def test_kitchens_fashion_inspectorates_disability_care_high_tech_insurance_shops_and_meat(
    tax, title, expected
):
    # the thirty-ninth round's vocabulary: each of these read another occupation first, or
    # nothing, on fc1fef1 (the variant list gives each entry's reading before)
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Tyre builder (m/v)", "bandenmaker"),
        ("Colour matcher (m/v)", "colorist"),
        ("Polyester laminator – jachtbouw", "operator lamineren van glasvezel"),
        ("Printoperator (m/v) – drukkerij", "digitaal drukker"),
        ("Grootformaat printer (m/v)", "digitaal drukker"),
        ("Medewerker digitale drukkerij", "digitaal drukker"),
        ("Medewerker textielbedrukking", "textieldrukker"),
        ("Vouwer (m/v)", "operator vouwmachine"),
        ("Streetworker (m/v)", "jeugdwelzijnswerker"),
        ("Meidenwerker (m/v)", "jeugdwelzijnswerker"),
        ("Tienerwerker Den Haag", "jeugdwelzijnswerker"),
        ("Wijkwerker (m/v)", "maatschappelijk werker opbouwwerk"),
        ("Seniorencoach (m/v)", "ouderenwerker"),
        ("Begeleider daklozenopvang (m/v)", "thuislozenwerker"),
        ("Begeleider nachtopvang", "thuislozenwerker"),
        ("Vrijwilligersconsulent (m/v)", "verantwoordelijke vrijwilligerswerk"),
        ("Teamleider sociaal team (m/v)", "teamleider instelling maatschappelijk werk"),
        ("Manager welzijn (m/v)", "manager sociale dienstverlening"),
        ("Toezichthouder reclassering", "reclasseringswerker"),
        ("Cruise consultant (m/v)", "reisconsulent"),
        ("Medewerker kinderclub camping", "recreatiebegeleider"),
        ("Entertainment host (m/v)", "animator"),
        ("Touringcarplanner (m/v)", "verkeersleider bussen"),
        ("Planner touringcarbedrijf", "verkeersleider bussen"),
        ("Medewerker sloepverhuur", "verhuurmedewerker watertransportmateriaal"),
        ("Medewerker groepsreizen", "reisconsulent"),
        ("Rental sales agent (m/v)", "verhuurmedewerker autoverhuurbedrijf"),
        ("Travel designer (m/v)", "reisagent"),
        ("Transferbegeleider (seizoen)", "reisbegeleider ter plaatse"),
        ("Bijrijder leerlingenvervoer", "begeleider schoolbus"),
        ("VP Finance", "financieel directeur"),
        ("Directeur financiële zaken", "financieel directeur"),
        ("Assistent financiële administratie", "assistent-boekhouder"),
        ("Teamleider debiteurenbeheer", "manager kredieten"),
        ("Liquiditeitsplanner (m/v)", "financieel beheerder"),
        ("Medewerker treasury (m/v)", "financieel beheerder"),
        ("Financial risk manager", "beheerder financieel risico"),
        ("Jaarrekeningspecialist (m/v)", "accountant"),
        ("AP medewerker (m/v)", "assistent-boekhouder"),
        ("Adm. medewerker (m/v)", "administratief medewerker"),
        ("Fin. adm. medewerker", "boekhouder"),
        ("Manager F&C (m/v)", "financieel directeur"),
        ("Visdierenarts", "gezondheidswerker waterdieren"),
        ("Veterinair onderzoeker (m/v)", "veterinair wetenschapper"),
        ("Clinic manager (32 uur)", "praktijkmanager"),
        ("Hoefbeslagsmid (m/v)", "hoefsmid"),
        ("KI'er (m/v)", "technicus kunstmatige inseminatie"),
        ("Programmatic trader", "mediabuyer"),
        ("Campagnemanager (m/v)", "advertentiemanager"),
        ("Insights analist (m/v)", "marktonderzoeker"),
        ("Media relations specialist", "publicrelationsmedewerker"),
        ("Artworker (m/v)", "desktoppublisher"),
        ("Final artist (m/v)", "desktoppublisher"),
        ("Studio designer (m/v)", "grafisch ontwerper"),
        ("Account director – reclamebureau", "accountmanager"),
        ("Medewerker autobelettering", "signmaker"),
        ("Handhaver Participatiewet (m/v)", "sociaal rechercheur"),
        ("Adresonderzoeker (m/v)", "functionaris burgerzaken"),
        ("Grantmanager (m/v)", "subsidiecoördinator"),
        ("Bestuurssecretaresse (m/v)", "managementassistent"),
        ("Bedrijvencontactfunctionaris", "coördinator economische ontwikkeling"),
        ("Adviseur bijzondere wetten", "overheidsfunctionaris vergunningen"),
        ("Console operator (m/v)", "beeldschermoperator raffinaderij"),
        ("Veldoperator (m/v)", "procestechnicus chemische industrie"),
        ("Jetty operator (m/v)", "pijpleidingoperator"),
        ("Operator tankterminal", "pijpleidingoperator"),
        ("Medewerker bedrijfsbrandweer", "bedrijfsbrandweerman"),
        ("Lubrication technician", "smeerder"),
        ("Mechanical fitter (m/v)", "monteur industriële machines"),
        ("UT-operator (m/v)", "specialist niet-destructief onderzoek"),
        ("Process control engineer", "engineer industriële automatisering"),
        ("Chef TD (m/v)", "supervisor industrieel onderhoud"),
        ("Teamleider mechanisch onderhoud", "supervisor industrieel onderhoud"),
        ("Technicus kathodische bescherming", "corrosietechnicus"),
        ("Instrumentmonteur (m/v)", "instrumentatietechnicus"),
        ("Operator AWZI", "technicus afvalwaterzuivering"),
    ),
)
def test_printing_social_work_travel_finance_vets_agencies_municipalities_and_process_plants(
    tax, title, expected
):
    # the thirty-ninth round's second part, same
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        # "officieel assistent" made "officieel" a word of the list, which ended the spelling
        # correction that read this title; the list now names it too
        ("Officieel dierenarts exportcertificering", "officiële dierenarts"),
        # a bare "keurmeester" now reads the food inspector; the hallmark office's keurmeesters,
        # who test gold and silver, still read the assayer
        ("Keurmeester edelmetalen", "essayeur"),
        # "operator a/b/c" (the process industry's grades) read a chemical plant beside food
        # and beside shift letters; withdrawn
        ("Operator B voedingsmiddelen", "medewerker voedselproductie"),
        ("Operator C-ploeg", "productiemedewerker"),
        # "wijkwerker", "clinic manager" and "campagnemanager" read over the field beside them;
        # now bare titles only
        ("Wijkwerker jeugd", "jeugdwelzijnswerker"),
        ("Beauty clinic manager", "manager schoonheidssalon"),
        ("Campagnemanager politiek", "medewerker politieke campagne"),
        # "adm" as a word made ADM, the company, an administration; now only "Adm. medewerker"
        # and "Adm. kracht"
        ("Operator ADM Europoort", "productiemedewerker"),
        # "medewerker productiekeuken" read a kitchen factory as a cook's kitchen; withdrawn
        ("Medewerker productie keukens", "productiemedewerker"),
        # "brand strategist" made "strategist" a word, which left a bare one unread; withdrawn
        ("Strategist (m/v)", "beleidsverantwoordelijke"),
        # "rijinstructeur d" took the place of the truck licence beside it; withdrawn
        ("Rijinstructeur D/C", "instructeur beroepschauffeurs"),
        # "insights analist" read over the field beside it; now a bare title only
        ("Data insights analist", "data-analist"),
        # "f c" as a word of the list read "hoofd F&C" as a document controller; now only
        # "Manager F&C"
        ("Afdelingshoofd F&C", "afdelingsmanager"),
        # "tip medewerker" and "jip medewerker" (tourist and youth information points) made a
        # "Tip:" before a job, and a day nursery named Jip, their worker; withdrawn
        ("Tip: chauffeur", "vrachtwagenchauffeur"),
        ("Pedagogisch medewerker | Jip", "medewerker kinderdagverblijf"),
        # a workplace alone before another job is read as its worker ("Horeca" is a waiter),
        # and "medewerker pizzeria", "... lunchroom", "grillroom ..." made these workplaces so
        # (review C); those lines are bare titles now
        ("Pizzeria – bezorger", "auto- en bestelwagenkoerier"),
        ("Lunchroom – afwasser", "medewerker keuken"),
        ("Grillroom – chauffeur", "vrachtwagenchauffeur"),
    ),
)
def test_the_thirty_ninth_round_s_lines_leave_these_readings_alone(tax, title, expected):
    # as the round's own measurement and three reviews found the lines before they were
    # withdrawn, narrowed or joined by another
    assert best(tax, title) == expected


def test_a_lunchroom_worker_serves_and_makes_sandwiches(tax):
    # both, equally (a first version put the sandwich maker alone first, which cost an earlier
    # probe's unread title its waiter)
    assert set(top3(tax, titles("Medewerker lunchroom (weekend)")[0])[:2]) == {
        "ober/serveerster",
        "medewerker maaltijden",
    }


@pytest.mark.parametrize(
    ("title", "unwanted"),
    cases(
        # "begeleider sociaal pension" made "pension" a word: livery stables read a kennel
        ("Stalmedewerker paardenpension", "kennelmedewerker"),
        # "schoenmaker op maat" made "maat" a word: a companion read a shoemaker
        ("Maatje voor oudere dame (wandelen)", "maatschoenmaker"),
        # "streetworker" and "artworker" as titles of the list made "worker" a job noun: a case
        # worker read ESCO's clinical contact tracer (both are now words of the list, which
        # read as "jongerenwerker" and "dtp medewerker" and add no job noun)
        ("Case worker vluchtelingen", "medewerker contactonderzoek"),
        # "productontwikkelaar stoffen" split "kunststoffen"
        ("Productontwikkelaar kunststoffen", "productontwikkelaar textiel"),
        # "kidswear" = "kinderkleding" made a shop's worker a childcare worker
        ("Medewerker kidswear", "medewerker kinderdagverblijf"),
        # "vintage" as second-hand goods made a vintage shop's manager a bookshop's
        ("Store manager vintage", "manager boekhandel"),
        # "vet" (from "vet tech", "equine vet") read a fat refinery's worker
        ("Vet assistant", "medewerker vetzuivering"),
    ),
)
def test_the_thirty_ninth_round_s_lines_stay_out_of_other_titles(tax, title, unwanted):
    # withdrawn or rewritten lines, as the round's own measurement and the reviews found them
    assert unwanted not in top3(tax, title)


def test_a_title_of_the_list_holding_a_word_that_is_noise_elsewhere_beside_an_agency(tax):
    # "vrijwilligers", "code", "bhv" and "beschut werk" are noise in other titles, and the list
    # names titles with them. Such a title was read only when it stood alone: beside an
    # agency's name the noise went, and on fc1fef1 "BHV instructeur – Adecco" read a company
    # trainer, "Coördinator vrijwilligers – Tempo Team" nothing
    for title, expected in (
        ("BHV instructeur – Adecco", "eerstehulpinstructeur"),
        ("Docent code 95 – Adecco", "instructeur beroepschauffeurs"),
        ("Coördinator vrijwilligers – Tempo Team", "verantwoordelijke vrijwilligerswerk"),
        ("Begeleider beschut werk – Start People", "begeleider personen met een beperking"),
    ):
        assert best(tax, titles(title)[0]) == expected
    # noise beside a job the list does not name that way still goes
    assert best(tax, titles("Kok parttime – Adecco")[0]) == "kok"


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Operator verzinklijn (5-ploegen)", "metaaldompelaar"),
        ("Operator cokesfabriek – IJmuiden", "vulmachinist cokesoven"),
        ("Metallografisch laborant staalbedrijf", "technicus metallurgie"),
        ("Smeltmeester gieterij", "leidinggevende metaalproductie"),
        ("Ploegleider gieterij – Venlo", "leidinggevende metaalproductie"),
        ("Ploegleider walserij (volcontinu)", "leidinggevende metaalproductie"),
        ("Voorman smederij", "leidinggevende metaalproductie"),
        ("Walsendraaier (m/v)", "draaier metaal"),
        ("Walsenslijper – 3-ploegen", "operator slijpmachine"),
        ("Foundry engineer (m/v)", "metallurg"),
        ("Materials engineer – Eindhoven", "materiaalkundig ingenieur"),
        ("Operator anodiseerlijn (m/v)", "anodiseur"),
        ("Harder (m/v) – 2-ploegen", "medewerker thermische behandeling metaal"),
        ("Warmtebehandelaar staal", "medewerker thermische behandeling metaal"),
        ("Operator nitreren", "medewerker thermische behandeling metaal"),
        ("Medewerker straalcabine (40 uur)", "gritstraler"),
        ("Thermisch spuiter – Rotterdam", "metaalspuiter oppervlaktebehandeling"),
        ("MT/PT inspecteur (m/v)", "specialist niet-destructief onderzoek"),
        ("Kernschieter (m/v)", "kernmaker gieterij"),
        ("Zandvormer (m/v)", "handvormer gieterij"),
        ("Die caster (m/v)", "gieter metaal"),
        ("Smeedoperator – Gelderland", "bediener hydraulische smeedpers"),
        ("Hamerman (m/v)", "bediener valhamer"),
        ("Potroom operator (m/v)", "bediener hoogovens"),
        ("Stranggieter – 5-ploegen", "gieter metaal"),
        ("Operator warmband (m/v)", "metaalwalsbediener"),
        ("Loss prevention medewerker (m/v)", "winkeldetective"),
        ("Space planner retail", "merchandiser"),
        ("Schappenplanner (32 uur)", "merchandiser"),
        ("Teamleider orderpick (m/v)", "magazijnchef"),
        ("Slijter (m/v) – parttime", "verkoopspecialist dranken"),
        ("Medewerker traiteur – supermarkt", "verkoopspecialist delicatessen"),
        ("Collipicker (m/v) – vriesvers", "orderpicker"),
        ("Hub shopper (16+)", "orderpicker"),
        ("Shopper (16+)", "orderpicker"),
        ("Area manager retail (m/v)", "rayonmanager detailhandel"),
        ("Hoofdcaissière (m/v)", "afdelingsmanager kassa detailhandel"),
        ("Replenishment analist (m/v)", "logistiek analist"),
        ("Voorraadcontroller (m/v) – DC", "voorraadadministrateur"),
        ("Medewerker bloemenafdeling – zaterdag", "verkoopspecialist tuinartikelen"),
        ("Afbakker (16+)", "bakkerijmedewerker"),
        ("Mdw. zuivel en diepvries (zaterdag)", "procesoperator zuivelverwerking"),
        ("Huishoudelijk ondersteuner (m/v)", "thuishulp"),
        ("Mondzorgkundige (m/v)", "mondhygiënist"),
        ("Coördinerend verpleegkundige avond/nacht", "leidinggevend verpleegkundige"),
        ("Directeur zorg (m/v)", "manager zorginstelling"),
        ("Medium care verpleegkundige (32 uur)", "gespecialiseerd verpleegkundige"),
        ("High care verpleegkundige – Utrecht", "gespecialiseerd verpleegkundige"),
        ("Stomaverpleegkundige (24 uur)", "gespecialiseerd verpleegkundige"),
        ("Wondverpleegkundige", "gespecialiseerd verpleegkundige"),
        ("Wondconsulent (m/v)", "gespecialiseerd verpleegkundige"),
        ("Oncologisch verpleegkundige dagbehandeling", "gespecialiseerd verpleegkundige"),
        ("Verpleegkundige neonatologie", "gespecialiseerd verpleegkundige"),
        ("Scrub nurse (m/v)", "doktersassistent"),
        ("Endoscopieassistent", "doktersassistent"),
        ("Security installer (m/v)", "technicus alarmsystemen"),
        ("Monteur camerabewaking (m/v)", "technicus alarmsystemen"),
        ("Monteur toegangscontrole – Utrecht", "technicus alarmsystemen"),
        ("Zwakstroommonteur (m/v)", "technicus alarmsystemen"),
        ("BMI-monteur (m/v)", "technicus alarmsystemen"),
        ("Monteur kleine blusmiddelen", "technicus brandbeveiligingssystemen"),
        ("Monteur gebouwautomatisering – Amsterdam", "technicus automatisering"),
        ("Servicetechnicus verticaal transport", "liftmonteur"),
        ("MSR-technicus (m/v)", "technicus automatisering"),
        ("Regeltechnicus (m/v)", "technicus automatisering"),
        ("Luchtkanaalmonteur – 40 uur", "monteur verwarmings- en ventilatietechniek"),
        ("Keurmeester elektrische installaties", "elektrotechnicus"),
        ("Installatieadviseur W (m/v)", "ingenieur koel-, lucht- en verwarmingstechniek"),
        ("BIM-modelleur E (m/v)", "technisch tekenaar elektriciteit"),
        ("PAC-operator (m/v)", "meldkamercentralist"),
        ("Teamleider bar (m/v)", "leidinggevende publieksservice"),
        ("Toilet host (weekend)", "toiletmedewerker"),
        ("Head roaster (m/v)", "meester-koffiebrander"),
        ("Roaster (32 uur)", "koffiebrander"),
        ("Espressobar medewerker", "barista"),
        ("Terrasmedewerker (zomer)", "ober/serveerster"),
        ("Bar crew (flex)", "barman/barvrouw"),
        ("Zetbaas (m/v)", "accommodatiemanager"),
        ("Glazenhaler (18+)", "ober/serveerster"),
    ),
)
def test_steel_plants_supermarkets_care_wards_building_services_and_bars(tax, title, expected):
    # the fortieth round's vocabulary: each of these read another occupation first, or
    # nothing, on 570c097 (the variant list gives each entry's reading before)
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Bestuiver (seizoen)", "tuinbouwmedewerker"),
        ("Tissue culture technician (m/v)", "botanisch laborant"),
        ("Medewerker weefselkweek", "botanisch laborant"),
        ("Breeding assistant (m/v)", "landbouwtechnicus"),
        ("Monteur kassenbouw (m/v)", "monteur staalconstructies"),
        ("Klokkoper (m/v)", "inkoper"),
        ("Fytopatholoog (m/v)", "bioloog"),
        ("Bouwplaatsmanager (m/v)", "bouwopzichter"),
        ("Wapeningstekenaar (m/v)", "civieltechnisch tekenaar"),
        ("Voorman stratenmakers", "teamleider wegenwerken"),
        ("Asbestinventariseerder (m/v)", "bouwkundig inspecteur"),
        ("Technisch opzichter (m/v)", "bouwkundig inspecteur"),
        ("Contractmanager infra (m/v)", "contractingenieur"),
        ("Development manager vastgoed", "bouwkundig projectontwikkelaar"),
        ("MS-monteur (m/v) – Zwolle", "monteur elektriciteitsnetten"),
        ("LS-monteur (m/v)", "monteur elektriciteitsnetten"),
        ("Meterwisselaar (m/v)", "monteur elektriciteitsmeters"),
        ("Netplanner (m/v)", "ingenieur energiedistributie"),
        ("Kabeltrekker (m/v)", "kabelmonteur"),
        ("Mastmonteur (m/v)", "monteur bovengrondse leidingen"),
        ("Aanlegmonteur (m/v)", "kabelmonteur"),
        ("Lasser gasleidingen (m/v)", "pijplasser"),
        ("Engineer warmtenetten (m/v)", "ingenieur thermische energie"),
        ("Casemanager detentie (m/v)", "reclasseringswerker"),
        ("Zittingsbode (m/v)", "gerechtsbode"),
        ("Raadsheer (m/v)", "rechter"),
        ("Taakstrafbegeleider", "reclasseringswerker"),
        ("Jeugdinrichtingswerker (m/v)", "bewaker jeugdinrichting"),
        ("Financieel rechercheur (m/v)", "forensisch accountant"),
        ("Medewerker betalingsregelingen", "incassomedewerker"),
        ("Road inspector (m/v)", "inspecteur wegen"),
        ("Monteur inbraakpreventie", "slotenmaker"),
        ("Monteur sluitsystemen (m/v)", "slotenmaker"),
        ("TV-monteur (m/v)", "monteur consumentenelektronica"),
        ("Plaagdierbestrijder (m/v)", "bestrijder ongedierte"),
        ("Wespenbestrijder (zomer)", "bestrijder ongedierte"),
        ("Tuinonderhouder (m/v)", "hovenier"),
        ("Bankstelreiniger", "schoonmaker meubilair"),
        ("Kachelinstallateur (m/v)", "haardinstallateur"),
        ("Projectleider verhuizingen", "projectmanager verhuizingen"),
        ("Rookkanaalreiniger", "schoorsteenveger"),
        ("Medewerker marktkraam (zaterdag)", "marktverkoper"),
        ("Studentassistent (m/v)", "universitair onderwijsassistent"),
        ("Avondvuller (15+)", "schappenvuller"),
        ("Frietbakker (16+)", "medewerker fastfood"),
        ("Fietsverhuurder (zomer)", "verhuurmedewerker sport- en recreatieartikelen"),
        ("Promotor (m/v)", "promotiemedewerker"),
        ("Kaasbereider (m/v)", "zuivelbereider"),
        ("Medewerker melkinname", "medewerker melkontvangst"),
        ("Brewhouse operator (m/v)", "brouwerijmedewerker"),
        ("Hoofdbrouwer (m/v)", "brouwmeester"),
        ("Dropkoker (m/v)", "operator snoepmachine"),
        ("Eest-operator (m/v)", "procesoperator moutoven"),
        ("Kiemoperator (m/v)", "operator ontkieming"),
        ("Confiseur (m/v)", "banketbakker"),
        ("Levensmiddelentechnoloog (m/v)", "voedingstechnoloog"),
        ("Handelaar AGF (m/v)", "groothandelaar in groente en fruit"),
        ("Partijhandelaar (m/v)", "groothandelaar"),
        ("Tankwagenchauffeur (m/v)", "chauffeur gevaarlijke stoffen"),
        ("Sales rep (m/v)", "commercieel vertegenwoordiger"),
        ("TCBD'er (m/v)", "technisch verkoper"),
        ("CRM consultant (m/v)", "ict-applicatieconfigurator"),
        ("Functioneel consultant (m/v)", "ict-applicatieconfigurator"),
        ("Datawarehouse ontwikkelaar", "data warehouse designer"),
        ("Low-code developer (m/v)", "ict application developer"),
        ("Datamigratie specialist", "database integratiespecialist"),
        ("Accountmanager software (m/v)", "Ict account manager"),
        ("Solution engineer (m/v)", "pre-sales engineer"),
        ("Oplossingsarchitect (m/v)", "ict system architect"),
        ("Manager consultancy (m/v)", "manager zakelijke dienstverlening"),
        ("Applicatiemanager (m/v)", "software manager"),
        ("Middleware specialist", "integration engineer"),
        ("Teamleider wijkteam (m/v)", "teamleider instelling maatschappelijk werk"),
        ("Lid raad van bestuur", "algemeen directeur"),
        ("Politiechef (m/v)", "hoofdcommissaris"),
        ("Food safety officer (m/v)", "specialist voedselveiligheid"),
        (
            "Shift manager quick service restaurant",
            "teamleider in fastfoodrestaurants en snackbars",
        ),
    ),
)
def test_greenhouses_construction_grids_prisons_home_services_factories_and_erp(
    tax, title, expected
):
    # the fortieth round's second part, same
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "either"),
    [
        (titles("KTL-operator (m/v) 2-ploegen")[0], {"coatingmachinebediener", "metaaldompelaar"}),
        (
            titles("Monteur noodverlichting (m/v)")[0],
            {
                "monteur elektrische installaties utiliteitsbouw",
                "monteur elektrische installaties gebouwen",
            },
        ),
        (titles("TD'er (m/v)")[0], {"monteur industriële machines", "elektromechanicus"}),
        (
            titles("DC-manager (m/v)")[0],
            {"distributiemanager", "manager logistiek en distributie"},
        ),
    ],
)
def test_the_fortieth_round_s_titles_of_two_equal_occupations(tax, title, either):
    # the list names two occupations as equally right; on 570c097 neither came first
    assert best(tax, title) in either


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        # "mbb er" (a prison's "medewerker bewaken en beveiligen") took hospitals' MBB'ers, who are
        # radiographers; withdrawn
        ("MBB'er CT/MRI (m/v)", "medisch beeldvormings- en bestralingsdeskundige"),
        # "verpleegkundige chirurgie" and "... interne geneeskunde" read a ward's nurse of level 4
        # as a specialised nurse; withdrawn (a ward's name is no specialism)
        ("Verpleegkundige chirurgie (niveau 4)", "algemeen verpleegkundige"),
        # "inkoopassistent" read a company's buyer first; a municipality's stays ESCO's procurement
        # assistant, as before; withdrawn
        ("Inkoopassistent gemeente", "ondersteunende aanbestedingsfunctionaris"),
        # "shopper" is a bare title only: a personal shopper stays one
        ("Personal shopper mode", "personal shopper"),
        # "promotor" is a bare title only: a professor who supervises a doctorate is no promotion
        # worker
        ("Promotor (hoogleraar)", "docent hoger onderwijs"),
        # "monteur gas en water" first put the pipeline technician over the gas fitter that an
        # earlier probe's title read
        ("Monteur gas en water (m/v)", "gasmonteur"),
        # "schenker" (one who pours) made DB Schenker, the logistics firm, a bar; withdrawn
        ("Chauffeur DB Schenker", "vrachtwagenchauffeur"),
        # "v g coordinator" (veiligheid en gezondheid) took care's VG, verstandelijk gehandicapten;
        # withdrawn
        ("VG coördinator", "manager zorginstelling"),
        # "shiftleider fastfood" made "shiftleider" a word, which ended the spelling correction
        # that read a bare one; withdrawn
        ("Shiftleider (m/v)", "productieleider"),
        # "aanlegmonteur" read over the network beside it; now a bare title only
        ("Aanlegmonteur gas", "gasmonteur"),
        # "werkverantwoordelijke laagspanning" and "… middenspanning" made the word a word of the
        # list, which ended the spelling correction to the Flemish "werfverantwoordelijke";
        # withdrawn
        ("Werkverantwoordelijke bouw", "hoofdaannemer bouw"),
        # "anesthesia technician" made "anesthesia" a word, which ended the spelling correction
        # that read an English anaesthesia nurse; withdrawn
        ("Anesthesia nurse", "anesthesiemedewerker"),
        # "manager uitvoering" (a construction firm's head of site managers) took government's and
        # care's "uitvoering", carrying out policy; withdrawn
        ("Manager uitvoering zorg", "manager zorginstelling"),
        # "mastmonteur" read power lines beside a telecom mast; now a bare title only
        ("Mastmonteur telecom", "monteur telecommunicatie"),
        # "ls monteur" read a building's low-voltage installations as the grid's; now a bare title
        # only
        ("LS installateur", "monteur elektrische installaties"),
        # "zetbaas" read over the business beside it; now a bare title only
        ("Zetbaas tankstation", "bedrijfsleider tankstation"),
        # "kwaliteitsmedewerker bouw" split "bouwmaterialen"; withdrawn
        ("Kwaliteitsmedewerker bouwmaterialen", "kwaliteitscontroleur"),
        # "voorwerker" = "voorman" as a word lost the field beside it where the list names no
        # foreman of that field; withdrawn (review D)
        ("Voorwerker straatwerk", "vakman grond-, weg- en waterbouw"),
    ),
)
def test_the_fortieth_round_s_lines_leave_these_readings_alone(tax, title, expected):
    # as the round's own measurement and the reviews found the lines before they were
    # withdrawn, narrowed or reordered
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Yachtbuilder (m/v) – Makkum", "scheepsbouwer"),
        ("Yacht builder aluminium", "scheepsbouwer"),
        ("Yachtbroker – Friesland", "scheepsmakelaar"),
        ("Yacht captain motorjacht", "kapitein"),
        ("Yacht steward (seizoen)", "steward passagiersschip"),
        ("Bootmonteur watersportbedrijf 40 uur", "monteur scheepsmotoren"),
        ("Vaarbewijsinstructeur parttime", "vaartuiginstructeur"),
        ("Havenmedewerker jachthaven (seizoen)", "havenmeester"),
        ("Medewerker composiet – Lemmer", "operator lamineren van glasvezel"),
        ("Instructeur zeilschool (zomer)", "sportinstructeur"),
        ("Kapmaker – Heeg", "fabrikant van textielartikelen"),
        ("Jachtexpert", "scheepsinspecteur"),
        ("Marine electrician – Harlingen", "scheepselektromonteur"),
        (
            "Verkoopmedewerker watersportwinkel (parttime)",
            "verkoopspecialist sport- en kampeerartikelen",
        ),
        (
            "Kwaliteitsmanager medische hulpmiddelen (ISO 13485)",
            "kwaliteitsmanager in de industrie",
        ),
        ("Servicemonteur tandartsunits regio Zuid", "technisch ingenieur medische apparatuur"),
        ("Schachtenstikker", "schoenstikker"),
        ("Medewerker medische techniek ziekenhuis", "technisch ingenieur medische apparatuur"),
        ("Mammacare adviseur (24 uur)", "verkoopspecialist orthopedische artikelen"),
        ("Optiekassistent – Breda", "verkoopspecialist optiek"),
        ("OIM'er – Utrecht", "orthopedisch technicus"),
        ("Vestigingsmanager hoorzorg – Deventer", "manager audiologiewinkel"),
        ("Tandprotheticus (m/v)", "tandtechnicus"),
        ("Eyewear specialist – Amsterdam", "verkoopspecialist optiek"),
        ("Dental designer", "tandtechnicus"),
        ("Otoplastiektechnicus", "audicien"),
        ("Skeletmaker (fulltime)", "tandtechnicus"),
        ("Babyleidster (28 uur)", "medewerker kinderdagverblijf"),
        ("Directeur kinderopvang – regio Twente", "manager kinderdagverblijf"),
        ("Plaatsingsmedewerker kinderopvang", "vertegenwoordiger klantenservice"),
        ("Daycare teacher (English speaking)", "medewerker kinderdagverblijf"),
        ("VE-coach (16 uur)", "intern opleider"),
        ("Directeur IKC – Zwolle", "directeur basisonderwijs"),
        ("VVE-coach peuteropvang", "intern opleider"),
        ("Operator vouwlijmmachine – 3-ploegen", "machineoperator papierwaren"),
        ("Operator kapzaag", "operator houtzagerij"),
        ("Timber trader – Zaandam", "houthandelaar"),
        ("Elementenbouwer HSB – Steenwijk", "houtskeletbouwer"),
        ("Plaatzager", "operator houtzagerij"),
        ("Zaagscherper", "gereedschapslijper"),
        ("Productontwikkelaar meubelen – Ede", "meubelontwerper"),
        ("Operator lakstraat – Nijverdal", "lakspuiter"),
    ),
)
def test_boatyards_medical_devices_childcare_and_wood_and_paper(tax, title, expected):
    # the forty-first round's vocabulary: each of these read another occupation first, or
    # nothing, on 7a25d94 (the variant list gives each entry's reading before)
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Vending operator – regio Rotterdam", "operator cateringautomaten"),
        ("Operator koffieautomaten", "operator cateringautomaten"),
        ("Vendingtechnicus – buitendienst", "elektromechanicus"),
        ("Textielverzorger (m/v)", "wasserijmedewerker"),
        ("Medewerker kledingreparatie (20 uur)", "versteller van kleding"),
        ("Medewerker vlakgoed – dagdienst", "strijker"),
        ("Adelborst – Den Helder", "officier zeedienst"),
        ("Aanbestedingsjurist – Utrecht", "specialist openbare aanbestedingen"),
        ("Navigatieofficier", "officier zeedienst"),
        ("Wapenmonteur Defensie", "wapensmid"),
        ("Monteur wielvoertuigen – Oirschot", "automonteur"),
        ("Workplace manager – 32 uur", "manager gebouwbeheer en installaties"),
        ("Head of Growth (fulltime)", "manager digitale marketing"),
        ("Growth marketeer", "online marketeer"),
        ("Tech lead – Utrecht", "software architect"),
        ("Site reliability engineer – hybride", "ingenieur clouddiensten"),
        ("Partner manager – Amsterdam", "accountmanager"),
        ("Paid social specialist", "online marketeer"),
        ("Affiliate marketeer (32-40 uur)", "online marketeer"),
        ("Medewerker inventory control", "voorraadadministrateur"),
        ("Installatiemonteur werktuigbouw (W)", "verwarmingsmonteur"),
    ),
)
def test_catering_laundries_armed_forces_scale_ups_webshops_and_installers(tax, title, expected):
    # the forty-first round's vocabulary: each of these read another occupation first, or
    # nothing, on 7a25d94 (the variant list gives each entry's reading before)
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    "title",
    titles(
        "Directeur bouwbedrijf",
        "Directeur-eigenaar installatiebedrijf – Zwolle",
        "Directeur sloop- en asbestsaneringsbedrijf",
        "Directrice hoveniersbedrijf",
        "Directeur van een schoonmaakbedrijf",
        "Directeur taxibedrijf (m/v)",
        "Directeur luchtvaartbedrijf",
    ),
)
def test_the_director_of_a_company_known_by_its_work_is_its_general_manager(tax, title):
    # the forty-second round: before, the word bag took any director's label with a "bedrijf"
    # in it, a bank's director first (or a beauty salon's manager for "schoonmaak")
    assert best(tax, title) == "algemeen directeur"


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Directeur transportbedrijf", "manager wegtransport"),
        ("Directeur energiebedrijf", "manager energieproductiebedrijf"),
        ("Directeur mijnbouwbedrijf", "mijndirecteur"),
        ("Directeur kinderopvangbedrijf", "manager kinderdagverblijf"),
        ("Directeur zorg en welzijnsbedrijf", "manager zorginstelling"),
        ("Financieel directeur bouwbedrijf", "financieel directeur"),
        ("Directeur binnenvaartbedrijf", "algemeen directeur vrachtvervoer binnenvaart"),
        ("Directeur zeevaartbedrijf", "algemeen directeur zeetransport"),
        ("Directeur-eigenaar hotel", "accommodatiemanager"),
        ("Secretaresse directeur-eigenaar", "administratief medewerker secretariaat"),
    ),
)
def test_a_director_esco_or_the_list_names_for_the_work_keeps_it(tax, title, expected):
    # ESCO names directors of road transport, energy plants, mines and inland and sea
    # shipping ("directeur wegtransport", "mijndirecteur", "algemeen directeur zeetransport"),
    # the list the manager of a day nursery and of care for "directeur kinderopvang" and
    # "directeur zorg"; a finance director is one; and an owner of a hotel, or the owner's
    # secretary, is no general manager (reviews A, C and D)
    found = top3(tax, title)
    assert expected in found
    assert found[0] != "algemeen directeur"


_NAMED_AFTER_ITS_KIND = [
    ("Chauffeur bij Transportbedrijf Visser", "vrachtwagenchauffeur", "deksman visserij"),
    ("Chauffeur bij Transportbedrijf Van der Visser", "vrachtwagenchauffeur", "deksman visserij"),
    ("Medewerker bij Bakkerij Visser", "bakkerijmedewerker", "deksman visserij"),
    ("Elektricien bij Installatiebedrijf Molenaar", "monteur elektrische installaties", "molenaar"),
    ("Schilder bij Schildersbedrijf Kuiper", "schilder bouw", "kuiper"),
    ("Verkoper bij Autobedrijf De Boer", "verkoopspecialist motorvoertuigen", "boerderijmanager"),
    ("Kok bij Restaurant Smit", "kok", "smid"),
    ("Planner bij Transportbedrijf Schipper", "dispatcher goederenvervoer", "schipper"),
    ("Verpleegkundige bij Zorggroep Kok", "algemeen verpleegkundige", "kok"),
    ("Medewerker bij Melkveebedrijf Boer", "medewerker veeteelt", "boerderijmanager"),
    ("Helpende voor Tandartspraktijk Koster", "zorghulp", "koster"),
    ("Kok – Restaurant Smit", "kok", "smid"),
    (
        "Vuilniswagenchauffeur | Transportbedrijf Visser",
        "chauffeur vuilniswagen",
        "deksman visserij",
    ),
    (
        "Leerling monteur bij Koeltechniek Visser",
        "technicus koel-, lucht- en verwarmingstechniek",
        "deksman visserij",
    ),
    ("Monteur bij Autobedrijf Smit & Zn.", "automonteur", "smid"),
    ("Verpleegkundige bij Zorggroep Timmermans en Zonen", "algemeen verpleegkundige", "timmerman"),
    ("Timmerman bij Bouwbedrijf Schippers", "timmerman", "schipper"),
    ("Elektricien bij Installatiebedrijf Kuipers", "monteur elektrische installaties", "kuiper"),
    ("Logistiek medewerker bij Bakkerij Visser", "magazijnmedewerker", "deksman visserij"),
    ("Verpleegkundige bij Uitvaarthuis Koster", "algemeen verpleegkundige", "koster"),
    ("Schoonmaker bij Fotostudio Molenaar", "schoonmaker gebouwen", "molenaar"),
]
titles(*(title for title, _, _ in _NAMED_AFTER_ITS_KIND))


@pytest.mark.parametrize(("title", "expected", "name"), _NAMED_AFTER_ITS_KIND)
def test_a_company_named_after_its_kind_is_no_job_of_the_title(tax, title, expected, name):
    # the forty-second round: after "bij" or "voor" and the company's kind, or in a segment
    # after the job, a capitalised common surname that is a job noun ("Visser", "Molenaar",
    # "Kuipers") or a word no label knows ("Smit") is the company's name, and the job is read
    # alone and beside the kind ("verkoper autobedrijf"); before, the name was read as a job
    # of its own, first or among the three
    found = top3(tax, title)
    assert found[0] == expected
    assert name not in found


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Medewerker bij hotel receptionist", "receptionist"),
        ("Medewerker bij Hotel Nachtportier", "nachtportier"),
        ("Monteur voor Installatiebedrijf loodgieter", "loodgieter"),
        ("Medewerker voor slagerij en poelier", "verkoopspecialist vlees en vleeswaren"),
        ("Medewerker Bij Bouwbedrijf Timmerman", "timmerman"),
        ("Medewerker bij Hotel Receptionist", "receptionist"),
        ("Medewerker bij Installatiebedrijf Loodgieter", "loodgieter"),
        ("Medewerker bij Restaurant Bezorging", "auto- en bestelwagenkoerier"),
    ),
)
def test_a_job_after_the_company_s_kind_is_no_name(tax, title, expected):
    # reviews A to F: a lower-case word, a job noun that is no common surname, a department's
    # word, what "en" joins, or, when every word is capitalised, what follows a bare
    # "medewerker", is the job, not a name
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Administratief medewerker bij Bakkerij Visser", "administratief medewerker"),
        ("Tandarts bij Tandartspraktijk Jansen", "tandarts"),
        ("Chauffeur bij Glaszetterij Hoekstra", "vrachtwagenchauffeur"),
        ("Projectleider bij Glaszetterij Jansen", "projectmanager"),
    ),
)
def test_the_job_before_a_company_s_name_stays_its_first_reading(tax, title, expected):
    # reviews D and E: the job is read alone too, and beside the company's kind only when
    # it is a bare worker or the two make a known title; a first version read the office
    # worker of a bakery as its baker, the dentist as the practice's manager and the
    # driver of a glazier's firm as the glazier
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Aftersales manager motordealer", "aftersalesmanager motorvoertuigen"),
        ("Aftersales manager autodealer – Apeldoorn", "aftersalesmanager motorvoertuigen"),
        ("Onderdelenverkoper Toyotadealer", "adviseur auto-onderdelen"),
        ("Poetser autodealer", "autopoetser"),
        ("Receptionist autodealer", "receptionist"),
        ("Werkplaatsmanager trekkerdealer", "manager autogaragebedrijf"),
    ),
)
def test_a_dealer_of_goods_beside_a_job_is_its_employer(tax, title, expected):
    # the forty-second round: a dealer of cars, motorbikes or tractors written as one word
    # ("motordealer") is the employer, as "dealer" beside a job is; before, it dealt cards in
    # a casino, first or among the three
    found = top3(tax, title)
    assert found[0] == expected
    assert "croupier" not in found


def test_a_bare_dealer_of_goods_keeps_its_reading(tax):
    # with no other job noun the dealer is the job: the car dealer's sales manager
    assert best(tax, "Autodealer") == "manager verkoop motorvoertuigen"


@pytest.mark.parametrize("title", titles("Medewerker casinodealer", "Stagiair - Pokerdealer"))
def test_a_dealer_of_a_casino_s_games_stays_the_croupier(tax, title):
    # review C: a "casinodealer" or "pokerdealer" deals cards, no employer of the job beside it
    assert best(tax, title) == "croupier"


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Asbestos removal worker (fulltime)", "asbestverwijderaar"),
        ("Medewerker asbestsanering – regio Twente", "asbestverwijderaar"),
        ("Steigerkeurmeester (m/v)", "inspecteur bouwkwaliteit"),
        ("Dakbeplater – Emmen", "dakdekker"),
        ("Kliniekmanager – Amersfoort", "praktijkmanager"),
        ("Manager hospice (32 uur)", "manager zorginstelling"),
        ("Docent kraamzorg – Deventer", "vakdocent hulpverpleging en verloskunde beroepsonderwijs"),
        ("Vehicle preparer – Schiphol", "autopoetser"),
        ("Brommermonteur (m/v)", "fietsenmaker"),
        ("Brommerreparateur", "fietsenmaker"),
        ("Koelovenoperator – 5-ploegendienst", "operator uitgloeioven"),
        ("Betontechnoloog", "technicus-materiaaltester"),
        ("Kleurmaker (dagdienst)", "colorist"),
        ("Medewerker reclamebelettering – Venray", "signmaker"),
        ("Signmonteur", "signmaker"),
        ("Large format printer – Utrecht", "digitaal drukker"),
        ("Operator large format", "digitaal drukker"),
        ("Large format printer operator", "digitaal drukker"),
        ("Standbouwmonteur (fulltime)", "decorbouwer"),
    ),
)
def test_demolition_clinics_car_rental_glass_and_paint_and_signs(tax, title, expected):
    # the forty-second round's vocabulary: each of these read another occupation first, or
    # nothing, on 43362c4 (the variant list gives each entry's reading before)
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Inspecteur metrologie", "toezichtsmedewerker Metrologiewet"),
        ("Audiometrist – Nijmegen", "audioloog"),
        ("Keramist tandtechniek", "tandtechnicus"),
        ("Medewerker tandtechniek (parttime)", "tandtechnicus"),
        ("Epithesist – Utrecht", "orthopedisch technicus"),
        ("Monteur rookmelders", "technicus alarmsystemen"),
        ("Monteur watermistsystemen – landelijk", "sprinklermonteur"),
        ("Inspecteur sprinklerinstallaties (m/v)", "inspecteur brandveiligheid"),
        ("Brandwerend afdichter", "isoleerder"),
        ("CCTV installateur – Breda", "technicus alarmsystemen"),
        ("CCTV-monteur", "technicus alarmsystemen"),
        ("BMS engineer – Rotterdam", "technicus automatisering"),
        ("KNX programmeur", "monteurs slimme woning"),
        ("Directeur-eigenaar", "algemeen directeur"),
        ("Medewerker techniek", "monteur industriële machines"),
    ),
)
def test_inspectorates_hearing_and_dental_care_and_fire_protection(tax, title, expected):
    # the forty-second round's vocabulary: each of these read another occupation first, or
    # nothing, on 43362c4 (the variant list gives each entry's reading before)
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Medewerker koeltechniek", "technicus koel-, lucht- en verwarmingstechniek"),
        ("Koeltechniek medewerker (m/v)", "technicus koel-, lucht- en verwarmingstechniek"),
        ("Medewerker installatietechniek – Zwolle", "monteur elektrische installaties"),
        ("Medewerker autotechniek", "automonteur"),
        ("Medewerker verwarmingstechniek", "verwarmingsmonteur"),
        ("Medewerker telecomtechniek", "monteur telecommunicatie"),
        ("Allround medewerker elektrotechniek", "elektromechanicus"),
    ),
)
def test_a_worker_of_a_technique_is_its_mechanic(tax, title, expected):
    # the forty-second round: a "medewerker" of a technique is the list's or ESCO's "monteur"
    # of it ("monteur koeltechniek", "automonteur" for "autotechniek"); before, any worker's
    # label with a "techniek" in it (a stage builder, by ESCO's "medewerker
    # evenemententechniek"), or an assembler of electrical goods
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Medewerker medische techniek", "technisch ingenieur medische apparatuur"),
        ("Medewerker evenemententechniek", "podiumbouwer"),
        ("Technicus koeltechniek", "technicus verwarmings- en airconditioningsinstallaties"),
    ),
)
def test_a_technique_the_list_or_esco_reads_otherwise_keeps_its_reading(tax, title, expected):
    # the list's hospital technician, ESCO's own "medewerker evenemententechniek", and a
    # technician, whom the rule leaves to ESCO's technicians
    assert best(tax, title) == expected


titles("Medewerker techniek theater")


def test_a_technical_worker_of_a_field_is_left_to_the_field(tax):
    # review D: the list's bare "Medewerker techniek" is no reading of a longer title; the
    # theatre's technical worker keeps the stage builder among the three
    found = top3(tax, "Medewerker techniek theater")
    assert "monteur industriële machines" not in found
    assert "podiumbouwer" in found


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Medewerker bij Boerderij De Boer", "landbouwmedewerker"),
        ("Medewerker boerenbedrijf (m/v)", "landbouwmedewerker"),
        ("Medewerker visserij – Urk", "deksman visserij"),
        ("Medewerker bij Binnenvaartbedrijf Schipper", "matroos"),
        ("Medewerker veerbedrijf", "matroos"),
        ("Medewerker - Smederij Smid", "smid"),
        ("Medewerker stokerij", "distilleerderijmedewerker"),
        ("Medewerker bij Koffiehuis Kok", "ober/serveerster"),
        ("Medewerker pannenkoekenhuis (weekend)", "ober/serveerster"),
        ("Medewerker eetcafé", "ober/serveerster"),
    ),
)
def test_the_worker_of_a_farm_a_smithy_or_a_cafe_is_its_trade_s(tax, title, expected):
    # review F: with the company's name dropped, these read the worker beside the kind,
    # which the word bag read as a milk inspector, a car-lease clerk, a laundry worker, a
    # care-home worker or nothing (the variant list gives each entry's reading before)
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Stone setter – Amsterdam", "edelsteenzetter"),
        ("Pavé-zetter (fulltime)", "edelsteenzetter"),
        ("Medewerker edelsmederij – Schoonhoven", "goudsmid"),
        ("Operator kettingmachine (2-ploegen)", "operator kettingproductie"),
        ("Diamantgrader", "edelsteenkundige"),
        ("Medewerker goudinkoop 24 uur", "taxateur roerende goederen"),
        ("Medewerker pandhuis – Rotterdam", "pandhuishouder"),
        ("Productontwikkelaar sieraden", "juwelenontwerper"),
        ("Medewerker horlogereparatie & batterijservice", "horloge- en klokkenreparateur"),
        ("Watch technician", "horloge- en klokkenreparateur"),
        ("Medewerker blaasinstrumenten", "reparateur van muziekinstrumenten"),
        ("Medewerker fotostudio – Zwolle", "fotograaf"),
        ("Photo editor", "beeldredacteur"),
        ("Cameramedewerker (oproepbasis)", "cameraman"),
        ("Videomonteur – Hilversum", "editor film en video"),
        ("Color grader", "editor film en video"),
        ("Livestream technicus", "audiovisueel technicus"),
        ("Medewerker afdrukcentrum", "digitaal drukker"),
        ("Verkoopspecialist sieraden", "verkoopspecialist juwelen en uurwerken"),
        ("Verkoopspecialist witgoed – Zwolle", "verkoopspecialist huishoudapparaten"),
    ),
)
def test_jewellers_watchmakers_and_photo_and_video_studios(tax, title, expected):
    # the forty-third round's vocabulary: each of these read another occupation first, or
    # nothing, on 79c282e (the variant list gives each entry's reading before)
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Theoriedocent auto (freelance)", "autorijinstructeur"),
        ("Binnendienstmedewerker verhuizingen", "verhuiscoördinator"),
        ("Chauffeur brandstoffen – Pernis", "chauffeur gevaarlijke stoffen"),
        ("Medewerker servicestation", "verkoopmedewerker tankstation"),
        ("Medewerker autowasserette", "autopoetser"),
        ("Medewerker poetsafdeling", "autopoetser"),
        ("Bedrijfsleider wasstraat", "bedrijfsleider tankstation"),
        ("Medewerker schroothandel – Start direct!", "recyclingmedewerker"),
        ("Medewerker metaalrecycling", "recyclingmedewerker"),
        ("Autodemontagemedewerker", "ontmantelaar/sloper"),
        ("Acceptant afvalstoffen", "technicus gevaarlijk afval"),
        (
            "Operator sorteerinstallatie afval (5-ploegen)",
            "exploitatietechnicus installaties voor verwerking vast afval",
        ),
        ("Machinist materiaaloverslagmachine", "machinist mobiele kraan"),
        ("Tester elektrische apparaten", "controleur elektrische apparaten"),
        ("Verkoper kringloopwinkel", "verkoopspecialist tweedehandsartikelen"),
        ("Medewerker pensionstal", "paardenverzorger"),
        ("Medewerker stoeterij (m/v)", "paardenverzorger"),
        ("KI-medewerker rundvee", "technicus kunstmatige inseminatie"),
        ("Stalruiter", "paardentrainer"),
        ("Pikeur – Wolvega", "paardentrainer"),
        ("Africhter paarden", "paardentrainer"),
        ("Instructeur dressuur", "instructeur paardensport"),
        ("Lesgever paardrijden", "instructeur paardensport"),
        ("Farrier", "hoefsmid"),
        ("Chauffeur dierenvervoer", "vervoerder van levende dieren"),
        ("Trimmer (24 uur)", "dierverzorger"),
        ("Hondenwasser", "medewerker dierverzorging"),
        ("Kennelmanager", "verantwoordelijke kennel"),
        ("Medewerker dierenopvangcentrum De Dierenhulp", "dierenasielmedewerker"),
        ("Medewerker vogelopvang", "dierenasielmedewerker"),
        ("Bedrijfsleider dierenopvang", "manager dierenfaciliteit"),
        ("Manager hippisch centrum", "manegebeheerder"),
    ),
)
def test_driving_schools_car_washes_scrapyards_and_horses_and_pets(tax, title, expected):
    # the forty-third round's vocabulary: each of these read another occupation first, or
    # nothing, on 79c282e (the variant list gives each entry's reading before)
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Zwembadtechnicus", "exploitatietechnicus systemen voor waterbehandeling"),
        ("Onderhoudsmonteur vakantiepark", "klusjesman"),
        ("Suppinstructeur (zomer)", "sportinstructeur"),
        ("Parkmanager", "manager recreatie-accommodatie"),
        ("Golfbaanmanager", "manager sportaccommodatie"),
        ("Medewerker binnenspeeltuin", "medewerker recreatieactiviteiten"),
        ("VTA-controleur", "boomchirurg"),
        ("Forest manager", "bosopzichter"),
        ("Uitvoerder bosbouw", "uitvoerend medewerker bosbouw"),
        ("Forwarderchauffeur", "bosbouwmachinist"),
        ("Monteur bosbouwmachines", "werktuigbouwkundige bosbouw"),
        ("Bosplanter (seizoen)", "bosbouwer"),
        ("Fumigatie-operator", "bestrijder ongedierte"),
        ("Inspecteur rookgasafvoer", "schoorsteenveger"),
        ("Medewerker beerputlediging", "onderhoudsmedewerker septische tanks"),
        ("Uitvoerder bronbemaling", "afwateringstechnicus"),
        ("Teamleider parkeren", "operationeel manager"),
        ("Adviseur parkeerbeleid", "verkeerskundige"),
        ("Uitvoerder openbare ruimte", "teamleider wegenwerken"),
        ("Opzichter openbare ruimte", "inspecteur wegen"),
        ("Civieltechnisch medewerker", "technicus civiele bouwkunde"),
        ("Marktmeester – gemeente Leiden", "handhaver toezicht en veiligheid"),
        ("Machinist veegwagen", "straatveger"),
        ("Schoonmaker openbare ruimte", "straatveger"),
        ("Bladruimer", "straatveger"),
        ("Teamleider handhaving", "handhaver toezicht en veiligheid"),
        ("Rolstoelmonteur", "orthopedisch technicus"),
    ),
)
def test_leisure_parks_tree_care_pest_control_and_outdoor_services(tax, title, expected):
    # the forty-third round's vocabulary: each of these read another occupation first, or
    # nothing, on 79c282e (the variant list gives each entry's reading before)
    assert best(tax, title) == expected


titles("Monteur videotechniek", "Photo assistant")


def test_a_video_editor_is_no_technician_of_video_technique(tax):
    # the list's bare "Videomonteur" edits video; a "Monteur videotechniek" keeps the
    # technicians, and an English "Photo assistant" still reads the photo laboratory
    assert "editor film en video" not in top3(tax, "Monteur videotechniek")
    assert best(tax, "Photo assistant") == "fotolaborant"


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Medewerker merchandising (20 uur)", "merchandiser"),
        ("Medewerker verpleging – Zwolle", "algemeen verpleegkundige"),
        ("Medewerker handhaving", "handhaver toezicht en veiligheid"),
    ),
)
def test_a_work_the_list_knows_still_names_its_worker(tax, title, expected):
    # the forty-third round: "medewerker X-ing" is the worker "X-er" unless ESCO's labels use
    # the word ("marketing") or it is a job word itself; before, any word of the variant
    # list's keys and [woorden] values counted, so the
    # list's "teamleider handhaving" would make "Medewerker handhaving" read nothing, and
    # "merchandising" (of "medewerker visual merchandising") read nothing, "verpleging" a teacher
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Debiteurenbeheerster (m/v)", "assistent-boekhouder"),
        ("Kantinebeheerster – sportpark", "accommodatiemanager"),
        ("Functioneel beheerster 32 uur", "ict-applicatieconfigurator"),
        ("Applicatiebeheerster", "ict-applicatieconfigurator"),
        ("Woordvoerster gemeente", "woordvoerder"),
        ("Makelaarster", "vastgoedmakelaar"),
        ("Etaleerster", "visual merchandiser"),
        ("Medewerker visfilering", "visfileerder"),
        ("Medewerker rekrutering", "recruiter"),
    ),
)
def test_a_female_form_in_ster_reads_as_its_common_form(tax, title, expected):
    # the forty-fourth round: a verb's stem in "r" makes its female "-ster" of the "-der"
    # doer ("beheerster" is a "beheerder"), and a noun in "-aar" or "-ier" is itself
    # ("makelaarster", "kassierster"); before, these were a "beherer" and a "makelarer",
    # words of no label or list entry but a female label's own, and read nothing or another
    # job; likewise a work of a verb in "-eren" names its doer "-eerder" ("visfilering");
    # review C: "Etaleerster" had read right only by missing the male form, which now has
    # its own entry ("etaleerder" read an enameller)
    assert best(tax, title) == expected


def test_a_female_form_in_ster_and_its_common_form_read_alike(tax):
    for female, common, expected in (
        ("Debiteurenbeheerster", "Debiteurenbeheerder", "assistent-boekhouder"),
        ("Taxibestuurster", "Taxibestuurder", "taxichauffeur"),
        ("Schadebehandelaarster", "Schadebehandelaar", "schadebehandelaar"),
        ("Juwelierster", "Juwelier", "juwelier"),
        ("Medewerkster meubelstoffering", "Medewerker meubelstoffering", "meubelstoffeerder"),
    ):
        assert top3(tax, female) == top3(tax, common)
        assert top3(tax, female)[0] == expected
    # review C: a verb in "-ieren" keeps its "-der" doer, so that a brand's name is no
    # upholsterer's word ("garnierster" was "garnier")
    assert top3(tax, "Beautyadviseur Garnier")[0] != "stoffeerder"


titles(
    "Debiteurenbeheerster",
    "Debiteurenbeheerder",
    "Taxibestuurster",
    "Taxibestuurder",
    "Schadebehandelaarster",
    "Schadebehandelaar",
    "Juwelierster",
    "Juwelier",
    "Medewerkster meubelstoffering",
    "Medewerker meubelstoffering",
    "Beautyadviseur Garnier",
)


titles(
    "Docent theorie",
    "Theoriedocent verpleegkunde",
    "Operator sorteerinstallatie PostNL",
    "Parkmanager bedrijventerrein",
    "Medewerker KI en data",
    "Cameramedewerker beveiliging",
)


def test_the_new_entries_stay_in_their_field(tax):
    # review A: a theory teacher of no driving school stays a teacher, a sorting plant of
    # parcels no waste plant, and a business park's manager no holiday park's
    assert "rijinstructeur" not in top3(tax, "Docent theorie")
    assert "rijinstructeur" not in top3(tax, "Theoriedocent verpleegkunde")
    found = top3(tax, "Operator sorteerinstallatie PostNL")
    assert "exploitatietechnicus installaties voor verwerking vast afval" not in found
    assert "manager recreatie-accommodatie" not in top3(tax, "Parkmanager bedrijventerrein")
    # review B: "KI" beside no animal may be artificial intelligence
    assert "technicus kunstmatige inseminatie" not in top3(tax, "Medewerker KI en data")
    # review C: who watches security cameras is no cameraman
    assert "cameraman" not in top3(tax, "Cameramedewerker beveiliging")


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Kwaliteitsborgingsmedewerker", "kwaliteitscontroleur"),
        ("Medewerker kwaliteitsborging (m/v)", "kwaliteitscontroleur"),
    ),
)
def test_a_worker_of_quality_assurance_is_no_building_inspector(tax, title, expected):
    # reviews A and C: "kwaliteitsborging" is a job word of the list and is looked up as it
    # stands; read as its "-er" worker it named the list's "kwaliteitsborger", the building
    # inspector of the building-quality law
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Medewerker industriële reiniging – Botlek", "rioolreiniger"),
        ("Operator hogedrukreiniging (5-ploegen)", "rioolreiniger"),
        ("Zuigwagenoperator", "rioolreiniger"),
        ("Mangatwacht", "bedrijfsbrandweerman"),
        ("Montagemedewerker sanitair", "badkamermonteur"),
        ("Monteur lekkages – Amersfoort", "loodgieter"),
        ("Keukenontwerper (32 uur)", "interieurontwerper"),
        ("Kitchen designer", "interieurontwerper"),
        ("Procesoperator offshore", "operator controlekamer gasverwerkingsinstallatie"),
        ("Offshore Installation Manager", "manager olie- en gaswinning"),
        ("Ordinary seaman", "lichtmatroos"),
        ("Chief mate", "dekofficier"),
        ("Offshore medic", "ambulanceverpleegkundige"),
        ("Conserveringsschilder – Vlissingen", "oppervlaktebehandelaar"),
        ("Records manager", "documentenbeheerder"),
        ("Teamleider DIV", "documentenbeheerder"),
        ("Teamleider postkamer", "postkamermedewerker"),
        ("Scanmedewerker (fulltime)", "scanoperator"),
        ("Indexeerder", "datatypist"),
        ("Medewerker copyshop", "technicus reprografie"),
    ),
)
def test_industrial_cleaning_showrooms_offshore_and_document_services(tax, title, expected):
    # the forty-third round's second vocabulary: each of these read another occupation
    # first, or nothing, on 79c282e (the variant list gives each entry's reading before)
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Political officer", "medewerker politieke zaken"),
        ("Programme officer – Den Haag", "programmamanager"),
        ("MEAL officer", "functionaris monitoring en evaluatie"),
        ("Advocacy officer", "lobbyist"),
        ("Hoofd fondsenwerving", "fondsenwerver"),
        ("Veldkeurder (seizoen)", "inspecteur landbouw"),
        ("Machinist rooimachine", "landbouwmachinist"),
        ("Boeketbinder – Aalsmeer", "inpakker met de hand"),
        ("Kavelaar", "magazijnmedewerker"),
        ("Medewerker studieboeken", "verkoopspecialist boeken, tijdschriften en kantoorartikelen"),
        ("Kioskmedewerker", "winkelmedewerker"),
        ("Verkoopadviseur Lego", "verkoopspecialist speelgoed"),
        (
            "Verkoopmedewerker kantoorboekhandel",
            "verkoopspecialist kranten, tijdschriften en kantoorartikelen",
        ),
        ("Operator metaalprinten", "operator productie metaaladditieven"),
        ("Chef instrumentmakerij", "leidinggevende precisiemechanica"),
    ),
)
def test_embassies_and_charities_bulbs_and_flowers_shops_and_3d_printing(tax, title, expected):
    # the forty-third round's second vocabulary: each of these read another occupation
    # first, or nothing, on 79c282e (the variant list gives each entry's reading before)
    assert best(tax, title) == expected


titles(
    "Medewerker instrumentmakerij",
    "Technicus additive manufacturing",
    "Stapelaar zagerij",
    "Kioskmedewerker bioscoop",
    "Scanmedewerker magazijn",
    "Showroomadviseur auto's",
    "Hogedrukreiniger gevels",
    "Medewerker nalatenschappen notariskantoor",
    "Veiligheidswacht evenementen",
    "Medewerker bloemenveiling",
    "Stapelaar veiling",
    "Miniatuurbouwer modelspoor",
    "Veiligheidswacht besloten ruimten",
)


def test_the_second_vocabulary_leaves_other_fields_alone(tax):
    # reviews D and E: a key's words no longer keep ESCO's own readings from longer titles
    # ("instrumentmakerij" and "additive" are read as ESCO writes them), a bare job noun of
    # the auction, a kiosk, a scanning line or a safety watch leaves a longer title to its
    # other words, and a showroom's adviser sells what the showroom shows
    assert best(tax, "Medewerker instrumentmakerij") == "precisie-instrumentenmaker"
    assert best(tax, "Technicus additive manufacturing") == "operator productie metaaladditieven"
    assert best(tax, "Stapelaar zagerij") == "operator houtzagerij"
    assert best(tax, "Kioskmedewerker bioscoop") == "servicemedewerker bioscoop, theater"
    assert best(tax, "Scanmedewerker magazijn") == "magazijnmedewerker"
    assert best(tax, "Showroomadviseur auto's") == "verkoopspecialist motorvoertuigen"
    assert best(tax, "Hogedrukreiniger gevels") == "gevelreiniger"
    assert "fondsenwerver" not in top3(tax, "Medewerker nalatenschappen notariskantoor")
    assert "brandweerman" not in top3(tax, "Veiligheidswacht evenementen")
    # review F: the auction's stacker is one word of the list, so that "veiling" is no word
    # of its own ("Medewerker bloemenveiling" kept its flower trader, not an aviation-safety
    # worker by "veiligheid"); a miniature builder builds scale models; a safety watch in
    # confined spaces keeps the fire watch
    assert best(tax, "Medewerker bloemenveiling") == "groothandelaar in bloemen en planten"
    assert best(tax, "Stapelaar veiling") == "magazijnmedewerker"
    assert best(tax, "Miniatuurbouwer modelspoor") == "maquettebouwer"
    assert best(tax, "Veiligheidswacht besloten ruimten") == "bedrijfsbrandweerman"


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Medewerker verzorging (32 uur) – Apeldoorn", "zorghulp"),
        ("Medewerker verpleging en verzorging niveau 3", "zorghulp"),
        ("Medewerker persoonlijke verzorging", "zorghulp"),
        ("Teamleider verpleging en verzorging", "leidinggevend verpleegkundige"),
        ("Medewerker verzorging psychogeriatrie (nachtdienst)", "zorghulp"),
        ("Medewerker verzorging gehandicaptenzorg", "zorghulp"),
        # guards: a carer of animals keeps ESCO's animal carers
        ("Medewerker verzorging dieren", "medewerker dierverzorging"),
        ("Medewerker verzorging paarden – manege", "paardenverzorger"),
        ("Medewerker verzorging varkens", "medewerker dierverzorging"),
        ("Medewerker verzorging kippen", "medewerker dierverzorging"),
    ),
)
def test_a_carer_of_nursing_homes_and_home_care_is_no_animal_carer(tax, title, expected):
    # the forty-fourth round: a bare "medewerker verzorging" (and "verpleging en verzorging",
    # the sector's name) read ESCO's "medewerker dierverzorging" first on 63036bf; the bare
    # title is a bare title of the list, so that the animal a longer title names decides
    # (reviews A-D: as a title of the list it read every unguarded animal's carer as a
    # nursing home's), and the settings of care have entries of their own
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Kluizenmonteur (fulltime)", "slotenmaker"),
        ("Hang- en sluitwerkmonteur – Tilburg", "slotenmaker"),
        ("Monteur sluittechniek", "slotenmaker"),
        ("Specialist sluitplannen", "slotenmaker"),
        ("Noodreparateur (avond- en weekenddienst)", "slotenmaker"),
        ("Monteur inbraakmeldsystemen", "technicus alarmsystemen"),
        ("CCTV engineer – Rotterdam", "technicus alarmsystemen"),
        ("Medewerker videobewaking (nachtdienst)", "beveiliger"),
        ("Straatinterviewer – Utrecht", "interviewer marktonderzoek"),
        ("Enquêtemedewerker (bijbaan)", "interviewer marktonderzoek"),
        ("Mystery shopper (freelance)", "interviewer marktonderzoek"),
        ("Medewerker marktonderzoek 24 uur", "marktonderzoeker"),
        ("Market researcher", "marktonderzoeker"),
        ("Demografisch onderzoeker", "demograaf"),
        ("Monteur bandenservice – Zwolle", "bandenmonteur"),
        ("Medewerker bandenhotel", "magazijnmedewerker"),
        ("Autoglasspecialist", "servicemonteur autoruiten"),
        ("Monteur uitlaatservice", "automonteur"),
        ("Baliemedewerker onderdelen", "adviseur auto-onderdelen"),
    ),
)
def test_locks_security_installers_market_research_and_tyre_centres(tax, title, expected):
    # the forty-fourth round's vocabulary: each of these read another occupation first, or
    # nothing, on 63036bf (the variant list gives each entry's reading before)
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Monteur koffiemachines – Breda", "elektromechanicus"),
        ("Koffietechnicus (m/v)", "elektromechanicus"),
        ("Servicemonteur grootkeukentechniek", "elektromechanicus"),
        ("Monteur horeca-apparatuur", "elektromechanicus"),
        ("Monteur koelvitrines", "technicus koel-, lucht- en verwarmingstechniek"),
        ("Vuller koffieautomaten (dagdienst)", "operator cateringautomaten"),
        ("Catalogiseringsmedewerker", "bibliotheekmedewerker"),
        ("Digicoach bibliotheek", "leraar digitale geletterdheid"),
        ("Leesconsulent", "bibliothecaris"),
        ("Controleur parkeren – gemeente Haarlem", "parkeercontroleur"),
        ("TVM-medewerker", "plaatser van verkeersborden"),
        ("Wegverkeersleider", "meldkamercentralist"),
        ("Tunneloperator (5-ploegen)", "meldkamercentralist"),
        ("Operator verkeerscentrale", "meldkamercentralist"),
        ("Champignonsnijder – Start direct!", "plukker"),
        ("Medewerker aspergeoogst", "plukker"),
        ("Snoeier fruitbomen", "tuinbouwmedewerker"),
        ("Kwijtscheldingsmedewerker gemeente", "administratief medewerker belastingen"),
        ("Medewerker kredietbewaking", "incassomedewerker"),
        ("Schuldregelaar", "adviseur kredieten"),
        ("Budgetconsulent – Assen", "maatschappelijk werker"),
        ("Financieel coach", "maatschappelijk werker"),
        ("Medewerker bewindvoering (24 uur)", "voogd"),
        ("Klantmanager schulddienstverlening", "maatschappelijk werker"),
    ),
)
def test_catering_machines_libraries_traffic_orchards_and_debt_counselling(tax, title, expected):
    # the same round's other fields
    assert best(tax, title) == expected


def test_the_forty_fourth_vocabulary_leaves_other_titles_alone(tax):
    # guards for what the probes showed: a traffic centre's operator is a bare title, so
    # that a longer one keeps its other words (ships' traffic); keys withdrawn before
    # measuring: "monteur sloten" ("sloten" read "gesloten systemen" as locks),
    # "cameramonteur" (a camera repairer read the alarm technician), "autoglasmonteur"
    # (withdrawn in the thirty-sixth round already: "Glasmonteur (auto)")
    assert best(tax, "VTS-operator verkeerscentrale vaarwegen") == "havenverkeersleider"
    assert "slotenmaker" not in top3(tax, "Boormeester bodemenergie (gesloten systemen)")
    assert "technicus alarmsystemen" not in top3(tax, "Technicus camera- en lensreparatie")
    # reviews B and C: a supermarket's shelf-filling crew, field work in soil research, IT
    # security, an emergency roofer, a project's budget, social media, an archive's
    # cataloguer and a library's reading specialist keep their own readings; withdrawn:
    # "vulploegmedewerker", "veldwerkmedewerker", "planner veldwerk", "automatenbeheerder"
    assert best(tax, "Vulploegmedewerker") == "schappenvuller"
    assert best(tax, "Veldwerkmedewerker bodemonderzoek") == "technicus bodemonderzoek"
    assert best(tax, "IT security technician") != "technicus alarmsystemen"
    assert best(tax, "Noodreparateur dak") == "dakdekker"
    assert best(tax, "Budgetbeheerder projecten") == "beheerscontroleur budget"
    assert best(tax, "Social media coach") == "manager digitale marketing"
    assert best(tax, "Catalogiseerder archief") == "archiefmedewerker"
    assert best(tax, "Leesspecialist bibliotheek") == "bibliothecaris"
    assert best(tax, "Data insights manager") == "business intelligence manager"
    # and gaps the gender rule laid bare: a "filiaalbeheerder" is a shop's branch manager,
    # of the shop's kind when the title names it (review D: a bare "Bestuurder" as a board
    # director was withdrawn, "Bestuurder CE" drives a lorry; so was "programmeerder")
    assert best(tax, "Filiaalbeheerster") == "winkelmanager"
    assert best(tax, "Filiaalbeheerster kledingwinkel") == "manager kledingwinkel"
    assert best(tax, "Vloermedewerker magazijn") == "magazijnmedewerker"
    assert best(tax, "Catalogiseringsmedewerker archief") == "archiefmedewerker"
    # review E: a shop's or a restaurant's floor has no "vloerder" (ESCO's tiler), and a
    # bank's branch manager named by the bank stays the bank director
    assert best(tax, "Vloermedewerker restaurant") == "ober/serveerster"
    assert best(tax, "Filiaalbeheerder KBC") == "bankdirecteur"
    assert (
        best(tax, "Teamleider schuldhulpverlening") == "teamleider instelling maatschappelijk werk"
    )


titles(
    "VTS-operator verkeerscentrale vaarwegen",
    "Boormeester bodemenergie (gesloten systemen)",
    "Technicus camera- en lensreparatie",
    "Vulploegmedewerker",
    "Veldwerkmedewerker bodemonderzoek",
    "IT security technician",
    "Noodreparateur dak",
    "Budgetbeheerder projecten",
    "Social media coach",
    "Catalogiseerder archief",
    "Leesspecialist bibliotheek",
    "Data insights manager",
    "Filiaalbeheerster",
    "Filiaalbeheerster kledingwinkel",
    "Vloermedewerker magazijn",
    "Catalogiseringsmedewerker archief",
    "Teamleider schuldhulpverlening",
    "Vloermedewerker restaurant",
    "Filiaalbeheerder KBC",
)


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Medewerker interieurbeplanting kantoren", "hovenier"),
        ("Snijder rozen – Westland", "tuinbouwmedewerker"),
        ("Medewerker wijderzetten potplanten", "tuinbouwmedewerker"),
        ("Stekster", "tuinbouwmedewerker"),
        ("Medewerker snijbloemen – Aalsmeer", "tuinbouwmedewerker"),
        ("Hoofd expeditie (m/v)", "magazijnchef"),
        ("Chef expeditie kwekerij", "magazijnchef"),
        ("Controleur douane containers", "douaneambtenaar"),
        ("Teamleider douane vracht", "douaneambtenaar"),
        ("Migratieadviseur (32 uur)", "immigratieadviseur"),
        ("Bezwaarbehandelaar gemeente", "juridisch assistent"),
        ("Aanslagregelaar vennootschapsbelasting", "inspecteur belastingen"),
        ("Medewerker motorrijtuigenbelasting", "administratief medewerker belastingen"),
        ("Nutritionist rundvee", "diervoedingsdeskundige"),
        ("Operator diervoeders (5-ploegen)", "medewerker diervoeding"),
        ("Operator afzakken – dagdienst", "procesoperator verpakkings- en vulmachine"),
        ("Silomedewerker (m/v)", "medewerker grondstoffenontvangst"),
        ("Graantechnoloog", "voedingstechnoloog"),
        ("Medewerker aardappelverwerking (nachtdienst)", "medewerker voedselproductie"),
        ("Procesautomatiseerder", "technicus automatisering"),
        ("Stoker ketelhuis (volcontinu)", "operator stoomketel"),
        ("Pianotransporteur (fulltime)", "chauffeur/verhuizer"),
        ("Backline technician (freelance)", "roadie"),
        ("Medewerker programmering theater", "cultureel programmeur"),
        ("Monteur audiovisuele installaties – Utrecht", "audiovisueel technicus"),
    ),
)
def test_nurseries_customs_and_tax_feed_flour_sugar_and_potato_plants_and_music(
    tax, title, expected
):
    # the forty-fifth round's vocabulary: each of these read another occupation first, or
    # nothing, on 7ee89f7 (the variant list gives each entry's reading before)
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Smart repair specialist (m/v)", "voertuiglakker"),
        ("Carrosseriespecialist autoschade", "carrosserie- en voertuigbouwer"),
        ("Bodyshop manager – Amersfoort", "manager autogaragebedrijf"),
        ("Voorbewerker schadeherstel", "voertuiglakker"),
        ("Schadecalculator auto's", "schadecorrespondent"),
        ("Campertechnicus (m/v)", "automonteur"),
        ("Verkoopadviseur campers – Start direct!", "verkoopspecialist motorvoertuigen"),
        ("Medewerker camperverhuur", "verhuurmedewerker motorvoertuigen"),
        ("Aanhangwagenbouwer", "carrosserie- en voertuigbouwer"),
        ("Operator vouwplakmachine (3-ploegen)", "machineoperator papierwaren"),
        ("Etikettendrukker – Venlo", "flexodrukker"),
        ("Inktmenger", "colorist"),
        ("Operator enveloppenmachine", "enveloppenmaker"),
        ("Continuous improvement engineer", "lean-manager"),
        ("Verpakkingsontwikkelaar (hbo)", "industrieel ontwerper"),
        ("Voorman steigerbouw petrochemie", "chef monteur stellingbouw"),
        ("Scaffolding supervisor", "chef monteur stellingbouw"),
        ("Materiaalman (bouw)", "magazijnmedewerker"),
        ("Adviseur isolatie", "energieadviseur"),
        ("Coater – Start direct!", "oppervlaktebehandelaar"),
        ("Embroidery operator", "operator borduurmachine"),
        ("Transferpersmedewerker", "textieldrukker"),
        ("Zeefmaker", "drukvormvervaardiger zeefdruk"),
        ("Lasergraveur (m/v)", "operator lasermarkeermachine"),
        ("Tampondrukker (dagdienst)", "zeefdrukker"),
        ("Medewerker foliedruk en blinddruk boeken", "foliedrukker"),
        ("Offertemaker", "sales support medewerker"),
        ("Douane hondengeleider drugshonden", "douaneambtenaar"),
        ("Medewerker lasergravure en bedrukking relatiegeschenken", "operator lasermarkeermachine"),
        ("Kwaliteitscoach klantcontact (24 uur)", "kwaliteitsauditor callcenter"),
        ("Ploegleider steigers", "chef monteur stellingbouw"),
        ("Operator extruder (3-ploegen)", "operator extrusiemachine"),
        ("Verkoper caravans", "verkoopspecialist motorvoertuigen"),
        ("Caravanbouwer (m/v)", "carrosserie- en voertuigbouwer"),
        ("Deskundig toezichthouder asbestsloop – Zwolle", "asbestverwijderaar"),
        ("Vloerencoater", "teamleider terrazzovloerenlegger"),
        ("Medewerker extruder (ploegendienst)", "operator extrusiemachine"),
        ("Coater autolak", "voertuiglakker"),
        ("Autocoater (m/v)", "voertuiglakker"),
        ("Kartoncoater", "operator strijkmachine"),
        ("Medewerker programmering ICT", "software ontwikkelaar"),
        ("QC controleur geneesmiddelen", "kwaliteitscontroleur farmaceutische industrie"),
        ("Papiercoater", "operator strijkmachine"),
        ("Extrudermachinist", "operator extrusiemachine"),
        ("Medewerker programmering software", "software ontwikkelaar"),
        ("Coater staalconstructies", "oppervlaktebehandelaar"),
    ),
)
def test_car_body_repair_campers_packaging_scaffolding_coating_and_engraving(tax, title, expected):
    # the same round's other fields
    assert best(tax, title) == expected


def test_the_forty_fifth_vocabulary_leaves_other_titles_alone(tax):
    # guards: a coater of floors or facades is no industrial coater; "voorbewerker
    # autoschade" was withdrawn before measuring, its word "autoschade" read "Autoruitschade"
    # (a windscreen centre's team leader) as a body shop's
    assert best(tax, "Vloercoater (epoxy)") == "teamleider terrazzovloerenlegger"
    assert best(tax, "Gevelcoater") == "schilder bouw"
    assert best(tax, "Teamleider autoruitschade") == "manager autogaragebedrijf"
    # reviews A-C: a key's field words beside it keep their readings (objections to property
    # valuations and taxes, metal and medicine inspection, machine programming, a
    # forwarder's customs desk, a coater of wood, roofs, parquet or concrete); keys withdrawn:
    # "microbiologisch laborant" (ESCO's own label of the biological lab technician),
    # "operator zetmeel" (its extractor first is right), "applicateur coatings" and
    # "voorman coating" ("coating" split "coatinglijn")
    assert best(tax, "Bezwaarbehandelaar WOZ (gemeente)") == "WOZ-taxateur"
    assert best(tax, "Bezwaarbehandelaar Belastingdienst") == "inspecteur belastingen"
    assert best(tax, "QC controleur metaal") == "kwaliteitscontroleur metaalproducten"
    assert best(tax, "Medewerker programmering PLC") == "technicus automatisering"
    assert best(tax, "Teamleider douane logistiek") == "import-exportmanager"
    assert best(tax, "Teamleider customs") == "import-exportmanager"
    assert best(tax, "Aanslagregelaar douane") == "douaneambtenaar"
    assert best(tax, "Auditor customs compliance") == "auditor"
    assert best(tax, "Houtcoater") == "lakspuiter"
    assert best(tax, "Dakcoater") == "dakdekker"
    assert best(tax, "Parketcoater") == "parketteur"
    assert best(tax, "Betoncoater") == "betonafwerker"
    assert best(tax, "Medewerker coatinglijn") == "coatingmachinebediener"
    assert best(tax, "Sealer beton") == "betonafwerker"
    assert best(tax, "Microbiologisch laborant") == "biologisch laborant"
    # review D: a material's own inspector comes first ("qc controleur" is a word of the list
    # and a bare title, no longer a title of the list), an environment service's asbestos
    # inspector is no contractor's supervisor, a customs desk named in English stays a
    # forwarder's; withdrawn: "paint technician" and "paintshop" ("paint" read a paint shop's
    # manager as an artist's model)
    assert best(tax, "QC controleur hout") == "kwaliteitscontroleur hout"
    assert best(tax, "Toezichthouder asbestsloop omgevingsdienst") != "asbestverwijderaar"
    assert best(tax, "Customs supervisor") == "import-exportmanager"
    assert best(tax, "Bezwaarbehandelaar douane") == "douaneambtenaar"
    assert "artistiek model" not in top3(tax, "Paintshop manager")
    # review E: a forwarder's customs desk, however it is written, keeps ESCO's head of
    # customs affairs, and a coater of furniture or epoxy floors the occupation of its field;
    # "coater autoschade" was withdrawn before measuring ("autoschade" again)
    assert best(tax, "Customs teamlead") == "import-exportmanager"
    assert best(tax, "Coördinator douane") == "import-exportmanager"
    assert best(tax, "Coater meubelen") == "lakspuiter"
    assert best(tax, "Coater epoxyvloeren") == "teamleider terrazzovloerenlegger"
    # a crop sprayer stays ESCO's pesticide sprayer, the grower's hand beside it
    assert top3(tax, "Medewerker gewasbescherming")[:2] == [
        "medewerker onkruidbestrijding",
        "tuinbouwmedewerker",
    ]


titles(
    "Vloercoater (epoxy)",
    "Gevelcoater",
    "Teamleider autoruitschade",
    "Medewerker gewasbescherming",
    "Bezwaarbehandelaar WOZ (gemeente)",
    "Bezwaarbehandelaar Belastingdienst",
    "QC controleur metaal",
    "Medewerker programmering PLC",
    "Teamleider douane logistiek",
    "Teamleider customs",
    "Aanslagregelaar douane",
    "Auditor customs compliance",
    "Houtcoater",
    "Dakcoater",
    "Parketcoater",
    "Betoncoater",
    "Medewerker coatinglijn",
    "Sealer beton",
    "Microbiologisch laborant",
    "QC controleur hout",
    "Toezichthouder asbestsloop omgevingsdienst",
    "Customs supervisor",
    "Bezwaarbehandelaar douane",
    "Paintshop manager",
    "Customs teamlead",
    "Coördinator douane",
    "Coater meubelen",
    "Coater epoxyvloeren",
)


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Machineoperator cosmetica (3-ploegen)", "machineoperator cosmeticaproductie"),
        ("Procesoperator cosmetica – Etten-Leur", "machineoperator cosmeticaproductie"),
        ("Lijnoperator afvullijn dagdienst", "procesoperator verpakkings- en vulmachine"),
        ("Compounder (5-ploegen)", "mengselbereider chemie"),
        ("Batchmaker | start direct", "procesoperator mengmachine"),
        ("Batchmaker cosmetica", "mengselbereider chemie"),
        ("Zeepmaker (parttime)", "zeepzieder"),
        ("Packaging developer (m/v)", "verpakkingsingenieur"),
        ("Cosmetisch chemicus", "cosmetisch scheikundige"),
        ("Geurontwikkelaar", "chemicus aroma's en geuren"),
        ("Fragrance consultant Schiphol", "verkoopspecialist cosmetica en parfums"),
        ("Counter manager – De Bijenkorf Utrecht", "verkoopspecialist cosmetica en parfums"),
        ("Dekknecht kotter (Urk)", "deksman visserij"),
        ("Schipper mosselkotter", "gezagvoerder van een vissersvaartuig"),
        ("Oesterkweker – Yerseke", "aquacultuurarbeider te water"),
        ("Zeewierkweker", "aquacultuurarbeider te water"),
        ("Medewerker oesterkwekerij (seizoen)", "aquacultuurmedewerker"),
        ("Medewerker garnalenpellerij – Lauwersoog", "medewerker visproductie"),
        ("Palingroker", "medewerker visproductie"),
        ("Medewerker visafslag (vroege dienst)", "pakhuismedewerker"),
        ("Visgrossier", "groothandelaar in vis, schaal- en weekdieren"),
        ("Verkoopmedewerker viskraam", "verkoopspecialist vis, schaal- en weekdieren"),
        ("Visgezondheidsdeskundige (m/v)", "gezondheidswerker waterdieren"),
        ("Productiemanager aquacultuur", "manager aquacultuur"),
    ),
)
def test_cosmetics_and_soap_makers_shellfish_and_fish_farms_and_fish_auctions(tax, title, expected):
    # the forty-sixth round's vocabulary: each of these read another occupation first, or
    # nothing, on c98bedc (the variant list gives each entry's reading before)
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Tolk Nederlandse Gebarentaal (zzp)", "tolk gebarentaal"),
        ("Tolk doofblinden", "tolk gebarentaal"),
        ("Medewerker ondertiteling – Hilversum", "ondertitelaar"),
        ("Localization engineer (English speaking)", "lokalisator"),
        ("Copy editor", "corrector"),
        ("Medewerker rechten en licenties", "manager uitgeefrechten"),
        ("Datacenter engineer – Amsterdam Zuidoost", "medewerker datacentrum"),
        ("Datacentre engineer", "medewerker datacentrum"),
        ("Datacenter manager", "ICT-operationsmanager"),
        ("Datacommunicatiemonteur (m/v)", "servicemonteur communicatie-infrastructuur"),
        ("NOC analist", "medewerker datacentrum"),
        ("UPS technicus buitendienst", "elektromechanicus"),
        ("Teamleider SOC", "ict security manager"),
        ("Incident responder", "ICT-beveiligingsingenieur"),
        ("Hoofd informatiebeveiliging", "hoofd ict-beveiliging"),
        ("Firewall engineer", "ict network engineer"),
        ("IAM beheerder", "ict security administrator"),
        ("Linux engineer (32-40 uur)", "ict systeembeheerder"),
        ("VMware engineer", "ict systeembeheerder"),
        ("Infrastructure architect", "ict system architect"),
    ),
)
def test_publishers_translators_and_subtitlers_data_centres_and_security_operations(
    tax, title, expected
):
    # the forty-sixth round's vocabulary, read otherwise on c98bedc
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Chef sommelier", "hoofdsommelier"),
        ("Vineyard worker (seasonal)", "medewerker wijnbouw"),
        ("Verkoper wijnkoperij", "verkoopspecialist dranken"),
        ("Verkoopmedewerker wijnhuis", "verkoopspecialist dranken"),
        ("Verkoopspecialist whisky", "verkoopspecialist dranken"),
        ("Operator tabaksindustrie", "bediener sigarettenmachine"),
        ("Productontwikkelaar dranken", "voedingstechnoloog"),
        ("Productontwikkelaar levensmiddelen", "voedingstechnoloog"),
        ("Medewerker gaswinning", "operator gasverwerkingsinstallatie"),
        ("Operator gaswinning (volcontinu)", "operator gasverwerkingsinstallatie"),
        ("Completion engineer", "petroleumingenieur"),
        ("Medewerker zandwinning", "machinebediener bovengrondse mijnbouw"),
        ("Operator zoutwinning – Hengelo", "procestechnicus chemische industrie"),
        ("Mine manager", "mijndirecteur"),
        ("Mining engineer", "mijnbouwkundig ingenieur"),
        ("Reactoroperator – Borssele", "exploitatietechnicus kerncentrale"),
        ("Radiation protection officer", "medewerker stralingsbescherming"),
    ),
)
def test_wine_spirits_and_tobacco_gas_salt_and_sand_extraction_and_nuclear_plants(
    tax, title, expected
):
    # the forty-sixth round's vocabulary, read otherwise on c98bedc
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Cao-onderhandelaar", "functionaris van een belangengroep"),
        ("Directeur brancheorganisatie", "functionaris van een belangengroep"),
        ("Secretaris brancheorganisatie", "functionaris van een belangengroep"),
        ("Belangenbehartiger (24 uur)", "functionaris van een belangengroep"),
        ("Government relations manager", "lobbyist"),
        ("Public affairs officer", "lobbyist"),
        ("Community organizer", "opbouwwerker"),
        ("Partijsecretaris", "medewerker politieke partij"),
        ("Fractiesecretaris gemeenteraad", "parlementair medewerker"),
        ("Fractiemedewerker", "parlementair medewerker"),
        ("Ledenwerver – bijbaan", "fondsenwerver"),
        ("PVC-legger", "vloerenlegger verende vloerbedekking"),
        ("Floor installer", "vloerenlegger verende vloerbedekking"),
        ("Projectstoffeerder", "vloerenlegger verende vloerbedekking"),
        ("Trapstoffeerder", "tapijtlegger"),
        ("Bankstoffeerder", "meubelstoffeerder"),
        ("Stoelenstoffeerder (m/v)", "meubelstoffeerder"),
        ("Zonweringsmonteur – regio Utrecht", "ramenmonteur"),
        ("Screenmonteur", "ramenmonteur"),
        ("Hulpmonteur zonwering", "ramenmonteur"),
        ("Monteur binnenzonwering", "ramenmonteur"),
        ("Showroommedewerker", "verkoopmedewerker"),
    ),
)
def test_unions_associations_and_parties_and_floors_upholstery_and_sun_protection(
    tax, title, expected
):
    # the forty-sixth round's vocabulary, read otherwise on c98bedc
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Marmoleumlegger utiliteitsbouw", "vloerenlegger verende vloerbedekking"),
        ("Rioollegger GWW", "rioolmonteur"),
        ("Fietsmonteur 2e hands fietsen", "fietsenmaker"),
        ("Batchmaker zuivel", "zuivelbereider"),
        ("Batchmaker verf", "verfmenger"),
        ("Compounder rubber", "operator machine voor rubberproductie"),
        ("Data mining engineer", "data warehouse designer"),
        ("Mechanical completion engineer", "werktuigbouwkundig ingenieur"),
        ("Software developer packaging", "software ontwikkelaar"),
        ("Reactoroperator chemie", "procestechnicus chemische industrie"),
        ("Belangenbehartiger letselschade", "schadebehandelaar"),
        ("Juridisch belangenbehartiger", "juridisch adviseur"),
        ("Facility manager datacenter", "manager gebouwbeheer en installaties"),
        ("Counter manager autoverhuur", "verhuurmanager"),
    ),
)
def test_the_words_of_this_rounds_keys_read_no_other_titles(tax, title, expected):
    # guards: "PVC-legger" is keyed as one word, and no key says "remote hands", so that
    # "legger" and "hands" split no other title's words ("rioollegger", "2e hands");
    # a batch maker, a compounder, a reactor operator and a mining engineer are bare titles
    # ([kaal]), as the field after them names another mixer, operator or kind of mining;
    # the other keys' longer titles of other work have guards of their own (review fixes)
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Batchmaker kunststof", "mengselbereider chemie"),
        ("Batchmaker rubber", "operator machine voor rubberproductie"),
        ("Batchmaker wasmiddelen", "mengselbereider chemie"),
        ("Compounder masterbatch", "mengselbereider chemie"),
        ("Belangenbehartiger personenschade", "schadebehandelaar"),
        ("Systems completion engineer", "ingenieur inbedrijfstelling"),
        ("Completion engineer elektrisch", "ingenieur elektriciteit"),
        ("Facility manager data centre", "manager gebouwbeheer en installaties"),
    ),
)
def test_mixers_of_a_named_product_plant_completion_and_personal_injury_claims(
    tax, title, expected
):
    # review E of the forty-sixth round: a batch maker or compounder of a product the list
    # names mixes it, a completion engineer of a plant's systems commissions the plant, an
    # advocate of personal-injury claims handles claims (read otherwise on c98bedc, or as
    # the entries of d52de33 read them)
    assert best(tax, title) == expected


def test_an_engine_in_the_plural_is_no_motorcycle_and_a_bare_reactor_operator_has_two_plants(
    tax,
):
    # review E: the singular "motor" is an engine or a motorcycle, the plural's compounds an
    # engine only; a bare reactor operator runs a nuclear or a chemical reactor
    assert "assemblagetechnicus motorfietsen" not in top3(tax, "Assemblagemedewerker dieselmotoren")
    assert top3(tax, "Assemblagemedewerker motor")[:2] == [
        "assemblagetechnicus automotoren",
        "assemblagetechnicus motorfietsen",
    ]
    assert top3(tax, "Reactoroperator (m/v)")[:2] == [
        "exploitatietechnicus kerncentrale",
        "procestechnicus chemische industrie",
    ]


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Plant breeder komkommer", "landbouwwetenschapper"),
        ("Breeder paprika – Westland", "landbouwwetenschapper"),
        ("Head of Breeding flowers", "manager onderzoek en ontwikkeling"),
        ("Veredelingsmedewerk(st)er", "landbouwtechnicus"),
        ("Phenotyping specialist vollegrond", "landbouwtechnicus"),
        ("Zaadoogstmedewerker", "tuinbouwmedewerker"),
        ("Kasbeheerder", "voorman tuinbouw"),
        ("Medewerker flowkast (parttime)", "botanisch laborant"),
        ("Snijder weefselkweek – Naaldwijk", "botanisch laborant"),
        ("Analist genotypering", "biologisch laborant"),
        ("Analist fytopathologie (32 uur)", "biologisch laborant"),
        ("Seed health analyst", "biologisch laborant"),
        ("Seed technologist", "landbouwwetenschapper"),
        ("Optiehandelaar", "effectenhandelaar"),
        ("Junior options trader – Amsterdam", "effectenhandelaar"),
        ("Execution trader", "effectenhandelaar"),
        ("Geldmarkthandelaar", "financieel trader"),
        ("Trading assistent", "backofficemedewerker financiële markten"),
        ("Power trader intraday", "trader energie"),
        ("Gas trader", "trader energie"),
        ("Freight trader natte bulk", "scheepsmakelaar"),
        ("Risk controller", "beheerder financieel risico"),
        ("Model validator", "beheerder financieel risico"),
        ("Credit officer", "analist kredieten en risico's"),
        ("Medewerker settlement", "backofficemedewerker financiële markten"),
        ("Trade support analyst", "backofficemedewerker financiële markten"),
        ("Reconciliatiemedewerker", "backofficemedewerker financiële markten"),
        ("Quant researcher", "financieel analist"),
        ("Head of trading", "directeur beleggingsonderneming"),
    ),
)
def test_plant_breeding_and_seed_companies_and_trading_firms(tax, title, expected):
    # the forty-seventh round's vocabulary, read otherwise on ba03fc8
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Galeriemedewerker (weekend)", "verkoopmedewerker"),
        ("Galerieassistente", "verkoopmedewerker"),
        ("Galeriemanager", "verantwoordelijke kunstgalerij"),
        ("Art consultant", "accountmanager"),
        ("Medewerker veilinghuis", "veilingmeester"),
        ("Cataloguer Design & Interiors", "taxateur roerende goederen"),
        ("Bedrijfsleider veilinghuis", "veilinghuisdirecteur"),
        ("Opkoper antiek", "inkoper"),
        ("Picture framer", "lijstenmaker"),
        ("Vergulder (m/v)", "restaurator kunstvoorwerpen"),
        ("Klokkenrestaurateur", "horloge- en klokkenreparateur"),
        ("Provenance researcher", "historicus"),
        ("Exhibition technician", "art handler"),
        ("Kunstverhuizer", "art handler"),
        ("Minikraanmachinist", "graafmachinist"),
        ("Taxikraanmachinist", "machinist mobiele kraan"),
        ("Kraanmachinist TCVT (m/v)", "machinist mobiele kraan"),
        ("Kraanmachinist overslagkraan", "kraandrijver haven"),
        ("Hoogwerkerbediener", "machinist mobiele kraan"),
        ("Hijsbegeleider", "takelaar"),
        ("Hijsleider offshore", "rigging supervisor"),
        ("Transportbegeleider (zzp)", "verkeersbrigadier"),
        ("Begeleider exceptioneel transport", "verkeersbrigadier"),
        ("Transportbegeleider exceptioneel transport", "verkeersbrigadier"),
        ("Monteur hoogwerkers", "monteur bouwmachines"),
        ("Kraankeurmeester", "monteur kranen"),
        ("Crane planner", "dispatcher goederenvervoer"),
        ("Hijsplanner", "technisch tekenaar mechanica"),
    ),
)
def test_the_art_trade_and_cranes_heavy_lifting_and_special_transport(tax, title, expected):
    # the forty-seventh round's vocabulary, read otherwise on ba03fc8
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Machinist cruiseschip", "werktuigkundige scheepvaart"),
        ("Scheepssteward", "steward passagiersschip"),
        ("Cruise director", "entertainmentmanager"),
        ("Gids rondvaartboot", "toeristengids"),
        ("Baliemedewerker veerdienst", "ticketverkoper"),
        ("Nautisch superintendent", "scheepsinspecteur"),
        ("Veldwerker milieu (m/v)", "technicus bodemonderzoek"),
        ("Medewerker veldwerk milieu", "technicus bodemonderzoek"),
        ("Medewerker vondstverwerking", "collectiebeheerder"),
        ("Veldmedewerker flora en fauna", "ecoloog"),
        ("Ecologisch medewerker", "ecoloog"),
        ("Ecologisch onderzoeker", "ecoloog"),
        ("Adviseur natuurwetgeving", "ecoloog"),
        ("Analist milieulab", "technicus-chemicus"),
        ("GIS-analist", "specialist geografische informatiesystemen"),
        ("Medewerker geofysisch onderzoek", "technicus-geoloog"),
        ("Adviseur externe veiligheid", "veiligheidskundige"),
        ("Deskundige NGE", "explosievenruimer"),
    ),
)
def test_river_cruises_and_ferries_and_environmental_and_ecological_consultancies(
    tax, title, expected
):
    # the forty-seventh round's vocabulary, read otherwise on ba03fc8
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Steel erector", "monteur staalconstructies"),
        ("Monteur hallenbouw", "monteur staalconstructies"),
        ("Kassenbouwmedewerker", "monteur staalconstructies"),
        ("Greenhouse builder", "monteur staalconstructies"),
        ("Schermmonteur glastuinbouw", "monteur staalconstructies"),
        ("Samenbouwer", "ketelbouwer metaal"),
        ("Monteur geveltechniek", "houtskeletbouwer"),
        ("Monteur gevelbekleding", "houtskeletbouwer"),
        ("Facade engineer", "bouwkundig ingenieur"),
        ("Modelleur staalbouw", "CAD-tekenaar"),
        ("Conserveerder staalconstructies", "oppervlaktebehandelaar"),
        ("Bedrijfsleider staalbouw", "productieleider"),
        ("Monteur assimilatiebelichting", "monteur elektrische installaties"),
        ("Golfbaanmedewerker", "medewerker groenvoorziening/medewerkster groenvoorziening"),
        ("Golf course superintendent", "medewerker groenvoorziening/medewerkster groenvoorziening"),
        ("Medewerker sportvelden", "medewerker groenvoorziening/medewerkster groenvoorziening"),
        ("Belijner", "wegmarkeerder"),
        ("Belijner sportvelden", "medewerker groenvoorziening/medewerkster groenvoorziening"),
        ("Kunstgrasmonteur", "vakman grond-, weg- en waterbouw"),
        ("Kunstgraslegger", "tapijtlegger"),
        ("Machinist cultuurtechniek", "landbouwmachinist"),
        ("Spuiter onkruidbestrijding", "medewerker onkruidbestrijding"),
        ("Golfbaanarchitect", "landschapsontwerper"),
        ("Caddymaster", "medewerker recreatieactiviteiten"),
        ("Medewerker driving range", "medewerker recreatieactiviteiten"),
        ("Medewerker proshop", "verkoopspecialist sport- en kampeerartikelen"),
        ("Head pro", "golfcoach"),
    ),
)
def test_greenhouse_hall_and_steel_building_and_golf_courses_and_sports_fields(
    tax, title, expected
):
    # the forty-seventh round's vocabulary, read otherwise on ba03fc8
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Eventmanager galerie", "eventmanager"),
        ("Logistiek medewerker veilinghuis", "magazijnmedewerker"),
        ("Claims settlement officer", "assistent-acceptant verzekeringen"),
    ),
)
def test_the_words_of_this_rounds_keys_read_no_other_work(tax, title, expected):
    # guards: a field after an event manager or a logistics worker names where they work,
    # not another job; a claims settlement officer handles insurance claims (the bare
    # "medewerker settlement" is a [kaal] title)
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Chauffeur hoogwerkers", "vrachtwagenchauffeur"),
        ("Breeder pluimvee", "pluimveehouder"),
        ("Breeder varkens", "varkenshouder"),
        ("Pig breeder", "varkenshouder"),
        ("Breeder honden", "hondenfokker"),
        ("Breeder paarden", "paardenfokker"),
        ("Medewerker veredeling drukwerk", "offsetdrukker"),
        ("Veredelingsmedewerker textiel", "textieltechnoloog"),
        ("Samenbouwer hout", "assemblagemedewerker hout"),
        ("Samenbouwer plaatwerk", "metaalplaatwerker"),
        (
            "Medewerker ecologisch groenbeheer",
            "medewerker groenvoorziening/medewerkster groenvoorziening",
        ),
        ("Kasbeheerder supermarkt", "supermarktmanager"),
        ("Service engineer kassenbouw", "monteur industriële machines"),
        ("Head pro tennis", "tennisleraar"),
    ),
)
def test_a_field_after_this_rounds_keys_names_its_own_work(tax, title, expected):
    # reviews A-E of the forty-seventh round: a truck driver delivers aerial platforms;
    # poultry, pig, dog and horse breeders keep animals; "veredeling" of textiles is finishing;
    # an assembler of wood or sheet metal, an ecological green-space worker, a supermarket's
    # cash keeper and a greenhouse builder's service engineer keep their readings (bare titles
    # or guards)
    assert best(tax, title) == expected


@pytest.mark.parametrize(
    ("title", "unwanted"),
    [
        ("Zager", "zanger"),
        ("Medewerker ProRail", "publicrelationsmedewerker"),
        ("Transportbegeleider leerlingenvervoer", "verkeersbrigadier"),
        ("Wegbelijner", "medewerker groenvoorziening/medewerkster groenvoorziening"),
    ],
)
def test_this_rounds_words_make_no_other_title_a_singer_or_a_traffic_controller(
    tax, title, unwanted
):
    # reviews of the forty-seventh round: no key makes "zager" a known word for the speller
    # (a sawyer is no singer), "headpro" is keyed as one word so that "pro" reads no
    # "ProRail", a bare escort of an exceptional transport is a [kaal] title, and a bare
    # line marker marks roads first
    shown = top3(tax, title)
    assert not shown or shown[0] != unwanted


@pytest.mark.parametrize(
    ("title", "expected"),
    cases(
        ("Kraanmachinist telekraan", "machinist mobiele kraan"),
        ("Kraanmachinist AT-kraan (m/v)", "machinist mobiele kraan"),
        ("Autolaadkraanmachinist", "machinist mobiele kraan"),
        ("Planner hoogwerkers", "dispatcher goederenvervoer"),
        ("Operationeel medewerker NGE", "explosievenruimer"),
        ("Breeder schapen", "schapenfokker"),
        ("Breeder katten", "verantwoordelijke kennel"),
        ("Associate breeder", "landbouwwetenschapper"),
        ("Head pro tennisclub", "tennisleraar"),
    ),
)
def test_a_mobile_cranes_kind_and_the_last_fixes_of_the_round(tax, title, expected):
    # review F of the forty-seventh round: a telescopic, all-terrain or truck loading crane is a
    # mobile crane ([woorden]); a platform rental's planner, an ordnance clearer, sheep and cat
    # breeders and a tennis club's head pro read their own work
    assert best(tax, title) == expected
