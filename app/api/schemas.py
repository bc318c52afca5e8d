"""marshmallow schemas of the API: what the OpenAPI document describes and the views dump.

Fields here carry Dutch messages for what marshmallow itself checks (types, required fields);
what a value means (a postcode, hours, a date within a contract) is checked by the pages' forms
and the engines, so each message has one source.
"""

from __future__ import annotations

from datetime import UTC

from marshmallow import EXCLUDE, Schema, fields, validate

REQUIRED = "Dit veld is verplicht."
NULL = "Dit veld mag niet leeg zijn."
MESSAGES = {"required": REQUIRED, "null": NULL, "validator_failed": "Deze waarde klopt niet."}


class Base(Schema):
    """Unknown fields are ignored (a newer client may send more); Dutch schema-level messages."""

    class Meta:
        unknown = EXCLUDE
        ordered = True

    error_messages = {"type": "Stuur een JSON-object.", "unknown": "Onbekend veld."}


class Str(fields.String):
    default_error_messages = {**MESSAGES, "invalid": "Dit moet tekst zijn."}


class Int(fields.Integer):
    default_error_messages = {
        **MESSAGES,
        "invalid": "Vul een heel getal in, zonder komma.",
        "too_large": "Dit getal is te groot.",
    }


class Number(fields.Decimal):
    """A number in a request (hours, money), read as Decimal; never a float."""

    default_error_messages = {
        **MESSAGES,
        "invalid": "Vul een getal in, bijvoorbeeld 18.5.",
        "special": "Vul een gewoon getal in.",
    }


class DecimalText(fields.Decimal):
    """A Decimal in a response, as a string (money and hours keep their exact value)."""

    def __init__(self, **kwargs):
        metadata = {"type": "string", "format": "decimal", "example": "18.50"}
        metadata.update(kwargs.pop("metadata", {}))
        super().__init__(as_string=True, metadata=metadata, **kwargs)


class Bool(fields.Boolean):
    default_error_messages = {**MESSAGES, "invalid": "Kies true of false."}


class Day(fields.Date):
    default_error_messages = {**MESSAGES, "invalid": "Vul een datum in zoals 2026-11-22."}


class Moment(fields.DateTime):
    default_error_messages = {
        **MESSAGES,
        "invalid": "Vul een tijdstip in zoals 2026-11-22T09:00:00+01:00.",
    }


class Timestamp(fields.DateTime):
    """A moment in a response, always with its offset (SQLite hands back naive UTC values)."""

    def _serialize(self, value, attr, obj, **kwargs):
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return super()._serialize(value, attr, obj, **kwargs)


class TextList(fields.List):
    default_error_messages = {**MESSAGES, "invalid": "Stuur een lijst met teksten."}

    def __init__(self, **kwargs):
        super().__init__(Str(validate=validate.Length(max=200)), **kwargs)


class Problem(Schema):
    """An error (RFC 9457)."""

    type = fields.String(metadata={"example": "about:blank"})
    title = fields.String(required=True, metadata={"example": "Ongeldige invoer"})
    status = fields.Integer(required=True, metadata={"example": 422})
    detail = fields.String(metadata={"example": "Niet alle velden zijn goed ingevuld."})
    errors = fields.Dict(
        keys=fields.String(),
        values=fields.List(fields.String()),
        metadata={"description": "Per veld de meldingen (alleen bij ongeldige invoer)."},
    )


class PageArgs(Base):
    """Paging and syncing of a list."""

    page = Int(
        load_default=1,
        validate=validate.Range(min=1, max=100_000, error="Kies een pagina vanaf 1."),
        metadata={"description": "Paginanummer, vanaf 1."},
    )
    per_page = Int(
        load_default=25,
        validate=validate.Range(min=1, max=100, error="Kies 1 tot en met 100 per pagina."),
        metadata={"description": "Aantal per pagina (hoogstens 100)."},
    )
    changed_since = Moment(
        load_default=None,
        metadata={"description": "Alleen wat sinds dit tijdstip is gewijzigd (ISO 8601)."},
    )


class Links(Schema):
    self = fields.String(required=True)
    first = fields.String(required=True)
    last = fields.String(required=True)
    next = fields.String(allow_none=True)
    prev = fields.String(allow_none=True)


def page_of(item: type[Schema], name: str) -> type[Schema]:
    """The envelope of a paginated list of `item`."""
    return Schema.from_dict(
        {
            "items": fields.List(fields.Nested(item), required=True),
            "page": fields.Integer(required=True),
            "per_page": fields.Integer(required=True),
            "total": fields.Integer(required=True),
            "links": fields.Nested(Links, required=True),
        },
        name=name,
    )
