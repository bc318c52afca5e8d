"""Every role's main pages, read from the navigation, for the benchmarks and the load test.

`role_pages(app)` lists, per role, the pages of its menu (`app.navigation.NAVIGATION`), the
detail pages behind them (a client, a vacancy, an employer, a contract) and the light page
*Mijn account*; detail URLs hold a placeholder such as ``{client}`` that the caller fills in
with an id from `sample_ids`. Endpoints are resolved with `url_for`, so a renamed URL is
followed; a detail endpoint that no longer exists is left out and named in `missing`.
"""

from __future__ import annotations

ROLE_LABELS = {
    "employer": "werkgever",
    "jobhunter": "jobhunter",
    "procurement": "inkoop",
    "admin": "beheer",
}
LIGHT_LABEL = "Mijn account (licht)"
LIGHT_ENDPOINT = "auth.account"

# (label, endpoint, {url argument: kind of id}, query string); the kinds are the keys of
# `sample_ids`, and {term} in a query string is a name to search for.
DETAILS = {
    "jobhunter": [
        ("werkzoekenden zoeken", "jobhunter.clients", {}, "q={term}"),
        ("klantpagina", "jobhunter.client", {"client_id": "client"}, ""),
        ("passende vacatures", "jobhunter.client_matches", {"client_id": "client"}, ""),
        (
            "passende vacatures met filters",
            "jobhunter.client_matches",
            {"client_id": "client"},
            "kind=job&max_km=25&hours=24",
        ),
        ("vacaturepagina", "jobhunter.vacancy", {"vacancy_id": "vacancy"}, ""),
        ("werkgeverpagina", "jobhunter.employer", {"employer_id": "employer"}, ""),
    ],
    "procurement": [
        ("contractpagina", "procurement.contract", {"contract_id": "contract"}, ""),
    ],
    "employer": [("vacaturepagina", "employer.vacancy", {"vacancy_id": "own_vacancy"}, "")],
    "admin": [],
}
SEARCH_TERMS = ["de Vries", "Hoekstra", "Jan", "Bakker", "Postma", "Dijkstra", "Visser"]
# url_for needs a number for <int:…>; this one is swapped for the placeholder afterwards.
_SENTINEL = 987654321


def role_pages(app) -> tuple[dict[str, list[dict]], list[str]]:
    """({role: [{"label", "url", "kind"}]}, missing endpoints).

    kind is "menu" (a navigation item), "detail" or "light". The label starts with the role's
    Dutch name, e.g. "jobhunter · Werkzoekenden"; the search page's URL ends in ``?q={term}``.
    """
    from flask import url_for
    from werkzeug.routing import BuildError

    from app.navigation import NAVIGATION

    pages: dict[str, list[dict]] = {}
    missing: list[str] = []
    # In production settings the app answers only for its own host (TRUSTED_HOSTS).
    with app.test_request_context(base_url=app.config.get("PUBLIC_BASE_URL") or None):
        for role, items in NAVIGATION.items():
            name = ROLE_LABELS.get(role, role)
            rows = [
                {"label": f"{name} · {label}", "url": url_for(endpoint, **args), "kind": "menu"}
                for endpoint, label, args in items
            ]
            for label, endpoint, args, query in DETAILS.get(role, []):
                try:
                    url = url_for(endpoint, **{key: _SENTINEL for key in args})
                except BuildError:
                    missing.append(endpoint)
                    continue
                for kind in args.values():
                    url = url.replace(str(_SENTINEL), "{" + kind + "}", 1)
                if query:
                    url += "?" + query
                rows.append({"label": f"{name} · {label}", "url": url, "kind": "detail"})
            rows.append(
                {
                    "label": f"{name} · {LIGHT_LABEL}",
                    "url": url_for(LIGHT_ENDPOINT),
                    "kind": "light",
                }
            )
            pages[role] = rows
    return pages, missing


def sample_ids(users: dict[str, object], limit: int = 2000) -> dict[str, list[int]]:
    """Ids the given users (one per role) may open: the placeholders of `role_pages`.

    clients, vacancies and employers of the jobhunter's municipalities (open vacancies only),
    contracts of the procurement user's authority, vacancies of the employer user's company.
    Call inside an app context.
    """
    from app.extensions import db
    from app.models import Client, Contract, Employer, Vacancy
    from app.security import employer_of, staff_scope

    ids: dict[str, list[int]] = {
        "client": [],
        "vacancy": [],
        "employer": [],
        "contract": [],
        "own_vacancy": [],
    }
    hunter = users.get("jobhunter")
    if hunter is not None:
        scope = staff_scope(hunter)
        ids["client"] = list(
            db.session.scalars(
                db.select(Client.id)
                .where(Client.municipality_id.in_(scope))
                .order_by(Client.id)
                .limit(limit)
            )
        )
        ids["vacancy"] = list(
            db.session.scalars(
                db.select(Vacancy.id)
                .join(Employer, Vacancy.employer_id == Employer.id)
                .where(Employer.municipality_id.in_(scope), Vacancy.status == "open")
                .order_by(Vacancy.id)
                .limit(limit)
            )
        )
        ids["employer"] = list(
            db.session.scalars(
                db.select(Employer.id)
                .where(Employer.municipality_id.in_(scope))
                .order_by(Employer.id)
                .limit(limit)
            )
        )
    buyer = users.get("procurement")
    if buyer is not None:
        ids["contract"] = list(
            db.session.scalars(
                db.select(Contract.id)
                .where(Contract.authority_id.in_(staff_scope(buyer)))
                .order_by(Contract.id)
                .limit(limit)
            )
        )
    company = users.get("employer")
    employer = employer_of(company) if company is not None else None
    if employer is not None:
        ids["own_vacancy"] = list(
            db.session.scalars(
                db.select(Vacancy.id)
                .where(Vacancy.employer_id == employer.id)
                .order_by(Vacancy.id)
                .limit(limit)
            )
        )
    return ids
