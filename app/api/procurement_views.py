"""Procurement: contracts with their stored status, the review queue, catalogues and the annual
report. Mirrors app/procurement (contracts.py, review.py, catalogues.py, reports.py)."""

from __future__ import annotations

from flask_babel import gettext as _
from flask_login import current_user
from marshmallow import fields, validate
from werkzeug.datastructures import MultiDict

from app.api import procurement as blp
from app.api.auth import allow
from app.api.common import decimal_text, form_value, paginate
from app.api.docs_helpers import problems
from app.api.employer_schemas import Activity, Contract, ContractPage
from app.api.employer_views import activity_out, contract_out
from app.api.problems import Problem
from app.api.schemas import Base, Day, Int, Number, PageArgs, Str, Timestamp, page_of
from app.employer import common
from app.extensions import db
from app.fields import options
from app.models import Catalogue as CatalogueModel
from app.models import Contract as ContractModel
from app.models import SroiActivity
from app.procurement.forms import ContractForm
from app.security import catalogues_to_award, get_for_user_or_404, staff_scope
from app.services import activity_review, audit, sroi_contracts, sroi_reports
from app.services.sroi_bridge import EngineCatalogues

PROCUREMENT = ("procurement",)


def _scope() -> set[int]:
    return staff_scope(current_user)


# --------------------------------------------------------------------------- contracts


class ContractIn(Base):
    authority_id = Int(metadata={"description": "Opdrachtgever; standaard uw eigen organisatie."})
    supplier = Str(metadata={"description": "Leverancier: naam of KvK-nummer (verplicht)."})
    reference = Str(metadata={"description": "Kenmerk (verplicht)."})
    title = Str(metadata={"description": "Titel van de opdracht (verplicht)."})
    value = Number(metadata={"description": "Opdrachtwaarde excl. btw in euro (verplicht)."})
    sroi_percentage = Number(metadata={"description": "SROI-percentage, standaard 5."})
    catalogue_id = Int(metadata={"description": "Bouwblokkenmodel (verplicht)."})
    start_date = Day(metadata={"description": "Startdatum (verplicht)."})
    end_date = Day(metadata={"description": "Einddatum (verplicht)."})
    reduction_percentage = Number(allow_none=True)
    penalty_percentage = Number(allow_none=True)
    responsible_user_id = Int(allow_none=True)


class ContractListArgs(PageArgs):
    year = Int(
        load_default=None,
        validate=validate.Range(min=1900, max=2200, error="Kies een jaar tussen 1900 en 2200."),
        metadata={"description": "Alleen contracten die in dit jaar lopen."},
    )


def _contract_form(values: dict, contract: ContractModel | None) -> ContractForm:
    """The page's contract form with the same choices, filled in with `values`."""
    formdata = MultiDict()
    for name, value in values.items():
        for text in form_value(value):
            formdata.add(name, text)
    form = ContractForm(formdata=formdata, meta={"csrf": False})
    authorities = sroi_contracts.authorities_for(current_user)
    form.authority_id.choices = options([(a.id, a.name) for a in authorities])
    form.thresholds = {a.id: a.sroi_threshold for a in authorities}
    catalogues = list(db.session.scalars(catalogues_to_award(current_user)))
    if contract is not None and contract.catalogue not in catalogues:
        catalogues.append(contract.catalogue)
    form.catalogue_id.choices = options([(c.id, c.name) for c in catalogues])
    form.responsible_user_id.choices = options(
        [(0, "—")] + [(u.id, u.name) for u in sroi_contracts.responsible_candidates(current_user)]
    )
    if not form.validate():
        raise Problem(422, errors=dict(form.errors))
    return form


def _values(data: dict) -> dict:
    values = dict(data)
    for name in ("value", "sroi_percentage", "reduction_percentage", "penalty_percentage"):
        if values.get(name) is not None:  # the form reads a decimal comma
            values[name] = decimal_text(values[name])
    if values.get("responsible_user_id") is None:
        values["responsible_user_id"] = 0
    return values


