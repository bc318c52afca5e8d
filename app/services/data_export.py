"""Everything Werkbrug holds about one client, for a request under AVG art. 15 (inzage) or 20.

`collect` gathers the client record, desired occupations, proposals, placements with follow-up,
incentives and hour changes, exit premiums, SROI activities that name the client (with
rejection reasons and the list of evidence files, not their contents), the e-mails about the
client, and the access log: every audit entry about the client (its record, its proposals,
placements…, and every page that showed it). Everything Werkbrug keeps about the client is in
here (tests/app/test_retention_complete.py checks it against a marker in every free-text field).
`as_json` and `app.exports.inzage.as_pdf` turn that into the two downloads; the route audits
each as an export.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal

from app.extensions import db
from app.models import (
    Client,
    ClientContact,
    ClientDocument,
    ClientPlan,
    ClientProvision,
    ClientStatusChange,
    ClientTask,
    ExitPremium,
    IncentiveAward,
    OutboxMail,
    Placement,
    Proposal,
    ShortlistEntry,
    SroiActivity,
)
from app.models.base import utcnow
from app.services import audit, evidence_rules

CLIENT_FIELDS = [
    ("pseudonym", "Pseudoniem (voor werkgevers)"),
    ("first_name", "Voornaam"),
    ("last_name", "Achternaam"),
    ("bsn", "BSN"),
    ("birth_date", "Geboortedatum"),
    ("postcode", "Postcode"),
    ("benefit_type", "Uitkering"),
    ("benefit_start", "Uitkering sinds"),
    ("benefit_end", "Uitkering beëindigd op"),
    ("benefit_end_reason", "Reden einde uitkering"),
    ("ladder_step", "Participatieladder (trede)"),
    ("profile", "Profiel"),
    ("client_group", "Klantgroep"),
    ("banenafspraak", "Indicatie banenafspraak"),
    ("banenafspraak_on", "Datum indicatie banenafspraak"),
    ("target_register_status", "Doelgroepregister"),
    ("sheltered_work", "Indicatie beschut werk"),
    ("sheltered_work_on", "Datum advies beschut werk"),
    ("newcomer", "Statushouder"),
    ("integration_route", "Leerroute inburgering"),
    ("integration_start", "Start inburgeringstermijn"),
    ("pip_on", "PIP vastgesteld op"),
    ("map_done_on", "MAP afgerond op"),
    ("integration_done_on", "Inburgering afgerond op"),
    ("skills", "Vaardigheden"),
    ("experience", "Werkervaring"),
    ("education_level", "Opleiding"),
    ("certificates", "Certificaten"),
    ("driving_licences", "Rijbewijzen"),
    ("language_level", "Taalniveau Nederlands"),
    ("hours_min", "Uren per week, minimaal"),
    ("hours_max", "Uren per week, maximaal"),
    ("max_travel_minutes", "Reistijd enkele reis, maximaal (minuten)"),
    ("max_travel_km", "Reisafstand enkele reis, maximaal (km)"),
    ("max_load", "Belastbaarheid"),
    ("health_notes", "Gezondheid"),
    ("consent_at", "Toestemming delen met werkgevers sinds"),
    ("exemptions", "Ontheffingen"),
    ("case_closed_at", "Dossier gesloten op"),
    ("unavailable_until", "Niet beschikbaar tot en met"),
    ("anonymised_at", "Geanonimiseerd op"),
    ("created_at", "Vastgelegd op"),
    ("updated_at", "Laatst gewijzigd op"),
]


# Exported as exact decimal text ("12.00"), shown the Dutch way in the PDF ("12").
HOURS_FIELDS = {"hours_min", "hours_max", "hours_per_week"}


def _plain(value):
    """A JSON-friendly value: dates as ISO text, money and hours as exact decimal text."""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def collect(client: Client, requested_by: str = "") -> dict:
    """All data about `client` as a dict of plain values (Dutch keys where people read them)."""
    record = {name: _plain(getattr(client, name)) for name, _label in CLIENT_FIELDS}
    record["municipality"] = client.municipality.name
    record["jobhunter"] = client.jobhunter.name if client.jobhunter else None
    proposals = db.session.scalars(
        db.select(Proposal).where(Proposal.client_id == client.id).order_by(Proposal.created_at)
    ).all()
    placements = db.session.scalars(
        db.select(Placement).where(Placement.client_id == client.id).order_by(Placement.start_date)
    ).all()
    premiums = db.session.scalars(
        db.select(ExitPremium)
        .where(ExitPremium.client_id == client.id)
        .order_by(ExitPremium.requested_on)
    ).all()
    activities = db.session.scalars(
        db.select(SroiActivity)
        .where(SroiActivity.client_id == client.id)
        .order_by(SroiActivity.start_date)
    ).all()
    mails = db.session.scalars(
        db.select(OutboxMail)
        .where(OutboxMail.client_id == client.id)
        .order_by(OutboxMail.created_at, OutboxMail.id)
    ).all()
    shortlisted = db.session.scalars(
        db.select(ShortlistEntry)
        .where(ShortlistEntry.client_id == client.id)
        .order_by(ShortlistEntry.created_at)
    ).all()
    access = db.session.scalars(audit.about_client(client.id)).all()
    path = _client_path(client)
    return {
        "export": {
            "titel": "Inzage in persoonsgegevens (AVG artikel 15)",
            "gemaakt_op": utcnow().isoformat(timespec="seconds"),
            "gemaakt_door": requested_by,
            "bron": "Werkbrug",
        },
        "client": record,
        "desired_occupations": [
            {
                "text": o.text,
                "occupation": o.occupation.preferred_label if o.occupation else None,
                "esco_uri": o.occupation.uri if o.occupation else None,
            }
            for o in client.desired_occupations
        ],
        "proposals": [
            {
                "date": _plain(p.created_at),
                "vacancy": p.vacancy.title,
                "employer": p.vacancy.employer.name,
                "status": p.status,
                "note": p.note,
                "reason": p.reason,
                "answered_at": _plain(p.answered_at),
                "match_score": _plain(p.match_score),
                "jobhunter": p.jobhunter.name if p.jobhunter else None,
            }
            for p in proposals
        ],
        "placements": [_placement(p) for p in placements],
        "shortlists": [
            {
                "vacancy": e.vacancy.title,
                "employer": e.vacancy.employer.name,
                "added_at": _plain(e.created_at),
                "added_by": e.added_by.name if e.added_by else None,
            }
            for e in shortlisted
        ],
        "exit_premiums": [
            {
                "scheme": p.scheme.name,
                "state": p.state,
                "amount": _plain(p.amount),
                "requested_on": _plain(p.requested_on),
                "paid_on": _plain(p.paid_on),
                "note": p.note,
            }
            for p in premiums
        ],
        "sroi_activities": [
            {
                "contract": a.contract.reference,
                "supplier": a.contract.supplier.name,
                "block": a.block_code,
                "start": _plain(a.start_date),
                "end": _plain(a.end_date),
                "hours_per_week": _plain(a.hours_per_week),
                "hours": _plain(a.hours),
                "amount": _plain(a.amount),
                "bonuses": _plain(a.bonuses),
                "state": a.state,
                "description": a.candidate_description,
                "submitted_at": _plain(a.submitted_at),
                "reviewed_at": _plain(a.reviewed_at),
                "rejection_reason": a.rejection_reason,
                **evidence_rules.export_reasons(a),
                "evidence_files": [
                    {
                        "filename": e.filename,
                        "content_type": e.content_type,
                        "size": e.size,
                        "sha256": e.sha256,
                        "uploaded_at": _plain(e.uploaded_at),
                        "removed_at": _plain(e.removed_at),
                    }
                    for e in a.evidence
                ],
            }
            for a in activities
        ],
        **path,
        "mails": [
            {
                "date": _plain(m.created_at),
                "to": m.to,
                "subject": m.subject,
                "body": m.body,
                "sent_at": _plain(m.sent_at),
            }
            for m in mails
        ],
        "access_log": [
            {
                "at": _plain(e.at),
                "user": e.user_email,
                "action": e.action,
                "object": f"{e.object_type} {e.object_id}".strip(),
                "detail": e.detail,
            }
            for e in access
        ],
    }


def _rows(model, client: Client, *order):
    return db.session.scalars(
        db.select(model).where(model.client_id == client.id).order_by(*order, model.id)
    ).all()


def _client_path(client: Client) -> dict:
    """The client's path (issue 16): plans, registrations, contacts, documents, tasks and
    provisions, with every free text."""
    who = lambda user: user.name if user else None  # noqa: E731
    return {
        "plans": [
            {
                "version": p.version,
                "current": p.is_current,
                "agreed_on": _plain(p.agreed_on),
                "goals": p.goals,
                "final_goal": p.final_goal,
                "support": p.support,
                "review_note": p.review_note,
                "next_review_on": _plain(p.next_review_on),
                "by": who(p.created_by),
                "actions": [
                    {
                        "description": a.description,
                        "owner": a.owner,
                        "owner_name": a.owner_name,
                        "due_on": _plain(a.due_on),
                        "done_on": _plain(a.done_on),
                    }
                    for a in p.actions
                ],
            }
            for p in _rows(ClientPlan, client, ClientPlan.version)
        ],
        "status_history": [
            {
                "field": h.field,
                "from": h.old_value,
                "to": h.new_value,
                "on": _plain(h.changed_on),
                "by": who(h.recorded_by),
            }
            for h in _rows(ClientStatusChange, client, ClientStatusChange.changed_on)
        ],
        "contacts": [
            {
                "on": _plain(c.contact_on),
                "kind": c.kind,
                "note": c.note,
                "by": who(c.jobhunter),
            }
            for c in _rows(ClientContact, client, ClientContact.contact_on)
        ],
        "documents": [
            {
                "filename": d.filename,
                "content_type": d.content_type,
                "size": d.size,
                "sha256": d.sha256,
                "uploaded_at": _plain(d.uploaded_at),
                "contact_on": _plain(d.contact.contact_on) if d.contact else None,
            }
            for d in _rows(ClientDocument, client, ClientDocument.uploaded_at)
        ],
        "tasks": [
            {
                "kind": t.kind,
                "title": t.title,
                "remind_on": _plain(t.remind_on),
                "due_on": _plain(t.due_on),
                "done_on": _plain(t.done_on),
                "cancelled_on": _plain(t.cancelled_on),
                "note": t.note,
                "for": who(t.jobhunter),
            }
            for t in _rows(ClientTask, client, ClientTask.due_on)
        ],
        "provisions": [
            {
                "kind": p.kind,
                "provider": p.provider,
                "start_on": _plain(p.start_on),
                "end_on": _plain(p.end_on),
            }
            for p in _rows(ClientProvision, client, ClientProvision.start_on)
        ],
    }


def _placement(p: Placement) -> dict:
    return {
        "employer": p.employer_label,
        "employer_kvk": p.employer.kvk if p.employer else p.employer_kvk,
        "source": p.source,
        "vacancy": p.vacancy.title if p.vacancy else None,
        "kind": p.kind,
        "start": _plain(p.start_date),
        "end": _plain(p.end_date),
        "hours_per_week": _plain(p.hours_per_week),
        "contract_type": p.contract_type,
        "contract_months": p.contract_months,
        "sroi_contract": p.contract.reference if p.contract else None,
        "hourly_wage": _plain(p.hourly_wage),
        "wage_value_pct": _plain(p.wage_value_pct),
        "wage_subsidy_per_month": _plain(p.wage_subsidy_per_month),
        "wage_arrangement": p.wage_arrangement,
        "before_flat_rate_subsidy": p.before_flat_rate_subsidy,
        "long_hours_reason": p.long_hours_reason,
        "jobcoach": p.jobcoach,
        "outcome": p.outcome,
        "end_reason": p.end_reason,
        "follow_ups": [
            {
                "kind": f.kind,
                "due": _plain(f.due_date),
                "done_at": _plain(f.done_at),
                "note": f.note,
            }
            for f in p.follow_ups
        ],
        "hour_changes": [
            {
                "from": _plain(h.from_date),
                "hours_per_week": _plain(h.hours_per_week),
                "long_hours_reason": h.long_hours_reason,
            }
            for h in p.hour_changes
        ],
        "incentives": [
            {
                "scheme": a.scheme.name,
                "state": a.state,
                "amount": _plain(a.amount),
                "payable_on": _plain(a.payable_on),
                "decided_at": _plain(a.decided_at),
                "note": a.note,
            }
            for a in db.session.scalars(
                db.select(IncentiveAward)
                .where(IncentiveAward.placement_id == p.id)
                .order_by(IncentiveAward.id)
            )
        ],
    }


def as_json(data: dict) -> bytes:
    """The export as UTF-8 JSON, indented for people who open it in a text editor."""
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False).encode("utf-8")
