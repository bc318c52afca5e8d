"""The audit log (BIO / AVG): who read or changed which client, contract or activity data.

Entries are append-only from the application's side: a session listener refuses to flush a
change to or a deletion of an `AuditEntry` or `AuditSubject`, and bulk UPDATE/DELETE
statements on those tables are refused too. (A database administrator can still prune old
entries with SQL.)

Every entry names the clients it is about in `audit_subjects`: the client of the object read or
changed (a proposal's, a placement's, an activity's client…) and every client a list page
showed. So "who saw client 42" is one query (`about_client`), for the inzage and the admin.

Details hold ids and codes, never free text about a person: a reason, a note or a file name
stays in its own column, where retention can wipe it.

One narrow, explicit exception to append-only: `redact`, called by retention when it anonymises
a client, replaces the *detail* of the entries about that client with `REDACTED` (entries of
older versions did hold free text: an end reason, a rejection reason, a file name). Nothing
else of an entry may change, no entry is deleted, only the entries that `redact` names in the
session may be touched, and the redaction is itself an audit entry listing their ids. The
alternative, keeping free text out of the log and in a separate table, would leave the entries
already written; a one-time migration could clean those, but every future slip would again be
permanent. With `redact` the log keeps who did what to which object when, and loses the words.

Who acts and from which address: an entry names its `actor` when the caller passes one;
otherwise the `Origin` of the current context, which the view layer fills for each request
(`app.auth.origin`: the logged-in user and the client's address) and a command may fill with
`acting(user)`. Without either (a command, a job) the entry is the system's. This module never
looks at the request itself, so commands call services without faking one.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar, Token
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from app.extensions import db
from app.formatting import LOCAL
from app.models import (
    AuditEntry,
    AuditSubject,
    Client,
    ClientContact,
    ClientDocument,
    ClientPlan,
    ClientProvision,
    ClientStatusChange,
    ClientTask,
    EvidenceFile,
    ExitPremium,
    FollowUp,
    IncentiveAward,
    Placement,
    PlanAction,
    Proposal,
    SroiActivity,
    User,
)

# Objects that name their client in `client_id` (a client's path, issue 16, included).
CLIENT_OBJECTS = (
    Proposal,
    Placement,
    ExitPremium,
    SroiActivity,
    ClientPlan,
    ClientStatusChange,
    ClientContact,
    ClientDocument,
    ClientTask,
    ClientProvision,
)

# What the admin search offers; free-form actions from other modules are also searchable.
ACTIONS = {
    "read": "gelezen",
    "export": "geëxporteerd",
    "create": "aangemaakt",
    "update": "gewijzigd",
    "delete": "verwijderd",
    "login": "ingelogd",
    "logout": "uitgelogd",
    "login-fail": "mislukte inlogpoging",
    "lock": "account geblokkeerd",
    "unlock": "account ontgrendeld",
    "2fa-on": "tweestapsverificatie aan",
    "2fa-off": "tweestapsverificatie uit",
    "2fa-fail": "onjuiste code",
    "2fa-recov": "herstelcode gebruikt",
    "2fa-codes": "nieuwe herstelcodes",
    "anonymise": "geanonimiseerd",
    "redact": "tekst verwijderd (bewaartermijn)",
}
# What a redacted detail says instead; the only value `redact` may write.
REDACTED = "[tekst verwijderd na de bewaartermijn]"
# Session key holding the ids of the entries `redact` is allowed to change in this flush.
_REDACTING = "werkbrug.audit_redacting"


class AuditLogIsAppendOnly(RuntimeError):
    """Raised when code tries to change or delete an audit entry."""


@dataclass(frozen=True)
class Origin:
    """Who acts and from which address, for the entries that do not name their actor."""

    user: User | None = None
    ip: str = ""


# No user, no address: a command or a job that names nobody.
SYSTEM = Origin()
_ORIGIN: ContextVar[Origin] = ContextVar("werkbrug_audit_origin", default=SYSTEM)


def set_origin(origin: Origin) -> Token:
    """Entries written from now on in this context come from `origin` (the view layer calls
    this when a request starts and when someone logs in or out); returns the token to reset."""
    return _ORIGIN.set(origin)


def reset_origin(token: Token) -> None:
    """Back to the origin before `set_origin` returned `token` (when the request ends)."""
    _ORIGIN.reset(token)


def current_origin() -> Origin:
    """The origin entries get when they do not name their actor."""
    return _ORIGIN.get()


@contextmanager
def acting(user: User | None, ip: str = "") -> Iterator[None]:
    """Entries written inside the block come from `user` (a command acting for someone)."""
    token = _ORIGIN.set(Origin(user, ip))
    try:
        yield
    finally:
        _ORIGIN.reset(token)


def _client_id(obj) -> int | None:
    client_id = getattr(obj, "client_id", None)
    if client_id is None and getattr(obj, "client", None) is not None:
        client_id = obj.client.id
    return client_id


def subjects_of(obj) -> set[int]:
    """The ids of the clients `obj` is about (empty for objects not about a client)."""
    if isinstance(obj, Client):
        client_id = obj.id
    elif isinstance(obj, CLIENT_OBJECTS):
        client_id = _client_id(obj)
    elif isinstance(obj, PlanAction):
        client_id = _client_id(obj.plan) if obj.plan is not None else None
    elif isinstance(obj, (FollowUp, IncentiveAward)):
        client_id = _client_id(obj.placement) if obj.placement is not None else None
    elif isinstance(obj, EvidenceFile):
        client_id = _client_id(obj.activity) if obj.activity is not None else None
    else:
        client_id = None
    return {client_id} if client_id is not None else set()


def record(
    action: str,
    obj=None,
    *,
    object_type: str = "",
    object_id="",
    detail: str = "",
    actor: User | None = None,
    clients=(),
) -> AuditEntry:
    """Add an audit entry to the current transaction (committed with the change it records).

    `actor` names the user when it is not the origin's (the two-factor step of a login);
    otherwise the entry comes from the current `Origin` (see the module docstring).
    `clients` adds client ids the entry is about besides `obj`'s own client (list pages).
    For reads, call `commit_read` instead so the entry is stored even though nothing changes.
    """
    origin = _ORIGIN.get()
    user = actor if actor is not None else origin.user
    entry = AuditEntry(
        user_id=user.id if user else None,
        user_email=user.email if user else "",
        organisation_id=user.organisation_id if user else None,
        action=action[:10],
        object_type=object_type or (type(obj).__name__ if obj is not None else ""),
        object_id=str(object_id or (getattr(obj, "id", "") if obj is not None else ""))[:40],
        detail=detail[:2000],
        ip=origin.ip[:45],
    )
    about = subjects_of(obj) | {int(i) for i in clients if i is not None}
    entry.subjects = [AuditSubject(client_id=i) for i in sorted(about)]
    db.session.add(entry)
    return entry


def commit_read(obj, detail: str = "", clients=()) -> None:
    """Record and commit that the current user read `obj` (client pages, exports); `clients`:
    the clients the page showed with it besides `obj`'s own (a contract's candidates)."""
    record("read", obj, detail=detail, clients=clients)
    db.session.commit()


def commit_list_read(ids, detail: str) -> None:
    """Record and commit that the current user saw these clients on a page (names on a list,
    pseudonyms with a profile). One entry per page view with a subject row per client; the ids
    are also in the detail for the admin page. Nothing is written when no client was shown."""
    shown = sorted({int(i) for i in ids if i is not None})
    if not shown:
        return
    listed = ", ".join(str(i) for i in shown)
    entry = record("read", object_type="Client", object_id="", detail=f"{detail}: {listed}"[:2000])
    db.session.flush()
    # A page shows up to a few hundred clients: their subject rows in one multi-row INSERT,
    # without an ORM object each.
    db.session.execute(
        db.insert(AuditSubject), [{"audit_id": entry.id, "client_id": i} for i in shown]
    )
    db.session.commit()


def on_objects(objects: dict[str, set[int]]):
    """A select of the entries on the given objects ({"Proposal": {3, 4}, …})."""
    conditions = [
        db.and_(AuditEntry.object_type == kind, AuditEntry.object_id.in_([str(i) for i in ids]))
        for kind, ids in objects.items()
        if ids
    ]
    return db.select(AuditEntry).where(db.or_(*conditions) if conditions else db.false())


def about_client(client_id: int):
    """A select of every entry about the client (its own record, its objects, list pages)."""
    return (
        db.select(AuditEntry)
        .where(
            db.or_(
                AuditEntry.id.in_(
                    db.select(AuditSubject.audit_id).where(AuditSubject.client_id == client_id)
                ),
                db.and_(AuditEntry.object_type == "Client", AuditEntry.object_id == str(client_id)),
            )
        )
        .order_by(AuditEntry.at, AuditEntry.id)
    )


def commit_export(obj, detail: str = "") -> None:
    """Record and commit that the current user exported `obj` (downloads of personal data)."""
    record("export", obj, detail=detail)
    db.session.commit()


def search(
    *,
    who: str = "",
    object_type: str = "",
    object_id: str = "",
    action: str = "",
    date_from: date | None = None,
    date_to: date | None = None,
):
    """A select of audit entries matching the admin page's filters, newest first."""
    query = db.select(AuditEntry)
    if who:
        query = query.where(
            db.func.lower(AuditEntry.user_email).contains(who.lower(), autoescape=True)
        )
    if object_type == "Client" and object_id.isdigit():
        # A client: its own entries and every entry (a list page, a proposal…) about it.
        query = query.where(
            AuditEntry.id.in_(
                about_client(int(object_id)).with_only_columns(AuditEntry.id).order_by(None)
            )
        )
    else:
        if object_type:
            query = query.where(AuditEntry.object_type == object_type)
        if object_id:
            query = query.where(AuditEntry.object_id == object_id)
    if action:
        query = query.where(AuditEntry.action == action)
    if date_from:
        query = query.where(AuditEntry.at >= _day_start(date_from))
    if date_to:
        query = query.where(AuditEntry.at < _day_start(date_to + timedelta(days=1)))
    return query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc())


