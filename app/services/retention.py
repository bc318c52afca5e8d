"""Retention (AVG art. 5(1)(e)): anonymise clients whose case closed longer ago than the
municipality's `retention_months`.

What goes: name, BSN, birth date, postcode (all of it, PC4 too: in a small village a PC4 and a
benefit type can point at one person), the pseudonym employers saw (replaced by a new random
one), all free texts (experience, health, exemptions, skills, notes on proposals, placements,
follow-up, incentives and premiums, reasons for long hours), matching details (hours, travel,
load, language, licences, certificates, the date until which the client is unavailable), consent
and benefit dates, shortlist entries, and the link between SROI activities and the client.

Around the client, free text goes too: SROI rejection reasons and candidate descriptions, the
subject and body of every mail about the client (`mail.scrub_for_client`), and the details of
every audit entry recording a change to the client or its proposals, placements, follow-up,
incentives, premiums, activities and evidence (`audit.redact`, the log's one narrow exception;
reads and exports only ever had fixed texts with ids). Evidence
files of the client's SROI activities are deleted from disk; their rows stay with a neutral
name ("bewijsstuk-12.pdf"), size, type, upload date and SHA-256. Why delete rather than keep:
a contract, a payslip or a scan names the person and more, and renaming the file leaves that
inside. The SROI accounting needs the decision (accepted by whom, when, for what value), which
stays; should an accountant want the document itself, the supplier keeps its own payroll
records (it must, for seven years), and the kept SHA-256 proves that a copy it shows is the
file that was reviewed.

The client's path (issue 16) loses its words and keeps its dates: plan texts and actions,
contact notes, task titles and notes, provision providers, the target-group dates (indication,
advice, inburgering, PIP, MAP) and the name and KvK number of an employer typed by hand go;
documents are deleted with their files. Contacts (date, kind), registrations of ladder step,
profile and group, plan dates, tasks' dates and provisions' kinds and dates stay for the monitor.

What stays, so statistics and SROI totals do not change: the municipality, benefit type, ladder
step, profile, banenafspraak / sheltered-work / newcomer flags, education level, the jobhunter
link (the monitor counts "voorziening jobhunter"), case-closed date, desired occupations as
taxonomy codes only, placements (employer, dates, hours, wage figures), proposals' outcomes,
incentives and premiums, SROI activities (no longer linked) with their decisions, and the
audit log's who / what / when / which object.

Idempotent: an anonymised client carries `anonymised_at` and is never picked again.

The same run applies the employer CRM's retention (`employer_crm.prune`): follow-ups with
employers done more than a year ago, and contact persons of relations that ended.
"""

from __future__ import annotations

import calendar
import secrets
from dataclasses import dataclass, field
from datetime import date

from app.extensions import db
from app.models import (
    AuditEntry,
    Client,
    ClientContact,
    ClientDocument,
    ClientPlan,
    ClientProvision,
    ClientStatusChange,
    ClientTask,
    EvidenceFile,
    ExitPremium,
    FollowUp,
    IncentiveAward,
    Organisation,
    Placement,
    PlacementHours,
    PlanAction,
    Proposal,
    ShortlistEntry,
    SroiActivity,
)
from app.models.base import utcnow
from app.services import audit, client_documents, employer_crm, evidence_files, mail

ANONYMOUS_FIRST_NAME = "Geanonimiseerde"
ANONYMOUS_LAST_NAME = "inwoner"
WIPED_FIELDS = {
    "bsn": None,
    "birth_date": None,
    "postcode": None,
    "benefit_start": None,
    "benefit_end": None,
    "experience": "",
    "health_notes": "",
    "exemptions": "",
    "skills": [],
    "certificates": [],
    "driving_licences": [],
    "hours_min": None,
    "hours_max": None,
    "max_travel_minutes": None,
    "max_travel_km": None,
    "max_load": None,
    "language_level": None,
    "consent_at": None,
    # The dates of a client's path (issue 16); the flags, group and codes stay for statistics.
    "banenafspraak_on": None,
    "sheltered_work_on": None,
    "integration_start": None,
    "integration_done_on": None,
    "pip_on": None,
    "map_done_on": None,
    "unavailable_until": None,
}


