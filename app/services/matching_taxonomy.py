"""The occupation taxonomy of the matching index, for suggestions as a user types and for the
title resolution of vacancies (part of the matching adapter; used by `app.services.occupations`
and `app.services.title_corrections`)."""

from __future__ import annotations

from app.services import matching_index
from matching import Taxonomy


def taxonomy() -> Taxonomy | None:
    """The taxonomy the index resolves with (places and approved corrections included)."""
    return matching_index.matcher().taxonomy


def suggest_occupations(text: str, limit: int = 10) -> list[str]:
    """Dutch ESCO labels for 'as you type' suggestions, best first (empty without a taxonomy):
    the occupation a whole title resolves to first, then a label equal to the text, then
    labels starting with it (see `Taxonomy.suggest`); a label several occupations share is
    shown with its occupation: "tuinman (hovenier)"."""
    tax = taxonomy()
    if tax is None or not text.strip():
        return []
    shared = shared_labels(tax)
    return [
        s.display if s.label.lower() in shared else s.label for s in tax.suggest(text, limit=limit)
    ]


_shared_labels: dict[int, tuple[tuple, frozenset[str]]] = {}


def shared_labels(tax: Taxonomy) -> frozenset[str]:
    """Lower-case labels that more than one occupation carries ("tuinman": hovenier, medewerker
    groenvoorziening, botanicus): a suggestion with such a label names its occupation too."""
    occupations = tax.occupations  # shared by the copies with places or corrections
    cached = _shared_labels.get(id(occupations))
    if cached is None or cached[0] is not occupations:
        owners: dict[str, int] = {}
        for occupation in occupations:
            for label, kind in occupation.labels():
                if kind != "hidden":
                    owners[label.lower()] = owners.get(label.lower(), 0) + 1
        if len(_shared_labels) > 4:
            _shared_labels.clear()
        cached = _shared_labels[id(occupations)] = (
            occupations,
            frozenset(label for label, count in owners.items() if count > 1),
        )
    return cached[1]


def resolve_title(title: str, description: str = "", k: int = 3) -> list[tuple[str, float]]:
    """The occupations (ESCO uri, score) a vacancy title names, best first."""
    tax = taxonomy()
    if tax is None or not (title or "").strip():
        return []
    return tax.resolve_title(title, description, k=k)


def correction_key(title: str) -> str | None:
    """The job phrase a title reduces to (the key a correction of it is stored under)."""
    tax = taxonomy()
    if tax is None:
        return None
    return tax.title_resolver().correction_key(title or "")
