"""Validation errors of the SROI engine: a `ValueError` with a Dutch message and its field."""

from __future__ import annotations


class SroiValueError(ValueError):
    """Invalid input; `str(e)` is a Dutch message for the user, `field` names the input field."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field

    @property
    def message(self) -> str:
        """The Dutch message, as shown next to the field in the portal."""
        return str(self.args[0])


class CatalogueError(SroiValueError):
    """A catalogue (TOML file or database copy) breaks the schema; `errors` lists every problem."""

    def __init__(self, source: str, errors: list[str]) -> None:
        self.source = source
        self.errors = list(errors)
        if len(errors) == 1:
            text = f"Catalogus {source}: {errors[0]}"
        else:
            lines = "\n".join(f"- {e}" for e in errors)
            text = f"Catalogus {source} bevat {len(errors)} fouten:\n{lines}"
        super().__init__(text, field="catalogue")
