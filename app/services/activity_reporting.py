"""SROI reporting by a supplier: report, edit, submit or withdraw an activity with evidence.

The SROI engine checks every activity before it is stored (block in the contract's catalogue,
hours for a year block, invoice amount, bonuses only on year blocks, dates), so a supplier
cannot store something procurement's pages could not value. An activity can change only while
it is a draft or submitted; once procurement has reviewed it, it is fixed. `SroiActivity` has a
version column, so a supplier editing while a reviewer decides ends with one clear outcome.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from flask_babel import gettext as _

import sroi
from app.extensions import db
from app.formatting import ddmmyyyy
from app.models import Client, Contract, Placement, Proposal, SroiActivity, User
from app.models.base import utcnow
from app.models.choices import EVIDENCE_KINDS
from app.security import employer_proposals
from app.services import audit, double_counting, evidence_files, evidence_rules
from app.services.sroi_bridge import (
    activity_from_data,
    engine_catalogue,
    engine_contract,
    form_field,
)

EDITABLE_STATES = ("draft", "submitted")


class ReportingError(ValueError):
    """The activity cannot be stored as given; `field` names the form field."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class ActivityInput:
    """What the supplier reports (from the form)."""

    block: str
    start: date
    end: date | None
    hours_per_week: Decimal | None
    bonuses: tuple[str, ...]
    hours: Decimal | None
    amount: Decimal | None
    client: Client | None
    candidate_description: str
    # What the uploaded files prove (`EVIDENCE_KINDS`), and why missing evidence follows later.
    evidence_kind: str = ""
    evidence_later_reason: str = ""


def candidate_options(contract: Contract) -> list[tuple[str, str, Client]]:
    """Candidates the supplier can report on: its placements and proposals (pseudonyms only).

    Returned as (choice value, label, client); the client never reaches a template.
    """
    employer_id = contract.supplier_id
    options: list[tuple[str, str, Client]] = []
    seen: set[int] = set()
    placements = db.session.scalars(
        db.select(Placement)
        .where(Placement.employer_id == employer_id)
        .order_by(Placement.start_date.desc())
    ).all()
    for placement in placements:
        if placement.client_id in seen:
            continue
        seen.add(placement.client_id)
        title = placement.vacancy.title if placement.vacancy else ""
        options.append(
            (
                f"plaatsing-{placement.id}",
                _(
                    "%(who)s – aan het werk sinds %(d)s %(title)s",
                    who=placement.client.pseudonym,
                    d=ddmmyyyy(placement.start_date),
                    title=f"({title})" if title else "",
                ),
                placement.client,
            )
        )
    proposals = db.session.scalars(
        employer_proposals(contract.supplier)
        .where(Proposal.status.in_(("invited", "hired")))
        .order_by(Proposal.created_at.desc())
    ).all()
    for proposal in proposals:
        if proposal.client_id in seen:
            continue
        seen.add(proposal.client_id)
        options.append(
            (
                f"voorstel-{proposal.id}",
                _(
                    "%(who)s – voorgesteld voor %(title)s",
                    who=proposal.client.pseudonym,
                    title=proposal.vacancy.title,
                ),
                proposal.client,
            )
        )
    return options


def check(contract: Contract, data: ActivityInput) -> sroi.Activity:
    """Let the engine check the activity against the contract's catalogue.

    Raises ReportingError if the activity is wrong.
    """
    if not data.block:
        raise ReportingError(_("Kies een bouwblok."), "block")
    try:
        activity = activity_from_data(
            data.block,
            data.start,
            data.end,
            data.hours_per_week,
            data.bonuses,
            data.hours,
            data.amount,
        )
        sroi.value_activity(
            engine_catalogue(contract.catalogue),
            engine_contract(contract),
            activity,
            as_of=max(contract.end_date, data.start),
        )
    except sroi.InputError as error:
        raise ReportingError(str(error), form_field(error.field) or None) from None
    if data.start > contract.end_date:
        raise ReportingError(
            _(
                "De activiteit begint na het einde van de opdracht (%(d)s).",
                d=ddmmyyyy(contract.end_date),
            ),
            "start_date",
        )
    if data.end is not None and data.end < contract.start_date:
        raise ReportingError(
            _(
                "De activiteit eindigt vóór de start van de opdracht (%(d)s).",
                d=ddmmyyyy(contract.start_date),
            ),
            "end_date",
        )
    return activity


def _apply(activity: SroiActivity, data: ActivityInput) -> None:
    activity.block_code = data.block
    activity.start_date = data.start
    activity.end_date = data.end
    activity.hours_per_week = data.hours_per_week
    activity.bonuses = list(data.bonuses)
    activity.hours = data.hours
    activity.amount = data.amount
    activity.client = data.client
    activity.candidate_description = data.candidate_description
    activity.evidence_later_reason = data.evidence_later_reason[: evidence_rules.MAX_REASON]


