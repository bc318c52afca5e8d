"""Client records: create, update and search, with every change audited."""

from __future__ import annotations

import secrets
from datetime import date

from app.extensions import db
from app.models import Client, ClientOccupation, Organisation, User
from app.services import audit, client_log, occupations

PSEUDONYM_ALPHABET = "BCDFGHJKLMNPRSTVWXZ23456789"
CLIENT_FIELDS = (
    "municipality_id",
    "first_name",
    "last_name",
    "bsn",
    "birth_date",
    "postcode",
    "benefit_type",
    "benefit_start",
    "benefit_end",
    "banenafspraak",
    "sheltered_work",
    "newcomer",
    "skills",
    "experience",
    "certificates",
    "driving_licences",
    "hours_min",
    "hours_max",
    "max_travel_minutes",
    "max_travel_km",
    "health_notes",
    "exemptions",
    "case_closed_at",
    "banenafspraak_on",
    "sheltered_work_on",
    "integration_start",
    "integration_done_on",
    "pip_on",
    "map_done_on",
    "unavailable_until",
)
OPTIONAL_CODES = (
    "ladder_step",
    "profile",
    "client_group",
    "education_level",
    "language_level",
    "max_load",
    "target_register_status",
    "integration_route",
    "benefit_end_reason",
)
# Registered with date and author in the client's history (issue 16, `000` §2.3).
HISTORY_FIELDS = ("ladder_step", "profile", "client_group")


def new_pseudonym() -> str:
    """A unique pseudonym for employers, e.g. 'Kandidaat K7-FX3'."""
    while True:
        code = "".join(secrets.choice(PSEUDONYM_ALPHABET) for _ in range(5))
        pseudonym = f"Kandidaat {code[:2]}-{code[2:]}"
        if not db.session.execute(
            db.select(Client.id).where(Client.pseudonym == pseudonym)
        ).first():
            return pseudonym


def apply_form(client: Client, data: dict, today: date) -> None:
    """Copy validated form data onto `client`."""
    for name in CLIENT_FIELDS:
        if name in data:
            setattr(client, name, data[name])
    for name in OPTIONAL_CODES:
        value = data.get(name)
        if name in ("ladder_step", "profile"):
            value = int(value) if value else None
        setattr(client, name, value or None)
    client.consent_at = (data.get("consent_at") or today) if data.get("consent") else None
    client.jobhunter_id = data.get("jobhunter_id") or None
    wanted = data.get("desired_occupations") or []
    current = {o.text.lower(): o for o in client.desired_occupations}
    client.desired_occupations = [
        current.get(text.lower()) or ClientOccupation(text=text, occupation=occupations.find(text))
        for text in wanted
    ]


def save_client(client: Client | None, data: dict, user: User | None, today: date) -> Client:
    """Create or update a client and record the change in the audit log; a changed ladder
    step, profile or client group also goes into the client's history (who, when)."""
    creating = client is None
    if creating:
        client = Client(pseudonym=new_pseudonym())
        db.session.add(client)
    fields = CLIENT_FIELDS + OPTIONAL_CODES
    before = {name: getattr(client, name) for name in fields} if not creating else {}
    apply_form(client, data, today)
    if data.get("benefit_end") is None:
        client.benefit_end_reason = None
    db.session.flush()
    client_log.note_changes(client, before, user, today)
    changed = sorted(n for n, v in before.items() if getattr(client, n) != v)
    audit.record(
        "create" if creating else "update",
        client,
        detail="" if creating else "gewijzigd: " + ", ".join(changed),
    )
    return client


def jobhunters_in(scope: set[int]) -> list[User]:
    """Jobhunters of the organisations in `scope`, for the 'responsible jobhunter' choice."""
    return db.session.scalars(
        db.select(User)
        .where(User.role == "jobhunter", User.organisation_id.in_(scope), User.active.is_(True))
        .order_by(User.name)
    ).all()


def municipalities_in(scope: set[int]) -> list[Organisation]:
    return db.session.scalars(
        db.select(Organisation)
        .where(Organisation.id.in_(scope), Organisation.kind == "municipality")
        .order_by(Organisation.name)
    ).all()


def search(scope: set[int], filters: dict):
    """A select of clients in `scope` matching the list filters."""
    query = db.select(Client).where(Client.municipality_id.in_(scope))
    term = (filters.get("q") or "").strip()
    if term:
        # lower(column) LIKE lower('%term%'): what ilike() is on SQLite, and on PostgreSQL the
        # form its trigram index (ix_clients_search_trgm) answers.
        like = db.func.lower(f"%{term}%")
        query = query.where(
            db.or_(
                db.func.lower(Client.first_name).like(like),
                db.func.lower(Client.last_name).like(like),
                db.func.lower(Client.pseudonym).like(like),
                Client.bsn == term.replace(" ", ""),
            )
        )
    for name in ("ladder_step", "profile", "municipality_id", "jobhunter_id"):
        number = _small_int(filters.get(name))
        if number is not None:
            query = query.where(getattr(Client, name) == number)
    if filters.get("client_group"):
        query = query.where(Client.client_group == filters["client_group"])
    if filters.get("benefit_type"):
        query = query.where(Client.benefit_type == filters["benefit_type"])
    if filters.get("banenafspraak") in ("0", "1"):
        query = query.where(Client.banenafspraak.is_(filters["banenafspraak"] == "1"))
    return query.order_by(Client.last_name, Client.first_name)


def _small_int(value) -> int | None:
    """A filter value as an id-sized int; None for blanks, text or absurdly large numbers."""
    text = str(value or "").strip()
    if not text.isdecimal() or len(text) > 9:
        return None
    return int(text)


def history(client: Client) -> dict:
    """Everything that happened around a client, newest first, for the client page."""
    from app.models import ExitPremium, Placement, Proposal

    return {
        "proposals": db.session.scalars(
            db.select(Proposal)
            .where(Proposal.client_id == client.id)
            .order_by(Proposal.created_at.desc())
        ).all(),
        "placements": db.session.scalars(
            db.select(Placement)
            .where(Placement.client_id == client.id)
            .order_by(Placement.start_date.desc())
        ).all(),
        "premiums": db.session.scalars(
            db.select(ExitPremium)
            .where(ExitPremium.client_id == client.id)
            .order_by(ExitPremium.requested_on.desc())
        ).all(),
    }
