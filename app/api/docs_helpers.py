"""Decorators that document an operation's error answers (problem+json) in the OpenAPI document.

Schemathesis checks that every status an operation answers is documented, so each view lists
what it can answer besides success.
"""

from __future__ import annotations

from app.api.problems import DETAILS, PROBLEM_TYPE
from app.api.schemas import Problem

# Every call with a token can be refused for these reasons.
ALWAYS = (401, 403, 429)


def problems(blueprint, *codes: int):
    """Document `codes` (and 401, 403, 429) as problem+json answers of the operation."""

    def decorator(view):
        for code in sorted({*ALWAYS, *codes}):
            view = blueprint.alt_response(
                code,
                schema=Problem,
                description=DETAILS.get(code, ""),
                content_type=PROBLEM_TYPE,
            )(view)
        return view

    return decorator
