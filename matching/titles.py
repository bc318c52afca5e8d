"""Title resolution: a real Dutch vacancy title (and its description) to ESCO occupations.

Employers do not write ESCO labels. They write ``"Logistiek Medewerker(ster) – Dagdienst
(Fulltime/Parttime) – Twente"``, ``"Reachtruckchauffeur | Vianen, Utrecht"``, ``"Chauffeur C
Kraakperswagen"`` or ``"Ga aan de slag als Tankstation Medewerker in Nagele"``. The
:class:`TitleResolver` turns such a title into the occupations it names, best first
(``matching/README.md``, *Title resolution*, describes each step and its scores):

1. the whole title, decorations removed, when it is a known title as it stands (ESCO labels
   contain commas, brackets and elisions themselves);
2. otherwise segments (cut at ``|``, dashes, commas, brackets, ``/``; elisions undone), each
   cleaned of what is not the job: gender markers, hours, salary, calls to action, the noise
   phrases of the variant list, company names, place names, tails after "bij"/"met"/…, and
   driving-licence letters (kept aside: they tell which driver is meant);
3. look-up of a phrase: reviewed corrections; for a title that is one job noun of several senses
   and nothing more, the list's bare-title entry (``[kaal]``: "Planner", "Directeur"; never the
   run of a longer title); the Dutch variant list (``title_variants.txt``); ESCO's preferred,
   alternative and hidden labels — insensitive to word order, compounds, a linking *s* and
   gender forms; with English words and abbreviations rewritten; without seniority words; by the
   compound parts of all its words in any order ("mobiele kraanmachinist" is "machinist mobiele
   kraan"); with a job noun the list relates to it both ways (``[verwant]``: "leraar" for
   "docent"); spelling-corrected (only credible typos: not a word ESCO's descriptions use, not a
   compound of known words, same first letter); a phrase with no job noun ("Horeca",
   "Oproepkracht productie" once the contract word is gone) is read as the field's worker,
   "medewerker horeca" (method ``field``);
4. word runs that are known titles; the phrase's job noun, with the occupations it names (and
   those named with a related job noun, ``[verwant]``) ranked by how the other words match their
   labels (compound parts, stems, prefixes, IDF; words for how the work is done,
   ``[activiteiten]``, weigh little); a rare left-over word picks the more specific occupation
   when it agrees with the rest of the title (not when its label says the same noun with another
   word before it: another specialism), and a left-over word (or school level) that is part of
   one sense's name puts that sense first ("bedrijfsleider restaurant", "docent techniek vmbo");
   a one-word run reads the title's driving licence ("chauffeur" + B is a van driver); after a
   noun for the one who does the work ("medewerker", "vakman"), a trade's work names its worker
   ("metselwerk" -> metselaar, "debiteurenbeheer" -> debiteurenbeheerder, "handhaving" ->
   handhaver);
5. character n-grams (a hit's label must have a word the title's could be a misspelling
   of), a bag of rare words, and the description alone as last resorts.

A short list for a person (``resolve(…, fill=True)``) is completed with the job noun's next
readings, scored clearly below the others.

The description also breaks ties when the title is ambiguous. Generic one-word ESCO labels
(``"medewerker"`` as a label of *technicus drankenfiltering*) never count, and among equal
candidates the broader ESCO occupation comes first.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.distance import DamerauLevenshtein

from matching.spelling import phonetic
from matching.text import (
    _ADJECTIVES,
    DUTCH_STOPWORDS,
    clean_title,
    fold,
    label_keys,
    masculine,
    remove_decorations,
    stem,
    tokens,
)

if TYPE_CHECKING:  # pragma: no cover
    from matching.taxonomy import Taxonomy

__all__ = ["VARIANTS_FILE", "TitleResolver", "VariantTable", "load_variants"]

VARIANTS_FILE = Path(__file__).with_name("title_variants.txt")

# confidences of the steps (a hit's label kind or variant rank multiplies these)
_CORRECTION = 1.0
_VARIANT_RANKS = (0.97, 0.86, 0.78, 0.72)
_VARIANT_UNSURE = 0.9  # first sense of an entry that lists other senses too
_KIND = {"preferred": 1.0, "alt": 0.98, "hidden": 0.95}
_STRIPPED = 0.97  # after dropping adjectives / noise words
_SPELLING = 0.93
_RUN = 0.88
_HEAD = 0.74
_FUZZY = 0.9
_BAG = 0.7
_BAG_COMMON = 1500
_SPECIFIC_IDF = 7.0  # a left-over word this rare (in at most ~8 occupations) is specific
_DESCRIPTION_ONLY = 0.45
_DESCRIPTION_BONUS = 0.2  # for the candidate the description fits best, others by how much
# better they fit than the worst candidate or the best less _DESCRIPTION_SPREAD (the lower)
_DESCRIPTION_MIN = 0.05  # cosine below this says nothing
_DESCRIPTION_SPREAD = 0.05
_DESCRIPTION_STRONG = 0.2  # another reading of the job noun the description fits this well,
# and twice as well as any candidate, speaks for its ISCO group
_SEGMENT_DECAY = 0.05
_BRACKET = 0.9
_FIELD = 0.95  # a field without a job noun read as its worker ("Horeca" = "medewerker horeca")
KNOWN_METHODS = frozenset({"correction", "variant", "exact"})  # a title known as it stands
_AMBIGUOUS = 0.03
_GENERIC_DF = 25  # a one-word label whose word occurs in this many occupations is generic
_FUZZY_MIN = 0.80  # fuzzy hits below this (× _FUZZY) lose to the word-bag step
_FUZZY_HEAD = 0.92  # ... and below this to what a known job noun means on its own
_FUZZY_KEY = 75  # a fuzzy hit's label must have a word this like one of the title's own
_FUZZY_INSIDE = 88  # ... or a word this like a part of a longer title word
_ACTIVITY_WEIGHT = 0.25  # weight of a word for how the work is done ("storing", "onderhoud")
_COVERAGE = 0.15  # head step: weight of the share of a label's words the title also has
_RELATED = 0.95  # a label or list entry with a related job noun ([verwant]) instead of the title's
_SCHOOL_LEVELS = frozenset(
    ("basisonderwijs", "voortgezet onderwijs", "beroepsonderwijs", "hoger onderwijs")
)  # what the variant list makes of "po", "vmbo", "havo", "mbo", "hbo" …
_AGENCY_WORDS = frozenset({"uitzendbureau", "uitzendorganisatie", "uitzendbureaus"})
# a dealer of cars, trucks, bikes or machines beside a job is its employer ("Automonteur
# Toyota-dealer", "Verkoopadviseur dealerbedrijf", "Aftersales manager motordealer"); a dealer
# alone deals cards in a casino
_DEALERS = frozenset({"dealer", "dealers", "dealerbedrijf", "dealerbedrijven", "dealership"})
_GAMES = ("casino", "poker", "blackjack", "roulette", "kaart", "live", "tafel", "card")


def _dealer(word: str) -> bool:
    """A dealer (``_DEALERS``), also of the goods a compound names ("autodealer",
    "motordealer", "fietsdealerbedrijf"), not of a casino's games ("pokerdealer")."""
    return word in _DEALERS or any(
        word.endswith(d) and len(word) - len(d) >= 3 and not word.startswith(_GAMES)
        for d in _DEALERS
        if d != "dealership"
    )


# job nouns of people who work at an agency itself ("Vestigingsmanager uitzendbureau")
_AT_AGENCY = frozenset(
    "manager directeur eigenaar leider teamleider franchisenemer stagiair werkstudent"
    " intercedent recruiter consultant".split()
)
_TEACHERS = frozenset({"docent", "leraar", "leerkracht", "vakdocent", "onderwijsgevende"})
# a teacher of a trade ([vakdocenten]): not "leerkracht", which teaches at a school
_TRADE_TEACHERS = (_TEACHERS - {"leerkracht"}) | {"praktijkdocent", "praktijkinstructeur"}
_VOCATIONAL = "vakdocent beroepsonderwijs"  # ESCO's plain vocational teacher
_VOCATIONAL_LEVEL = "beroepsonderwijs"  # what the list makes of "mbo"
_VOCATIONAL_GROUP = "2320"  # ESCO's vocational teachers' ISCO unit group
_TRADE_READ = frozenset(
    {"correction", "variant", "exact", "run", "field", "head"}
)  # a trade named clearly
_TEACHER_LIFT = 0.025  # the trade's teachers above its own readings, priors notwithstanding
# ISCO major groups 3-9: technicians, clerks, service, sales and farm workers, craftsmen,
# machine operators and elementary work
_TRADE_MAJORS = frozenset("3456789")
# ESCO's teachers named only by the school, which a trade's teacher comes before
_SCHOOL_TEACHERS = frozenset(
    {
        _VOCATIONAL,
        "leerkracht voortgezet onderwijs",
        "leraar basisonderwijs",
        "docent hoger onderwijs",
    }
)
# instruments and singing, whose teacher is a music teacher ("Docent piano", "Zangdocent")
_INSTRUMENTS = frozenset(
    "piano viool altviool cello contrabas gitaar basgitaar drum drums slagwerk zang fluit"
    " dwarsfluit blokfluit saxofoon klarinet trompet trombone hoorn hobo fagot harp accordeon"
    " keyboard orgel ukelele houtblazers koperblazers blaasinstrumenten strijkinstrumenten"
    " mandoline banjo tuba percussie bugel euphonium".split()
)
_MUSIC_TEACHER = "muziekleraar"
_ARTS_TEACHER_NOUNS = frozenset({"docent", "leraar"})  # not a school's "leerkracht", "vakdocent"
# an art taught outside schools, by ESCO's teacher of it: an instrument or singing by the music
# teacher, a dance, acting or a visual art by its own ("Balletdocent", "Toneeldocent")
_ARTS_TEACHERS = {
    **dict.fromkeys(_INSTRUMENTS, _MUSIC_TEACHER),
    **dict.fromkeys(
        "dans ballet streetdance hiphop jazzdance breakdance tapdans salsa".split(), "leraar dans"
    ),
    **dict.fromkeys("drama theater toneel musical".split(), "leraar drama"),
    **dict.fromkeys(
        "tekenen teken schilderkunst beeldhouwen keramiek boetseren".split(),
        "leraar beeldende kunsten",
    ),
}
# sports ESCO has no coach or instructor of its own for: their coach is ESCO's sportcoach or
# sportinstructeur ("Hockeytrainer", "Docent zeilen", "Judoleraar"); as a word of its own
_SPORTS = frozenset(
    "hockey korfbal volleybal beachvolleybal basketbal handbal honkbal softbal rugby cricket"
    " waterpolo lacrosse floorball ijshockey judo karate taekwondo jiujitsu kickboksen boksen"
    " worstelen schermen turnen atletiek hardlopen roeien zeilen surfen kitesurfen windsurfen"
    " suppen kanoen duiken klimmen boulderen wielrennen mountainbiken triatlon badminton"
    " tafeltennis squash padel surf kitesurf windsurf trampoline".split()
)
# and as the first part of its coach's compound ("Roeicoach", "Turntrainer"): words that
# alone name other things ("turn", "scherm", "zeil"), and no "dart", the programming language
_SPORT_STEMS = _SPORTS | frozenset(
    "kickboks boks worstel scherm turn hardloop roei zeil sup kano duik klim boulder wielren"
    " mountainbike trampoline".split()
)
# a sport's coach word and the sport occupations it names, first the one it names most
_SPORT_COACHES = {
    **dict.fromkeys(("coach", "trainer", "trainster"), ("sportcoach", "sportinstructeur")),
    **dict.fromkeys(
        ("instructeur", "instructor", "instructrice", "leraar", "lerares", "docent"),
        ("sportinstructeur", "sportcoach"),
    ),
}
# ESCO's teacher of a subject at a school ("leerkracht moderne talen voortgezet onderwijs")
_SUBJECT_TEACHER = re.compile(
    r"(?:leerkracht|leraar|docent|vakdocent) (.+) (" + "|".join(sorted(_SCHOOL_LEVELS)) + ")"
)
_OWN_LABEL = 0.012  # a title that names an occupation's own label: that one first of equals
_FILLER_GAP = 0.06  # a short list's fillers score at least this far below the last candidate


# --------------------------------------------------------------------------- variant list


@dataclass
class VariantTable:
    """The reviewed Dutch variant list (``title_variants.txt``), parsed.

    ``occupations``: title phrase -> ranked groups of ESCO preferred labels;
    ``bare``: the same, for a title (or a part of it between separators) that is the phrase
    and nothing more: "Planner" is a transport planner, while in "Planner operatiekamer" the
    other words decide as they do without the entry;
    ``words``: word or phrase -> replacement (English, abbreviations, spelling);
    ``noise``: phrases that are never the job (shifts, contract, perks, agency phrases);
    ``places``: provinces and regions (the towns come from the postcode table);
    ``generic``: job nouns too general to name an occupation on their own;
    ``activities``: words for how the work is done (fault repair, maintenance, service), not
    what it is done on: they weigh little when a title's words are compared with labels;
    ``related``: job noun -> job nouns that name the same kind of role in other occupations'
    labels ("coördinator" -> "manager", "hoofd" …), tried with a lower score;
    ``kinds``: job words for a kind of work ESCO divides by what it is done on or in
    ("verkoopmedewerker", "productiemedewerker"): a field beside them names the occupation;
    ``kinds_as``: a kind written as another kind's word: its field's occupation is found as
    that kind's, among the labels with that kind's word only ("accountmanager" ->
    "vertegenwoordiger": "Accountmanager landbouwmachines" is ESCO's vertegenwoordiger
    landbouwmachines en -uitrusting, no other occupation of its group);
    ``goods``: what a shop, trade or employer word says it sells, works on or works in, as
    ESCO names it, read only as that field ("witgoed" -> huishoudapparaten; a "monteur witgoed"
    stays as he is; "gemeente" -> openbaar bestuur beside the administrative worker);
    ``times``: when or on what contract the work is done, as the first part of a generic doer
    ("nachtdienst|medewerker", "weekend|kracht" is a "medewerker"); not the other noise words,
    which may be the job's subject ("salaris|medewerker", "opleidings|kracht");
    ``teaching``: ISCO group (or its first digits) of a trade -> ESCO's preferred label of the
    vocational teacher of that trade's field ("5141" -> "vakdocent kapper beroepsonderwijs"):
    "Docent hovenier" teaches gardening at a vocational school.
    """

    occupations: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    bare: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    words: dict[str, str] = field(default_factory=dict)
    noise: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    generic: set[str] = field(default_factory=set)
    activities: set[str] = field(default_factory=set)
    related: dict[str, tuple[str, ...]] = field(default_factory=dict)
    kinds: set[str] = field(default_factory=set)
    kinds_as: dict[str, str] = field(default_factory=dict)
    goods: dict[str, str] = field(default_factory=dict)
    times: set[str] = field(default_factory=set)
    teaching: dict[str, str] = field(default_factory=dict)
    reasons: dict[tuple[str, str], str] = field(default_factory=dict)


_SECTIONS = {
    "beroepen": "occupations",
    "kaal": "bare",
    "woorden": "words",
    "ruis": "noise",
    "plaatsen": "places",
    "algemeen": "generic",
    "activiteiten": "activities",
    "verwant": "related",
    "soorten": "kinds",
    "waren": "goods",
    "tijden": "times",
    "vakdocenten": "teaching",
}


def norm_phrase(text: str) -> str:
    """Folded, gender-unified words of ``text`` joined by one space (variant-list key)."""
    return " ".join(masculine(w) for w in tokens(fold(text)))


def parse_variants(text: str, source: str = "title_variants.txt") -> VariantTable:
    """Parse the variant-list format (see the head of ``title_variants.txt``).

    Raises ``ValueError`` naming the line for an entry without a reason, in no section, or
    with a key (after folding accents and gender forms) that is already there, and naming
    the key of a bare title that is also a title entry.
    """
    table = VariantTable()
    section = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = _SECTIONS.get(line[1:-1].strip())
            if section is None:
                raise ValueError(f"{source}:{number}: onbekende sectie {line}")
            continue
        entry, _, reason = line.partition("#")
        entry, reason = entry.strip(), reason.strip()
        if section is None or not entry or not reason:
            raise ValueError(f"{source}:{number}: regel zonder sectie of zonder reden: {line!r}")
        key_text, _, value = entry.partition("=")
        key = norm_phrase(key_text)
        if not key:
            raise ValueError(f"{source}:{number}: lege sleutel: {line!r}")
        if (section, key) in table.reasons:  # a second entry would silently replace the first
            raise ValueError(f"{source}:{number}: sleutel staat er al: {line!r}")
        if section in ("occupations", "bare"):
            groups = tuple(
                tuple(label.strip() for label in group.split("|") if label.strip())
                for group in value.split(";")
            )
            groups = tuple(g for g in groups if g)
            if not groups:
                raise ValueError(f"{source}:{number}: beroep zonder ESCO-label: {line!r}")
            getattr(table, section)[key] = groups
        elif section == "related":
            nouns = tuple(norm_phrase(n) for n in value.split("|") if norm_phrase(n))
            if not nouns:
                raise ValueError(f"{source}:{number}: functie zonder verwante functies: {line!r}")
            table.related[key] = nouns
        elif section == "teaching":
            label = value.strip()
            if not key.isdigit() or len(key) > 4 or not label:
                raise ValueError(
                    f"{source}:{number}: geen ISCO-groep met een ESCO-beroep: {line!r}"
                )
            table.teaching[key] = label
        elif section in ("words", "goods"):
            replacement = norm_phrase(value)
            if not replacement:
                raise ValueError(f"{source}:{number}: woord zonder vervanging: {line!r}")
            getattr(table, section)[key] = replacement
        else:
            getattr(table, section).add(key)
            kind = norm_phrase(value)  # "accountmanager = vertegenwoordiger"
            if section == "kinds" and kind:
                table.kinds_as[key] = kind
        table.reasons[(section, key)] = reason
    both = sorted(table.bare.keys() & table.occupations.keys())  # one would hide the other
    if both:
        raise ValueError(
            f"{source}: {', '.join(both)} staat zowel onder [kaal] als onder [beroepen]"
        )
    return table


@lru_cache(maxsize=4)
def load_variants(path: str | None = None) -> VariantTable:
    """The variant list shipped with the engine (or another file in the same format)."""
    target = Path(path) if path else VARIANTS_FILE
    return parse_variants(target.read_text(encoding="utf-8"), target.name)


# --------------------------------------------------------------------------- helpers