def report(
    contract: Contract, data: ActivityInput, files, user: User, submit: bool
) -> SroiActivity:
    """A new activity (draft, or submitted for review) with its evidence files."""
    check(contract, data)
    _require_kind(files, data.evidence_kind)
    activity = SroiActivity(contract=contract, created_by_id=user.id, state="draft", bonuses=[])
    _apply(activity, data)
    db.session.add(activity)
    db.session.flush()
    if submit:
        _check_submittable(activity, _kind_added(files, data.evidence_kind))
    _store_files(activity, files, user, data.evidence_kind)
    if submit:
        _submit(activity)
    audit.record("create", activity, detail=f"{contract.reference}: {data.block}, {activity.state}")
    return activity


def update(
    activity: SroiActivity, data: ActivityInput, files, user: User, submit: bool
) -> SroiActivity:
    """Change an activity that has not been reviewed yet."""
    _require_editable(activity)
    check(activity.contract, data)
    _require_kind(files, data.evidence_kind)
    _apply(activity, data)
    if submit and activity.state == "draft":
        _check_submittable(activity, _kind_added(files, data.evidence_kind))
    elif activity.state == "submitted":
        _check_counting(activity)
    _store_files(activity, files, user, data.evidence_kind)
    if submit and activity.state == "draft":
        _submit(activity)
    audit.record(
        "update", activity, detail=f"{activity.contract.reference}: {data.block}, {activity.state}"
    )
    return activity


def submit(activity: SroiActivity) -> SroiActivity:
    """Send a draft to procurement for review."""
    if activity.state != "draft":
        raise ReportingError(_("Deze activiteit is al ingediend."))
    check(
        activity.contract,
        ActivityInput(
            activity.block_code,
            activity.start_date,
            activity.end_date,
            activity.hours_per_week,
            tuple(activity.bonuses or ()),
            activity.hours,
            activity.amount,
            activity.client,
            activity.candidate_description,
        ),
    )
    _submit(activity)
    audit.record("update", activity, detail="ingediend ter beoordeling")
    return activity


def withdraw(activity: SroiActivity) -> list:
    """Take back an activity that has not been reviewed: it and its files are removed.

    Returns the stored files' paths, to delete with `evidence_files.discard` after the commit.
    """
    _require_editable(activity)
    paths = [evidence_files.delete(item) for item in list(activity.evidence)]
    audit.record(
        "delete",
        activity,
        detail=f"ingetrokken: {activity.contract.reference}, {activity.block_code}",
    )
    db.session.delete(activity)
    return paths


def add_evidence(activity: SroiActivity, files, user: User, kind: str = "") -> list:
    """Add evidence files of one kind to an activity that has not been reviewed."""
    _require_editable(activity)
    stored = _store_files(activity, files, user, kind)
    if stored:
        audit.record("update", activity, detail=f"{len(stored)} bewijsstuk(ken) toegevoegd")
    return stored


def remove_evidence(item) -> object:
    """Remove one evidence file of an activity that has not been reviewed; returns its path."""
    _require_editable(item.activity)
    audit.record("update", item.activity, detail=f"bewijsstuk {item.id} verwijderd")
    return evidence_files.delete(item)


def _require_editable(activity: SroiActivity) -> None:
    if activity.state not in EDITABLE_STATES:
        raise ReportingError(
            _("Deze activiteit is al beoordeeld en kan niet meer worden gewijzigd.")
        )


def _kind_added(files, kind: str) -> str | None:
    """The kind of evidence this request adds (None when it adds no file)."""
    return kind if any(f and getattr(f, "filename", "") for f in files or []) else None


def _check_submittable(activity: SroiActivity, adding: str | None = None) -> None:
    """The two rules of issue 18 before submitting: the block's evidence (or why it follows
    later) and no hours counted twice for the same candidate. `adding`: the kind of the files
    this request stores, checked before they are written."""
    missing = [k for k in evidence_rules.missing_kinds(activity) if k != adding]
    if missing and not (activity.evidence_later_reason or "").strip():
        raise ReportingError(
            _(
                "Bij dit bouwblok hoort dit bewijs: %(kinds)s. Voeg het toe, of schrijf op "
                "waarom het later volgt; de opdrachtgever ziet die uitleg.",
                kinds=evidence_rules.labels(missing),
            ),
            "evidence",
        )
    _check_counting(activity)


def _check_counting(activity: SroiActivity) -> None:
    found = double_counting.conflicts_of(activity)
    if found:
        raise ReportingError(" ".join(c.message() for c in found), "hours_per_week")


def _submit(activity: SroiActivity) -> None:
    _check_submittable(activity)
    activity.state = "submitted"
    activity.submitted_at = utcnow()


def _require_kind(files, kind: str) -> None:
    if _kind_added(files, kind) is not None and kind not in EVIDENCE_KINDS:
        raise ReportingError(
            _("Kies wat het bewijsstuk is, bijvoorbeeld een loonstrook."), "evidence_kind"
        )


def _store_files(activity: SroiActivity, files, user: User, kind: str = "") -> list:
    _require_kind(files, kind)
    try:
        stored = evidence_files.store_all(activity, files, user)
    except evidence_files.EvidenceError as error:
        raise ReportingError(str(error), "evidence") from None
    for item in stored:
        item.kind = kind
    return stored
