"""Who acts, for the audit log: the view layer fills `app.services.audit`'s origin per request.

When a request starts, the origin is the logged-in user (if any) and the client's address
(behind a proxy the one `PROXY_COUNT` trusts, `app.headers`); a login or logout during the
request changes the user from then on; when the request ends the origin is reset, so nothing
carries over to the next request or to a command. Services only read `audit.current_origin()`.
"""

from __future__ import annotations

from flask import g, request
from flask_login import current_user, user_logged_in, user_logged_out

from app.auth import bp
from app.services import audit

_ORIGIN_KEY = "_audit_origin"


@bp.before_app_request
def start_origin() -> None:
    """The request's origin: the logged-in user and the client's address."""
    if request.endpoint == "static":
        return
    user = current_user._get_current_object() if current_user.is_authenticated else None
    setattr(g, _ORIGIN_KEY, audit.set_origin(audit.Origin(user, request.remote_addr or "")))


@bp.teardown_app_request
def end_origin(_error=None) -> None:
    """Forget the request's origin when it ends."""
    token = g.pop(_ORIGIN_KEY, None)
    if token is not None:
        audit.reset_origin(token)


@user_logged_in.connect
def _logged_in(_app, user=None, **_extra) -> None:
    if g.get(_ORIGIN_KEY) is not None:
        audit.set_origin(audit.Origin(user, audit.current_origin().ip))


@user_logged_out.connect
def _logged_out(_app, user=None, **_extra) -> None:
    if g.get(_ORIGIN_KEY) is not None:
        audit.set_origin(audit.Origin(None, audit.current_origin().ip))
