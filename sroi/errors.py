"""Validation errors of the SROI engine: a `ValueError` with a Dutch message and its field.

Every error the engine raises for bad input is an `InputError` (a `ValueError`), whose `field`
names the input it is about, so a caller can put the message next to the right form field
without reading the Dutch text:

    >>> import sroi
    >>> from datetime import date
    >>> try:
    ...     sroi.Activity(block="pw", start=date(2026, 12, 7), end=date(2026, 12, 2))
    ... except sroi.InputError as exc:
    ...     print(exc.field, "|", exc)
    end | De einddatum van de activiteit (02-12-2026) ligt vóór de startdatum (07-12-2026).

The fields are the engine's own argument and attribute names: `value`, `sroi_percentage`,
`reduction_percentage`, `penalty_percentage`, `start`, `end`, `reference` (a contract);
`block`, `hours_per_week`, `bonuses`, `hours`, `amount`, `person` (an activity); `as_of`,
`activities`, `catalogue`, `contract`, `activity`; `kind`, `percentage`, `thresholds`, `cap`,
`name` (a policy); `fulltime_hours`. A catalogue that breaks the schema raises a
`CatalogueError` whose `problems` name the field, the table and the position of each problem.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


class InputError(ValueError):
    """Invalid input; `str(e)` is a Dutch message for the user, `field` names the input field."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field

    @property
    def message(self) -> str:
        """The Dutch message, as shown next to the field in the portal."""
        return str(self.args[0])


# The earlier name of `InputError`; both names are the same class.
SroiValueError = InputError


@dataclass(frozen=True)
class CatalogueProblem:
    """One problem in a catalogue: the Dutch message and where it is.

    `field` is the key it is about (`value`, `unit`, `max_years`, `benefit`,
    `benefit_months_min`, `benefit_months_max`, `code`, `label`, `description`,
    `fulltime_hours`, `name`, `title`, `source`, `version`, `valid_from`, `blocks`, `bonuses`;
    `""` for the text as a whole, e.g. a TOML syntax error); `table` is `"blocks"`, `"bonuses"`
    or None for the top of the catalogue; `index` is the 0-based position in that table.
    """

    message: str
    field: str = ""
    table: str | None = None
    index: int | None = None

    def __str__(self) -> str:
        return self.message


class CatalogueError(InputError):
    """A catalogue (TOML file or database copy) breaks the schema; `errors` lists every problem.

    `errors` are the Dutch messages (texts); `problems` the same problems with their field,
    table and position (`CatalogueProblem`), in the same order.
    """

    def __init__(self, source: str, errors: Iterable[str | CatalogueProblem]) -> None:
        problems = [p if isinstance(p, CatalogueProblem) else CatalogueProblem(p) for p in errors]
        self.source = source
        self.problems = problems
        self.errors = [p.message for p in problems]
        if len(problems) == 1:
            text = f"Catalogus {source}: {self.errors[0]}"
        else:
            lines = "\n".join(f"- {e}" for e in self.errors)
            text = f"Catalogus {source} bevat {len(problems)} fouten:\n{lines}"
        super().__init__(text, field="catalogue")
