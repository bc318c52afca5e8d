"""Employers: proposals of candidates for their vacancies (list, read, answer) and their
placements (list). Mirrors app/employer/candidates.py and placements.py: pseudonyms only, the
profile read audited per client like the page."""

from __future__ import annotations

from flask import g
from flask_babel import gettext as _
from flask_login import current_user
from marshmallow import fields, validate

from app.api import employer as blp
from app.api.auth import allow
from app.api.common import paginate, validated_form
from app.api.docs_helpers import problems
from app.api.problems import Problem
from app.api.schemas import (
    Base,
    Bool,
    Day,
    DecimalText,
    Int,
    Number,
    PageArgs,
    Str,
    Timestamp,
    page_of,
)
from app.employer import common
from app.employer.forms import AnswerForm, PlacementEndForm, PlacementStartForm
from app.extensions import db
from app.fields import options
from app.models import Contract as ContractModel
from app.models import Placement, Proposal
from app.models.choices import CONTRACT_TYPES, END_REASONS
from app.security import employer_proposals, get_for_user_or_404
from app.services import audit, placement_lifecycle, proposals

EMPLOYER = ("employer",)
STATUSES = ("proposed", "invited", "rejected", "hired", "withdrawn")


class ProposalOut(Base):
    id = fields.Integer(required=True)
    candidate = fields.String(required=True, metadata={"description": "Pseudoniem."})
    vacancy_id = fields.Integer(required=True)
    vacancy_title = fields.String(required=True)
    status = fields.String(required=True, metadata={"enum": list(STATUSES)})
    reason = fields.String()
    match_score = DecimalText(allow_none=True)
    note = fields.String(metadata={"description": "Toelichting van de jobhunter."})
    created_at = Timestamp()
    answered_at = Timestamp(allow_none=True)
    updated_at = Timestamp()


ProposalPage = page_of(ProposalOut, "ProposalPage")


class ProposalListArgs(PageArgs):
    status = Str(
        load_default=None,
        validate=validate.OneOf(STATUSES, error="Kies een van: " + ", ".join(STATUSES) + "."),
    )


class AnswerIn(Base):
    decision = Str(
        load_default=None,
        metadata={"enum": ["invited", "rejected"], "description": "Uitnodigen of niet passend."},
    )
    reason = Str(load_default="", metadata={"description": "Toelichting (verplicht bij nee)."})


def proposal_out(proposal: Proposal) -> dict:
    return {
        "id": proposal.id,
        "candidate": proposal.client.pseudonym,
        "vacancy_id": proposal.vacancy_id,
        "vacancy_title": proposal.vacancy.title,
        "status": proposal.status,
        "reason": proposal.reason,
        "match_score": proposal.match_score,
        "note": proposal.note,
        "created_at": proposal.created_at,
        "answered_at": proposal.answered_at,
        "updated_at": proposal.updated_at,
    }


@blp.route("/employer/proposals", methods=["GET"])
@allow(EMPLOYER, "candidates")
@blp.arguments(ProposalListArgs, location="query")
@blp.response(200, ProposalPage)
@problems(blp, 422)
def proposal_list(args):
    """Voorgestelde kandidaten voor uw vacatures (pseudoniemen), nieuwste eerst."""
    query = employer_proposals(g.employer)
    if args.get("status"):
        query = query.where(Proposal.status == args["status"])
    query = query.order_by(Proposal.created_at.desc(), Proposal.id.desc())
    page = paginate(query, args, Proposal.updated_at)
    page["items"] = [proposal_out(p) for p in page["items"]]
    return page


@blp.route("/employer/proposals/<int(max=2147483647):proposal_id>", methods=["GET"])
@allow(EMPLOYER, "candidates")
@blp.response(200, ProposalOut)
@problems(blp, 404)
def proposal(proposal_id: int):
    """Eén voorstel (gelezen wordt vastgelegd, zoals op de pagina)."""
    obj = get_for_user_or_404(Proposal, proposal_id)
    body = proposal_out(obj)
    audit.commit_read(obj, detail="kandidaatprofiel (API)")
    return body


@blp.route("/employer/proposals/<int(max=2147483647):proposal_id>/answer", methods=["POST"])
@allow(EMPLOYER, "candidates", "write")
@blp.arguments(AnswerIn, location="json")
@blp.response(200, ProposalOut)
@problems(blp, 404, 409, 422)
def proposal_answer(data, proposal_id: int):
    """Antwoord op een voorstel: uitnodigen voor een gesprek, of niet passend (met reden)."""
    obj = get_for_user_or_404(Proposal, proposal_id)
    if obj.status not in proposals.OPEN_STATUSES:
        raise Problem(
            409, _("Op dit voorstel is al een besluit genomen; u kunt het niet meer wijzigen.")
        )
    form = validated_form(AnswerForm, {k: v for k, v in data.items() if v is not None})
    try:
        proposals.answer(
            obj, form.decision.data, form.reason.data or "", current_user._get_current_object()
        )
    except proposals.ProposalError as error:
        db.session.rollback()
        raise Problem(422, str(error), errors={"decision": [str(error)]}) from None
    db.session.commit()
    return proposal_out(obj)


class PlacementOut(Base):
    id = fields.Integer(required=True)
    candidate = fields.String(required=True, metadata={"description": "Pseudoniem."})
    vacancy_id = fields.Integer(allow_none=True)
    kind = fields.String()
    start_date = fields.Date(required=True)
    end_date = fields.Date(allow_none=True)
    hours_per_week = DecimalText()
    contract_type = fields.String()
    outcome = fields.String()
    updated_at = Timestamp()


