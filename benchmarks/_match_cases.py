"""Labelled matching cases generated from the ESCO occupations CSV (SPEC §6.3).

``generate_cases(occupations, postcodes, seed=…)`` builds one region's vacancies and clients:

* every client asks for one *target* occupation under a label that none of its vacancies uses
  (lightly noised: case, accents, sometimes a typo); half the clients add a line of
  experience that is not in any vacancy text (a later sentence of the occupation's ESCO
  description, or an earlier unrelated job);
* each target occupation gets 1-3 vacancies titled with its other labels as employers write
  them: decorated (``"(m/v/x)"``, ``"24-32 uur"``, ``"regio Drachten"``, ``"Wij zoeken een
  …!"``, ``"Ervaren … gezocht"``, ``"fulltime"``, ``"Vacature:"``), misspelt, compounds and
  word order swapped (``"medewerker schoonmaak"`` <-> ``"schoonmaakmedewerker"``), accents
  dropped; one of them always fits the client, and often one needs more hours than the
  client can work (it must be excluded);
* 0-3 vacancies of sibling occupations in the same ISCO unit group, then random vacancies of
  any occupation, with random hours, licence, physical load, status and postcode.

Relevance of a vacancy to a client: 2 same occupation, 1 same ISCO unit group, 0 otherwise,
and 0 whenever :func:`feasible` (an independent re-implementation of the hard constraints)
says the pair is impossible. Different seeds give independent case sets (different region,
occupations, labels and noise), so a held-out set is ``generate_cases(…, seed=other)``.
"""

from __future__ import annotations

import csv
import math
import random
import re
import unicodedata
from collections import defaultdict
from collections.abc import Hashable
from dataclasses import dataclass, field
from pathlib import Path

from matching.geo import DEFAULT_MAX_TRAVEL_MINUTES, DETOUR_FACTOR, SPEED_KMH
from matching.model import LOAD_LEVELS, ClientProfile, Vacancy

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "data"
ESCO_CSV = DATA / "esco" / "occupations_nl.csv"
PC4_CSV = DATA / "geonames" / "nl_pc4.csv"


@dataclass(frozen=True)
class Occ:
    """An occupation as the generator sees it (read independently of the engine)."""

    code: str
    isco: str
    labels: tuple[str, ...]
    description: str


@dataclass(frozen=True)
class Place:
    """A PC4 area with its centroid."""

    pc4: str
    name: str
    lat: float
    lon: float


@dataclass
class CaseSet:
    """Vacancies, clients and the ground truth needed to score a ranking."""

    vacancies: list[Vacancy]
    clients: list[ClientProfile]
    vacancy_occ: dict[Hashable, Occ]
    client_occ: dict[Hashable, Occ]
    places: dict[str, Place]
    noise: dict[Hashable, list[str]] = field(default_factory=dict)

    def relevance(self, client: ClientProfile, vacancy: Vacancy) -> int:
        """2 same occupation, 1 same ISCO unit group, 0 otherwise or when infeasible."""
        if not feasible(client, vacancy, self.places):
            return 0
        want, have = self.client_occ[client.id], self.vacancy_occ[vacancy.id]
        if want.code == have.code:
            return 2
        return 1 if want.isco == have.isco else 0


def _norm(label: str) -> str:
    text = unicodedata.normalize("NFKD", label.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.findall(r"[a-z0-9]+", text))


def load_occupations(path: Path = ESCO_CSV) -> list[Occ]:
    """ESCO occupations with their distinct labels (preferred first)."""
    result = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            labels: dict[str, str] = {}
            for label in [row["preferredLabel"], *row["altLabels"].split("\n")]:
                label = label.strip()
                if label and _norm(label) not in labels:
                    labels[_norm(label)] = label
            result.append(
                Occ(
                    row["conceptUri"],
                    row["iscoGroup"],
                    tuple(labels.values()),
                    row["description"].strip(),
                )
            )
    return result


