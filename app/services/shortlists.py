"""A shortlist per vacancy: clients a jobhunter keeps in mind before proposing them.

Only the jobhunter's own municipality's (or region's) clients; every addition and removal is
audited with the client it is about. The shortlist is never shown to employers.
"""

from __future__ import annotations

from app.extensions import db
from app.models import Client, ShortlistEntry, User, Vacancy
from app.services import audit


def entries(vacancy: Vacancy, scope: set[int]) -> list[ShortlistEntry]:
    """The shortlist of `vacancy` for clients in `scope`, oldest first."""
    return db.session.scalars(
        db.select(ShortlistEntry)
        .join(ShortlistEntry.client)
        .where(ShortlistEntry.vacancy_id == vacancy.id, Client.municipality_id.in_(scope))
        .order_by(ShortlistEntry.created_at, ShortlistEntry.id)
    ).all()


def add(vacancy: Vacancy, clients: list[Client], user: User) -> list[ShortlistEntry]:
    """Put `clients` on the shortlist (those already on it are left as they are)."""
    present = set(
        db.session.scalars(
            db.select(ShortlistEntry.client_id).where(ShortlistEntry.vacancy_id == vacancy.id)
        )
    )
    added = []
    for client in clients:
        if client.id in present:
            continue
        entry = ShortlistEntry(vacancy=vacancy, client=client, added_by=user)
        db.session.add(entry)
        db.session.flush()
        audit.record(
            "create",
            entry,
            detail=f"shortlist vacature {vacancy.id}: werkzoekende {client.id}",
            clients=[client.id],
        )
        present.add(client.id)
        added.append(entry)
    return added


def remove(vacancy: Vacancy, client: Client) -> bool:
    """Take `client` off the shortlist; False when they were not on it."""
    entry = db.session.scalars(
        db.select(ShortlistEntry).where(
            ShortlistEntry.vacancy_id == vacancy.id, ShortlistEntry.client_id == client.id
        )
    ).first()
    if entry is None:
        return False
    audit.record(
        "delete",
        entry,
        detail=f"shortlist vacature {vacancy.id}: werkzoekende {client.id}",
        clients=[client.id],
    )
    db.session.delete(entry)
    return True
