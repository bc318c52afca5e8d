"""Data classes exchanged with the portal: vacancies, client profiles, matches and feedback.

All classes are frozen dataclasses: the portal builds them from database rows and the engine
may cache derived data keyed on them. Lists given for tuple fields are converted to tuples;
a single string given where a list is expected becomes a one-item tuple. Levels are
normalised (``"Zwaar"`` -> ``"hoog"``, ``"b1"`` -> ``"B1"``); a value that cannot be
understood raises :class:`ValueError` with a Dutch message the portal can show.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "EDUCATION_LEVELS",
    "LANGUAGE_LEVELS",
    "LOAD_LEVELS",
    "OUTCOMES",
    "STATUSES",
    "TRAVEL_MODES",
    "VACANCY_KINDS",
    "ClientProfile",
    "Explanation",
    "Feedback",
    "Match",
    "Vacancy",
]

LOAD_LEVELS: tuple[str, ...] = ("laag", "middel", "hoog")
LANGUAGE_LEVELS: tuple[str, ...] = ("A1", "A2", "B1", "B2", "C1", "C2")
EDUCATION_LEVELS: tuple[str, ...] = (
    "geen startkwalificatie",
    "mbo 1",
    "mbo 2",
    "mbo 3",
    "mbo 4",
    "hbo",
    "wo",
)
VACANCY_KINDS: tuple[str, ...] = (
    "job",
    "work_experience",
    "trial",
    "apprenticeship",
    "internship",
    "volunteer",
)
STATUSES: tuple[str, ...] = ("open", "filled", "closed")
TRAVEL_MODES: tuple[str, ...] = ("auto", "ov", "fiets")
#: Feedback outcomes and their graded relevance (used to train and evaluate the re-ranker).
OUTCOMES: dict[str, int] = {"rejected": 0, "proposed": 1, "invited": 2, "hired": 3, "stayed": 4}

_LOAD_SYNONYMS = {
    "laag": "laag",
    "licht": "laag",
    "low": "laag",
    "1": "laag",
    "middel": "middel",
    "gemiddeld": "middel",
    "midden": "middel",
    "medium": "middel",
    "2": "middel",
    "hoog": "hoog",
    "zwaar": "hoog",
    "high": "hoog",
    "3": "hoog",
}
_MODE_SYNONYMS = {
    "auto": "auto",
    "car": "auto",
    "ov": "ov",
    "openbaar vervoer": "ov",
    "bus": "ov",
    "trein": "ov",
    "fiets": "fiets",
    "bike": "fiets",
    "e-bike": "fiets",
    "lopen": "fiets",
}
_KIND_SYNONYMS = {
    "job": "job",
    "baan": "job",
    "betaald": "job",
    "werkervaringsplek": "work_experience",
    "proefplaatsing": "trial",
    "leerwerkplek": "apprenticeship",
    "bbl": "apprenticeship",
    "stage": "internship",
    "vrijwilligerswerk": "volunteer",
}
_EDUCATION_SYNONYMS = {
    "geen": "geen startkwalificatie",
    "mbo1": "mbo 1",
    "mbo2": "mbo 2",
    "mbo3": "mbo 3",
    "mbo4": "mbo 4",
    "entree": "mbo 1",
}


def _as_tuple(value: Any) -> tuple[str, ...]:
    """Tuple of non-empty stripped strings from ``None``, a string or an iterable."""
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    return tuple(str(v).strip() for v in value if v is not None and str(v).strip())


def _level(value: Any, allowed: tuple[str, ...], synonyms: dict[str, str], what: str) -> str | None:
    """Normalise an ordinal level; ``None``/empty stays ``None``; unknown raises ValueError."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = str(value).strip()
    for candidate in (text, text.lower(), text.upper()):
        if candidate in allowed:
            return candidate
    key = text.lower().replace("-", " ")
    if key in synonyms:
        return synonyms[key]
    if key.replace(" ", "") in synonyms:
        return synonyms[key.replace(" ", "")]
    raise ValueError(f"Onbekende waarde voor {what}: {text!r} (kies uit {', '.join(allowed)}).")


