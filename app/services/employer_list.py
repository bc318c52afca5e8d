"""The jobhunter's employer list (issue 17): filters and sorting done by the database, so the
list pages through every employer of a region without loading them all.

Filters and their meaning (all optional; codes are what the URL carries):

- `q`: part of the name, or the KvK number;
- `sector`: exactly this sector;
- `size`: a band of employees (`SIZE_BANDS`), or `unknown`;
- `quota`: `yes` = the banenafspraak quota applies (more than 25 employees, `001_…`), `no` =
  25 or fewer or unknown;
- `last_contact`: the municipality's last contact moment within 3 months (`3m`) or 12 months
  (`12m`), longer than 12 months ago (`older`), or `never`;
- `new`: `new` = no contact of the municipality in the look-back (default 5 years), so a
  conversation now counts as one with a new employer (SPEC §4.6); `known` = the opposite;
- `vacancies`: `open` = at least one open vacancy, `none` = none;
- `sroi`: `running` = an SROI contract running today, `any` = any SROI contract, `none`;
- `manager`: `me`, `none`, or a jobhunter's id;
- `sort`: `name`, `size` (largest first), `contact_oldest` (never contacted first),
  `contact_newest`, `vacancies` (most open first).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sroi
from app.extensions import db
from app.models import Contract, Employer, EmployerContact, Organisation, User, Vacancy

PAGE_SIZE = 25
# (code, lowest, highest) employees; None = open.
SIZE_BANDS = {
    "1-10": (1, 10),
    "11-25": (11, 25),
    "26-100": (26, 100),
    "101-250": (101, 250),
    "251+": (251, None),
}
LONG_AGO = date(1900, 1, 1)


def sectors(scope: set[int]) -> list[str]:
    """The sectors of the employers in scope, for the filter."""
    return [
        s
        for s in db.session.scalars(
            db.select(Employer.sector)
            .where(Employer.municipality_id.in_(scope), Employer.sector != "")
            .distinct()
            .order_by(Employer.sector)
        )
        if s
    ]


@dataclass
class Row:
    """One line of the list."""

    employer: Employer
    last_contact: date | None
    open_vacancies: int
    running_contracts: int
    contracts: int
    is_new: bool  # a conversation today would count as one with a new employer


def search(
    scope: set[int],
    municipality: Organisation,
    user: User,
    filters: dict,
    today: date,
):
    """A select of (Employer, last contact, open vacancies, running contracts, contracts) for the
    employers kept by the municipalities in `scope`, filtered and sorted as `filters` say."""
    # Correlated subqueries, each an index lookup for one employer: the database works them
    # out for the employers it shows (or filters or sorts on), not for every employer,
    # vacancy and contract in the database on every request.
    last_contact = (
        db.select(db.func.max(EmployerContact.contact_date))
        .where(
            EmployerContact.employer_id == Employer.id,
            EmployerContact.municipality_id == municipality.id,
        )
        .scalar_subquery()
    )
    n_open = (
        db.select(db.func.count(Vacancy.id))
        .where(Vacancy.employer_id == Employer.id, Vacancy.status == "open")
        .scalar_subquery()
    )
    n_running = (
        db.select(db.func.count(Contract.id))
        .where(
            Contract.supplier_id == Employer.id,
            Contract.start_date <= today,
            Contract.end_date >= today,
        )
        .scalar_subquery()
    )
    n_contracts = (
        db.select(db.func.count(Contract.id))
        .where(Contract.supplier_id == Employer.id)
        .scalar_subquery()
    )
    query = db.select(Employer, last_contact, n_open, n_running, n_contracts).where(
        Employer.municipality_id.in_(scope)
    )
    term = (filters.get("q") or "").strip()
    if term:
        query = query.where(
            db.or_(
                Employer.name.ilike(f"%{term}%"),
                Employer.kvk == term.replace(" ", "").replace(".", ""),
            )
        )
    if filters.get("sector"):
        query = query.where(Employer.sector == filters["sector"])
    size = filters.get("size")
    if size == "unknown":
        query = query.where(Employer.size.is_(None))
    elif size in SIZE_BANDS:
        low, high = SIZE_BANDS[size]
        query = query.where(Employer.size >= low)
        if high is not None:
            query = query.where(Employer.size <= high)
    quota_size = Employer.size > sroi.QUOTA_EMPLOYEES_ABOVE
    if filters.get("quota") == "yes":
        query = query.where(quota_size)
    elif filters.get("quota") == "no":
        query = query.where(db.or_(Employer.size.is_(None), db.not_(quota_size)))
    query = _contact_filters(query, last_contact, municipality, filters, today)
    if filters.get("vacancies") == "open":
        query = query.where(n_open > 0)
    elif filters.get("vacancies") == "none":
        query = query.where(n_open == 0)
    if filters.get("sroi") == "running":
        query = query.where(n_running > 0)
    elif filters.get("sroi") == "any":
        query = query.where(n_contracts > 0)
    elif filters.get("sroi") == "none":
        query = query.where(n_contracts == 0)
    manager = filters.get("manager") or ""
    if manager == "me":
        query = query.where(Employer.account_manager_id == user.id)
    elif manager == "none":
        query = query.where(Employer.account_manager_id.is_(None))
    elif manager.isdecimal() and len(manager) < 10:
        query = query.where(Employer.account_manager_id == int(manager))
    return _sorted(query, filters.get("sort"), last_contact, n_open)


def _contact_filters(query, last_contact, municipality: Organisation, filters: dict, today: date):
    when = filters.get("last_contact")
    if when == "3m":
        query = query.where(last_contact >= sroi.add_months(today, -3))
    elif when == "12m":
        query = query.where(last_contact >= sroi.add_months(today, -12))
    elif when == "older":
        query = query.where(last_contact < sroi.add_months(today, -12))
    elif when == "never":
        query = query.where(last_contact.is_(None))
    since = new_employer_since(municipality, today)
    if filters.get("new") == "new":
        query = query.where(db.or_(last_contact.is_(None), last_contact < since))
    elif filters.get("new") == "known":
        query = query.where(last_contact >= since)
    return query


def _sorted(query, sort: str | None, last_contact, n_open):
    contact = db.func.coalesce(last_contact, LONG_AGO)
    order = {
        "size": (db.func.coalesce(Employer.size, -1).desc(),),
        "contact_oldest": (contact.asc(),),
        "contact_newest": (contact.desc(),),
        "vacancies": (n_open.desc(),),
    }.get(sort or "", ())
    return query.order_by(*order, Employer.name, Employer.id)


def new_employer_since(municipality: Organisation, today: date) -> date:
    """Contacts before this day do not stop a conversation today from counting as new."""
    return sroi.add_years(today, -(municipality.new_employer_lookback_years or 5))


def rows_of(found, municipality: Organisation, today: date) -> list[Row]:
    """The list's rows for one page of `search`'s (employer, counts...) tuples."""
    since = new_employer_since(municipality, today)
    return [
        Row(
            employer=employer,
            last_contact=last_contact,
            open_vacancies=n_open,
            running_contracts=n_running,
            contracts=n_contracts,
            is_new=last_contact is None or last_contact < since,
        )
        for employer, last_contact, n_open, n_running, n_contracts in found
    ]
