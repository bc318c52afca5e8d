"""Employer-side use cases that are not shared with other workspaces: vacancies and occupations.

Routes validate a form, call one of these functions, commit and redirect.
"""

from __future__ import annotations

from app.extensions import db
from app.models import Employer, Occupation, Vacancy
from app.services import audit

# Fields copied from the form onto a vacancy, in form order.
VACANCY_FIELDS = (
    "title", "kind", "description", "skills", "wished_skills", "hours_min", "hours_max", "postcode",
    "start_date", "closing_date", "driving_licence", "physical_load", "education_level",
    "language_level", "banenafspraak_suitable",
)


def suggest_occupations(term: str, limit: int = 10) -> list[str]:
    """Dutch ESCO labels (preferred or alternative) containing `term`; label starts first."""
    term = " ".join((term or "").split())[:60]
    if len(term) < 2:
        return []
    like = f"%{term.lower()}%"
    rows = db.session.scalars(
        db.select(Occupation)
        .where(db.or_(db.func.lower(Occupation.preferred_label).like(like),
                      db.func.lower(Occupation.alt_labels).like(like)))
        .limit(200)
    ).all()
    needle = term.lower()
    labels: dict[str, tuple[int, int, str]] = {}
    for occ in rows:
        for position, label in enumerate([occ.preferred_label, *occ.alt_labels.splitlines()]):
            label = label.strip()
            low = label.lower()
            if needle in low and low not in labels:
                # Rank: label starts with the term, then preferred labels, then shorter labels.
                labels[low] = (0 if low.startswith(needle) else 1, 0 if position == 0 else 1, label)
    ranked = sorted(labels.values(), key=lambda item: (item[0], item[1], len(item[2]), item[2]))
    return [label for _start, _pref, label in ranked[:limit]]


def find_occupation(text: str | None) -> Occupation | None:
    """The ESCO occupation whose preferred or alternative label is exactly `text` (any case)."""
    text = " ".join((text or "").split())
    if not text:
        return None
    low = text.lower()
    occ = db.session.scalars(
        db.select(Occupation).where(db.func.lower(Occupation.preferred_label) == low).limit(1)
    ).first()
    if occ is not None:
        return occ
    for candidate in db.session.scalars(
        db.select(Occupation).where(db.func.lower(Occupation.alt_labels).like(f"%{low}%")).limit(50)
    ):
        if any(line.strip().lower() == low for line in candidate.alt_labels.splitlines()):
            return candidate
    return None


def vacancy_form_data(vacancy: Vacancy) -> dict:
    """The values to fill a vacancy form with (for editing and copying)."""
    data = {name: getattr(vacancy, name) for name in VACANCY_FIELDS}
    data["occupation"] = vacancy.occupation.preferred_label if vacancy.occupation else ""
    data["paid"] = "1" if vacancy.paid else "0"
    data["physical_load"] = vacancy.physical_load or ""
    data["education_level"] = vacancy.education_level or ""
    data["language_level"] = vacancy.language_level or ""
    return data


def save_vacancy(employer: Employer, form, vacancy: Vacancy | None = None) -> Vacancy:
    """Create (when `vacancy` is None) or update a vacancy from a validated `VacancyForm`."""
    creating = vacancy is None
    if creating:
        vacancy = Vacancy(employer=employer, status="open")
        db.session.add(vacancy)
    for name in VACANCY_FIELDS:
        setattr(vacancy, name, getattr(form, name).data)
    for name in ("physical_load", "education_level", "language_level"):
        setattr(vacancy, name, getattr(vacancy, name) or None)
    vacancy.paid = form.paid.data == "1"
    vacancy.occupation = find_occupation(form.occupation.data)
    db.session.flush()
    audit.record("create" if creating else "update", vacancy, detail=vacancy.title[:200])
    return vacancy


def set_vacancy_status(vacancy: Vacancy, status: str) -> Vacancy:
    """Close (drops out of matching) or reopen a vacancy."""
    if status not in ("open", "closed", "filled"):
        raise ValueError(status)
    vacancy.status = status
    audit.record("update", vacancy, detail=f"status: {status}")
    return vacancy
