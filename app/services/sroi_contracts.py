"""Contracts with an SROI clause: create and edit, the authority's threshold, a supplier chosen
by name or KvK (or invited on the spot); the CSV import is `app.services.contract_csv_import`.

Every change is written to the audit log in the same transaction. Validation that needs the
database (threshold, unique reference, catalogue locked once activities exist) and the SROI
engine's own checks (`sroi.Contract`) end up as `ContractError`, a mapping of form field to a
Dutch message, so the form shows each message next to its field.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import sroi
from app.extensions import db
from app.formatting import ddmmyyyy, money
from app.models import Catalogue, Contract, Employer, Organisation, User
from app.security import catalogues_to_award, staff_scope
from app.services import audit, sroi_policies
from app.services.invitations import invite
from app.services.sroi_bridge import contract_from_data, field_errors
from app.validators import check_email, check_kvk

# The Money column holds 14 digits with 2 decimals.
MAX_VALUE = Decimal("999999999999.99")
MAX_PERCENTAGE = Decimal("100")
MAX_PENALTY = Decimal("999.99")
EARLIEST = date(1990, 1, 1)
LATEST = date(2150, 12, 31)
AUDITED_FIELDS = (
    "authority_id",
    "supplier_id",
    "reference",
    "title",
    "value",
    "sroi_percentage",
    "catalogue_id",
    "start_date",
    "end_date",
    "reduction_percentage",
    "penalty_percentage",
    "responsible_user_id",
    "contract_kind",
)


class ContractError(ValueError):
    """Validation failed; `errors` maps a form field name ('' for the whole form) to a message."""

    def __init__(self, errors: dict[str, str]):
        super().__init__(" ".join(errors.values()))
        self.errors = errors


# --------------------------------------------------------------------------- choices


def authorities_for(user: User) -> list[Organisation]:
    """The contracting authorities a procurement user may register contracts for."""
    return list(
        db.session.scalars(
            db.select(Organisation)
            .where(Organisation.id.in_(staff_scope(user)), Organisation.kind != "employer")
            .order_by(Organisation.name)
        )
    )


def responsible_candidates(user: User) -> list[User]:
    """Active procurement users of the authorities in the user's scope."""
    return list(
        db.session.scalars(
            db.select(User)
            .where(
                User.organisation_id.in_(staff_scope(user)),
                User.role == "procurement",
                User.active.is_(True),
            )
            .order_by(User.name)
        )
    )


def supplier_options(limit: int = 5000) -> list[Employer]:
    """Approved employers for the supplier suggestions, by name."""
    return list(
        db.session.scalars(
            db.select(Employer)
            .where(Employer.approved.is_(True))
            .order_by(Employer.name)
            .limit(limit)
        )
    )


def supplier_label(employer: Employer) -> str:
    """How a supplier is typed and suggested: `Bouwbedrijf Visser (KvK 12345678)`."""
    return f"{employer.name} (KvK {employer.kvk})" if employer.kvk else employer.name


def find_supplier(text: str) -> Employer:
    """The employer meant by `text`: a KvK number, `Name (KvK 12345678)` or an exact name."""
    text = " ".join((text or "").split())
    if not text:
        raise ContractError({"supplier": "Kies een leverancier: typ de naam of het KvK-nummer."})
    match = re.search(r"\(KvK\s*([0-9]{8})\)\s*$", text, flags=re.IGNORECASE)
    digits = re.sub(r"[\s.]", "", text)
    kvk = match.group(1) if match else (digits if re.fullmatch(r"[0-9]{8}", digits) else None)
    if kvk:
        employer = db.session.scalars(db.select(Employer).where(Employer.kvk == kvk)).first()
        if employer is None:
            raise ContractError(
                {
                    "supplier": (
                        f"Er is geen werkgever met KvK-nummer {kvk}. Controleer het nummer of "
                        "nodig de leverancier hieronder uit."
                    )
                }
            )
        return employer
    found = db.session.scalars(
        db.select(Employer).where(db.func.lower(Employer.name) == text.lower()).limit(3)
    ).all()
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        raise ContractError(
            {
                "supplier": (
                    "Meerdere werkgevers hebben deze naam. Kies de leverancier met het KvK-nummer."
                )
            }
        )
    raise ContractError(
        {
            "supplier": (
                "Er is geen werkgever met deze naam. Kies een naam uit de lijst, typ het "
                "KvK-nummer of nodig de leverancier hieronder uit."
            )
        }
    )


def threshold_text(authority: Organisation) -> str:
    """The authority's SROI threshold in words, for the contract form."""
    if authority.sroi_threshold is None:
        return f"{authority.name} heeft geen drempel: SROI geldt voor elke opdrachtwaarde."
    return (
        f"{authority.name}: onder {money(authority.sroi_threshold)} (excl. btw) geldt geen "
        "SROI-verplichting."
    )


