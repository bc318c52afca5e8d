"""Dutch-aware text normalisation for the matching engine.

Everything that turns free text into comparable tokens lives here:

* :func:`fold` lower-cases and removes accents (``"Caissière"`` -> ``"caissiere"``).
* :func:`strip_decorations` removes what employers put around a job title: gender markers
  (``"(m/v/x)"``), hours (``"24-32 uur"``), ``"fulltime"``, ``"regio Drachten"``,
  ``"Wij zoeken een …!"``, ``"… gezocht"``, ``"vacature:"``.
* :func:`strip_adjectives` additionally drops seniority and enthusiasm words (``"ervaren"``,
  ``"junior"``); kept separate because a few real occupation labels contain them.
* :func:`masculine` maps Dutch female and gender-marked job nouns to one form
  (``"schoonmaakster"`` -> ``"schoonmaker"``, ``"instructrice"`` -> ``"instructeur"``).
* :func:`stem` is the Dutch Snowball stemmer, memoised (it is slow in pure Python).
* :func:`analyze_words` and :func:`normalize_title` feed the TF-IDF vectorisers.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

import snowballstemmer

__all__ = [
    "DUTCH_STOPWORDS",
    "analyze_words",
    "clean_title",
    "compact",
    "fold",
    "label_keys",
    "masculine",
    "normalize_title",
    "remove_decorations",
    "stem",
    "strip_adjectives",
    "strip_decorations",
    "tokens",
]

_SPECIAL = str.maketrans({"ß": "ss", "æ": "ae", "ø": "o", "œ": "oe", "ł": "l", "đ": "d", "’": "'"})
_TOKEN_RE = re.compile(r"[a-z0-9]+")


_COMBINING = re.compile(r"[\u0300-\u036f]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def fold(text: str) -> str:
    """Lower-case and remove accents and ligatures (``"Inspiciënt"`` -> ``"inspicient"``).

    Other non-ASCII characters (dashes, symbols) become spaces.
    """
    text = text.lower()
    if text.isascii():
        return text
    text = _COMBINING.sub("", unicodedata.normalize("NFKD", text.translate(_SPECIAL)))
    return _NON_ASCII.sub(" ", text)


def tokens(text: str) -> list[str]:
    """Split already folded ``text`` into alphanumeric tokens (hyphens and slashes split)."""
    return _TOKEN_RE.findall(text)


def compact(text: str) -> str:
    """Folded ``text`` with every non-alphanumeric character removed (compound-insensitive key)."""
    return "".join(tokens(fold(text)))


# --------------------------------------------------------------------------- decorations

_GENDER = r"(?:m|v|x|f|h|w|d|mv|vm|man|vrouw)"
# (pattern, quick gate): a pattern only runs when one of its gate strings occurs in the text
# (the gate is one regular expression: a search is a single C call, not a loop per string)
_DECORATIONS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (re.compile(p), re.compile("|".join(map(re.escape, gate))))
    for p, gate in (
        # gender markers: (m/v/x), [m/v], m/v, (v/m/x), (m/w/d), (h/v)
        (rf"[\(\[\{{]\s*{_GENDER}(?:\s*[/|,\\\-]\s*{_GENDER})*\s*[\)\]\}}]", ("(", "[", "{")),
        (rf"(?<![a-z0-9]){_GENDER}\s*/\s*{_GENDER}(?:\s*/\s*{_GENDER})*(?![a-z0-9])", ("/",)),
        # hours: 24-32 uur, 24 tot 32 uur per week, 32 uur p/w, 0-uren, 24u, max. 32 uur
        (
            r"(?<![a-z])(?:max(?:imaal)?\.?\s*|min(?:imaal)?\.?\s*|ca\.?\s*|circa\s*)?\d+(?:[.,]\d+)?"
            r"(?:\s*(?:-|–|—|tot|t/m|a|à|of)\s*\d+(?:[.,]\d+)?)?\s*(?:uur|uren|u|hrs|h)"
            r"(?:\s*(?:per|p/?w|p\.w\.?|/|in de|pw)\s*(?:week|wk)?)?(?![a-z])",
            tuple("0123456789"),
        ),
        (r"(?<![a-z])(?:\d+\s*)?(?:uur\s+)?per\s+week(?![a-z])", ("week",)),
        (r"(?<![a-z])(?:full|part)[\s\-]?time(?:r)?(?![a-z])", ("time",)),
        (
            r"(?<![a-z])(?:voltijd|deeltijd|flexibel|oproepbasis|op oproepbasis|bijbaan|"
            r"vakantiewerk|tijdelijk|vast contract|vaste baan|per direct|met spoed|spoed|dringend|"
            r"startersfunctie|interim|zzp|uitzendbasis|weekendwerk|avondwerk|nachtdienst)(?![a-z])",
            (
                "tijd",
                "flex",
                "oproep",
                "bijbaan",
                "vakantie",
                "vast",
                "direct",
                "spoed",
                "dringend",
                "starters",
                "interim",
                "zzp",
                "uitzend",
                "werk",
                "dienst",
            ),
        ),
        # region: regio Drachten, in de regio Noord-Holland, omgeving Heerenveen, e.o. (a whole
        # word: "omgevingsvergunning", "locatiemanager" and "regiomanager" stay)
        (
            r"(?:in\s+de\s+)?(?<![a-z])"
            r"(?:(?:regio|omgeving|rondom|standplaats|locatie)(?:\s*:\s*|\s+)|omg\.\s*)"
            # a place may start with an article or "sint": "regio Den Bosch", "regio Het Gooi"
            r"(?:(?:den|de|het|sint|st\.?)\s+)?[a-z][a-z'\-\.]*"
            # and its tail: "regio Capelle aan den IJssel", "regio Wijk bij Duurstede", "regio
            # Bergen op Zoom" (not "regio Utrecht op zonnepanelen")
            r"(?:\s+(?:aan|bij)\s+(?:(?:den|de|het|der)\s+)?[a-z][a-z'\-]*|\s+op\s+zoom)?"
            r"(?:\s+(?:en|of|e\.o\.)\s+[a-z][a-z'\-]*)?(?:\s+e\.?\s*o\.?)?",
            ("regio", "omg", "rondom", "standplaats", "locatie"),
        ),
        (r"(?<![a-z])e\.\s?o\.?", ("e.",)),
        # calls to action: wij zoeken (een), we zijn op zoek naar (een), gezocht, vacature:
        # (whole words only: "wij zoeken een dekker" keeps the "de" of "dekker")
        (
            r"(?<![a-z])(?:wij|we|jij|ben jij|zijn wij|zij)\s+(?:zijn\s+)?"
            r"(?:op\s+zoek\s+naar|zoeken|zoekt|zoek(?:en)?\s+naar)"
            r"(?:\s+(?:een|de|onze|nieuwe|jou als onze|jou als|jou)(?![a-z]))*",
            ("zoek",),
        ),
        (
            r"(?<![a-z])(?:op\s+zoek\s+naar|gezocht|gevraagd|nodig|vacature|vacatures|"
            r"word|wordt|jij als|ben jij|jij|onze nieuwe|nieuwe collega|collega|per\s+direct)"
            r"(?![a-z])",
            (
                "zoek",
                "gezocht",
                "gevraagd",
                "nodig",
                "vacature",
                "word",
                "jij",
                "onze",
                "collega",
                "direct",
            ),
        ),
        (
            r"(?<![a-z])(?:bij|voor)\s+(?:ons|onze\s+klant|een\s+klant|onze\s+opdrachtgever)(?![a-z])",
            ("ons", "klant", "opdrachtgever"),
        ),
        (r"(?<![a-z])(?:m|v|x)$", ("m", "v", "x")),
    )
)
_ADJECTIVES = re.compile(
    r"(?<![a-z])(?:ervaren|ervaring|junior|medior|senior|enthousiaste?|gemotiveerde?|"
    r"allround|all-round|zelfstandige?|zelfstandig werkende?|flexibele?|vriendelijke?|"
    r"leergierige?|betrouwbare?|fulltime|parttime|startende?|starter|stagiair|trainee|"
    r"nieuwe?|goede?|sterke?|topper|hands-on|professionele?|"
    r"gediplomeerde?|vakbekwame?|meewerkende?|aankomende?|plaatsvervangende?|waarnemende?|"
    r"1e|2e|eerste|tweede)(?![a-z])"
)
_ARTICLES = re.compile(r"^(?:(?:een|de|het|als|a|an|the)\s+)+|(?:\s+(?:en|of|voor|bij))+$")


def strip_decorations(text: str) -> str:
    """Remove employer decorations from a folded title; returns folded, space-joined tokens.

    >>> strip_decorations(fold("Wij zoeken een Heftruckchauffeur (m/v/x) 24-32 uur!"))
    'heftruckchauffeur'
    """
    text = " ".join(tokens(remove_decorations(text)))
    return _ARTICLES.sub("", text).strip()


def remove_decorations(text: str) -> str:
    """Blank out gender markers, hours, regions and calls to action in a folded title."""
    for pattern, gate in _DECORATIONS:
        if gate.search(text):
            text = pattern.sub(" ", text)
    return text


def strip_adjectives(text: str) -> str:
    """Drop seniority and enthusiasm words from a clean title (``"ervaren kok"`` -> ``"kok"``)."""
    stripped = _ARTICLES.sub("", " ".join(tokens(_ADJECTIVES.sub(" ", text)))).strip()
    return stripped or text


_PLACE_AFTER = re.compile(
    r"(?i:(?<![a-z])(?:in\s+de\s+)?(?:regio|omgeving|omg\.|standplaats|locatie|te)\s*:?\s+)"
    r"(?:[A-ZÀ-Ý][\w'’.\-]*|'s|'t)(?:\s+(?:(?:aan|den|de|op|bij|van|en|of|'s)\s+)*"
    r"[A-ZÀ-Ý][\w'’.\-]*)*"
)


def strip_places(title: str) -> str:
    """Remove capitalised place names after "regio", "omgeving", "te" (``"regio Oud Zuilen"``)."""
    return _PLACE_AFTER.sub(" ", title)


@lru_cache(maxsize=300_000)
def clean_title(title: str) -> str:
    """Fold and strip decorations from a raw title; falls back to the folded tokens if empty."""
    folded = fold(strip_places(title) if not title.isupper() else title)
    cleaned = strip_decorations(folded)
    return cleaned or " ".join(tokens(folded))


# --------------------------------------------------------------------------- gender forms

_STER_KEEP = frozenset(
    "meester zuster minister register orkester monster priester klooster ster lijster "
    "hamster geester venster mister kwartiermeester burgemeester havenmeester".split()
)
# "operatrice" is the female "operator" (ESCO's "geluidsoperatrice"), not the film projector's
# "operateur" the rule for "-trice" would make of it; a compound's "-operateur" is its "-operator"
# too ("geluidsoperateur"), so all forms meet; a bare "operateur" stays the film projectionist's
_OPERATOR_FORMS = (
    ("operatrices", "operators"),
    ("operatrice", "operator"),
    ("operateurs", "operators"),
    ("operateur", "operator"),
)
_SUFFIX_RULES: tuple[tuple[str, str], ...] = (
    ("trices", "teurs"),
    ("trice", "teur"),
    ("euses", "eurs"),
    ("euse", "eur"),
    ("ienne", "ien"),
    ("iere", "ier"),
    ("esse", "es"),
    ("ica", "icus"),
    ("ieuse", "ieus"),
    ("ffin", "f"),
    ("eente", "eente"),  # "gemeente" is no female form
    ("ente", "ent"),
    ("iste", "ist"),
    ("eute", "eut"),  # "therapeute", "farmaceute"
    ("ante", "ant"),
    ("oge", "oog"),
    ("ares", "aar"),
    ("eres", "er"),
    ("erse", "er"),
)
_NOUN_IN_R = re.compile(r"(ier|(el|en|er)aar)$")
# verbs in "-ieren" whose doer is "-ierder" ("garnierster" is ESCO's garnierder, an upholsterer)
_IER_VERBS = ("garnier", "versier")
_DOUBLE_VOWEL_END = re.compile(r"(aa|ee|oo|uu)([bcdfgklmnprstvz])$")
_SHORT_VOWEL_END = re.compile(r"(?<=[^aeiou])[aeiou]([bdfgklmnprt])$")


@lru_cache(maxsize=200_000)
def masculine(word: str) -> str:
    """Map a Dutch female/gender-marked job noun to its common form; other words unchanged.

    >>> [masculine(w) for w in ("schoonmaakster", "instructrice", "monteuse", "docente")]
    ['schoonmaker', 'instructeur', 'monteur', 'docent']
    """
    if len(word) < 5:
        return word
    for end, common in _OPERATOR_FORMS:
        if word.endswith(end) and (end.startswith("operatrice") or len(word) > len(end)):
            return word[: -len(end)] + common
    if word.endswith("ster") and len(word) >= 7 and word not in _STER_KEEP:
        if not any(word.endswith(k) for k in _STER_KEEP if len(k) > 4):
            stem_ = word[:-4]
            if stem_.endswith("r"):
                # a noun in "-ier" or in "-aar" after "el", "en" or "er" is the common form
                # itself ("kassierster" -> kassier, "makelaarster" -> makelaar); a verb's stem
                # in "r" takes "-der" ("beheerster" -> beheerder, "bewaarster" -> bewaarder)
                noun = _NOUN_IN_R.search(stem_) and not stem_.endswith(_IER_VERBS)
                return stem_ if noun else stem_ + "der"
            match = _DOUBLE_VOWEL_END.search(stem_)
            if match:  # verkoopster -> verkoper, schoonmaakster -> schoonmaker
                stem_ = stem_[: match.start()] + match.group(1)[0] + match.group(2)
            elif _SHORT_VOWEL_END.search(stem_):  # kapster -> kapper, bakster -> bakker
                stem_ += stem_[-1]
            return stem_ + "er"
    for suffix, replacement in _SUFFIX_RULES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + replacement
    return word


def label_keys(words: list[str] | tuple[str, ...]) -> set[str]:
    """Look-up keys of a token list, insensitive to spacing and hyphens (compact form), word
    order (sorted form) and gender forms; a two-word label also gets its compound form
    ("medewerker schoonmaak" = "schoonmaakmedewerker")."""
    if not words:
        return set()
    masc = [masculine(w) for w in words]
    keys = {"c:" + "".join(masc), "s:" + " ".join(sorted(masc))}
    if len(words) == 2:
        keys.add("c:" + masc[1] + masc[0])
        if not masc[1].endswith("s"):  # linking s: "medewerker bediening" = "bedieningsmedewerker"
            keys.add("c:" + masc[1] + "s" + masc[0])
        if not masc[0].endswith("s"):  # and "verwarming monteur" = "verwarmingsmonteur"
            keys.add("c:" + masc[0] + "s" + masc[1])
    return keys


# --------------------------------------------------------------------------- stemming

DUTCH_STOPWORDS: frozenset[str] = frozenset(
    """aan al alle alles als altijd andere ben bij daar dan dat de der deze die dit doch doen
    door dus een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun
    iemand iets ik in is ja je jij jou jouw kan kon kunnen maar me meer men met mij mijn moet na
    naar niet niets nog nu of om omdat ons onze ook op over reeds te tegen toch toen tot u uit
    uw van veel voor want waren was wat we wel werd wezen wie wij wil worden wordt zal ze zelf
    zich zij zijn zo zonder zou zoals zullen binnen onder tussen verschillende zoals waarbij
    waarin welke hen hun ervoor hiervoor daarbij daarnaast bijvoorbeeld etc enz zowel
    m v x mv uur uren week per fulltime parttime regio gezocht vacature""".split()
)
_STEMMER = snowballstemmer.stemmer("dutch")


@lru_cache(maxsize=500_000)
def stem(word: str) -> str:
    """Dutch Snowball stem of a folded word after gender normalisation (memoised)."""
    return _STEMMER.stemWord(masculine(word))


def stems(words: Iterable[str]) -> list[str]:
    """Stems of folded words, without stop words and single letters."""
    return [stem(t) for t in words if len(t) > 1 and t not in DUTCH_STOPWORDS]


def analyze_words(text: str | list[str]) -> list[str]:
    """Folded, stop-word-free, stemmed word tokens of ``text`` (TF-IDF analyzer).

    A list is taken as already analysed (the engine precomputes stems for vacancies).
    """
    if isinstance(text, list):
        return text
    return stems(tokens(fold(text)))


@lru_cache(maxsize=300_000)
def normalize_title(text: str) -> str:
    """Title form used for character n-grams: decorations stripped, gender forms unified."""
    return " ".join(masculine(t) for t in strip_adjectives(clean_title(text)).split())


def join_texts(parts: Iterable[str | None]) -> str:
    """Join non-empty text parts with a newline."""
    return "\n".join(p for p in parts if p)
