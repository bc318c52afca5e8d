"""Employers and suppliers: their vacancies, their contracts' SROI status and SROI activities.

Mirrors the employer pages (app/employer/vacancies.py, social_return.py): the same forms
validate, the same services store and audit, `get_for_user_or_404` loads every object.
"""

from __future__ import annotations

from flask import g, request
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy.orm.exc import StaleDataError
from werkzeug.datastructures import MultiDict

from app.api import employer as blp
from app.api.auth import allow
from app.api.common import paginate, validated_form
from app.api.docs_helpers import problems
from app.api.employer_schemas import (
    Activity,
    ActivityIn,
    ActivityPage,
    Contract,
    ContractPage,
    PageArgs,
    Vacancy,
    VacancyIn,
    VacancyListArgs,
    VacancyPage,
)
from app.api.problems import Problem
from app.employer import common
from app.employer.forms import ActivityForm, VacancyForm
from app.extensions import db
from app.fields import options
from app.models import Contract as ContractModel
from app.models import SroiActivity
from app.models import Vacancy as VacancyModel
from app.security import get_for_user_or_404
from app.services import activity_reporting, evidence_files
from app.services.sroi_bridge import EngineCatalogues, status_for
from app.services.vacancy_records import (
    open_on,
    save_vacancy,
    set_vacancy_status,
    vacancy_form_data,
)

EMPLOYER = ("employer",)


# --------------------------------------------------------------------------- vacancies


def vacancy_out(vacancy: VacancyModel) -> dict:
    data = {name: getattr(vacancy, name) for name in Vacancy._declared_fields}
    data["occupation"] = vacancy.occupation.preferred_label if vacancy.occupation else None
    data["status"] = vacancy.status_on(common.today())
    return data


@blp.route("/employer/vacancies", methods=["GET"])
@allow(EMPLOYER, "vacancies")
@blp.arguments(VacancyListArgs, location="query")
@blp.response(200, VacancyPage)
@problems(blp, 422)
def vacancies(args):
    """Eigen vacatures (nieuwste eerst)."""
    query = db.select(VacancyModel).where(VacancyModel.employer_id == g.employer.id)
    if args["status"] == "open":
        query = query.where(open_on(common.today()))
    elif args["status"] == "closed":
        query = query.where(db.not_(open_on(common.today())))
    query = query.order_by(VacancyModel.created_at.desc(), VacancyModel.id.desc())
    page = paginate(query, args, VacancyModel.updated_at)
    page["items"] = [vacancy_out(v) for v in page["items"]]
    return page


def _vacancy_form(data: dict) -> VacancyForm:
    values = dict(data)
    if "paid" in values:
        values["paid"] = "1" if values["paid"] else "0"
    for name in ("physical_load", "education_level", "language_level"):
        if values.get(name) is None and name in values:
            values[name] = ""
    return validated_form(VacancyForm, values)


@blp.route("/employer/vacancies", methods=["POST"])
@allow(EMPLOYER, "vacancies", "write")
@blp.arguments(VacancyIn, location="json")
@blp.response(201, Vacancy)
@problems(blp, 422)
def vacancy_create(data):
    """Nieuwe vacature (dezelfde controles als het formulier)."""
    values = {"postcode": g.employer.postcode, "kind": "job", "paid": True, **data}
    form = _vacancy_form(values)
    vacancy = save_vacancy(g.employer, form, user=current_user._get_current_object())
    db.session.commit()
    return vacancy_out(vacancy)


@blp.route("/employer/vacancies/<int(max=2147483647):vacancy_id>", methods=["GET"])
@allow(EMPLOYER, "vacancies")
@blp.response(200, Vacancy)
@problems(blp, 404)
def vacancy(vacancy_id: int):
    """Eén eigen vacature."""
    return vacancy_out(get_for_user_or_404(VacancyModel, vacancy_id))