@blp.route("/procurement/contracts", methods=["GET"])
@allow(PROCUREMENT, "sroi")
@blp.arguments(ContractListArgs, location="query")
@blp.response(200, ContractPage)
@problems(blp, 422)
def contracts(args):
    """Contracten van uw organisatie (of regio) met hun stand van vandaag."""
    query = db.select(ContractModel).where(ContractModel.authority_id.in_(_scope()))
    if args.get("year"):
        query = query.where(sroi_reports.running_in(args["year"]))
    query = query.order_by(ContractModel.end_date, ContractModel.reference)
    page = paginate(query, args, ContractModel.updated_at)
    catalogues = EngineCatalogues()
    page["items"] = [contract_out(c, catalogues) for c in page["items"]]
    return page


@blp.route("/procurement/contracts", methods=["POST"])
@allow(PROCUREMENT, "sroi", "write")
@blp.arguments(ContractIn, location="json")
@blp.response(201, Contract)
@problems(blp, 422)
def contract_create(data):
    """Nieuw contract met een SROI-verplichting (dezelfde controles als het formulier)."""
    values = _values(
        {
            "authority_id": current_user.organisation_id,
            "sroi_percentage": 5,
            "reduction_percentage": 0,
            "penalty_percentage": 100,
            **data,
        }
    )
    form = _contract_form(values, None)
    try:
        contract = sroi_contracts.create_contract(form.service_data(), current_user)
    except sroi_contracts.ContractError as exc:
        db.session.rollback()
        raise Problem(422, errors=exc.errors) from None
    db.session.commit()
    return contract_out(contract)


@blp.route("/procurement/contracts/<int(max=2147483647):contract_id>", methods=["GET"])
@allow(PROCUREMENT, "sroi")
@blp.response(200, Contract)
@problems(blp, 404)
def contract(contract_id: int):
    """Eén contract met zijn stand."""
    return contract_out(get_for_user_or_404(ContractModel, contract_id))


@blp.route("/procurement/contracts/<int(max=2147483647):contract_id>", methods=["PATCH"])
@allow(PROCUREMENT, "sroi", "write")
@blp.arguments(ContractIn, location="json")
@blp.response(200, Contract)
@problems(blp, 404, 422)
def contract_update(data, contract_id: int):
    """Contract wijzigen: alleen de meegestuurde velden veranderen."""
    obj = get_for_user_or_404(ContractModel, contract_id)
    current = {
        name: getattr(obj, name)
        for name in (
            "authority_id",
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
        )
    }
    current["supplier"] = sroi_contracts.supplier_label(obj.supplier)
    form = _contract_form(_values({**current, **data}), obj)
    try:
        sroi_contracts.update_contract(obj, form.service_data(), current_user)
    except sroi_contracts.ContractError as exc:
        db.session.rollback()
        raise Problem(422, errors=exc.errors) from None
    db.session.commit()
    return contract_out(obj)


# --------------------------------------------------------------------------- review


class ReviewItem(Activity):
    contract_reference = fields.String(required=True)
    value = fields.String(
        allow_none=True, metadata={"description": "Waarde volgens de rekenmachine (euro)."}
    )
    valuation_error = fields.String(allow_none=True)
    waiting_days = fields.Integer()
    version = fields.Integer(
        required=True, metadata={"description": "Stuur mee bij het besluit (gelijktijdigheid)."}
    )


ReviewPage = page_of(ReviewItem, "ReviewPage")


class DecisionIn(Base):
    decision = Str(
        load_default=None,
        metadata={"enum": ["accept", "reject"], "description": "Goedkeuren of afkeuren."},
    )
    reason = Str(
        load_default="",
        metadata={"description": "Reden (verplicht bij afkeuren).", "maxLength": 2000},
    )
    version = Int(
        load_default=None,
        validate=validate.Range(min=0, max=2**31 - 1, error="Deze versie bestaat niet."),
        metadata={"description": "De versie die u zag (uit de wachtrij)."},
    )


def review_out(activity: SroiActivity, catalogues=None) -> dict:
    entry = activity_review.item(activity, common.today(), catalogues)
    return {
        **activity_out(activity),
        "contract_reference": activity.contract.reference,
        "value": format(entry.valuation.value, "f") if entry.valuation else None,
        "valuation_error": entry.error,
        "waiting_days": entry.waiting_days,
        "version": activity.version,
    }


