"""Hard constraints: encoded as numbers once, checked for whole arrays at a time.

A pair of client and vacancy is *impossible* (never shown as a match) when:

* the vacancy is not open (``status`` ``"filled"`` or ``"closed"``);
* the client's maximum hours are below the vacancy's minimum, or the client's minimum hours
  are above the vacancy's maximum;
* the vacancy needs a driving licence category the client does not hold;
* the vacancy's physical load is above the client's ``max_load``;
* the estimated road distance is above the client's limit (see :mod:`matching.geo`);
  an unknown postcode on either side never excludes;
* the client listed the kinds of place they want and this vacancy is another kind.

Unknown values (``None``) never exclude. Every check has a Dutch sentence for
:meth:`Matcher.explain`.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from matching.model import (
    EDUCATION_LEVELS,
    LANGUAGE_LEVELS,
    LOAD_LEVELS,
    VACANCY_KINDS,
    ClientProfile,
    Vacancy,
)

__all__ = [
    "EDUCATION_SCALE",
    "KIND_LABELS",
    "LANGUAGE_SCALE",
    "LICENCE_CATEGORIES",
    "hours_blocker",
    "kind_bit",
    "kind_blocker",
    "kinds_mask",
    "level",
    "licence_bits",
    "licence_blocker",
    "licence_needed",
    "load_blocker",
    "soft_penalty",
    "status_blocker",
]

LICENCE_CATEGORIES: tuple[str, ...] = (
    "AM",
    "A1",
    "A2",
    "A",
    "B",
    "BE",
    "C1",
    "C1E",
    "C",
    "CE",
    "D1",
    "D1E",
    "D",
    "DE",
    "T",
)
_IMPLIED: dict[str, tuple[str, ...]] = {
    "BE": ("B",),
    "C1": ("B",),
    "C1E": ("C1", "B", "BE"),
    "C": ("C1", "B"),
    "CE": ("C", "C1", "C1E", "B", "BE"),
    "D1": ("B",),
    "D1E": ("D1", "B", "BE"),
    "D": ("D1", "B"),
    "DE": ("D", "D1", "D1E", "B", "BE"),
    "A": ("A2", "A1", "AM"),
    "A2": ("A1", "AM"),
    "A1": ("AM",),
    "B": ("AM",),
}
_BIT = {cat: 1 << i for i, cat in enumerate(LICENCE_CATEGORIES)}
KIND_LABELS: dict[str, str] = {
    "job": "betaalde baan",
    "work_experience": "werkervaringsplek",
    "trial": "proefplaatsing",
    "apprenticeship": "leerwerkplek",
    "internship": "stage",
    "volunteer": "vrijwilligerswerk",
}


def _categories(value: bool | str | Iterable[str] | None) -> list[str]:
    if not value:
        return []
    if value is True:
        return ["B"]
    if isinstance(value, str):
        value = value.replace(",", " ").replace("/", " ").split()
    return [str(v).strip().upper() for v in value if str(v).strip()]


def licence_bits(value: bool | str | Iterable[str] | None, *, holder: bool) -> int:
    """Bit mask of licence categories; a holder's mask includes implied categories (CE -> C, B)."""
    bits = 0
    for category in _categories(value):
        if category not in _BIT:
            continue
        bits |= _BIT[category]
        if holder:
            for implied in _IMPLIED.get(category, ()):
                bits |= _BIT[implied]
    return bits


def licence_needed(vacancy: Vacancy) -> str:
    """Readable licence requirement (``"B"``, ``"C"``)."""
    return "/".join(_categories(vacancy.driving_licence)) or "B"


def level(value: str | None, scale: tuple[str, ...]) -> int:
    """Position of ``value`` on an ordinal ``scale``; -1 when unknown."""
    return scale.index(value) if value in scale else -1


def kind_bit(kind: str) -> int:
    """Bit of one kind of place."""
    return 1 << VACANCY_KINDS.index(kind)


def kinds_mask(kinds: Iterable[str]) -> int:
    """Bit mask of wanted kinds; 0 means any kind."""
    mask = 0
    for kind in kinds:
        mask |= kind_bit(kind)
    return mask


# --------------------------------------------------------------------------- explanations


def status_blocker(vacancy: Vacancy) -> str | None:
    """Why a vacancy that is not open cannot be matched."""
    if vacancy.status == "filled":
        return "Vacature is al vervuld"
    if vacancy.status == "closed":
        return "Vacature is gesloten"
    return None


def hours_blocker(client: ClientProfile, vacancy: Vacancy) -> str | None:
    """Why the hours do not fit, or ``None``."""
    if client.hours_max is not None and vacancy.hours_min is not None:
        if client.hours_max < vacancy.hours_min:
            return (
                f"Vacature vraagt minimaal {vacancy.hours_min:g} uur per week — kandidaat "
                f"kan maximaal {client.hours_max:g} uur"
            )
    if client.hours_min is not None and vacancy.hours_max is not None:
        if client.hours_min > vacancy.hours_max:
            return (
                f"Vacature biedt maximaal {vacancy.hours_max:g} uur per week — kandidaat "
                f"wil minimaal {client.hours_min:g} uur"
            )
    return None


def licence_blocker(client: ClientProfile, vacancy: Vacancy) -> str | None:
    """Why the driving licence does not fit, or ``None``."""
    need = licence_bits(vacancy.driving_licence, holder=False)
    have = licence_bits(client.driving_licence, holder=True)
    if need & ~have:
        return f"Vraagt rijbewijs {licence_needed(vacancy)} — heeft kandidaat niet"
    return None


def load_blocker(client: ClientProfile, vacancy: Vacancy) -> str | None:
    """Why the physical load is too high, or ``None``."""
    need, can = level(vacancy.physical_load, LOAD_LEVELS), level(client.max_load, LOAD_LEVELS)
    if need >= 0 and can >= 0 and need > can:
        return (
            f"Fysieke belasting {vacancy.physical_load} — kandidaat kan maximaal "
            f"{client.max_load} aan"
        )
    return None


def kind_blocker(client: ClientProfile, vacancy: Vacancy) -> str | None:
    """Why the kind of place is not what the client wants, or ``None``."""
    if client.kinds and vacancy.kind not in client.kinds:
        wanted = ", ".join(KIND_LABELS[k] for k in client.kinds)
        return f"Soort plek is {KIND_LABELS[vacancy.kind]} — kandidaat zoekt {wanted}"
    return None


def soft_penalty(language_gap: np.ndarray | int, education_gap: np.ndarray | int) -> np.ndarray:
    """Score factor for language and education shortfalls: 0.85 for the first step, 0.05 more
    per further step, never below 0.6 (they make a match harder, not impossible)."""
    factor = np.ones_like(np.asarray(language_gap, dtype=np.float32), dtype=np.float32)
    for gap in (np.asarray(language_gap), np.asarray(education_gap)):
        factor = factor * np.where(gap > 0, np.maximum(0.9 - 0.05 * gap, 0.75), 1.0)
    return np.maximum(factor, 0.6).astype(np.float32)


LANGUAGE_SCALE = LANGUAGE_LEVELS
EDUCATION_SCALE = EDUCATION_LEVELS