@dataclass
class Anonymised:
    """One client handled (or, in a dry run, to be handled)."""

    client_id: int
    municipality: str
    closed_on: date
    retention_months: int
    activities_unlinked: int = 0
    occupations_dropped: int = 0
    evidence_removed: int = 0
    mails_scrubbed: int = 0
    audit_redacted: int = 0
    # Files to delete once the transaction is committed (a rollback keeps them).
    paths: list = field(default_factory=list, repr=False)


@dataclass
class RetentionReport:
    """What a run did (or would do)."""

    today: date
    dry_run: bool
    clients: list[Anonymised] = field(default_factory=list)
    mails_pruned: int = 0
    # The employer CRM (`employer_crm.prune`): done follow-ups and stale contact persons.
    crm_follow_ups: int = 0
    crm_persons: int = 0

    def summary(self) -> str:
        verb = "zouden worden" if self.dry_run else "zijn"
        unlinked = sum(c.activities_unlinked for c in self.clients)
        removed = sum(c.evidence_removed for c in self.clients)
        text = (
            f"{len(self.clients)} werkzoekende(n) {verb} geanonimiseerd; {unlinked} "
            f"SROI-activiteit(en) losgekoppeld, {removed} bewijsstuk(ken) verwijderd "
            f"(peildatum {self.today:%d-%m-%Y})."
        )
        if not self.dry_run:
            text += f" {self.mails_pruned} verzonden e-mail(s) uit het postvak verwijderd."
        text += (
            f" Werkgevers: {self.crm_follow_ups} afgeronde terugbelafspraak/-afspraken en "
            f"{self.crm_persons} contactperso(o)n(en) {verb} verwijderd."
        )
        return text


