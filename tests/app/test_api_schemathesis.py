"""Property-based tests of the API from its own OpenAPI document (Schemathesis).

Schemathesis generates requests for every operation of the document (valid and, within the
schema, odd ones), calls the app through WSGI with a real token, and checks each answer: no
server error, the body matches the documented schema, and the status is one the document
lists. As an employer, a procurement user and a jobhunter (each their own operations).

`max_examples` keeps the run to a minute or two; raise it locally with API_FUZZ_EXAMPLES.
"""

from __future__ import annotations

import os

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    response_schema_conformance,
    status_code_conformance,
)

from tests.api_helpers import bearer, token_for

CHECKS = [not_a_server_error, response_schema_conformance, status_code_conformance]
EXAMPLES = int(os.environ.get("API_FUZZ_EXAMPLES", "20"))
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,  # the same examples every run: a failure can be repeated
    suppress_health_check=list(HealthCheck),
)


def _run(app, token: str, prefix: str) -> None:
    """Every operation under `prefix`, each with `EXAMPLES` generated requests.

    (Schemathesis' pytest fixture loader does not run under pytest 9, so the operations are
    walked here with its Python API: one Hypothesis test per operation.)
    """
    from hypothesis import given

    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app).include(
        path_regex=f"^{prefix}"
    )
    operations = [result.ok() for result in schema.get_all_operations()]
    assert operations, f"no operations under {prefix}"
    for operation in operations:

        @given(case=operation.as_strategy())
        @SETTINGS
        def check(case):
            case.call_and_validate(headers=bearer(token), checks=CHECKS)

        check()


def test_api_as_employer(app, world):
    _run(app, token_for("employer.a@example.nl"), "/api/v1/employer/")


def test_api_as_procurement(app, world):
    _run(app, token_for("procurement.a@example.nl"), "/api/v1/procurement/")


def test_api_as_jobhunter(app, world):
    _run(app, token_for("jobhunter.a@example.nl"), "/api/v1/jobhunter/")