_DASHES = re.compile(r"[\u2010-\u2015\u2212|•·]")
_SALARY = re.compile(
    r"(?:\b(?:tot|vanaf|max(?:imaal)?|min(?:imaal)?|ca|circa)\.?\s*|±\s*)?"  # "tot € 18,50"
    r"(?:€|\beur\b|\beuro\b)\s*[\d.,]+(?:\s*[-–]\s*€?\s*[\d.,]+)?",
    re.IGNORECASE,
)
# the pay scale of a public employer: "schaal 9", "max. schaal 10", "salarisschaal 8-10"
_PAY_SCALE = re.compile(
    r"\b(?:(?:max(?:imaal)?|min(?:imaal)?|tot)\.?\s*)?(?:salaris|functie)?schaal\s*\d{1,2}"
    r"(?:\s*[-–/]\s*\d{1,2})?\b",
    re.IGNORECASE,
)
_CAPS = re.compile(r"\b[A-Z][A-Z0-9&]{2,}\b")
_CAMEL = re.compile(r"\b[a-zA-Z]*[a-z][A-Z][a-zA-Z]*\b")
_AMPERSAND = re.compile(r"\s*&\s*")
# letter abbreviations joined by "&" ("P&O", "W&I", "F&B"): read through the word list
_LETTERS_AND = re.compile(r"(?<![\w&])([A-Za-z]{1,2})\s?&\s?([A-Za-z]{1,2})(?![\w&])")
_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z])(?=[A-Z])")
# where a company's name was dropped (marked "\x01"), one space: inside a segment the words
# around it stay one phrase ("SAP FICO consultant" = "SAP consultant"); two spaces would cut it
_DROPPED = re.compile(r" ?\x01 ?")
_ELISION = re.compile(r"\b([a-z]{2,})-\s*(en|of|&|/)\s*([a-z]{4,})")
# "medewerk(st)er", "medewerker(ster)", "verkoper/verkoopster" written as one word
_GENDER_SUFFIX = re.compile(r"\b([a-z]{3,})\s?\((?:st|ster|e|s|in|sters|ers)\)(er)?(?![a-z])")
_BRACKETS = re.compile(r"[\(\[\{]([^\)\]\}]*)[\)\]\}]?")
# segments; a question or exclamation mark ends a sentence of the ad ("Word jij onze nieuwe
# kapper? Salon X zoekt jou!": the call "… zoekt" is in the second one only)
_SEPARATORS = re.compile(r"\s*[|,;:+]\s*|\s+-\s*|-\s+|\s*/\s*|\s{2,}|[?!]+\s+")
_CALLS = re.compile(
    r"^(?:.*?\b(?:zoekt|zoeken|zoek)\b\s*(?:een|naar|een\s+nieuwe|nieuwe)?\s*|"
    r"(?:ga|kom|start)?\s*(?:aan\s+de\s+slag|werken|werk|solliciteer|begin)\s+als\s+(?:een\s+)?|"
    r"(?:aan\s+de\s+slag|werken|werk)\s+(?:in|op)\s+(?:(?:de|het|een|ons|onze)\s+)?|"
    r"(?:word|wordt|ben|bent|jij|als|een|onze|nieuwe|de|het|wij|we|hoi|hey|ook)\s+)+"
)
# the level asked ("niveau 3", "mbo niveau 2"), not the job; the school type stays ("docent mbo
# 4" teaches at one; a bare "mbo" is read as before: "Directeur MBO")
_LEVEL = re.compile(r"\bniveau\s+\d\b")
# the school level asked ("MBO 3", "hbo-niveau 4"): no part of the job, except where a teacher
# teaches ("Docent MBO 4" teaches at a vocational school)
_SCHOOL_LEVEL = re.compile(r"\b(?:mbo|hbo|wo)\s*(?:niveau\s*)?\d\b")
_TEACHING = re.compile(r"docent|leraar|lerares|leerkracht|instructeur|opleider|onderwijs|school")
# an agency the vacancy runs through ("via Tempo-Team", "via uitzendbureau"), after the job: to
# the end of the segment ("Via Randstad heftruckchauffeur" keeps its job)
_VIA = re.compile(r"(?<=\S)\s+via\b.*$")
_EMPLOYERS = frozenset({"gemeente", "provincie"})  # before a place, the one who hires
_BEFORE_PLACE = frozenset({"in", "te", "regio"}) | _EMPLOYERS
# a part of the town just named: "Almere Buiten", "Groningen-Stad", "Eindhoven Airport", and its
# central station ("Amsterdam Centraal")
_DISTRICT = frozenset({"buiten", "haven", "stad", "poort", "dorp", "airport", "centraal"})
# "Capelle a/d IJssel", "Alphen a.d. Rijn": "aan de(n)" abbreviated (the slash would split)
_AAN_DE = re.compile(r"(?<![\w/])a\s?/\s?d\.?(?![\w/])|(?<!\w)a\.\s?d\.(?!\w)", re.IGNORECASE)
_TAIL_WORDS = ("bij", "te", "in", "met", "voor", "richting", "incl", "inclusief", "via", "op")
_OUR = frozenset({"ons", "onze", "de", "het", "een", "jouw", "mijn"})
_SHOWN = 3  # candidates a person sees first
_LICENCES = frozenset(
    "b be c ce c1 c1e d de d1 d1e t code95 rijbewijs rijbewijzen cbr lzv bakwagen".split()
)
_LICENCE_KEYS = frozenset("b be c ce c1 c1e d de d1 d1e".split())
# licence DE as written in a title ("Chauffeur DE", "D+E"); a lower-case "de" is the article
_DE_LICENCE = re.compile(r"(?<![A-Za-z])D\s?[/+-]?\s?E(?![A-Za-z])")
_SENIORITY = _ADJECTIVES
_ORDINALS = frozenset({"1e", "2e", "eerste", "tweede"})
_CLEAR = frozenset({"correction", "variant", "exact", "run"})
_WEAK = frozenset({"head", "default", "fuzzy", "bag", "description", "filler", "field"})
_NO_DOER = frozenset({"vloer"})  # "Vloermedewerker": the floor of a shop, no "vloerder"
_SHORT_R_END = re.compile(r"(?<=[^aeiou])([aeou])r$")
_WORK_TAIL = re.compile(r"werk(?:en|zaamheden)?$")  # "metselwerk": the work of a metselaar
# a shop is known by what it sells: its seller is ESCO's "verkoopspecialist" of the goods
_SHOPS = ("speciaalzaak", "winkels", "winkel", "zaak")  # longest first
_SELLERS = frozenset({"medewerker", "verkoper", "verkoopmedewerker", "winkelmedewerker"})
# the list's kinds of work that sell (the sellers less the bare "medewerker"): a shop is their
# own workplace, no second kind
_SELLING_KINDS = _SELLERS - {"medewerker"} | {"verkoopadviseur"}
_COMPANIES = ("bedrijven", "bedrijf", "fabrieken", "fabriek", "werkplaats", "industrie")
# a company run by a director ("Directeur bouwbedrijf"), and the words of its owner
_FIRMS = ("bedrijven", "bedrijf")
_DIRECTOR = "directeur"
_OWNER = "eigenaar"  # "Directeur-eigenaar installatiebedrijf"
_FACTORIES = ("fabrieken", "fabriek")  # their worker is a production worker
# where office or sales work is done, no field of it ("Verkoopmedewerker kantoor" sells no
# office supplies)
_OFFICES = frozenset({"kantoor", "kantoren", "binnendienst", "buitendienst"})
_PRODUCTION = "productiemedewerker"
# the work of a kind of worker (``[soorten]``) as a compound's tail: "polis|administratie" is
# the administration of policies, "vlees|productie" the production of meat
_WORKS_OF_KINDS = {
    "administratie": ("administratief", "medewerker"),
    "productie": (_PRODUCTION,),
}
# a worker of a technique ("medewerker koeltechniek") is its mechanic ("monteur koeltechniek")
_TECHNIQUE = "techniek"
_MECHANIC = "monteur"
# a kind of work and its doer ("parkeer|controle" is done by a "parkeer|controleur")
_DOERS_OF_WORKS = {
    "controle": "controleur",
    "inspectie": "inspecteur",
    "handhaving": "handhaver",
    "bezorging": "bezorger",
    "reiniging": "reiniger",
    "verkoop": "verkoper",
    "inkoop": "inkoper",
    "planning": "planner",
    "werving": "werver",
    "begeleiding": "begeleider",
    "verzorging": "verzorger",
    "coordinatie": "coordinator",
    "redactie": "redacteur",
    "verwijdering": "verwijderaar",
    "bouw": "bouwer",
}
_WORKERS = frozenset({"medewerker", "vakman"})  # a worker named by the work beside it
_LINKS = ("s", "e", "en")  # linking elements between the parts of a compound
_NOISE_DOERS = ("medewerker", "kracht")  # "nachtdienst|medewerker", "weekend|kracht"
_EMPLOYER_LINKS = frozenset({"bij", "voor"})  # "Chauffeur bij Logistiekkracht"
# words that end a company's kind before its name ("Transportbedrijf Visser", "Garage Bakker",
# "Motorhuis Bakker", "Koeltechniek Smit", "Bakkerij Visser", "Fietsenwinkel Kuiper",
# "Tandartspraktijk Koster", "Ingenieursbureau Molenaar")
_KINDS_OF_FIRM = (
    *_COMPANIES,
    "garage", "restaurant", "hotel", "huis", "groep", "techniek", "erij", "winkel", "zaak",
    "praktijk", "centrum", "apotheek", "handel", "bureau", "kantoor", "school", "cafe",
    "kliniek", "salon", "studio", "onderneming",
)  # fmt: skip
# groups and a home that are no company ("Adviseur voor doelgroep Werkgevers", "… thuis")
_NO_FIRMS = ("doelgroep", "werkgroep", "stuurgroep", "leefgroep", "woongroep", "thuis")
# the particles of a Dutch surname ("De Boer", "Van der Wal", "Ter Horst"), and what a family
# firm's name adds after it ("Smit & Zn.", "Jansen en Zonen", "Mulder & Co")
_NAME_PARTICLES = frozenset({"de", "van", "der", "den", "ter", "ten", "het"})
_FAMILY_FIRM = frozenset({"en", "zn", "zoon", "zonen", "co"})
# the endings of a department's or a workplace's word, no surname ("Bezorging", "Pizzeria")
_DEPARTMENT_ENDINGS = ("ing", "erij", "afdeling", "eria")
# common Dutch surnames that are job nouns, in the singular as titles are read ("Kuipers",
# "Timmermans" and "Smits" become "kuiper", "timmerman", "smit")
_JOB_SURNAMES = frozenset(
    "bakker visser visscher smit smid boer kok schipper molenaar timmerman koster schilder "
    "kuiper brouwer kramer jager dekker mulder wever koopman snijder verver schoenmaker "
    "bouwman veerman tuinman wagenmaker metselaar slager stoker schutter ridder".split()
)
_LEADERS = frozenset(
    "manager hoofd directeur leidinggevende teamleider supervisor chef coordinator voorman leider "
    "leader opzichter".split()
)  # nouns for one who leads others' work ("bedrijfsleider" has "leider")
_MANAGERS = frozenset({"manager", "hoofd", "directeur", "bedrijfsleider", "filiaalleider"})
# what a first-line leader leads: a team, shift, department or site ("ploegleider",
# "locatieleider kinderopvang" is ESCO's begeleider-coördinator kinderopvang)
_LEAD_UNITS = frozenset("team ploeg shift afdeling locatie vestiging".split())
_UNLED = frozenset({"project", "reis", "groep"})  # "projectleider", "reisleider", "groepsleider"
# a building site's first-line leader: "Uitvoerder wegenbouw" leads the road works as ESCO's
# teamleider wegenwerken does (a bare "uitvoerder" stays ESCO's bouwopzichter), among ESCO's
# construction supervisors only ("Uitvoerder montage" is no factory's head of assembly)
_SITE_LEADERS = frozenset({"uitvoerder"})
_SITE_SUPERVISORS = "3123"
# who operates a mobile machine: "Grader operator" is ESCO's machinist grader (ISCO 834:
# mobile plant operators)
_OPERATORS = frozenset({"operator", "bediener", "machinist"})
# an animal a carer or therapist works with, the first part of a compound ESCO writes with
# "dieren" ("Hondenfysiotherapeut" is its dierenfysiotherapeut), or after "voor"
_ANIMALS = ("honden", "hond", "paarden", "paard", "katten", "kat", "huisdieren", "dieren")
# a farm's manager or "meewerkend" (working) manager keeps its animals as ESCO's keeper of them
_FARM_MANAGERS = frozenset({"bedrijfsleider", "manager"})
_FARM_TAILS = ("stal", "stallen", "bedrijf", "houderij")  # "zeugenstal", "vleeskuikenbedrijf"
_KEEPERS = ("houder", "fokker")  # ESCO's "zeugenhouder", "schapenfokker"
# a "bedrijfsleider" of a place is ESCO's manager of it among these ISCO groups: production
# and specialised services' managers, hospitality's, retail's and other services' (a camp
# site, a cinema, a sports centre); a shop's (retail and wholesale) is left to the shop step
_PLACE_MANAGERS = ("13", "14")
_SHOP_MANAGERS = "142"
# who does research at a university or an institute: "Postdoc evolutiebiologie" is ESCO's
# scientist of the discipline (``_DISCIPLINES``: "biologie" -> "bioloog")
_RESEARCHERS = frozenset({"onderzoeker", "postdoc", "promovendus", "researcher", "wetenschapper"})
# noise words for who may apply or a grade, never the subject of a job noun after them
_NEVER_SUBJECTS = frozenset(
    {"leerling", "student", "studenten", "vrijwilliger", "vrijwilligers", "scholier", "starter"}
    | {"level"}  # a grade ("NDT Level 2"): no "leveldesigner"
)
# who teaches a discipline at a university: ESCO's "lector" of it ("Hoogleraar sociologie" is
# its docent sociologie hoger onderwijs); "universitair (hoofd)docent" too
_PROFESSORS = frozenset({"hoogleraar", "lector"})
# ISCO groups of ESCO's scientists: physical, earth and life sciences, mathematics and
# statistics, economics, sociology and anthropology, philosophy and history, psychology,
# linguistics
_SCIENTISTS = ("211", "212", "213", "2631", "2632", "2633", "2634", "2643")
# a science by its ending, as the last part of a compound ("arbeidssociologie")
_SCIENCES = ("logie", "grafie", "nomie", "sofie", "chemie", "fysica", "matica")
_OWN_RESEARCHERS = ("wetenschappelijk onderzoeker", "onderzoeker")  # ESCO's own labels
# how Dutch names the scientist of a discipline by its ending
_DISCIPLINES = (
    ("logie", "loog"),
    ("grafie", "graaf"),
    ("nomie", "noom"),
    ("sofie", "soof"),
    ("chemie", "chemicus"),
    ("kunde", "kundige"),
    ("fysica", "fysicus"),
    ("matica", "maticus"),
)
# ISCO unit groups of first-line supervisors (mining, manufacturing, construction, office,
# cleaning and housekeeping, shop), where ESCO also calls them "hoofd" or "manager"
_SUPERVISORS = frozenset({"3121", "3122", "3123", "3341", "5151", "5222"})
_GENERIC_TAILS = frozenset(
    {"werk", "werken", "afdeling", "afdelingen", "centrum", "centra", "verwerking"}
)
# "sloopwerk" shares nothing with "netwerk", "kaasafdeling" nothing with "verhuurafdeling",
# "tuincentrum" nothing with "datacentrum", "dataverwerking" nothing with "afvalverwerking"
# endings that make a noun of the word before them ("veilig|heid", "vriend|schap")
_NOUN_SUFFIXES = frozenset({"heid", "heden", "schap", "schappen"})
# generic job nouns for the one who does the work ("medewerker metselwerk" is a metselaar; an
# "inspecteur laswerk" or "teamleider metselwerk" is not the welder or the bricklayer)
_DOERS = frozenset({"medewerker", "vakman", "vakkracht", "werker", "arbeider", "kracht", "hulp"})
# job nouns of a trade: "servicemonteur X" is the list's "monteur X" even where that names
# another occupation than "servicemonteur" does (``TitleResolver._without_activity``); not
# "engineer": the list's "engineer warmtenetten" designs the networks an "onderhoudsengineer
# warmtenetten" maintains (review E)
_TRADES = frozenset({"monteur", "technicus", "installateur", "mecanicien"})
# first parts that leave any job noun the same worker ("allroundmedewerker slagerij"); an
# "onderhoudsmedewerker" or "montagemedewerker" is a worker of another kind, and a
# "servicemedewerker zwembad" works at the till, not as the list's lifeguard (review D)
_ANY_WORKER = frozenset({"allround"})
# first parts that name a trade of their own: an "installatiemonteur elektrotechniek" installs
# buildings' electrics, not the list's "monteur elektrotechniek", a plant's maintenance man
_OWN_TRADE = frozenset({"installatie"})
_ASSEMBLERS = "82"  # ISCO group of assemblers: no reading of a service or repair noun
# the last part of a compound that names a field by its first part: "vleesverwerking",
# "tuincentrum", "tuinartikelen" name meat and gardens; "zonnebank", "golfenergie",
# "drukveer" do not name a field of "zonnepanelen", "golfbaan", "drukwerk"
_FIELD_TAILS = frozenset(
    "verwerking productie producten artikelen waren centrum winkel winkels zaak markt fabriek "
    "industrie bedrijf handel afdeling teelt bereiding".split()
)
# label job nouns of the plain production worker of a field (not a trade of its own)
_PLAIN_DOERS = frozenset(
    "medewerker productiemedewerker operator machineoperator bediener werknemer arbeider".split()
)
_FIELD_IDF = 4.0  # a field word this rare (in at most ~150 occupations) names a field
# above the run's own reading, also after the lifts for a title that names its label and for
# a broader occupation (``_title_hits``)
_FIELD_LIFT = 0.04
_FIELD_MANY = 2  # more occupations than this named by the field: none of them
_AGENT = re.compile(r"(?:er|eur|ist|ier|aar|ster|man|loog|kundige)$")  # Dutch person nouns
# plurals of Dutch person nouns (ending, singular ending, singular form): "timmerlieden",
# "vakmensen", "monteurs", "verpleegkundigen", "specialisten"
_PLURALS = (
    ("lieden", "man", re.compile(r"man$")),
    ("mensen", "man", re.compile(r"man$")),
    ("s", "", re.compile(r"(?:er|eur|ier)$")),
    ("n", "", re.compile(r"ige$")),
    ("en", "", re.compile(r"(?:ist|ent|ant)$")),
)
# the start of a segment, before a capitalised word ("ORDERPICKERS gezocht", "Zwolle | CHAUFFEURS")
_SEGMENT_START = re.compile(r"(?:^|[|,;:+/!?(\[])\s*$")
_BOSS = 0.85  # score factor of a principal's run right after another job-noun run
# those for whom others work: after a job noun they name the employer, not the job
_PRINCIPALS = frozenset(
    "burgemeester wethouder directeur directie bestuurder bestuur griffier notaris advocaat "
    "tandarts huisarts arts dierenarts apotheker rechter bakker slager groenteboer visboer "
    "kaasboer".split()
)
_LINK_WORDS = frozenset("en of van voor de het een in op met bij aan te".split())
# prepositions that begin compounds of unrelated meaning: no unit of meaning at the start of a
# word ("onder" of "onderwijs" and "onderhoud", "buiten" of "buitendienst" and "buitenschools")
_PREFIXES = frozenset("onder over door achter boven tussen binnen buiten tegen naar mede".split())


def _unranked(words: Iterable[str]) -> list[str]:
    """``words`` without the seniority and level words ("junior", "senior", "allround", …)."""
    return [w for w in words if not _SENIORITY.fullmatch(w)]


def _short_words(text: str) -> set[str]:
    """The two-letter words of a title ("PR", "UX", "HR"), which a fuzzy hit's label must have
    as written when the title has no other word to resemble it by: a misspelling of an
    abbreviation is no other one ("PR-adviseur" is no "EPA-adviseur")."""
    return {w for w in tokens(fold(text)) if len(w) == 2 and w.isalpha() and w not in _LINK_WORDS}


@dataclass(frozen=True)
class Phrase:
    """A candidate job phrase cut from a title: its words, weight and licence letters."""

    words: tuple[str, ...]
    weight: float
    licences: tuple[str, ...] = ()


@dataclass(slots=True)
class Hit:
    """A candidate occupation for a phrase: position, score, matched label, step."""

    occ: int
    score: float
    label: str
    method: str
    evidence: float = 0.0  # head step: IDF of the rarest left-over word matched as a whole


def _prefix_words(text: str) -> list[str]:
    """Folded content words cut to their first six letters: a fast, compound-friendly stand-in
    for stemming when comparing a description with occupation texts ("leerlingenvervoer"
    and "leerlingen" agree, "vrachtwagen" and "vrachtwagens")."""
    return [w[:6] for w in tokens(fold(text)) if len(w) > 2 and w not in DUTCH_STOPWORDS]


# Words of a job ad's description that every ad has (pay, conditions, team, how to apply):
# they say nothing about the occupation. Whole folded words, so "salaris" goes and
# "salarisadministratie" stays.
_AD_WORDS = frozenset(
    """
    salaris salarissen loon brutoloon bruto netto maandsalaris uurloon arbeidsvoorwaarden
    secundaire vakantiegeld vakantiedagen verlofdagen pensioen pensioenregeling reiskosten
    reiskostenvergoeding eindejaarsuitkering dertiende maand bonus cao contract dienstverband
    vast tijdelijk uitzicht fulltime parttime uur uren week per werkweek flexibel flexibele
    team teams collega collegas prettig prettige gezellig gezellige informeel informele sfeer
    werkgever organisatie bedrijf werkomgeving bieden biedt zoeken zoekt jij jou je
    wij ons onze kom komt werken werk functie vacature sollicitatie solliciteer solliciteren
    reageer reageren cv motivatie kandidaat profiel aanbod goed goede mooie mooi uitdagend
    uitdagende enthousiast enthousiaste leuke leuk doorgroeimogelijkheden ontwikkelmogelijkheden
    opleidingsmogelijkheden groeien ervaring ervaren vereist pre minimaal niveau direct
    meteen snel nu vandaag
    """.split()
)


def _ad_content(text: str) -> str:
    """``text`` without the words every job ad has (``_AD_WORDS``)."""
    return " ".join(w for w in tokens(fold(text)) if w not in _AD_WORDS)


def _ranked(hits: Iterable[Hit]) -> list[Hit]:
    """One hit per occupation, best first. Of an occupation's equal hits the one with the
    strongest evidence, then the alphabetically first label, is kept: the order hits arrive in
    follows set order, which changes from one process to the next."""
    best: dict[int, Hit] = {}
    for hit in hits:
        kept = best.get(hit.occ)
        if kept is None or (hit.score, hit.evidence, kept.label) > (
            kept.score,
            kept.evidence,
            hit.label,
        ):
            best[hit.occ] = hit
    return sorted(best.values(), key=lambda h: (-h.score, h.occ))


# --------------------------------------------------------------------------- model