def _hours(low: Any, high: Any) -> tuple[float | None, float | None]:
    """Validated hours per week range."""
    values = []
    for value in (low, high):
        if value is None or value == "":
            values.append(None)
            continue
        number = float(value)
        if not 0 <= number <= 168:
            raise ValueError(f"Uren per week moeten tussen 0 en 168 liggen, niet {value}.")
        values.append(number)
    lo, hi = values
    if lo is not None and hi is not None and lo > hi:
        raise ValueError(f"Minimum aantal uren ({lo:g}) is hoger dan het maximum ({hi:g}).")
    return lo, hi


def _licence(value: Any) -> bool | str | tuple[str, ...]:
    """Driving licence: ``False``/``True`` (= B), a category ``"C"`` or several categories."""
    if value is None or value is False or value == "":
        return False
    if value is True:
        return True
    if isinstance(value, str):
        return value.strip().upper()
    return tuple(str(v).strip().upper() for v in value if str(v).strip())


def _set(obj: object, name: str, value: Any) -> None:
    object.__setattr__(obj, name, value)


@dataclass(frozen=True)
class Vacancy:
    """An open job or (un)paid work place.

    ``occupation_code`` is the taxonomy code when the portal already knows it (the title is
    then not needed to find the occupation). ``status`` other than ``"open"`` is never matched.
    ``driving_licence`` is ``True`` for category B, or a category such as ``"C"``.
    """

    id: Hashable
    title: str
    description: str = ""
    skills: tuple[str, ...] = ()
    hours_min: float | None = None
    hours_max: float | None = None
    postcode: str | None = None
    driving_licence: bool | str = False
    physical_load: str | None = None
    occupation_code: str | None = None
    wished_skills: tuple[str, ...] = ()
    kind: str = "job"
    status: str = "open"
    language_level: str | None = None
    education_level: str | None = None
    banenafspraak: bool = False

    def __post_init__(self) -> None:
        _set(self, "title", str(self.title or ""))
        _set(self, "description", str(self.description or ""))
        _set(self, "skills", _as_tuple(self.skills))
        _set(self, "wished_skills", _as_tuple(self.wished_skills))
        lo, hi = _hours(self.hours_min, self.hours_max)
        _set(self, "hours_min", lo)
        _set(self, "hours_max", hi)
        _set(self, "postcode", (str(self.postcode).strip() or None) if self.postcode else None)
        _set(self, "driving_licence", _licence(self.driving_licence))
        _set(
            self,
            "physical_load",
            _level(self.physical_load, LOAD_LEVELS, _LOAD_SYNONYMS, "fysieke belasting"),
        )
        _set(self, "kind", _level(self.kind, VACANCY_KINDS, _KIND_SYNONYMS, "soort plek") or "job")
        _set(self, "status", _level(self.status, STATUSES, {}, "status") or "open")
        _set(self, "language_level", _level(self.language_level, LANGUAGE_LEVELS, {}, "taalniveau"))
        _set(
            self,
            "education_level",
            _level(self.education_level, EDUCATION_LEVELS, _EDUCATION_SYNONYMS, "opleiding"),
        )


