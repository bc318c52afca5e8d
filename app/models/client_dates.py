"""A client's stored dates of its newest ladder registration and dienstverleningsgesprek
(`Client.last_ladder_on`, `Client.last_service_talk_on`), kept in one place.

The dashboard's yearly rules (app.services.due_items) read a jobhunter's clients in the order
these fall due, from an index, instead of grouping every registration and contact of the
caseload. So every flush that adds, changes or deletes a `ClientStatusChange` or a
`ClientContact` (of any kind or field: a change may move a row out of the kind) sets the dates
of the clients concerned again from their rows, in the same transaction: one UPDATE of those
clients, whoever wrote (a form, a seed, a script). Bulk statements that bypass the ORM
(`insert(ClientContact)` with many rows) call `refresh` themselves.

The client's `updated_at` is left alone: it means a change of the client's own record (the
match pages' pools follow it), which a contact is not.
"""

from __future__ import annotations

from sqlalchemy import event, func, inspect, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from .client_path import ClientContact, ClientStatusChange
from .people import Client

WATCHED = (ClientStatusChange, ClientContact)


def newest_ladder(client_id):
    """The newest ladder registration of the client `client_id` (a column or a value)."""
    return (
        select(func.max(ClientStatusChange.changed_on))
        .where(
            ClientStatusChange.client_id == client_id,
            ClientStatusChange.field == "ladder_step",
        )
        .scalar_subquery()
    )


def newest_service_talk(client_id):
    """The newest dienstverleningsgesprek of the client `client_id`."""
    return (
        select(func.max(ClientContact.contact_on))
        .where(ClientContact.client_id == client_id, ClientContact.kind == "service_talk")
        .scalar_subquery()
    )


def refresh(connection, client_ids) -> None:
    """Set the stored dates of `client_ids` from their rows (None: of every client)."""
    clients = Client.__table__
    statement = update(clients).values(
        last_ladder_on=newest_ladder(clients.c.id),
        last_service_talk_on=newest_service_talk(clients.c.id),
        updated_at=clients.c.updated_at,
    )
    if client_ids is None:
        connection.execute(statement)
        return
    ids = sorted(set(client_ids) - {None})
    for start in range(0, len(ids), 500):
        connection.execute(statement.where(clients.c.id.in_(ids[start : start + 500])))


def _pending(session) -> set:
    return session.info.setdefault("client_dates_pending", set())


@event.listens_for(Session, "before_flush")
def _before_flush(session, flush_context, instances) -> None:
    """The clients that changed or deleted rows belong to before the flush (a row moved to
    another client changes both): read now, while the database still has them."""
    for obj in (*session.dirty, *session.deleted):
        if isinstance(obj, WATCHED) and obj.id is not None:
            history = inspect(obj).attrs.client_id.history
            if history.added and not history.deleted:  # set while not loaded: ask
                table = type(obj).__table__
                was = session.connection().scalar(
                    select(table.c.client_id).where(table.c.id == obj.id)
                )
                _pending(session).add(was)
            _pending(session).update({obj.client_id, *history.deleted})


@event.listens_for(Session, "after_flush")
def _after_flush(session, flush_context) -> None:
    # new/dirty still show what was flushed; the new rows have their ids and clients now.
    ids = _pending(session)
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, WATCHED):
            ids.add(obj.client_id)
    session.info.pop("client_dates_pending", None)
    ids.discard(None)
    if not ids:
        return
    refresh(session.connection(), ids)
    session.info.setdefault("client_dates_stale", set()).update(ids)


@event.listens_for(Session, "after_flush_postexec")
def _expire(session, flush_context) -> None:
    """Clients loaded in the session read their new dates on next access."""
    for client_id in session.info.pop("client_dates_stale", ()):
        client = session.identity_map.get(identity_key(Client, client_id))
        if client is not None:
            session.expire(client, ["last_ladder_on", "last_service_talk_on"])


def stale(connection) -> list[int]:
    """The clients whose stored dates differ from their rows (none, unless something wrote
    them past the ORM without `refresh`): for a consistency check."""
    clients = Client.__table__
    return list(
        connection.execute(
            select(clients.c.id)
            .where(
                clients.c.last_ladder_on.is_distinct_from(newest_ladder(clients.c.id))
                | clients.c.last_service_talk_on.is_distinct_from(newest_service_talk(clients.c.id))
            )
            .order_by(clients.c.id)
        ).scalars()
    )
