"""The JSON API at /api/v1 (issue 19), described by the OpenAPI document it generates.

flask-smorest (with marshmallow) builds the OpenAPI 3 document from the views' schemas. Each
audience has its own blueprint and path prefix (`/api/v1/werkgever/...` is not used: paths are
English like the code, e.g. `/api/v1/employer/vacancies`); `api` itself serves the document and
its documentation page. Every API blueprint is CSRF-exempt (no cookies count: a call carries a
personal token, `app.api.auth`), rate-limited per token, and answers errors as problem+json.

Views validate with the pages' forms or the SROI adapter, call `app.services`, and load every
object through `app.security.get_for_user_or_404`.
"""

from __future__ import annotations

from flask import Blueprint as FlaskBlueprint
from flask import Flask
from flask_smorest import Api as SmorestApi
from flask_smorest import Blueprint
from werkzeug.exceptions import HTTPException

from app.api import auth, problems

VERSION = "1.0.0"
PREFIX = "/api/v1"


class Api(SmorestApi):
    """flask-smorest's Api without its app-wide error handler (the pages keep their own) and
    without its own documentation blueprint (`app.api.docs` serves both under /api/v1)."""

    DEFAULT_ERROR_RESPONSE_NAME = None  # errors are documented per operation (problem+json)

    def _register_error_handlers(self):
        return None

    def _register_doc_blueprint(self):
        return None


api = Api(
    spec_kwargs={
        "info": {
            "description": (
                "De API van Werkbrug: vacatures, voorstellen, plaatsingen en social return "
                "(SROI) uit uw eigen systemen. Meld u aan met een persoonlijke API-sleutel "
                "(Mijn account) in de kop Authorization: Bearer <sleutel>."
            )
        },
        "servers": [{"url": "/"}],
    }
)

bp = FlaskBlueprint("api", __name__, url_prefix=PREFIX)
employer = Blueprint(
    "api_employer", __name__, url_prefix=PREFIX, description="Werkgevers en leveranciers"
)
procurement = Blueprint("api_procurement", __name__, url_prefix=PREFIX, description="Inkoop")
jobhunter = Blueprint("api_jobhunter", __name__, url_prefix=PREFIX, description="Jobhunters")
SMOREST_BLUEPRINTS = (employer, procurement, jobhunter)


def _setup_blueprints() -> None:
    """Hooks, error handlers and rate limits of the API blueprints (once, at import)."""
    from flask_limiter.errors import RateLimitExceeded

    from app.auth.throttle import limiter

    for blueprint in (bp, *SMOREST_BLUEPRINTS):
        blueprint.register_error_handler(HTTPException, problems.handle_http_exception)
        # A handler per status, so the app's own handlers for a status (the login page for
        # too many attempts) never answer an API call.
        for code in problems.TITLES:
            if code != 500:
                blueprint.register_error_handler(code, problems.handle_http_exception)
        blueprint.register_error_handler(RateLimitExceeded, problems.handle_http_exception)
        blueprint.register_error_handler(Exception, problems.handle_server_error)
    for blueprint in SMOREST_BLUEPRINTS:
        blueprint.before_request(auth.require_token)
        limiter.limit(auth.rate_limit, key_func=auth.rate_key)(blueprint)


_setup_blueprints()


def init_app(app: Flask) -> None:
    from app.api import (  # noqa: F401 - register the operations
        candidate_views,
        docs,
        employer_views,
        jobhunter_views,
        procurement_views,
    )
    from app.extensions import csrf

    app.config.setdefault("API_TITLE", "Werkbrug API")
    app.config.setdefault("API_VERSION", VERSION)
    app.config.setdefault("OPENAPI_VERSION", "3.0.3")
    api.init_app(app)
    api.spec.components.security_scheme(
        "token", {"type": "http", "scheme": "bearer", "description": "Persoonlijke API-sleutel"}
    )
    api.spec.options["security"] = [{"token": []}]
    # The token decides who calls: before every other hook (the audit origin, the pages').
    app.before_request_funcs.setdefault(None, []).insert(0, auth.load_token_user)
    app.register_blueprint(bp)
    csrf.exempt(bp)
    for blueprint in SMOREST_BLUEPRINTS:
        csrf.exempt(blueprint)
        api.register_blueprint(blueprint)
