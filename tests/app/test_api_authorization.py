"""Every API operation, called without a token, as each role, with too few scopes, and against
another organisation's objects: the API's version of tests/app/test_route_authorization.py.

`API_ROUTES` declares for each endpoint who may use it. A new API route without a line fails
`test_every_api_route_is_declared`; an operation whose answers differ from its line fails the
walk, with every mismatch listed.

Rules:
- no token (or an unknown one): 401 as application/problem+json, for every method.
- a role not in `roles`: 403 problem+json.
- an allowed role with a token without the operation's scope: 403.
- an allowed role: GET on its own organisation's objects answers 200; another organisation's
  object is a 404 for `scoped` routes (every method, the body is not even read); an id that
  does not exist is a 404. Changes (POST/PATCH) on its own objects are the example tests' job.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.api_helpers import bearer, token_for

ROLES = ("admin", "jobhunter", "procurement", "employer")
PROBLEM = "application/problem+json"


@dataclass(frozen=True)
class ApiRoute:
    roles: tuple[str, ...]
    scope: str  # the scope the operation needs, e.g. "vacancies:read"
    scoped: bool = False  # another organisation's object is a 404


def emp(scope: str, scoped: bool = False) -> ApiRoute:
    return ApiRoute(("employer",), scope, scoped)


def proc(scope: str, scoped: bool = False) -> ApiRoute:
    return ApiRoute(("procurement",), scope, scoped)


def jh(scope: str, scoped: bool = False) -> ApiRoute:
    return ApiRoute(("jobhunter",), scope, scoped)


# (endpoint, method) → who may call it.
API_ROUTES: dict[tuple[str, str], ApiRoute] = {
    ("api_employer.vacancies", "GET"): emp("vacancies:read"),
    ("api_employer.vacancy_create", "POST"): emp("vacancies:write"),
    ("api_employer.vacancy", "GET"): emp("vacancies:read", scoped=True),
    ("api_employer.vacancy_update", "PATCH"): emp("vacancies:write", scoped=True),
    ("api_employer.vacancy_close", "POST"): emp("vacancies:write", scoped=True),
    ("api_employer.contracts", "GET"): emp("sroi:read"),
    ("api_employer.contract", "GET"): emp("sroi:read", scoped=True),
    ("api_employer.activities", "GET"): emp("sroi:read", scoped=True),
    ("api_employer.activity_create", "POST"): emp("sroi:write", scoped=True),
    ("api_employer.activity", "GET"): emp("sroi:read", scoped=True),
    ("api_employer.activity_submit", "POST"): emp("sroi:write", scoped=True),
    ("api_employer.activity_withdraw", "POST"): emp("sroi:write", scoped=True),
    ("api_employer.proposal_list", "GET"): emp("candidates:read"),
    ("api_employer.proposal", "GET"): emp("candidates:read", scoped=True),
    ("api_employer.proposal_answer", "POST"): emp("candidates:write", scoped=True),
    ("api_employer.placement_list", "GET"): emp("candidates:read"),
    ("api_employer.placement_register", "POST"): emp("candidates:write"),
    ("api_employer.placement_end", "POST"): emp("candidates:write", scoped=True),
    ("api_jobhunter.vacancies", "GET"): jh("vacancies:read"),
    ("api_jobhunter.placements", "GET"): jh("candidates:read"),
    ("api_jobhunter.exits", "GET"): jh("candidates:read"),
    ("api_jobhunter.client_matches", "GET"): jh("candidates:read", scoped=True),
    ("api_procurement.contracts", "GET"): proc("sroi:read"),
    ("api_procurement.contract_create", "POST"): proc("sroi:write"),
    ("api_procurement.contract", "GET"): proc("sroi:read", scoped=True),
    ("api_procurement.contract_update", "PATCH"): proc("sroi:write", scoped=True),
    ("api_procurement.review_queue", "GET"): proc("sroi:read"),
    ("api_procurement.review_decide", "POST"): proc("sroi:write", scoped=True),
    ("api_procurement.catalogues", "GET"): proc("catalogues:read"),
    ("api_procurement.catalogue", "GET"): proc("catalogues:read", scoped=True),
    ("api_procurement.annual_report", "GET"): proc("catalogues:read"),
}


def _operations(app) -> list[tuple[str, str, object]]:
    found = []
    for rule in app.url_map.iter_rules():
        if not rule.endpoint.startswith("api_"):
            continue
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            found.append((rule.endpoint, method, rule))
    return sorted(found, key=lambda item: (item[2].rule, item[1]))


def _ids(side) -> dict[str, int]:
    return {
        "vacancy_id": side.vacancy.id,
        "contract_id": side.contract.id,
        "activity_id": side.activity.id,
        "catalogue_id": side.contract.catalogue_id,
        "proposal_id": side.proposal.id,
        "placement_id": side.placement.id,
        "client_id": side.client.id,
    }


def _url(app, rule, ids: dict[str, int]) -> str:
    from flask import url_for

    with app.test_request_context():
        return url_for(rule.endpoint, **{name: ids[name] for name in rule.arguments})


def _call(client, method, url, token=None):
    headers = bearer(token) if token else {}
    response = client.open(url, method=method, headers=headers)
    response.close()
    return response


def test_every_api_route_is_declared(app):
    operations = {(endpoint, method) for endpoint, method, _rule in _operations(app)}
    assert sorted(operations - set(API_ROUTES)) == [], "API operations without a line"
    assert sorted(set(API_ROUTES) - operations) == [], "API_ROUTES names operations that are gone"


def test_without_a_token_every_operation_is_401(app, client, world):
    problems = []
    for _endpoint, method, rule in _operations(app):
        url = _url(app, rule, _ids(world.a))
        for token in (None, "wb_onbekend"):
            response = _call(client, method, url, token)
            if response.status_code != 401 or response.mimetype != PROBLEM:
                problems.append(f"{method} {url} ({token}): {response.status_code}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("role", ROLES)
def test_each_role(app, client, world, role):
    token = token_for(f"{role}.a@example.nl", scopes=[s for s in _all_scopes()])
    no_scopes = token_for(f"{role}.a@example.nl", scopes=[])
    problems = []
    for endpoint, method, rule in _operations(app):
        route = API_ROUTES[(endpoint, method)]
        own = _url(app, rule, _ids(world.a))
        if role not in route.roles:
            response = _call(client, method, own, token)
            if response.status_code != 403 or response.mimetype != PROBLEM:
                problems.append(f"{role} {method} {own}: {response.status_code}, expected 403")
            continue
        response = _call(client, method, own, no_scopes)
        if response.status_code != 403:
            problems.append(f"{role} without {route.scope} {method} {own}: {response.status_code}")
        if route.scoped:
            other = _url(app, rule, _ids(world.b))
            response = _call(client, method, other, token)
            if response.status_code != 404 or response.mimetype != PROBLEM:
                problems.append(f"{role} (other org) {method} {other}: {response.status_code}")
            missing = _url(app, rule, dict.fromkeys(_ids(world.a), 999_999))
            response = _call(client, method, missing, token)
            if response.status_code != 404:
                problems.append(f"{role} (missing) {method} {missing}: {response.status_code}")
        if method == "GET":
            response = _call(client, method, own, token)
            if response.status_code != 200:
                problems.append(f"{role} {method} {own}: {response.status_code}, expected 200")
    assert not problems, "\n".join(problems)


def _all_scopes():
    from app.services.api_tokens import ALL_SCOPES

    return ALL_SCOPES