def set_threshold(authority: Organisation, value: Decimal | None) -> None:
    """Change an authority's threshold (None = no threshold), audited."""
    if value is not None and (value < 0 or value > MAX_VALUE):
        raise ContractError({"threshold": "Vul een bedrag in tussen € 0 en € 999.999.999.999."})
    old = authority.sroi_threshold
    authority.sroi_threshold = value
    audit.record(
        "update",
        authority,
        detail=(f"SROI-drempel: {money(old) or 'geen'} → {money(value) or 'geen'}"),
    )


# --------------------------------------------------------------------------- checks


def check_contract(data: dict, contract: Contract | None, user: User) -> dict[str, str]:
    """Database and engine checks of contract data; returns {field: Dutch message}."""
    errors: dict[str, str] = {}
    authority = db.session.get(Organisation, data.get("authority_id") or 0)
    if authority is None or authority.id not in staff_scope(user) or authority.kind == "employer":
        errors["authority_id"] = "Kies een opdrachtgever waarvoor u contracten beheert."
    value = data.get("value")
    if authority is not None and authority.sroi_percentage is not None:
        errors.update(sroi_policies.check_contract(authority, data))
    elif (
        authority is not None
        and value is not None
        and authority.sroi_threshold is not None
        and value < authority.sroi_threshold
    ):
        errors["value"] = (
            f"Deze opdrachtwaarde ligt onder de drempel van {money(authority.sroi_threshold)} van "
            f"{authority.name}; dan geldt geen SROI-verplichting en hoort het contract hier niet."
        )
    reference = (data.get("reference") or "").strip()
    if authority is not None and reference:
        clash = db.session.scalars(
            db.select(Contract.id).where(
                Contract.authority_id == authority.id,
                db.func.lower(Contract.reference) == reference.lower(),
            )
        ).first()
        if clash is not None and (contract is None or clash != contract.id):
            errors["reference"] = f"{authority.name} heeft al een contract met kenmerk {reference}."
    catalogue = db.session.get(Catalogue, data.get("catalogue_id") or 0)
    keeps_its_version = contract is not None and catalogue is contract.catalogue
    if catalogue is None or not (keeps_its_version or _may_award_under(catalogue, user)):
        errors["catalogue_id"] = "Kies het bouwblokkenmodel dat bij de gunning hoorde."
    elif (
        contract is not None
        and catalogue.id != contract.catalogue_id
        and any(a.state in ("submitted", "accepted") for a in contract.activities)
    ):
        errors["catalogue_id"] = (
            "Het bouwblokkenmodel ligt vast: er zijn al activiteiten ingediend of goedgekeurd "
            "onder de huidige versie."
        )
    responsible = data.get("responsible_user_id")
    if responsible:
        person = db.session.get(User, responsible)
        if (
            person is None
            or person.role != "procurement"
            or person.organisation_id not in staff_scope(user)
        ):
            errors["responsible_user_id"] = "Kies een inkoper van uw organisatie."
    errors.update({k: v for k, v in _engine_errors(data).items() if k not in errors})
    return errors


def apply_policy(contract: Contract) -> None:
    """The policy's cap per (sub)project and the award criterion's share, kept with the
    contract as at award (a later policy change does not change a running contract)."""
    authority = db.session.get(Organisation, contract.authority_id)
    if authority is None or authority.sroi_percentage is None:
        return
    if contract.sroi_cap is None:
        contract.sroi_cap = sroi_policies.contract_cap(authority)
    extra = contract.sroi_percentage - authority.sroi_percentage
    contract.award_percentage = extra if extra > 0 else None


def _may_award_under(catalogue: Catalogue, user: User) -> bool:
    """A preset or a version of the user's own authority (the rule book's choice list)."""
    return (
        db.session.scalar(catalogues_to_award(user).where(Catalogue.id == catalogue.id).limit(1))
        is not None
    )


def _engine_errors(data: dict) -> dict[str, str]:
    """What the SROI engine itself says about the numbers and dates."""
    try:
        contract_from_data(data)
    except sroi.InputError as exc:
        return field_errors(exc)
    except (TypeError, ValueError):
        return {"": "De gegevens van het contract zijn niet volledig."}
    return {}


def check_new_supplier(data: dict) -> dict[str, str]:
    """Checks of a supplier invited on the spot: name, unique KvK, e-mail not yet in use."""
    errors: dict[str, str] = {}
    name = (data.get("new_supplier_name") or "").strip()
    if not name:
        errors["new_supplier_name"] = "Vul de naam van de nieuwe leverancier in."
    try:
        kvk = check_kvk(data.get("new_supplier_kvk") or "")
    except ValueError as exc:
        errors["new_supplier_kvk"] = str(exc)
    else:
        existing = db.session.scalars(db.select(Employer).where(Employer.kvk == kvk)).first()
        if existing is not None:
            errors["new_supplier_kvk"] = (
                f"Dit KvK-nummer hoort al bij {existing.name}. Kies die leverancier hierboven."
            )
    if not (data.get("new_supplier_contact") or "").strip():
        errors["new_supplier_contact"] = "Vul de naam van de contactpersoon in."
    try:
        email = check_email(data.get("new_supplier_email") or "")
    except ValueError as exc:
        errors["new_supplier_email"] = str(exc)
    else:
        if db.session.scalars(
            db.select(User.id).where(db.func.lower(User.email) == email.lower())
        ).first():
            errors["new_supplier_email"] = (
                "Er bestaat al een account met dit e-mailadres. Kies de leverancier in de lijst."
            )
    return errors


