"""Start page, health check and error pages.

`bp` is created here; `routes` registers the pages on it when imported at the bottom.
"""

from flask import Blueprint

bp = Blueprint("main", __name__)

from app.main import routes  # noqa: E402,F401 - registers the pages on bp
