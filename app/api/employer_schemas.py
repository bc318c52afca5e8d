"""Schemas of the employer's operations: vacancies, contracts and SROI activities."""

from __future__ import annotations

from marshmallow import fields, validate

from app.api.schemas import (
    Base,
    Bool,
    Day,
    DecimalText,
    Number,
    PageArgs,
    Str,
    TextList,
    Timestamp,
    page_of,
)
from app.models.choices import (
    EDUCATION_LEVELS,
    EVIDENCE_KINDS,
    LANGUAGE_LEVELS,
    LOAD_LEVELS,
    VACANCY_KINDS,
)


def _codes(choices) -> list[str]:
    return list(choices)


class VacancyIn(Base):
    title = Str(
        metadata={"description": "Titel (verplicht bij een nieuwe vacature).", "maxLength": 200}
    )
    occupation = Str(metadata={"description": "Beroep (ESCO-benaming), mag leeg."})
    kind = Str(metadata={"enum": _codes(VACANCY_KINDS), "description": "Soort werkplek."})
    paid = Bool(metadata={"description": "Betaald (true) of onbetaald met behoud van uitkering."})
    description = Str()
    skills = TextList(metadata={"description": "Wat moet de kandidaat kunnen?"})
    wished_skills = TextList(metadata={"description": "Wat is mooi meegenomen?"})
    hours_min = Number(allow_none=True, metadata={"description": "Uren per week, minimaal."})
    hours_max = Number(allow_none=True, metadata={"description": "Uren per week, maximaal."})
    postcode = Str(metadata={"description": "Postcode van de werkplek (verplicht), 1234 AB."})
    start_date = Day(allow_none=True)
    closing_date = Day(allow_none=True, metadata={"description": "Reageren kan tot en met."})
    driving_licence = Bool()
    physical_load = Str(allow_none=True, metadata={"enum": ["", *_codes(LOAD_LEVELS)]})
    education_level = Str(allow_none=True, metadata={"enum": ["", *_codes(EDUCATION_LEVELS)]})
    language_level = Str(allow_none=True, metadata={"enum": ["", *LANGUAGE_LEVELS]})
    banenafspraak_suitable = Bool()


class Vacancy(Base):
    id = fields.Integer(required=True)
    title = fields.String(required=True)
    occupation = fields.String(allow_none=True)
    kind = fields.String(required=True)
    paid = fields.Boolean(required=True)
    description = fields.String()
    skills = fields.List(fields.String())
    wished_skills = fields.List(fields.String())
    hours_min = DecimalText(allow_none=True)
    hours_max = DecimalText(allow_none=True)
    postcode = fields.String(allow_none=True)
    start_date = fields.Date(allow_none=True)
    closing_date = fields.Date(allow_none=True)
    driving_licence = fields.Boolean()
    physical_load = fields.String(allow_none=True)
    education_level = fields.String(allow_none=True)
    language_level = fields.String(allow_none=True)
    banenafspraak_suitable = fields.Boolean()
    status = fields.String(
        required=True, metadata={"enum": ["open", "closed", "filled"], "description": "Vandaag."}
    )
    created_at = Timestamp()
    updated_at = Timestamp()


class VacancyListArgs(PageArgs):
    status = Str(
        load_default="all",
        validate=validate.OneOf(["open", "closed", "all"], error="Kies open, closed of all."),
        metadata={"description": "Open, gesloten of alle."},
    )


VacancyPage = page_of(Vacancy, "VacancyPage")


class ContractStatus(Base):
    """Where a contract stands today, valued by the SROI engine (euros)."""

    as_of = fields.Date(required=True)
    state = fields.String(
        required=True, metadata={"description": "fulfilled, not_met, on_track of behind"}
    )
    state_label = fields.String(required=True)
    summary = fields.String(required=True)
    obligation = DecimalText(required=True)
    realized = DecimalText(required=True)
    pending = DecimalText(required=True)
    expected = DecimalText(required=True)
    shortfall = DecimalText(required=True)
    penalty = DecimalText(required=True)
    remaining = DecimalText(required=True)


