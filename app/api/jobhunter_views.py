"""Jobhunters: open vacancies, and placements and exits of the clients of their municipality (or
region). Client names only with the `clients:read` scope, pseudonyms otherwise; every list that
shows clients is audited per client (`audit.commit_list_read`), like the pages."""

from __future__ import annotations

from flask import g
from flask_login import current_user
from marshmallow import fields, validate

from app.api import jobhunter as blp
from app.api.auth import allow
from app.api.candidate_views import PlacementOut, placement_out
from app.api.common import paginate
from app.api.docs_helpers import problems
from app.api.employer_schemas import Vacancy
from app.api.employer_views import vacancy_out
from app.api.schemas import Base, Int, PageArgs, Str, Timestamp, page_of
from app.employer import common
from app.extensions import db
from app.models import Client, Placement
from app.models import Vacancy as VacancyModel
from app.security import get_for_user_or_404, staff_scope
from app.services import audit, matching_ranking
from app.services.vacancy_records import open_on

JOBHUNTER = ("jobhunter",)


class JobhunterVacancy(Vacancy):
    employer = fields.String(required=True)


JobhunterVacancyPage = page_of(JobhunterVacancy, "JobhunterVacancyPage")


class VacancySearch(PageArgs):
    q = Str(load_default="", metadata={"description": "Zoek in de titel.", "maxLength": 100})


@blp.route("/jobhunter/vacancies", methods=["GET"])
@allow(JOBHUNTER, "vacancies")
@blp.arguments(VacancySearch, location="query")
@blp.response(200, JobhunterVacancyPage)
@problems(blp, 422)
def vacancies(args):
    """Open vacatures (jobhunters zien alle open vacatures), nieuwste eerst."""
    query = db.select(VacancyModel).where(open_on(common.today()))
    term = (args.get("q") or "").strip()[:100]
    if term:
        query = query.where(VacancyModel.title.ilike(f"%{term}%"))
    query = query.order_by(VacancyModel.created_at.desc(), VacancyModel.id.desc())
    page = paginate(query, args, VacancyModel.updated_at)
    page["items"] = [{**vacancy_out(v), "employer": v.employer.name} for v in page["items"]]
    return page


def _names() -> bool:
    """Whether the token may see client names (else pseudonyms)."""
    return "clients:read" in g.api_token.scope_set


def _client_label(client: Client) -> str:
    if _names():
        return f"{client.first_name} {client.last_name}".strip() or client.pseudonym
    return client.pseudonym


class JobhunterPlacement(PlacementOut):
    client_id = fields.Integer(required=True)
    employer = fields.String(allow_none=True)


JobhunterPlacementPage = page_of(JobhunterPlacement, "JobhunterPlacementPage")


@blp.route("/jobhunter/placements", methods=["GET"])
@allow(JOBHUNTER, "candidates")
@blp.arguments(PageArgs, location="query")
@blp.response(200, JobhunterPlacementPage)
@problems(blp, 422)
def placements(args):
    """Plaatsingen van klanten van uw gemeente (of regio), nieuwste eerst."""
    query = (
        db.select(Placement)
        .join(Client, Placement.client_id == Client.id)
        .where(Client.municipality_id.in_(staff_scope(current_user)))
        .order_by(Placement.start_date.desc(), Placement.id.desc())
    )
    page = paginate(query, args, Placement.updated_at)
    rows = page["items"]
    page["items"] = [
        {
            **placement_out(p, _client_label(p.client)),
            "client_id": p.client_id,
            "employer": p.employer.name if p.employer else (p.employer_name or None),
        }
        for p in rows
    ]
    audit.commit_list_read([p.client_id for p in rows], "plaatsingen (API)")
    return page


class Exit(Base):
    client_id = fields.Integer(required=True)
    client = fields.String(required=True, metadata={"description": "Naam of pseudoniem."})
    benefit_end = fields.Date(required=True)
    benefit_end_reason = fields.String(allow_none=True)
    updated_at = Timestamp()


ExitPage = page_of(Exit, "ExitPage")


@blp.route("/jobhunter/exits", methods=["GET"])
@allow(JOBHUNTER, "candidates")
@blp.arguments(PageArgs, location="query")
@blp.response(200, ExitPage)
@problems(blp, 422)
def exits(args):
    """Uitstroom: klanten van uw gemeente (of regio) van wie de uitkering is beëindigd."""
    query = (
        db.select(Client)
        .where(
            Client.municipality_id.in_(staff_scope(current_user)),
            Client.benefit_end.is_not(None),
            Client.anonymised_at.is_(None),
        )
        .order_by(Client.benefit_end.desc(), Client.id.desc())
    )
    page = paginate(query, args, Client.updated_at)
    rows = page["items"]
    page["items"] = [
        {
            "client_id": c.id,
            "client": _client_label(c),
            "benefit_end": c.benefit_end,
            "benefit_end_reason": c.benefit_end_reason,
            "updated_at": c.updated_at,
        }
        for c in rows
    ]
    audit.commit_list_read([c.id for c in rows], "uitstroom (API)")
    return page


class MatchArgs(Base):
    k = Int(
        load_default=10,
        validate=validate.Range(min=1, max=50, error="Kies 1 tot en met 50 vacatures."),
        metadata={"description": "Hoeveel vacatures, de beste eerst."},
    )


class Match(Base):
    rank = fields.Integer(required=True)
    score = fields.Integer(required=True, metadata={"description": "Van 0 tot 100."})
    reasons = fields.List(fields.String(), metadata={"description": "Waarom deze vacature past."})
    vacancy = fields.Nested(JobhunterVacancy, required=True)


class ClientMatches(Base):
    client_id = fields.Integer(required=True)
    client = fields.String(required=True, metadata={"description": "Naam of pseudoniem."})
    matches = fields.List(fields.Nested(Match), required=True)


@blp.route("/jobhunter/clients/<int(max=2147483647):client_id>/matches", methods=["GET"])
@allow(JOBHUNTER, "candidates")
@blp.arguments(MatchArgs, location="query")
@blp.response(200, ClientMatches)
@problems(blp, 404, 422)
def client_matches(args, client_id: int):
    """De best passende open vacatures voor een klant, met redenen (zoals de pagina Matches)."""
    client = get_for_user_or_404(Client, client_id)
    ranked = matching_ranking.rank_vacancies(client, k=args["k"])
    body = {
        "client_id": client.id,
        "client": _client_label(client),
        "matches": [
            {
                "rank": position,
                "score": round(match.score * 100),
                "reasons": list(match.reasons),
                "vacancy": {**vacancy_out(vacancy), "employer": vacancy.employer.name},
            }
            for position, (vacancy, match) in enumerate(ranked, start=1)
        ],
    }
    audit.commit_read(client, detail="matches (API)")
    return body