def _day_start(day: date) -> datetime:
    """Midnight in the Netherlands at the start of `day`, in UTC (how `at` is stored)."""
    return datetime.combine(day, time.min, tzinfo=LOCAL).astimezone(UTC)


def object_types() -> list[str]:
    """The object types present in the log, for the search form."""
    return list(
        db.session.scalars(
            db.select(AuditEntry.object_type).distinct().order_by(AuditEntry.object_type)
        )
    )


def redact(entries, *, client_id: int, why: str) -> int:
    """Replace the details of `entries` by `REDACTED` (the one exception to append-only).

    For retention only: `client_id` is the anonymised client, `why` a short reason in Dutch.
    Returns how many entries changed; records the redaction itself as an entry (ids only).
    """
    targets = sorted((e for e in entries if e.detail and e.detail != REDACTED), key=lambda e: e.id)
    if not targets:
        return 0
    db.session.flush()  # anything else pending is flushed under the normal rules first
    db.session.info[_REDACTING] = {e.id for e in targets}
    try:
        for entry in targets:
            entry.detail = REDACTED
        db.session.flush()
    finally:
        db.session.info.pop(_REDACTING, None)
    ids = ", ".join(str(e.id) for e in targets)
    record(
        "redact",
        object_type="Client",
        object_id=client_id,
        detail=f"{why}; auditregels {ids}"[:2000],
        clients=[client_id],
    )
    return len(targets)