def load_places(path: Path = PC4_CSV) -> list[Place]:
    """PC4 centroids from the shipped CSV."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            Place(r["pc4"], r["place"], float(r["latitude"]), float(r["longitude"]))
            for r in csv.DictReader(handle)
        ]


# --------------------------------------------------------------------------- feasibility


def _km(a: Place, b: Place) -> float:
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h)) * DETOUR_FACTOR


def _licence_ok(client: ClientProfile, vacancy: Vacancy) -> bool:
    need = vacancy.driving_licence
    if not need:
        return True
    have = client.driving_licence
    if not have:
        return False
    need = "B" if need is True else need
    held = {"B"} if have is True else ({have} if isinstance(have, str) else set(have))
    return need in held or need == "B"


def feasible(client: ClientProfile, vacancy: Vacancy, places: dict[str, Place]) -> bool:
    """Independent check of the hard constraints (benchmark oracle)."""
    if vacancy.status != "open":
        return False
    if client.hours_max is not None and vacancy.hours_min is not None:
        if client.hours_max < vacancy.hours_min:
            return False
    if client.hours_min is not None and vacancy.hours_max is not None:
        if client.hours_min > vacancy.hours_max:
            return False
    if not _licence_ok(client, vacancy):
        return False
    if vacancy.physical_load and client.max_load:
        if LOAD_LEVELS.index(vacancy.physical_load) > LOAD_LEVELS.index(client.max_load):
            return False
    if client.kinds and vacancy.kind not in client.kinds:
        return False
    a = places.get((client.postcode or "")[:4])
    b = places.get((vacancy.postcode or "")[:4])
    if a and b:
        mode = client.travel_mode or ("auto" if client.driving_licence else "ov")
        limits = [client.max_travel_km] if client.max_travel_km is not None else []
        if client.max_travel_minutes is not None:
            limits.append(client.max_travel_minutes / 60 * SPEED_KMH[mode])
        limit = min(limits) if limits else DEFAULT_MAX_TRAVEL_MINUTES / 60 * SPEED_KMH[mode]
        if _km(a, b) > limit + 1e-6:
            return False
    return True


# --------------------------------------------------------------------------- title noise

_KEYBOARD = {
    "a": "sqz",
    "b": "vn",
    "c": "xv",
    "d": "sf",
    "e": "wr",
    "f": "dg",
    "g": "fh",
    "h": "gj",
    "i": "uo",
    "j": "hk",
    "k": "jl",
    "l": "k",
    "m": "n",
    "n": "bm",
    "o": "ip",
    "p": "o",
    "r": "et",
    "s": "ad",
    "t": "ry",
    "u": "yi",
    "v": "cb",
    "w": "qe",
    "x": "zc",
    "y": "tu",
    "z": "x",
}
_DECORATIONS = (
    "{t} (m/v/x)",
    "{t} (m/v)",
    "{t} (v/m/x)",
    "{t} M/V",
    "{t} {h1}-{h2} uur",
    "{t} ({h1}-{h2} uur)",
    "{t} {h2} uur p/w",
    "{t} regio {place}",
    "{t} in de regio {place}",
    "Wij zoeken een {t}!",
    "Wij zoeken een {t} (m/v/x)",
    "Ervaren {t} gezocht",
    "{t} gezocht",
    "Vacature: {t}",
    "{t} fulltime",
    "{t} parttime",
    "Junior {t}",
    "Senior {t}",
    "{t} - per direct",
    "Enthousiaste {t} gezocht!",
    "{t} omgeving {place}",
    "{T}",
    "Ben jij onze nieuwe {t}?",
    "{t} (fulltime/parttime)",
)


def misspell(text: str, rng: random.Random) -> str:
    """One realistic typo in a word of at least five letters (not its first letter)."""
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not candidates:
        return text
    i = rng.choice(candidates)
    word = words[i]
    pos = rng.randrange(1, len(word) - 1)
    op = rng.choice(("swap", "drop", "double", "key", "vowel"))
    if op == "swap":
        word = word[:pos] + word[pos + 1] + word[pos] + word[pos + 2 :]
    elif op == "drop":
        word = word[:pos] + word[pos + 1 :]
    elif op == "double":
        word = word[:pos] + word[pos] + word[pos:]
    elif op == "key" and word[pos].lower() in _KEYBOARD:
        word = word[:pos] + rng.choice(_KEYBOARD[word[pos].lower()]) + word[pos + 1 :]
    else:
        for a, b in (
            ("ei", "ij"),
            ("ij", "ei"),
            ("au", "ou"),
            ("ou", "au"),
            ("dt", "d"),
            ("ch", "g"),
            ("c", "k"),
            ("ie", "i"),
        ):
            if a in word[1:]:
                word = word[0] + word[1:].replace(a, b, 1)
                break
        else:
            word = word[:pos] + word[pos + 1 :]
    words[i] = word
    return " ".join(words)


def reorder(text: str, vocabulary: set[str], rng: random.Random) -> str:
    """Swap Dutch compound and word order: "medewerker schoonmaak" <-> "schoonmaakmedewerker"."""
    words = text.split(" ")
    if len(words) == 2 and all(w.isalpha() for w in words):
        return words[1] + words[0] if rng.random() < 0.7 else f"{words[1]} {words[0]}"
    if len(words) == 1:
        word = words[0]
        splits = [
            i
            for i in range(4, len(word) - 3)
            if word[:i].lower() in vocabulary and word[i:].lower() in vocabulary
        ]
        if splits:
            i = rng.choice(splits)
            return f"{word[i:]} {word[:i]}"
    return text


def strip_accents(text: str) -> str:
    """Text without diacritics (how many people type)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def decorate(title: str, place: str, rng: random.Random) -> str:
    """Wrap a title in one or two employer decorations."""
    h1 = rng.choice((16, 20, 24, 28, 32))
    h2 = h1 + rng.choice((4, 8, 12))
    for template in rng.sample(_DECORATIONS, rng.choice((1, 1, 2))):
        title = template.format(t=title, T=title.upper(), h1=h1, h2=h2, place=place)
    return title