class Contract(Base):
    id = fields.Integer(required=True)
    reference = fields.String(required=True)
    title = fields.String(required=True)
    authority = fields.String(required=True, metadata={"description": "De opdrachtgever."})
    supplier = fields.String(required=True, metadata={"description": "De opdrachtnemer."})
    value = DecimalText(required=True)
    sroi_percentage = DecimalText(required=True)
    catalogue_id = fields.Integer(required=True)
    start_date = fields.Date(required=True)
    end_date = fields.Date(required=True)
    reduction_percentage = DecimalText()
    penalty_percentage = DecimalText()
    updated_at = Timestamp()
    status = fields.Nested(ContractStatus, required=True)


ContractPage = page_of(Contract, "ContractPage")


class Evidence(Base):
    id = fields.Integer(required=True)
    filename = fields.String(required=True)
    content_type = fields.String()
    size = fields.Integer()
    sha256 = fields.String()
    kind = fields.String(
        allow_none=True,
        metadata={"enum": list(EVIDENCE_KINDS), "description": "Wat het bewijsstuk is."},
    )
    uploaded_at = Timestamp()


class Activity(Base):
    id = fields.Integer(required=True)
    contract_id = fields.Integer(required=True)
    block_code = fields.String(required=True)
    candidate = fields.String(
        allow_none=True, metadata={"description": "Pseudoniem van de kandidaat, als bekend."}
    )
    candidate_description = fields.String()
    start_date = fields.Date(required=True)
    end_date = fields.Date(allow_none=True)
    hours_per_week = DecimalText(allow_none=True)
    bonuses = fields.List(fields.String())
    hours = DecimalText(allow_none=True)
    amount = DecimalText(allow_none=True)
    state = fields.String(
        required=True, metadata={"enum": ["draft", "submitted", "accepted", "rejected"]}
    )
    rejection_reason = fields.String()
    evidence_later_reason = fields.String(
        metadata={"description": "Waarom het bewijs later volgt (de beoordelaar ziet dit)."}
    )
    submitted_at = Timestamp(allow_none=True)
    reviewed_at = Timestamp(allow_none=True)
    updated_at = Timestamp()
    evidence = fields.List(fields.Nested(Evidence))


ActivityPage = page_of(Activity, "ActivityPage")


class ActivityIn(Base):
    """An activity as a multipart form (so evidence files can come along)."""

    block = Str(
        metadata={"description": "Code van het bouwblok uit de catalogus van het contract."}
    )
    candidate = Str(
        metadata={
            "description": "Kandidaat, zoals plaatsing-12 of voorstel-34; leeg: iemand anders."
        }
    )
    candidate_description = Str()
    start_date = Str(metadata={"format": "date", "description": "Startdatum (verplicht)."})
    end_date = Str(metadata={"format": "date"})
    hours_per_week = Str(metadata={"description": "Uren per week, bijvoorbeeld 18.5."})
    bonuses = Str(metadata={"description": "Codes van extra's, gescheiden door komma's."})
    hours = Str(metadata={"description": "Aantal uren (bij een uurtarief)."})
    amount = Str(metadata={"description": "Factuurbedrag excl. btw of betaalde loonsom."})
    evidence_kind = Str(
        metadata={
            "enum": list(EVIDENCE_KINDS),
            "description": "Wat de meegestuurde bewijsstukken zijn (verplicht bij bestanden).",
        }
    )
    evidence_later_reason = Str(
        metadata={"description": "Volgt verplicht bewijs later? Waarom (de beoordelaar ziet dit)."}
    )
    submit = Str(
        metadata={"enum": ["0", "1"], "description": "1: meteen indienen; 0 of leeg: concept."}
    )
    # Read from the request's files by the view; here for the document.
    evidence = fields.List(
        fields.Raw(metadata={"type": "string", "format": "binary"}),
        load_only=True,
        metadata={"description": "Bewijsstukken (pdf, jpg, png), één of meer."},
    )
