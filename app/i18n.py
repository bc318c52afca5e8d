"""Locale selection: Dutch by default; an English catalogue can be added later."""

from flask import current_app, request

SUPPORTED_LOCALES = ("nl",)


def select_locale() -> str:
    """Dutch unless a supported locale is asked for explicitly (`?lang=`)."""
    wanted = request.args.get("lang") if request else None
    if wanted in SUPPORTED_LOCALES:
        return wanted
    return current_app.config.get("BABEL_DEFAULT_LOCALE", "nl")
