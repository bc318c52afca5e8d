"""The occupation taxonomy as the portal uses it: link typed text to an ESCO occupation, and
suggest labels as a user types (both for employers' vacancies and clients' wishes)."""

from __future__ import annotations

from app.extensions import db
from app.models import Occupation
from app.services import matching_bridge


def find(text: str | None) -> Occupation | None:
    """The occupation whose preferred or else alternative label is exactly `text` (any case).

    A preferred label wins over another occupation's alternative label ('hovenier' is the
    hovenier, not the botanicus that lists it as an alternative).
    """
    text = " ".join((text or "").split())
    if not text:
        return None
    low = text.lower()
    occupation = db.session.scalars(
        db.select(Occupation).where(db.func.lower(Occupation.preferred_label) == low).limit(1)
    ).first()
    if occupation is not None:
        return occupation
    for candidate in db.session.scalars(
        db.select(Occupation).where(db.func.lower(Occupation.alt_labels).like(f"%{low}%")).limit(50)
    ):
        if any(line.strip().lower() == low for line in candidate.alt_labels.splitlines()):
            return candidate
    return None


def suggest(term: str | None, limit: int = 10) -> list[str]:
    """Labels for 'as you type' suggestions; [] for fewer than 2 letters.

    First labels that contain what was typed (those starting with it first, then preferred
    labels, then shorter ones), then the engine's typing-error tolerant suggestions.
    """
    term = " ".join((term or "").split())[:60]
    if len(term) < 2:
        return []
    needle = term.lower()
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
            if needle in low and low not in ranked:
                ranked[low] = (
                    0 if low.startswith(needle) else 1,
                    0 if position == 0 else 1,
                    len(label),
                    label,
                )
    labels = [item[3] for item in sorted(ranked.values())[:limit]]
    if len(labels) < limit:
        seen = {label.lower() for label in labels}
        labels += [
            label
            for label in matching_bridge.suggest_occupations(term, limit=limit)
            if label.lower() not in seen
        ][: limit - len(labels)]
    return labels
