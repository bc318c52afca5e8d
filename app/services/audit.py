"""The audit log (BIO / AVG): who read or changed which client, contract or activity data."""

from __future__ import annotations

from flask import has_request_context, request
from flask_login import current_user

from app.extensions import db
from app.models import AuditEntry


def record(action: str, obj=None, *, object_type: str = "", object_id="", detail: str = "") -> None:
    """Add an audit entry to the current transaction (committed with the change it records).

    For reads, call `commit_read` instead so the entry is stored even though nothing changes.
    """
    user = current_user if has_request_context() and current_user.is_authenticated else None
    entry = AuditEntry(
        user_id=user.id if user else None,
        user_email=user.email if user else "",
        organisation_id=user.organisation_id if user else None,
        action=action,
        object_type=object_type or (type(obj).__name__ if obj is not None else ""),
        object_id=str(object_id or (getattr(obj, "id", "") if obj is not None else "")),
        detail=detail[:2000],
        ip=(request.remote_addr or "") if has_request_context() else "",
    )
    db.session.add(entry)


def commit_read(obj, detail: str = "") -> None:
    """Record and commit that the current user read `obj` (client pages, exports)."""
    record("read", obj, detail=detail)
    db.session.commit()
