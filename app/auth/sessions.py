"""Which user a session or "ingelogd blijven" cookie belongs to (Flask-Login's user loader).

The id in both is `<user id>.<session token>` (`User.get_id`). A login counts only while the
token is still the user's current one, the account is active and it is not locked: logout,
a new password, a lock, a role change or a change of the second factor gives the user a new
token (`app.models.organisation`), so a copied cookie stops working at its next request, and an
inactive or locked user is logged out at theirs.
"""

from __future__ import annotations

import hmac

from app.extensions import db
from app.models import User


def load_user(login_id: str) -> User | None:
    """The user for a session's login id, or None (the request is then anonymous)."""
    user_id, _sep, token = (login_id or "").partition(".")
    if not user_id.isdigit() or not token:
        return None  # includes the bare ids of sessions from before session tokens
    user = db.session.get(User, int(user_id))
    if user is None or not user.session_token:
        return None
    if not hmac.compare_digest(user.session_token.encode(), token.encode()):
        return None
    from app.services import lockout

    if not user.active or lockout.is_locked(user):
        return None
    return user