def vacancy_title(
    label: str, place: str, vocabulary: set[str], rng: random.Random, noise: list[str]
) -> str:
    """A label as an employer writes it."""
    title = label
    if rng.random() < 0.2:
        changed = reorder(title, vocabulary, rng)
        if changed != title:
            noise.append("volgorde/samenstelling")
        title = changed
    if rng.random() < 0.35:
        noise.append("typfout")
        title = misspell(title, rng)
    if rng.random() < 0.3:
        noise.append("accenten")
        title = strip_accents(title)
    if rng.random() < 0.85:
        noise.append("decoratie")
        title = decorate(title, place, rng)
    if title[:1].islower() and rng.random() < 0.7:
        title = title[:1].upper() + title[1:]
    return title


def client_label(label: str, rng: random.Random) -> str:
    """A label as a jobhunter types a client's wish."""
    if rng.random() < 0.1:
        label = misspell(label, rng)
    if rng.random() < 0.5:
        label = strip_accents(label)
    return label.capitalize() if rng.random() < 0.5 else label


# --------------------------------------------------------------------------- generation

_BOILERPLATE = (
    "Je werkt in een klein team in {place}.",
    "Wij bieden een goed salaris en een fijne werksfeer in {place}.",
    "Het bedrijf is gevestigd in {place} en groeit hard.",
    "Goede begeleiding door een vaste collega.",
    "Je start met een inwerkperiode.",
)
_HOURS = ((8, 16), (16, 24), (20, 28), (24, 32), (32, 40), (36, 40), (12, 20))


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.strip()) > 20]


def _region(places: list[Place], rng: random.Random, radius_km: float = 45.0) -> list[Place]:
    centre = rng.choice(places)
    near = [p for p in places if _km(centre, p) / DETOUR_FACTOR <= radius_km]
    return near if len(near) >= 30 else places


def _attributes(rng: random.Random) -> dict:
    lo, hi = rng.choice(_HOURS)
    return {
        "hours_min": lo,
        "hours_max": hi,
        "driving_licence": rng.random() < 0.2,
        "physical_load": rng.choice((None, "laag", "middel", "middel", "hoog")),
        "status": "open" if rng.random() < 0.95 else rng.choice(("closed", "filled")),
    }


@dataclass
class _Builder:
    rng: random.Random
    region: list[Place]
    vocabulary: set[str]
    vacancies: list[Vacancy] = field(default_factory=list)
    vacancy_occ: dict[Hashable, Occ] = field(default_factory=dict)
    noise: dict[Hashable, list[str]] = field(default_factory=dict)

    def add(self, occ: Occ, label: str, **attrs: object) -> Vacancy:
        rng = self.rng
        place = attrs.pop("place", None) or rng.choice(self.region)
        noise: list[str] = []
        title = vacancy_title(label, place.name, self.vocabulary, rng, noise)
        sentences = _sentences(occ.description)
        description = " ".join(
            [sentences[0] if sentences else "", rng.choice(_BOILERPLATE).format(place=place.name)]
        )
        base = _attributes(rng)
        base.update(attrs)
        letters = rng.choice("ABCDEFGHJKLMNPRSTVWXZ") + rng.choice("ABCDEGHJKLNPRSTZ")
        postcode = f"{place.pc4} {letters}"
        if rng.random() < 0.02:
            postcode = "1000 ZZ"  # unknown postcode: may not be excluded
            noise.append("postcode onbekend")
        vacancy = Vacancy(
            id=f"V{len(self.vacancies):06d}",
            title=title,
            description=description,
            postcode=postcode,
            **base,
        )
        self.vacancies.append(vacancy)
        self.vacancy_occ[vacancy.id] = occ
        self.noise[vacancy.id] = noise
        return vacancy


