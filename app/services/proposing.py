"""A jobhunter proposes a client for a vacancy (SPEC §1.4: only with the client's consent).

The proposal is also the first piece of feedback for the matching engine's re-ranker; the
employer's answer and the jobhunter's outcome are recorded on the same row.
"""

from __future__ import annotations

from decimal import Decimal

from app.extensions import db
from app.models import Client, Proposal, User, Vacancy
from app.services import audit
from app.services.mail import send_mail


class ProposalRefused(ValueError):
    """The proposal cannot be made (Dutch message for the user)."""


def propose(
    client: Client, vacancy: Vacancy, jobhunter: User, note: str, score: float | None = None
) -> Proposal:
    """Propose a consenting client for an open vacancy and tell the employer's users."""
    if not client.has_consent:
        raise ProposalRefused(
            "Deze werkzoekende heeft geen toestemming gegeven om het profiel met werkgevers te "
            "delen. Vraag eerst toestemming en leg die vast."
        )
    if vacancy.status != "open":
        raise ProposalRefused("Deze vacature is niet meer open.")
    existing = db.session.execute(
        db.select(Proposal).where(
            Proposal.client_id == client.id, Proposal.vacancy_id == vacancy.id
        )
    ).scalar_one_or_none()
    if existing is not None:
        raise ProposalRefused("Deze werkzoekende is al voorgesteld voor deze vacature.")
    proposal = Proposal(
        client=client,
        vacancy=vacancy,
        jobhunter=jobhunter,
        note=note.strip(),
        status="proposed",
        match_score=Decimal(str(round(score * 100, 2))) if score is not None else None,
    )
    db.session.add(proposal)
    db.session.flush()
    audit.record(
        "create",
        proposal,
        detail=f"voorgesteld: werkzoekende {client.id} voor vacature {vacancy.id}",
    )
    for user in vacancy.employer.organisation.users:
        if user.active:
            send_mail(
                user.email,
                f"Nieuwe kandidaat voor uw vacature {vacancy.title}",
                f"Beste {user.name},\n\nDe gemeente stelt {client.pseudonym} voor voor uw vacature "
                f"'{vacancy.title}'. U ziet het profiel (zonder naam) in Werkbrug onder "
                "Kandidaten.\n",
                organisation_id=vacancy.employer.organisation_id,
                client_id=client.id,
            )
    return proposal