PlacementPage = page_of(PlacementOut, "PlacementPage")


def placement_out(placement: Placement, name: str | None = None) -> dict:
    return {
        "id": placement.id,
        "candidate": name or placement.client.pseudonym,
        "vacancy_id": placement.vacancy_id,
        "kind": placement.kind,
        "start_date": placement.start_date,
        "end_date": placement.end_date,
        "hours_per_week": placement.hours_per_week,
        "contract_type": placement.contract_type,
        "outcome": placement.outcome,
        "updated_at": placement.updated_at,
    }


@blp.route("/employer/placements", methods=["GET"])
@allow(EMPLOYER, "candidates")
@blp.arguments(PageArgs, location="query")
@blp.response(200, PlacementPage)
@problems(blp, 422)
def placement_list(args):
    """Mensen die bij u aan het werk zijn of waren via Werkbrug (pseudoniemen)."""
    query = (
        db.select(Placement)
        .where(Placement.employer_id == g.employer.id)
        .order_by(Placement.start_date.desc(), Placement.id.desc())
    )
    page = paginate(query, args, Placement.updated_at)
    page["items"] = [placement_out(p) for p in page["items"]]
    return page


class PlacementIn(Base):
    proposal_id = Int(metadata={"description": "Het voorstel van de kandidaat die begint."})
    start_date = Day(metadata={"description": "Eerste werkdag (verplicht)."})
    hours_per_week = Number(metadata={"description": "Uren per week (verplicht)."})
    contract_type = Str(metadata={"enum": list(CONTRACT_TYPES)})
    contract_months = Int(allow_none=True, metadata={"description": "Bij een tijdelijk contract."})
    hourly_wage = Number(allow_none=True)
    wage_value_pct = Number(allow_none=True, metadata={"description": "Loonwaarde in procenten."})
    jobcoach = Bool()
    wage_subsidy = Bool(metadata={"description": "Met loonkostensubsidie van de gemeente."})
    long_hours_confirmed = Bool(
        metadata={"description": "Bevestiging dat de werknemer meer dan 40 uur per week werkt."}
    )
    long_hours_reason = Str(metadata={"description": "Reden bij meer dan 40 uur per week."})
    before_flat_rate_subsidy = Bool(
        metadata={"description": "Onbetaalde proefplaatsing vóór forfaitaire loonkostensubsidie."}
    )
    contract_id = Int(
        allow_none=True,
        metadata={"description": "Telt mee voor de social return van dit contract."},
    )


class PlacementEndIn(Base):
    end_date = Day(metadata={"description": "Laatste werkdag (verplicht)."})
    reason = Str(metadata={"enum": list(END_REASONS)})
    explanation = Str(metadata={"description": "Toelichting (verplicht bij reden other)."})


@blp.route("/employer/placements", methods=["POST"])
@allow(EMPLOYER, "candidates", "write")
@blp.arguments(PlacementIn, location="json")
@blp.response(201, PlacementOut)
@problems(blp, 422)
def placement_register(data):
    """Een voorgestelde kandidaat begint bij u (zoals de pagina Plaatsing registreren)."""
    values = {k: v for k, v in data.items() if k not in ("proposal_id", "contract_id")}
    values.setdefault("contract_type", "temporary")
    values["proposal"] = data.get("proposal_id")
    values["contract"] = data.get("contract_id")
    eligible = placement_lifecycle.eligible_proposals(g.employer)
    contracts = db.session.scalars(
        db.select(ContractModel).where(ContractModel.supplier_id == g.employer.id)
    ).all()
    form = validated_form(
        PlacementStartForm,
        values,
        choices={
            "proposal": options([(p.id, p.id) for p in eligible], ""),
            "contract": options([(c.id, c.id) for c in contracts], ""),
        },
    )
    proposal_obj = get_for_user_or_404(Proposal, int(form.proposal.data))
    contract = (
        get_for_user_or_404(ContractModel, int(form.contract.data)) if form.contract.data else None
    )
    try:
        placement = placement_lifecycle.register_start(
            proposal_obj,
            contract=contract,
            user=current_user._get_current_object(),
            **form.start_terms(),
        )
    except placement_lifecycle.PlacementError as error:
        db.session.rollback()
        errors = {field or "start_date": [msg] for field, msg in error.errors.items()}
        raise Problem(422, errors=errors) from None
    db.session.commit()
    return placement_out(placement)


@blp.route("/employer/placements/<int(max=2147483647):placement_id>/end", methods=["POST"])
@allow(EMPLOYER, "candidates", "write")
@blp.arguments(PlacementEndIn, location="json")
@blp.response(200, PlacementOut)
@problems(blp, 404, 409, 422)
def placement_end(data, placement_id: int):
    """Het einde van een plaatsing melden (409 als het einde al gemeld is)."""
    obj = get_for_user_or_404(Placement, placement_id)
    if obj.end_date is not None:
        raise Problem(409, _("Het einde van deze plaatsing is al gemeld."))
    form = validated_form(PlacementEndForm, data)
    try:
        placement_lifecycle.register_end(
            obj,
            form.end_date.data,
            form.reason.data,
            (form.explanation.data or "").strip(),
            current_user._get_current_object(),
            common.today(),
        )
    except placement_lifecycle.PlacementError as error:
        db.session.rollback()
        errors = {field or "end_date": [msg] for field, msg in error.errors.items()}
        raise Problem(422, errors=errors) from None
    db.session.commit()
    return placement_out(obj)
