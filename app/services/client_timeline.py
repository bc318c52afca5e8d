"""One timeline of a client's path for the client page (issue 16): contacts with their
documents, tasks, plan versions, ladder / profile / group registrations, provisions, proposals,
placements (through the portal or found outside it) with their follow-up, exit premiums and the
end of the benefit. Newest first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from flask_babel import gettext as _

from app.formatting import label, local_time, money, number
from app.models import Client
from app.services import client_documents, client_log, client_plans


@dataclass
class Entry:
    """One line of the timeline."""

    on: date
    kind: str  # contact, document, task, plan, status, provision, proposal, placement, …
    title: str
    detail: str = ""
    who: str = ""
    documents: list = field(default_factory=list)
    order: int = 0


def _day(moment) -> date:
    """The Dutch day of a stored time (a naive time is UTC); a date as it is."""
    return local_time(moment).date() if isinstance(moment, datetime) else moment


def _status_value(field_name: str, value: str | None) -> str:
    if value is None:
        return "—"
    if field_name == "client_group":
        return label(value, "CLIENT_GROUPS")
    table = "LADDER_STEPS" if field_name == "ladder_step" else "PROFILES"
    return label(int(value), table)


def build(client: Client, history: dict, today: date | None = None) -> list[Entry]:
    """The timeline up to `today` (planned ends and starts are not history yet); `history` is
    `client_records.history(client)` (proposals, placements, premiums) so the page does not
    load those twice."""
    entries: list[Entry] = []
    for contact in client_log.contacts(client):
        entries.append(
            Entry(
                contact.contact_on,
                "contact",
                label(contact.kind, "CLIENT_CONTACT_KINDS"),
                contact.note,
                contact.jobhunter.name if contact.jobhunter else "",
                documents=list(contact.documents),
                order=contact.id,
            )
        )
    for document in client_documents.for_client(client):
        if document.contact_id is None:
            entries.append(
                Entry(_day(document.uploaded_at), "document", _("Document"), documents=[document])
            )
    for task in client_log.tasks(client):
        if task.done_on:
            entries.append(
                Entry(task.done_on, "task", _("Taak afgerond: %(t)s", t=task.title), task.note)
            )
        elif task.cancelled_on:
            entries.append(
                Entry(task.cancelled_on, "task", _("Taak vervallen: %(t)s", t=task.title))
            )
    for plan in client_plans.versions(client):
        title = (
            _("Plan van aanpak opgesteld")
            if plan.version == 1
            else _("Plan van aanpak geëvalueerd en bijgesteld (versie %(n)s)", n=plan.version)
        )
        entries.append(
            Entry(
                plan.agreed_on,
                "plan",
                title,
                plan.review_note or plan.final_goal,
                plan.created_by.name if plan.created_by else "",
                order=plan.id,
            )
        )
        for action in plan.actions:
            if plan.is_current and action.done_on:
                entries.append(
                    Entry(action.done_on, "plan", _("Actie afgerond: %(a)s", a=action.description))
                )
    for change in client_log.status_history(client):
        name = label(change.field, "STATUS_FIELDS")
        new = _status_value(change.field, change.new_value)
        if change.old_value == change.new_value:
            title = _("%(name)s vastgelegd: %(v)s (ongewijzigd)", name=name, v=new)
        elif change.old_value is None:
            title = _("%(name)s vastgelegd: %(v)s", name=name, v=new)
        else:
            old = _status_value(change.field, change.old_value)
            title = _("%(name)s: %(old)s → %(new)s", name=name, old=old, new=new)
        entries.append(
            Entry(
                change.changed_on,
                "status",
                title,
                who=change.recorded_by.name if change.recorded_by else "",
                order=change.id,
            )
        )
    for provision in client_log.provisions(client):
        kind = label(provision.kind, "PROVISION_KINDS")
        entries.append(
            Entry(
                provision.start_on,
                "provision",
                _("Voorziening gestart: %(k)s", k=kind),
                provision.provider,
            )  # fmt: skip
        )
        if provision.end_on:
            entries.append(
                Entry(provision.end_on, "provision", _("Voorziening beëindigd: %(k)s", k=kind))
            )
    for proposal in history["proposals"]:
        entries.append(
            Entry(
                _day(proposal.created_at),
                "proposal",
                _(
                    "Voorgesteld voor %(v)s bij %(e)s",
                    v=proposal.vacancy.title,
                    e=proposal.vacancy.employer.name,
                ),
                label(proposal.status, "PROPOSAL_STATUSES"),
                proposal.jobhunter.name if proposal.jobhunter else "",
            )
        )
    for placement in history["placements"]:
        kind = label(placement.kind, "PLACEMENT_KINDS")
        where = placement.employer_label
        title = (
            _("Gestart: %(k)s bij %(e)s", k=kind, e=where) if where else _("Gestart: %(k)s", k=kind)
        )
        if placement.source == "outside":
            title += " " + _("(buiten de portal gevonden)")
        entries.append(
            Entry(
                placement.start_date,
                "placement",
                title,
                _("%(h)s uur per week", h=number(placement.hours_per_week, 1)),
            )
        )
        for follow_up in placement.follow_ups:
            if follow_up.done_at:
                entries.append(
                    Entry(
                        _day(follow_up.done_at),
                        "follow_up",
                        _("Nazorg: %(k)s", k=label(follow_up.kind, "FOLLOW_UP_KINDS")),
                        follow_up.note,
                    )
                )
        if placement.end_date:
            entries.append(
                Entry(
                    placement.end_date,
                    "placement",
                    _("Gestopt: %(k)s", k=kind),
                    placement.end_reason,
                )  # fmt: skip
            )
    for premium in history["premiums"]:
        entries.append(
            Entry(
                premium.requested_on,
                "premium",
                _("Uitstroompremie aangevraagd: %(a)s", a=money(premium.amount)),
                label(premium.state, "AWARD_STATES"),
            )
        )
    if client.benefit_end:
        entries.append(
            Entry(
                client.benefit_end,
                "benefit",
                _("Uitkering beëindigd"),
                label(client.benefit_end_reason, "BENEFIT_END_REASONS")
                if client.benefit_end_reason
                else "",
            )
        )
    if today is not None:
        entries = [e for e in entries if e.on <= today]
    return sorted(entries, key=lambda e: (e.on, e.order), reverse=True)
