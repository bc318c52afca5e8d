"""The review queue: what suppliers submitted, oldest first, and the one decision on each.

Two reviewers may open the same activity at once. The decision is a single conditional
UPDATE (`... WHERE id = :id AND state = 'submitted' AND version = :version`), so whichever
reaches the database second changes no row and gets `ReviewConflict`: the activity ends with
exactly one decision, one audit entry and one mail to the supplier. On PostgreSQL the second
UPDATE waits for the first transaction's row lock and then re-checks the WHERE clause; on
SQLite the database lock serialises the writers the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import selectinload

import sroi
from app.extensions import db
from app.formatting import ddmmyyyy, local_time, money
from app.links import public_url
from app.models import Catalogue, Contract, EvidenceFile, SroiActivity, User
from app.models.base import utcnow
from app.services import audit, double_counting, evidence_files, evidence_rules, sroi_status
from app.services.mail import send_mail
from app.services.sroi_bridge import EngineCatalogues, engine_catalogue, valuation_or_error

DECISIONS = {"accept": "accepted", "reject": "rejected"}
MAX_REASON = 2000
# Evidence types a browser may show inline; everything else is only offered as a download.


class ReviewError(ValueError):
    """The decision cannot be taken as asked; `errors` maps form fields to Dutch messages."""

    def __init__(self, errors: dict[str, str]):
        super().__init__(" ".join(errors.values()))
        self.errors = errors


class ReviewConflict(Exception):
    """Someone else decided on (or changed) the activity first; nothing was changed."""

    def __init__(self, activity: SroiActivity):
        self.activity = activity
        state = activity.state
        if state in ("accepted", "rejected"):
            who = activity.reviewer.name if activity.reviewer else "een collega"
            verb = "goedgekeurd" if state == "accepted" else "afgekeurd"
            message = (
                f"Deze activiteit is intussen al {verb} door {who}. "
                "Uw beoordeling is niet opgeslagen."
            )
        else:
            message = (
                "Deze activiteit is intussen gewijzigd of teruggetrokken door de leverancier. "
                "Uw beoordeling is niet opgeslagen; bekijk de nieuwe gegevens."
            )
        super().__init__(message)
        self.message = message


@dataclass
class QueueItem:
    """A submitted activity with its value and how long it has waited."""

    activity: SroiActivity
    valuation: sroi.ActivityValuation | None
    error: str | None
    waiting_days: int


def queue_query(scope_ids: set[int]):
    """Submitted activities of the authorities in scope, oldest submission first.

    The contracts in scope as a subquery (not a join): the database then reads the waiting
    activities contract by contract from `ix_sroi_activities_queue`, without statistics too."""
    in_scope = db.select(Contract.id).where(Contract.authority_id.in_(scope_ids))
    return (
        db.select(SroiActivity)
        .where(SroiActivity.state == "submitted", SroiActivity.contract_id.in_(in_scope))
        .order_by(
            db.func.coalesce(SroiActivity.submitted_at, SroiActivity.created_at), SroiActivity.id
        )
    )


def queue_count(scope_ids: set[int]) -> int:
    """How many activities wait in the queue (counted without the queue's order)."""
    return db.session.scalar(
        db.select(db.func.count()).select_from(queue_query(scope_ids).order_by(None).subquery())
    )


def queue_select(scope_ids: set[int]):
    """The queue's select with what its rows show loaded alongside (for one page of it)."""
    contract = selectinload(SroiActivity.contract)
    return queue_query(scope_ids).options(
        contract.selectinload(Contract.catalogue).selectinload(Catalogue.blocks),
        contract.selectinload(Contract.catalogue).selectinload(Catalogue.bonuses),
        contract.selectinload(Contract.supplier),
        selectinload(SroiActivity.evidence),
    )


def queue_items(activities, as_of: date) -> list[QueueItem]:
    """Queue items (each activity's valuation or the engine's objection) for these activities."""
    catalogues = EngineCatalogues()
    return [item(a, as_of, catalogues) for a in activities]


def queue(scope_ids: set[int], as_of: date, limit: int = 200) -> list[QueueItem]:
    """The first `limit` activities of the review queue as queue items."""
    return queue_items(db.session.scalars(queue_select(scope_ids).limit(limit)).all(), as_of)


def item(
    activity: SroiActivity, as_of: date, catalogues: EngineCatalogues | None = None
) -> QueueItem:
    """One activity as a queue item."""
    valuation, error = valuation_or_error(activity, as_of, catalogues)
    since = activity.submitted_at or activity.created_at
    waiting = (as_of - local_time(since).date()).days if since else 0
    return QueueItem(
        activity=activity, valuation=valuation, error=error, waiting_days=max(waiting, 0)
    )


def suggested_block(activity: SroiActivity) -> str | None:
    """The block the engine suggests for the linked client (None without client or match).

    Only the block code is shown to the reviewer, never the client's benefit details.
    """
    client = activity.client
    if client is None:
        return None
    try:
        return sroi.suggest_block(
            engine_catalogue(activity.contract.catalogue),
            benefit=client.benefit_type,
            benefit_start=client.benefit_start,
            on=activity.start_date,
            banenafspraak=bool(client.banenafspraak),
        )
    except sroi.InputError:
        return None


def next_in_queue(scope_ids: set[int], after: SroiActivity | None = None) -> SroiActivity | None:
    """The oldest submitted activity other than `after`."""
    query = queue_query(scope_ids)
    if after is not None:
        query = query.where(SroiActivity.id != after.id)
    return db.session.scalars(query.limit(1)).first()


def check_decision(
    activity: SroiActivity, decision: str, reason: str, override_reason: str, as_of: date
):
    """Raise `ReviewError` when the decision cannot be taken; else the activity's valuation.

    Accepting needs the evidence the block asks for, or an override reason (issue 18), and no
    hours counted twice for the same candidate.
    """
    if decision not in DECISIONS:
        raise ReviewError({"decision": "Kies goedkeuren of afkeuren."})
    if len(reason) > MAX_REASON:
        raise ReviewError({"reason": f"De toelichting is te lang (maximaal {MAX_REASON} tekens)."})
    if len(override_reason) > MAX_REASON:
        raise ReviewError(
            {"override_reason": f"De reden is te lang (maximaal {MAX_REASON} tekens)."}
        )
    if decision == "reject" and not reason:
        raise ReviewError(
            {"reason": "Schrijf op waarom u afkeurt; de leverancier ziet deze reden."}
        )
    valuation, error = valuation_or_error(activity, as_of)
    if decision == "accept" and error:
        raise ReviewError(
            {
                "decision": (
                    f"Deze activiteit kan niet worden gewaardeerd: {error} Keur haar af met die "
                    "reden, dan kan de leverancier haar verbeteren."
                )
            }
        )
    if decision == "accept":
        missing = evidence_rules.missing_kinds(activity)
        if missing and not override_reason:
            raise ReviewError(
                {
                    "override_reason": (
                        f"Dit bewijs ontbreekt: {evidence_rules.labels(missing)}. Keur af, of "
                        "schrijf op waarom u zonder dit bewijs goedkeurt."
                    )
                }
            )
        found = double_counting.conflicts_of(activity)
        if found:
            raise ReviewError({"decision": " ".join(c.message() for c in found)})
    return valuation


def decide(
    activity: SroiActivity,
    decision: str,
    reason: str,
    reviewer: User,
    version: int,
    as_of: date,
    override_reason: str = "",
) -> SroiActivity:
    """Accept or reject a submitted activity exactly once; audited, and the supplier is mailed.

    `version` is the version the reviewer saw. Raises `ReviewError` for an invalid decision and
    `ReviewConflict` when the activity was decided or changed in the meantime. An override
    reason is kept only when evidence was missing at acceptance.
    """
    reason = (reason or "").strip()
    override_reason = (override_reason or "").strip()
    valuation = check_decision(activity, decision, reason, override_reason, as_of)
    overridden = (
        override_reason if decision == "accept" and evidence_rules.missing_kinds(activity) else ""
    )
    new_state = DECISIONS[decision]
    now = utcnow()
    table = SroiActivity.__table__
    result = db.session.execute(
        table.update()
        .where(table.c.id == activity.id, table.c.state == "submitted", table.c.version == version)
        .values(
            state=new_state,
            rejection_reason=reason if decision == "reject" else "",
            override_reason=overridden,
            reviewer_id=reviewer.id,
            reviewed_at=now,
            version=table.c.version + 1,
            updated_at=now,
        )
    )
    if result.rowcount != 1:
        db.session.rollback()
        fresh = db.session.get(SroiActivity, activity.id, populate_existing=True)
        raise ReviewConflict(fresh or activity)
    db.session.expire(activity)
    sroi_status.changed(activity.contract_id)
    value = money(valuation.value) if valuation else "—"
    # The reason is free text (it may describe the candidate): it stays in the activity's own
    # column, where retention can wipe it, not in the append-only log.
    audit.record(
        "update",
        activity,
        detail=f"beoordeeld: {'goedgekeurd' if decision == 'accept' else 'afgekeurd'}; "
        f"waarde {value}" + ("; goedgekeurd zonder verplicht bewijs" if overridden else ""),
    )
    _notify_supplier(activity, decision, reason, value)
    return activity


def decide_many(
    activities: list[SroiActivity],
    decision: str,
    reason: str,
    reviewer: User,
    versions: dict[int, int],
    as_of: date,
    override_reason: str = "",
) -> list[SroiActivity]:
    """One decision for several submitted activities of one contract: all or none.

    Every activity is checked first (`ReviewError` names the first that cannot be decided);
    a conflict on any of them rolls all back (`ReviewConflict`). `versions` maps each id to
    the version the reviewer saw.
    """
    if not activities:
        raise ReviewError({"activities": "Kies een of meer activiteiten."})
    if len({a.contract_id for a in activities}) != 1:
        raise ReviewError({"activities": "Kies activiteiten van één contract."})
    reason = (reason or "").strip()
    override_reason = (override_reason or "").strip()
    for activity in activities:
        try:
            check_decision(activity, decision, reason, override_reason, as_of)
        except ReviewError as exc:
            raise ReviewError(
                {
                    key: f"Activiteit vanaf {ddmmyyyy(activity.start_date)} "
                    f"({_block_label(activity)}): {message}"
                    if key in ("decision", "override_reason")
                    else message
                    for key, message in exc.errors.items()
                }
            ) from None
    for activity in activities:
        decide(
            activity,
            decision,
            reason,
            reviewer,
            versions.get(activity.id, -1),
            as_of,
            override_reason=override_reason,
        )
    return activities


def _block_label(activity: SroiActivity) -> str:
    block = evidence_rules.block_of(activity)
    return block.label if block is not None else activity.block_code


def _notify_supplier(activity: SroiActivity, decision: str, reason: str, value: str) -> None:
    """Tell the supplier: the user who reported the activity, else every user of the supplier."""
    contract = activity.contract
    recipients = (
        [activity.created_by]
        if activity.created_by and activity.created_by.active
        else [u for u in contract.supplier.organisation.users if u.active and u.role == "employer"]
    )
    if not recipients:
        return
    verdict = "goedgekeurd" if decision == "accept" else "afgekeurd"
    lines = [
        f"Uw SROI-activiteit bij contract {contract.reference} ({contract.title}) is {verdict} "
        f"door {contract.authority.name}.",
        "",
        f"Activiteit: {_block_label(activity)}, vanaf {ddmmyyyy(activity.start_date)}.",
    ]
    if decision == "accept":
        lines.append(
            f"Deze activiteit telt nu mee voor uw verplichting (waarde op dit moment: {value})."
        )
    else:
        lines += [
            "",
            f"Reden: {reason}",
            "",
            "U kunt de activiteit aanpassen en opnieuw indienen in Werkbrug.",
        ]
    lines += ["", public_url("employer.home")]
    for user in recipients:
        send_mail(
            user.email,
            f"SROI-activiteit {verdict}: {contract.reference}",
            "\n".join(lines),
            organisation_id=contract.supplier.organisation_id,
            client_id=activity.client_id,
        )


def evidence_is_inline(evidence: EvidenceFile) -> bool:
    """Whether the browser may show this file inside the page (PDF, PNG, JPEG only)."""
    return evidence_files.is_inline(evidence)
