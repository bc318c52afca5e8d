"""Vacancies and unpaid places of an employer: fill the form, save, close or reopen (audited).

The employer's vacancy pages validate a form, call one of these functions, commit and redirect.

A vacancy is open through its closing date. The daily job `flask close-vacancies` sets those
past it to closed (`close_expired`); until it has run, every list asks `open_on(today)`, so a
vacancy past its closing date never shows as open.
"""

from __future__ import annotations

from datetime import date

from app.extensions import db
from app.models import Employer, User, Vacancy
from app.services import audit, occupations, title_corrections

# Fields copied from the form onto a vacancy, in form order.
VACANCY_FIELDS = (
    "title",
    "kind",
    "description",
    "skills",
    "wished_skills",
    "hours_min",
    "hours_max",
    "postcode",
    "start_date",
    "closing_date",
    "driving_licence",
    "physical_load",
    "education_level",
    "language_level",
    "banenafspraak_suitable",
)


def vacancy_form_data(vacancy: Vacancy) -> dict:
    """The values to fill a vacancy form with (for editing and copying)."""
    data = {name: getattr(vacancy, name) for name in VACANCY_FIELDS}
    data["occupation"] = vacancy.occupation.preferred_label if vacancy.occupation else ""
    data["paid"] = "1" if vacancy.paid else "0"
    data["physical_load"] = vacancy.physical_load or ""
    data["education_level"] = vacancy.education_level or ""
    data["language_level"] = vacancy.language_level or ""
    return data


def save_vacancy(
    employer: Employer, form, vacancy: Vacancy | None = None, user: User | None = None
) -> Vacancy:
    """Create (when `vacancy` is None) or update a vacancy from a validated `VacancyForm`.

    An occupation other than the one the matching engine makes of the title is stored as a
    title correction for a beheerder to review (app.services.title_corrections).
    """
    creating = vacancy is None
    if creating:
        vacancy = Vacancy(employer=employer, status="open")
        db.session.add(vacancy)
    for name in VACANCY_FIELDS:
        setattr(vacancy, name, getattr(form, name).data)
    for name in ("physical_load", "education_level", "language_level"):
        setattr(vacancy, name, getattr(vacancy, name) or None)
    vacancy.paid = form.paid.data == "1"
    previous = (vacancy.occupation_id, vacancy.title)
    vacancy.occupation = occupations.find(form.occupation.data)
    db.session.flush()
    audit.record(
        "create" if creating else "update", vacancy, detail=vacancy.title[:200], actor=user
    )
    if vacancy.occupation is not None and (
        creating or previous != (vacancy.occupation_id, vacancy.title)
    ):
        title_corrections.record_choice(vacancy, "employer", user)
    return vacancy


def set_vacancy_status(vacancy: Vacancy, status: str) -> Vacancy:
    """Close (drops out of matching) or reopen a vacancy."""
    if status not in ("open", "closed", "filled"):
        raise ValueError(status)
    vacancy.status = status
    audit.record("update", vacancy, detail=f"status: {status}")
    return vacancy


def open_on(day: date):
    """SQL condition: the vacancy is open on `day` (status open, closing date not passed)."""
    return Vacancy.open_on(day)


def close_expired(today: date) -> list[Vacancy]:
    """Close every open vacancy whose closing date has passed (audited; not committed)."""
    expired = db.session.scalars(
        db.select(Vacancy)
        .where(Vacancy.status == "open", Vacancy.closing_date < today)
        .order_by(Vacancy.id)
    ).all()
    for vacancy in expired:
        vacancy.status = "closed"
        audit.record(
            "update",
            vacancy,
            detail=f"status: closed (sluitingsdatum {vacancy.closing_date:%d-%m-%Y} verstreken)",
        )
    return expired