@blp.route("/employer/vacancies/<int(max=2147483647):vacancy_id>", methods=["PATCH"])
@allow(EMPLOYER, "vacancies", "write")
@blp.arguments(VacancyIn, location="json")
@blp.response(200, Vacancy)
@problems(blp, 404, 422)
def vacancy_update(data, vacancy_id: int):
    """Vacature wijzigen: alleen de meegestuurde velden veranderen."""
    obj = get_for_user_or_404(VacancyModel, vacancy_id)
    values = vacancy_form_data(obj)
    values["paid"] = obj.paid
    values.update(data)
    form = _vacancy_form(values)
    save_vacancy(obj.employer, form, obj, user=current_user._get_current_object())
    db.session.commit()
    return vacancy_out(obj)


@blp.route("/employer/vacancies/<int(max=2147483647):vacancy_id>/close", methods=["POST"])
@allow(EMPLOYER, "vacancies", "write")
@blp.response(200, Vacancy)
@problems(blp, 404)
def vacancy_close(vacancy_id: int):
    """Vacature sluiten: er worden geen kandidaten meer voorgesteld."""
    obj = get_for_user_or_404(VacancyModel, vacancy_id)
    if obj.status != "closed":
        set_vacancy_status(obj, "closed")
        db.session.commit()
    return vacancy_out(obj)


# --------------------------------------------------------------------------- contracts


def contract_out(contract: ContractModel, catalogues: EngineCatalogues | None = None) -> dict:
    status = status_for(contract, common.today(), catalogues)
    return {
        **{
            name: getattr(contract, name)
            for name in Contract._declared_fields
            if hasattr(contract, name) and name not in ("authority", "supplier", "status")
        },
        "authority": contract.authority.name,
        "supplier": contract.supplier.name,
        "status": status_out(status),
    }


def status_out(status) -> dict:
    return {
        "as_of": status.as_of,
        "state": status.state,
        "state_label": status.state_label,
        "summary": status.summary,
        **{
            name: getattr(status, name)
            for name in (
                "obligation",
                "realized",
                "pending",
                "expected",
                "shortfall",
                "penalty",
                "remaining",
            )
        },
    }


@blp.route("/employer/contracts", methods=["GET"])
@allow(EMPLOYER, "sroi")
@blp.arguments(PageArgs, location="query")
@blp.response(200, ContractPage)
@problems(blp, 422)
def contracts(args):
    """Eigen contracten met social return, met hun stand van vandaag."""
    query = (
        db.select(ContractModel)
        .where(ContractModel.supplier_id == g.employer.id)
        .order_by(ContractModel.start_date.desc(), ContractModel.id.desc())
    )
    page = paginate(query, args, ContractModel.updated_at)
    catalogues = EngineCatalogues()
    page["items"] = [contract_out(c, catalogues) for c in page["items"]]
    return page


@blp.route("/employer/contracts/<int(max=2147483647):contract_id>", methods=["GET"])
@allow(EMPLOYER, "sroi")
@blp.response(200, Contract)
@problems(blp, 404)
def contract(contract_id: int):
    """Eén contract met zijn stand: verplichting, gerealiseerd, in behandeling, verwacht."""
    return contract_out(get_for_user_or_404(ContractModel, contract_id))


# --------------------------------------------------------------------------- activities


def activity_out(activity: SroiActivity) -> dict:
    data = {
        name: getattr(activity, name)
        for name in Activity._declared_fields
        if name not in ("candidate", "evidence")
    }
    data["candidate"] = activity.client.pseudonym if activity.client else None
    data["evidence"] = [e for e in activity.evidence if e.removed_at is None]
    return data


@blp.route("/employer/contracts/<int(max=2147483647):contract_id>/activities", methods=["GET"])
@allow(EMPLOYER, "sroi")
@blp.arguments(PageArgs, location="query")
@blp.response(200, ActivityPage)
@problems(blp, 404, 422)
def activities(args, contract_id: int):
    """De gemelde activiteiten van een contract."""
    obj = get_for_user_or_404(ContractModel, contract_id)
    query = (
        db.select(SroiActivity)
        .where(SroiActivity.contract_id == obj.id)
        .order_by(SroiActivity.start_date, SroiActivity.id)
    )
    page = paginate(query, args, SroiActivity.updated_at)
    page["items"] = [activity_out(a) for a in page["items"]]
    return page