def _is_allowed_redaction(session: Session, entry) -> bool:
    """Whether this change is `redact` at work: an allowed entry, only its detail, to REDACTED."""
    if not isinstance(entry, AuditEntry) or entry.id not in session.info.get(_REDACTING, ()):
        return False
    for attribute in inspect(entry).attrs:
        history = attribute.history
        if history.has_changes() and (
            attribute.key != "detail" or list(history.added) != [REDACTED]
        ):
            return False
    return True


@event.listens_for(Session, "before_flush")
def _refuse_audit_changes(session: Session, flush_context, instances) -> None:
    """Audit entries may be added, never changed or deleted, through the ORM (but see `redact`)."""
    for obj in list(session.dirty) + list(session.deleted):
        if not isinstance(obj, (AuditEntry, AuditSubject)):
            continue
        if obj in session.deleted:
            raise AuditLogIsAppendOnly("Het auditlog kan niet worden gewijzigd of verwijderd.")
        if session.is_modified(obj) and not _is_allowed_redaction(session, obj):
            raise AuditLogIsAppendOnly("Het auditlog kan niet worden gewijzigd of verwijderd.")


@event.listens_for(Session, "do_orm_execute")
def _refuse_bulk_audit_changes(state) -> None:
    """No `update(AuditEntry)` or `delete(AuditEntry)` statements either."""
    if (
        (state.is_update or state.is_delete)
        and state.bind_mapper is not None
        and state.bind_mapper.class_ in (AuditEntry, AuditSubject)
    ):
        raise AuditLogIsAppendOnly("Het auditlog kan niet worden gewijzigd of verwijderd.")
