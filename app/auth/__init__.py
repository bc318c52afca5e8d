"""Login and logout, invitations, two-factor authentication and the account page.

`bp` is created here; the page modules register on it when imported at the bottom.
"""

from flask import Blueprint

bp = Blueprint("auth", __name__)

from app.auth import account, password, routes  # noqa: E402,F401 - register the pages on bp