def _client(
    i: int, occ: Occ, label: str, home: Place, experience: str, rng: random.Random
) -> ClientProfile:
    lo, hi = rng.choice(_HOURS)
    travel = rng.random()
    return ClientProfile(
        id=f"C{i:05d}",
        desired_occupations=(client_label(label, rng),),
        experience=experience,
        hours_min=lo,
        hours_max=hi,
        postcode=f"{home.pc4} AB",
        max_travel_km=rng.choice((15, 25, 40, 60)) if travel < 0.4 else None,
        max_travel_minutes=rng.choice((30, 45, 60, 90)) if 0.4 <= travel < 0.8 else None,
        driving_licence=rng.random() < 0.6,
        max_load=rng.choice((None, "laag", "middel", "hoog")),
    )


def _experience(occ: Occ, occupations: list[Occ], rng: random.Random) -> str:
    if rng.random() < 0.5:
        return ""
    sentences = _sentences(occ.description)
    if len(sentences) >= 2 and rng.random() < 0.5:
        return "Ervaring: " + rng.choice(sentences[1:])
    other = rng.choice(occupations)
    return f"Eerder {rng.randint(1, 12)} jaar gewerkt als {rng.choice(other.labels)}."


def _fitting(client: ClientProfile, near: Place) -> dict:
    """Attributes of a vacancy that the client can certainly take."""
    lo = client.hours_min or 8
    return {
        "hours_min": lo,
        "hours_max": max(lo, client.hours_max or lo),
        "status": "open",
        "driving_licence": False,
        "physical_load": client.max_load and "laag",
        "place": near,
    }


def generate_cases(
    occupations: list[Occ],
    places: list[Place],
    seed: int,
    n_vacancies: int = 2600,
    n_clients: int = 400,
) -> CaseSet:
    """A labelled case set; the same seed always gives the same set."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not security
    region = _region(places, rng)
    vocabulary = {w for o in occupations for lab in o.labels for w in _norm(lab).split()}
    by_group: dict[str, list[Occ]] = defaultdict(list)
    for occ in occupations:
        by_group[occ.isco].append(occ)
    builder = _Builder(rng, region, vocabulary)
    targets = rng.sample([o for o in occupations if len(o.labels) >= 2], n_clients)
    clients, client_occ = [], {}
    for i, occ in enumerate(targets):
        labels = list(occ.labels)
        rng.shuffle(labels)
        wish, titles = labels[0], labels[1:]
        home = rng.choice(region)
        client = _client(i, occ, wish, home, _experience(occ, occupations, rng), rng)
        clients.append(client)
        client_occ[client.id] = occ
        near = min(rng.sample(region, min(8, len(region))), key=lambda p: _km(home, p))
        builder.add(occ, titles[0], **_fitting(client, near))
        for extra in range(rng.choice((0, 1, 1, 2))):
            builder.add(occ, titles[(extra + 1) % len(titles)])
        if rng.random() < 0.4 and client.hours_max is not None and client.hours_max < 40:
            builder.add(
                occ, rng.choice(titles), hours_min=min(40, client.hours_max + 4), hours_max=40
            )  # needs more hours than the client can work
        siblings = [o for o in by_group[occ.isco] if o.code != occ.code]
        for sibling in rng.sample(siblings, min(len(siblings), rng.choice((0, 1, 2, 3)))):
            builder.add(sibling, rng.choice(sibling.labels))
    while len(builder.vacancies) < n_vacancies:
        occ = rng.choice(occupations)
        builder.add(occ, rng.choice(occ.labels))
    return CaseSet(
        builder.vacancies,
        clients,
        builder.vacancy_occ,
        client_occ,
        {p.pc4: p for p in places},
        builder.noise,
    )


def generate_vacancies(
    occupations: list[Occ], places: list[Place], n: int, seed: int, start: int = 0
) -> list[Vacancy]:
    """``n`` random vacancies across the whole country (scale runs)."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not security
    vocabulary = {w for o in occupations for lab in o.labels for w in _norm(lab).split()}
    builder = _Builder(rng, places, vocabulary)
    builder.vacancies = [None] * start  # type: ignore[list-item]
    for _ in range(n):
        occ = rng.choice(occupations)
        builder.add(occ, rng.choice(occ.labels))
    return builder.vacancies[start:]


def generate_clients(
    occupations: list[Occ], places: list[Place], n: int, seed: int
) -> list[ClientProfile]:
    """``n`` random clients across the whole country (scale runs)."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not security
    chosen = [o for o in occupations if len(o.labels) >= 2]
    return [
        _client(
            i,
            occ,
            rng.choice(occ.labels),
            rng.choice(places),
            _experience(occ, occupations, rng),
            rng,
        )
        for i, occ in ((i, rng.choice(chosen)) for i in range(n))
    ]