def months_before(day: date, months: int) -> date:
    """`day` minus whole months, clamped to the month's last day (31 March - 1 = 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def due(today: date) -> list[tuple[Client, Organisation]]:
    """Clients not yet anonymised whose case closed more than `retention_months` ago."""
    rows: list[tuple[Client, Organisation]] = []
    organisations = db.session.scalars(
        db.select(Organisation)
        .where(Organisation.id.in_(db.select(Client.municipality_id).distinct()))
        .order_by(Organisation.id)
    ).all()
    for organisation in organisations:
        cutoff = months_before(today, organisation.retention_months)
        clients = db.session.scalars(
            db.select(Client)
            .where(
                Client.municipality_id == organisation.id,
                Client.anonymised_at.is_(None),
                Client.case_closed_at.is_not(None),
                Client.case_closed_at < cutoff,
            )
            .order_by(Client.id)
        ).all()
        rows.extend((client, organisation) for client in clients)
    return rows


def _new_pseudonym() -> str:
    while True:
        pseudonym = f"Anoniem {secrets.token_hex(6)}"
        if not db.session.execute(
            db.select(Client.id).where(Client.pseudonym == pseudonym)
        ).first():
            return pseudonym


def anonymise(client: Client) -> Anonymised:
    """Strip `client` and the free texts around it (see the module docstring); not committed."""
    result = Anonymised(
        client.id,
        client.municipality.name,
        client.case_closed_at,
        client.municipality.retention_months,
    )
    objects = _objects_of(client)
    names = [client.pseudonym, client.full_name]  # before they are replaced below
    client.first_name = ANONYMOUS_FIRST_NAME
    client.last_name = ANONYMOUS_LAST_NAME
    client.pseudonym = _new_pseudonym()
    for name, value in WIPED_FIELDS.items():
        setattr(client, name, list(value) if isinstance(value, list) else value)
    kept = []
    for wish in client.desired_occupations:
        if wish.occupation_id is None:
            result.occupations_dropped += 1
            continue
        wish.text = (wish.occupation.preferred_label if wish.occupation else "")[:200]
        kept.append(wish)
    client.desired_occupations = kept

    placement_ids = objects["Placement"]
    db.session.execute(
        db.update(Proposal).where(Proposal.client_id == client.id).values(note="", reason="")
    )
    db.session.execute(
        db.update(Placement)
        .where(Placement.client_id == client.id)
        .values(end_reason="", long_hours_reason="")
    )
    db.session.execute(
        db.update(PlacementHours)
        .where(PlacementHours.placement_id.in_(placement_ids))
        .values(long_hours_reason="")
    )
    # A shortlist only serves an open search: nothing of it is kept.
    db.session.execute(db.delete(ShortlistEntry).where(ShortlistEntry.client_id == client.id))
    db.session.execute(
        db.update(FollowUp).where(FollowUp.placement_id.in_(placement_ids)).values(note="")
    )
    db.session.execute(
        db.update(IncentiveAward)
        .where(IncentiveAward.placement_id.in_(placement_ids))
        .values(note="")
    )
    db.session.execute(
        db.update(ExitPremium).where(ExitPremium.client_id == client.id).values(note="")
    )
    result.paths += _wipe_path(client, objects)
    # Through the ORM, so the activities' optimistic-lock version moves on as with any change.
    now = utcnow()
    for activity in db.session.scalars(
        db.select(SroiActivity).where(SroiActivity.client_id == client.id)
    ):
        activity.client_id = None
        activity.candidate_description = ""
        activity.rejection_reason = ""
        activity.evidence_later_reason = ""
        activity.override_reason = ""
        for item in activity.evidence:
            if item.removed_at is None:
                result.paths.append(_remove_evidence(item, now))
                result.evidence_removed += 1
        result.activities_unlinked += 1
    result.mails_scrubbed = mail.scrub_for_client(client.id, names)
    client.anonymised_at = now
    # Changes only: the details of reads and exports are fixed texts with ids (and there can be
    # thousands); list pages (no object) name other clients too.
    changes = AuditEntry.action.not_in(("read", "export"))
    entries = (
        db.session.scalars(
            audit.about_client(client.id).where(AuditEntry.object_id != "", changes)
        ).all()
        + db.session.scalars(audit.on_objects(objects).where(changes)).all()
    )
    result.audit_redacted = audit.redact(
        {e.id: e for e in entries}.values(),
        client_id=client.id,
        why="bewaartermijn verstreken: vrije tekst over de werkzoekende verwijderd",
    )
    audit.record(
        "anonymise",
        client,
        detail=(
            f"bewaartermijn verstreken: dossier gesloten op {result.closed_on:%d-%m-%Y}, "
            f"termijn {result.retention_months} maanden; {result.activities_unlinked} "
            f"SROI-activiteit(en) losgekoppeld, {result.evidence_removed} bewijsstuk(ken) "
            f"verwijderd, {result.mails_scrubbed} e-mail(s) leeggemaakt, "
            f"{result.audit_redacted} auditregel(s) zonder tekst"
        ),
    )
    return result


def _wipe_path(client: Client, objects: dict[str, set[int]]) -> list:
    """The free texts of the client's path (issue 16) go; the dated facts stay for the monitor
    (contacts by kind, registrations, provisions by kind, plan dates). Documents are deleted,
    rows and files: unlike SROI evidence, nothing outside the client's file needs them. An
    employer typed by name (not in the register) goes too: with self-employment it is the
    client's own business."""
    db.session.execute(
        db.update(Placement)
        .where(Placement.client_id == client.id, Placement.employer_id.is_(None))
        .values(employer_name="", employer_kvk=None)
    )
    db.session.execute(
        db.update(ClientPlan)
        .where(ClientPlan.client_id == client.id)
        .values(goals="", final_goal="", support="", review_note="")
    )
    db.session.execute(
        db.update(PlanAction)
        .where(PlanAction.plan_id.in_(objects["ClientPlan"]))
        .values(description="", owner_name="")
    )
    db.session.execute(
        db.update(ClientContact).where(ClientContact.client_id == client.id).values(note="")
    )
    db.session.execute(
        db.update(ClientTask).where(ClientTask.client_id == client.id).values(title="Taak", note="")
    )
    db.session.execute(
        db.update(ClientProvision).where(ClientProvision.client_id == client.id).values(provider="")
    )
    return client_documents.remove_all(client)