# --------------------------------------------------------------------------- saving


def apply_fields(contract: Contract, data: dict) -> dict[str, tuple]:
    """Copy validated data onto the contract; return {field: (old, new)} of what changed."""
    changes = {}
    for name in AUDITED_FIELDS:
        if name not in data:
            continue
        value = data[name]
        if name == "responsible_user_id":
            value = value or None
        elif name in ("reference", "title"):
            value = " ".join((value or "").split())
        elif name == "reduction_percentage" and value is None:
            value = Decimal(0)
        elif name == "penalty_percentage" and value is None:
            # The policy's default of the contract's authority (100 % without a policy).
            value = sroi_policies.default_penalty(
                db.session.get(Organisation, data.get("authority_id") or contract.authority_id or 0)
            )
        old = getattr(contract, name)
        if old != value:
            changes[name] = (old, value)
            setattr(contract, name, value)
    return changes


def describe_changes(changes: dict[str, tuple]) -> str:
    """The changes for the audit log: `value: 100000 → 120000; end_date: …`."""

    def show(v):
        if isinstance(v, date):
            return ddmmyyyy(v)
        return "—" if v is None else str(v)

    return "; ".join(f"{k}: {show(a)} → {show(b)}" for k, (a, b) in changes.items())


def create_contract(data: dict, user: User) -> Contract:
    """Create a contract (and, when asked, invite a new supplier first); audited.

    `data` holds the contract fields, `supplier` (name or KvK) or `new_supplier` with
    `new_supplier_name/_kvk/_contact/_email`. Raises `ContractError` before anything is added.
    """
    errors: dict[str, str] = {}
    supplier = None
    if data.get("new_supplier"):
        errors.update(check_new_supplier(data))
    else:
        try:
            supplier = find_supplier(data.get("supplier") or "")
        except ContractError as exc:
            errors.update(exc.errors)
    errors.update({k: v for k, v in check_contract(data, None, user).items() if k not in errors})
    if errors:
        raise ContractError(errors)
    authority = db.session.get(Organisation, data["authority_id"])
    if supplier is None:
        supplier = invite_supplier(data, authority, user)
    contract = Contract(supplier=supplier)
    changes = apply_fields(contract, data)
    apply_policy(contract)
    db.session.add(contract)
    db.session.flush()
    audit.record("create", contract, detail=describe_changes(changes)[:2000])
    return contract


def update_contract(contract: Contract, data: dict, user: User) -> dict[str, tuple]:
    """Change a contract; returns what changed (audited). Raises `ContractError`."""
    errors: dict[str, str] = {}
    supplier = None
    try:
        supplier = find_supplier(data.get("supplier") or "")
    except ContractError as exc:
        errors.update(exc.errors)
    errors.update(
        {k: v for k, v in check_contract(data, contract, user).items() if k not in errors}
    )
    if errors:
        raise ContractError(errors)
    changes = apply_fields(contract, dict(data, supplier_id=supplier.id))
    apply_policy(contract)
    if changes:
        audit.record("update", contract, detail=describe_changes(changes)[:2000])
    return changes


def invite_supplier(data: dict, authority: Organisation, user: User) -> Employer:
    """Register a new supplier (organisation + employer) and mail its contact an invitation."""
    name = " ".join(data["new_supplier_name"].split())
    organisation = Organisation(kind="employer", name=name)
    employer = Employer(
        organisation=organisation,
        name=name,
        kvk=check_kvk(data["new_supplier_kvk"]),
        # It belongs to the authority that brought it in (app.security: who manages it).
        municipality_id=authority.id,
        approved=True,
    )
    db.session.add_all([organisation, employer])
    db.session.flush()
    audit.record(
        "create", employer, detail=f"leverancier uitgenodigd bij een contract van {authority.name}"
    )
    invite(
        check_email(data["new_supplier_email"]),
        data["new_supplier_contact"].strip(),
        organisation,
        user,
    )
    return employer


# --------------------------------------------------------------------------- help when behind


def jobhunters_for(contract: Contract) -> list[User]:
    """Jobhunters of the authority's municipality (or its region) who can propose candidates."""
    authority = contract.authority
    ids = {authority.id} | authority.served_organisation_ids()
    if authority.region is not None:
        ids |= authority.region.served_organisation_ids()
    return list(
        db.session.scalars(
            db.select(User)
            .where(User.organisation_id.in_(ids), User.role == "jobhunter", User.active.is_(True))
            .order_by(User.name)
            .limit(10)
        )
    )


def open_vacancies(contract: Contract, today: date) -> int:
    """Open vacancies and places of the supplier in Werkbrug, where candidates can be proposed."""
    from app.models import Vacancy
    from app.services.vacancy_records import open_on

    return (
        db.session.scalar(
            db.select(db.func.count(Vacancy.id)).where(
                Vacancy.employer_id == contract.supplier_id, open_on(today)
            )
        )
        or 0
    )