@dataclass(frozen=True)
class ClientProfile:
    """What the engine knows about a client (never name, BSN or health details).

    Travel limit: ``max_travel_km`` (one way, by road) and/or ``max_travel_minutes`` (one way,
    converted with the speed of ``travel_mode``); when both are given the stricter applies.
    ``kinds`` lists the kinds of place the client wants (empty: any kind).
    ``desired_occupation_codes`` are taxonomy codes the portal already resolved.
    """

    id: Hashable
    desired_occupations: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    experience: str = ""
    hours_min: float | None = None
    hours_max: float | None = None
    postcode: str | None = None
    max_travel_km: float | None = None
    driving_licence: bool | str | tuple[str, ...] = False
    max_load: str | None = None
    max_travel_minutes: float | None = None
    travel_mode: str | None = None
    language_level: str | None = None
    education_level: str | None = None
    kinds: tuple[str, ...] = ()
    desired_occupation_codes: tuple[str, ...] = ()
    banenafspraak: bool = False

    def __post_init__(self) -> None:
        _set(self, "desired_occupations", _as_tuple(self.desired_occupations))
        _set(self, "desired_occupation_codes", _as_tuple(self.desired_occupation_codes))
        _set(self, "skills", _as_tuple(self.skills))
        _set(self, "experience", str(self.experience or ""))
        lo, hi = _hours(self.hours_min, self.hours_max)
        _set(self, "hours_min", lo)
        _set(self, "hours_max", hi)
        _set(self, "postcode", (str(self.postcode).strip() or None) if self.postcode else None)
        for name in ("max_travel_km", "max_travel_minutes"):
            value = getattr(self, name)
            if value is not None and value != "":
                if float(value) < 0:
                    raise ValueError("Maximale reisafstand of reistijd kan niet negatief zijn.")
                _set(self, name, float(value))
            else:
                _set(self, name, None)
        _set(self, "driving_licence", _licence(self.driving_licence))
        _set(self, "max_load", _level(self.max_load, LOAD_LEVELS, _LOAD_SYNONYMS, "belastbaarheid"))
        _set(self, "travel_mode", _level(self.travel_mode, TRAVEL_MODES, _MODE_SYNONYMS, "vervoer"))
        _set(self, "language_level", _level(self.language_level, LANGUAGE_LEVELS, {}, "taalniveau"))
        _set(
            self,
            "education_level",
            _level(self.education_level, EDUCATION_LEVELS, _EDUCATION_SYNONYMS, "opleiding"),
        )
        kinds = tuple(
            _level(k, VACANCY_KINDS, _KIND_SYNONYMS, "soort plek") or "job"
            for k in _as_tuple(self.kinds)
        )
        _set(self, "kinds", kinds)


@dataclass
class Match:
    """One ranked result: ``score`` in 0..1 and short Dutch ``reasons``.

    ``vacancy_id`` is set by :meth:`Matcher.rank_vacancies`, ``client_id`` by
    :meth:`Matcher.rank_clients` (both when known). ``components`` holds the scorer's parts.
    """

    score: float
    reasons: list[str]
    vacancy_id: Hashable | None = None
    client_id: Hashable | None = None
    components: dict[str, float] = field(default_factory=dict)


@dataclass
class Explanation:
    """Everything the engine can say about one client-vacancy pair ("waarom (niet)?").

    ``blockers`` are hard constraints that exclude the pair, ``positives`` what fits,
    ``shortfalls`` why the score is not higher. ``reasons`` lists them all in that order.
    """

    client_id: Hashable
    vacancy_id: Hashable
    eligible: bool
    score: float
    blockers: list[str]
    positives: list[str]
    shortfalls: list[str]
    components: dict[str, float] = field(default_factory=dict)

    @property
    def reasons(self) -> list[str]:
        """Blockers, then what fits, then why the score is not higher."""
        return [*self.blockers, *self.positives, *self.shortfalls]


@dataclass(frozen=True)
class Feedback:
    """A recorded jobhunter outcome for a client-vacancy pair.

    ``outcome`` is one of :data:`OUTCOMES`: ``"proposed"`` (put forward), ``"rejected"``
    (with ``reason``), ``"invited"`` (for an interview), ``"hired"``, ``"stayed"``
    (still employed at follow-up).
    """

    client_id: Hashable
    vacancy_id: Hashable
    outcome: str
    reason: str | None = None

    def __post_init__(self) -> None:
        outcome = str(self.outcome).strip().lower()
        if outcome not in OUTCOMES:
            raise ValueError(
                f"Onbekende uitkomst {self.outcome!r} (kies uit {', '.join(OUTCOMES)})."
            )
        _set(self, "outcome", outcome)

    @property
    def relevance(self) -> int:
        """Graded relevance of the outcome (rejected 0 … stayed 4)."""
        return OUTCOMES[self.outcome]
