"""Retention (AVG art. 5(1)(e)): anonymise clients whose case closed longer ago than the
municipality's `retention_months`.

What goes: name, BSN, birth date, postcode (all of it, PC4 too: in a small village a PC4 and a
benefit type can point at one person), the pseudonym employers saw (replaced by a new random
one), all free texts (experience, health, exemptions, skills, notes on proposals, placements,
follow-up, incentives and premiums), matching details (hours, travel, load, language, licences,
certificates), consent and benefit dates, and the link between SROI activities and the client.

What stays, so statistics and SROI totals do not change: the municipality, benefit type, ladder
step, profile, banenafspraak / sheltered-work / newcomer flags, education level, the jobhunter
link (the monitor counts "voorziening jobhunter"), case-closed date, desired occupations as
taxonomy codes only, placements (employer, dates, hours, wage figures), proposals' outcomes,
incentives and premiums, and SROI activities with their evidence files (no longer linked).

Idempotent: an anonymised client carries `anonymised_at` and is never picked again.
"""

from __future__ import annotations

import calendar
import secrets
from dataclasses import dataclass, field
from datetime import date

from app.extensions import db
from app.models import (
    Client,
    ExitPremium,
    FollowUp,
    IncentiveAward,
    Organisation,
    Placement,
    Proposal,
    SroiActivity,
)
from app.models.base import utcnow
from app.services import audit

ANONYMOUS_FIRST_NAME = "Geanonimiseerde"
ANONYMOUS_LAST_NAME = "inwoner"
WIPED_FIELDS = {
    "bsn": None,
    "birth_date": None,
    "postcode": None,
    "benefit_start": None,
    "benefit_end": None,
    "experience": "",
    "health_notes": "",
    "exemptions": "",
    "skills": [],
    "certificates": [],
    "driving_licences": [],
    "hours_min": None,
    "hours_max": None,
    "max_travel_minutes": None,
    "max_travel_km": None,
    "max_load": None,
    "language_level": None,
    "consent_at": None,
}


@dataclass
class Anonymised:
    """One client handled (or, in a dry run, to be handled)."""

    client_id: int
    municipality: str
    closed_on: date
    retention_months: int
    activities_unlinked: int = 0
    occupations_dropped: int = 0


@dataclass
class RetentionReport:
    """What a run did (or would do)."""

    today: date
    dry_run: bool
    clients: list[Anonymised] = field(default_factory=list)

    def summary(self) -> str:
        verb = "zouden worden" if self.dry_run else "zijn"
        unlinked = sum(c.activities_unlinked for c in self.clients)
        return (
            f"{len(self.clients)} werkzoekende(n) {verb} geanonimiseerd; {unlinked} "
            f"SROI-activiteit(en) losgekoppeld (peildatum {self.today:%d-%m-%Y})."
        )


def months_before(day: date, months: int) -> date:
    """`day` minus whole months, clamped to the month's last day (31 March - 1 = 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def due(today: date) -> list[tuple[Client, Organisation]]:
    """Clients not yet anonymised whose case closed more than `retention_months` ago."""
    rows: list[tuple[Client, Organisation]] = []
    organisations = db.session.scalars(
        db.select(Organisation)
        .where(Organisation.id.in_(db.select(Client.municipality_id).distinct()))
        .order_by(Organisation.id)
    ).all()
    for organisation in organisations:
        cutoff = months_before(today, organisation.retention_months)
        clients = db.session.scalars(
            db.select(Client)
            .where(
                Client.municipality_id == organisation.id,
                Client.anonymised_at.is_(None),
                Client.case_closed_at.is_not(None),
                Client.case_closed_at < cutoff,
            )
            .order_by(Client.id)
        ).all()
        rows.extend((client, organisation) for client in clients)
    return rows


def _new_pseudonym() -> str:
    while True:
        pseudonym = f"Anoniem {secrets.token_hex(6)}"
        if not db.session.execute(
            db.select(Client.id).where(Client.pseudonym == pseudonym)
        ).first():
            return pseudonym


def anonymise(client: Client) -> Anonymised:
    """Strip `client` and the free texts around it (see the module docstring); not committed."""
    result = Anonymised(
        client.id,
        client.municipality.name,
        client.case_closed_at,
        client.municipality.retention_months,
    )
    client.first_name = ANONYMOUS_FIRST_NAME
    client.last_name = ANONYMOUS_LAST_NAME
    client.pseudonym = _new_pseudonym()
    for name, value in WIPED_FIELDS.items():
        setattr(client, name, list(value) if isinstance(value, list) else value)
    kept = []
    for wish in client.desired_occupations:
        if wish.occupation_id is None:
            result.occupations_dropped += 1
            continue
        wish.text = (wish.occupation.preferred_label if wish.occupation else "")[:200]
        kept.append(wish)
    client.desired_occupations = kept

    placement_ids = db.select(Placement.id).where(Placement.client_id == client.id)
    db.session.execute(
        db.update(Proposal).where(Proposal.client_id == client.id).values(note="", reason="")
    )
    db.session.execute(
        db.update(Placement).where(Placement.client_id == client.id).values(end_reason="")
    )
    db.session.execute(
        db.update(FollowUp).where(FollowUp.placement_id.in_(placement_ids)).values(note="")
    )
    db.session.execute(
        db.update(IncentiveAward)
        .where(IncentiveAward.placement_id.in_(placement_ids))
        .values(note="")
    )
    db.session.execute(
        db.update(ExitPremium).where(ExitPremium.client_id == client.id).values(note="")
    )
    # Through the ORM, so the activities' optimistic-lock version moves on as with any change.
    for activity in db.session.scalars(
        db.select(SroiActivity).where(SroiActivity.client_id == client.id)
    ):
        activity.client_id = None
        activity.candidate_description = ""
        result.activities_unlinked += 1
    client.anonymised_at = utcnow()
    audit.record(
        "anonymise",
        client,
        detail=(
            f"bewaartermijn verstreken: dossier gesloten op {result.closed_on:%d-%m-%Y}, "
            f"termijn {result.retention_months} maanden; {result.activities_unlinked} "
            "SROI-activiteit(en) losgekoppeld"
        ),
    )
    return result


def run(today: date, dry_run: bool = False) -> RetentionReport:
    """Anonymise every client that is due, in one transaction per client; or only list them."""
    report = RetentionReport(today=today, dry_run=dry_run)
    for client, _organisation in due(today):
        if dry_run:
            linked = db.session.scalar(
                db.select(db.func.count(SroiActivity.id)).where(SroiActivity.client_id == client.id)
            )
            report.clients.append(
                Anonymised(
                    client.id,
                    client.municipality.name,
                    client.case_closed_at,
                    client.municipality.retention_months,
                    activities_unlinked=linked or 0,
                    occupations_dropped=sum(
                        1 for w in client.desired_occupations if w.occupation_id is None
                    ),
                )
            )
            continue
        report.clients.append(anonymise(client))
        db.session.commit()
    if dry_run:
        db.session.rollback()
    return report
