"""Suppliers as relations (issue 18): contact persons with their role, the correspondence of
enforcement (letters and decisions) and a supplier's obligations across the region's
authorities, for the coördinator.

The region of a procurement user is the user's authority, its region and the region's other
members; an authority without a region sees the other authorities without a region (one
coördinatiepunt per installation, as in the demo). Only contract figures are shown for the
other authorities, no activities or candidates. The acting user is an argument; nothing is
committed here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sroi
from app.extensions import db
from app.models import Contract, Employer, EmployerContactPerson, Organisation, User
from app.services import audit
from app.services.sroi_bridge import EngineCatalogues, status_for
from app.validators import check_email

STAFF_KINDS = ("municipality", "region", "authority")


def region_authority_ids(user: User) -> set[int]:
    """The authorities of the user's region (see the module docstring)."""
    own = user.organisation
    if own is None:
        return set()
    region = own.region if own.region is not None else (own if own.kind == "region" else None)
    if region is not None:
        return {region.id} | {member.id for member in region.members}
    return set(
        db.session.scalars(
            db.select(Organisation.id).where(
                Organisation.kind.in_(STAFF_KINDS), Organisation.region_id.is_(None)
            )
        )
    )


@dataclass
class Obligation:
    contract: Contract
    status: sroi.ContractStatus | None
    error: str | None
    own: bool  # an authority in the user's own scope (its page may be opened)


def obligations(employer: Employer, user: User, scope: set[int], on: date) -> list[Obligation]:
    """The supplier's contracts with every authority of the region, with the engine's status."""
    ids = region_authority_ids(user) | scope
    contracts = db.session.scalars(
        db.select(Contract)
        .where(Contract.supplier_id == employer.id, Contract.authority_id.in_(ids))
        .order_by(Contract.end_date.desc(), Contract.reference)
    ).all()
    catalogues = EngineCatalogues()
    found = []
    for contract in contracts:
        try:
            status, error = status_for(contract, on, catalogues), None
        except sroi.InputError as exc:
            status, error = None, exc.message
        found.append(Obligation(contract, status, error, contract.authority_id in scope))
    return found


def contact_persons(employer: Employer) -> list[EmployerContactPerson]:
    return list(
        db.session.scalars(
            db.select(EmployerContactPerson)
            .where(EmployerContactPerson.employer_id == employer.id)
            .order_by(EmployerContactPerson.name)
        )
    )


class ContactError(ValueError):
    def __init__(self, errors: dict[str, str]):
        super().__init__(" ".join(errors.values()))
        self.errors = errors


def add_contact(employer: Employer, data: dict, user: User) -> EmployerContactPerson:
    """A contact person at the supplier with their role (audited)."""
    errors: dict[str, str] = {}
    name = " ".join((data.get("name") or "").split())
    if not name:
        errors["name"] = "Vul de naam in."
    email = (data.get("email") or "").strip()
    if email:
        try:
            email = check_email(email)
        except ValueError as exc:
            errors["email"] = str(exc)
    if errors:
        raise ContactError(errors)
    person = EmployerContactPerson(
        employer=employer,
        name=name,
        job_title=" ".join((data.get("job_title") or "").split())[:100],
        email=email,
        phone=(data.get("phone") or "").strip()[:20],
    )
    db.session.add(person)
    db.session.flush()
    audit.record("create", person, detail=f"contactpersoon van leverancier {employer.name}")
    return person
