"""Errors of the API as `application/problem+json` (RFC 9457) with a Dutch title and detail.

Validation errors carry `errors`: the field names with their messages, the same texts as the
forms show (the views validate with the pages' forms and the SROI adapter's `field_errors`).
"""

from __future__ import annotations

from flask import Response, json
from flask_babel import gettext as _
from werkzeug.exceptions import HTTPException

PROBLEM_TYPE = "application/problem+json"

TITLES = {
    400: "De aanvraag klopt niet",
    401: "Niet aangemeld",
    403: "Geen toegang",
    404: "Niet gevonden",
    405: "Methode niet toegestaan",
    409: "Conflict",
    413: "Te groot",
    415: "Verkeerd soort inhoud",
    422: "Ongeldige invoer",
    429: "Te veel aanvragen",
    500: "Er ging iets mis",
}
DETAILS = {
    400: "De aanvraag kon niet worden gelezen.",
    401: "Stuur een geldige API-sleutel mee in de kop Authorization: Bearer <sleutel>.",
    403: "Deze API-sleutel of gebruiker mag dit niet.",
    404: "Dit bestaat niet (meer), of u heeft er geen toegang toe.",
    405: "Deze methode is hier niet mogelijk.",
    409: "Dit is intussen al gewijzigd.",
    413: "Het bestand is te groot.",
    415: "Stuur de gegevens als JSON of als formulier zoals beschreven.",
    422: "Niet alle velden zijn goed ingevuld.",
    429: "Te veel aanvragen met deze API-sleutel. Wacht even en probeer het dan opnieuw.",
    500: "Er ging iets mis aan onze kant. Probeer het later opnieuw.",
}


class Problem(HTTPException):
    """An API error with our own detail and field errors; raise it from views and helpers."""

    def __init__(self, status: int, detail: str | None = None, errors: dict | None = None):
        super().__init__(description=detail)
        self.code = status
        self.detail = detail
        self.errors = errors


def problem_response(
    status: int, detail: str | None = None, errors: dict | None = None, headers=None
) -> Response:
    body = {
        "type": "about:blank",
        "title": _(TITLES.get(status, TITLES[500])),
        "status": status,
        "detail": detail or _(DETAILS.get(status, DETAILS[500])),
    }
    if errors:
        body["errors"] = {field: _as_list(messages) for field, messages in errors.items()}
    response = Response(json.dumps(body), status=status, mimetype=PROBLEM_TYPE)
    if status == 401:
        response.headers["WWW-Authenticate"] = 'Bearer realm="werkbrug"'
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def _as_list(messages) -> list[str]:
    if isinstance(messages, (list, tuple)):
        out: list[str] = []
        for message in messages:
            out.extend(_as_list(message))
        return out
    if isinstance(messages, dict):  # nested (a list item or an object): flatten its texts
        out = []
        for value in messages.values():
            out.extend(_as_list(value))
        return out
    return [str(messages)]


def _flatten_webargs(messages: dict) -> dict:
    """webargs nests messages by location ({"json": {"title": [...]}}): keep the fields."""
    fields: dict = {}
    for location_or_field, value in (messages or {}).items():
        if location_or_field in ("json", "query", "form", "files", "path", "headers", "view_args"):
            if isinstance(value, dict):
                fields.update(value)
            else:
                fields["_schema"] = value
        else:
            fields[location_or_field] = value
    if "_schema" in fields:
        fields[""] = fields.pop("_schema")
    return fields


def handle_http_exception(error: HTTPException) -> Response:
    """Every HTTP error raised in an API view (or its hooks) as problem+json."""
    if isinstance(error, Problem):
        return problem_response(error.code, error.detail, error.errors)
    status = error.code or 500
    data = getattr(error, "data", None) or {}
    if status == 422 and data.get("messages"):  # webargs: a body or query that did not load
        return problem_response(422, errors=_flatten_webargs(data["messages"]))
    headers = {}
    if status == 405:
        allowed = getattr(error, "valid_methods", None)
        if allowed:
            headers["Allow"] = ", ".join(allowed)
    if status == 429:
        headers["Retry-After"] = "60"
    return problem_response(status, headers=headers)


def handle_server_error(error: Exception) -> Response:
    """An unexpected error in an API view: roll back, log, and answer 500 as problem+json."""
    if isinstance(error, HTTPException):
        return handle_http_exception(error)
    from flask import current_app

    from app.extensions import db

    db.session.rollback()
    current_app.logger.exception("Unhandled error in the API")
    return problem_response(500)