def _objects_of(client: Client) -> dict[str, set[int]]:
    """The ids of everything about the client, per audit object type (before unlinking)."""

    def ids(query) -> set[int]:
        return set(db.session.scalars(query))

    placements = ids(db.select(Placement.id).where(Placement.client_id == client.id))
    activities = ids(db.select(SroiActivity.id).where(SroiActivity.client_id == client.id))
    plans = ids(db.select(ClientPlan.id).where(ClientPlan.client_id == client.id))

    def own(model) -> set[int]:
        return ids(db.select(model.id).where(model.client_id == client.id))

    return {
        "Client": {client.id},
        "Proposal": ids(db.select(Proposal.id).where(Proposal.client_id == client.id)),
        "Placement": placements,
        "FollowUp": ids(db.select(FollowUp.id).where(FollowUp.placement_id.in_(placements))),
        "IncentiveAward": ids(
            db.select(IncentiveAward.id).where(IncentiveAward.placement_id.in_(placements))
        ),
        "ExitPremium": ids(db.select(ExitPremium.id).where(ExitPremium.client_id == client.id)),
        "SroiActivity": activities,
        "EvidenceFile": ids(
            db.select(EvidenceFile.id).where(EvidenceFile.activity_id.in_(activities))
        ),
        "ClientPlan": plans,
        "PlanAction": ids(db.select(PlanAction.id).where(PlanAction.plan_id.in_(plans))),
        "ClientStatusChange": own(ClientStatusChange),
        "ClientContact": own(ClientContact),
        "ClientDocument": own(ClientDocument),
        "ClientTask": own(ClientTask),
        "ClientProvision": own(ClientProvision),
    }


def _remove_evidence(item: EvidenceFile, now):
    """Keep the row as a fingerprint with a neutral name; return the file's path to delete."""
    try:
        path = evidence_files.path_of(item)
    except FileNotFoundError:
        path = None
    suffix = {"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg"}.get(
        item.content_type, ""
    )
    item.filename = f"bewijsstuk-{item.id}{suffix}"
    item.removed_at = now
    return path


def run(today: date, dry_run: bool = False) -> RetentionReport:
    """Anonymise every client that is due, in one transaction per client; or only list them."""
    report = RetentionReport(today=today, dry_run=dry_run)
    for client, _organisation in due(today):
        if dry_run:
            linked = db.session.scalar(
                db.select(db.func.count(SroiActivity.id)).where(SroiActivity.client_id == client.id)
            )
            report.clients.append(
                Anonymised(
                    client.id,
                    client.municipality.name,
                    client.case_closed_at,
                    client.municipality.retention_months,
                    activities_unlinked=linked or 0,
                    evidence_removed=db.session.scalar(
                        db.select(db.func.count(EvidenceFile.id))
                        .join(SroiActivity)
                        .where(
                            SroiActivity.client_id == client.id,
                            EvidenceFile.removed_at.is_(None),
                        )
                    )
                    or 0,
                    occupations_dropped=sum(
                        1 for w in client.desired_occupations if w.occupation_id is None
                    ),
                )
            )
            continue
        done = anonymise(client)
        db.session.commit()
        evidence_files.discard(done.paths)
        report.clients.append(done)
    crm = employer_crm.prune(today)
    report.crm_follow_ups, report.crm_persons = crm.follow_ups, crm.persons
    if dry_run:
        db.session.rollback()
    else:
        report.mails_pruned = mail.prune_outbox(utcnow())
        db.session.commit()
    return report
