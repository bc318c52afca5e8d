"""Dutch error pages; the 500 handler rolls the session back."""

from flask import Flask, render_template, request
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, SecurityError

from app.extensions import db

MESSAGES = {
    400: "De aanvraag klopt niet. Probeer het opnieuw.",
    403: "U heeft geen toegang tot deze pagina.",
    404: "Deze pagina bestaat niet (meer), of u heeft er geen toegang toe.",
    405: "Deze actie is hier niet mogelijk.",
    413: "Het bestand is te groot.",
    429: "Te veel pogingen. Wacht even en probeer het dan opnieuw.",
    500: "Er ging iets mis aan onze kant. Probeer het later opnieuw.",
}


def render_error(code: int, message: str | None = None):
    if request.accept_mimetypes.best == "application/json":
        return {"error": message or _(MESSAGES.get(code, MESSAGES[500]))}, code
    return (
        render_template(
            "errors/error.html", code=code, message=message or _(MESSAGES.get(code, MESSAGES[500]))
        ),
        code,
    )


def register(app: Flask) -> None:
    @app.errorhandler(CSRFError)
    def csrf_error(error):
        return render_error(
            400,
            _(
                "Het formulier is verlopen of ongeldig. "
                "Laad de pagina opnieuw en probeer het nog eens."
            ),
        )

    @app.errorhandler(SecurityError)
    def untrusted_host(error: SecurityError):
        """A Host header outside TRUSTED_HOSTS: no page (its links would need that host)."""
        return "Onbekend adres voor Werkbrug.", 400, {"Content-Type": "text/plain; charset=utf-8"}

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        if request.path.startswith("/api/"):  # an unknown API address: problem+json too
            from app.api.problems import handle_http_exception

            return handle_http_exception(error)
        return render_error(error.code or 500)

    @app.errorhandler(Exception)
    def server_error(error: Exception):
        db.session.rollback()
        app.logger.exception("Unhandled error")
        return render_error(500)
