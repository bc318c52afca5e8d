"""Corrections of how vacancy titles are coded to occupations, reviewed before they count
for everyone (issue 20).

When an employer or a jobhunter gives a vacancy another occupation than the matching engine
resolves its title to, that choice holds for the vacancy at once and is stored here as a
*pending* correction (title → occupation). A beheerder approves or rejects it; approved
corrections are handed to the engine (`Taxonomy.with_corrections`, via the matching bridge)
and then count for every title that reduces to the same job phrase, in suggestions and in
matching. Every step is in the audit log.
"""

from __future__ import annotations

from datetime import datetime

from app.extensions import db
from app.models import Occupation, TitleCorrection, User, Vacancy
from app.services import audit, matching_taxonomy

STATUSES = {"pending": "te beoordelen", "approved": "goedgekeurd", "rejected": "afgewezen"}


class CorrectionError(ValueError):
    """The review is not possible (Dutch message for the user)."""


def resolved_occupation(title: str, description: str = "") -> Occupation | None:
    """The occupation the engine gives a title (None without a taxonomy or a match)."""
    found = matching_taxonomy.resolve_title(title, description, k=1)
    if not found:
        return None
    return db.session.scalar(db.select(Occupation).where(Occupation.uri == found[0][0]))


def record_choice(
    vacancy: Vacancy, source: str, user: User | None, resolved: Occupation | None = None
) -> TitleCorrection | None:
    """Store the vacancy's occupation as a pending correction when it is not what the engine
    makes of the title; None when they agree, or the same correction was made before (pending,
    approved or rejected: a beheerder is not asked twice)."""
    if vacancy.occupation is None or not (vacancy.title or "").strip():
        return None
    if resolved is None:
        resolved = resolved_occupation(vacancy.title, vacancy.description or "")
    if resolved is not None and resolved.id == vacancy.occupation.id:
        return None
    key = (matching_taxonomy.correction_key(vacancy.title) or vacancy.title.strip().lower())[:200]
    exists = db.session.scalar(
        db.select(TitleCorrection.id)
        .where(
            TitleCorrection.title_key == key,
            TitleCorrection.occupation_id == vacancy.occupation.id,
        )
        .limit(1)
    )
    if exists is not None:
        return None
    correction = TitleCorrection(
        title=vacancy.title[:200],
        title_key=key,
        occupation=vacancy.occupation,
        resolved_occupation=resolved,
        vacancy=vacancy,
        source=source,
        created_by=user,
        status="pending",
    )
    db.session.add(correction)
    db.session.flush()
    audit.record(
        "create",
        correction,
        detail=(
            f"beroep van '{vacancy.title[:120]}': {vacancy.occupation.preferred_label}"
            f" (voorstel was {resolved.preferred_label if resolved else 'geen'})"
        ),
        actor=user,
    )
    return correction


def correct_vacancy(vacancy: Vacancy, occupation: Occupation, user: User) -> TitleCorrection | None:
    """A jobhunter sets a vacancy's occupation: the vacancy changes at once (audited) and the
    choice is stored as a correction for review."""
    previous = vacancy.occupation
    vacancy.occupation = occupation
    audit.record(
        "update",
        vacancy,
        detail=(
            f"beroep: {occupation.preferred_label}"
            f" (was {previous.preferred_label if previous else 'geen'})"
        ),
        actor=user,
    )
    return record_choice(vacancy, "jobhunter", user)


def review(
    correction: TitleCorrection, decision: str, user: User, now: datetime
) -> TitleCorrection:
    """Approve (counts for everyone from now on) or reject a correction; an approved one can
    also be withdrawn (rejected later)."""
    if decision not in ("approved", "rejected"):
        raise CorrectionError("Kies goedkeuren of afwijzen.")
    if correction.status == decision:
        raise CorrectionError("Deze correctie is al zo beoordeeld.")
    correction.status = decision
    correction.reviewed_by = user
    correction.reviewed_at = now
    audit.record(
        "update",
        correction,
        detail=f"beroepscorrectie {STATUSES[decision]}: '{correction.title[:120]}' → "
        f"{correction.occupation.preferred_label}",
        actor=user,
    )
    return correction


def listing(status: str):
    """Corrections with `status`, newest first (a select statement)."""
    return (
        db.select(TitleCorrection)
        .where(TitleCorrection.status == status)
        .order_by(TitleCorrection.created_at.desc(), TitleCorrection.id.desc())
    )