def _activity_input(contract: ContractModel, data: dict):
    candidates = activity_reporting.candidate_options(contract)
    values = {k: v for k, v in data.items() if k not in ("submit", "bonuses")}
    formdata = MultiDict()
    for name, value in values.items():
        formdata.add(name, value)
    for code in (data.get("bonuses") or "").split(","):
        if code.strip():
            formdata.add("bonuses", code.strip())
    form = ActivityForm(formdata=formdata, meta={"csrf": False})
    catalogue = contract.catalogue
    form.block.choices = options([(b.code, b.label) for b in catalogue.blocks], "")
    form.bonuses.choices = options([(b.code, b.label) for b in catalogue.bonuses])
    form.candidate.choices = options([(v, v) for v, _t, _c in candidates], "")
    if not form.validate():
        raise Problem(422, errors=dict(form.errors))
    if not form.block.data:
        raise Problem(422, errors={"block": [_("Kies een bouwblok.")]})
    return form.activity_input(candidates)


def _reporting_problem(error: activity_reporting.ReportingError) -> Problem:
    db.session.rollback()
    return Problem(422, str(error), errors={error.field or "": [str(error)]})


@blp.route("/employer/contracts/<int(max=2147483647):contract_id>/activities", methods=["POST"])
@allow(EMPLOYER, "sroi", "write")
@blp.arguments(ActivityIn, location="form", content_type="multipart/form-data")
@blp.response(201, Activity)
@problems(blp, 404, 413, 422)
def activity_create(data, contract_id: int):
    """Nieuwe activiteit melden, met bewijsstukken (multipart/form-data).

    De SROI-rekenmachine controleert de activiteit zoals op de pagina; met submit=1 gaat ze
    meteen naar de opdrachtgever ter beoordeling.
    """
    obj = get_for_user_or_404(ContractModel, contract_id)
    data_input = _activity_input(obj, data)
    try:
        activity = activity_reporting.report(
            obj,
            data_input,
            request.files.getlist("evidence"),
            current_user._get_current_object(),
            data.get("submit") == "1",
        )
        db.session.commit()
    except activity_reporting.ReportingError as error:
        raise _reporting_problem(error) from None
    return activity_out(activity)


@blp.route("/employer/activities/<int(max=2147483647):activity_id>", methods=["GET"])
@allow(EMPLOYER, "sroi")
@blp.response(200, Activity)
@problems(blp, 404)
def activity(activity_id: int):
    """Eén activiteit met haar bewijsstukken en beoordeling."""
    return activity_out(get_for_user_or_404(SroiActivity, activity_id))


@blp.route("/employer/activities/<int(max=2147483647):activity_id>/submit", methods=["POST"])
@allow(EMPLOYER, "sroi", "write")
@blp.response(200, Activity)
@problems(blp, 404, 409, 422)
def activity_submit(activity_id: int):
    """Een concept indienen ter beoordeling (409 als het al is ingediend of beoordeeld)."""
    obj = get_for_user_or_404(SroiActivity, activity_id)
    if obj.state != "draft":
        raise Problem(409, _("Deze activiteit is al ingediend."))
    try:
        activity_reporting.submit(obj)
        db.session.commit()
    except activity_reporting.ReportingError as error:
        raise _reporting_problem(error) from None
    except StaleDataError:
        db.session.rollback()
        raise Problem(409) from None
    return activity_out(obj)


@blp.route("/employer/activities/<int(max=2147483647):activity_id>/withdraw", methods=["POST"])
@allow(EMPLOYER, "sroi", "write")
@blp.response(204)
@problems(blp, 404, 409)
def activity_withdraw(activity_id: int):
    """Een activiteit intrekken die nog niet is beoordeeld (met haar bewijsstukken)."""
    obj = get_for_user_or_404(SroiActivity, activity_id)
    try:
        paths = activity_reporting.withdraw(obj)
        db.session.commit()
    except activity_reporting.ReportingError as error:
        db.session.rollback()
        raise Problem(409, str(error)) from None
    except StaleDataError:
        db.session.rollback()
        raise Problem(409) from None
    evidence_files.discard(paths)
    return None
