"""A client's log: registrations of ladder step, profile and client group, contacts (with
documents), tasks with reminders, re-integration provisions and the banenafspraak outreach
cycle. Every function takes the acting user and the date; each change is audited.
"""

from __future__ import annotations

from datetime import date

from app.extensions import db
from app.models import (
    Client,
    ClientContact,
    ClientProvision,
    ClientStatusChange,
    ClientTask,
    User,
)
from app.models.choices import CLIENT_TASK_KINDS, STATUS_FIELDS
from app.services import audit, client_documents, client_rules

# Contacts that are an answer from the resident: they end the outreach cycle's reminder.
ANSWER_KINDS = ("meeting", "phone", "home_visit", "service_talk", "group_session")
OUTREACH_KINDS = ("outreach_letter", "outreach_call", "outreach_reminder")


class ClientLogError(ValueError):
    """The change is not allowed now; `field` names the form field for the Dutch message."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


def _text(value) -> str | None:
    return None if value is None or value == "" else str(value)


# --- ladder step, profile, client group -------------------------------------------------------


def last_registration(
    client: Client, field: str, on: date | None = None
) -> ClientStatusChange | None:
    """The newest registration of `field` (by date, then entry), on or before `on` if given."""
    query = db.select(ClientStatusChange).where(
        ClientStatusChange.client_id == client.id, ClientStatusChange.field == field
    )
    if on is not None:
        query = query.where(ClientStatusChange.changed_on <= on)
    return db.session.scalars(
        query.order_by(ClientStatusChange.changed_on.desc(), ClientStatusChange.id.desc()).limit(1)
    ).first()


def record_status(
    client: Client, field: str, value, on: date, user: User | None
) -> ClientStatusChange:
    """Register `field` (ladder step, profile or client group) as `value` on `on`.

    A registration of the same value is kept too: `000` §2.3 asks for the step to be recorded
    at least once a year, changed or not. The client's current value follows the newest
    registration; an older date (registering a talk afterwards) only adds to the history.
    """
    if field not in STATUS_FIELDS:
        raise ClientLogError("Onbekend onderdeel.", "field")
    latest = last_registration(client, field)
    newest = latest is None or on >= latest.changed_on
    if newest:
        old = _text(getattr(client, field))
    else:
        before = last_registration(client, field, on)
        old = before.new_value if before else None
    new = _text(value)
    change = ClientStatusChange(
        client_id=client.id,
        field=field,
        old_value=old,
        new_value=new,
        direction=client_rules.ladder_direction(field, old, new),
        changed_on=on,
        recorded_by_id=user.id if user else None,
    )
    db.session.add(change)
    if newest:
        if field == "client_group":
            client.client_group = new
        else:
            setattr(client, field, int(new) if new else None)
    db.session.flush()
    audit.record("create", change, detail=f"{field} vastgelegd per {on.isoformat()}")
    return change


def note_changes(client: Client, before: dict, user: User | None, today: date) -> None:
    """History rows for the fields the client form changed (or set on a new client)."""
    for field in STATUS_FIELDS:
        old, new = _text(before.get(field)), _text(getattr(client, field))
        if old == new:
            continue
        change = ClientStatusChange(
            client_id=client.id,
            field=field,
            old_value=old,
            new_value=new,
            direction=client_rules.ladder_direction(field, old, new),
            changed_on=today,
            recorded_by_id=user.id if user else None,
        )
        db.session.add(change)


def status_history(client: Client) -> list[ClientStatusChange]:
    """Every registration of ladder step, profile and client group, newest first."""
    return db.session.scalars(
        db.select(ClientStatusChange)
        .where(ClientStatusChange.client_id == client.id)
        .order_by(ClientStatusChange.changed_on.desc(), ClientStatusChange.id.desc())
    ).all()


# --- contacts and documents -------------------------------------------------------------------


def add_contact(
    client: Client,
    *,
    kind: str,
    contact_on: date,
    note: str,
    user: User | None,
    today: date,
    files=(),
) -> ClientContact:
    """Log a contact with the client, with any documents (checked like SROI evidence).

    An answer from the resident (a talk, a call, a visit…) cancels the outreach cycle's
    reminder letter: `000` sends it only "Bij geen reactie".
    """
    if contact_on > today:
        raise ClientLogError(
            "Een contact in de toekomst kunt u nog niet vastleggen. Maak er een taak van.",
            "contact_on",
        )
    contact = ClientContact(
        client_id=client.id,
        contact_on=contact_on,
        kind=kind,
        note=(note or "").strip(),
        jobhunter_id=user.id if user else None,
    )
    db.session.add(contact)
    db.session.flush()
    try:
        client_documents.store_all(client, files, user, contact=contact)
    except client_documents.DocumentError as error:
        raise ClientLogError(str(error), "documents") from None
    audit.record("create", contact, detail=f"contact {kind} op {contact_on.isoformat()}")
    if kind in ANSWER_KINDS:
        for task in open_tasks(client, ("outreach_reminder",)):
            task.cancelled_on = today
            audit.record("update", task, detail="herinnering vervalt: inwoner reageerde")
    return contact


def contacts(client: Client) -> list[ClientContact]:
    return db.session.scalars(
        db.select(ClientContact)
        .where(ClientContact.client_id == client.id)
        .order_by(ClientContact.contact_on.desc(), ClientContact.id.desc())
    ).all()


# --- tasks --------------------------------------------------------------------------------------


def add_task(
    client: Client,
    *,
    title: str,
    due_on: date,
    remind_on: date | None,
    jobhunter: User | None,
    user: User | None,
    kind: str = "task",
) -> ClientTask:
    """A task about the client for a jobhunter; it shows on the dashboard from `remind_on`."""
    if remind_on is not None and remind_on > due_on:
        raise ClientLogError("De herinnering ligt na de uiterste datum.", "remind_on")
    task = ClientTask(
        client_id=client.id,
        jobhunter_id=jobhunter.id if jobhunter else None,
        kind=kind,
        title=(title or str(CLIENT_TASK_KINDS.get(kind, "Taak"))).strip()[:200],
        remind_on=remind_on,
        due_on=due_on,
        created_by_id=user.id if user else None,
    )
    db.session.add(task)
    db.session.flush()
    audit.record("create", task, detail=f"taak {kind} uiterlijk {due_on.isoformat()}")
    return task


def complete_task(task: ClientTask, note: str, today: date) -> None:
    if not task.is_open:
        raise ClientLogError("Deze taak is al afgehandeld.")
    task.done_on = today
    task.note = (note or "").strip()
    audit.record("update", task, detail="taak afgerond")


def open_tasks(client: Client, kinds: tuple[str, ...] | None = None) -> list[ClientTask]:
    query = db.select(ClientTask).where(
        ClientTask.client_id == client.id,
        ClientTask.done_on.is_(None),
        ClientTask.cancelled_on.is_(None),
    )
    if kinds:
        query = query.where(ClientTask.kind.in_(kinds))
    return db.session.scalars(query.order_by(ClientTask.due_on)).all()


def tasks(client: Client) -> list[ClientTask]:
    return db.session.scalars(
        db.select(ClientTask)
        .where(ClientTask.client_id == client.id)
        .order_by(ClientTask.due_on.desc(), ClientTask.id.desc())
    ).all()


def start_outreach(client: Client, user: User | None, today: date) -> list[ClientTask]:
    """Start `000`'s outreach cycle for a resident with a banenafspraak indication: a letter
    with the municipality's offer now, a phone call, and a reminder letter after four to six
    months, as tasks for the client's jobhunter (or the user)."""
    if not client.banenafspraak:
        raise ClientLogError("Deze werkzoekende heeft geen indicatie banenafspraak.")
    if open_tasks(client, OUTREACH_KINDS):
        raise ClientLogError("De benadering loopt al.")
    municipality = client.municipality
    steps = client_rules.outreach_schedule(
        today,
        municipality.outreach_call_days,
        municipality.outreach_reminder_months,
        municipality.outreach_reminder_latest_months,
    )
    return [
        add_task(
            client,
            title=str(CLIENT_TASK_KINDS[step.kind]),
            due_on=step.due_on,
            remind_on=step.remind_on,
            jobhunter=client.jobhunter or user,
            user=user,
            kind=step.kind,
        )
        for step in steps
    ]


