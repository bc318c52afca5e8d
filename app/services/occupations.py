"""The occupation taxonomy as the portal uses it: link typed text to an ESCO occupation, and
suggest occupations as a user types (both for employers' vacancies and clients' wishes).

Both go through the matching engine's title resolution (`matching/titles.py`), so what a user
is offered is what matching will make of the text: the occupation a whole title resolves to
first ("logistiek medewerker" → magazijnmedewerker, "Tuinman regio Drachten" → hovenier),
then a label equal to the text, then labels starting with it. A label several occupations share
is shown with the occupation it belongs to: "tuinman (hovenier)".
"""

from __future__ import annotations

import re

from app.extensions import db
from app.models import Occupation
from app.services import matching_taxonomy

_DISPLAY = re.compile(r"^(?P<label>.+?)\s*\((?P<preferred>[^()]+)\)$")


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def _by_uri(uri: str) -> Occupation | None:
    return db.session.scalar(db.select(Occupation).where(Occupation.uri == uri))


def _with_label(low: str) -> list[Occupation]:
    """Occupations with `low` as their preferred or an alternative label (any case)."""
    found = list(
        db.session.scalars(
            db.select(Occupation).where(db.func.lower(Occupation.preferred_label) == low)
        )
    )
    for candidate in db.session.scalars(
        db.select(Occupation)
        .where(db.func.lower(Occupation.alt_labels).contains(low, autoescape=True))
        .limit(50)
    ):
        if candidate not in found and any(
            line.strip().lower() == low for line in candidate.alt_labels.splitlines()
        ):
            found.append(candidate)
    return found


def find(text: str | None) -> Occupation | None:
    """The occupation `text` names, or None.

    In order: a suggestion as shown ("tuinman (hovenier)"); a preferred label (it wins over
    another occupation's alternative label: 'hovenier' is the hovenier, not the botanicus that
    lists it); an alternative label, and when several occupations share it the one the engine
    resolves it to ('tuinman' → hovenier); a known title the engine recognises with confidence
    (a reviewed correction, the Dutch variant list, a label with decorations around it).
    """
    text = _clean(text)
    if not text:
        return None
    shown = _DISPLAY.match(text)
    if shown:
        label, preferred = shown.group("label").lower(), shown.group("preferred").lower()
        for occupation in _with_label(label):
            if occupation.preferred_label.lower() == preferred:
                return occupation
    low = text.lower()
    candidates = _with_label(low)
    exact = [o for o in candidates if o.preferred_label.lower() == low]
    if exact:
        return exact[0]
    if len(candidates) == 1:
        return candidates[0]
    if candidates:
        by_uri = {o.uri: o for o in candidates}
        for uri, _score in matching_taxonomy.resolve_title(text, k=5):
            if uri in by_uri:
                return by_uri[uri]
        return candidates[0]
    tax = matching_taxonomy.taxonomy()
    if tax is not None:
        best = tax.title_candidates(text, k=1)
        if best and best[0].known:
            return _by_uri(best[0].code)
    return None


def suggest(term: str | None, limit: int = 10, title: str | None = None) -> list[str]:
    """Occupations for 'as you type' suggestions, as shown to the user; [] for fewer than 2
    letters (unless a title is given).

    With `title` (the vacancy title typed so far) the occupations the engine resolves it to
    come first, as long as they contain what was typed. Then the engine's suggestions for
    `term` (the resolved occupation of a whole title, a label equal to it, labels starting with
    it, typing errors tolerated), then other labels that contain it.
    """
    term = _clean(term)[:60]
    title = _clean(title)[:200]
    shown: list[str] = []
    if title:
        tax = matching_taxonomy.taxonomy()
        if tax is not None:
            for resolution in tax.title_candidates(title, k=3):
                label = resolution.preferred_label
                # What is typed decides: the title's occupation only while it fits that.
                if resolution.confidence >= 0.5 and term.lower() in label.lower():
                    shown.append(label)
    if len(term) >= 2:
        shown += matching_taxonomy.suggest_occupations(term, limit=limit)
        if len(dict.fromkeys(shown)) < limit:
            shown += _containing(term, limit)
    return list(dict.fromkeys(shown))[:limit]


def _containing(term: str, limit: int) -> list[str]:
    """Labels that contain `term` (those starting with it first, then preferred labels, then
    shorter ones); a label several occupations share is shown with its occupation."""
    needle = term.lower()
    tax = matching_taxonomy.taxonomy()
    shared = matching_taxonomy.shared_labels(tax) if tax is not None else frozenset()
    rows = db.session.scalars(
        db.select(Occupation)
        .where(
            db.or_(
                db.func.lower(Occupation.preferred_label).contains(needle, autoescape=True),
                db.func.lower(Occupation.alt_labels).contains(needle, autoescape=True),
            )
        )
        .limit(200)
    ).all()
    ranked: dict[str, tuple[int, int, int, str]] = {}
    for occupation in rows:
        for position, label in enumerate(
            [occupation.preferred_label, *occupation.alt_labels.splitlines()]
        ):
            label = label.strip()
            low = label.lower()
            if needle not in low:
                continue
            display = (
                f"{label} ({occupation.preferred_label})"
                if position > 0 and low in shared
                else label
            )
            if display.lower() not in ranked:
                ranked[display.lower()] = (
                    0 if low.startswith(needle) else 1,
                    0 if position == 0 else 1,
                    len(label),
                    display,
                )
    return [item[3] for item in sorted(ranked.values())[:limit]]