class _Model:
    """What title resolution derives from a taxonomy once (shared by its copies)."""

    def __init__(self, taxonomy: Taxonomy, variants: VariantTable) -> None:
        self.taxonomy = taxonomy
        self.variants = variants
        occupations = taxonomy.occupations
        index = taxonomy._index
        self.labels = index.labels
        # document frequency of each label word over occupations
        df: dict[str, int] = {}
        occ_words: list[set[str]] = [set() for _ in occupations]
        for label, occ, _kind in index.labels:
            occ_words[occ].update(masculine(w) for w in tokens(fold(label)))
        for words in occ_words:
            for word in words:
                df[word] = df.get(word, 0) + 1
        self.df = df
        self.n_occ = max(1, len(occupations))
        vocabulary = set(df)
        # what may end a Dutch compound: a word of ESCO's labels or a Dutch value of the list,
        # not a word only a key brings ("king" of "burger king" ended "beperking")
        tails = set(df)
        for key in variants.occupations:
            vocabulary.update(key.split())
        for key, value in variants.words.items():
            vocabulary.update(key.split())
            vocabulary.update(value.split())
            tails.update(value.split())
        self.vocabulary = frozenset(w for w in vocabulary if len(w) >= 2)
        self.tails = frozenset(tails)
        self.generic = frozenset(
            w for w, n in df.items() if n >= _GENERIC_DF and len(w) > 3
        ) | frozenset(variants.generic)
        # job nouns: one-word labels and variant keys, and their compound tails
        heads: set[str] = set()
        tail_count: dict[str, int] = {}
        for label, _occ, _kind in index.labels:
            words = [masculine(w) for w in tokens(fold(label))]
            if len(words) == 1:
                heads.add(words[0])
        for key in (*variants.occupations, *variants.related):
            if " " not in key:
                heads.add(key)
        agent_count: dict[str, int] = {}
        for word in list(heads):
            for i in range(3, len(word) - 3):
                tail = word[i:]
                if tail in self.vocabulary:
                    tail_count[tail] = tail_count.get(tail, 0) + 1
                elif (
                    len(tail) >= 6
                    and _AGENT.search(tail)
                    and word[:i] in self.vocabulary
                    and not any(tail[j:] in self.vocabulary for j in range(1, len(tail) - 4))
                ):
                    agent_count[tail] = agent_count.get(tail, 0) + 1
        heads.update(t for t, n in tail_count.items() if n >= 2 and len(t) >= 4)
        # job nouns ESCO only has inside compounds: "polijster" in steen- and
        # metaalpolijster (a person noun after a known word, in two one-word labels or more,
        # that does not itself end with a known word)
        self.induced = frozenset(t for t, n in agent_count.items() if n >= 2)
        heads.update(self.induced)
        heads.difference_update({"en", "van", "voor", "de", "het"})
        self.heads = frozenset(heads)
        # preferred label -> positions (the variant list names occupations by preferred label)
        by_label: dict[str, list[int]] = {}
        for i, occ in enumerate(occupations):
            by_label.setdefault(fold(occ.preferred_label).strip(), []).append(i)
        self.by_preferred = by_label
        # prior: broader occupations (shallow ESCO code) with many labels first, for ties
        prior = np.zeros(len(occupations), dtype=np.float64)
        for i, occ in enumerate(occupations):
            depth = occ.esco_code.count(".") if occ.esco_code else 1
            n_labels = 1 + len(occ.alt_labels)
            prior[i] = 0.006 * max(0, 3 - depth) + 0.002 * math.log1p(n_labels)
        self.prior = prior
        self.compact_preferred = [
            "".join(masculine(w) for w in tokens(fold(o.preferred_label))) for o in occupations
        ]
        # units: words, compound parts and stems of every label word (head-noun step)
        self.label_words: list[tuple[frozenset[str], ...]] = []
        self.label_content: list[tuple[str, ...]] = []  # the words themselves
        # per label word, what a compound says before its job noun ("beleid" in
        # "beleidsmedewerker"): the word is only covered by a title that says it too
        self.label_mods: list[tuple[str | None, ...]] = []
        # per label word, its job noun after what ``label_mods`` holds when that noun is itself
        # a compound ("fitnessbegeleider" of "groepsfitnessbegeleider"), or the parts of a long
        # word that is no job noun ("verslaving", "zorg"): see TitleResolver._covered
        self.label_parts: list[tuple[tuple[str, ...] | None, ...]] = []
        unit_labels: dict[str, list[int]] = {}
        unit_occs: dict[str, set[int]] = {}
        for label_id, (label, occ, _kind) in enumerate(index.labels):
            content = [masculine(w) for w in tokens(fold(label)) if w not in _LINK_WORDS]
            per_word = tuple(frozenset(self.units_of(w)) for w in content)
            self.label_words.append(per_word)
            self.label_content.append(tuple(content))
            mods = []
            parts: list[tuple[str, ...] | None] = []
            for w in content:
                split = self.head_of(w) if len(w) >= 7 else None
                mods.append(split[0] if split is not None and len(split[0]) >= 3 else None)
                if split is not None:  # a compound job noun after it: "fitness|begeleider"
                    compound = mods[-1] is not None and len(self.split(split[1])) > 1
                    parts.append((split[1],) if compound else None)
                else:
                    parts.append(self.split(w) if len(w) >= 7 else None)
            self.label_mods.append(tuple(mods))
            self.label_parts.append(tuple(parts))
            for units in per_word:
                for unit in units:
                    unit_labels.setdefault(unit, []).append(label_id)
                    unit_occs.setdefault(unit, set()).add(occ)
        self.unit_labels = {u: tuple(dict.fromkeys(ids)) for u, ids in unit_labels.items()}
        self.unit_df = {u: len(o) for u, o in unit_occs.items()}
        self.sorted_units = sorted(self.unit_labels)
        # the compound parts of a label's words, in any order: "kraanmachinist mobiele kraan"
        # and "machinist mobiele kraan" are what "mobiele kraanmachinist" says
        part_labels: dict[tuple[str, ...], list[int]] = {}
        for label_id, content in enumerate(self.label_content):
            parts = self.parts_key(content)
            if parts is not None:
                part_labels.setdefault(parts, []).append(label_id)
        self.part_labels = {k: tuple(ids) for k, ids in part_labels.items()}
        # job nouns the list relates both ways ([verwant]) name the same role
        related = variants.related
        self.same_role = {
            noun: tuple(n for n in others if noun in related.get(n, ()))
            for noun, others in related.items()
        }
        self._desc = None

    # ---------------------------------------------------------------- words

    @lru_cache(maxsize=100_000)  # noqa: B019 - one model per taxonomy, lives as long
    def split(self, word: str) -> tuple[str, ...]:
        """Compound parts of ``word`` (itself when it cannot be split into known words).

        Parts are vocabulary words of at least three letters; a linking ``s`` or ``e`` may
        sit between two parts (``"storingsmonteur"`` -> ``("storing", "monteur")``).
        """
        n = len(word)
        if n < 7:
            return (word,)
        best: list[tuple[int, tuple[str, ...]] | None] = [None] * (n + 1)
        best[0] = (0, ())
        vocab = self.vocabulary
        for i in range(n):
            if best[i] is None:
                continue
            cost, parts = best[i]
            starts = [i]
            if i > 0 and word[i] in "se":
                starts.append(i + 1)
            for start in starts:
                for j in range(start + 3, n + 1 if start else n):
                    part = word[start:j]
                    if part in vocab:
                        candidate = (cost + 1, (*parts, part))
                        if best[j] is None or candidate[0] < best[j][0]:
                            best[j] = candidate
        found = best[n]
        if found is None or len(found[1]) < 2:
            return (word,)
        return found[1]

    def parts_key(self, words: Sequence[str]) -> tuple[str, ...] | None:
        """The compound parts of ``words`` (link words left out), sorted, when there are three
        or more (two words or parts already meet in the look-up keys: "chauffeur reachtruck")."""
        parts = [p for w in words if w not in _LINK_WORDS for p in self.split(w)]
        return tuple(sorted(parts)) if len(parts) >= 3 else None

    def singular(self, word: str) -> str:
        """``word`` in the singular when only that form is known (``"schoonmakers"``)."""
        if word in self.vocabulary or len(word) < 5:
            return word
        for suffix in ("s", "en", "n"):
            if word.endswith(suffix) and word[: -len(suffix)] in self.vocabulary:
                return word[: -len(suffix)]
        return word

    @lru_cache(maxsize=50_000)  # noqa: B019 - one model per taxonomy, lives as long
    def one_of(self, word: str) -> str:
        """A plural noun that is no job noun in the singular, when that is a known word
        ("vliegtuigen" -> vliegtuig, "liften" -> lift, "bussen" -> bus); else ``word``."""
        if len(word) < 5 or self.head_of(word) is not None:
            return word
        for cut in ("en", "s"):
            if not word.endswith(cut):
                continue
            one = word[: -len(cut)]
            if cut == "en" and len(one) > 3 and one[-1] == one[-2] and one[-1] not in "aeiou":
                one = one[:-1]  # "bussen", "trappen"
            if len(one) >= 3 and one in self.vocabulary:
                return one
        return word

    @lru_cache(maxsize=200_000)  # noqa: B019 - one model per taxonomy, lives as long
    def units_of(self, word: str) -> frozenset[str]:
        """The word, its stem, and the known words it starts or ends with, with their stems
        (``"thuiszorgmedewerker"`` -> thuiszorg, zorgmedewerker, medewerker, thuis …)."""
        units = {word, stem(word)}
        n = len(word)
        if n >= 7:
            vocab = self.vocabulary
            for i in range(4, n - 2):
                if word[:i] in vocab and word[:i] not in _PREFIXES and self._word_after(word, i):
                    units.add(word[:i])
                if n - i >= 4 and self._tail(word[i:]) and not self._inside_word(word, i):
                    if word[i:] not in _GENERIC_TAILS and word[:i] not in _LINK_WORDS:
                        units.add(word[i:])  # not "raad" of "voor|raad"
            parts = self.split(word)
            if len(parts) > 1 and not _LINK_WORDS.intersection(parts):
                # a part that says nothing after the first: "verwerking" of "gas|verwerking|
                # installatie" is no unit the bare word "verwerking" may match
                units.update(p for i, p in enumerate(parts) if not i or p not in _GENERIC_TAILS)
            head = self.head_of(word)
            if head is not None and head[0]:
                units.update(head)
            units.update([stem(u) for u in units])
        # "voor" of "voorraad" is no unit of meaning: it would match "voorzieningen"
        return frozenset(u for u in units if len(u) >= 3 and u not in _LINK_WORDS)

    def _tail(self, word: str) -> bool:
        """Whether ``word`` is a known word that may end a compound (a label's last word or an
        induced one)."""
        return word in self.tails or word in self.induced

    def _inside_word(self, word: str, at: int) -> bool:
        """Whether ``word[at:]`` merely ends a longer tail that ``word`` ends with, what comes
        before it in that tail being no known word: "sport" of "patiënten|tran|sport", or one
        or two letters that link no parts: "huurder" of "hout|sc|huurder". A longer tail that
        is a job noun keeps its parts after a longer unknown piece: "instructeur" of
        "auto|rij|instructeur" (and so, knowingly, "leider" of "bus|begeleider")."""
        for j in range(1, at):
            gap = word[j:at]
            if gap in _LINKS or not self._tail(word[j:]):
                continue
            if len(gap) < 3 or (self.head_of(word[j:]) is None and not self._words(gap, 1)):
                return True
        return False

    def _word_after(self, word: str, at: int, depth: int = 2) -> bool:
        """Whether what follows ``word[:at]`` (after a linking "s", "e" or "en") is a word,
        two words or a suffix that makes a noun of it: "thuis|zorg", "horeca|vestiging",
        "voeding|s|middelenindustrie", "veilig|heid"; not "vers|laving", "hand|having" nor
        "auto|matische"."""
        rest = word[at:]
        if rest in _NOUN_SUFFIXES:
            return True
        rests = [rest, *(rest[len(link) :] for link in _LINKS if rest.startswith(link))]
        return any(self._words(r, depth) for r in rests)

    def _words(self, text: str, depth: int) -> bool:
        """Whether ``text`` is a known word (also a job noun, or in the singular), or one
        followed by ``depth - 1`` more."""
        if len(text) < 3:
            return False
        known = (self.vocabulary, self.tails, self.prose, self.heads)
        forms = (text, *(text[: -len(end)] for end in ("s", "en", "n") if text.endswith(end)))
        if any(form in words for form in forms for words in known) or len(self.split(text)) > 1:
            return True
        return depth > 1 and any(
            any(text[:i] in words for words in known) and self._word_after(text, i, depth - 1)
            for i in range(4, len(text) - 2)
        )

    @lru_cache(maxsize=20_000)  # noqa: B019 - one model per taxonomy, lives as long
    def head_units(self, head: str) -> frozenset[str]:
        """The units of a job noun without a known word it merely ends with: "begeleider" is no
        kind of "leider" ("bege" is no word), "filiaalmanager" is a kind of "manager" and
        "pijplasser" of "lasser"; a generic doer stays ("medewerker daklozen" is ESCO's
        "thuislozenwerker"). A word is known from the labels, their parts or ESCO's
        descriptions, also in a plural or inflected form ("pijpen")."""
        units = self.units_of(head)
        words = (self.vocabulary, self.unit_labels, self.prose)
        loose = set()
        for unit in units:
            if unit in _DOERS or unit == head or not head.endswith(unit):
                continue
            before = head[: -len(unit)]
            forms = (before, before[:-1], before + "en", before + "s", before + "e", before + "n")
            if not any(form in known for form in forms for known in words):
                loose.add(unit)
        loose.update([stem(u) for u in loose])
        loose.discard(stem(head))
        return frozenset(units - loose)

    @lru_cache(maxsize=20_000)  # noqa: B019 - one model per taxonomy, lives as long
    def compound_parts(self, head: str) -> tuple[str, ...]:
        """A job noun's compound parts, or its first part and the longest known job noun it
        ends with ("filiaal" is known from ESCO's descriptions only); empty when it is none."""
        parts = self.split(head)
        if len(parts) > 1:
            return parts
        tails = [u for u in self.head_units(head) if u != head and head.endswith(u)]
        if not tails:
            return ()
        tail = max(tails, key=len)
        return (head[: -len(tail)], tail)

    @lru_cache(maxsize=5_000)  # noqa: B019 - one model per taxonomy, lives as long
    def noun_occupations(self, noun: str) -> np.ndarray:
        """The occupations with a label that has the job noun ``noun``, sorted."""
        labels = self.taxonomy._index.labels
        occs = {labels[i][1] for i in self.unit_labels.get(noun, ())}
        return np.array(sorted(occs), dtype=np.int64)

    @cached_property
    def leader_labels(self) -> frozenset[int]:
        """The labels with a word for one who leads others' work (a unit in ``_LEADERS``)."""
        return frozenset(i for unit in _LEADERS for i in self.unit_labels.get(unit, ()))

    @cached_property
    def prose(self) -> frozenset[str]:
        """Words ESCO's descriptions use: real Dutch words, never typos of a label word (built
        on first use, by spelling correction or :meth:`head_units`, not with the model)."""
        return frozenset(
            w
            for occ in self.taxonomy.occupations
            for w in tokens(fold(occ.description))
            if len(w) >= 4
        )

    def last_head(self, words: Sequence[str]) -> tuple[int, tuple[str, str]] | None:
        """The position and ``(modifier, job noun)`` of the last word of ``words`` that is or
        ends with a job noun (:meth:`head_of`); ``None`` when none does."""
        for i in range(len(words) - 1, -1, -1):
            split = self.head_of(words[i])
            if split is not None:
                return i, split
        return None

    def head_of(self, word: str) -> tuple[str, str] | None:
        """``(modifier, job noun)`` when ``word`` is or ends with a job noun, else ``None``
        (``"lunchkok"`` -> ``("lunch", "kok")``, ``"storingsmonteur"`` -> ``("storing",
        "monteur")``, ``"kok"`` -> ``("", "kok")``). A word that is a job noun itself is
        only split before a generic job noun or after a known word (not "mede|werker")."""
        whole = word in self.heads
        if whole and (word in self.generic or word in self.variants.related):
            return ("", word)  # "teamleider" is a job noun of its own, not a "leider"
        for i in range(3, len(word) - 2):
            tail = word[i:]
            if tail not in self.heads:
                continue
            prefix = word[:i]
            if prefix.endswith("s") and (
                prefix[:-1] in self.vocabulary or prefix[:-1] in self.variants.activities
            ):
                prefix = prefix[:-1]
            if whole and tail not in self.generic and prefix not in self.vocabulary:
                continue
            return (prefix, tail)
        return ("", word) if whole else None

    def field_units(self, word: str) -> set[str]:
        """The field a word names: the word, or the first part of a compound whose last part
        is a field's (``_FIELD_TAILS``: "vleesverwerking", "tuincentrum" name meat and
        gardens), also in the singular."""
        parts = self.split(word)
        forms = [word, parts[0]] if len(parts) > 1 and parts[-1] in _FIELD_TAILS else [word]
        units = set(forms)
        for form in forms:  # "groenten", "tabaks"; a short stem is another word: "drukkerij"
            root = stem(form)  # is no "druk(veer)"
            units.update((self.one_of(form), root if len(root) >= 0.7 * len(form) else form))
        return {u for u in units if len(u) >= 3}

    @lru_cache(maxsize=50_000)  # noqa: B019 - one model per taxonomy, lives as long
    def label_field(self, label_id: int) -> frozenset[str]:
        """What a label says about a field (:meth:`field_units` of its words that are no job
        noun: "verkoopspecialist tuinartikelen" -> tuinartikelen, tuin), or else the first
        parts of its compound job nouns ("evenementenbeveiliger" -> evenementen)."""
        content = self.label_content[label_id]
        splits = [self.head_of(word) for word in content]
        field = [w for w, split in zip(content, splits, strict=True) if split is None]
        if not field:
            field = [split[0] for split in splits if split is not None and split[0]]
        return frozenset(u for w in field for u in self.field_units(w))

    @lru_cache(maxsize=2_000)  # noqa: B019 - one model per taxonomy, lives as long
    def job_kinds(self, job: str) -> frozenset[str]:
        """The ISCO minor groups in which ESCO names two occupations or more by the job word
        ``job`` and a field (its labels "productiemedewerker banden", "productiemedewerker
        pulp" are a tyre maker's and a moulded-pulp operator's; one odd label makes no kind:
        "productiemedewerker versindustrie" for a food-safety specialist)."""
        occupations = self.taxonomy.occupations
        named: dict[str, set[int]] = {}
        for i in self.unit_labels.get(job, ()):
            if job in self.label_content[i] and len(self.label_content[i]) > 1:
                occ = self.labels[i][1]
                named.setdefault(occupations[occ].isco_group[:3], set()).add(occ)
        return frozenset(group for group, occs in named.items() if len(occs) >= 2)

    def plain_doer(self, label_id: int) -> bool:
        """Whether a label's job noun is a plain production worker's ("operator bereid vlees",
        "medewerker visproductie"), not a trade of its own ("staalharder")."""
        for word in self.label_content[label_id]:
            split = self.head_of(word)
            if split is None:
                continue
            parts = self.compound_parts(split[1])  # "proces|operator", not "mede|werker"
            if split[1] in _PLAIN_DOERS or (parts and parts[-1] in _PLAIN_DOERS):
                return True
        return False

    def job_nouns(self, label_id: int) -> frozenset[str]:
        """The job nouns of a label ("evenementenbeveiliger" -> beveiliger)."""
        found = (self.head_of(w) for w in self.label_content[label_id])
        return frozenset(split[1] for split in found if split is not None)

    def idf(self, unit: str) -> float:
        """Inverse document frequency of a word or compound part over occupations."""
        return math.log((1 + self.n_occ) / (1 + self.unit_df.get(unit, 0))) + 1.0

    @lru_cache(maxsize=50_000)  # noqa: B019 - one model per taxonomy, lives as long
    def match_labels(self, word: str) -> dict[int, float]:
        """Labels a title word matches, with the weight (IDF) of the rarest unit it shares:
        equal word, compound part or stem; or a prefix of five letters or more, which weighs
        no more than the word itself ("engine" of "engineer", "consul" of "consulent")."""
        found = dict(self.match_units(word))

        def add(unit: str, weight: float) -> None:
            for label_id in self.unit_labels.get(unit, ()):
                if found.get(label_id, 0.0) < weight:
                    found[label_id] = weight

        if len(word) >= 5:
            own = self.idf(word)
            units = self.sorted_units
            # the word, and a verb or plural without its ending: "spuitgieten" is done by the
            # operator of a "spuitgietmachine", "lassen" by a "lasser"
            starts = [word]
            if len(word) >= 8 and word.endswith("en"):
                starts.append(word[:-2])
            for start in starts:
                at = bisect_left(units, start)
                while at < len(units) and units[at].startswith(start):
                    add(units[at], own)
                    at += 1
            for end in range(5, len(word)):
                if word[:end] in self.unit_labels:
                    add(word[:end], min(self.idf(word[:end]), own))
        return found

    @lru_cache(maxsize=50_000)  # noqa: B019 - one model per taxonomy, lives as long
    def match_units(self, word: str) -> dict[int, float]:
        """Like :meth:`match_labels` without prefixes: equal words, compound parts, stems."""
        found: dict[int, float] = {}
        whole = {word, stem(word)}
        for unit in self.units_of(word):  # a compound part is weaker evidence than the word
            weight = self.idf(unit) * (1.0 if unit in whole else 0.5)
            for label_id in self.unit_labels.get(unit, ()):
                if found.get(label_id, 0.0) < weight:
                    found[label_id] = weight
        return found

    # ---------------------------------------------------------------- description

    def description_model(self) -> tuple[Any, Any]:
        """Stemmed word TF-IDF of every occupation's labels and ESCO description (lazy)."""
        if self._desc is None:
            from sklearn.feature_extraction.text import TfidfVectorizer

            docs = []
            for occ in self.taxonomy.occupations:
                labels = " ".join((occ.preferred_label, *occ.alt_labels))
                docs.append(f"{labels} {labels} {occ.description}")
            vectorizer = TfidfVectorizer(
                analyzer=_prefix_words, sublinear_tf=True, dtype=np.float32
            )
            matrix = vectorizer.fit_transform(docs).tocsr()
            self._desc = (vectorizer, matrix)
        return self._desc


# --------------------------------------------------------------------------- resolver


