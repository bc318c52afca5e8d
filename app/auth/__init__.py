"""Login and logout, invitations, two-factor authentication, the account page, and who acts
for the audit log (`origin`).

`bp` is created here; the page modules register on it when imported at the bottom.
"""

from flask import Blueprint

bp = Blueprint("auth", __name__)

from app.auth import account, api_tokens, origin, password, routes  # noqa: E402,F401 - register the pages on bp