# --- re-integration provisions ------------------------------------------------------------------


def add_provision(
    client: Client,
    *,
    kind: str,
    provider: str,
    start_on: date,
    end_on: date | None,
    user: User | None,
) -> ClientProvision:
    if end_on is not None and end_on < start_on:
        raise ClientLogError("De einddatum ligt vóór de startdatum.", "end_on")
    provision = ClientProvision(
        client_id=client.id,
        kind=kind,
        provider=(provider or "").strip(),
        start_on=start_on,
        end_on=end_on,
        created_by_id=user.id if user else None,
    )
    db.session.add(provision)
    db.session.flush()
    audit.record("create", provision, detail=f"voorziening {kind} vanaf {start_on.isoformat()}")
    return provision


def end_provision(provision: ClientProvision, end_on: date) -> None:
    if provision.end_on is not None:
        raise ClientLogError("Deze voorziening is al beëindigd.", "end_on")
    if end_on < provision.start_on:
        raise ClientLogError("De einddatum ligt vóór de startdatum.", "end_on")
    provision.end_on = end_on
    audit.record("update", provision, detail=f"voorziening beëindigd per {end_on.isoformat()}")


def provisions(client: Client) -> list[ClientProvision]:
    return db.session.scalars(
        db.select(ClientProvision)
        .where(ClientProvision.client_id == client.id)
        .order_by(ClientProvision.start_on.desc(), ClientProvision.id.desc())
    ).all()