class TitleResolver:
    """Resolves vacancy titles to occupations (see the module docstring).

    Built by :meth:`matching.taxonomy.Taxonomy.title_resolver`; ``places`` are folded place
    names to remove, ``corrections`` maps a phrase key to occupation positions.
    """

    def __init__(
        self,
        model: _Model,
        places: Iterable[str] = (),
        corrections: Mapping[str, Sequence[int]] | None = None,
    ) -> None:
        self.model = model
        self.taxonomy = model.taxonomy
        self.variants = model.variants
        place_set = {norm_phrase(p) for p in places if p}
        place_set.update(self.variants.places)
        # "Capelle a/d IJssel": the abbreviation is read as "aan de" (_AAN_DE)
        place_set.update(p.replace(" aan den ", " aan de ") for p in list(place_set))
        place_set.discard("")
        self.places = frozenset(place_set)
        self.max_place_words = max((len(p.split()) for p in self.places), default=1)
        self.corrections: dict[str, tuple[int, ...]] = {}
        for key, positions in (corrections or {}).items():
            self.corrections[key] = tuple(positions)
        self._keys_corrections = self._keyed(self.corrections)
        self._keys_variants = self._variant_keys(self.variants.occupations)
        self._keys_bare = self._variant_keys(self.variants.bare)
        self._phrase_cache: dict[tuple[str, ...], tuple[Hit, ...]] = {}
        self._title_cache: dict[str, tuple[Phrase, ...]] = {}
        self._fuzzy_cache: dict[str, tuple[Hit, ...]] = {}
        self._lookup_memo: dict[tuple[str, ...], tuple[tuple[int, float, str, str], ...]] = {}
        self._collect: set[str] | None = None  # batch mode: fuzzy queries wanted
        self._incomplete = False  # a fuzzy query was postponed while computing a phrase
        self._noise_max = max((len(n.split()) for n in self.variants.noise), default=1)
        self._work_memo: dict[str, tuple[Hit, ...]] = {}

    # ---------------------------------------------------------------- keys

    @staticmethod
    def keys(words: Sequence[str]) -> set[str]:
        """Look-up keys insensitive to spacing, hyphens, word order and gender forms."""
        return label_keys(words)

    def _keyed(self, table: Mapping[str, tuple[int, ...]]) -> dict[str, tuple[int, ...]]:
        keyed: dict[str, tuple[int, ...]] = {}
        for phrase, positions in table.items():
            for key in self.keys(phrase.split()):
                keyed.setdefault(key, positions)
        return keyed

    def _variant_keys(
        self, entries: Mapping[str, tuple[tuple[str, ...], ...]]
    ) -> dict[str, tuple[tuple[int, float, str], ...]]:
        """Variant phrase keys -> (occupation, score, phrase), ranked.

        An entry of two or more words is also keyed by its words in the singular (all of its
        plurals :meth:`_Model.one_of` knows at once, job nouns left as they are), where no
        entry holds that key as written; a title's phrase is looked up in the singular too
        (:meth:`_forms`, at a lower score), so "Coater meubelen" and "Meubelcoater" find
        the entry "coater meubels" through "coater meubel"."""
        keyed: dict[str, tuple[tuple[int, float, str], ...]] = {}
        singular: list[tuple[list[str], tuple[tuple[int, float, str], ...]]] = []
        by_pref = self.model.by_preferred
        for phrase, groups in entries.items():
            targets: list[tuple[int, float, str]] = []
            for rank, group in enumerate(groups):
                score = _VARIANT_RANKS[min(rank, len(_VARIANT_RANKS) - 1)]
                if rank == 0 and len(groups) > 1:
                    score = _VARIANT_UNSURE
                for label in group:
                    for occ in by_pref.get(fold(label).strip(), ()):
                        targets.append((occ, score, phrase))
            if not targets:
                continue
            words = phrase.split()
            for key in self.keys(words):
                keyed.setdefault(key, tuple(targets))
            # not a singular of three letters, too often another word: "docent koken"
            # (cooking) is no "docent kok" (the plurals "bussen", "wegen" are left too)
            one = [o if len(o) > 3 else w for w in words for o in (self.model.one_of(w),)]
            if len(words) > 1 and one != words:
                singular.append((one, tuple(targets)))
        for one, targets in singular:
            for key in self.keys(one):
                keyed.setdefault(key, targets)
        return keyed

    def correction_key(self, title: str) -> str | None:
        """The phrase key under which a correction of ``title`` is stored."""
        phrases = self.phrases(title)
        if not phrases:
            return None
        return " ".join(phrases[0].words)

    # ---------------------------------------------------------------- cleaning

    def phrases(self, title: str) -> tuple[Phrase, ...]:
        """Candidate job phrases of a raw title, the most likely first (cached)."""
        cached = self._title_cache.get(title)
        if cached is None:
            cached = self._phrases(title)
            if len(self._title_cache) > 200_000:
                self._title_cache.clear()
            self._title_cache[title] = cached
        return cached

    def _phrases(self, title: str) -> tuple[Phrase, ...]:
        upper = (title or "").isupper()  # before "a/d" is written out in lower case
        text = _DASHES.sub(" | ", title or "")
        text = _PAY_SCALE.sub(" ", _SALARY.sub(" ", text))
        text = _AAN_DE.sub("aan de", text)
        text = _LETTERS_AND.sub(self._letters_and, text)
        if not upper:
            text = _CAPS.sub(
                lambda m: self._agency(m.group(0), _SEGMENT_START.search(text[: m.start()])),
                text,
            )
            text = _CAMEL.sub(lambda m: self._camel(m.group(0)), text)
            text = _DROPPED.sub(" ", text)
        text = _AMPERSAND.sub(" en ", fold(text))
        text = _GENDER_SUFFIX.sub(lambda m: m.group(1) + (m.group(2) or ""), text)
        text = _ELISION.sub(self._unelide, text)
        segments: list[tuple[str, float]] = []
        brackets = _BRACKETS.findall(text)
        main = _BRACKETS.sub(" | ", text)
        position = 0
        for part in _SEPARATORS.split(main):
            if part and part.strip():
                segments.append((part, max(0.5, 1.0 - _SEGMENT_DECAY * position)))
                position += 1
        for part in brackets:
            for piece in _SEPARATORS.split(part):
                if piece and piece.strip():
                    segments.append((piece, _BRACKET * max(0.5, 1.0 - _SEGMENT_DECAY * position)))
                    position += 1
        licences: list[str] = []
        cleaned: list[tuple[tuple[str, ...], float, bool]] = []
        de = "last" if upper else "written" if _DE_LICENCE.search(title) else "never"
        capitals = self._capitalised(title or "")
        for part, weight in segments:
            words, only_licence = self._clean_segment(part, licences, de)
            if cleaned and all(w in _AGENCY_WORDS for w in words):
                continue  # "Orderpicker - Uitzendbureau Zwolle": the agency, after the job
            if cleaned and words and _dealer(words[-1]):
                continue  # "Automonteur - Opel-dealer Zaandam": the employer, after the job
            if cleaned:  # "Kok - Restaurant Smit": the company's kind, without its name
                words = words[: self._company_name_at(words, capitals, after_job=True)]
            if words:
                cleaned.append((words, weight, only_licence))
        found: dict[tuple[str, ...], Phrase] = {}
        lic = tuple(dict.fromkeys(licences))
        cleaned = self._joined(cleaned)
        for words, weight, _ in cleaned:
            for variant, factor in self._cuts(words, capitals):
                if variant and (variant not in found or found[variant].weight < weight * factor):
                    found[variant] = Phrase(variant, weight * factor, lic)
        return tuple(sorted(found.values(), key=lambda p: -p.weight))

    def _joined(
        self, cleaned: list[tuple[tuple[str, ...], float, bool]]
    ) -> list[tuple[tuple[str, ...], float, bool]]:
        """Add the first segment joined with the next ones that hold no job noun
        (``"Servicemonteur - Onderhoud aan roltrappen"``: what the monteur works on)."""
        if len(cleaned) < 2:
            return cleaned
        if _TEACHING.search(" ".join(cleaned[0][0])):
            # the school a teacher teaches at, apart: "Docent Engels (mbo) - ROC Midden" =
            # "Docent Engels mbo"
            levels = [c for c in cleaned[1:] if all(map(self._school_level, c[0]))]
            if levels:
                first, weight, licence = cleaned[0]
                first = (*first, *(w for c in levels for w in c[0]))
                cleaned = [(first, weight, licence), *(c for c in cleaned[1:] if c not in levels)]
                if len(cleaned) < 2:
                    return cleaned
        first = cleaned[0]
        heads = [any(self.model.head_of(w) for w in words) for words, _, _ in cleaned]
        if not heads[0]:
            return cleaned
        extra: list[str] = []
        for (words, _, _), has_head in zip(cleaned[1:], heads[1:], strict=True):
            if has_head:
                break
            extra.extend(words)
        if not extra:
            return cleaned
        return [*cleaned, ((*first[0], *extra), first[1] * 0.98, False)]

    def _camel(self, word: str) -> str:
        """``"CreditController"`` -> ``"Credit Controller"``; an unknown brand is dropped."""
        spaced = _CAMEL_BOUNDARY.sub(" ", word)
        if all(p in self.model.vocabulary for p in tokens(fold(spaced))):
            return spaced
        return self._agency(word)

    def _agency(self, word: str, first: object = None) -> str:
        """A capitalised or camel-case word unknown to the vocabulary: a company, dropped
        (marked, then removed by ``_DROPPED``). At the start of a segment (``first``) a job noun
        in the plural or a compound job noun is no company ("ORDERPICKERS gezocht",
        "ZONNEPANELENMONTEUR | Start direct!"); after the job it is one ("Servicemonteur
        TIMMERMANS", "Monteur BAKKERS Installatietechniek")."""
        low = fold(word)
        parts = tokens(low)
        vocabulary = self.model.vocabulary
        if all(
            p in vocabulary
            or p in _LICENCES
            or p in self.variants.words
            or (first and (self._plural_job(p) or self._job_compound(p)))
            for p in parts
        ):
            return word
        return "\x01"

    def _job_compound(self, word: str) -> bool:
        """Whether ``word`` is a compound of known words that ends in a job noun
        ("ZONNEPANELENMONTEUR", "WARMTEPOMPMONTEUR"): at the start of a segment the job, not
        a company ("Heijmans" and "Timmermans" are no compounds of known words); also when the
        part before the job noun has five letters or more and starts a word of ESCO's labels
        ("SPUITGIET|OPERATOR": a "spuitgietmachine")."""
        head = self.model.head_of(word)
        if not (head and head[0]):
            return False
        if len(self.model.split(word)) > 1:
            return True
        units = self.model.sorted_units
        at = bisect_left(units, head[0])
        return len(head[0]) >= 5 and at < len(units) and units[at].startswith(head[0])

    def _letters_and(self, match: re.Match[str]) -> str:
        """``"P&O"`` -> ``"personeelszaken"`` when the word list knows the abbreviation; an
        unknown one stays (a capitalised one is then dropped as a company name)."""
        meaning = self.variants.words.get(f"{fold(match.group(1))} {fold(match.group(2))}")
        return meaning or match.group(0)  # no padding: two spaces would cut the segment

    def _unelide(self, match: re.Match[str]) -> str:
        """``"storings- en onderhoudsmonteur"`` -> ``"storingsmonteur en onderhoudsmonteur"``;
        a prefix of two letters takes the place of the second word's own prefix of at most
        three letters when that makes a known word (``"im- en export"`` -> ``"import en
        export"``, ``"in- en verkoop"`` -> ``"inkoop en verkoop"``). "op- en overslag" (storage
        and transhipment) is left as it is, "over" being longer: a port's transhipment worker
        stays ESCO's stevedore."""
        first, joiner, second = match.groups()
        if len(first) == 2:
            vocabulary = self.model.vocabulary
            ends = (second[i:] for i in range(1, min(4, len(second) - 2)))
            tail = next((end for end in ends if fold(first + end) in vocabulary), "")
            return f"{first}{tail} {joiner} {second}" if tail else match.group(0)
        head = self.model.head_of(masculine(second))
        if head is None or not head[0]:
            parts = self.model.split(second)
            if len(parts) < 2:
                return match.group(0)
            tail = parts[-1]
        else:
            tail = head[1]
        return f"{first}{tail} {joiner} {second}"

    def _clean_segment(
        self, part: str, licences: list[str], de: str = "written"
    ) -> tuple[tuple[str, ...], bool]:
        """Words of one segment without decorations, calls to action, noise, places.

        ``de`` says when the word "de" is licence DE rather than the article: ``"written"``
        (the title writes "DE" in capitals), ``"last"`` (a title all in capitals: when no job
        word follows it), ``"never"``."""
        part = remove_decorations(part)
        part = " ".join(tokens(part))
        if not _TEACHING.search(part):
            part = _SCHOOL_LEVEL.sub(" ", part)
        part = _VIA.sub(" ", _LEVEL.sub(" ", _CALLS.sub("", part)))
        written = [masculine(w) for w in part.split()]
        if self._drop_phrases(written, self.variants.noise) != written and self._variant_key(
            written
        ):
            # a title of the list with a word that is noise elsewhere ("Coördinator
            # vrijwilligers", "Docent code 95"): the title, also beside an agency's name
            # ("... - Adecco"), where the whole-title step no longer sees it alone
            return tuple(written), False
        words = [w for w in written if not w.isdigit()]
        raw = self._drop_phrases(words, self.variants.noise)
        words = []
        for j, w in enumerate(raw):
            if j and raw[j - 1] in _EMPLOYER_LINKS:  # an employer's name: "Intercedent bij
                words.append(w)  # Zorgkracht"
                continue
            plain = self._without_noise(w)
            if plain == "medewerker" and w != plain and self._other_job([*raw[:j], *raw[j + 1 :]]):
                continue  # a shift's doer beside the job: only the shift ("Bandenmonteur
            words.append(plain)  # seizoenskracht"; not beside "Jumbo", "Jonge", "Begeleider")
        kept: list[str] = []
        letters = 0
        for j, w in enumerate(words):
            if w == "de" and (de == "never" or (de == "last" and self._job_word_follows(words, j))):
                kept.append(w)  # the article: "chauffeur voor de bouw" asks no licence DE
                continue
            if w in _LICENCE_KEYS or (w in _LICENCES and w not in self.model.vocabulary):
                if w in _LICENCE_KEYS:
                    licences.append(w)
                letters += 1
                continue
            kept.append(w)
        kept = self._drop_places(kept)
        if _AGENCY_WORDS.intersection(kept) and self._job_beside_agency(kept):
            kept = [w for w in kept if w not in _AGENCY_WORDS]
        dealers = {w for w in kept[1:] if _dealer(w)}
        others = [w for w in kept if w not in dealers and w not in _LINK_WORDS]
        if dealers and (
            self._beside_dealer(others)  # a dealer of goods ("autodealer") is a job alone
            if dealers - _DEALERS
            else any(self.model.head_of(w) for w in others)
        ):
            kept = [kept[0], *(w for w in kept[1:] if w not in dealers)]
        first = next(  # the job's first word: not "als", "ervaren", a stray letter
            (
                i
                for i, w in enumerate(kept)
                if not self._lead_in(w) and not _SENIORITY.fullmatch(w) and len(w) > 1
            ),
            None,
        )
        kept = [
            self._job_in_singular(w) if i == first else self.model.singular(w)
            for i, w in enumerate(kept)
            # a letter the lists read with a word beside it: "auto's" = "auto s", the trade
            # letter of "Monteur W", "E-installateur"
            if len(w) > 1 or w in self.model.vocabulary or self._letter_with(kept, i)
        ]
        while kept and self._lead_in(kept[0]):
            kept.pop(0)
        if all(w in DUTCH_STOPWORDS or w == "via" for w in kept):
            kept = []  # what is left of "via uitzendbureau", "ook weekendwerk"
        while kept and kept[-1] in _LINK_WORDS:
            kept.pop()
        if len(kept) > 1 and kept[-1] == "gemeente" and not self._variant_key(kept):
            # the employer ("Medewerker milieustraat gemeente"), not a word of the job; beside a
            # kind of work a field ("Administratief medewerker gemeente": public administration)
            if not self._field_of_kind(kept):
                kept.pop()
        return tuple(kept), bool(letters) and not kept

    @staticmethod
    def _lead_in(word: str) -> bool:
        """A word before the job that is not part of it ("als", "de", "onze")."""
        return word in _LINK_WORDS or word in _OUR or word == "als"

    def _job_in_singular(self, word: str) -> str:
        """A job noun in the plural, first in its segment, in the singular ("Monteurs
        gezocht", "Chauffeurs C/CE", "Verpleegkundigen ouderenzorg"): an ad asking for several
        asks for the job. :meth:`_Model.singular` keeps a plural that ESCO's labels use ("monteurs
        slimme woning", "instructeur truck chauffeurs") and makes "verpleegkundigen" the
        adjective "verpleegkundig", so these read another occupation; otherwise it applies."""
        return self._plural_job(word) or self.model.singular(word)

    def _plural_job(self, word: str) -> str:
        """The singular of ``word`` when it is the regular plural of a person's job noun
        ("monteurs", "schoonmakers", "verpleegkundigen", "specialisten") or the plural of a
        "-man" ("timmerlieden", "vakmensen"), else "": not a verb
        ("koken", "schilderen"), a thing ("motoren") or a surname ("Timmermans")."""
        model = self.model
        if len(word) < 5 or model.head_of(word):
            return ""
        for suffix, tail, form in _PLURALS:
            one = word[: -len(suffix)] + tail
            if word.endswith(suffix) and form.search(one) and model.head_of(one):
                return one
        return ""

    def _job_beside_agency(self, words: Sequence[str]) -> bool:
        """Whether ``words`` say what the job is beside "uitzendbureau", which then is the
        agency the vacancy runs through ("Gieter uitzendbureau", "Monteur brandmeldinstallaties
        uitzendbureau"), not where the work is done ("Medewerker uitzendbureau", "Junior
        medewerker uitzendbureau", "Vestigingsmanager uitzendbureau", "Stagiair
        uitzendbureau")."""
        generic = self.variants.generic  # "medewerker", "adviseur": no job of their own
        for w in words:
            if w in _AGENCY_WORDS or w in generic or w in _LINK_WORDS or len(w) <= 2:
                continue
            if w in _AT_AGENCY or _SENIORITY.fullmatch(w):
                continue
            split = self.model.head_of(w)
            if split is not None and split[1] in _AT_AGENCY:
                continue
            return True
        return False

    def _letter_with(self, words: Sequence[str], at: int) -> bool:
        """Whether the one letter ``words[at]`` makes a phrase of the word or variant list
        with the word after it ("E-installateur") or, ending the segment, with the word
        before it ("Monteur W"; not "Monteur e-bikes", "Monteur E i.o."); a "W", which is no
        prefix, also before another word ("Monteur W nieuwbouw"). Never with another single
        letter ("i.o.", "w.o.", "p.o."), but two trade letters the variant list reads with the
        word before them ("Monteur E&W - utiliteit")."""
        start, end = at, at + 1  # the letters around this one
        while start > 0 and len(words[start - 1]) == 1:
            start -= 1
        while end < len(words) and len(words[end]) == 1:
            end += 1
        if end - start > 1 and start > 0 and self._variant_key(words[start - 1 : end]):
            return True
        pairs = []
        last = at == len(words) - 1
        if (
            at > 0
            and len(words[at - 1]) > 1
            and (last or (words[at] == "w" and len(words[at + 1]) > 1))
        ):
            pairs.append((words[at - 1], words[at]))
        if at + 1 < len(words) and len(words[at + 1]) > 1:
            pairs.append((words[at], words[at + 1]))
        return any(
            " ".join(pair) in self.variants.words or self._variant_key(pair) for pair in pairs
        )

    def _job_word_follows(self, words: Sequence[str], at: int) -> bool:
        """Whether a word of the labels or variants, not a place, follows ``words[at]``
        ("CHAUFFEUR VOOR DE BOUW"; not "CHAUFFEUR DE ZWOLLE")."""
        vocab = self.model.vocabulary
        return any(w in vocab and w not in self.places for w in words[at + 1 :])

    def _variant_key(self, words: Sequence[str]) -> bool:
        """Whether ``words`` are a title phrase of the variant list (any spelling or order)."""
        return any(key in self._keys_variants for key in self.keys(words))

    def _other_job(self, words: Sequence[str]) -> bool:
        """Whether ``words`` hold a job noun that names work on its own: no generic doer, and a
        generic noun only where the list reads it alone ("monteur") or a leader's ("manager",
        "coördinator"; a bare "begeleider" names nothing)."""
        generic, alone = self.variants.generic, self.variants.occupations
        return any(
            self._job_noun(w)
            and w not in _DOERS
            and (w not in generic or w in alone or self._leader_noun(w))
            for w in words
        )

    @lru_cache(maxsize=20_000)  # noqa: B019 - one resolver per taxonomy, lives as long
    def _without_noise(self, word: str) -> str:
        """A generic doer without a first part that says when or on what contract the work
        is done: "nachtdienstmedewerker gehandicaptenzorg" is a "medewerker gehandicaptenzorg"
        (the night shift had made it a parks worker, through "plantsoen|dienst")."""
        rest = next((d for d in _NOISE_DOERS if word.endswith(d)), "")
        if not rest or len(word) < len(rest) + 4:
            return word
        first = word[: -len(rest)]
        times = self.variants.times  # the list's [tijden]
        if first in times or first.removesuffix("s") in times:
            return "medewerker"  # only a generic doer: "opleidingsadviseur" advises on training,
        # a "salarismedewerker" keeps the payroll; a "-kracht" that neither ESCO nor the list
        # knows ("leerkracht" is a teacher) is the worker of its first part where that worker
        # is a known word: "productiekracht" is a "productiemedewerker" (before, a design
        # teacher, through "kracht|vormgeving"); a "vleeskracht" or "kraamkracht" stays as it is
        vocabulary = self.model.vocabulary
        if rest == "kracht" and word not in vocabulary and f"{first}medewerker" in vocabulary:
            return f"{first}medewerker"
        return word

    def _drop_phrases(self, words: list[str], table: set[str]) -> list[str]:
        """Remove the phrases of ``table`` (longest first) from ``words``; not a word that is
        the first part of a compound written apart ("salaris administrateur", "traject
        begeleider": ESCO's "salarisadministrateur", "trajectbegeleider")."""
        if not words:
            return words
        out: list[str] = []
        i = 0
        n = len(words)
        while i < n:
            for size in range(min(self._noise_max, n - i), 0, -1):
                if " ".join(words[i : i + size]) in table and not (
                    size == 1 and i + 1 < n and self._subject_apart(words[i], words[i + 1])
                ):
                    i += size
                    break
            else:
                out.append(words[i])
                i += 1
        return out

    def _subject_apart(self, word: str, job: str) -> bool:
        """Whether a noise word is what a job noun written apart from it is about: the two
        make one of ESCO's job nouns ("salaris administrateur"); not when the word says when
        or on what contract (``[tijden]``), who may apply ("leerling", "studenten") or a grade
        ("level")."""
        joined = word + job
        return (
            word not in self.variants.times
            and word not in _NEVER_SUBJECTS
            and joined in self.model.vocabulary
            and self.model.head_of(job) is not None
        )

    def _drop_places(self, words: list[str]) -> list[str]:
        """Remove place names (a word the labels also use only after "in"/"te"/"regio"), with
        the word before them that only says it is a place: "in", "regio", "omgeving", and the
        employer in "gemeente Zwolle" (the municipality that hires, not the job)."""
        if not words:
            return words
        out: list[str] = []
        i, n = 0, len(words)
        vocab = self.model.vocabulary
        after_place = False  # the word before was a place
        while i < n:
            for size in range(min(self.max_place_words, n - i), 0, -1):
                phrase = " ".join(words[i : i + size])
                if phrase in self.places and not (
                    phrase in self.variants.goods and self._field_of_kind([*out, phrase])
                ):  # an airport beside a guard is where he guards ("Beveiliger Schiphol")
                    before = out[-1] if out else ""
                    if size > 1 or phrase not in vocab or before in _BEFORE_PLACE or after_place:
                        if before in _BEFORE_PLACE or before in ("omgeving", "rondom"):
                            if not self._field_of_kind(out):
                                out.pop()
                        i += size
                        after_place = True
                        break
            else:
                word = words[i]
                i += 1
                # the part of the town just named, at the end ("Utrecht Overvecht", "Almere
                # Buiten"; not "Almere heftruckchauffer" nor "Rotterdam haven medewerker"),
                # unless it ends the title (noise and places aside) and is where the job before
                # the town is done ("Beveiliger Eindhoven Airport" guards the airport, "…
                # Airport Businesspark" an office park)
                if (
                    after_place
                    and not (
                        word in self.variants.goods
                        and all(w in self.variants.noise or w in self.places for w in words[i:])
                        and self._field_of_kind([*out, word])
                    )
                    and all(
                        w in _DISTRICT or w in self.places or (out and self._unknown_word(w))
                        for w in words[i - 1 :]
                    )
                ):
                    continue
                after_place = False
                out.append(word)
        return out

    def _field_of_kind(self, words: Sequence[str]) -> bool:
        """Whether ``words`` end with an employer word the list reads as a field in which
        ESCO names the kind of work before it ("Administratief medewerker gemeente (Zwolle)" is
        its administrative worker in public administration; a "Beveiliger gemeente" is a
        guard, whoever hires him)."""
        if len(words) < 2:
            return False
        job = list(words[:-1])
        if " ".join(job) not in self.variants.kinds:
            job = self._replace(job)  # in English: "Security officer Schiphol"
            if " ".join(job) not in self.variants.kinds:
                return False
        field = self.variants.goods.get(words[-1], "").split()
        if not field:
            return False
        model = self.model
        labels = set.intersection(*(set(model.unit_labels.get(w, ())) for w in field))
        kind = set(job)
        return any(kind.issubset(model.label_content[i]) for i in labels)

    def _unknown_word(self, word: str) -> bool:
        """Neither a word of the labels and variants (also in the plural) nor a compound of
        them: a name ("Overvecht", a business park)."""
        model = self.model
        return model.singular(word) not in model.vocabulary and len(model.split(word)) < 2

    def _cuts(
        self, words: tuple[str, ...], capitals: frozenset[str] | None = None
    ) -> list[tuple[tuple[str, ...], float]]:
        """The phrase itself and the phrase cut before a tail word (``"kok bij …"``), but not
        before a "met" after the people the job is with when one label says the whole phrase
        (:meth:`_label_says`); when only adjectives come before the tail word (``"enthousiaste
        [collega] voor onze bakkerij"``), what follows it: the workplace. A company's name
        after its kind (:meth:`_company_name_at`) is no part of any: the job is read beside
        the kind (:meth:`_beside_kind`) and alone."""
        cut = self._company_name_at(words, capitals)
        job = words[: cut - 2] if cut < len(words) else ()
        if job:  # "Chauffeur bij Transportbedrijf Visser": no fisherman, a "chauffeur" alone
            words = self._beside_kind(job, words[cut - 2 : cut])
        variants = [(words, 1.0), *([(job, 0.99)] if job else [])]
        for i, w in enumerate(words):
            if i >= 1 and w in _EMPLOYER_LINKS and self._employer_named(words, i):
                return [(words[:i], 1.0)]  # "Hoofd administratie bij Bakker Logistiek"
            if i >= 1 and w in _TAIL_WORDS:
                if w == "met" and not self.model.head_of(words[i - 1]) and self._label_says(words):
                    break  # whom the job is with is part of it ("begeleider kinderen met een
                    # beperking" is ESCO's; "medewerker met een beperking" is the worker's)
                variants.append((words[:i], 0.99))
                if all(_SENIORITY.fullmatch(v) for v in words[:i]):
                    place = words[i + 1 :]
                    while place and place[0] in _OUR:
                        place = place[1:]
                    if place:
                        variants.append((place, 0.97))
                break
        return variants

    def _capitalised(self, title: str) -> frozenset[str] | None:
        """The words of ``title`` written with a capital, folded, also in the singular the
        title's words are read in ("Kuipers" is read "kuiper"); ``None`` when the title's case
        tells nothing (every word capitalised, or the title in capitals)."""
        words = re.findall(r"[^\W\d_]+", title)
        if not any(w[:1].islower() for w in words):
            return None
        written = {fold(w) for w in words if w[:1].isupper()}
        return frozenset(written | {self.model.singular(w) for w in written})

    def _beside_kind(self, job: tuple[str, ...], link: tuple[str, ...]) -> tuple[str, ...]:
        """The job of a title with a company's name, read beside the company's kind: without
        the link when the job is a bare worker or the two are a known title ("Medewerker bij
        Melkveebedrijf Boer" is a "medewerker melkveebedrijf", "Planner bij Transportbedrijf
        Schipper" a "planner transportbedrijf"), else with it ("Projectleider bij Glaszetterij
        Jansen" leads projects, no glazier)."""
        joined = (*job, link[1])
        if not self._own_job(job):
            return joined
        hits = self._title_hits(" ".join(joined))  # a title of its own: no company name
        return joined if hits and hits[0].method in KNOWN_METHODS else (*job, *link)

    def _company_name_at(
        self, words: Sequence[str], capitals: frozenset[str] | None, *, after_job: bool = False
    ) -> int:
        """Where the name of a company begins that the title names after an employer link and
        the company's kind ("Motormonteur bij Motorhuis Bakker", "Chauffeur bij
        Transportbedrijf Visser", "Kok bij Restaurant Smit"), or, ``after_job``, at the start
        of a later segment ("Kok - Restaurant Smit"): capitalised words (``capitals``; any word
        when the title's case tells nothing) that may each be a surname (:meth:`_surname`),
        with its particles and a family firm's "& Zn.", after a job of the title's own. A
        lower-case job or department after the kind is no name ("Medewerker bij hotel
        receptie"), nor another job noun ("Medewerker bij Hotel Nachtportier"), nor what a
        link word other than a name's particle joins ("slagerij en poelier"). When the case
        tells nothing, the job before the link is one of its own, no bare "medewerker"
        ("Medewerker Bij Bouwbedrijf Timmerman"). ``len(words)`` when there is no name."""
        kinds = (
            [0] if after_job else [i + 1 for i, w in enumerate(words) if i and w in _EMPLOYER_LINKS]
        )
        for at in kinds:
            kind = words[at] if at + 1 < len(words) else ""
            if not kind.endswith(_KINDS_OF_FIRM) or kind in _NO_FIRMS:
                continue
            if words[at + 1] in _LINK_WORDS - _NAME_PARTICLES:
                continue  # "slagerij en poelier": a second kind of shop
            name = [n for n in words[at + 1 :] if n not in _NAME_PARTICLES | _FAMILY_FIRM]
            if (
                name
                and all(capitals is None or n in capitals for n in name)
                and all(self._surname(n) for n in name)
                and (after_job or self._own_job(words[: at - 1], plain=capitals is not None))
            ):
                return at + 1
        return len(words)

    def _beside_dealer(self, words: Sequence[str]) -> bool:
        """Whether the words beside a dealer name a job of their own that the dealer employs:
        "Receptionist", "Aftersales manager"; not a bare "Manager" or "Medewerker", whom only
        the dealer's word tells apart ("Manager autodealer" keeps its reading)."""
        head_of = self.model.head_of
        words = _unranked(words)
        jobs = [w for w in words if head_of(w) is not None and w not in _DOERS]
        return bool(jobs) and (len(words) > 1 or self._own_job(jobs))

    def _surname(self, word: str) -> bool:
        """Whether a word of a company's name may be a surname: one of the Dutch surnames that
        are job nouns (``_JOB_SURNAMES``, also as the title writes them in the plural:
        "Kuipers" is read "kuiper"), or a word no label knows ("Smit", "Jansen") that is no
        department's ("Bezorging", "Poetsafdeling"). Another job noun after the kind is the job
        ("Medewerker bij Hotel Receptionist")."""
        return word in _JOB_SURNAMES or (
            self._unknown_word(word) and not word.endswith(_DEPARTMENT_ENDINGS)
        )

    def _own_job(self, words: Sequence[str], *, plain: bool = False) -> bool:
        """Whether ``words`` name a job of their own: a job noun, no generic one nor a bare
        worker ("medewerker"), or with ``plain`` any job noun."""
        head_of = self.model.head_of
        generic = self.variants.generic
        return any(
            head_of(w) is not None and (plain or (w not in _DOERS and w not in generic))
            for w in words
        )

    def _employer_named(self, words: Sequence[str], at: int) -> bool:
        """Whether what follows the employer link at ``at`` is only an employer's name: a job
        noun (a surname such as "Bakker" or "Visser") or words no label or variant knows
        ("Otis"), when a job of its own is named before the link."""
        after = words[at + 1 :]
        return (
            bool(after)
            and (self.model.head_of(after[0]) is not None or all(map(self._unknown_word, after)))
            and self._own_job(words[:at])
        )

    def _label_says(self, words: Sequence[str]) -> bool:
        """One ESCO label has every word of ``words`` but the link words (as written or by its
        stem)."""
        labels = self.model.unit_labels
        common: set[int] | None = None
        for word in words:
            if word in _LINK_WORDS:
                continue
            found = {*labels.get(word, ()), *labels.get(stem(word), ())}
            common = found if common is None else common & found
            if not common:
                return False
        return bool(common)

    # ---------------------------------------------------------------- resolution

    def resolve(
        self, title: str, description: str = "", k: int = 3, *, fill: bool = False
    ) -> list[Hit]:
        """Occupations ``title`` names, best first (at most ``k``; fewer when unsure).

        With ``fill``, fewer than ``k`` candidates are completed with the next most likely
        readings of the title's job noun, scored clearly below the others (:meth:`_fillers`):
        what a person choosing from a short list should also see."""
        hits = self._title_hits(title)
        if description and description.strip() and self._ambiguous(hits):
            hits = self._with_description(title, hits, description)
        hits = self._resembling_first(title, hits)
        hits = self._leader_first(title, hits)
        if fill and k and hits and len(hits) < k and not self._known_title(hits):
            hits = hits + self._fillers(title, hits, k - len(hits))
        return hits[:k] if k else hits

    def _resembling_first(self, title: str, hits: list[Hit]) -> list[Hit]:
        """Of the occupations that share the title's label exactly (same score, nothing else
        told them apart), the one whose own name says most of what the title says comes
        first: "Winkelbediende" is the winkelmedewerker before the schappenvuller, "UI
        designer" the designer before the developer. A name that adds a field or a rank the
        title does not name is never lifted ("werktuigbouwkundige bosbouw", "chef monteur
        stellingbouw"). Only the order changes (not the scores, so not the weights the engine
        gives them)."""
        if len(hits) < 2 or hits[0].method != "exact":
            return hits
        tied = [h for h in hits if h.method == "exact" and abs(h.score - hits[0].score) < 1e-9]
        if len(tied) < 2:
            return hits
        phrases = self.phrases(title)
        words = list(phrases[0].words) if phrases else []
        said = set()
        for w in [*words, *self._replace(words)]:
            said.update(stem(p) for p in (w, *self.model.split(w)) if len(p) >= 2)
        if not said:
            return hits
        alike = {h.occ: self._name_says(h.occ, said) for h in tied}
        order = sorted(tied, key=lambda h: -alike[h.occ])  # stable: prior order among equals
        ids = {id(h) for h in tied}
        return [*order, *(h for h in hits if id(h) not in ids)]

    def _leader_first(self, title: str, hits: list[Hit]) -> list[Hit]:
        """Of the occupations that tie for first (same score, the prior alone ordered them),
        a leader's comes first when the title names a leader: "Teamleider inbound" leads the
        warehouse's receiving (magazijnchef) before it does the work (magazijnmedewerker).
        Only the order changes."""
        # the run of equal scores at the top only: an equal score that its prior put below
        # another hit keeps its place
        tied = hits[:1]
        for hit in hits[1:]:
            if abs(hit.score - hits[0].score) >= 1e-9:
                break
            tied.append(hit)
        if len(tied) < 2 or self._leads(tied[0].occ):
            return hits
        phrases = self.phrases(title)
        words = list(phrases[0].words) if phrases else []
        if not any(self._leader_noun(w) for w in [*words, *self._replace(words)]):
            return hits
        order = sorted(tied, key=lambda h: not self._leads(h.occ))  # stable
        return [*order, *hits[len(tied) :]]

    def _leads(self, occ: int) -> bool:
        """Whether an occupation's preferred label has a leader noun ("magazijnchef")."""
        return any(self._leader_noun(w) for w in self._preferred_words(occ))

    def _name_says(self, occ: int, said: set[str]) -> int:
        """How many words of the occupation's name the title says (by stem, or by a compound
        part with a generic job noun: "winkel|medewerker" for "winkelbediende"); -1 when the
        name has a word the title does not say and that is no generic job noun."""
        generic = self.variants.generic
        name = self.taxonomy.occupations[occ].preferred_label
        count = 0
        for word in (masculine(w) for w in tokens(fold(name)) if w not in _LINK_WORDS):
            if stem(word) in said:
                count += 1
                continue
            parts = self.model.compound_parts(word) or (word,)  # "graaf|machinist"
            known = [  # said, also as the start of a word ("graaf" of "graafmachine")
                stem(p) in said or (len(p) >= 4 and any(x.startswith(p) for x in said))
                for p in parts
            ]
            if len(parts) > 1 and all(k or p in generic for k, p in zip(known, parts, strict=True)):
                count += any(known)
                continue
            if word not in generic:
                return -1
        return count

    @staticmethod
    def _known_title(hits: list[Hit]) -> bool:
        """Whether the best candidate is a correction, a variant or an ESCO label the title
        names as it stands (no short list is needed then)."""
        return hits[0].method in KNOWN_METHODS and hits[0].score >= 0.95

    def _fillers(self, title: str, hits: list[Hit], wanted: int) -> list[Hit]:
        """Further candidates for a short list: every occupation the main phrase's job noun
        names, ranked by how its other words match (not only those near the best)."""
        phrases = self.phrases(title)
        if not phrases:
            return []
        phrase = phrases[0]
        base = self._corrected(list(phrase.words)) or list(phrase.words)
        found = self._head(base, phrase.licences, [], keep_all=True)
        if not found:
            found = self._bag(base)
        present = {h.occ for h in hits}
        ceiling = hits[-1].score - _FILLER_GAP
        prior = self.model.prior
        extra = sorted(
            (h for h in found if h.occ not in present),
            key=lambda h: (-(h.score + prior[h.occ]), h.occ),
        )
        out: list[Hit] = []
        for hit in extra[:wanted]:
            score = max(0.0, min(hit.score, ceiling - 0.001 * len(out)))
            out.append(Hit(hit.occ, score, hit.label, "filler"))
        return out

    def resolve_many(self, items: Sequence[tuple[str, str]]) -> list[list[Hit]]:
        """:meth:`resolve` for many ``(title, description)`` pairs.

        Character n-gram look-ups and descriptions are batched: a first pass collects the
        phrases that need the n-gram step, they are scored together, then every title is
        resolved with the results at hand."""
        unique = list(dict.fromkeys(title for title, _ in items))
        by_title: dict[str, list[Hit]] = {}
        waiting: list[str] = []
        self._collect = set()
        try:
            for title in unique:
                self._incomplete = False
                hits = self._title_hits(title)
                if self._incomplete:
                    waiting.append(title)
                else:
                    by_title[title] = hits
            wanted = sorted(self._collect)
        finally:
            self._collect = None
            self._incomplete = False
        for start in range(0, len(wanted), 256):
            chunk = wanted[start : start + 256]
            self._fuzzy_cache.update(zip(chunk, self._fuzzy_batch(chunk), strict=True))
        by_title.update((title, self._title_hits(title)) for title in waiting)
        results = [by_title[title] for title, _ in items]
        pending = [
            i
            for i, ((_, description), hits) in enumerate(zip(items, results, strict=True))
            if description and description.strip() and self._ambiguous(hits)
        ]
        for start in range(0, len(pending), 2000):
            chunk = pending[start : start + 2000]
            vectors = self._description_vectors([items[i][1] for i in chunk])
            fits = (vectors @ self.model.description_model()[1].T).toarray()
            for row, i in enumerate(chunk):
                results[i] = self._described(items[i][0], results[i], fits[row])
        return results

    def _description_vectors(self, descriptions: Sequence[str]) -> Any:
        vectorizer, _ = self.model.description_model()
        return vectorizer.transform([_ad_content(d) for d in descriptions]).tocsr()

    def _title_hits(self, title: str) -> list[Hit]:
        whole = self._whole(title)
        if whole:
            return whole
        phrases = self.phrases(title)
        if not phrases:
            return []
        if len(phrases) == 1:  # "Planner 32-40 uur | Transportbedrijf" is a bare planner
            alone = self._alone(list(phrases[0].words))
            if alone:
                return alone
        merged: dict[int, Hit] = {}
        best_weight = phrases[0].weight
        second: list[int] = []  # the best clear reading of each later phrase
        prior = self.model.prior
        lead = 0.0  # the best clear reading of the first phrase(s), its prior included
        capped: set[int] = set()  # readings a later phrase may not lift above it
        for phrase in phrases:
            later = phrase.weight < best_weight
            hits = self.phrase_hits(phrase.words, phrase.licences)
            if later and hits and hits[0].method in _CLEAR:
                second.append(hits[0].occ)
            if not later and hits and hits[0].method in _CLEAR:
                lead = max(lead, hits[0].score + prior[hits[0].occ])
            for hit in hits:
                score = hit.score * phrase.weight / max(best_weight, 1e-9)
                cap = False
                if later:  # a later segment names the job only when it does so clearly
                    score *= 0.97 if hit.method in _CLEAR else 0.85
                    ceiling = lead - prior[hit.occ] - 0.005  # and never before a job the
                    if lead and score > ceiling:  # title names first ("Schilder / afwerker")
                        score, cap = ceiling, True
                if hit.occ not in merged or merged[hit.occ].score < score:
                    merged[hit.occ] = Hit(hit.occ, score, hit.label, hit.method)
                    if cap:
                        capped.add(hit.occ)
        compact = self.model.compact_preferred
        joined = ["".join(p.words) for p in phrases]
        for hit in merged.values():  # the title names the occupation's own label
            if hit.occ not in capped and any(compact[hit.occ] in j for j in joined):
                hit.score += _OWN_LABEL
        ranked = sorted(merged.values(), key=lambda h: (-(h.score + prior[h.occ]), h.occ))
        if not ranked:
            return []
        top = ranked[0].score
        ranked = [h for h in ranked if h.score >= top * 0.5][:10]
        return self._both_jobs(ranked, second)

    @staticmethod
    def _both_jobs(ranked: list[Hit], second: list[int]) -> list[Hit]:
        """A title naming a second job ("Magazijnmedewerker / heftruckchauffeur") shows it
        among the first three, even when the first job has three readings of its own."""
        shown = {h.occ for h in ranked[:_SHOWN]}
        for occ in second:
            if occ in shown:
                return ranked
            at = next((i for i, h in enumerate(ranked) if h.occ == occ), None)
            if at is not None and ranked[at].score >= ranked[0].score * 0.8:
                return [
                    *ranked[: _SHOWN - 1],
                    ranked[at],
                    *ranked[_SHOWN - 1 : at],
                    *ranked[at + 1 :],
                ]
        return ranked

    def _whole(self, title: str) -> list[Hit]:
        """The whole title, decorations removed but not cut into segments, when it is a
        known title as it stands (or with its spelling corrected): ESCO labels contain
        commas, brackets and "glas- en aardewerk" themselves."""
        words = clean_title(title).split()
        if not words:
            return []
        words = [masculine(w) for w in words]
        forms = [words]  # as written ("toezichthouder in winkel" is a label), else without the
        kept = self._drop_places(words)  # place after the job, as the segment step drops it
        if kept and len(kept) < len(words) and kept == words[: len(kept)]:
            # ("Chauffeur/verhuizer Zwolle", "… in Den Haag"; the employer before it stays:
            # "Medewerker gemeente Ede")
            forms.append(words[: len(kept) + (words[len(kept)] in _EMPLOYERS)])
        vocab = self.model.vocabulary
        cached: tuple[Hit, ...] = ()
        for form in forms:
            if any(w in self.places and w not in vocab for w in form):
                continue  # a town inside: no label names one, the segment step drops it
            key = ("\x00whole", *form)
            found = self._phrase_cache.get(key)
            if found is None:
                found = tuple(self._alone(form) or self._known(form))
                self._phrase_cache[key] = found
            if found:
                words, cached = form, found
                break
        if not cached:
            return []
        prior = self.model.prior
        compact = self.model.compact_preferred
        joined = "".join(words)  # the title is the occupation's own label
        own = {h.occ: _OWN_LABEL if compact[h.occ] == joined else 0.0 for h in cached}
        return sorted(cached, key=lambda h: (-(h.score + own[h.occ] + prior[h.occ]), h.occ))[:10]

    def _known(self, words: list[str], *, spelling: bool = True) -> list[Hit]:
        """Exact look-ups of ``words`` in their forms, then (with ``spelling``)
        spelling-corrected."""
        for form, factor in self._forms(words):
            hits = self._exact(form, factor)
            if hits:
                return hits
        hits = self._by_parts(words)
        if hits or not spelling:
            return hits
        corrected = self._corrected(words)
        if corrected and corrected != words:
            for form, factor in self._forms(corrected):
                hits = self._exact(form, factor * _SPELLING)
                if hits:
                    return hits
        return []

    def _alone(self, words: list[str]) -> list[Hit]:
        """The list's entry for a bare title (``[kaal]``), for a title that is ``words`` and
        nothing more: never the run of a longer phrase, nor one of two jobs ("Machinist /
        grondwerker" drives an excavator, not a train). An admin's correction comes first."""
        for form, factor in self._forms(words):
            keys = self.keys(form)
            found = self._entry_hits(self._keys_bare, keys, factor)
            if found:
                return [] if keys & self._keys_corrections.keys() else _ranked(found)
        return []

    def _by_parts(self, words: list[str]) -> list[Hit]:
        """ESCO's labels with the same compound parts as the phrase, in another order or
        joined otherwise ("mobiele kraanmachinist" is ESCO's "machinist mobiele kraan"); not
        for a phrase with a link word, which may join two things ("verkoop en administratie")."""
        if len(words) < 2 or _LINK_WORDS.intersection(words):
            return []
        parts = self.model.parts_key([masculine(w) for w in words])
        index = self.taxonomy._index
        found: list[Hit] = []
        for label_id in self.model.part_labels.get(parts, ()) if parts else ():
            label, occ, kind = index.labels[label_id]
            found.append(Hit(occ, _KIND[kind] * _STRIPPED, label, "exact"))
        return _ranked(found)

    def _ambiguous(self, hits: list[Hit]) -> bool:
        if not hits:
            return True
        if hits[0].method in _WEAK or hits[0].method == "run":
            return True
        if hits[0].method == "variant" and hits[0].score <= _VARIANT_UNSURE + 1e-9:
            return True  # the variant list itself gives this title several senses
        return len(hits) > 1 and hits[1].score >= hits[0].score - _AMBIGUOUS

    def _description_sims(self, descriptions: Sequence[str]) -> Any:
        _, matrix = self.model.description_model()
        return (self._description_vectors(descriptions) @ matrix.T).tocsr()

    def _with_description(self, title: str, hits: list[Hit], description: str) -> list[Hit]:
        fits = self._description_sims([description]).toarray()[0]
        return self._described(title, hits, fits)

    def _described(self, title: str, hits: list[Hit], fits: np.ndarray) -> list[Hit]:
        """``hits`` re-ranked by the description's cosine with every occupation (``fits``).

        A description that fits another reading of the title's job noun far better than any
        candidate speaks for its ISCO group: a candidate in that group gets that fit ("Monteur"
        whose ad is about cars' APK is the car mechanic); when none is, that reading joins the
        candidates ("Operator" whose ad is about a packaging line is the packaging-machine
        operator, not one of the title's usual two readings)."""
        if not hits:  # the occupations the description fits best, with a low score
            top = np.argsort(-fits, kind="stable")[:3]
            return [
                Hit(int(occ), _DESCRIPTION_ONLY * min(1.0, 2 * float(fits[occ])), "", "description")
                for occ in top
                if fits[occ] >= 0.1
            ]
        values = {h.occ: float(fits[h.occ]) for h in hits}
        best = max(values.values())
        wanted = max(_DESCRIPTION_STRONG, 2 * best)
        pool = self._noun_occupations(title) if fits.max() >= wanted else None
        if pool is not None and len(pool):
            fit = fits[pool].copy()
            fit[np.isin(pool, list(values))] = -1.0  # the candidates themselves
            other = int(pool[int(np.argmax(fit))])  # pool is sorted: the first of equals
            if fits[other] >= wanted:
                occupations = self.taxonomy.occupations
                group = occupations[other].isco_group
                same = [o for o in values if group and occupations[o].isco_group == group]
                values.update(dict.fromkeys(same, float(fits[other])))
                if not same:
                    label = occupations[other].preferred_label
                    hits = [*hits, Hit(other, hits[0].score - 0.01, label, "description")]
                    values[other] = float(fits[other])
        return self._apply_description(hits, values)

    def _noun_occupations(self, title: str) -> np.ndarray | None:
        """The occupations with a label that has the title's job noun (sorted)."""
        phrases = self.phrases(title)
        found = self.model.last_head(phrases[0].words) if phrases else None
        return self.model.noun_occupations(found[1][1]) if found is not None else None

    def _apply_description(self, hits: list[Hit], values: dict[int, float]) -> list[Hit]:
        """Re-rank ``hits`` by how well the description fits them (``{occupation: cosine}``).
        The bonus goes by how much better a candidate fits than the worst candidate, or than
        the best less a margin when all fit about as well (a lone candidate the description
        confirms gets the whole bonus)."""
        best = max((values.get(h.occ, 0.0) for h in hits), default=0.0)
        if best < _DESCRIPTION_MIN:
            return hits
        low = min(min(values.get(h.occ, 0.0) for h in hits), best - _DESCRIPTION_SPREAD)
        spread = best - low
        rescored = [
            Hit(
                h.occ,
                h.score + _DESCRIPTION_BONUS * (values.get(h.occ, 0.0) - low) / spread,
                h.label,
                h.method,
            )
            for h in hits
        ]
        return sorted(rescored, key=lambda h: (-h.score, h.occ))

    # ---------------------------------------------------------------- one phrase

    def phrase_hits(
        self, words: tuple[str, ...], licences: tuple[str, ...] = ()
    ) -> tuple[Hit, ...]:
        """Occupations one cleaned phrase names, best first (cached)."""
        key = (*words, "|", *licences)
        cached = self._phrase_cache.get(key)
        if cached is None:
            outer, self._incomplete = self._incomplete, False
            cached = tuple(self._phrase(list(words), licences))
            if not self._incomplete:  # not waiting for a batched n-gram look-up
                if len(self._phrase_cache) > 200_000:
                    self._phrase_cache.clear()
                self._phrase_cache[key] = cached
            self._incomplete = outer or self._incomplete
        return cached

    def _phrase(self, words: list[str], licences: tuple[str, ...]) -> list[Hit]:
        hits = self._phrase_readings(words, licences)
        return (
            self._arts_teacher(words, hits)
            or self._sport_coach(words, hits)
            or self._trade_teacher(words, hits)
            or self._subject_at_level(words, hits)
            or hits
        )

    def _arts_teacher(self, words: list[str], hits: list[Hit]) -> list[Hit]:
        """A teacher of an art is ESCO's teacher of it (``_ARTS_TEACHERS``), above the phrase's
        own readings: "Docent piano", "Pianodocent" and "Zangdocent" are ESCO's *muziekleraar*,
        not a school's teacher of no subject, an instrument maker or a singer; "Toneeldocent"
        and "Balletdocent" its teacher of drama and of dance; "Docent viool en altviool" too,
        when every art after the teacher names the same teacher. Only for these alone: beside a
        school level ("Docent gitaar hbo", "Docent theater havo") the other steps decide. An
        occupation the title names as ESCO or the list writes it stays first ("Leraar ballet"
        is one of ESCO's labels of its artistic coach), and a school's "leerkracht" or
        "vakdocent" of an art teaches at its school, the music teacher aside."""
        words = _unranked(words)
        if len(words) == 2:
            teacher, subject = (words[0], words[1]) if words[0] in _TEACHERS else words[::-1]
        elif len(words) == 1 and (split := self.model.head_of(words[0])) is not None:
            subject, teacher = split
        elif len(words) >= 4 and not len(words) % 2 and set(words[2::2]) == {"en"}:
            # the teacher first, then arts joined by "en", all of one teacher ("Docent viool en
            # altviool"; not "Docent dans en drama")
            teacher, subject = words[0], words[1]
            if any(_ARTS_TEACHERS.get(w) != _ARTS_TEACHERS.get(subject) for w in words[3::2]):
                return []
        else:
            return []
        label = _ARTS_TEACHERS.get(subject)
        if teacher not in _TEACHERS or label is None:
            return []
        if label != _MUSIC_TEACHER and (
            teacher not in _ARTS_TEACHER_NOUNS or (hits and hits[0].method in ("exact", "variant"))
        ):
            return []
        return self._lifted(hits, (label,))

    def _sport_coach(self, words: list[str], hits: list[Hit]) -> list[Hit]:
        """A coach, trainer or instructor of a sport ESCO has none of its own for is ESCO's
        *sportcoach* or *sportinstructeur*, above the phrase's own readings: "Judoleraar"
        reads a school's teacher, "Zeilinstructeur" a lifeguards' instructor, "Volleybalcoach"
        a football trainer by its spelling, "Goalie coach hockey" a hockey referee. The sport is
        a word of the phrase, or the first part of the coach's compound or the word just before
        it ("Kano-instructeur", "Kano instructeur"); the coach words name one kind
        ("Trainer-coach volleybal"), and no other job stands beside them. Not when the first
        reading is a coach of a kind the title names clearly ("Tennistrainer" and "Tennis- en
        padeltrainer" are ESCO's tennisleraar), only when it is the coach word alone ("Docent
        judo")."""
        coaches, sports, before = [], False, ""
        for word in _unranked(words):
            modifier, noun = self.model.head_of(word) or ("", word)
            if noun in _SPORT_COACHES:
                coaches.append(noun)
                sports = sports or modifier in _SPORT_STEMS or before in _SPORT_STEMS
            elif noun != word or word in self.model.heads:
                return []  # another job beside the coach ("Conciërge en judoleraar")
            else:
                sports = sports or word in _SPORTS
            before = word
        kinds = {_SPORT_COACHES[coach] for coach in coaches}
        if len(kinds) != 1 or not sports:
            return []
        first = fold(hits[0].label) if hits else ""
        if (
            hits
            and hits[0].method in _TRADE_READ
            and first not in _SPORT_COACHES
            and any(coach in first for coach in _SPORT_COACHES)
        ):
            return []  # a coach of a kind the title names clearly: ESCO's tennis teacher
        return self._lifted(hits, kinds.pop())

    def _lifted(self, hits: list[Hit], labels: Iterable[str]) -> list[Hit]:
        """The occupations of ESCO's preferred ``labels`` above ``hits``, in that order."""
        top = max(max((h.score for h in hits), default=_STRIPPED) + 0.01, _STRIPPED)
        lifted = [
            Hit(occ, top - 0.001 * rank, label, "exact")
            for rank, label in enumerate(labels)
            for occ in self.model.by_preferred.get(label, ())
        ]
        return _ranked([*lifted, *hits])

    @cached_property
    def _teachers_by_subject(self) -> dict[tuple[str, str], int]:
        """ESCO's teachers of a subject by subject and school level, from their preferred
        labels: ("moderne talen", "hoger onderwijs") is its *docent moderne talen hoger
        onderwijs*."""
        found: dict[tuple[str, str], int] = {}
        for i, occupation in enumerate(self.taxonomy.occupations):
            named = _SUBJECT_TEACHER.fullmatch(fold(occupation.preferred_label).strip())
            if named and occupation.isco_group.startswith("23"):
                found.setdefault((named[1], named[2]), i)
        return found

    def _subject_at_level(self, words: list[str], hits: list[Hit]) -> list[Hit]:
        """A subject's teacher at the school level the title names, first: "Docent Engels hbo"
        is ESCO's *docent moderne talen hoger onderwijs*, not the secondary school's language
        teacher a bare "Docent Engels" is, nor the higher-education teacher of no subject.
        Only when ESCO has a teacher of that subject at that level; the readings' first
        subject teacher says the subject."""
        levels = set(self._levels_named(words))
        if len(levels) != 1:
            return []
        (level,) = levels
        occupations = self.taxonomy.occupations
        for hit in hits:
            named = _SUBJECT_TEACHER.fullmatch(fold(occupations[hit.occ].preferred_label).strip())
            if named is None:
                continue
            occ = self._teachers_by_subject.get((named[1], level))
            if named[2] == level or occ is None or occ == hits[0].occ:
                return []
            return _ranked([Hit(occ, hits[0].score + 0.01, hit.label, hit.method), *hits])
        return []

    def _trade_teacher(self, words: list[str], hits: list[Hit]) -> list[Hit]:
        """A teacher of a trade teaches it at a vocational school: "Docent hovenier" is ESCO's
        vakdocent landbouw, bosbouw en visserij beroepsonderwijs, "Praktijkdocent bakker" its
        teacher of the food trades. First the vocational teacher of the field the trade's ISCO group
        is in (``[vakdocenten]``), then the plain vocational teacher, then the phrase's own
        readings; the plain one first for a trade in no field there. Only for a teacher noun before
        or after the trade, when the list (or ESCO) names no teacher of the subject already, the
        title names no school level but "mbo", and the subject is a trade: a profession or a manager
        in no field ("Docent economie") and a subject that names no job ("Docent Nederlands") keep
        their readings."""
        at = [i for i, w in enumerate(words) if w in _TRADE_TEACHERS]
        if len(at) != 1 or at[0] not in (0, len(words) - 1) or len(words) < 2:
            return []
        if hits and (hits[0].method in ("variant", "correction") or self._subject_teacher(hits[0])):
            return []
        subject = [w for i, w in enumerate(words) if i != at[0]]
        if any(level != _VOCATIONAL_LEVEL for level in self._levels_named(subject)):
            return []  # "Docent verzorging vmbo" teaches at a secondary school
        subject = [w for w in subject if not self._school_level(w)]
        if not subject or subject[0] in _LINK_WORDS or subject[-1] in _LINK_WORDS:
            return []  # "docent in opleiding", "Kapper en docent"
        read = self.phrase_hits(tuple(subject))
        if not read or read[0].method == "fuzzy":  # "timmeren" is no "timmerman"
            return []
        trade = self.taxonomy.occupations[read[0].occ]
        group = trade.isco_group
        teaching = self.variants.teaching
        field = next((teaching[group[:n]] for n in (4, 3, 2, 1) if group[:n] in teaching), "")
        if group == _VOCATIONAL_GROUP:  # ESCO's teacher of the course itself ("Docent
            field = trade.preferred_label  # bedrijfs-
            # administratie" is its vakdocent bedrijfskunde beroepsonderwijs)
        elif read[0].method not in _TRADE_READ or group.startswith("23"):
            return []  # a loose likeness, or a teacher already ("Docent muziek")
        elif not (field or group[:1] in _TRADE_MAJORS):
            return []  # a profession or a manager ("Docent economie")
        by_pref = self.model.by_preferred
        teachers = [*by_pref.get(fold(field), ())] if field else []
        teachers += [o for o in by_pref.get(_VOCATIONAL, ()) if o not in teachers]
        top = max((h.score for h in hits), default=read[0].score)
        lifted = [
            Hit(
                occ,
                top + _TEACHER_LIFT * (len(teachers) - i),
                self.taxonomy.occupations[occ].preferred_label,
                "run",
            )
            for i, occ in enumerate(teachers)
        ]
        return _ranked([*lifted, *(h for h in hits if h.occ not in teachers)])

    def _subject_teacher(self, hit: Hit) -> bool:
        """Whether a reading is a teacher of a subject or a field, not one of ESCO's teachers
        named only by the school ("leerkracht voortgezet onderwijs")."""
        occupation = self.taxonomy.occupations[hit.occ]
        return occupation.isco_group.startswith("23") and (
            occupation.preferred_label not in _SCHOOL_TEACHERS
        )

    def _phrase_readings(self, words: list[str], licences: tuple[str, ...]) -> list[Hit]:
        for lic in licences:  # "chauffeur" with licence C is a truck driver
            hits = [h for h in self._lookup([*words, lic]) if h.method != "exact"]
            if hits:
                return hits
        glued = self._kind_apart(words)  # "medewerker productie banden" is a
        hits = (  # "productiemedewerker banden"
            self._known(words)
            or (self._known(glued) if glued else [])
            or self._stripped(self._without_activity(words, self._known))
            or self._tradesman(words)
            or self._doer_of_work(words)
            or self._mechanic_of_technique(words)
            or self._technician_of(words)
            or self._mobile_machinist(words)
            or self._animal_therapist(words)
            or self._farm_keeper(words)
            or self._scientist_or_teacher(words)
            or self._manager_of_place(words)
            or self._director_of_company(words)
        )
        if hits:
            return hits
        if all(
            w in self.variants.generic or w in _LINK_WORDS or _SENIORITY.fullmatch(w) for w in words
        ):  # "medewerker", "adviseur", "enthousiaste medewerker": names no occupation
            return []
        known = self._company_work(words, any_job=True)
        if known != words:
            hits = self._known(known)  # "medewerker akkerbouw(bedrijf)"
            if hits:
                return hits
        company = self._company_work(words)
        base = self._shop_worker(self._corrected(company) or company)
        field = self._field_worker(base)
        if field:
            return field
        kind = self._worker_of_work(base)
        if kind:  # "medewerker polisadministratie": an administrative worker of insurance
            runs, _, left = self._runs(kind, licences)
            in_field = self._in_field(kind, runs, left)
            if in_field:
                return in_field
        runs, single_head, left = self._runs(base, licences)
        in_field = self._in_field(base, runs, left) or self._leader_in_field(base, runs)
        if in_field:
            return in_field
        if runs and (single_head or left):
            # a run explains part of the title; a rarer word left over may name a more
            # specific occupation with the same job noun ("vrachtwagenchauffeur kraakpers"),
            # when that occupation also has what the run says ("verzekeringsadviseur
            # particulieren" is no adviser of private bank clients)
            required = self._run_modifiers(base, left)
            head_hits = self._head(base, licences, left, required=required)
            needed = _SPECIFIC_IDF if not single_head else _SPECIFIC_IDF - 2.0
            specific = [
                h
                for h in head_hits
                if h.method == "head"
                and h.evidence >= needed
                and not self._other_specialism(h.label, base)
                and not self._other_level(h.occ, left)
            ]
            # of these, a sense of the runs as written first ("servicemonteur cv" is the
            # heating mechanic, not a boiler operator), or one at the school level of the job
            # noun's first sense at a level any of them is at ("docent godsdienst" teaches at a
            # secondary school; so does a "leraar chemie", though a bare "leraar" is a primary
            # school's)
            senses = {h.occ for h in runs}
            levels = {self._level_of(h.occ) for h in specific}
            run_levels = (self._level_of(h.occ) for h in runs)
            level = next((lvl for lvl in run_levels if lvl in levels), "")
            specific = [
                Hit(h.occ, h.score + 0.02, h.label, h.method, h.evidence)
                if h.occ in senses or (level and self._level_of(h.occ) == level)
                else h
                for h in specific
            ]
            if specific:  # the specific occupations first, the run's below them
                floor = min(h.score for h in specific)
                runs = [
                    Hit(h.occ, min(h.score * 0.8, floor - 0.01), h.label, h.method) for h in runs
                ]
                return _ranked(specific + runs)
        if runs and left:
            named = self._part_named(base)  # the job noun's run leaves a compound unexplained
            if named:
                return named
            runs = self._sense_named(runs, left, bare=single_head, phrase=base)
        if runs:
            return runs
        head_hits = self._head(base, licences, [])
        if head_hits and head_hits[0].method == "head":
            return head_hits
        # spelling alike, but not in "junior" or "ervaren" ("junior pedagoog" ~ "junior koper");
        # an ordinal is part of ESCO's labels ("tweede officier", "eerste stuurman")
        plain = [w for w in base if w in _ORDINALS or not _SENIORITY.fullmatch(w)] or base
        fuzzy = self._fuzzy(" ".join(plain))
        if fuzzy and fuzzy[0].score >= _FUZZY * (_FUZZY_MIN if not head_hits else _FUZZY_HEAD):
            return fuzzy
        if head_hits:
            return head_hits
        bag = self._bag(plain)
        if bag and (not fuzzy or bag[0].score >= fuzzy[0].score):
            return bag
        return fuzzy

    def _other_specialism(self, label: str, words: Sequence[str]) -> bool:
        """Whether a label says the title's noun with another word before it: two
        specialisms of one job ("verpleegkundige interne geneeskunde" is no "verpleegkundige
        nucleaire geneeskunde", a "woonbegeleider verstandelijke beperking" no "woonbegeleider
        lichamelijke beperking")."""
        units_of = self.model.units_of
        said = [units_of(w) for w in words]
        label_words = [masculine(t) for t in tokens(fold(label))]
        own = [units_of(w) for w in label_words]
        for i in range(len(own) - 1):
            if not own[i] or self._job_noun(label_words[i]) or any(own[i] & u for u in said):
                continue  # a link word, a job noun ("technicus" for "monteur"), or said
            for j in range(len(said) - 1):
                if (
                    said[j + 1] & own[i + 1]
                    and said[j]
                    and not self._job_noun(words[j])
                    and not any(said[j] & u for u in own)
                ):
                    return True  # the same noun, another word before it
        return False

    def _shop_worker(self, words: list[str]) -> list[str]:
        """The seller in a shop sells its goods: "medewerker schoenenwinkel" is "verkoper
        schoenen" (ESCO's "verkoopspecialist schoenen"), not a worker in shoe production;
        the shop's manager keeps the shop ("bedrijfsleider kledingwinkel")."""
        if not _SELLERS.intersection(words):
            return words
        model = self.model
        out: list[str] = []
        # a shop the list knows by its goods keeps its name, which the field step reads
        # ("woonwinkel" sells furniture, not "woon")
        listed = False
        for w in words:
            goods = next((w[: -len(s)] for s in _SHOPS if w.endswith(s)), "")
            if goods and w in self.variants.goods:
                out.append(w)
                listed = True
                continue
            # known goods; "bakkerswinkel" is named after its keeper, not after goods
            sold = (
                len(goods) >= 3
                and bool(model.match_units(goods))
                and not model.head_of(goods)
                and not model.head_of(goods.removesuffix("s"))
            )
            out.append(goods if sold else w)
        if out == words and not listed:
            return words
        # beside a listed shop only (the words unchanged), a kind of work stays itself
        # ("Verkoopmedewerker bakkerswinkel") and a "medewerker" sells
        kinds = self.variants.kinds if out == words else frozenset()
        return ["verkoper" if w in _SELLERS and w not in kinds else w for w in out]

    def _worker_of_work(self, words: list[str]) -> list[str]:
        """A worker of an administration or a production is that kind of worker of what it
        administers or makes: "medewerker polisadministratie" is "administratief medewerker
        polis", which the list reads as insurance, "medewerker vleesproductie" a
        "productiemedewerker vlees"; empty when the title says anything else."""
        # either order: feeds also write "Polisadministratie medewerker"
        work = self._beside_worker(words)
        tail = next((t for t in _WORKS_OF_KINDS if work.endswith(t)), "")
        what = work.removesuffix(tail)
        if not tail or len(what) < 3:
            return []
        if what.endswith("s") and what[:-1] in self.model.vocabulary:
            what = what[:-1]  # "personeels|administratie"
        return [*_WORKS_OF_KINDS[tail], what]

    @staticmethod
    def _beside_worker(words: list[str]) -> str:
        """The one word beside a bare "medewerker" or "vakman" (``_WORKERS``), before or after
        it (seniority aside), or "" when the title says anything else."""
        content = _unranked(words)
        if len(content) != 2 or not _WORKERS.intersection(content):
            return ""
        return content[1] if content[0] in _WORKERS else content[0]

    def _company_work(self, words: list[str], *, any_job: bool = False) -> list[str]:
        """A company is known by its work. Beside a generic doer or a kind of work
        (``[soorten]``) and nothing else, "akkerbouwbedrijf", "hoveniersbedrijf",
        "zuivelfabriek" say arable farming, a gardener's work, dairy; a factory's worker is
        a production worker ("Medewerker kledingfabriek" sells no clothes), and its product
        is no other worker's work ("Schoonmaker tapijtfabriek" cleans the factory); nor is
        the job's own trade ("Beveiliger beveiligingsbedrijf"). A company named
        after its keeper is that keeper's work only for a generic doer ("Chauffeur
        hoveniersbedrijf" drives). With ``any_job``, beside any job noun (for an exact look-up
        only: "Monteur fietsenwerkplaats"). A word the variant list knows keeps its entry."""
        model = self.model
        content = [w for w in words if w not in _LINK_WORDS and not _SENIORITY.fullmatch(w)]
        if len(content) != 2:
            return words
        at = next((i for i, w in enumerate(content) if w.endswith(_COMPANIES)), None)
        if at is None or content[at] in self.variants.words:
            return words
        company, job = content[at], content[1 - at]
        doer = job in _DOERS
        if model.head_of(job) is None or not (any_job or doer or job in self.variants.kinds):
            return words
        work = self._work_of(company, _COMPANIES)
        keeper = work in model.heads  # "hovenier", "slager", "dakdekker"
        if len(work) < 4 or not (keeper or work in model.vocabulary) or (keeper and not doer):
            return words
        if model.units_of(work) & model.units_of(job):
            return words  # "Beveiliger beveiligingsbedrijf": the job's own trade
        if company.endswith(_FACTORIES):  # a factory's product is its production worker's work
            if not doer and job != _PRODUCTION:  # only ("Schoonmaker tapijtfabriek" cleans
                return words  # the factory)
            job = _PRODUCTION
        return [work if w == company else job if w in _DOERS else w for w in words]

    def _work_of(self, company: str, tails: tuple[str, ...]) -> str:
        """The work a company's word names before one of ``tails`` ("hoveniers|bedrijf" ->
        hovenier, a linking "s" dropped when the word without it is known); "" when the word
        ends in none of them."""
        tail = next((t for t in tails if company.endswith(t)), "")
        work = company[: -len(tail)] if tail else ""
        if work.endswith("s") and work[:-1] in self.model.vocabulary:
            work = work[:-1]
        return work

    def _field_worker(self, words: list[str]) -> list[Hit]:
        """A phrase with no job noun names a field or workplace ("Horeca", "Productie",
        "Oproepkracht kinderopvang" once the contract word is gone): a Dutch reader takes it
        as its worker, "medewerker horeca", when the list or ESCO knows that title clearly.
        Before, the field's manager or any label sharing the word came first."""
        head_of = self.model.head_of
        if len(words) > 3 or any(head_of(w) or _AGENT.search(w) for w in words):
            return []
        rewritten = self._replace(words)
        if any(head_of(w) for w in (*rewritten, *self._replace_parts(rewritten))):
            return []
        # "productiewerk", "horecawerk": the work of a field is the field's
        fields = [w[:-4] if len(w) >= 9 and w.endswith("werk") else w for w in words]
        hits = self._known(["medewerker", *fields])  # a look-up only, not the whole pipeline
        if not hits or hits[0].method not in KNOWN_METHODS:
            return []
        # an inference, not a title as it stands: no confident look-up, and a typed
        # "magazijn" in the occupation field is still a prefix (see Taxonomy.suggest)
        return [Hit(h.occ, h.score * _FIELD, h.label, "field") for h in hits]

    def _forms(self, words: list[str]) -> list[tuple[list[str], float]]:
        """The phrase; rewritten (English, abbreviations, also inside compounds); without
        adjectives."""
        forms: list[tuple[list[str], float]] = [(words, 1.0)]
        rewritten = self._replace(words)
        if rewritten != words:
            forms.append((rewritten, 0.99))
        parts = self._replace_parts(rewritten)
        if parts != rewritten:
            forms.append((parts, 0.98))
        for base, factor in list(forms):
            plain = _unranked(base)
            if plain and plain != base:
                forms.append((plain, factor * _STRIPPED))
        if len(words) > 1:  # what the work is done on, in the singular of ESCO's compounds:
            one = [self.model.one_of(w) for w in words]  # "schoonmaker vliegtuigen"
            if one != words:  # is ESCO's "vliegtuigschoonmaker"
                forms.append((one, _STRIPPED))
        return forms

    def _replace_parts(self, words: list[str]) -> list[str]:
        """Apply the word list to the parts of compounds (``"loodsbaas"`` -> ``"magazijnchef"``)."""
        table = self.variants.words
        out = []
        for word in words:
            parts = self.model.split(word)
            if len(parts) > 1 and any(p in table for p in parts):
                word = "".join(table.get(p, p).replace(" ", "") for p in parts)
            out.append(word)
        return out

    def _replace(self, words: list[str]) -> list[str]:
        """Apply the word list (longest phrases first)."""
        table = self.variants.words
        out: list[str] = []
        i, n = 0, len(words)
        while i < n:
            for size in range(min(3, n - i), 0, -1):
                phrase = " ".join(words[i : i + size])
                if phrase in table:
                    out.extend(table[phrase].split())
                    i += size
                    break
            else:
                out.append(words[i])
                i += 1
        return out

    def _lookup(self, words: Sequence[str]) -> list[Hit]:
        """Exact hits of corrections, then variants, then ESCO labels (generic ones skipped);
        fresh objects each call (callers rescale them), memoised per word sequence."""
        if not words:
            return []
        key = tuple(words)
        memo = self._lookup_memo.get(key)
        if memo is None:
            memo = tuple((h.occ, h.score, h.label, h.method) for h in self._lookup_keys(words))
            if len(self._lookup_memo) > 300_000:
                self._lookup_memo.clear()
            self._lookup_memo[key] = memo
        return [Hit(*item) for item in memo]

    def _lookup_keys(self, words: Sequence[str]) -> list[Hit]:
        keys = self.keys(words)
        found = [
            Hit(occ, _CORRECTION, " ".join(words), "correction")
            for key in keys
            for occ in self._keys_corrections.get(key, ())
        ]
        if found:
            return _ranked(found)
        found = self._entry_hits(self._keys_variants, keys)
        if found:
            return _ranked(found)
        generic = len(words) == 1 and words[0] in self.model.generic
        index = self.taxonomy._index
        for key in keys:
            for label_id in index.keys.get(key, ()):
                label, occ, kind = index.labels[label_id]
                if generic and kind != "preferred":
                    continue
                found.append(Hit(occ, _KIND[kind], label, "exact"))
        if not found and len(words) > 1:
            found = self._related_variants(words)
        return _ranked(found)

    def _related_variants(self, words: Sequence[str]) -> list[Hit]:
        """The list's entry for the phrase with a job noun replaced by one the list relates
        to it both ways (``[verwant]``): "leraar lichamelijke opvoeding" is the entry
        "docent lichamelijke opvoeding" (not a generic doer: "medewerker X" is only often an
        "assistent X")."""
        same_role = self.model.same_role
        for at, word in enumerate(words):
            for noun in same_role.get(word, ()):
                if {word, noun} & _DOERS:
                    continue
                other = [*words[:at], *noun.split(), *words[at + 1 :]]
                found = self._entry_hits(self._keys_variants, self.keys(other), _RELATED)
                if found:
                    return found
        return []

    @staticmethod
    def _entry_hits(
        table: Mapping[str, tuple[tuple[int, float, str], ...]],
        keys: Iterable[str],
        factor: float = 1.0,
    ) -> list[Hit]:
        """The list's entries under ``keys`` (title or bare-title entries, keyed by
        :meth:`_variant_keys`), their scores times ``factor``."""
        return [
            Hit(occ, score * factor, phrase, "variant")
            for key in keys
            for occ, score, phrase in table.get(key, ())
        ]

    def _exact(self, words: list[str], factor: float) -> list[Hit]:
        hits = self._lookup(words)
        for hit in hits:
            hit.score *= factor
        return hits

    def _corrected(self, words: list[str]) -> list[str]:
        """Words corrected against the label vocabulary (unknown words kept)."""
        spell = self.taxonomy._index.spell
        if spell is None:
            return words
        out = []
        for w in words:
            if (
                w in self.model.vocabulary
                or len(w) <= 3
                or w in self.variants.noise  # "trainee" is no misspelt "trainer"
                or self._work_hits(w)
            ):
                out.append(w)  # known, short, or a trade's work ("plaatwerk", not "plaatser")
                continue
            found = spell.candidates(w)
            if found and _WORK_TAIL.search(w) and _WORK_TAIL.search(found[0]):
                out.append(w)  # "kaswerk" is no misspelt "laswerk": another trade's work
                continue
            out.append(next((c for c in found if self._typo(w, c)), w))
        return out

    def _typo(self, word: str, correction: str) -> bool:
        """Whether ``word`` is credibly a misspelling of ``correction``: not a word ESCO's
        descriptions use ("reserveringen"), not a compound of known words that the correction
        changes ("kaasafdeling" is no "lasafdeling"), and, unless the two sound alike, of
        five letters or more with the same first letter ("resident" is no "president",
        "nachten" no "jachten") and two letters off only in a long word, or one of ten letters
        that begins as the correction ("stratemaker", but "boekingen" is no "boringen")."""
        if word in self.model.prose or self._changes_a_part(word, correction):
            return False
        if phonetic(word) == phonetic(correction):
            return True
        if len(word) < 5 or word[0] != correction[0]:
            return False
        if len(word) >= 12 or (len(word) >= 10 and word[:3] == correction[:3]):
            return True
        return DamerauLevenshtein.distance(word, correction) <= 1

    def _changes_a_part(self, word: str, other: str, *, head: bool = False) -> bool:
        """Whether ``other`` changes a known word inside the compound ``word`` by more than a
        typing error: "kaasafdeling" is no misspelt "lasafdeling" ("bandweerman" is a
        misspelt "brandweerman"); with ``head``, also the part before a job noun
        ("wijkbeheerder" is no "mijnbeheerder", though ESCO does not know "wijk")."""
        if DamerauLevenshtein.distance(word, other) <= 1:
            return False  # one typing error anywhere (also ESCO's own: "netwerkeheerder")
        parts: Sequence[str] = self.model.split(word)
        shared = next((t for t in _GENERIC_TAILS if word.endswith(t) and other.endswith(t)), "")
        if shared and word == shared and other != word:
            return True  # the bare word is no misspelt "visverwerking"
        if len(parts) == 1 and shared and len(word) > len(shared) + 2:  # an unknown first part
            rest = word[: -len(shared)]  # before an end that says nothing: "compost|verwerking"
            return DamerauLevenshtein.distance(rest, other[: -len(shared)]) > 1  # is no "vis|…"
        if len(parts) == 1 and head:
            split = self.model.head_of(word)
            if split is None or not other.endswith(split[1]):
                return False  # "itnerieur|vormgefer": no known job noun to compare
            parts = split
        if len(parts) < 2 or min(map(len, parts)) < 4:
            return False
        if other.endswith(parts[-1]):  # the same last part: is the rest a misspelling of it?
            rest = word[: -len(parts[-1])]
            return DamerauLevenshtein.distance(rest, other[: -len(parts[-1])]) > 1
        return not all(p in other for p in parts)

    def _runs(
        self, words: list[str], licences: tuple[str, ...] = ()
    ) -> tuple[list[Hit], bool, list[str]]:
        """Longest non-overlapping word runs that are a known title, job-noun runs first;
        whether the best run is a bare job noun with several senses; and the content words
        no run explains. A one-word run reads the driving licence the title asks for
        ("Chauffeur bestelbus, rijbewijs B" is no truck driver)."""
        n = len(words)
        if n < 2:
            return [], False, []
        words = words[:12]
        n = len(words)
        total = sum(len(w) for w in words)
        # a run with a job noun before a longer one without ("Outbound sales agent" is the
        # "sales agent", not "outbound sales" with a police "agent" beside it)
        headed = [bool(self.model.head_of(w)) for w in words]
        spans = sorted(
            ((i, j) for i in range(n) for j in range(i + 1, n + 1) if j - i < n),
            key=lambda s: (-any(headed[s[0] : s[1]]), -sum(len(w) for w in words[s[0] : s[1]])),
        )
        taken: list[tuple[int, int]] = []
        found_runs: list[tuple[int, int, bool, list[Hit]]] = []
        single_head = False
        for i, j in spans:
            if any(i < b and a < j for a, b in taken):
                continue
            run = words[i:j]
            chars = sum(len(w) for w in run)
            if chars < 3:
                continue
            found = self._lookup(run)
            if found and licences and j - i == 1:
                for lic in licences:
                    licensed = [h for h in self._lookup([*run, lic]) if h.method == "variant"]
                    if licensed:
                        found = licensed
                        break
            if not found:
                rewritten = self._replace(run)
                for form in (rewritten, self._replace_parts(rewritten)):
                    if form != run:
                        found = self._lookup(form)  # "lunchmedewerker" = "horecamedewerker"
                        if found:
                            break
            if not found:
                found = self._without_activity(run, self._lookup)  # "servicemonteur heftruck"
            if not found:
                continue
            taken.append((i, j))
            has_head = any(self.model.head_of(w) for w in run)
            coverage = chars / total
            factor = _RUN * (0.85 + 0.15 * coverage) * (1.0 if has_head else 0.8)
            if not found_runs:  # the best run is a bare job noun with several senses
                single_head = (  # also senses the list ranks equal ("maaltijdbezorger":
                    j - i == 1  # by bike | by scooter)
                    and has_head
                    and (
                        found[0].score < _VARIANT_RANKS[0]
                        or (len(found) > 1 and found[1].score >= found[0].score)
                    )
                )
            found_runs.append(
                (i, j, has_head, [Hit(h.occ, h.score * factor, h.label, "run") for h in found])
            )
        hits: list[Hit] = []
        for i, j, _, run_hits in found_runs:
            if (
                j - i == 1
                and words[i] in _PRINCIPALS
                and any(b == i and head for _, b, head, _ in found_runs)
            ):
                # one for whom others work, right after a job noun, names whom the first works
                # for ("secretaresse burgemeester" is a secretary, not the mayor)
                run_hits = [Hit(h.occ, h.score * _BOSS, h.label, h.method) for h in run_hits]
            hits.extend(run_hits)
        covered = {k for a, b in taken for k in range(a, b)}
        table = self.variants.words
        left = [
            w
            for k, w in enumerate(words)
            if k not in covered
            and (len(w) > 2 or w in table)  # "cv" is central heating
            and w not in _LINK_WORDS
            and not _SENIORITY.fullmatch(w)
        ]
        return _ranked(hits), bool(hits) and single_head, left

    def _head(
        self,
        words: list[str],
        licences: tuple[str, ...],
        focus: list[str],
        *,
        keep_all: bool = False,
        required: Sequence[str] = (),
    ) -> list[Hit]:
        """Rank the occupations named by the phrase's job noun by how the rest matches.

        ``focus`` are words a run left unexplained: a hit's ``evidence`` is the IDF of the
        rarest of them its label matches (also by a long common beginning: "spuitgieten",
        "spuitgietmachine"), and only when the label also matches every word of
        ``required``. Words for how the work is done (``[activiteiten]``) weigh a quarter.
        Only the candidates near the best are returned, all of them with ``keep_all``."""
        model = self.model
        words = self._replace_parts(self._replace(words))  # "beleidsadviseur" as ESCO says it
        found = model.last_head(words)
        if found is None:
            return []
        head_at, (prefix, head) = found
        modifiers = [w for i, w in enumerate(words) if i != head_at and not _SENIORITY.fullmatch(w)]
        if prefix:
            modifiers.insert(0, prefix)
        modifiers = self._replace(modifiers)
        mod_words = [m for m in dict.fromkeys(modifiers) if len(m) > 2 and m not in _LINK_WORDS]
        defaults = self._defaults(head, licences)
        head_labels: set[int] = set()
        head_units = model.head_units(head)
        for unit in head_units:
            head_labels.update(model.unit_labels.get(unit, ()))
        related_labels: set[int] = set()  # "coördinator inkoop" may be ESCO's "hoofd inkoop"
        for noun in self.variants.related.get(head, ()):
            related_labels.update(model.unit_labels.get(noun, ()))
        related_labels.difference_update(head_labels)
        same_nouns = set(model.same_role.get(head, ()))
        title_units = set(head_units)
        for m in mod_words:
            title_units.update(model.units_of(m))
        said = title_units | same_nouns

        def same_role(label_id: int) -> bool:
            """A label each of whose words shares a unit with the title or is a noun for the
            same role: "warmtepompmonteur" for "installateur warmtepompen" (not "docent
            Nederlands als tweede taal" for "leerkracht Nederlands")."""
            return all(units & said for units in model.label_words[label_id])

        lightness = {
            m: _ACTIVITY_WEIGHT if m in self.variants.activities else 1.0 for m in mod_words
        }
        total = sum(model.idf(m) * lightness[m] for m in mod_words) or 1.0
        matched: dict[int, float] = {}
        evidence: dict[int, float] = {}
        focus_set = set(focus) | set(self._replace(list(focus)))  # "vmbo" -> "voortgezet onderwijs"
        generic_head = head in self.variants.generic  # "monteur X" may be ESCO's "technicus X"
        for m in mod_words:
            units = model.match_units(m)
            for label_id, weight in model.match_labels(m).items():
                own = label_id in head_labels
                if not own and label_id not in related_labels:
                    continue
                matched[label_id] = matched.get(label_id, 0.0) + weight * lightness[m]
                # a label named with a noun the list relates both ways ("docent chemie
                # secundair onderwijs" for "Leraar chemie") is as good as the title's own
                kin = not own and any(u & same_nouns for u in model.label_words[label_id])
                if m not in focus_set or not (own or kin or generic_head or same_role(label_id)):
                    # another related noun's label is evidence only for a generic job noun, or
                    # a noun for the same role ("installateur warmtepompen": "warmtepompmonteur")
                    continue
                if (
                    own
                    and head not in self.variants.generic
                    and head not in _DOERS
                    and not self._names_head(head, label_id, title_units)
                ):
                    # "garagehouder" shares only a part with "boekhouder garage", and a
                    # common compound no more: "productiemedewerker kaas" is no
                    # "verkoopmedewerker kaas- en zuivelproducten"
                    continue
                exact = units.get(label_id, 0.0)  # not a mere prefix ...
                if not exact and own and self._long_prefix(m, label_id):
                    exact = weight  # ... unless a long one (own job noun only)
                exact = max(exact, self._all_parts(m, label_id))
                if exact > evidence.get(label_id, 0.0):
                    evidence[label_id] = exact
        labels = self.taxonomy._index.labels
        for mod in required:
            needed = model.match_labels(mod)
            for label_id in [i for i in evidence if i not in needed]:
                if mod not in fold(labels[label_id][0]):  # "zorg" in "thuiszorgmedewerker"
                    del evidence[label_id]
        scored: list[Hit] = []
        # a label with the title's own compound job noun and nothing the title does not say
        # ("werkplaatschef auto's" for "Werkplaatschef autobedrijf") comes before the bare
        # noun's reading ("chef", the cook); "wachtchef raffinaderij" not for the fire brigade's
        compound = words[head_at] if prefix and defaults else ""
        floor = max((h.score for h in defaults), default=0.0) + 0.01
        for label_id, weight in matched.items():
            label, occ, kind = labels[label_id]
            words = model.label_words[label_id]
            covered = sum(
                self._covered(word, units, mod, parts, title_units, head, same_nouns)
                for word, units, mod, parts in zip(
                    model.label_content[label_id],
                    words,
                    model.label_mods[label_id],
                    model.label_parts[label_id],
                    strict=True,
                )
            )
            coverage = covered / max(1, len(words))
            share = min(1.0, weight / total)
            score = _HEAD * (0.7 + 0.25 * share + _COVERAGE * coverage) * _KIND[kind]
            if label_id in related_labels:
                score *= _RELATED
            strong = evidence.get(label_id, 0.0) if share >= 0.5 else 0.0
            if compound and self._only_says(label_id, compound, title_units):
                score = max(score, floor)
            scored.append(Hit(occ, score, label, "head", strong))
        if head in _DOERS:  # "medewerker metselwerk" does a metselaar's work
            for m in mod_words:
                share = min(1.0, model.idf(m) * lightness[m] / total)
                for h in self._work_hits(m):
                    score = _HEAD * (0.7 + (0.25 + _COVERAGE) * share) * h.score
                    scored.append(Hit(h.occ, score, h.label, "head"))
        scored = _ranked(scored)
        if not scored and head in model.generic:
            scored = self._agents(mod_words)
        if scored:
            best = scored[0].score
            if not keep_all:
                scored = [h for h in scored if h.score >= best - 0.05]
            return _ranked(scored + defaults)
        return defaults

    def _covered(
        self,
        word: str,
        units: frozenset[str],
        mod: str | None,
        parts: tuple[str, ...] | None,
        title_units: set[str],
        head: str,
        same_nouns: set[str],
    ) -> float:
        """How much of a label word the title says. A job noun's compound only with what it
        says before the noun ("beleid" of "beleidsmedewerker"), whole with the noun itself or
        one for the same role (not "groepsfitnessbegeleider" for "Groepsleider BSO"); another
        long word whole, or by all its parts ("verslaving", "zorg" of "verslavingszorg").
        Else half: "zorg" is half of "pleegzorg", which is no "ouderenzorg"."""
        if not units & title_units or (mod is not None and mod not in title_units):
            return 0.0
        if parts is None or word in title_units or stem(word) in title_units:
            return 1.0
        if mod is not None:  # the label's job noun is the same role, or a kind of a generic
            noun = parts[0]  # doer the title names ("jeugdwelzijnswerker" for "Jeugdwerker")
            generic = head in _DOERS or head in self.variants.generic
            kind = generic and head in self.model.head_units(noun)
            return 1.0 if noun in same_nouns or kind else 0.5
        return 1.0 if all(p in title_units or stem(p) in title_units for p in parts) else 0.5

    def _sense_named(
        self, runs: list[Hit], left: list[str], *, bare: bool, phrase: Sequence[str] = ()
    ) -> list[Hit]:
        """The runs' senses, the one whose name contains a left-over word first: for a bare
        job noun any word ("bedrijfsleider restaurant" -> restaurantmanager, not the shop
        manager), for a longer run the school level ("docent techniek vmbo" teaches at a
        secondary school, not the vocational one a bare "docent techniek" means). When no
        sense is at the school level the title names, the job noun at that level comes first
        ("Docent Engels mbo" teaches at a vocational school, which ESCO has no language
        teacher for: its vocational teacher, not the secondary-school language teacher)."""
        model = self.model
        words = [level.replace(" ", "") for level in self._levels_named(left)]
        if bare:
            words += [w for w in left if len(w) >= 5 and model.head_of(w) is None]
            short = [w for w in left if len(w) < 5 and not self._school_level(w)]
            read = [self._replace([w]) for w in short]  # a short word as the list reads it
            words += [r[0] for r in read if len(r) == 1 and len(r[0]) >= 5]
        named = [h for h in runs if any(w in model.compact_preferred[h.occ] for w in words)]
        if not named:
            return self._at_level(runs, left, phrase)
        if named[0] is runs[0] and (len(runs) == 1 or runs[1].score < runs[0].score):
            return runs  # first already, and not only by a tie the prior would break
        top = runs[0].score
        lifted = {id(h) for h in named}
        return _ranked(
            [Hit(h.occ, top + 0.01, h.label, h.method) if id(h) in lifted else h for h in runs]
        )

    def _at_level(self, runs: list[Hit], left: list[str], phrase: Sequence[str]) -> list[Hit]:
        """The phrase's job noun at the school level a left-over word names, first (see
        :meth:`_sense_named`); ``runs`` as they are when there is none."""
        level = next((w for w in left if self._school_level(w)), None)
        last = self.model.last_head(list(phrase)) if level else None
        if last is None or last[1][1] not in _TEACHERS:
            return runs  # "Zweminstructeur MBO 3": the level asked of the applicant
        said = " ".join(self._replace([w for w in phrase if w != level]))
        if any(lvl in said for lvl in _SCHOOL_LEVELS):
            return runs  # the title names another level too ("docent verpleegkunde hbo")
        found = [h for h in self._known([last[1][1], level]) if h.score >= _STRIPPED]
        if not found:
            return runs
        top = runs[0].score + 0.01
        return _ranked([*runs, *(Hit(h.occ, top, h.label, h.method) for h in found[:1])])

    def _other_level(self, occ: int, words: Sequence[str]) -> bool:
        """Whether the occupation's name says a school level other than the one ``words``
        name ("docent pedagogisch werk mbo" teaches at a vocational school, not at the higher
        one of ESCO's *docent pedagogische wetenschappen hoger onderwijs*)."""
        named = set(self._levels_named(words))
        level = self._level_of(occ)
        return bool(named) and bool(level) and level not in named

    def _level_of(self, occ: int) -> str:
        """The school level an occupation's name says ("leerkracht godsdienst voortgezet
        onderwijs"), or ""."""
        name = self.model.compact_preferred[occ]
        return next((lvl for lvl in _SCHOOL_LEVELS if lvl.replace(" ", "") in name), "")

    def _levels_named(self, words: Sequence[str]) -> list[str]:
        """The school levels the variant list reads ``words`` as ("mbo" is "beroepsonderwijs",
        "vmbo" "voortgezet onderwijs")."""
        read = (" ".join(self._replace([w])) for w in words)
        return [level for level in read if level in _SCHOOL_LEVELS]

    def _school_level(self, word: str) -> bool:
        """Whether the variant list reads ``word`` as a school level ("mbo", "vmbo", "hbo")."""
        return bool(self._levels_named([word]))

    def _in_field(self, words: list[str], runs: list[Hit], left: list[str]) -> list[Hit]:
        """A kind of work and the field it is done in (``[soorten]``): the occupation of that
        kind whose label names the field, above the run's own reading, which stays second
        ("Verkoopmedewerker kleding" is ESCO's *verkoopspecialist kleding*,
        "Beveiligingsmedewerker evenementen" its *evenementenbeveiliger*). Of that kind: in
        the run's ISCO unit group, or with its job noun ("beveiliger"); for elementary work
        (ISCO 9) also a plain operator or worker of the field where ESCO names such work
        ("Productiemedewerker vleesverwerking" is its *operator bereid vlees*), or the field's
        plain machine operator or assembler ("... medische hulpmiddelen"). Never broader
        in ESCO than the run's reading, no leader; empty when no one label names the field."""
        if not runs or not left:
            return []
        job = [  # not how it is done ("Allround operator voedingsmiddelenindustrie")
            w
            for w in words
            if w not in left
            and w not in _LINK_WORDS
            and w not in self.variants.activities
            and not _SENIORITY.fullmatch(w)
        ]
        # in English: "sales assistant", "security officer"; a word of the list: "salesman",
        # "toegangscontroleur" (a guard)
        written, job = job, self._replace(job)
        kinds = self.variants.kinds
        if len(job) == 2:
            job = self._kind_apart(job) or job
        if " ".join(job) not in kinds and "".join(job) in kinds:
            job = ["".join(job)]  # written apart: "store manager" = "winkel manager"
        if " ".join(job) not in kinds and " ".join(written) in kinds:
            job = written  # a kind the list names as written ("sales representative")
        if " ".join(job) not in kinds:  # "administratief medewerker"
            return []
        seller = " ".join(job) in _SELLING_KINDS
        shops = []  # a shop beside a seller is the seller's own workplace: the goods beside
        for word in left:  # it name the field ("Verkoper winkel vis"), or else the shop
            second = self._glued_kind(word)
            if second and not (seller and second in _SELLING_KINDS):
                return []  # a second kind is no field ("Medewerker productie en verkoop")
            if second:
                shops.append(word)
        narrowed = [w for w in left if w not in shops]
        found = self._kind_in_field(job, runs, narrowed) if shops and narrowed else []
        return found or self._kind_in_field(job, runs, left)

    def _goods_of(self, word: str) -> str:
        """What the list's ``[waren]`` make of ``word``, also of a compound of such a word and
        a field's last part ("mengvoerfabriek" makes "mengvoer": animal feed), or of what the
        word list reads it as ("Gamma" is a "bouwmarkt"); or ""."""
        goods = self.variants.goods
        if word in goods:
            return goods[word]
        read = self.variants.words.get(word, "")
        if read in goods:
            return goods[read]
        tail = next((t for t in _FIELD_TAILS if word.endswith(t) and len(word) > len(t)), "")
        return goods.get(word[: -len(tail)], "") if tail else ""

    def _kind_in_field(self, job: list[str], runs: list[Hit], left: list[str]) -> list[Hit]:
        """:meth:`_in_field` for a kind of work ``job`` and the words ``left`` beside it."""
        model = self.model
        # a shop or an employer names the field only when the title says nothing else of it
        # ("Administratief medewerker ziekenhuis personeelszaken" works in HR)
        named = [w for w in left if w not in _LINK_WORDS]
        sold = [self._goods_of(w) for w in named]
        sold = sold if all(sold) else []
        said: set[str] = set()
        for word in [*left, *self._replace(left), *(v for v in sold if " " not in v)]:
            said.update(self._field_of(word))
        # a field of several words is named by all of them ("medisch secretariaat", not the
        # assembler of "medische hulpmiddelen")
        wholes = [[self._field_of(w) for w in v.split()] for v in sold if " " in v]
        rewritten = self._replace(job)
        for form in {*job, *rewritten, *self._replace_parts(rewritten)}:
            says = model.units_of(form)  # what the job word says names no field ("Winkel-
            roots = {stem(u) for u in says}  # medewerker Action", "Lunchmedewerker strandtent",
            said = {u for u in said if u not in says and stem(u) not in roots}  # "Beveiliger
            # beveiligingsbedrijf": a shop, the hospitality trade, the guard's own trade)
        if not said and not wholes:
            return []
        occupations = self.taxonomy.occupations
        labels = self.taxonomy._index.labels
        own_occ = runs[0].occ  # a kind written as another's word is of that kind's occupation
        alias = self.variants.kinds_as.get(" ".join(job))
        named = self._known(alias.split()) if alias else []
        if named:  # ("accountmanager": the plain vertegenwoordiger's)
            own_occ = named[0].occ
        own = occupations[own_occ]
        nouns = self._own_nouns(own_occ)
        elementary = len(job) == 1 and own.isco_group.startswith("9")
        kinds = model.job_kinds(job[0]) if elementary else frozenset()
        # a kind named in two words is named so in the label ("administratief medewerker
        # vastgoed" is ESCO's administrative worker, of another unit group than the run's)
        phrase = set(job) if len(job) > 1 else set()
        depth = own.esco_code.count(".")
        leads = self._leader_noun(job[-1])  # a shop's manager: the manager of the shop's goods
        if alias:  # a kind written as a leader's word takes that leader's occupations
            leads = leads or self._leader_noun(alias.split()[-1])  # ("logistiek planner")
        score = runs[0].score + _FIELD_LIFT
        found: list[Hit] = []
        tier: dict[int, int] = {}  # 2: the run's own kind, 1: a plain worker of the field
        units = said.union(*(u for whole in wholes for u in whole))
        for label_id in {i for unit in units for i in model.unit_labels.get(unit, ())}:
            label, occ, kind = labels[label_id]
            occupation = occupations[occ]
            same = (
                occupation.isco_group == own.isco_group
                or bool(nouns & model.job_nouns(label_id))
                or (bool(phrase) and phrase.issubset(model.label_content[label_id]))
            )
            # elementary production work is also a stationary machine operator's or assembler's
            operates = bool(kinds) and occupation.isco_group[:2] in {"81", "82"}
            if (
                occ in (runs[0].occ, own_occ)
                or not (same or occupation.isco_group[:3] in kinds or operates)
                or occupation.esco_code.count(".") < depth
                or (label_id in model.leader_labels and not leads)
                or not self._names_field(model.label_field(label_id), said, wholes)
            ):
                continue
            found.append(Hit(occ, score * _KIND[kind], label, "head", _FIELD_IDF))
            level = 2 if same else int(model.plain_doer(label_id))
            if same and alias and alias in model.label_content[label_id]:
                level = 3  # the kind's own word ("distributiemanager bloemen en planten")
            tier[occ] = max(tier.get(occ, 0), level)
        if alias:  # a kind written as another's word: only that kind's occupations, not
            found = [h for h in found if tier[h.occ] == 3]  # another of its group (the
            # import-exportmanager of the goods, the warehouse manager of a "DC")
        elif any(t == 2 for t in tier.values()):  # the run's own kind first: a shop's seller is
            found = [h for h in found if tier[h.occ] == 2]  # no importer of what it sells
        found = _ranked(found)  # a field many trades work in names none of them
        if len(found) > 2 * _FIELD_MANY:  # ("Productiemedewerker textiel", "... staal")
            return []
        found = [h for h in found if tier[h.occ]]  # of a few, the plain worker of the field
        if not found or len(found) > _FIELD_MANY:
            return []
        return _ranked([*found, *runs])

    def _tradesman(self, words: list[str]) -> list[Hit]:
        """ "medewerker X" as ESCO's "vakman X", a label that starts with "vakman" ("medewerker
        waterbouw" is the vakman waterbouw; not "farmaceutisch vakman apotheek" for a pharmacy's
        worker); an adjective before it says nothing ("Junior medewerker waterbouw")."""
        words = _unranked(words)  # "Junior medewerker …"
        if len(words) < 2 or words[0] != "medewerker":
            return []
        for form, factor in self._forms(["vakman", *words[1:]]):  # also as rewritten
            hits = self._exact(form, factor * _STRIPPED)  # ("grond- weg- en waterbouw")
            hits = [h for h in hits if fold(h.label).startswith("vakman ")]
            if hits:
                return hits
        return []

    def _doer_of_work(self, words: list[str]) -> list[Hit]:
        """A worker of a named kind of work is that work's doer when ESCO or the list knows
        the doer by name (``_DOERS_OF_WORKS``): "medewerker parkeercontrole" is the
        "parkeercontroleur", "medewerker pakketbezorging" the "pakketbezorger"."""
        work = self._beside_worker(words)
        for tail, doer in _DOERS_OF_WORKS.items():
            what = work.removesuffix(tail)
            if what != work and len(what) >= 3:
                # as spelled, no spelling alike: "bollenbouw" has no "botenbouwer"
                hits = self._known([what + doer], spelling=False)
                return self._stripped([h for h in hits if h.method in KNOWN_METHODS])
        return []

    def _mechanic_of_technique(self, words: list[str]) -> list[Hit]:
        """A worker of a technique is its mechanic when the list or ESCO knows the mechanic by
        it: "Medewerker koeltechniek" is the "monteur koeltechniek" (ESCO's refrigeration
        technician), "Medewerker installatietechniek" the list's installer of buildings,
        "Medewerker autotechniek" the "automonteur" (the compound's first part with the noun).
        Before, the head step took any worker's label with a "techniek" in it (a stage builder
        for "medewerker podiumtechniek")."""
        work = self._beside_worker(words)
        if not work.endswith(_TECHNIQUE) or len(work) < len(_TECHNIQUE) + 3:
            return []
        mechanic = [_MECHANIC, work]  # as spelled, no spelling alike; or by the compound's
        hits = self._known(mechanic, spelling=False) or self._part_named(mechanic)  # first part
        return self._stripped([h for h in hits if h.method in KNOWN_METHODS])

    def _technician_of(self, words: list[str]) -> list[Hit]:
        """A technical worker of a thing is ESCO's technician of it when a technician's
        preferred label names it so: "Technisch medewerker podium" is its *podiumtechnicus*,
        "... geluid" its *geluidstechnicus*; a place's handyman ("... zwembad") and a label
        several occupations share are left to the other steps."""
        words = _unranked(words)
        if len(words) != 3 or words[:2] != ["technisch", "medewerker"]:
            return []
        thing = words[2]
        occupations = self.taxonomy.occupations
        for name in (thing + "technicus", thing + "stechnicus", f"technicus {thing}"):
            listed = [h for h in self._known(name.split(), spelling=False) if h.method == "variant"]
            if listed:  # the list's own technician ("audiotechnicus")
                return self._stripped(listed)
            named = self.model.by_preferred.get(name, ())
            if len(named) == 1 and occupations[named[0]].isco_group.startswith("3"):
                return [Hit(named[0], _STRIPPED, name, "exact")]
        return []

    def _mobile_machinist(self, words: list[str]) -> list[Hit]:
        """An operator of a mobile machine is ESCO's machinist of it when ESCO names one
        (ISCO 834): "Grader operator" is its *machinist grader*, "Bulldozer operator" its
        *machinist bulldozer*; "Operator extrusie" (a stationary machine) is left alone."""
        words = _unranked(words)
        machine = [w for w in words if w not in _OPERATORS]
        if len(machine) != 1 or len(words) != 2:
            return []
        occupations = self.taxonomy.occupations
        for name in (machine[0] + "machinist", f"machinist {machine[0]}"):
            for form, factor in self._forms(name.split()):
                hits = [
                    h
                    for h in self._exact(form, factor * _STRIPPED)
                    if h.method in KNOWN_METHODS and occupations[h.occ].isco_group.startswith("834")
                ]
                if hits:
                    return hits
        return []

    def _animal_therapist(self, words: list[str]) -> list[Hit]:
        """A carer or therapist of a kind of animal is ESCO's of animals, which it writes with
        "dieren": "Hondenfysiotherapeut" and "Fysiotherapeut voor paarden" are its
        *dierenfysiotherapeut*, "Paardenosteopaat" its *dierenosteopaat*, "Kattenverzorger" its
        *dierenverzorger*. Only a word ESCO does not know as it stands ("hondentrainer" is a
        label of its own), and only a label spelled so."""
        words = _unranked(words)
        names = []
        if len(words) == 3 and words[1] == "voor" and words[2] in _ANIMALS:
            job = words[0]  # "Chiropractor voor dieren"; ESCO's own compound first
            names.append(words[2] + job)  # ("Tandarts voor paarden": its paardentandarts)
        elif len(words) == 1:
            animal = next((a for a in _ANIMALS if words[0].startswith(a)), "")
            job = words[0][len(animal) :] if animal else ""
        else:
            return []
        if len(job) < 5 or job.startswith(_ANIMALS):
            return []
        names.append(f"dieren{job}")
        for name in names:  # as written: no "dierentemmer" for "dierentrimmer"
            hits = self._label_spelled(name)
            if hits:
                return hits  # as sure as the title: above its cut "Fysiotherapeut"
        return []

    def _farm_keeper(self, words: list[str]) -> list[Hit]:
        """The manager of a farm's animals keeps them as ESCO's farmer of those animals (ISCO
        61): "Bedrijfsleider vleesvarkens" and "... zeugenstal" are its *varkenshouder*
        ("vleesvarkenshouder", "zeugenhouder"), "... vleeskuikens" its *pluimveehouder*
        ("kuikenhouder"); a shop's or anything else's manager is left to the other steps."""
        words = [w for w in words if not _SENIORITY.fullmatch(w) and w != "meewerkend"]
        if len(words) != 2 or words[0] not in _FARM_MANAGERS:
            return []
        animal = words[1]
        tail = next((t for t in _FARM_TAILS if animal.endswith(t)), "")
        if tail and len(animal) - len(tail) >= 4:
            animal = animal.removesuffix(tail)
        # the animal, or its last part ("vleeskuikens": "kuikens", ESCO's "kuikenhouder")
        for start in range(len(animal) - 2):
            name = animal[start:]
            if name.startswith("dier"):  # "huisdieren", "proefdieren": ESCO's "dierenhouder"
                break  # is its livestock farmer
            for keeper in _KEEPERS:
                for form in dict.fromkeys((name, name.removesuffix("s"))):
                    hits = self._label_spelled(form + keeper, group="61")
                    if hits:
                        return self._stripped(hits)
        return []

    def _scientist_or_teacher(self, words: list[str]) -> list[Hit]:
        """A researcher of a discipline is ESCO's scientist of it, named by the discipline's
        ending (``_DISCIPLINES``): "Onderzoeker sociologie" is its *socioloog*, "Postdoc
        biochemie" its *biochemicus*, "Promovendus sterrenkunde" its *sterrenkundige*; of a
        compound, the whole word first, then its tails ("arbeidsmarktsociologie":
        *socioloog*). Only a scientist's preferred label counts (``_SCIENTISTS``: no physician,
        nurse or engineer, nor a label several occupations share), ESCO's own researcher of the
        field first ("wetenschappelijk onderzoeker bedrijfseconomie", "... toxicologie"), and
        nothing when ESCO knows the whole word otherwise ("plantenfysioloog", its biologist's).
        A university's teacher of a discipline is ESCO's teacher of it in higher education,
        which it also calls "lector" of the discipline: "Hoogleraar organische chemie" is its
        *docent chemie hoger onderwijs*; of a compound only a last part that is a science by
        its ending ("Universitair docent arbeidssociologie", not "werktuigbouwkunde")."""
        words = _unranked(words)
        if words[:2] == ["wetenschappelijk", "medewerker"]:
            words = ["onderzoeker", *words[2:]]
        if words[:1] == ["universitair"] and words[1:2] in (["docent"], ["hoofddocent"]):
            words = ["hoogleraar", *words[2:]]
        if len(words) not in (2, 3) or self._job_noun(words[1]):
            return []
        field, rest = words[-1], words[1:]
        if words[0] in _RESEARCHERS:
            for researcher in _OWN_RESEARCHERS:  # ESCO's own researcher of the field first
                own = self._label_spelled(f"{researcher} {' '.join(rest)}")
                if any(self._scientist(h.occ) for h in own):
                    return self._in_training(words[0], self._stripped(own))
            # an adjective: "klinische psychologie" is ESCO's "klinisch psycholoog" if it has
            # one, else its "psycholoog" ("sociale geografie": "geograaf")
            kinds = [f"{words[1].removesuffix('e')} ", ""] if len(words) == 3 else [""]
            names = [(e, "{}" + scientist) for e, scientist in _DISCIPLINES]
            find = self._scientist_named
        elif words[0] in _PROFESSORS:
            kinds = [f"{words[1]} ", ""] if len(words) == 3 else [""]  # "moderne talen"
            names = [("", "lector {}")]
            find = self._teacher_named
        else:
            return []
        # the word, then its tails after a first part of three letters or more ("cel|biologie";
        # no "astronomie" in "gastronomie")
        tails = [field[i:] for i in range(len(field) - 3) if i == 0 or i >= 3]
        for at, part in enumerate(tails):
            for ending, name in names:
                stem = part.removesuffix(ending)
                if ending and stem == part:
                    continue
                if at and not (ending or part.endswith(_SCIENCES)):
                    continue  # a professor of "werktuigbouwkunde" teaches no "bouwkunde"
                for kind in kinds:
                    hits = find(name.format(kind + stem))
                    if hits:
                        return self._in_training(words[0], self._stripped(hits))
                whole = name.format(stem).split()
                if not at and any(h.method in KNOWN_METHODS for h in self._known(whole)):
                    return []  # ESCO knows the whole word otherwise ("plantenfysioloog" is its
                    # biologist's): the other steps read it
        return []

    def _scientist(self, occ: int) -> bool:
        return self.taxonomy.occupations[occ].isco_group.startswith(_SCIENTISTS)

    def _scientist_named(self, name: str) -> list[Hit]:
        """ESCO's scientist whose preferred label is ``name`` ("socioloog"); not a label
        several occupations share as an alternative ("viroloog", "biotechnoloog")."""
        return [
            Hit(at, 1.0, name, "exact")
            for at in self.model.by_preferred.get(name, ())
            if self._scientist(at)
        ]

    def _teacher_named(self, name: str) -> list[Hit]:
        """ESCO's teacher in higher education (ISCO 23) labelled ``name`` ("lector chemie")."""
        return self._label_spelled(name, group="23")

    def _in_training(self, researcher: str, scientists: list[Hit]) -> list[Hit]:
        """A PhD candidate is first what the word list says ("promovendus": ESCO's university
        research assistant), the scientist of the discipline well below."""
        own = self._known([researcher]) if researcher == "promovendus" else []
        if not own:
            return scientists
        below = min(h.score for h in own) - 0.1
        return _ranked([*own, *(Hit(h.occ, below, h.label, h.method) for h in scientists)])

    def _manager_of_place(self, words: list[str]) -> list[Hit]:
        """A "bedrijfsleider" runs a place as ESCO's manager of it, when it names one
        ("manager vakantiepark", "campingmanager"): "Bedrijfsleider vakantiepark" is its
        *manager recreatie-accommodatie*, not the shop's or the restaurant's manager that a
        bare "bedrijfsleider" is. Only a label with the title's word as written, of ESCO's
        managers of places (``_PLACE_MANAGERS``)."""
        words = _unranked(words)
        if len(words) != 2 or words[0] != "bedrijfsleider":
            return []
        occupations = self.taxonomy.occupations
        hits = [
            h
            for h in self._known(["manager", words[1]])
            if h.method in KNOWN_METHODS
            and words[1] in fold(h.label)  # as written: no "plant manager" for "planten"
            and occupations[h.occ].isco_group.startswith(_PLACE_MANAGERS)
        ]
        if any(occupations[h.occ].isco_group.startswith(_SHOP_MANAGERS) for h in hits):
            return []  # a shop's ("... hoorwinkel", "... bakkerij") is left to the shop step,
        return self._stripped(hits)  # which names the plain shop manager second

    def _director_of_company(self, words: list[str]) -> list[Hit]:
        """The director of a company known by its work directs the company: "Directeur
        bouwbedrijf", "Directeur-eigenaar installatiebedrijf", "Directeur sloop- en
        asbestsaneringsbedrijf" are ESCO's general manager, the bare "directeur"'s reading.
        Before, the word bag took any director's label with a "bedrijf" in it (a bank's
        director, an energy plant's manager). Only when neither ESCO nor the list names a
        director of that work (:meth:`_director_label`): "Directeur transportbedrijf" keeps
        ESCO's directors of road and sea transport, "Directeur mijnbouwbedrijf" its
        "mijndirecteur", "Directeur kinderopvangbedrijf" the list's day-nursery manager."""
        content = [w for w in _unranked(words) if w not in _LINK_WORDS - {"en"} and w != _OWNER]
        works = []
        if content[2:3] == ["en"] and len(content) == 4:  # "sloop- en asbestsaneringsbedrijf"
            works, content = [content[1]], content[:1] + content[3:]
        if len(content) != 2 or content[0] != _DIRECTOR:
            return []
        work = self._work_of(content[1], _FIRMS)  # "dakdekkers|bedrijf"
        if len(work) < 3:
            return []
        model = self.model
        first = model.split(work)[0]  # "mijn|bouw": ESCO's "mijndirecteur"
        if any(
            self._director_label(model.label_content[i], work)
            for i in model.unit_labels.get(work, ())
        ) or any(
            model.label_content[i] == (first + _DIRECTOR,) for i in model.unit_labels.get(first, ())
        ):
            return []  # ESCO's own director of the work ("directeur wegtransport")
        for named in (work, *works):  # the list's ("directeur kinderopvang" runs a day nursery;
            hits = self._known([_DIRECTOR, named], spelling=False)  # "directeur zorg en
            if any(h.method in KNOWN_METHODS for h in hits):  # welzijnsbedrijf" a care
                return []  # organisation)
        return self._stripped(self._alone([_DIRECTOR]))

    @staticmethod
    def _director_label(content: Sequence[str], work: str = "") -> bool:
        """Whether a label's words name a director of one thing: "directeur X" or
        "Xdirecteur" ("directeur wegtransport", "bankdirecteur"), or a director whose label
        ends with the ``work`` ("algemeen directeur vrachtvervoer binnenvaart"); not a
        director of one part of another field ("technisch directeur metaalproductie" for
        "productie")."""
        if len(content) == 1:
            return content[0].endswith(_DIRECTOR) and content[0] != _DIRECTOR
        if len(content) == 2 and content[0] == _DIRECTOR:
            return True
        return bool(work) and _DIRECTOR in content and content[-1].startswith(work)

    def _label_spelled(self, name: str, group: str = "") -> list[Hit]:
        """The known readings of ``name`` whose label is spelled so (not a spelling alike),
        of an occupation in the ISCO group that starts with ``group``."""
        occupations = self.taxonomy.occupations
        return [
            h
            for h in self._known(name.split())
            if h.method in KNOWN_METHODS
            and fold(h.label) == name
            and occupations[h.occ].isco_group.startswith(group)
        ]

    def _part_named(self, words: list[str]) -> list[Hit]:
        """A job noun beside a compound whose part names, with that noun, a known title: the
        part is what the job is about ("chauffeur lijnbus" drives a bus, "chauffeur
        taxivervoer" a taxi, "monteur personenauto's" repairs cars). The compound's head
        (its last part) first; not for a generic doer, whose field is the whole compound."""
        content = _unranked(words)
        if len(content) != 2:
            return []
        at = next((i for i, w in enumerate(content) if self.model.head_of(w)), None)
        if at is None or content[at] in _DOERS:
            return []
        job, compound = content[at], content[1 - at]
        if self.model.head_of(compound) or compound.endswith(_COMPANIES):
            return []  # a company is known by its work (``_company_work``)
        parts = self.model.split(compound)
        if len(parts) < 2:  # "lijnbus": a known word at its end ("lijn" is none)
            vocab = self.model.vocabulary
            tail = next(
                (compound[i:] for i in range(3, len(compound) - 2) if compound[i:] in vocab), ""
            )
            parts = (compound[: -len(tail)], tail) if tail else ()
        for part in reversed(parts):
            if len(part) < 3:
                continue
            form = [job, part] if at == 0 else [part, job]
            said = self.model.units_of(part)
            hits = [  # a label that says the part ("verpleegkundige wijkzorg" is no nurse
                h  # whom "zorg" alone would name)
                for h in self._known(form)
                if h.method in KNOWN_METHODS and self._label_units(h.label) & said
            ]
            if hits:
                return self._stripped(hits)
        return []

    def _label_units(self, label: str) -> frozenset[str]:
        """The units of all words of a label."""
        units_of = self.model.units_of
        return frozenset().union(*(units_of(masculine(t)) for t in tokens(fold(label))))

    def _without_activity(
        self, words: Sequence[str], lookup: Callable[[list[str]], list[Hit]]
    ) -> list[Hit]:
        """``lookup`` of ``words`` with a job noun whose first part says how the work is done
        (``[activiteiten]``) as the bare noun, when another job noun says what it is done on:
        "servicemonteur heftrucks" is a "monteur heftrucks", which the list reads as the
        mechanic of industrial machines (a bare "heftruck" is its driver). A reading the job noun
        itself has counts only beside another job noun: "storingsmonteur elektro" and
        "Storingsmonteur TD" stay the maintenance electrician of a plant (review 11).

        An entry of the list that names another occupation first counts also without another
        job noun, for a tradesman's noun (``_TRADES``) or an "allround" worker:
        "servicemonteur toegangscontrole" is the list's "monteur toegangscontrole", the fitter of
        security systems, and "allroundmedewerker slagerij" its butcher's shop assistant (before,
        the mechanic of industrial machines and a halal butcher). Not for an
        "onderhoudsmedewerker", a "montagemedewerker" or a "servicemedewerker": the maintenance
        worker of a swimming pool is no lifeguard; nor for an "installatiemonteur", whose first
        part names the building-installation trade. There an assembler (ISCO 82) is a reading of
        a "montage…" noun only: "servicemonteur elektronica" repairs what the list's "monteur
        elektronica" puts together on a line."""
        if len(words) < 2:
            return []
        heads = [self.model.head_of(w) for w in words]
        doing = {i for i, h in enumerate(heads) if h and h[0] in self.variants.activities and h[1]}
        if not doing:
            return []
        plain = [heads[i][1] if i in doing else w for i, w in enumerate(words)]
        hits = lookup(plain)
        if not hits:
            return []
        own = {h.occ for i in doing for h in self._lookup([words[i]])}
        if all(
            (heads[i][1] in _TRADES and heads[i][0] not in _OWN_TRADE) or heads[i][0] in _ANY_WORKER
            for i in doing
        ):
            if not any(heads[i][0] == "montage" for i in doing):
                occupations = self.taxonomy.occupations
                hits = [
                    h for h in hits if not occupations[h.occ].isco_group.startswith(_ASSEMBLERS)
                ]
            if hits and hits[0].method == "variant" and hits[0].occ not in own:
                return hits
        if not hits or not any(h for i, h in enumerate(heads) if i not in doing):
            return []
        return hits if hits[0].occ in own else []

    @staticmethod
    def _stripped(hits: list[Hit]) -> list[Hit]:
        """``hits`` of the known title left after dropping words, scored a little lower."""
        return [Hit(h.occ, h.score * _STRIPPED, h.label, h.method) for h in hits]

    def _kind_apart(self, words: Sequence[str]) -> list[str]:
        """``words`` with "medewerker X" written as the kind of work ``[soorten]`` "X(s)medewerker"
        ("medewerker schoonmaak" is a "schoonmaakmedewerker", "medewerker beveiliging" a
        "beveiligingsmedewerker"); empty when they start with no such pair."""
        if len(words) < 2 or words[0] != "medewerker":
            return []
        glued = self._glued_kind(words[1])
        return [glued, *words[2:]] if glued else []

    def _glued_kind(self, word: str) -> str:
        """The kind of work ``[soorten]`` "X(s)medewerker" of a first part ``word``, or ""."""
        kinds = self.variants.kinds
        return next((g for g in (f"{word}medewerker", f"{word}smedewerker") if g in kinds), "")

    @staticmethod
    def _names_field(
        field: frozenset[str], said: set[str], wholes: list[list[frozenset[str]]]
    ) -> bool:
        """Whether a label's field is one the title names: a word of it, or every word of a
        field named in several."""
        if field & said or any(all(units & field for units in w) for w in wholes):
            return True
        # or a compound of it: "subsidie" names "subsidieaanvragen"
        return any(f.startswith(u) for u in said if len(u) >= 6 for f in field)

    def _leader_in_field(self, words: list[str], runs: list[Hit]) -> list[Hit]:
        """A first-line leader of a field ("Teamleider wasserij", "Ploegleider chemie",
        "Voorman kinderopvang"): ESCO's first-line leader whose label names that field in a
        word of its own and nothing else, first ("voorman wasserij", "productieleider chemische
        industrie"), the run's reading second. No manager of ESCO's managers' group (a
        "Teamleider zuivel" is no import-export manager of dairy), no label whose compound
        names the field ("expeditieleider" is a mountain guide's); nothing when no such label
        or many. For a site's foreman ("Uitvoerder riolering") a project's leader counts too:
        ESCO names the sewer works' foreman's field only beside one ("projectleider
        riolering")."""
        model = self.model
        content = self._replace(
            [w for w in words if w not in _LINK_WORDS and not _SENIORITY.fullmatch(w)]
        )
        leads = [w for w in content if self._leader_noun(w) or w in _SITE_LEADERS]
        if len(leads) != 1 or len(content) < 2:
            return []
        site = leads[0] in _SITE_LEADERS
        if not site and not self._first_line(leads[0]):
            return []
        rest = [w for w in content if w != leads[0]]
        if any(self._job_noun(w) for w in rest):
            return []  # a team of a trade ("Teamleider schilders") is left to the head step
        goods = self.variants.goods  # per word, what it says of a field (common words: nothing)
        fields = [f for f in (self._field_of(goods.get(w, w)) for w in rest) if f]
        if not fields:
            return []
        said = set().union(*fields)
        labels = self.taxonomy._index.labels
        found: list[Hit] = []
        for label_id in {i for unit in said for i in model.unit_labels.get(unit, ())}:
            content_words = model.label_content[label_id]
            nouns = [w for w in content_words if self._job_noun(w)]
            named = [self._field_of(w) for w in content_words if w not in nouns]
            named = [f for f in named if f]
            if (
                not named  # the field in a word of its own, every one of them said
                or not all(f & said for f in named)
                or not all(any(f & g for g in named) for f in fields)
                or not any(self._leader_noun(n, projects=site) for n in nouns)
            ):
                continue
            label, occ, kind = labels[label_id]
            if not self._leads_first_line(occ):  # "afdelingsleider keukens" is ESCO's sales
                continue  # manager of kitchens, "expeditieleider" its mountain guide
            if site and self.taxonomy.occupations[occ].isco_group != _SITE_SUPERVISORS:
                continue  # a site's foreman leads building works, not a factory's assembly
            found.append(Hit(occ, _HEAD * _KIND[kind], label, "head", _FIELD_IDF))
        found = _ranked(found)
        if not found or len(found) > _FIELD_MANY:
            return []
        score = max([_HEAD, *(h.score + _FIELD_LIFT for h in runs[:1])])
        found = [Hit(h.occ, score * h.score / _HEAD, h.label, h.method, h.evidence) for h in found]
        return _ranked([*found, *runs])

    def _job_noun(self, word: str) -> bool:
        return self.model.head_of(word) is not None or self._leader_noun(word)

    def _field_of(self, word: str) -> frozenset[str]:
        """What a word says of a field (:meth:`_Model.field_units`), without common words
        ("industrie", "afdeling" alone name no field)."""
        model = self.model
        units = model.field_units(word)
        return frozenset(
            u
            for u in units
            if model.idf(u) >= _FIELD_IDF
            and u not in _COMPANIES
            and u not in _GENERIC_TAILS
            and u not in _OFFICES
        )

    def _leads_first_line(self, occ: int) -> bool:
        """Whether an occupation's preferred label names a first-line leader ("voorman
        wasserij", "coördinator beveiliging"; a manager or head only in ISCO's supervisors'
        groups, "hoofd huishoudelijke dienst"; not a "distributiemanager vlees", nor a
        "berggids")."""
        if not self._leads(occ):
            return False
        nouns = [w for w in self._preferred_words(occ) if self._job_noun(w)]
        manages = any(self.model.units_of(n) & _MANAGERS for n in nouns)
        return not manages or self.taxonomy.occupations[occ].isco_group in _SUPERVISORS

    def _first_line(self, word: str) -> bool:
        """Whether a leader noun is a first-line leader's that says nothing of the field
        itself: "teamleider", "voorman", "ploegleider", "coördinator" (not a manager or head,
        nor a "projectleider", whose own word names the work, nor a "groepsleider" in care,
        who works with the group)."""
        model = self.model
        parts = model.compound_parts(word)
        generic = (
            word in _LEADERS
            or word in model.generic
            or (len(parts) == 2 and parts[0] in _LEAD_UNITS)
        )
        return generic and not model.units_of(word) & _MANAGERS

    def _leader_noun(self, word: str, projects: bool = False) -> bool:
        """Whether a word is a noun for one who leads others' work ("teamleider",
        "afdelingshoofd"; not "begeleider", who guides clients, nor a leader of a project, a
        trip or a group of clients: ``_UNLED``, unless ``projects``)."""
        parts = self.model.compound_parts(word) or (word,)
        return word in _LEADERS or (parts[-1] in _LEADERS and (projects or parts[0] not in _UNLED))

    def _preferred_words(self, occ: int) -> list[str]:
        """The words of an occupation's preferred label, folded, in the masculine form."""
        return [masculine(w) for w in tokens(fold(self.taxonomy.occupations[occ].preferred_label))]

    def _own_nouns(self, occ: int) -> frozenset[str]:
        """The specific job nouns of an occupation's preferred label ("beveiliger"; none for
        "verkoopmedewerker", whose "medewerker" any worker has)."""
        model = self.model
        found = (model.head_of(w) for w in self._preferred_words(occ))
        return frozenset(
            split[1]
            for split in found
            if split is not None and split[1] not in model.generic and split[1] not in _DOERS
        )

    def _run_modifiers(self, words: list[str], left: list[str]) -> list[str]:
        """What the runs of ``words`` say besides a generic job noun: the words they cover and
        the modifiers of covered compounds, without job nouns, seniority and activity words
        (``"verzekeringsadviseur particulieren"`` -> ``["verzekering"]``: an "adviseur" is
        named by its field). Nothing for a specific job noun: a "vrachtwagenchauffeur
        huisvuil" drives a refuse truck, which is a truck too."""
        model = self.model
        last = model.last_head(words)
        if last is None or last[1][1] not in model.generic:
            return []
        out: list[str] = []
        leftover = set(left)
        for word in words:
            if word in leftover or word in _LINK_WORDS or _SENIORITY.fullmatch(word):
                continue
            split = model.head_of(word)
            mod = split[0] if split is not None else word
            if (
                len(mod) > 2
                and mod not in self.variants.activities
                and mod not in model.generic
                and model.head_of(mod) is None
            ):
                out.append(mod)
        return out

    def _names_head(self, head: str, label_id: int, title_units: set[str]) -> bool:
        """Whether a label names the title's job noun: as a word, by each of its parts
        ("operator spuitgietmachine" names a "machineoperator"), or by the same last part with
        a first part the title says ("bakkerijmedewerker", "medewerker glastuinbouw" for
        "productiemedewerker bakkerij/glastuinbouw"; not "verkoopmedewerker" for
        "productiemedewerker kaas").
        """
        model = self.model
        words = model.label_words[label_id]
        if any(head in units for units in words):
            return True
        parts = model.compound_parts(head)
        if not parts:
            return False
        if all(any(part in units for units in words) for part in parts):
            return True
        if parts[-1] not in _DOERS and parts[-1] not in model.generic:
            return False  # "boekhouder" is no kind of "houder": no "garagehouder"
        label = model.label_content[label_id]
        if parts[-1] in label and any(w != parts[-1] and w in title_units for w in label):
            return True  # "medewerker glastuinbouw" for "productiemedewerker glastuinbouw"
        for word in label:
            split = model.split(word)
            if len(split) > 1 and split[-1] == parts[-1] and title_units.intersection(split[:-1]):
                return True
        return False

    def _only_says(self, label_id: int, compound: str, title_units: set[str]) -> bool:
        """Whether a label has the word ``compound`` and every other word of it shares a
        unit with the title."""
        model = self.model
        content = model.label_content[label_id]
        return compound in content and all(
            units & title_units
            for units, word in zip(model.label_words[label_id], content, strict=True)
            if word != compound and units  # not the "s" of "auto's"
        )

    def _all_parts(self, word: str, label_id: int) -> float:
        """The IDF of the rarest part of a compound title word when the label names every
        part ("grondverzet|machines" in "monteur grondverzet- en wegenbouwmachines"), as if
        it named the word; else 0."""
        model = self.model
        parts = model.split(word)
        if len(parts) < 2 or min(map(len, parts)) < 4:
            return 0.0
        named = frozenset().union(*model.label_words[label_id])
        if not all(p in named or model.singular(p) in named for p in parts):
            return 0.0
        return max(model.idf(p) for p in parts)

    def _long_prefix(self, word: str, label_id: int) -> bool:
        """Whether a word of the label begins with the same seven letters or more as
        ``word`` ("spuitgieten" and "spuitgietmachine")."""
        if len(word) < 8:
            return False
        label = self.taxonomy._index.labels[label_id][0]
        stem7 = word[:7]
        return any(w.startswith(stem7) for w in tokens(fold(label)))

    def _bag(self, words: list[str]) -> list[Hit]:
        """Labels sharing the most (rare) words with a title that has no known job noun
        (``"mobiel surveillant beveiliging"``): IDF-weighted share of the title's words; a
        label that only general job words (``[algemeen]``: "engineer") or a region match is
        none."""
        model = self.model
        content = [w for w in dict.fromkeys(words) if len(w) > 2 and w not in _LINK_WORDS]
        if not content:
            return []
        total = sum(model.idf(w) for w in content) or 1.0
        matched: dict[int, float] = {}
        named: set[int] = set()  # labels a word names that is no general job word
        for word in content:
            found = model.match_labels(word)
            if len(found) > _BAG_COMMON:  # a word in thousands of labels tells little
                continue
            for label_id, weight in found.items():
                matched[label_id] = matched.get(label_id, 0.0) + weight
            if word not in model.variants.generic and not self._region(word):
                named.update(found)
        labels = self.taxonomy._index.labels
        # a title that names no leader is a worker's: of equal matches, a manager's label last
        # ("medewerker vleeswaren" sells meat, it does not manage its sale)
        leads = any(model.units_of(w) & _LEADERS for w in words)
        leaders = model.leader_labels
        hits = []
        for label_id, weight in matched.items():
            label, occ, kind = labels[label_id]
            share = min(1.0, weight / total)
            if share < 0.3 or label_id not in named:  # not on "engineer" alone
                continue
            score = _BAG * (0.6 + 0.4 * share) * _KIND[kind]
            if not leads and label_id in leaders:
                score *= 0.97
            hits.append(Hit(occ, score, label, "bag"))
        ranked = _ranked(hits)
        if not ranked:
            return []
        best = ranked[0].score
        return [h for h in ranked if h.score >= best - 0.05][:10]

    def _region(self, word: str) -> bool:
        """Whether ``word`` is a region of the list (``[plaatsen]``) or a town that is no
        word of ESCO's labels: it names no label on its own in the word bag ("Country manager
        Benelux" is no "Admiraal Benelux"; "Winkel" and "Dieren" are towns and words)."""
        return word in self.variants.places or (
            word in self.places and word not in self.model.vocabulary
        )

    def _agents(self, modifiers: list[str]) -> list[Hit]:
        """For a generic job noun, the person doing the work the modifier names:
        ``"sloopmedewerker"`` -> sloper, ``"inpakmedewerker"`` -> inpakker."""
        hits: list[Hit] = []
        for modifier in modifiers:
            if modifier.endswith("erij") and len(modifier) > 6:  # slagerij -> slager
                hits.extend(
                    Hit(h.occ, h.score * _HEAD * 0.97, h.label, "head")
                    for h in self._lookup([modifier[:-3]])
                )
            agent = masculine(modifier + "ster")
            # no doer when the female form names none ("bier" of "bierster", a noun in "-ier"),
            # nor for a shop's or a restaurant's floor ("vloerder" is ESCO's tiler)
            if (
                agent in (modifier + "ster", modifier)
                or agent in self.model.generic
                or modifier in _NO_DOER
            ):
                continue
            hits.extend(
                Hit(h.occ, h.score * _HEAD * 0.97, h.label, "head") for h in self._lookup([agent])
            )
        return _ranked(hits)

    def _work_hits(self, word: str) -> list[Hit]:
        """What the worker of the work ``word`` names is, by exact look-up of the worker's job
        noun: "X-werk" ("metselwerk" -> metselaar, "timmerwerk" -> timmerman, "dakwerk" ->
        dakwerker), "X-beheer" ("applicatiebeheer" -> applicatiebeheerder), a Dutch verb's
        "-ing" that ESCO's labels do not use ("handhaving" -> handhaver) and a job noun itself
        ("slager" of "slagersmedewerker"); none for other words.
        Fresh objects each call (callers rescale them), memoised per word."""
        memo = self._work_memo.get(word)
        if memo is None:
            memo = self._work_memo[word] = tuple(self._work_lookup(word))
            if len(self._work_memo) > 100_000:
                self._work_memo.clear()
        return [Hit(h.occ, h.score, h.label, h.method, h.evidence) for h in memo]

    def _work_lookup(self, word: str) -> list[Hit]:
        forms: list[str] = []
        work = _WORK_TAIL.search(word)
        if work is not None:
            stem_ = word[: work.start()]
            if stem_.endswith("s") and len(stem_) > 4 and stem_[:-1] in self.model.vocabulary:
                stem_ = stem_[:-1]  # "reinigingswerk"
            if len(stem_) >= 3:
                forms += [stem_, stem_ + "er", stem_ + "aar", stem_ + "man"]
                forms.append(masculine(stem_ + "ster"))  # sloop -> sloper
                forms.append(masculine(word[: work.start()] + "werkster"))  # dakwerker
        elif word.endswith("beheer") and len(word) >= 9:
            forms.append(word + "der")
        elif (
            word.endswith("ing")
            and len(word) >= 9
            and word not in self.model.df
            and word not in self.model.heads
        ):
            # not "marketing" or "engineering", words of ESCO's labels, nor a job word of the
            # list ("rioolwaterzuivering"), which is looked up as it stands; a word the list
            # brings otherwise still is ("handhaving" of the key "teamleider handhaving",
            # "verpleging" of the [woorden] value of "nursing")
            forms.append(word[:-3] + "er")
            # a verb's stem in a short vowel and "r", written long, names its doer as its
            # female form does ("meubelstoffering" -> meubelstoffeerster -> meubelstoffeerder,
            # "besturing" -> bestuurder)
            long_ = _SHORT_R_END.sub(r"\1\1r", word[:-3])
            if long_ != word[:-3]:
                forms.append(masculine(long_ + "ster"))
        else:
            forms.append(word)  # "slager|s|medewerker", "tuinman|s|hulp": the trade's helper
        heads, generic = self.model.heads, self.model.generic
        hits: list[Hit] = []
        for form in dict.fromkeys(forms):
            if form in heads and form not in generic:
                hits.extend(self._lookup([form]))
        return _ranked(hits)

    def _defaults(self, head: str, licences: tuple[str, ...]) -> list[Hit]:
        """What a bare job noun means: the variant list (with licence letters), else labels."""
        for lic in licences:
            found = self._lookup([head, lic])
            if found and found[0].method == "variant":
                return [Hit(h.occ, h.score * _HEAD, h.label, "default") for h in found]
        found = self._lookup([head])
        return [Hit(h.occ, h.score * _HEAD * 0.97, h.label, "default") for h in found]

    def _fuzzy(self, text: str) -> list[Hit]:
        """Character n-gram retrieval re-scored with rapidfuzz (the taxonomy's last step);
        postponed in batch mode (:meth:`resolve_many`)."""
        if not text:
            return []
        cached = self._fuzzy_cache.get(text)
        if cached is None:
            if self._collect is not None:
                self._collect.add(text)
                self._incomplete = True
                return []
            if len(self._fuzzy_cache) > 100_000:
                self._fuzzy_cache.clear()
            cached = self._fuzzy_cache[text] = self._fuzzy_batch([text])[0]
        return list(cached)

    def _fuzzy_batch(self, texts: Sequence[str]) -> list[tuple[Hit, ...]]:
        generic = self.model.generic
        return [
            tuple(
                Hit(h.occ, h.confidence, h.label, "fuzzy")
                for h in found
                if fold(h.label).strip() not in generic  # "medewerker" as one occupation's label
                and self._resembles(keys, h.label, led=led)
                and (keys or short <= set(tokens(fold(h.label))))
            )
            for (keys, led), short, found in zip(
                (self._fuzzy_keys(text) for text in texts),
                (_short_words(text) for text in texts),
                self.taxonomy._fuzzy_many(list(texts)),
                strict=True,
            )
        ]

    def _fuzzy_keys(self, text: str) -> tuple[list[str], bool]:
        """The words of ``text`` that say what the job is about: generic job nouns left out,
        also at the end of a compound ("poffertjes" of "poffertjesmedewerker"); and whether a
        leader noun was left out beside them."""
        generic = self.variants.generic
        keys = []
        for word in tokens(fold(text)):
            if word in generic or word in _LINK_WORDS or len(word) < 3:
                continue
            split = self.model.head_of(word)
            if split is not None and split[0] and split[1] in generic:
                word = split[0]
            if len(word) >= 3:
                keys.append(word)
        # a leader noun beside the field it leads is no more than a generic noun: "teamleider
        # verpleging" is no "teamleider vloerlegger"
        fields = [k for k in keys if not self._leader_noun(k)]
        if fields and len(fields) < len(keys):
            return fields, True
        return keys, False

    def _resembles(self, keys: list[str], label: str, *, led: bool = False) -> bool:
        """Whether a fuzzy hit's label has a word (or the part of a compound before its job
        noun) that one of the title's own words could be a misspelling of: alike over most of
        their letters and beginning alike. A generic job noun alone ("medewerker" in
        "publicrelationsmedewerker") does not make "poffertjesmedewerker" a PR officer, nor
        do shared endings make "diepvries" a "dierenasiel" or "voorman" a "floorman". A label
        word may also sit almost unchanged inside a longer title word (words run together),
        and a title word inside a label compound ("opzichter" in "bosopzichter"). Beside a
        leader noun (``led``) a label word that begins as the field word does is enough: the
        leader of "verpleging" is a "hoofdverpleger", of "bruggenbouw" a "voorman brugbouw"."""
        if not keys:
            return True
        keys = [*keys, *(p for k in keys for p in self.model.split(k)[:-1] if len(p) >= 5)]
        generic = self.variants.generic  # job nouns such as "medewerker"
        whole = [masculine(word) for word in tokens(fold(label))]  # "hotelreceptioniste"
        words = list(whole)
        for word in whole:
            split = self.model.head_of(word)
            if split is not None:
                words.extend(p for p in split if len(p) >= 3 and p not in generic)
        if (
            led
            and any(  # also by the last part ("wijk|verpleging", "hoofd verpleeghuis")
                len(key) >= 4 and len(word) >= 4 and key[:4] == word[:4]
                for key in {*keys, *(self.model.split(k)[-1] for k in keys)}
                for word in words
            )
        ):
            return True
        if any(
            max(fuzz.ratio(key, word), fuzz.ratio(phonetic(key), phonetic(word))) >= _FUZZY_KEY
            and (key[0] == word[0] or phonetic(key)[0] == phonetic(word)[0])
            and not self._changes_a_part(key, word, head=True)
            for key in keys
            for word in words
        ):
            return True
        # a whole label word glued into a longer one: "medewerkeradministrayief" (not the
        # title word's own job noun: "wijkbeheerder" is no "app beheerder")
        own_noun = {key: (self.model.head_of(key) or ("", ""))[1] for key in keys}
        return any(
            len(key) >= len(word) + 4
            and len(word) >= 6
            and own_noun[key] != word
            and word not in generic
            and fuzz.partial_ratio(word, key) >= _FUZZY_INSIDE
            and not self._changes_a_part(key, word)  # "compost|verwerking", "vis|verwerking"
            for key in keys
            for word in whole
        )