@blp.route("/procurement/review", methods=["GET"])
@allow(PROCUREMENT, "sroi")
@blp.arguments(PageArgs, location="query")
@blp.response(200, ReviewPage)
@problems(blp, 422)
def review_queue(args):
    """Ingediende activiteiten om te beoordelen, oudste eerst, met hun waarde."""
    page = paginate(activity_review.queue_query(_scope()), args, SroiActivity.updated_at)
    catalogues = EngineCatalogues()
    rows = page["items"]
    page["items"] = [review_out(a, catalogues) for a in rows]
    # The candidates listed, findable per client (the review page records its candidate too).
    audit.commit_list_read([a.client_id for a in rows], "beoordelen (API)")
    return page


@blp.route("/procurement/activities/<int(max=2147483647):activity_id>/decision", methods=["POST"])
@allow(PROCUREMENT, "sroi", "write")
@blp.arguments(DecisionIn, location="json")
@blp.response(200, ReviewItem)
@problems(blp, 404, 409, 422)
def review_decide(data, activity_id: int):
    """Een activiteit goedkeuren of afkeuren (409 als er al over besloten is)."""
    activity = get_for_user_or_404(SroiActivity, activity_id)
    if activity.state != "submitted":
        raise Problem(409, _("Over deze activiteit is al besloten."))
    if data.get("version") is None:
        raise Problem(422, errors={"version": [_("Stuur de versie mee die u in de wachtrij zag.")]})
    try:
        activity_review.decide(
            activity,
            data.get("decision") or "",
            data.get("reason") or "",
            current_user._get_current_object(),
            data["version"],
            common.today(),
        )
    except activity_review.ReviewError as exc:
        db.session.rollback()
        raise Problem(422, errors=exc.errors) from None
    except activity_review.ReviewConflict as exc:
        raise Problem(409, exc.message) from None
    db.session.commit()
    return review_out(activity)


# --------------------------------------------------------------------------- catalogues


class Block(Base):
    code = fields.String(required=True)
    label = fields.String(required=True)
    unit = fields.String(required=True)
    value = fields.Decimal(as_string=True, metadata={"type": "string", "format": "decimal"})
    max_years = fields.Integer(allow_none=True)
    benefit = fields.String(allow_none=True)


class Bonus(Base):
    code = fields.String(required=True)
    label = fields.String(required=True)
    value = fields.Decimal(as_string=True, metadata={"type": "string", "format": "decimal"})


class Catalogue(Base):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    title = fields.String(required=True)
    source = fields.String(allow_none=True)
    is_preset = fields.Boolean()
    fulltime_hours = fields.Decimal(
        as_string=True, allow_none=True, metadata={"type": "string", "format": "decimal"}
    )
    updated_at = Timestamp()
    blocks = fields.List(fields.Nested(Block))
    bonuses = fields.List(fields.Nested(Bonus))


CataloguePage = page_of(Catalogue, "CataloguePage")


@blp.route("/procurement/catalogues", methods=["GET"])
@allow(PROCUREMENT, "catalogues")
@blp.arguments(PageArgs, location="query")
@blp.response(200, CataloguePage)
@problems(blp, 422)
def catalogues(args):
    """Bouwblokkenmodellen: de standaardmodellen en die van uw organisatie."""
    scope = _scope()
    used = db.select(ContractModel.catalogue_id).where(ContractModel.authority_id.in_(scope))
    query = (
        db.select(CatalogueModel)
        .where(
            db.or_(
                CatalogueModel.is_preset.is_(True),
                CatalogueModel.owner_id.in_(scope),
                CatalogueModel.id.in_(used),
            )
        )
        .order_by(CatalogueModel.is_preset.desc(), CatalogueModel.name)
    )
    return paginate(query, args, CatalogueModel.updated_at)


@blp.route("/procurement/catalogues/<int(max=2147483647):catalogue_id>", methods=["GET"])
@allow(PROCUREMENT, "catalogues")
@blp.response(200, Catalogue)
@problems(blp, 404)
def catalogue(catalogue_id: int):
    """Eén bouwblokkenmodel met zijn bouwblokken en extra's."""
    return get_for_user_or_404(CatalogueModel, catalogue_id)


