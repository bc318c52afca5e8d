"""Who calls the API: the personal token in `Authorization: Bearer`, never a session cookie.

`load_token_user` runs before every other request hook (so the audit origin and the page hooks
see the token's user); for API endpoints it replaces whatever the session says by the token's
user, or by an anonymous user when the token is missing or not usable (then 401). `allow`
checks the role and the token's scope for one operation; object access goes through
`app.security.get_for_user_or_404`, the rule book the pages use.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from flask import current_app, g, request
from flask_login import current_user

from app.api.problems import Problem
from app.extensions import db, login_manager
from app.models.base import utcnow
from app.services import api_tokens

# Endpoints under /api/v1 that need no token (the document and its page).
PUBLIC = {"api.openapi_json", "api.docs"}


def is_api_request() -> bool:
    return (request.blueprint or "").startswith("api") or request.path.startswith("/api/")


def load_token_user() -> None:
    if not is_api_request() or request.endpoint in PUBLIC:
        return
    header = request.headers.get("Authorization", "")
    scheme, _sep, text = header.partition(" ")
    token = api_tokens.authenticate(text.strip()) if scheme.lower() == "bearer" else None
    g.api_token = token
    if token is None:
        login_manager._update_request_context_with_user(None)  # anonymous, whatever the cookie
        return
    now = utcnow()
    last = token.last_used_at
    if last is None or (now - _aware(last)).total_seconds() > 60:
        token.last_used_at = now  # shown on the token page; written at most once a minute
        db.session.commit()
    login_manager._update_request_context_with_user(token.user)


def _aware(moment):
    from datetime import UTC

    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def require_token() -> None:
    """Blueprint hook: a call without a usable token is a 401."""
    if request.endpoint in PUBLIC:
        return
    if getattr(g, "api_token", None) is None or not current_user.is_authenticated:
        raise Problem(401)
    from app.services import two_factor

    user = current_user._get_current_object()
    if two_factor.required_for(user) and not two_factor.is_enabled(user):
        raise Problem(403, "Stel eerst tweestapsverificatie in: log in op de website.")
    if current_user.role == "employer":
        from app.security import employer_of

        employer = employer_of(current_user)
        if employer is None or not employer.approved:
            raise Problem(403, "Uw bedrijf is nog niet goedgekeurd door de gemeente.")
        g.employer = employer


def allow(roles: tuple[str, ...], area: str, level: str = "read") -> Callable:
    """Decorator: only `roles` (403 otherwise), with a token that has `<area>:<level>`."""

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def wrapped(*args, **kwargs):
            if current_user.role not in roles:
                raise Problem(403, "Deze functie is niet voor uw rol.")
            if f"{area}:{level}" not in g.api_token.scope_set:
                raise Problem(403, f"Deze API-sleutel heeft niet de bevoegdheid {area}:{level}.")
            return view(*args, **kwargs)

        wrapped.api_area = (area, level)
        return wrapped

    return decorator


def rate_key() -> str:
    """Flask-Limiter key: the token (its hash), or the client address without one."""
    token = getattr(g, "api_token", None)
    if token is not None:
        return f"api-token:{token.id}"
    from flask_limiter.util import get_remote_address

    return f"api-ip:{get_remote_address()}"


def rate_limit() -> str:
    return current_app.config.get("API_RATE_LIMIT", "120 per minute;5000 per hour")
