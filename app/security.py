"""Access control in one place: role decorators, organisation scoping and password hashing.

Every route that takes an id loads its object through `get_for_user_or_404`, so that another
organisation's object is a 404 (not a 403 that would reveal it exists). Two rules live here:

- `can_see`: may the user read the object (`_visible`);
- `can_manage`: may the user act for it beyond reading (`_manageable`): add users to an
  employer (staff of its municipality, or the employer's own "beheerder van dit bedrijf"),
  change or delete a catalogue version. `get_for_user_or_404(..., manage=True)`.

Which employers belong to whom (issue 12): an employer belongs to the organisation in
`Employer.municipality_id`, the municipality whose employer service point keeps the relation:
the municipality it registered with (self-registration, approved by that municipality's
jobhunters), the demo's municipality, or the authority whose procurement staff invited it as a
new supplier. Staff see every employer (name, KvK, vacancies: shared regional business data
that matching and SROI need across municipal borders), but act for an employer, such as
inviting its users, only when it belongs to their scope (`staff_scope`: their own organisation,
or their region and its municipalities). An employer that belongs to nobody is managed by a
beheerder only.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import wraps

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import Request, abort, current_app
from flask_login import current_user, login_required
from werkzeug.routing import IntegerConverter
from werkzeug.utils import cached_property
from wtforms.validators import NumberRange, ValidationError

from app.extensions import db
from app.models import (
    Catalogue,
    Client,
    ClientContact,
    ClientDocument,
    ClientPlan,
    ClientProvision,
    ClientTask,
    Contract,
    Employer,
    EmployerContactPerson,
    EmployerFollowUp,
    EvidenceFile,
    ExitPremium,
    ExitPremiumScheme,
    FollowUp,
    IncentiveAward,
    Organisation,
    Placement,
    PlanAction,
    Proposal,
    SroiActivity,
    User,
    Vacancy,
)

# A client's path (issue 16): only jobhunters who may see the client.
CLIENT_PATH_OBJECTS = (ClientPlan, ClientContact, ClientDocument, ClientTask, ClientProvision)


def _hasher() -> PasswordHasher:
    return PasswordHasher(
        time_cost=current_app.config["ARGON2_TIME_COST"],
        memory_cost=current_app.config["ARGON2_MEMORY_COST"],
    )


def hash_password(password: str) -> str:
    """Hash a password with argon2id."""
    return _hasher().hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    """Check a password against its hash without raising."""
    try:
        return _hasher().verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


# A valid hash to verify against when the account does not exist, so that a wrong e-mail
# address takes as long as a wrong password.
_DUMMY_HASH: dict[tuple[int, int], str] = {}


def dummy_verify(password: str) -> None:
    """Spend the time of a real verification (against an unknown account)."""
    key = (current_app.config["ARGON2_TIME_COST"], current_app.config["ARGON2_MEMORY_COST"])
    if key not in _DUMMY_HASH:
        _DUMMY_HASH[key] = hash_password("werkbrug-dummy-password")
    verify_password(_DUMMY_HASH[key], password)


def role_required(*roles: str) -> Callable:
    """Allow only logged-in users with one of `roles`; others get 403."""

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        @login_required
        def wrapped(*args, **kwargs):
            if current_user.role not in roles:
                abort(403)
            return view(*args, **kwargs)

        return wrapped

    return decorator


def staff_scope(user: User) -> set[int]:
    """Organisation ids whose data a staff user may see (own organisation, or a region's members).

    A jobhunter of a municipality served by a region also sees the region's other members.
    """
    org = user.organisation
    if org.kind == "region":
        return org.served_organisation_ids()
    if org.region is not None:
        return org.region.served_organisation_ids()
    return {org.id}


def employer_of(user: User) -> Employer | None:
    """The employer whose organisation the user belongs to."""
    return db.session.execute(
        db.select(Employer).where(Employer.organisation_id == user.organisation_id)
    ).scalar_one_or_none()


def shared_with_employers(client: Client) -> bool:
    """Whether employers may see this client's pseudonymous profile: only with consent (SPEC §1.4),
    never after anonymisation."""
    return client.consent_at is not None and client.anonymised_at is None


def employer_proposals(employer: Employer):
    """The proposals `employer` may see: for its own vacancies, of clients who share their profile.

    The one query behind every employer page, list, choice and count of candidates; add status
    filters and ordering to it. `_visible` applies the same rule to a single proposal.
    """
    return (
        db.select(Proposal)
        .join(Vacancy, Proposal.vacancy_id == Vacancy.id)
        .join(Client, Proposal.client_id == Client.id)
        .where(
            Vacancy.employer_id == employer.id,
            Client.consent_at.is_not(None),
            Client.anonymised_at.is_(None),
        )
    )


def _visible(obj, user: User) -> bool:
    """Whether `user` may see `obj`; the single rule book for object access."""
    if user.role == "admin":
        return True
    if isinstance(obj, Client):
        return user.role == "jobhunter" and obj.municipality_id in staff_scope(user)
    if isinstance(obj, Employer):
        if user.role == "employer":
            return obj.organisation_id == user.organisation_id
        return user.is_staff
    if isinstance(obj, Vacancy):
        if user.role == "employer":
            return obj.employer.organisation_id == user.organisation_id
        return user.role == "jobhunter"
    if isinstance(obj, (Proposal, Placement)):
        employer = obj.vacancy.employer if isinstance(obj, Proposal) else obj.employer
        if user.role == "employer" and employer is None:
            return False  # work found outside the portal at an employer not in the register
        if user.role == "employer":
            if isinstance(obj, Proposal) and not shared_with_employers(obj.client):
                return False
            return employer.organisation_id == user.organisation_id
        return user.role == "jobhunter" and obj.client.municipality_id in staff_scope(user)
    if isinstance(obj, Contract):
        if user.role == "employer":
            return obj.supplier.organisation_id == user.organisation_id
        if user.role == "procurement":
            return obj.authority_id in staff_scope(user)
        return user.role == "jobhunter"
    if isinstance(obj, SroiActivity):
        return _visible(obj.contract, user) and user.role in ("employer", "procurement")
    if isinstance(obj, EvidenceFile):
        return _visible(obj.activity, user)
    if isinstance(obj, FollowUp):
        return user.role == "jobhunter" and _visible(obj.placement, user)
    if isinstance(obj, IncentiveAward):
        return _visible(obj.placement, user)
    if isinstance(obj, ExitPremium):
        return user.role == "jobhunter" and _visible(obj.client, user)
    if isinstance(obj, CLIENT_PATH_OBJECTS):
        return user.role == "jobhunter" and _visible(obj.client, user)
    if isinstance(obj, PlanAction):
        return _visible(obj.plan, user)
    if isinstance(obj, ExitPremiumScheme):
        return user.role == "jobhunter" and obj.municipality_id in staff_scope(user)
    if isinstance(obj, EmployerContactPerson):  # the employer CRM: as the employer
        return user.role == "jobhunter" and _visible(obj.employer, user)
    if isinstance(obj, EmployerFollowUp):  # and of the jobhunter's municipality or region
        return (
            user.role == "jobhunter"
            and obj.municipality_id in staff_scope(user)
            and _visible(obj.employer, user)
        )
    if isinstance(obj, Organisation):
        return obj.id in staff_scope(user) if user.is_staff else obj.id == user.organisation_id
    if isinstance(obj, User):  # an employer's colleagues (the beheerder sees every user above)
        return user.role == "employer" and obj.organisation_id == user.organisation_id
    if isinstance(obj, Catalogue):
        # Presets are for everyone in procurement; a version for its own authority, and for an
        # authority with a contract awarded under it (its contract pages show the blocks).
        if user.role != "procurement":
            return False
        scope = staff_scope(user)
        return (
            obj.is_preset
            or obj.owner_id in scope
            or db.session.scalar(
                db.select(Contract.id)
                .where(Contract.catalogue_id == obj.id, Contract.authority_id.in_(scope))
                .limit(1)
            )
            is not None
        )
    return False


def _manageable(obj, user: User) -> bool:
    """Whether `user` may act for `obj` beyond reading it (each case implies `_visible`)."""
    if isinstance(obj, Catalogue):
        if obj.is_preset:
            return False  # presets ship with the product and stay as the region published them
        if user.role == "admin":
            return True
        return user.role == "procurement" and obj.owner_id in staff_scope(user)
    if user.role == "admin":
        return True
    if isinstance(obj, Employer):
        return user.is_staff and obj.municipality_id in staff_scope(user)
    if isinstance(obj, EmployerContactPerson):  # the CRM: a jobhunter of the keeping municipality
        return user.role == "jobhunter" and _manageable(obj.employer, user)
    if isinstance(obj, Organisation):  # adding users to it
        if user.role == "employer":  # the company's own beheerder, for their own employer
            return obj.id == user.organisation_id and bool(user.company_admin) and user.active
        if obj.kind == "employer":
            employer = db.session.execute(
                db.select(Employer).where(Employer.organisation_id == obj.id)
            ).scalar_one_or_none()
            return employer is not None and _manageable(employer, user)
        return False  # staff accounts are made by a beheerder
    return False


def keeps_supplier_contacts(employer: Employer, user: User) -> bool:
    """Whether `user` may add a contact person at `employer` from the supplier page: whoever
    manages the employer (the CRM's rule: its municipality or region), or a coördinator of an
    authority in scope that has a contract with it as supplier."""
    if _manageable(employer, user):
        return True
    return (
        user.role == "procurement"
        and db.session.scalar(
            db.select(Contract.id)
            .where(
                Contract.supplier_id == employer.id, Contract.authority_id.in_(staff_scope(user))
            )
            .limit(1)
        )
        is not None
    )


def catalogues_to_award(user: User):
    """The catalogue versions `user` may award a new contract under: the presets and the
    versions of their own authority (or region); a beheerder any. A select statement."""
    query = db.select(Catalogue).order_by(Catalogue.is_preset.desc(), Catalogue.name)
    if user.role == "admin":
        return query
    return query.where(
        db.or_(Catalogue.is_preset.is_(True), Catalogue.owner_id.in_(staff_scope(user)))
    )


def can_see(obj, user: User | None = None) -> bool:
    """Public form of the rule book, for templates and services."""
    user = user or current_user
    return bool(user and user.is_authenticated and _visible(obj, user))


def can_manage(obj, user: User | None = None) -> bool:
    """Whether the user may act for `obj` (see the module docstring); for templates too."""
    user = user or current_user
    return bool(user and user.is_authenticated and _manageable(obj, user))


# The largest id a row can have: primary keys are 32-bit integers (PostgreSQL's `integer`).
MAX_ID = 2**31 - 1


class IdConverter(IntegerConverter):
    """The `<int:...>` of every route: at most `MAX_ID` unless the rule says otherwise, so an
    id no row can have is a 404 before a view asks the database (which refuses to compare it:
    a server error). Installed as the URL map's `int` by the application factory."""

    def __init__(self, map, fixed_digits=0, min=None, max=MAX_ID, signed=False):
        super().__init__(map, fixed_digits=fixed_digits, min=min, max=max, signed=signed)


def get_for_user_or_404(model, object_id: int, *, manage: bool = False):
    """Load `model` by id for the current user, or 404 when it is missing or not theirs.

    With `manage=True` the user must also be allowed to act for it (`can_manage`). An id from a
    form can be any integer: one no row can have is a 404 without asking the database.
    """
    if isinstance(object_id, bool) or not isinstance(object_id, int):
        abort(404)
    if not 0 < object_id <= MAX_ID:
        abort(404)
    obj = db.session.get(model, object_id)
    if obj is None or not (can_manage(obj) if manage else can_see(obj)):
        abort(404)
    return obj


# C0 control characters except tab, newline and carriage return, and DEL. PostgreSQL refuses
# NUL in text (a 500 waiting to happen) and no form needs any of them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(value: str) -> str:
    """`value` without control characters (tab, newline and carriage return stay).

    A multipart part without a usable name or value reaches here as None; it stays "".
    """
    return _CONTROL.sub("", value) if isinstance(value, str) else ""


class CleanRequest(Request):
    """Request whose form and query values have control characters removed before any view,
    form or validator sees them (installed by `app.headers.register`)."""

    def _load_form_data(self) -> None:
        super()._load_form_data()
        form = self.__dict__["form"]
        self.__dict__["form"] = self.parameter_storage_class(
            [(clean_text(key), clean_text(value)) for key, value in form.items(multi=True)]
        )

    @cached_property
    def args(self):
        raw = Request.args.fget(self)
        return self.parameter_storage_class(
            [(clean_text(key), clean_text(value)) for key, value in raw.items(multi=True)]
        )


def _number_range_without_overflow() -> None:
    """WTForms' NumberRange calls `math.isnan` on the value, which raises OverflowError for an
    integer of more than ~308 digits: a crafted form or query value then gives a 500. Treat such a
    number as out of range instead (every IntegerField with a range benefits)."""
    original = NumberRange.__call__
    if getattr(original, "_werkbrug_guarded", False):
        return

    def call(self, form, field):
        try:
            return original(self, form, field)
        except OverflowError:
            raise ValidationError(self.message or "Dit getal is te groot.") from None

    call._werkbrug_guarded = True
    NumberRange.__call__ = call


_number_range_without_overflow()