# --------------------------------------------------------------------------- annual report


class ReportArgs(Base):
    year = Int(
        load_default=None,
        validate=validate.Range(min=1900, max=2200, error="Kies een jaar tussen 1900 en 2200."),
        metadata={"description": "Het jaar; standaard dit jaar."},
    )
    authority_id = Int(
        load_default=None, metadata={"description": "Eén opdrachtgever; standaard alle."}
    )


class ReportContract(Base):
    reference = fields.String(required=True)
    title = fields.String(required=True)
    supplier = fields.String(required=True)
    state = fields.String(required=True)
    final = fields.Boolean()
    realized_in_year = fields.String(metadata={"format": "decimal"})
    obligation = fields.String(allow_none=True, metadata={"format": "decimal"})
    shortfall = fields.String(allow_none=True, metadata={"format": "decimal"})
    penalty = fields.String(allow_none=True, metadata={"format": "decimal"})


class ReportBlock(Base):
    label = fields.String(required=True)
    activities = fields.Integer()
    realized_in_year = fields.String(metadata={"format": "decimal"})


class AnnualReport(Base):
    title = fields.String(required=True)
    year = fields.Integer(required=True)
    as_of = fields.Date(required=True)
    authorities = fields.List(fields.String())
    people = fields.Integer(metadata={"description": "Mensen aan het werk via SROI in het jaar."})
    contracts = fields.Integer()
    value = fields.String(metadata={"format": "decimal"})
    obligation = fields.String(metadata={"format": "decimal"})
    realized = fields.String(metadata={"format": "decimal"})
    realized_in_year = fields.String(metadata={"format": "decimal"})
    shortfall_in_year = fields.String(metadata={"format": "decimal"})
    penalty_in_year = fields.String(metadata={"format": "decimal"})
    blocks = fields.List(fields.Nested(ReportBlock))
    lines = fields.List(fields.Nested(ReportContract))
    errors = fields.List(fields.String())


def _amount(value) -> str | None:
    return None if value is None else format(value, "f")


@blp.route("/procurement/reports/annual", methods=["GET"])
@allow(PROCUREMENT, "catalogues")
@blp.arguments(ReportArgs, location="query")
@blp.response(200, AnnualReport)
@problems(blp, 422)
def annual_report(args):
    """De SROI-jaarrapportage als gegevens (zoals de pagina Rapportages)."""
    authorities = sroi_contracts.authorities_for(current_user)
    if args.get("authority_id") is not None:
        authorities = [a for a in authorities if a.id == args["authority_id"]]
        if not authorities:
            raise Problem(422, errors={"authority_id": [_("Kies een opdrachtgever uit de lijst.")]})
    year = args.get("year") or common.today().year
    report = sroi_reports.annual_report(authorities, year, common.today())
    t = report.totals
    return {
        "title": report.title,
        "year": report.year,
        "as_of": report.as_of,
        "authorities": report.authority_names,
        "people": report.people,
        "contracts": t.count,
        "value": _amount(t.value),
        "obligation": _amount(t.obligation),
        "realized": _amount(t.realized),
        "realized_in_year": _amount(report.realized_in_year),
        "shortfall_in_year": _amount(report.shortfall_in_year),
        "penalty_in_year": _amount(report.penalty_in_year),
        "blocks": [
            {
                "label": b.label,
                "activities": b.activities,
                "realized_in_year": _amount(b.realized_in_year),
            }
            for b in report.blocks
        ],
        "lines": [
            {
                "reference": r.line.contract.reference,
                "title": r.line.contract.title,
                "supplier": r.line.contract.supplier.name,
                "state": r.line.state,
                "final": r.final,
                "realized_in_year": _amount(r.realized_in_year),
                "obligation": _amount(r.line.status.obligation) if r.line.status else None,
                "shortfall": _amount(r.line.status.shortfall) if r.line.status else None,
                "penalty": _amount(r.line.status.penalty) if r.line.status else None,
            }
            for r in report.lines
        ],
        "errors": report.errors,
    }
